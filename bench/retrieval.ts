/**
 * `npm run bench:retrieval [-- path/to/qa.jsonl]`: retrieval quality and speed on the dev set
 * (../shared/eval/dev-qa.jsonl, or its copy in bench/data; scoring rules in ../shared/eval/README.md), side by side with a
 * plain BM25 baseline (MiniSearch over whole paragraphs, diacritics folded), in the same run.
 * Also runs the project's own held-out questions (bench/data/extra-qa.jsonl, written while tuning;
 * bench/data/blind-qa.jsonl and blind-qa-2.jsonl, written by helpers who never saw the assistant's results), every
 * question again typed without diacritics, and prints the coverage threshold the dev set calibrates.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import MiniSearch from "minisearch";
import { createLogger } from "../src/core/logger.js";
import { fold, nfc } from "../src/core/text.js";
import { loadCorpus } from "../src/knowledge/corpus.js";
import { buildIndex } from "../src/knowledge/index-store.js";
import { KnowledgeBase } from "../src/knowledge/knowledge-base.js";
import { DEFAULT_RETRIEVAL_PARAMS } from "../src/knowledge/retriever.js";
import { percentile } from "./stats.js";

interface Question {
  readonly id: string;
  readonly q: string;
  readonly kind: string;
  readonly gold: readonly string[];
  readonly answer_keywords?: readonly string[];
}

interface Outcome {
  readonly question: Question;
  /** Rank (0-based) of the first passage containing a gold string; -1 if none in the top 5. */
  readonly rank: number;
  readonly declined: boolean;
  readonly coverage: number;
  readonly ms: number;
  readonly answer?: string;
}

const K = 5;
const sharedDev = resolve("../shared/eval/dev-qa.jsonl");
const devPath = resolve(process.argv[2] ?? (existsSync(sharedDev) ? sharedDev : "bench/data/dev-qa.jsonl"));
const heldOutSets = [
  { label: "Own held-out questions", path: "bench/data/extra-qa.jsonl" },
  { label: "Blind held-out questions", path: "bench/data/blind-qa.jsonl" },
  { label: "Second blind held-out questions", path: "bench/data/blind-qa-2.jsonl" },
];
const knowledgeDir = resolve("knowledge");
const logger = createLogger({ level: "warn", destination: 2 });

function readQuestions(path: string): Question[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Question);
}

function withoutDiacritics(questions: readonly Question[]): Question[] {
  return questions.map((question) => ({ ...question, q: fold(question.q), kind: question.kind === "out-of-scope" ? question.kind : "folded" }));
}

function isHit(text: string, gold: readonly string[]): boolean {
  const passage = nfc(text);
  return gold.some((item) => passage.includes(nfc(item)));
}


function median(values: readonly number[]): number {
  return percentile(values, 50);
}

// ---- our system --------------------------------------------------------------------------------

const buildTimes: number[] = [];
let knowledge: KnowledgeBase | undefined;
for (let run = 0; run < 3; run++) {
  const indexDir = mkdtempSync(join(tmpdir(), "bench-index-"));
  const started = performance.now();
  await buildIndex({ knowledgeDir, indexDir, embedder: { kind: "corpus" }, logger });
  buildTimes.push(performance.now() - started);
  if (run === 2) knowledge = await KnowledgeBase.open({ knowledgeDir, indexDir, embedder: { kind: "corpus" }, logger });
  else rmSync(indexDir, { recursive: true, force: true });
}
const kb = knowledge!;

async function runOurs(questions: readonly Question[]): Promise<Outcome[]> {
  for (const question of questions.slice(0, 10)) await kb.search(question.q, K); // warm-up, not measured
  const outcomes: Outcome[] = [];
  for (const question of questions) {
    const started = performance.now();
    const retrieval = await kb.search(question.q, K);
    const ms = performance.now() - started;
    const answer = await kb.ask(question.q, { k: K });
    const rank = retrieval.declined ? -1 : retrieval.hits.findIndex((hit) => isHit(hit.passage.text, question.gold));
    outcomes.push({ question, rank, declined: answer.declined, coverage: retrieval.coverage, ms, answer: answer.text });
  }
  return outcomes;
}

// ---- baseline: MiniSearch BM25 over whole paragraphs, diacritics folded ------------------------

const baselineStarted = performance.now();
const paragraphs = new Map<string, string>();
for (const doc of loadCorpus(knowledgeDir).documents) {
  for (const passage of doc.passages) {
    const key = `${doc.id}#${passage.section}/${passage.paragraph}`;
    paragraphs.set(key, paragraphs.has(key) ? `${paragraphs.get(key)} ${passage.text}` : passage.text);
  }
}
const baseline = new MiniSearch<{ id: string; text: string }>({ fields: ["text"], storeFields: ["text"], processTerm: (term) => fold(term) });
baseline.addAll([...paragraphs].map(([id, text]) => ({ id, text })));
const baselineBuildMs = performance.now() - baselineStarted;

function runBaseline(questions: readonly Question[]): Outcome[] {
  return questions.map((question) => {
    const started = performance.now();
    const results = baseline.search(question.q).slice(0, K);
    const ms = performance.now() - started;
    const rank = results.findIndex((result) => isHit(String(result.text), question.gold));
    return { question, rank, declined: false, coverage: 0, ms };
  });
}

// ---- scoring ----------------------------------------------------------------------------------

interface Scores {
  readonly n: number;
  readonly hit1: number;
  readonly hit3: number;
  readonly hit5: number;
}

function hits(outcomes: readonly Outcome[]): Scores {
  const inScope = outcomes.filter((outcome) => outcome.question.kind !== "out-of-scope");
  const share = (k: number) => inScope.filter((outcome) => outcome.rank >= 0 && outcome.rank < k).length / Math.max(inScope.length, 1);
  return { n: inScope.length, hit1: share(1), hit3: share(3), hit5: share(5) };
}

function declineStats(outcomes: readonly Outcome[]) {
  const outOfScope = outcomes.filter((outcome) => outcome.question.kind === "out-of-scope");
  const inScope = outcomes.filter((outcome) => outcome.question.kind !== "out-of-scope");
  return {
    outOfScope: outOfScope.length,
    declined: outOfScope.filter((outcome) => outcome.declined).length,
    wronglyDeclined: inScope.filter((outcome) => outcome.declined).map((outcome) => outcome.question.id),
  };
}

/** Answer check from the eval README: every keyword in the answer, an abbreviation counting as its expansion. */
function keywordsFound(outcome: Outcome): boolean | undefined {
  const keywords = outcome.question.answer_keywords;
  if (!keywords?.length || outcome.answer === undefined) return undefined;
  const answer = expandAbbreviations(outcome.answer).toLowerCase();
  return keywords.every((keyword) => answer.includes(expandAbbreviations(keyword).toLowerCase()));
}

const abbreviations = (JSON.parse(readFileSync(join(knowledgeDir, "glossary.json"), "utf8")) as { abbreviations: Array<{ short: string; long: string | string[] }> }).abbreviations;
function expandAbbreviations(text: string): string {
  return abbreviations.reduce((result, entry) => result.replaceAll(entry.short, Array.isArray(entry.long) ? entry.long[0]! : entry.long), nfc(text));
}

const format = (value: number) => value.toFixed(3);
const ratio = (ours: number, base: number) => (base > 0 ? `${(ours / base).toFixed(2)}×` : "—");

function printTable(title: string, rows: Array<[string, Scores, Scores]>): void {
  console.log(`\n${title}`);
  console.log(`  ${"".padEnd(16)} ${"n".padStart(3)}   ours: hit@1  hit@3  hit@5   baseline: hit@1  hit@3  hit@5   ratio hit@1`);
  for (const [label, ours, base] of rows) {
    console.log(
      `  ${label.padEnd(16)} ${String(ours.n).padStart(3)}         ${format(ours.hit1)}  ${format(ours.hit3)}  ${format(ours.hit5)}             ${format(base.hit1)}  ${format(base.hit3)}  ${format(base.hit5)}   ${ratio(ours.hit1, base.hit1)}`,
    );
  }
}

function byKind(ours: readonly Outcome[], base: readonly Outcome[]): Array<[string, Scores, Scores]> {
  const kinds = [...new Set(ours.map((outcome) => outcome.question.kind))].filter((kind) => kind !== "out-of-scope");
  return [
    ["all in-scope", hits(ours), hits(base)],
    ...kinds.map((kind): [string, Scores, Scores] => [kind, hits(ours.filter((o) => o.question.kind === kind)), hits(base.filter((o) => o.question.kind === kind))]),
  ];
}

// ---- run --------------------------------------------------------------------------------------

const dev = readQuestions(devPath);
const devOurs = await runOurs(dev);
const devBase = runBaseline(dev);
const foldedOurs = await runOurs(withoutDiacritics(dev));
const foldedBase = runBaseline(withoutDiacritics(dev));
const heldOut = [];
for (const set of heldOutSets) {
  const questions = readQuestions(resolve(set.path));
  const folded = withoutDiacritics(questions);
  heldOut.push({ ...set, questions, ours: await runOurs(questions), base: runBaseline(questions), foldedOurs: await runOurs(folded), foldedBase: runBaseline(folded) });
}

console.log(`Trợ lý Dân vận — retrieval benchmark (${new Date().toISOString()})`);
console.log(
  `dev set: ${devPath} (${dev.length} questions); held-out: ${heldOut.map((set) => `${set.path} (${set.questions.length})`).join(", ")}; index: ${kb.index.manifest.passageCount} passages, embedder ${kb.index.manifest.embedder.id}`,
);
printTable("Dev set, by kind", byKind(devOurs, devBase));
printTable("Dev set typed without diacritics", [["all in-scope", hits(foldedOurs), hits(foldedBase)]]);
for (const set of heldOut) {
  printTable(`${set.label} (${set.path})`, byKind(set.ours, set.base));
  printTable(`${set.label} typed without diacritics`, [["all in-scope", hits(set.foldedOurs), hits(set.foldedBase)]]);
}

const devDecline = declineStats(devOurs);
const foldedDecline = declineStats(foldedOurs);
console.log("\nDeclining (baseline never declines)");
const declineLine = (label: string, stats: ReturnType<typeof declineStats>) =>
  console.log(`  ${label.padEnd(27)} out-of-scope declined ${stats.declined}/${stats.outOfScope}; in-scope wrongly declined ${stats.wronglyDeclined.length} ${stats.wronglyDeclined.join(" ")}`);
declineLine("dev:", devDecline);
declineLine("dev, no diacritics:", foldedDecline);
for (const set of heldOut) {
  declineLine(`${set.path}:`, declineStats(set.ours));
  declineLine(`  no diacritics:`, declineStats(set.foldedOurs));
}

console.log(`\nCoverage calibration on the dev set (minCoverage is the midpoint with diacritics: the widest margin on both sides)`);
for (const [label, outcomes] of [["with diacritics", devOurs], ["without diacritics", foldedOurs]] as const) {
  const highestOut = Math.max(...outcomes.filter((o) => o.question.kind === "out-of-scope").map((o) => o.coverage));
  const lowest = outcomes.filter((o) => o.question.kind !== "out-of-scope").reduce((a, b) => (b.coverage < a.coverage ? b : a));
  console.log(`  ${label.padEnd(19)} highest out-of-scope ${format(highestOut)}, lowest in-scope ${format(lowest.coverage)} (${lowest.question.id}) → midpoint ${format((highestOut + lowest.coverage) / 2)}`);
}
console.log(`  configured minCoverage ${DEFAULT_RETRIEVAL_PARAMS.minCoverage}`);

console.log(`\nAnswer check (all answer_keywords in the extractive answer)`);
for (const [label, outcomes] of [["with diacritics", devOurs], ["without diacritics", foldedOurs]] as const) {
  const checks = outcomes.map(keywordsFound).filter((value) => value !== undefined);
  const missing = outcomes.filter((outcome) => keywordsFound(outcome) === false).map((outcome) => outcome.question.id);
  console.log(`  ${label.padEnd(19)} ${checks.filter(Boolean).length}/${checks.length}${missing.length ? `; missing keywords: ${missing.join(" ")}` : ""}`);
}

const allOurs = [...devOurs, ...foldedOurs, ...heldOut.flatMap((set) => [...set.ours, ...set.foldedOurs])].map((o) => o.ms);
const allBase = [...devBase, ...foldedBase, ...heldOut.flatMap((set) => [...set.base, ...set.foldedBase])].map((o) => o.ms);
console.log("\nSpeed (this machine, one process)");
console.log(`  retrieval per question: ours p50 ${median(allOurs).toFixed(2)} ms, p95 ${percentile(allOurs, 95).toFixed(2)} ms; baseline p50 ${median(allBase).toFixed(2)} ms, p95 ${percentile(allBase, 95).toFixed(2)} ms; ratio p95 ${ratio(percentile(allOurs, 95), percentile(allBase, 95))}`);
console.log(`  index build: ours ${median(buildTimes).toFixed(0)} ms (median of 3, parse + BM25 + LSA + hnsw + write); baseline ${baselineBuildMs.toFixed(1)} ms (parse + MiniSearch, in memory); ratio ${ratio(median(buildTimes), baselineBuildMs)}`);

const devHits = hits(devOurs);
const foldedHits = hits(foldedOurs);
const targets: Array<[string, boolean]> = [
  ["hit@1 ≥ 0.90 (dev, in scope)", devHits.hit1 >= 0.9],
  ["hit@3 ≥ 0.97 (dev, in scope)", devHits.hit3 >= 0.97],
  [
    "typed without diacritics as good as with them (dev: hit@1, hit@3, declines)",
    foldedHits.hit1 >= devHits.hit1 && foldedHits.hit3 >= devHits.hit3 && foldedDecline.declined >= devDecline.declined && foldedDecline.wronglyDeclined.length <= devDecline.wronglyDeclined.length,
  ],
  ["every out-of-scope dev question declined", devDecline.declined === devDecline.outOfScope],
  ["at most one in-scope dev question wrongly declined", devDecline.wronglyDeclined.length <= 1],
  ["retrieval p95 ≤ 5 ms", percentile(allOurs, 95) <= 5],
  ["index build ≤ 5 s", median(buildTimes) <= 5000],
];
console.log("\nTargets");
for (const [label, met] of targets) console.log(`  ${met ? "met    " : "NOT MET"}  ${label}`);
