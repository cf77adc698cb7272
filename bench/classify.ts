/**
 * `npm run bench:classify [-- path/to/feedback.jsonl]`: quality and speed of the offline feedback
 * classifier on the given set — such as the staff's corrections exported from the dashboard
 * (/inbox/corrections.jsonl: the reports whose topic or urgency staff corrected) — or the dev set
 * (../shared/eval/dev-feedback.jsonl, or its copy in bench/data; scoring rules in
 * ../shared/eval/README.md), the same messages typed without diacritics, and the project's own
 * held-out messages (bench/data/extra-feedback.jsonl, written after the dev set's gaps were seen), and
 * blind messages (bench/data/blind-feedback*.jsonl, written by helpers who never saw the classifier),
 * urgency held-out messages (bench/data/own-feedback.jsonl, written before the urgency cues were widened by kind),
 * topic and urgency held-out messages by kind (bench/data/own-feedback-2.jsonl, written before issue 12's third pass),
 * side by side with a keyword baseline in the same run.
 *
 * The baseline is what one would write in ten minutes from the evaluation guide alone: a message gets
 * the topic whose guide description (`TOPIC_DESCRIPTIONS`) shares the most words with it (diacritics
 * folded, `khac` when none), and is urgent when it contains "gấp", "khẩn", "cứu", "ngay" or "đang".
 * The majority class is printed too, as the floor.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fold, tokenize } from "../src/core/text.js";
import { classifyFeedback } from "../src/feedback/classifier.js";
import { TOPIC_DESCRIPTIONS, TOPICS, type Topic } from "../src/feedback/taxonomy.js";
import { percentile } from "./stats.js";

interface Message {
  readonly id: string;
  readonly text: string;
  readonly topic: Topic;
  readonly urgent: boolean;
}

interface Verdict {
  readonly message: Message;
  readonly topic: Topic;
  readonly urgent: boolean;
  readonly ms: number;
}

const sharedDev = resolve("../shared/eval/dev-feedback.jsonl");
const devPath = resolve(process.argv[2] ?? (existsSync(sharedDev) ? sharedDev : "bench/data/dev-feedback.jsonl"));
const extraPath = resolve("bench/data/extra-feedback.jsonl");
const blindPath = resolve("bench/data/blind-feedback.jsonl");
const blind2Path = resolve("bench/data/blind-feedback-2.jsonl");
/** Held-out urgency and everyday-topic messages written before the urgency cues were widened by kind (issue 12). */
const ownPath = resolve("bench/data/own-feedback.jsonl");
const own2Path = resolve("bench/data/own-feedback-2.jsonl");
/** Whole-set passes for the throughput figure: one pass of 40 messages is too short to time. */
const SPEED_PASSES = 50;

function readMessages(path: string): Message[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Message);
}

function withoutDiacritics(messages: readonly Message[]): Message[] {
  return messages.map((message) => ({ ...message, text: fold(message.text) }));
}

// ---- the two classifiers ----------------------------------------------------------------------

function ours(message: Message): Omit<Verdict, "ms"> {
  const verdict = classifyFeedback(message.text);
  return { message, topic: verdict.topic, urgent: verdict.urgent };
}

const descriptionWords = new Map(TOPICS.filter((topic) => topic !== "khac").map((topic) => [topic, new Set(tokenize(TOPIC_DESCRIPTIONS[topic]).map((token) => token.folded))]));
const BASELINE_URGENT_WORDS = new Set(["gap", "khan", "cuu", "ngay", "dang"]);

function baseline(message: Message): Omit<Verdict, "ms"> {
  const words = tokenize(message.text).map((token) => token.folded);
  let topic: Topic = "khac";
  let best = 0;
  for (const [candidate, vocabulary] of descriptionWords) {
    const shared = words.filter((word) => vocabulary.has(word)).length;
    if (shared > best) [topic, best] = [candidate, shared];
  }
  return { message, topic, urgent: words.some((word) => BASELINE_URGENT_WORDS.has(word)) };
}

function run(classify: (message: Message) => Omit<Verdict, "ms">, messages: readonly Message[]): Verdict[] {
  for (const message of messages.slice(0, 10)) classify(message); // warm-up, not measured
  return messages.map((message) => {
    const started = performance.now();
    const verdict = classify(message);
    return { ...verdict, ms: performance.now() - started };
  });
}

/** Messages per second over `SPEED_PASSES` passes of the set. */
function throughput(classify: (message: Message) => Omit<Verdict, "ms">, messages: readonly Message[]): number {
  const started = performance.now();
  for (let pass = 0; pass < SPEED_PASSES; pass++) for (const message of messages) classify(message);
  return (SPEED_PASSES * messages.length) / ((performance.now() - started) / 1000);
}

// ---- scoring ----------------------------------------------------------------------------------

interface Scores {
  readonly n: number;
  readonly accuracy: number;
  readonly macroF1: number;
  readonly f1: Readonly<Record<Topic, number>>;
  readonly urgentPrecision: number;
  readonly urgentRecall: number;
  readonly urgentGold: number;
}

function f1Of(verdicts: readonly Verdict[], topic: Topic): number {
  const tp = verdicts.filter((v) => v.topic === topic && v.message.topic === topic).length;
  const predicted = verdicts.filter((v) => v.topic === topic).length;
  const gold = verdicts.filter((v) => v.message.topic === topic).length;
  if (tp === 0) return 0;
  const precision = tp / predicted;
  const recall = tp / gold;
  return (2 * precision * recall) / (precision + recall);
}

function score(verdicts: readonly Verdict[]): Scores {
  const present = TOPICS.filter((topic) => verdicts.some((v) => v.message.topic === topic));
  const f1 = Object.fromEntries(TOPICS.map((topic) => [topic, f1Of(verdicts, topic)])) as Record<Topic, number>;
  const flagged = verdicts.filter((v) => v.urgent);
  const gold = verdicts.filter((v) => v.message.urgent);
  const caught = flagged.filter((v) => v.message.urgent).length;
  return {
    n: verdicts.length,
    accuracy: verdicts.filter((v) => v.topic === v.message.topic).length / Math.max(verdicts.length, 1),
    // Macro-F1 over the topics the set contains: a topic with no message has no F1 to average.
    macroF1: present.reduce((sum, topic) => sum + f1[topic], 0) / Math.max(present.length, 1),
    f1,
    urgentPrecision: flagged.length ? caught / flagged.length : 0,
    urgentRecall: gold.length ? caught / gold.length : 0,
    urgentGold: gold.length,
  };
}

function confusions(verdicts: readonly Verdict[]): string[] {
  const pairs = new Map<string, string[]>();
  for (const v of verdicts.filter((item) => item.topic !== item.message.topic)) {
    const key = `${v.message.topic} → ${v.topic}`;
    pairs.set(key, [...(pairs.get(key) ?? []), v.message.id]);
  }
  return [...pairs].sort((a, b) => b[1].length - a[1].length).map(([pair, ids]) => `${pair} ×${ids.length} (${ids.join(" ")})`);
}

function urgentMistakes(verdicts: readonly Verdict[]): string {
  const missed = verdicts.filter((v) => v.message.urgent && !v.urgent).map((v) => v.message.id);
  const falseAlarms = verdicts.filter((v) => !v.message.urgent && v.urgent).map((v) => v.message.id);
  return `missed ${missed.length ? missed.join(" ") : "none"}; false alarms ${falseAlarms.length ? falseAlarms.join(" ") : "none"}`;
}

function majorityAccuracy(messages: readonly Message[]): { topic: Topic; accuracy: number } {
  const counts = TOPICS.map((topic) => [topic, messages.filter((m) => m.topic === topic).length] as const).sort((a, b) => b[1] - a[1]);
  const [topic, count] = counts[0]!;
  return { topic, accuracy: count / Math.max(messages.length, 1) };
}


// ---- printing ---------------------------------------------------------------------------------

const format = (value: number) => value.toFixed(3);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "—");

function printSet(title: string, messages: readonly Message[], mine: readonly Verdict[], base: readonly Verdict[]): void {
  const o = score(mine);
  const b = score(base);
  const majority = majorityAccuracy(messages);
  console.log(`\n${title} — ${o.n} messages, ${o.urgentGold} urgent`);
  console.log(`  ${"".padEnd(22)} ${"ours".padStart(7)} ${"baseline".padStart(9)}   ratio`);
  const row = (label: string, a: number, c: number) => console.log(`  ${label.padEnd(22)} ${format(a).padStart(7)} ${format(c).padStart(9)}   ${ratio(a, c)}`);
  row("topic accuracy", o.accuracy, b.accuracy);
  row("topic macro-F1", o.macroF1, b.macroF1);
  row("urgent precision", o.urgentPrecision, b.urgentPrecision);
  row("urgent recall", o.urgentRecall, b.urgentRecall);
  console.log(`  majority class (${majority.topic}) accuracy ${format(majority.accuracy)}`);
  console.log(`  per-topic F1:     ${TOPICS.map((topic) => `${topic} ${format(o.f1[topic])}`).join("  ")}`);
  console.log(`  baseline F1:      ${TOPICS.map((topic) => `${topic} ${format(b.f1[topic])}`).join("  ")}`);
  const pairs = confusions(mine);
  console.log(`  confusions (gold → ours): ${pairs.length ? pairs.join("; ") : "none"}`);
  console.log(`  urgent: ${urgentMistakes(mine)}`);
}

// ---- run --------------------------------------------------------------------------------------

const dev = readMessages(devPath);
const extra = readMessages(extraPath);
const blind = readMessages(blindPath);
const blind2 = readMessages(blind2Path);
const own = readMessages(ownPath);
const own2 = readMessages(own2Path);
const folded = withoutDiacritics(dev);
const sets: Array<[string, Message[]]> = [
  [process.argv[2] ? `Given set (${devPath})` : "Dev set", dev],
  [`${process.argv[2] ? "Given set" : "Dev set"} typed without diacritics`, folded],
  ["Own held-out messages (bench/data/extra-feedback.jsonl)", extra],
  ["Blind messages (bench/data/blind-feedback.jsonl)", blind],
  ["Second blind messages (bench/data/blind-feedback-2.jsonl)", blind2],
  ["Own urgency held-out messages (bench/data/own-feedback.jsonl)", own],
  ["Own urgency held-out messages typed without diacritics", withoutDiacritics(own)],
  ["Own held-out messages by kind (bench/data/own-feedback-2.jsonl)", own2],
];

console.log(`Trợ lý Dân vận — feedback classification benchmark (${new Date().toISOString()})`);
console.log(`dev set: ${devPath} (${dev.length} messages); held-out: ${extraPath} (${extra.length}), ${blindPath} (${blind.length}), ${blind2Path} (${blind2.length}), ${ownPath} (${own.length}), ${own2Path} (${own2.length})`);
console.log("baseline: topic whose guide description shares most folded words, urgent if gấp/khẩn/cứu/ngay/đang");
const results = sets.map(([title, messages]) => {
  const mine = run(ours, messages);
  const base = run(baseline, messages);
  printSet(title, messages, mine, base);
  return { mine, base };
});

const everything = sets.flatMap(([, messages]) => messages);
const ourMs = results.flatMap((result) => result.mine.map((v) => v.ms));
const baseMs = results.flatMap((result) => result.base.map((v) => v.ms));
const ourRate = throughput(ours, everything);
const baseRate = throughput(baseline, everything);
const long = { id: "long", text: `${dev.map((m) => m.text).join(" ")} `.repeat(4).slice(0, 20_000), topic: "khac" as Topic, urgent: false };
const longMs = run(ours, [long])[0]!.ms;
console.log("\nSpeed (this machine, one process, offline classifier only)");
console.log(`  ours:     ${Math.round(ourRate).toLocaleString("en")} messages/s, p50 ${format(percentile(ourMs, 50))} ms, p95 ${format(percentile(ourMs, 95))} ms`);
console.log(`  baseline: ${Math.round(baseRate).toLocaleString("en")} messages/s, p50 ${format(percentile(baseMs, 50))} ms, p95 ${format(percentile(baseMs, 95))} ms`);
console.log(`  ratio p95 ours/baseline ${ratio(percentile(ourMs, 95), percentile(baseMs, 95))}; throughput ours/baseline ${ratio(ourRate, baseRate)}`);
console.log(`  one 20,000-character message: ${longMs.toFixed(1)} ms`);

const devScores = score(results[0]!.mine);
const targets: Array<[string, boolean]> = [
  [`topic accuracy ≥ 0.85 (dev: ${format(devScores.accuracy)})`, devScores.accuracy >= 0.85],
  [`urgent recall ≥ 0.9 (dev: ${format(devScores.urgentRecall)})`, devScores.urgentRecall >= 0.9],
  [`urgent precision ≥ 0.7 (dev: ${format(devScores.urgentPrecision)})`, devScores.urgentPrecision >= 0.7],
];
console.log("\nTargets");
for (const [label, met] of targets) console.log(`  ${met ? "met    " : "NOT MET"}  ${label}`);
