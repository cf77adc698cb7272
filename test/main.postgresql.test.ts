/**
 * `npm start` on PostgreSQL (run by the "postgresql" project only), against a server of its own that
 * the test shuts down and starts again: a start without the server stops with one line, and a server
 * lost mid-run gets the web chat and the webhooks a 503 (nothing acknowledged that was not stored),
 * /healthz a 503, and everything back once it returns.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startApp, type AppProcess } from "./helpers/app-process.js";
import { tempDir } from "./helpers/knowledge.js";
import { onDatabase, startPostgres, type PostgresServer } from "./helpers/postgres-server.js";

const REPORT = "/gopy Cống thoát nước ở thôn 3 xã Điện Phước bị tắc, nước ngập vào nhà dân mỗi khi mưa.";
let server: PostgresServer;
const running: AppProcess[] = [];
const indexDir = tempDir("main-pg-index");

beforeAll(async () => {
  server = await startPostgres();
  await onDatabase(server.adminUrl, "CREATE DATABASE tro_ly");
});

afterAll(async () => {
  for (const app of running) {
    app.child.kill("SIGTERM");
    await app.exited;
  }
  await server?.stop();
});

/** One browser of the web chat posting a message (with its id, as public/chat.js does). */
function browser(baseUrl: string) {
  const chat = randomUUID().replace(/-/gu, "");
  const headers = { "content-type": "application/json", "x-tro-ly-chat": "1", cookie: `tldv_chat=${chat}` };
  return async (text: string, id: string) => {
    const response = await fetch(`${baseUrl}/chat/api/messages`, { method: "POST", headers, body: JSON.stringify({ text, id }) });
    return { status: response.status, body: await response.text() };
  };
}

describe("npm start on PostgreSQL", () => {
  it("stops at start with one line, without the password, when the server cannot be reached", { timeout: 60_000 }, async () => {
    const url = `postgresql://tro_ly:mat-khau-bi-mat@127.0.0.1:${await freePort()}/tro_ly`;
    const failed = await startApp({ DATA_DIR: tempDir("main-pg-unreachable"), INDEX_DIR: indexDir, DATABASE_URL: url }, await freePort()).catch((error: unknown) => error as Error);
    expect(failed).toBeInstanceOf(Error);
    const output = (failed as Error).message;
    expect(output).toContain("could not start");
    expect(output).toMatch(/the database postgresql:\/\/127\.0\.0\.1:\d+\/tro_ly could not be opened \(check DATABASE_URL or DATA_DIR, and that the server answers and the user may sign in and create tables\) ← could not reach the PostgreSQL database/u);
    expect(output).not.toContain("mat-khau-bi-mat");
  });

  it("acknowledges nothing while the server is gone, says so on /healthz, and recovers when it returns", { timeout: 120_000 }, async () => {
    const app = await startApp({ DATA_DIR: tempDir("main-pg-data"), INDEX_DIR: indexDir, DATABASE_URL: server.urlOf("tro_ly"), LOG_LEVEL: "info" }, await freePort());
    running.push(app);
    const send = browser(app.baseUrl);
    const first = await send(REPORT, "11111111-1111-4111-8111-111111111111");
    expect(first.status).toBe(200);
    expect(first.body).toContain("Mã theo dõi");

    await server.pause();
    await expect.poll(async () => (await fetch(`${app.baseUrl}/healthz`)).status, { timeout: 20_000 }).toBe(503);
    const id = "22222222-2222-4222-8222-222222222222";
    const refused = await send("/gopy Đèn đường thôn 5 tắt cả tuần nay, buổi tối rất tối.", id);
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body)).toEqual({ error: "Hệ thống đang bận, chưa nhận được tin nhắn. Trang sẽ tự gửi lại sau giây lát." });

    await server.resume();
    await expect.poll(async () => (await fetch(`${app.baseUrl}/healthz`)).status, { timeout: 30_000 }).toBe(200);
    // The page sends the message again with the same id: now it is stored, handled and answered.
    const again = await send("/gopy Đèn đường thôn 5 tắt cả tuần nay, buổi tối rất tối.", id);
    expect(again.status).toBe(200);
    expect(again.body).toContain("Mã theo dõi");
    expect(app.output()).toContain("could not store a web chat message; answered 503 so that the page sends it again");
  });
});
