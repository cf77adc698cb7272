/**
 * What the Zalo OA's errors do to outbox messages, through the real outbox and dispatcher, the real
 * OA client and token store on a real SQLite file, against the fake OA over HTTP: Zalo's table of
 * codes (permanent per person or message, quota, rate limit, token), a revoked token seen as plain
 * HTTP 401, a spent refresh token (-14020), `X-RateLimit-Remain: 0`, and codes nobody documented.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZALO_FAILURE_DEFAULTS } from "../../../src/channels/zalo/failure.js";
import { ZALO_OA_ERRORS } from "../../../src/channels/zalo/oa-api.js";
import { OA_TOKEN_PROVIDER } from "../../../src/channels/zalo/oa-tokens.js";
import { textReply } from "../../../src/core/messages.js";
import type { OutboxDispatcher } from "../../../src/inbox/dispatcher.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { Outbox } from "../../../src/inbox/outbox.js";
import { captureLogs } from "../../helpers/knowledge.js";
import { startZaloOutbox, type ZaloOutbox } from "../../helpers/zalo-app.js";
import type { FakeZalo } from "../../helpers/zalo-fake.js";

/** How long the client makes no call after `X-RateLimit-Remain: 0` (a minute in production). */
const PAUSE_MS = 3000;

let outbox: ZaloOutbox;
let fake: FakeZalo;
let inbox: Inbox;
let dispatcher: OutboxDispatcher;
const logs = captureLogs();
let nextUser = 9_100_001;
const newUser = () => String(nextUser++);

beforeAll(async () => {
  outbox = await startZaloOutbox({ bot: false, oa: true, units: false, rememberMenus: false, callLimitPauseMs: PAUSE_MS, intervalMs: 100, logs });
  ({ fake, inbox, dispatcher } = outbox);
});

afterAll(() => outbox?.stop());

/** A staff reply to an OA user, written to the outbox as the report service does; its row id. */
async function enqueue(userId: string, text = `Ban Dân vận trả lời người dùng ${userId}.`): Promise<number> {
  const chatId = `oa:${userId}`;
  await Outbox.enqueue(inbox.db, inbox.sql, [{ channel: "zalo", chatId, reply: textReply(text), purpose: "staff_reply" }]);
  dispatcher.kick();
  return (await inbox.db.outboxMessage.findFirstOrThrow({ where: { chatId }, orderBy: { id: "desc" } })).id;
}

const row = (id: number) => inbox.db.outboxMessage.findUniqueOrThrow({ where: { id } });
const statusOf = async (id: number) => (await row(id)).status;
const sentTo = (userId: string) => fake.oa.sent.filter((sent) => sent.userId === userId).map((sent) => sent.text);

/** What staff read for each code that no retry can overcome. */
const PERMANENT: ReadonlyArray<[number, string]> = [
  [-201, "Zalo không nhận tin vì có thông số không hợp lệ (ví dụ nội dung trống hoặc quá dài)"],
  [-213, "Người nhận chưa quan tâm OA hoặc đã bỏ quan tâm"],
  [-217, "Người nhận đã chặn tin nhắn từ OA"],
  [-224, "Gói dịch vụ của OA không cho phép gửi loại tin này"],
  [-227, "Tài khoản Zalo của người nhận bị khóa hoặc không hoạt động quá 45 ngày"],
  [-230, "Người dân không nhắn cho OA trong 7 ngày qua nên Zalo không cho gửi tiếp"],
  [-232, "Người dân không nhắn cho OA trong 7 ngày qua nên Zalo không cho gửi tiếp"],
  [-233, "Zalo không nhận loại tin nhắn này"],
  [-244, "Người nhận đã tắt nhận loại tin nhắn này từ OA"],
  [-248, "Zalo chặn tin vì cho rằng nội dung vi phạm chính sách"],
];

describe("Zalo OA errors in the outbox", () => {
  it("marks a message undeliverable at once, with a Vietnamese reason for staff, for each code that means it can never reach the person", { timeout: 20_000 }, async () => {
    // Every code of the table that means "permanent" is covered here.
    expect(PERMANENT.map(([code]) => code).sort()).toEqual([...ZALO_OA_ERRORS].filter(([, meaning]) => meaning.kind === "permanent").map(([code]) => code).sort());
    const callsBefore = fake.oa.sendCalls;
    const messages = await Promise.all(
      PERMANENT.map(async ([code, reason]) => {
        const userId = newUser();
        fake.oa.failFor(userId, { error: code, message: `Zalo error ${code}` });
        return { code, reason, userId, id: await enqueue(userId) };
      }),
    );
    for (const { code, reason, userId, id } of messages) {
      await expect.poll(() => statusOf(id), { timeout: 10_000 }).toBe("undeliverable");
      expect(await row(id)).toMatchObject({ attempts: 1, staffReason: reason, lastError: `Zalo refused the message: Zalo OA API answered with an error (${code}): Zalo error ${code}` });
      expect(sentTo(userId)).toEqual([]);
    }
    // Not one retry.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fake.oa.sendCalls - callsBefore).toBe(PERMANENT.length);
  });

  it("keeps a message the OA's quota refused (-211, -218) and tries it again in about an hour", async () => {
    for (const code of [-211, -218]) {
      const userId = newUser();
      fake.oa.failFor(userId, { error: code, message: "Out of quota" });
      const id = await enqueue(userId);
      await expect.poll(() => statusOf(id)).toBe("failed");
      const failed = await row(id);
      expect(failed).toMatchObject({ attempts: 1, staffReason: "OA đã hết hạn mức gửi tin" });
      expect(failed.lastError).toMatch(/^Zalo quota used up: /u);
      const wait = failed.nextAttemptAt.getTime() - Date.now();
      expect(wait).toBeGreaterThan(ZALO_FAILURE_DEFAULTS.quotaWaitMs - 60_000);
      expect(wait).toBeLessThanOrEqual(ZALO_FAILURE_DEFAULTS.quotaWaitMs);
      expect(sentTo(userId)).toEqual([]);
    }
  });

  it("backs off after the rate limit (-32) and sends the message afterwards", { timeout: 20_000 }, async () => {
    const userId = newUser();
    fake.oa.failFor(userId, { error: -32, message: "Request exceeds rate limit" });
    const id = await enqueue(userId, "Sau giới hạn tốc độ, tin vẫn đến.");
    await expect.poll(() => statusOf(id)).toBe("failed");
    const failed = await row(id);
    expect(failed).toMatchObject({ attempts: 1, staffReason: "Zalo tạm giới hạn tốc độ gửi tin của OA" });
    expect(failed.lastError).toMatch(/^Zalo rate limit: /u);
    expect(failed.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(1000);
    await expect.poll(() => statusOf(id), { timeout: 10_000 }).toBe("sent");
    expect(await row(id)).toMatchObject({ attempts: 2, staffReason: null, lastError: null });
    expect(sentTo(userId)).toEqual(["Sau giới hạn tốc độ, tin vẫn đến."]);
  });

  it("refreshes a token Zalo refuses with a plain HTTP 401 once, and sends the message once", async () => {
    fake.oa.expireAccessToken("http-401");
    const [refreshes, calls] = [fake.oa.refreshCalls, fake.oa.sendCalls];
    const userId = newUser();
    const id = await enqueue(userId, "Sau khi làm mới mã truy cập.");
    await expect.poll(() => statusOf(id)).toBe("sent");
    expect(await row(id)).toMatchObject({ attempts: 1 });
    expect(sentTo(userId)).toEqual(["Sau khi làm mới mã truy cập."]);
    expect(fake.oa.refreshCalls - refreshes).toBe(1);
    expect(fake.oa.sendCalls - calls).toBe(2);
    const stored = await inbox.db.oAuthToken.findUniqueOrThrow({ where: { provider: OA_TOKEN_PROVIDER } });
    expect(stored).toMatchObject({ accessToken: fake.oa.accessToken, refreshToken: fake.oa.refreshToken });
    fake.oa.tokenRefusal = "-216";
  });

  it("does not loop when the token is refused again right after its refresh (-216 twice): one refresh, the message kept for later", { timeout: 20_000 }, async () => {
    const userId = newUser();
    fake.oa.failFor(userId, { error: -216, message: "Access token is invalid" }, { error: -216, message: "Access token is invalid" });
    const [refreshes, calls] = [fake.oa.refreshCalls, fake.oa.sendCalls];
    const id = await enqueue(userId, "Sau hai lần bị từ chối mã.");
    await expect.poll(() => statusOf(id)).toBe("failed");
    expect(await row(id)).toMatchObject({ attempts: 1, staffReason: "Zalo không chấp nhận mã truy cập của OA; cần quản trị hệ thống kiểm tra việc kết nối OA" });
    expect(fake.oa.refreshCalls - refreshes).toBe(1);
    expect(fake.oa.sendCalls - calls).toBe(2);
    expect(sentTo(userId)).toEqual([]);
    // The next attempt uses the refreshed token: no further refresh.
    await expect.poll(() => statusOf(id), { timeout: 10_000 }).toBe("sent");
    expect(fake.oa.refreshCalls - refreshes).toBe(1);
    expect(sentTo(userId)).toEqual(["Sau hai lần bị từ chối mã."]);
  });

  it("says clearly in the log that the refresh token was already spent (-14020), asks Zalo no more with it, and keeps the message until the OA is authorised again", { timeout: 30_000 }, async () => {
    // The stored pair holds a refresh token Zalo has already accepted once, and an expired access token.
    const spent = "oa-refresh-0";
    fake.oa.expireAccessToken("-216");
    await inbox.db.oAuthToken.update({ where: { provider: OA_TOKEN_PROVIDER }, data: { refreshToken: spent, expiresAt: new Date(Date.now() - 60_000) } });
    const refreshes = fake.oa.refreshCalls;
    const userId = newUser();
    const id = await enqueue(userId, "Tin chờ OA được cấp quyền lại.");
    await expect.poll(() => statusOf(id), { timeout: 10_000 }).toBe("failed");
    expect(await row(id)).toMatchObject({ attempts: 1, staffReason: "OA mất quyền gửi tin; cần quản trị hệ thống cấp quyền lại cho OA trên Zalo" });
    expect(fake.oa.refreshCalls - refreshes).toBe(1);
    const errors = logs.lines.filter((line) => line.level === 50 && String(line.msg).includes("-14020"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ channel: "zalo_oa", code: -14020 });
    expect(errors[0]!.msg).toContain("the Zalo OA refresh token was already used once (Zalo -14020");
    expect(errors[0]!.msg).toContain("authorise the OA again, then put the new tokens in ZALO_OA_ACCESS_TOKEN / ZALO_OA_REFRESH_TOKEN");
    expect(JSON.stringify(logs.lines)).not.toContain(spent);

    // The next attempt does not present the spent token again, and is kept too.
    await expect.poll(async () => (await row(id)).attempts, { timeout: 10_000 }).toBe(2);
    expect(await statusOf(id)).toBe("failed");
    expect(fake.oa.refreshCalls - refreshes).toBe(1);

    // An operator authorises the OA again and stores the new pair: the message goes out.
    await inbox.db.oAuthToken.update({ where: { provider: OA_TOKEN_PROVIDER }, data: { accessToken: "", refreshToken: fake.oa.refreshToken, expiresAt: new Date(0) } });
    await expect.poll(() => statusOf(id), { timeout: 15_000 }).toBe("sent");
    expect(sentTo(userId)).toEqual(["Tin chờ OA được cấp quyền lại."]);
  });

  it("makes no call at all while Zalo says none remain (X-RateLimit-Remain: 0), then sends", { timeout: 20_000 }, async () => {
    fake.oa.callsLeft = 1;
    const first = newUser();
    const firstId = await enqueue(first, "Lượt gọi cuối cùng của phút này.");
    await expect.poll(() => statusOf(firstId)).toBe("sent");
    // The pause started with Zalo's answer, just before the message was recorded as sent.
    const pausedAt = (await row(firstId)).sentAt!.getTime();
    const calls = fake.oa.sendCalls;

    const second = newUser();
    const id = await enqueue(second, "Gửi khi hết tạm dừng.");
    await expect.poll(() => statusOf(id)).toBe("failed");
    const failed = await row(id);
    expect(failed).toMatchObject({ attempts: 1, staffReason: "Ứng dụng đã dùng hết lượt gọi Zalo trong phút này; tin sẽ được gửi lại" });
    expect(failed.lastError).toMatch(/^Zalo rate limit: .*calls paused for \d+ s: Zalo said none of the app's 4000 calls a minute remain/u);
    expect(logs.lines.filter((line) => line.level === 40 && String(line.msg).startsWith("Zalo says the app has no OA API calls left this minute"))).toEqual([
      expect.objectContaining({ channel: "zalo_oa", limit: 4000, pauseMs: PAUSE_MS, msg: "Zalo says the app has no OA API calls left this minute (X-RateLimit-Remain: 0): no OA call for 3 s, messages wait" }),
    ]);
    // Retried when the pause ends, not on the outbox's own backoff.
    expect(Math.abs(failed.nextAttemptAt.getTime() - (pausedAt + PAUSE_MS))).toBeLessThanOrEqual(200);
    // During the pause Zalo hears nothing from the app (had it been asked, it would have counted the call and refused it, -32).
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, pausedAt + PAUSE_MS - 500 - Date.now())));
    expect(fake.oa.sendCalls).toBe(calls);
    fake.oa.callsLeft = Number.POSITIVE_INFINITY;
    await expect.poll(() => statusOf(id), { timeout: 10_000 }).toBe("sent");
    expect((await row(id)).sentAt!.getTime() - pausedAt).toBeGreaterThanOrEqual(PAUSE_MS - 100);
    expect(fake.oa.sendCalls - calls).toBe(1);
    expect(sentTo(second)).toEqual(["Gửi khi hết tạm dừng."]);
  });

  it("gives up on a code nobody documented after three attempts, telling staff which code", { timeout: 30_000 }, async () => {
    const userId = newUser();
    const unknown = { error: -999, message: "Something new" };
    fake.oa.failFor(userId, unknown, unknown, unknown, unknown);
    const calls = fake.oa.sendCalls;
    const id = await enqueue(userId);
    await expect.poll(() => statusOf(id), { timeout: 20_000 }).toBe("undeliverable");
    expect(await row(id)).toMatchObject({ attempts: ZALO_FAILURE_DEFAULTS.unknownCodeAttempts, staffReason: "Zalo trả lời mã lỗi -999 chưa rõ nghĩa" });
    expect((await row(id)).lastError).toBe("Zalo answered a code not in its table: Zalo OA API answered with an error (-999): Something new");
    expect(fake.oa.sendCalls - calls).toBe(3);
    expect(sentTo(userId)).toEqual([]);
  });
});
