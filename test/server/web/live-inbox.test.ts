/**
 * The live inbox: the event stream over real HTTP (who may open it, the page's filters, rows escaped,
 * a reconnect replaying what was missed, signing out ending it) and, in a real browser, a report
 * filed through the service appearing on an open inbox page without a reload, counted in the title,
 * an urgent one highlighted with its deadline's hour. Screenshots go to test-results/screenshots/.
 */
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { ReportDraft } from "../../../src/inbox/reports.js";
import { formatDateTime } from "../../../src/server/web/format.js";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { EventStream } from "../../helpers/event-stream.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { createStaff, openTestWebApp, signedInStaff, TEST_PASSWORD, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let base: string;
let staff: WebClient;
let browser: Browser;

beforeAll(async () => {
  app = await openTestWebApp(await openTestKnowledge(), await openTestInbox());
  staff = await signedInStaff(app, "truc.ban", "staff");
  base = await app.server.listen({ port: 0, host: "127.0.0.1" });
  browser = await launchBrowser();
}, 120_000);

let drafts = 0;

/** A report as a channel would file it; `source` makes each one distinct. */
function draft(description: string, extra: Partial<ReportDraft> = {}): ReportDraft {
  drafts += 1;
  return {
    channel: "telegram",
    chatId: `70${drafts}`,
    reporter: { id: `70${drafts}` },
    topic: "moi_truong",
    urgent: false,
    urgentReasons: [],
    description,
    descriptionCut: false,
    attachments: [],
    anonymous: true,
    sections: [],
    suggestedUnit: "UBND xã",
    dueAt: new Date(Date.now() + 5 * 86_400_000),
    source: `live-inbox-${drafts}`,
    ...extra,
  };
}



describe("the event stream", () => {
  it("is for signed-in staff only", async () => {
    const anonymous = await app.server.inject({ method: "GET", url: "/inbox/events" });
    expect(anonymous.statusCode).toBe(302);
    expect(anonymous.headers.location).toBe("/login?next=%2Finbox%2Fevents");
    const viewer = await EventStream.open(base, await signedInStaff(app, "chi.xem", "viewer"));
    expect(viewer.status).toBe(200);
    viewer.close();
  });

  it("sends a filed report as the row the page shows, escaped, and only to pages whose filters it matches", async () => {
    const all = await EventStream.open(base, staff);
    const security = await EventStream.open(base, staff, "?topic=te_nan");
    const report = await app.service.file(draft(`Bãi rác tự phát <script>alert("x")</script> bốc mùi ở thôn "Phú Ninh"`));
    const event = await all.next("report", report.code);
    expect(event.data).toMatchObject({ code: report.code, kind: "filed", urgent: false });
    const row = String(event.data.html);
    expect(row).toContain(`data-code="${report.code}"`);
    expect(row).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(row).not.toContain("<script>");

    // The next change reaches both streams in order; the filtered one never heard of the filing.
    const other = await app.service.file(draft("Có người lạ đập phá xe máy ban đêm ở chợ.", { topic: "te_nan" }));
    await security.next("report", other.code);
    expect(security.find("report", report.code)).toBeUndefined();
  });

  it("sends a change, and tells a page whose filters the report left", async () => {
    const report = await app.service.file(draft("Nước thải chảy ra kênh thủy lợi."));
    const open = await EventStream.open(base, staff, "?status=moi");
    await app.service.changeStatus(report.code, "dang_xu_ly", { type: "staff", id: "web:1", name: "Cán bộ" });
    const event = await open.next("report", report.code);
    expect(event.data).toEqual({ code: report.code, kind: "changed" });
  });

  it("replays what a reconnecting page missed, and says when it cannot", async () => {
    const first = await EventStream.open(base, staff);
    const seen = await app.service.file(draft("Đèn đường hỏng ở tổ 3."));
    const lastId = (await first.next("report", seen.code)).id!;
    first.close();
    const missed = await app.service.file(draft("Cống thoát nước bị tắc ở tổ 4."));
    const again = await EventStream.open(base, staff, "", lastId);
    expect((await again.next("report", missed.code)).data.kind).toBe("filed");
    expect(again.find("report", seen.code)).toBeUndefined();

    const stale = await EventStream.open(base, staff, "", "khac-lan-khoi-dong.12");
    await stale.next("stale");
  });

  it("ends when the session ends", async () => {
    const client = await signedInStaff(app, "ra.ve", "staff");
    const stream = await EventStream.open(base, client);
    await client.post("/logout", {});
    await app.service.file(draft("Cây đổ chắn ngang đường liên thôn."));
    await stream.next("ended");
    await expect.poll(() => stream.ended, { timeout: 5000 }).toBe(true);
  });
});

describe("in a browser", () => {
  it("shows a filed report without a reload, counts it in the title, and highlights an urgent one", async () => {
    await createStaff(app.inbox, "nguyen.thi.c", "staff");
    const context = await browser.newContext({ baseURL: base, locale: "vi-VN", viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto("/inbox");
    await page.fill("#username", "nguyen.thi.c");
    await page.fill("#password", TEST_PASSWORD);
    await page.click("button.primary");
    await page.waitForURL(/\/inbox$/u);
    await page.getByText("● Đang cập nhật trực tiếp").waitFor();
    const title = await page.title();
    // Reloading would lose this mark: the new rows must arrive without one.
    await page.evaluate("window.notReloaded = true");

    const routine = await app.service.file(draft("Rác thải ứ đọng ở đầu kiệt 12 đường Phan Bội Châu."));
    const routineRow = page.locator(`tr[data-code="${routine.code}"]`);
    await routineRow.waitFor();
    expect(await routineRow.locator(".badge.fresh").textContent()).toBe("Vừa đến");
    await expect.poll(() => page.title()).toBe(`(1) ${title}`);

    const due = new Date(Date.now() + 4 * 3600_000);
    const urgent = await app.service.file(draft("Sạt lở taluy đe dọa 3 hộ dân ở thôn 2, cần di dời ngay.", { urgent: true, urgentReasons: ["nguy hiểm đến tính mạng"], dueAt: due }));
    const urgentRow = page.locator(`tr[data-code="${urgent.code}"]`);
    await urgentRow.waitFor();
    await expect.poll(() => page.title()).toBe(`(2) ${title}`);
    // Urgent first, with the deadline's hour; its row stands out.
    expect(await page.locator("#reports tbody tr").first().getAttribute("data-code")).toBe(urgent.code);
    expect(await urgentRow.getAttribute("class")).toContain("urgent");
    expect(await urgentRow.locator(".badge.urgent").textContent()).toBe("Khẩn");
    expect(await urgentRow.locator('td[data-label="Hạn xử lý"]').textContent()).toContain(formatDateTime(due));
    expect(await page.evaluate(`getComputedStyle(document.querySelector('tr[data-code="${urgent.code}"] td')).boxShadow`)).toContain("inset");
    await page.getByText("2 phản ánh mới").waitFor();
    expect(await page.evaluate("window.notReloaded")).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, "inbox-live.png"), fullPage: true });

    // A change to a row on the page replaces it in place.
    await app.service.changeStatus(routine.code, "da_tiep_nhan", { type: "staff", id: "web:1", name: "Cán bộ" });
    await routineRow.locator(".badge.status-da_tiep_nhan").waitFor();

    await page.getByRole("button", { name: "Đánh dấu đã xem" }).click();
    expect(await page.title()).toBe(title);
    expect(await page.locator("tr.fresh").count()).toBe(0);
  });

  it("remembers the sound setting, off by default", async () => {
    await createStaff(app.inbox, "le.van.d", "staff");
    const context = await browser.newContext({ baseURL: base, locale: "vi-VN" });
    const page = await context.newPage();
    await page.goto("/inbox");
    await page.fill("#username", "le.van.d");
    await page.fill("#password", TEST_PASSWORD);
    await page.click("button.primary");
    await page.waitForURL(/\/inbox$/u);
    const toggle = page.getByLabel("Phát âm báo khi có phản ánh mới");
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await page.reload();
    expect(await page.getByLabel("Phát âm báo khi có phản ánh mới").isChecked()).toBe(true);
  });
});
