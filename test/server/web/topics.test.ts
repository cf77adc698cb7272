/**
 * Topics on the web (admins): deadline, suggested unit and cue words per topic, filled from
 * knowledge/deadlines.json on a first start, changed once per form key, audited in Vietnamese, and
 * used for the next message and report without a restart. Bad values are refused with why; cue
 * words with HTML and `%` stay text; viewers and staff get 403.
 */
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addWorkingDays, vietnamDate } from "../../../src/feedback/deadlines.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { ALREADY_DONE } from "../../../src/server/web/forms.js";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, signedInStaff, TEST_PASSWORD, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;
let admin: WebClient;

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
  admin = await signedInStaff(app, "quan.tri.linh.vuc", "admin");
}, 120_000);

const storedHolidays = async () => new Set((await inbox.db.holiday.findMany()).map((row) => row.date));
const setting = (topic: string) => inbox.db.topicSetting.findUnique({ where: { topic } });

/** A message no built-in cue places: nothing in it names a topic. */
const UNCUED = "Chiếc xe lam chở khách ở bến xe Hà Lam chạy quá giờ, tài xế hay bấm còi inh ỏi vào ban đêm.";

describe("topic settings", () => {
  it("start as knowledge/deadlines.json, with no unit chosen and no cue words", async () => {
    expect(await setting("dat_dai")).toMatchObject({ workingDays: 30, unitCode: null, cues: "" });
    const page = await admin.get("/topics");
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/id="days-khac" name="workingDays" type="number"[^>]* value="15"/u);
    expect(page.body).toContain("Mặc định: Sở Giao thông vận tải / UBND cấp huyện");
  });

  it("change once per form, are audited, and the next message and report use them", async () => {
    const before = await new WebChat(new WebClient(app.server)).report(UNCUED, "khac");
    expect((await inbox.db.report.findUnique({ where: { code: before } }))?.topic).toBe("khac");

    await admin.get("/topics");
    const form = { workingDays: "4", unit: "congan", cues: `xe lam\nbấm còi, <b>còi</b>; 100%_ồn\nxe lam`, _once: admin.formKeys[0]! };
    const first = await admin.post("/topics/te_nan", form, { follow: false });
    expect(first.status).toBe(303);
    expect((await admin.post("/topics/te_nan", form)).body).toContain(ALREADY_DONE);
    expect(await setting("te_nan")).toMatchObject({ workingDays: 4, unitCode: "congan", cues: "xe lam\nbấm còi\n<b>còi</b>\n100%_ồn" });
    const audit = await inbox.db.auditEntry.findMany({ where: { action: "topic_updated" } });
    expect(audit.map((entry) => entry.detail)).toEqual(["Tệ nạn, an ninh trật tự: thời hạn 7 → 4 ngày làm việc; đơn vị đề xuất: Công an tỉnh; từ gợi ý: xe lam, bấm còi, <b>còi</b>, 100%_ồn"]);
    const page = await admin.get("/topics");
    expect(page.body).toContain("xe lam\nbấm còi\n&lt;b&gt;còi&lt;/b&gt;\n100%_ồn</textarea>");
    expect(page.body).not.toContain("<b>còi</b>");
    expect((await admin.get("/accounts")).body).toContain("Sửa lĩnh vực (thời hạn, đơn vị đề xuất, từ gợi ý)");

    const code = await new WebChat(new WebClient(app.server)).report(UNCUED.replace("Chiếc", "Lại chiếc"), "khac");
    const report = (await inbox.db.report.findUnique({ where: { code } }))!;
    expect(report).toMatchObject({ topic: "te_nan", urgent: false, suggestedUnit: "Công an tỉnh" });
    expect(vietnamDate(report.dueAt)).toBe(vietnamDate(addWorkingDays(report.createdAt, 4, await storedHolidays())));
  });

  it("refuses a day count out of range, an unknown unit or topic, saying why and keeping what was typed", async () => {
    await admin.get("/topics");
    const cases: Array<[Record<string, string>, string]> = [
      [{ workingDays: "0", unit: "", cues: "" }, "Môi trường: Thời hạn ít nhất 1 ngày làm việc."],
      [{ workingDays: "366", unit: "", cues: "" }, "Môi trường: Thời hạn tối đa 365 ngày làm việc."],
      [{ workingDays: "2.5", unit: "", cues: "" }, "Môi trường: Thời hạn phải là số ngày tròn."],
      [{ workingDays: "10", unit: "khong-co", cues: "" }, "Môi trường: Đơn vị này không có hoặc đã ngừng hoạt động."],
      [{ workingDays: "10", unit: "", cues: "x" }, "Môi trường: Mỗi từ gợi ý cần ít nhất 2 ký tự."],
    ];
    for (const [form, message] of cases) {
      const response = await admin.post("/topics/moi_truong", { ...form, cues: form.cues || "giữ <i>nguyên</i>" });
      expect(response.status, message).toBe(400);
      expect(response.body).toContain(message);
    }
    expect((await admin.post("/topics/moi_truong", { workingDays: "0", unit: "", cues: "giữ <i>nguyên</i>" })).body).toContain("giữ &lt;i&gt;nguyên&lt;/i&gt;</textarea>");
    expect((await admin.post("/topics/khong_co", { workingDays: "10", unit: "", cues: "" })).status).toBe(404);
    expect(await setting("moi_truong")).toMatchObject({ workingDays: 15, unitCode: null, cues: "" });
  });

  it("are for admins: viewers and staff get 403 and change nothing", async () => {
    for (const role of ["viewer", "staff"] as const) {
      const client = await signedInStaff(app, `khong.quyen.linh.vuc.${role}`, role);
      expect((await client.get("/topics")).status).toBe(403);
      expect((await client.post("/topics/khac", { workingDays: "1", unit: "", cues: "" })).status).toBe(403);
      expect((await client.get("/inbox")).body).not.toContain('href="/topics"');
    }
    expect(await setting("khac")).toMatchObject({ workingDays: 15 });
  });
});

describe("in a browser", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("sets a topic's unit and cue words, and shows the page", async () => {
    const base = await app.server.listen({ port: 0, host: "127.0.0.1" });
    const context = await browser.newContext({ baseURL: base, locale: "vi-VN", viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto("/topics");
    await page.fill("#username", "quan.tri.linh.vuc");
    await page.fill("#password", TEST_PASSWORD);
    await page.click("button.primary");
    await page.waitForURL(/\/topics$/u);
    await page.selectOption("#unit-ha_tang", { label: "UBND xã, phường, thị trấn nơi xảy ra vụ việc" });
    await page.fill("#cues-ha_tang", "trụ nước cứu hỏa\nnắp hố ga");
    await page.fill("#days-ha_tang", "10");
    await page.locator("#topic-ha_tang").getByRole("button", { name: "Lưu lĩnh vực" }).click();
    await page.getByText("Đã lưu lĩnh vực “Hạ tầng: đường, cầu, điện, nước”.").waitFor();
    expect(await setting("ha_tang")).toMatchObject({ workingDays: 10, unitCode: "ubnd-xa", cues: "trụ nước cứu hỏa\nnắp hố ga" });
    await page.locator("#topic-ha_tang").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, "topics.png") });
    await context.close();
  });
});
