/**
 * A small learned second opinion on intent: multinomial logistic regression over hashed word,
 * word-pair and character n-grams of the message, trained on the project's labelled messages
 * (`npm run train:intent`). It reads the kinds of message the rules of `intent.ts` were never
 * written for; `intent.ts` lets it overrule them only when it is confident. Pure: no I/O here
 * (`intent-model.ts` loads the committed model), and the same seed trains the same model.
 */
import { fold } from "../core/text.js";

/** The intents the model tells apart, in the order of its weight rows. */
export const LEARNED_CLASSES = ["question", "report", "smalltalk", "out-of-scope", "tracking"] as const;
export type LearnedClass = (typeof LEARNED_CLASSES)[number];

/** Bumped whenever features or the serialised shape change; an older file is refused, not misread. */
export const LEARNED_INTENT_FORMAT = 1;

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
export interface LabelledMessage {
  readonly text: string;
  readonly intent: LearnedClass;
}

/** The learned model's reading of a message. */
export interface LearnedOpinion {
  readonly intent: LearnedClass;
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
export interface LearnedIntentData {
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
export class LearnedIntentFormatError extends Error {
  override readonly name = "LearnedIntentFormatError";
}

type Features = Map<number, number>;

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
 * The message as features: its words as typed (lower case), its folded words and word pairs (so
 * "ko dc" and "không được" meet through shorthand n-grams), character n-grams of the folded words
 * (misspellings, missing diacritics), its length band and whether it has a question mark; scaled to unit length.
 */
export function learnedFeatures(text: string, buckets: number = LEARNED_DEFAULTS.buckets): Features {
  const message = text.slice(0, LEARNED_DEFAULTS.maxChars);
  const features: Features = new Map();
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

/** The learned model: sparse weights per class, looked up by bucket. */
export class LearnedIntentModel {
  private constructor(
    private readonly buckets: number,
    /** Bucket → one weight per class. */
    private readonly weights: ReadonlyMap<number, Float32Array>,
    private readonly bias: readonly number[],
    readonly trainedOn: readonly TrainingSource[],
  ) {}

  /** The probability of each class, in `LEARNED_CLASSES` order. */
  probabilities(text: string): number[] {
    const scores = [...this.bias];
    for (const [bucket, value] of learnedFeatures(text, this.buckets)) {
      const row = this.weights.get(bucket);
      if (!row) continue;
      for (let klass = 0; klass < scores.length; klass++) scores[klass]! += row[klass]! * value;
    }
    return softmax(scores);
  }

  /** The most probable intent and its probability. */
  read(text: string): LearnedOpinion {
    const probabilities = this.probabilities(text);
    let best = 0;
    for (let klass = 1; klass < probabilities.length; klass++) if (probabilities[klass]! > probabilities[best]!) best = klass;
    return { intent: LEARNED_CLASSES[best]!, probability: probabilities[best]! };
  }

  /**
   * Trains on labelled messages: stochastic gradient descent on the cross-entropy, shuffled with a
   * seeded generator so the same data gives the same model.
   */
  static train(examples: readonly LabelledMessage[], trainedOn: readonly TrainingSource[] = []): LearnedIntentModel {
    const { buckets, epochs, learningRate, decay } = LEARNED_DEFAULTS;
    const classes = LEARNED_CLASSES.length;
    const dense = Array.from({ length: classes }, () => new Float32Array(buckets));
    const bias = new Array<number>(classes).fill(0);
    const rows = examples.map((example) => ({ features: learnedFeatures(example.text, buckets), label: LEARNED_CLASSES.indexOf(example.intent) }));
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
        for (let klass = 0; klass < classes; klass++) {
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
    return new LearnedIntentModel(buckets, weights, bias, trainedOn);
  }

  /** Plain data for a JSON file; weights quantised to one signed byte each. */
  toJSON(): LearnedIntentData {
    const kept = [...this.weights.keys()].sort((a, b) => a - b);
    let largest = 0;
    for (const row of this.weights.values()) for (const weight of row) largest = Math.max(largest, Math.abs(weight));
    const scale = largest / 127 || 1;
    const bytes = new Int8Array(kept.length * LEARNED_CLASSES.length);
    kept.forEach((bucket, position) => this.weights.get(bucket)!.forEach((weight, klass) => (bytes[position * LEARNED_CLASSES.length + klass] = Math.round(weight / scale))));
    return {
      format: LEARNED_INTENT_FORMAT,
      buckets: this.buckets,
      classes: [...LEARNED_CLASSES],
      trainedOn: this.trainedOn,
      features: Buffer.from(Uint32Array.from(kept).buffer).toString("base64"),
      weights: Buffer.from(bytes.buffer).toString("base64"),
      scale,
      bias: this.bias.map((value) => Math.round(value * 1e6) / 1e6),
    };
  }

  /** Reads a saved model; refuses one of another format or another set of classes. */
  static fromJSON(data: LearnedIntentData): LearnedIntentModel {
    if (data.format !== LEARNED_INTENT_FORMAT) throw new LearnedIntentFormatError(`intent model has format ${data.format}, this code reads ${LEARNED_INTENT_FORMAT}: run \`npm run train:intent\``);
    if (data.classes.join() !== LEARNED_CLASSES.join()) throw new LearnedIntentFormatError(`intent model knows the classes ${data.classes.join(", ")}: run \`npm run train:intent\``);
    const buckets = new Uint32Array(new Uint8Array(Buffer.from(data.features, "base64")).buffer);
    const bytes = new Int8Array(new Uint8Array(Buffer.from(data.weights, "base64")).buffer);
    const classes = LEARNED_CLASSES.length;
    if (bytes.length !== buckets.length * classes) throw new LearnedIntentFormatError(`intent model is damaged (${buckets.length} features but ${bytes.length} weights): run \`npm run train:intent\``);
    const weights = new Map<number, Float32Array>();
    buckets.forEach((bucket, position) => weights.set(bucket, Float32Array.from(bytes.subarray(position * classes, (position + 1) * classes), (weight) => weight * data.scale)));
    return new LearnedIntentModel(data.buckets, weights, data.bias, data.trainedOn);
  }
}
