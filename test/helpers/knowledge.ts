import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { Writable } from "node:stream";
import pino from "pino";
import { createLogger, type Logger } from "../../src/core/logger.js";
import type { EmbedderChoice } from "../../src/knowledge/index-store.js";
import { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import type { GroundedAnswerer } from "../../src/knowledge/llm.js";
import { KNOWLEDGE_DIR } from "./paths.js";

/** A quiet logger for tests. */
export const testLogger = createLogger({ level: "silent" });

/** A logger whose lines (parsed JSON) a test can read. */
export function captureLogs(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: "debug" }, stream), lines };
}

/** A temporary folder removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A copy of the project's `knowledge/` that a test may change. */
export function knowledgeCopy(): string {
  const dir = tempDir("knowledge");
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

/** Opens the real knowledge base with its index built into a temporary folder. */
export async function openTestKnowledge(
  options: { knowledgeDir?: string; embedder?: EmbedderChoice; llm?: GroundedAnswerer; logger?: Logger } = {},
): Promise<KnowledgeBase> {
  return KnowledgeBase.open({
    knowledgeDir: options.knowledgeDir ?? KNOWLEDGE_DIR,
    indexDir: join(tempDir("index"), "index"),
    embedder: options.embedder ?? { kind: "corpus" },
    logger: options.logger ?? testLogger,
    ...(options.llm ? { llm: options.llm } : {}),
  });
}
