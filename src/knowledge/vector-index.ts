/**
 * Approximate nearest-neighbour search over passage vectors with hnswlib (cosine space). Labels are
 * passage positions; passage metadata lives in its own file next to the vector file.
 */
import hnswlib from "hnswlib-node";

const { HierarchicalNSW } = hnswlib;
type Hnsw = InstanceType<typeof HierarchicalNSW>;

/** Graph parameters: named defaults sized for thousands of passages, fixed seed for reproducible builds. */
export const HNSW_PARAMS = { m: 16, efConstruction: 200, efSearch: 64, seed: 42 } as const;

export interface VectorHit {
  readonly doc: number;
  /** Cosine similarity in [-1, 1]. */
  readonly similarity: number;
}

export class VectorIndex {
  private constructor(
    private readonly index: Hnsw,
    readonly dimensions: number,
    readonly count: number,
  ) {}

  /** Builds the graph from unit vectors, labelled by position. */
  static build(vectors: readonly number[][]): VectorIndex {
    const dimensions = vectors[0]?.length ?? 0;
    if (dimensions === 0) throw new Error("no vectors to index");
    const index = new HierarchicalNSW("cosine", dimensions);
    index.initIndex({ maxElements: vectors.length, m: HNSW_PARAMS.m, efConstruction: HNSW_PARAMS.efConstruction, randomSeed: HNSW_PARAMS.seed });
    vectors.forEach((vector, label) => {
      if (vector.length !== dimensions) throw new Error(`vector ${label} has ${vector.length} dimensions, expected ${dimensions}`);
      index.addPoint(usable(vector), label);
    });
    index.setEf(HNSW_PARAMS.efSearch);
    return new VectorIndex(index, dimensions, vectors.length);
  }

  /**
   * Reads a vector file written by `write`. The caller checks the file's checksum first: hnswlib
   * trusts its input and a truncated file can bring the process down instead of throwing.
   */
  static read(file: string, dimensions: number, expectedCount: number): VectorIndex {
    const index = new HierarchicalNSW("cosine", dimensions);
    index.readIndexSync(file);
    const count = index.getCurrentCount();
    if (count !== expectedCount) throw new Error(`vector file holds ${count} vectors, expected ${expectedCount}`);
    // hnswlib does not store ef in the file: without this, searches use ef = 10 and lose recall.
    index.setEf(HNSW_PARAMS.efSearch);
    return new VectorIndex(index, dimensions, count);
  }

  write(file: string): void {
    this.index.writeIndexSync(file);
  }

  /** The `k` nearest passages; none for a zero vector (a text sharing nothing with the corpus). */
  search(vector: readonly number[], k: number): VectorHit[] {
    if (vector.length !== this.dimensions) throw new Error(`query vector has ${vector.length} dimensions, index has ${this.dimensions}`);
    if (!vector.some((x) => x !== 0)) return [];
    const { neighbors, distances } = this.index.searchKnn([...vector], Math.min(k, this.count));
    return neighbors.map((doc, i) => ({ doc, similarity: 1 - (distances[i] ?? 1) }));
  }
}

/** hnswlib's cosine space normalises vectors and divides by zero on an all-zero one. */
function usable(vector: readonly number[]): number[] {
  return vector.some((x) => x !== 0) ? [...vector] : vector.map((_, i) => (i === 0 ? 1e-9 : 0));
}
