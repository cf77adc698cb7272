/**
 * Reply templates: admins add, edit and delete them (one-time keys, 303, audited in Vietnamese);
 * bad input is refused with the typed text kept; HTML and quotes stay text; staff and viewers may
 * not change them; a report page offers the templates of its topic and status and the general ones.
 * In a real browser, a template is put into the reply box, edited, and the edited reply is sent.
 */
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { ALREADY_DONE } from "../../../src/server/web/forms.js";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { createStaff, openTestWebApp, replyText, signedInStaff, TEST_PASSWORD, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;
let admin: WebClient;
let citizen: WebChat;
let code: string;

const HOSTILE = `Kính gửi ông/bà "Nguyễn" <script>alert('x')</script><img src=x onerror=alert(1)> & cảm ơn`;

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
  admin = await signedInStaff(app, "quan.tri", "admin");
  citizen = new WebChat(new WebClient(app.server));
  code = await citizen.report("Rác thải đổ trộm ven sông Trường Giang, thôn 3, bốc mùi hôi thối nhiều ngày.", "moi_truong");
  await inbox.db.report.update({ where: { code }, data: { topic: "moi_truong" } });
}, 120_000);

async function templates() {
  return inbox.db.replyTemplate.findMany({ orderBy: { id: "asc" } });
}

describe("admins keep templates", () => {
  it("adds one (303 to the list, once for a form sent twice), text with HTML and quotes kept as text", async () => {
    await admin.get("/reply-templates");
    const key = admin.formKeys.at(-1)!;
    const form = { title: `Đã tiếp nhận "môi trường" <b>`, topic: "moi_truong", status: "", body: `${HOSTILE}\r\nDòng thứ hai.`, _once: key };
    const first = await admin.post("/reply-templates", form, { follow: false });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe("/reply-templates");
    const again = await admin.post("/reply-templates", form);
    expect(again.body).toContain(ALREADY_DONE);
    const stored = await templates();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ topic: "moi_truong", status: null, body: `${HOSTILE}\nDòng thứ hai.`, updatedByName: "Cán bộ quan.tri" });

    const list = await admin.get("/reply-templates");
    expect(list.body).toContain("Đã tiếp nhận &quot;môi trường&quot; &lt;b&gt;");
    expect(list.body).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(list.body).not.toContain("<script>alert");
    expect(list.body).not.toContain("<img src=x");
    expect(list.body).toContain("Môi trường · mọi trạng thái");
  });

  it("refuses bad input with why, keeping what was typed, and creates nothing", async () => {
    const before = (await templates()).length;
    await admin.get("/reply-templates");
    const cases: Array<[Record<string, string>, string]> = [
      [{ title: "", topic: "", status: "", body: "Nội dung" }, "Tên mẫu cần ít nhất 2 ký tự."],
      [{ title: "Mẫu", topic: "khong_co", status: "", body: "Nội dung" }, "Lĩnh vực không hợp lệ."],
      [{ title: "Mẫu", topic: "", status: "xoa_het", body: "Nội dung" }, "Trạng thái không hợp lệ."],
      [{ title: "Mẫu", topic: "", status: "", body: "   " }, "Nội dung mẫu không được để trống."],
      [{ title: "Mẫu", topic: "", status: "", body: "x".repeat(4001) }, "Nội dung mẫu dài quá 4.000 ký tự."],
    ];
    for (const [form, message] of cases) {
      const response = await admin.post("/reply-templates", form);
      expect(response.status, message).toBe(400);
      expect(response.body).toContain(message);
    }
    const kept = await admin.post("/reply-templates", { title: "", topic: "", status: "", body: `Giữ lại <i>"chữ"</i> đã gõ` });
    expect(kept.body).toContain(">Giữ lại &lt;i&gt;&quot;chữ&quot;&lt;/i&gt; đã gõ</textarea>");
    expect(await templates()).toHaveLength(before);
  });

  it("edits and deletes one, each in the audit trail in Vietnamese; unknown ids are 404", async () => {
    await admin.get("/reply-templates");
    await admin.post("/reply-templates", { title: "Chung", topic: "", status: "", body: "Cảm ơn bạn đã phản ánh." });
    const id = (await templates()).at(-1)!.id;
    const edit = await admin.get(`/reply-templates/${id}`);
    expect(edit.body).toContain("Cảm ơn bạn đã phản ánh.</textarea>");
    const saved = await admin.post(`/reply-templates/${id}`, { title: "Chung – đã giải quyết", topic: "", status: "da_giai_quyet", body: "Phản ánh của bạn đã được giải quyết." });
    expect(saved.redirectedFrom?.status).toBe(303);
    expect(saved.body).toContain("Đã lưu mẫu “Chung – đã giải quyết”.");
    expect(await inbox.db.replyTemplate.findUnique({ where: { id } })).toMatchObject({ status: "da_giai_quyet", body: "Phản ánh của bạn đã được giải quyết." });

    const refused = await admin.post(`/reply-templates/${id}`, { title: "X", topic: "", status: "", body: "Sửa dở <b>không mất</b>" });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("Sửa dở &lt;b&gt;không mất&lt;/b&gt;</textarea>");

    const deleted = await admin.post(`/reply-templates/${id}/delete`, {});
    expect(deleted.body).toContain("Đã xóa mẫu “Chung – đã giải quyết”.");
    expect(await inbox.db.replyTemplate.findUnique({ where: { id } })).toBeNull();
    expect((await admin.post(`/reply-templates/${id}/delete`, {})).body).toContain("Mẫu này đã bị xóa trước đó.");
    expect((await admin.get(`/reply-templates/${id}`)).status).toBe(404);
    expect((await admin.get("/reply-templates/abc")).status).toBe(404);

    const accounts = await admin.get("/accounts");
    for (const label of ["Thêm mẫu trả lời", "Sửa mẫu trả lời", "Xóa mẫu trả lời"]) expect(accounts.body).toContain(label);
    expect(accounts.body).not.toContain("reply_template");
  });

  it("is for admins: a viewer or a staff member gets 403 and changes nothing", async () => {
    const id = (await templates())[0]!.id;
    for (const role of ["viewer", "staff"] as const) {
      const client = await signedInStaff(app, `khong.quyen.${role}`, role);
      expect((await client.get("/reply-templates")).status).toBe(403);
      expect((await client.get(`/reply-templates/${id}`)).status).toBe(403);
      expect((await client.post("/reply-templates", { title: "Mẫu lạ", topic: "", status: "", body: "Nội dung" })).status).toBe(403);
      expect((await client.post(`/reply-templates/${id}`, { title: "Đổi", topic: "", status: "", body: "Đổi" })).status).toBe(403);
      expect((await client.post(`/reply-templates/${id}/delete`, {})).status).toBe(403);
      expect((await client.get("/inbox")).body).not.toContain('href="/reply-templates"');
    }
    const stored = await templates();
    expect(stored.map((template) => template.title)).not.toContain("Mẫu lạ");
    expect(stored.find((template) => template.id === id)?.title).not.toBe("Đổi");
  });
});

describe("on a report page", () => {
  it("offers the templates of its topic and status and the general ones, escaped; viewers see none", async () => {
    await admin.get("/reply-templates");
    await admin.post("/reply-templates", { title: "Chung cho báo mới", topic: "", status: "moi", body: "Chúng tôi đã nhận phản ánh." });
    await admin.post("/reply-templates", { title: "Đất đai", topic: "dat_dai", status: "", body: "Về đất đai…" });
    await admin.post("/reply-templates", { title: "Đã giải quyết", topic: "", status: "da_giai_quyet", body: "Đã xong." });
    const staff = await signedInStaff(app, "can.bo.mau", "staff");
    const page = await staff.get(`/inbox/${code}`);
    expect(page.body).toContain("Chọn mẫu trả lời (2)");
    expect(page.body).toContain("Chung cho báo mới");
    expect(page.body).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(page.body).not.toContain("Về đất đai");
    expect(page.body).not.toContain("Đã xong.");
    expect(page.body).toContain('<script src="/assets/reply-templates.js" defer></script>');
    const viewer = await signedInStaff(app, "chi.xem.mau", "viewer");
    expect((await viewer.get(`/inbox/${code}`)).body).not.toContain("Chọn mẫu trả lời");
  });
});

describe("in a browser", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  it("puts a template into the reply box, where it is edited and sent", async () => {
    await createStaff(inbox, "tran.van.e", "staff");
    await admin.get("/reply-templates");
    await admin.post("/reply-templates", { title: "Hẹn kiểm tra", topic: "moi_truong", status: "moi", body: "Chúng tôi sẽ cử cán bộ đến kiểm tra vào ngày [ngày]." });
    const base = await app.server.listen({ port: 0, host: "127.0.0.1" });
    const context = await browser.newContext({ baseURL: base, locale: "vi-VN", viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`/inbox/${code}`);
    await page.fill("#username", "tran.van.e");
    await page.fill("#password", TEST_PASSWORD);
    await page.click("button.primary");
    await page.waitForURL(new RegExp(`/inbox/${code}$`, "u"));

    await page.getByText("Chọn mẫu trả lời").click();
    await page.locator("details.templates li", { hasText: "Hẹn kiểm tra" }).getByRole("button", { name: "Chèn vào ô trả lời" }).click();
    expect(await page.inputValue("#reply")).toBe("Chúng tôi sẽ cử cán bộ đến kiểm tra vào ngày [ngày].");
    await page.screenshot({ path: join(SCREENSHOTS, "report-reply-template.png"), fullPage: true });
    const edited = (await page.inputValue("#reply")).replace("[ngày]", "thứ Năm 03/12/2026");
    await page.fill("#reply", edited);
    await page.getByRole("button", { name: "Gửi trả lời" }).click();
    await page.getByText("Đã gửi câu trả lời").waitFor();
    expect(await citizen.waitFor(/thứ Năm 03\/12\/2026/u)).toContain("Chúng tôi sẽ cử cán bộ đến kiểm tra vào ngày thứ Năm 03/12/2026.");
    expect(citizen.replies.map(replyText).join("\n")).not.toContain("[ngày]");

    // The admin page, looked at.
    await page.context().clearCookies();
    await page.goto("/reply-templates");
    await page.fill("#username", "quan.tri");
    await page.fill("#password", TEST_PASSWORD);
    await page.click("button.primary");
    await page.waitForURL(/\/reply-templates$/u);
    await page.screenshot({ path: join(SCREENSHOTS, "reply-templates.png"), fullPage: true });
  });
});
