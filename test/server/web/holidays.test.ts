/**
 * Holidays on the web (admins): filled from knowledge/holidays.json on a first start, added and
 * removed once per form key, audited in Vietnamese, and counted for the next report filed without a
 * restart. Impossible dates are refused with why; a name stays text; viewers and staff get 403.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, vietnamDate } from "../../../src/feedback/deadlines.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { ALREADY_DONE } from "../../../src/server/web/forms.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, signedInStaff, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;
let admin: WebClient;

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
  admin = await signedInStaff(app, "quan.tri.ngay.nghi", "admin");
}, 120_000);

const storedHolidays = async () => new Set((await inbox.db.holiday.findMany()).map((row) => row.date));

/** Files a praise (topic "khac", 15 working days) from the web chat and returns its stored row. */
async function filePraise() {
  const code = await new WebChat(new WebClient(app.server)).report("Biểu dương, khen ngợi đoàn thanh niên phường Hải Châu đã dọn vệ sinh, trồng hoa rất nhiệt tình, hoan nghênh các bạn.", "khac");
  const report = (await inbox.db.report.findUnique({ where: { code } }))!;
  expect(report).toMatchObject({ topic: "khac", urgent: false });
  return report;
}

describe("holidays", () => {
  it("start as knowledge/holidays.json", async () => {
    expect(await storedHolidays()).toContain("2026-09-02");
    const page = await admin.get("/holidays");
    expect(page.status).toBe(200);
    expect(page.body).toContain("02/09/2026");
  });

  it("added once per form, one counts for the next report at once; its name stays text; removed it counts no more", async () => {
    // The first working day after today: a holiday there moves the deadline by one working day.
    let day = vietnamDate(new Date());
    do day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    while (!isWorkingDay(day, await storedHolidays()));
    await admin.get("/holidays");
    const form = { date: day, name: `Nghỉ bù "đặc biệt" <i>50%_</i>`, _once: admin.formKeys[0]! };
    const added = await admin.post("/holidays", form);
    expect(added.redirectedFrom?.status).toBe(303);
    expect(added.body).toContain("Nghỉ bù &quot;đặc biệt&quot; &lt;i&gt;50%_&lt;/i&gt;");
    expect((await admin.post("/holidays", form)).body).toContain(ALREADY_DONE);
    expect(await inbox.db.holiday.findUnique({ where: { date: day } })).toMatchObject({ name: `Nghỉ bù "đặc biệt" <i>50%_</i>` });
    expect(await inbox.db.auditEntry.count({ where: { action: "holiday_added" } })).toBe(1);

    const report = await filePraise();
    const holidays = await storedHolidays();
    expect(vietnamDate(report.dueAt)).toBe(vietnamDate(addWorkingDays(report.createdAt, 15, holidays)));
    holidays.delete(day);
    expect(vietnamDate(report.dueAt)).not.toBe(vietnamDate(addWorkingDays(report.createdAt, 15, holidays)));

    await admin.get("/holidays");
    const removed = await admin.post(`/holidays/${day}/delete`, {});
    expect(removed.body).toContain("Đã bỏ ngày nghỉ");
    expect(await inbox.db.holiday.findUnique({ where: { date: day } })).toBeNull();
    expect((await admin.post(`/holidays/${day}/delete`, {})).body).toContain("không có trong danh sách ngày nghỉ");
    const later = await filePraise();
    expect(vietnamDate(later.dueAt)).toBe(vietnamDate(addWorkingDays(later.createdAt, 15, await storedHolidays())));
    const audit = (await admin.get("/accounts")).body;
    for (const label of ["Thêm ngày nghỉ", "Bỏ ngày nghỉ"]) expect(audit).toContain(label);
  });

  it("refuses a date that is not in the calendar, saying why", async () => {
    await admin.get("/holidays");
    for (const [date, message] of [["2026-02-30", "Ngày này không có trong lịch."], ["02/09/2026", "Ngày nghỉ cần có dạng năm-tháng-ngày"]] as const) {
      const response = await admin.post("/holidays", { date, name: "" });
      expect(response.status, date).toBe(400);
      expect(response.body).toContain(message);
    }
    expect(await inbox.db.holiday.findUnique({ where: { date: "2026-02-30" } })).toBeNull();
  });

  it("are for admins: viewers and staff get 403 and change nothing", async () => {
    for (const role of ["viewer", "staff"] as const) {
      const client = await signedInStaff(app, `khong.quyen.ngay.nghi.${role}`, role);
      expect((await client.get("/holidays")).status).toBe(403);
      expect((await client.post("/holidays", { date: "2026-12-24", name: "" })).status).toBe(403);
      expect((await client.post("/holidays/2026-09-02/delete", {})).status).toBe(403);
    }
    expect(await inbox.db.holiday.findUnique({ where: { date: "2026-12-24" } })).toBeNull();
    expect(await inbox.db.holiday.findUnique({ where: { date: "2026-09-02" } })).not.toBeNull();
  });
});
