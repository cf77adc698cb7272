/**
 * Answers built from retrieved passages: the extractive default (the sentences that answer,
 * quoted verbatim), and the Vietnamese texts for questions the documents do not cover.
 */
import { fold, splitSentences, tokenize } from "../core/text.js";
import { citation, type DocumentMeta, type Passage, type Section } from "./document.js";
import type { IndexedDocument } from "./index-store.js";
import type { Hit, RetrievalDecline, RetrievalResult, Retriever, ScoredSentence } from "./retriever.js";

/** Where an answer comes from. */
export interface Citation {
  readonly passageId: string;
  readonly documentId: string;
  /** Section key ("II.2", "footnote 1", "title"). */
  readonly section: string;
  /** Human label: "Mục II.2 – Mục tiêu". */
  readonly label: string;
}

/** Why a question got no answer from the documents. */
export type DeclineReason = "empty" | "too-long" | RetrievalDecline;

export interface Answer {
  readonly question: string;
  readonly declined: boolean;
  readonly reason?: DeclineReason;
  /** The whole answer as plain Vietnamese text (what the CLI prints and `--json` returns). */
  readonly text: string;
  /** The answer itself: the quoted sentences (extractive) or the model's grounded text. */
  readonly body: string;
  /** Extractive answers: a sentence before the quotation ("HTCT là viết tắt của …"). */
  readonly lead?: string;
  /** Extractive answers: the verbatim sentences, without quotation marks. */
  readonly quote?: string;
  /** The passage the answer comes from, verbatim. */
  readonly source?: Citation & { readonly text: string };
  /** Up to two other sections worth reading. */
  readonly seeAlso: readonly Citation[];
  /** Retrieved passages, best first (empty when declined). */
  readonly hits: readonly Hit[];
  readonly mode: "extractive" | "llm";
  /** The documents hold no exact answer: this is the nearest passage, and the answer says so. */
  readonly hedged?: boolean;
}

/** Named defaults of the extractive answer. */
export const EXTRACTIVE_DEFAULTS = {
  /** A neighbouring sentence joins the answer when it scores at least this share of the best one. */
  neighbourShare: 0.6,
  /** "Xem thêm" sections. */
  seeAlso: 2,
  /** Sentences quoted when a question asks for a whole section ("Mục tiêu là gì?"). */
  overviewSentences: 2,
  /** Weight of question words the section heading already holds, when choosing the answering sentence. */
  headingTermWeight: 0.5,
  /** Weight of the words a question asks for ("kết quả" in "đạt được kết quả gì?"), when choosing the answering sentence. */
  askedTermWeight: 4,
} as const;

/** Question words after what is asked for: "kết quả gì", "giải pháp nào". */
const ASKING_WORDS: ReadonlySet<string> = new Set(["gi", "nao"]);

/** Questions asking who does something: the answer needs the sentence that names the actor. */
const WHO_CUES = ["ai ", "cơ quan nào", "đơn vị nào", "ban nào", "tổ chức nào", "người nào", "ai?"];

export function citationOf(passage: Passage, documents: readonly IndexedDocument[]): Citation {
  return { passageId: passage.id, documentId: passage.docId, section: passage.section, label: citation(passage, metaOf(passage, documents)) };
}

function metaOf(passage: Passage, documents: readonly IndexedDocument[]): DocumentMeta | undefined {
  return documents.find((doc) => doc.id === passage.docId)?.meta;
}

/** The extractive answer: the best passage's answering sentence(s), quoted verbatim, with citation. */
export function extractiveAnswer(question: string, retrieval: RetrievalResult, retriever: Retriever, documents: readonly IndexedDocument[]): Answer {
  const [top] = retrieval.hits;
  if (!top) return declinedAnswer(question, "not-covered", documents);
  const sentences = retriever.scoreSentences(top.passage, focusTerms(retrieval, top.passage, retriever));
  const chosen = asksForWholeSection(retrieval, top.passage, retriever) ? sentences.slice(0, EXTRACTIVE_DEFAULTS.overviewSentences) : answeringSentences(question, sentences);
  const quote = joinSentences(chosen);
  const lead = abbreviationLead(retrieval, retriever);
  const body = lead ? `${lead}\n“${quote}”` : `“${quote}”`;
  const source = { ...citationOf(top.passage, documents), text: top.passage.text };
  const seeAlso = seeAlsoOf(retrieval.hits, documents);
  return {
    question,
    declined: false,
    text: answerText(body, source.label, seeAlso),
    body,
    ...(lead ? { lead } : {}),
    quote,
    source,
    seeAlso,
    hits: retrieval.hits,
    mode: "extractive",
  };
}

/**
 * The question's terms weighted for choosing the answering sentence: words the section heading
 * already holds ("Dân vận khéo" under the heading on "Dân vận khéo") say what the question is
 * about, not what it asks, and count half; the words just before "gì"/"nào" say what it asks
 * ("đạt được kết quả gì?": the sentence on the results), and count more (`askedTermWeight`).
 * Asked words are compared folded, so their accented terms are left as they are: "qua" of "năm
 * qua" earlier in the question must not count as the "quả" asked for.
 */
function focusTerms(retrieval: RetrievalResult, passage: Passage, retriever: Retriever): RetrievalResult["terms"] {
  const heading = new Set(retriever.index.analyzer.analyze(passage.context.join("\n"), { role: "passage" }).map((term) => term.key));
  const asked = askedWords(retrieval.query);
  const isAsked = (term: RetrievalResult["terms"][number]) => term.kind !== "exact" && term.surface.split(" ").every((word) => asked.has(fold(word)));
  return retrieval.terms.map((term) => {
    const factor = (heading.has(term.key) ? EXTRACTIVE_DEFAULTS.headingTermWeight : 1) * (isAsked(term) ? EXTRACTIVE_DEFAULTS.askedTermWeight : 1);
    return factor === 1 ? term : { ...term, weight: term.weight * factor };
  });
}

/** The folded words just before "gì" or "nào": "ket", "qua" in "đạt được kết quả gì?". */
function askedWords(question: string): Set<string> {
  const words = tokenize(question).map((token) => token.folded);
  const asked = new Set<string>();
  words.forEach((word, index) => {
    if (!ASKING_WORDS.has(word)) return;
    for (const before of words.slice(Math.max(0, index - 2), index)) asked.add(before);
  });
  return asked;
}

/** The opening sentences of a passage as an answer (a section's overview). */
export function sectionOverview(passage: Passage, documents: readonly IndexedDocument[]): Answer {
  const quote = splitSentences(passage.text)
    .slice(0, EXTRACTIVE_DEFAULTS.overviewSentences)
    .map((sentence) => sentence.text)
    .join(" ");
  const source = { ...citationOf(passage, documents), text: passage.text };
  const body = `“${quote}”`;
  return { question: source.label, declined: false, text: answerText(body, source.label, []), body, quote, source, seeAlso: [], hits: [], mode: "extractive" };
}

/** Consecutive sentences read on; a gap between quoted sentences is marked with an ellipsis. */
function joinSentences(sentences: readonly ScoredSentence[]): string {
  return sentences.map((sentence, index) => (index > 0 && sentences[index - 1]!.end + 2 < sentence.start ? `… ${sentence.text}` : sentence.text)).join(" ");
}

/** "HTCT là viết tắt của “hệ thống chính trị”." for questions about an abbreviation. */
function abbreviationLead(retrieval: RetrievalResult, retriever: Retriever): string | undefined {
  const leads = retrieval.terms
    .filter((term) => term.kind === "definition")
    .map((term) => retriever.index.analyzer.expansions.get(term.key.slice(2)))
    .filter((entry) => entry !== undefined)
    .map((entry) => `${entry.short} là viết tắt của “${entry.long[0]}”.`);
  return leads.length ? leads.join(" ") : undefined;
}

/**
 * Picks the answering sentence(s): the best-scoring one; its neighbour too when it scores close
 * (answers spanning two sentences); and for "ai …?" questions the passage's first sentence, which
 * names who acts ("Ban Tổ chức Tỉnh ủy chủ trì, … . Phối hợp đào tạo …").
 */
export function answeringSentences(question: string, sentences: readonly ScoredSentence[]): ScoredSentence[] {
  if (sentences.length <= 1) return [...sentences];
  let bestIndex = 0;
  sentences.forEach((sentence, index) => {
    if (sentence.score > (sentences[bestIndex]?.score ?? 0)) bestIndex = index;
  });
  const best = sentences[bestIndex]!;
  const chosen = new Set([bestIndex]);
  for (const neighbour of [bestIndex - 1, bestIndex + 1]) {
    const sentence = sentences[neighbour];
    if (sentence && best.score > 0 && sentence.score >= EXTRACTIVE_DEFAULTS.neighbourShare * best.score) chosen.add(neighbour);
  }
  if (isWhoQuestion(question)) chosen.add(0);
  return [...chosen].sort((a, b) => a - b).map((index) => sentences[index]!);
}

/**
 * "Mục tiêu của nghị quyết là gì?" asks for the section headed "Mục tiêu" as a whole: every
 * content word of the question is in the passage's heading. Its opening sentences answer it.
 */
function asksForWholeSection(retrieval: RetrievalResult, passage: Passage, retriever: Retriever): boolean {
  const content = retrieval.terms.filter((term) => term.content);
  if (content.length === 0 || passage.kind !== "paragraph" || passage.paragraph !== 1) return false;
  const heading = new Set(retriever.index.analyzer.analyze(passage.heading, { role: "passage" }).map((term) => term.key));
  return content.every((term) => heading.has(term.key));
}

function isWhoQuestion(question: string): boolean {
  const text = ` ${fold(question)} `;
  return WHO_CUES.some((cue) => text.includes(` ${fold(cue)}`));
}

/** Up to two other sections among the hits, each cited once. */
export function seeAlsoOf(hits: readonly Hit[], documents: readonly IndexedDocument[]): Citation[] {
  const [top, ...rest] = hits;
  const seen = new Set(top ? [`${top.passage.docId}#${top.passage.section}`] : []);
  const result: Citation[] = [];
  for (const hit of rest) {
    const key = `${hit.passage.docId}#${hit.passage.section}`;
    if (seen.has(key) || hit.passage.kind === "letterhead") continue;
    seen.add(key);
    result.push(citationOf(hit.passage, documents));
    if (result.length === EXTRACTIVE_DEFAULTS.seeAlso) break;
  }
  return result;
}

/** Plain-text layout of an answer: the answer, its source, the sections worth reading too. */
export function answerText(body: string, sourceLabel: string, seeAlso: readonly Citation[]): string {
  const lines = [body, `Nguồn: ${sentenceEnd(sourceLabel)}`];
  if (seeAlso.length) lines.push(`Xem thêm: ${sentenceEnd(seeAlso.map((item) => item.label).join("; "))}`);
  return lines.join("\n");
}

function sentenceEnd(text: string): string {
  return /[.…]$/u.test(text) ? text : `${text}.`;
}

/** Named default of the hedge (see `plainlyAnswers`): the vector similarity from which the nearest passage is plainly the answer. */
export const HEDGE_DEFAULTS = { plainSimilarity: 0.6 } as const;

/**
 * Whether the nearest passage to an in-domain question whose words it does not cover is plainly its answer
 * all the same: first by words and by meaning alike, and close in meaning ("rứa nó phổ biến xuống tới tận cấp
 * mô?" → "Nghị quyết này phổ biến đến chi bộ."). Such an answer is given without the hedge. Calibrated on the
 * corpus embeddings; a remote model's similarities run lower, so with one the hedge stays more often.
 */
export function plainlyAnswers(hit: Hit | undefined): boolean {
  return hit !== undefined && hit.why.lexicalRank === 1 && hit.why.vectorRank === 1 && (hit.why.vectorSimilarity ?? 0) >= HEDGE_DEFAULTS.plainSimilarity;
}

/** An extractive answer given as the nearest content: "Nghị quyết không nói trực tiếp điều này; nội dung gần nhất là …". */
export function hedgedAnswer(answer: Answer, documents: readonly IndexedDocument[]): Answer {
  if (!answer.source) return answer;
  const lead = `${capitalize(primaryTitle(documents))} không nói trực tiếp điều này; nội dung gần nhất là:`;
  const body = `${lead}\n“${answer.quote ?? answer.body}”`;
  return { ...answer, lead, body, text: answerText(body, answer.source.label, answer.seeAlso), hedged: true };
}

/** Where an answer is said to be: the place asked for, another place besides the one quoted, the only place. */
export type AnswerPlace = "here" | "also" | "only";

const PLACE_LEAD: Readonly<Record<AnswerPlace, (section: string) => string>> = {
  here: (section) => `Nội dung này nằm ở ${section}:`,
  also: (section) => `Nghị quyết còn nói tới điều này ở ${section}:`,
  only: (section) => `Nghị quyết chỉ nói điều này ở ${section}, không có chỗ nào khác:`,
};

/**
 * An answer given with its place: asked where it is ("ý đó nằm ở phần mấy?"), "Nội dung này nằm ở mục I – …:" before it;
 * asked where else it is said ("còn chỗ mô nói nữa không?"), the other place, or that the one quoted is the only one.
 */
export function locatedAnswer(answer: Answer, place: AnswerPlace = "here"): Answer {
  if (answer.declined || !answer.source) return answer;
  const label = answer.source.label;
  const lead = PLACE_LEAD[place](`${label.charAt(0).toLowerCase()}${label.slice(1)}`);
  const body = answer.mode === "llm" ? `${lead}\n${answer.body}` : `${lead}\n“${answer.quote ?? answer.body}”`;
  // Its place said instead of the hedge's lead, it is given as what it is: the passage asked about.
  return { ...answer, lead, body, text: answerText(body, label, answer.seeAlso), ...(answer.hedged ? { hedged: false } : {}) };
}

/**
 * An answer whose quote the previous answer already gave ("rứa ai lo chuyện đó?" after the passage that names who): said to
 * be there, not given as if new. An answer with a lead of its own (hedged, located) keeps it. Asked to put it in plain words
 * (`plainWordsAsked`), the lead says the quote is all an extractive answer gives: it does not reword the resolution.
 */
export function quotedAgainAnswer(answer: Answer, plainWordsAsked = false): Answer {
  if (answer.declined || !answer.source || answer.lead || answer.quote === undefined) return answer;
  const lead = plainWordsAsked
    ? "Trợ lý chỉ trích đúng lời nghị quyết, không tự rút gọn hay diễn giải lại; ý bạn hỏi nằm ngay trong đoạn vừa trích:"
    : "Điều bạn hỏi nằm ngay trong đoạn vừa trích:";
  const body = `${lead}\n“${answer.quote}”`;
  return { ...answer, lead, body, text: answerText(body, answer.source.label, answer.seeAlso) };
}

/** The polite refusal, saying what the documents do cover. */
export function declinedAnswer(question: string, reason: DeclineReason, documents: readonly IndexedDocument[]): Answer {
  const text = DECLINE_TEXT[reason](documents);
  return { question, declined: true, reason, text, body: text, seeAlso: [], hits: [], mode: "extractive" };
}

const DECLINE_TEXT: Record<DeclineReason, (documents: readonly IndexedDocument[]) => string> = {
  empty: (documents) => `Bạn muốn hỏi gì về ${primaryTitle(documents)}? Ví dụ: “Mục tiêu của nghị quyết là gì?”\n${coverageText(documents)}`,
  "too-long": () =>
    `Câu hỏi dài quá ${MAX_QUESTION_CHARS.toLocaleString("vi-VN")} ký tự. Bạn vui lòng hỏi ngắn gọn, mỗi lần một ý (ví dụ: “Ai chịu trách nhiệm theo dõi việc thực hiện nghị quyết?”).`,
  "not-covered": (documents) => `${capitalize(primaryTitle(documents))} không đề cập đến nội dung này, nên tôi không trả lời được.\n${coverageText(documents)}`,
  "no-figure": (documents) =>
    `${capitalize(primaryTitle(documents))} có nói đến nội dung này nhưng không nêu con số hay mốc thời gian bạn hỏi, nên tôi không trả lời được.\n${coverageText(documents)}`,
  "unknown-name": (documents) =>
    `${capitalize(primaryTitle(documents))} không nhắc tới phong trào hay cuộc vận động bạn hỏi, nên tôi không trả lời được.\n${coverageText(documents)}`,
  "about-now": (documents) =>
    `${capitalize(primaryTitle(documents))}${issuedText(documents)} chỉ nêu những gì đã được quyết định khi ban hành, không có thông tin cập nhật như ai đang giữ chức vụ, giá cả, thời tiết hay sự việc hôm nay, nên tôi không trả lời được.\n${coverageText(documents)}`,
};

/** " (ban hành tháng 12/2023)" from the primary document's date, when it has one. */
function issuedText(documents: readonly IndexedDocument[]): string {
  const date = documents.find((doc) => doc.meta.primary)?.meta.date?.match(/^(\d{4})-(\d{2})/);
  return date ? ` (ban hành tháng ${Number(date[2])}/${date[1]})` : "";
}

/** Questions longer than this are not searched: a question is a sentence or two, not a document. */
export const MAX_QUESTION_CHARS = 1000;

function primaryTitle(documents: readonly IndexedDocument[]): string {
  return documents.some((doc) => doc.meta.primary) ? "nghị quyết" : "các tài liệu";
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Vietnamese words for the small counts an outline has ("gồm bốn phần"). */
const COUNT_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

/** The primary document (the resolution), or the first one. */
export function primaryDocument(documents: readonly IndexedDocument[]): IndexedDocument | undefined {
  return documents.find((candidate) => candidate.meta.primary) ?? documents[0];
}

/** A section's line in an outline, with its own sections numbered under it when there are more than two (III's tasks, not II's "Quan điểm", "Mục tiêu"). */
function outlineLines(doc: IndexedDocument, section: Section): string[] {
  const children = doc.sections.filter((child) => child.parent === section.path);
  const listed = children.length > 2 ? children.map((child, index) => `   ${index + 1}. ${sentenceEnd(child.heading)}`) : [];
  return [`${section.path}. ${listed.length ? `${section.heading}:` : sentenceEnd(section.heading)}`, ...listed];
}

/**
 * The main points of the primary document, for "tóm giùm mấy ý chính", "nghị quyết gồm những phần nào": its parts and the
 * headings of the sections under a part that has them, verbatim, cited by the document; then how to ask about one.
 */
export function mainPointsAnswer(question: string, documents: readonly IndexedDocument[]): Answer {
  const doc = primaryDocument(documents);
  const title = capitalize(doc?.meta.shortTitle ?? doc?.meta.title ?? "Tài liệu");
  const parts = doc?.sections.filter((section) => section.level === 1) ?? [];
  const lines = doc ? parts.flatMap((part) => outlineLines(doc, part)) : [];
  const count = COUNT_WORDS[parts.length] ?? String(parts.length);
  const body = `${title} gồm ${count} phần:\n${lines.join("\n")}\nBạn hỏi từng phần hay từng việc để xem nguyên văn, ví dụ: “Mục III.5 nói gì?”, “Nghị quyết giao Mặt trận làm gì?”.`;
  return { question, declined: false, text: answerText(body, title, []), body, seeAlso: [], hits: [], mode: "extractive" };
}

/**
 * When the primary document came out ("nghị quyết ni ra đời khi nào", "ra tháng 11/2022 à"): the month of its metadata said
 * first — a month the question claims confirmed or said to be wrong, a draft's missing day and number said to be missing — then,
 * quoted, the letterhead's line that dates it ("Quảng Nam, ngày … tháng 12 năm 2023") and its title, which names the
 * conference. Undefined when the document has no date.
 */
export function issuedAnswer(question: string, documents: readonly IndexedDocument[], title: Passage, letterhead: Passage | undefined): Answer | undefined {
  const meta = primaryDocument(documents)?.meta;
  const date = meta?.date?.match(/^(\d{4})-(\d{2})/);
  if (!meta || !date) return undefined;
  const issued = `${Number(date[2])}/${date[1]}`;
  const claimed = CLAIMED_MONTH.exec(fold(question));
  const claimedText = claimed && `${Number(claimed[1])}/${claimed[2]}`;
  // Another body claimed as its issuer ("có phải là nghị quyết của HĐND tỉnh không") is said not to be, before the issuer named.
  const claimedBody = CLAIMED_ISSUER.exec(fold(question))?.[3];
  const otherIssuer = meta.issuer !== undefined && claimedBody !== undefined && !fold(meta.issuer).includes(claimedBody);
  const verdict = otherIssuer ? "Không phải. " : !claimedText ? "" : claimedText === issued ? "Đúng vậy. " : `Không phải tháng ${claimedText}. `;
  const by = meta.issuer ? ` được ${meta.issuer} ban hành` : " ban hành";
  const draft = meta.status === "draft" ? "; bản trợ lý đang dùng là dự thảo nên chưa ghi ngày cụ thể và số hiệu" : "";
  const lead = `${verdict}${capitalize(primaryTitle(documents))}${by} tháng ${issued}${draft}:`;
  const dated = letterhead?.text.split("\n").find((line) => DATE_LINE.test(fold(line)));
  const quote = [dated, title.text].filter(Boolean).join("\n");
  const body = `${lead}\n“${quote}”`;
  return { question, declined: false, lead, quote, text: answerText(body, ISSUED_SOURCE, []), body, source: { ...citationOf(title, documents), label: ISSUED_SOURCE, text: title.text }, seeAlso: [], hits: [], mode: "extractive" };
}

/** The letterhead's line that dates the document: "Quảng Nam, ngày … tháng 12 năm 2023", folded. */
const DATE_LINE = /\bthang\b.*\bnam \d{4}\b/u;

/** "có phải là nghị quyết của HĐND …" in a folded question: the body it claims issued it. */
const CLAIMED_ISSUER = /\bco phai (la )?(nghi quyet|nq|van ban) cua (hdnd|hoi dong nhan dan|ubnd|uy ban nhan dan|uy ban|quoc hoi|chinh phu|mttq|mat tran)\b/u;

/** "tháng 11/2022", "tháng 11 năm 2022" in a folded question: the month it claims. */
const CLAIMED_MONTH = /\bthang (\d{1,2})(?:\/| nam | )(\d{4})\b/u;

/** Where the answer to "khi nào ban hành" is read: the title and the letterhead's date. */
const ISSUED_SOURCE = "Tên văn bản và phần đầu văn bản (ngày ban hành)";

/**
 * What a section of the primary document named by its number holds ("mục III nói gì?"), when it has sections of its own:
 * their headings, verbatim; undefined for a section without them (its opening sentences answer) or an unknown one.
 */
export function sectionContentsAnswer(question: string, documents: readonly IndexedDocument[], path: string): Answer | undefined {
  const doc = primaryDocument(documents);
  const section = doc?.sections.find((candidate) => candidate.path === path);
  const children = doc?.sections.filter((child) => child.parent === path) ?? [];
  if (!doc || !section || children.length === 0) return undefined;
  const label = `Mục ${section.path} – ${section.heading}`;
  const body = `${label} gồm:\n${children.flatMap((child) => outlineLines(doc, child)).join("\n")}\nBạn hỏi từng mục để xem nguyên văn, ví dụ: “Mục ${children[0]!.path} nói gì?”.`;
  return { question, declined: false, text: answerText(body, label, []), body, seeAlso: [], hits: [], mode: "extractive" };
}

/**
 * A section named by a number the primary document does not have ("Mục IX nói gì?", "mục III.9"): that it has none, then
 * what the nearest existing level holds (III's sections for "III.9", the parts for "IX"), so the asker can pick again.
 */
export function unknownSectionAnswer(question: string, documents: readonly IndexedDocument[], path: string): Answer {
  const parent = path.split(".").slice(0, -1).join(".");
  const nearest = (parent && sectionContentsAnswer(question, documents, parent)) || mainPointsAnswer(question, documents);
  return withLead(`${capitalize(primaryTitle(documents))} không có ${sectionWord(path)} ${path}.`, nearest);
}

/** "phần" for a top-level part ("phần IV"), "mục" for a section inside one ("mục III.5"). */
export function sectionWord(path: string): string {
  return path.includes(".") ? "mục" : "phần";
}

/** An answer with a line put before it (what it is instead of what was asked: "Nghị quyết không có mục III.9."). */
export function withLead(lead: string, answer: Answer): Answer {
  return { ...answer, lead, text: `${lead}\n${answer.text}`, body: `${lead}\n${answer.body}` };
}

/** "Tôi có thể trả lời về: I. Tình hình và nguyên nhân; II. …" from the documents' top-level parts. */
export function coverageText(documents: readonly IndexedDocument[]): string {
  const lines = documents.map((doc) => {
    const parts = doc.sections.filter((section) => section.level === 1).map((section) => `${section.path}. ${section.heading}`);
    const title = doc.meta.shortTitle ?? doc.meta.title;
    return parts.length ? `${title}: ${parts.join("; ")}` : title;
  });
  return `Tôi có thể trả lời các câu hỏi về ${lines.join(" | ")}.`;
}
