/**
 * A staff member replies to a report card in the Telegram staff group with a photo: the citizen gets
 * the reply and the photo on Zalo. On the OA the photo is fetched from Telegram (getFile and the file
 * endpoint of a loopback Bot API), uploaded and sent as a media template. The bot takes pictures only
 * by public URL, which a Telegram file has not: with PUBLIC_URL it gets a sealed, expiring link to
 * this server's `/media/<token>`, which the fake fetches as Zalo would; without it a line says a photo
 * was attached. Real assistant, SQLite, outbox dispatcher, Zalo sender and HTTP server, on the Zalo fake.
 */
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../../src/assistant/assistant.js";
import type { ReplyTarget } from "../../../src/assistant/turn.js";
import { createTelegramFiles } from "../../../src/channels/telegram/files.js";
import { oaChatId, PICTURE_NOT_SENT } from "../../../src/channels/zalo/messenger.js";
import type { ImageSources } from "../../../src/channels/zalo/oa-media.js";
import { createMediaTokens, MEDIA_LINK_DEFAULTS, MEDIA_PATH, type MediaTokens, type PublicMedia } from "../../../src/core/media-links.js";
import type { Inbound, Reply } from "../../../src/core/messages.js";
import type { ReportDraft } from "../../../src/inbox/reports.js";
import type { KnowledgeBase } from "../../../src/knowledge/knowledge-base.js";
import { createHttpServer, type HttpServer } from "../../../src/server/http-server.js";
import { testAssistant } from "../../helpers/assistant.js";
import { json, readBody } from "../../helpers/http.js";
import { captureLogs, openTestKnowledge } from "../../helpers/knowledge.js";
import { startZaloOutbox, type ZaloOutbox } from "../../helpers/zalo-app.js";
import { OaPerson, ZaloPerson } from "../../helpers/zalo-fake.js";

const TOKEN = "123456:telegram-token-for-the-staff-photo-test";
const FILE_ID = "AgAC-staff-photo";
const STAFF_CHAT = "-100555";
/** The start of a JPEG: what the staff member's photo is, as far as the test cares. */
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 0x42)]);

let telegram: Server;
let images: ImageSources;
let knowledge: KnowledgeBase;
const opened: ZaloOutbox[] = [];
const logs = captureLogs();

/** getFile and the file endpoint, as the Bot API documents them. */
function startBotApi(): Promise<Server> {
  const server = createServer(async (request, response) => {
    const url = request.url ?? "";
    if (url.startsWith(`/bot${TOKEN}/getFile`)) {
      const fileId = (JSON.parse((await readBody(request)) || "{}") as { file_id?: string }).file_id;
      if (fileId === FILE_ID) json(response, 200, { ok: true, result: { file_id: fileId, file_unique_id: "u1", file_size: PHOTO.length, file_path: "photos/file_9.jpg" } });
      else json(response, 200, { ok: false, error_code: 400, description: "Bad Request: invalid file_id" });
      return;
    }
    if (url === `/file/bot${TOKEN}/photos/file_9.jpg`) {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.end(PHOTO);
      return;
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

beforeAll(async () => {
  telegram = await startBotApi();
  images = { telegram: createTelegramFiles(TOKEN, { apiRoot: `http://127.0.0.1:${(telegram.address() as AddressInfo).port}` }) };
  knowledge = await openTestKnowledge();
});

afterAll(async () => {
  for (const outbox of opened) await outbox.stop();
  telegram?.close();
});

/** The Zalo outbox (bot and OA) on its fake, and an assistant with the staff group, sharing its inbox. */
async function openApp(publicMedia?: PublicMedia): Promise<{ outbox: ZaloOutbox; assistant: Assistant }> {
  const outbox = await startZaloOutbox({ oa: true, units: false, rememberMenus: false, images, publicMedia, intervalMs: 100, logs });
  opened.push(outbox);
  const assistant = testAssistant(knowledge, outbox.inbox, { logger: logs.logger, staffChat: { channel: "telegram", chatId: STAFF_CHAT }, onEnqueued: () => outbox.dispatcher.kick() });
  return { outbox, assistant };
}

/** Files a report from a Zalo chat and returns its code (the tracking-code message is read). */
async function fileFrom(outbox: ZaloOutbox, chatId: string): Promise<string> {
  const draft: ReportDraft = {
    channel: "zalo",
    chatId,
    reporter: { id: chatId },
    topic: "khac",
    urgent: false,
    urgentReasons: [],
    area: "Thành phố Tam Kỳ",
    description: "Đoạn đường trước trường tiểu học bị sụt lún, trẻ em đi học rất nguy hiểm.",
    descriptionCut: false,
    attachments: [],
    anonymous: true,
    sections: [],
    suggestedUnit: "Sở Giao thông vận tải",
    dueAt: new Date(Date.now() + 10 * 86_400_000),
  };
  return (await outbox.service.file(draft)).code;
}

/** Staff reply to the report's card in the staff group with a photo and its caption. */
async function staffRepliesWithPhoto(assistant: Assistant, code: string, caption: string): Promise<Reply[]> {
  const replies: Reply[] = [];
  const target: ReplyTarget = { send: async (reply) => (replies.push(reply), { id: String(replies.length) }), typing: async () => undefined };
  const inbound: Inbound = {
    updateId: `staff-photo-${code}`,
    chat: { channel: "telegram", id: STAFF_CHAT, type: "group" },
    sender: { id: "501", name: "Cán bộ Minh" },
    content: { kind: "photo", attachments: [{ kind: "photo", ref: FILE_ID, caption }], caption },
    receivedAt: new Date(),
    replyToAssistant: { messageId: "77", text: `📨 Phản ánh mới ${code}` },
    buttons: true,
  };
  await assistant.handle(inbound, target);
  return replies;
}

describe("a staff reply with a photo, to Zalo, without PUBLIC_URL", () => {
  let app: { outbox: ZaloOutbox; assistant: Assistant };
  beforeAll(async () => {
    app = await openApp();
  });

  it("reaches an OA user as the reply and the photo, uploaded from Telegram as a media template", async () => {
    const { outbox, assistant } = app;
    const user = new OaPerson(outbox.fake, "8200001", "http://127.0.0.1:9/unused");
    const code = await fileFrom(outbox, oaChatId(user.userId));
    expect((await user.replies())[0]).toContain(code);

    const answered = await staffRepliesWithPhoto(assistant, code, "Đường đã được vá xong, mời bà con kiểm tra.");
    expect(answered.map((reply) => reply.blocks[0])).toEqual([{ type: "paragraph", content: [`✓ Đã gửi câu trả lời đến người phản ánh ${code}.`] }]);

    const [notice] = await user.replies();
    expect(notice).toContain("“Đường đã được vá xong, mời bà con kiểm tra.\n📷 (kèm ảnh)”");
    await expect.poll(() => user.templates().length).toBe(1);
    const [media] = user.templates();
    expect(media).toMatchObject({ templateType: "media", element: { media_type: "image" } });
    expect(outbox.fake.oa.uploads.get(String(media!.element.attachment_id))).toEqual({ bytes: PHOTO, type: "image/jpeg" });
    // The staff history says a photo went with the reply.
    const report = await outbox.inbox.reports.findByCode(code);
    expect(report!.events.find((event) => event.type === "reply")?.text).toBe("Đường đã được vá xong, mời bà con kiểm tra.\n📷 (kèm ảnh)");
    expect(JSON.stringify(logs.lines)).not.toContain(TOKEN);
  });

  it("reaches a bot user as the reply and a line saying a photo was attached (the bot needs a public URL)", async () => {
    const { outbox, assistant } = app;
    const person = new ZaloPerson(outbox.fake, { chatId: "e0000001" });
    const code = await fileFrom(outbox, person.options.chatId);
    expect((await person.replies())[0]).toContain(code);
    await staffRepliesWithPhoto(assistant, code, "");
    const [notice, picture] = await person.replies(2);
    expect(notice).toContain("“📷 (kèm ảnh)”");
    expect(picture).toBe(PICTURE_NOT_SENT);
    expect(outbox.fake.callsOf("sendPhoto")).toEqual([]);
  });
});

describe("a staff reply with a photo, to the Zalo bot, with PUBLIC_URL", () => {
  let app: { outbox: ZaloOutbox; assistant: Assistant };
  let server: HttpServer;
  let origin: string;
  let tokens: MediaTokens;

  beforeAll(async () => {
    tokens = createMediaTokens(randomBytes(32).toString("hex"));
    // The server's public address is where Zalo fetches from: here the test's loopback server.
    server = createHttpServer({ knowledge, logger: logs.logger, media: { tokens, sources: images } });
    await server.listen({ port: 0, host: "127.0.0.1" });
    origin = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
    app = await openApp({ baseUrl: origin, tokens });
    app.outbox.fake.fetchPhotos = true;
  });

  afterAll(async () => {
    await server?.close();
  });

  it("reaches a bot user through sendPhoto with a link to this server, which serves the photo's bytes to Zalo", async () => {
    const { outbox, assistant } = app;
    const person = new ZaloPerson(outbox.fake, { chatId: "e0000002" });
    const code = await fileFrom(outbox, person.options.chatId);
    expect((await person.replies())[0]).toContain(code);

    await staffRepliesWithPhoto(assistant, code, "Đã xử lý xong.");
    const [notice] = await person.replies(2);
    expect(notice).toContain("“Đã xử lý xong.\n📷 (kèm ảnh)”");
    const photos = outbox.fake.sent.filter((sent) => sent.chatId === person.options.chatId && sent.photo !== undefined);
    expect(photos).toHaveLength(1);
    const [sent] = photos;
    expect(sent!.photo!.startsWith(`${origin}${MEDIA_PATH}`)).toBe(true);
    // What Zalo got when it fetched the link at sendPhoto: the staff member's photo, not to be cached.
    expect(sent!.fetched).toEqual({ status: 200, contentType: "image/jpeg", cacheControl: "private, no-store", bytes: PHOTO });
    // Neither the bot token nor the file_id can be read from the link, in any encoding.
    for (const secret of [TOKEN, FILE_ID, "123456", "staff-photo"]) {
      for (const form of [secret, encodeURIComponent(secret), Buffer.from(secret).toString("base64url"), Buffer.from(secret).toString("base64")]) expect(sent!.photo).not.toContain(form);
    }
    expect(outbox.fake.sent.filter((message) => message.chatId === person.options.chatId).map((message) => message.text)).not.toContain(PICTURE_NOT_SENT);
    // Nor does the link (a capability) or the token reach the log.
    const logged = JSON.stringify(logs.lines);
    expect(logged).not.toContain(TOKEN);
    expect(logged).not.toContain(sent!.photo!.slice(origin.length + MEDIA_PATH.length));
  });

  it("answers 404, the same for each, to a tampered, expired, foreign or malformed link", async () => {
    const fetchLink = async (token: string) => {
      const response = await fetch(`${origin}${MEDIA_PATH}${token}`);
      return { status: response.status, body: await response.text(), cacheControl: response.headers.get("cache-control") };
    };
    const valid = tokens.seal({ channel: "telegram", ref: FILE_ID })!;
    expect((await fetchLink(valid)).status).toBe(200);

    const middle = Math.floor(valid.length / 2);
    const tampered = valid.slice(0, middle) + (valid[middle] === "A" ? "B" : "A") + valid.slice(middle + 1);
    const expired = tokens.seal({ channel: "telegram", ref: FILE_ID }, Date.now() - MEDIA_LINK_DEFAULTS.ttlMs - 1000)!;
    const foreign = createMediaTokens(randomBytes(32).toString("hex")).seal({ channel: "telegram", ref: FILE_ID })!;
    const answers = await Promise.all([tampered, expired, foreign, "abc", "x".repeat(120)].map(fetchLink));
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]).toMatchObject({ status: 404, cacheControl: "private, no-store" });
  });
});
