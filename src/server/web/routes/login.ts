/**
 * Signing in and out, and changing one's own password. An account with two-factor sign-in gives
 * its password, then its code: the password step leaves a pending sign-in of five minutes, and the
 * code step has a limit of its own like the password's (a right password must not reset it).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { briefNameOf, type Organisation } from "../../../core/organisation.js";
import { PENDING_SIGN_IN_MS } from "../../../inbox/pending-sign-ins.js";
import type { StaffSession } from "../../../inbox/staff-accounts.js";
import { cookieOptions, LOGIN_CSRF_COOKIE, LOGIN_LIMIT, LoginLimiter, newToken, PENDING_SIGN_IN_COOKIE, requireStaff, sameToken, SESSION_COOKIE } from "../auth.js";
import type { WebRouteDeps } from "../deps.js";
import type { Flash } from "../forms.js";
import { html } from "../html.js";
import { csrfField, page } from "../layout.js";
import { acceptTwoFactorCode, codeField } from "../two-factor-code.js";

/** Passwords shorter than this are refused. */
export const MIN_PASSWORD_LENGTH = 10;

const LoginForm = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200), _csrf: z.string(), next: z.string().optional() });
const CodeForm = z.object({ code: z.string().trim().min(1).max(20), _csrf: z.string() });
const PasswordForm = z.object({ current: z.string().min(1), password: z.string().min(MIN_PASSWORD_LENGTH).max(200), repeat: z.string() });

/** Only paths on this site after signing in: never an open redirect. */
function safeNext(next: string | undefined): string {
  return next && /^\/(?!\/)[\w\-/?=&%.]*$/u.test(next) ? next : "/inbox";
}

function loginPage(organisation: Organisation, csrf: string, next: string, error?: string): string {
  return page({
    organisation,
    title: "Đăng nhập",
    ...(error ? { flash: { kind: "error" as const, text: error } } : {}),
    body: html`<section class="card narrow">
      <h1>Đăng nhập hộp thư</h1>
      <p class="muted">Dành cho cán bộ ${briefNameOf(organisation)}. Người dân gửi phản ánh tại <a href="/">trang hỏi đáp</a>.</p>
      <form method="post" action="/login">
        <input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="next" value="${next}">
        <div class="field"><label for="username">Tên đăng nhập</label><input id="username" name="username" autocomplete="username" required autofocus></div>
        <div class="field"><label for="password">Mật khẩu</label><input id="password" name="password" type="password" autocomplete="current-password" required></div>
        <button class="primary">Đăng nhập</button>
      </form>
    </section>`,
  });
}

function codePage(organisation: Organisation, csrf: string, error?: string): string {
  return page({
    organisation,
    title: "Nhập mã xác thực",
    ...(error ? { flash: { kind: "error" as const, text: error } } : {}),
    body: html`<section class="card narrow">
      <h1>Nhập mã xác thực hai bước</h1>
      <p class="muted">Mở ứng dụng xác thực trên điện thoại của bạn và nhập mã 6 chữ số đang hiện cho Trợ lý Dân vận. Bước này cần xong trong 5 phút.</p>
      <form method="post" action="/login/code">
        <input type="hidden" name="_csrf" value="${csrf}">
        ${codeField("Mã 6 chữ số")}
        <button class="primary">Xác nhận</button>
      </form>
      <p><a href="/login">Đăng nhập lại từ đầu</a></p>
    </section>`,
  });
}

export function loginRoutes(server: FastifyInstance, deps: WebRouteDeps): void {
  // In the database: the code may come to another instance than the password did.
  const pending = deps.inbox.pendingSignIns;
  // Counted apart from the passwords' failures, and shared by the instances as they are.
  const codeLimiter = new LoginLimiter(LOGIN_LIMIT, deps.inbox.limits.failureWindow("login-code", LOGIN_LIMIT.windowMs));

  /** Both factors (or the only one) passed: the session starts. */
  async function signIn(request: FastifyRequest, reply: FastifyReply, user: { id: number; displayName: string }, next: string) {
    const session = await deps.inbox.staff.startSession(user.id);
    await deps.inbox.audit.record({ id: user.id, name: user.displayName }, "login");
    reply.setCookie(SESSION_COOKIE, session.token, cookieOptions(request));
    reply.clearCookie(LOGIN_CSRF_COOKIE, { path: "/" });
    return reply.redirect(next);
  }

  server.get<{ Querystring: { next?: string } }>("/login", async (request, reply) => {
    if (request.staff) return reply.redirect(safeNext(request.query.next));
    const csrf = newToken();
    reply.setCookie(LOGIN_CSRF_COOKIE, csrf, cookieOptions(request, 3600_000));
    return reply.type("text/html").send(loginPage(deps.organisation, csrf, safeNext(request.query.next)));
  });

  server.post("/login", async (request, reply) => {
    const form = LoginForm.safeParse(request.body);
    const csrf = newToken();
    reply.setCookie(LOGIN_CSRF_COOKIE, csrf, cookieOptions(request, 3600_000));
    const again = (status: number, error: string) => reply.code(status).type("text/html").send(loginPage(deps.organisation, csrf, safeNext(form.data?.next), error));
    if (!form.success) return again(400, "Bạn nhập đủ tên đăng nhập và mật khẩu nhé.");
    if (!sameToken(form.data._csrf, request.cookies[LOGIN_CSRF_COOKIE] ?? "")) return again(403, "Biểu mẫu đã cũ. Bạn đăng nhập lại nhé.");
    const attempt = { address: request.ip, username: form.data.username };
    const begunAt = Date.now();
    const wait = await deps.loginLimiter.begin(attempt, begunAt);
    if (wait > 0) return again(429, `Đăng nhập sai quá nhiều lần. Bạn thử lại sau ${Math.ceil(wait / 60_000)} phút.`);
    const user = await deps.inbox.staff.verify(form.data.username, form.data.password);
    if (!user) {
      await deps.inbox.audit.record(undefined, "login_failed", form.data.username.slice(0, 64));
      return again(401, "Tên đăng nhập hoặc mật khẩu không đúng.");
    }
    await deps.loginLimiter.succeed(attempt, begunAt);
    if (!user.twoFactor) return signIn(request, reply, user, safeNext(form.data.next));
    const token = await pending.start(user.id, safeNext(form.data.next));
    reply.setCookie(PENDING_SIGN_IN_COOKIE, token, cookieOptions(request, PENDING_SIGN_IN_MS));
    return reply.redirect("/login/code", 303);
  });

  server.get("/login/code", async (request, reply) => {
    if (!(await pending.get(request.cookies[PENDING_SIGN_IN_COOKIE]))) return reply.redirect("/login");
    const csrf = newToken();
    reply.setCookie(LOGIN_CSRF_COOKIE, csrf, cookieOptions(request, PENDING_SIGN_IN_MS));
    return reply.type("text/html").send(codePage(deps.organisation, csrf));
  });

  server.post("/login/code", async (request, reply) => {
    const form = CodeForm.safeParse(request.body);
    const csrf = newToken();
    reply.setCookie(LOGIN_CSRF_COOKIE, csrf, cookieOptions(request, PENDING_SIGN_IN_MS));
    const token = request.cookies[PENDING_SIGN_IN_COOKIE] ?? "";
    const waiting = await pending.get(token);
    if (!waiting) {
      reply.clearCookie(PENDING_SIGN_IN_COOKIE, { path: "/" });
      return reply.code(401).type("text/html").send(loginPage(deps.organisation, csrf, "/inbox", "Bước nhập mã đã quá 5 phút hoặc chưa bắt đầu. Bạn đăng nhập lại từ đầu nhé."));
    }
    const again = (status: number, error: string) => reply.code(status).type("text/html").send(codePage(deps.organisation, csrf, error));
    if (!form.success) return again(400, "Bạn nhập mã 6 chữ số đang hiện trong ứng dụng xác thực nhé.");
    if (!sameToken(form.data._csrf, request.cookies[LOGIN_CSRF_COOKIE] ?? "")) return again(403, "Biểu mẫu đã cũ. Bạn nhập lại mã nhé.");
    const attempt = { address: request.ip, username: waiting.username };
    const begunAt = Date.now();
    const wait = await codeLimiter.begin(attempt, begunAt);
    if (wait > 0) return again(429, `Nhập sai mã quá nhiều lần. Bạn thử lại sau ${Math.ceil(wait / 60_000)} phút.`);
    if (!(await acceptTwoFactorCode(deps, waiting.userId, form.data.code))) {
      await deps.inbox.audit.record({ id: waiting.userId, name: waiting.displayName }, "two_factor_failed");
      return again(401, "Mã không đúng hoặc đã được dùng. Bạn đợi mã mới hiện trong ứng dụng rồi nhập lại nhé.");
    }
    await codeLimiter.succeed(attempt, begunAt);
    await pending.end(token);
    reply.clearCookie(PENDING_SIGN_IN_COOKIE, { path: "/" });
    return signIn(request, reply, { id: waiting.userId, displayName: waiting.displayName }, waiting.next);
  });

  server.post("/logout", { preHandler: requireStaff("viewer") }, async (request, reply) => {
    const { user } = request.staff!;
    await deps.inbox.staff.endSession(request.staffToken!);
    await deps.inbox.audit.record({ id: user.id, name: user.displayName }, "logout");
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return reply.redirect("/login", 303);
  });

  server.get("/account/password", { preHandler: requireStaff("viewer") }, async (request, reply) => reply.type("text/html").send(passwordPage(deps.organisation, request.staff!, (await deps.forms.take(request))?.flash)));

  server.post("/account/password", { preHandler: requireStaff("viewer") }, async (request, reply) => {
    const session = request.staff!;
    const form = PasswordForm.safeParse(request.body);
    const fail = (text: string) => reply.code(400).type("text/html").send(passwordPage(deps.organisation, session, { kind: "error", text }));
    if (!form.success) return fail(`Mật khẩu mới cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
    if (form.data.password !== form.data.repeat) return fail("Hai lần nhập mật khẩu mới không khớp nhau.");
    if (form.data.password === form.data.current) return fail("Mật khẩu mới cần khác mật khẩu hiện tại.");
    if (!(await deps.inbox.staff.verify(session.user.username, form.data.current))) return fail("Mật khẩu hiện tại không đúng.");
    const password = form.data.password;
    return deps.forms.once(request, reply, "/account/password", async () => {
      await deps.inbox.staff.changePassword(session.user.id, password, request.staffToken);
      await deps.inbox.audit.record({ id: session.user.id, name: session.user.displayName }, "password_changed");
      return { flash: { kind: "ok", text: "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc." } };
    });
  });
}

function passwordPage(organisation: Organisation, session: StaffSession, flash?: Flash): string {
  return page({
    organisation,
    title: "Đổi mật khẩu",
    session,
    ...(flash ? { flash } : {}),
    body: html`<section class="card narrow"><h1>Đổi mật khẩu</h1>
      ${session.user.mustChangePassword ? html`<p class="flash error">Mật khẩu bạn đang dùng do hệ thống tạo hoặc quản trị viên cấp lại. Bạn đặt mật khẩu mới của riêng mình để bắt đầu làm việc.</p>` : ""}
      <form method="post" action="/account/password">${csrfField(session)}
        <div class="field"><label for="current">Mật khẩu hiện tại</label><input id="current" name="current" type="password" autocomplete="current-password" required></div>
        <div class="field"><label for="password">Mật khẩu mới (ít nhất ${MIN_PASSWORD_LENGTH} ký tự)</label><input id="password" name="password" type="password" autocomplete="new-password" required></div>
        <div class="field"><label for="repeat">Nhập lại mật khẩu mới</label><input id="repeat" name="repeat" type="password" autocomplete="new-password" required></div>
        <button class="primary">Đổi mật khẩu</button>
      </form></section>`,
  });
}
