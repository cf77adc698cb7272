/**
 * Vietnamese language behaviour for retrieval: which terms a text yields, how abbreviations and
 * everyday words map to the document's vocabulary. The search core (`lexical.ts`) knows nothing of
 * Vietnamese; it receives the `analyze` function built here.
 */
import { z } from "zod";
import { fold, hasDiacritics, nfc, tokenize, type Token } from "../core/text.js";

/** Abbreviations (`glossary.json`) and groups of words meaning the same here (`synonyms.json`). */
export const LanguageDataSchema = z.object({
  abbreviations: z
    .array(
      z.object({
        short: z.string().min(1),
        long: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
      }),
    )
    .default([]),
  synonyms: z.array(z.object({ terms: z.array(z.string().min(1)).min(2), note: z.string().optional() })).default([]),
  /**
   * How people type a word in chat or say it in Quảng Nam (`everyday.json`): "răng" → "sao", "ko" →
   * "không", "ntn" → "như thế nào". Questions are read with the usual word; documents are not changed.
   */
  everyday: z.array(z.object({ say: z.string().min(1), means: z.string().min(1), note: z.string().optional() })).optional(),
});
export type LanguageData = z.infer<typeof LanguageDataSchema>;

/** What a term stands for; decides its query weight and how a match is explained. */
export type TermKind = "word" | "number" | "exact" | "pair" | "concept" | "definition";

/** How much a query word says about what is asked (see `Term.meaning`). */
export type Meaning = "content" | "frame" | "function";

/** One term of an analysed text. Keys are prefixed by kind so kinds never collide. */
export interface Term {
  readonly key: string;
  readonly kind: TermKind;
  /** The words of the text that produced the term, for explanations. */
  readonly surface: string;
  /**
   * What the term contributes to a question's meaning: "content"; "frame" for the words of a
   * question phrase ("nghị quyết này", "viết tắt"), which say little but not nothing; "function"
   * for function words ("là", "gì", "của"). Passages' terms are all "content".
   */
  readonly meaning: Meaning;
  /**
   * The word's accented spelling is known (typed with diacritics, or recovered from the corpus for
   * a pair typed without), so a match on a folded form alone may be another word.
   */
  readonly accented: boolean;
}

/** Vietnamese function and question words: in a question they say how to ask, not what about. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "à ạ ai anh bà bao bạn bị biết bởi các cái cần cho chị chứ chúng có còn của cũng đã đang đâu để đến đi " +
    "đó được gì hả hay hãy hỏi họ hơn khi không là lại làm mà mấy mình một nào này nên nếu nhé nhỉ nhiêu " +
    "như những nói ơi ông ở phải ra rằng rồi sao sẽ tại thì thế theo thôi tôi trên trong từ tới và vào vậy về " +
    "với vì xin em ta ư ừ mỗi việc gồm điều thưa ad bot nay đầy đủ nhắc"
  ).split(/\s+/),
);
/** `STOPWORDS` folded, as words typed without diacritics are compared. */
export const FOLDED_STOPWORDS: ReadonlySet<string> = new Set([...STOPWORDS].map(fold));

/**
 * Typed without diacritics, "ve" after a word of telling or asking ("nói gì ve tổ dân vận", "hỏi ve") is "về" (about), not
 * the "vệ" of the corpus's "bảo vệ Tổ quốc", which the pair "ve to" would otherwise spell it as.
 */
const ABOUT_AFTER: ReadonlySet<string> = new Set(["gi", "j", "noi", "hoi", "nhac", "dinh", "tin", "hieu", "biet"]);

/** Whether the folded word at `index` is "về" (about) by the word before it (`ABOUT_AFTER`). */
function isAbout(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.folded === "ve" && ABOUT_AFTER.has(tokens[index - 1]?.folded ?? "");
}

/**
 * Phrases that only say how a question is asked ("nghị quyết này", "có nhắc đến … không", "viết tắt"):
 * in a question their words are function words too.
 */
export const QUESTION_PHRASES: readonly string[] = [
  "nghị quyết này",
  "nghị quyết",
  "văn bản này",
  "viết tắt",
  "nhắc đến",
  "nhắc tới",
  "đề cập",
  "nói đến",
  "nói tới",
  // "văn bản có câu nào nói tới thanh niên không, hay bỏ qua": whether a sentence says it, or none does (the documents never say "bỏ qua").
  "câu nào",
  "bỏ qua",
  "quy định gì",
  // "có yêu cầu gì/chi không" asks what is required, whatever of: not the resolution's "đáp ứng yêu cầu".
  "yêu cầu gì",
  "yêu cầu chi",
  "đòi hỏi gì",
  "đòi hỏi chi",
  // "Nghị quyết ni có dặn (yêu cầu) bộ đội phải … không" asks what it requires of them: not "đáp ứng yêu cầu nhiệm vụ".
  "nghị quyết yêu cầu",
  "có yêu cầu",
  "thế nào",
  "ra sao",
  // Quảng Nam: "nghị quyết biểu …" is "nghị quyết bảo …" (says), "ra răng" is "ra sao".
  "nghị quyết biểu",
  "nghị quyết bảo",
  "ra răng",
  "là gì",
  // "HTCT nghĩa là gì/chi": what an abbreviation stands for; "nghĩa" is how it is asked.
  "nghĩa là",
  "là chi",
  // "không nhắc chi tới thanh niên à": Quảng Nam "chi" (what) asks, it is not the "chi" of "chi bộ".
  "nhắc chi",
  "nói chi",
  "đề cập chi",
  "được không",
  "thời gian qua",
  "thời gian tới",
  // Someone else sending the question ("má nhờ hỏi", "ông trưởng thôn dặn hỏi thử", which `everyday.json` reads so), or trying it out: who asks, not what is asked.
  "nhờ hỏi",
  "hỏi thử",
  // Hearsay framing the question ("nghe đồn cao nhất từ trước tới chừ"): where one heard it, not what is asked.
  "nghe đồn",
  "nghe nói",
  "nghe bảo",
  "người ta nói",
  // Asides on how it is said: "như hồi xưa không hay chỉ nói chung chung".
  "chung chung",
  "hồi xưa",
  // …or on how the answer should be said: "giải thích nôm na giùm", "nói cho dễ hiểu".
  "nôm na",
  "dễ hiểu",
  // "người có đạo sống theo tinh thần chi": in which spirit asks what it wants, not the word "tinh thần" of other passages.
  "tinh thần gì",
  "tinh thần chi",
  "tinh thần nào",
  // "giải đáp cho dân theo tinh thần ra răng", "rứa có đúng tinh thần nghị quyết không": the spirit asked for or asked after,
  // not the "theo đúng tinh thần Nghị quyết số 20" of III.6.
  "theo tinh thần",
  "đúng tinh thần",
  "tinh thần nghị quyết",
  // The province every passage is about: in "Quảng Nam tăng trưởng ra sao" the growth is asked, not where.
  "quảng nam",
];

/** Phrases tying a question to today: "hôm nay", "tuần này", "năm nay". */
const TODAY_CUES = ["hôm nay", "hôm qua", "ngày mai", "tuần này", "tháng này", "năm nay"];
/**
 * "Mấy năm nay", "những năm nay": the years up to now, which the situation review covers ("những năm qua"); "năm
 * này qua năm khác": year after year. Not this year.
 */
const YEARS_SO_FAR = / ((may|nhung|cac|nhieu|vai|bao|hai|ba) nam nay|nam nay (qua|sang) nam (khac|kia)) /gu;
/** One's age told ("tôi năm nay ngoài bảy mươi", "năm nay đã 78 tuổi"): who asks, not a question about this year. */
const AGE_THIS_YEAR = / nam nay( (da|ngoai|hon|gan|tron|vua|cung|duoc))* ((hai|ba|bon|nam|sau|bay|tam|chin) muoi|[0-9]+ tuoi|[0-9]{2} (roi|tuoi)) /gu;
/** One's own plan this year ("chi hội em năm nay dự định làm mô hình …"): why one asks, not a question about this year ("tinh" is left out: folded, "năm nay tỉnh …" asks of the province). */
const PLAN_THIS_YEAR = / nam nay (muon|du dinh|dang ky|chuan bi|co ke hoach) /gu;
/** Phrases for "now", and for asking who someone is: together, who holds an office now. */
const NOW_CUES = ["hiện nay", "hiện tại", "hiện giờ", "bây giờ", "đương nhiệm"];
const IDENTITY_CUES = ["là ai", "ai là", "tên là gì", "tên gì", "là người nào"];

/**
 * A question about today ("giá xăng hôm nay", "thời tiết tuần này") or about who holds an office
 * now ("chủ tịch nước hiện nay là ai"): a document says what was decided when it was written, so
 * however many of its words it shares, it cannot answer. Matched with or without diacritics.
 */
export function asksAboutNow(text: string): boolean {
  const words = foldedWords(askingPart(text)).replace(YEARS_SO_FAR, " ").replace(AGE_THIS_YEAR, " ").replace(PLAN_THIS_YEAR, " ");
  return hasCue(words, TODAY_CUES) || (hasCue(words, NOW_CUES) && hasCue(words, IDENTITY_CUES));
}

/**
 * A movement or campaign named with a capital ("thi đua Quyết thắng", "cuộc vận động “Ngày vì người nghèo”"): the first two
 * words of its name, folded. A name in capitals only is an abbreviation, not a name to look for.
 */
const MOVEMENT_WORDS = /(?<!\p{L})(?:phong trao|thi dua|cuoc van dong)\s+["“'‘]?/giu;
const NAME_OPENING = /^\p{Lu}\p{Ll}+\s+\p{L}+/u;

/** The name of the movement a question asks about, folded, if it names one (`MOVEMENT_WORDS`); a document that never names it cannot answer. */
export function namedMovement(text: string): string | undefined {
  // Folded without lower-casing: the capital is what tells a name.
  const typed = text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  for (const match of typed.matchAll(MOVEMENT_WORDS)) {
    const name = NAME_OPENING.exec(typed.slice(match.index + match[0].length))?.[0];
    if (name !== undefined) return name.toLowerCase().replace(/\s+/gu, " ");
  }
  return undefined;
}

/** A message's sentences: split after ". ! ? … ;" and at line breaks. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?…;])\s+|\n+/u).filter((sentence) => sentence.trim());
}

const asks = (sentence: string): boolean => sentence.trimEnd().endsWith("?");

/**
 * The sentences that ask ("?"), when sentences that tell come with them: in "Buổi tiếp xúc cử tri hôm qua, … để đó.
 * Nghị quyết có đặt trách nhiệm gì … không?" yesterday's meeting is what prompted the question, not what it asks about.
 */
function askingPart(text: string): string {
  const sentences = sentencesOf(text);
  const asking = sentences.filter(asks);
  return asking.length > 0 && asking.length < sentences.length ? asking.join(" ") : text;
}

/** " muc tieu la gi " from "Mục tiêu là gì?": folded words between spaces, for `hasCue`. */
function foldedWords(text: string): string {
  return ` ${tokenize(text).map((token) => token.folded).join(" ")} `;
}

/** The words (see `foldedWords`) hold one of the phrases, as whole words, with or without diacritics. */
function hasCue(words: string, cues: readonly string[]): boolean {
  return cues.some((cue) => words.includes(` ${fold(cue)} `));
}

/** Phrases asking for a quantity or a date: the answer is a figure ("bao nhiêu", "tới năm mô", "hồi nào"). */
const QUANTITY_CUES = ["bao nhiêu", "số mấy", "mấy phần trăm", "ngày mấy", "mấy giờ", "mấy tuổi", "năm nào", "năm mô", "năm mấy", "hồi nào", "hồi mô", "ngày nào", "ngày mô", "tháng mấy", "tháng nào", "chừng nào", "khi nào", "bao giờ", "lúc nào"];
/**
 * "Năm nào cũng", "năm mô cấp ủy cũng": every year; and "để khi nào có chuyện mới làm": left until something happens. No date
 * asked ("để khi nào mới làm?", with nothing between, still asks one).
 */
const EVERY = / (nam|ngay|thang|luc|khi|hoi) (nao|mo)( [a-z]+){0,3} cung | de (khi|luc) (nao|mo)( [a-z]+){1,8} moi /gu;
/**
 * "Mấy" asks how many after a verb of having, getting, losing or splitting ("có mấy phó chủ tịch", "chia mấy
 * phần", "bắt mấy người?" at the end); before people it is mostly a plural ("có mấy đứa xúi dân", "bắt mấy ông
 * bí thư phải xuống", "xã tui có mấy họ đạo", "vận động mấy vị sư", "xóm có mấy học sinh bỏ học"), as it is in "mấy năm qua"; "lần thứ mấy" asks for a rank whose
 * answer is a Roman numeral. Nor does the count of what a passage lists ("phong cách dân vận của Bác … gồm mấy chữ",
 * "có mấy nhiệm vụ", "có mấy đầu việc", "cần đủ mấy cái, là những cái chi"; "có buộc mấy hội đoàn thể báo cáo lại không", "bắt mấy phòng ban trực thuộc phải cử …", "có bắt mấy khuyết điểm đã bị chỉ ra phải sửa cho xong không", where "mấy" is "those"): the list answers it.
 */
const HOW_MANY =
  / (co|duoc|mat|bat|thieu|chia|gom|dat|ton|het|cong|dong|giam|xoa|lam duoc) may (?!(nam|thang|bua|hom|dot|ky|lau) (qua|nay|ni|gan|truoc|roi|lai|tro lai) )(?!(ong|ba|anh|chi|dua|thang|con|co|chu|bac|em|chau|ho|nguoi|thay|cha|su|so|vi|thanh nien|hoc sinh|sinh vien|ba con|dong bao) (?!$))(?!(chu|y|noi dung|diem|muc|buoc|nhiem vu|giai phap|quan diem|muc tieu|nhom|cum tu|yeu cau|cai|dieu|tieu chuan|hoi|doan the|to chuc|co quan|don vi|phong ban|ban nganh|so nganh|dau viec|viec|cong viec|yeu to|tieu chi|pham chat|ky nang|dac diem|phuong cham|nguyen tac|loai|kieu|khuyet diem|han che|thieu sot|yeu kem|ton tai|van de) )/u;
/**
 * How often ("mấy tháng phải đối thoại một lần", "bao nhiêu năm thì kiểm tra 1 lần", "tổ chức mấy lần một năm", "mỗi năm chi bộ nhận xét mấy lần"): a figure
 * or "hằng năm" answers.
 */
const HOW_OFTEN = / (may|bao nhieu) (ngay|tuan|thang|quy|nam)( [a-z]+){0,5} (mot|1) lan | (may|bao nhieu) lan (trong )?(mot|1|moi) (ngay|tuan|thang|quy|nam) | moi (ngay|tuan|thang|quy|nam)( [a-z]+){1,8} (may|bao nhieu) lan /u;
/** "Nghị quyết có bao giờ nhắc tới thanh niên không": whether it ever does, asked yes or no; no time asked. */
const EVER = / co (bao gio|khi nao|luc nao)( [a-z]+){1,10} (khong|chua|ko|k|hong|hem) $/u;
/** "muốn gặp lúc nào thì gặp", "thích họp lúc nào thì họp": whenever one likes; no time asked. */
const WHENEVER = / ([a-z]+) (luc|khi|hoi|ngay|bua) (nao|mo) thi \1 /gu;
/** "Mô hình" (a model) folded: after "cho hỏi" it reads as "hồi mô" (when): "cho hoi mo hinh dan van kheo …" asks no date. */
const MODEL_WORD = / mo hinh /gu;
/** "Xã hội" folded: before "nào" it reads as "hồi nào" (when): "te nan xa hoi nao …" asks which evils, not when. */
const SOCIETY_WORD = / xa hoi /gu;
/** "Thiểu số", "đa số": before "mấy" they read as "số mấy" (what number): "đồng bào dân tộc thiểu số, mấy chỗ …" asks none. */
const SHARE_WORD = / (thieu|da) so /gu;
/** "Mấy chục", "mấy trăm": a rough number told ("a few dozen"), folded. */
const ROUGH_COUNT = /\bmay (chuc|tram|ngan|nghin)\b/u;
/** "Nhiêu" alone asks how much ("được nhiêu một tháng"); only with its tone typed, since "nhieu" is also "nhiều". */
const HOW_MUCH_ALONE = /(^|\s)(?<!bao\s)nhiêu(?=\s|$)/u;

/**
 * A question asking how much, how many or when ("… là bao nhiêu?", "có mấy phó chủ tịch", "được nhiêu", "tới
 * năm mô"): only a sentence with a figure answers it. Typed with diacritics, a cue must be typed so too: "thẳng
 * mấy" is no "tháng mấy", "có máy tính" no "có mấy".
 */
export function asksForNumber(text: string): boolean {
  const words = foldedWords(text).replace(EVERY, " ").replace(WHENEVER, " ").replace(EVER, " ").replace(MODEL_WORD, " mohinh ").replace(SOCIETY_WORD, " xahoi ").replace(SHARE_WORD, " $1so ");
  const typed = ` ${tokenize(text).map((token) => token.exact).join(" ")} `;
  const accented = hasDiacritics(text);
  const typedCue = (cue: string) => words.includes(` ${fold(cue)} `) && (!accented || typed.includes(` ${cue} `));
  if (QUANTITY_CUES.some(typedCue)) return true;
  if (HOW_MUCH_ALONE.test(typed.trim())) return true;
  // "Có mấy" tells as often as it asks ("Làng tui có mấy nhà theo đạo."): only in a sentence asked, or the last one.
  const sentences = sentencesOf(text);
  // …and a rough count told in a clause before the one asked ("Làng có mấy trăm người đi lễ chùa, … nghị quyết biểu sao?") asks none.
  const asked = sentences
    .filter((sentence, index) => index === sentences.length - 1 || asks(sentence))
    .map((sentence) => sentence.split(",").filter((clause, index, clauses) => index === clauses.length - 1 || !ROUGH_COUNT.test(foldedWords(clause))).join(","))
    .join(" ");
  const askedWords = foldedWords(asked);
  if (WHETHER_SET.test(askedWords)) return false;
  return (HOW_MANY.test(askedWords) || HOW_OFTEN.test(askedWords)) && (!accented || typed.includes(" mấy "));
}

/**
 * Whether the documents set a figure at all ("văn bản có quy định cụ thể mấy tháng một lần không"): the passage that speaks
 * of it answers, figure or not ("định kỳ tiếp xúc, đối thoại" tells that none is set).
 */
const WHETHER_SET = /\b(van ban|nghi quyet|nq) co (quy dinh|noi|ghi|neu|de ra)( ro| cu the)?( [a-z]+){0,6} (may|bao nhieu)( [a-z]+){0,8} (khong|ko|hong)\b/u;

/** How often something is done, in words: "Hằng năm, đưa nội dung kiểm tra …". */
const FREQUENCY = /(?<!\p{L})(h[ằà]ng|m[ỗô]i) (ngày|tuần|tháng|quý|năm)(?!\p{L})/iu;

/** A year, as questions name one: "đến năm 2030", "năm 2022". */
const YEAR = /(?<!\p{N})(?:19|20)\d{2}(?!\p{N})/gu;

/**
 * Whether a sentence answers a question asking for a number (`asksForNumber`): it holds a figure, or for "how often", a
 * frequency in words or a span in figures. A year the question names must be the sentence's: "đến năm 2030 … GRDP bình quân đầu người phải đạt
 * bao nhiêu" is not answered by 2023's figure.
 */
export function holdsFigure(sentence: string, question: string): boolean {
  if ((question.match(YEAR) ?? []).some((year) => !sentence.includes(year))) return false;
  // How often is answered by a frequency or a span, not by any number ("mỗi năm họp mấy lần" is not "Hội nghị … lần thứ 14").
  if (HOW_OFTEN.test(foldedWords(question))) return FREQUENCY.test(sentence) || SPAN.test(sentence);
  return /\p{N}/u.test(sentence);
}

/** A count of times or a span of time in figures: "2 lần", "6 tháng" (not "lần thứ 14"). */
const SPAN = /\p{N}+\s*(lần|ngày|tuần|tháng|quý|năm)(?!\s*thứ)(?!\p{L})/iu;

/** Phrases that ask what an abbreviation stands for ("HTCT là viết tắt của gì"). */
const DEFINITION_CUES = ["viết tắt", "là chữ gì", "nghĩa là gì", "là gì", "đầy đủ là gì", "tên đầy đủ", "là chữ chi", "nghĩa là chi", "là chi"];
/** The cues folded, between spaces, as whole words of a folded question are compared. */
const FOLDED_DEFINITION_CUES = DEFINITION_CUES.map((cue) => ` ${fold(cue)} `);

interface Phrase {
  readonly concept: string;
  readonly exact: readonly string[];
  readonly folded: readonly string[];
  /** Abbreviations are distinctive enough to match without diacritics in any text. */
  readonly foldedMatch: boolean;
  /** Set on the short form of an abbreviation ("HTCT"), not on its expansions. */
  readonly abbreviation?: string;
}

/** Options for `Analyzer.analyze`. */
export interface AnalyzeOptions {
  /** Queries get definition cues; passages get definition terms where they define an abbreviation. */
  readonly role: "query" | "passage";
}

/**
 * Turns text into terms: folded words (match with or without diacritics), exact accented words
 * (rank exact-accent matches higher), adjacent word pairs (Vietnamese words are mostly two
 * syllables), and concepts shared by an abbreviation and its expansion, or by synonyms.
 */
export class Analyzer {
  private readonly phrasesByFirst = new Map<string, Phrase[]>();
  private readonly corpusPairs: CorpusPairs;
  /** Folded forms the corpus uses as content words: "can" (cán), "dau" (đầu), not "gi" (gì). */
  private readonly contentWords: ReadonlySet<string>;
  private readonly questionPhrases: ReadonlyArray<readonly string[]>;
  private readonly everyday: ReadonlyArray<{ readonly pattern: RegExp; readonly means: string }>;
  /** Folded abbreviation → its expansions, for answers and explanations. */
  readonly expansions = new Map<string, { short: string; long: readonly string[] }>();

  /**
   * @param corpus the corpus's words and word pairs (see `corpusWords`). Typed without diacritics,
   *   "can" may be "cần" (a function word) or "cán" (cán bộ), "may" "mấy" or "máy" (bộ máy): a
   *   folded function word that forms a pair known from the corpus is read as content, and a pair
   *   the corpus always spells one way gets that spelling back ("ket qua" → "kết quả").
   */
  constructor(
    data: LanguageData,
    corpus: CorpusWords = { pairs: new Map(), contentWords: new Set() },
  ) {
    this.corpusPairs = corpus.pairs;
    this.contentWords = corpus.contentWords;
    this.questionPhrases = QUESTION_PHRASES.map((phrase) => tokenize(phrase).map((token) => token.folded));
    for (const entry of data.abbreviations) {
      const longForms = Array.isArray(entry.long) ? entry.long : [entry.long];
      const concept = `c:${phraseKey(entry.short)}`;
      this.expansions.set(phraseKey(entry.short), { short: entry.short, long: longForms });
      this.addPhrase(entry.short, concept, true, entry.short);
      for (const form of longForms) this.addPhrase(form, concept, true);
    }
    data.synonyms.forEach((group, index) => {
      const concept = `s:${index}:${phraseKey(group.terms[0] ?? "")}`;
      for (const term of group.terms) this.addPhrase(term, concept, false);
    });
    // Longest first, so that "làm chi" is read before a shorter entry could take part of it.
    this.everyday = [...(data.everyday ?? [])]
      .sort((a, b) => b.say.length - a.say.length)
      // "mô" asks "which" only when "hình" does not follow: "phần mô" is "phần nào", "một cái mô hình" a model.
      .map(({ say, means }) => ({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(nfc(say))}(?![\\p{L}\\p{N}])${/(^|\s)mô$/iu.test(say) ? "(?!\\s+hình)" : ""}`, "giu"), means }));
  }

  /**
   * A question with everyday and regional words replaced by the usual ones (`LanguageData.everyday`);
   * typed without diacritics, the usual word is put in without them too ("noi j" → "noi gi").
   */
  usualWords(text: string): string {
    const plain = !hasDiacritics(text);
    return this.everyday.reduce((result, { pattern, means }) => result.replace(pattern, plain ? fold(means) : means), text);
  }

  /** Analyses a text into terms (with repetitions: term frequency counts). */
  analyze(text: string, options: AnalyzeOptions): Term[] {
    // "4,8%" and "bốn phần trăm" should meet: the percent sign is read out as words on both sides,
    // without diacritics in a question typed without them (else it would read as typed with them).
    const percent = options.role === "query" && !hasDiacritics(text) ? " phan tram " : " phần trăm ";
    const source = (options.role === "query" ? this.usualWords(text) : text).replace(/%/g, percent);
    const tokens = tokenize(source);
    // A question typed with a Vietnamese keyboard has diacritics somewhere; then "bao" means "bao",
    // not "bảo". Typed without any, every word may have lost its diacritics.
    const accented = options.role === "passage" || tokens.some((token) => token.exact !== token.folded);
    // The accented form of each word where it is known: typed, or recovered from the corpus.
    const spelling = accented ? tokens.map((token) => token.exact) : this.spellings(source, tokens);
    const meanings: Meaning[] = options.role === "query" ? this.meanings(tokens, spelling) : tokens.map(() => "content");
    const ambiguous = tokens.map((_, index) => options.role === "query" && spelling[index] === undefined && this.foldedMeaning(tokens, index) === "frame");
    const terms: Term[] = [];
    tokens.forEach((token, index) => {
      const meaning = meanings[index] ?? "content";
      const numeric = /^\p{N}/u.test(token.exact);
      // A spelling recovered from the corpus counts as typed: "qua" in "nam qua" is "qua", not "quả".
      const exact = spelling[index];
      const known = exact !== undefined;
      terms.push({ key: `w:${token.folded}`, kind: numeric ? "number" : "word", surface: token.exact, meaning, accented: known });
      if (known && !numeric) terms.push({ key: `x:${exact}`, kind: "exact", surface: exact, meaning, accented: known });
      const next = tokens[index + 1];
      if (next && !separated(source, token, next)) {
        const key = `${token.folded}_${next.folded}`;
        const pairMeaning = this.pairMeaning(key, [index, index + 1], tokens, meanings, spelling, ambiguous);
        terms.push({ key: `p:${key}`, kind: "pair", surface: `${token.exact} ${next.exact}`, meaning: pairMeaning, accented });
      }
    });
    terms.push(...this.concepts(tokens, spelling, meanings));
    terms.push(...(options.role === "query" ? this.definitionCues(source, tokens) : this.definitions(source)));
    return terms;
  }

  /** What a pair of adjacent words (`at`) says: the weaker of its words' meanings, but for two cases. */
  private pairMeaning(
    key: string,
    at: readonly [number, number],
    tokens: readonly Token[],
    meanings: readonly Meaning[],
    spelling: ReadonlyArray<string | undefined>,
    ambiguous: readonly boolean[],
  ): Meaning {
    const kinds = at.map((index) => meanings[index] ?? "content");
    const known = this.corpusPairs.has(key);
    // A corpus pair typed without diacritics ("co quan", "can bo") is content even when one of its
    // words could also be a function word.
    if (known && at.every((index, i) => kinds[i] === "content" || ambiguous[index])) return "content";
    // Unspelled, "can" of "can cuoc" may be "căn" rather than "cần": a pair the corpus lacks, of a
    // content word and a function word the corpus also has as a content word, may be a word the
    // documents do not hold ("căn cước"). It counts as content, so that coverage sees it missing.
    const uncertain = at.map((index) => {
      const folded = tokens[index]?.folded ?? "";
      return spelling[index] === undefined && FOLDED_STOPWORDS.has(folded) && this.contentWords.has(folded);
    });
    if (!known && ((kinds[0] === "content" && uncertain[1]) || (kinds[1] === "content" && uncertain[0]))) return "content";
    return weakest(kinds[0] ?? "content", kinds[1] ?? "content");
  }

  /** Function words, words of question phrases and content words of a question. */
  private meanings(tokens: readonly Token[], spelling: ReadonlyArray<string | undefined>): Meaning[] {
    const meanings: Meaning[] = tokens.map((token, index) => {
      // Words in other scripts (目标, Что) cannot be in a Vietnamese document: they carry nothing here.
      if (!/[\p{Script=Latin}\p{N}]/u.test(token.exact)) return "function";
      const exact = spelling[index];
      if (exact !== undefined) return STOPWORDS.has(exact) ? "function" : "content";
      return this.foldedMeaning(tokens, index);
    });
    for (const phrase of this.questionPhrases) {
      for (let start = 0; start + phrase.length <= tokens.length; start++) {
        if (!phrase.every((folded, offset) => tokens[start + offset]?.folded === folded)) continue;
        phrase.forEach((_, offset) => (meanings[start + offset] = weakest(meanings[start + offset] ?? "content", "frame")));
      }
    }
    return meanings;
  }

  /**
   * Without diacritics, "may" is "mấy" or "máy", "can" "cần" or "cán": a folded function word is
   * ambiguous ("frame") when it forms a pair known from the corpus with a neighbour ("bo may",
   * "can bo"), a function word otherwise.
   */
  private foldedMeaning(tokens: readonly Token[], index: number): Meaning {
    const token = tokens[index];
    if (!token || !FOLDED_STOPWORDS.has(token.folded)) return "content";
    if (isAbout(tokens, index)) return "function";
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    const paired = (previous && this.corpusPairs.has(`${previous.folded}_${token.folded}`)) || (next && this.corpusPairs.has(`${token.folded}_${next.folded}`));
    return paired ? "frame" : "function";
  }

  /**
   * Accented spellings of a text typed without diacritics, where the corpus spells a pair of
   * adjacent words one way only and both pairs a word belongs to agree on it; undefined elsewhere.
   */
  private spellings(source: string, tokens: readonly Token[]): Array<string | undefined> {
    const candidates: Array<Set<string>> = tokens.map(() => new Set());
    tokens.forEach((token, index) => {
      const next = tokens[index + 1];
      const spelling = next && !separated(source, token, next) && !isAbout(tokens, index) && !isAbout(tokens, index + 1) ? this.corpusPairs.get(`${token.folded}_${next.folded}`) : undefined;
      if (!spelling) return;
      candidates[index]?.add(spelling[0]);
      candidates[index + 1]?.add(spelling[1]);
    });
    return candidates.map((forms) => (forms.size === 1 ? [...forms][0] : undefined));
  }

  private addPhrase(form: string, concept: string, foldedMatch: boolean, abbreviation?: string): void {
    const tokens = tokenize(form);
    const first = tokens[0];
    if (!first) return;
    const phrase: Phrase = {
      concept,
      exact: tokens.map((token) => token.exact),
      folded: tokens.map((token) => token.folded),
      foldedMatch,
      ...(abbreviation ? { abbreviation } : {}),
    };
    const list = this.phrasesByFirst.get(first.folded) ?? [];
    list.push(phrase);
    // Longest phrase first: "tổ chức chính trị - xã hội" before "chính trị".
    list.sort((a, b) => b.folded.length - a.folded.length);
    this.phrasesByFirst.set(first.folded, list);
  }

  private concepts(tokens: Token[], spelling: ReadonlyArray<string | undefined>, meanings: readonly Meaning[]): Term[] {
    const terms: Term[] = [];
    for (let index = 0; index < tokens.length; index++) {
      const candidates = this.phrasesByFirst.get(tokens[index]?.folded ?? "") ?? [];
      // A phrase may belong to several groups ("tâm trạng": tâm tư, and dư luận): all of them count.
      const seen = new Set<string>();
      for (const phrase of candidates) {
        if (seen.has(phrase.concept) || !phraseMatches(phrase, tokens, index, spelling)) continue;
        // Typed without diacritics, "bao" in "bao nhieu" is not "bão": a lone function word is no concept.
        if (phrase.folded.length === 1 && meanings[index] === "function") continue;
        seen.add(phrase.concept);
        const surface = tokens.slice(index, index + phrase.folded.length).map((token) => token.exact).join(" ");
        terms.push({ key: phrase.concept, kind: "concept", surface, meaning: "content", accented: false });
      }
    }
    return terms;
  }

  /** "hệ thống chính trị (HTCT)": the place where the document defines an abbreviation. */
  private definitions(text: string): Term[] {
    const terms: Term[] = [];
    for (const match of text.matchAll(/\(([^()]{1,12})\)/gu)) {
      const key = phraseKey(match[1] ?? "");
      if (this.expansions.has(key)) terms.push({ key: `d:${key}`, kind: "definition", surface: match[0], meaning: "content", accented: false });
    }
    return terms;
  }

  /** A question that asks what an abbreviation means points at the place that defines it. */
  private definitionCues(text: string, tokens: Token[]): Term[] {
    // Whole words: "là chi" is no cue inside "là chính quyền".
    const words = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
    if (!FOLDED_DEFINITION_CUES.some((cue) => words.includes(cue))) return [];
    const terms: Term[] = [];
    for (let index = 0; index < tokens.length; index++) {
      for (const phrase of this.phrasesByFirst.get(tokens[index]?.folded ?? "") ?? []) {
        if (phrase.abbreviation && phraseMatches(phrase, tokens, index, [])) {
          terms.push({ key: `d:${phraseKey(phrase.abbreviation)}`, kind: "definition", surface: phrase.abbreviation, meaning: "content", accented: false });
        }
      }
    }
    return terms;
  }
}

/** The folded first term of the synonym group a concept key names ("s:12:ct xh" → "ct xh"); undefined for any other key. */
export function synonymGroupPhrase(key: string): string | undefined {
  return /^s:\d+:(.+)$/u.exec(key)?.[1];
}

/** Case-, accent- and punctuation-insensitive key of a phrase: "CT-XH" → "ct xh". */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((token) => token.folded)
    .join(" ");
}

const MEANING_ORDER: readonly Meaning[] = ["function", "frame", "content"];

function weakest(a: Meaning, b: Meaning): Meaning {
  return MEANING_ORDER.indexOf(a) <= MEANING_ORDER.indexOf(b) ? a : b;
}

/**
 * Adjacent word pairs of the corpus by folded key ("ket_qua"), each with the accented spelling
 * that dominates it (["kết", "quả"]), or undefined when no spelling does.
 */
export type CorpusPairs = ReadonlyMap<string, readonly [string, string] | undefined>;

/** What the `Analyzer` knows of the corpus's words, for questions typed without diacritics. */
export interface CorpusWords {
  readonly pairs: CorpusPairs;
  /** Folded forms of the corpus's words that are not function words. */
  readonly contentWords: ReadonlySet<string>;
}

/** Share of a folded pair's occurrences its most frequent spelling needs to be taken as its spelling. */
const DOMINANT_SPELLING_SHARE = 0.8;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** The words and word pairs of the corpus texts, for the `Analyzer` constructor. */
export function corpusWords(texts: Iterable<string>): CorpusWords {
  const counts = new Map<string, Map<string, number>>();
  const contentWords = new Set<string>();
  for (const text of texts) {
    const tokens = tokenize(text);
    tokens.forEach((token, index) => {
      if (!STOPWORDS.has(token.exact)) contentWords.add(token.folded);
      const next = tokens[index + 1];
      if (!next || separated(text, token, next)) return;
      const key = `${token.folded}_${next.folded}`;
      const spellings = counts.get(key) ?? new Map<string, number>();
      const spelling = `${token.exact} ${next.exact}`;
      spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
      counts.set(key, spellings);
    });
  }
  const pairs = new Map<string, readonly [string, string] | undefined>();
  for (const [key, spellings] of counts) {
    const total = [...spellings.values()].reduce((sum, count) => sum + count, 0);
    const [best, count] = [...spellings].reduce((a, b) => (b[1] > a[1] ? b : a));
    const [first, second] = best.split(" ");
    pairs.set(key, count / total >= DOMINANT_SPELLING_SHARE && first && second ? [first, second] : undefined);
  }
  return { pairs, contentWords };
}

/** Words on either side of punctuation do not form a pair: no Vietnamese word holds a comma. */
function separated(text: string, left: Token, right: Token): boolean {
  return /[.,!?;:()“”"\n]/u.test(text.slice(left.end, right.start));
}

/**
 * A phrase matches where the accented forms agree; for words whose accented form is not known
 * (typed without diacritics), where the folded forms agree. Abbreviations ("HĐND", "hdnd") always
 * match on folded forms.
 */
function phraseMatches(phrase: Phrase, tokens: Token[], start: number, spelling: ReadonlyArray<string | undefined>): boolean {
  if (start + phrase.folded.length > tokens.length) return false;
  return phrase.folded.every((folded, offset) => {
    const token = tokens[start + offset];
    if (!token || token.folded !== folded) return false;
    const exact = spelling[start + offset];
    return phrase.foldedMatch || exact === undefined || exact === phrase.exact[offset];
  });
}
