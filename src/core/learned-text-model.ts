/**
 * A small learned text classifier: multinomial logistic regression over hashed word, word-pair and
 * character n-grams of a message, trained on the project's labelled messages (`npm run
 * train:models`). The intent rules and the complaint classifier let one overrule them only when it
 * is confident. Pure: no I/O here (`learned-model-file.ts` loads the committed models), and the same
 * seed trains the same model.
 */
import { asMeant, fold } from "./text.js";

/** Bumped whenever features or the serialised shape change; an older file is refused, not misread. */
export const LEARNED_MODEL_FORMAT = 5;

/** Named defaults of the features and the training. */
export const LEARNED_DEFAULTS = {
  /** Hash buckets of the features (a power of two). */
  buckets: 1 << 18,
  /** Character n-grams of the folded words, from … to … characters. */
  charGrams: [3, 5] as const,
  /** Weight of one character n-gram against one word (there are many more of them). */
  charWeight: 0.3,
  /** Only the start of a very long message is read: its kind shows early, and the cost stays flat. */
  maxChars: 2000,
  epochs: 12,
  learningRate: 0.5,
  /** The rate shrinks as 1 / (1 + decay × epoch). */
  decay: 0.3,
  seed: 1,
  /** Weights whose largest magnitude over the classes is below this are dropped from the saved model. */
  prune: 0.02,
} as const;

/** A labelled message to learn from. */
export interface Labelled<C extends string> {
  readonly text: string;
  readonly label: C;
}

/** A model's reading of a message. */
export interface LearnedOpinion<C extends string> {
  readonly label: C;
  /** Its probability, 0…1. */
  readonly probability: number;
}

/** Where a saved model came from: each training file and its SHA-256, so a stale model is noticed. */
export interface TrainingSource {
  readonly file: string;
  readonly sha256: string;
  readonly messages: number;
}

/** The serialised model: plain data, weights quantised to bytes. */
export interface LearnedModelData {
  readonly format: number;
  readonly buckets: number;
  readonly classes: readonly string[];
  readonly trainedOn: readonly TrainingSource[];
  /** Base64 of the sorted bucket numbers kept (Uint32, little-endian). */
  readonly features: string;
  /** Base64 of Int8 weights, one per class for each kept bucket, to be multiplied by `scale`. */
  readonly weights: string;
  readonly scale: number;
  readonly bias: readonly number[];
}

/** A saved model that cannot be used, with what to do about it. */
export class LearnedModelFormatError extends Error {
  override readonly name = "LearnedModelFormatError";
}

/** A message as hashed features (`learnedFeatures`): computed once, it can be read by several models of the same buckets. */
export type Features = ReadonlyMap<number, number>;

/** FNV-1a, enough to spread n-grams over the buckets. */
function bucketOf(key: string, buckets: number): number {
  let hash = 2166136261;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % buckets;
}

/**
 * The message as features: its words as typed (lower case), its folded words and word pairs, character
 * n-grams of the folded words (misspellings, missing diacritics, chat shorthand), its length band and
 * whether it has a question mark; scaled to unit length.
 */
export function learnedFeatures(text: string, buckets: number = LEARNED_DEFAULTS.buckets): Features {
  const message = asMeant(text.slice(0, LEARNED_DEFAULTS.maxChars));
  const features = new Map<number, number>();
  const add = (key: string, value = 1): void => {
    const bucket = bucketOf(key, buckets);
    features.set(bucket, (features.get(bucket) ?? 0) + value);
  };
  for (const word of message.toLowerCase().normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []) add(`w:${word}`);
  const folded = fold(message).match(/[a-z0-9]+/g) ?? [];
  for (const word of folded) add(`f:${word}`);
  for (let index = 0; index + 1 < folded.length; index++) add(`b:${folded[index]}_${folded[index + 1]}`);
  const joined = ` ${folded.join(" ")} `;
  const [shortest, longest] = LEARNED_DEFAULTS.charGrams;
  for (let size = shortest; size <= longest; size++) {
    for (let start = 0; start + size <= joined.length; start++) add(`c${size}:${joined.slice(start, start + size)}`, LEARNED_DEFAULTS.charWeight);
  }
  add(`len:${Math.min(6, Math.floor(Math.log2(1 + folded.length)))}`);
  if (message.includes("?")) add("qmark");
  let squares = 0;
  for (const value of features.values()) squares += value * value;
  const norm = Math.sqrt(squares) || 1;
  for (const [bucket, value] of features) features.set(bucket, value / norm);
  return features;
}

/** Softmax of the class scores. */
function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}

/** A learned model over the classes `C`: sparse weights per class, looked up by bucket. */
export class LearnedTextModel<C extends string> {
  private constructor(
    readonly classes: readonly C[],
    private readonly buckets: number,
    /** Bucket → one weight per class. */
    private readonly weights: ReadonlyMap<number, Float32Array>,
    private readonly bias: readonly number[],
    readonly trainedOn: readonly TrainingSource[],
  ) {}

  /** The probability of each class, in `classes` order, for a message or its features. */
  probabilities(message: string | Features): number[] {
    const scores = [...this.bias];
    for (const [bucket, value] of typeof message === "string" ? learnedFeatures(message, this.buckets) : message) {
      const row = this.weights.get(bucket);
      if (!row) continue;
      for (let klass = 0; klass < scores.length; klass++) scores[klass]! += row[klass]! * value;
    }
    return softmax(scores);
  }

  /** The probability of one class. */
  probabilityOf(message: string | Features, label: C): number {
    return this.probabilities(message)[this.classes.indexOf(label)] ?? 0;
  }

  /** The most probable class and its probability. */
  read(message: string | Features): LearnedOpinion<C> {
    const probabilities = this.probabilities(message);
    let best = 0;
    for (let klass = 1; klass < probabilities.length; klass++) if (probabilities[klass]! > probabilities[best]!) best = klass;
    return { label: this.classes[best]!, probability: probabilities[best]! };
  }

  /**
   * Trains on labelled messages: stochastic gradient descent on the cross-entropy, shuffled with a
   * seeded generator so the same data gives the same model.
   */
  static train<C extends string>(classes: readonly C[], examples: readonly Labelled<C>[], trainedOn: readonly TrainingSource[] = []): LearnedTextModel<C> {
    const { buckets, epochs, learningRate, decay } = LEARNED_DEFAULTS;
    const dense = classes.map(() => new Float32Array(buckets));
    const bias = classes.map(() => 0);
    const rows = examples.map((example) => ({ features: learnedFeatures(example.text, buckets), label: classes.indexOf(example.label) }));
    const order = rows.map((_, index) => index);
    let seed = LEARNED_DEFAULTS.seed;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let index = order.length - 1; index > 0; index--) {
        const other = Math.floor(random() * (index + 1));
        [order[index], order[other]] = [order[other]!, order[index]!];
      }
      const rate = learningRate / (1 + epoch * decay);
      for (const index of order) {
        const { features, label } = rows[index]!;
        const scores = bias.map((value, klass) => {
          let score = value;
          for (const [bucket, weight] of features) score += dense[klass]![bucket]! * weight;
          return score;
        });
        const probabilities = softmax(scores);
        for (let klass = 0; klass < classes.length; klass++) {
          const gradient = probabilities[klass]! - (klass === label ? 1 : 0);
          for (const [bucket, weight] of features) dense[klass]![bucket]! -= rate * gradient * weight;
          bias[klass]! -= rate * gradient;
        }
      }
    }
    const weights = new Map<number, Float32Array>();
    for (let bucket = 0; bucket < buckets; bucket++) {
      const row = Float32Array.from(dense, (klass) => klass[bucket]!);
      if (row.some((weight) => Math.abs(weight) >= LEARNED_DEFAULTS.prune)) weights.set(bucket, row);
    }
    return new LearnedTextModel(classes, buckets, weights, bias, trainedOn);
  }

  /** Plain data for a JSON file; weights quantised to one signed byte each. */
  toJSON(): LearnedModelData {
    const width = this.classes.length;
    const kept = [...this.weights.keys()].sort((a, b) => a - b);
    let largest = 0;
    for (const row of this.weights.values()) for (const weight of row) largest = Math.max(largest, Math.abs(weight));
    const scale = largest / 127 || 1;
    const bytes = new Int8Array(kept.length * width);
    kept.forEach((bucket, position) => this.weights.get(bucket)!.forEach((weight, klass) => (bytes[position * width + klass] = Math.round(weight / scale))));
    return {
      format: LEARNED_MODEL_FORMAT,
      buckets: this.buckets,
      classes: [...this.classes],
      trainedOn: this.trainedOn,
      features: Buffer.from(Uint32Array.from(kept).buffer).toString("base64"),
      weights: Buffer.from(bytes.buffer).toString("base64"),
      scale,
      bias: this.bias.map((value) => Math.round(value * 1e6) / 1e6),
    };
  }

  /** Reads a saved model; refuses one of another format or other classes than `classes`. */
  static fromJSON<C extends string>(data: LearnedModelData, classes: readonly C[]): LearnedTextModel<C> {
    const retrain = "run `npm run train:models`";
    if (data.format !== LEARNED_MODEL_FORMAT) throw new LearnedModelFormatError(`model has format ${data.format}, this code reads ${LEARNED_MODEL_FORMAT}: ${retrain}`);
    if (data.classes.join() !== classes.join()) throw new LearnedModelFormatError(`model knows the classes ${data.classes.join(", ")}, not ${classes.join(", ")}: ${retrain}`);
    // Several models read one message's features (`learnedFeatures` with the default buckets).
    if (data.buckets !== LEARNED_DEFAULTS.buckets) throw new LearnedModelFormatError(`model hashes into ${data.buckets} buckets, this code into ${LEARNED_DEFAULTS.buckets}: ${retrain}`);
    const buckets = new Uint32Array(new Uint8Array(Buffer.from(data.features, "base64")).buffer);
    const bytes = new Int8Array(new Uint8Array(Buffer.from(data.weights, "base64")).buffer);
    const width = classes.length;
    if (bytes.length !== buckets.length * width) throw new LearnedModelFormatError(`model is damaged (${buckets.length} features but ${bytes.length} weights): ${retrain}`);
    const weights = new Map<number, Float32Array>();
    buckets.forEach((bucket, position) => weights.set(bucket, Float32Array.from(bytes.subarray(position * width, (position + 1) * width), (weight) => weight * data.scale)));
    return new LearnedTextModel(classes, data.buckets, weights, data.bias, data.trainedOn);
  }
}
