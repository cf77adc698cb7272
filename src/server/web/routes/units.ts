/**
 * The units list (admin only): add a unit, rename it, set or clear its Telegram group, deactivate or
 * activate it, delete one nothing refers to. Changes are audited and take effect at once: every page
 * and button reads the list from the database.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { UnitInput, UnitListing, UnitRemoval } from "../../../inbox/units.js";
import { requireStaff } from "../auth.js";
import type { WebRouteDeps } from "../deps.js";
import type { Flash } from "../forms.js";
import { html, type Html } from "../html.js";
import { csrfField, page } from "../layout.js";

const PAGE = "/units";

/** A Telegram group's id ("-1001234567890") or a public group's name ("@ten_nhom"); empty: no group. */
const TelegramChat = z
  .string()
  .trim()
  .regex(/^$|^-?\d{5,20}$|^@[A-Za-z][A-Za-z0-9_]{4,31}$/u, "Mã nhóm Telegram là một số (nhóm riêng, dạng -1001234567890) hoặc tên nhóm công khai (dạng @ten_nhom); để trống nếu đơn vị chưa có nhóm.")
  .transform((value) => value || null);

const UnitFields = z.object({
  name: z.string().trim().min(2, "Tên đơn vị quá ngắn.").max(120, "Tên đơn vị dài quá 120 ký tự."),
  telegramChatId: TelegramChat.default(""),
});
const AddForm = UnitFields.extend({
  code: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{1,19}$/u, "Mã đơn vị 2–20 ký tự: chữ thường không dấu, số, gạch ngang (dùng trong nút bấm, không đổi được)."),
});
const ActiveForm = z.object({ active: z.enum(["0", "1"]) });

const REMOVAL_REFUSALS: Readonly<Record<Exclude<UnitRemoval, { ok: true }>["reason"], (count: number) => string>> = {
  unknown: () => "Đơn vị này không còn.",
  "open-reports": (count) => `Không xóa được: đơn vị còn ${count} phản ánh đang xử lý. Hãy chuyển các phản ánh đó sang đơn vị khác trước.`,
  reports: (count) => `Không xóa được: ${count} phản ánh đã xử lý xong vẫn ghi tên đơn vị này. Hãy bấm “Ngừng hoạt động” để đơn vị không còn được chọn mà lịch sử vẫn giữ tên.`,
  accounts: (count) => `Không xóa được: ${count} tài khoản cán bộ thuộc đơn vị này. Hãy đổi đơn vị của các tài khoản đó ở trang Tài khoản trước.`,
};

export function unitRoutes(server: FastifyInstance, deps: WebRouteDeps): void {
  const admin = { preHandler: requireStaff("admin") };
  const actorOf = (request: FastifyRequest) => ({ id: request.staff!.user.id, name: request.staff!.user.displayName });
  const refuse = async (request: FastifyRequest, text: string) => unitsPage(request, { kind: "error", text });

  async function unitsPage(request: FastifyRequest, flash?: Flash): Promise<string> {
    const session = request.staff!;
    const units = await deps.inbox.units.listing();
    // A group set while the bot is off would wait for cards that never come: say so where it is set.
    const groupsIdle = !deps.channelsOn?.includes("telegram") && units.some((unit) => unit.telegramChatId !== null);
    const body = html`
      <h1>Đơn vị xử lý</h1>
      <p class="muted">Các đơn vị cán bộ chuyển phản ánh đến. Đơn vị có nhóm Telegram nhận thẻ phản ánh mỗi khi có phản ánh được chuyển đến (cần thêm bot của Trợ lý Dân vận vào nhóm đó). Thay đổi có hiệu lực ngay.</p>
      ${groupsIdle ? html`<p class="flash error" id="telegram-off">Máy chủ chưa bật bot Telegram (chưa đặt TELEGRAM_BOT_TOKEN) nên các nhóm Telegram dưới đây chưa nhận được thẻ phản ánh; báo quản trị hệ thống. Phản ánh vẫn được chuyển đến đơn vị trên trang web.</p>` : ""}
      <table class="list" id="units"><thead><tr><th>Mã</th><th>Tên đơn vị và nhóm Telegram</th><th>Đang dùng</th><th>Trạng thái</th></tr></thead><tbody>
      ${units.map((unit) => unitRow(session, unit))}
      </tbody></table>
      <section class="card"><h2>Thêm đơn vị</h2>
        <form method="post" action="${PAGE}">${csrfField(session)}
          <div class="filters">
            <div><label for="code">Mã đơn vị</label><input id="code" name="code" required maxlength="20" placeholder="vd: ubnd-tam-ky"></div>
            <div class="wide"><label for="name">Tên đơn vị</label><input id="name" name="name" required maxlength="120"></div>
            <div><label for="telegramChatId">Nhóm Telegram (không bắt buộc)</label><input id="telegramChatId" name="telegramChatId" maxlength="40" placeholder="-1001234567890"></div>
            <div class="actions"><button class="primary">Thêm đơn vị</button></div>
          </div>
        </form></section>`;
    return page({ organisation: deps.organisation, title: "Đơn vị xử lý", session, active: "units", ...(flash ? { flash } : {}), body });
  }

  server.get(PAGE, admin, async (request, reply) => reply.type("text/html").send(await unitsPage(request, (await deps.forms.take(request))?.flash)));

  server.post(PAGE, admin, async (request, reply) => {
    const form = AddForm.safeParse(request.body);
    if (!form.success) return reply.code(400).type("text/html").send(await refuse(request, form.error.issues[0]?.message ?? "Thông tin chưa đúng."));
    const { code, ...input } = form.data;
    return deps.forms.once(request, reply, PAGE, async () => {
      const unit = await deps.inbox.units.add(code, input);
      if (!unit) return { flash: { kind: "error", text: `Mã đơn vị “${code}” đã có; chọn mã khác.` } };
      await deps.inbox.audit.record(actorOf(request), "unit_created", describe(unit.code, input));
      return { flash: { kind: "ok", text: `Đã thêm đơn vị ${unit.name}.` } };
    });
  });

  server.post<{ Params: { id: string } }>(`${PAGE}/:id`, admin, async (request, reply) => {
    const id = Number(request.params.id);
    const form = UnitFields.safeParse(request.body);
    if (!form.success) return reply.code(400).type("text/html").send(await refuse(request, form.error.issues[0]?.message ?? "Thông tin chưa đúng."));
    const input: UnitInput = form.data;
    return deps.forms.once(request, reply, PAGE, async () => {
      const unit = Number.isSafeInteger(id) ? await deps.inbox.units.update(id, input) : undefined;
      if (!unit) return { flash: { kind: "error", text: "Đơn vị này không còn." } };
      await deps.inbox.audit.record(actorOf(request), "unit_updated", describe(unit.code, input));
      return { flash: { kind: "ok", text: `Đã lưu đơn vị ${unit.name}.` } };
    });
  });

  server.post<{ Params: { id: string } }>(`${PAGE}/:id/active`, admin, async (request, reply) => {
    const id = Number(request.params.id);
    const form = ActiveForm.safeParse(request.body);
    if (!form.success) return reply.code(400).type("text/html").send(await refuse(request, "Thao tác không hợp lệ."));
    const active = form.data.active === "1";
    return deps.forms.once(request, reply, PAGE, async () => {
      const unit = Number.isSafeInteger(id) ? await deps.inbox.units.setActive(id, active) : undefined;
      if (!unit) return { flash: { kind: "error", text: "Đơn vị này không còn." } };
      await deps.inbox.audit.record(actorOf(request), "unit_updated", `${unit.code}: ${active ? "hoạt động trở lại" : "ngừng hoạt động"}`);
      return { flash: { kind: "ok", text: active ? `Đơn vị ${unit.name} hoạt động trở lại.` : `Đơn vị ${unit.name} đã ngừng hoạt động: không còn được chọn khi chuyển phản ánh.` } };
    });
  });

  server.post<{ Params: { id: string } }>(`${PAGE}/:id/delete`, admin, async (request, reply) => {
    const id = Number(request.params.id);
    return deps.forms.once(request, reply, PAGE, async () => {
      const removal: UnitRemoval = Number.isSafeInteger(id) ? await deps.inbox.units.remove(id) : { ok: false, reason: "unknown" };
      if (!removal.ok) return { flash: { kind: "error", text: REMOVAL_REFUSALS[removal.reason]("count" in removal ? removal.count : 0) } };
      await deps.inbox.audit.record(actorOf(request), "unit_deleted", `${removal.unit.code} (${removal.unit.name})`);
      return { flash: { kind: "ok", text: `Đã xóa đơn vị ${removal.unit.name}.` } };
    });
  });
}

/** What the audit trail says of a unit's fields. */
function describe(code: string, input: UnitInput): string {
  return `${code}: ${input.name}; nhóm Telegram ${input.telegramChatId ?? "không có"}`;
}

function unitRow(session: Parameters<typeof csrfField>[0], unit: UnitListing): Html {
  const uses = [unit.openReports ? `${unit.openReports} phản ánh đang xử lý` : "", unit.reports - unit.openReports ? `${unit.reports - unit.openReports} phản ánh đã xong` : "", unit.accounts ? `${unit.accounts} tài khoản` : ""].filter(Boolean);
  return html`<tr data-code="${unit.code}" class="${unit.active ? "" : "inactive"}">
    <td data-label="Mã"><code>${unit.code}</code></td>
    <td data-label="Tên đơn vị và nhóm Telegram"><form method="post" action="${PAGE}/${unit.id}" class="inline unit-fields">${csrfField(session)}
      <input name="name" value="${unit.name}" required maxlength="120" aria-label="Tên của đơn vị ${unit.code}">
      <input name="telegramChatId" value="${unit.telegramChatId ?? ""}" maxlength="40" placeholder="Nhóm Telegram (không có)" aria-label="Nhóm Telegram của đơn vị ${unit.code}">
      <button class="secondary">Lưu</button></form></td>
    <td data-label="Đang dùng">${uses.length ? uses.join("; ") : "Chưa dùng"}</td>
    <td data-label="Trạng thái">${unit.active ? "Đang hoạt động" : "Ngừng hoạt động"}
      <form method="post" action="${PAGE}/${unit.id}/active" class="inline">${csrfField(session)}<input type="hidden" name="active" value="${unit.active ? "0" : "1"}"><button class="secondary" aria-label="${unit.active ? "Ngừng hoạt động" : "Hoạt động trở lại"}: ${unit.code}">${unit.active ? "Ngừng hoạt động" : "Hoạt động trở lại"}</button></form>
      <form method="post" action="${PAGE}/${unit.id}/delete" class="inline">${csrfField(session)}<button class="danger" aria-label="Xóa đơn vị ${unit.code}">Xóa</button></form></td>
  </tr>`;
}
