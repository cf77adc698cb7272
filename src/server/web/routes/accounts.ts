/**
 * Staff accounts (admin only): list, create with a one-time password, change role, disable, reset
 * someone's password. A password shown here is shown once, and its account must replace it at its
 * next sign-in.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { randomPassword } from "../../../core/passwords.js";
import { auditLabel } from "../../../inbox/audit-log.js";
import { isUniqueViolation } from "../../../inbox/database.js";
import { ROLE_LABELS, ROLES } from "../../../inbox/staff-accounts.js";
import { requireStaff } from "../auth.js";
import type { WebRouteDeps } from "../deps.js";
import { formatDateTime } from "../format.js";
import { html } from "../html.js";
import { csrfField, page } from "../layout.js";

const CreateForm = z.object({
  username: z.string().trim().regex(/^[a-z0-9._-]{3,32}$/iu, "Tên đăng nhập 3–32 ký tự: chữ không dấu, số, dấu chấm, gạch."),
  displayName: z.string().trim().min(2, "Họ tên quá ngắn.").max(80),
  role: z.enum(ROLES, "Vai trò không hợp lệ."),
});
const UpdateForm = z.object({ role: z.enum(ROLES).optional(), disabled: z.enum(["0", "1"]).optional() });

export function accountRoutes(server: FastifyInstance, deps: WebRouteDeps): void {
  async function accountsPage(request: FastifyRequest, flash?: { kind: "ok" | "error"; text: string }) {
    const session = request.staff!;
    const users = await deps.inbox.staff.list();
    const audit = await deps.inbox.audit.recent(30);
    const body = html`
      <h1>Tài khoản cán bộ</h1>
      <table class="list"><thead><tr><th>Tên đăng nhập</th><th>Họ tên</th><th>Vai trò</th><th>Đăng nhập gần nhất</th><th>Trạng thái</th></tr></thead><tbody>
      ${users.map((user) => html`<tr>
        <td data-label="Tên đăng nhập">${user.username}</td><td data-label="Họ tên">${user.displayName}</td>
        <td data-label="Vai trò">${user.id === session.user.id ? ROLE_LABELS[user.role] : html`<form method="post" action="/accounts/${user.id}" class="inline">${csrfField(session)}<select name="role" aria-label="Vai trò của ${user.username}">${ROLES.map((role) => html`<option value="${role}" ${role === user.role ? html`selected` : ""}>${ROLE_LABELS[role]}</option>`)}</select> <button class="secondary">Lưu</button></form>`}</td>
        <td data-label="Đăng nhập gần nhất">${user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "chưa"}</td>
        <td data-label="Trạng thái">${user.id === session.user.id ? "Đang dùng" : html`<form method="post" action="/accounts/${user.id}" class="inline">${csrfField(session)}<input type="hidden" name="disabled" value="${user.disabled ? "0" : "1"}"><button class="${user.disabled ? "secondary" : "danger"}">${user.disabled ? "Mở lại" : "Khóa"}</button></form>
          <form method="post" action="/accounts/${user.id}/password" class="inline">${csrfField(session)}<button class="secondary" aria-label="Đặt lại mật khẩu cho ${user.username}">Đặt lại mật khẩu</button></form>`}${user.mustChangePassword ? html`<br><small>Chờ người dùng đổi mật khẩu</small>` : ""}</td>
      </tr>`)}
      </tbody></table>
      <section class="card"><h2>Thêm tài khoản</h2>
        <form method="post" action="/accounts">${csrfField(session)}
          <div class="filters">
            <div><label for="username">Tên đăng nhập</label><input id="username" name="username" required></div>
            <div><label for="displayName">Họ tên</label><input id="displayName" name="displayName" required></div>
            <div><label for="role">Vai trò</label><select id="role" name="role">${ROLES.map((role) => html`<option value="${role}" ${role === "staff" ? html`selected` : ""}>${ROLE_LABELS[role]}</option>`)}</select></div>
            <div class="actions"><button class="primary">Tạo tài khoản</button></div>
          </div>
          <p class="muted">Mật khẩu được tạo ngẫu nhiên và hiện một lần; người dùng phải đặt mật khẩu mới ở lần đăng nhập đầu.</p>
        </form></section>
      <section class="card"><h2>Nhật ký thao tác gần đây</h2><ul>${audit.map((entry) => html`<li>${formatDateTime(entry.createdAt)} · ${entry.actorName ?? "–"} · ${auditLabel(entry.action)}${entry.detail ? ` · ${entry.detail}` : ""}</li>`)}</ul></section>`;
    return page({ title: "Tài khoản", session, active: "accounts", ...(flash ? { flash } : {}), body });
  }

  server.get("/accounts", { preHandler: requireStaff("admin") }, async (request, reply) => reply.type("text/html").send(await accountsPage(request, deps.forms.take(request)?.flash)));

  server.post("/accounts", { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const form = CreateForm.safeParse(request.body);
    if (!form.success) return reply.code(400).type("text/html").send(await accountsPage(request, { kind: "error", text: form.error.issues[0]?.message ?? "Thông tin chưa đúng." }));
    const { username, displayName, role } = form.data;
    return deps.forms.once(request, reply, "/accounts", async () => {
      const password = randomPassword();
      try {
        const user = await deps.inbox.staff.create(username, displayName, password, role, { mustChangePassword: true });
        await deps.inbox.audit.record({ id: session.user.id, name: session.user.displayName }, "account_created", `${user.username} (${ROLE_LABELS[user.role]})`);
        return { flash: { kind: "ok", text: `Đã tạo tài khoản ${user.username}. Mật khẩu lần đầu: ${password} — chỉ hiện một lần, hãy gửi riêng cho người dùng.` } };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        return { flash: { kind: "error", text: "Tên đăng nhập này đã có." } };
      }
    });
  });

  server.post<{ Params: { id: string } }>("/accounts/:id/password", { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const id = Number(request.params.id);
    const target = (await deps.inbox.staff.list()).find((user) => user.id === id);
    // One's own password is changed on /account/password, knowing the current one.
    if (!target || id === session.user.id) return reply.code(400).type("text/html").send(await accountsPage(request, { kind: "error", text: "Không thể đặt lại mật khẩu cho tài khoản này." }));
    return deps.forms.once(request, reply, "/accounts", async () => {
      const password = randomPassword();
      if (!(await deps.inbox.staff.resetPassword(id, password))) return { flash: { kind: "error", text: "Tài khoản này không còn." } };
      await deps.inbox.audit.record({ id: session.user.id, name: session.user.displayName }, "password_reset", target.username);
      return { flash: { kind: "ok", text: `Đã đặt lại mật khẩu cho ${target.username}: ${password} — chỉ hiện một lần, hãy gửi riêng cho người dùng. Các phiên đăng nhập của tài khoản này đã kết thúc; lần đăng nhập tới, người dùng phải đặt mật khẩu mới.` } };
    });
  });

  server.post<{ Params: { id: string } }>("/accounts/:id", { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const id = Number(request.params.id);
    const form = UpdateForm.safeParse(request.body);
    const target = (await deps.inbox.staff.list()).find((user) => user.id === id);
    if (!target || !form.success || id === session.user.id) return reply.code(400).type("text/html").send(await accountsPage(request, { kind: "error", text: "Không thể thay đổi tài khoản này." }));
    const { role, disabled } = form.data;
    return deps.forms.once(request, reply, "/accounts", async () => {
      if (role) await deps.inbox.staff.setRole(id, role);
      if (disabled) await deps.inbox.staff.setDisabled(id, disabled === "1");
      const changes = [...(role ? [`vai trò ${ROLE_LABELS[role]}`] : []), ...(disabled ? [disabled === "1" ? "khóa" : "mở lại"] : [])];
      await deps.inbox.audit.record({ id: session.user.id, name: session.user.displayName }, "account_updated", `${target.username}: ${changes.join(", ") || "không đổi gì"}`);
      return { flash: { kind: "ok", text: "Đã cập nhật tài khoản." } };
    });
  });
}
