/**
 * `npm run --silent classify -- "nội dung phản ánh"` prints the topic, urgency, reasons, suggested
 * unit and processing time in Vietnamese; `--json` prints `{"topic", "urgent", "reasons"}`.
 *
 * `--jsonl` reads one JSON object `{"text": "…"}` per stdin line and writes, in the same order, one
 * line `{"topic", "urgent", "reasons"}` per input line. A line that cannot be classified (blank, not
 * JSON, no string `text`, empty `text`) gets `{"error": "<lý do, tiếng Việt>"}` and the run goes on:
 * every input line has exactly one output line. Other tools rely on this contract: keep it stable.
 *
 * With an LLM configured (OPENAI_API_KEY or OPENAI_BASE_URL) the LLM classifies, falling back to the
 * offline rules on any failure; otherwise the offline rules do. Logs never carry the messages.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import type { Config } from "../config.js";
import type { Logger } from "../core/logger.js";
import { offlineClassifier, type Classification, type Classifier } from "../feedback/classifier.js";
import { loadReferenceData, suggestedUnitOf, type ReferenceData } from "../feedback/reference-data.js";
import { processingDeadlineDays, TOPIC_LABELS, type Topic } from "../feedback/taxonomy.js";
import { runCli, UsageError } from "./run-cli.js";

const USAGE = `Cách dùng:
  npm run --silent classify -- "nội dung phản ánh"          phân loại, kèm lý do, đơn vị đề xuất và thời hạn
  npm run --silent classify -- --json "nội dung phản ánh"   kết quả dạng JSON
  npm run --silent classify -- --jsonl < phan-anh.jsonl     mỗi dòng vào {"text": "…"}, mỗi dòng ra một JSON`;

/** One line of `--json` / `--jsonl` output for a message that could be classified. */
export interface ClassifyRecord {
  readonly topic: Topic;
  readonly urgent: boolean;
  readonly reasons: readonly string[];
}

/** One line of `--jsonl` output for a line that could not be classified. */
export interface ClassifyError {
  readonly error: string;
}

const LINE_FORMAT = 'mỗi dòng cần có dạng {"text": "nội dung phản ánh"}';
const InputLine = z.object({ text: z.string() });

await runCli(USAGE, async ({ config, logger }) => {
  const { values, positionals } = parseOptions();
  if (!values.jsonl && positionals.join(" ").trim() === "") throw new UsageError("thiếu nội dung phản ánh cần phân loại.");
  const classifier = await createClassifier(config, logger);
  if (values.jsonl) return classifyLines(classifier);
  const verdict = await classifier.classify(positionals.join(" "));
  // The shipped lists (this tool opens no database): the suggested unit of the configured units file.
  const reference = values.json ? undefined : loadReferenceData(config.knowledgeDir, { areas: config.areasFile, units: config.unitsFile });
  process.stdout.write(reference ? `${humanText(verdict, reference)}\n` : `${JSON.stringify(record(verdict))}\n`);
});

function parseOptions() {
  try {
    return parseArgs({ options: { json: { type: "boolean", default: false }, jsonl: { type: "boolean", default: false } }, allowPositionals: true });
  } catch {
    throw new UsageError("tùy chọn không đúng: chỉ có --json và --jsonl; nội dung bắt đầu bằng dấu - thì đặt sau --.");
  }
}

async function createClassifier(config: Config, logger: Logger): Promise<Classifier> {
  if (!config.openai) return offlineClassifier;
  // Loaded only when used: the OpenAI SDK and the knowledge wiring add about 0.3 s to every offline run.
  return (await import("../setup.js")).createClassifier(config, logger);
}

async function classifyLines(classifier: Classifier): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const input = readLine(line);
    const output = typeof input === "string" ? record(await classifier.classify(input)) : input;
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
}

/** The text of one `--jsonl` input line, or the error to answer it with. */
function readLine(line: string): string | ClassifyError {
  // Files saved by Windows tools start with a byte-order mark.
  const body = line.replace(/^\uFEFF/u, "").trim();
  if (!body) return { error: `dòng trống; ${LINE_FORMAT}` };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { error: `dòng không phải JSON hợp lệ; ${LINE_FORMAT}` };
  }
  const parsed = InputLine.safeParse(json);
  if (!parsed.success) return { error: `thiếu trường "text" kiểu chuỗi; ${LINE_FORMAT}` };
  if (!parsed.data.text.trim()) return { error: 'trường "text" trống, không có gì để phân loại' };
  return parsed.data.text;
}

function record(verdict: Classification): ClassifyRecord {
  return { topic: verdict.topic, urgent: verdict.urgent, reasons: verdict.reasons };
}

function humanText(verdict: Classification, reference: ReferenceData): string {
  const days = processingDeadlineDays(verdict.topic, verdict.urgent);
  return [
    `Chủ đề: ${TOPIC_LABELS[verdict.topic]} (${verdict.topic})`,
    `Khẩn cấp: ${verdict.urgent ? "CÓ – cần xử lý ngay" : "không"}`,
    "Lý do:",
    ...verdict.reasons.map((reason) => `  - ${reason}`),
    `Đơn vị đề xuất: ${suggestedUnitOf(verdict.topic, reference)}`,
    `Thời hạn xử lý đề xuất: ${days} ngày`,
  ].join("\n");
}
