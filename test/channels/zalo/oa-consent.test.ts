/**
 * The phone number by consent on the Zalo Official Account, end to end through the signed webhook,
 * the real assistant and SQLite: at the contact step of `/gopy` the OA sends Zalo's
 * request_user_info form (as the fake records it), the person's `user_submit_info` answer fills the
 * contact with the consent recorded, and no phone number reaches the logs. Also the OA's picture
 * replies: fetched, uploaded (`/v2.0/oa/upload/image`) and sent as a media template.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contactFormText } from "../../../src/channels/zalo/oa-media.js";
import { oaChatId, PICTURE_NOT_SENT } from "../../../src/channels/zalo/messenger.js";
import type { ChannelSender } from "../../../src/core/delivery.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { captureLogs } from "../../helpers/knowledge.js";
import { startZaloTestApp, type ZaloTestApp } from "../../helpers/zalo-app.js";
import { menuNumber, OaPerson, type FakeZalo } from "../../helpers/zalo-fake.js";

let app: ZaloTestApp;
let fake: FakeZalo;
let inbox: Inbox;
let sender: ChannelSender;
let hook: string;
let formImage: string;
const logs = captureLogs();
let nextUser = 8_100_001;
const oaUser = () => new OaPerson(fake, String(nextUser++), hook);

/** The smallest valid PNG (1×1), and a JPEG header: enough for the fake's checks of type and size. */
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082", "hex");

beforeAll(async () => {
  app = await startZaloTestApp({ bot: false, oa: true, contactFormImage: { bytes: PNG, type: "image/png" }, logs });
  ({ fake, inbox, sender, hook } = app);
  formImage = app.contactFormImageUrl!;
});

afterAll(() => app?.stop());

/** Starts `/gopy`, describes, picks the first topic and an area; returns the contact step's prompt. */
async function reachContactStep(user: OaPerson): Promise<string> {
  await user.say("/gopy");
  expect((await user.replies())[0]).toMatch(/^Gửi phản ánh, kiến nghị/);
  await user.say("Đường vào thôn 3 xã Tam Thăng bị sạt lở sau mưa lớn, xe máy đi qua rất nguy hiểm");
  let [next] = await user.replies();
  expect(next).toContain("thuộc lĩnh vực nào");
  await user.say("1");
  [next] = await user.replies();
  if (next!.startsWith("Việc xảy ra ở")) {
    await user.say("Tam Kỳ");
    [next] = await user.replies();
  }
  expect(next).toContain("Bạn muốn gửi ẩn danh");
  return next!;
}

const contactOf = async (user: OaPerson) => inbox.db.contact.findUnique({ where: { channel_channelUserId: { channel: "zalo", channelUserId: oaChatId(user.userId) } } });

describe("the phone number by consent on the Zalo OA", () => {
  it("sends the request_user_info form at the contact step; the shared number and name fill the report's contact, with the consent recorded", async () => {
    const user = oaUser();
    const prompt = await reachContactStep(user);
    // Anonymous and a typed number are still offered.
    expect(prompt).toContain("Gửi ẩn danh");
    expect(prompt).toContain("Để lại số điện thoại");
    await expect.poll(() => user.templates().length).toBe(1);
    const text = contactFormText("Ban Dân vận");
    expect(user.templates()[0]).toMatchObject({ templateType: "request_user_info", element: { title: "Chia sẻ số điện thoại với Ban Dân vận (không bắt buộc)", subtitle: text.subtitle, image_url: formImage } });
    // Why, and that it is optional; a name too long for Zalo's 100 characters is left out.
    expect(text.subtitle).toContain("chỉ để liên hệ về phản ánh");
    expect(contactFormText("Hội Nông dân tỉnh").title).toBe("Chia sẻ số điện thoại với Hội Nông dân tỉnh (không bắt buộc)");
    expect(contactFormText("Ban Dân vận Tỉnh ủy ".repeat(5)).title).toBe("Chia sẻ số điện thoại (không bắt buộc)");

    const before = new Date();
    expect(await user.submitInfo({ phone: "84905123456", name: "Nguyễn Thị Lan", address: "Thôn 3, Tam Thăng", city: "Quảng Nam" })).toBe(200);
    const [confirmation] = await user.replies();
    expect(confirmation).toMatch(/^Kiểm tra lại phản ánh trước khi gửi/);
    // The number masked, as the person gave it through Zalo (84…, now written 0…), with their name.
    expect(confirmation!.split("\n")).toContain("• Liên hệ: số điện thoại 09xxxxxx56 (Nguyễn Thị Lan)");

    await user.say(menuNumber(confirmation!, "Gửi phản ánh"));
    const [filed] = await user.replies();
    const code = /PA-\d{4}-\d{6}/u.exec(filed!)?.[0];
    expect(code).toBeDefined();
    const report = await inbox.db.report.findUniqueOrThrow({ where: { code: code! }, include: { contact: true } });
    expect(report.contact).toMatchObject({ phone: "0905123456", displayName: "Nguyễn Thị Lan", phoneConsentVia: "consent_form" });
    expect(report.contact!.phoneConsentAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    // The address was not asked for, and is not kept.
    expect(JSON.stringify(report)).not.toContain("Thôn 3, Tam Thăng");

    // No number in the logs, in any form.
    const logged = JSON.stringify(logs.lines);
    for (const form of ["905123456", "0905 123 456"]) expect(logged).not.toContain(form);
  });

  it("acknowledges a shared number outside a report without filing or storing anything", async () => {
    const user = oaUser();
    const reports = await inbox.db.report.count();
    expect(await user.submitInfo({ phone: "84912000111", name: "Trần Văn Bình" })).toBe(200);
    const [answer] = await user.replies();
    expect(answer).toContain("Trợ lý chỉ nhận số điện thoại khi bạn gửi phản ánh");
    expect(await inbox.db.report.count()).toBe(reports);
    expect(await contactOf(user)).toBeNull();
    expect(JSON.stringify(logs.lines)).not.toContain("912000111");
  });

  it("asks again politely when the form comes back without a number, and still takes a typed one", async () => {
    const user = oaUser();
    await reachContactStep(user);
    await expect.poll(() => user.templates().length).toBe(1);
    expect(await user.submitInfo({ name: "Lê Thị Hoa" })).toBe(200);
    const [again] = await user.replies();
    expect(again).toMatch(/^Xin lỗi, trợ lý chưa nhận được số điện thoại bạn chia sẻ/);
    expect(again).toContain("Gửi ẩn danh");
    // The form is offered once more.
    await expect.poll(() => user.templates().length).toBe(2);

    await user.say("0935 777 888");
    const [confirmation] = await user.replies();
    expect(confirmation).toMatch(/^Kiểm tra lại phản ánh trước khi gửi/);
    expect(confirmation).toContain("• Liên hệ: số điện thoại");
    expect(confirmation).not.toContain("Lê Thị Hoa");
    await user.say(menuNumber(confirmation!, "Gửi phản ánh"));
    await user.replies();
    expect(await contactOf(user)).toMatchObject({ phone: "0935777888", phoneConsentVia: "typed" });
  });
});

describe("pictures from the Zalo OA", () => {
  it("uploads a reply's picture and sends it as a media template with its caption", async () => {
    const user = oaUser();
    const picture = fake.hostImage(PNG, "image/png");
    await sender.send(oaChatId(user.userId), { blocks: [{ type: "paragraph", content: ["Cán bộ trả lời phản ánh của bạn."] }], image: { channel: "zalo", ref: picture, caption: "Ảnh đoạn đường đã sửa xong" } });
    expect(await user.replies()).toEqual(["Cán bộ trả lời phản ánh của bạn."]);
    const [media] = user.templates();
    expect(media).toMatchObject({ templateType: "media", element: { media_type: "image" }, text: "Ảnh đoạn đường đã sửa xong" });
    expect(fake.oa.uploads.get(String(media!.element.attachment_id))).toEqual({ bytes: PNG, type: "image/png" });
  });

  it("says in words that a picture was attached when Zalo would never take it (not JPG or PNG, over 1 MB), and logs why", async () => {
    const user = oaUser();
    const gif = fake.hostImage(Buffer.from("GIF89a"), "image/gif");
    const large = fake.hostImage(Buffer.alloc(1024 * 1024 + 1, 0xff), "image/jpeg");
    await sender.send(oaChatId(user.userId), { blocks: [], image: { channel: "zalo", ref: gif } });
    await sender.send(oaChatId(user.userId), { blocks: [], image: { channel: "zalo", ref: large, caption: "Ảnh hiện trường" } });
    expect(await user.replies(2)).toEqual([PICTURE_NOT_SENT, `Ảnh hiện trường\n\n${PICTURE_NOT_SENT}`]);
    expect(user.templates()).toEqual([]);
    const reasons = logs.lines.filter((line) => String(line.msg).startsWith("a picture could not be sent through the OA")).map((line) => String(line.error));
    expect(reasons).toEqual([expect.stringMatching(/image\/gif; Zalo takes JPG or PNG/u), expect.stringMatching(/larger than Zalo's 1 MB limit/u)]);
  });
});
