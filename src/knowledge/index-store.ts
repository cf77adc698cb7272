/**
 * The built index on disk (a git-ignored build folder):
 *   manifest.json   format version, source hash, parser and analyser fingerprints, embedder, checksums
 *   passages.json   documents' metadata and sections, passages, language data
 *   lexical.json    BM25F postings
 *   embedder.json   the fitted corpus LSA model (offline embedder only)
 *   vectors.hnsw    hnswlib graph of the passage vectors
 * Opening checks everything against the sources, this version's parser and analyser, and the
 * configured embedder; anything stale or corrupt is reported and rebuilt, never used.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { IndexUnusableError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { loadCorpus, type Corpus } from "./corpus.js";
import { searchFields, type DocumentMeta, type Passage, type Section } from "./document.js";
import { CorpusLsaEmbeddings, type IdentifiedEmbeddings } from "./embeddings.js";
import { Analyzer, corpusWords, type LanguageData } from "./language.js";
import { LexicalIndex, type LexicalIndexData } from "./lexical.js";
import type { LsaModelData } from "./lsa.js";
import { VectorIndex } from "./vector-index.js";

/** Bump when the index layout changes (the parser and the analyser are checked by fingerprints). */
export const INDEX_FORMAT_VERSION = 3;

/**
 * A text with what the analyser does to passages (accents, numbers, percentages, pairs across
 * punctuation, abbreviations and their definitions, synonyms): its terms change when the analyser
 * does, so an index built by another version is seen as one.
 */
const ANALYSER_PROBE =
  "Hệ thống chính trị (HTCT), Mặt trận Tổ quốc và các tổ chức chính trị - xã hội (CT-XH) tăng khoảng 4,8%/năm; " +
  "hoà giải ở cơ sở, người đứng đầu gương mẫu, khăng khít với Nhân dân; đến ngày 20/12/2021, HĐND và UBND các cấp.";

const FILES = { manifest: "manifest.json", passages: "passages.json", lexical: "lexical.json", embedder: "embedder.json", vectors: "vectors.hnsw" } as const;

/** How passages are embedded: the offline corpus model, or a configured remote embedder. */
export type EmbedderChoice = { readonly kind: "corpus" } | { readonly kind: "remote"; readonly embeddings: IdentifiedEmbeddings };

export interface IndexManifest {
  readonly formatVersion: number;
  readonly sourceHash: string;
  readonly embedder: { readonly id: string; readonly description: string; readonly dimensions: number };
  readonly passageCount: number;
  /** SHA-256 of the passages as this version's parser cut them. */
  readonly parserFingerprint: string;
  /** SHA-256 of the terms this version's analyser gives `ANALYSER_PROBE` (and the first passage). */
  readonly analyserFingerprint: string;
  readonly builtAt: string;
  readonly buildMs: number;
  /** SHA-256 of each index file. */
  readonly checksums: Readonly<Record<string, string>>;
}

/** A document as the index keeps it: metadata and outline, without its text. */
export interface IndexedDocument {
  readonly id: string;
  readonly file: string;
  readonly meta: DocumentMeta;
  readonly sections: readonly Section[];
}

/** Everything retrieval needs, in memory. */
export interface KnowledgeIndex {
  readonly manifest: IndexManifest;
  readonly documents: readonly IndexedDocument[];
  readonly passages: readonly Passage[];
  readonly analyzer: Analyzer;
  readonly lexical: LexicalIndex;
  readonly vectors: VectorIndex;
  readonly embeddings: IdentifiedEmbeddings;
}

export interface OpenIndexOptions {
  readonly knowledgeDir: string;
  readonly indexDir: string;
  readonly embedder: EmbedderChoice;
  readonly logger: Logger;
  /** Rebuild even when the stored index is current (`npm run index`). */
  readonly force?: boolean;
}

interface PassagesFile {
  readonly formatVersion: number;
  readonly sourceHash: string;
  readonly documents: readonly IndexedDocument[];
  readonly passages: readonly Passage[];
  readonly language: LanguageData;
}

/** Opens the index, rebuilding it first when it is missing, stale or corrupt. */
export async function openIndex(options: OpenIndexOptions): Promise<{ index: KnowledgeIndex; rebuilt: boolean; reason?: string }> {
  if (!options.force) {
    const corpus = loadCorpus(options.knowledgeDir);
    const expected = { sourceHash: corpus.sourceHash, parserFingerprint: parserFingerprint(corpus.documents.flatMap((doc) => doc.passages)) };
    try {
      return { index: readIndex(options.indexDir, expected, options.embedder), rebuilt: false };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      options.logger.info({ indexDir: options.indexDir, reason }, "knowledge index unusable, rebuilding");
      return { index: await buildIndex(options, corpus), rebuilt: true, reason };
    }
  }
  return { index: await buildIndex(options), rebuilt: true, reason: "rebuild requested" };
}

/** Builds the index from `knowledge/` and writes it atomically (a half-written index is never seen). */
export async function buildIndex(options: OpenIndexOptions, corpus: Corpus = loadCorpus(options.knowledgeDir)): Promise<KnowledgeIndex> {
  const started = performance.now();
  const passages = corpus.documents.flatMap((doc) => doc.passages);
  const analyzer = new Analyzer(corpus.language, corpusWords(passages.map((passage) => passage.text)));
  const fields = passages.map(searchFields);
  const lexical = LexicalIndex.build(
    fields.map(({ text, context }) => ({
      text: analyzer.analyze(text, { role: "passage" }).map((term) => term.key),
      context: analyzer.analyze(context, { role: "passage" }).map((term) => term.key),
    })),
  );
  const texts = fields.map((field) => field.text);
  const embeddings = options.embedder.kind === "corpus" ? CorpusLsaEmbeddings.fit(texts, analyzer) : options.embedder.embeddings;
  const vectorList = await embeddings.embedDocuments(texts);
  const vectors = VectorIndex.build(vectorList);
  const documents = corpus.documents.map(({ id, file, meta, sections }) => ({ id, file, meta, sections }));
  const buildMs = Math.round(performance.now() - started);

  const contents: Record<string, string | Buffer> = {
    [FILES.passages]: JSON.stringify({ formatVersion: INDEX_FORMAT_VERSION, sourceHash: corpus.sourceHash, documents, passages, language: corpus.language } satisfies PassagesFile),
    [FILES.lexical]: JSON.stringify(lexical.toJSON()),
  };
  if (embeddings instanceof CorpusLsaEmbeddings) contents[FILES.embedder] = JSON.stringify(embeddings.toJSON());
  const manifestBase = {
    formatVersion: INDEX_FORMAT_VERSION,
    sourceHash: corpus.sourceHash,
    embedder: { ...embeddings.info, dimensions: vectors.dimensions },
    passageCount: passages.length,
    parserFingerprint: parserFingerprint(passages),
    analyserFingerprint: analyserFingerprint(analyzer, passages),
    builtAt: new Date().toISOString(),
    buildMs,
  };
  writeAtomically(options.indexDir, contents, vectors, manifestBase);
  options.logger.info({ passages: passages.length, embedder: embeddings.info.id, buildMs }, "knowledge index built");
  const manifest = JSON.parse(readFileSync(join(options.indexDir, FILES.manifest), "utf8")) as IndexManifest;
  return { manifest, documents, passages, analyzer, lexical, vectors, embeddings };
}

function writeAtomically(indexDir: string, contents: Record<string, string | Buffer>, vectors: VectorIndex, manifestBase: Omit<IndexManifest, "checksums">): void {
  mkdirSync(dirname(indexDir), { recursive: true });
  const staging = `${indexDir}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  mkdirSync(staging, { recursive: true });
  try {
    const checksums: Record<string, string> = {};
    for (const [name, content] of Object.entries(contents)) {
      writeFileSync(join(staging, name), content);
      checksums[name] = sha256(content);
    }
    vectors.write(join(staging, FILES.vectors));
    checksums[FILES.vectors] = sha256(readFileSync(join(staging, FILES.vectors)));
    writeFileSync(join(staging, FILES.manifest), JSON.stringify({ ...manifestBase, checksums } satisfies IndexManifest, null, 2));
    replaceDirectory(staging, indexDir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Swaps the staging folder in; if another process swapped in its own meanwhile, theirs is as good. */
function replaceDirectory(staging: string, target: string): void {
  const aside = `${target}.old-${process.pid}-${randomBytes(4).toString("hex")}`;
  if (existsSync(target)) renameSync(target, aside);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (!existsSync(target)) throw error;
  } finally {
    rmSync(aside, { recursive: true, force: true });
  }
}

/** What a stored index must have been built from: the sources as they are, cut by this version's parser. */
export interface ExpectedIndex {
  readonly sourceHash: string;
  readonly parserFingerprint: string;
}

/** Reads and verifies a stored index; throws `IndexUnusableError` saying why it cannot be used. */
export function readIndex(indexDir: string, expected: ExpectedIndex, embedder: EmbedderChoice): KnowledgeIndex {
  const manifest = readJsonFile<IndexManifest>(join(indexDir, FILES.manifest));
  if (manifest.formatVersion !== INDEX_FORMAT_VERSION) throw new IndexUnusableError(`index format ${manifest.formatVersion}, this version reads ${INDEX_FORMAT_VERSION}`);
  if (manifest.sourceHash !== expected.sourceHash) throw new IndexUnusableError("knowledge/ changed since the index was built");
  if (manifest.parserFingerprint !== expected.parserFingerprint) throw new IndexUnusableError("the index was built by another version of the parser or of the searched fields");
  const wanted = embedder.kind === "remote" ? embedder.embeddings.info.id : "corpus-lsa-";
  const matches = embedder.kind === "remote" ? manifest.embedder.id === wanted : manifest.embedder.id.startsWith(wanted);
  if (!matches) throw new IndexUnusableError(`index was built with embedder ${manifest.embedder.id}, configured is ${wanted}…`);
  for (const [name, checksum] of Object.entries(manifest.checksums)) {
    const path = join(indexDir, name);
    if (!existsSync(path)) throw new IndexUnusableError(`${name} is missing`);
    if (sha256(readFileSync(path)) !== checksum) throw new IndexUnusableError(`${name} is corrupt (checksum mismatch)`);
  }
  const stored = readJsonFile<PassagesFile>(join(indexDir, FILES.passages));
  if (stored.passages.length !== manifest.passageCount) throw new IndexUnusableError("passages.json does not match the manifest");
  const analyzer = new Analyzer(stored.language, corpusWords(stored.passages.map((passage) => passage.text)));
  if (manifest.analyserFingerprint !== analyserFingerprint(analyzer, stored.passages)) throw new IndexUnusableError("the index was built by another version of the analyser");
  const lexical = LexicalIndex.fromJSON(readJsonFile<LexicalIndexData>(join(indexDir, FILES.lexical)));
  const embeddings =
    embedder.kind === "remote" ? embedder.embeddings : CorpusLsaEmbeddings.fromJSON(readJsonFile<LsaModelData>(join(indexDir, FILES.embedder)), analyzer);
  const vectors = VectorIndex.read(join(indexDir, FILES.vectors), manifest.embedder.dimensions, manifest.passageCount);
  return { manifest, documents: stored.documents, passages: stored.passages, analyzer, lexical, vectors, embeddings };
}

function readJsonFile<T>(path: string): T {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new IndexUnusableError(`${path} is missing`);
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new IndexUnusableError(`${path} is not valid JSON`);
  }
}

/** The passages as the parser cuts them and as they are searched: a change to either (the words searched with the letterhead, say) rebuilds the index. */
function parserFingerprint(passages: readonly Passage[]): string {
  return sha256(JSON.stringify(passages.map((passage) => [passage, searchFields(passage)])));
}

function analyserFingerprint(analyzer: Analyzer, passages: readonly Passage[]): string {
  const probe = [ANALYSER_PROBE, passages[0]?.text ?? ""].map((text) => analyzer.analyze(text, { role: "passage" }).map((term) => term.key).join(" "));
  return sha256(probe.join("\n"));
}

function sha256(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}
