/**
 * `npm run bench:learned`: how the learned models do on messages they never saw. Each blind round is
 * held out in turn: the model is trained on every other labelled file and read on the round, and
 * compared with the rules as they stood before the round was first measured (recorded in
 * `bench/recorded/` from the commit that added each round), alone and combined with the model at a few
 * thresholds. Intent on the routing rounds; urgency and topic on the feedback rounds. The rules' sure
 * signs (a code, another province …) are not applied here, since only the old verdicts were recorded.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { INTENT_DEFAULTS, INTENTS, learnedThreshold, type Intent } from "../src/assistant/intent.js";
import { LearnedTextModel } from "../src/core/learned-text-model.js";
import { LEARNED_FEEDBACK_DEFAULTS, URGENCY_CLASSES } from "../src/feedback/classifier.js";
import { TOPICS, type Topic } from "../src/feedback/taxonomy.js";
import { readTrainingFiles, trainingSets, type LabelledFile } from "../scripts/labelled-data.js";

const root = resolve(import.meta.dirname, "..");
const files = readTrainingFiles(root);

function recorded<T>(name: string): Map<string, T> {
  const rows = readFileSync(resolve(root, "bench/recorded", name), "utf8").split("\n").filter(Boolean);
  return new Map(rows.map((line) => JSON.parse(line) as T & { id: string }).map((row) => [row.id, row]));
}

/** The blind rounds of one kind whose every message has a recorded verdict, by round number. */
function roundsOf(kind: "routing" | "feedback", known: Map<string, unknown>): LabelledFile[] {
  const number = (file: string): number => Number(new RegExp(`${kind}-blind(?:-(\\d+))?\\.jsonl$`, "u").exec(file)?.[1] ?? (file.includes(`${kind}-blind`) ? 1 : Number.NaN));
  return files.filter((file) => !Number.isNaN(number(file.file)) && file.messages.every((message) => known.has(message.id))).sort((a, b) => number(a.file) - number(b.file));
}

const rate = (hits: readonly boolean[]): string => (hits.filter(Boolean).length / (hits.length || 1)).toFixed(3);
const line = (cells: readonly string[], widths: readonly number[]): string => `${cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[index]!))).join("  ")}\n`;

// Intent on the routing rounds.
const rulesIntent = recorded<{ intent: Intent }>("rules-before-routing-rounds.jsonl");
const routing = roundsOf("routing", rulesIntent);
const intentReads = routing.map((round) => {
  const set = trainingSets(files.filter((file) => file !== round)).intent;
  const model = LearnedTextModel.train(INTENTS, set.examples);
  return round.messages.map((message) => ({ gold: message.intent, text: message.text, history: message.history ?? [], rules: rulesIntent.get(message.id)!.intent, ...model.read(message.text) }));
});
const intentAll = intentReads.flat();
process.stdout.write(`Intent: ${routing.length} blind routing rounds held out in turn, ${intentAll.length} messages\n`);
const widths = [44, 7, 14, 13, 17, 12];
process.stdout.write(line(["", "intent", "report recall", "out-of-scope", "questions kept", "worst round"], widths));
const intentWays: [string, (read: (typeof intentAll)[number]) => Intent][] = [
  ["rules before the round", (read) => read.rules],
  ["learned model alone", (read) => read.label],
  ...[0.6, 0.7, 0.8, INTENT_DEFAULTS.learnedConfidence].filter((value, index, all) => all.indexOf(value) === index).sort((a, b) => a - b).map((threshold): [string, (read: (typeof intentAll)[number]) => Intent] => [
    `rules, overruled at ≥ ${threshold}`,
    (read) => (read.probability >= threshold ? read.label : read.rules),
  ]),
  // Towards out-of-scope the model may overrule sooner, unless the rules read a greeting, it names the documents or goes on from a question in their domain (`learnedThreshold`).
  ...[0.6, 0.7, INTENT_DEFAULTS.outOfScopeConfidence].filter((value, index, all) => all.indexOf(value) === index).sort((a, b) => a - b).map((threshold): [string, (read: (typeof intentAll)[number]) => Intent] => [
    `… and towards out-of-scope at ≥ ${threshold}${threshold === INTENT_DEFAULTS.outOfScopeConfidence ? " (used)" : ""}`,
    (read) => (read.probability >= learnedThreshold(read.label, read.text, read.rules, threshold, read.history) ? read.label : read.rules),
  ]),
  [
    `… at ≥ ${INTENT_DEFAULTS.outOfScopeConfidence}, even naming the documents`,
    (read) => (read.probability >= (read.label === "out-of-scope" && read.rules !== "smalltalk" ? INTENT_DEFAULTS.outOfScopeConfidence : INTENT_DEFAULTS.learnedConfidence) ? read.label : read.rules),
  ],
];
for (const [name, way] of intentWays) {
  const worst = Math.min(...intentReads.map((reads) => Number(rate(reads.map((read) => way(read) === read.gold)))));
  const of = (gold: Intent) => rate(intentAll.filter((read) => read.gold === gold).map((read) => way(read) === gold));
  process.stdout.write(line([name, rate(intentAll.map((read) => way(read) === read.gold)), of("report"), of("out-of-scope"), of("question"), worst.toFixed(3)], widths));
}

// Urgency and topic on the feedback rounds.
const rulesFeedback = recorded<{ topic: Topic; urgent: boolean }>("rules-before-feedback-rounds.jsonl");
const feedback = roundsOf("feedback", rulesFeedback);
const feedbackReads = feedback.map((round) => {
  const sets = trainingSets(files.filter((file) => file !== round));
  const urgency = LearnedTextModel.train(URGENCY_CLASSES, sets.urgency.examples);
  const topic = LearnedTextModel.train(TOPICS, sets.topic.examples);
  return round.messages.map((message) => ({ message, rules: rulesFeedback.get(message.id)!, urgentProbability: urgency.probabilityOf(message.text, "urgent"), topic: topic.read(message.text) }));
});
const feedbackAll = feedbackReads.flat();
process.stdout.write(`\nComplaints: ${feedback.length} blind feedback rounds held out in turn, ${feedbackAll.length} messages, ${feedbackAll.filter((read) => read.message.urgent).length} urgent\n`);
process.stdout.write(line(["", "urgent recall", "precision", "worst-round recall"], [40, 13, 9, 18]));
type FeedbackRead = (typeof feedbackAll)[number];
const urgencyWays: [string, (read: FeedbackRead) => boolean][] = [
  ["rules before the round", (read) => read.rules.urgent],
  ["learned model alone (≥ 0.5)", (read) => read.urgentProbability >= 0.5],
  ...[0.3, LEARNED_FEEDBACK_DEFAULTS.urgentConfidence, 0.7].filter((value, index, all) => all.indexOf(value) === index).sort((a, b) => a - b).map((threshold): [string, (read: FeedbackRead) => boolean] => [
    `rules, or the model at ≥ ${threshold}${threshold === LEARNED_FEEDBACK_DEFAULTS.urgentConfidence ? " (used)" : ""}`,
    (read) => read.rules.urgent || read.urgentProbability >= threshold,
  ]),
];
for (const [name, way] of urgencyWays) {
  const urgent = feedbackAll.filter((read) => read.message.urgent);
  const flagged = feedbackAll.filter(way);
  const worst = Math.min(...feedbackReads.map((reads) => Number(rate(reads.filter((read) => read.message.urgent).map(way)))));
  process.stdout.write(line([name, rate(urgent.map(way)), rate(flagged.map((read) => read.message.urgent === true)), worst.toFixed(3)], [40, 13, 9, 18]));
}
process.stdout.write(line(["", "topic accuracy", "worst round"], [40, 14, 11]));
const topicWays: [string, (read: FeedbackRead) => Topic][] = [
  ["rules before the round", (read) => read.rules.topic],
  ["learned model alone", (read) => read.topic.label],
  ...[0.6, LEARNED_FEEDBACK_DEFAULTS.topicConfidence, 0.85, 0.9].filter((value, index, all) => all.indexOf(value) === index).sort((a, b) => a - b).map((threshold): [string, (read: FeedbackRead) => Topic] => [
    `rules, overruled at ≥ ${threshold}${threshold === LEARNED_FEEDBACK_DEFAULTS.topicConfidence ? " (used)" : ""}`,
    (read) => (read.topic.probability >= threshold ? read.topic.label : read.rules.topic),
  ]),
];
for (const [name, way] of topicWays) {
  const worst = Math.min(...feedbackReads.map((reads) => Number(rate(reads.map((read) => way(read) === read.message.topic)))));
  process.stdout.write(line([name, rate(feedbackAll.map((read) => way(read) === read.message.topic)), worst.toFixed(3)], [40, 14, 11]));
}
