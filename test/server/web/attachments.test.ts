/**
 * Attachments in the web inbox: Telegram photos (kept as file ids) fetched through the Bot API's
 * getFile and file endpoint — here a loopback server answering as Telegram documents it — and
 * served to staff without the token; Zalo photos (URLs) downloaded by the keeper and served from
 * the data folder, never linked; every failure explained.
 */
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramFiles } from "../../../src/channels/telegram/files.js";
import type { AttachmentRef, Channel } from "../../../src/core/messages.js";
import { AttachmentKeeper } from "../../../src/inbox/attachment-keeper.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import type { ReportWithTrail } from "../../../src/inbox/reports.js";
import type { KnowledgeBase } from "../../../src/knowledge/knowledge-base.js";
import { openTestInbox } from "../../helpers/database.js";
import { json, readBody } from "../../helpers/http.js";
import { openTestKnowledge, tempDir, testLogger } from "../../helpers/knowledge.js";
import { openTestWebApp, signedInStaff, WebClient, type TestWebApp } from "../../helpers/web.js";

const TOKEN = "123456:files-test-token-abcdefghijklmnop";
/** The start of a JPEG file: enough bytes to check that what is served is what Telegram sent. */
const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

/** The start of an Ogg Opus voice note, as Telegram records them. */
const VOICE = Buffer.concat([Buffer.from("OggS", "latin1"), Buffer.alloc(24, 0x01)]);

let telegram: Server;
let apiRoot: string;
let knowledge: KnowledgeBase;
let inbox: Inbox;
let app: TestWebApp;
let staff: WebClient;

/** getFile and the file endpoint, as the Bot API documents them. */
function startBotApi(): Promise<Server> {
  const server = createServer(async (request, response) => {
    const url = request.url ?? "";
    if (url.startsWith(`/bot${TOKEN}/getFile`)) {
      const fileId = (JSON.parse((await readBody(request)) || "{}") as { file_id?: string }).file_id;
      if (fileId === "AgAC-photo") json(response, 200, { ok: true, result: { file_id: fileId, file_unique_id: "u1", file_size: PHOTO.length, file_path: "photos/file_7.jpg" } });
      else if (fileId === "AwAC-voice") json(response, 200, { ok: true, result: { file_id: fileId, file_unique_id: "u2", file_size: VOICE.length, file_path: "voice/file_3.oga" } });
      else json(response, 200, { ok: false, error_code: 400, description: "Bad Request: invalid file_id" });
      return;
    }
    if (url === "/zalo-cdn/anh-phan-anh.jpg?exp=1") {
      response.writeHead(200, { "content-type": "image/jpeg", "content-length": PHOTO.length });
      response.end(PHOTO);
      return;
    }
    if (url === `/file/bot${TOKEN}/voice/file_3.oga`) {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.end(VOICE);
      return;
    }
    if (url === `/file/bot${TOKEN}/photos/file_7.jpg`) {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.end(PHOTO);
      return;
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function fileReport(channel: Channel, attachments: AttachmentRef[]): Promise<ReportWithTrail> {
  return inbox.reports.create(
    {
      channel,
      chatId: "555",
      reporter: { id: "555" },
      topic: "moi_truong",
      urgent: false,
      urgentReasons: [],
      description: "Nước thải chảy ra suối ở thôn 3, kèm ảnh.",
      descriptionCut: false,
      attachments,
      anonymous: true,
      sections: [],
      suggestedUnit: "Sở Tài nguyên và Môi trường",
      dueAt: new Date(Date.now() + 10 * 86_400_000),
    },
    () => [],
  );
}

beforeAll(async () => {
  telegram = await startBotApi();
  apiRoot = `http://127.0.0.1:${(telegram.address() as AddressInfo).port}`;
  knowledge = await openTestKnowledge();
  inbox = await openTestInbox();
  app = await openTestWebApp(knowledge, inbox, { attachments: { telegram: createTelegramFiles(TOKEN, { apiRoot }) }, keeper: new AttachmentKeeper(inbox.db, tempDir("data"), testLogger, { hosts: ["127.0.0.1"] }) });
  staff = await signedInStaff(app, "canbo", "viewer");
});

afterAll(async () => {
  telegram.close();
  await once(telegram, "close");
});

describe("attachments", () => {
  it("shows a Telegram photo on the report page and serves its bytes, never the token", async () => {
    const report = await fileReport("telegram", [{ kind: "photo", ref: "AgAC-photo", caption: "Ảnh chụp sáng nay" }]);
    const href = `/inbox/${report.code}/attachments/${report.attachments[0]!.id}`;
    const page = await staff.get(`/inbox/${report.code}`);
    expect(page.body).toContain(`<img src="${href}" alt="Ảnh 1" loading="lazy">`);
    expect(page.body).toContain("Ảnh chụp sáng nay");
    const photo = await staff.get(href);
    expect(photo.status).toBe(200);
    expect(photo.headers["content-type"]).toBe("image/jpeg");
    expect(photo.headers["x-content-type-options"]).toBe("nosniff");
    expect(photo.raw.equals(PHOTO)).toBe(true);
    expect(JSON.stringify(photo.headers) + page.body).not.toContain(TOKEN);
  });

  it("plays a Telegram voice note on the report page, served as Ogg audio", async () => {
    const report = await fileReport("telegram", [{ kind: "voice", ref: "AwAC-voice" }]);
    const href = `/inbox/${report.code}/attachments/${report.attachments[0]!.id}`;
    expect((await staff.get(`/inbox/${report.code}`)).body).toContain(`<audio controls preload="none" src="${href}"></audio>`);
    const voice = await staff.get(href);
    expect(voice.status).toBe(200);
    expect(voice.headers["content-type"]).toBe("audio/ogg");
    expect(voice.headers["content-disposition"]).toMatch(/^inline; filename="tin-nhan-thoai-\d+\.oga"/u);
    expect(voice.raw.equals(VOICE)).toBe(true);
  });

  it("explains a file Telegram no longer has, an unreachable Telegram, and a channel not configured", async () => {
    const report = await fileReport("telegram", [{ kind: "photo", ref: "AgAC-gone" }]);
    const href = `/inbox/${report.code}/attachments/${report.attachments[0]!.id}`;
    const gone = await staff.get(href);
    expect(gone.status).toBe(502);
    expect(gone.body).toContain("Telegram không còn cung cấp tệp này.");

    const offline = await openTestWebApp(knowledge, inbox, { attachments: { telegram: createTelegramFiles(TOKEN, { apiRoot: "http://127.0.0.1:9" }) } });
    const offlineStaff = new WebClient(offline.server);
    await offlineStaff.signIn("canbo");
    const unreachable = await offlineStaff.get(href);
    expect(unreachable.status).toBe(502);
    expect(unreachable.body).toContain("Chưa kết nối được Telegram. Bạn thử lại sau ít phút.");

    const unconfigured = await openTestWebApp(knowledge, inbox);
    const unconfiguredStaff = new WebClient(unconfigured.server);
    await unconfiguredStaff.signIn("canbo");
    const none = await unconfiguredStaff.get(href);
    expect(none.status).toBe(404);
    expect(none.body).toContain("kênh này chưa được cấu hình");
  });

  it("serves a Zalo photo (a URL) from the data folder, never linked; refuses another report's attachment; keeps anonymous visitors out", async () => {
    const zalo = await fileReport("zalo", [{ kind: "photo", ref: `${apiRoot}/zalo-cdn/anh-phan-anh.jpg?exp=1` }]);
    const other = await fileReport("telegram", [{ kind: "photo", ref: "AgAC-photo" }]);
    const page = await staff.get(`/inbox/${zalo.code}`);
    expect(page.body).not.toContain(apiRoot);
    const served = await staff.get(`/inbox/${zalo.code}/attachments/${zalo.attachments[0]!.id}`);
    expect(served.status).toBe(200);
    expect(served.headers["content-type"]).toBe("image/jpeg");
    expect(served.headers.location).toBeUndefined();
    expect(served.raw.equals(PHOTO)).toBe(true);
    expect((await staff.get(`/inbox/${zalo.code}/attachments/${other.attachments[0]!.id}`)).status).toBe(404);
    expect((await staff.get(`/inbox/${zalo.code}/attachments/abc`)).status).toBe(404);
    const anonymous = await new WebClient(app.server).get(`/inbox/${other.code}/attachments/${other.attachments[0]!.id}`);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.location).toMatch(/^\/login\?next=/u);
  });
});

