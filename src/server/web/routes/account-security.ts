/**
 * One's own account security ("Bảo mật tài khoản"): two-factor sign-in with an authenticator app.
 * Enrolling: start (a new secret, shown as a QR code and as text), scan, confirm with a code — only
 * then does sign-in ask for codes, so a mistyped scan locks nobody out. Turning it off takes the
 * password and a current code. When admins require two factors, an account without them is held
 * on this page until it has enrolled (auth.ts).
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { requireStaff } from "../auth.js";
import type { WebRouteDeps } from "../deps.js";
import type { Flash } from "../forms.js";
import { html, raw, type Html } from "../html.js";
import { csrfField, page } from "../layout.js";
import { acceptTwoFactorCode, codeField } from "../two-factor-code.js";

const PAGE = "/account/security";

const CodeForm = z.object({ code: z.string().trim().min(1).max(20) });
const DisableForm = z.object({ current: z.string().min(1).max(200), code: z.string().trim().min(1).max(20) });

/** The secret in groups of four, as authenticator apps show and people type it. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/gu, "$1 ");
}

export function accountSecurityRoutes(server: FastifyInstance, deps: WebRouteDeps): void {
  async function securityPage(request: FastifyRequest, flash?: Flash): Promise<string> {
    const session = request.staff!;
    const { user } = session;
    const required = await deps.inbox.settings.get("twoFactorRequired");
    const sealed = user.twoFactor ? undefined : await deps.inbox.twoFactor.pendingSecret(user.id);
    const secret = sealed ? deps.totp.open(sealed) : undefined;
    let section: Html;
    if (user.twoFactor) {
      section = html`<p><strong>Đang bật.</strong> Mỗi lần đăng nhập, sau mật khẩu, bạn nhập mã 6 chữ số đang hiện trong ứng dụng xác thực.</p>
        ${required
          ? html`<p class="muted">Quản trị viên yêu cầu mọi tài khoản dùng xác thực hai bước nên bạn không tắt được. Nếu mất điện thoại, bạn nhờ quản trị viên đặt lại.</p>`
          : html`<h3>Tắt xác thực hai bước</h3>
            <form method="post" action="${PAGE}/disable">${csrfField(session)}
              <div class="field"><label for="current">Mật khẩu hiện tại</label><input id="current" name="current" type="password" autocomplete="current-password" required></div>
              ${codeField("Mã 6 chữ số đang hiện trong ứng dụng")}
              <button class="danger">Tắt xác thực hai bước</button>
            </form>`}`;
    } else if (secret) {
      section = html`<ol class="steps">
          <li>Cài một ứng dụng xác thực trên điện thoại (Google Authenticator, Microsoft Authenticator, FreeOTP…).</li>
          <li>Trong ứng dụng, chọn thêm tài khoản rồi quét mã QR này:
            <figure class="qr" role="img" aria-label="Mã QR để thêm tài khoản ${user.username} vào ứng dụng xác thực">${raw(await deps.totp.qrSvg(secret, user.username))}</figure>
            Không quét được thì nhập khóa sau (loại “theo thời gian”): <code class="secret-key">${grouped(secret)}</code></li>
          <li>Nhập mã 6 chữ số ứng dụng hiện ra để hoàn tất:
            <form method="post" action="${PAGE}/confirm">${csrfField(session)}
              ${codeField("Mã 6 chữ số")}
              <button class="primary">Xác nhận và bật</button>
            </form></li>
        </ol>
        <form method="post" action="${PAGE}/start">${csrfField(session)}<button class="secondary">Tạo mã QR mới</button></form>`;
    } else {
      section = html`<p>Khi bật, mỗi lần đăng nhập bạn cần thêm mã 6 chữ số từ ứng dụng xác thực trên điện thoại: người biết mật khẩu của bạn cũng không đăng nhập được nếu không có điện thoại.</p>
        <form method="post" action="${PAGE}/start">${csrfField(session)}<button class="primary">Bắt đầu bật xác thực hai bước</button></form>`;
    }
    return page({
      organisation: deps.organisation,
      title: "Bảo mật tài khoản",
      session,
      ...(flash ? { flash } : {}),
      body: html`<section class="card narrow"><h1>Bảo mật tài khoản</h1>
        ${request.mustEnrollTwoFactor ? html`<p class="flash error">Quản trị viên yêu cầu mọi tài khoản đăng nhập bằng mã xác thực hai bước. Bạn bật xác thực hai bước để bắt đầu làm việc.</p>` : ""}
        <h2>Xác thực hai bước</h2>
        ${section}
        <h2>Mật khẩu</h2>
        <p><a href="/account/password">Đổi mật khẩu</a></p>
      </section>`,
    });
  }

  server.get(PAGE, { preHandler: requireStaff("viewer") }, async (request, reply) => reply.type("text/html").send(await securityPage(request, (await deps.forms.take(request))?.flash)));

  server.post(`${PAGE}/start`, { preHandler: requireStaff("viewer") }, async (request, reply) => {
    const { user } = request.staff!;
    return deps.forms.once(request, reply, PAGE, async () => {
      if (user.twoFactor) return { flash: { kind: "error", text: "Xác thực hai bước đang bật. Muốn dùng điện thoại khác, bạn tắt rồi bật lại." } };
      await deps.inbox.twoFactor.beginEnrolment(user.id, deps.totp.seal(deps.totp.newSecret()));
      return { flash: { kind: "ok", text: "Bạn quét mã QR bằng ứng dụng xác thực rồi nhập mã để hoàn tất." } };
    });
  });

  server.post(`${PAGE}/confirm`, { preHandler: requireStaff("viewer") }, async (request, reply) => {
    const { user } = request.staff!;
    const form = CodeForm.safeParse(request.body);
    if (!form.success) return reply.code(400).type("text/html").send(await securityPage(request, { kind: "error", text: "Bạn nhập mã 6 chữ số ứng dụng hiện ra nhé." }));
    const code = form.data.code;
    return deps.forms.once(request, reply, PAGE, async () => {
      const sealed = await deps.inbox.twoFactor.pendingSecret(user.id);
      const secret = sealed ? deps.totp.open(sealed) : undefined;
      if (!secret) return { flash: { kind: "error", text: "Chưa có mã QR nào chờ xác nhận. Bạn bấm “Bắt đầu bật xác thực hai bước”." } };
      const step = await deps.totp.check(secret, code);
      if (step === undefined) return { flash: { kind: "error", text: "Mã chưa đúng. Bạn kiểm tra đồng hồ của điện thoại và nhập mã đang hiện nhé." } };
      if (!(await deps.inbox.twoFactor.confirmEnrolment(user.id, step))) return { flash: { kind: "error", text: "Mã QR này đã được thay bằng mã khác. Bạn quét mã đang hiện nhé." } };
      await deps.inbox.audit.record({ id: user.id, name: user.displayName }, "two_factor_enabled");
      return { flash: { kind: "ok", text: "Đã bật xác thực hai bước. Từ lần đăng nhập tới, sau mật khẩu bạn nhập mã trong ứng dụng." } };
    });
  });

  server.post(`${PAGE}/disable`, { preHandler: requireStaff("viewer") }, async (request, reply) => {
    const { user } = request.staff!;
    const form = DisableForm.safeParse(request.body);
    if (await deps.inbox.settings.get("twoFactorRequired")) return reply.code(400).type("text/html").send(await securityPage(request, { kind: "error", text: "Quản trị viên yêu cầu mọi tài khoản dùng xác thực hai bước; không tắt được." }));
    if (!form.success) return reply.code(400).type("text/html").send(await securityPage(request, { kind: "error", text: "Bạn nhập mật khẩu hiện tại và mã 6 chữ số nhé." }));
    const { current, code } = form.data;
    return deps.forms.once(request, reply, PAGE, async () => {
      if (!(await deps.inbox.staff.verify(user.username, current))) return { flash: { kind: "error", text: "Mật khẩu hiện tại không đúng; xác thực hai bước vẫn bật." } };
      if (!(await acceptTwoFactorCode(deps, user.id, code))) return { flash: { kind: "error", text: "Mã không đúng hoặc đã được dùng; xác thực hai bước vẫn bật." } };
      await deps.inbox.twoFactor.remove(user.id);
      await deps.inbox.audit.record({ id: user.id, name: user.displayName }, "two_factor_disabled");
      return { flash: { kind: "ok", text: "Đã tắt xác thực hai bước. Từ lần đăng nhập tới, bạn chỉ cần mật khẩu." } };
    });
  });
}
