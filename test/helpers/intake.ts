import { afterAll } from "vitest";
import type { Assistant } from "../../src/assistant/assistant.js";
import { IntakeWorker } from "../../src/assistant/intake-worker.js";
import { webHandler } from "../../src/channels/web/adapter.js";
import type { Logger } from "../../src/core/logger.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import { testLogger } from "./knowledge.js";

/**
 * The worker that handles stored incoming messages, as `main.ts` runs it (the web chat's handler
 * registered; channels register theirs when they start), looking for work every 100 ms; stopped
 * after the test file.
 */
export function startTestWorker(inbox: Inbox, assistant: Assistant, logger: Logger = testLogger): IntakeWorker {
  const worker = new IntakeWorker(inbox.intake, logger, { intervalMs: 100, retryMs: 200 });
  worker.register("web", webHandler(assistant, inbox.webChat));
  worker.start();
  afterAll(() => worker.stop(1000));
  return worker;
}
