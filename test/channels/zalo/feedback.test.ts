/**
 * End to end on the Zalo fake: a citizen files a report by numbered menus, gets the tracking code,
 * and staff replies, status notices and the rating request reach them on Zalo through the real
 * outbox dispatcher and the Zalo sender. Real SQLite database, real knowledge base.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportService } from "../../../src/assistant/report-service.js";
import { DELIVERY } from "../../../src/inbox/outbox.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { startZaloTestApp, type ZaloTestApp } from "../../helpers/zalo-app.js";
import { menuNumber, ZaloPerson, type FakeZalo } from "../../helpers/zalo-fake.js";

let app: ZaloTestApp;
let fake: FakeZalo;
let inbox: Inbox;
// Staff act from the inbox or the Telegram group: the same service, the same outbox.
let service: ReportService;
const STAFF = { type: "staff" as const, id: "telegram:501", name: "Cán bộ Minh" };
let nextChat = 1;
const citizen = () => new ZaloPerson(fake, { chatId: `f${(nextChat++).toString(16).padStart(6, "0")}`, name: "Chị Lan" });

beforeAll(async () => {
  app = await startZaloTestApp();
  ({ fake, inbox, service } = app);
});

afterAll(() => app?.stop());

/** Files a report by typing numbers, and returns its tracking code. */
async function fileReport(person: ZaloPerson, description: string, options: { start?: string; photo?: string } = {}): Promise<string> {
  await person.say(options.start ?? "/gopy");
  expect((await person.replies())[0]).toMatch(/^Gửi phản ánh, kiến nghị/);
  if (options.photo) {
    await person.sendImage({ photo: options.photo });
    expect(await person.replies(2)).toEqual(["📷 Đã nhận ảnh (1).", "Bạn gõ thêm vài dòng mô tả vấn đề nhé."]);
  }
  await person.say(description);
  const [topics] = await person.replies();
  expect(topics).toContain("Phản ánh của bạn thuộc lĩnh vực nào?");
  expect(topics).toMatch(/^1\. ✓ .* \(gợi ý\)$/mu);
  await person.say("1");
  let [next] = await person.replies();
  if (next!.startsWith("Việc xảy ra ở")) {
    await person.say("Tam Kỳ");
    [next] = await person.replies();
  }
  expect(next).toContain("Bạn muốn gửi ẩn danh");
  await person.say(menuNumber(next!, "Gửi ẩn danh"));
  const [confirmation] = await person.replies();
  expect(confirmation).toMatch(/^Kiểm tra lại phản ánh trước khi gửi/);
  expect(confirmation).toContain("1. ✅ Gửi phản ánh\n2. ✏️ Viết lại nội dung\n3. 🏷 Đổi lĩnh vực\n4. ❌ Hủy\nTrả lời 1–4 để chọn.");
  await person.say("1");
  const [code] = await person.replies();
  const match = /Mã theo dõi: (PA-\d{4}-\d{6})/u.exec(code!);
  expect(match, code).not.toBeNull();
  return match![1]!;
}

describe("citizen feedback on Zalo", () => {
  it("files a report by numbered menus: code → staff reply → status → rating by number", { timeout: 60_000 }, async () => {
    const person = citizen();
    const code = await fileReport(person, "Bãi rác thôn 1 xã Quế Long cháy âm ỉ nhiều ngày, khói bay vào nhà dân, bà con phải đóng cửa suốt.", { photo: "https://zalo.example/bai-rac.jpg" });
    const report = await inbox.reports.findByCode(code);
    expect(report).toMatchObject({ channel: "zalo", topic: "moi_truong", status: "moi", contactId: null });
    expect(report!.attachments.map((attachment) => attachment.ref)).toEqual(["https://zalo.example/bai-rac.jpg"]);

    const replied = await service.reply(code, "Xã đã cho xe chở rác đi và phun nước dập lửa. Cảm ơn bà con đã báo!", STAFF);
    expect(replied.ok).toBe(true);
    const [reply] = await person.replies();
    expect(reply).toBe(
      `💬 Ban Dân vận trả lời phản ánh ${code}:\n\n“Xã đã cho xe chở rác đi và phun nước dập lửa. Cảm ơn bà con đã báo!”\n\nBạn có thể gửi thêm thông tin: gõ /theodoi ${code} rồi chọn “Bổ sung thông tin”.`,
    );

    expect((await service.changeStatus(code, "da_giai_quyet", STAFF)).ok).toBe(true);
    const [resolved, rating] = await person.replies(2);
    expect(resolved).toBe(`🔔 Phản ánh ${code} đã được giải quyết.`);
    expect(rating).toMatch(/1\. 1⭐\n2\. 2⭐\n3\. 3⭐\n4\. 4⭐\n5\. 5⭐\n6\. ↩ Chưa được giải quyết, mở lại\nTrả lời 1–6 để chọn\.$/);
    // The rating request came through the outbox, outside any turn: its menu still answers "4".
    await person.say("4");
    expect((await person.replies())[0]).toMatch(/^Cảm ơn bạn đã đánh giá!/);
    expect(await inbox.reports.findByCode(code)).toMatchObject({ status: "dong", rating: 4 });

    await person.say(`theo dõi ${code}`);
    const [status] = await person.replies();
    expect(status).toContain("Đã đóng");
    const rows = await inbox.db.outboxMessage.findMany({ where: { channel: "zalo", chatId: person.options.chatId } });
    expect(rows.map((row) => [row.purpose, row.status])).toEqual([
      ["tracking_code", "sent"],
      ["staff_reply", "sent"],
      ["status", "sent"],
      ["rating_request", "sent"],
    ]);
  });

  it("starts the form from the bare words 'góp ý' and keeps a status notice from closing a form in progress", { timeout: 60_000 }, async () => {
    const person = citizen();
    const code = await fileReport(person, "Đèn đường trên tuyến ĐT 616 qua xã Tiên Cảnh hư hỏng cả tháng nay, ban đêm rất tối, dễ xảy ra tai nạn.", { start: "góp ý" });
    await person.say("/gopy");
    await person.replies();
    await person.say("Cống thoát nước ở khối phố 2 phường An Mỹ bị tắc, mưa xuống là ngập cả đoạn đường trước chợ.");
    const [topics] = await person.replies();
    expect(topics).toContain("Phản ánh của bạn thuộc lĩnh vực nào?");
    expect((await service.changeStatus(code, "da_tiep_nhan", STAFF)).ok).toBe(true);
    expect((await person.replies())[0]).toBe(`🔔 Phản ánh ${code} đã được Ban Dân vận tiếp nhận.`);
    await person.say("1");
    const [next] = await person.replies();
    expect(next).toMatch(/^(Việc xảy ra ở|Bạn muốn gửi ẩn danh)/);
  });

  it("marks a message Zalo refuses as undeliverable, and retries one it rate-limits", { timeout: 30_000 }, async () => {
    const person = citizen();
    const code = await fileReport(person, "Nhà văn hóa thôn 4 xã Bình Trung xuống cấp, mái dột, bà con không có chỗ sinh hoạt chung.");
    fake.failNext("sendMessage", { status: 403, error_code: 403, description: "Forbidden: the user blocked the bot" });
    await service.reply(code, "Xã sẽ sửa mái trong tháng này.", STAFF);
    await expect.poll(async () => (await inbox.db.outboxMessage.findFirst({ where: { purpose: "staff_reply", chatId: person.options.chatId } }))?.status).toBe("undeliverable");
    const refused = await inbox.db.outboxMessage.findFirstOrThrow({ where: { purpose: "staff_reply", chatId: person.options.chatId } });
    expect(refused.lastError).toMatch(/^Zalo refused the message: Zalo Bot API answered with an error \(403\)/);

    fake.failNext("sendMessage", { status: 429, error_code: 429, description: "Too Many Requests" });
    await service.changeStatus(code, "dang_xu_ly", STAFF);
    await expect.poll(async () => (await inbox.db.outboxMessage.findFirst({ where: { purpose: "status", chatId: person.options.chatId } }))?.status).toBe("failed");
    const limited = await inbox.db.outboxMessage.findFirstOrThrow({ where: { purpose: "status", chatId: person.options.chatId } });
    // Zalo sends no retry-after: the first of the outbox's exponential delays, then the message goes out.
    expect(limited.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(DELIVERY.firstRetryMs / 2);
    expect(limited.lastError).toMatch(/^Zalo rate limit/);
    await expect.poll(async () => (await inbox.db.outboxMessage.findUniqueOrThrow({ where: { id: limited.id } })).status).toBe("sent");
  });
});
