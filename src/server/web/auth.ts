/**
 * Staff authentication for the web inbox: session cookie (httpOnly, SameSite=Lax, Secure over
 * https), CSRF token on every form, a sign-in rate limit, and role checks (viewer < staff < admin).
 * Pages answer an anonymous visitor with a redirect to the sign-in page, forms and APIs with 401,
 * and a role too low with 403.
 */
import type {} from "@fastify/cookie";
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from "fastify";
import type { AuditLog } from "../../inbox/audit-log.js";
import type { Settings } from "../../inbox/settings.js";
import type { Role, StaffAccounts, StaffSession } from "../../inbox/staff-accounts.js";
import { SESSION } from "../../inbox/staff-accounts.js";
import { MemoryFailureWindow, type FailureLimit, type FailureWindow } from "../../core/failure-window.js";
import type { Organisation } from "../../core/organisation.js";
import { messagePage } from "./layout.js";

declare module "fastify" {
  interface FastifyRequest {
    staff?: StaffSession;
    staffToken?: string;
    /** Every account must sign in with two factors and this one has not enrolled yet. */
    mustEnrollTwoFactor?: boolean;
    /** The organisation the web app's pages name (set for every request when the web app runs). */
    organisation: Organisation;
  }
}

export const SESSION_COOKIE = "tldv_staff";
export const LOGIN_CSRF_COOKIE = "tldv_login";
/** The cookie that carries a sign-in's token while it waits for its two-factor code. */
export const PENDING_SIGN_IN_COOKIE = "tldv_2fa";

const RANK: Readonly<Record<Role, number>> = { viewer: 0, staff: 1, admin: 2 };

/**
 * Named defaults of the sign-in rate limit, per 15 minutes: 5 failures per username, and 30 per
 * address (an office behind one address must not be locked out by one person's typos).
 */
export const LOGIN_LIMIT = { perUser: 5, perAddress: 30, windowMs: 15 * 60 * 1000 } as const;

export interface AuthDeps {
  readonly staff: StaffAccounts;
  readonly audit: AuditLog;
  readonly settings: Settings;
}

/** Reads the session cookie (if any) into `request.staff`. Registered for every request. */
export function sessionReader(deps: AuthDeps) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await deps.staff.session(token);
    if (session) {
      request.staff = session;
      request.staffToken = token;
      // Read only for accounts without two factors: the others pay nothing for the setting.
      if (!session.user.twoFactor && (await deps.settings.get("twoFactorRequired"))) request.mustEnrollTwoFactor = true;
    }
  };
}

/** The routes an account that must change its password may use. */
const PASSWORD_CHANGE_ROUTES = new Set(["/account/password", "/logout"]);

/** The routes an account that must enrol in two-factor sign-in may use. */
const TWO_FACTOR_ENROLMENT_ROUTES = new Set(["/account/security", "/account/security/start", "/account/security/confirm", "/logout"]);

/**
 * A route for signed-in staff with at least `role`; forms must carry the session's CSRF token. An
 * account that must change its password is sent to do that first, then one that must enrol in
 * two-factor sign-in to enrol.
 */
export function requireStaff(role: Role): preHandlerAsyncHookHandler {
  return async function (request: FastifyRequest, reply: FastifyReply) {
    const session = request.staff;
    const isForm = request.method !== "GET" && request.method !== "HEAD";
    if (!session) {
      if (isForm || request.url.startsWith("/api/")) return reply.code(401).type("text/html").send(messagePage("Bạn cần đăng nhập", "Phiên đăng nhập đã hết hạn hoặc bạn chưa đăng nhập.", "/login", request));
      return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`);
    }
    // A password someone else saw (generated, reset by an admin) opens only the page that replaces it.
    if (session.user.mustChangePassword && !PASSWORD_CHANGE_ROUTES.has(request.routeOptions.url ?? "")) {
      if (isForm) return reply.code(403).type("text/html").send(messagePage("Cần đổi mật khẩu", "Bạn cần đặt mật khẩu mới trước khi làm việc khác; chưa có gì được thực hiện.", "/account/password", request));
      return reply.redirect("/account/password");
    }
    if (request.mustEnrollTwoFactor && !TWO_FACTOR_ENROLMENT_ROUTES.has(request.routeOptions.url ?? "")) {
      if (isForm) return reply.code(403).type("text/html").send(messagePage("Cần bật xác thực hai bước", "Quản trị viên yêu cầu mọi tài khoản đăng nhập bằng mã xác thực hai bước. Bạn bật xác thực hai bước trước khi làm việc khác; chưa có gì được thực hiện.", "/account/security", request));
      return reply.redirect("/account/security");
    }
    if (RANK[session.user.role] < RANK[role]) {
      return reply.code(403).type("text/html").send(messagePage("Không đủ quyền", "Tài khoản của bạn không có quyền thực hiện thao tác này.", "/inbox", request));
    }
    if (isForm && !sameToken((request.body as Record<string, unknown> | undefined)?._csrf, session.csrfToken)) {
      return reply.code(403).type("text/html").send(messagePage("Biểu mẫu không hợp lệ", "Biểu mẫu đã cũ hoặc không phải gửi từ trang của hệ thống. Bạn tải lại trang rồi thử lại nhé.", "/inbox", request));
    }
  };
}

/** Constant-time comparison of a submitted token with the expected one. */
export function sameToken(submitted: unknown, expected: string): boolean {
  if (typeof submitted !== "string") return false;
  const a = Buffer.from(submitted);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

/** Cookie options: Secure when the request came over https (directly or through a trusted proxy). */
export function cookieOptions(request: FastifyRequest, maxAgeMs: number = SESSION.maxMs) {
  return { path: "/", httpOnly: true, sameSite: "lax" as const, secure: request.protocol === "https", maxAge: Math.floor(maxAgeMs / 1000) };
}

/** Who is signing in: the address the request came from and the username typed. */
export interface LoginAttempt {
  readonly address: string;
  readonly username: string;
}

/**
 * Sign-in attempts per username and per address, forgotten after the window: in memory by default,
 * or in the window given (the inbox's, shared by the instances of a PostgreSQL database). An attempt
 * is counted as a failure before its password is checked, and uncounted if the password was right:
 * checking takes time, and a burst sent in parallel must not have every request checked before the
 * first failure is counted.
 */
export class LoginLimiter {
  constructor(
    private readonly limit: { perUser: number; perAddress: number; windowMs: number } = LOGIN_LIMIT,
    private readonly failures: FailureWindow = new MemoryFailureWindow(limit.windowMs),
  ) {}

  /**
   * Starts an attempt: when allowed, counts it as a failure right away and returns 0; otherwise
   * returns the milliseconds to wait, and the password must not be checked.
   */
  async begin(attempt: LoginAttempt, now = Date.now()): Promise<number> {
    return this.failures.begin(this.limits(attempt), now);
  }

  /**
   * The attempt begun at `begunAt` had the right password: the username's failures are cleared, and
   * the address's count loses that attempt only (others may share the address).
   */
  async succeed(attempt: LoginAttempt, begunAt: number): Promise<void> {
    await this.failures.clear(`user:${attempt.username.toLowerCase()}`);
    await this.failures.uncount(`address:${attempt.address}`, begunAt);
  }

  private limits(attempt: LoginAttempt): FailureLimit[] {
    return [
      { key: `user:${attempt.username.toLowerCase()}`, max: this.limit.perUser },
      { key: `address:${attempt.address}`, max: this.limit.perAddress },
    ];
  }
}
