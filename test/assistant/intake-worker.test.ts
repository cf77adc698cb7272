/** The intake worker on a real SQLite database: handling in order, retries, poison messages, stopping. */
import { beforeAll, describe, expect, it } from "vitest";
import { IntakeWorker } from "../../src/assistant/intake-worker.js";
import type { HandlingAttempt } from "../../src/assistant/turn.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import { INTAKE, type ClaimedInbound } from "../../src/inbox/intake.js";
import { openTestInbox } from "../helpers/database.js";
import { captureLogs } from "../helpers/knowledge.js";

let inbox: Inbox;
beforeAll(async () => {
  inbox = await openTestInbox();
});

let nextUpdate = 1;
const store = async (chatId: string, text: string) => (await inbox.intake.accept([{ source: "web", updateId: `w${nextUpdate++}`, chatId, payload: { text } }]))[0]!.id;

describe("the intake worker", () => {
  it("handles each chat's messages in order, different chats side by side", async () => {
    const handled: string[] = [];
    const worker = new IntakeWorker(inbox.intake, captureLogs().logger, { intervalMs: 50 });
    worker.register("web", async (message: ClaimedInbound) => {
      const { text } = message.payload as { text: string };
      // The first message of chat "slow" takes a while: chat "quick" does not wait for it.
      if (text === "slow-1") await new Promise((resolve) => setTimeout(resolve, 200));
      handled.push(text);
    });
    const last = [await store("slow", "slow-1"), await store("slow", "slow-2"), await store("quick", "quick-1"), await store("quick", "quick-2")];
    worker.start();
    for (const id of last) expect(await worker.whenDone(id, 5000)).toBe(true);
    await worker.stop(1000);
    expect(handled).toEqual(["quick-1", "quick-2", "slow-1", "slow-2"]);
  });

  it("handles a web chat message at once while every other slot is busy with a backlog of Telegram messages", async () => {
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const telegramStarted: string[] = [];
    const worker = new IntakeWorker(inbox.intake, captureLogs().logger, { intervalMs: 50, concurrency: 2 });
    worker.register("telegram", async (message) => {
      telegramStarted.push(message.updateId);
      await blocked;
    });
    worker.register("web", async () => undefined);
    const backlog = await inbox.intake.accept(Array.from({ length: 5 }, (_, index) => ({ source: "telegram" as const, updateId: `backlog-${index}`, chatId: String(7100 + index), payload: {} })));
    worker.start();
    await expect.poll(() => telegramStarted.length).toBe(2);
    const web = await store("waiting-browser", "xin chào");
    expect(await worker.whenDone(web, 2000)).toBe(true);
    expect(telegramStarted).toHaveLength(2);
    release();
    for (const { id } of backlog) expect(await worker.whenDone(id, 5000)).toBe(true);
    await worker.stop(1000);
  });

  it("tries a message whose handler threw again later, and sets aside one that never finishes", async () => {
    const logs = captureLogs();
    const attempts: number[] = [];
    const worker = new IntakeWorker(inbox.intake, logs.logger, { intervalMs: 20, retryMs: 10 });
    worker.register("web", async (message) => {
      if (message.id === id) attempts.push(message.attempts);
      throw new Error("handler broke");
    });
    const id = await store("poison", "never works");
    const next = await store("poison", "comes after");
    worker.start();
    await expect.poll(async () => (await inbox.db.inboundMessage.findUniqueOrThrow({ where: { id } })).status).toBe("failed");
    // The chat goes on with its next message.
    await expect.poll(async () => (await inbox.db.inboundMessage.findUniqueOrThrow({ where: { id: next } })).attempts).toBeGreaterThan(0);
    await worker.stop(1000);
    expect(attempts).toEqual(Array.from({ length: INTAKE.maxAttempts }, (_, index) => index + 1));
    expect(logs.lines.some((line) => line.msg === "an incoming message was set aside: every attempt at it ended its process")).toBe(true);
    await inbox.intake.done(next);
  });

  it("passes replies sent by an interrupted attempt on to the next one", async () => {
    const seen: HandlingAttempt[] = [];
    const id = await store("interrupted", "hello");
    const [claimed] = await inbox.intake.claim(1, ["web"]);
    expect(claimed!.id).toBe(id);
    await inbox.intake.repliesReached(id, 1);
    // Its process died: the claim runs out.
    await inbox.db.inboundMessage.update({ where: { id }, data: { leaseUntil: new Date(Date.now() - 1) } });
    const worker = new IntakeWorker(inbox.intake, captureLogs().logger, { intervalMs: 20 });
    worker.register("web", async (_message, attempt) => void seen.push(attempt));
    worker.start();
    expect(await worker.whenDone(id, 5000)).toBe(true);
    await worker.stop(1000);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ key: `in:${id}`, repliesSent: 1 });
  });

  it("on stop, waits a little for messages being handled and gives the rest back to the queue", async () => {
    const worker = new IntakeWorker(inbox.intake, captureLogs().logger, { intervalMs: 20 });
    let release: () => void = () => undefined;
    worker.register("web", () => new Promise<void>((resolve) => (release = resolve)));
    const id = await store("stuck", "takes forever");
    worker.start();
    await expect.poll(async () => (await inbox.db.inboundMessage.findUniqueOrThrow({ where: { id } })).status).toBe("handling");
    const started = Date.now();
    await worker.stop(300);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await inbox.db.inboundMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "pending", attempts: 0 });
    release();
  });
});
