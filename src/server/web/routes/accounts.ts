/**
 * Staff accounts (admin only): list, create with a one-time password, change role, disable, reset
 * someone's password, make an account one of a unit's. A password shown here is shown once, and its account must replace it at its
 * next sign-in.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { randomPassword } from "../../../core/passwords.js";
import { auditLabel } from "../../../inbox/audit-log.js";
import { isUniqueViolation } from "../../../inbox/database.js";
import { ROLE_LABELS, ROLES, type StaffSession, type StaffUser } from "../../../inbox/staff-accounts.js";
import type { UnitRow } from "../../../inbox/units.js";
import { requireStaff } from "../auth.js";
import type { WebRouteDeps } from "../deps.js";
import { formatDateTime } from "../format.js";
import { html, type Html } from "../html.js";
import { csrfField, page } from "../layout.js";

const CreateForm = z.object({
  username: z.string().trim().regex(/^[a-z0-9._-]{3,32}$/iu, "Tên đăng nhập 3–32 ký tự: chữ không dấu, số, dấu chấm, gạch."),
  displayName: z.string().trim().min(2, "Họ tên quá ngắn.").max(80),
  role: z.enum(ROLES, "Vai trò không hợp lệ."),
});
/** `unit`: a unit's code, or "" for the whole commission. */
const UpdateForm = z.object({ role: z.enum(ROLES).optional(), disabled: z.enum(["0", "1"]).optional(), unit: z.string().max(20).optional() });

/** An admin acts for the whole commission: an account with a unit cannot be one. */
const ADMIN_WITH_UNIT = "Tài khoản quản trị làm việc cho cả Ban, không thuộc riêng đơn vị nào: bỏ đơn vị trước, hoặc chọn vai trò khác.";

export function accountRoutes(server: FastifyInstance, deps: WebRouteDeps): void {
  async function accountsPage(request: FastifyRequest, flash?: { kind: "ok" | "error"; text: string }) {
    const session = request.staff!;
    const [users, audit, units] = await Promise.all([deps.inbox.staff.list(), deps.inbox.audit.recent(30), deps.inbox.units.active()]);
    const body = html`
      <h1>Tài khoản cán bộ</h1>
      <p><a href="/accounts/two-factor">Xác thực hai bước của các tài khoản</a></p>
      <table class="list"><thead><tr><th>Tên đăng nhập</th><th>Họ tên</th><th>Vai trò</th><th>Đơn vị</th><th>Đăng nhập gần nhất</th><th>Trạng thái</th></tr></thead><tbody>
      ${users.map((user) => html`<tr>
        <td data-label="Tên đăng nhập">${user.username}</td><td data-label="Họ tên">${user.displayName}</td>
        <td data-label="Vai trò">${user.id === session.user.id ? ROLE_LABELS[user.role] : html`<form method="post" action="/accounts/${user.id}" class="inline">${csrfField(session)}<select name="role" aria-label="Vai trò của ${user.username}">${ROLES.map((role) => html`<option value="${role}" ${role === user.role ? html`selected` : ""}>${ROLE_LABELS[role]}</option>`)}</select> <button class="secondary">Lưu</button></form>`}</td>
        <td data-label="Đơn vị">${user.id === session.user.id ? (user.unit?.name ?? "Cả Ban") : unitForm(session, user, units)}</td>
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
    return page({ organisation: deps.organisation, title: "Tài khoản", session, active: "accounts", ...(flash ? { flash } : {}), body });
  }

  server.get("/accounts", { preHandler: requireStaff("admin") }, async (request, reply) => reply.type("text/html").send(await accountsPage(request, (await deps.forms.take(request))?.flash)));

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
    const unit = form.data.unit ? await deps.inbox.units.byCode(form.data.unit) : form.data.unit === "" ? null : undefined;
    if (unit === undefined && form.data.unit) return reply.code(400).type("text/html").send(await accountsPage(request, { kind: "error", text: "Đơn vị không có trong danh sách." }));
    if ((role ?? target.role) === "admin" && (unit === undefined ? target.unit : unit)) return reply.code(400).type("text/html").send(await accountsPage(request, { kind: "error", text: ADMIN_WITH_UNIT }));
    return deps.forms.once(request, reply, "/accounts", async () => {
      if (role) await deps.inbox.staff.setRole(id, role);
      if (disabled) await deps.inbox.staff.setDisabled(id, disabled === "1");
      if (unit !== undefined) await deps.inbox.staff.setUnit(id, unit?.id ?? null);
      const changes = [
        ...(role ? [`vai trò ${ROLE_LABELS[role]}`] : []),
        ...(disabled ? [disabled === "1" ? "khóa" : "mở lại"] : []),
        ...(unit !== undefined ? [`đơn vị ${unit?.name ?? "cả Ban"}`] : []),
      ];
      await deps.inbox.audit.record({ id: session.user.id, name: session.user.displayName }, "account_updated", `${target.username}: ${changes.join(", ") || "không đổi gì"}`);
      return { flash: { kind: "ok", text: "Đã cập nhật tài khoản." } };
    });
  });
}

/** Which unit an account belongs to: "Cả Ban" (every report) or one unit (its reports only). */
function unitForm(session: StaffSession, user: StaffUser, units: readonly UnitRow[]): Html {
  return html`<form method="post" action="/accounts/${user.id}" class="inline">${csrfField(session)}<select name="unit" aria-label="Đơn vị của ${user.username}">
    <option value="">Cả Ban (mọi phản ánh)</option>${units.map((unit) => html`<option value="${unit.code}" ${unit.id === user.unit?.id ? html`selected` : ""}>${unit.name}</option>`)}
  </select> <button class="secondary">Lưu</button></form>`;
}
