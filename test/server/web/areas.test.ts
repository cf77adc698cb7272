/**
 * The area list on the web (admins): filled from knowledge/areas-2025.json on a first start; adding,
 * renaming and deleting are done once per form key (303), audited in Vietnamese, and the feedback
 * flow uses the change at the next message, without a restart. An area in use is not deleted;
 * `%`, `_`, quotes and HTML are stored as typed and shown as text; viewers and staff get 403.
 * In a real browser, the editor is filled in and looked at.
 */
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { ALREADY_DONE } from "../../../src/server/web/forms.js";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, signedInStaff, TEST_PASSWORD, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;
let admin: WebClient;

const HOSTILE_NAME = `Khu "50%_thử" <b>Đồi</b> 'A'`;
const HOSTILE_ALIAS = `làng <script>alert("x")</script> 100%_x`;

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
  admin = await signedInStaff(app, "quan.tri.dia.ban", "admin");
}, 120_000);

const areaNamed = (name: string) => inbox.db.area.findUnique({ where: { name } });

describe("the area list", () => {
  it("starts as the 94 units of 2025, with the names people type", async () => {
    expect(await inbox.db.area.count()).toBe(94);
    const list = await admin.get("/areas");
    expect(list.status).toBe(200);
    expect(list.body).toContain("94 địa bàn");
    expect(list.body).toContain("Phường Hội An");
    expect(list.body).toContain("Minh An · Cẩm Phô · Sơn Phong · Cẩm Nam · Cẩm Kim");
    expect(list.body).toContain('href="/areas"');
  });

  it("adds an area once (303; the same form again does nothing), keeping %, _, quotes and HTML as text", async () => {
    await admin.get("/areas");
    const key = admin.formKeys[0]!;
    const form = { name: HOSTILE_NAME, aliases: `${HOSTILE_ALIAS}\nXóm Thử Nghiệm, xom thu nghiem; Xóm Thử Nghiệm`, _once: key };
    const first = await admin.post("/areas", form, { follow: false });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe("/areas");
    const again = await admin.post("/areas", form);
    expect(again.body).toContain(ALREADY_DONE);
    expect(await inbox.db.area.count({ where: { name: HOSTILE_NAME } })).toBe(1);
    // Repeats dropped (ignoring case only: "xom thu nghiem" is how people type it without diacritics).
    expect((await areaNamed(HOSTILE_NAME))!.aliases).toBe(`${HOSTILE_ALIAS}\nXóm Thử Nghiệm\nxom thu nghiem`);

    const list = await admin.get("/areas");
    expect(list.body).toContain("95 địa bàn");
    expect(list.body).toContain("Khu &quot;50%_thử&quot; &lt;b&gt;Đồi&lt;/b&gt; &#39;A&#39;");
    expect(list.body).toContain("làng &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 100%_x");
    expect(list.body).not.toContain("<script>alert");
    expect((await admin.get("/accounts")).body).toContain("Thêm địa bàn");
  });

  it("is used by the feedback flow at once: a citizen's words lead to the new area", async () => {
    const code = await new WebChat(new WebClient(app.server)).report("Đường đất ở Xóm Thử Nghiệm lầy lội, xe không vào được, đề nghị làm đường bê tông.", "ha_tang");
    expect((await inbox.reports.findByCode(code))?.area).toBe(HOSTILE_NAME);
    const old = await new WebChat(new WebClient(app.server)).report("Đèn đường ở khối phố Cẩm Phô, Hội An tắt cả tuần, tối đi lại nguy hiểm.", "ha_tang");
    expect((await inbox.reports.findByCode(old))?.area).toBe("Phường Hội An");
  });

  it("refuses a name another area has, or one too short, saying why and keeping what was typed", async () => {
    await admin.get("/areas");
    const taken = await admin.post("/areas", { name: "Khu mới", aliases: "Tam Kỳ\nkhu <i>mới</i>" });
    expect(taken.status).toBe(400);
    expect(taken.body).toContain("“Tam Kỳ” đã là tên của địa bàn “Phường Tam Kỳ”: mỗi tên chỉ dẫn đến một địa bàn.");
    expect(taken.body).toContain("Tam Kỳ\nkhu &lt;i&gt;mới&lt;/i&gt;</textarea>");
    const short = await admin.post("/areas", { name: " x ", aliases: "" });
    expect(short.status).toBe(400);
    expect(short.body).toContain("Tên địa bàn cần ít nhất 2 ký tự.");
    expect(await areaNamed("Khu mới")).toBeNull();
  });

  it("renames an area: its reports follow, the old name stays a name people type", async () => {
    const area = (await areaNamed(HOSTILE_NAME))!;
    const edit = await admin.get(`/areas/${area.id}`);
    expect(edit.body).toContain("Có 1 phản ánh ở địa bàn này");
    const saved = await admin.post(`/areas/${area.id}`, { name: "Thôn Thử Nghiệm", aliases: "Xóm Thử Nghiệm" });
    expect(saved.redirectedFrom?.status).toBe(303);
    expect(saved.body).toContain("Đã lưu địa bàn “Thôn Thử Nghiệm”.");
    expect((await areaNamed("Thôn Thử Nghiệm"))!.aliases).toBe(`Xóm Thử Nghiệm\n${HOSTILE_NAME}`);
    expect(await inbox.db.report.count({ where: { area: "Thôn Thử Nghiệm" } })).toBe(1);
    expect(await inbox.db.report.count({ where: { area: HOSTILE_NAME } })).toBe(0);
    const staff = await signedInStaff(app, "can.bo.dia.ban", "staff");
    expect((await staff.get(`/inbox?q=${encodeURIComponent("thôn thử nghiệm")}`)).body).toMatch(/href="\/inbox\/PA-\d{4}-\d{6}"/u);
  });

  it("does not delete an area reports are filed under, and says why; an unused one is deleted", async () => {
    const used = (await areaNamed("Thôn Thử Nghiệm"))!;
    await admin.get("/areas");
    const refused = await admin.post(`/areas/${used.id}/delete`, {});
    expect(refused.body).toContain("Không xóa được: có 1 phản ánh ở địa bàn này. Sửa địa bàn của các phản ánh đó trước, hoặc đổi tên địa bàn thay vì xóa.");
    expect(await areaNamed("Thôn Thử Nghiệm")).not.toBeNull();

    const unused = (await areaNamed("Xã Tân Hiệp"))!;
    const deleted = await admin.post(`/areas/${unused.id}/delete`, {});
    expect(deleted.body).toContain("Đã xóa địa bàn “Xã Tân Hiệp”.");
    expect(await areaNamed("Xã Tân Hiệp")).toBeNull();
    const code = await new WebChat(new WebClient(app.server)).report("Sóng lớn đánh hỏng cầu cảng ở xã Tân Hiệp, cù lao Chàm, tàu không cập được.", "ha_tang");
    expect((await inbox.reports.findByCode(code))?.area).not.toBe("Xã Tân Hiệp");
    expect((await admin.post(`/areas/${unused.id}/delete`, {})).body).toContain("Địa bàn này không có hoặc đã bị xóa.");
    expect((await admin.get(`/areas/${unused.id}`)).status).toBe(404);
    const audit = (await admin.get("/accounts")).body;
    for (const label of ["Sửa địa bàn", "Xóa địa bàn"]) expect(audit).toContain(label);
  });

  it("is for admins: viewers and staff get 403 and change nothing; a forged form key does nothing", async () => {
    const area = (await areaNamed("Phường Tam Kỳ"))!;
    for (const role of ["viewer", "staff"] as const) {
      const client = await signedInStaff(app, `khong.quyen.dia.ban.${role}`, role);
      expect((await client.get("/areas")).status).toBe(403);
      expect((await client.get(`/areas/${area.id}`)).status).toBe(403);
      expect((await client.post("/areas", { name: "Địa bàn lạ", aliases: "" })).status).toBe(403);
      expect((await client.post(`/areas/${area.id}`, { name: "Đổi tên", aliases: "" })).status).toBe(403);
      expect((await client.post(`/areas/${area.id}/delete`, {})).status).toBe(403);
      expect((await client.get("/inbox")).body).not.toContain('href="/areas"');
    }
    await admin.get("/areas");
    const forged = await admin.post("/areas", { name: "Địa bàn giả", aliases: "", _once: "khoa-gia-mao" });
    expect(forged.status).toBe(403);
    expect(await areaNamed("Địa bàn lạ")).toBeNull();
    expect(await areaNamed("Địa bàn giả")).toBeNull();
    expect((await areaNamed("Phường Tam Kỳ"))?.id).toBe(area.id);
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

  it("edits an area's names and shows the list", async () => {
    const area = (await areaNamed("Xã Thăng Bình"))!;
    const base = await app.server.listen({ port: 0, host: "127.0.0.1" });
    const context = await browser.newContext({ baseURL: base, locale: "vi-VN", viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`/areas/${area.id}`);
    await page.fill("#username", "quan.tri.dia.ban");
    await page.fill("#password", TEST_PASSWORD);
    await page.click("button.primary");
    await page.waitForURL(new RegExp(`/areas/${area.id}$`, "u"));
    expect(await page.inputValue("#area-aliases")).toBe("Thăng Bình\nHà Lam\nBình Nguyên\nBình Quý\nBình Phục");
    await page.fill("#area-aliases", `${await page.inputValue("#area-aliases")}\nhuyện Thăng Bình\nchợ Hà Lam`);
    await page.screenshot({ path: join(SCREENSHOTS, "area-editor.png"), fullPage: true });
    await page.getByRole("button", { name: "Lưu địa bàn" }).click();
    await page.getByText("Đã lưu địa bàn “Xã Thăng Bình”.").waitFor();
    expect(new URL(page.url()).pathname).toBe("/areas");
    expect(await page.locator("tr", { hasText: "Xã Thăng Bình" }).first().textContent()).toContain("chợ Hà Lam");
    await page.screenshot({ path: join(SCREENSHOTS, "areas.png") });
    await context.close();
  });
});
