/**
 * The whole system in a real browser (Debian's chromium, headless), against the real server on
 * loopback: a citizen asks and reports in the web chat; a staff member signs in, filters, opens the
 * report, changes its status and replies; the citizen sees both; the CSV export downloads; pages
 * fit a phone screen. Screenshots of the inbox, a report, the dashboard and the chat are written to
 * test-results/screenshots/ to be looked at.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Topic } from "../../../src/feedback/taxonomy.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { createStaff, openTestWebApp, TEST_PASSWORD, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;
let browser: Browser;
let base: string;

/** Reports other citizens filed, so the inbox and dashboard look like a working week. */
const OTHER_REPORTS: Array<[string, Topic]> = [
  ["Xe tải chở cát từ mỏ ở xã Đại Hồng, huyện Đại Lộc chạy suốt đêm, đường làng hư hỏng nặng.", "khoang_san"],
  ["Nhà máy chế biến gỗ ở cụm công nghiệp Tam Đàn, huyện Phú Ninh xả bụi ra khu dân cư.", "moi_truong"],
  ["Hồ sơ cấp giấy chứng nhận quyền sử dụng đất của gia đình tôi ở Điện Bàn nộp từ tháng 3 đến nay chưa có kết quả.", "dat_dai"],
  ["Đề nghị xã Duy Sơn, huyện Duy Xuyên công khai danh sách hộ nghèo được hỗ trợ sửa nhà.", "an_sinh"],
  ["Cán bộ một cửa phường Cẩm Phô, Hội An hướng dẫn tận tình, tôi xin cảm ơn.", "khac"],
  ["Sạt lở bờ sông Thu Bồn đoạn qua thôn Gia Cốc, xã Quế Trung, huyện Nông Sơn ngày càng gần nhà dân.", "thien_tai"],
  ["Nhóm thanh niên tụ tập đua xe trên đường Điện Biên Phủ, Tam Kỳ vào ban đêm rất ồn và nguy hiểm.", "te_nan"],
  ["Thủ tục đăng ký khai sinh trực tuyến ở xã Tam Ngọc bị trả hồ sơ nhiều lần không rõ lý do.", "hanh_chinh"],
];

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
  await createStaff(inbox, "nguyenvana", "staff");
  for (const [text, topic] of OTHER_REPORTS) await new WebChat(new WebClient(app.server)).report(text, topic);
  base = await app.server.listen({ port: 0, host: "127.0.0.1" });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** A new browser window with its own cookies; phone-sized when asked. */
async function openPage(options: { phone?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: base,
    locale: "vi-VN",
    acceptDownloads: true,
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1366, height: 900 },
    ...(options.phone ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

async function send(page: Page, text: string): Promise<void> {
  await page.fill("#text", text);
  await page.click("#composer button.primary");
}

async function signIn(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/login\?next=/u);
  await page.fill("#username", "nguyenvana");
  await page.fill("#password", TEST_PASSWORD);
  await page.click("button.primary");
  await page.waitForURL(new RegExp(`${path.replace(/[?]/gu, "\\?")}$`, "u"));
}

/** No part of the page is wider than the screen (nothing to scroll sideways). */
async function fitsWidth(page: Page): Promise<boolean> {
  // A string, so that this file needs no DOM types (they would clash with Node's fetch types).
  return Boolean(await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"));
}

describe("in a browser", () => {
  let citizen: Page;
  let staff: Page;
  let code: string;

  it("a citizen asks about the resolution and reads the verbatim text", async () => {
    citizen = await openPage();
    await citizen.goto("/");
    await send(citizen, "Mục tiêu của nghị quyết là gì?");
    await citizen.getByText("— Mục II.2 – Mục tiêu").waitFor();
    await citizen.getByRole("button", { name: "📄 Xem nguyên văn" }).first().click();
    await expect.poll(() => citizen.locator(".bubble").count()).toBeGreaterThanOrEqual(4);
    await citizen.screenshot({ path: join(SCREENSHOTS, "chat.png"), fullPage: true });
  });

  it("the citizen files a report and gets a tracking code", async () => {
    await send(citizen, "/gopy");
    await citizen.getByText("Bạn mô tả ngắn gọn vấn đề cần phản ánh").waitFor();
    await send(citizen, "Rác thải ùn ứ ở chợ Tam Thanh, thành phố Tam Kỳ cả tuần không được thu gom, bốc mùi hôi thối.");
    await citizen.getByRole("button", { name: /Môi trường/u }).click();
    // The area the text names is offered (chợ Tam Thanh became part of phường Quảng Phú in 2025).
    await citizen.getByRole("button", { name: "✓ Quảng Phú" }).click();
    await citizen.getByRole("button", { name: "🕶 Gửi ẩn danh" }).click();
    await citizen.getByRole("button", { name: "✅ Gửi phản ánh" }).click();
    const tracking = citizen.locator(".bubble", { hasText: "Mã theo dõi" });
    await tracking.waitFor();
    code = /PA-\d{4}-\d{6}/u.exec((await tracking.textContent()) ?? "")![0];
    expect((await inbox.reports.findByCode(code))?.topic).toBe("moi_truong");
  });

  it("sends a message again, once, when the server was restarting; shows the server's word when refused", async () => {
    const page = await openPage();
    await page.goto("/");
    const ids: string[] = [];
    let refuse = 2;
    await page.route("**/chat/api/messages", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      ids.push((JSON.parse(route.request().postData() ?? "{}") as { id: string }).id);
      // The first two tries meet a server that is restarting.
      if (refuse-- > 0) return route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: "Hệ thống đang gặp sự cố." }) });
      return route.continue();
    });
    await send(page, "Mục tiêu của nghị quyết là gì?");
    await page.getByText("Mất kết nối, trợ lý đang thử gửi lại…").waitFor();
    await page.getByText("— Mục II.2 – Mục tiêu").waitFor();
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    await expect.poll(() => page.locator(".bubble.notice").count()).toBe(0);
    expect(await page.locator(".bubble.me").count()).toBe(1);

    // Too many messages: the server's Vietnamese answer is shown, the text kept for later.
    await page.unroute("**/chat/api/messages");
    await page.route("**/chat/api/messages", (route) =>
      route.request().method() === "POST" ? route.fulfill({ status: 429, contentType: "application/json", body: JSON.stringify({ error: "Bạn gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau 3 giây." }) }) : route.continue(),
    );
    await send(page, "Ai chịu trách nhiệm theo dõi?");
    await page.getByText("Bạn gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau 3 giây.").waitFor();
    expect(await page.inputValue("#text")).toBe("Ai chịu trách nhiệm theo dõi?");
  });

  it("a staff member signs in, filters the inbox and finds the report", async () => {
    staff = await openPage();
    await signIn(staff, "/inbox");
    await staff.getByRole("heading", { name: "Hộp thư phản ánh" }).waitFor();
    await staff.screenshot({ path: join(SCREENSHOTS, "inbox.png"), fullPage: true });
    await staff.selectOption("#topic", "moi_truong");
    await staff.fill("#q", "cho tam thanh");
    await staff.getByRole("button", { name: "Lọc" }).click();
    await staff.waitForURL(/topic=moi_truong/u);
    const rows = staff.locator("table.list tbody tr");
    await expect.poll(() => rows.count()).toBe(1);
    await staff.getByRole("link", { name: code }).click();
    await staff.waitForURL(new RegExp(`/inbox/${code}$`, "u"));
    await staff.getByText("Rác thải ùn ứ ở chợ Tam Thanh").waitFor();
  });

  it("changes the status and replies; the citizen sees both in the chat", async () => {
    await staff.selectOption("#status", "dang_xu_ly");
    await staff.fill("#status-note", "Đã đề nghị Công ty Môi trường đô thị thu gom trong hôm nay.");
    await staff.getByRole("button", { name: "Cập nhật trạng thái" }).click();
    await staff.getByText("Đã chuyển sang “Đang xử lý” và báo cho người phản ánh.").waitFor();
    await staff.fill("#reply", "Cảm ơn bạn đã phản ánh. Chúng tôi sẽ báo kết quả sớm.");
    await staff.getByRole("button", { name: "Gửi trả lời" }).click();
    await staff.getByText("Đã gửi câu trả lời").waitFor();
    await staff.screenshot({ path: join(SCREENSHOTS, "report.png"), fullPage: true });

    await citizen.locator(".bubble", { hasText: `${code} đang được xử lý` }).waitFor({ timeout: 20_000 });
    await citizen.locator(".bubble", { hasText: "Chúng tôi sẽ báo kết quả sớm." }).waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await staff.reload(), staff.locator(".delivery.sent").count()), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  });

  it("exports the inbox as a CSV that Excel reads as UTF-8", async () => {
    await staff.goto("/inbox");
    const [download] = await Promise.all([staff.waitForEvent("download"), staff.getByRole("link", { name: "Xuất CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^phan-anh-\d{4}-\d{2}-\d{2}\.csv$/u);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text).toContain(code);
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(OTHER_REPORTS.length + 2);
  });

  it("shows the dashboard's charts", async () => {
    await staff.goto("/dashboard");
    await staff.getByRole("heading", { name: "Thống kê phản ánh" }).waitFor();
    expect(await staff.locator("svg").count()).toBeGreaterThanOrEqual(4);
    await staff.screenshot({ path: join(SCREENSHOTS, "dashboard.png"), fullPage: true });
  });

  it("fits a phone screen: inbox, report, dashboard and chat", async () => {
    const phone = await openPage({ phone: true });
    await signIn(phone, "/inbox");
    expect(await fitsWidth(phone)).toBe(true);
    await phone.screenshot({ path: join(SCREENSHOTS, "inbox-phone.png") });
    for (const path of [`/inbox/${code}`, "/dashboard", "/"]) {
      await phone.goto(path);
      expect(await fitsWidth(phone), path).toBe(true);
    }
    await phone.screenshot({ path: join(SCREENSHOTS, "chat-phone.png") });
  });
});
