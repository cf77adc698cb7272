/**
 * Topics on the web (admins): label, deadline, suggested unit and cue words per topic, filled from
 * knowledge/deadlines.json on a first start, changed once per form key, audited in Vietnamese, and
 * used for the next page, message and report without a restart. Bad values are refused with why;
 * labels and cue words with HTML, quotes and `%` stay text; viewers and staff get 403.
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
import { openTestWebApp, replyText, signedInStaff, TEST_PASSWORD, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

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
const UNCUED = "Chiếc xe lam chở khách ở bến xe Hà Lam chạy quá giờ, tài xế hay bấm còi vào ban đêm.";

describe("topic settings", () => {
  it("start as knowledge/deadlines.json, with no unit chosen and no cue words", async () => {
    expect(await setting("dat_dai")).toMatchObject({ workingDays: 30, unitCode: null, cues: "" });
    const page = await admin.get("/topics");
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/id="days-khac" name="workingDays" type="number"[^>]* value="15"/u);
    expect(page.body).toContain("Mặc định: Sở Xây dựng");
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
    expect(audit.map((entry) => entry.detail)).toEqual(["Tệ nạn, an ninh trật tự: thời hạn 7 → 4 ngày làm việc; đơn vị đề xuất: Công an thành phố; từ gợi ý: xe lam, bấm còi, <b>còi</b>, 100%_ồn"]);
    const page = await admin.get("/topics");
    expect(page.body).toContain("xe lam\nbấm còi\n&lt;b&gt;còi&lt;/b&gt;\n100%_ồn</textarea>");
    expect(page.body).not.toContain("<b>còi</b>");
    expect((await admin.get("/accounts")).body).toContain("Sửa lĩnh vực (tên, thời hạn, đơn vị đề xuất, từ gợi ý)");

    const code = await new WebChat(new WebClient(app.server)).report(UNCUED.replace("Chiếc", "Lại chiếc"), "khac");
    const report = (await inbox.db.report.findUnique({ where: { code } }))!;
    expect(report).toMatchObject({ topic: "te_nan", urgent: false, suggestedUnit: "Công an thành phố" });
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
      expect((await client.post("/topics/khac", { label: "Đổi tên trái phép", workingDays: "1", unit: "", cues: "" })).status).toBe(403);
      expect((await client.get("/inbox")).body).not.toContain('href="/topics"');
    }
    expect(await setting("khac")).toMatchObject({ workingDays: 15, label: null });
  });
});

describe("topic labels", () => {
  const LABEL = "Chính sách xã hội, người yếu thế";
  const BUILT_IN = "An sinh xã hội";
  const form = (label: string) => ({ label, workingDays: "15", unit: "", cues: "" });

  it("are renamed once per form, audited, and every page, export and message names the topic so at once", async () => {
    await admin.get("/topics");
    const key = admin.formKeys[0]!;
    const saved = await admin.post("/topics/an_sinh", { ...form(`  ${LABEL}  `), _once: key });
    expect(saved.redirectedFrom?.status).toBe(303);
    expect(saved.body).toContain(`Đã lưu lĩnh vực “${LABEL}”.`);
    // Reloading the page it led to, or sending the form again, does nothing more.
    expect((await admin.get("/topics")).body).not.toContain("Đã lưu lĩnh vực");
    expect((await admin.post("/topics/an_sinh", { ...form("Tên khác"), _once: key })).body).toContain(ALREADY_DONE);
    expect(await setting("an_sinh")).toMatchObject({ label: LABEL });
    const audit = (await inbox.db.auditEntry.findMany({ where: { action: "topic_updated" } })).map((entry) => entry.detail ?? "");
    expect(audit.filter((detail) => detail.includes(LABEL))).toEqual([`${BUILT_IN}: tên → “${LABEL}”`]);
    const topics = (await admin.get("/topics")).body;
    expect(topics).toContain(`<h2>${LABEL}</h2>`);
    expect(topics).toContain(`id="label-an_sinh" name="label" maxlength="60" value="${LABEL}"`);
    expect(topics).toContain(`Tên có sẵn: ${BUILT_IN} (mã an_sinh, không đổi).`);

    // A citizen picks the topic by its new name, checks it and is told it with the tracking code.
    const chat = new WebChat(new WebClient(app.server));
    await chat.say("/gopy");
    const described = await chat.say("Nhà bà Lê Thị Hoa neo đơn, nhà tạm dột nát sắp sập, mong được hỗ trợ sửa lại trước mùa mưa.");
    expect(described.at(-1)!.choices!.flat().map((choice) => choice.label)).toContain(`✓ ${LABEL} (gợi ý)`);
    await chat.press("fb:topic:an_sinh");
    await chat.press("fb:area:none");
    const [confirm] = await chat.press("fb:anon");
    expect(replyText(confirm!)).toContain(`Lĩnh vực: ${LABEL}`);
    await chat.press("fb:send");
    const tracking = await chat.waitFor(/Mã theo dõi/u);
    expect(tracking).toContain(`Lĩnh vực: ${LABEL}. Địa bàn:`);
    const code = /PA-\d{4}-\d{6}/u.exec(tracking)![0];
    const [status] = await chat.say(`/theodoi ${code}`);
    expect(replyText(status!)).toContain(`Phản ánh ${code} (${LABEL})`);

    const viewer = await signedInStaff(app, "xem.ten.linh.vuc", "viewer");
    const list = (await viewer.get("/inbox?topic=an_sinh")).body;
    expect(list).toContain(`<option value="an_sinh" selected>${LABEL}</option>`);
    expect(list).toMatch(new RegExp(`data-code="${code}"[\\s\\S]*?<td data-label="Lĩnh vực">${LABEL}</td>`, "u"));
    const pages = { list, report: (await viewer.get(`/inbox/${code}`)).body, dashboard: (await viewer.get("/dashboard")).body, csv: (await viewer.get("/inbox/export.csv?topic=an_sinh")).body };
    expect(pages.report).toContain(`<dt>Lĩnh vực</dt><dd>${LABEL}</dd>`);
    // The chart shortens labels to 28 characters.
    expect(pages.dashboard).toContain(`${LABEL.slice(0, 27)}…`);
    // Every CSV field is quoted.
    expect(pages.csv.split("\r\n").find((line) => line.startsWith(`"${code}"`))).toContain(`,"${LABEL}",`);
    for (const [name, body] of Object.entries(pages)) expect(body, name).not.toContain(BUILT_IN);

    // The built-in name typed back is stored as none: the code's label again.
    await admin.get("/topics");
    await admin.post("/topics/an_sinh", form(BUILT_IN));
    expect(await setting("an_sinh")).toMatchObject({ label: null });
    expect((await viewer.get(`/inbox/${code}`)).body).toContain(`<dt>Lĩnh vực</dt><dd>${BUILT_IN}</dd>`);
  });

  it("refuse an empty or too long name, control characters and another topic's name, saying why and keeping what was typed", async () => {
    await admin.get("/topics");
    const cases: Array<[string, string]> = [
      ["   ", "Tên lĩnh vực không được để trống."],
      ["Đ".repeat(61), "Tên lĩnh vực tối đa 60 ký tự."],
      ["Dòng một\nDòng hai", "Tên lĩnh vực không được có ký tự điều khiển (xuống dòng, tab…)."],
      ["Có\u0007chuông", "Tên lĩnh vực không được có ký tự điều khiển (xuống dòng, tab…)."],
      ["môi trường", "Lĩnh vực khác đã có tên “môi trường”."],
    ];
    for (const [label, message] of cases) {
      const response = await admin.post("/topics/an_sinh", form(label));
      expect(response.status, message).toBe(400);
      expect(response.body).toContain(`${BUILT_IN}: ${message}`);
    }
    expect((await admin.post("/topics/an_sinh", form("<b>Đậm</b> \"nháy\"\nxuống dòng"))).body).toContain('value="&lt;b&gt;Đậm&lt;/b&gt; &quot;nháy&quot;');
    expect(await setting("an_sinh")).toMatchObject({ label: null });
  });

  it("keep HTML and quotes as typed and show them escaped", async () => {
    const hostile = `<script>alert("x")</script> & 'nháy'`;
    await admin.get("/topics");
    await admin.post("/topics/khoang_san", { ...form(hostile), workingDays: "15" });
    expect(await setting("khoang_san")).toMatchObject({ label: hostile });
    const escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;nháy&#39;";
    for (const body of [(await admin.get("/topics")).body, (await admin.get("/inbox")).body, (await admin.get("/accounts")).body]) {
      expect(body).toContain(escaped);
      expect(body).not.toContain("<script>alert");
    }
    await admin.get("/topics");
    await admin.post("/topics/khoang_san", form("Khai thác khoáng sản"));
    expect(await setting("khoang_san")).toMatchObject({ label: null });
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

  it("renames a topic and sets its unit and cue words, and shows the page", async () => {
    const base = await app.server.listen({ port: 0, host: "127.0.0.1" });
    const context = await browser.newContext({ baseURL: base, locale: "vi-VN", viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto("/topics");
    await page.fill("#username", "quan.tri.linh.vuc");
    await page.fill("#password", TEST_PASSWORD);
    await page.click("button.primary");
    await page.waitForURL(/\/topics$/u);
    await page.selectOption("#unit-ha_tang", { label: "UBND xã, phường, đặc khu nơi xảy ra vụ việc" });
    await page.fill("#cues-ha_tang", "trụ nước cứu hỏa\nnắp hố ga");
    await page.fill("#days-ha_tang", "10");
    await page.fill("#label-ha_tang", "Giao thông, điện, nước sạch, chiếu sáng");
    await page.locator("#topic-ha_tang").getByRole("button", { name: "Lưu lĩnh vực" }).click();
    await page.getByText("Đã lưu lĩnh vực “Giao thông, điện, nước sạch, chiếu sáng”.").waitFor();
    expect(await setting("ha_tang")).toMatchObject({ label: "Giao thông, điện, nước sạch, chiếu sáng", workingDays: 10, unitCode: "ubnd-xa", cues: "trụ nước cứu hỏa\nnắp hố ga" });
    await page.locator("#topic-ha_tang h2").getByText("Giao thông, điện, nước sạch, chiếu sáng").waitFor();
    await page.locator("#topic-ha_tang").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, "topics.png") });
    await context.close();
  });
});
