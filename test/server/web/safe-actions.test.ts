/**
 * Staff actions are done once: every form answers 303 to a page (post/redirect/get), so reloading
 * that page repeats nothing, and carries a one-time key bound to the session, so a double click or
 * a request sent again does the action once. Forged keys, other sessions' keys and missing keys are
 * refused and change nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { ALREADY_DONE } from "../../../src/server/web/forms.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, signedInStaff, TEST_PASSWORD, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;
let staff: WebClient;
let admin: WebClient;
let citizen: WebChat;
let code: string;

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
  staff = await signedInStaff(app, "canbo", "staff");
  admin = await signedInStaff(app, "quantri", "admin");
  citizen = new WebChat(new WebClient(app.server));
  code = await citizen.report("Cống thoát nước trước chợ Tam Kỳ bị tắc, mưa xuống nước tràn vào nhà dân.", "moi_truong");
});

/** How many replies the citizen's report has had, in its trail and in the outbox. */
async function replies(): Promise<{ events: number; messages: number }> {
  const report = (await inbox.reports.findByCode(code))!;
  return {
    events: report.events.filter((event) => event.type === "reply").length,
    messages: await inbox.db.outboxMessage.count({ where: { reportId: report.id, purpose: "staff_reply" } }),
  };
}

/** A fresh one-time key from the page at `path`, as the page's forms carry it. */
async function keyFrom(client: WebClient, path: string): Promise<string> {
  await client.get(path);
  return client.formKeys.shift()!;
}

describe("Gửi trả lời", () => {
  it("answers 303 to the report, and loading that page again sends nothing more", async () => {
    await staff.get(`/inbox/${code}`);
    const answer = await staff.post(`/inbox/${code}/reply`, { text: "Chúng tôi đã báo Công ty Môi trường đô thị nạo vét cống." }, { follow: false });
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe(`/inbox/${code}`);
    expect(answer.body).toBe("");

    const page = await staff.get(`/inbox/${code}`);
    expect(page.body).toContain("Đã gửi câu trả lời");
    const again = await staff.get(`/inbox/${code}`);
    // The notice is shown once: a reload shows the report, not "sent" again.
    expect(again.body).not.toContain("Đã gửi câu trả lời");
    expect(await replies()).toEqual({ events: 1, messages: 1 });
    expect(await citizen.waitFor(/Ban Dân vận trả lời phản ánh/u)).toContain("nạo vét cống");
  });

  it("sends one reply for a double click (the same form twice at once)", async () => {
    const before = await replies();
    const key = await keyFrom(staff, `/inbox/${code}`);
    const form = { text: "Cống đã được nạo vét sáng nay.", _once: key };
    const answers = await Promise.all([1, 2, 3].map(() => staff.post(`/inbox/${code}/reply`, form, { follow: false })));
    expect(answers.map((answer) => answer.status)).toEqual([303, 303, 303]);
    expect(await replies()).toEqual({ events: before.events + 1, messages: before.messages + 1 });
  });

  it("does nothing for a key used before, and says so calmly", async () => {
    const before = await replies();
    const key = await keyFrom(staff, `/inbox/${code}`);
    await staff.post(`/inbox/${code}/reply`, { text: "Lần gửi đầu.", _once: key });
    const reused = await staff.post(`/inbox/${code}/reply`, { text: "Lần gửi lại với khóa cũ.", _once: key });
    expect(reused.redirectedFrom?.status).toBe(303);
    expect(reused.body).toContain(ALREADY_DONE);
    // The same key on another action of the page does nothing either.
    const note = await staff.post(`/inbox/${code}/note`, { text: "Ghi chú với khóa đã dùng.", _once: key });
    expect(note.body).toContain(ALREADY_DONE);
    const report = (await inbox.reports.findByCode(code))!;
    expect(report.events.some((event) => event.text === "Ghi chú với khóa đã dùng.")).toBe(false);
    expect(await replies()).toEqual({ events: before.events + 1, messages: before.messages + 1 });
  });

  it("refuses a forged key, a missing key and another person's key (403), and changes nothing", async () => {
    const before = await replies();
    const othersKey = await keyFrom(admin, `/inbox/${code}`);
    await staff.get(`/inbox/${code}`);
    for (const key of ["khoa-gia-mao", "", othersKey, "x".repeat(5000)]) {
      const response = await staff.post(`/inbox/${code}/reply`, { text: "Trả lời giả mạo.", _once: key });
      expect(response.status, key.slice(0, 20)).toBe(403);
      expect(response.body).toContain("Biểu mẫu không hợp lệ");
      expect(response.body).toContain("chưa có gì được thực hiện");
    }
    expect(await replies()).toEqual(before);
    // The other person's key is still theirs to use.
    expect((await admin.post(`/inbox/${code}/note`, { text: "Ghi chú của quản trị.", _once: othersKey })).body).toContain("Đã ghi chú");
  });

  it("keeps a key unused when the input was refused, so the corrected form can be sent with it", async () => {
    const before = await replies();
    const key = await keyFrom(staff, `/inbox/${code}`);
    const empty = await staff.post(`/inbox/${code}/reply`, { text: "   ", _once: key });
    expect(empty.status).toBe(400);
    expect(empty.body).toContain("Nội dung không được để trống.");
    const corrected = await staff.post(`/inbox/${code}/reply`, { text: "Bản trả lời đã sửa.", _once: key });
    expect(corrected.body).toContain("Đã gửi câu trả lời");
    expect(await replies()).toEqual({ events: before.events + 1, messages: before.messages + 1 });
  });

  it("ends a session's keys with the session", async () => {
    const leaving = await signedInStaff(app, "tamthoi", "staff");
    const key = await keyFrom(leaving, `/inbox/${code}`);
    expect(await inbox.db.formKey.count({ where: { id: key } })).toBe(1);
    await leaving.post("/logout");
    expect(await inbox.db.formKey.count({ where: { id: key } })).toBe(0);
  });
});

describe("every staff form", () => {
  it("answers 303 to a page; a double click, a reload of that page or the request sent again does the action once", async () => {
    const target = await signedInStaff(app, "doivaitro", "viewer");
    const duplicate = await new WebChat(new WebClient(app.server)).report("Cống thoát nước trước chợ Tam Kỳ bị tắc, nước tràn vào nhà dân khi mưa.", "moi_truong");
    const unit = (await inbox.units.active())[0]!;
    const viewer = (await inbox.staff.list()).find((user) => user.username === "doivaitro")!;
    const withdrawn = await inbox.curated.create({ question: "Nghị quyết ban hành khi nào?", answer: "Nghị quyết được ban hành tháng 12 năm 2023.", section: "IV", createdBy: "Cán bộ canbo" });
    const events = (where: Record<string, string>) => async () => inbox.db.reportEvent.count({ where });
    const audit = (action: string) => async () => inbox.db.auditEntry.count({ where: { action } });
    /** `replay`: what the request sent again is told (the changed password no longer matches, so that is said first). */
    const cases: Array<{ client: WebClient; page: string; action: string; form: Record<string, string>; effect: () => Promise<number>; replay?: string }> = [
      { client: staff, page: `/inbox/${code}`, action: `/inbox/${code}/status`, form: { status: "dang_xu_ly", note: "Đang xử lý." }, effect: events({ toStatus: "dang_xu_ly" }) },
      { client: staff, page: `/inbox/${code}`, action: `/inbox/${code}/assign`, form: { unit: unit.code }, effect: events({ toStatus: "da_chuyen" }) },
      { client: staff, page: `/inbox/${code}`, action: `/inbox/${code}/note`, form: { text: "Ghi chú một lần." }, effect: events({ type: "note", text: "Ghi chú một lần." }) },
      { client: staff, page: `/inbox/${code}`, action: `/inbox/${code}/reply`, form: { text: "Trả lời một lần." }, effect: events({ type: "reply", text: "Trả lời một lần." }) },
      { client: staff, page: `/inbox/${code}`, action: `/inbox/${code}/reveal`, form: {}, effect: events({ type: "contact_revealed" }) },
      { client: staff, page: `/inbox/${duplicate}`, action: `/inbox/${duplicate}/merge`, form: { original: code }, effect: events({ type: "merged" }) },
      {
        client: staff,
        page: "/questions",
        action: "/questions/curated",
        form: { question: "Ai theo dõi việc thực hiện nghị quyết?", answer: "Ban Dân vận Tỉnh ủy theo dõi, đôn đốc và báo cáo.", section: "IV" },
        effect: async () => inbox.db.curatedAnswer.count(),
      },
      { client: staff, page: "/questions", action: `/questions/curated/${withdrawn.id}/disable`, form: {}, effect: async () => inbox.db.auditEntry.count({ where: { action: "curated_answer", detail: `ngừng dùng #${withdrawn.id}` } }) },
      { client: admin, page: "/accounts", action: "/accounts", form: { username: "moi.mot.lan", displayName: "Tạo Một Lần", role: "viewer" }, effect: async () => inbox.db.staffUser.count({ where: { username: "moi.mot.lan" } }) },
      { client: admin, page: "/accounts", action: `/accounts/${viewer.id}`, form: { role: "staff" }, effect: audit("account_updated") },
      { client: staff, page: "/account/security", action: "/account/security/start", form: {}, effect: async () => inbox.db.staffUser.count({ where: { totpPendingSecret: { not: null } } }) },
      { client: admin, page: "/accounts/two-factor", action: "/accounts/two-factor/policy", form: { required: "0" }, effect: audit("two_factor_policy") },
      { client: admin, page: "/accounts/two-factor", action: `/accounts/${viewer.id}/two-factor/reset`, form: {}, effect: audit("two_factor_reset") },
      { client: target, page: "/account/password", action: "/account/password", form: { current: TEST_PASSWORD, password: "mat-khau-moi-2026-dai", repeat: "mat-khau-moi-2026-dai" }, effect: audit("password_changed"), replay: "Mật khẩu hiện tại không đúng." },
    ];
    for (const { client, page, action, form, effect, replay } of cases) {
      const before = await effect();
      const key = await keyFrom(client, page);
      const [first, second] = await Promise.all([client.post(action, { ...form, _once: key }, { follow: false }), client.post(action, { ...form, _once: key }, { follow: false })]);
      expect([first.status, second.status], action).toEqual([303, 303]);
      expect([first.headers.location, second.headers.location], action).toEqual([page, page]);
      // A reload is a GET of that page; the request sent again with its key is told it was done.
      await client.get(page);
      await client.get(page);
      expect((await client.post(action, { ...form, _once: key })).body, action).toContain(replay ?? ALREADY_DONE);
      expect((await effect()) - before, action).toBe(1);
    }
  });
});
