/**
 * Two-factor sign-in in Chromium, as a person does it: enrol from "Bảo mật tài khoản" with the QR
 * code's key, require it for every account, sign in with password then code, and an account without
 * it held on the enrolment page. Each page passes axe; screenshots to look at are left in
 * test-results/screenshots.
 */
import { join } from "node:path";
import { generate } from "otplib";
import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../../helpers/axe.js";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { createStaff, openTestWebApp, TEST_PASSWORD, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let browser: Browser;
let base: string;

beforeAll(async () => {
  app = await openTestWebApp(await openTestKnowledge(), await openTestInbox());
  await createStaff(app.inbox, "quan.tri", "admin");
  await createStaff(app.inbox, "can.bo", "staff");
  base = await app.server.listen({ port: 0, host: "127.0.0.1" });
  browser = await launchBrowser();
}, 120_000);

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, locale: "vi-VN", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

async function signInWithPassword(page: Page, username: string): Promise<void> {
  await page.goto("/login");
  await page.fill("#username", username);
  await page.fill("#password", TEST_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page), page.url()).toEqual([]);
}

describe("two-factor sign-in in the browser", () => {
  it("enrols with the QR code's key, is required for all, and signs in with a code", async () => {
    const page = await newPage();
    await signInWithPassword(page, "quan.tri");
    await page.waitForURL(/\/inbox$/u);
    await page.getByRole("link", { name: "Bảo mật tài khoản" }).click();
    await page.getByRole("heading", { name: "Bảo mật tài khoản" }).waitFor();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Bắt đầu bật xác thực hai bước" }).click();
    const qr = page.getByRole("img", { name: /Mã QR để thêm tài khoản quan.tri/u });
    await qr.waitFor();
    expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(200);
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, "two-factor-enrol.png"), fullPage: true });
    const secret = (await page.locator(".secret-key").innerText()).replace(/\s/gu, "");
    await page.fill("#code", await generate({ secret }));
    await page.getByRole("button", { name: "Xác nhận và bật" }).click();
    await page.getByText("Đã bật xác thực hai bước.").waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, "two-factor-enabled.png"), fullPage: true });

    await page.goto("/accounts");
    await page.getByRole("link", { name: "Xác thực hai bước của các tài khoản" }).click();
    await page.getByRole("button", { name: "Bắt buộc cho mọi tài khoản" }).click();
    await page.getByText("Đang bắt buộc.").waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, "two-factor-admin.png"), fullPage: true });

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await signInWithPassword(page, "quan.tri");
    await page.waitForURL(/\/login\/code$/u);
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, "two-factor-code.png"), fullPage: true });
    await page.fill("#code", await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await page.waitForURL(/\/inbox$/u);
  });

  it("holds an account without two factors on the enrolment page once they are required", async () => {
    const page = await newPage();
    await signInWithPassword(page, "can.bo");
    await page.waitForURL(/\/account\/security$/u);
    await page.getByText("Quản trị viên yêu cầu mọi tài khoản đăng nhập bằng mã xác thực hai bước.").waitFor();
    await page.goto("/dashboard");
    await page.waitForURL(/\/account\/security$/u);
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, "two-factor-required.png"), fullPage: true });
  });
});
