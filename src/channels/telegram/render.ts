/**
 * Renders the assistant's reply for Telegram: HTML parse mode, inline keyboards, and long text split
 * under the 4,096-character limit without ever cutting inside a tag or an entity.
 */
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Block, Inline, Reply } from "../../core/messages.js";

/** Telegram's limit on one message, in characters. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;
/** Telegram's limit on callback data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

export interface TelegramMessage {
  readonly html: string;
  readonly keyboard?: InlineKeyboardMarkup;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The reply as one or more HTML messages; the keyboard goes with the last one. */
export function renderTelegram(reply: Reply, limit: number = TELEGRAM_MESSAGE_LIMIT): TelegramMessage[] {
  const pieces = reply.blocks.flatMap((block) => renderBlock(block, limit));
  const messages: string[] = [];
  let current = "";
  for (const piece of pieces) {
    const joined = current ? `${current}\n\n${piece}` : piece;
    if (joined.length <= limit) {
      current = joined;
      continue;
    }
    if (current) messages.push(current);
    current = piece;
  }
  if (current || messages.length === 0) messages.push(current);
  const keyboard = renderKeyboard(reply);
  return messages.map((html, index) => (index === messages.length - 1 && keyboard ? { html, keyboard } : { html }));
}

function renderKeyboard(reply: Reply): InlineKeyboardMarkup | undefined {
  const rows = (reply.choices ?? [])
    .map((row) => row.filter((choice) => Buffer.byteLength(choice.value) <= CALLBACK_DATA_LIMIT).map((choice) => ({ text: choice.label, callback_data: choice.value })))
    .filter((row) => row.length > 0);
  return rows.length ? { inline_keyboard: rows } : undefined;
}

/** One block as HTML pieces, each within the limit (a long block is split between words). */
function renderBlock(block: Block, limit: number): string[] {
  switch (block.type) {
    case "paragraph":
      return splitInline(block.content, limit).map(renderInline);
    case "list":
      return packLines(block.items.flatMap((item) => splitInline(["• ", ...item], limit).map(renderInline)), limit);
    case "quote": {
      const source = block.source ? `\n— <i>${escapeHtml(block.source)}</i>` : "";
      const parts = splitEscaped(block.text, limit - "<blockquote></blockquote>".length - source.length);
      return parts.map((part, index) => `<blockquote>${escapeHtml(part)}</blockquote>${index === parts.length - 1 ? source : ""}`);
    }
  }
}

/** Joins lines with single newlines into pieces within the limit. */
function packLines(lines: readonly string[], limit: number): string[] {
  const pieces: string[] = [];
  for (const line of lines) {
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.length + 1 + line.length <= limit) pieces[pieces.length - 1] = `${last}\n${line}`;
    else pieces.push(line);
  }
  return pieces;
}

function renderInline(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (typeof part === "string") return escapeHtml(part);
      if ("bold" in part) return `<b>${escapeHtml(part.bold)}</b>`;
      if ("italic" in part) return `<i>${escapeHtml(part.italic)}</i>`;
      return `<code>${escapeHtml(part.code)}</code>`;
    })
    .join("");
}

/**
 * Splits inline content so that each part renders within `limit`: whole parts are kept together,
 * an oversized part is split between words and keeps its emphasis.
 */
function splitInline(content: readonly Inline[], limit: number): Inline[][] {
  const parts: Inline[][] = [[]];
  let size = 0;
  for (const part of content) {
    // Tags of the part's emphasis take up to "<code></code>".length characters.
    for (const piece of splitEscaped(inlineText(part), limit - "<code></code>".length)) {
      const rendered = withStyle(part, piece);
      const length = renderInline([rendered]).length;
      if (size > 0 && size + length > limit) {
        parts.push([]);
        size = 0;
      }
      parts[parts.length - 1]!.push(rendered);
      size += length;
    }
  }
  return parts.filter((part) => part.length > 0);
}

function inlineText(part: Inline): string {
  return typeof part === "string" ? part : "bold" in part ? part.bold : "italic" in part ? part.italic : part.code;
}

function withStyle(part: Inline, text: string): Inline {
  if (typeof part === "string") return text;
  if ("bold" in part) return { bold: text };
  if ("italic" in part) return { italic: text };
  return { code: text };
}

/** Splits text into pieces whose HTML-escaped length is at most `room`. */
function splitEscaped(text: string, room: number): string[] {
  const escaped = escapeHtml(text).length;
  if (escaped <= room) return [text];
  const pieces = splitText(text, Math.max(1, Math.floor((room * text.length) / escaped)));
  return pieces.flatMap((piece) => (escapeHtml(piece).length <= room ? [piece] : splitEscaped(piece, Math.floor(room / 2))));
}

/** Splits plain text into pieces of at most `max` characters, preferring sentence ends, then spaces. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf(". ") + 1, window.lastIndexOf("\n")) || window.lastIndexOf(" ");
    const at = cut > max / 2 ? cut : window.lastIndexOf(" ") > max / 2 ? window.lastIndexOf(" ") : max;
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
