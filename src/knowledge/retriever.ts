/**
 * Hybrid retrieval: BM25F over Vietnamese terms fused with vector similarity, plus the measure that
 * decides whether the documents cover a question at all. Every hit says why it matched.
 * No I/O except the query embedding when a remote embedder is configured.
 */
import { fold, splitSentences, type Sentence } from "../core/text.js";
import type { Passage } from "./document.js";
import { CorpusLsaEmbeddings } from "./embeddings.js";
import type { KnowledgeIndex } from "./index-store.js";
import { asksAboutNow, asksForNumber, holdsFigure, namedMovement, type Term, type TermKind } from "./language.js";
import { bm25Idf, type QueryTerm } from "./lexical.js";

/** Weight of each kind of query term. */
export interface QueryWeights {
  /** A word typed without diacritics, matched on its folded form. */
  readonly word: number;
  /** A number ("2021", "4,8", "20/12/2021"): few passages hold it, and those are what is asked for. */
  readonly number: number;
  /** The folded form of a word typed with diacritics: "lỗ" folded also matches "lo", another word. */
  readonly foldedOfAccented: number;
  /** The accented form of a word typed with diacritics: exact-accent matches rank above folded ones. */
  readonly exact: number;
  readonly pair: number;
  /** Words of question phrases ("nghị quyết này", "viết tắt"), and pairs with such a word. */
  readonly frame: number;
  /** A pair with a function word ("của nhân") says little. */
  readonly functionPair: number;
  readonly concept: number;
  /** "HTCT là viết tắt của gì" → the passage that defines HTCT. */
  readonly definition: number;
  /**
   * Factor of a single word inside the long form of an abbreviation, of three or more syllables
   * ("trận" of "Mặt trận Tổ quốc" = MTTQ), and of a word pair inside a proper name ("tổ quốc"): the
   * name is searched as itself, and its syllable alone is another word ("thế trận").
   */
  readonly insideConcept: number;
}

export const DEFAULT_QUERY_WEIGHTS: QueryWeights = {
  word: 1,
  number: 2,
  foldedOfAccented: 0.4,
  exact: 0.8,
  pair: 1,
  frame: 0.3,
  functionPair: 0.3,
  concept: 0.8,
  definition: 4,
  insideConcept: 0.25,
};

export interface RetrievalParams {
  readonly weights: QueryWeights;
  /**
   * Weight of the best single sentence's match (normalised): a question usually targets one
   * statement, so its words found together in one sentence beat the same words spread out.
   */
  readonly sentenceWeight: number;
  /** How many of the fused candidates are re-scored by their best sentence. */
  readonly rerankCandidates: number;
  /** Weight of cosine similarity against the normalised lexical score. */
  readonly vectorWeight: number;
  /** How many vector neighbours take part in the fusion. */
  readonly vectorCandidates: number;
  /**
   * Below this share of the question's meaning found in the best passages, the documents are taken
   * not to cover the question. Calibrated on the dev set by `npm run bench:retrieval`.
   */
  readonly minCoverage: number;
}

export const DEFAULT_RETRIEVAL_PARAMS: RetrievalParams = {
  weights: DEFAULT_QUERY_WEIGHTS,
  sentenceWeight: 0.5,
  rerankCandidates: 20,
  vectorWeight: 0.35,
  vectorCandidates: 30,
  // Dev set: highest out-of-scope 0.15, lowest in-scope 0.53 (printed by `npm run bench:retrieval`).
  minCoverage: 0.34,
};

/** How one query term matched a passage. */
export interface MatchedTerm {
  readonly key: string;
  /** The words of the question that matched; a concept said in several ways lists them, joined by commas. */
  readonly term: string;
  readonly kind: TermKind;
  readonly contribution: number;
}

/** Why a passage was returned. */
export interface Explanation {
  readonly lexicalScore: number;
  readonly lexicalRank: number | null;
  /** Match score of the passage's best sentence, relative to the best among the candidates (0–1). */
  readonly sentence: number;
  readonly vectorSimilarity: number | null;
  readonly vectorRank: number | null;
  readonly matched: readonly MatchedTerm[];
}

export interface Hit {
  readonly passage: Passage;
  readonly score: number;
  readonly why: Explanation;
}

/** One section of one document (with its own sections) that a question names: "mục III.5 nói gì về khen thưởng". */
export interface SectionScope {
  readonly docId: string;
  /** A section path: "III.5", "IV". */
  readonly section: string;
}

/** Whether a passage lies in the section, or in one of its own sections. */
function inSection(passage: Passage, scope: SectionScope): boolean {
  return passage.docId === scope.docId && (passage.section === scope.section || passage.section.startsWith(`${scope.section}.`));
}

export interface RetrievalResult {
  readonly query: string;
  readonly hits: readonly Hit[];
  /** How much of the question the best passages contain (0–1): the mean of the two below. */
  readonly coverage: number;
  /** IDF-weighted share of the question's content words and concepts found in the best passages. */
  readonly wordCoverage: number;
  /** The same for adjacent pairs of content words. */
  readonly pairCoverage: number;
  /** The question has content words at all (not only "là gì?"). */
  readonly meaningful: boolean;
  /** Why the question was declined (unset when it was not; see also `meaningful`). */
  readonly declinedBecause?: RetrievalDecline;
  /** The question asks for a figure or a date (`asksForNumber`) and the best passage holds none anywhere. */
  readonly lacksFigure?: boolean;
  readonly declined: boolean;
  /** The weighted terms of the question, for scoring sentences of the hits. */
  readonly terms: readonly WeightedTerm[];
  /** Why the vector search was left out (the embeddings server failed): the words alone ranked the hits. */
  readonly vectorError?: string;
}

/** A sentence of a passage with how well it matches the question. */
export interface ScoredSentence extends Sentence {
  readonly score: number;
}

/** A term of the question with its weight and meaning. */
export interface WeightedTerm extends QueryTerm {
  readonly kind: TermKind;
  readonly surface: string;
  /** Every wording of the question this term stands for ("liên đoàn lao động", "hội phụ nữ": both "các tổ chức CT-XH"). */
  readonly wordings: readonly string[];
  readonly meaning: Term["meaning"];
  /** A word or concept that carries meaning: what coverage is measured on. */
  readonly content: boolean;
}

export class Retriever {
  /** Sentences of each passage with their term keys, computed on first use. */
  private readonly sentences = new Map<number, SentenceTerms>();
  private readonly positions: ReadonlyMap<string, number>;
  /** Every passage's words, folded, computed on first use: where a name asked about is looked for. */
  private foldedText: string | undefined;

  constructor(
    readonly index: KnowledgeIndex,
    readonly params: RetrievalParams = DEFAULT_RETRIEVAL_PARAMS,
  ) {
    this.positions = new Map(index.passages.map((passage, position) => [passage.id, position]));
  }

  /** Retrieves the `k` best passages for a question, from one section of a document when `within` is given. */
  async retrieve(query: string, k: number, within?: SectionScope): Promise<RetrievalResult> {
    const { embeddings } = this.index;
    if (embeddings instanceof CorpusLsaEmbeddings) return this.retrieveWithVector(query, embeddings.embedQuerySync(query), k, within);
    let vector: number[];
    try {
      vector = await embeddings.embedQuery(query);
    } catch (error) {
      // A remote embeddings server that fails must not stop the answers: the words still rank.
      return { ...this.retrieveWithVector(query, undefined, k, within), vectorError: error instanceof Error ? error.message : String(error) };
    }
    return this.retrieveWithVector(query, vector, k, within);
  }

  /** Synchronous core of `retrieve`, given the query's vector (none: ranked by the words alone). */
  retrieveWithVector(query: string, vector: readonly number[] | undefined, k: number, within?: SectionScope): RetrievalResult {
    const terms = this.queryTerms(query);
    const lexicalHits = this.index.lexical.search(terms);
    // Within a section, every one of its passages is a vector candidate: the section is small, the whole index is not.
    const vectorHits = vector ? this.index.vectors.search(vector, within ? this.index.passages.length : this.params.vectorCandidates) : [];
    const candidates = this.rerankBySentence(this.fuse(lexicalHits, vectorHits, terms), terms);
    // Coverage is then judged on that section's passages alone: whether it, not the whole document, answers.
    const fused = within ? candidates.filter((hit) => inSection(hit.passage, within)) : candidates;
    const hits = fused.slice(0, k);
    const meaningful = terms.some((term) => term.content);
    const { words, pairs } = this.coverage(terms, fused.slice(0, COVERAGE_PASSAGES));
    const coverage = (words + pairs) / 2;
    const asksFigure = asksForNumber(query);
    const declinedBecause = this.declineReason(query, coverage, asksFigure && !this.bestSentenceHoldsFigure(query, fused[0], terms));
    const lacksFigure = asksFigure && !(fused[0] && splitSentences(fused[0].passage.text).some((sentence) => holdsFigure(sentence.text, query)));
    const declined = !meaningful || declinedBecause !== undefined;
    return { query, hits, coverage, wordCoverage: words, pairCoverage: pairs, meaningful, declined, ...(declinedBecause ? { declinedBecause } : {}), ...(lacksFigure ? { lacksFigure } : {}), terms };
  }

  /**
   * Too little of the question in the documents; or enough of its words, but it asks about now
   * (see `asksAboutNow`), or for a figure the best sentence does not hold ("tỷ lệ hộ nghèo hiện
   * nay là bao nhiêu phần trăm": the resolution speaks of the rate, gives no figure); or it names a movement the documents never
   * name ("thi đua Quyết thắng bên quân đội là chi?"), however common its words.
   */
  private declineReason(query: string, coverage: number, figureMissing: boolean): RetrievalDecline | undefined {
    if (coverage < this.params.minCoverage) return "not-covered";
    if (this.namesUnknownMovement(query)) return "unknown-name";
    if (asksAboutNow(query)) return "about-now";
    if (figureMissing) return "no-figure";
    return undefined;
  }

  private namesUnknownMovement(query: string): boolean {
    const name = namedMovement(query);
    if (name === undefined) return false;
    this.foldedText ??= fold(this.index.passages.map((passage) => passage.text).join(" ")).replace(/[^\p{L}\p{N}]+/gu, " ");
    return !this.foldedText.includes(name);
  }

  /** Whether the sentence of the best passage that matches the question best holds the figure it asks for (`holdsFigure`). */
  private bestSentenceHoldsFigure(query: string, top: Hit | undefined, terms: readonly WeightedTerm[]): boolean {
    const sentences = top ? this.scoreSentences(top.passage, terms) : [];
    const best = sentences.reduce<ScoredSentence | undefined>((a, b) => (a && a.score >= b.score ? a : b), undefined);
    return best !== undefined && holdsFigure(best.text, query);
  }

  private queryTerms(query: string): WeightedTerm[] {
    const { weights } = this.params;
    const byKey = new Map<string, WeightedTerm>();
    for (const term of this.index.analyzer.analyze(query, { role: "query" })) {
      const weight = termWeight(term, weights);
      // Coverage is measured on what was typed: the accented form when the question has diacritics
      // ("cước" must not count as found in "cuộc"), the folded form when it has none.
      const content = term.meaning === "content" && (term.kind === (term.accented ? "exact" : "word") || term.kind === "number" || term.kind === "concept");
      const previous = byKey.get(term.key);
      const wordings = previous?.wordings.includes(term.surface) === false ? [...previous.wordings, term.surface] : (previous?.wordings ?? [term.surface]);
      if (!previous || previous.weight < weight) byKey.set(term.key, { key: term.key, weight, kind: term.kind, surface: term.surface, wordings, meaning: term.meaning, content });
      else byKey.set(term.key, { ...previous, wordings });
    }
    const terms = [...byKey.values()];
    const proper = (term: WeightedTerm) => this.index.analyzer.expansions.get(term.key.slice(2))?.long.some((form) => /^\p{Lu}/u.test(form)) === true;
    // A proper name of two syllables counts too: "trận" of "Mặt trận" is "thế trận" elsewhere.
    const names = terms.filter((term) => term.kind === "concept" && term.key.startsWith("c:") && term.surface.split(/\s+/u).length >= (proper(term) ? 2 : 3));
    if (names.length === 0) return terms;
    const wordsOf = (selected: readonly WeightedTerm[]) => new Set(selected.flatMap((term) => fold(term.surface).split(/\s+/u)));
    const inNames = wordsOf(names);
    // Pairs too inside a proper name ("tổ quốc" of "Mặt trận Tổ quốc" is "bảo vệ Tổ quốc" elsewhere);
    // not inside a common noun phrase ("cán bộ" of "cán bộ công chức" is what is asked).
    const inProperNames = wordsOf(names.filter(proper));
    const inside = (term: WeightedTerm) =>
      ((term.kind === "word" || term.kind === "exact") && inNames.has(fold(term.surface))) || (term.kind === "pair" && fold(term.surface).split(/\s+/u).every((word) => inProperNames.has(word)));
    return terms.map((term) => (inside(term) ? { ...term, weight: term.weight * weights.insideConcept } : term));
  }

  private fuse(
    lexicalHits: ReturnType<KnowledgeIndex["lexical"]["search"]>,
    vectorHits: ReturnType<KnowledgeIndex["vectors"]["search"]>,
    terms: readonly WeightedTerm[],
  ): Hit[] {
    const top = lexicalHits[0]?.score ?? 0;
    const kinds = new Map(terms.map((term) => [term.key, term] as const));
    const entries = new Map<number, { lexicalScore: number; lexicalRank: number | null; sentence: number; vectorSimilarity: number | null; vectorRank: number | null; matched: MatchedTerm[] }>();
    lexicalHits.forEach((hit, rank) => {
      entries.set(hit.doc, {
        lexicalScore: hit.score,
        lexicalRank: rank + 1,
        sentence: 0,
        vectorSimilarity: null,
        vectorRank: null,
        matched: hit.matches.map((match) => ({ key: match.key, term: kinds.get(match.key)?.wordings.join(", ") ?? match.key, kind: kinds.get(match.key)?.kind ?? "word", contribution: match.contribution })),
      });
    });
    vectorHits.forEach((hit, rank) => {
      const entry = entries.get(hit.doc) ?? { lexicalScore: 0, lexicalRank: null, sentence: 0, vectorSimilarity: null, vectorRank: null, matched: [] };
      entries.set(hit.doc, { ...entry, vectorSimilarity: hit.similarity, vectorRank: rank + 1 });
    });
    const hits: Hit[] = [];
    for (const [doc, why] of entries) {
      const passage = this.index.passages[doc];
      if (!passage) continue;
      const lexical = top > 0 ? why.lexicalScore / top : 0;
      const score = lexical + this.params.vectorWeight * Math.max(0, why.vectorSimilarity ?? 0);
      hits.push({ passage, score, why: { ...why, matched: why.matched.sort((a, b) => b.contribution - a.contribution) } });
    }
    return hits.sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id));
  }

  private rerankBySentence(hits: Hit[], terms: readonly WeightedTerm[]): Hit[] {
    const candidates = hits.slice(0, this.params.rerankCandidates);
    // Each term's weight × IDF once, not once per sentence of every candidate (the same sums as `scoreSentences`).
    const weighted = terms.map((term) => ({ key: term.key, value: term.weight * this.index.lexical.idf(term.key) }));
    const scores = candidates.map((hit) => {
      // By term, through the sentences that hold it: a passage's sentences times the terms would be ~15× the work.
      const { sentences, sentencesOf } = this.sentenceTerms(hit.passage);
      const sums = new Array<number>(sentences.length).fill(0);
      for (const term of weighted) for (const index of sentencesOf.get(term.key) ?? []) sums[index]! += term.value;
      return Math.max(0, ...sums);
    });
    const best = Math.max(0, ...scores);
    if (best <= 0) return hits;
    const reranked = candidates.map((hit, i) => {
      const sentence = (scores[i] ?? 0) / best;
      return { ...hit, score: hit.score + this.params.sentenceWeight * sentence, why: { ...hit.why, sentence } };
    });
    return [...reranked.sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id)), ...hits.slice(candidates.length)];
  }

  /** The sentences of a passage, each scored by the IDF-weighted query terms it contains. */
  scoreSentences(passage: Passage, terms: readonly WeightedTerm[]): ScoredSentence[] {
    return this.sentenceTerms(passage).sentences.map(({ keys, ...sentence }) => {
      let score = 0;
      for (const term of terms) if (keys.has(term.key)) score += term.weight * this.index.lexical.idf(term.key);
      return { ...sentence, score };
    });
  }

  /** A passage's sentences with the terms of each, and the sentences of each term, analysed once. */
  private sentenceTerms(passage: Passage): SentenceTerms {
    const position = this.positions.get(passage.id) ?? -1;
    let analysed = this.sentences.get(position);
    if (!analysed) {
      const sentences = splitSentences(passage.text).map((sentence) => ({
        ...sentence,
        keys: new Set(this.index.analyzer.analyze(sentence.text, { role: "passage" }).map((term) => term.key)),
      }));
      const sentencesOf = new Map<string, number[]>();
      sentences.forEach(({ keys }, index) => {
        for (const key of keys) {
          const holding = sentencesOf.get(key);
          if (holding) holding.push(index);
          else sentencesOf.set(key, [index]);
        }
      });
      analysed = { sentences, sentencesOf };
      this.sentences.set(position, analysed);
    }
    return analysed;
  }

  /**
   * IDF-weighted share of the question's content terms that the best passages contain, for single
   * words and for adjacent word pairs (averaged). A term the corpus has never seen counts with the
   * highest IDF: "giá xăng" is mostly unknown words; pairs catch "chủ tịch nước", whose words are
   * all known but never together. A word or pair inside a matched synonym or abbreviation phrase
   * counts as found.
   */
  private coverage(terms: readonly WeightedTerm[], best: readonly Hit[]): { words: number; pairs: number } {
    const found = new Set<string>();
    for (const hit of best) for (const match of hit.why.matched) found.add(match.key);
    const conceptWords = new Set(
      terms.filter((term) => term.kind === "concept" && found.has(term.key)).flatMap((term) => term.surface.split(" ").map(fold)),
    );
    const inConcept = (term: WeightedTerm) => term.surface.split(" ").every((word) => conceptWords.has(fold(word)));
    const share = (selected: readonly WeightedTerm[]): number | undefined => {
      let total = 0;
      let covered = 0;
      for (const term of selected) {
        const idf = this.index.lexical.documentFrequency(term.key) > 0 ? this.index.lexical.idf(term.key) : bm25Idf(this.index.lexical.size, 0);
        total += idf;
        if (found.has(term.key) || (term.kind !== "concept" && inConcept(term))) covered += idf;
      }
      return total > 0 ? covered / total : undefined;
    };
    const words = share(terms.filter((term) => term.content)) ?? 0;
    const pairs = share(terms.filter((term) => term.kind === "pair" && term.meaning === "content")) ?? words;
    return { words, pairs };
  }
}

/** A passage's sentences as the rerank reads them. */
interface SentenceTerms {
  readonly sentences: ReadonlyArray<Sentence & { readonly keys: ReadonlySet<string> }>;
  readonly sentencesOf: ReadonlyMap<string, readonly number[]>;
}

/** Why the retriever takes the documents not to answer a question. */
export type RetrievalDecline = "not-covered" | "about-now" | "no-figure" | "unknown-name";

/** Coverage looks at this many top passages: a question may join two neighbouring statements. */
const COVERAGE_PASSAGES = 3;

function termWeight(term: Term, weights: QueryWeights): number {
  switch (term.kind) {
    case "word":
    case "number":
    case "exact": {
      if (term.meaning !== "content") return term.meaning === "frame" ? weights.frame : 0;
      if (term.kind === "number") return weights.number;
      if (term.kind === "exact") return weights.exact;
      return term.accented ? weights.foldedOfAccented : weights.word;
    }
    case "pair":
      if (term.meaning === "function") return weights.functionPair;
      return term.meaning === "frame" ? weights.frame : weights.pair;
    case "concept":
      return weights.concept;
    case "definition":
      return weights.definition;
  }
}
