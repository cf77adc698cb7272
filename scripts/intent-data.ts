/**
 * The labelled messages the learned intent model is trained on: every routing set (its `intent`),
 * every feedback set (each message is a report) and every question set (a question, or
 * out-of-scope by its `kind`) under bench/. Shared by `train-intent.ts` and `bench/learned.ts`.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LEARNED_CLASSES, type LabelledMessage, type LearnedClass, type TrainingSource } from "../src/assistant/learned-intent.js";

/** The folders searched, relative to the project root. */
export const TRAINING_DIRS = ["bench/data", "bench/blind"] as const;

export interface LabelledFile {
  readonly file: string;
  readonly messages: readonly (LabelledMessage & { readonly id: string })[];
  readonly source: TrainingSource;
}

/** Reads one labelled file; the kind of set is told by its name. */
export function readLabelledFile(root: string, file: string): LabelledFile {
  const raw = readFileSync(join(root, file));
  const lines = raw.toString("utf8").split("\n").filter((line) => line.trim());
  const messages = lines.map((line, index) => {
    const item = JSON.parse(line) as { id?: string; text?: string; q?: string; intent?: string; kind?: string };
    const intent: LearnedClass = file.includes("routing") ? (item.intent as LearnedClass) : file.includes("feedback") ? "report" : item.kind === "out-of-scope" ? "out-of-scope" : "question";
    const text = item.text ?? item.q;
    if (!text || !LEARNED_CLASSES.includes(intent)) throw new Error(`${file} line ${index + 1}: no text or an unknown intent "${intent}"`);
    return { id: item.id ?? `${file}:${index + 1}`, text, intent };
  });
  return { file, messages, source: { file, sha256: createHash("sha256").update(raw).digest("hex"), messages: messages.length } };
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
