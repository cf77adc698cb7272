/**
 * Renders the assistant's reply for Zalo as plain text: Zalo's markdown support is uncertain, so
 * emphasis is dropped and a quotation is “…” with its citation on the next line. Zalo has no
 * buttons: choices become a numbered menu ("1. …", "Trả lời 1–8 để chọn."), numbered in the order
 * of `reply.choices.flat()`, the order in which the assistant resolves a typed number. Long replies
 * are split into messages of at most 2000 characters at paragraph, line, sentence or word
 * boundaries; a citation stays with the end of its quotation, and the menu stays whole in the last
 * message.
 */
import { plainInline, type Block, type Choice, type Reply } from "../../core/messages.js";
import { ZALO_MESSAGE_LIMIT } from "./bot-api.js";

/** The reply as the texts of the messages to send, in order; empty when there is nothing to show. */
export function renderZalo(reply: Reply, limit: number = ZALO_MESSAGE_LIMIT): string[] {
  // A reply without blocks is a short notice (Telegram shows it by the pressed button).
  if (reply.blocks.length === 0) return reply.notice ? splitText(reply.notice, limit) : [];
  const messages = pack(reply.blocks.flatMap((block) => renderBlock(block, limit)), "\n\n", limit);
  const menu = renderMenu(reply.choices?.flat() ?? []);
  if (!menu) return messages;
  const last = messages[messages.length - 1];
  if (last !== undefined && last.length + 2 + menu.length <= limit) messages[messages.length - 1] = `${last}\n\n${menu}`;
  else messages.push(...pack(menu.split("\n"), "\n", limit));
  return messages;
}

/** "1. Môi trường" … and how to answer; undefined without choices. */
export function renderMenu(choices: readonly Choice[]): string | undefined {
  if (choices.length === 0) return undefined;
  const lines = choices.map((choice, index) => `${index + 1}. ${choice.label}`);
  const range = choices.length === 1 ? "1" : `1–${choices.length}`;
  return [...lines, `Trả lời ${range} để chọn.`].join("\n");
}

/** One block as pieces of at most `limit` characters that may share a message. */
function renderBlock(block: Block, limit: number): string[] {
  switch (block.type) {
    case "paragraph":
      return splitText(plainInline(block.content), limit);
    case "list":
      return pack(block.items.flatMap((item) => splitText(`• ${plainInline(item)}`, limit)), "\n", limit);
    case "quote": {
      const citation = block.source ? `\n— ${block.source}` : "";
      // Every part leaves room for the quotation marks and the citation, so the last part keeps it.
      const parts = splitText(block.text, limit - 2 - citation.length);
      return parts.map((part, index) => `${index === 0 ? "“" : ""}${part}${index === parts.length - 1 ? `”${citation}` : ""}`);
    }
  }
}

/** Joins pieces with `separator` into texts of at most `limit` characters, in order. */
function pack(pieces: readonly string[], separator: string, limit: number): string[] {
  const packed: string[] = [];
  for (const piece of pieces) {
    const last = packed[packed.length - 1];
    if (last !== undefined && last.length + separator.length + piece.length <= limit) packed[packed.length - 1] = `${last}${separator}${piece}`;
    else packed.push(piece);
  }
  return packed;
}

/** Where text may be cut, best first: between paragraphs, lines, sentences, clauses, words. */
const BOUNDARIES = [/\n\n/gu, /\n/gu, /[.!?…]["”’)]?\s/gu, /[;:,]\s/gu, /\s/gu];

/** Splits text into pieces of at most `max` characters at the best boundary in the second half of each window. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const at = cutPoint(rest, max);
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

function cutPoint(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  for (const boundary of BOUNDARIES) {
    let best = -1;
    for (const match of window.matchAll(boundary)) {
      // Cut after the punctuation, before the whitespace.
      const end = match.index + match[0].trimEnd().length;
      if (end <= max && end > 0) best = end;
    }
    if (best > max / 2) return best;
  }
  // No boundary in reach: a hard cut, never inside a surrogate pair (emoji).
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}
