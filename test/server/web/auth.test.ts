/**
 * Staff authentication over HTTP: redirects and 401 for anonymous visitors, roles (viewer, staff,
 * admin), CSRF tokens, the sign-in rate limit, sessions (hashed, ended by logout and by disabling
 * the account), and the audit trail of it all.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { LoginLimiter } from "../../../src/server/web/auth.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { createStaff, openTestWebApp, TEST_PASSWORD, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;
let code: string;

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox, { loginLimiter: new LoginLimiter({ perUser: 3, perAddress: 100, windowMs: 60_000 }) });
  await createStaff(inbox, "quantri", "admin");
  await createStaff(inbox, "canbo", "staff");
  await createStaff(inbox, "xem", "viewer");
  const chat = new WebChat(new WebClient(app.server));
  code = await chat.report("Đèn đường thôn 2 xã Tam Thăng, thành phố Tam Kỳ hỏng cả tháng nay, tối đi lại rất nguy hiểm.", "hanh_chinh");
});

describe("anonymous visitors", () => {
  it("are sent to the sign-in page from every staff page, and back after signing in", async () => {
    const client = new WebClient(app.server);
    for (const path of ["/inbox", `/inbox/${code}`, "/inbox/export.csv", "/dashboard", "/questions", "/accounts", "/account/password", "/inbox?topic=moi_truong&q=%C4%91%C3%A8n"]) {
      const response = await client.get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.location).toBe(`/login?next=${encodeURIComponent(path)}`);
    }
    const login = await client.get(`/login?next=${encodeURIComponent("/inbox?topic=moi_truong&q=%C4%91%C3%A8n")}`);
    const next = /name="next" value="([^"]+)"/u.exec(login.body)![1]!.replace(/&amp;/gu, "&");
    const signedIn = await client.post("/login", { username: "canbo", password: "mat-khau-thu-nghiem-2026", next });
    expect(signedIn.headers.location).toBe("/inbox?topic=moi_truong&q=%C4%91%C3%A8n");
  });

  it("get 401 from every form and action, and nothing changes", async () => {
    const client = new WebClient(app.server);
    for (const path of [`/inbox/${code}/status`, `/inbox/${code}/reply`, `/inbox/${code}/reveal`, "/questions/curated", "/accounts", "/logout"]) {
      const response = await client.post(path, { status: "dang_xu_ly", text: "Xin chào" });
      expect(response.status, path).toBe(401);
      expect(response.body).toContain("Bạn cần đăng nhập");
    }
    expect((await inbox.reports.findByCode(code))?.status).toBe("moi");
  });

  it("cannot be sent elsewhere after signing in (no open redirect)", async () => {
    for (const next of ["//evil.example/x", "https://evil.example", "/\\evil.example"]) {
      const client = new WebClient(app.server);
      await client.get(`/login?next=${encodeURIComponent(next)}`);
      const response = await client.post("/login", { username: "xem", password: "mat-khau-thu-nghiem-2026", next });
      expect(response.headers.location, next).toBe("/inbox");
    }
  });
});

describe("signing in", () => {
  it("sets an httpOnly SameSite session cookie whose token is stored only as a hash", async () => {
    const client = new WebClient(app.server);
    await client.get("/login");
    const response = await client.post("/login", { username: "CanBo ", password: "mat-khau-thu-nghiem-2026" });
    expect(response.status).toBe(302);
    const cookie = String(response.headers["set-cookie"]).split(/,(?=\s*tldv_)/u).find((line) => line.startsWith("tldv_staff="))!;
    expect(cookie).toMatch(/HttpOnly/u);
    expect(cookie).toMatch(/SameSite=Lax/u);
    const token = /^tldv_staff=([^;]+)/u.exec(cookie)![1]!;
    const sessions = await inbox.db.staffSession.findMany();
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.some((session) => session.id === token)).toBe(false);
    expect((await client.get("/inbox")).status).toBe(200);
  });

  it("refuses a wrong password, a form without the sign-in token, and a disabled account", async () => {
    const client = new WebClient(app.server);
    await client.get("/login");
    const wrong = await client.post("/login", { username: "quantri", password: "sai-mat-khau-roi" });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toContain("Tên đăng nhập hoặc mật khẩu không đúng.");

    const forged = await new WebClient(app.server).post("/login", { username: "quantri", password: "mat-khau-thu-nghiem-2026", _csrf: "gia-mao" });
    expect(forged.status).toBe(403);

    const empty = await client.post("/login", { username: "", password: "" });
    expect(empty.status).toBe(400);
    expect(empty.body).toContain("Bạn nhập đủ tên đăng nhập và mật khẩu nhé.");

    await createStaff(inbox, "nghiviec", "staff");
    const leaving = new WebClient(app.server);
    expect((await leaving.signIn("nghiviec")).status).toBe(302);
    const admin = new WebClient(app.server);
    await admin.signIn("quantri");
    const user = (await inbox.staff.list()).find((candidate) => candidate.username === "nghiviec")!;
    await admin.get("/accounts");
    expect((await admin.post(`/accounts/${user.id}`, { disabled: "1" })).status).toBe(200);
    expect((await leaving.get("/inbox")).status).toBe(302);
    const again = new WebClient(app.server);
    expect((await again.signIn("nghiviec")).status).toBe(401);
  });

  it("blocks a username after repeated failures, even with the right password, and says for how long", async () => {
    await createStaff(inbox, "bidoan", "staff");
    const client = new WebClient(app.server);
    for (let attempt = 0; attempt < 3; attempt++) {
      await client.get("/login");
      expect((await client.post("/login", { username: "bidoan", password: `doan-mo-${attempt}-xxxx` })).status).toBe(401);
    }
    await client.get("/login");
    const blocked = await client.post("/login", { username: "bidoan", password: "mat-khau-thu-nghiem-2026" });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatch(/Đăng nhập sai quá nhiều lần\. Bạn thử lại sau \d+ phút\./u);
    const failures = await inbox.db.auditEntry.count({ where: { action: "login_failed", detail: "bidoan" } });
    expect(failures).toBe(3);
  });

  it("holds under a parallel burst: of 50 wrong passwords none is checked past the limit, and the right one in the burst is refused", async () => {
    await createStaff(inbox, "loatdoan", "staff");
    const clients = await Promise.all(
      Array.from({ length: 51 }, async () => {
        const client = new WebClient(app.server);
        await client.get("/login");
        return client;
      }),
    );
    const passwords = clients.map((_, index) => (index === 50 ? TEST_PASSWORD : `doan-mo-song-song-${index}`));
    const answers = await Promise.all(clients.map((client, index) => client.post("/login", { username: "loatdoan", password: passwords[index]! })));
    const statuses = answers.map((answer) => answer.status);
    // The limit is 3 per username here: 3 passwords were checked (and recorded), the rest refused unchecked.
    expect(statuses.filter((status) => status === 401)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(48);
    expect(statuses[50]).toBe(429);
    expect(await inbox.db.auditEntry.count({ where: { action: "login_failed", detail: "loatdoan" } })).toBe(3);
    const user = (await inbox.staff.list()).find((candidate) => candidate.username === "loatdoan")!;
    expect(user.lastLoginAt).toBeNull();
    expect(await inbox.db.staffSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("logs out: the cookie is cleared and the old session no longer works", async () => {
    const client = new WebClient(app.server);
    await client.signIn("canbo");
    const before = await inbox.db.staffSession.count();
    const out = await client.post("/logout", {}, { follow: false });
    expect(out.status).toBe(303);
    expect(out.headers.location).toBe("/login");
    expect(await inbox.db.staffSession.count()).toBe(before - 1);
    expect((await client.get("/inbox")).status).toBe(302);
  });
});

describe("roles", () => {
  it("lets a viewer read but not act (403), and shows no action forms", async () => {
    const viewer = new WebClient(app.server);
    await viewer.signIn("xem");
    const page = await viewer.get(`/inbox/${code}`);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(`action="/inbox/${code}/status"`);
    for (const [path, form] of [
      [`/inbox/${code}/status`, { status: "dang_xu_ly" }],
      [`/inbox/${code}/reply`, { text: "Chúng tôi đã nhận." }],
      [`/inbox/${code}/note`, { text: "ghi chú" }],
      [`/inbox/${code}/reveal`, {}],
      ["/questions/curated", { question: "Câu hỏi thử?", answer: "Câu trả lời thử nghiệm.", section: "II.2" }],
    ] as const) {
      const response = await viewer.post(path, form);
      expect(response.status, path).toBe(403);
      expect(response.body).toContain("Không đủ quyền");
    }
    expect((await inbox.reports.findByCode(code))?.status).toBe("moi");
    expect(await inbox.db.curatedAnswer.count()).toBe(0);
  });

  it("keeps account management to admins", async () => {
    const staff = new WebClient(app.server);
    await staff.signIn("canbo");
    expect((await staff.get("/accounts")).status).toBe(403);
    expect((await staff.post("/accounts", { username: "moi", displayName: "Người mới", role: "admin" })).status).toBe(403);
    expect((await staff.get("/inbox")).body).not.toContain('href="/accounts"');

    const admin = new WebClient(app.server);
    await admin.signIn("quantri");
    await admin.get("/accounts");
    const created = await admin.post("/accounts", { username: "moi.nguoi", displayName: "Người Mới", role: "viewer" });
    expect(created.redirectedFrom).toEqual({ status: 303, location: "/accounts" });
    const password = /Mật khẩu lần đầu: (\w+)/u.exec(created.body)![1]!;
    expect((await new WebClient(app.server).signIn("moi.nguoi", password)).status).toBe(302);
    // The one-time password is shown once: not again when the page is loaded again.
    expect((await admin.get("/accounts")).body).not.toContain(password);
    expect((await admin.post("/accounts", { username: "moi.nguoi", displayName: "Trùng tên", role: "staff" })).body).toContain("Tên đăng nhập này đã có.");
    expect((await admin.post("/accounts", { username: "x", displayName: "Quá ngắn", role: "staff" })).body).toContain("Tên đăng nhập 3–32 ký tự");
  });
});

describe("CSRF", () => {
  it("refuses a form with a forged, missing or another session's token, and changes nothing", async () => {
    const staff = new WebClient(app.server);
    await staff.signIn("canbo");
    const other = new WebClient(app.server);
    await other.signIn("quantri");
    for (const token of ["gia-mao", "", other.csrf]) {
      const response = await staff.post(`/inbox/${code}/status`, { status: "dang_xu_ly", _csrf: token });
      expect(response.status).toBe(403);
      expect(response.body).toContain("Biểu mẫu không hợp lệ");
    }
    expect((await inbox.reports.findByCode(code))?.status).toBe("moi");
    await staff.get(`/inbox/${code}`);
    const accepted = await staff.post(`/inbox/${code}/status`, { status: "da_tiep_nhan" });
    expect(accepted.status).toBe(200);
    expect((await inbox.reports.findByCode(code))?.status).toBe("da_tiep_nhan");
  });

  it("guards the web chat API by a header other sites cannot send without asking", async () => {
    const client = new WebClient(app.server);
    const response = await client.postJson("/chat/api/messages", { text: "/gopy thử" });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toEqual({ error: "Yêu cầu không hợp lệ." });
  });
});

describe("audit trail", () => {
  it("records sign-ins, failures, sign-outs, exports and account changes with who did them", async () => {
    const client = new WebClient(app.server);
    await client.signIn("quantri");
    await client.get("/inbox/export.csv?status=open");
    const entries = await inbox.audit.recent(500);
    const actions = new Set(entries.map((entry) => entry.action));
    for (const action of ["login", "login_failed", "logout", "export", "account_created", "account_updated"]) expect(actions, action).toContain(action);
    expect(entries.find((entry) => entry.action === "export")).toMatchObject({ actorName: "Cán bộ quantri", detail: expect.stringContaining("status=open") });
    // Staff read the trail in Vietnamese: labels, not the stored codes, and roles by their names.
    const page = (await client.get("/accounts")).body;
    const trail = page.slice(page.indexOf("Nhật ký thao tác gần đây"));
    for (const label of ["Đăng nhập", "Đăng nhập sai", "Đăng xuất", "Xuất danh sách phản ánh (CSV)", "Tạo tài khoản", "Sửa tài khoản"]) expect(trail).toContain(` · ${label}`);
    expect(trail).not.toMatch(/· (login|login_failed|logout|account_created|account_updated|password_changed|export|curated_answer)\b/u);
    expect(trail).toContain("moi.nguoi (Chỉ xem)");
    expect(trail).not.toMatch(/\((admin|staff|viewer)\)/u);
    // Report actions are in the report's own trail.
    const report = await inbox.reports.findByCode(code);
    expect(report?.events.find((event) => event.toStatus === "da_tiep_nhan")).toMatchObject({ actorType: "staff", actorName: "Cán bộ canbo" });
  });
});

describe("LoginLimiter", () => {
  const limiter = () => new LoginLimiter({ perUser: 2, perAddress: 3, windowMs: 1000 });

  it("blocks a username after its failures from any address, until the window passes", async () => {
    const limits = limiter();
    expect(await limits.begin({ address: "10.0.0.1", username: "An" }, 0)).toBe(0);
    expect(await limits.begin({ address: "10.0.0.2", username: "an" }, 100)).toBe(0);
    expect(await limits.begin({ address: "10.0.0.3", username: "AN" }, 200)).toBe(800);
    expect(await limits.begin({ address: "10.0.0.3", username: "binh" }, 200)).toBe(0);
    expect(await limits.begin({ address: "10.0.0.3", username: "an" }, 1001)).toBe(0);
  });

  it("blocks an address guessing many usernames, and a success does not clear the address", async () => {
    const limits = limiter();
    for (const username of ["a", "b"]) await limits.begin({ address: "10.0.0.9", username }, 0);
    await limits.begin({ address: "10.0.0.9", username: "c" }, 5);
    await limits.succeed({ address: "10.0.0.9", username: "c" }, 5);
    expect(await limits.begin({ address: "10.0.0.9", username: "d" }, 10)).toBe(0);
    expect(await limits.begin({ address: "10.0.0.9", username: "e" }, 10)).toBe(990);
    expect(await limits.begin({ address: "10.0.0.8", username: "e" }, 10)).toBe(0);
  });

  it("counts an attempt before its password is checked, so a burst stops at the limit", async () => {
    const limits = limiter();
    const started = await Promise.all(Array.from({ length: 10 }, () => limits.begin({ address: "10.0.0.7", username: "an" }, 0)));
    expect(started.filter((wait) => wait === 0)).toHaveLength(2);
  });
});
