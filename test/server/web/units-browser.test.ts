/**
 * Units that act, in a real browser (Debian's chromium, headless): an admin gives a unit its Telegram
 * group on the units page; staff reassign a report already "đã chuyển đơn vị" with a reason (a reload
 * repeats nothing) and the unit's group gets the card; the unit's account sees its report and nothing
 * of another unit's; the dashboard's period selector shows the period's figures by unit and area.
 * Screenshots go to test-results/screenshots/ to be looked at.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { seriousViolations } from "../../helpers/axe.js";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { createStaff, openTestWebApp, TEST_PASSWORD, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;
let browser: Browser;
let base: string;
let lamp: string;
let road: string;

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
  await createStaff(inbox, "quantri", "admin");
  await createStaff(inbox, "canbo", "staff");
  await createStaff(inbox, "dienluc", "staff");
  await inbox.units.add("giao-thong", { name: "Sở Giao thông vận tải", telegramChatId: null });
  const power = (await inbox.units.add("dien-luc", { name: "Công ty Điện lực Quảng Nam", telegramChatId: null }))!;
  await inbox.staff.setUnit((await inbox.staff.list()).find((user) => user.username === "dienluc")!.id, power.id);
  lamp = await new WebChat(new WebClient(app.server)).report("Đèn đường trên đường Phan Châu Trinh, Tam Kỳ tắt cả tuần nay.", "khac");
  road = await new WebChat(new WebClient(app.server)).report("Ổ gà lớn trên đường ĐT 609 gần cầu Hà Nha, xe máy ngã liên tục.", "khac");
  await app.service.assign(lamp, (await inbox.units.byCode("giao-thong"))!, { type: "staff", name: "Cán bộ canbo" });
  await app.service.assign(road, (await inbox.units.byCode("giao-thong"))!, { type: "staff", name: "Cán bộ canbo" });
  base = await app.server.listen({ port: 0, host: "127.0.0.1" });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function signedIn(username: string, path: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, locale: "vi-VN", viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(path);
  await page.fill("#username", username);
  await page.fill("#password", TEST_PASSWORD);
  await page.click("button.primary");
  await page.waitForURL(new RegExp(`${path}$`, "u"));
  return page;
}

describe("units that act, in a browser", () => {
  it("an admin gives the power company its Telegram group on the units page", async () => {
    const page = await signedIn("quantri", "/units");
    const row = page.locator('tr[data-code="dien-luc"]');
    await row.getByLabel("Nhóm Telegram của đơn vị dien-luc").fill("-1005550001111");
    await row.getByRole("button", { name: "Lưu" }).click();
    await page.getByText("Đã lưu đơn vị Công ty Điện lực Quảng Nam.").waitFor();
    expect((await inbox.units.byCode("dien-luc"))!.telegramChatId).toBe("-1005550001111");
    // Deleting a unit with open reports is refused, and says why.
    await page.locator('tr[data-code="giao-thong"]').getByRole("button", { name: "Xóa đơn vị giao-thong" }).click();
    await page.getByText("Không xóa được: đơn vị còn 2 phản ánh đang xử lý.").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "units.png"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("staff reassign the lamp report to the power company with a reason; a reload repeats nothing; the group gets the card", async () => {
    const page = await signedIn("canbo", `/inbox/${lamp}`);
    await page.selectOption("#unit", "dien-luc");
    await page.fill("#assign-reason", "Đèn đường do Điện lực quản lý.");
    await page.getByRole("button", { name: "Chuyển", exact: true }).click();
    await page.getByText("Đã chuyển đến Công ty Điện lực Quảng Nam và gửi thẻ phản ánh vào nhóm Telegram của đơn vị.").waitFor();
    expect(page.url()).toBe(`${base}/inbox/${lamp}`);
    await page.reload();
    await page.getByRole("heading", { name: lamp }).waitFor();
    await page.getByText("Lý do: Đèn đường do Điện lực quản lý.").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "report-reassigned.png"), fullPage: true });
    const report = (await inbox.reports.findByCode(lamp))!;
    expect(report.events.filter((event) => event.type === "assign")).toHaveLength(1);
    expect(await inbox.db.outboxMessage.count({ where: { reportId: report.id, chatId: "-1005550001111", purpose: "unit_card" } })).toBe(1);
  });

  it("the power company's account sees the lamp report and nothing of the road report", async () => {
    const page = await signedIn("dienluc", "/inbox");
    await page.locator(`tr[data-code="${lamp}"]`).waitFor();
    expect(await page.locator(`tr[data-code="${road}"]`).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Câu hỏi của cán bộ" }).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, "inbox-unit-account.png"), fullPage: true });
    const response = await page.goto(`/inbox/${road}`);
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { name: "Không tìm thấy phản ánh" }).waitFor();
  });

  it("the dashboard's period selector shows this month's figures by unit and area", async () => {
    const page = await signedIn("canbo", "/dashboard");
    await page.selectOption("#ky", "thang");
    await page.getByRole("button", { name: "Xem" }).click();
    await page.waitForURL(/ky=thang/u);
    await page.getByText("Tháng này (").first().waitFor();
    const units = page.locator("#by-units tbody tr");
    await expect.poll(() => units.count()).toBe(2);
    expect(await units.nth(0).locator("td").allInnerTexts()).toEqual(["Công ty Điện lực Quảng Nam", "1", "0", "0", "chưa có"]);
    expect(await units.nth(1).locator("td").allInnerTexts()).toEqual(["Sở Giao thông vận tải", "1", "0", "0", "chưa có"]);
    await page.screenshot({ path: join(SCREENSHOTS, "dashboard-period.png"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
