/**
 * `npm run --silent ask -- [--json] [--k N] "câu hỏi"`, or `--jsonl` with one message per line on
 * stdin (plain text, or `{"q": "…", "history": ["earlier message", …]}`) and one JSON object per line
 * on stdout: `{"q", "answer", "declined", "passages": [{"text", "section", "score"}], "ms", "intent"}`
 * plus `"topic"` for a report. A message that is not a question is not searched: `declined` is true,
 * `passages` empty, `answer` what the chat would say. Other tools rely on this contract: keep it stable.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import type { Intent } from "../assistant/intent.js";
import { fixedDeclineReply, reportConfirmText, smalltalkReply } from "../assistant/intent-replies.js";
import { understand, type UnderstandDeps, type Understanding } from "../assistant/understand.js";
import { plainInline, type Reply } from "../core/messages.js";
import type { Organisation } from "../core/organisation.js";
import type { Topic } from "../feedback/taxonomy.js";
import type { Answer } from "../knowledge/answer.js";
import { DEFAULT_K, type KnowledgeBase } from "../knowledge/knowledge-base.js";
import { createClassifier, createIntentClassifier, openKnowledgeBase } from "../setup.js";
import { runCli, UsageError } from "./run-cli.js";

const USAGE = `Cách dùng:
  npm run --silent ask -- "câu hỏi"              trả lời, kèm nguyên văn và trích dẫn
  npm run --silent ask -- --json "câu hỏi"       trả lời dạng JSON
  npm run --silent ask -- --k 3 "câu hỏi"        số đoạn trích trả về (mặc định ${DEFAULT_K})
  npm run --silent ask -- --jsonl < cau-hoi.txt  mỗi dòng một tin nhắn (chữ, hoặc {"q": "…", "history": […]}), mỗi dòng kết quả một JSON`;

/** One line of `--json` / `--jsonl` output. */
export interface AskRecord {
  readonly q: string;
  readonly answer: string;
  readonly declined: boolean;
  readonly passages: ReadonlyArray<{ readonly text: string; readonly section: string; readonly score: number }>;
  readonly ms: number;
  readonly intent: Intent;
  /** Reports only: the feedback classifier's topic. */
  readonly topic?: Topic;
}

await runCli(USAGE, async ({ config, logger }) => {
  const { values, positionals } = parseOptions();
  const k = parseK(values.k);
  if (!values.jsonl && positionals.length === 0) throw new UsageError("thiếu câu hỏi.");
  const knowledge = await openKnowledgeBase(config, logger);
  const deps: AskDeps = { knowledge, intents: createIntentClassifier(config, logger), feedback: createClassifier(config, logger), organisation: config.organisation };
  if (values.jsonl) return answerLines(deps, k);
  const question = positionals.join(" ");
  const record = await ask(deps, question, [], k);
  process.stdout.write(values.json ? `${JSON.stringify(record.json)}\n` : `${record.answer ? humanText(record.answer) : record.json.answer}\n`);
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

/** What answering needs: understanding, and the organisation the smalltalk replies name. */
interface AskDeps extends UnderstandDeps {
  readonly organisation: Organisation;
}

async function ask(deps: AskDeps, question: string, history: readonly string[], k: number): Promise<{ answer?: Answer; json: AskRecord }> {
  const { knowledge } = deps;
  const started = performance.now();
  const understood = await understand(question, history, deps, k);
  const ms = Math.round((performance.now() - started) * 100) / 100;
  const { answer, intent } = understood;
  if (!answer) return { json: { q: question, answer: replyText(understood, deps.organisation), declined: true, passages: [], ms, intent, ...(understood.topic ? { topic: understood.topic } : {}) } };
  const passages = answer.hits.map((hit) => ({ text: hit.passage.text, section: sectionKey(knowledge, hit.passage.docId, hit.passage.section), score: round(hit.score) }));
  return { answer, json: { q: question, answer: answer.text, declined: answer.declined, passages, ms, intent } };
}

/** What the chat says to a message that is not a question, as plain text. */
function replyText(understood: Understanding, organisation: Organisation): string {
  if (understood.intent === "report") return `${reportConfirmText(organisation)} (Có / Không, đây là câu hỏi)`;
  if (understood.intent === "tracking") return "Trợ lý sẽ cho bạn xem tình trạng phản ánh của bạn (/theodoi <mã>).";
  return plainText(fixedDeclineReply(understood.verdict.detail) ?? smalltalkReply(organisation, understood.verdict.detail));
}

function plainText(reply: Reply): string {
  return reply.blocks
    .map((block) => (block.type === "paragraph" ? plainInline(block.content) : block.type === "quote" ? block.text : block.items.map((item) => `- ${plainInline(item)}`).join("\n")))
    .join("\n");
}

/** Section of the primary document as is ("III.2.2"); of another document prefixed by its id. */
function sectionKey(knowledge: KnowledgeBase, documentId: string, section: string): string {
  const primary = knowledge.documents.find((doc) => doc.id === documentId)?.meta.primary ?? knowledge.documents.length === 1;
  return primary ? section : `${documentId} ${section}`;
}

async function answerLines(deps: AskDeps, k: number): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const message = parseLine(line);
    if ("error" in message) {
      process.stdout.write(`${JSON.stringify(message)}\n`);
      continue;
    }
    const { json } = await ask(deps, message.q, message.history, k);
    process.stdout.write(`${JSON.stringify(json)}\n`);
  }
}

/** A plain line is the message itself; a line starting with "{" must be `{"q": "…", "history"?: ["…"]}`. */
function parseLine(line: string): { q: string; history: string[] } | { error: string } {
  if (!line.trimStart().startsWith("{")) return { q: line, history: [] };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'Dòng bắt đầu bằng "{" nhưng không phải JSON hợp lệ: cần {"q": "…", "history": ["…"]}.' };
  }
  const record = value as { q?: unknown; history?: unknown };
  if (typeof record?.q !== "string") return { error: 'Thiếu trường "q" (chuỗi): cần {"q": "…", "history": ["…"]}.' };
  const history = record.history ?? [];
  if (!Array.isArray(history) || !history.every((item) => typeof item === "string")) return { error: 'Trường "history" phải là mảng các chuỗi (tin nhắn trước, cũ trước).' };
  return { q: record.q, history };
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
