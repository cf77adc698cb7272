/**
 * Telex keys left in the text when a Vietnamese keyboard failed: "tuaanf truowcs", "giowf xuwr lys towis ddaau rooif" is
 * "tuần trước", "giờ xử lý tới đâu rồi". Pure functions, no I/O.
 */

/** Letter pairs Telex turns into one letter: the keys that show a keyboard failed. */
const LETTER_KEYS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^dd/u, "đ"],
  [/uwow|uwo|uow/u, "ươ"],
  [/aw/u, "ă"],
  [/ow/u, "ơ"],
  [/uw/u, "ư"],
  [/aa/u, "â"],
  [/ee/u, "ê"],
  [/oo/u, "ô"],
];

/** A tone key typed last (no Vietnamese syllable ends in s, f, r, x or j) → its combining mark. */
const TONE_KEYS: Readonly<Record<string, string>> = { s: "\u0301", f: "\u0300", r: "\u0309", x: "\u0303", j: "\u0323" };

/** A Vietnamese syllable without its tone: onset, vowels, final consonant. */
const SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(uyê|uya|uyu|uây|uôi|ươi|ươu|iêu|yêu|oai|oay|oeo|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|[aăâeêioôơuưy])(ch|ng|nh|[cmnpt])?$/u;

const MODIFIED_VOWEL = /[ăâêôơư]/gu;

/** Different words typed with Telex keys the message must show before any word of it is read so. */
export const MIN_TELEX_WORDS = 2;

/** Words spelt so in Vietnamese itself, never keys: "moong" (a pit dug for clay or sand), "xoong" (a pot), "boong" (a deck). */
const SPELT_SO: ReadonlySet<string> = new Set(["moong", "xoong", "boong", "loong", "toong"]);

/**
 * The word as Telex would have written it, with `keyed` telling whether it held a letter pair (`LETTER_KEYS`); undefined
 * when it would be no Vietnamese syllable ("facebook", "zoom") or holds no key at all.
 */
function decoded(word: string): { text: string; keyed: boolean } | undefined {
  const lower = word.toLowerCase();
  if (SPELT_SO.has(lower)) return undefined;
  const tone = lower.length > 1 ? TONE_KEYS[lower.at(-1)!] : undefined;
  let body = tone ? lower.slice(0, -1) : lower;
  const typed = body;
  for (const [key, letter] of LETTER_KEYS) body = body.replace(key, letter);
  const keyed = body !== typed;
  if (!keyed && !tone) return undefined;
  const syllable = SYLLABLE.exec(body);
  if (!syllable) return undefined;
  const [, onset = "", vowels = "", coda = ""] = syllable;
  const marked = tone ? onset + toned(vowels, coda !== "", tone) + coda : body;
  const text = (word[0] === word[0]!.toUpperCase() ? marked[0]!.toUpperCase() + marked.slice(1) : marked).normalize("NFC");
  return { text, keyed };
}

/**
 * The vowels with the tone mark where Vietnamese puts it: on the last modified vowel ("ươ" → on "ơ"); else, before a final
 * consonant or in three vowels, on the second; else on the first (the resolution's convention: "hòa", "thủy").
 */
function toned(vowels: string, closed: boolean, tone: string): string {
  const modified = [...vowels.matchAll(MODIFIED_VOWEL)].at(-1)?.index;
  const at = modified ?? (vowels.length > 1 && (closed || vowels.length === 3) ? 1 : 0);
  return vowels.slice(0, at + 1) + tone + vowels.slice(at + 1);
}

/** A word of Latin letters alone, not part of an address or a code ("www.google.com", "abc@gmail", "PA-2026"). */
const PLAIN_WORD = /(?<![\p{L}\p{N}@./_-])[A-Za-z]+(?![\p{L}\p{N}@_-]|\.\p{L})/gu;

/**
 * The text with the words typed as Telex keys read as meant, when at least `MIN_TELEX_WORDS` of its words hold a letter pair
 * ("tuaanf", "ddaau"): then a tone key alone is read too ("lys" → "lý"). Otherwise, and for words that would be no
 * Vietnamese syllable or are spelt so (`SPELT_SO`), the text is kept as typed: a message typed without diacritics has no
 * such pairs.
 */
export function untelexed(text: string): string {
  const words = [...text.matchAll(PLAIN_WORD)].map((match) => ({ match, meant: decoded(match[0]) }));
  if (new Set(words.filter(({ meant }) => meant?.keyed).map(({ match }) => match[0].toLowerCase())).size < MIN_TELEX_WORDS) return text;
  let result = "";
  let last = 0;
  for (const { match, meant } of words) {
    if (!meant) continue;
    result += text.slice(last, match.index) + meant.text;
    last = match.index + match[0].length;
  }
  return result + text.slice(last);
}
