/**
 * Renders the assistant's reply for Zalo as the messages to send. Emphasis goes in `text_styles`
 * ranges rather than `parse_mode` markup: the text stays exactly what a person reads (resolution
 * text and citizens' words may hold `*`, `_` or `<` that markup would need escaped, and one escape
 * wrong garbles a message), and when Zalo refuses the styles the same text goes out plain (see
 * messenger.ts). Bold is kept (headings, labels), italic too; a quotation is “…” with its citation
 * in italics on the next line. Zalo has no buttons: choices become a numbered menu ("1. …",
 * "Trả lời 1–8 để chọn."), numbered in the order of `reply.choices.flat()`, the order in which the
 * assistant resolves a typed number. Long replies are split into messages of at most 2000
 * characters at paragraph, line, sentence or word boundaries; a citation stays with the end of its
 * quotation, and the menu stays whole in the last message. A picture follows the text, and an offer
 * of the contact form comes last.
 */
import { type Block, type Choice, type Inline, type Reply, type ReplyImage } from "../../core/messages.js";
import { ZALO_MESSAGE_LIMIT, type ZaloTextStyle } from "./bot-api.js";

/** One message to a Zalo chat. */
export type ZaloOutgoing =
  | { readonly kind: "text"; readonly text: string; readonly styles: readonly ZaloTextStyle[] }
  | { readonly kind: "image"; readonly image: ReplyImage }
  /** The OA's request_user_info form (a phone number shared by consent); the bot has none and skips it. */
  | { readonly kind: "contact-form" };

/** Text with its style ranges. */
interface Styled {
  readonly text: string;
  readonly styles: readonly ZaloTextStyle[];
}

/** The reply as the messages to send, in order; empty when there is nothing to show. */
export function renderZalo(reply: Reply, limit: number = ZALO_MESSAGE_LIMIT): ZaloOutgoing[] {
  const texts = renderTexts(reply, limit).map((styled): ZaloOutgoing => ({ kind: "text", ...styled }));
  if (reply.image) texts.push({ kind: "image", image: { ...reply.image, ...(reply.image.caption ? { caption: reply.image.caption.slice(0, limit) } : {}) } });
  if (reply.offerContactForm) texts.push({ kind: "contact-form" });
  return texts;
}

function renderTexts(reply: Reply, limit: number): Styled[] {
  // A reply without blocks is a short notice (Telegram shows it by the pressed button).
  if (reply.blocks.length === 0) return reply.notice ? splitText(reply.notice, limit).map(plain) : [];
  const messages = pack(reply.blocks.flatMap((block) => renderBlock(block, limit)), "\n\n", limit);
  const menu = renderMenu(reply.choices?.flat() ?? []);
  if (!menu) return messages;
  const last = messages[messages.length - 1];
  if (last !== undefined && last.text.length + 2 + menu.length <= limit) messages[messages.length - 1] = join(last, "\n\n", plain(menu));
  else messages.push(...pack(menu.split("\n").map(plain), "\n", limit));
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
function renderBlock(block: Block, limit: number): Styled[] {
  switch (block.type) {
    case "paragraph":
      return splitStyled(inline(block.content), limit);
    case "list":
      return pack(block.items.flatMap((item) => splitStyled(join(plain("• "), "", inline(item)), limit)), "\n", limit);
    case "quote": {
      const citation = block.source ? join(plain("\n— "), "", { text: block.source, styles: [{ start: 0, len: block.source.length, st: "i" }] }) : plain("");
      // Every part leaves room for the quotation marks and the citation, so the last part keeps it.
      const parts = splitText(block.text, limit - 2 - citation.text.length);
      return parts.map((part, index) => join(plain(`${index === 0 ? "“" : ""}${part}${index === parts.length - 1 ? "”" : ""}`), "", index === parts.length - 1 ? citation : plain("")));
    }
  }
}

/** Inline content as text with bold and italic ranges (code is shown as it is). */
function inline(content: readonly Inline[]): Styled {
  return content.reduce<Styled>((styled, part) => {
    if (typeof part === "string") return join(styled, "", plain(part));
    if ("code" in part) return join(styled, "", plain(part.code));
    const [text, st] = "bold" in part ? [part.bold, "b" as const] : [part.italic, "i" as const];
    return join(styled, "", { text, styles: text ? [{ start: 0, len: text.length, st }] : [] });
  }, plain(""));
}

function plain(text: string): Styled {
  return { text, styles: [] };
}

/** `a`, `separator`, `b`, with `b`'s ranges moved along. */
function join(a: Styled, separator: string, b: Styled): Styled {
  const shift = a.text.length + separator.length;
  return { text: `${a.text}${separator}${b.text}`, styles: [...a.styles, ...b.styles.map((style) => ({ ...style, start: style.start + shift }))] };
}

/** The part from `start` to `end`, with the ranges cut to it. */
function slice(styled: Styled, start: number, end: number): Styled {
  const styles = styled.styles.flatMap((style) => {
    const from = Math.max(start, style.start);
    const to = Math.min(end, style.start + style.len);
    return to > from ? [{ ...style, start: from - start, len: to - from }] : [];
  });
  return { text: styled.text.slice(start, end), styles };
}

function splitStyled(styled: Styled, max: number): Styled[] {
  return splitRanges(styled.text, max).map(([start, end]) => slice(styled, start, end));
}

/** Joins pieces with `separator` into texts of at most `limit` characters, in order. */
function pack(pieces: readonly Styled[], separator: string, limit: number): Styled[] {
  const packed: Styled[] = [];
  for (const piece of pieces) {
    const last = packed[packed.length - 1];
    if (last !== undefined && last.text.length + separator.length + piece.text.length <= limit) packed[packed.length - 1] = join(last, separator, piece);
    else packed.push(piece);
  }
  return packed;
}

/** Where text may be cut, best first: between paragraphs, lines, sentences, clauses, words. */
const BOUNDARIES = [/\n\n/gu, /\n/gu, /[.!?…]["”’)]?\s/gu, /[;:,]\s/gu, /\s/gu];

/** Splits text into pieces of at most `max` characters at the best boundary in the second half of each window. */
export function splitText(text: string, max: number): string[] {
  return splitRanges(text, max).map(([start, end]) => text.slice(start, end));
}

/** Where `splitText` cuts: the [start, end) of each piece, whitespace around the cuts left out. */
function splitRanges(text: string, max: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  while (end - start > max) {
    const at = start + cutPoint(text.slice(start, end), max);
    ranges.push([start, start + text.slice(start, at).trimEnd().length]);
    start = at + (text.slice(at, end).length - text.slice(at, end).trimStart().length);
  }
  if (end > start) ranges.push([start, end]);
  return ranges;
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
