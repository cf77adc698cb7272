/**
 * A staff member replies to a report card in the Telegram staff group with a photo: the citizen gets
 * the reply and the photo on Zalo. On the OA the photo is fetched from Telegram (getFile and the file
 * endpoint of a loopback Bot API), uploaded and sent as a media template; the bot takes pictures only
 * by public URL, which a Telegram file has not, so it says a photo was attached. Real assistant,
 * SQLite, outbox dispatcher and Zalo sender, on the Zalo fake.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportService } from "../../../src/assistant/report-service.js";
import type { Assistant } from "../../../src/assistant/assistant.js";
import type { ReplyTarget } from "../../../src/assistant/turn.js";
import { createTelegramFiles } from "../../../src/channels/telegram/files.js";
import { oaChatId, PICTURE_NOT_SENT } from "../../../src/channels/zalo/messenger.js";
import type { Inbound, Reply } from "../../../src/core/messages.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import type { ReportDraft } from "../../../src/inbox/reports.js";
import { testAssistant } from "../../helpers/assistant.js";
import { json, readBody } from "../../helpers/http.js";
import { captureLogs, openTestKnowledge } from "../../helpers/knowledge.js";
import { startZaloOutbox, type ZaloOutbox } from "../../helpers/zalo-app.js";
import { OaPerson, ZaloPerson, type FakeZalo } from "../../helpers/zalo-fake.js";

const TOKEN = "123456:telegram-token-for-the-staff-photo-test";
const STAFF_CHAT = "-100555";
/** The start of a JPEG: what the staff member's photo is, as far as the test cares. */
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 0x42)]);

let outbox: ZaloOutbox;
let fake: FakeZalo;
let telegram: Server;
let inbox: Inbox;
let service: ReportService;
let assistant: Assistant;
const logs = captureLogs();

/** getFile and the file endpoint, as the Bot API documents them. */
function startBotApi(): Promise<Server> {
  const server = createServer(async (request, response) => {
    const url = request.url ?? "";
    if (url.startsWith(`/bot${TOKEN}/getFile`)) {
      const fileId = (JSON.parse((await readBody(request)) || "{}") as { file_id?: string }).file_id;
      if (fileId === "AgAC-staff-photo") json(response, 200, { ok: true, result: { file_id: fileId, file_unique_id: "u1", file_size: PHOTO.length, file_path: "photos/file_9.jpg" } });
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
  const images = { telegram: createTelegramFiles(TOKEN, { apiRoot: `http://127.0.0.1:${(telegram.address() as AddressInfo).port}` }) };
  outbox = await startZaloOutbox({ oa: true, units: false, rememberMenus: false, images, intervalMs: 100, logs });
  ({ fake, inbox, service } = outbox);
  const knowledge = await openTestKnowledge();
  assistant = testAssistant(knowledge, inbox, { logger: logs.logger, staffChat: { channel: "telegram", chatId: STAFF_CHAT }, onEnqueued: () => outbox.dispatcher.kick() });
});

afterAll(async () => {
  await outbox?.stop();
  telegram?.close();
});

/** Files a report from a Zalo chat and returns its code (the tracking-code message is read). */
async function fileFrom(chatId: string): Promise<string> {
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
  return (await service.file(draft)).code;
}

/** Staff reply to the report's card in the staff group with a photo and its caption. */
async function staffRepliesWithPhoto(code: string, caption: string): Promise<Reply[]> {
  const replies: Reply[] = [];
  const target: ReplyTarget = { send: async (reply) => (replies.push(reply), { id: String(replies.length) }), typing: async () => undefined };
  const inbound: Inbound = {
    updateId: `staff-photo-${code}`,
    chat: { channel: "telegram", id: STAFF_CHAT, type: "group" },
    sender: { id: "501", name: "Cán bộ Minh" },
    content: { kind: "photo", attachments: [{ kind: "photo", ref: "AgAC-staff-photo", caption }], caption },
    receivedAt: new Date(),
    replyToAssistant: { messageId: "77", text: `📨 Phản ánh mới ${code}` },
    buttons: true,
  };
  await assistant.handle(inbound, target);
  return replies;
}

describe("a staff reply with a photo, to Zalo", () => {
  it("reaches an OA user as the reply and the photo, uploaded from Telegram as a media template", async () => {
    const user = new OaPerson(fake, "8200001", "http://127.0.0.1:9/unused");
    const code = await fileFrom(oaChatId(user.userId));
    expect((await user.replies())[0]).toContain(code);

    const answered = await staffRepliesWithPhoto(code, "Đường đã được vá xong, mời bà con kiểm tra.");
    expect(answered.map((reply) => reply.blocks[0])).toEqual([{ type: "paragraph", content: [`✓ Đã gửi câu trả lời đến người phản ánh ${code}.`] }]);

    const [notice] = await user.replies();
    expect(notice).toContain("“Đường đã được vá xong, mời bà con kiểm tra.\n📷 (kèm ảnh)”");
    await expect.poll(() => user.templates().length).toBe(1);
    const [media] = user.templates();
    expect(media).toMatchObject({ templateType: "media", element: { media_type: "image" } });
    expect(fake.oa.uploads.get(String(media!.element.attachment_id))).toEqual({ bytes: PHOTO, type: "image/jpeg" });
    // The staff history says a photo went with the reply.
    const report = await inbox.reports.findByCode(code);
    expect(report!.events.find((event) => event.type === "reply")?.text).toBe("Đường đã được vá xong, mời bà con kiểm tra.\n📷 (kèm ảnh)");
    expect(JSON.stringify(logs.lines)).not.toContain(TOKEN);
  });

  it("reaches a bot user as the reply and a line saying a photo was attached (the bot needs a public URL)", async () => {
    const person = new ZaloPerson(fake, { chatId: "e0000001" });
    const code = await fileFrom(person.options.chatId);
    expect((await person.replies())[0]).toContain(code);
    await staffRepliesWithPhoto(code, "");
    const [notice, picture] = await person.replies(2);
    expect(notice).toContain("“📷 (kèm ảnh)”");
    expect(picture).toBe(PICTURE_NOT_SENT);
    expect(fake.callsOf("sendPhoto")).toEqual([]);
  });
});
