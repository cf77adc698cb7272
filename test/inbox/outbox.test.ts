/**
 * The outbox and its dispatcher on a real SQLite database, delivering through the real Telegram
 * sender: to a Bot API answered by an injected transformer (failing, then recovering), and to the
 * loopback fake that enforces Telegram's limits.
 */
import type { Transformer } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffDigest } from "../../src/assistant/report-messages.js";
import { createTelegramGate } from "../../src/channels/telegram/limits.js";
import { createTelegramSender } from "../../src/channels/telegram/sender.js";
import { webSender } from "../../src/channels/web/adapter.js";
import { textReply } from "../../src/core/messages.js";
import { SendGate } from "../../src/core/send-gate.js";
import { OutboxDispatcher } from "../../src/inbox/dispatcher.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import { DELIVERY, Outbox, PRIORITY, UNCONFIRMED_REASON, type OutboxEntry } from "../../src/inbox/outbox.js";
import { openTestInbox } from "../helpers/database.js";
import { captureLogs } from "../helpers/knowledge.js";
import { FAKE_TELEGRAM_TOKEN, FakeTelegram } from "../helpers/telegram-fake.js";

let inbox: Inbox;
let fake: FakeTelegram;
beforeAll(async () => {
  inbox = await openTestInbox();
  fake = await new FakeTelegram().start();
});
afterAll(() => fake.close());

/** A gate that lets everything through at once (the scripted API has no limits). */
const openGate = () => new SendGate({ chat: () => undefined });

/**
 * A Bot API that answers each sendMessage with the next scripted outcome (the next one for its chat,
 * when outcomes name one), then succeeds.
 */
function scriptedApi(outcomes: Array<{ error_code: number; description: string; parameters?: { retry_after: number }; chat?: string }>, gate = openGate()) {
  const sent: Array<{ chat_id: string; text: string }> = [];
  let messageId = 500;
  const transformer: Transformer = async (_prev, method, payload) => {
    if (method !== "sendMessage") return { ok: true, result: true } as never;
    const chatId = String((payload as { chat_id: string }).chat_id);
    const index = outcomes.findIndex((outcome) => outcome.chat === undefined || outcome.chat === chatId);
    if (index >= 0) {
      const { chat: _chat, ...outcome } = outcomes.splice(index, 1)[0]!;
      return { ok: false, ...outcome } as never;
    }
    sent.push(payload as { chat_id: string; text: string });
    return { ok: true, result: { message_id: ++messageId, date: 0, chat: { id: 1, type: "private" } } } as never;
  };
  return { sent, gate, sender: createTelegramSender("1:test", { transformers: [transformer], gate }) };
}

async function enqueue(chatId: string, text: string, extra: Partial<OutboxEntry> = {}): Promise<number> {
  await Outbox.enqueue(inbox.db, inbox.sql, [{ channel: "telegram", chatId, reply: textReply(text), purpose: "notice", ...extra }]);
  return (await inbox.db.outboxMessage.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } })).id;
}

const row = (id: number) => inbox.db.outboxMessage.findUniqueOrThrow({ where: { id } });

/** Waits until a dispatcher has claimed the message (it then waits for the gate the test holds). */
async function claimed(id: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while ((await row(id)).status !== "sending") {
    if (Date.now() > deadline) throw new Error(`outbox message ${id} was not claimed within 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("outbox delivery", () => {
  it("retries after Telegram's 429 retry_after and a 5xx, then delivers exactly once", async () => {
    const logs = captureLogs();
    const { sent, sender } = scriptedApi([
      { error_code: 429, description: "Too Many Requests: retry after 2", parameters: { retry_after: 2 } },
      { error_code: 502, description: "Bad Gateway" },
    ]);
    const dispatcher = new OutboxDispatcher(inbox.outbox, { telegram: sender }, logs.logger);
    const id = await enqueue("111", "Phản ánh PA-2026-000001 đã được tiếp nhận.");

    await dispatcher.deliverDue();
    let stored = await row(id);
    expect(stored).toMatchObject({ status: "failed", attempts: 1, lastError: "Telegram rate limit: Too Many Requests: retry after 2" });
    const wait = stored.nextAttemptAt.getTime() - Date.now();
    expect(wait).toBeGreaterThan(1000);
    expect(wait).toBeLessThanOrEqual(2000);
    await dispatcher.deliverDue();
    expect(await row(id)).toMatchObject({ status: "failed", attempts: 1 });

    await inbox.db.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date() } });
    await dispatcher.deliverDue();
    stored = await row(id);
    expect(stored).toMatchObject({ status: "failed", attempts: 2 });
    expect(stored.lastError).toMatch(/^Telegram server error 502/);
    expect(stored.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(DELIVERY.firstRetryMs * 2 - 1000);

    await inbox.db.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date() } });
    await dispatcher.deliverDue();
    await dispatcher.deliverDue();
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 3, sentMessageId: "501", lastError: null });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ chat_id: "111", text: "Phản ánh PA-2026-000001 đã được tiếp nhận." });
    expect(logs.lines.filter((line) => line.msg === "outbox delivery failed")).toHaveLength(2);
  });

  it("marks a message undeliverable when the person blocked the bot, and goes on with the queue", async () => {
    const { sent, sender } = scriptedApi([{ error_code: 403, description: "Forbidden: bot was blocked by the user", chat: "222" }]);
    const dispatcher = new OutboxDispatcher(inbox.outbox, { telegram: sender }, captureLogs().logger);
    const blocked = await enqueue("222", "Thông báo");
    const others = await Promise.all([enqueue("223", "Người khác 1"), enqueue("224", "Người khác 2")]);
    await dispatcher.deliverDue();
    expect(await row(blocked)).toMatchObject({ status: "undeliverable", attempts: 1 });
    await inbox.db.outboxMessage.update({ where: { id: blocked }, data: { nextAttemptAt: new Date(0) } });
    await dispatcher.deliverDue();
    expect(sent.map((message) => message.text).sort()).toEqual(["Người khác 1", "Người khác 2"]);
    for (const id of others) expect((await row(id)).status).toBe("sent");
  });

  it("picks up what a crashed process left: pending rows and rows whose claim expired", async () => {
    const { sent, sender } = scriptedApi([]);
    const pending = await enqueue("333", "Chờ gửi");
    const abandoned = await enqueue("333", "Đang gửi thì tiến trình dừng");
    await inbox.db.outboxMessage.update({ where: { id: abandoned }, data: { status: "sending", nextAttemptAt: new Date(Date.now() - 1000) } });
    const stillClaimed = await enqueue("333", "Tiến trình khác đang gửi");
    await inbox.db.outboxMessage.update({ where: { id: stillClaimed }, data: { status: "sending", nextAttemptAt: new Date(Date.now() + DELIVERY.leaseMs) } });
    const dispatcher = new OutboxDispatcher(inbox.outbox, { telegram: sender }, captureLogs().logger);
    await dispatcher.deliverDue();
    expect(sent.map((message) => message.text)).toEqual(["Chờ gửi", "Đang gửi thì tiến trình dừng"]);
    const statuses = await inbox.db.outboxMessage.findMany({ where: { id: { in: [pending, abandoned, stillClaimed] } }, orderBy: { id: "asc" } });
    expect(statuses.map((stored) => stored.status)).toEqual(["sent", "sent", "sending"]);
  });

  it("lets a restarted instance send at once what it was sending when it died, and leaves another instance's sends alone", async () => {
    const mine = await enqueue("334", "Đang gửi thì máy này dừng");
    const theirs = await enqueue("335", "Máy khác đang gửi");
    expect((await new Outbox(inbox.db, inbox.sql, "web-1").claimHeads("telegram", 10)).map((message) => message.id)).toContain(mine);
    await inbox.db.outboxMessage.update({ where: { id: theirs }, data: { claimedBy: "web-2" } });
    const restarted = new Outbox(inbox.db, inbox.sql, "web-1");
    expect(await restarted.claimHeads("telegram", 10)).toEqual([]);
    expect(await restarted.reclaimOwn()).toBe(1);
    expect((await restarted.claimHeads("telegram", 10)).map((message) => message.id)).toEqual([mine]);
    await restarted.markSent([mine, theirs], undefined);
  });

  it("does not send again a message whose platform call began before its process died: unconfirmed, with the reason for staff, and the chat goes on", async () => {
    const logs = captureLogs();
    const { sent, sender } = scriptedApi([]);
    const cut = await enqueue("336", "Mã phản ánh đang gửi thì máy dừng");
    const next = await enqueue("336", "Tin sau đó");
    const dead = new Outbox(inbox.db, inbox.sql, "web-9");
    expect((await dead.claimHeads("telegram", 50)).map((message) => message.id)).toContain(cut);
    expect([...(await dead.beginSending([cut]))]).toEqual([cut]);
    await inbox.db.outboxMessage.update({ where: { id: cut }, data: { nextAttemptAt: new Date(Date.now() - 1) } });
    await inbox.db.outboxMessage.updateMany({ where: { status: "sending", claimedBy: "web-9", id: { not: cut } }, data: { status: "pending", claimedBy: null } });

    await new OutboxDispatcher(inbox.outbox, { telegram: sender }, logs.logger).deliverDue();

    expect(sent.map((message) => message.text)).not.toContain("Mã phản ánh đang gửi thì máy dừng");
    expect(sent.map((message) => message.text)).toContain("Tin sau đó");
    expect(await row(cut)).toMatchObject({ status: "unconfirmed", attempts: 1, staffReason: UNCONFIRMED_REASON });
    expect((await row(next)).status).toBe("sent");
    expect(logs.lines.some((line) => String(line.msg).includes("marked unconfirmed") && line.outbox === cut)).toBe(true);
  });

  it("stamps a message right before its platform call, after the wait for the limits, and clears the stamp when the call fails", async () => {
    const id = await enqueue("337", "Chờ giới hạn rồi gửi");
    const gate = openGate();
    gate.hold("337", 1500);
    const stampAtCall: Array<Date | null> = [];
    let fail = true;
    const transformer: Transformer = async (_prev, method) => {
      if (method !== "sendMessage") return { ok: true, result: true } as never;
      stampAtCall.push((await row(id)).sendingAt);
      if (fail) {
        fail = false;
        return { ok: false, error_code: 502, description: "Bad Gateway" } as never;
      }
      return { ok: true, result: { message_id: 9, date: 0, chat: { id: 337, type: "private" } } } as never;
    };
    const sender = createTelegramSender("1:test", { transformers: [transformer], gate });
    const dispatcher = new OutboxDispatcher(inbox.outbox, { telegram: sender }, captureLogs().logger);
    const delivering = dispatcher.deliverDue();
    await claimed(id);
    expect(await row(id)).toMatchObject({ status: "sending", sendingAt: null });
    await delivering;
    expect(stampAtCall).toHaveLength(1);
    expect(stampAtCall[0]).toBeInstanceOf(Date);
    expect(await row(id)).toMatchObject({ status: "failed", sendingAt: null });
    await inbox.db.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date() } });
    await dispatcher.deliverDue();
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("sends nothing when another process took the message over while it waited for the limits", async () => {
    const logs = captureLogs();
    const id = await enqueue("338", "Chờ lâu quá, máy khác nhận gửi");
    const { sent, sender, gate } = scriptedApi([]);
    gate.hold("338", 1500);
    const delivering = new OutboxDispatcher(inbox.outbox, { telegram: sender }, logs.logger).deliverDue();
    await claimed(id);
    await inbox.db.outboxMessage.update({ where: { id }, data: { claimedBy: "web-2" } });
    await delivering;
    expect(sent.map((message) => message.text)).not.toContain("Chờ lâu quá, máy khác nhận gửi");
    expect(await row(id)).toMatchObject({ status: "sending", claimedBy: "web-2", sendingAt: null, attempts: 0 });
    expect(logs.lines.some((line) => String(line.msg).includes("taken over by another process"))).toBe(true);
    await inbox.outbox.markSent([id], undefined);
  });

  it("lets two dispatchers share the outbox without sending anything twice", async () => {
    const first = scriptedApi([]);
    const second = scriptedApi([]);
    const ids: number[] = [];
    for (let i = 0; i < 30; i++) ids.push(await enqueue(String(4000 + i), `Tin ${i}`));
    const logger = captureLogs().logger;
    await Promise.all([new OutboxDispatcher(inbox.outbox, { telegram: first.sender }, logger).deliverDue(), new OutboxDispatcher(inbox.outbox, { telegram: second.sender }, logger).deliverDue()]);
    const texts = [...first.sent, ...second.sent].map((message) => message.text).sort();
    expect(texts).toEqual(Array.from({ length: 30 }, (_, i) => `Tin ${i}`).sort());
    expect(await inbox.db.outboxMessage.count({ where: { id: { in: ids }, status: "sent" } })).toBe(30);
  });

  it("leaves a channel it cannot send to for an instance that can, and says so at start", async () => {
    const ids = [await enqueue("4100", "Mã phản ánh qua Telegram"), await enqueue("4101", "Tin thứ hai")];
    const logs = captureLogs();
    // An instance configured for the web chat only: its lane claims nothing of Telegram's.
    const webOnly = new OutboxDispatcher(inbox.outbox, { web: webSender(inbox.webChat) }, logs.logger, { intervalMs: 20 });
    webOnly.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await webOnly.stop();
    for (const id of ids) expect(await row(id)).toMatchObject({ status: "pending", attempts: 0, staffReason: null });
    expect(logs.lines.find((line) => line.channel === "telegram" && String(line.msg).includes("not configured for"))).toMatchObject({ level: 40, messages: 2 });

    const { sender, sent } = scriptedApi([]);
    await new OutboxDispatcher(inbox.outbox, { telegram: sender }, captureLogs().logger).deliverDue();
    expect(sent.map((message) => message.text)).toEqual(["Mã phản ánh qua Telegram", "Tin thứ hai"]);
  });
});

describe("no head-of-line blocking", () => {
  it("keeps a chat's messages in order while a failing chat waits alone", async () => {
    // The first message to chat 501 fails (and waits to be retried); chat 502 is not held up.
    const { sent, sender } = scriptedApi([{ error_code: 500, description: "Internal Server Error" }]);
    const dispatcher = new OutboxDispatcher(inbox.outbox, { telegram: sender }, captureLogs().logger);
    const failing = [await enqueue("501", "A1"), await enqueue("501", "A2")];
    await enqueue("502", "B1");
    await enqueue("502", "B2");
    await dispatcher.deliverDue();
    await dispatcher.deliverDue();
    expect(sent.map((message) => message.text)).toEqual(["B1", "B2"]);
    expect((await row(failing[0]!)).status).toBe("failed");
    expect((await row(failing[1]!)).status).toBe("pending");
    await inbox.db.outboxMessage.update({ where: { id: failing[0]! }, data: { nextAttemptAt: new Date() } });
    await dispatcher.deliverDue();
    await dispatcher.deliverDue();
    expect(sent.map((message) => message.text)).toEqual(["B1", "B2", "A1", "A2"]);
  });

  it("sends citizens' messages before staff messages when Telegram's overall limit makes them wait", async () => {
    // Only one message every 150 ms in all: what waits is served by priority.
    const gate = new SendGate({ overall: { perSecond: 1000 / 150, burst: 1 }, chat: () => undefined });
    const { sent, sender } = scriptedApi([], gate);
    const dispatcher = new OutboxDispatcher(inbox.outbox, { telegram: sender }, captureLogs().logger);
    for (let i = 0; i < 3; i++) await enqueue(String(-600 - i), `Cán bộ ${i}`, { priority: PRIORITY.staff, purpose: "staff_update" });
    for (let i = 0; i < 3; i++) await enqueue(String(600 + i), `Người dân ${i}`);
    // The budget was just used: everything below waits for it.
    await gate.acquire("an answer just sent");
    await dispatcher.deliverDue();
    expect(sent.map((message) => message.text)).toEqual(["Người dân 0", "Người dân 1", "Người dân 2", "Cán bộ 0", "Cán bộ 1", "Cán bộ 2"]);
  });

  it("delivers a message to the web chat in the transaction that writes it", async () => {
    await inbox.db.$transaction((tx) => Outbox.enqueue(tx, inbox.sql, [{ channel: "web", chatId: "web-in-tx", reply: textReply("Mã theo dõi PA-2026-000777"), purpose: "tracking_code" }]));
    const row = await inbox.db.outboxMessage.findFirstOrThrow({ where: { chatId: "web-in-tx" } });
    expect(row).toMatchObject({ status: "sent", attempts: 1 });
    const shown = await inbox.webChat.since("web-in-tx", 0);
    expect(shown).toHaveLength(1);
    expect(JSON.stringify(shown[0])).toContain("PA-2026-000777");
    expect(await inbox.db.webChatMessage.findFirstOrThrow({ where: { chatId: "web-in-tx" } })).toMatchObject({ sourceKey: `outbox:${row.id}` });
  });

  it("stores a web chat delivery once however often it is sent (a crash between storing and recording)", async () => {
    const sender = webSender(inbox.webChat);
    const first = await sender.send("web-chat-once", textReply("Mã theo dõi PA-2026-000321"), { priority: 0, key: "outbox:999001" });
    const again = await sender.send("web-chat-once", textReply("Mã theo dõi PA-2026-000321"), { priority: 0, key: "outbox:999001" });
    expect(again).toBe(first);
    expect(await inbox.webChat.since("web-chat-once", 0)).toHaveLength(1);
  });
});

describe("within Telegram's limits (loopback fake that refuses what exceeds them)", () => {
  it("rides out a storm of 429s with retry_after: each message once, each chat held only for its own wait", { timeout: 30_000 }, async () => {
    const sender = createTelegramSender(FAKE_TELEGRAM_TOKEN, { apiRoot: fake.baseUrl, gate: createTelegramGate() });
    const dispatcher = new OutboxDispatcher(inbox.outbox, { telegram: sender }, captureLogs().logger, { intervalMs: 100 });
    const chats = Array.from({ length: 12 }, (_, i) => String(80_000 + i));
    fake.failNext("sendMessage", ...Array.from({ length: 6 }, () => ({ error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } })));
    const started = Date.now();
    for (const chat of chats) await enqueue(chat, `Mã theo dõi cho ${chat}`);
    dispatcher.start();
    await expect.poll(() => chats.filter((chat) => fake.messagesTo(chat).length > 0).length, { timeout: 15_000 }).toBe(chats.length);
    await dispatcher.stop();
    expect(Date.now() - started).toBeLessThan(8000);
    for (const chat of chats) expect(fake.messagesTo(chat)).toHaveLength(1);
    const rows = await inbox.db.outboxMessage.findMany({ where: { chatId: { in: chats } } });
    expect(rows.every((stored) => stored.status === "sent")).toBe(true);
    expect(rows.filter((stored) => stored.attempts === 2)).toHaveLength(6);
  });

  it("delivers 60 codes to 60 people and a burst of staff cards with no 429: an urgent card alone and at once, routine cards in digests", { timeout: 60_000 }, async () => {
    const gate = createTelegramGate();
    const sender = createTelegramSender(FAKE_TELEGRAM_TOKEN, { apiRoot: fake.baseUrl, gate });
    const dispatcher = new OutboxDispatcher(inbox.outbox, { telegram: sender }, captureLogs().logger, { intervalMs: 100 }, { digest: staffDigest });
    const staffChat = "-1007001";
    const card = (n: number) => ({ purpose: "staff_card" as const, priority: PRIORITY.staff, summary: JSON.stringify({ code: `PA-2026-${String(n).padStart(6, "0")}`, line: `Giao thông · Quế Sơn — ổ gà số ${n}` }) });
    for (let n = 1; n <= 25; n++) await enqueue(staffChat, `Thẻ ${n}`, card(n));
    await enqueue(staffChat, "Thẻ khẩn", { purpose: "staff_card", priority: PRIORITY.urgentStaff });
    for (let i = 0; i < 60; i++) await enqueue(String(70_000 + i), `Mã theo dõi PA-2026-${String(100 + i).padStart(6, "0")}`);
    const started = Date.now();
    dispatcher.start();
    await expect.poll(() => fake.sent.filter((message) => message.chatId.startsWith("7") && message.text.startsWith("Mã theo dõi")).length, { timeout: 20_000 }).toBe(60);
    const codesDone = Date.now() - started;
    await expect.poll(async () => inbox.db.outboxMessage.count({ where: { chatId: staffChat, status: { not: "sent" } } }), { timeout: 20_000 }).toBe(0);
    await dispatcher.stop();
    expect(fake.rejected429).toEqual({ global: 0, private: 0, group: 0 });
    // 60 messages at 27 a second: about 2.2 s; none waits behind the staff group's 20 a minute.
    expect(codesDone).toBeLessThan(6000);
    const toStaff = fake.messagesTo(staffChat);
    expect(toStaff[0]!.text).toBe("Thẻ khẩn");
    expect(toStaff.length).toBeLessThanOrEqual(4);
    const digests = toStaff.filter((message) => message.text.includes("phản ánh mới"));
    expect(digests.length).toBeGreaterThanOrEqual(1);
    const listed = toStaff.flatMap((message) => message.text.match(/PA-2026-\d{6}/gu) ?? []);
    const singles = toStaff.filter((message) => /^Thẻ \d+$/u.test(message.text)).length;
    expect(new Set(listed).size + singles).toBe(25);
    expect(JSON.stringify(digests[0]!.replyMarkup)).toContain("so:PA-2026-");
  });
});

describe("a failure's own limits and its reason for staff", () => {
  it("gives up after the failure's maxAttempts (never above the outbox's), keeps the staff reason while retrying, and clears it once sent", async () => {
    const id = await enqueue("777", "Tin thử giới hạn");
    const claim = async () => (await inbox.outbox.claimHeads("telegram", 50)).find((message) => message.id === id)!;
    const due = () => inbox.db.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date(0) } });
    const reason = "Zalo trả lời mã lỗi -999 chưa rõ nghĩa";
    expect(await inbox.outbox.markFailed(await claim(), "code -999", { permanent: false, maxAttempts: 2, staffReason: reason })).toBe("failed");
    expect(await row(id)).toMatchObject({ status: "failed", attempts: 1, lastError: "code -999", staffReason: reason });
    await due();
    expect(await inbox.outbox.markFailed(await claim(), "code -999", { permanent: false, maxAttempts: 2, staffReason: reason })).toBe("undeliverable");
    expect(await row(id)).toMatchObject({ status: "undeliverable", attempts: 2, staffReason: reason });

    const other = await enqueue("778", "Tin gửi được sau một lần lỗi");
    const [claimed] = (await inbox.outbox.claimHeads("telegram", 50)).filter((message) => message.id === other);
    // A failure cannot raise the outbox's own limit.
    expect(await inbox.outbox.markFailed({ ...claimed!, attempts: DELIVERY.maxAttempts - 1 }, "late", { permanent: false, maxAttempts: DELIVERY.maxAttempts + 5, staffReason: "Lý do" })).toBe("undeliverable");
    await inbox.db.outboxMessage.update({ where: { id: other }, data: { status: "failed", attempts: 1, nextAttemptAt: new Date(0) } });
    const [again] = (await inbox.outbox.claimHeads("telegram", 50)).filter((message) => message.id === other);
    await inbox.outbox.markSent([again!.id], "42");
    expect(await row(other)).toMatchObject({ status: "sent", staffReason: null, lastError: null });
  });
});
