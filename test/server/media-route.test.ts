/**
 * `GET /media/:token` over real HTTP (`inject`), the pictures fetched from a loopback server answering
 * as Telegram's Bot API documents getFile and its file endpoint: images only, never cached, the same
 * 404 for every kind of refusal, 502 while Telegram cannot be reached, limited per address, and absent
 * unless public links are configured.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramFiles } from "../../src/channels/telegram/files.js";
import { createMediaTokens, MEDIA_PATH, type MediaTokens } from "../../src/core/media-links.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { createHttpServer, type HttpServer } from "../../src/server/http-server.js";
import { json, readBody } from "../helpers/http.js";
import { captureLogs, openTestKnowledge } from "../helpers/knowledge.js";

const TOKEN = "123456:media-route-test-token-abcdefghij";
const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const VOICE = Buffer.concat([Buffer.from("OggS", "latin1"), Buffer.alloc(24, 0x01)]);
/** file_id → the path getFile gives. */
const FILES: Record<string, { path: string; bytes: Buffer }> = {
  "AgAC-photo": { path: "photos/file_1.jpg", bytes: PHOTO },
  "AwAC-voice": { path: "voice/file_2.oga", bytes: VOICE },
};

let telegram: Server;
let knowledge: KnowledgeBase;
let tokens: MediaTokens;
let server: HttpServer;
const logs = captureLogs();

function startBotApi(): Promise<Server> {
  const api = createServer(async (request, response) => {
    const url = request.url ?? "";
    if (url.startsWith(`/bot${TOKEN}/getFile`)) {
      const fileId = (JSON.parse((await readBody(request)) || "{}") as { file_id?: string }).file_id ?? "";
      const file = FILES[fileId];
      if (file) json(response, 200, { ok: true, result: { file_id: fileId, file_unique_id: fileId, file_size: file.bytes.length, file_path: file.path } });
      else json(response, 200, { ok: false, error_code: 400, description: "Bad Request: invalid file_id" });
      return;
    }
    const file = Object.values(FILES).find((candidate) => url === `/file/bot${TOKEN}/${candidate.path}`);
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": "application/octet-stream" });
    response.end(file.bytes);
  });
  return new Promise((resolve) => api.listen(0, "127.0.0.1", () => resolve(api)));
}

beforeAll(async () => {
  telegram = await startBotApi();
  knowledge = await openTestKnowledge();
  tokens = createMediaTokens("media-route-test-server-key");
  const sources = { telegram: createTelegramFiles(TOKEN, { apiRoot: `http://127.0.0.1:${(telegram.address() as AddressInfo).port}` }) };
  server = createHttpServer({ knowledge, logger: logs.logger, media: { tokens, sources }, limits: { media: { burst: 4, perSecond: 0.01 } } });
});

afterAll(async () => {
  await server?.close();
  telegram?.close();
});

const link = (ref: string) => `${MEDIA_PATH}${tokens.seal({ channel: "telegram", ref })!}`;

describe("GET /media/:token", () => {
  it("serves the picture a valid link stands for, as an image no cache keeps", async () => {
    const response = await server.inject({ method: "GET", url: link("AgAC-photo"), remoteAddress: "203.0.113.1" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("image/jpeg");
    expect(response.headers["cache-control"]).toBe("private, no-store");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.rawPayload).toEqual(PHOTO);
  });

  it("refuses a file that is no image, and one Telegram no longer has, with the 404 of a bad link", async () => {
    const voice = await server.inject({ method: "GET", url: link("AwAC-voice"), remoteAddress: "203.0.113.2" });
    const gone = await server.inject({ method: "GET", url: link("AgAC-deleted"), remoteAddress: "203.0.113.2" });
    const bad = await server.inject({ method: "GET", url: `${MEDIA_PATH}not-a-token`, remoteAddress: "203.0.113.2" });
    for (const response of [voice, gone, bad]) {
      expect(response.statusCode).toBe(404);
      expect(response.body).toBe(bad.body);
      expect(response.headers["cache-control"]).toBe("private, no-store");
    }
    expect(bad.body).toBe("Không tìm thấy ảnh hoặc đường liên kết đã hết hạn.");
    expect(JSON.stringify(logs.lines)).not.toContain(TOKEN);
    expect(JSON.stringify(logs.lines)).not.toContain("AgAC-deleted");
  });

  it("answers 502 while Telegram cannot be reached, so that Zalo may try again", async () => {
    const unreachable = createHttpServer({ knowledge, logger: logs.logger, media: { tokens, sources: { telegram: createTelegramFiles(TOKEN, { apiRoot: "http://127.0.0.1:9" }) } } });
    const response = await unreachable.inject({ method: "GET", url: link("AgAC-photo") });
    expect(response.statusCode).toBe(502);
    expect(response.body).toBe("Chưa tải được ảnh. Vui lòng thử lại sau.");
    await unreachable.close();
  });

  it("limits each address, valid links or not", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await server.inject({ method: "GET", url: `${MEDIA_PATH}guess-${i}`, remoteAddress: "198.51.100.9" })).statusCode);
    expect(statuses).toEqual([404, 404, 404, 404, 429, 429]);
    expect((await server.inject({ method: "GET", url: link("AgAC-photo"), remoteAddress: "198.51.100.10" })).statusCode).toBe(200);
  });

  it("is not served unless public links are configured (PUBLIC_URL)", async () => {
    const plain = createHttpServer({ knowledge, logger: logs.logger });
    const response = await plain.inject({ method: "GET", url: link("AgAC-photo") });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).not.toBe("image/jpeg");
    await plain.close();
  });
});
