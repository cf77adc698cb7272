/**
 * BM25F lexical index over two fields (the passage text and its section headings). No I/O and no
 * language knowledge: documents arrive as term keys produced by the analyser, and the index
 * serialises to plain JSON with a format version.
 */

/** Format of `LexicalIndexData`; bump when the layout changes. */
export const LEXICAL_FORMAT_VERSION = 1;

/** BM25F parameters. */
export interface Bm25Params {
  /** Term-frequency saturation. */
  readonly k1: number;
  /** Length normalisation (0 = none, 1 = full). */
  readonly b: number;
  /** Weight of a term occurrence in the passage text and in its headings. */
  readonly textWeight: number;
  readonly contextWeight: number;
}

/**
 * Named defaults. Headings count less than the text: they say where a passage is, the text what it says.
 * Passages are short, so length normalisation is kept mild.
 */
export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.5, textWeight: 1, contextWeight: 0.4 };

/** One document to index: its term keys per field, repetitions counting. */
export interface LexicalDocument {
  readonly text: readonly string[];
  readonly context: readonly string[];
}

/** A weighted query term. */
export interface QueryTerm {
  readonly key: string;
  readonly weight: number;
}

/** Why a document matched: each query term's contribution to its score. */
export interface TermMatch {
  readonly key: string;
  readonly contribution: number;
}

export interface LexicalHit {
  readonly doc: number;
  readonly score: number;
  readonly matches: readonly TermMatch[];
}

/** Plain-data form of the index (what `toJSON` returns and `fromJSON` accepts). */
export interface LexicalIndexData {
  readonly version: number;
  readonly params: Bm25Params;
  /** Per document: [text length, context length]. */
  readonly lengths: ReadonlyArray<readonly [number, number]>;
  /** term → flat [doc, tfText, tfContext, doc, tfText, tfContext, …]. */
  readonly postings: Readonly<Record<string, readonly number[]>>;
}

interface Posting {
  readonly doc: number;
  readonly tfText: number;
  readonly tfContext: number;
}

export class LexicalIndex {
  private readonly avgText: number;
  private readonly avgContext: number;

  private constructor(
    readonly params: Bm25Params,
    private readonly lengths: ReadonlyArray<readonly [number, number]>,
    private readonly postings: ReadonlyMap<string, readonly Posting[]>,
  ) {
    const count = Math.max(lengths.length, 1);
    this.avgText = lengths.reduce((sum, [text]) => sum + text, 0) / count || 1;
    this.avgContext = lengths.reduce((sum, [, context]) => sum + context, 0) / count || 1;
  }

  /** Builds an index from analysed documents. */
  static build(documents: readonly LexicalDocument[], params: Bm25Params = DEFAULT_BM25): LexicalIndex {
    const postings = new Map<string, Posting[]>();
    documents.forEach((document, doc) => {
      const counts = new Map<string, [number, number]>();
      for (const key of document.text) (counts.get(key) ?? counts.set(key, [0, 0]).get(key)!)[0]++;
      for (const key of document.context) (counts.get(key) ?? counts.set(key, [0, 0]).get(key)!)[1]++;
      for (const [key, [tfText, tfContext]] of counts) {
        const list = postings.get(key) ?? [];
        list.push({ doc, tfText, tfContext });
        postings.set(key, list);
      }
    });
    const lengths = documents.map((document) => [document.text.length, document.context.length] as const);
    return new LexicalIndex(params, lengths, postings);
  }

  /** Restores an index from `toJSON` output; throws on a different format version. */
  static fromJSON(data: LexicalIndexData): LexicalIndex {
    if (data.version !== LEXICAL_FORMAT_VERSION) {
      throw new Error(`lexical index format ${data.version}, expected ${LEXICAL_FORMAT_VERSION}`);
    }
    const postings = new Map<string, Posting[]>();
    for (const [key, flat] of Object.entries(data.postings)) {
      const list: Posting[] = [];
      for (let i = 0; i + 2 < flat.length; i += 3) list.push({ doc: flat[i]!, tfText: flat[i + 1]!, tfContext: flat[i + 2]! });
      postings.set(key, list);
    }
    return new LexicalIndex(data.params, data.lengths, postings);
  }

  toJSON(): LexicalIndexData {
    const postings: Record<string, number[]> = {};
    for (const [key, list] of this.postings) postings[key] = list.flatMap((p) => [p.doc, p.tfText, p.tfContext]);
    return { version: LEXICAL_FORMAT_VERSION, params: this.params, lengths: this.lengths, postings };
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Number of documents containing the term. */
  documentFrequency(key: string): number {
    return this.postings.get(key)?.length ?? 0;
  }

  /** BM25 inverse document frequency; a term found nowhere gets the highest value. */
  idf(key: string): number {
    return bm25Idf(this.size, this.documentFrequency(key));
  }

  /** All documents with a positive score, best first. */
  search(query: readonly QueryTerm[]): LexicalHit[] {
    const scores = new Map<number, { score: number; matches: TermMatch[] }>();
    for (const term of query) {
      const list = this.postings.get(term.key);
      if (!list || term.weight <= 0) continue;
      const idf = this.idf(term.key);
      for (const posting of list) {
        const contribution = term.weight * idf * this.saturatedFrequency(posting);
        const entry = scores.get(posting.doc) ?? { score: 0, matches: [] };
        entry.score += contribution;
        entry.matches.push({ key: term.key, contribution });
        scores.set(posting.doc, entry);
      }
    }
    return [...scores.entries()]
      .map(([doc, { score, matches }]) => ({ doc, score, matches }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  private saturatedFrequency(posting: Posting): number {
    const [textLength, contextLength] = this.lengths[posting.doc] ?? [0, 0];
    const { k1, b, textWeight, contextWeight } = this.params;
    const tf =
      (textWeight * posting.tfText) / (1 - b + (b * textLength) / this.avgText) +
      (contextWeight * posting.tfContext) / (1 - b + (b * contextLength) / this.avgContext);
    return tf / (k1 + tf);
  }
}

/** Robertson–Spärck Jones IDF as used by BM25 (always positive). */
export function bm25Idf(documents: number, frequency: number): number {
  return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
}
