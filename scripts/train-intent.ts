/**
 * `npm run train:intent`: trains the learned intent model on every labelled message under bench/
 * and writes `knowledge/intent-model.json`. Run it after adding a labelled set (a blind round is
 * measured once first, then trained on). The same files always give the same model.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { LearnedIntentModel } from "../src/assistant/learned-intent.js";
import { INTENT_MODEL_FILE } from "../src/assistant/intent-model.js";
import { readTrainingFiles } from "./intent-data.js";

const root = resolve(import.meta.dirname, "..");
const files = readTrainingFiles(root);
const started = performance.now();
const model = LearnedIntentModel.train(
  files.flatMap((file) => file.messages),
  files.map((file) => file.source),
);
const target = join(root, INTENT_MODEL_FILE);
writeFileSync(target, `${JSON.stringify(model.toJSON())}\n`);
const messages = files.reduce((total, file) => total + file.messages.length, 0);
process.stdout.write(`trained on ${messages} messages from ${files.length} files in ${Math.round(performance.now() - started)} ms → ${INTENT_MODEL_FILE}\n`);
