/**
 * The Zalo bot in webhook mode, over real HTTP: the fake registers the webhook and posts updates to
 * the project's HTTP server as Zalo would; the tests also post what Zalo would never send.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningZalo } from "../../../src/channels/zalo/run.js";
import { BODY_LIMIT } from "../../../src/server/http-server.js";
import { captureLogs } from "../../helpers/knowledge.js";
import { startZaloTestApp, type ZaloTestApp } from "../../helpers/zalo-app.js";
import { FAKE_BOT, ZaloPerson, type FakeZalo } from "../../helpers/zalo-fake.js";

const PUBLIC_URL = "https://tro-ly.example.vn/zalo/hook";
const SECRET = "s3cret-token-for-zalo";
let app: ZaloTestApp;
let fake: FakeZalo;
let zalo: RunningZalo;
let hook: string;
const logs = captureLogs();
let nextChat = 1;
const person = () => new ZaloPerson(fake, { chatId: `w${(nextChat++).toString(16).padStart(6, "0")}` });

beforeAll(async () => {
  app = await startZaloTestApp({ webhook: { url: PUBLIC_URL, secret: SECRET }, units: false, dispatch: false, burst: 20, logs });
  ({ fake, zalo, hook } = app);
  fake.webhookTarget = hook;
});

afterAll(() => app?.stop());

const post = (body: string | Buffer, headers: Record<string, string> = {}) => fetch(hook, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

describe("Zalo bot webhook", () => {
  it("registers the webhook with its secret instead of polling", () => {
    expect(zalo.bot).toEqual({ name: FAKE_BOT.account_name, mode: "webhook" });
    expect(fake.webhook).toEqual({ url: PUBLIC_URL, secret: SECRET });
    expect(fake.callsOf("setWebhook")[0]?.body).toEqual({ url: PUBLIC_URL, secret_token: SECRET });
    expect(fake.callsOf("getUpdates")).toEqual([]);
  });

  it("answers updates in the flat shape and in the documented { ok, result } wrapper, from chats it never saw", async () => {
    const flat = person();
    fake.webhookShape = "flat";
    expect(await flat.say("Mục tiêu của nghị quyết là gì?")).toBe(200);
    expect((await flat.replies())[0]).toContain("— Mục II.2 – Mục tiêu");
    const wrapped = person();
    fake.webhookShape = "wrapped";
    expect(await wrapped.say("Ai tham mưu quán triệt nghị quyết?")).toBe(200);
    expect((await wrapped.replies())[0]).toContain("Ban Tuyên giáo");
    fake.webhookShape = "flat";
  });

  it("answers Zalo at once and handles the update afterwards", async () => {
    const lan = person();
    // A rate-limited first send delays the answer by the retry: the webhook must not wait for it.
    fake.failNext("sendMessage", { status: 429, error_code: 429, description: "Too Many Requests" });
    expect(await lan.say("/help")).toBe(200);
    expect(await lan.anyReplies(0)).toEqual([]);
    expect((await lan.replies())[0]).toMatch(/^Cách dùng Trợ lý Dân vận/);
  });

  it("refuses a wrong or missing secret with 401 before reading the body", async () => {
    const lan = person();
    const update = JSON.stringify(lan.update("message.text.received", { text: "Mục tiêu của nghị quyết là gì?" }));
    expect((await post(update, { "x-bot-api-secret-token": "wrong-secret" })).status).toBe(401);
    expect((await post(update)).status).toBe(401);
    // Neither malformed JSON nor an oversized body is looked at without the secret.
    expect((await post("{not json", { "x-bot-api-secret-token": "wrong-secret" })).status).toBe(401);
    expect((await post(Buffer.alloc(BODY_LIMIT * 4, "a"), { "x-bot-api-secret-token": `${SECRET}x` })).status).toBe(401);
    expect(await lan.anyReplies(300)).toEqual([]);
    expect(logs.lines.filter((line) => line.msg === "webhook request refused" && line.reason === "wrong secret token").length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(logs.lines)).not.toContain(SECRET);
  });

  it("answers malformed JSON with 400, a body over the limit with 413, and keeps working", async () => {
    const secret = { "x-bot-api-secret-token": SECRET };
    const malformed = await post('{"event_name": "message.text.received", "message": {', secret);
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ ok: false, description: "body is not valid JSON" });
    expect((await post("", secret)).status).toBe(400);
    expect((await post(JSON.stringify({ hello: "Zalo" }), secret)).status).toBe(400);
    const lan = person();
    const huge = JSON.stringify(lan.update("message.text.received", { text: "Mục tiêu? ".repeat(BODY_LIMIT / 5) }));
    expect((await post(huge, secret)).status).toBe(413);
    expect(await lan.say("Mục tiêu của nghị quyết là gì?")).toBe(200);
    expect((await lan.replies())[0]).toContain("Mục II.2");
  });

  it("handles a replayed update (same event and message id) once", async () => {
    const lan = person();
    const update = lan.update("message.text.received", { text: "Phong trào Dân vận khéo được xem là nhiệm vụ gì?" });
    expect(await fake.deliver(update)).toBe(200);
    expect(await fake.deliver(update)).toBe(200);
    fake.webhookShape = "wrapped";
    expect(await fake.deliver(update)).toBe(200);
    fake.webhookShape = "flat";
    expect((await lan.replies())[0]).toContain("Mục III.5");
    expect(await lan.anyReplies(600)).toEqual([]);
  });

  it("acknowledges an unsupported event with 200 and no reply", async () => {
    const lan = person();
    expect(await lan.sendUnsupported()).toBe(200);
    expect(await lan.anyReplies(400)).toEqual([]);
  });
});
