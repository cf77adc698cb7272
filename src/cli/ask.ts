/**
 * `npm run --silent ask -- [--json] [--k N] "câu hỏi"`, or `--jsonl` with one question per line
 * on stdin and one JSON object per line on stdout:
 * `{"q", "answer", "declined", "passages": [{"text", "section", "score"}], "ms"}`.
 * Other tools rely on this contract: keep it stable.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import type { Answer } from "../knowledge/answer.js";
import { DEFAULT_K, type KnowledgeBase } from "../knowledge/knowledge-base.js";
import { openKnowledgeBase } from "../setup.js";
import { runCli, UsageError } from "./run-cli.js";

const USAGE = `Cách dùng:
  npm run --silent ask -- "câu hỏi"              trả lời, kèm nguyên văn và trích dẫn
  npm run --silent ask -- --json "câu hỏi"       trả lời dạng JSON
  npm run --silent ask -- --k 3 "câu hỏi"        số đoạn trích trả về (mặc định ${DEFAULT_K})
  npm run --silent ask -- --jsonl < cau-hoi.txt  mỗi dòng một câu hỏi, mỗi dòng kết quả một JSON`;

/** One line of `--json` / `--jsonl` output. */
export interface AskRecord {
  readonly q: string;
  readonly answer: string;
  readonly declined: boolean;
  readonly passages: ReadonlyArray<{ readonly text: string; readonly section: string; readonly score: number }>;
  readonly ms: number;
}

await runCli(USAGE, async ({ config, logger }) => {
  const { values, positionals } = parseOptions();
  const k = parseK(values.k);
  if (!values.jsonl && positionals.length === 0) throw new UsageError("thiếu câu hỏi.");
  const knowledge = await openKnowledgeBase(config, logger);
  if (values.jsonl) return answerLines(knowledge, k);
  const question = positionals.join(" ");
  const record = await ask(knowledge, question, k);
  process.stdout.write(values.json ? `${JSON.stringify(record.json)}\n` : `${humanText(record.answer)}\n`);
});

function parseOptions() {
  try {
    return parseArgs({
      options: { json: { type: "boolean", default: false }, jsonl: { type: "boolean", default: false }, k: { type: "string" } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function parseK(value: string | undefined): number {
  if (value === undefined) return DEFAULT_K;
  const k = Number(value);
  if (!Number.isInteger(k) || k < 1 || k > 50) throw new UsageError(`--k phải là số nguyên từ 1 đến 50 (nhận được “${value}”).`);
  return k;
}

async function ask(knowledge: KnowledgeBase, question: string, k: number): Promise<{ answer: Answer; json: AskRecord }> {
  const started = performance.now();
  const answer = await knowledge.ask(question, { k });
  const ms = Math.round((performance.now() - started) * 100) / 100;
  const passages = answer.hits.map((hit) => ({ text: hit.passage.text, section: sectionKey(knowledge, hit.passage.docId, hit.passage.section), score: round(hit.score) }));
  return { answer, json: { q: question, answer: answer.text, declined: answer.declined, passages, ms } };
}

/** Section of the primary document as is ("III.2.2"); of another document prefixed by its id. */
function sectionKey(knowledge: KnowledgeBase, documentId: string, section: string): string {
  const primary = knowledge.documents.find((doc) => doc.id === documentId)?.meta.primary ?? knowledge.documents.length === 1;
  return primary ? section : `${documentId} ${section}`;
}

async function answerLines(knowledge: KnowledgeBase, k: number): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const { json } = await ask(knowledge, line, k);
    process.stdout.write(`${JSON.stringify(json)}\n`);
  }
}

function humanText(answer: Answer): string {
  if (answer.declined || !answer.source) return answer.text;
  const parts = [answer.body, "", `Nguồn: ${answer.source.label}`, "Nguyên văn đoạn trích:", indent(answer.source.text)];
  if (answer.seeAlso.length) parts.push("", `Xem thêm: ${answer.seeAlso.map((item) => item.label).join("; ")}`);
  return parts.join("\n");
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
