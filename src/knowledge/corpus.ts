/**
 * Reads `knowledge/`: every `.txt` or `.md` file is a document (metadata in `<name>.meta.json`),
 * `glossary.json` and `synonyms.json` carry the language data. The hash of all of them decides
 * whether a built index is still current.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { z } from "zod";
import { KnowledgeSourceError } from "../core/errors.js";
import { DocumentMetaSchema, type DocumentMeta, type ParsedDocument } from "./document.js";
import { LanguageDataSchema, type LanguageData } from "./language.js";
import { DEFAULT_CHUNK_OPTIONS, parseDocument, type ChunkOptions } from "./parse.js";

const DOCUMENT_EXTENSIONS = new Set([".txt", ".md"]);
/** Files that change what the index holds; other files in `knowledge/` (area lists…) do not. */
const LANGUAGE_FILES = ["glossary.json", "synonyms.json", "everyday.json"] as const;

/** The source files that make up the index, in a stable order. */
export interface SourceFiles {
  readonly documents: readonly string[];
  readonly metadata: readonly string[];
  readonly language: readonly string[];
}

export interface Corpus {
  readonly documents: readonly ParsedDocument[];
  readonly language: LanguageData;
  /** SHA-256 over the names and contents of every source file and the chunking options. */
  readonly sourceHash: string;
}

/** Lists the files under `dir` that the index is built from. */
export function listSourceFiles(dir: string): SourceFiles {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    throw new KnowledgeSourceError(`cannot read the knowledge folder ${dir}: create it or set KNOWLEDGE_DIR`, { cause: error });
  }
  const documents = names.filter((name) => DOCUMENT_EXTENSIONS.has(extname(name)) && !name.startsWith(".") && statSync(join(dir, name)).isFile());
  if (documents.length === 0) {
    throw new KnowledgeSourceError(`no document (.txt or .md) in ${dir}: put the resolution text there (see README, "Thêm tài liệu")`);
  }
  const metadata = names.filter((name) => name.endsWith(".meta.json"));
  const language = LANGUAGE_FILES.filter((name) => names.includes(name));
  return { documents, metadata, language };
}

/** Hash of the sources; cheap enough to run on every start (a few files, tens of kilobytes). */
export function hashSources(dir: string, files: SourceFiles, chunking: ChunkOptions = DEFAULT_CHUNK_OPTIONS): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(chunking));
  for (const name of [...files.documents, ...files.metadata, ...files.language]) {
    hash.update(`\0${name}\0`);
    hash.update(readFileSync(join(dir, name)));
  }
  return hash.digest("hex");
}

/** Reads and parses every document and the language data. */
export function loadCorpus(dir: string, chunking: ChunkOptions = DEFAULT_CHUNK_OPTIONS): Corpus {
  const files = listSourceFiles(dir);
  const documents = files.documents.map((name) => {
    const id = basename(name, extname(name));
    const meta = readMeta(dir, `${id}.meta.json`, files.metadata);
    return parseDocument(id, name, readFileSync(join(dir, name), "utf8"), meta, chunking);
  });
  const primaries = documents.filter((doc) => doc.meta.primary);
  if (primaries.length > 1) {
    throw new KnowledgeSourceError(`more than one primary document (${primaries.map((doc) => doc.file).join(", ")}): set "primary": true in one .meta.json only`);
  }
  const language: LanguageData = {
    abbreviations: readJson(dir, "glossary.json", files.language, LanguageDataSchema.pick({ abbreviations: true }))?.abbreviations ?? [],
    synonyms: readJson(dir, "synonyms.json", files.language, LanguageDataSchema.pick({ synonyms: true }))?.synonyms ?? [],
    everyday: readJson(dir, "everyday.json", files.language, LanguageDataSchema.pick({ everyday: true }))?.everyday ?? [],
  };
  return { documents, language, sourceHash: hashSources(dir, files, chunking) };
}

function readMeta(dir: string, name: string, present: readonly string[]): Partial<DocumentMeta> {
  if (!present.includes(name)) return {};
  return readJson(dir, name, present, DocumentMetaSchema) ?? {};
}

function readJson<T extends z.ZodType>(dir: string, name: string, present: readonly string[], schema: T): z.infer<T> | undefined {
  if (!present.includes(name)) return undefined;
  const path = join(dir, name);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new KnowledgeSourceError(`${path} is not valid JSON: fix or delete it`, { cause: error });
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new KnowledgeSourceError(`${path}: ${issue?.path.join(".") || "(root)"} ${issue?.message ?? "is invalid"}`);
  }
  return result.data;
}
