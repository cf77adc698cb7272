/**
 * `npm start` as a real process: killed with SIGKILL while it handles messages it had acknowledged
 * and started again, stopped with SIGTERM in the middle of work, started on a database it cannot
 * open, and cut off from its database while running. The real SQLite file, the fake Zalo server
 * (Official Account webhook), the web chat, and a loopback LLM that can be made to hang, which keeps
 * a message "being handled" for as long as a test needs.
 */
import { randomUUID } from "node:crypto";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort, killApp, startApp, type AppProcess } from "./helpers/app-process.js";
import { tempDir } from "./helpers/knowledge.js";
import { startOpenAIStub, type OpenAIStub } from "./helpers/openai-stub.js";
import { FAKE_TELEGRAM_PHOTO, FAKE_TELEGRAM_TOKEN, FakeTelegram } from "./helpers/telegram-fake.js";
import { FAKE_BOT_TOKEN, FAKE_OA, menuNumber, OaPerson, SAMPLE_FILES, startFakeZalo, ZaloPerson, type FakeZalo } from "./helpers/zalo-fake.js";

let fake: FakeZalo;
let telegram: FakeTelegram;
let llm: OpenAIStub;
const running: AppProcess[] = [];
const indexDir = tempDir("main-index");

beforeAll(async () => {
  [fake, llm, telegram] = await Promise.all([startFakeZalo(), startOpenAIStub(), new FakeTelegram().start()]);
});
afterEach(async () => {
  for (const app of running.splice(0)) if (app.child.exitCode === null && app.child.signalCode === null) await killApp(app);
});
afterAll(async () => {
  await Promise.all([fake.close(), llm.close(), telegram.close()]);
});

/** A fresh data folder and port, and the environment of an assistant with Telegram, the OA and the LLM on. */
async function deployment() {
  const dataDir = tempDir("main-data");
  const port = await freePort();
  const env = {
    LOG_LEVEL: "info",
    DATA_DIR: dataDir,
    INDEX_DIR: indexDir,
    OPENAI_BASE_URL: llm.baseURL,
    OPENAI_TIMEOUT_MS: "60000",
    TELEGRAM_BOT_TOKEN: FAKE_TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: telegram.baseUrl,
    ZALO_OA_APP_ID: FAKE_OA.appId,
    ZALO_OA_APP_SECRET: FAKE_OA.appSecret,
    ZALO_OA_SECRET_KEY: FAKE_OA.secretKey,
    ZALO_OA_ACCESS_TOKEN: fake.oa.accessToken,
    ZALO_OA_REFRESH_TOKEN: fake.oa.refreshToken,
    ZALO_OA_API_BASE: fake.baseUrl,
    ZALO_OA_OAUTH_BASE: fake.baseUrl,
  };
  const start = async (extra: Record<string, string> = {}) => {
    const app = await startApp({ ...env, ...extra }, port);
    running.push(app);
    return app;
  };
  return { dataDir, port, env, start, database: () => new Sqlite(join(dataDir, "tro-ly-dan-van.db")) };
}

const REPORT = "/gopy Cống thoát nước ở thôn 3 xã Điện Phước, Điện Bàn bị tắc, nước ngập vào nhà dân mỗi khi mưa.";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A browser of the web chat: its cookie, and the header only the chat page sends. */
function browser(app: () => AppProcess) {
  const headers = { "content-type": "application/json", "x-tro-ly-chat": "1", cookie: `tldv_chat=${randomUUID().replace(/-/gu, "")}` };
  return {
    send: async (text: string, id: string) => {
      const response = await fetch(`${app().baseUrl}/chat/api/messages`, { method: "POST", headers, body: JSON.stringify({ text, id }) });
      return { status: response.status, body: (await response.json()) as { messages: Array<{ reply?: unknown; mine?: string }>; pending?: true } };
    },
  };
}

const codesIn = (texts: readonly string[]) => texts.filter((text) => text.includes("Mã theo dõi")).map((text) => /PA-\d{4}-\d{6}/u.exec(text)?.[0]);

describe("npm start, killed and restarted", () => {
  it("handles after a restart what it had acknowledged when killed, filing each report once and sending each code once", { timeout: 90_000 }, async () => {
    const deploy = await deployment();
    llm.chat = () => ({ hang: true });
    let app = await deploy.start();
    const citizen = new OaPerson(fake, "crash-oa-1", `${app.baseUrl}/zalo/oa/webhook`);
    const web = browser(() => app);
    const webId = randomUUID();

    // All three are stored and being handled (the LLM classifying them does not answer)…
    expect(await citizen.say(REPORT)).toBe(200);
    const cutShort = web.send(REPORT.replace("Điện Phước", "Điện Minh"), webId).catch((error: unknown) => error);
    const update = telegram.message({ userId: 4711, firstName: "Lan" }, REPORT.replace("Điện Phước", "Điện Thắng"));
    await expect.poll(() => llm.chatRequests.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    // Telegram was told the update arrived (the next poll moved the offset past it).
    await expect.poll(() => telegram.confirmed().has(update.update_id)).toBe(true);
    // …when the process dies.
    await killApp(app);
    expect(await cutShort).toBeInstanceOf(Error);
    let db = deploy.database();
    expect(db.prepare(`SELECT "source", "status" FROM "InboundMessage" ORDER BY "source"`).all()).toEqual([
      { source: "telegram", status: "handling" },
      { source: "web", status: "handling" },
      { source: "zalo_oa", status: "handling" },
    ]);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "Report"`).get()).toEqual({ n: 0 });
    db.close();

    // Started again (the LLM now fails, so the offline classifier decides): nothing is lost.
    llm.chat = () => ({ status: 500, message: "model unavailable" });
    app = await deploy.start();
    // The browser sends its message again, with the same id: it is answered, not ignored.
    const resent = await web.send(REPORT.replace("Điện Phước", "Điện Minh"), webId);
    expect(resent.status).toBe(200);
    expect(codesIn(resent.body.messages.filter((message) => message.reply).map((message) => JSON.stringify(message.reply)))).toHaveLength(1);
    const [oaCode] = await citizen.replies(1, 20_000);
    expect(oaCode).toContain("Mã theo dõi");
    await expect.poll(() => codesIn(telegram.messagesTo(4711).map((message) => message.text)), { timeout: 20_000 }).toHaveLength(1);
    await sleep(1500);
    expect(await citizen.anyReplies(0)).toEqual([]);
    expect(codesIn(telegram.messagesTo(4711).map((message) => message.text))).toHaveLength(1);

    db = deploy.database();
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "Report"`).get()).toEqual({ n: 3 });
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "OutboxMessage" WHERE "purpose" = 'tracking_code'`).get()).toEqual({ n: 3 });
    expect(db.prepare(`SELECT "status", "attempts" FROM "InboundMessage" ORDER BY "id"`).all()).toEqual([
      { status: "done", attempts: 2 },
      { status: "done", attempts: 2 },
      { status: "done", attempts: 2 },
    ]);
    db.close();
    expect(app.output()).toContain("handling a message again after an interrupted attempt");

    // What the restarted process did, as Prometheus sees it (this test is on loopback).
    const metrics = await (await fetch(`${app.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/^tldv_reports_filed_total\{channel="zalo",urgent="false"\} 1$/mu);
    expect(metrics).toMatch(/^tldv_reports_filed_total\{channel="web",urgent="false"\} 1$/mu);
    expect(metrics).toMatch(/^tldv_messages_out_total\{channel="zalo",purpose="tracking_code"\} 1$/mu);
    expect(metrics).toMatch(/^tldv_messages_out_total\{channel="telegram",purpose="tracking_code"\} 1$/mu);
    expect(metrics).toMatch(/^tldv_messages_out_total\{channel="web",purpose="tracking_code"\} 1$/mu);
  });

  it("on SIGTERM stops taking work, gives back the message it was handling and exits within 10 s; the next start handles it", { timeout: 90_000 }, async () => {
    const deploy = await deployment();
    llm.chat = () => ({ hang: true });
    const app = await deploy.start();
    const citizen = new OaPerson(fake, "crash-oa-2", `${app.baseUrl}/zalo/oa/webhook`);
    const before = llm.chatRequests.length;
    expect(await citizen.say(REPORT)).toBe(200);
    await expect.poll(() => llm.chatRequests.length, { timeout: 20_000 }).toBeGreaterThan(before);

    const stopping = Date.now();
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(10_000);
    expect(app.output()).toContain("messages still being handled go back to the queue");
    // Not listening any more.
    await expect(fetch(`${app.baseUrl}/healthz`)).rejects.toThrow();
    const db = deploy.database();
    expect(db.prepare(`SELECT "status" FROM "InboundMessage"`).all()).toEqual([{ status: "pending" }]);
    db.close();

    llm.chat = () => ({ status: 500, message: "model unavailable" });
    await deploy.start();
    expect((await citizen.replies(1, 20_000))[0]).toContain("Mã theo dõi");
  });
});

describe("npm start and the Zalo OA webhook", () => {
  it("answers 200 to an event with a wrong signature (or Zalo would switch the webhook off), files nothing, and counts it", { timeout: 60_000 }, async () => {
    const deploy = await deployment();
    llm.chat = () => ({ status: 500, message: "model unavailable" });
    const app = await deploy.start();
    const citizen = new OaPerson(fake, "forged-oa-1", `${app.baseUrl}/zalo/oa/webhook`);
    const { raw, timestamp } = citizen.event(REPORT);
    expect(await citizen.post(raw, timestamp, `mac=${"ab".repeat(32)}`)).toBe(200);
    await expect.poll(async () => (await (await fetch(`${app.baseUrl}/metrics`)).text()).match(/^tldv_incoming_discarded_total\{source="zalo_oa"\} (\d+)$/mu)?.[1]).toBe("1");
    expect(await citizen.anyReplies(300)).toEqual([]);
    const db = deploy.database();
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "Report"`).get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT "status" FROM "InboundMessage"`).all()).toEqual([{ status: "discarded" }]);
    db.close();
    expect(app.output()).toContain("signature mismatch: check ZALO_OA_SECRET_KEY");
  });
});

describe("npm start and the Zalo Bot Platform", () => {
  it("answers a polled update that names no event (as a copy of Zalo's docs shows them), sender's name in `name`, and files its report", { timeout: 60_000 }, async () => {
    const deploy = await deployment();
    llm.chat = () => ({ status: 500, message: "model unavailable" });
    await deploy.start({ ZALO_BOT_TOKEN: FAKE_BOT_TOKEN, ZALO_BOT_API_BASE: fake.baseUrl });
    const citizen = new ZaloPerson(fake, { chatId: "bare-poll-1", name: "Anh Minh", shape: { eventName: false, nameField: "name" } });
    await citizen.say(REPORT);
    const [code] = codesIn(await citizen.replies(1, 20_000));
    expect(code).toMatch(/^PA-/u);
    const db = deploy.database();
    expect(db.prepare(`SELECT "channel" FROM "Report"`).all()).toEqual([{ channel: "zalo" }]);
    db.close();
  });

  it("keeps a voice note sent during /gopy in the data folder, its link stored without the bot's token", { timeout: 90_000 }, async () => {
    const deploy = await deployment();
    llm.chat = () => ({ status: 500, message: "model unavailable" });
    await deploy.start({ ZALO_BOT_TOKEN: FAKE_BOT_TOKEN, ZALO_BOT_API_BASE: fake.baseUrl });
    const citizen = new ZaloPerson(fake, { chatId: "voice-gopy-1", name: "Bà Tư" });
    await citizen.say("/gopy");
    await citizen.replies(1, 20_000);
    await citizen.sendVoice(fake.hostFile(`file/bot${FAKE_BOT_TOKEN}/voice/main-1.aac`, SAMPLE_FILES.voiceAac));
    let [message] = (await citizen.replies(2, 20_000)).slice(1);
    for (const answer of ["Phản ánh của bạn thuộc lĩnh vực nào?", "Việc xảy ra ở", "Bạn muốn gửi ẩn danh", "Kiểm tra lại phản ánh"]) {
      expect(message).toContain(answer);
      await citizen.say(answer === "Việc xảy ra ở" ? "Tam Kỳ" : answer === "Bạn muốn gửi ẩn danh" ? menuNumber(message!, "Gửi ẩn danh") : "1");
      [message] = await citizen.replies(1, 20_000);
    }
    expect(codesIn([message!])).toHaveLength(1);
    const db = deploy.database();
    const stored = () => db.prepare(`SELECT "kind", "download", "file", "ref" FROM "Attachment"`).get() as { kind: string; download: string; file: string; ref: string };
    await expect.poll(() => stored().download, { timeout: 15_000 }).toBe("stored");
    const attachment = stored();
    db.close();
    expect(attachment.kind).toBe("voice");
    expect(readFileSync(join(deploy.dataDir, attachment.file)).equals(SAMPLE_FILES.voiceAac.bytes)).toBe(true);
    expect(attachment.ref).not.toContain(FAKE_BOT_TOKEN);
  });

  it("with PUBLIC_URL, sends a staff member's photo reply by a link to /media/ that serves the photo from Telegram", { timeout: 90_000 }, async () => {
    const deploy = await deployment();
    llm.chat = () => ({ status: 500, message: "model unavailable" });
    const staffChat = -1009876543210;
    const app = await deploy.start({ ZALO_BOT_TOKEN: FAKE_BOT_TOKEN, ZALO_BOT_API_BASE: fake.baseUrl, STAFF_CHAT_ID: String(staffChat), PUBLIC_URL: "https://tro-ly.example.test/" });
    const citizen = new ZaloPerson(fake, { chatId: "staff-photo-main-1", name: "Chị Hoa" });
    await citizen.say(REPORT);
    const [code] = codesIn(await citizen.replies(1, 20_000));
    const card = await telegram.waitFor((message) => message.chatId === String(staffChat) && message.text.includes(code!), 20_000);

    telegram.photoReply({ userId: 5001, chatId: staffChat, firstName: "Minh" }, "AgACAgUAAxkBAAIE-main-photo", "Đã nạo vét xong cống.", card.messageId);
    const [notice] = await citizen.replies(2, 20_000);
    expect(notice).toContain("Đã nạo vét xong cống.");
    const photo = fake.sent.find((sent) => sent.chatId === "staff-photo-main-1" && sent.photo)!.photo!;
    expect(photo).toMatch(/^https:\/\/tro-ly\.example\.test\/media\/[\w-]+$/u);
    expect(photo).not.toContain("main-photo");
    expect(photo).not.toContain(FAKE_TELEGRAM_TOKEN.split(":")[1]!);
    // Zalo would fetch the public address; the reverse proxy forwards it here.
    const served = await fetch(`${app.baseUrl}${new URL(photo).pathname}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await served.arrayBuffer()).equals(FAKE_TELEGRAM_PHOTO)).toBe(true);
    expect((await fetch(`${app.baseUrl}/media/${"A".repeat(64)}`)).status).toBe(404);
    expect(statSync(join(deploy.dataDir, "media-link.key")).mode & 0o777).toBe(0o600);
  });
});

describe("npm start without its database", () => {
  it("stops at start with a clear line when the database cannot be opened", { timeout: 60_000 }, async () => {
    const deploy = await deployment();
    // Its folder would have to be made inside a file.
    const notAFolder = join(deploy.dataDir, "first-admin-password.txt");
    writeFileSync(notAFolder, "");
    const url = `file:${join(notAFolder, "tro-ly.db")}`;
    const failed = await startApp({ ...deploy.env, DATABASE_URL: url }, deploy.port).catch((error: unknown) => error as Error);
    expect(failed).toBeInstanceOf(Error);
    const output = (failed as Error).message;
    expect(output).toContain("could not start");
    expect(output).toContain(`the database ${url} could not be opened (check DATABASE_URL or DATA_DIR, and that the file and its folder are writable) ← EEXIST`);
  });

  it("acknowledges nothing it could not store while the database refuses writes, says so on /healthz, and recovers", { timeout: 90_000 }, async () => {
    const deploy = await deployment();
    llm.chat = () => ({ status: 500, message: "model unavailable" });
    const app = await deploy.start();
    const citizen = new OaPerson(fake, "locked-oa-1", `${app.baseUrl}/zalo/oa/webhook`);
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);

    // Another program holds the database's write lock.
    const holder = deploy.database();
    holder.exec("BEGIN IMMEDIATE");
    const { raw, timestamp } = citizen.event(REPORT);
    expect(await citizen.post(raw, timestamp)).toBe(503);
    const health = await fetch(`${app.baseUrl}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, database: "unreachable" });
    holder.exec("ROLLBACK");
    holder.close();

    // Zalo sends the event again: now it is stored, acknowledged and handled.
    expect(await citizen.post(raw, timestamp)).toBe(200);
    expect((await citizen.replies(1, 20_000))[0]).toContain("Mã theo dõi");
    await expect.poll(async () => (await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
    expect(app.output()).toContain("could not store a webhook update; answered 503 so that the platform sends it again");
  });
});
