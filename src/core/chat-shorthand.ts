/**
 * How people type and dictate chat messages. Chat shorthand ("ko", "k", "dc", "j"): what people type for common
 * words, so that rules written in full words hear "nước lên ko chạy dc" as "nước lên không chạy được". Only
 * abbreviations that mean one thing are listed ("bn" is "bao nhiêu" or "bạn", "dg" is "đường" or "đang": left out).
 * Dictated by voice: hesitations written down ("ờ", "ừm") and a tracking code read out as words. Pure data and
 * functions, no I/O; the retrieval side has its own list in `knowledge/everyday.json`.
 */
import { asMeant, fold } from "./text.js";

/** Shorthand as typed (lower case) → the word it stands for, with diacritics. */
export const CHAT_SHORTHAND: Readonly<Record<string, string>> = {
  ko: "không", k: "không", kh: "không", hk: "không", hok: "không", khum: "không", kg: "không", khg: "không",
  dc: "được", dk: "được", đc: "được",
  // Letters dropped by a slow typist: "bao nhiu" (bao nhiêu; folded, "nhiều" is the same word), "xog" (xong).
  nhiu: "nhiêu", xog: "xong",
  // Teen code: "bot nay lm dc j z", "coi kq ở đâu" (not "thui": "tối thui" is pitch dark).
  lm: "làm", kq: "kết quả", z: "vậy", dzay: "vậy", bik: "biết",
  j: "gì", ntn: "như thế nào", vs: "với", r: "rồi", cx: "cũng", ms: "mới", trc: "trước", mn: "mọi người", mng: "mọi người", ae: "anh em", mk: "mình", mik: "mình", tl: "trả lời", ng: "người",
};

const FOLDED_SHORTHAND: ReadonlyMap<string, string> = new Map(Object.entries(CHAT_SHORTHAND).map(([said, meant]) => [said, fold(meant)]));

/** The full words, with diacritics, for a shorthand token (lower case); undefined for any other word. */
export function expandShorthand(word: string): string | undefined {
  return Object.hasOwn(CHAT_SHORTHAND, word) ? CHAT_SHORTHAND[word] : undefined;
}

/** Folded words (lower case, single spaces) with every shorthand word written out, folded. */
export function expandFoldedShorthand(foldedWords: string): string {
  return foldedWords
    .split(" ")
    .map((word) => FOLDED_SHORTHAND.get(word) ?? word)
    .join(" ");
}

/** Hesitations a voice keyboard writes down ("ờ", "ừm", "ơ"): typed with their marks they are never a word of the message. */
const HESITATIONS = /(?<![\p{L}\p{N}])(ờ|ờm|ơ|ừm|ưm)(?![\p{L}\p{N}])[\s,.]*/giu;

/**
 * The line a chat app puts above a message passed on, on a line of its own: "Forwarded from Nhóm Hội CCB xã:",
 * "[Forwarded from Group …]", "[Chuyển tiếp]", "Tin nhắn chuyển tiếp từ Lan:". Not one's own words that start so
 * ("Chuyển tiếp từ xã lên huyện rồi mà …", "Chuyển tiếp từ anh Tư: đường thôn 3 sạt").
 */
const FORWARDED_HEADER = /^\s*(\[[^\]\n]*(forwarded|chuyển tiếp)[^\]\n]*\]|forwarded( message)?( from [^\n:]*)?|(tin nhắn )?(được )?chuyển tiếp|tin nhắn (được )?chuyển tiếp từ [^\n:]*)[ \t]*:?[ \t]*\n/iu;

/**
 * The text without dictated hesitations ("ờ cho tui hỏi …", "nói chung là ờ ông trưởng thôn …") and without the line a chat
 * app puts above a forwarded message ("Forwarded from …:"), and without what was taken back before asking again
 * (`afterSelfCorrection`), so that rules reading how a message opens see its first word. A message of nothing else is
 * kept as it is ("ờ" alone acknowledges). Folded, "o" is also "ở" and stays.
 */
export function withoutHesitations(text: string): string {
  const without = afterSelfCorrection(asMeant(text).replace(FORWARDED_HEADER, "")).replace(HESITATIONS, "").trim();
  return /\p{L}/u.test(without) ? without : text;
}

/**
 * Where one takes back what one typed and asks again: "à khoan, hỏi lại: …", "à nhầm, tui hỏi lại: …", "xin lỗi, tui hỏi lại
 * nha, …", opening a line or a sentence and followed by the question meant. A word taking it back must come first: "Tôi hỏi
 * lại: …" alone asks once more after something sent.
 */
const SELF_CORRECTION =
  /(?:^|(?<=[\n.?!…]))[ \t]*(?:(?:à|a|ơ|ý|dạ|da|ủa|ua)[\s,]+)*(?:(?:khoan|nhầm|nham|lộn|lon|xin lỗi|xin loi|sorry|không phải|khong phai)[\s,.!]+)+(?:(?:cho\s+)?(?:tui|tôi|em|mình|toi|minh)\s+)?(?:hỏi lại|hoi lai|nói lại|noi lai)(?:\s+(?:cho đúng|cho dung|nha|nhé|nhe|ạ|câu khác|cau khac))*\s*[:,.]\s*(?=\S)/giu;

/** The question meant, when one takes back what one typed and asks again (`SELF_CORRECTION`): what follows the last such words; else the text. */
export function afterSelfCorrection(text: string): string {
  let end = -1;
  for (const match of text.matchAll(SELF_CORRECTION)) end = match.index + match[0].length;
  const meant = end >= 0 ? text.slice(end).trim() : "";
  return /\p{L}/u.test(meant) ? meant : text;
}

/** A second question opening as an aside: "À tiện hỏi luôn, …", "Với lại …", "Nhân tiện …", "Tiện thể …". */
const ASIDE_OPENING = /^(?:(?:à|a|còn|con)[\s,]+)?(?:tiện hỏi luôn|tiện hỏi|tiện thể|nhân tiện|với lại|tien hoi luon|tien hoi|tien the|nhan tien|voi lai)(?![\p{L}])/iu;

/**
 * A question with a second one tacked on as an aside after its question mark ("Văn bản có nhắc … không? À tiện hỏi
 * luôn, cầu Cửa Đại chừng nào sửa?"): the first question and the aside, or undefined when there is none.
 */
export function splitAside(text: string): { main: string; aside: string } | undefined {
  const sentences = text.split(/(?<=\?)\s+/u);
  const at = sentences.findIndex((sentence, index) => index > 0 && ASIDE_OPENING.test(sentence.trim()));
  return at > 0 ? { main: sentences.slice(0, at).join(" "), aside: sentences.slice(at).join(" ") } : undefined;
}

/** Digits as said: "hai không hai sáu" is 2026; "lăm", "mốt", "tư" as said after tens, "linh", "lẻ" for zero. */
const SPOKEN_DIGITS: Readonly<Record<string, string>> = {
  không: "0", linh: "0", lẻ: "0", một: "1", mốt: "1", hai: "2", ba: "3", bốn: "4", tư: "4", năm: "5", lăm: "5", sáu: "6", bảy: "7", tám: "8", chín: "9",
};

/** How "P" and "A" are said before a code: "pê a", "pê-a". */
const SPOKEN_P = new Set(["pê", "pe", "p"]);

/**
 * A tracking code read out to a voice keyboard ("pê a hai không hai sáu không không không ba bốn bảy") as digits after
 * "PA" ("PA 2026000347"), for the code's own parser to read; a correction ("… hai lăm à không hai không hai sáu …")
 * starts the digits again. Undefined when no code is read out.
 */
export function spokenCode(text: string): string | undefined {
  const words = text.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const start = words.findIndex((word, index) => SPOKEN_P.has(word) && words[index + 1] === "a");
  if (start < 0) return undefined;
  let digits = "";
  for (let index = start + 2; index < words.length; index++) {
    const word = words[index]!;
    if (word === "à" && words[index + 1] === "không") {
      digits = "";
      index++;
      continue;
    }
    const digit = /^\d+$/u.test(word) ? word : SPOKEN_DIGITS[word];
    if (digit === undefined) break;
    digits += digit;
  }
  return digits ? `PA ${digits}` : undefined;
}
