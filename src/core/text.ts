/**
 * Vietnamese text normalisation shared by every module: Unicode NFC, one tone-mark
 * convention, diacritic folding, tokenisation and sentence splitting.
 *
 * Everything here is pure and synchronous; it runs on every query and every passage.
 */

import { untelexed } from "./telex.js";

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Tone marks only (grave, acute, hook, tilde, dot below); vowel-quality marks (â, ă, ơ, ư) stay. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
/** Control characters and line separators: they stood between words, so they become spaces. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Invisible characters pasted inside words (zero-width space, soft hyphen, bidi marks, BOM): removed. */
const INVISIBLE_CHARS = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

/** NFC normalisation: input typed on some keyboards (and macOS file names) arrives decomposed (NFD). */
export function nfc(text: string): string {
  return text.normalize("NFC");
}

/**
 * Puts tone marks of open syllables ending in "oa", "oe", "uy" on the first vowel ("hoà" → "hòa",
 * "thuỷ" → "thủy"), the convention the resolution uses, so both spellings match each other.
 * Syllables with a final consonant ("hoạt", "khuyến") are written the same way in both conventions.
 */
export function normalizeToneMarks(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    const decomposed = word.normalize("NFD");
    const match = /^(.*?)([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])$/u.exec(decomposed);
    if (!match) return word;
    const [, onset = "", first = "", second = "", tone = ""] = match;
    // "qu" and "gi" are consonants: in "quý" the tone belongs on "y" in both conventions.
    if (/[qQgG]$/.test(onset) || TONE_MARKS.test(onset)) return word;
    return (onset + first + tone + second).normalize("NFC");
  });
}

/** Lower-case form without diacritics and with đ → d: how people type without a Vietnamese keyboard. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/** True when the text carries any Vietnamese diacritic (or đ). */
export function hasDiacritics(text: string): boolean {
  return fold(text) !== text.toLowerCase();
}

/** The canonical accented form used for matching: NFC, one tone convention, lower case. */
export function canonical(text: string): string {
  return normalizeToneMarks(nfc(text)).toLowerCase();
}

/**
 * Cleans user input before anything else sees it: NFC, invisible characters inside words removed,
 * control characters read as spaces, whitespace collapsed. Keeps everything a person could have meant.
 */
export function cleanInput(text: string): string {
  return nfc(text).replace(ANSI_ESCAPES, " ").replace(INVISIBLE_CHARS, "").replace(CONTROL_CHARS, " ").replace(/\s+/g, " ").trim();
}

/**
 * Text that can be stored and sent: an unpaired UTF-16 surrogate (half of an emoji, cut by a client
 * or a bad copy) becomes U+FFFD instead of failing every write that carries it.
 */
export function wellFormed(text: string): string {
  return text.isWellFormed() ? text : text.toWellFormed();
}

/**
 * JSON of a value whose every string is `wellFormed`. JSON.stringify writes an unpaired surrogate as
 * an escape (`\ud800`) and a real backslash as `\\`: an escape after an even run of backslashes is
 * one of those surrogates. Rare, so the common case costs one `includes`.
 */
export function wellFormedJson(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes("\\ud") ? json.replace(/(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/giu, "$1\uFFFD") : json;
}

/**
 * Letters held for emphasis at a word's end, written once: "đượcccc", "saoooo", "hôiiii", "VẬYYY" (no Vietnamese word has a letter
 * three times in a row). Not inside a word ("CCCD", the citizen's card), nor a word of one letter ("kkk", laughter; "www") or a
 * Roman numeral ("phần III").
 */
export function unstretched(text: string): string {
  return text.replace(STRETCHED, (run: string, letter: string, offset: number) => {
    let start = offset;
    while (start > 0 && LETTER.test(text[start - 1]!)) start--;
    const word = text.slice(start, offset + run.length);
    return word === run || ROMAN_NUMERAL.test(word) ? run : letter;
  });
}

/** A claim quoted at length, to be checked or asked about: “…” or "…" of thirty characters or more. */
export const QUOTED_CLAIM = /[“"][^”"]{30,}[”"]/gu;

/** A question or exclamation mark said aloud and written out by voice typing: "… không chấm hỏi", "… dấu chấm than". */
const SPOKEN_MARK = /\s*(?<!\p{L})(?:dấu\s+)?chấm\s+(hỏi|than)(?!\p{L})/giu;

/** Marks said aloud written as marks (`SPOKEN_MARK`): "có chỗ nào nói … không chấm hỏi tụi tui …" asks. "Chấm" alone stays ("chấm công", "nước chấm"). */
export function withSpokenMarks(text: string): string {
  return text.replace(SPOKEN_MARK, (_said: string, mark: string) => (mark.toLowerCase() === "hỏi" ? "?" : "!"));
}

/**
 * The text read as meant: letters held for emphasis written once (`unstretched`), Telex keys a failed keyboard left read as the
 * letters they stand for (`untelexed`), marks said aloud to voice typing written as marks (`withSpokenMarks`).
 */
export function asMeant(text: string): string {
  return withSpokenMarks(untelexed(unstretched(text)));
}

const STRETCHED = /(\p{L})\1{2,}(?!\p{L})/gu;
const LETTER = /\p{L}/u;
const ROMAN_NUMERAL = /^[ivxlcdm]+$/iu;

/** Terminal colour codes pasted from a console ("\u001b[31m"). */
const ANSI_ESCAPES = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** A token with its position in the source string. */
export interface Token {
  /** Canonical accented form (lower case). */
  readonly exact: string;
  /** Folded form (no diacritics). */
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN_PATTERN = /\p{N}+(?:[.,/]\p{N}+)+|[\p{L}\p{M}\p{N}]+/gu;

/**
 * Numbers are written "4,8" (decimal comma) and "15.000" (thousands dot) in Vietnamese; people type
 * "4.8", "15000" or "02". All spellings of the same number get the same token.
 */
export function normalizeNumber(token: string): string {
  if (/^\d{1,3}([.,]\d{3})+$/.test(token) && !/^\d{1,3},\d{3}$/.test(token)) return token.replace(/[.,]/g, "");
  if (/^\d+$/.test(token)) return String(Number.parseInt(token, 10));
  if (token.includes("/")) return token.split("/").map((part) => normalizeNumber(part)).join("/");
  return token.replace(/,/g, ".");
}

/** Splits text into word tokens (Vietnamese syllables, numbers such as "4,8" or "20/12/2021"). */
export function tokenize(text: string): Token[] {
  const source = nfc(text);
  const tokens: Token[] = [];
  for (const match of source.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const start = match.index;
    const isNumber = /^\p{N}/u.test(raw) && /^[\p{N}.,/]+$/u.test(raw);
    const exact = isNumber ? normalizeNumber(raw) : canonical(raw);
    tokens.push({ exact, folded: isNumber ? exact : fold(exact), start, end: start + raw.length });
  }
  return tokens;
}

/** A sentence with its character range in the source text. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Sentence ends in a chat message: punctuation before a space or the end, a space after an emoji ("… cho phải phép 🙏 bạn là …";
 * the emoji stays with the sentence it closes, where a laugh marks a joke), or a line break (chat messages rarely have full stops or capitals).
 */
export const CHAT_SENTENCE_END = /[.!?…;]+(?=\s|$)|(?<=\p{Extended_Pictographic})\s+|\n+/u;

/**
 * Splits text into sentences at ". ", "! ", "? ", "… " followed by an upper-case letter, a digit or
 * an opening quote. Abbreviation dots ("TP. Tam Kỳ") followed by a capital are rare in the corpus
 * and only make a sentence shorter, never lose text.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /([.!?…]+)["”’)]*\s+(?=[\p{Lu}\p{N}“"(])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    pushSentence(text, start, end, sentences);
    start = match.index + match[0].length;
  }
  pushSentence(text, start, text.length, sentences);
  return sentences;
}

function pushSentence(text: string, start: number, end: number, out: Sentence[]): void {
  const raw = text.slice(start, end);
  const leading = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) out.push({ text: trimmed, start: start + leading, end: start + leading + trimmed.length });
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWordEnd = /\s/u.test(text.charAt(max - 1));
  const space = cut.lastIndexOf(" ");
  const kept = atWordEnd || space <= max * 0.6 ? cut : cut.slice(0, space);
  return `${kept.replace(/[\s,;:.–-]+$/u, "")}…`;
}

/** Shortens text to its first `words` words, with an ellipsis when anything was cut. */
export function firstWords(text: string, words: number): string {
  const parts = text.trim().split(/\s+/);
  if (parts.length <= words) return text.trim();
  return `${parts.slice(0, words).join(" ").replace(/[,;:.–-]+$/u, "")} …`;
}

/**
 * Removes HTML tags and Markdown emphasis from typed text ("<b>mục tiêu</b>", "**mục tiêu**",
 * "[xem](http://…)"), keeping the words.
 */
export function stripMarkup(text: string): string {
  return text
    .replace(/<\/?[a-z][^<>]{0,200}>/giu, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/gu, (_match, entity: string) => HTML_ENTITIES[entity] ?? " ")
    .replace(/[*_`~#>|]+/gu, " ");
}

const HTML_ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
