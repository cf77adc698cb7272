/**
 * `npm run train:models`: trains the learned models on the labelled messages under bench/ and writes
 * `knowledge/{intent,urgency,topic}-model.json`. Run it after adding a labelled set (a blind round is
 * measured once first, then trained on). The same files always give the same models.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { INTENTS } from "../src/assistant/intent.js";
import { MODEL_FILES, type ModelName } from "../src/core/learned-model-file.js";
import { LearnedTextModel, type Labelled } from "../src/core/learned-text-model.js";
import { URGENCY_CLASSES } from "../src/feedback/classifier.js";
import { TOPICS } from "../src/feedback/taxonomy.js";
import { readTrainingFiles, trainingSets, type LabelledFile } from "./labelled-data.js";

const root = resolve(import.meta.dirname, "..");
const sets = trainingSets(readTrainingFiles(root));

function write<C extends string>(name: ModelName, classes: readonly C[], set: { files: readonly LabelledFile[]; examples: readonly Labelled<C>[] }): void {
  const started = performance.now();
  const model = LearnedTextModel.train(classes, set.examples, set.files.map((file) => file.source));
  writeFileSync(join(root, MODEL_FILES[name]), `${JSON.stringify(model.toJSON())}\n`);
  process.stdout.write(`${name}: trained on ${set.examples.length} messages from ${set.files.length} files in ${Math.round(performance.now() - started)} ms → ${MODEL_FILES[name]}\n`);
}

write("intent", INTENTS, sets.intent);
write("urgency", URGENCY_CLASSES, sets.urgency);
write("topic", TOPICS, sets.topic);
