/**
 * The units list editor (admins): add, rename, set and clear the Telegram group, deactivate and
 * delete; bad input (HTML, quotes, `%`, a malformed group) is refused with a clear message or shown
 * as text; a unit in use is not deleted; every change is audited in Vietnamese and takes effect at
 * once; only admins may use it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, signedInStaff, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;
let admin: WebClient;
let staff: WebClient;

const unitId = async (code: string) => (await inbox.db.unit.findUniqueOrThrow({ where: { code } })).id;

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
  admin = await signedInStaff(app, "quantri", "admin");
  staff = await signedInStaff(app, "canbo", "staff");
});

describe("the units list", () => {
  it("adds a unit with its group; it is offered on report pages at once; the audit trail says so in Vietnamese", async () => {
    expect((await admin.get("/units")).body).not.toContain('id="telegram-off"');
    const added = await admin.post("/units", { code: "Dien-Luc", name: "Công ty Điện lực Quảng Nam", telegramChatId: "-1001234567890" });
    expect(added.redirectedFrom?.status).toBe(303);
    expect(added.body).toContain("Đã thêm đơn vị Công ty Điện lực Quảng Nam.");
    expect(await inbox.units.byCode("dien-luc")).toMatchObject({ name: "Công ty Điện lực Quảng Nam", telegramChatId: "-1001234567890" });
    // This app runs without a Telegram bot: the group would never get a card, and the page says so.
    expect(added.body).toContain("Máy chủ chưa bật bot Telegram (chưa đặt TELEGRAM_BOT_TOKEN)");
    const withBot = await openTestWebApp(await openTestKnowledge(), inbox, { telegramOn: true });
    expect((await (await signedInStaff(withBot, "quantri2", "admin")).get("/units")).body).not.toContain('id="telegram-off"');

    const code = await new WebChat(new WebClient(app.server)).report("Đèn đường khu phố 5 tắt từ tối qua.", "khac");
    expect((await staff.get(`/inbox/${code}`)).body).toContain('<option value="dien-luc">Công ty Điện lực Quảng Nam</option>');
    const accounts = (await admin.get("/accounts")).body;
    expect(accounts).toContain("Thêm đơn vị xử lý · dien-luc: Công ty Điện lực Quảng Nam; nhóm Telegram -1001234567890");
  });

  it("refuses a taken code, a malformed group and a short name, and shows hostile names as text", async () => {
    await admin.get("/units");
    const taken = await admin.post("/units", { code: "dien-luc", name: "Trùng mã" });
    expect(taken.body).toContain("Mã đơn vị “dien-luc” đã có; chọn mã khác.");
    for (const [form, message] of [
      [{ code: "nuoc", name: "Cấp nước", telegramChatId: "nhóm nước" }, "Mã nhóm Telegram là một số"],
      [{ code: "nuoc", name: "C" }, "Tên đơn vị quá ngắn."],
      [{ code: "n%_'", name: "Cấp nước" }, "Mã đơn vị 2–20 ký tự"],
    ] as const) {
      const refused = await admin.post("/units", form);
      expect(refused.status).toBe(400);
      expect(refused.body).toContain(message);
    }
    expect(await inbox.units.byCode("nuoc")).toBeUndefined();
    await admin.get("/units");
    await admin.post("/units", { code: "hostile", name: `<script>alert("x")</script> 100% "_"` });
    const page = (await admin.get("/units")).body;
    expect(page).not.toContain("<script>alert");
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 100% &quot;_&quot;");
  });

  it("renames a unit and clears its group; a report assigned then gets no card", async () => {
    const id = await unitId("dien-luc");
    await admin.get("/units");
    const saved = await admin.post(`/units/${id}`, { name: "Điện lực Tam Kỳ", telegramChatId: "" });
    expect(saved.body).toContain("Đã lưu đơn vị Điện lực Tam Kỳ.");
    expect(await inbox.units.byCode("dien-luc")).toMatchObject({ name: "Điện lực Tam Kỳ", telegramChatId: null });
    const code = await new WebChat(new WebClient(app.server)).report("Dây điện võng thấp qua đường Lê Lợi.", "khac");
    await staff.get(`/inbox/${code}`);
    const assigned = await staff.post(`/inbox/${code}/assign`, { unit: "dien-luc" });
    expect(assigned.body).toContain("Đã chuyển đến Điện lực Tam Kỳ.");
    expect(await inbox.db.outboxMessage.count({ where: { report: { code }, purpose: "unit_card" } })).toBe(0);
  });

  it("refuses to delete a unit with open reports, with a clear message; a deactivated unit is no longer offered", async () => {
    const id = await unitId("dien-luc");
    await admin.get("/units");
    const refused = await admin.post(`/units/${id}/delete`);
    expect(refused.body).toContain("Không xóa được: đơn vị còn 1 phản ánh đang xử lý. Hãy chuyển các phản ánh đó sang đơn vị khác trước.");
    expect(await inbox.units.byCode("dien-luc")).toBeDefined();

    await admin.get("/units");
    const off = await admin.post(`/units/${id}/active`, { active: "0" });
    expect(off.body).toContain("Đơn vị Điện lực Tam Kỳ đã ngừng hoạt động");
    const code = await new WebChat(new WebClient(app.server)).report("Mất điện cả xóm từ sáng.", "khac");
    const page = (await staff.get(`/inbox/${code}`)).body;
    expect(page).not.toContain('value="dien-luc"');
    expect((await staff.post(`/inbox/${code}/assign`, { unit: "dien-luc" })).body).toContain("Đơn vị không hợp lệ.");
  });

  it("deletes a unit nothing refers to", async () => {
    const id = await unitId("hostile");
    await admin.get("/units");
    const deleted = await admin.post(`/units/${id}/delete`);
    expect(deleted.body).toContain("Đã xóa đơn vị");
    expect(await inbox.db.unit.findUnique({ where: { code: "hostile" } })).toBeNull();
    expect((await admin.get("/accounts")).body).toContain("Xóa đơn vị xử lý · hostile");
  });

  it("is for admins only", async () => {
    expect((await staff.get("/units")).status).toBe(403);
    await staff.get("/inbox");
    expect((await staff.post("/units", { code: "thu", name: "Thử quyền" })).status).toBe(403);
    expect(await inbox.units.byCode("thu")).toBeUndefined();
  });
});
