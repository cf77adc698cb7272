/**
 * Passwords someone else saw: an admin resets another account's password (shown once, the
 * account's sessions end, done once for a form sent twice), and that password — like the generated
 * first admin's and a new account's — opens only the page that replaces it. Bad input: one's own
 * account, staff and viewers (403), the same password again.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { ensureFirstAdmin, firstAdminFile } from "../../../src/setup.js";
import { ALREADY_DONE } from "../../../src/server/web/forms.js";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { openTestInbox } from "../../helpers/database.js";
import { captureLogs, openTestKnowledge, tempDir } from "../../helpers/knowledge.js";
import { createStaff, openTestWebApp, signedInStaff, TEST_PASSWORD, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let admin: WebClient;

beforeAll(async () => {
  app = await openTestWebApp(await openTestKnowledge(), await openTestInbox());
  admin = await signedInStaff(app, "quan.tri", "admin");
}, 120_000);

async function idOf(username: string): Promise<number> {
  return (await app.inbox.staff.list()).find((user) => user.username === username)!.id;
}

/** The password the notice after a reset shows. */
function shownPassword(body: string): string {
  return /Đã đặt lại mật khẩu cho [\w.]+: (\w+)/u.exec(body)![1]!;
}

/** Signs in with a password that must be replaced, and replaces it; returns the new one. */
async function replacePassword(client: WebClient, current: string): Promise<string> {
  const page = await client.get("/account/password");
  expect(page.body).toContain("Bạn đặt mật khẩu mới của riêng mình để bắt đầu làm việc.");
  const password = "mat-khau-rieng-cua-toi-2026";
  const changed = await client.post("/account/password", { current, password, repeat: password });
  expect(changed.body).toContain("Đã đổi mật khẩu.");
  return password;
}

describe("an admin resets another account's password", () => {
  it("shows it once, ends that account's sessions, and the account must replace it before anything else", async () => {
    const staff = await signedInStaff(app, "can.bo.quen", "staff");
    const id = await idOf("can.bo.quen");
    await admin.get("/accounts");
    const reset = await admin.post(`/accounts/${id}/password`, {});
    expect(reset.redirectedFrom).toEqual({ status: 303, location: "/accounts" });
    const password = shownPassword(reset.body);
    expect((await admin.get("/accounts")).body).not.toContain(password);
    expect((await admin.get("/accounts")).body).toContain("Chờ người dùng đổi mật khẩu");

    // The old session is over, the old password too.
    expect((await staff.get("/inbox")).status).toBe(302);
    expect((await new WebClient(app.server).signIn("can.bo.quen", TEST_PASSWORD)).status).toBe(401);

    const client = new WebClient(app.server);
    expect((await client.signIn("can.bo.quen", password)).status).toBe(302);
    for (const url of ["/inbox", "/dashboard", "/inbox/events"]) {
      const response = await client.get(url);
      expect(response.status, url).toBe(302);
      expect(response.headers.location, url).toBe("/account/password");
    }
    await client.get("/account/password");
    const refused = await client.post("/inbox/PA-2026-000001/note", { text: "Ghi chú" });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain("Bạn cần đặt mật khẩu mới trước khi làm việc khác");

    await client.get("/account/password");
    const same = await client.post("/account/password", { current: password, password, repeat: password });
    expect(same.status).toBe(400);
    expect(same.body).toContain("Mật khẩu mới cần khác mật khẩu hiện tại.");

    const own = await replacePassword(client, password);
    expect((await client.get("/inbox")).status).toBe(200);
    expect(await app.inbox.staff.verify("can.bo.quen", own)).toMatchObject({ mustChangePassword: false });

    const accounts = (await admin.get("/accounts")).body;
    expect(accounts).toContain("Đặt lại mật khẩu cho tài khoản khác · can.bo.quen");
    expect(accounts).not.toContain("password_reset");
  });

  it("resets once for a form sent twice", async () => {
    await createStaff(app.inbox, "hai.lan", "viewer");
    const id = await idOf("hai.lan");
    await admin.get("/accounts");
    const key = admin.formKeys[0]!;
    const first = await admin.post(`/accounts/${id}/password`, { _once: key });
    const password = shownPassword(first.body);
    const second = await admin.post(`/accounts/${id}/password`, { _once: key });
    expect(second.body).toContain(ALREADY_DONE);
    expect(await app.inbox.staff.verify("hai.lan", password)).toBeDefined();
  });

  it("is refused for one's own account, an unknown one, and to staff and viewers", async () => {
    const own = await idOf("quan.tri");
    await admin.get("/accounts");
    expect((await admin.post(`/accounts/${own}/password`, {})).status).toBe(400);
    expect((await admin.post("/accounts/99999/password", {})).status).toBe(400);
    expect(await app.inbox.staff.verify("quan.tri", TEST_PASSWORD)).toBeDefined();

    await createStaff(app.inbox, "nan.nhan", "staff");
    const target = await idOf("nan.nhan");
    for (const role of ["staff", "viewer"] as const) {
      const client = await signedInStaff(app, `khong.phai.admin.${role}`, role);
      expect((await client.post(`/accounts/${target}/password`, {})).status).toBe(403);
    }
    expect(await app.inbox.staff.verify("nan.nhan", TEST_PASSWORD)).toMatchObject({ mustChangePassword: false });
  });

  it("a new account's one-time password must be replaced too", async () => {
    await admin.get("/accounts");
    const created = await admin.post("/accounts", { username: "nguoi.moi", displayName: "Người Mới", role: "staff" });
    const password = /Mật khẩu lần đầu: (\w+)/u.exec(created.body)![1]!;
    const client = new WebClient(app.server);
    await client.signIn("nguoi.moi", password);
    expect((await client.get("/inbox")).headers.location).toBe("/account/password");
    await replacePassword(client, password);
    expect((await client.get("/inbox")).status).toBe(200);
  });
});

describe("the generated first admin", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  it("must choose a password at the first sign-in", async () => {
    const inbox = await openTestInbox();
    const config = loadConfig({ DATA_DIR: join(tempDir("first-admin-web"), "data") });
    await ensureFirstAdmin(config, inbox, captureLogs().logger);
    const password = /Mật khẩu: (\w+)/u.exec(readFileSync(firstAdminFile(config), "utf8"))![1]!;
    const fresh = await openTestWebApp(await openTestKnowledge(), inbox);
    const base = await fresh.server.listen({ port: 0, host: "127.0.0.1" });
    const context = await browser.newContext({ baseURL: base, locale: "vi-VN", viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto("/inbox");
    await page.fill("#username", "admin");
    await page.fill("#password", password);
    await page.click("button.primary");
    await page.waitForURL(/\/account\/password$/u);
    await page.getByText("Bạn đặt mật khẩu mới của riêng mình").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "password-required.png"), fullPage: true });
    await page.goto("/accounts");
    await page.waitForURL(/\/account\/password$/u);

    await page.fill("#current", password);
    await page.fill("#password", "quan-tri-vien-tinh-2026");
    await page.fill("#repeat", "quan-tri-vien-tinh-2026");
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await page.getByText("Đã đổi mật khẩu.").waitFor();
    await page.goto("/accounts");
    await page.getByRole("heading", { name: "Tài khoản cán bộ" }).waitFor();
    await createStaff(inbox, "can.bo.a", "staff");
    await page.reload();
    await page.getByRole("button", { name: "Đặt lại mật khẩu cho can.bo.a" }).click();
    await page.getByText("Đã đặt lại mật khẩu cho can.bo.a").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "accounts-password-reset.png"), fullPage: true });
  });
});
