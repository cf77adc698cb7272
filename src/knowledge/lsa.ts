/**
 * Latent semantic analysis (truncated SVD of a TF-IDF matrix), fitted on the knowledge corpus.
 * Pure numeric code: features in, dense unit vectors out, plain-data serialisation.
 *
 * A text's vector is Σ⁻¹Uᵀ(X·x): its TF-IDF dot products with every corpus passage, projected on the
 * top singular directions. That needs the sparse corpus matrix X and U·Σ⁻¹ (n × k), which stay small
 * whatever the vocabulary size, instead of the vocabulary-sized V.
 */

export const LSA_FORMAT_VERSION = 1;

/** Named default: enough directions to keep sections apart, few enough to blend related wording. */
export const DEFAULT_LSA_DIMENSIONS = 96;

/** Weighted feature counts of one text: feature → weight (term frequency × kind weight). */
export type FeatureBag = ReadonlyMap<string, number>;

export interface LsaModelData {
  readonly version: number;
  readonly dimensions: number;
  readonly features: readonly string[];
  readonly idf: readonly number[];
  /** Per corpus text: flat [featureIndex, weight, …] of its unit TF-IDF vector. */
  readonly corpus: ReadonlyArray<readonly number[]>;
  /** U·Σ⁻¹, row-major, corpus size × dimensions. */
  readonly projection: readonly number[];
}

export class LsaModel {
  private readonly featureIndex: ReadonlyMap<string, number>;
  /** Inverted corpus matrix: feature → [(text, weight)]. */
  private readonly postings: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;

  private constructor(private readonly data: LsaModelData) {
    this.featureIndex = new Map(data.features.map((feature, index) => [feature, index]));
    const postings: Array<Array<readonly [number, number]>> = data.features.map(() => []);
    data.corpus.forEach((flat, text) => {
      for (let i = 0; i + 1 < flat.length; i += 2) postings[flat[i]!]!.push([text, flat[i + 1]!]);
    });
    this.postings = postings;
  }

  get dimensions(): number {
    return this.data.dimensions;
  }

  /** Fits the model on the corpus texts' feature bags. */
  static fit(corpus: readonly FeatureBag[], maxDimensions: number = DEFAULT_LSA_DIMENSIONS): LsaModel {
    const features: string[] = [];
    const index = new Map<string, number>();
    const frequency: number[] = [];
    for (const bag of corpus) {
      for (const feature of bag.keys()) {
        let id = index.get(feature);
        if (id === undefined) {
          id = features.push(feature) - 1;
          index.set(feature, id);
          frequency.push(0);
        }
        frequency[id]!++;
      }
    }
    const n = corpus.length;
    const idf = frequency.map((df) => Math.log((1 + n) / (1 + df)) + 1);
    const rows = corpus.map((bag) => unitTfidf(bag, index, idf));
    const gram = gramMatrix(rows, features.length);
    const { vectors, values } = topEigenpairs(gram, n, Math.min(maxDimensions, Math.max(n - 1, 1)));
    const dimensions = values.length;
    const projection = new Array<number>(n * dimensions).fill(0);
    for (let j = 0; j < dimensions; j++) {
      const inverseSigma = 1 / Math.sqrt(values[j]!);
      for (let i = 0; i < n; i++) projection[i * dimensions + j] = vectors[j]![i]! * inverseSigma;
    }
    return new LsaModel({
      version: LSA_FORMAT_VERSION,
      dimensions,
      features,
      idf,
      corpus: rows.map((row) => row.flatMap(([feature, weight]) => [feature, weight])),
      projection,
    });
  }

  static fromJSON(data: LsaModelData): LsaModel {
    if (data.version !== LSA_FORMAT_VERSION) throw new Error(`LSA model format ${data.version}, expected ${LSA_FORMAT_VERSION}`);
    if (data.projection.length !== data.corpus.length * data.dimensions) throw new Error("LSA model projection has the wrong size");
    return new LsaModel(data);
  }

  toJSON(): LsaModelData {
    return this.data;
  }

  /** Unit vector of a text; all zeros when it shares no feature with the corpus. */
  embed(bag: FeatureBag): number[] {
    const { dimensions, projection } = this.data;
    const vector = new Array<number>(dimensions).fill(0);
    const dots = new Map<number, number>();
    for (const [feature, weight] of unitTfidf(bag, this.featureIndex, this.data.idf)) {
      for (const [text, corpusWeight] of this.postings[feature] ?? []) dots.set(text, (dots.get(text) ?? 0) + weight * corpusWeight);
    }
    for (const [text, dot] of dots) {
      const row = text * dimensions;
      for (let j = 0; j < dimensions; j++) vector[j]! += dot * projection[row + j]!;
    }
    return normalize(vector);
  }
}

function unitTfidf(bag: FeatureBag, index: ReadonlyMap<string, number>, idf: readonly number[]): Array<readonly [number, number]> {
  const row: Array<[number, number]> = [];
  for (const [feature, weight] of bag) {
    const id = index.get(feature);
    if (id !== undefined && weight > 0) row.push([id, (1 + Math.log(weight)) * idf[id]!]);
  }
  const norm = Math.hypot(...row.map(([, w]) => w)) || 1;
  return row.map(([id, w]) => [id, w / norm] as const).sort((a, b) => a[0] - b[0]);
}

function gramMatrix(rows: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, featureCount: number): Float64Array {
  const n = rows.length;
  const gram = new Float64Array(n * n);
  const byFeature: Array<Array<[number, number]>> = Array.from({ length: featureCount }, () => []);
  rows.forEach((row, text) => row.forEach(([feature, weight]) => byFeature[feature]!.push([text, weight])));
  for (const list of byFeature) {
    for (const [a, wa] of list) for (const [b, wb] of list) gram[a * n + b]! += wa * wb;
  }
  return gram;
}

/**
 * Top-k eigenpairs of a symmetric positive semi-definite n×n matrix by subspace iteration with
 * Rayleigh–Ritz (Jacobi on the small k×k problem). Deterministic: the start basis is fixed.
 */
export function topEigenpairs(matrix: Float64Array, n: number, k: number): { vectors: number[][]; values: number[] } {
  k = Math.min(k, n);
  let basis: number[][] = Array.from({ length: k }, (_, j) => Array.from({ length: n }, (_, i) => Math.sin((i + 1) * (j + 1) * 0.7) + (i === j ? 1 : 0)));
  basis = orthonormalize(basis);
  for (let iteration = 0; iteration < 60; iteration++) basis = orthonormalize(basis.map((vector) => multiply(matrix, n, vector)));
  const projected = basis.map((vector) => multiply(matrix, n, vector));
  const small = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) small[a * k + b] = dot(basis[a]!, projected[b]!);
  const { vectors: rotation, values } = jacobiEigen(small, k);
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => b.value - a.value);
  const vectors: number[][] = [];
  const kept: number[] = [];
  for (const { value, index } of order) {
    if (!(value > 1e-9)) continue;
    const vector = new Array<number>(n).fill(0);
    for (let a = 0; a < k; a++) {
      const coefficient = rotation[a * k + index]!;
      for (let i = 0; i < n; i++) vector[i]! += coefficient * basis[a]![i]!;
    }
    vectors.push(vector);
    kept.push(value);
  }
  return { vectors, values: kept };
}

/** Classical cyclic Jacobi eigenvalue algorithm for a small symmetric matrix (row-major). */
function jacobiEigen(input: Float64Array, n: number): { vectors: Float64Array; values: number[] } {
  const a = Float64Array.from(input);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < n; r++) {
          const arp = a[r * n + p]!;
          const arq = a[r * n + q]!;
          a[r * n + p] = c * arp - s * arq;
          a[r * n + q] = s * arp + c * arq;
        }
        for (let r = 0; r < n; r++) {
          const apr = a[p * n + r]!;
          const aqr = a[q * n + r]!;
          a[p * n + r] = c * apr - s * aqr;
          a[q * n + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < n; r++) {
          const vrp = v[r * n + p]!;
          const vrq = v[r * n + q]!;
          v[r * n + p] = c * vrp - s * vrq;
          v[r * n + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  return { vectors: v, values: Array.from({ length: n }, (_, i) => a[i * n + i]!) };
}

function multiply(matrix: Float64Array, n: number, vector: readonly number[]): number[] {
  const out = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    const row = i * n;
    for (let j = 0; j < n; j++) sum += matrix[row + j]! * vector[j]!;
    out[i] = sum;
  }
  return out;
}

function orthonormalize(vectors: number[][]): number[][] {
  const out: number[][] = [];
  for (const vector of vectors) {
    const v = [...vector];
    for (const u of out) {
      const projection = dot(u, v);
      for (let i = 0; i < v.length; i++) v[i]! -= projection * u[i]!;
    }
    const norm = Math.hypot(...v);
    // A dependent vector (rank below k) is replaced by zeros; it yields a zero eigenvalue and is dropped.
    out.push(norm > 1e-12 ? v.map((x) => x / norm) : v.map(() => 0));
  }
  return out;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** Scales a vector to unit length (zero vectors stay zero). */
export function normalize(vector: number[]): number[] {
  const norm = Math.hypot(...vector);
  return norm > 0 ? vector.map((x) => x / norm) : vector;
}
