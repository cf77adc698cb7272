/**
 * The committed learned intent model (`knowledge/intent-model.json`, written by `npm run
 * train:intent`), loaded once on first use.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LearnedIntentFormatError, LearnedIntentModel, type LearnedIntentData } from "./learned-intent.js";

/** Where the model lives, relative to the project root. */
export const INTENT_MODEL_FILE = "knowledge/intent-model.json";

/** The project root, from src/assistant or dist/assistant alike. */
const ROOT = join(fileURLToPath(new URL(".", import.meta.url)), "..", "..");

let loaded: LearnedIntentModel | undefined;

/** The committed model; throws a `LearnedIntentFormatError` saying how to fix a missing or unreadable file. */
export function committedIntentModel(): LearnedIntentModel {
  if (loaded) return loaded;
  let data: LearnedIntentData;
  try {
    data = JSON.parse(readFileSync(join(ROOT, INTENT_MODEL_FILE), "utf8")) as LearnedIntentData;
  } catch (error) {
    throw new LearnedIntentFormatError(`cannot read ${INTENT_MODEL_FILE} (${(error as Error).message}): restore it from git or run \`npm run train:intent\``);
  }
  loaded = LearnedIntentModel.fromJSON(data);
  return loaded;
}
