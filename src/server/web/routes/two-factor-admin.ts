/**
 * Two-factor sign-in of all accounts (admin only): who has it, whether every account must have it,
 * and a reset for an account that lost its phone (it then signs in with its password alone, or
 * enrols again at once when two factors are required). Each change is in the audit trail.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { ROLE_LABELS } from "../../../inbox/staff-accounts.js";
import { requireStaff } from "../auth.js";
import type { WebRouteDeps } from "../deps.js";
import type { Flash } from "../forms.js";
import { html } from "../html.js";
import { csrfField, page } from "../layout.js";

const PAGE = "/accounts/two-factor";

const PolicyForm = z.object({ required: z.enum(["0", "1"]) });

export function twoFactorAdminRoutes(server: FastifyInstance, deps: WebRouteDeps): void {
  async function adminPage(request: FastifyRequest, flash?: Flash): Promise<string> {
    const session = request.staff!;
    const required = await deps.inbox.settings.get("twoFactorRequired");
    const users = (await deps.inbox.staff.list()).filter((user) => !user.disabled);
    const without = users.filter((user) => !user.twoFactor).length;
    const body = html`
      <h1>Xác thực hai bước</h1>
      <p><a href="/accounts">← Tài khoản cán bộ</a></p>
      <section class="card"><h2>Yêu cầu cho mọi tài khoản</h2>
        ${required
          ? html`<p><strong>Đang bắt buộc.</strong> Tài khoản chưa bật xác thực hai bước phải bật ngay sau khi nhập mật khẩu, và chưa làm được việc gì khác trước khi bật.</p>`
          : html`<p><strong>Không bắt buộc.</strong> Mỗi người tự chọn bật ở trang Bảo mật tài khoản. ${without > 0 ? `Nếu bắt buộc, ${without} tài khoản đang hoạt động chưa bật sẽ phải bật ngay ở lần dùng tới.` : "Mọi tài khoản đang hoạt động đã bật."}</p>`}
        <form method="post" action="${PAGE}/policy">${csrfField(session)}<input type="hidden" name="required" value="${required ? "0" : "1"}">
          <button class="${required ? "secondary" : "primary"}">${required ? "Thôi bắt buộc" : "Bắt buộc cho mọi tài khoản"}</button></form>
      </section>
      <table class="list"><thead><tr><th>Tên đăng nhập</th><th>Họ tên</th><th>Vai trò</th><th>Xác thực hai bước</th></tr></thead><tbody>
      ${users.map((user) => html`<tr>
        <td data-label="Tên đăng nhập">${user.username}</td><td data-label="Họ tên">${user.displayName}</td><td data-label="Vai trò">${ROLE_LABELS[user.role]}</td>
        <td data-label="Xác thực hai bước">${user.twoFactor ? "Đã bật" : "Chưa bật"}${user.twoFactor && user.id !== session.user.id
          ? html` <form method="post" action="/accounts/${user.id}/two-factor/reset" class="inline">${csrfField(session)}<button class="danger" aria-label="Đặt lại xác thực hai bước cho ${user.username}">Đặt lại</button></form>`
          : ""}</td>
      </tr>`)}
      </tbody></table>
      <p class="muted">Đặt lại khi người dùng mất hoặc đổi điện thoại: tài khoản đó đăng nhập lại chỉ bằng mật khẩu (hoặc phải bật lại ngay nếu đang bắt buộc). Tài khoản của bạn, bạn tự tắt hoặc bật ở <a href="/account/security">Bảo mật tài khoản</a>.</p>`;
    return page({ organisation: deps.organisation, title: "Xác thực hai bước", session, active: "accounts", ...(flash ? { flash } : {}), body });
  }

  server.get(PAGE, { preHandler: requireStaff("admin") }, async (request, reply) => reply.type("text/html").send(await adminPage(request, (await deps.forms.take(request))?.flash)));

  server.post(`${PAGE}/policy`, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const form = PolicyForm.safeParse(request.body);
    if (!form.success) return reply.code(400).type("text/html").send(await adminPage(request, { kind: "error", text: "Lựa chọn không hợp lệ." }));
    const required = form.data.required === "1";
    return deps.forms.once(request, reply, PAGE, async () => {
      // An admin without two factors would be held on the enrolment page by their own choice.
      if (required && !session.user.twoFactor) return { flash: { kind: "error", text: "Bạn bật xác thực hai bước cho tài khoản của mình trước (trang Bảo mật tài khoản), rồi mới bắt buộc cho mọi tài khoản." } };
      await deps.inbox.settings.set("twoFactorRequired", required, session.user.displayName);
      await deps.inbox.audit.record({ id: session.user.id, name: session.user.displayName }, "two_factor_policy", required ? "bắt buộc cho mọi tài khoản" : "không bắt buộc");
      return { flash: { kind: "ok", text: required ? "Từ nay mọi tài khoản phải đăng nhập bằng mã xác thực hai bước." : "Xác thực hai bước không còn bắt buộc." } };
    });
  });

  server.post<{ Params: { id: string } }>("/accounts/:id/two-factor/reset", { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const id = Number(request.params.id);
    const target = (await deps.inbox.staff.list()).find((user) => user.id === id);
    // One's own is turned off on /account/security, with the password and a code.
    if (!target || id === session.user.id) return reply.code(400).type("text/html").send(await adminPage(request, { kind: "error", text: "Không thể đặt lại xác thực hai bước cho tài khoản này." }));
    return deps.forms.once(request, reply, PAGE, async () => {
      if (!(await deps.inbox.twoFactor.remove(id))) return { flash: { kind: "error", text: "Tài khoản này không còn." } };
      await deps.inbox.audit.record({ id: session.user.id, name: session.user.displayName }, "two_factor_reset", target.username);
      return { flash: { kind: "ok", text: `Đã đặt lại xác thực hai bước cho ${target.username}. Người dùng đăng nhập bằng mật khẩu rồi bật lại ở trang Bảo mật tài khoản.` } };
    });
  });
}
