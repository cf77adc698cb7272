/**
 * `npm run bench:learned`: how the learned intent model does on messages it never saw. Each blind
 * routing round is held out in turn: the model is trained on every other labelled file and read on
 * the round, and compared with the rules as they stood before the round was first measured
 * (`bench/data/rules-before-rounds.jsonl`, recorded from the commit that added each round), alone and
 * overruled by the model at a few confidence thresholds. The rules' sure signs (a code, another
 * province …) are not applied here, since only the old verdicts were recorded.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { INTENT_DEFAULTS } from "../src/assistant/intent.js";
import { LEARNED_CLASSES, LearnedIntentModel, type LearnedClass } from "../src/assistant/learned-intent.js";
import { readTrainingFiles } from "../scripts/intent-data.js";

const root = resolve(import.meta.dirname, "..");
const before = new Map(
  readFileSync(resolve(root, "bench/data/rules-before-rounds.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; intent: LearnedClass })
    .map((row) => [row.id, row.intent]),
);
const files = readTrainingFiles(root);
const roundOf = (file: string): number => Number(/routing-blind-(\d+)\.jsonl$/u.exec(file)?.[1] ?? Number.NaN);
const rounds = files.filter((file) => !Number.isNaN(roundOf(file.file)) && file.messages.every((message) => before.has(message.id))).sort((a, b) => roundOf(a.file) - roundOf(b.file));
const thresholds = [0.6, 0.7, 0.8, INTENT_DEFAULTS.learnedConfidence].filter((value, index, all) => all.indexOf(value) === index).sort((a, b) => a - b);

interface Read {
  readonly gold: LearnedClass;
  readonly rules: LearnedClass;
  readonly model: LearnedClass;
  readonly probability: number;
}

const reads: Read[][] = [];
for (const round of rounds) {
  const model = LearnedIntentModel.train(files.filter((file) => file !== round).flatMap((file) => file.messages));
  reads.push(round.messages.map((message) => ({ gold: message.intent, rules: before.get(message.id)!, ...pick(model.read(message.text)) })));
}

function pick(opinion: { intent: LearnedClass; probability: number }): { model: LearnedClass; probability: number } {
  return { model: opinion.intent, probability: opinion.probability };
}

type Rule = (read: Read) => LearnedClass;
const ways: [string, Rule][] = [
  ["rules before the round", (read) => read.rules],
  ["learned model alone", (read) => read.model],
  ...thresholds.map((threshold): [string, Rule] => [`rules, overruled at ≥ ${threshold}${threshold === INTENT_DEFAULTS.learnedConfidence ? " (used)" : ""}`, (read) => (read.probability >= threshold ? read.model : read.rules)]),
];

const rate = (rows: readonly Read[], way: Rule, keep: (read: Read) => boolean = () => true): number => {
  const kept = rows.filter(keep);
  return kept.filter((read) => way(read) === read.gold).length / (kept.length || 1);
};
const all = reads.flat();
process.stdout.write(`held out in turn: ${rounds.length} blind rounds, ${all.length} messages; trained each time on the other ${files.length - 1} labelled files\n\n`);
process.stdout.write(`${"".padEnd(40)}intent  report recall  out-of-scope  worst round\n`);
for (const [name, way] of ways) {
  const worst = Math.min(...reads.map((rows) => rate(rows, way)));
  process.stdout.write(
    `${name.padEnd(40)}${rate(all, way).toFixed(3)}  ${rate(all, way, (read) => read.gold === "report").toFixed(3).padStart(13)}  ${rate(all, way, (read) => read.gold === "out-of-scope").toFixed(3).padStart(12)}  ${worst.toFixed(3).padStart(11)}\n`,
  );
}
process.stdout.write(`\nper round (intent): ${rounds.map((round, index) => `rb${roundOf(round.file)} ${rate(reads[index]!, (read) => read.rules).toFixed(2)}→${rate(reads[index]!, ways[ways.length - 1]![1]).toFixed(2)}`).join(", ")}\n`);
process.stdout.write(`classes: ${LEARNED_CLASSES.join(", ")}\n`);
