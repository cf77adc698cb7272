/**
 * Units that act: staff reassign a report to another unit at any time, with a reason, once however
 * often the form is sent; the unit's Telegram group gets the card through the outbox; a unit's account
 * sees and acts only on its unit's reports (everything else is 404 to it, as to a report that does not
 * exist), exports only them, and replies through the same outbox; a viewer cannot reassign.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import type { ReportDraft } from "../../../src/inbox/reports.js";
import type { UnitRow } from "../../../src/inbox/units.js";
import { openTestInbox } from "../../helpers/database.js";
import { EventStream } from "../../helpers/event-stream.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, signedInStaff, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;
let staff: WebClient;
let admin: WebClient;
let roads: UnitRow;
let power: UnitRow;
let water: UnitRow;

function draft(description: string, chatId: string): ReportDraft {
  return {
    channel: "telegram",
    chatId,
    reporter: { id: chatId },
    topic: "khac",
    urgent: false,
    urgentReasons: [],
    area: "Thành phố Tam Kỳ",
    description,
    descriptionCut: false,
    attachments: [{ kind: "photo", ref: `file-${chatId}` }],
    anonymous: true,
    sections: [],
    suggestedUnit: "UBND xã",
    dueAt: new Date(Date.now() + 10 * 86_400_000),
  };
}

async function file(description: string, chatId: string): Promise<string> {
  return (await app.service.file(draft(description, chatId))).code;
}

/** A signed-in account of `unit` (set by an admin on the accounts page). */
async function unitAccount(username: string, unit: UnitRow, role: "staff" | "viewer" = "staff"): Promise<WebClient> {
  const client = await signedInStaff(app, username, role);
  const user = (await inbox.staff.list()).find((candidate) => candidate.username === username)!;
  await admin.get("/accounts");
  const answer = await admin.post(`/accounts/${user.id}`, { unit: unit.code });
  expect(answer.body).toContain("Đã cập nhật tài khoản.");
  return client;
}

const unitCards = (reportCode: string, chatId: string) => inbox.db.outboxMessage.findMany({ where: { report: { code: reportCode }, channel: "telegram", chatId, purpose: "unit_card" } });

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
  staff = await signedInStaff(app, "canbo", "staff");
  admin = await signedInStaff(app, "quantri", "admin");
  roads = (await inbox.units.add("giao-thong", { name: "Sở Giao thông vận tải", telegramChatId: "-1001111111111" }))!;
  power = (await inbox.units.add("dien-luc", { name: "Công ty Điện lực Quảng Nam", telegramChatId: "-1002222222222" }))!;
  water = (await inbox.units.add("cap-nuoc", { name: "Công ty Cấp nước Quảng Nam", telegramChatId: null }))!;
});

describe("reassigning", () => {
  it("assigns, then reassigns an assigned report with a reason; each unit's group gets the card once; reload and double click repeat nothing", async () => {
    const code = await file("Đèn đường trên đường Phan Châu Trinh tắt cả tuần nay.", "5001");
    await staff.get(`/inbox/${code}`);
    const first = await staff.post(`/inbox/${code}/assign`, { unit: roads.code });
    expect(first.redirectedFrom?.status).toBe(303);
    expect(first.body).toContain("Đã chuyển đến Sở Giao thông vận tải và gửi thẻ phản ánh vào nhóm Telegram của đơn vị.");
    // Already "đã chuyển đơn vị": the page still offers the other units, with a reason field.
    expect(first.body).toContain("Chuyển sang đơn vị khác");
    expect(first.body).toContain('name="reason"');

    const key = staff.formKeys.shift()!;
    const form = { unit: power.code, reason: "Đèn đường do Điện lực quản lý, không phải Sở GTVT.", _once: key };
    const answers = await Promise.all([1, 2, 3].map(() => staff.post(`/inbox/${code}/assign`, form, { follow: false })));
    expect(answers.map((answer) => answer.status)).toEqual([303, 303, 303]);
    const page = await staff.get(`/inbox/${code}`);
    const reloaded = await staff.get(`/inbox/${code}`);
    expect(reloaded.body).not.toContain("Đã chuyển đến");

    const report = (await inbox.reports.findByCode(code))!;
    expect(report.status).toBe("da_chuyen");
    expect(report.unit?.code).toBe(power.code);
    const moves = report.events.filter((event) => event.type === "assign");
    expect(moves).toHaveLength(1);
    expect(moves[0]!.text).toBe("Chuyển từ Sở Giao thông vận tải sang Công ty Điện lực Quảng Nam. Lý do: Đèn đường do Điện lực quản lý, không phải Sở GTVT.");
    expect(moves[0]!.actorName).toBe("Cán bộ canbo");
    expect(page.body).toContain("Chuyển sang đơn vị khác");
    expect(page.body).toContain("Lý do: Đèn đường do Điện lực quản lý");

    // Each group got the card once, in the outbox, without the staff group's buttons.
    const [roadsCards, powerCards] = await Promise.all([unitCards(code, roads.telegramChatId!), unitCards(code, power.telegramChatId!)]);
    expect(roadsCards).toHaveLength(1);
    expect(powerCards).toHaveLength(1);
    const card = JSON.parse(powerCards[0]!.payload) as { blocks: unknown[]; choices?: unknown[] };
    expect(JSON.stringify(card.blocks)).toContain("Phản ánh chuyển đến Công ty Điện lực Quảng Nam");
    expect(JSON.stringify(card.blocks)).toContain(code);
    expect(card.choices ?? []).toEqual([]);
    // The reporter was told twice where it went (assigned, then reassigned), not more.
    const notices = await inbox.db.outboxMessage.findMany({ where: { reportId: report.id, chatId: "5001", purpose: "status" } });
    expect(notices.map((notice) => JSON.stringify(JSON.parse(notice.payload)))).toEqual([expect.stringContaining("Sở Giao thông vận tải"), expect.stringContaining("Công ty Điện lực Quảng Nam")]);
  });

  it("refuses the unit it is already at, and an unknown unit, changing nothing", async () => {
    const code = await file("Nước sinh hoạt khu phố 3 đục ngầu.", "5002");
    await staff.get(`/inbox/${code}`);
    await staff.post(`/inbox/${code}/assign`, { unit: water.code });
    const again = await staff.post(`/inbox/${code}/assign`, { unit: water.code });
    expect(again.body).toContain("Phản ánh đang ở đơn vị này rồi; chọn đơn vị khác.");
    const unknown = await staff.post(`/inbox/${code}/assign`, { unit: "khong-co" });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toContain("Đơn vị không hợp lệ.");
    const report = (await inbox.reports.findByCode(code))!;
    expect(report.events.filter((event) => event.type === "assign" || event.type === "status")).toHaveLength(1);
    // A unit without a group gets no card.
    expect(await inbox.db.outboxMessage.count({ where: { reportId: report.id, purpose: "unit_card" } })).toBe(0);
  });

  it("reminds the unit: a reminder in its Telegram group and a line in the trail, once for a double click; refused before any unit", async () => {
    const code = await file("Ổ gà lớn trên đường vào chợ, xe máy té mấy lần rồi.", "5004");
    await staff.get(`/inbox/${code}`);
    const early = await staff.post(`/inbox/${code}/remind`, { note: "Nhắc sớm" });
    expect(early.body).toContain("Phản ánh chưa được chuyển cho đơn vị nào: chuyển đơn vị trước rồi mới nhắc.");
    const assigned = await staff.post(`/inbox/${code}/assign`, { unit: roads.code });
    expect(assigned.body).toContain("Nhắc đơn vị");
    const key = staff.formKeys.shift()!;
    const form = { note: "Dân phản ánh lại lần hai, đề nghị xử lý trong tuần.", _once: key };
    const answers = await Promise.all([1, 2].map(() => staff.post(`/inbox/${code}/remind`, form, { follow: false })));
    expect(answers.map((answer) => answer.status)).toEqual([303, 303]);
    const page = await staff.get(`/inbox/${code}`);
    expect(page.body).toContain("Nhắc đơn vị xử lý");
    expect(page.body).toContain("Nhắc Sở Giao thông vận tải xử lý: Dân phản ánh lại lần hai");
    const report = (await inbox.reports.findByCode(code))!;
    expect(report.events.filter((event) => event.type === "reminder")).toHaveLength(1);
    const reminders = await inbox.db.outboxMessage.findMany({ where: { reportId: report.id, chatId: roads.telegramChatId!, purpose: "unit_reminder" } });
    expect(reminders).toHaveLength(1);
    const text = JSON.stringify(JSON.parse(reminders[0]!.payload));
    expect(text).toContain("⏰ Nhắc Sở Giao thông vận tải: phản ánh sắp đến hạn xử lý");
    expect(text).toContain("Dân phản ánh lại lần hai");
    expect(text).toContain(code);
  });

  it("is refused to a viewer (403), changing nothing", async () => {
    const code = await file("Cống thoát nước đường Hùng Vương bị vỡ nắp.", "5003");
    const viewer = await signedInStaff(app, "chixem", "viewer");
    await viewer.get(`/inbox/${code}`);
    const answer = await viewer.post(`/inbox/${code}/assign`, { unit: roads.code, reason: "thử" });
    expect(answer.status).toBe(403);
    expect((await inbox.reports.findByCode(code))!.unitId).toBeNull();
    await staff.get(`/inbox/${code}`);
    await staff.post(`/inbox/${code}/assign`, { unit: roads.code });
    expect((await viewer.post(`/inbox/${code}/remind`, { note: "thử" })).status).toBe(403);
    expect((await inbox.reports.findByCode(code))!.events.filter((event) => event.type === "reminder")).toHaveLength(0);
  });
});

describe("a unit's account", () => {
  let ours: string;
  let theirs: string;
  let electrician: WebClient;

  beforeAll(async () => {
    ours = await file("Trụ điện nghiêng sát nhà dân ở thôn Phú Thạnh.", "6001");
    theirs = await file("Đường ĐT 609 có ổ gà lớn gần cầu Hà Nha.", "6002");
    await file("Chưa chuyển cho ai: rác ứ đọng ở chợ.", "6003");
    await staff.get(`/inbox/${ours}`);
    await staff.post(`/inbox/${ours}/assign`, { unit: power.code });
    await staff.post(`/inbox/${theirs}/assign`, { unit: roads.code });
    electrician = await unitAccount("dienluc", power);
  });

  it("lists and searches only its unit's reports", async () => {
    const list = await electrician.get("/inbox");
    expect(list.body).toContain(ours);
    expect(list.body).not.toContain(theirs);
    expect(list.body).not.toContain("rác ứ đọng");
    const search = await electrician.get(`/inbox?q=${encodeURIComponent("ổ gà")}`);
    expect(search.body).not.toContain(theirs);
    // Pages about the commission's own work are not its business either.
    expect((await electrician.get("/questions")).status).toBe(404);
    expect((await electrician.get("/inbox/corrections.csv")).status).toBe(404);
  });

  it("gets 404 for another unit's report: page, attachment, every action — as for a report that does not exist", async () => {
    const missing = await electrician.get("/inbox/PA-2099-999999");
    const page = await electrician.get(`/inbox/${theirs}`);
    expect(page.status).toBe(404);
    expect(page.body.replaceAll(theirs, "CODE")).toBe(missing.body.replaceAll("PA-2099-999999", "CODE"));
    const attachment = (await inbox.reports.findByCode(theirs))!.attachments[0]!;
    expect((await electrician.get(`/inbox/${theirs}/attachments/${attachment.id}`)).status).toBe(404);
    await electrician.get(`/inbox/${ours}`);
    for (const [action, form] of [
      ["reply", { text: "Trả lời sang đơn vị khác." }],
      ["note", { text: "Ghi chú." }],
      ["status", { status: "dang_xu_ly" }],
      ["assign", { unit: water.code }],
      ["reveal", {}],
      ["correct", { topic: "khac", area: "", urgent: "1" }],
    ] as const) {
      expect((await electrician.post(`/inbox/${theirs}/${action}`, form)).status, action).toBe(404);
    }
    // Merging its report into another unit's is refused as an unknown original.
    await electrician.get(`/inbox/${ours}`);
    const merge = await electrician.post(`/inbox/${ours}/merge`, { original: theirs });
    expect(merge.body).toContain("Không tìm thấy phản ánh (hoặc phản ánh gốc).");
    const other = (await inbox.reports.findByCode(theirs))!;
    expect(other.events.map((event) => event.type)).toEqual(["created", "status"]);
    expect(other.unitId).toBe(roads.id);
  });

  it("opens and answers its own reports through the same outbox", async () => {
    const page = await electrician.get(`/inbox/${ours}`);
    expect(page.status).toBe(200);
    const answer = await electrician.post(`/inbox/${ours}/reply`, { text: "Điện lực đã cử tổ kỹ thuật đến dựng lại trụ điện." });
    expect(answer.body).toContain("Đã gửi câu trả lời");
    const replies = await inbox.db.outboxMessage.findMany({ where: { report: { code: ours }, purpose: "staff_reply" } });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.chatId).toBe("6001");
  });

  it("hears in its live feed only of its unit's reports", async () => {
    const stream = await EventStream.open(await app.server.listen({ port: 0, host: "127.0.0.1" }), electrician);
    const actor = { type: "staff" as const, name: "Cán bộ canbo" };
    // Another unit's report changes, a new one is filed, then the unit's own report changes.
    await app.service.reply(theirs, "Sở GTVT đã nhận.", actor);
    await file("Phản ánh mới chưa chuyển cho đơn vị nào.", "6004");
    await app.service.reply(ours, "Điện lực đã nhận.", actor);
    const heard = await stream.next("report", ours);
    expect(heard.data.html).toContain(ours);
    // Events go out in order: by the time the unit's own arrived, the others were passed over.
    expect(stream.events.filter((event) => event.event === "report").map((event) => event.data.code)).toEqual([ours]);
  });

  it("exports only its unit's reports", async () => {
    const csv = (await electrician.get("/inbox/export.csv")).body;
    expect(csv).toContain(ours);
    expect(csv).not.toContain(theirs);
    // The header, this report and the one reassigned to the unit above.
    expect(csv.trim().split("\r\n")).toHaveLength(3);
  });

  it("sees its unit's figures on the dashboard", async () => {
    const dashboard = (await electrician.get("/dashboard")).body;
    expect(dashboard).toContain("Thống kê phản ánh – Công ty Điện lực Quảng Nam");
    expect(dashboard).toMatch(/<b>2<\/b><span class="muted">phản ánh đã nhận<\/span>/u);
    expect(dashboard).not.toContain("Sở Giao thông vận tải");
  });

  it("cannot be an admin's, and an admin sets it back to the whole commission", async () => {
    const user = (await inbox.staff.list()).find((candidate) => candidate.username === "dienluc")!;
    await admin.get("/accounts");
    const refused = await admin.post(`/accounts/${user.id}`, { role: "admin" });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("Tài khoản quản trị làm việc cho cả Ban");
    await admin.get("/accounts");
    await admin.post(`/accounts/${user.id}`, { unit: "" });
    expect((await electrician.get(`/inbox/${theirs}`)).status).toBe(200);
    await admin.get("/accounts");
    await admin.post(`/accounts/${user.id}`, { unit: power.code });
    expect((await electrician.get(`/inbox/${theirs}`)).status).toBe(404);
  });
});
