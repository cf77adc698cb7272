/**
 * The OA events people send besides texts, end to end through the signed webhook, the durable
 * intake, the assistant and the outbox, against the fake OA over real HTTP: follow (a welcome) and
 * unfollow (nothing), shared links and business cards, people who do not follow the OA
 * (`anonymous_send_*`, answered in their anonymous conversation) and posts in a GMF group the OA is
 * in (`user_send_group_*`, answered in the group and only when addressed to the OA).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oaAnonymousChatId, oaGroupChatId } from "../../../src/channels/zalo/oa-chats.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { captureLogs } from "../../helpers/knowledge.js";
import { answerUntilCode, startZaloTestApp, type ZaloTestApp } from "../../helpers/zalo-app.js";
import { OaPerson, type FakeZalo } from "../../helpers/zalo-fake.js";

let app: ZaloTestApp;
let fake: FakeZalo;
let inbox: Inbox;
let hook: string;
const logs = captureLogs();
let nextUser = 8_500_001;
const follower = () => new OaPerson(fake, String(nextUser++), hook);

beforeAll(async () => {
  app = await startZaloTestApp({ bot: false, oa: true, logs });
  ({ fake, inbox, hook } = app);
});

afterAll(() => app?.stop());

const storedFor = (chatKey: string) => inbox.db.inboundMessage.count({ where: { source: "zalo_oa", chatKey: { endsWith: chatKey } } });

describe("following the OA", () => {
  it("welcomes a new follower once (Zalo's retry of the event too), saying what the assistant does and how to send a report", async () => {
    const person = follower();
    const { raw, timestamp } = person.followEvent();
    expect(await person.post(raw, timestamp)).toBe(200);
    expect(await person.post(raw, timestamp, undefined, { num_retry: "1" })).toBe(200);
    const [welcome] = await person.replies();
    expect(welcome).toContain("Trợ lý Dân vận");
    expect(welcome).toContain("Hỏi về Nghị quyết");
    expect(welcome).toContain("gõ /gopy");
    expect(await person.anyReplies(300)).toEqual([]);
  });

  it("sends nothing when someone unfollows, and answers Zalo 200", async () => {
    const person = follower();
    expect(await person.follow("unfollow")).toBe(200);
    expect(await person.anyReplies(500)).toEqual([]);
    expect(await storedFor(`oa:${person.userId}`)).toBe(0);
  });
});

describe("links and business cards", () => {
  it("keeps a shared link (what was typed, the page's title and address) as part of a report", { timeout: 60_000 }, async () => {
    const person = follower();
    await person.say("/gopy");
    expect((await person.replies())[0]).toMatch(/^Gửi phản ánh, kiến nghị/);
    const url = "https://baoquangnam.example/giao-thong/duong-dt609-xuong-cap.html";
    await person.sendLink(url, "Đường ĐT609 qua Đại Lộc xuống cấp nghiêm trọng", "Đoạn đường qua xã Đại Hiệp ổ gà chi chít, đi lại rất nguy hiểm, mong được sửa sớm.");
    const code = await answerUntilCode(person, (await person.replies())[0]!, "Duy Xuyên");
    const report = await inbox.reports.findByCode(code);
    expect(report?.description).toContain("Đoạn đường qua xã Đại Hiệp ổ gà chi chít");
    expect(report?.description).toContain("Đường ĐT609 qua Đại Lộc xuống cấp nghiêm trọng");
    expect(report?.description).toContain(url);
  });

  it("does not take a business card as the sender's own number", async () => {
    const person = follower();
    await person.sendBusinessCard("Nguyễn Văn Bình", "84905111222");
    expect(await person.replies()).toEqual(["Trợ lý chỉ nhận số điện thoại khi bạn gửi phản ánh và đồng ý để lại liên hệ (/gopy)."]);
    expect(await inbox.db.contact.count({ where: { phone: { contains: "905111222" } } })).toBe(0);
    expect(JSON.stringify(logs.lines)).not.toContain("905111222");
  });
});

describe("people who do not follow the OA", () => {
  it("answers in their anonymous conversation, and a report filed there gets its tracking code there", { timeout: 60_000 }, async () => {
    const anonymousId = `anon-${nextUser++}`;
    const person = new OaPerson(fake, anonymousId, hook, { anonymousConversation: `conv-${nextUser++}` });
    expect(await person.say("Mục tiêu của nghị quyết là gì?")).toBe(200);
    const [answer] = await person.replies();
    expect(answer).toContain("Mục II.2");
    // Nothing went to a private chat of that id (Zalo knows no follower by it).
    expect(fake.oa.sent.filter((sent) => sent.userId === anonymousId)).toEqual([]);

    await person.say("/gopy");
    expect((await person.replies())[0]).toMatch(/^Gửi phản ánh, kiến nghị/);
    await person.say("Trạm y tế xã Đại Hồng thiếu thuốc thiết yếu cả tháng nay, bà con phải ra thị trấn mua.");
    const code = await answerUntilCode(person, (await person.replies())[0]!, "Duy Xuyên");
    const chatId = oaAnonymousChatId(anonymousId, person.where.anonymousConversation!);
    // The code reached the person; the outbox records it as sent just after.
    await expect.poll(async () => (await inbox.db.outboxMessage.findFirstOrThrow({ where: { purpose: "tracking_code", chatId } })).status).toBe("sent");
    expect(await inbox.reports.findByCode(code)).toMatchObject({ channel: "zalo" });
  });

  it("ignores an anonymous message without its conversation (it could not be answered)", async () => {
    const person = new OaPerson(fake, `anon-${nextUser++}`, hook, { anonymousConversation: "conv-x" });
    const { raw, timestamp } = person.event("Mục tiêu của nghị quyết là gì?");
    const withoutConversation = raw.replace(/,"conversation_id":"conv-x"/u, "");
    expect(withoutConversation).not.toContain("conversation_id");
    expect(await person.post(withoutConversation, timestamp)).toBe(200);
    expect(await person.anyReplies(500)).toEqual([]);
  });
});

describe("GMF groups the OA is in", () => {
  it("answers only what is addressed to the OA (its commands), in the group, never in a member's private chat", { timeout: 30_000 }, async () => {
    const groupId = `group-${nextUser++}`;
    const member = new OaPerson(fake, String(nextUser++), hook, { group: groupId });
    const chatKey = oaGroupChatId(groupId);
    // Members talking among themselves, in words, pictures and bare command words: left alone.
    await member.say("Mục tiêu của nghị quyết là gì?");
    await member.say("góp ý");
    const picture = member.messageEvent("user_send_image", { msg_id: "group-picture-1", text: "", attachments: [{ type: "image", payload: { url: "https://zalo.example/a.jpg" } }] });
    expect(await member.post(picture.raw, picture.timestamp)).toBe(200);
    expect(await member.anyReplies(600)).toEqual([]);
    expect(await storedFor(chatKey)).toBe(0);

    await member.say("/hoi Mục tiêu của nghị quyết là gì?");
    const [answer] = await member.replies();
    expect(answer).toContain("Mục II.2");
    await member.say("/gopy");
    expect(await member.replies()).toEqual(["Để giữ kín thông tin của bạn, hãy nhắn riêng cho trợ lý rồi gõ /gopy để gửi phản ánh nhé."]);
    expect(fake.oa.sent.filter((sent) => sent.userId === member.userId)).toEqual([]);
    expect(fake.oa.conversationSent.filter((sent) => sent.kind === "group" && sent.to === groupId)).toHaveLength(2);
  });
});
