/**
 * The Zalo Official Account over real HTTP: signed webhook events in, customer-service messages out
 * through the fake OA API, the access token refreshed with single-use refresh tokens kept in the
 * real SQLite database, and the 7-day window making a message undeliverable where staff see it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ReportService } from "../../../src/assistant/report-service.js";
import { ZaloOaApi } from "../../../src/channels/zalo/oa-api.js";
import { Leases } from "../../../src/inbox/leases.js";
import { OAuthTokens } from "../../../src/inbox/oauth-tokens.js";
import { OA_TOKEN_PROVIDER, OaTokenStore } from "../../../src/channels/zalo/oa-tokens.js";
import { createZaloGate, ZALO_FAILURE_DEFAULTS } from "../../../src/channels/zalo/failure.js";
import { createZaloSender } from "../../../src/channels/zalo/sender.js";
import type { ChannelSender } from "../../../src/core/delivery.js";
import { DeliveryError } from "../../../src/core/delivery.js";
import { textReply } from "../../../src/core/messages.js";
import type { Database } from "../../../src/inbox/database.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { openTestDatabase } from "../../helpers/database.js";
import { captureLogs } from "../../helpers/knowledge.js";
import { answerUntilCode, startZaloTestApp, type ZaloTestApp } from "../../helpers/zalo-app.js";
import { FAKE_OA, OaPerson, signOaEvent, type FakeZalo } from "../../helpers/zalo-fake.js";

let app: ZaloTestApp;
let fake: FakeZalo;
let inbox: Inbox;
let otherProcess: Database;
let sender: ChannelSender;
let service: ReportService;
let hook: string;
const logs = captureLogs();
let nextUser = 8_000_001;
const oaUser = () => new OaPerson(fake, String(nextUser++), hook);

beforeAll(async () => {
  app = await startZaloTestApp({ bot: false, oa: true, logs });
  ({ fake, inbox, sender, service, hook } = app);
  otherProcess = await openTestDatabase(app.databaseUrl);
});

afterAll(() => app?.stop());

beforeEach(() => {
  fake.oa.refreshDelayMs = 0;
});

const storedToken = () => inbox.db.oAuthToken.findUniqueOrThrow({ where: { provider: OA_TOKEN_PROVIDER } });
/** The stored access token has expired (as after ~25 hours), at Zalo and in the database. */
async function expireStoredToken(): Promise<void> {
  fake.oa.expireAccessToken();
  await inbox.db.oAuthToken.update({ where: { provider: OA_TOKEN_PROVIDER }, data: { expiresAt: new Date(Date.now() - 60_000) } });
}

describe("Zalo OA webhook", () => {
  it("answers an OA user's question with a customer-service message, seeding the tokens from the environment", async () => {
    const user = oaUser();
    expect(await user.say("Mục tiêu của nghị quyết là gì?")).toBe(200);
    const [answer] = await user.replies();
    expect(answer).toMatch(/^“Tạo sự chuyển biến mạnh mẽ/);
    expect(answer).toContain("— Mục II.2 – Mục tiêu");
    expect(answer).toContain("1. 📄 Xem nguyên văn");
    expect(await storedToken()).toMatchObject({ accessToken: "oa-access-0", refreshToken: "oa-refresh-0", version: 0 });
    expect(fake.oa.refreshCalls).toBe(0);
  });

  it("answers 200 to a missing, malformed or wrong signature (Zalo would switch the webhook off), handles none of them, and logs why", async () => {
    const user = oaUser();
    const event = (n: number) => user.event("Mục tiêu của nghị quyết là gì?", `msg-bad-signature-${n}-${user.userId}`);
    const other = user.event("Một câu hỏi khác về nghị quyết?");
    const discardedBefore = await inbox.db.inboundMessage.count({ where: { source: "zalo_oa", status: "discarded" } });
    const unsigned = event(1);
    expect((await fetch(hook, { method: "POST", headers: { "content-type": "application/json" }, body: unsigned.raw })).status).toBe(200);
    const [malformed, zeros, otherBody, appSecret] = [event(2), event(3), event(4), event(5)];
    expect(await user.post(malformed.raw, malformed.timestamp, "sha256=abc")).toBe(200);
    expect(await user.post(zeros.raw, zeros.timestamp, `mac=${"0".repeat(64)}`)).toBe(200);
    // Signed for another body, with the app secret instead of the OA secret key, or for another app.
    expect(await user.post(otherBody.raw, otherBody.timestamp, signOaEvent(other.raw, FAKE_OA.appId, other.timestamp))).toBe(200);
    expect(await user.post(appSecret.raw, appSecret.timestamp, signOaEvent(appSecret.raw, FAKE_OA.appId, appSecret.timestamp, FAKE_OA.appSecret))).toBe(200);
    const foreign = event(6).raw.replace(FAKE_OA.appId, "1111111111");
    expect(await user.post(foreign, zeros.timestamp, signOaEvent(foreign, "1111111111", zeros.timestamp))).toBe(200);
    expect(await user.anyReplies(500)).toEqual([]);
    await expect.poll(() => inbox.db.inboundMessage.count({ where: { source: "zalo_oa", status: "discarded" } })).toBe(discardedBefore + 6);
    const reasons = new Set((await inbox.db.inboundMessage.findMany({ where: { source: "zalo_oa", status: "discarded" }, orderBy: { id: "desc" }, take: 6 })).map((row) => row.lastError));
    expect(reasons).toEqual(
      new Set([
        "no X-ZEvent-Signature: not from Zalo, or a proxy dropped the header",
        "signature mismatch: check ZALO_OA_SECRET_KEY (the OA secret key of the webhook, not the app secret)",
        "signed for another app: check ZALO_OA_APP_ID",
      ]),
    );
    expect(logs.lines.filter((line) => line.msg === "an incoming message was discarded").length).toBeGreaterThanOrEqual(6);
    expect(JSON.stringify(logs.lines)).not.toContain(FAKE_OA.secretKey);
    // Zalo retries an event, now signed right (the secret key was corrected): it is answered.
    expect(await user.post(zeros.raw, zeros.timestamp)).toBe(200);
    expect((await user.replies())[0]).toContain("Mục II.2");
  });

  it("accepts the signature without its mac= prefix", async () => {
    const user = oaUser();
    const { raw, timestamp } = user.event("Ai tham mưu quán triệt nghị quyết?");
    expect(await user.post(raw, timestamp, signOaEvent(raw, FAKE_OA.appId, timestamp).replace(/^mac=/u, "").toUpperCase())).toBe(200);
    expect((await user.replies())[0]).toContain("Ban Tuyên giáo");
  });

  it("handles Zalo's retries of an event (same msg_id) once, even two at the same moment, and answers malformed JSON with 200, discarding it", async () => {
    const user = oaUser();
    const { raw, timestamp } = user.event("Ai tham mưu quán triệt nghị quyết?", "msg-retried-1");
    expect(await user.post(raw, timestamp)).toBe(200);
    expect(await user.post(raw, timestamp, undefined, { num_retry: "1" })).toBe(200);
    expect((await user.replies())[0]).toContain("Ban Tuyên giáo");
    expect(await user.anyReplies(500)).toEqual([]);
    // The same event delivered twice at the same moment: stored once, answered once.
    const twice = user.event("Mục tiêu của nghị quyết là gì?", "msg-twice-at-once");
    expect(await Promise.all([user.post(twice.raw, twice.timestamp), user.post(twice.raw, twice.timestamp)])).toEqual([200, 200]);
    expect(await inbox.db.inboundMessage.count({ where: { source: "zalo_oa", updateId: "oa:msg-twice-at-once" } })).toBe(1);
    expect((await user.replies())[0]).toContain("Mục II.2");
    expect(await user.anyReplies(500)).toEqual([]);
    const broken = '{"app_id": "4242424242", "event_name": ';
    expect(await user.post(broken, "1")).toBe(200);
    await expect.poll(async () => (await inbox.db.inboundMessage.findFirst({ where: { source: "zalo_oa", lastError: "not JSON: not a Zalo OA event" } }))?.status).toBe("discarded");
  });

  it("answers voice politely and ignores events that are no user message", async () => {
    const user = oaUser();
    const voice = user.event("", undefined, "user_send_audio");
    expect(await user.post(voice.raw, voice.timestamp)).toBe(200);
    expect((await user.replies())[0]).toMatch(/chưa nghe được tin nhắn thoại/);
    // "Seen" receipts are no message (follows are welcomed: see oa-events.test.ts).
    const seen = user.event("", undefined, "user_seen_message");
    expect(await user.post(seen.raw, seen.timestamp)).toBe(200);
    expect(await user.anyReplies(300)).toEqual([]);
  });
});

describe("Zalo OA access token", () => {
  it("refreshes an expired token once for two concurrent sends, persisting the new single-use pair", async () => {
    await expireStoredToken();
    fake.oa.refreshDelayMs = 150;
    const before = fake.oa.refreshCalls;
    const version = (await storedToken()).version;
    const [a, b] = [oaUser(), oaUser()];
    await Promise.all([sender.send(`oa:${a.userId}`, textReply("Thông báo một")), sender.send(`oa:${b.userId}`, textReply("Thông báo hai"))]);
    expect(await a.replies()).toEqual(["Thông báo một"]);
    expect(await b.replies()).toEqual(["Thông báo hai"]);
    expect(fake.oa.refreshCalls - before).toBe(1);
    const stored = await storedToken();
    expect(stored).toMatchObject({ accessToken: fake.oa.accessToken, refreshToken: fake.oa.refreshToken, version: version + 1 });
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(89_000 * 1000);
  });

  it("refreshes and retries once when Zalo refuses a token the database thought valid (-216)", async () => {
    fake.oa.expireAccessToken();
    const before = fake.oa.refreshCalls;
    const user = oaUser();
    await sender.send(`oa:${user.userId}`, textReply("Thông báo ba"));
    expect(await user.replies()).toEqual(["Thông báo ba"]);
    expect(fake.oa.refreshCalls - before).toBe(1);
    expect((await storedToken()).accessToken).toBe(fake.oa.accessToken);
  });

  it("spends the refresh token once when two instances need a new token at the same moment: the second takes the first one's", async () => {
    await expireStoredToken();
    fake.oa.refreshDelayMs = 100;
    const before = fake.oa.refreshCalls;
    const version = (await storedToken()).version;
    const storeIn = (db: Database, instance: string) => {
      const api = new ZaloOaApi({ apiBase: fake.baseUrl, oauthBase: fake.baseUrl, appId: FAKE_OA.appId, appSecret: FAKE_OA.appSecret });
      return new OaTokenStore({ tokens: new OAuthTokens(db), leases: new Leases(db, instance), refresh: (token) => api.refresh(token), initial: { accessToken: undefined, refreshToken: "unused" }, logger: logs.logger });
    };
    const tokens = await Promise.all([storeIn(inbox.db, "web-1").accessToken(), storeIn(otherProcess, "web-2").accessToken()]);
    expect(tokens).toEqual([fake.oa.accessToken, fake.oa.accessToken]);
    // One of them held the refresh lease and spent the token; the other waited for its pair.
    expect(fake.oa.refreshCalls - before).toBe(1);
    expect(await storedToken()).toMatchObject({ refreshToken: fake.oa.refreshToken, version: version + 1 });
  });
});

describe("Zalo OA feedback and delivery", () => {
  it("files a report by numbered menus, and a staff reply after the 7-day window is marked undeliverable for staff to see", { timeout: 60_000 }, async () => {
    const user = oaUser();
    await user.say("/gopy");
    expect((await user.replies())[0]).toMatch(/^Gửi phản ánh, kiến nghị/);
    await user.say("Mấy tháng nay cán bộ địa chính xã đòi tiền mới ký hồ sơ đất cho dân ở Duy Xuyên");
    const code = await answerUntilCode(user, (await user.replies())[0]!, "Duy Xuyên");
    expect(await inbox.reports.findByCode(code)).toMatchObject({ channel: "zalo" });

    fake.oa.windowClosed.add(user.userId);
    expect((await service.reply(code, "Huyện đã lập đoàn kiểm tra việc này.", { type: "staff", name: "Cán bộ Minh" })).ok).toBe(true);
    await expect.poll(async () => (await inbox.db.outboxMessage.findFirst({ where: { purpose: "staff_reply", chatId: `oa:${user.userId}` } }))?.status).toBe("undeliverable");
    const row = await inbox.db.outboxMessage.findFirstOrThrow({ where: { purpose: "staff_reply", chatId: `oa:${user.userId}` } });
    expect(row.attempts).toBe(1);
    expect(row.lastError).toBe("Zalo refused the message: Zalo OA API answered with an error (-230): User has not interacted with the OA in the last 7 days");
    expect(await user.anyReplies(200)).toEqual([]);
  });

  it("backs off after the OA rate limit (-32), pausing only that chat, and says when an OA user's chat has no OA configured", async () => {
    fake.oa.failNext.push({ error: -32, message: "Exceeded the rate limit" });
    const limitedChat = `oa:${oaUser().userId}`;
    const limited = await sender.send(limitedChat, textReply("x")).catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(DeliveryError);
    // No retry-after from Zalo: the outbox backs off exponentially.
    expect(limited).toMatchObject({ permanent: false, retryAfterMs: undefined });
    const started = Date.now();
    await sender.send(`oa:${oaUser().userId}`, textReply("another chat goes at once"));
    expect(Date.now() - started).toBeLessThan(500);
    await sender.send(limitedChat, textReply("this chat waits"));
    expect(Date.now() - started).toBeGreaterThanOrEqual(ZALO_FAILURE_DEFAULTS.rateLimitWaitMs - 100);
    const botless = createZaloSender({}, { logger: logs.logger, gate: createZaloGate() });
    const missing = await botless.send("oa:123", textReply("x")).catch((error: unknown) => error);
    expect(missing).toMatchObject({ permanent: false, message: "this Zalo chat belongs to the Official Account, and the ZALO_OA_* variables are not set" });
  });
});
