/**
 * Keys of the Open311 API (admin only): issue a named key to another application, see when each was
 * last used and how many requests it filed, revoke one. A key is shown once, on the page the issuing
 * form leads to; only its hash is stored (src/inbox/open311-keys.ts). Issuing and revoking are in the
 * audit trail.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { KEY_NAME_LIMITS, Open311Keys } from "../../../inbox/open311-keys.js";
import { requireStaff } from "../auth.js";
import type { WebRouteDeps } from "../deps.js";
import { formatDateTime } from "../format.js";
import type { Flash } from "../forms.js";
import { html } from "../html.js";
import { csrfField, page } from "../layout.js";
import { OPEN311_BASE } from "./open311.js";

/** Where the page is. */
export const OPEN311_KEYS_PAGE = "/open311-keys";

const IssueForm = z.object({
  name: z.string().trim().min(KEY_NAME_LIMITS.min, `Tên khóa cần ít nhất ${KEY_NAME_LIMITS.min} ký tự.`).max(KEY_NAME_LIMITS.max, `Tên khóa tối đa ${KEY_NAME_LIMITS.max} ký tự.`),
});

/** The keys page and its two forms (issue, revoke). */
export function open311KeyRoutes(server: FastifyInstance, deps: WebRouteDeps): void {
  const keys = new Open311Keys(deps.inbox.db);

  async function keysPage(request: FastifyRequest, flash?: Flash): Promise<string> {
    const session = request.staff!;
    const list = await keys.list();
    const body = html`
      <h1>Khóa API Open311</h1>
      <p>Ứng dụng khác (cổng dịch vụ công, ứng dụng đô thị thông minh…) gửi phản ánh qua <code>POST ${OPEN311_BASE}/requests.json</code> theo chuẩn GeoReport v2, kèm một khóa cấp ở đây. Khóa chỉ hiện một lần khi cấp; hệ thống chỉ lưu mã băm của khóa.</p>
      ${list.length
        ? html`<table class="list"><thead><tr><th>Tên</th><th>Cấp lúc</th><th>Lần dùng gần nhất</th><th>Số phản ánh đã gửi</th><th>Trạng thái</th></tr></thead><tbody>
        ${list.map((key) => html`<tr>
          <td data-label="Tên">${key.name}</td>
          <td data-label="Cấp lúc">${formatDateTime(key.createdAt)}${key.createdByName ? html`<br><small>bởi ${key.createdByName}</small>` : ""}</td>
          <td data-label="Lần dùng gần nhất">${key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "chưa dùng"}</td>
          <td data-label="Số phản ánh đã gửi">${key.requestCount}</td>
          <td data-label="Trạng thái">${key.revokedAt
            ? `Đã thu hồi lúc ${formatDateTime(key.revokedAt)}`
            : html`<form method="post" action="${OPEN311_KEYS_PAGE}/${key.id}/revoke" class="inline">${csrfField(session)}<button class="danger" aria-label="Thu hồi khóa ${key.name}">Thu hồi</button></form>`}</td>
        </tr>`)}
        </tbody></table>`
        : html`<p class="muted">Chưa cấp khóa nào.</p>`}
      <section class="card"><h2>Cấp khóa mới</h2>
        <form method="post" action="${OPEN311_KEYS_PAGE}">${csrfField(session)}
          <div class="filters">
            <div><label for="key-name">Tên ứng dụng dùng khóa</label><input id="key-name" name="name" required minlength="${KEY_NAME_LIMITS.min}" maxlength="${KEY_NAME_LIMITS.max}"></div>
            <div class="actions"><button class="primary">Cấp khóa</button></div>
          </div>
        </form></section>`;
    return page({ organisation: deps.organisation, title: "Khóa API Open311", session, active: "open311-keys", ...(flash ? { flash } : {}), body });
  }

  server.get(OPEN311_KEYS_PAGE, { preHandler: requireStaff("admin") }, async (request, reply) => reply.type("text/html").send(await keysPage(request, (await deps.forms.take(request))?.flash)));

  server.post(OPEN311_KEYS_PAGE, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const form = IssueForm.safeParse(request.body);
    if (!form.success) return reply.code(400).type("text/html").send(await keysPage(request, { kind: "error", text: form.error.issues[0]?.message ?? "Tên khóa chưa đúng." }));
    return deps.forms.once(request, reply, OPEN311_KEYS_PAGE, async () => {
      const issuer = { id: session.user.id, name: session.user.displayName };
      const { key, info } = await keys.issue(form.data.name, issuer);
      await deps.inbox.audit.record(issuer, "open311_key_created", info.name);
      return { flash: { kind: "ok", text: `Đã cấp khóa cho “${info.name}”: ${key} — chỉ hiện một lần, hãy chép và gửi riêng cho đơn vị quản lý ứng dụng.` } };
    });
  });

  server.post<{ Params: { id: string } }>(`${OPEN311_KEYS_PAGE}/:id/revoke`, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const id = Number(request.params.id);
    if (!Number.isSafeInteger(id)) return reply.code(404).type("text/html").send(await keysPage(request, { kind: "error", text: "Không có khóa này." }));
    return deps.forms.once(request, reply, OPEN311_KEYS_PAGE, async () => {
      const name = await keys.revoke(id);
      if (name === undefined) return { flash: { kind: "error", text: "Không có khóa này, hoặc khóa đã được thu hồi." } };
      await deps.inbox.audit.record({ id: session.user.id, name: session.user.displayName }, "open311_key_revoked", name);
      return { flash: { kind: "ok", text: `Đã thu hồi khóa “${name}”: ứng dụng dùng khóa này không gửi được phản ánh nữa.` } };
    });
  });
}
