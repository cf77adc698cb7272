/**
 * Finds and masks citizens' personal data in free text: Vietnamese phone numbers, 12-digit citizen ID
 * numbers (CCCD) and e-mail addresses. Feedback arrives as chat text that often ends with "SĐT em
 * 0909 777 888"; what is logged, stored for statistics or sent to an outside model gets the masked form.
 *
 * Every pattern is anchored and bounded, so the cost stays linear in the length of the text
 * whatever the input (no catastrophic backtracking on long runs of digits or letters).
 */

/** What kind of personal data was found. */
export type PersonalDataKind = "phone" | "citizen_id" | "email";

/** One item found in a text: `start`/`end` are UTF-16 offsets, `value` is the text between them. */
export interface PersonalData {
  readonly kind: PersonalDataKind;
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/**
 * Digits may be grouped with one space, dot or dash ("0909 777 888", "0909.777.888", "0909-777-888").
 * A number glued to other digits (or to them by a dot or dash, "12.0909777888") is part of something
 * longer: an account number, an amount. Glued to letters ("sdt0909777888") it is still a phone.
 */
const SEPARATOR = "[ .\\-]?";
const NOT_AFTER_DIGITS = "(?<!\\d[.\\-]?)";
const NOT_BEFORE_DIGITS = "(?![.\\-]?\\d)";

/** 12 digits starting with 0 (the province code 001–096 comes first). */
const CITIZEN_ID = new RegExp(`${NOT_AFTER_DIGITS}0(?:${SEPARATOR}\\d){11}${NOT_BEFORE_DIGITS}`, "g");

/**
 * Mobile: 0 or +84/84, then 3, 5, 7, 8 or 9 and 8 more digits. Landline: 02 and 9 more digits
 * (area code 2xx and an 8-digit subscriber number, e.g. Quảng Nam 0235 3xxx xxx).
 */
const PHONE = new RegExp(`${NOT_AFTER_DIGITS}(?:\\+84|84|0)${SEPARATOR}(?:[35789](?:${SEPARATOR}\\d){8}|2(?:${SEPARATOR}\\d){9})${NOT_BEFORE_DIGITS}`, "g");

/**
 * A conservative address: the local part starts where no address character precedes it, and every
 * part has a length limit, so a long run of letters without "@" is rejected after one try.
 */
const EMAIL = /(?<![\w.%+-])[\w.%+-]{1,64}@[a-z\d-]{1,63}(?:\.[a-z\d-]{1,63}){0,8}\.[a-z]{2,24}(?![\w-])/giu;

const PATTERNS: ReadonlyArray<readonly [PersonalDataKind, RegExp]> = [
  ["citizen_id", CITIZEN_ID],
  ["email", EMAIL],
  ["phone", PHONE],
];

/**
 * Personal data in `text`, in order of position. Where two matches overlap the one starting first
 * wins, and at the same start the longer: a 12-digit ID contains a valid-looking phone number, and
 * "0909777888@gmail.com" is an address.
 */
export function findPersonalData(text: string): PersonalData[] {
  const candidates = PATTERNS.flatMap(([kind, pattern]) =>
    [...text.matchAll(pattern)].map((match): PersonalData => ({ kind, start: match.index, end: match.index + match[0].length, value: match[0] })),
  ).sort((a, b) => a.start - b.start || b.end - a.end);
  const found: PersonalData[] = [];
  for (const item of candidates) if (item.start >= (found.at(-1)?.end ?? 0)) found.push(item);
  return found;
}

/** What an ID number is replaced with: nothing of it is kept (its digits encode birth year and sex). */
export const CITIZEN_ID_MASK = "[số CCCD đã ẩn]";

/**
 * The text with personal data masked and everything else unchanged: a phone keeps its first two and
 * last two digits and its grouping ("0909 777 888" → "09xx xxx x88"), so staff can still tell two
 * numbers apart; an ID number becomes `CITIZEN_ID_MASK`; an e-mail keeps its first letter and domain
 * ("lan.nguyen@gmail.com" → "l***@gmail.com").
 */
export function maskPersonalData(text: string): string {
  let masked = "";
  let last = 0;
  for (const item of findPersonalData(text)) {
    masked += text.slice(last, item.start) + maskItem(item);
    last = item.end;
  }
  return masked + text.slice(last);
}

function maskItem(item: PersonalData): string {
  if (item.kind === "citizen_id") return CITIZEN_ID_MASK;
  if (item.kind === "email") {
    const at = item.value.indexOf("@");
    return `${item.value.charAt(0)}***${item.value.slice(at)}`;
  }
  return maskPhone(item.value);
}

function maskPhone(value: string): string {
  const digitCount = value.replace(/\D/g, "").length;
  let seen = 0;
  return value.replace(/\d/g, (digit) => {
    seen++;
    return seen <= 2 || seen > digitCount - 2 ? digit : "x";
  });
}

/**
 * A copy of a log record with personal data masked in every string, nested objects and arrays
 * included (depth-limited). Shaped for pino's `formatters.log`, and usable by hand:
 * `logger.warn(maskLogFields({ text }), "…")`. Pino does not pass the message argument through
 * formatters, so free text belongs in fields, never in the message.
 */
export function maskLogFields(record: object): Record<string, unknown> {
  return maskValue(record, 0) as Record<string, unknown>;
}

/** Records nested deeper than this are logged as they are past it: log fields are shallow. */
const MAX_LOG_DEPTH = 6;

function maskValue(value: unknown, depth: number): unknown {
  if (typeof value === "string") return maskPersonalData(value);
  if (depth >= MAX_LOG_DEPTH || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => maskValue(item, depth + 1));
  // Class instances (dates, buffers) carry no free text of ours; only plain records are copied.
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskValue(item, depth + 1)]));
}
