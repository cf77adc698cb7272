/**
 * Public results: staff publish a resolved report with a summary (one-time key, 303; refused when
 * the report is not resolved or the summary holds a phone number), the public page /ket-qua and its
 * Atom feed list it — topic, area, dates, summary, rating, never the description — with HTML in the
 * summary escaped, and the figures of the month; withdrawing takes it off. axe-core on the page.
 */
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { monthKey } from "../../../src/inbox/public-results.js";
import type { KnowledgeBase } from "../../../src/knowledge/knowledge-base.js";
import { ALREADY_DONE } from "../../../src/server/web/forms.js";
import { seriousViolations } from "../../helpers/axe.js";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, signedInStaff, TEST_PASSWORD, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let knowledge: KnowledgeBase;
let app: TestWebApp;
let staff: WebClient;
let resolved: string;
let open: string;

const SYSTEM = { type: "staff" as const, id: "web:0", name: "Cán bộ thử" };
const DESCRIPTION = "Đèn đường trên tuyến Hùng Vương, phường An Mỹ, Tam Kỳ hỏng cả tháng nay, gọi 0905123456 không ai nghe";
const SUMMARY = 'Điện lực Tam Kỳ đã thay 12 bóng đèn <script>alert("x")</script> & sửa tủ điện <b>trong 3 ngày</b>.';

beforeAll(async () => {
  knowledge = await openTestKnowledge();
  app = await openTestWebApp(knowledge, await openTestInbox());
  staff = await signedInStaff(app, "cong.khai", "staff");
  resolved = await new WebChat(new WebClient(app.server)).report(DESCRIPTION, "ha_tang");
  open = await new WebChat(new WebClient(app.server)).report("Cống thoát nước ở thôn 2 xã Tam Thăng, Tam Kỳ bị tắc, nước tràn vào nhà dân", "ha_tang");
  for (const status of ["da_tiep_nhan", "da_giai_quyet"] as const) expect((await app.service.changeStatus(resolved, status, SYSTEM)).ok).toBe(true);
  await app.inbox.db.report.update({ where: { code: resolved }, data: { rating: 4 } });
}, 60_000);

describe("publishing a result", () => {
  it("is offered on a resolved report only", async () => {
    expect((await staff.get(`/inbox/${resolved}`)).body).toContain("Công khai kết quả");
    expect((await staff.get(`/inbox/${open}`)).body).not.toContain('action="/inbox/' + open + '/publish"');
  });

  it("refuses a summary with a phone number, and one too short, keeping the form's key", async () => {
    await staff.get(`/inbox/${resolved}`);
    const phone = await staff.post(`/inbox/${resolved}/publish`, { summary: "Đã sửa xong, liên hệ anh Nam 0905 123 456 để biết thêm chi tiết." });
    expect(phone.status).toBe(400);
    expect(phone.body).toContain("không được có thông tin cá nhân");
    const short = await staff.post(`/inbox/${resolved}/publish`, { summary: "Đã sửa." });
    expect(short.status).toBe(400);
    expect(short.body).toContain("Tóm tắt công khai cần từ 20");
    expect((await app.inbox.reports.findByCode(resolved))!.publishedAt).toBeNull();
  });

  it("refuses a report not resolved", async () => {
    await staff.get(`/inbox/${resolved}`);
    const response = await staff.post(`/inbox/${open}/publish`, { summary: "Đã khơi thông cống thoát nước, nước không còn tràn." });
    expect(response.redirectedFrom?.status).toBe(303);
    expect(response.body).toContain("Chỉ công khai được phản ánh đã giải quyết.");
    expect((await app.inbox.reports.findByCode(open))!.publishedAt).toBeNull();
  });

  it("publishes once with its key (303), recorded in the trail; a viewer may not", async () => {
    const form = (await staff.get(`/inbox/${resolved}`)).body;
    // The same form sent twice (a double click): the publishing form's key, both times.
    const key = new RegExp(`action="/inbox/${resolved}/publish">[^]*?name="_once" value="([^"]+)"`, "u").exec(form)![1]!;
    const first = await staff.post(`/inbox/${resolved}/publish`, { summary: SUMMARY, _once: key });
    expect(first.redirectedFrom).toEqual({ status: 303, location: `/inbox/${resolved}` });
    expect(first.body).toContain("Đã công khai kết quả");
    expect(first.body).toContain("Đang công khai trên trang");
    const again = await staff.post(`/inbox/${resolved}/publish`, { summary: SUMMARY, _once: key });
    expect(again.body).toContain(ALREADY_DONE);
    const report = (await app.inbox.reports.findByCode(resolved))!;
    expect(report.publicSummary).toBe(SUMMARY);
    expect(report.events.filter((event) => event.type === "published")).toHaveLength(1);

    const viewer = await signedInStaff(app, "chi.xem", "viewer");
    await viewer.get(`/inbox/${resolved}`);
    expect((await viewer.post(`/inbox/${resolved}/unpublish`, {}, { follow: false })).status).toBe(403);
  });
});

describe("the public page and feed", () => {
  it("list the result with topic, area, dates and rating, HTML escaped, nothing personal", async () => {
    const response = await new WebClient(app.server).get("/ket-qua");
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body).toContain("Kết quả giải quyết phản ánh");
    expect(body).toContain(resolved);
    expect(body).toContain("Hạ tầng");
    expect(body).toContain("4/5");
    expect(body).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; sửa tủ điện &lt;b&gt;trong 3 ngày&lt;/b&gt;");
    expect(body).not.toContain("<script>alert");
    expect(body).not.toContain("<b>trong");
    expect(body).not.toContain("Hùng Vương");
    expect(body).not.toContain("0905");
    expect(body).not.toContain(open);
  });

  it("count this month's reports: received, resolved, on time, average rating", async () => {
    const body = (await new WebClient(app.server).get("/ket-qua")).body;
    const [year, month] = monthKey(new Date()).split("-");
    const row = new RegExp(`<th scope="row" data-label="Tháng">${month}/${year}</th><td data-label="Tiếp nhận">2</td><td data-label="Đã giải quyết">1</td>\\s*<td data-label="Giải quyết đúng hạn">1 \\(100%\\)</td>\\s*<td data-label="Đánh giá trung bình">4/5 \\(1 lượt\\)</td>`, "u");
    expect(body).toMatch(row);
  });

  it("are in an Atom feed, escaped", async () => {
    const response = await new WebClient(app.server).get("/ket-qua/atom.xml");
    expect(response.headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const feed = response.body;
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/u);
    expect(feed.match(/<entry>/gu)).toHaveLength(1);
    expect(feed).toMatch(new RegExp(`<id>http://localhost(:80)?/ket-qua#${resolved.toLowerCase()}</id>`, "u"));
    expect(feed).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; sửa tủ điện &lt;b&gt;");
    expect(feed).toContain("Đánh giá của người dân: 4/5.");
    expect(feed).not.toContain("<script>");
    expect(feed).not.toContain("Hùng Vương");
  });

  it("pass axe-core on a phone and a desktop", async () => {
    const browser: Browser = await launchBrowser();
    const base = await app.server.listen({ port: 0, host: "127.0.0.1" });
    for (const [name, viewport] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1280, height: 900 }]] as const) {
      const page = await (await browser.newContext({ baseURL: base, locale: "vi-VN", viewport })).newPage();
      await page.goto("/ket-qua");
      await page.getByRole("heading", { name: "Kết quả giải quyết phản ánh" }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `results-${name}.png`), fullPage: true });
    }
    // The staff's publishing form on the report page.
    const desk = await (await browser.newContext({ baseURL: base, locale: "vi-VN", viewport: { width: 1280, height: 900 } })).newPage();
    await desk.goto("/login");
    await desk.fill("#username", "cong.khai");
    await desk.fill("#password", TEST_PASSWORD);
    await desk.keyboard.press("Enter");
    await desk.waitForURL(/\/inbox/u);
    await desk.goto(`/inbox/${resolved}`);
    const section = desk.locator("section", { has: desk.getByRole("heading", { name: "Công khai kết quả" }) });
    await section.scrollIntoViewIfNeeded();
    expect(await seriousViolations(desk)).toEqual([]);
    await section.screenshot({ path: join(SCREENSHOTS, "report-publish-form.png") });
  }, 60_000);

  it("drop a result staff withdraw", async () => {
    await staff.get(`/inbox/${resolved}`);
    const withdrawn = await staff.post(`/inbox/${resolved}/unpublish`, {});
    expect(withdrawn.body).toContain("Đã thôi công khai");
    expect((await new WebClient(app.server).get("/ket-qua")).body).not.toContain(resolved);
  });
});
