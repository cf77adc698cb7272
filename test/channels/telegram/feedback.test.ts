/**
 * End to end on the telegram-test-api emulator: a citizen files a report, the card reaches the staff
 * group, staff act and reply, the citizen is notified and rates. Real bot, real SQLite database,
 * real outbox dispatcher sending through the emulator.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IntakeWorker } from "../../../src/assistant/intake-worker.js";
import { MemoryRateLimiter } from "../../../src/core/rate-limiter.js";
import { staffDigest } from "../../../src/assistant/report-messages.js";
import { createTelegramGate } from "../../../src/channels/telegram/limits.js";
import type { RunningTelegram } from "../../../src/channels/telegram/run.js";
import { createTelegramSender } from "../../../src/channels/telegram/sender.js";
import { OutboxDispatcher } from "../../../src/inbox/dispatcher.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { testAssistant, testReference } from "../../helpers/assistant.js";
import { openTestInbox } from "../../helpers/database.js";
import { startTestWorker } from "../../helpers/intake.js";
import { captureLogs, openTestKnowledge } from "../../helpers/knowledge.js";
import { buttonData, EMULATOR_BOT, startEmulator, startTestBot, TEST_TOKEN, TestUser, type BotMessage } from "../../helpers/telegram.js";

const STAFF_CHAT = -100_777;
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let telegram: RunningTelegram;
let inbox: Inbox;
let dispatcher: OutboxDispatcher;
let worker: IntakeWorker;
const logs = captureLogs();
let nextUser = 3000;
const citizen = () => new TestUser(emulator.emulator, { userId: nextUser++, firstName: "Lan" });
let staff: TestUser;

beforeAll(async () => {
  emulator = await startEmulator();
  const knowledge = await openTestKnowledge();
  inbox = await openTestInbox();
  await inbox.units.seed(testReference.units);
  dispatcher = new OutboxDispatcher(inbox.outbox, { telegram: createTelegramSender(TEST_TOKEN, { apiRoot: emulator.apiRoot, gate: createTelegramGate() }) }, logs.logger, { intervalMs: 200 }, { digest: staffDigest });
  const assistant = testAssistant(knowledge, inbox, {
    logger: logs.logger,
    staffChat: { channel: "telegram", chatId: String(STAFF_CHAT) },
    onEnqueued: () => dispatcher.kick(),
    rateLimiter: new MemoryRateLimiter({ burst: 50, refillMs: 100 }),
  });
  worker = startTestWorker(inbox, assistant, logs.logger);
  telegram = await startTestBot(emulator.apiRoot, assistant, logs.logger, { inbox, worker });
  dispatcher.start();
  staff = new TestUser(emulator.emulator, { userId: 501, chatId: STAFF_CHAT, type: "group", firstName: "Cán bộ Minh" });
});

afterAll(async () => {
  await telegram?.stop();
  await dispatcher?.stop();
  await emulator?.stop();
});

/** Files a report through the whole conversation and returns its tracking code. */
async function fileReport(person: TestUser, description: string, options: { phone?: string } = {}): Promise<string> {
  await person.say("/gopy");
  expect((await person.replies())[0]!.text).toContain("Gửi phản ánh, kiến nghị");
  await person.say(description);
  const [topicQuestion] = await person.replies();
  expect(topicQuestion!.text).toContain("Phản ánh của bạn thuộc lĩnh vực nào?");
  await person.press(topicQuestion!.reply_markup!.inline_keyboard[0]![0]!.callback_data, topicQuestion);
  let [next] = await person.replies();
  if (next!.text.startsWith("Việc xảy ra ở")) {
    await person.say("Tam Kỳ");
    [next] = await person.replies();
  }
  expect(next!.text).toContain("Bạn muốn gửi ẩn danh");
  if (options.phone) {
    await person.press("fb:phone", next);
    await person.replies();
    await person.say(options.phone);
  } else {
    await person.press("fb:anon", next);
  }
  const [confirmation] = await person.replies();
  expect(confirmation!.text).toContain("Kiểm tra lại phản ánh trước khi gửi");
  await person.press("fb:send", confirmation);
  const [code] = await person.replies();
  const match = /Mã theo dõi: <b>(PA-\d{4}-\d{6})<\/b>/.exec(code!.text);
  expect(match, code!.text).not.toBeNull();
  return match![1]!;
}

async function staffCardFor(code: string): Promise<BotMessage> {
  for (;;) {
    const cards = await staff.replies(1, 15_000);
    const card = cards.find((message) => message.text.includes(code));
    if (card) return card;
  }
}

describe("citizen feedback on Telegram", () => {
  it("files a report end to end: code → staff card → status → staff reply → notification → rating", { timeout: 90_000 }, async () => {
    const person = citizen();
    const code = await fileReport(person, "Bãi rác thôn 1 xã Quế Long cháy âm ỉ nhiều ngày, khói bay vào nhà dân, bà con phải đóng cửa suốt.", { phone: "0905 123 456" });
    const report = await inbox.reports.findByCode(code);
    expect(report).toMatchObject({ topic: "moi_truong", status: "moi", urgent: false, channel: "telegram" });
    expect(report!.contactId).not.toBeNull();
    const contact = await inbox.db.contact.findUniqueOrThrow({ where: { id: report!.contactId! } });
    expect(contact.phone).toBe("0905123456");
    expect(contact.phoneConsentAt).not.toBeNull();

    const card = await staffCardFor(code);
    expect(card.text).toContain(`📨 Phản ánh mới <b>${code}</b>`);
    expect(card.text).toContain("Lĩnh vực: </b>Môi trường");
    expect(card.text).toContain("Đơn vị gợi ý: </b>Sở Nông nghiệp và Môi trường");
    expect(card.text).not.toContain("0905");

    await staff.press(buttonData(card, "Tiếp nhận"), card);
    await expect.poll(() => staff.current(card.message_id)?.text).toContain("Trạng thái: </b>Đã tiếp nhận");
    const accepted = await person.replies();
    expect(accepted[0]!.text).toBe(`🔔 Phản ánh <b>${code}</b> đã được Ban Dân vận tiếp nhận.`);

    const updated = staff.current(card.message_id)!;
    await staff.press(buttonData(updated, "Chuyển đơn vị"), updated);
    await expect.poll(() => staff.current(card.message_id)?.text).toContain("Chọn đơn vị nhận phản ánh");
    const picker = staff.current(card.message_id)!;
    await staff.press(buttonData(picker, "UBND xã"), picker);
    const forwarded = await person.replies();
    expect(forwarded[0]!.text).toContain("đã được chuyển đến đơn vị có thẩm quyền");
    expect(forwarded[0]!.text).toContain("Đơn vị xử lý: UBND xã, phường, đặc khu nơi xảy ra vụ việc.");

    await staff.say("Xã đã cho xe chở rác đi và phun nước dập lửa. Cảm ơn bà con đã báo!", { reply_to_message: { message_id: card.message_id, from: { id: EMULATOR_BOT.id, is_bot: true, first_name: "Bot" }, chat: { id: STAFF_CHAT, type: "group" }, date: 0, text: "card" } });
    expect((await staff.replies())[0]!.text).toBe(`✓ Đã gửi câu trả lời đến người phản ánh ${code}.`);
    const reply = await person.replies();
    expect(reply[0]!.text).toContain("💬 Ban Dân vận trả lời phản ánh");
    expect(reply[0]!.text).toContain("Xã đã cho xe chở rác đi và phun nước dập lửa.");

    const resolvedCard = staff.current(card.message_id)!;
    await staff.press(buttonData(resolvedCard, "Đã giải quyết"), resolvedCard);
    const resolved = await person.replies(2);
    expect(resolved[0]!.text).toContain("đã được giải quyết");
    expect(resolved[1]!.text).toContain("Bạn đánh giá kết quả thế nào?");
    await person.press(buttonData(resolved[1]!, "4⭐"), resolved[1]);
    expect((await person.replies())[0]!.text).toMatch(/^Cảm ơn bạn đã đánh giá!/);

    const final = await inbox.reports.findByCode(code);
    expect(final).toMatchObject({ status: "dong", rating: 4 });
    expect(final!.firstResponseAt).not.toBeNull();
    expect(final!.resolvedAt).not.toBeNull();
    expect(final!.events.map((event) => [event.type, event.toStatus ?? event.text?.slice(0, 10)])).toEqual([
      ["created", "moi"],
      ["status", "da_tiep_nhan"],
      ["status", "da_chuyen"],
      ["reply", "Xã đã cho "],
      ["status", "da_giai_quyet"],
      ["rating", "4"],
      ["status", "dong"],
    ]);
    expect(final!.events.filter((event) => event.actorType === "staff").every((event) => event.actorName === "Cán bộ Minh")).toBe(true);

    await person.say(`/theodoi ${code.toLowerCase().replace(/-/g, " ")}`);
    const status = await person.replies();
    expect(status[0]!.text).toContain("Tình trạng: </b>Đã đóng");
    expect(status[0]!.text).toContain("Ban Dân vận trả lời: <i>Xã đã cho xe chở rác đi");
  });

  it("files /gopy <nội dung> in one shot when topic and area are known, and flags urgent reports", { timeout: 60_000 }, async () => {
    const person = citizen();
    await person.say("/gopy Nước lũ đang lên nhanh ở thôn Trung Phước, Nông Sơn, có 3 hộ bị cô lập, trong đó có chị sắp sinh. Xin cử xuồng đến gấp!");
    const [codeMessage] = await person.replies();
    expect(codeMessage!.text).toContain("Lĩnh vực: Thiên tai, sạt lở, ngập lụt. Địa bàn: Xã Nông Sơn. Gửi ẩn danh.");
    expect(codeMessage!.text).toContain("gọi ngay 113");
    const code = /(PA-\d{4}-\d{6})/.exec(codeMessage!.text)![1]!;
    const card = await staffCardFor(code);
    expect(card.text).toContain("⚠ KHẨN");
    const report = await inbox.reports.findByCode(code);
    expect(report).toMatchObject({ urgent: true, contactId: null, area: "Xã Nông Sơn" });
    expect(report!.dueAt.getTime() - report!.createdAt.getTime()).toBeLessThanOrEqual(24 * 3600 * 1000 + 1000);
  });

  it("sends the staff group one digest for cards that pile up; a button opens a report's own card, and a reply to it reaches the citizen", { timeout: 60_000 }, async () => {
    const people = Array.from({ length: 5 }, () => citizen());
    const codes: string[] = [];
    for (const [index, person] of people.entries()) {
      await person.say(`/gopy Rác sau lũ dồn đống ở chợ số ${index + 1} phường Cẩm Phô, Hội An bốc mùi, chưa ai thu gom.`);
      codes.push(/(PA-\d{4}-\d{6})/u.exec((await person.replies())[0]!.text)![1]!);
    }
    // The group takes a message every 3.2 s: the cards that waited come together.
    let digest: BotMessage | undefined;
    while (!digest) digest = (await staff.replies(1, 20_000)).find((message) => message.text.includes("gộp lại vì đến nhiều cùng lúc") && codes.some((code) => message.text.includes(code)));
    const listed = codes.filter((code) => digest.text.includes(code));
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(digest.text).toContain("Môi trường · Phường Hội An — Rác sau lũ dồn đống");
    const chosen = listed[0]!;
    await staff.press(buttonData(digest, chosen), digest);
    const card = await staffCardFor(chosen);
    expect(card.text).toContain(`📋 Phản ánh <b>${chosen}</b>`);
    expect(JSON.stringify(card.reply_markup)).toContain("Tiếp nhận");
    expect(staff.current(digest.message_id)?.text).toBe(digest.text);
    // Replying to the opened card (sent as an answer, not from the outbox) answers that citizen.
    const plainText = card.text.replace(/<[^>]+>/gu, "");
    await staff.say("Phường đã cho xe thu gom trong sáng nay.", { reply_to_message: { message_id: card.message_id, from: { id: EMULATOR_BOT.id, is_bot: true, first_name: "Bot" }, chat: { id: STAFF_CHAT, type: "group" }, date: 0, text: plainText } });
    const person = people[codes.indexOf(chosen)]!;
    await expect.poll(async () => (await person.replies(1, 20_000))[0]!.text).toContain("Phường đã cho xe thu gom trong sáng nay.");
    // A reply to the digest itself names several reports: staff are told to open one.
    await staff.say("Đã xử lý hết.", { reply_to_message: { message_id: digest.message_id, from: { id: EMULATOR_BOT.id, is_bot: true, first_name: "Bot" }, chat: { id: STAFF_CHAT, type: "group" }, date: 0, text: digest.text.replace(/<[^>]+>/gu, "") } });
    await expect.poll(async () => (await staff.replies(1, 20_000)).map((message) => message.text).join("\n")).toContain("Tin nhắn này gộp nhiều phản ánh");
  });

  it("keeps photos, a location and SQL/HTML text verbatim, shows them escaped, and acknowledges an album once", { timeout: 60_000 }, async () => {
    const person = citizen();
    await person.say("/gopy");
    await person.replies();
    const photo = (id: number) => ({ photo: [{ file_id: `small-${id}`, file_unique_id: `s${id}`, width: 90, height: 90 }, { file_id: `big-${id}`, file_unique_id: `b${id}`, width: 1280, height: 960 }], media_group_id: "album-1" });
    for (let i = 1; i <= 10; i++) await person.send(photo(i));
    const acknowledgements = await person.replies(2);
    expect(acknowledgements[0]!.text).toBe("📷 Đã nhận ảnh (1).");
    expect((await person.anyReplies(800)).length).toBe(0);
    await person.send({ location: { latitude: 15.5736, longitude: 108.474 } });
    expect((await person.replies())[0]!.text).toBe("📍 Đã nhận vị trí.");
    const nasty = "Đường vào thôn bị sạt; '); DROP TABLE \"Report\"; -- <script>alert('x')</script> ở Tiên Phước";
    await person.say(nasty);
    const [topics] = await person.replies();
    await person.press(topics!.reply_markup!.inline_keyboard[0]![0]!.callback_data, topics);
    const [area] = await person.replies();
    expect(area!.reply_markup!.inline_keyboard[0]![0]!.text).toBe("✓ Tiên Phước");
    await person.press(area!.reply_markup!.inline_keyboard[0]![0]!.callback_data, area);
    const [contact] = await person.replies();
    await person.press("fb:anon", contact);
    const [confirmation] = await person.replies();
    expect(confirmation!.text).toContain("10 ảnh, có vị trí");
    expect(confirmation!.text).toContain("&lt;script&gt;");
    await person.press("fb:send", confirmation);
    const code = /(PA-\d{4}-\d{6})/.exec((await person.replies())[0]!.text)![1]!;
    const report = await inbox.reports.findByCode(code);
    expect(report!.description).toBe(nasty);
    expect(report!.attachments.map((attachment) => attachment.ref)).toEqual(Array.from({ length: 10 }, (_, i) => `big-${i + 1}`));
    expect([report!.latitude, report!.longitude]).toEqual([15.5736, 108.474]);
    const card = await staffCardFor(code);
    expect(card.text).toContain("&lt;script&gt;alert('x')&lt;/script&gt;");
  });

  it("files a voice note as the report's description “(tin nhắn thoại)”, the recording kept by its file id", { timeout: 60_000 }, async () => {
    const person = citizen();
    await person.say("/gopy");
    await person.replies();
    await person.send({ voice: { file_id: "AwAC-voice-gopy", file_unique_id: "vg1", duration: 12, mime_type: "audio/ogg" } });
    const [heard, topics] = await person.replies(2);
    expect(heard!.text).toBe("🎤 Đã nhận tin nhắn thoại (1). Cán bộ sẽ nghe khi xem phản ánh của bạn.");
    await person.press(topics!.reply_markup!.inline_keyboard[0]![0]!.callback_data, topics);
    const [area] = await person.replies();
    await person.press(area!.reply_markup!.inline_keyboard[0]![0]!.callback_data, area);
    const [contact] = await person.replies();
    await person.press("fb:anon", contact);
    const [confirmation] = await person.replies();
    expect(confirmation!.text).toContain("0 ảnh, 1 tin nhắn thoại, không có vị trí");
    await person.press("fb:send", confirmation);
    const code = /(PA-\d{4}-\d{6})/.exec((await person.replies())[0]!.text)![1]!;
    const report = await inbox.reports.findByCode(code);
    expect(report!.description).toBe("(tin nhắn thoại)");
    expect(report!.attachments.map((attachment) => [attachment.kind, attachment.ref, attachment.download])).toEqual([["voice", "AwAC-voice-gopy", null]]);
  });

  it("cuts a 20,000-character description to the documented cap with a notice", { timeout: 60_000 }, async () => {
    const person = citizen();
    await person.say("/gopy");
    await person.replies();
    await person.say("Khu dân cư bị ô nhiễm nặng. ".repeat(720));
    const replies = await person.replies(2);
    expect(replies[0]!.text).toMatch(/^Nội dung dài quá 10\.000 ký tự nên trợ lý chỉ giữ 10\.000 ký tự đầu\./);
    expect(replies[1]!.text).toContain("Phản ánh của bạn thuộc lĩnh vực nào?");
  });

  it("asks a one-shot report only for what is missing, cancels with /huy, and resumes a form after the bot restarts", { timeout: 60_000 }, async () => {
    const person = citizen();
    await person.say("/gopy Mấy tháng nay cán bộ địa chính xã đòi tiền mới ký hồ sơ đất cho dân");
    const [areaQuestion] = await person.replies();
    expect(areaQuestion!.text).toMatch(/^Việc xảy ra ở xã, phường nào/);
    await person.say("/huy");
    expect((await person.replies())[0]!.text).toMatch(/^Đã hủy phản ánh bạn đang soạn/);
    await person.say("/gopy");
    await person.replies();
    await person.say("Mấy tháng nay cán bộ địa chính xã đòi tiền mới ký hồ sơ đất cho dân ở Duy Xuyên");
    const [topics] = await person.replies();
    expect(topics!.reply_markup!.inline_keyboard[0]![0]!.text).toBe("✓ Cán bộ, đảng viên (gợi ý)");
    await person.press(topics!.reply_markup!.inline_keyboard[0]![0]!.callback_data, topics);
    const [area] = await person.replies();
    await person.press(area!.reply_markup!.inline_keyboard[0]![0]!.callback_data, area);
    const [contact] = await person.replies();
    expect(contact!.text).toContain("Bạn muốn gửi ẩn danh");
    await telegram.stop();
    telegram = await startTestBot(emulator.apiRoot, testAssistant(await openTestKnowledge(), inbox, { logger: logs.logger, staffChat: { channel: "telegram", chatId: String(STAFF_CHAT) }, onEnqueued: () => dispatcher.kick(), rateLimiter: new MemoryRateLimiter({ burst: 50, refillMs: 100 }) }), logs.logger, { inbox, worker });
    await person.press("fb:anon", contact);
    const [confirmation] = await person.replies();
    expect(confirmation!.text).toContain("Lĩnh vực: </b>Cán bộ, đảng viên");
    expect(confirmation!.text).toContain("Địa bàn: </b>Xã Duy Xuyên");
  });

  it("refuses staff buttons pressed by a citizen, forged callback data and unknown codes", { timeout: 60_000 }, async () => {
    const person = citizen();
    const code = await fileReport(person, "Cơ sở sản xuất bún ở phường Phước Hòa xả nước thải ra cống chung, bốc mùi cả xóm.");
    await person.press(`st:${code}:dong`);
    expect((await person.replies())[0]!.text).toBe("Chỉ cán bộ Ban Dân vận mới thao tác được trên phản ánh.");
    expect((await inbox.reports.findByCode(code))!.status).toBe("moi");
    await person.press("rate:PA-2026-999999:5");
    expect((await person.replies())[0]!.text).toMatch(/^Không tìm thấy phản ánh có mã này/);
    await person.press("fb:topic:not_a_topic");
    expect((await person.replies())[0]!.text).toMatch(/^Phản ánh này đã được gửi hoặc đã hủy/);
    await person.say("/theodoi PA-1999-000001");
    expect((await person.replies())[0]!.text).toMatch(/^Không tìm thấy phản ánh có mã này/);
    await person.say("/theodoi mã gì đó");
    expect((await person.replies())[0]!.text).toMatch(/^Không tìm thấy phản ánh có mã này/);
    // Codes are sequential: someone else's report is "not found", not shown.
    const stranger = citizen();
    await stranger.say(`/theodoi ${code}`);
    expect((await stranger.replies())[0]!.text).toMatch(/^Không tìm thấy phản ánh có mã này trong các phản ánh bạn đã gửi/);
    await stranger.press(`track:${code}`);
    expect((await stranger.replies())[0]!.text).toMatch(/^Không tìm thấy phản ánh có mã này/);
  });

  it("files a forwarded message on its author's behalf, keeping the origin and the cadre", { timeout: 60_000 }, async () => {
    const cadre = citizen();
    await cadre.say("Đề nghị kiểm tra việc hút cát trái phép ban đêm trên sông Vu Gia đoạn qua Đại Lộc, bờ sông sạt vào ruộng.", { forward_origin: { type: "user", sender_user: { id: 9, is_bot: false, first_name: "Ông", last_name: "Tư" }, date: 1_700_000_000 } });
    const [offer] = await cadre.replies();
    expect(offer!.text).toContain("Bạn vừa chuyển tiếp một tin nhắn của Ông Tư");
    await cadre.press("fwd:file", offer);
    const code = /(PA-\d{4}-\d{6})/.exec((await cadre.replies())[0]!.text)![1]!;
    const report = await inbox.reports.findByCode(code);
    expect(JSON.parse(report!.forwardedFrom!)).toMatchObject({ type: "user", name: "Ông Tư" });
    expect(report).toMatchObject({ filedById: String(cadre.options.userId), filedByName: "Lan", contactId: null, topic: "khoang_san" });
  });
});
