/**
 * Richer replies on the Zalo Bot Platform, end to end through the real adapter long polling the
 * loopback fake: emphasis and citations as `text_styles`, the same text plain when Zalo refuses the
 * styles (and formatting given up after repeated refusals, logged once), a staff reply's picture by
 * sendPhoto, and the contact step kept as a typed number (the bot has no consent form).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZALO_MESSENGER_DEFAULTS } from "../../../src/channels/zalo/messenger.js";
import type { ChannelSender } from "../../../src/core/delivery.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { captureLogs } from "../../helpers/knowledge.js";
import { startZaloTestApp, type ZaloTestApp } from "../../helpers/zalo-app.js";
import { menuNumber, ZaloPerson, type FakeZalo, type SentText } from "../../helpers/zalo-fake.js";

let app: ZaloTestApp;
let fake: FakeZalo;
let inbox: Inbox;
let sender: ChannelSender;
const logs = captureLogs();
let nextChat = 1;
const person = () => new ZaloPerson(fake, { chatId: `d${(nextChat++).toString(16).padStart(6, "0")}` });

beforeAll(async () => {
  // One set of clients for the channel and the outbox sender, as in main.ts: one memory of formatting.
  app = await startZaloTestApp({ units: false, dispatch: false, rememberMenus: false, logs });
  ({ fake, inbox, sender } = app);
});

afterAll(() => app?.stop());

/** The last message the fake recorded for `chatId`. */
const lastSent = (chatId: string): SentText => fake.sent.filter((sent) => sent.chatId === chatId).at(-1)!;
const styled = (sent: SentText) => (sent.styles ?? []).map((style) => [sent.text.slice(style.start, style.start + style.len), style.st]);
const formattedCalls = () => fake.callsOf("sendMessage").filter((call) => call.body.text_styles !== undefined).length;

describe("Zalo bot, formatting", () => {
  it("sends headings in bold and a citation in italics as text_styles", async () => {
    const lan = person();
    await lan.say("/gopy");
    const [prompt] = await lan.replies();
    expect(prompt).toMatch(/^Gửi phản ánh, kiến nghị\n\n/);
    expect(styled(lastSent(lan.options.chatId))).toEqual([["Gửi phản ánh, kiến nghị", "b"]]);

    const hoa = person();
    await hoa.say("Mục tiêu của nghị quyết là gì?");
    const [answer] = await hoa.replies();
    expect(answer).toContain("— Mục II.2 – Mục tiêu");
    expect(styled(lastSent(hoa.options.chatId))).toContainEqual(["Mục II.2 – Mục tiêu", "i"]);
  });

  it("sends a reply's picture with sendPhoto and its caption, after the text", async () => {
    const lan = person();
    const url = "https://files.example.org/anh-hien-truong.jpg";
    await sender.send(lan.options.chatId, { blocks: [{ type: "paragraph", content: ["Cán bộ đã trả lời phản ánh của bạn."] }], image: { channel: "zalo", ref: url, caption: "Đoạn đường đã được sửa" } });
    expect(await lan.replies(2)).toEqual(["Cán bộ đã trả lời phản ánh của bạn.", "Đoạn đường đã được sửa"]);
    expect(lastSent(lan.options.chatId).photo).toBe(url);
  });

  // Last: it turns formatting off for the process.
  it("sends the same text plain when Zalo refuses the styles, and stops trying after repeated refusals (logged once)", async () => {
    fake.refuseTextStyles = true;
    const before = formattedCalls();
    for (let i = 0; i < ZALO_MESSENGER_DEFAULTS.formattingRefusals + 2; i++) {
      const lan = person();
      await lan.say("/gopy");
      const [prompt] = await lan.replies();
      expect(prompt).toMatch(/^Gửi phản ánh, kiến nghị\n\n/);
      expect(lastSent(lan.options.chatId).styles).toBeUndefined();
    }
    // Tried while it might have been a passing fault, then no more.
    expect(formattedCalls() - before).toBe(ZALO_MESSENGER_DEFAULTS.formattingRefusals);
    expect(logs.lines.filter((line) => String(line.msg).startsWith("Zalo refuses formatted texts"))).toHaveLength(1);
  });
});

describe("Zalo bot, a filed report's contact", () => {
  it("keeps the typed number at the contact step (no consent form on the bot), recorded as typed", async () => {
    const lan = person();
    await lan.say("/gopy");
    await lan.replies();
    await lan.say("Cống thoát nước trước chợ Tam Kỳ bị tắc, nước tràn lên đường mỗi khi mưa");
    let [next] = await lan.replies();
    await lan.say("1");
    [next] = await lan.replies();
    if (next!.startsWith("Việc xảy ra ở")) {
      await lan.say("Tam Kỳ");
      [next] = await lan.replies();
    }
    expect(next).toContain("Bạn muốn gửi ẩn danh");
    const calls = fake.calls.length;
    expect(await lan.anyReplies(300)).toEqual([]);
    expect(fake.calls.slice(calls).filter((call) => call.method !== "getUpdates")).toEqual([]);
    await lan.say(menuNumber(next!, "Để lại số điện thoại"));
    expect((await lan.replies())[0]).toMatch(/^Bạn gõ số điện thoại/);
    await lan.say("0905 123 456");
    const [confirmation] = await lan.replies();
    await lan.say(menuNumber(confirmation!, "Gửi phản ánh"));
    const contact = () => inbox.db.contact.findUnique({ where: { channel_channelUserId: { channel: "zalo", channelUserId: lan.options.chatId } } });
    await expect.poll(contact).toMatchObject({ phone: "0905123456", phoneConsentVia: "typed" });
  });
});
