/**
 * The public pages pass axe-core (run in a real browser) with no serious or critical violation:
 * the chat (opening, and with an answer and its citation links), the reading page, the lookup page
 * (form, refusal, a report with its forms) and the sign-in page; the staff pages; and the chat
 * works with the keyboard alone.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../../helpers/axe.js";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { createStaff, openTestWebApp, TEST_PASSWORD, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let browser: Browser;
let base: string;
let report: { code: string; pin: string };

beforeAll(async () => {
  app = await openTestWebApp(await openTestKnowledge(), await openTestInbox());
  const chat = new WebChat(new WebClient(app.server));
  const code = await chat.report("Đèn chiếu sáng trên cầu Tam Kỳ tắt cả tuần, tối đi lại nguy hiểm.", "khac");
  report = { code, pin: /Mã PIN: (\d{6})/u.exec(await chat.waitFor(/Mã PIN/u))![1]! };
  await app.service.changeStatus(code, "da_giai_quyet", { type: "staff", name: "Cán bộ" }, { note: "Điện lực đã thay bóng đèn." });
  // A new report too: every status badge the pages show is checked.
  await chat.report("Bờ kè sông Trường Giang đoạn qua xã Tam Hòa bị nứt.", "thien_tai");
  base = await app.server.listen({ port: 0, host: "127.0.0.1" });
  browser = await launchBrowser();
}, 120_000);

async function openPage(phone = false): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, locale: "vi-VN", viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

describe("axe-core on the public pages", () => {
  it("the chat, opening and with an answer", async () => {
    const page = await openPage(true);
    await page.goto("/");
    await page.getByText("Xin chào!").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill("#text", "Mục tiêu của nghị quyết là gì?");
    await page.click("#composer button.primary");
    await page.locator("a.cite").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the reading page", async () => {
    const page = await openPage();
    await page.goto("/nghi-quyet");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the lookup page: form, refusal, a report to rate", async () => {
    const page = await openPage(true);
    await page.goto("/tra-cuu");
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill("#ma", report.code);
    await page.fill("#pin", "000000" === report.pin ? "111111" : "000000");
    await page.getByRole("button", { name: "Tra cứu" }).click();
    await page.getByRole("alert").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "lookup-refused-phone.png") });
    await page.fill("#pin", report.pin);
    await page.getByRole("button", { name: "Tra cứu" }).click();
    await page.getByRole("heading", { name: "Đánh giá kết quả giải quyết" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "lookup-rate-phone.png"), fullPage: true });
  });

  it("the sign-in page", async () => {
    const page = await openPage();
    await page.goto("/login");
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("axe-core on the staff pages", () => {
  it("the inbox, a report, the dashboard, questions, accounts and the password page", async () => {
    await createStaff(app.inbox, "quantri", "admin");
    const page = await openPage();
    await page.goto("/login");
    await page.fill("#username", "quantri");
    await page.fill("#password", TEST_PASSWORD);
    await page.click("button.primary");
    await page.waitForURL(/\/inbox$/u);
    for (const path of ["/inbox", `/inbox/${report.code}`, "/dashboard", "/questions", "/accounts", "/account/password"]) {
      await page.goto(path);
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
});

describe("with the keyboard alone", () => {
  it("sends a greeting's example and a typed question", async () => {
    const page = await openPage();
    await page.goto("/");
    // The first stop after the navigation is the first example.
    for (let tab = 0; tab < 10; tab++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(`document.activeElement?.dataset?.send === "Mục tiêu của nghị quyết là gì?"`)) break;
    }
    await page.keyboard.press("Enter");
    await page.locator(".bubble", { hasText: "— Mục II.2 – Mục tiêu" }).waitFor();
    await page.focus("#text");
    await page.keyboard.type("Quan điểm của nghị quyết là gì?");
    await page.keyboard.press("Enter");
    await page.locator(".bubble.me", { hasText: "Quan điểm của nghị quyết là gì?" }).waitFor();
  });

  it("looks a report up and rates it", async () => {
    const page = await openPage();
    await page.goto("/tra-cuu");
    await page.focus("#ma");
    await page.keyboard.type(report.code);
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.id")).toBe("pin");
    await page.keyboard.type(report.pin);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Đánh giá kết quả giải quyết" }).waitFor();
    // Tab into the rating (its first choice), down to 4 stars with the arrow key, then on to the button.
    for (let tab = 0; tab < 40 && !(await page.evaluate(`document.activeElement.name === "rating"`)); tab++) await page.keyboard.press("Tab");
    expect(await page.evaluate(`document.activeElement.value`)).toBe("5");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(`document.activeElement.value`)).toBe("4");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByText("Cảm ơn bạn đã đánh giá!").waitFor();
    expect((await app.inbox.reports.findByCode(report.code))?.rating).toBe(4);
  });
});
