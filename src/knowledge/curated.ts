/**
 * Matching questions to answers the staff wrote: a question gets a curated answer when it is the
 * same question or a close paraphrase — the cosine of their IDF-weighted content terms is high
 * enough. Terms are words, word pairs (at a lower weight, so that reordered paraphrases still
 * match) and abbreviation and synonym concepts, which stand for the words they cover: "HĐND"
 * and "Hội đồng nhân dân" are then the same term. Pure: the analyser and the IDF come from the
 * knowledge index.
 */
import { tokenize } from "../core/text.js";
import type { Analyzer, Term } from "./language.js";

export interface CuratedEntry {
  readonly id: number;
  readonly question: string;
  readonly answer: string;
  /** Section key the answer cites. */
  readonly section: string;
}

/** Named defaults: close paraphrases pass, questions that merely share a topic do not. */
export const CURATED_MIN_SIMILARITY = 0.72;
/** Weight of a word pair relative to a word: pairs keep word order, which paraphrases change. */
export const CURATED_PAIR_WEIGHT = 0.5;

type Vector = ReadonlyMap<string, number>;

export class CuratedMatcher {
  private readonly vectors: ReadonlyArray<{ entry: CuratedEntry; vector: Vector }>;

  constructor(
    private readonly analyzer: Analyzer,
    private readonly idf: (key: string) => number,
    entries: readonly CuratedEntry[],
    private readonly minimum = CURATED_MIN_SIMILARITY,
  ) {
    this.vectors = entries.map((entry) => ({ entry, vector: this.vectorOf(entry.question) }));
  }

  /** The best curated answer for the question, if it is close enough. */
  match(question: string): { entry: CuratedEntry; similarity: number } | undefined {
    const vector = this.vectorOf(question);
    let best: { entry: CuratedEntry; similarity: number } | undefined;
    for (const candidate of this.vectors) {
      const similarity = cosine(vector, candidate.vector);
      if (similarity >= this.minimum && (!best || similarity > best.similarity)) best = { entry: candidate.entry, similarity };
    }
    return best;
  }

  private vectorOf(text: string): Vector {
    const terms = this.analyzer.analyze(text, { role: "query" });
    const covered = coveredByConcepts(terms);
    const vector = new Map<string, number>();
    for (const term of terms) {
      if (!counts(term)) continue;
      if (term.kind === "word" && (covered.words.get(term.key) ?? 0) > 0) {
        covered.words.set(term.key, covered.words.get(term.key)! - 1);
        continue;
      }
      if (term.kind === "pair" && covered.pairs.has(term.key)) continue;
      const weight = term.kind === "pair" ? CURATED_PAIR_WEIGHT : 1;
      vector.set(term.key, (vector.get(term.key) ?? 0) + weight * this.idf(term.key));
    }
    return vector;
  }
}

/** Content terms, and words typed without diacritics that may be content ("co quan"). */
function counts(term: Term): boolean {
  if (term.kind === "exact" || term.kind === "definition") return false;
  return term.meaning === "content" || (term.kind === "word" && term.meaning === "frame");
}

/** The words (with how often) and word pairs inside the concepts found, which the concepts replace. */
function coveredByConcepts(terms: readonly Term[]): { words: Map<string, number>; pairs: Set<string> } {
  const words = new Map<string, number>();
  const pairs = new Set<string>();
  for (const term of terms) {
    if (term.kind !== "concept") continue;
    const folded = tokenize(term.surface).map((token) => token.folded);
    folded.forEach((word, index) => {
      words.set(`w:${word}`, (words.get(`w:${word}`) ?? 0) + 1);
      if (index > 0) pairs.add(`p:${folded[index - 1]}_${word}`);
    });
  }
  return { words, pairs };
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [key, value] of a) dot += value * (b.get(key) ?? 0);
  const norm = (vector: Vector) => Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0));
  const denominator = norm(a) * norm(b);
  return denominator ? dot / denominator : 0;
}
