/**
 * Two-factor sign-in over HTTP: enrolling on "Bảo mật tài khoản" (start, scan, confirm) and signing
 * in with password then code (within five minutes); bad input: a code replayed (also twice at once), a code from outside
 * one step either side, a brute force of the code step (in a parallel burst too, and not reset by
 * giving the password again); admins requiring two factors for every account, and resetting
 * another account's; turning it off with the password and a code. All in the audit trail.
 */
import { generate } from "otplib";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ALREADY_DONE } from "../../../src/server/web/forms.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { createStaff, openTestWebApp, signedInStaff, TEST_PASSWORD, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;

beforeAll(async () => {
  app = await openTestWebApp(await openTestKnowledge(), await openTestInbox());
}, 120_000);

/** The code of `secret` `steps` 30-second steps from now. */
function codeFor(secret: string, steps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}

/** Waits out the last seconds of a step, so that "one step away" means the same at the server. */
async function awayFromStepEdge(): Promise<void> {
  const into = (Date.now() / 1000) % 30;
  if (into > 26) await new Promise((resolve) => setTimeout(resolve, (30 - into) * 1000 + 200));
}

/** Enrols the signed-in client as the pages let a person do; returns the secret shown for manual entry. */
async function enrol(client: WebClient): Promise<string> {
  await client.get("/account/security");
  const started = await client.post("/account/security/start");
  expect(started.status).toBe(200);
  expect(started.body).toContain("<svg");
  const secret = /<code class="secret-key">([A-Z2-7 ]+)<\/code>/u.exec(started.body)![1]!.replace(/ /gu, "");
  const confirmed = await client.post("/account/security/confirm", { code: await codeFor(secret) });
  expect(confirmed.body).toContain("Đã bật xác thực hai bước.");
  return secret;
}

/** A new account of `role` with two-factor sign-in enrolled, signed out again; returns its secret. */
async function enrolledAccount(username: string, role: "admin" | "staff" | "viewer" = "staff"): Promise<string> {
  const client = await signedInStaff(app, username, role);
  const secret = await enrol(client);
  await client.post("/logout");
  return secret;
}

/** Gives the password; returns the client, now on the code page. */
async function passwordStep(username: string): Promise<WebClient> {
  const client = new WebClient(app.server);
  await client.get("/login");
  const response = await client.post("/login", { username, password: TEST_PASSWORD });
  expect(response.redirectedFrom?.location).toBe("/login/code");
  expect(response.body).toContain("Nhập mã xác thực hai bước");
  return client;
}

async function idOf(username: string): Promise<number> {
  return (await app.inbox.staff.list()).find((user) => user.username === username)!.id;
}

describe("enrolling and signing in", () => {
  it("enrols with a QR code and a confirming code, then asks for a code after the password", async () => {
    const client = await signedInStaff(app, "hai.buoc", "staff");
    const page = await client.get("/account/security");
    expect(page.body).toContain("Bắt đầu bật xác thực hai bước");
    const secret = await enrol(client);
    // Stored sealed: the database never holds the secret people were shown.
    const row = await app.inbox.db.staffUser.findUnique({ where: { username: "hai.buoc" } });
    expect(row?.totpSecret).toBeTruthy();
    expect(row?.totpSecret).not.toContain(secret);
    expect(row?.totpPendingSecret).toBeNull();
    await client.post("/logout");

    const signingIn = await passwordStep("hai.buoc");
    // The password alone is not a session: staff pages still send to the sign-in page.
    expect((await signingIn.get("/inbox")).headers.location).toBe("/login?next=%2Finbox");
    await signingIn.get("/login/code");
    const done = await signingIn.post("/login/code", { code: await codeFor(secret, 1) });
    expect(done.status).toBe(302);
    expect(done.headers.location).toBe("/inbox");
    expect((await signingIn.get("/inbox")).status).toBe(200);
    const audit = await app.inbox.db.auditEntry.findMany({ where: { actorId: row!.id }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["login", "two_factor_enabled", "logout", "login"]);
  });

  it("forgets the password step after five minutes", async () => {
    const secret = await enrolledAccount("cham.tay");
    const client = await passwordStep("cham.tay");
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 5 * 60_000 + 1000);
      const late = await client.post("/login/code", { code: await codeFor(secret) });
      expect(late.status).toBe(401);
      expect(late.body).toContain("Bước nhập mã đã quá 5 phút");
    } finally {
      vi.useRealTimers();
    }
  });

  it("shows the code page only after a right password", async () => {
    const client = new WebClient(app.server);
    expect((await client.get("/login/code")).headers.location).toBe("/login");
    await client.get("/login");
    const refused = await client.post("/login/code", { code: "123456" });
    expect(refused.status).toBe(401);
    expect(refused.body).toContain("Bạn đăng nhập lại từ đầu nhé.");
  });
});

describe("bad codes", () => {
  it("refuses a code already accepted, also when it is sent twice at once", async () => {
    const secret = await enrolledAccount("phat.lai");
    const first = await passwordStep("phat.lai");
    const code = await codeFor(secret, 1);
    expect((await first.post("/login/code", { code })).status).toBe(302);
    const again = await passwordStep("phat.lai");
    const replayed = await again.post("/login/code", { code });
    expect(replayed.status).toBe(401);
    expect(replayed.body).toContain("Mã không đúng hoặc đã được dùng.");

    const twin = await enrolledAccount("hai.tab");
    const [a, b] = [await passwordStep("hai.tab"), await passwordStep("hai.tab")];
    const fresh = await codeFor(twin, 1);
    const statuses = (await Promise.all([a.post("/login/code", { code: fresh }), b.post("/login/code", { code: fresh })])).map((response) => response.status);
    expect(statuses.sort()).toEqual([302, 401]);
  });

  it("refuses codes from two steps before or after now, and takes one from the next step", async () => {
    const secret = await enrolledAccount("lech.gio");
    const client = await passwordStep("lech.gio");
    await awayFromStepEdge();
    for (const steps of [2, -2, 4]) {
      const response = await client.post("/login/code", { code: await codeFor(secret, steps) });
      expect(response.status, `${steps}`).toBe(401);
    }
    expect((await client.post("/login/code", { code: await codeFor(secret, 1) })).status).toBe(302);
    expect(await app.inbox.db.auditEntry.count({ where: { action: "two_factor_failed", actorId: await idOf("lech.gio") } })).toBe(3);
  });

  it("limits guesses: of a parallel burst of wrong codes only 5 are checked, the right code after it is refused, and a new password does not reset it", async () => {
    const secret = await enrolledAccount("doan.ma");
    const clients: WebClient[] = [];
    for (let index = 0; index < 21; index++) clients.push(await passwordStep("doan.ma"));
    const right = await codeFor(secret, 1);
    const wrong = (index: number) => String((Number(right) + 1 + index * 7919) % 1_000_000).padStart(6, "0");
    // The right code comes after the burst: sent inside it, it may be among the first five counted (on PostgreSQL
    // whichever request locks the count first goes first), and then it is rightly accepted.
    const answers = await Promise.all(clients.slice(0, 20).map((client, index) => client.post("/login/code", { code: wrong(index) })));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    const refused = await clients[20]!.post("/login/code", { code: right });
    expect(refused.status).toBe(429);
    expect(refused.body).toContain("Nhập sai mã quá nhiều lần.");
    const id = await idOf("doan.ma");
    expect(await app.inbox.db.auditEntry.count({ where: { action: "two_factor_failed", actorId: id } })).toBe(5);
    expect(await app.inbox.db.staffSession.count({ where: { userId: id } })).toBe(0);

    // The password is still right, but the code step stays closed.
    const later = await passwordStep("doan.ma");
    expect((await later.post("/login/code", { code: await codeFor(secret, 1) })).status).toBe(429);
  });
});

describe("turning it off", () => {
  it("takes the current password and a current code; then the password alone signs in", async () => {
    // Still signed in from enrolling: the confirming code (this step's) is the last one accepted.
    const client = await signedInStaff(app, "tat.di", "staff");
    const secret = await enrol(client);
    await client.get("/account/security");
    expect((await client.post("/account/security/disable", { current: "sai-mat-khau-roi", code: await codeFor(secret) })).body).toContain("Mật khẩu hiện tại không đúng; xác thực hai bước vẫn bật.");
    await awayFromStepEdge();
    expect((await client.post("/account/security/disable", { current: TEST_PASSWORD, code: await codeFor(secret, 3) })).body).toContain("Mã không đúng hoặc đã được dùng; xác thực hai bước vẫn bật.");
    const off = await client.post("/account/security/disable", { current: TEST_PASSWORD, code: await codeFor(secret, 1) });
    expect(off.body).toContain("Đã tắt xác thực hai bước.");
    expect(off.body).toContain("Bắt đầu bật xác thực hai bước");
    const next = new WebClient(app.server);
    expect((await next.signIn("tat.di")).headers.location).toBe("/inbox");
  });
});

describe("admins", () => {
  it("require two factors for every account: an account without them enrols right after its password and can do nothing else first", async () => {
    const admin = await signedInStaff(app, "quan.tri", "admin");
    await admin.get("/accounts/two-factor");
    const early = await admin.post("/accounts/two-factor/policy", { required: "1" });
    expect(early.body).toContain("Bạn bật xác thực hai bước cho tài khoản của mình trước");
    expect(await app.inbox.settings.get("twoFactorRequired")).toBe(false);
    await enrol(admin);
    await admin.get("/accounts/two-factor");
    const on = await admin.post("/accounts/two-factor/policy", { required: "1" });
    expect(on.body).toContain("Từ nay mọi tài khoản phải đăng nhập bằng mã xác thực hai bước.");
    expect(on.body).toContain("Đang bắt buộc.");
    expect(await app.inbox.settings.get("twoFactorRequired")).toBe(true);

    try {
      await createStaff(app.inbox, "chua.bat", "staff");
      const client = new WebClient(app.server);
      await client.get("/login");
      const signedIn = await client.post("/login", { username: "chua.bat", password: TEST_PASSWORD });
      expect(signedIn.status).toBe(302);
      for (const path of ["/inbox", "/dashboard", "/questions", "/account/password"]) expect((await client.get(path)).headers.location, path).toBe("/account/security");
      const page = await client.get("/account/security");
      expect(page.body).toContain("Quản trị viên yêu cầu mọi tài khoản đăng nhập bằng mã xác thực hai bước.");
      const form = await client.post("/account/password", { current: TEST_PASSWORD, password: "mat-khau-moi-2026-dai", repeat: "mat-khau-moi-2026-dai" });
      expect(form.status).toBe(403);
      expect(form.body).toContain("Cần bật xác thực hai bước");
      const secret = await enrol(client);
      expect((await client.get("/inbox")).status).toBe(200);
      // Required: it cannot be turned off.
      const security = await client.get("/account/security");
      expect(security.body).not.toContain("/account/security/disable");
      const refused = await client.post("/account/security/disable", { current: TEST_PASSWORD, code: await codeFor(secret, 1) });
      expect(refused.status).toBe(400);
      expect(refused.body).toContain("không tắt được");
      expect((await app.inbox.staff.verify("chua.bat", TEST_PASSWORD))?.twoFactor).toBe(true);
    } finally {
      await admin.get("/accounts/two-factor");
      await admin.post("/accounts/two-factor/policy", { required: "0" });
    }
    expect(await app.inbox.settings.get("twoFactorRequired")).toBe(false);
    const accounts = await admin.get("/accounts");
    expect(accounts.body).toContain("Đổi yêu cầu xác thực hai bước · bắt buộc cho mọi tài khoản");
    expect(accounts.body).toContain("Đổi yêu cầu xác thực hai bước · không bắt buộc");
  });

  it("reset another account's two factors once (audited); it then signs in with its password; staff may not, nor for oneself", async () => {
    const admin = await signedInStaff(app, "quan.tri.2", "admin");
    await enrolledAccount("mat.may");
    const id = await idOf("mat.may");
    const list = await admin.get("/accounts/two-factor");
    expect(list.body).toContain("Đặt lại xác thực hai bước cho mat.may");
    const key = admin.formKeys[0]!;
    const reset = await admin.post(`/accounts/${id}/two-factor/reset`, { _once: key });
    expect(reset.body).toContain("Đã đặt lại xác thực hai bước cho mat.may.");
    expect((await admin.post(`/accounts/${id}/two-factor/reset`, { _once: key })).body).toContain(ALREADY_DONE);
    expect(await app.inbox.db.auditEntry.count({ where: { action: "two_factor_reset", detail: "mat.may" } })).toBe(1);
    expect((await admin.get("/accounts")).body).toContain("Đặt lại xác thực hai bước cho tài khoản khác · mat.may");
    const client = new WebClient(app.server);
    expect((await client.signIn("mat.may")).headers.location).toBe("/inbox");

    await admin.get("/accounts/two-factor");
    expect((await admin.post(`/accounts/${await idOf("quan.tri.2")}/two-factor/reset`)).status).toBe(400);
    const staff = await signedInStaff(app, "can.bo.thuong", "staff");
    expect((await staff.post(`/accounts/${id}/two-factor/reset`)).status).toBe(403);
    expect((await staff.post("/accounts/two-factor/policy", { required: "1" })).status).toBe(403);
    expect((await staff.get("/accounts/two-factor")).status).toBe(403);
  });
});
