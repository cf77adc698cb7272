/**
 * The labelled messages the learned models are trained on, under bench/: every routing set (its
 * `intent`), every feedback set (each message a report, with its `topic` and `urgent`) and every
 * question set (a question, or out of scope by its `kind`). Shared by `train-models.ts` and
 * `bench/learned.ts`.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { INTENTS, type Intent } from "../src/assistant/intent.js";
import type { TrainingSource } from "../src/core/learned-text-model.js";
import { TOPICS, type Topic } from "../src/feedback/taxonomy.js";

/** The folders searched, relative to the project root. */
export const TRAINING_DIRS = ["bench/data", "bench/blind"] as const;

export interface LabelledMessage {
  readonly id: string;
  readonly text: string;
  readonly intent: Intent;
  /** Routing sets: the same chat's earlier messages, oldest first. */
  readonly history?: readonly string[];
  /** Feedback sets only. */
  readonly topic?: Topic;
  readonly urgent?: boolean;
}

export interface LabelledFile {
  readonly file: string;
  readonly kind: "routing" | "feedback" | "questions";
  readonly messages: readonly LabelledMessage[];
  readonly source: TrainingSource;
}

/** Reads one labelled file; the kind of set is told by its name. */
export function readLabelledFile(root: string, file: string): LabelledFile {
  const raw = readFileSync(join(root, file));
  const kind = file.includes("routing") ? "routing" : file.includes("feedback") ? "feedback" : "questions";
  const lines = raw.toString("utf8").split("\n").filter((line) => line.trim());
  const messages = lines.map((line, index): LabelledMessage => {
    const item = JSON.parse(line) as { id?: string; text?: string; q?: string; intent?: string; kind?: string; topic?: string; urgent?: boolean; history?: string[] };
    const intent = (kind === "routing" ? item.intent : kind === "feedback" ? "report" : item.kind === "out-of-scope" ? "out-of-scope" : "question") as Intent;
    const text = item.text ?? item.q;
    const where = `${file} line ${index + 1}`;
    if (!text || !INTENTS.includes(intent)) throw new Error(`${where}: no text or an unknown intent "${intent}"`);
    if (kind !== "feedback") return { id: item.id ?? where, text, intent, ...(item.history?.length ? { history: item.history } : {}) };
    if (!TOPICS.includes(item.topic as Topic) || typeof item.urgent !== "boolean") throw new Error(`${where}: a feedback line needs a known topic and urgent true or false`);
    return { id: item.id ?? where, text, intent, topic: item.topic as Topic, urgent: item.urgent };
  });
  return { file, kind, messages, source: { file, sha256: createHash("sha256").update(raw).digest("hex"), messages: messages.length } };
}

/** Every labelled file under `TRAINING_DIRS`, in a stable order. */
export function readTrainingFiles(root: string): LabelledFile[] {
  return TRAINING_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith(".jsonl") && /routing|feedback|qa/u.test(name))
      .sort()
      .map((name) => readLabelledFile(root, `${dir}/${name}`)),
  );
}

/** The three models' training data from the files: intent from all, urgency and topic from the feedback sets. */
export function trainingSets(files: readonly LabelledFile[]) {
  const feedback = files.filter((file) => file.kind === "feedback");
  const reports = feedback.flatMap((file) => file.messages);
  return {
    intent: { files, examples: files.flatMap((file) => file.messages.map((message) => ({ text: message.text, label: message.intent }))) },
    urgency: { files: feedback, examples: reports.map((message) => ({ text: message.text, label: message.urgent ? ("urgent" as const) : ("routine" as const) })) },
    topic: { files: feedback, examples: reports.map((message) => ({ text: message.text, label: message.topic! })) },
  };
}
