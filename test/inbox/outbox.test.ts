/**
 * The outbox and its dispatcher on a real SQLite database, delivering through the real Telegram
 * sender whose Bot API calls are answered by an injected transformer (failing, then recovering).
 */
import type { Transformer } from "grammy";
import { beforeAll, describe, expect, it } from "vitest";
import { createTelegramSender } from "../../src/channels/telegram/sender.js";
import { textReply } from "../../src/core/messages.js";
import { OutboxDispatcher } from "../../src/inbox/dispatcher.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import { DELIVERY, Outbox } from "../../src/inbox/outbox.js";
import { openTestInbox } from "../helpers/database.js";
import { captureLogs } from "../helpers/knowledge.js";

let inbox: Inbox;
beforeAll(async () => {
  inbox = await openTestInbox();
});

/** A Bot API that answers each sendMessage with the next scripted outcome, then succeeds. */
function scriptedApi(outcomes: Array<{ error_code: number; description: string; parameters?: { retry_after: number } }>) {
  const sent: Array<{ chat_id: string; text: string }> = [];
  let messageId = 500;
  const transformer: Transformer = async (_prev, method, payload) => {
    if (method !== "sendMessage") return { ok: true, result: true } as never;
    const outcome = outcomes.shift();
    if (outcome) return { ok: false, ...outcome } as never;
    sent.push(payload as { chat_id: string; text: string });
    return { ok: true, result: { message_id: ++messageId, date: 0, chat: { id: 1, type: "private" } } } as never;
  };
  return { sent, sender: createTelegramSender("1:test", { transformers: [transformer] }) };
}

async function enqueue(chatId: string, text: string): Promise<number> {
  const [id] = await Outbox.enqueue(inbox.db, [{ channel: "telegram", chatId, reply: textReply(text), purpose: "notice" }]);
  return id!;
}

describe("outbox delivery", () => {
  it("retries after Telegram's 429 retry_after and a 5xx, then delivers exactly once", async () => {
    const logs = captureLogs();
    const { sent, sender } = scriptedApi([
      { error_code: 429, description: "Too Many Requests: retry after 7", parameters: { retry_after: 7 } },
      { error_code: 502, description: "Bad Gateway" },
    ]);
    const dispatcher = new OutboxDispatcher(inbox.outbox, { telegram: sender }, logs.logger, { intervalMs: 1000, batch: 10 });
    const id = await enqueue("111", "Phản ánh PA-2026-000001 đã được tiếp nhận.");

    expect(await dispatcher.runOnce()).toBe(0);
    let row = await inbox.db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "failed", attempts: 1, lastError: "Telegram rate limit: Too Many Requests: retry after 7" });
    const wait = row.nextAttemptAt.getTime() - Date.now();
    expect(wait).toBeGreaterThan(6000);
    expect(wait).toBeLessThanOrEqual(7000);
    expect(await dispatcher.runOnce()).toBe(0);

    await inbox.db.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date() } });
    expect(await dispatcher.runOnce()).toBe(0);
    row = await inbox.db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "failed", attempts: 2 });
    expect(row.lastError).toMatch(/^Telegram server error 502/);
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(DELIVERY.firstRetryMs * 2 - 1000);

    await inbox.db.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date() } });
    expect(await dispatcher.runOnce()).toBe(1);
    expect(await dispatcher.runOnce()).toBe(0);
    row = await inbox.db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "sent", attempts: 3, sentMessageId: "501", lastError: null });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ chat_id: "111", text: "Phản ánh PA-2026-000001 đã được tiếp nhận." });
    expect(logs.lines.filter((line) => line.msg === "outbox delivery failed")).toHaveLength(2);
  });

  it("marks a message undeliverable when the person blocked the bot, without retrying", async () => {
    const { sent, sender } = scriptedApi([{ error_code: 403, description: "Forbidden: bot was blocked by the user" }]);
    const dispatcher = new OutboxDispatcher(inbox.outbox, { telegram: sender }, captureLogs().logger);
    const id = await enqueue("222", "Thông báo");
    await dispatcher.runOnce();
    expect(await inbox.db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "undeliverable", attempts: 1 });
    await inbox.db.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date(0) } });
    expect(await dispatcher.runOnce()).toBe(0);
    expect(sent).toHaveLength(0);
  });

  it("picks up what a crashed process left: pending rows and rows whose claim expired", async () => {
    const { sent, sender } = scriptedApi([]);
    const pending = await enqueue("333", "Chờ gửi");
    const abandoned = await enqueue("333", "Đang gửi thì tiến trình dừng");
    await inbox.db.outboxMessage.update({ where: { id: abandoned }, data: { status: "sending", nextAttemptAt: new Date(Date.now() - 1000) } });
    const stillClaimed = await enqueue("333", "Tiến trình khác đang gửi");
    await inbox.db.outboxMessage.update({ where: { id: stillClaimed }, data: { status: "sending", nextAttemptAt: new Date(Date.now() + DELIVERY.leaseMs) } });
    const dispatcher = new OutboxDispatcher(inbox.outbox, { telegram: sender }, captureLogs().logger);
    await dispatcher.runOnce();
    expect(sent.map((message) => message.text).sort()).toEqual(["Chờ gửi", "Đang gửi thì tiến trình dừng"]);
    const statuses = await inbox.db.outboxMessage.findMany({ where: { id: { in: [pending, abandoned, stillClaimed] } }, orderBy: { id: "asc" } });
    expect(statuses.map((row) => row.status)).toEqual(["sent", "sent", "sending"]);
  });

  it("lets two dispatchers share the outbox without sending anything twice", async () => {
    const first = scriptedApi([]);
    const second = scriptedApi([]);
    // Different chats: Telegram (and the throttler) allow one message per second per chat.
    const ids = await Promise.all(Array.from({ length: 30 }, (_, i) => enqueue(String(4000 + i), `Tin ${i}`)));
    const logger = captureLogs().logger;
    await Promise.all([
      new OutboxDispatcher(inbox.outbox, { telegram: first.sender }, logger).runOnce(),
      new OutboxDispatcher(inbox.outbox, { telegram: second.sender }, logger).runOnce(),
    ]);
    const texts = [...first.sent, ...second.sent].map((message) => message.text).sort();
    expect(texts).toEqual(Array.from({ length: 30 }, (_, i) => `Tin ${i}`).sort());
    expect(await inbox.db.outboxMessage.count({ where: { id: { in: ids }, status: "sent" } })).toBe(30);
  });
});
