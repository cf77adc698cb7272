/**
 * Holidays (admins): the days besides weekends that deadlines do not count. Changes are audited and
 * apply to reports filed or corrected from then on, without a restart; deadlines already set stay.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import type { StaffSession } from "../../../inbox/staff-accounts.js";
import { requireStaff } from "../auth.js";
import type { WebRouteDeps } from "../deps.js";
import type { Flash } from "../forms.js";
import { html } from "../html.js";
import { csrfField, page } from "../layout.js";
import { reloadLists } from "../reload-lists.js";

const PAGE = "/holidays";
const NAME_MAX = 100;

/** A date that exists in the calendar (2026-02-30 does not). */
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, "Ngày nghỉ cần có dạng năm-tháng-ngày, ví dụ 2026-09-02.")
  .refine((date) => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date), "Ngày này không có trong lịch.");

const HolidayForm = z.object({
  date: isoDate,
  name: z
    .string()
    .default("")
    .transform((text) => text.normalize("NFC").replace(/\s+/gu, " ").trim())
    .pipe(z.string().max(NAME_MAX, `Tên ngày nghỉ dài quá ${NAME_MAX} ký tự.`)),
});

export function holidayRoutes(server: FastifyInstance, deps: WebRouteDeps): void {
  const lists = deps.inbox.lists;

  async function holidaysPage(reply: FastifyReply, session: StaffSession, options: { flash?: Flash; status?: number } = {}) {
    const holidays = await lists.holidays();
    const body = html`
      <h1>Ngày nghỉ lễ, Tết</h1>
      <p class="muted">Hạn xử lý phản ánh không tính thứ Bảy, Chủ nhật và các ngày dưới đây (phản ánh khẩn tính theo giờ, không hoãn). Ngày thêm hoặc bỏ áp dụng cho phản ánh gửi hoặc sửa lĩnh vực từ nay; hạn của phản ánh đã có giữ nguyên.</p>
      <section class="card"><h2>Thêm ngày nghỉ</h2>
        <form method="post" action="${PAGE}" class="filters">${csrfField(session)}
          <div><label for="holiday-date">Ngày</label><input id="holiday-date" name="date" type="date" required></div>
          <div class="wide"><label for="holiday-name">Tên (không bắt buộc)</label><input id="holiday-name" name="name" maxlength="${NAME_MAX}" placeholder="Quốc khánh"></div>
          <div><button class="primary">Thêm ngày nghỉ</button></div>
        </form></section>
      ${holidays.length === 0
        ? html`<p class="card">Chưa có ngày nghỉ nào.</p>`
        : html`<table class="list"><caption>${holidays.length} ngày nghỉ</caption><thead><tr><th>Ngày</th><th>Tên</th><th>Thao tác</th></tr></thead><tbody>
          ${holidays.map((holiday) => html`<tr><td data-label="Ngày">${vietnameseDate(holiday.date)}</td><td data-label="Tên">${holiday.name || html`<span class="muted">Không</span>`}</td>
            <td data-label="Thao tác"><form method="post" action="${PAGE}/${holiday.date}/delete" class="inline">${csrfField(session)}<button class="danger" aria-label="Bỏ ngày nghỉ ${vietnameseDate(holiday.date)}">Bỏ</button></form></td></tr>`)}
        </tbody></table>`}`;
    return reply
      .code(options.status ?? 200)
      .type("text/html")
      .send(page({ organisation: deps.organisation, title: "Ngày nghỉ", session, active: "holidays", ...(options.flash ? { flash: options.flash } : {}), body }));
  }

  const actor = (session: StaffSession) => ({ id: session.user.id, name: session.user.displayName });

  server.get(PAGE, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const flash = (await deps.forms.take(request))?.flash;
    return holidaysPage(reply, request.staff!, flash ? { flash } : {});
  });

  server.post(PAGE, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const form = HolidayForm.safeParse(request.body);
    if (!form.success) return holidaysPage(reply, session, { flash: { kind: "error", text: form.error.issues[0]?.message ?? "Ngày nghỉ chưa đúng." }, status: 400 });
    const holiday = form.data;
    return deps.forms.once(request, reply, PAGE, async () => {
      await lists.putHoliday(holiday);
      await reloadLists(deps);
      await deps.inbox.audit.record(actor(session), "holiday_added", `${vietnameseDate(holiday.date)}${holiday.name ? ` (${holiday.name})` : ""}`);
      return { flash: { kind: "ok", text: `Đã thêm ngày nghỉ ${vietnameseDate(holiday.date)}.` } };
    });
  });

  server.post<{ Params: { date: string } }>(`${PAGE}/:date/delete`, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const date = isoDate.safeParse(request.params.date);
    if (!date.success) return holidaysPage(reply, session, { flash: { kind: "error", text: "Không có ngày nghỉ này." }, status: 404 });
    return deps.forms.once(request, reply, PAGE, async () => {
      if (!(await lists.removeHoliday(date.data))) return { flash: { kind: "error", text: `Ngày ${vietnameseDate(date.data)} không có trong danh sách ngày nghỉ.` } };
      await reloadLists(deps);
      await deps.inbox.audit.record(actor(session), "holiday_removed", vietnameseDate(date.data));
      return { flash: { kind: "ok", text: `Đã bỏ ngày nghỉ ${vietnameseDate(date.data)}.` } };
    });
  });
}

/** 2026-09-02 → "02/09/2026", as dates are written in Vietnamese. */
function vietnameseDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
