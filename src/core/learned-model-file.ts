/**
 * The committed learned models (`knowledge/*-model.json`, written by `npm run train:models`), each
 * loaded once on first use. They are read from the project's own `knowledge/` whatever
 * `KNOWLEDGE_DIR` says: they are about how people write, not about a document.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LearnedModelFormatError, LearnedTextModel, type LearnedModelData } from "./learned-text-model.js";

/** Each model's file, relative to the project root. */
export const MODEL_FILES = {
  /** question, report, smalltalk, out-of-scope, tracking. */
  intent: "knowledge/intent-model.json",
  /** Whether a report is urgent. */
  urgency: "knowledge/urgency-model.json",
  /** A report's topic. */
  topic: "knowledge/topic-model.json",
} as const;
export type ModelName = keyof typeof MODEL_FILES;

/** The project root, from src/core or dist/core alike. */
export const PROJECT_ROOT = join(fileURLToPath(new URL(".", import.meta.url)), "..", "..");

const loaded = new Map<ModelName, LearnedTextModel<string>>();

/** A committed model over `classes`; throws a `LearnedModelFormatError` saying how to fix a missing or unreadable file. */
export function committedModel<C extends string>(name: ModelName, classes: readonly C[]): LearnedTextModel<C> {
  const cached = loaded.get(name);
  if (cached) return cached as LearnedTextModel<C>;
  let data: LearnedModelData;
  try {
    data = JSON.parse(readFileSync(join(PROJECT_ROOT, MODEL_FILES[name]), "utf8")) as LearnedModelData;
  } catch (error) {
    throw new LearnedModelFormatError(`cannot read ${MODEL_FILES[name]} (${(error as Error).message}): restore it from git or run \`npm run train:models\``);
  }
  const model = LearnedTextModel.fromJSON(data, classes);
  loaded.set(name, model);
  return model;
}
