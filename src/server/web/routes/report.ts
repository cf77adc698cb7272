/**
 * One report: the whole thread with delivery states, attachments, the masked contact (revealing it is
 * recorded), linked resolution sections, duplicate candidates, and the staff's actions.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Channel } from "../../../core/messages.js";
import { maskPersonalData } from "../../../core/privacy.js";
import { truncate } from "../../../core/text.js";
import { topicLabelOf, type ReferenceData } from "../../../feedback/reference-data.js";
import { canChange, isOpen, isStatus, STATUS_LABELS, STATUSES, type Status } from "../../../feedback/status.js";
import type { ReplyTemplate } from "../../../inbox/reply-templates.js";
import type { ChangeResult, ReportWithTrail } from "../../../inbox/reports.js";
import { parseTrackingCode } from "../../../inbox/reports.js";
import type { StaffSession } from "../../../inbox/staff-accounts.js";
import { OPEN_STATUSES } from "../../../inbox/report-queries.js";
import { attachmentItem } from "../attachment-view.js";
import { requireStaff } from "../auth.js";
import { correctionForm } from "../correction-form.js";
import { publishForm } from "../publish-form.js";
import { templatePicker } from "../reply-template-picker.js";
import type { WebDeps, WebRouteDeps } from "../deps.js";
import { channelLabel, formatDateTime, formatDue, statusBadge } from "../format.js";
import type { Flash } from "../forms.js";
import { html, type Html } from "../html.js";
import { csrfField, page } from "../layout.js";
import { reportNotFound, scopeOf } from "../report-scope.js";

const EVENT_LABELS: Record<string, string> = {
  created: "Gửi phản ánh",
  status: "Đổi trạng thái",
  reply: "Trả lời người phản ánh",
  note: "Ghi chú nội bộ",
  info_added: "Người phản ánh bổ sung",
  rating: "Người phản ánh đánh giá",
  merged: "Gộp phản ánh trùng vào đây",
  contact_revealed: "Xem thông tin liên hệ",
  corrected: "Sửa phân loại",
  published: "Công khai kết quả",
  unpublished: "Thôi công khai kết quả",
  assign: "Chuyển sang đơn vị khác",
  reminder: "Nhắc đơn vị xử lý",
};

const DELIVERY_LABELS: Record<string, string> = { pending: "đang chờ gửi", sending: "đang gửi", sent: "đã gửi", failed: "gửi lỗi, sẽ thử lại", undeliverable: "không gửi được", unconfirmed: "không rõ đã tới chưa" };

const StatusForm = z.object({ status: z.string().refine(isStatus), note: z.string().max(2000).optional() });
const UnitForm = z.object({ unit: z.string().min(1).max(20), reason: z.string().max(500).optional() });
const TextForm = z.object({ text: z.string().trim().min(1, "Nội dung không được để trống.").max(4000, "Nội dung dài quá 4.000 ký tự.") });
const MergeForm = z.object({ original: z.string().max(40) });
const RemindForm = z.object({ note: z.string().max(500).optional() });

export function reportRoutes(server: FastifyInstance, deps: WebRouteDeps): void {
  const actorOf = (session: StaffSession) => ({ type: "staff" as const, id: `web:${session.user.id}`, name: session.user.displayName });

  async function show(reply: FastifyReply, session: StaffSession, code: string, options: { flash?: Flash; revealed?: boolean; status?: number } = {}) {
    const report = await deps.inbox.reports.findByCode(code);
    if (!report) return reportNotFound(reply, code);
    return reply
      .code(options.status ?? 200)
      .type("text/html")
      .send(await reportPage(deps, session, report, options.revealed ?? false, options.flash));
  }

  /** Runs an action once for its form's key, then sends the browser to the report with how it went. */
  async function act(request: FastifyRequest, reply: FastifyReply, code: string, run: () => Promise<ChangeResult>, done: string) {
    return deps.forms.once(request, reply, `/inbox/${encodeURIComponent(code)}`, async () => {
      const result = await run();
      if (result.ok) return { flash: { kind: "ok", text: done } };
      const reasons = {
        unknown: "Không tìm thấy phản ánh (hoặc phản ánh gốc).",
        "not-allowed": "Không thể chuyển sang trạng thái này từ trạng thái hiện tại.",
        "not-yours": "Không có quyền.",
        closed: "Phản ánh đã kết thúc.",
        "same-unit": "Phản ánh đang ở đơn vị này rồi; chọn đơn vị khác.",
        "no-unit": "Phản ánh chưa được chuyển cho đơn vị nào: chuyển đơn vị trước rồi mới nhắc.",
      };
      return { flash: { kind: "error", text: reasons[result.reason] } };
    });
  }

  server.get<{ Params: { code: string } }>("/inbox/:code", { preHandler: requireStaff("viewer") }, async (request, reply) => {
    const notice = await deps.forms.take(request);
    return show(reply, request.staff!, request.params.code, { ...(notice ? { flash: notice.flash } : {}), revealed: notice?.reveal === request.params.code });
  });

  server.post<{ Params: { code: string } }>("/inbox/:code/status", { preHandler: requireStaff("staff") }, async (request, reply) => {
    const session = request.staff!;
    const form = StatusForm.safeParse(request.body);
    if (!form.success) return show(reply, session, request.params.code, { flash: { kind: "error", text: "Trạng thái không hợp lệ." }, status: 400 });
    const status = form.data.status as Status;
    const note = form.data.note?.trim();
    return act(request, reply, request.params.code, () => deps.service.changeStatus(request.params.code, status, actorOf(session), note ? { note } : {}), `Đã chuyển sang “${STATUS_LABELS[status]}” và báo cho người phản ánh.`);
  });

  server.post<{ Params: { code: string } }>("/inbox/:code/assign", { preHandler: requireStaff("staff") }, async (request, reply) => {
    const session = request.staff!;
    const form = UnitForm.safeParse(request.body);
    const unit = form.success ? await deps.inbox.units.byCode(form.data.unit) : undefined;
    if (!unit) return show(reply, session, request.params.code, { flash: { kind: "error", text: "Đơn vị không hợp lệ." }, status: 400 });
    const reason = form.data?.reason?.trim();
    return act(request, reply, request.params.code, () => deps.service.assign(request.params.code, unit, actorOf(session), reason ? { reason } : {}), `Đã chuyển đến ${unit.name}${unit.telegramChatId ? " và gửi thẻ phản ánh vào nhóm Telegram của đơn vị" : ""}.`);
  });

  server.post<{ Params: { code: string } }>("/inbox/:code/remind", { preHandler: requireStaff("staff") }, async (request, reply) => {
    const session = request.staff!;
    const form = RemindForm.safeParse(request.body);
    if (!form.success) return show(reply, session, request.params.code, { flash: { kind: "error", text: "Lời nhắn dài quá 500 ký tự." }, status: 400 });
    const note = form.data.note?.trim();
    const unit = (await deps.inbox.reports.findByCode(request.params.code))?.unit;
    return act(request, reply, request.params.code, () => deps.service.remind(request.params.code, actorOf(session), note ? { note } : {}), `Đã nhắc ${unit?.name ?? "đơn vị"}${unit?.telegramChatId ? " trong nhóm Telegram của đơn vị" : " (đơn vị chưa có nhóm Telegram: lời nhắc chỉ ghi trong diễn biến)"}.`);
  });

  server.post<{ Params: { code: string } }>("/inbox/:code/note", { preHandler: requireStaff("staff") }, async (request, reply) => {
    const session = request.staff!;
    const form = TextForm.safeParse(request.body);
    if (!form.success) return show(reply, session, request.params.code, { flash: { kind: "error", text: form.error.issues[0]?.message ?? "Nội dung không hợp lệ." }, status: 400 });
    return act(request, reply, request.params.code, () => deps.inbox.reports.note(request.params.code, form.data.text, actorOf(session)), "Đã ghi chú (chỉ cán bộ thấy).");
  });

  server.post<{ Params: { code: string } }>("/inbox/:code/reply", { preHandler: requireStaff("staff") }, async (request, reply) => {
    const session = request.staff!;
    const form = TextForm.safeParse(request.body);
    if (!form.success) return show(reply, session, request.params.code, { flash: { kind: "error", text: form.error.issues[0]?.message ?? "Nội dung không hợp lệ." }, status: 400 });
    return act(request, reply, request.params.code, () => deps.service.reply(request.params.code, form.data.text, actorOf(session)), "Đã gửi câu trả lời; xem trạng thái gửi trong dòng thời gian.");
  });

  server.post<{ Params: { code: string } }>("/inbox/:code/merge", { preHandler: requireStaff("staff") }, async (request, reply) => {
    const session = request.staff!;
    const form = MergeForm.safeParse(request.body);
    const original = form.success ? parseTrackingCode(form.data.original) : undefined;
    if (!original) return show(reply, session, request.params.code, { flash: { kind: "error", text: "Mã phản ánh gốc không đúng (dạng PA-2026-000123)." }, status: 400 });
    // The original must be a report this account may see, as the merged one is.
    const merge = async (): Promise<ChangeResult> => ((await deps.inbox.queries.visible(original, scopeOf(session))) ? deps.service.markDuplicate(request.params.code, original, actorOf(session)) : { ok: false, reason: "unknown" });
    return act(request, reply, request.params.code, merge, `Đã gộp vào ${original}; người phản ánh sẽ nhận cập nhật của phản ánh gốc.`);
  });

  server.post<{ Params: { code: string } }>("/inbox/:code/reveal", { preHandler: requireStaff("staff") }, async (request, reply) => {
    const session = request.staff!;
    const code = request.params.code;
    return deps.forms.once(request, reply, `/inbox/${encodeURIComponent(code)}`, async () => {
      if (!(await deps.inbox.reports.recordContactReveal(code, actorOf(session)))) return { flash: { kind: "error", text: "Không tìm thấy phản ánh." } };
      deps.logger.info({ report: code, staff: session.user.id }, "contact revealed");
      return { reveal: code, flash: { kind: "ok", text: "Thông tin liên hệ hiện trong lần xem này; việc xem đã được ghi lại." } };
    });
  });
}

/** The page of one report; `revealed` shows the contact (right after the audited reveal). */
export async function reportPage(deps: WebDeps, session: StaffSession, report: ReportWithTrail, revealed: boolean, flash?: Flash): Promise<string> {
  const now = new Date();
  const canAct = session.user.role !== "viewer";
  const [outbox, contact, units, similar, templates] = await Promise.all([
    deps.inbox.queries.deliveries(report.id),
    report.contactId ? deps.inbox.queries.contact(report.contactId) : Promise.resolve(null),
    deps.inbox.units.active(),
    deps.inbox.queries.similarOpen(report.id, scopeOf(session)),
    canAct ? deps.inbox.replyTemplates.fitting(report.topic, report.status) : Promise.resolve([]),
  ]);
  const status = report.status as Status;
  const overdue = report.dueAt < now && OPEN_STATUSES.includes(status);
  const reasons = JSON.parse(report.urgentReasons) as string[];
  const sections = JSON.parse(report.sections) as Array<{ section: string; label: string }>;
  const forwarded = report.forwardedFrom ? (JSON.parse(report.forwardedFrom) as { name?: string }) : undefined;
  const show = (text: string) => (revealed ? text : maskPersonalData(text));
  const contactLine: Html | string = forwarded
    ? `Tin chuyển tiếp từ ${forwarded.name || "người giấu tên"}, do ${report.filedByName ?? "cán bộ"} gửi thay`
    : !contact
      ? "Ẩn danh"
      : revealed
        ? `${contact.displayName ?? "(không tên)"}${contact.phone ? ` · ${contact.phone}` : ""} (${channelLabel(contact.channel)})${consentNote(contact)}`
        : html`${contact.phone ? maskPersonalData(contact.phone) : "có tài khoản, không để lại số"} ${canAct ? html`<form method="post" action="/inbox/${report.code}/reveal" class="inline">${csrfField(session)}<button class="secondary">Hiện thông tin liên hệ</button></form>` : ""}`;

  const timeline = [
    ...report.events.map((event) => ({ at: event.createdAt, item: eventItem(event) })),
    ...outbox.map((message) => ({ at: message.createdAt, item: deliveryItem(message, deps.channelsOn ?? ["web"]) })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  const body = html`
    <p><a href="/inbox">‹ Hộp thư</a></p>
    <div class="report-head"><h1>${report.code}</h1>${statusBadge(report.status)}${report.urgent ? html`<span class="badge urgent">Khẩn</span>` : ""}${overdue ? html`<span class="badge overdue">Quá hạn</span>` : ""}</div>
    ${report.urgent && reasons.length ? html`<p class="flash error">⚠ Lý do khẩn: ${reasons.join("; ")}</p>` : ""}
    <div class="grid">
      <section class="card">
        <h2>Nội dung</h2>
        <div class="description">${show(report.description)}</div>
        ${report.descriptionCut ? html`<p class="muted">Người gửi viết dài hơn 10.000 ký tự; phần sau đó không được lưu.</p>` : ""}
        ${report.attachments.length ? html`<h2>Tệp đính kèm</h2><ul class="attachments">${report.attachments.map((attachment, index) => attachmentItem(report.code, attachment, index, show))}</ul>` : ""}
        ${report.latitude !== null && report.longitude !== null ? html`<p>Vị trí: ${report.latitude.toFixed(5)}, ${report.longitude.toFixed(5)}</p>` : ""}
      </section>
      <section class="card">
        <h2>Thông tin</h2>
        <dl class="facts">
          <dt>Ngày gửi</dt><dd>${formatDateTime(report.createdAt)}</dd>
          <dt>Kênh</dt><dd>${channelLabel(report.channel)}</dd>
          <dt>Lĩnh vực</dt><dd>${topicLabelOf(report.topic, deps.reference)}</dd>
          <dt>Địa bàn</dt><dd>${report.area ?? "Không rõ"}</dd>
          <dt>Hạn xử lý</dt><dd>${formatDue(report)}</dd>
          <dt>Đơn vị gợi ý</dt><dd>${report.suggestedUnit ?? "–"}</dd>
          <dt>Đơn vị xử lý</dt><dd>${report.unit?.name ?? "Chưa chuyển"}</dd>
          <dt>Liên hệ</dt><dd>${contactLine}</dd>
          <dt>Đánh giá</dt><dd>${report.rating === null ? "Chưa có" : `${report.rating}/5`}</dd>
        </dl>
        ${sections.length ? html`<h2>Liên quan nghị quyết</h2><ul>${sections.map((section) => html`<li>${section.label}</li>`)}</ul>` : ""}
      </section>
    </div>
    ${canAct ? actionForms(session, report, units, templates, deps.reference) : ""}
    ${canAct ? correctionForm(session, report, deps.reference) : ""}
    ${canAct ? publishForm(session, report) : ""}
    ${canAct && similar.length ? html`<section class="card"><h2>Có thể trùng với</h2><ul>${similar.map((match) => html`<li><a href="/inbox/${match.report.code}">${match.report.code}</a> (${Math.round(match.similarity * 100)}% giống; ${statusBadge(match.report.status)}) ${truncate(maskPersonalData(match.report.description), 140)}
      <form method="post" action="/inbox/${report.code}/merge" class="inline">${csrfField(session)}<input type="hidden" name="original" value="${match.report.code}"><button class="secondary">Gộp ${report.code} vào phản ánh này</button></form></li>`)}</ul></section>` : ""}
    <section class="card"><h2>Dòng thời gian</h2><ol class="timeline">${timeline.map((entry) => entry.item)}</ol></section>`;
  return page({ organisation: deps.organisation, title: report.code, session, active: "inbox", ...(flash ? { flash } : {}), body, ...(templates.length ? { scripts: ["reply-templates.js"] } : {}) });
}

function eventItem(event: ReportWithTrail["events"][number]): Html {
  const who = event.actorName ?? (event.actorType === "citizen" ? "Người phản ánh" : event.actorType === "system" ? "Hệ thống" : "Cán bộ");
  const change = event.type === "status" && event.toStatus ? ` → ${isStatus(event.toStatus) ? STATUS_LABELS[event.toStatus] : event.toStatus}` : "";
  return html`<li class="${event.type}"><span class="when">${formatDateTime(event.createdAt)} · ${who}</span><br><b>${EVENT_LABELS[event.type] ?? event.type}${change}</b>${event.text ? html`<br>${maskPersonalData(event.text)}` : ""}</li>`;
}

function deliveryItem(message: { purpose: string; status: string; attempts: number; lastError: string | null; staffReason: string | null; sentAt: Date | null; createdAt: Date; channel: string }, channelsOn: readonly Channel[]): Html {
  const purpose: Record<string, string> = { tracking_code: "Tin báo mã phản ánh", status: "Tin báo trạng thái", staff_reply: "Tin trả lời", rating_request: "Tin mời đánh giá", staff_card: "Thẻ gửi nhóm cán bộ", unit_card: "Thẻ gửi nhóm Telegram của đơn vị", unit_reminder: "Tin nhắc nhóm Telegram của đơn vị", staff_update: "Tin báo nhóm cán bộ", notice: "Thông báo" };
  const unsent = message.status !== "sent" && message.attempts > 0;
  // The channel's Vietnamese reason, when it knew what the platform meant, instead of the operators' English error.
  // Waiting for a channel this server does not send to: it is sent once an instance with it runs.
  const channelOff = (message.status === "pending" || message.status === "failed") && !channelsOn.includes(message.channel as Channel);
  const reason = channelOff
    ? html`<br><span class="delivery-reason">Lý do: Máy chủ chưa được cấu hình để gửi tin qua ${channelLabel(message.channel)} nên tin đang chờ; tin sẽ tự gửi khi quản trị hệ thống cấu hình xong.</span>`
    : unsent && message.staffReason
      ? html`<br><span class="delivery-reason">Lý do: ${message.staffReason}</span>`
      : "";
  return html`<li><span class="when">${formatDateTime(message.createdAt)} · ${channelLabel(message.channel)}</span><br>${purpose[message.purpose] ?? message.purpose}: <span class="delivery ${message.status}">${DELIVERY_LABELS[message.status] ?? message.status}${message.sentAt ? ` lúc ${formatDateTime(message.sentAt)}` : ""}${unsent ? ` (${message.attempts} lần thử${message.lastError && !message.staffReason ? `: ${message.lastError}` : ""})` : ""}</span>${reason}</li>`;
}

function actionForms(session: StaffSession, report: ReportWithTrail, units: ReadonlyArray<{ code: string; name: string }>, templates: readonly ReplyTemplate[], labels: Pick<ReferenceData, "topicLabels">): Html {
  const status = report.status as Status;
  const next = STATUSES.filter((candidate) => canChange(status, candidate));
  return html`<section class="card"><h2>Xử lý</h2><div class="actions-grid">
    ${next.length ? html`<form method="post" action="/inbox/${report.code}/status">${csrfField(session)}
      <div class="field"><label for="status">Chuyển trạng thái</label><select id="status" name="status">${next.map((candidate) => html`<option value="${candidate}">${STATUS_LABELS[candidate]}</option>`)}</select></div>
      <div class="field"><label for="status-note">Lời nhắn kèm cho người phản ánh (không bắt buộc)</label><textarea id="status-note" name="note" maxlength="2000"></textarea></div>
      <button class="primary">Cập nhật trạng thái</button></form>` : ""}
    ${isOpen(status) ? assignForm(session, report, units) : ""}
    ${isOpen(status) && report.unit ? remindForm(session, report, report.unit) : ""}
    <form method="post" action="/inbox/${report.code}/reply">${csrfField(session)}
      <div class="field"><label for="reply">Trả lời người phản ánh</label><textarea id="reply" name="text" maxlength="4000" required></textarea></div>
      ${templatePicker(templates, "reply", labels)}
      <button class="primary">Gửi trả lời</button></form>
    <form method="post" action="/inbox/${report.code}/note">${csrfField(session)}
      <div class="field"><label for="note">Ghi chú nội bộ (người dân không thấy)</label><textarea id="note" name="text" maxlength="4000" required></textarea></div>
      <button class="secondary">Lưu ghi chú</button></form>
    ${canChange(status, "trung_lap") ? html`<form method="post" action="/inbox/${report.code}/merge">${csrfField(session)}
      <div class="field"><label for="original">Trùng với phản ánh (mã gốc)</label><input id="original" name="original" placeholder="PA-2026-000123"></div>
      <button class="secondary">Gộp vào phản ánh gốc</button></form>` : ""}
  </div></section>`;
}

/** Assigning to a unit, or to another one at any time while the report is being worked on. */
function assignForm(session: StaffSession, report: ReportWithTrail, units: ReadonlyArray<{ code: string; name: string }>): Html {
  const others = units.filter((unit) => unit.code !== report.unit?.code);
  return html`<form method="post" action="/inbox/${report.code}/assign">${csrfField(session)}
      <div class="field"><label for="unit">${report.unit ? "Chuyển sang đơn vị khác" : "Chuyển đơn vị"}</label><select id="unit" name="unit">${others.map((unit) => html`<option value="${unit.code}">${unit.name}</option>`)}</select></div>
      <div class="field"><label for="assign-reason">Lý do (không bắt buộc, chỉ cán bộ thấy)</label><input id="assign-reason" name="reason" maxlength="500"></div>
      <button class="primary">Chuyển</button></form>`;
}

/** Reminding the unit the report is with: in its Telegram group when it has one, always in the trail. */
function remindForm(session: StaffSession, report: ReportWithTrail, unit: { name: string; telegramChatId: string | null }): Html {
  return html`<form method="post" action="/inbox/${report.code}/remind">${csrfField(session)}
      <div class="field"><label for="remind-note">Nhắc ${unit.name} xử lý${unit.telegramChatId ? " (gửi vào nhóm Telegram của đơn vị)" : ""}: lời nhắn (không bắt buộc)</label><input id="remind-note" name="note" maxlength="500"></div>
      <button class="secondary">Nhắc đơn vị</button></form>`;
}

/** How the person agreed to leave their number, and when (shown with the revealed contact). */
function consentNote(contact: { phone: string | null; phoneConsentVia: string | null; phoneConsentAt: Date | null }): string {
  if (!contact.phone || !contact.phoneConsentAt) return "";
  const how =
    contact.phoneConsentVia === "consent_form" ? "chia sẻ qua biểu mẫu đồng ý của Zalo" : contact.phoneConsentVia === "open311" ? "gửi kèm phản ánh qua ứng dụng khác (Open311)" : "để lại số trong trò chuyện sau lời nhắc đồng ý";
  return ` — ${how}, ${formatDateTime(contact.phoneConsentAt)}`;
}
