/**
 * The Open311 keys page (admin only): an admin issues a named key, shown once (303, one-time form
 * keys: a form sent twice issues one key), stored only as a hash; the list shows name, issue time,
 * last use and requests filed; a revoked key files nothing more; both are audited in Vietnamese.
 * Staff and viewers get 403. In a real browser the page passes axe-core and works as a person uses it.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../../helpers/axe.js";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { createStaff, openTestWebApp, signedInStaff, TEST_PASSWORD, WebClient, type TestWebApp } from "../../helpers/web.js";

const PAGE = "/open311-keys";
const KEY = /tldv311_[A-Za-z0-9_-]{43}/u;

let app: TestWebApp;
let admin: WebClient;

beforeAll(async () => {
  app = await openTestWebApp(await openTestKnowledge(), await openTestInbox());
  admin = await signedInStaff(app, "quan.tri", "admin");
}, 60_000);

function file(key: string) {
  return app.server.inject({
    method: "POST",
    url: "/open311/v2/requests.json",
    payload: { api_key: key, service_code: "ha_tang", description: "Đèn đường thôn 3 xã Tam Thăng hỏng cả tháng nay.", address_string: "Thôn 3, Tam Thăng" },
  });
}

describe("admins issue and revoke keys", () => {
  it("issues a key shown once and stored only as its hash; a form sent twice issues one", async () => {
    await admin.get(PAGE);
    const [once] = admin.formKeys;
    const issued = await admin.post(PAGE, { name: `Cổng "Đô thị" <b>thông minh</b>`, _once: once! });
    expect(issued.redirectedFrom).toEqual({ status: 303, location: PAGE });
    const key = KEY.exec(issued.body)![0];
    expect(issued.body).toContain("chỉ hiện một lần");
    expect(issued.body).toContain("Cổng &quot;Đô thị&quot; &lt;b&gt;thông minh&lt;/b&gt;");
    expect(issued.body).not.toContain("<b>thông minh</b>");
    // The same form again: nothing more is issued.
    const again = await admin.post(PAGE, { name: "Cổng khác", _once: once! });
    expect(again.body).toContain("không làm lại lần nữa");
    expect(KEY.test((await admin.get(PAGE)).body)).toBe(false);

    const rows = await app.inbox.db.open311Key.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.keyHash).toBe(createHash("sha256").update(key).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(key);

    expect((await file(key)).statusCode).toBe(200);
    const list = (await admin.get(PAGE)).body;
    expect(list).toMatch(/<td data-label="Số phản ánh đã gửi">1<\/td>/u);
    expect(list).not.toContain("chưa dùng");
    const audit = await app.inbox.audit.recent(5);
    expect(audit.find((entry) => entry.action === "open311_key_created")).toMatchObject({ actorName: "Cán bộ quan.tri", detail: `Cổng "Đô thị" <b>thông minh</b>` });
    expect((await admin.get("/accounts")).body).toContain("Cấp khóa API Open311");
  });

  it("revokes a key, which then files nothing (403)", async () => {
    await admin.get(PAGE);
    const key = KEY.exec((await admin.post(PAGE, { name: "Ứng dụng sắp thôi" })).body)![0];
    const { id } = (await app.inbox.db.open311Key.findFirst({ where: { name: "Ứng dụng sắp thôi" } }))!;
    const revoked = await admin.post(`${PAGE}/${id}/revoke`);
    expect(revoked.redirectedFrom?.location).toBe(PAGE);
    expect(revoked.body).toContain("Đã thu hồi khóa “Ứng dụng sắp thôi”");
    expect(revoked.body).toContain("Đã thu hồi lúc");
    expect((await file(key)).statusCode).toBe(403);
    expect((await app.inbox.audit.recent(5)).map((entry) => entry.action)).toContain("open311_key_revoked");
    // Revoked once: a second form says so and changes nothing.
    await admin.get(PAGE);
    expect((await admin.post(`${PAGE}/${id}/revoke`)).body).toContain("đã được thu hồi");
  });

  it("refuses a name too short, keeping the page", async () => {
    await admin.get(PAGE);
    const refused = await admin.post(PAGE, { name: "a" });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("Tên khóa cần ít nhất 3 ký tự.");
  });

  it("is for admins only: staff and viewers get 403, visitors the sign-in page", async () => {
    const { id } = (await app.inbox.db.open311Key.findFirstOrThrow({ where: { revokedAt: null } }))!;
    for (const role of ["staff", "viewer"] as const) {
      const client = await signedInStaff(app, `nguoi.${role}`, role);
      expect((await client.get(PAGE)).status).toBe(403);
      expect((await client.post(PAGE, { name: "Ứng dụng lạ" })).status).toBe(403);
      expect((await client.post(`${PAGE}/${id}/revoke`)).status).toBe(403);
      expect((await client.get("/inbox")).body).not.toContain(PAGE);
    }
    expect((await new WebClient(app.server).get(PAGE)).status).toBe(302);
    expect(await app.inbox.db.open311Key.count({ where: { name: "Ứng dụng lạ" } })).toBe(0);
    expect(await app.inbox.db.open311Key.count({ where: { id, revokedAt: null } })).toBe(1);
  });
});

describe("in a browser", () => {
  it("issues and revokes a key; the page passes axe-core", async () => {
    await createStaff(app.inbox, "quan.tri.2", "admin");
    const browser = await launchBrowser();
    const base = await app.server.listen({ port: 0, host: "127.0.0.1" });
    const context = await browser.newContext({ baseURL: base, locale: "vi-VN", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(PAGE);
    await page.fill("#username", "quan.tri.2");
    await page.fill("#password", TEST_PASSWORD);
    await page.click("button.primary");
    await page.waitForURL(new RegExp(`${PAGE}$`, "u"));
    expect(await seriousViolations(page)).toEqual([]);

    await page.fill("#key-name", "Ứng dụng phường An Mỹ");
    await page.getByRole("button", { name: "Cấp khóa" }).click();
    const notice = await page.locator(".flash.ok").textContent();
    const key = KEY.exec(notice ?? "")![0];
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "open311-keys.png"), fullPage: true });
    expect((await file(key)).statusCode).toBe(200);

    await page.getByRole("button", { name: "Thu hồi khóa Ứng dụng phường An Mỹ" }).click();
    await page.getByText("Đã thu hồi khóa “Ứng dụng phường An Mỹ”").waitFor();
    expect((await file(key)).statusCode).toBe(403);
    await browser.close();
  }, 60_000);
});
