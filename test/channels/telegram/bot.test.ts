/**
 * End to end: the real bot, long polling the telegram-test-api emulator on 127.0.0.1, with the real
 * knowledge base and a real SQLite database migrated with the committed migrations.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryRateLimiter } from "../../../src/core/rate-limiter.js";
import type { RunningTelegram } from "../../../src/channels/telegram/run.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { testAssistant } from "../../helpers/assistant.js";
import { openTestInbox, testPseudonym } from "../../helpers/database.js";
import { startTestWorker } from "../../helpers/intake.js";
import { captureLogs, openTestKnowledge } from "../../helpers/knowledge.js";
import { buttonData, EMULATOR_BOT, startEmulator, startTestBot, TestUser } from "../../helpers/telegram.js";

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let telegram: RunningTelegram;
let inbox: Inbox;
const logs = captureLogs();
let nextUser = 1000;
const user = (options: Partial<ConstructorParameters<typeof TestUser>[1]> = {}) => new TestUser(emulator.emulator, { userId: nextUser++, ...options });

beforeAll(async () => {
  emulator = await startEmulator();
  const knowledge = await openTestKnowledge();
  inbox = await openTestInbox();
  const assistant = testAssistant(knowledge, inbox, { logger: logs.logger, rateLimiter: new MemoryRateLimiter({ burst: 10, refillMs: 300 }) });
  telegram = await startTestBot(emulator.apiRoot, assistant, logs.logger, { inbox, worker: startTestWorker(inbox, assistant, logs.logger) });
});

afterAll(async () => {
  await telegram?.stop();
  await emulator?.stop();
});

describe("Telegram bot, private chat", () => {
  it("greets on /start with what it does and buttons, even though the emulator rejects setMyCommands", async () => {
    const person = user();
    await person.say("/start");
    const [greeting] = await person.replies();
    expect(greeting!.text).toMatch(/^Xin chào! Tôi là <b>Trợ lý Dân vận<\/b>/);
    expect(greeting!.parse_mode).toBe("HTML");
    expect(greeting!.reply_markup?.inline_keyboard.flat().map((button) => button.callback_data)).toEqual(["toc", "gopy", "help"]);
    expect(logs.lines.some((line) => line.msg === "could not register the Telegram command menu")).toBe(true);
  });

  it("answers a question with the quoted passage, its citation and the answer buttons", async () => {
    const person = user();
    await person.say("Mục tiêu của nghị quyết là gì?");
    const [answer] = await person.replies();
    expect(answer!.text).toMatch(/^<blockquote>Tạo sự chuyển biến mạnh mẽ trong nhận thức/);
    expect(answer!.text).toContain("— <i>Mục II.2 – Mục tiêu</i>");
    expect(answer!.text).toContain("<b>Xem thêm: </b>");
    const labels = answer!.reply_markup!.inline_keyboard.flat().map((button) => button.text);
    expect(labels).toEqual(["📄 Xem nguyên văn", "👍", "👎", "💡 Câu hỏi liên quan"]);
  });

  it("answers a question typed without diacritics the same way", async () => {
    const accented = user();
    const plain = user();
    await accented.say("Ai tham mưu quán triệt nghị quyết cho cán bộ chủ chốt?");
    await plain.say("ai tham muu quan triet nghi quyet cho can bo chu chot");
    const [a] = await accented.replies();
    const [b] = await plain.replies();
    // Same quotation and citation; the "xem thêm" sections may differ.
    const answerPart = (text: string) => text.split("<b>Xem thêm")[0];
    expect(answerPart(b!.text)).toBe(answerPart(a!.text));
    expect(a!.text).toContain("Ban Tuyên giáo Tỉnh ủy tham mưu tổ chức quán triệt Nghị quyết");
  });

  it("declines a question the resolution does not cover and says what it covers", async () => {
    const person = user();
    await person.say("Giá vàng hôm nay bao nhiêu?");
    const [reply] = await person.replies();
    expect(reply!.text).toMatch(/^Nghị quyết không đề cập đến nội dung này/);
    expect(reply!.text).toContain("IV. Tổ chức thực hiện");
    expect(reply!.reply_markup).toBeUndefined();
  });

  it("logs every question for the staff, with a pseudonymous chat and the 👍 vote", async () => {
    const person = user();
    await person.say("Phong trào Dân vận khéo được xem là nhiệm vụ gì?");
    const [answer] = await person.replies();
    await person.press(buttonData(answer!, "👍"), answer);
    await expect.poll(async () => (await inbox.db.questionLog.findFirst({ where: { question: "Phong trào Dân vận khéo được xem là nhiệm vụ gì?" } }))?.vote).toBe(1);
    const row = await inbox.db.questionLog.findFirstOrThrow({ where: { question: "Phong trào Dân vận khéo được xem là nhiệm vụ gì?" } });
    expect(row).toMatchObject({ channel: "telegram", declined: false, mode: "extractive" });
    expect(JSON.parse(row.sections)[0]).toBe("III.5");
    expect(row.chatRef).toBe(testPseudonym(`telegram:${person.options.userId}`));
    expect(row.chatRef).not.toContain(String(person.options.userId));
    expect(row.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("takes a 👎 only from the chat the answer was given in (a forged button changes nothing)", async () => {
    const asker = user();
    await asker.say("Mặt trận Tổ quốc có vai trò gì trong công tác dân vận?");
    const [answer] = await asker.replies();
    const up = buttonData(answer!, "👍");
    await asker.press(up, answer);
    await expect.poll(async () => (await inbox.db.questionLog.findFirst({ where: { question: "Mặt trận Tổ quốc có vai trò gì trong công tác dân vận?" } }))?.vote).toBe(1);
    const other = user();
    await other.press(up.replace(":up", ":down"));
    expect((await other.replies())[0]!.text).toMatch(/^Nút này đã cũ/);
    expect((await inbox.db.questionLog.findFirst({ where: { question: "Mặt trận Tổ quốc có vai trò gì trong công tác dân vận?" } }))?.vote).toBe(1);
  });

  it("shows the whole section behind an answer, and related questions that answer when pressed", async () => {
    const person = user();
    await person.say("Cán bộ, chiến sĩ LLVT cần xây dựng hình ảnh thế nào?");
    const [answer] = await person.replies();
    await person.press(buttonData(answer!, "Xem nguyên văn"), answer);
    const [proof] = await person.replies();
    expect(proof!.text).toMatch(/^<b>Mục III\.2\.2\. Phát huy vai trò, trách nhiệm/);
    expect(proof!.text).toContain("Xây dựng hình ảnh cán bộ, chiến sĩ LLVT thân thiện, có trách nhiệm với Nhân dân.");
    await person.press(buttonData(answer!, "Câu hỏi liên quan"), answer);
    const [related] = await person.replies();
    expect(related!.text).toMatch(/^Bạn có thể hỏi tiếp:/);
    await person.press(buttonData(related!, "III.2.1"), related);
    const [overview] = await person.replies();
    expect(overview!.text).toContain("— <i>Mục III.2.1 – Tiếp tục đổi mới, tạo chuyển biến mạnh mẽ …</i>");
  });

  it("uses the previous question as context for a follow-up", async () => {
    const person = user();
    await person.say("Công tác dân vận vùng biên giới, hải đảo cần chú trọng gì?");
    await person.replies();
    await person.say("còn vùng DTTS thì sao?");
    const [followUp] = await person.replies();
    expect(followUp!.text).toContain("Mục III.4 – Chú trọng công tác dân vận vùng đồng bào");
  });

  it("reads a new question that starts with “con” (not “còn”) on its own", async () => {
    const question = "Con em đồng bào dân tộc thiểu số được quan tâm thế nào?";
    const alone = user();
    await alone.say(question);
    const [expected] = await alone.replies();
    const person = user();
    await person.say("Công tác dân vận vùng biên giới, hải đảo cần chú trọng gì?");
    await person.replies();
    await person.say(question);
    const [answer] = await person.replies();
    expect(answer!.text.replace(/vote:\d+/gu, "")).toBe(expected!.text.replace(/vote:\d+/gu, ""));
  });

  it("navigates /mucluc: part → section → paged text, editing the menu in place", async () => {
    const person = user();
    await person.say("/mucluc");
    const [menu] = await person.replies();
    expect(menu!.text).toMatch(/^<b>Mục lục<\/b>/);
    await person.press(buttonData(menu!, "III. Nhiệm vụ"), menu);
    await expect.poll(() => person.current(menu!.message_id)?.text).toMatch(/^<b>III\. Nhiệm vụ và giải pháp<\/b>/);
    const part = person.current(menu!.message_id)!;
    await person.press(buttonData(part, "III.2."), part);
    await expect.poll(() => person.current(menu!.message_id)?.text).toMatch(/^<b>III\.2\. Tiếp tục đổi mới/);
    const section = person.current(menu!.message_id)!;
    await person.press(buttonData(section, "III.2.2"), section);
    await expect.poll(() => person.current(menu!.message_id)?.text).toMatch(/^<b>Mục III\.2\.2\. Phát huy vai trò.*<\/b> \(trang 1\/2\)/);
    const page = person.current(menu!.message_id)!;
    await person.press(buttonData(page, "Trang sau"), page);
    await expect.poll(() => person.current(menu!.message_id)?.text).toContain("(trang 2/2)");
    expect(await person.anyReplies(100)).toEqual([]);
  });

  it("answers stickers, voice and files politely, and unknown commands with a hint", async () => {
    const person = user();
    await person.send({ sticker: { file_id: "sticker-1", file_unique_id: "s1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false } });
    expect((await person.replies())[0]!.text).toMatch(/^Cảm ơn bạn!/);
    await person.send({ voice: { file_id: "voice-1", file_unique_id: "v1", duration: 3 } });
    expect((await person.replies())[0]!.text).toMatch(/chưa nghe được tin nhắn thoại/);
    await person.send({ document: { file_id: "doc-1", file_unique_id: "d1" } });
    expect((await person.replies())[0]!.text).toMatch(/chưa đọc được tệp đính kèm/);
    await person.say("/xoso");
    expect((await person.replies())[0]!.text).toBe("Trợ lý chưa hiểu lệnh /xoso. Gõ /help để xem các lệnh dùng được.");
  });

  it("survives forged callback data, a 20,000-character message and HTML in text", async () => {
    const person = user();
    await person.press("src:9:XX.99");
    await person.press("vote:999999999:up");
    await person.press("x".repeat(60));
    const stale = await person.replies(3);
    expect(stale.every((reply) => reply.text.startsWith("Nút này đã cũ"))).toBe(true);
    await person.say("Mục tiêu là gì? ".repeat(1300));
    expect((await person.replies())[0]!.text).toMatch(/^Câu hỏi dài quá 1\.000 ký tự/);
    await person.say("<script>alert(1)</script> <b>Mục tiêu</b> của nghị quyết?");
    const [answer] = await person.replies();
    expect(answer!.text).toContain("Mục II.2 – Mục tiêu");
    expect(answer!.text).not.toContain("<script>");
  });

  it("tells a person who floods the chat to slow down, once", { timeout: 60_000 }, async () => {
    const person = user();
    // Sent together, so that they arrive within a refill or two even on a loaded machine.
    await Promise.all(Array.from({ length: 25 }, (_, i) => person.say(`Mục tiêu của nghị quyết là gì? ${i}`)));
    // Telegram allows about one message per second to a chat: the answers trickle out, then the warning.
    const replies: Awaited<ReturnType<TestUser["replies"]>> = [];
    const warned = () => replies.some((reply) => reply.text.startsWith("Bạn gửi nhanh quá"));
    while (!warned()) replies.push(...(await person.replies(1, 20_000)));
    replies.push(...(await person.anyReplies(1500)));
    expect(replies.filter((reply) => reply.text.startsWith("Bạn gửi nhanh quá"))).toHaveLength(1);
    expect(replies.length).toBeLessThan(25);
    expect(logs.lines.some((line) => line.msg === "rate limited")).toBe(true);
  });
});

describe("Telegram bot, groups", () => {
  it("answers only when mentioned, replied to, or on /hoi (also /hoi@bot), and stays quiet otherwise", async () => {
    const member = user({ chatId: -500_001, type: "group" });
    await member.say("Mục tiêu của nghị quyết là gì?");
    expect(await member.anyReplies()).toEqual([]);
    await member.say(`@${EMULATOR_BOT.username} mục tiêu của nghị quyết là gì?`, { entities: [{ type: "mention", offset: 0, length: EMULATOR_BOT.username.length + 1 }] });
    const [mentioned] = await member.replies();
    expect(mentioned!.text).toContain("Mục II.2 – Mục tiêu");
    await member.say(`/hoi@${EMULATOR_BOT.username} Ai tham mưu quán triệt nghị quyết?`);
    expect((await member.replies())[0]!.text).toContain("Ban Tuyên giáo");
    await member.say("/hoi@SomeOtherBot Ai tham mưu quán triệt nghị quyết?");
    expect(await member.anyReplies()).toEqual([]);
    await member.say("/xoso hôm nay");
    expect(await member.anyReplies()).toEqual([]);
    await member.say("còn ai theo dõi việc thực hiện?", { reply_to_message: { message_id: mentioned!.message_id, from: { id: EMULATOR_BOT.id, is_bot: true, first_name: "Bot" }, chat: { id: -500_001, type: "group" }, date: 0, text: "…" } });
    expect((await member.replies())[0]!.text).toContain("Mục IV");
  });
});

