/**
 * Embeddings behind LangChain's `Embeddings` interface: the offline default fitted on the corpus,
 * and any OpenAI-compatible embeddings endpoint (OpenAI, vLLM, Ollama…) when configured.
 */
import { Embeddings } from "@langchain/core/embeddings";
import type OpenAI from "openai";
import { tokenize } from "../core/text.js";
import type { Analyzer, Term } from "./language.js";
import { DEFAULT_LSA_DIMENSIONS, LsaModel, type FeatureBag, type LsaModelData } from "./lsa.js";

/** What built a vector index: recorded in the index, compared when it is opened. */
export interface EmbedderInfo {
  /** Stable identity: a different id means the stored vectors cannot be compared with new ones. */
  readonly id: string;
  readonly description: string;
}

/** An `Embeddings` implementation that can say what it is. */
export interface IdentifiedEmbeddings {
  readonly info: EmbedderInfo;
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}

/** Weight of each feature kind in the corpus LSA; character trigrams only nudge (typos, word forms). */
const FEATURE_WEIGHTS: Partial<Record<Term["kind"], number>> = { word: 1, number: 1, pair: 1, concept: 1 };
const TRIGRAM_WEIGHT = 0.25;

/**
 * Offline default: latent semantic analysis fitted on the knowledge documents themselves, over
 * TF-IDF of folded words, word pairs, abbreviation/synonym concepts and character trigrams.
 * It is not a neural language model and knows no Vietnamese beyond the corpus and the glossary;
 * it needs no download and no network.
 */
export class CorpusLsaEmbeddings extends Embeddings implements IdentifiedEmbeddings {
  readonly info: EmbedderInfo;

  private constructor(
    private readonly model: LsaModel,
    private readonly analyzer: Analyzer,
  ) {
    super({ maxRetries: 0 });
    this.info = {
      id: `corpus-lsa-${model.dimensions}`,
      description: `LSA ${model.dimensions} chiều trên TF-IDF của chính kho văn bản (không phải mô hình ngôn ngữ; không cần tải về)`,
    };
  }

  /** Fits the model on the corpus texts (the passages to be indexed). */
  static fit(texts: readonly string[], analyzer: Analyzer, dimensions: number = DEFAULT_LSA_DIMENSIONS): CorpusLsaEmbeddings {
    const bags = texts.map((text) => featureBag(analyzer, text, "passage"));
    return new CorpusLsaEmbeddings(LsaModel.fit(bags, dimensions), analyzer);
  }

  static fromJSON(data: LsaModelData, analyzer: Analyzer): CorpusLsaEmbeddings {
    return new CorpusLsaEmbeddings(LsaModel.fromJSON(data), analyzer);
  }

  toJSON(): LsaModelData {
    return this.model.toJSON();
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => this.model.embed(featureBag(this.analyzer, text, "passage")));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embedQuerySync(text);
  }

  /** Synchronous query embedding: the local model does no I/O, so retrieval needs no await for it. */
  embedQuerySync(text: string): number[] {
    return this.model.embed(featureBag(this.analyzer, text, "query"));
  }
}

function featureBag(analyzer: Analyzer, text: string, role: "query" | "passage"): FeatureBag {
  const bag = new Map<string, number>();
  const add = (feature: string, weight: number) => bag.set(feature, (bag.get(feature) ?? 0) + weight);
  for (const term of analyzer.analyze(text, { role })) {
    const weight = FEATURE_WEIGHTS[term.kind];
    if (weight && term.meaning === "content") add(term.key, weight);
  }
  for (const token of tokenize(text)) {
    const padded = `#${token.folded}#`;
    for (let i = 0; i + 3 <= padded.length; i++) add(`g:${padded.slice(i, i + 3)}`, TRIGRAM_WEIGHT);
  }
  return bag;
}

/** Settings of an OpenAI-compatible embeddings endpoint. */
export interface OpenAIEmbeddingsOptions {
  readonly client: OpenAI;
  readonly model: string;
  /** Texts per request. */
  readonly batchSize?: number;
}

/**
 * Embeddings from OpenAI or any OpenAI-compatible server (`OPENAI_BASE_URL`). Asks for float
 * vectors explicitly: the SDK otherwise requests base64, which many compatible servers lack.
 */
export class OpenAICompatibleEmbeddings extends Embeddings implements IdentifiedEmbeddings {
  readonly info: EmbedderInfo;
  private readonly batchSize: number;

  constructor(private readonly options: OpenAIEmbeddingsOptions) {
    // The OpenAI client retries by itself; a second retry layer would multiply waiting time.
    super({ maxRetries: 0, maxConcurrency: 2 });
    this.batchSize = options.batchSize ?? 64;
    const host = safeHost(options.client.baseURL);
    this.info = { id: `openai:${options.model}@${host}`, description: `${options.model} qua ${host}` };
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const batches: string[][] = [];
    for (let i = 0; i < texts.length; i += this.batchSize) batches.push(texts.slice(i, i + this.batchSize));
    const results = await Promise.all(batches.map((batch) => this.caller.call(() => this.request(batch))));
    return results.flat();
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.request([text]);
    if (!vector) throw new Error("the embeddings server returned no vector");
    return vector;
  }

  private async request(input: string[]): Promise<number[][]> {
    const response = await this.options.client.embeddings.create({ model: this.options.model, input, encoding_format: "float" });
    const vectors = [...response.data].sort((a, b) => a.index - b.index).map((item) => item.embedding);
    if (vectors.length !== input.length) throw new Error(`the embeddings server returned ${vectors.length} vectors for ${input.length} texts`);
    return vectors;
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
