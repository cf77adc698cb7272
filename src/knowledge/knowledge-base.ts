/**
 * The knowledge core's one entry point: opens (or builds) the index and answers questions with
 * citations, extractively by default, with a grounded LLM answer when one is configured.
 */
import { afterSelfCorrection, splitAside } from "../core/chat-shorthand.js";
import { describeError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { asMeant, cleanInput, fold, QUOTED_CLAIM, stripMarkup } from "../core/text.js";
import { answerText, capitalize, citationOf, declinedAnswer, extractiveAnswer, hedgedAnswer, issuedAnswer, locatedAnswer, mainPointsAnswer, MAX_QUESTION_CHARS, plainlyAnswers, primaryDocument, sectionContentsAnswer, sectionOverview, sectionWord, seeAlsoOf, unknownSectionAnswer, withLead, type Answer, type Citation } from "./answer.js";
import { answerableHits, asksMainPoints, asksNothingBeyond, asksWhenIssued, asksWherePut, asksWhetherMentioned, headingsAsSections, misquote, preferParts, quotedSaying, quotesPassage, sectionMentioned, sectionNamed } from "./question-focus.js";
import type { Passage, Section } from "./document.js";
import { openIndex, type EmbedderChoice, type IndexedDocument, type KnowledgeIndex } from "./index-store.js";
import type { AnswerOptions, GroundedAnswerer } from "./llm.js";
import { DEFAULT_RETRIEVAL_PARAMS, Retriever, type RetrievalParams, type RetrievalResult, type SectionScope } from "./retriever.js";

/** Passages returned with an answer unless asked otherwise. */
export const DEFAULT_K = 5;

/** Candidates retrieved before the part of the document a question wants is preferred. */
export const FOCUS_CANDIDATES = 10;

export interface KnowledgeBaseOptions {
  readonly knowledgeDir: string;
  readonly indexDir: string;
  readonly embedder: EmbedderChoice;
  readonly logger: Logger;
  /** Grounded LLM answers; extractive answers only when absent. */
  readonly llm?: GroundedAnswerer;
  readonly retrieval?: RetrievalParams;
  /** Rebuild the index even when it is current. */
  readonly rebuild?: boolean;
}

export interface AskOptions extends AnswerOptions {
  /** Passages to return (default 5). */
  readonly k?: number;
  /** Passages not to answer from (a follow-up must not repeat the previous answer). */
  readonly avoid?: readonly string[];
  /**
   * The question is known to be about the documents' domain: when they hold no exact answer, give
   * the nearest passage as a hedged answer instead of declining.
   */
  readonly hedge?: boolean;
  /**
   * The question is known to be outside the documents (a kind they never answer): declined, with the
   * retrieval's reason when it has a more precise one ("about-now", "no-figure").
   */
  readonly outOfScope?: boolean;
}

export class KnowledgeBase {
  private readonly passagesById: ReadonlyMap<string, Passage>;

  private constructor(
    readonly index: KnowledgeIndex,
    readonly retriever: Retriever,
    private readonly logger: Logger,
    private readonly llm: GroundedAnswerer | undefined,
  ) {
    this.passagesById = new Map(index.passages.map((passage) => [passage.id, passage]));
  }

  /** Opens the index, building it first when it is missing, stale or corrupt. */
  static async open(options: KnowledgeBaseOptions): Promise<KnowledgeBase> {
    const { index } = await openIndex({
      knowledgeDir: options.knowledgeDir,
      indexDir: options.indexDir,
      embedder: options.embedder,
      logger: options.logger,
      force: options.rebuild ?? false,
    });
    return new KnowledgeBase(index, new Retriever(index, options.retrieval ?? DEFAULT_RETRIEVAL_PARAMS), options.logger, options.llm);
  }

  get documents(): readonly IndexedDocument[] {
    return this.index.documents;
  }

  /** True when answers come from the configured LLM (with the extractive answer as fallback). */
  get usesLlm(): boolean {
    return this.llm !== undefined;
  }

  /** Cleans the question and retrieves passages for it, from the part of the document it wants. */
  async search(question: string, k: number = DEFAULT_K): Promise<RetrievalResult> {
    const retrieval = await this.focused(normalizeQuestion(question), k, new Set());
    if (retrieval.vectorError) this.logger.warn({ error: retrieval.vectorError }, "the embeddings server failed: searching the word index alone");
    return retrieval;
  }

  /**
   * The passages a text is about (a report's description, for the sections shown with it), by its words
   * alone: without the embedding, which a question's answer needs and a report filed on every message of
   * a flood night can do without.
   */
  sectionsAbout(text: string, k: number): RetrievalResult {
    const found = this.retriever.retrieveWithVector(normalizeQuestion(text), undefined, Math.max(k, FOCUS_CANDIDATES));
    return { ...found, hits: answerableHits(text, found.hits).slice(0, k) };
  }

  /**
   * Retrieves more candidates than asked, so that the part of the document the question wants can
   * come up (see `question-focus.ts`); front matter and the passages to avoid are left out.
   */
  private async focused(text: string, k: number, avoid: ReadonlySet<string>, within?: SectionScope): Promise<RetrievalResult> {
    const found = await this.retriever.retrieve(text, Math.max(k, FOCUS_CANDIDATES) + avoid.size, within);
    const hits = preferParts(text, answerableHits(text, found.hits)).filter((hit) => !avoid.has(hit.passage.id));
    return { ...found, hits: hits.slice(0, k) };
  }

  /**
   * The whole question's retrieval; or, when it is declined, that of the question without the asker's story
   * (`withoutAskersStory`: "năm nay 70 tuổi" in it is no question about now, nor a figure asked) or without the figures of a
   * claim it quotes (`withoutClaimedFigures`), the first of them that is not.
   */
  private async withoutStoryIfNeeded(whole: string, k: number, avoid: ReadonlySet<string>): Promise<{ text: string; retrieval: RetrievalResult }> {
    const retrieval = await this.focused(whole, k, avoid);
    if (!retrieval.declined) return { text: whole, retrieval };
    for (const asked of new Set([withoutAskersStory(whole), withoutClaimedFigures(whole)])) {
      if (asked === whole) continue;
      const again = await this.focused(asked, k, avoid);
      if (!again.declined) return { text: asked, retrieval: again };
    }
    return { text: whole, retrieval };
  }

  /** Answers a question; never throws for bad input or an LLM failure. */
  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const whole = normalizeQuestion(question);
    if (whole.length > MAX_QUESTION_CHARS) return declinedAnswer(whole.slice(0, 200), "too-long", this.documents);
    // A saying quoted with words changed is asked as the documents write it, and the answer says how they write it.
    const wrong = options.outOfScope ? undefined : misquote(whole, this.retriever.index.passages);
    if (wrong) {
      const answer = await this.ask(whole.replace(wrong.typed, wrong.written), options);
      // Asked where it is ("nằm ở phần mô"), the answer says its place as for a saying quoted right.
      const placed = asksWherePut(whole) ? locatedAnswer(answer) : answer;
      return placed.declined ? placed : withLead(`Trong nghị quyết, câu này viết là “${wrong.written}”.`, placed);
    }
    // The whole resolution's main points are its outline, not a passage that happens to share a word ("tóm giùm mấy ý chính").
    if (!options.outOfScope && asksMainPoints(whole)) return mainPointsAnswer(whole, this.documents);
    // A section named by its number ("mục III.5 nói gì?") is answered from that section: its own sections' headings, or its opening sentences;
    // a number it does not have ("mục IX"), by saying so and listing the level above.
    const named = options.outOfScope ? undefined : sectionNamed(whole);
    const primary = primaryDocument(this.documents);
    // When it came out is in its metadata and letterhead, whatever "năm" or "khi nào" would find in its text.
    const title = primary && !options.outOfScope && asksWhenIssued(whole) ? this.sectionPassages(primary.id, "title")[0] : undefined;
    const issued = title && issuedAnswer(whole, this.documents, title, this.sectionPassages(title.docId, "letterhead")[0]);
    if (issued) return issued;
    const ofSection = named && primary ? (sectionContentsAnswer(whole, this.documents, named) ?? this.overview(primary.id, named) ?? unknownSectionAnswer(whole, this.documents, named)) : undefined;
    if (ofSection) return ofSection;
    const k = options.k ?? DEFAULT_K;
    const avoid = new Set(options.avoid ?? []);
    // A section named and asked something of ("mục III.5 nói gì về khen thưởng?") is searched alone when it exists, and answers when it
    // covers the question; otherwise the whole document is searched as for any question ("muc 2 trieu" typed without diacritics is "mức").
    const mentioned = options.outOfScope || !primary ? undefined : sectionMentioned(whole);
    const scope = mentioned && primary?.sections.some((section) => section.path === mentioned.path) ? { docId: primary.id, section: mentioned.path } : undefined;
    if (mentioned && scope) {
      const scoped = await this.focused(mentioned.rest, k, avoid, scope);
      if (!scoped.declined && scoped.hits.length > 0) return this.answerFrom(mentioned.rest, scoped, options);
    }
    // Known to be outside the documents, it is declined whatever it finds: no second search without the story.
    const asked = askedAfterLongStory(whole);
    const { text, retrieval } = options.outOfScope ? { text: whole, retrieval: await this.focused(whole, k, avoid) } : await this.withoutStoryIfNeeded(asked, k, avoid);
    if (retrieval.vectorError) this.logger.warn({ error: retrieval.vectorError }, "the embeddings server failed: answering from the word index alone");
    if (!retrieval.meaningful) return declinedAnswer(text, "empty", this.documents);
    if (options.outOfScope) return declinedAnswer(text, retrieval.declinedBecause ?? "not-covered", this.documents);
    if (retrieval.declined) {
      // Nor does the rest of the document answer what a named section was asked: what that section holds.
      const ofNamed = scope && mentioned && this.fromNamedSection(whole, scope, mentioned.rest);
      if (ofNamed) return ofNamed;
      // In the documents' domain but without an exact answer: the nearest passage, said to be only that — unless it plainly answers all the same;
      // never for a figure or a date the nearest passage does not hold ("được bao nhiêu điểm thì được đưa lên tỉnh").
      // …nor when it asks whether something is mentioned at all and no two of its words stand together anywhere: the nearest passage
      // only shares a syllable with it ("làng nghề hay nghệ nhân" and "công nghệ"), or nothing ("karaoke").
      const unmentioned = asksWhetherMentioned(text) && retrieval.pairCoverage === 0;
      if (options.hedge && retrieval.declinedBecause === "not-covered" && retrieval.hits.length > 0 && !retrieval.lacksFigure && !unmentioned) {
        const nearest = this.extractive(text, retrieval);
        // A saying named and held word for word by that passage is its answer, said where when asked where ("câu “Nhân dân là chủ thể” nằm ở mục nào").
        if (quotesPassage(text, retrieval.hits[0])) return asksWherePut(text) ? locatedAnswer(nearest) : nearest;
        return plainlyAnswers(retrieval.hits[0]) ? nearest : hedgedAnswer(nearest, this.documents);
      }
      return declinedAnswer(text, retrieval.declinedBecause ?? "not-covered", this.documents);
    }
    return this.answerFrom(text, retrieval, options);
  }

  /** The answer from a retrieval that found one: extractive, or the LLM's grounded in it when one is configured. */
  private async answerFrom(text: string, retrieval: RetrievalResult, options: AskOptions): Promise<Answer> {
    const extractive = this.extractive(text, retrieval);
    if (!this.llm) return extractive;
    return this.llmAnswer(text, retrieval, extractive, options);
  }

  /**
   * The extractive answer. A bare heading is never the answer: when a section's heading matched
   * best, the answer quotes the section's first paragraph under that heading (the hits keep their order).
   */
  private extractive(text: string, retrieval: RetrievalResult): Answer {
    const firstParagraph = (section: string, docId: string) => this.sectionPassages(docId, section).find((passage) => passage.kind === "paragraph");
    const top = retrieval.hits[0];
    const sourced = headingsAsSections(retrieval.hits, firstParagraph);
    const answer = extractiveAnswer(text, { ...retrieval, hits: sourced }, this.retriever, this.documents);
    if (top?.passage.kind !== "heading" || answer.declined || answer.lead) return { ...answer, hits: retrieval.hits };
    const lead = `${top.passage.text}:`;
    const body = `${lead}\n“${answer.quote ?? ""}”`;
    return { ...answer, lead, body, text: answerText(body, answer.source!.label, answer.seeAlso), hits: retrieval.hits };
  }

  private async llmAnswer(question: string, retrieval: RetrievalResult, fallback: Answer, options: AskOptions): Promise<Answer> {
    try {
      const result = await this.llm!.answer(question, retrieval.hits, this.documents, options);
      if (result.kind === "not-covered") return declinedAnswer(question, "not-covered", this.documents);
      if (result.kind === "unusable") {
        this.logger.warn({ why: result.why }, "LLM answer rejected, using the extractive answer");
        return fallback;
      }
      // The first passage the model cites is the source; the others it cites come first in "xem thêm".
      const [first, ...others] = result.citations;
      const source = retrieval.hits.find((hit) => hit.passage.id === first?.passageId)?.passage ?? retrieval.hits[0]!.passage;
      const sections = new Set([source.section]);
      const seeAlso = [...others, ...seeAlsoOf(retrieval.hits, this.documents)]
        .filter((item) => !sections.has(item.section) && sections.add(item.section))
        .slice(0, 2);
      const sourceCitation = { ...citationOf(source, this.documents), text: source.text };
      const text = answerText(result.body, sourceCitation.label, seeAlso);
      return { question, declined: false, text, body: result.body, source: sourceCitation, seeAlso, hits: retrieval.hits, mode: "llm" };
    } catch (error) {
      this.logger.warn({ error: describeError(error) }, "LLM unavailable, using the extractive answer");
      return fallback;
    }
  }

  passage(id: string): Passage | undefined {
    return this.passagesById.get(id);
  }

  /** The sections of a document, in reading order (for a table of contents). */
  outline(documentId?: string): readonly Section[] {
    const doc = documentId ? this.documents.find((candidate) => candidate.id === documentId) : primaryDocument(this.documents);
    return doc?.sections ?? [];
  }

  /**
   * An answer that opens a section: its first sentences, quoted, with citation. For "tell me about
   * this section" requests (a related-question button); undefined for an unknown section.
   */
  overview(documentId: string, path: string): Answer | undefined {
    const passage = this.sectionPassages(documentId, path).find((candidate) => candidate.kind === "paragraph");
    if (!passage) return undefined;
    return sectionOverview(passage, this.documents);
  }

  /**
   * What a named section holds (its own sections' headings, or its opening sentences) when searching it found nothing exact: as the
   * answer when what was `asked` of it names nothing it does not, else after "Mục III.5 không nói trực tiếp điều này."
   */
  private fromNamedSection(question: string, scope: SectionScope, asked: string): Answer | undefined {
    const contents = sectionContentsAnswer(question, this.documents, scope.section);
    const overview = contents ? undefined : this.overview(scope.docId, scope.section);
    // Asking only what it names ("điểm 3 phần IV giao cho ai", "điểm 1 phần IV giao huyện ủy những gì"), the section is the answer.
    const sectionText = this.sectionPassages(scope.docId, scope.section).map((passage) => passage.text).join(" ");
    if (asksNothingBeyond(asked, sectionText)) return contents ?? (overview && { ...overview, question });
    const lead = `${capitalize(sectionWord(scope.section))} ${scope.section} không nói trực tiếp điều này.`;
    if (contents) return withLead(lead, contents);
    return overview && withLead(`${lead} ${capitalize(sectionWord(scope.section))} này nói:`, { ...overview, question });
  }

  /** The citation of a section of the primary document ("Mục III.2.2 – …"), for curated answers. */
  citeSection(path: string): Citation | undefined {
    const primary = primaryDocument(this.documents);
    const passage = primary ? this.sectionPassages(primary.id, path)[0] : undefined;
    return passage ? citationOf(passage, this.documents) : undefined;
  }

  /** All passages of a section and its subsections, in reading order: the proof behind a citation. */
  sectionPassages(documentId: string, path: string): Passage[] {
    return this.index.passages.filter(
      (passage) => passage.docId === documentId && (passage.section === path || passage.section.startsWith(`${path}.`)),
    );
  }
}

/**
 * NFC, control characters and markup removed, whitespace collapsed, shouting lowered (`unshouted`), letters held for emphasis
 * written once and Telex keys a failed keyboard left read as meant (`asMeant`), what was taken back before asking again, a
 * question tacked on as an aside, who passes it on, what the asker tells after the question, their own purpose and whether
 * their plan fits the resolution left out, and a point to locate searched alone (`afterSelfCorrection`, `splitAside`, `withoutRelayer`,
 * `withoutToldAfter`, `withoutAskersPurpose`, `pointToLocate`, `withoutFitAsked`).
 */
export function normalizeQuestion(question: string): string {
  // Before whitespace is collapsed: taking back what one typed shows where a line or a sentence ends.
  const cleaned = unshouted(asMeant(cleanInput(stripMarkup(afterSelfCorrection(question)))));
  return withoutFitAsked(pointToLocate(withoutOtherAlternative(withoutAskersPurpose(withoutToldAfter(withoutRelayer(splitAside(cleaned)?.main ?? cleaned))))));
}

/**
 * A question without what the asker tells after it ("… nghe dân nói không? thôn tui hai năm rồi chưa thấy ông cán bộ nào xuống"):
 * why they ask, whose words (the years, the village) would pull up other passages. Only a tail with no question in it, told
 * by the asker (`ASKERS_OWN`), after a question that names the documents and so stands alone ("mấy cái đó nói nôm na ra
 * sao? tui đọc khó hiểu quá" points back, and is searched whole).
 */
export function withoutToldAfter(question: string): string {
  const end = question.lastIndexOf("?");
  if (end < 0) return question;
  const asked = question.slice(0, end + 1);
  const told = question.slice(end + 1).trim();
  return told && ASKERS_OWN.test(told) && NAMES_DOCUMENTS.test(asked) ? asked : question;
}

/** Share of a question's letters in capitals from which it is shouted ("NGHI QUYET NOI TINH PHAI …"), and how many letters that takes. */
export const SHOUTING = { capitalShare: 0.8, minLetters: 12 } as const;

/** A question typed in capitals, in lower case: every word of it would otherwise read as an abbreviation and match nothing. */
export function unshouted(question: string): string {
  const letters = question.match(/\p{L}/gu) ?? [];
  const capitals = letters.filter((letter) => letter !== letter.toLowerCase()).length;
  return letters.length >= SHOUTING.minLetters && capitals >= letters.length * SHOUTING.capitalShare ? question.toLowerCase() : question;
}

/**
 * The other subject closing a yes/no question: "… có nhắc gì tới đời sống công nhân không hay toàn nói chuyện cán bộ?" asks
 * about the workers; what the asker fears it talks of instead would pull its own passages up. How it is said stays ("… hay toàn
 * khen?" asks for the review's shortcomings, "… hay chỉ nói chung chung?" for something concrete).
 */
const OTHER_ALTERNATIVE =
  /(?<=(?<![\p{L}])(?:không|khong|ko|hông|hong))\s*,?\s+hay\s+(?:là\s+|la\s+)?(?:toàn|chỉ|cứ|toan|chi|cu)\s+(?:nói|bàn|nhắc|noi|ban|nhac)\s+(?:chuyện\s+|về\s+|tới\s+|đến\s+|chuyen\s+|ve\s+|toi\s+|den\s+)?(?!chung chung)[^?.!]*([?.!]*)\s*$/iu;

/** A question without the other alternative at its end (`OTHER_ALTERNATIVE`). */
export function withoutOtherAlternative(question: string): string {
  return question.replace(OTHER_ALTERNATIVE, "$1");
}

/** A sentence that asks: it ends with a question mark, or opens on asking ("Xin hỏi …", "Tôi muốn biết …", "Kính nhờ … giải thích"). */
const ASKING_SENTENCE = /\?\s*$|^(\p{L}+\s+){0,3}(hỏi|hoi|muốn biết|muon biet|cho biết|cho biet|giải thích|giai thich)(?!\p{L})/iu;
/**
 * Who is telling: the asker's own words ("tôi là …", "chúng tôi", an elder's "lão"), a letter's salutation ("Kính gửi", "Thưa"),
 * or a sentence opening on how a younger asker names themself ("Em dạy ở trường có nhiều học sinh con nhà theo đạo.").
 */
const ASKERS_OWN = /(?<!\p{L})(tôi|tui|mình|chúng tôi|chúng em|lão|toi|minh|chung toi|chung em)(?!\p{L})|^(kính gửi|kính thưa|thưa|kinh gui|kinh thua|thua|dạ|chào|kính chào|em|cháu|chau|con(?!\s+(đường|số|đập|sông|suối|đê|kênh|mương|dốc|người|cái|đò|duong|so|dap|song|suoi|de|kenh|muong|doc|nguoi|cai|do)(?!\p{L})))(?!\p{L})/iu;
/** Names the documents: such a sentence may carry what is asked about. */
const NAMES_DOCUMENTS = /(?<!\p{L})(nghị quyết|nghi quyet|nq)(?!\p{L})/iu;

/**
 * A question without the asker's story before it: "Tôi là chi hội trưởng Cựu chiến binh, năm nay 70 tuổi. … Xin hỏi nghị
 * quyết yêu cầu các tổ chức chính trị - xã hội đổi mới theo hướng nào?" asks only its last sentence, and who one is (the
 * years, the office, the wartime) can leave too few of its words in the documents. Only sentences told by the asker go,
 * before the first one that asks, when none of them names the documents; what follows the last asking sentence ("Xin cảm
 * ơn.", "Kính thư.") goes too. Searched only when the whole message is declined: the story may carry what is asked
 * about ("Làng tui có mấy nhà theo đạo. Nghị quyết biểu cán bộ vận động người có đạo ra răng?"). A saying the story quotes and
 * the question points back at ("… hay nhắc chữ 'thế trận lòng dân' … Nghị quyết nói chữ ni ở phần mô?") keeps the story.
 */
export function withoutAskersStory(question: string): string {
  const sentences = question.split(/(?<=[.!?;])\s+/u);
  const asking = sentences.map((sentence) => ASKING_SENTENCE.test(sentence));
  const first = asking.indexOf(true);
  if (first <= 0) return question;
  const story = sentences.slice(0, first);
  if (!story.every((sentence) => ASKERS_OWN.test(sentence) && !NAMES_DOCUMENTS.test(sentence))) return question;
  const asked = sentences.slice(first, asking.lastIndexOf(true) + 1).join(" ");
  return quotedSaying(story.join(" ")) && pointsBack(asked) ? question : asked;
}

/** Told before the last sentence, more words than this are something pasted or a long story, not part of what is asked. */
export const LONG_STORY_WORDS = 40;
/** The documents named with a demonstrative ("nghị quyết này", "NQ ni"), folded: that points at them, not back at what was told. */
const DOCUMENTS_POINTED = /\b(nghi quyet|nq|van ban)( dan van)? (nay|ni|do|nay cua tinh)\b/gu;
/** A closing particle ("… không vậy?", "… rứa hả"), folded: it asks, it points at nothing. */
const CLOSING_PARTICLE = /\b(vay|rua|the)( (a|ha|ad|bot|nhi))*$/u;
/**
 * A demonstrative, folded: "câu này", "cái ý ni", "nói rứa", "như trên" point back at what was told. Folded, some are other
 * words too ("có thể", "do"), which only keeps the whole message searched.
 */
const DEMONSTRATIVE = /\b(do|day|ay|no|nay|ni|kia|tren|rua|vay|the|ri)\b/u;

/** Whether a sentence points back at what was told before it ("Nghị quyết có dẫn câu này không", "có thiệt nói rứa không"). */
function pointsBack(sentence: string): boolean {
  const words = fold(sentence).replace(/[^\p{L}\p{N}]+/gu, " ").trim().replace(DOCUMENTS_POINTED, " ").replace(CLOSING_PARTICLE, "");
  return DEMONSTRATIVE.test(words);
}

/**
 * The last sentence alone, when it asks the documents something of its own after a long paste or story ("[… nhóm Zalo …]
 * THÔNG BÁO: … Hỏi chút: nghị quyết có muốn người dân vùng biên giới nắm rõ thêm điều gì không?"): the notice's words would
 * otherwise decide the passage. Unchanged when it points back at what was told ("Nghị quyết có dẫn câu này không?").
 */
export function askedAfterLongStory(question: string): string {
  const sentences = question.trim().split(/(?<=[.!?;])\s+/u);
  const last = sentences.at(-1) ?? "";
  const told = sentences.slice(0, -1).join(" ").split(/\s+/u).length;
  if (sentences.length < 2 || told <= LONG_STORY_WORDS || !ASKING_SENTENCE.test(last) || !NAMES_DOCUMENTS.test(last) || pointsBack(last)) return question;
  return last;
}

/** A figure as typed: "20.000", "2025", "4,8%". */
const FIGURE = /\d+(?:[.,]\d+)*\s*%?/gu;

/**
 * A question without the figures of a claim it quotes ("… có người đăng: “… tới năm 2027 phải xóa 40.000 nhà tạm …”. Nghị quyết
 * có nói vậy không?"): whether they are right is what is asked, so the passage holding the true ones must
 * come up, which the figures it lacks would keep down. Unchanged when nothing is quoted.
 */
export function withoutClaimedFigures(question: string): string {
  return question.replace(QUOTED_CLAIM, (claim) => claim.replace(FIGURE, " "));
}

/**
 * The asker's own purpose closing a question: "… giao cho Mặt trận những việc gì để chúng tôi triển khai xuống dưới?", "… có đạo
 * không, ổng làm trưởng ban công tác mặt trận thôn nên cần biết.", "…, để đưa vô tờ trình của chi đoàn".
 */
const ASKERS_PURPOSE =
  /(?:[\s,]+(?:cần gấp\s+|can gap\s+)?(?:để|de)\s+(?:đưa|dua|ghi|viết|viet)\s+(?:vô|vào|vo|vao)\s+(?:báo cáo|bao cao|tờ trình|to trinh|kế hoạch|ke hoach|bài|bai)(?![\p{L}])|[\s,]+(?:để|de)\s+(?:chúng tôi|chúng em|bọn tôi|bọn tui|tụi tui|tụi tôi|chung toi|chung em|bon toi|bon tui|tui tui|tôi|tui|em|mình|toi|minh)\s|,\s+[^,?.!]*\s(?:nên|nen)\s+(?:cần|can|muốn|muon)\s+(?:biết|biet|hỏi|hoi)(?![\p{L}]))[^?.!]*([?.!]*)\s*$/iu;
/** What a question asks with: what remains must still ask something. */
const ASKING_WORD = /(?<![\p{L}])(gì|gi|nào|nao|sao|ra sao|thế nào|the nao|không|khong|mô|mo|chi|ai|bao nhiêu|bao nhieu)(?![\p{L}])/iu;

/**
 * Who passes the question on, before it and a colon: "Hội người cao tuổi xã … nhờ hỏi: …", "… dịch giúp già làng. Già hỏi: …"; or why
 * one asks, closing on asking for help: "tối nay phải nộp bài thu hoạch, bot tóm tắt giúp: …".
 */
const RELAYED_BY = /^[^?:\n]*?(?<![\p{L}])(?:nhờ hỏi|dặn hỏi|muốn hỏi|hỏi|nho hoi|dan hoi|muon hoi|hoi|giúp|giùm|dùm|giup|gium|dum)\s*:\s*/iu;
/** Fewer words than this after the colon, the words before it may be what is asked about. */
const RELAYED_QUESTION_MIN_WORDS = 5;

/**
 * A question without who passes it on (`RELAYED_BY`): the relayer's name and place ("xã Tiên An", "Hội người cao tuổi") would
 * pull up passages naming "an" or "hội". Kept when what comes before names the documents or what follows is short.
 */
export function withoutRelayer(question: string): string {
  const match = RELAYED_BY.exec(question);
  if (!match || NAMES_DOCUMENTS.test(match[0])) return question;
  const asked = question.slice(match[0].length);
  return asked.split(/\s+/u).filter(Boolean).length >= RELAYED_QUESTION_MIN_WORDS && ASKING_WORD.test(asked) ? asked : question;
}

/**
 * Asking whether what one told fits the resolution, at the question's end: "…, rứa có đúng tinh thần nghị quyết dân vận không?",
 * "làm kiểu rứa có hợp ý nghị quyết không hỉ?". The asker's plan is what is searched; "đúng tinh thần Nghị quyết" is also
 * III.6's boilerplate for another resolution, which those words alone would pull up.
 */
const FIT_ASKED =
  /[\s,]+(?:(?:thì|thi|rứa|rua|vậy|vay|làm|lam|như|nhu|kiểu|kieu|thế|the)\s+)*(?:(?:rứa|rua|vậy|vay|thế|the)\s+)?(?:có|co|là|la)\s+(?:đúng|dung|hợp|hop|trúng|trung|phù hợp|phu hop)(?:\s+(?:với|voi|ý|y))*(?:\s+(?:tinh thần|tinh than))?(?:\s+(?:của|cua))?\s+(?:nghị quyết|nghi quyet|nq)(?:\s+(?:dân vận|dan van))?(?:\s+(?:này|nay|ni))?\s+(?:không|khong|ko|hông|hong|chưa|chua)(?:\s+(?:hỉ|hi|hả|ha|vậy|vay|rứa|rua|ạ|a))*\s*\?*\s*$/iu;

/** A question without the fit it asks at its end (`FIT_ASKED`), when what remains tells something to search. */
export function withoutFitAsked(question: string): string {
  const match = FIT_ASKED.exec(question);
  if (!match) return question;
  const told = question.slice(0, match.index).trim();
  return told.split(/\s+/u).length >= FIT_MIN_WORDS ? `${told}?` : question;
}

/**
 * A point one wants to make ("… muốn nói là dự án nào đụng nhiều tới dân thì phải bắt đầu từ cái lợi của dân"), then where the
 * documents say it ("Nghị quyết nói điều ni ở phần nào để tui trích cho đúng?"): the point is what is searched, not the occasion
 * told around it (a meeting "lấy ý kiến" would pull up the passage on consulting people). Matched folded: folding keeps each
 * letter in its place, so the point is cut from what was typed.
 */
const POINT_TOLD = /(?:^|[\s,])muon (?:noi|nhac|neu|dan|viet|dua vo|dua vao)(?: (?:cho|voi|ba con|moi nguoi|lai))* (?:la|rang) ([^.?!;]+)/u;
const WHERE_IT_IS_ASKED = /\b(?:dieu|y|cho|doan|cai|noi dung|cau|chuyen|viec)( \S+)? (?:ni|nay|do|tren|day)\b.*\b(?:phan|muc|cho|doan) (?:nao|mo)\b/u;

/** A question reduced to the point it asks to locate (`POINT_TOLD`), when its last sentence asks where that is. */
export function pointToLocate(question: string): string {
  const folded = fold(question);
  const point = POINT_TOLD.exec(folded);
  if (!point?.[1]) return question;
  const end = point.index + point[0].length;
  return WHERE_IT_IS_ASKED.test(folded.slice(end)) ? `${question.slice(end - point[1].length, end).trim()}?` : question;
}

/** Fewer words than this before the fit asked ("làm rứa có đúng nghị quyết không?"), nothing is left to search. */
const FIT_MIN_WORDS = 6;

/**
 * A question without the asker's purpose at its end ("để chúng tôi triển khai xuống dưới"): why they ask, whose words
 * ("triển khai") would pull other passages up. "… làm gì để dân tin?" keeps its end: that purpose is what is asked.
 */
export function withoutAskersPurpose(question: string): string {
  const match = ASKERS_PURPOSE.exec(question);
  if (!match) return question;
  const asked = question.slice(0, match.index);
  return ASKING_WORD.test(asked) ? `${asked}${match[1] ?? ""}` : question;
}
