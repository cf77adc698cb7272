/**
 * `npm run bench:routing [-- file.jsonl …]`: how chat messages are understood, on the dev set
 * (../shared/eval/dev-routing.jsonl, or its copy in bench/data; format and scoring in
 * ../shared/eval/README.md) and on any other files given (the project's own held-out set
 * bench/data/own-routing.jsonl and the blind sets in bench/blind/ when present;
 * a question set — `q`, `kind`, `section` — is read as questions and out-of-scope questions).
 * Offline default (rules and the corpus index), as a fresh install runs it. Prints per file: intent
 * accuracy and confusion, report recall and precision, the question/out-of-scope confusion, hit@1/hit@3
 * by section for questions, report topic accuracy, and the issue's targets; next to a baseline measured
 * in the same run (what the assistant did before: every private message searched as a question).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { offlineIntentClassifier, INTENTS, type Intent } from "../src/assistant/intent.js";
import { understand, type UnderstandDeps } from "../src/assistant/understand.js";
import { createLogger } from "../src/core/logger.js";
import { offlineClassifier } from "../src/feedback/classifier.js";
import type { Answer } from "../src/knowledge/answer.js";
import { KnowledgeBase } from "../src/knowledge/knowledge-base.js";
import { percentile } from "./stats.js";

interface Item {
  readonly id: string;
  readonly text: string;
  readonly history?: readonly string[];
  readonly intent: Intent;
  readonly section?: string | null;
  readonly topic?: string | null;
}

interface Outcome {
  readonly item: Item;
  readonly intent: Intent;
  /** Rank (0-based) of the first passage from the gold section; -1 when none (or not answered). */
  readonly rank: number;
  readonly topic?: string;
  readonly ms: number;
}

const sharedDev = resolve("../shared/eval/dev-routing.jsonl");
const devPath = existsSync(sharedDev) ? sharedDev : resolve("bench/data/dev-routing.jsonl");
const blindDir = resolve("bench/blind");
const blindFiles = existsSync(blindDir) ? readdirSync(blindDir).filter((name) => /^routing.*\.jsonl$/u.test(name)).map((name) => join(blindDir, name)) : [];
/** The project's own held-out messages by kind (smalltalk, tracking, reports as people type them), written before issue 12's second and third passes. */
const ownPaths = ["bench/data/own-routing.jsonl", "bench/data/own-routing-2.jsonl"].map((path) => resolve(path)).filter((path) => existsSync(path));
const files = process.argv.length > 2 ? process.argv.slice(2).map((path) => resolve(path)) : [devPath, ...ownPaths, ...blindFiles];

const logger = createLogger({ level: "warn", destination: 2 });
const knowledge = await KnowledgeBase.open({ knowledgeDir: resolve("knowledge"), indexDir: mkdtempSync(join(tmpdir(), "bench-routing-")), embedder: { kind: "corpus" }, logger });
const deps: UnderstandDeps = { knowledge, intents: offlineIntentClassifier, feedback: offlineClassifier };

/** A routing line, or a question-set line (`q`, `kind`, `section`: a question, or out-of-scope). */
function readItems(path: string): Item[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const item = JSON.parse(line) as Item & { q?: string; kind?: string };
      if (item.text !== undefined) return item;
      return { id: item.id, text: item.q ?? "", intent: item.kind === "out-of-scope" ? "out-of-scope" : "question", section: item.section ?? null };
    });
}

/**
 * Where the expected section comes among an answer's passages. An answer from a section named by its number ("mục III.5 nói gì?",
 * "còn cái thứ 5?") has no ranked passages, only its source: first when that is the section.
 */
function sectionRank(answer: Answer | undefined, section: string | null | undefined): number {
  if (!section || !answer || answer.declined) return -1;
  const inSection = (path: string) => path === section || path.startsWith(`${section}.`);
  if (answer.hits.length === 0) return answer.source && inSection(answer.source.section) ? 0 : -1;
  return answer.hits.findIndex((hit) => inSection(hit.passage.section));
}

async function ours(item: Item): Promise<Outcome> {
  const started = performance.now();
  const understood = await understand(item.text, item.history ?? [], deps);
  const ms = performance.now() - started;
  return { item, intent: understood.intent, rank: sectionRank(understood.answer, item.section), ...(understood.topic ? { topic: understood.topic } : {}), ms };
}

/** Before this work: every private message was searched as a question (follow-ups joined to the previous one). */
async function baseline(item: Item): Promise<Outcome> {
  const started = performance.now();
  const previous = item.history?.at(-1);
  const follow = previous && /^(còn|vậy còn|thế còn|con|vay con)\b|(thì sao|thi sao|ra sao)\s*\??$/iu.test(item.text.trim());
  const answer = await knowledge.ask(follow ? `${previous} ${item.text}` : item.text);
  const ms = performance.now() - started;
  return { item, intent: answer.declined ? "out-of-scope" : "question", rank: sectionRank(answer, item.section), ms };
}

const ratio = (part: number, whole: number) => (whole ? part / whole : Number.NaN);
const fmt = (value: number) => (Number.isNaN(value) ? "  –  " : value.toFixed(3));

function summary(outcomes: readonly Outcome[]) {
  const of = (intent: Intent) => outcomes.filter((outcome) => outcome.item.intent === intent);
  const reports = of("report");
  const predictedReports = outcomes.filter((outcome) => outcome.intent === "report");
  const questions = of("question");
  const outOfScope = of("out-of-scope");
  return {
    accuracy: ratio(outcomes.filter((outcome) => outcome.intent === outcome.item.intent).length, outcomes.length),
    reportRecall: ratio(reports.filter((outcome) => outcome.intent === "report").length, reports.length),
    reportPrecision: ratio(predictedReports.filter((outcome) => outcome.item.intent === "report").length, predictedReports.length),
    outOfScopeDeclined: ratio(outOfScope.filter((outcome) => outcome.intent === "out-of-scope").length, outOfScope.length),
    outOfScopeAnswered: outOfScope.filter((outcome) => outcome.intent === "question").length,
    inScopeDeclined: questions.filter((outcome) => outcome.intent === "out-of-scope").length,
    questions: questions.length,
    hit1: ratio(questions.filter((outcome) => outcome.rank === 0).length, questions.length),
    hit3: ratio(questions.filter((outcome) => outcome.rank >= 0 && outcome.rank < 3).length, questions.length),
    topic: ratio(reports.filter((outcome) => outcome.topic === outcome.item.topic).length, reports.length),
    p95: percentile(outcomes.map((outcome) => outcome.ms), 95),
  };
}

function confusion(outcomes: readonly Outcome[]): string {
  const header = `${"gold \\ got".padEnd(14)}${INTENTS.map((intent) => intent.padStart(13)).join("")}`;
  const rows = INTENTS.map((gold) => `${gold.padEnd(14)}${INTENTS.map((got) => String(outcomes.filter((outcome) => outcome.item.intent === gold && outcome.intent === got).length).padStart(13)).join("")}`);
  return [header, ...rows].join("\n");
}

const check = (ok: boolean) => (ok ? "met" : "NOT met");

for (const path of files) {
  const items = readItems(path);
  const mine: Outcome[] = [];
  const before: Outcome[] = [];
  for (const item of items) {
    mine.push(await ours(item));
    before.push(await baseline(item));
  }
  const a = summary(mine);
  const b = summary(before);
  const rows: Array<[string, number, number]> = [
    ["intent accuracy", a.accuracy, b.accuracy],
    ["report recall", a.reportRecall, b.reportRecall],
    ["report precision", a.reportPrecision, b.reportPrecision],
    ["out-of-scope declined", a.outOfScopeDeclined, b.outOfScopeDeclined],
    ["questions hit@1 (section)", a.hit1, b.hit1],
    ["questions hit@3 (section)", a.hit3, b.hit3],
    ["report topic accuracy", a.topic, b.topic],
  ];
  console.log(`\n== ${path} (${items.length} messages)`);
  console.log(`${"".padEnd(28)}${"ours".padStart(8)}${"before".padStart(8)}`);
  for (const [label, ourValue, baseValue] of rows) console.log(`${label.padEnd(28)}${fmt(ourValue).padStart(8)}${fmt(baseValue).padStart(8)}`);
  console.log(`in-scope questions flatly declined: ${a.inScopeDeclined} of ${a.questions} (before ${b.inScopeDeclined}); out-of-scope answered with a quote: ${a.outOfScopeAnswered} (before ${b.outOfScopeAnswered})`);
  console.log(`p95 per message: ${a.p95.toFixed(1)} ms (before ${b.p95.toFixed(1)} ms)`);
  console.log(confusion(mine));
  // Misses are listed for the dev set only: a blind set's items are measured, never looked at.
  const misses = path !== devPath ? [] : mine.filter((outcome) => outcome.intent !== outcome.item.intent || (outcome.item.intent === "question" && outcome.rank !== 0) || (outcome.item.intent === "report" && outcome.topic !== outcome.item.topic));
  for (const miss of misses) console.log(`  ${miss.item.id}: ${miss.item.intent}${miss.item.section ? ` ${miss.item.section}` : ""}${miss.item.topic ? ` ${miss.item.topic}` : ""} → ${miss.intent}${miss.rank > 0 ? ` (rank ${miss.rank + 1})` : ""}${miss.topic ? ` ${miss.topic}` : ""}`);
  console.log(
    `targets: report recall ≥ 0.95 ${check(a.reportRecall >= 0.95)}; intent accuracy ≥ 0.90 ${check(a.accuracy >= 0.9)}; out-of-scope declined ≥ 0.90 ${check(Number.isNaN(a.outOfScopeDeclined) || a.outOfScopeDeclined >= 0.9)}; ` +
      `in-scope flatly declined ≤ 1 per 40 ${check(a.inScopeDeclined <= Math.max(1, Math.floor(items.length / 40)))}; hit@1 ≥ 0.75 ${check(a.hit1 >= 0.75)}; hit@3 ≥ 0.90 ${check(a.hit3 >= 0.9)}; report topics ≥ 0.85 ${check(a.topic >= 0.85)}`,
  );
}
