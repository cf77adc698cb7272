/**
 * Matching questions to answers the staff wrote: a question gets a curated answer when it is the
 * same question or a close paraphrase — the cosine of their IDF-weighted content terms (words, word
 * pairs, abbreviation and synonym concepts, so "HĐND" matches "Hội đồng nhân dân") is high enough.
 * Pure: the analyser and the IDF come from the knowledge index.
 */
import type { Analyzer } from "./language.js";

export interface CuratedEntry {
  readonly id: number;
  readonly question: string;
  readonly answer: string;
  /** Section key the answer cites. */
  readonly section: string;
}

/** Named default: close paraphrases pass, questions that merely share a topic do not. */
export const CURATED_MIN_SIMILARITY = 0.72;

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
    const vector = new Map<string, number>();
    for (const term of this.analyzer.analyze(text, { role: "query" })) {
      if (term.meaning !== "content" || term.kind === "exact" || term.kind === "definition") continue;
      vector.set(term.key, (vector.get(term.key) ?? 0) + this.idf(term.key));
    }
    return vector;
  }
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [key, value] of a) dot += value * (b.get(key) ?? 0);
  const norm = (vector: Vector) => Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0));
  const denominator = norm(a) * norm(b);
  return denominator ? dot / denominator : 0;
}
