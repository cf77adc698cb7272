/**
 * End to end: the real Zalo adapter long polling the loopback fake, with the real knowledge base
 * and a real SQLite database. Zalo has no buttons: every choice is a numbered menu answered by
 * typing its number.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { testPseudonym } from "../../helpers/database.js";
import { captureLogs } from "../../helpers/knowledge.js";
import { startZaloTestApp, type ZaloTestApp } from "../../helpers/zalo-app.js";
import { FAKE_BOT, menuNumber, ZaloPerson, type FakeZalo } from "../../helpers/zalo-fake.js";

let app: ZaloTestApp;
let fake: FakeZalo;
let inbox: Inbox;
const logs = captureLogs();
let nextChat = 1;
const person = (options: { group?: boolean; name?: string } = {}) => new ZaloPerson(fake, { chatId: `c${(nextChat++).toString(16).padStart(6, "0")}`, ...options });

beforeAll(async () => {
  app = await startZaloTestApp({ units: false, dispatch: false, burst: 20, logs });
  ({ fake, inbox } = app);
});

afterAll(() => app?.stop());

describe("Zalo bot, private chat", () => {
  it("greets on /start with a numbered menu, and a typed number picks from it", async () => {
    const lan = person();
    await lan.say("/start");
    const [greeting] = await lan.replies();
    expect(greeting).toMatch(/^Xin chào! Tôi là Trợ lý Dân vận của Ban Dân vận Tỉnh ủy Quảng Nam\./);
    expect(greeting).toContain("\n\n1. 📖 Mục lục nghị quyết\n2. ✍️ Gửi phản ánh\n3. ❓ Hướng dẫn\nTrả lời 1–3 để chọn.");
    await lan.say("3");
    expect((await lan.replies())[0]).toMatch(/^Cách dùng Trợ lý Dân vận/);
  });

  it("answers a question with the quoted passage, its citation and the answer menu; votes by number", async () => {
    const lan = person();
    await lan.say("Mục tiêu của nghị quyết là gì?");
    const [answer] = await lan.replies();
    expect(answer).toMatch(/^“Tạo sự chuyển biến mạnh mẽ trong nhận thức/);
    expect(answer).toContain("”\n— Mục II.2 – Mục tiêu");
    expect(answer).toContain("Xem thêm: ");
    expect(answer).toMatch(/1\. 📄 Xem nguyên văn\n2\. 👍\n3\. 👎\n4\. 💡 Câu hỏi liên quan\nTrả lời 1–4 để chọn\.$/);
    await lan.say("2");
    expect(await lan.replies()).toEqual(["Cảm ơn bạn đã đánh giá câu trả lời!"]);
    await expect.poll(async () => (await inbox.db.questionLog.findFirst({ where: { question: "Mục tiêu của nghị quyết là gì?", chatRef: testPseudonym(`zalo:${lan.options.chatId}`) } }))?.vote).toBe(1);
  });

  it("shows the whole section behind an answer in messages of at most 2000 characters, the menu in the last", async () => {
    const lan = person();
    await lan.say("Cán bộ, chiến sĩ LLVT cần xây dựng hình ảnh thế nào?");
    const [answer] = await lan.replies();
    expect(answer).toContain("— Mục III.2.2");
    await lan.say(menuNumber(answer!, "Xem nguyên văn"));
    const first = (await lan.replies())[0]!;
    const rest = await lan.anyReplies(400);
    const page = [first, ...rest];
    expect(page.length).toBeGreaterThan(1);
    for (const message of page) expect(message.length).toBeLessThanOrEqual(2000);
    expect(first).toMatch(/^Mục III\.2\.2\. Phát huy vai trò, trách nhiệm/);
    expect(page.join("\n")).toContain("Xây dựng hình ảnh cán bộ, chiến sĩ LLVT thân thiện, có trách nhiệm với Nhân dân.");
    expect(page.at(-1)).toMatch(/1\. Trang sau ▶\n2\. 📖 Mục lục\nTrả lời 1–2 để chọn\.$/);
    expect(page.slice(0, -1).some((message) => message.includes("Trả lời"))).toBe(false);
    await lan.say("1");
    expect((await lan.replies())[0]).toMatch(/^Mục III\.2\.2\. .*\(trang 2\/2\)/);
  });

  it("answers stickers and voice politely, acknowledges unsupported content silently, and reads bare words as commands", async () => {
    const lan = person();
    await lan.sendSticker();
    expect((await lan.replies())[0]).toMatch(/^Cảm ơn bạn!/);
    await lan.sendVoice();
    expect((await lan.replies())[0]).toMatch(/chưa nghe được tin nhắn thoại/);
    await lan.sendUnsupported();
    await expect.poll(() => logs.lines.some((line) => line.msg === "unsupported content acknowledged")).toBe(true);
    await lan.sendImage({ photo_url: "https://zalo.example/anh.jpg" });
    expect((await lan.replies())[0]).toMatch(/^Nếu bạn muốn gửi ảnh kèm phản ánh, hãy gõ \/gopy trước/);
    expect(await lan.anyReplies(200)).toEqual([]);
    await lan.say("Mục lục");
    expect((await lan.replies())[0]).toMatch(/^Mục lục\n\n/);
    await lan.say("/xoso");
    expect(await lan.replies()).toEqual(["Trợ lý chưa hiểu lệnh /xoso. Gõ /help để xem các lệnh dùng được."]);
  });

  it("handles a redelivered update once", async () => {
    const lan = person();
    const update = lan.update("message.text.received", { text: "Ai tham mưu quán triệt nghị quyết?" });
    await fake.deliver(update);
    await fake.deliver(update);
    expect((await lan.replies())[0]).toContain("Ban Tuyên giáo");
    expect(await lan.anyReplies(600)).toEqual([]);
  });

  it("keeps answering one chat in order while others are answered too", async () => {
    const lan = person();
    const minh = person();
    await lan.say("/gopy");
    await lan.say("Đường bê tông liên thôn ở xã Tam Thăng bị nứt và sụt lún nhiều đoạn sau mưa lớn.");
    await minh.say("/help");
    const lanReplies = await lan.replies(2);
    expect(lanReplies[0]).toMatch(/^Gửi phản ánh, kiến nghị/);
    expect(lanReplies[1]).toContain("Phản ánh của bạn thuộc lĩnh vực nào?");
    expect((await minh.replies())[0]).toMatch(/^Cách dùng Trợ lý Dân vận/);
    await lan.say("hủy");
    expect((await lan.replies())[0]).toMatch(/^Đã hủy phản ánh bạn đang soạn/);
  });
});

describe("Zalo bot, recovering from Zalo's errors", () => {
  it("backs off after a 429 on getUpdates and a 500, then receives again", async () => {
    const lan = person();
    fake.failNext("getUpdates", { status: 429, error_code: 429, description: "Too Many Requests" }, { status: 500, error_code: 500, description: "Internal Server Error" });
    // The poll in flight ends (1 s) before the failures are served.
    await expect.poll(() => logs.lines.filter((line) => line.msg === "Zalo polling failed").length, { timeout: 5000 }).toBe(2);
    await lan.say("Mục tiêu của nghị quyết là gì?");
    expect((await lan.replies())[0]).toContain("— Mục II.2 – Mục tiêu");
    const failures = logs.lines.filter((line) => line.msg === "Zalo polling failed");
    expect(failures.map((line) => line.retryInMs)).toEqual([100, 100]);
  });

  it("retries a reply Zalo rate-limits, sending it once", async () => {
    const lan = person();
    const before = fake.callsOf("sendMessage").length;
    fake.failNext("sendMessage", { status: 429, error_code: 429, description: "Too Many Requests" });
    await lan.say("/help");
    expect(await lan.replies()).toHaveLength(1);
    expect(await lan.anyReplies(300)).toEqual([]);
    expect(fake.callsOf("sendMessage").length - before).toBe(2);
    expect(logs.lines.some((line) => line.msg === "Zalo send failed, retrying")).toBe(true);
  });

  it("keeps answering when 'typing' fails", async () => {
    const lan = person();
    fake.failNext("sendChatAction", { status: 500, error_code: 500, description: "Internal Server Error" });
    await lan.say("Phong trào Dân vận khéo được xem là nhiệm vụ gì?");
    expect((await lan.replies())[0]).toContain("Mục III.5");
  });
});

describe("Zalo bot, groups", () => {
  it("answers a mention without the bot's name, and refuses the feedback form in the group", async () => {
    const group = person({ group: true });
    await group.say(`@${FAKE_BOT.account_name} mục tiêu của nghị quyết là gì?`);
    expect((await group.replies())[0]).toContain("— Mục II.2 – Mục tiêu");
    await group.say(`@${FAKE_BOT.account_name} /gopy`);
    expect((await group.replies())[0]).toMatch(/^Để giữ kín thông tin của bạn, hãy nhắn riêng cho trợ lý/);
  });
});
