/**
 * Reply templates (admins): list, add, edit and delete the texts staff start a reply from, per topic
 * and status or for all ("chung"). Every change is in the audit trail; refused input comes back in
 * its form with why, nothing lost.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { truncate } from "../../../core/text.js";
import { isStatus, STATUS_LABELS, STATUSES } from "../../../feedback/status.js";
import { topicLabelOf, type ReferenceData } from "../../../feedback/reference-data.js";
import { isTopic, TOPICS } from "../../../feedback/taxonomy.js";
import type { AuditAction } from "../../../inbox/audit-log.js";
import type { ReplyTemplate, ReplyTemplateInput } from "../../../inbox/reply-templates.js";
import type { StaffSession } from "../../../inbox/staff-accounts.js";
import { requireStaff } from "../auth.js";
import type { WebRouteDeps } from "../deps.js";
import { formatDateTime } from "../format.js";
import type { Flash } from "../forms.js";
import { html } from "../html.js";
import { csrfField, messagePage, page } from "../layout.js";
import { templateScope } from "../reply-template-picker.js";

/** Longest template: as long as a reply may be. */
const TEMPLATE_MAX_LENGTH = 4000;

const TemplateForm = z.object({
  title: z.string().trim().min(2, "Tên mẫu cần ít nhất 2 ký tự.").max(120, "Tên mẫu dài quá 120 ký tự."),
  topic: z.string().refine((value) => value === "" || isTopic(value), "Lĩnh vực không hợp lệ."),
  status: z.string().refine((value) => value === "" || isStatus(value), "Trạng thái không hợp lệ."),
  body: z
    .string()
    .transform((text) => text.replace(/\r\n?/gu, "\n").trim())
    .pipe(z.string().min(1, "Nội dung mẫu không được để trống.").max(TEMPLATE_MAX_LENGTH, `Nội dung mẫu dài quá ${TEMPLATE_MAX_LENGTH.toLocaleString("vi-VN")} ký tự.`)),
});

/** What the form shows: a stored template, what was typed, or nothing yet. */
type FormValues = { readonly title: string; readonly topic: string; readonly status: string; readonly body: string };

const EMPTY: FormValues = { title: "", topic: "", status: "", body: "" };
const PAGE = "/reply-templates";

export function replyTemplateRoutes(server: FastifyInstance, deps: WebRouteDeps): void {
  const templates = deps.inbox.replyTemplates;

  async function listPage(reply: FastifyReply, session: StaffSession, options: { flash?: Flash; values?: FormValues; status?: number } = {}) {
    const rows = await templates.all();
    const body = html`
      <h1>Mẫu trả lời</h1>
      <p class="muted">Cán bộ chọn mẫu phù hợp với lĩnh vực và trạng thái của phản ánh (hoặc mẫu chung) ngay dưới ô “Trả lời người phản ánh”, rồi sửa lại trước khi gửi.</p>
      ${rows.length === 0
        ? html`<p class="card">Chưa có mẫu trả lời nào.</p>`
        : html`<table class="list"><thead><tr><th>Tên mẫu</th><th>Dùng cho</th><th>Nội dung</th><th>Người sửa gần nhất</th><th>Thao tác</th></tr></thead><tbody>
          ${rows.map((row) => html`<tr>
            <td data-label="Tên mẫu"><b>${row.title}</b></td>
            <td data-label="Dùng cho">${templateScope(row, deps.reference)}</td>
            <td data-label="Nội dung" class="excerpt">${truncate(row.body, 160)}</td>
            <td data-label="Người sửa gần nhất">${row.updatedByName ?? "–"}<br><small>${formatDateTime(row.updatedAt)}</small></td>
            <td data-label="Thao tác"><a class="button" href="${PAGE}/${row.id}">Sửa</a>
              <form method="post" action="${PAGE}/${row.id}/delete" class="inline">${csrfField(session)}<button class="danger" aria-label="Xóa mẫu ${row.title}">Xóa</button></form></td>
          </tr>`)}
        </tbody></table>`}
      <section class="card"><h2>Thêm mẫu trả lời</h2>${templateForm(session, PAGE, options.values ?? EMPTY, "Thêm mẫu", deps.reference)}</section>`;
    return reply
      .code(options.status ?? 200)
      .type("text/html")
      .send(page({ organisation: deps.organisation, title: "Mẫu trả lời", session, active: "templates", ...(options.flash ? { flash: options.flash } : {}), body }));
  }

  function editPage(reply: FastifyReply, session: StaffSession, template: ReplyTemplate, options: { flash?: Flash; values?: FormValues; status?: number } = {}) {
    const values = options.values ?? { title: template.title, topic: template.topic ?? "", status: template.status ?? "", body: template.body };
    const body = html`<p><a href="${PAGE}">‹ Mẫu trả lời</a></p>
      <section class="card"><h1>Sửa mẫu “${template.title}”</h1>${templateForm(session, `${PAGE}/${template.id}`, values, "Lưu mẫu", deps.reference)}</section>`;
    return reply
      .code(options.status ?? 200)
      .type("text/html")
      .send(page({ organisation: deps.organisation, title: "Sửa mẫu trả lời", session, active: "templates", ...(options.flash ? { flash: options.flash } : {}), body }));
  }

  const notFound = (reply: FastifyReply) => reply.code(404).type("text/html").send(messagePage("Không tìm thấy mẫu trả lời", "Mẫu này không có hoặc đã bị xóa.", PAGE, reply.request));
  const idOf = (text: string) => (/^\d{1,9}$/u.test(text) ? Number(text) : undefined);
  const audit = (session: StaffSession, action: AuditAction, template: Pick<ReplyTemplate, "title" | "topic" | "status">) =>
    deps.inbox.audit.record({ id: session.user.id, name: session.user.displayName }, action, `${template.title} (${templateScope(template, deps.reference)})`);
  const author = (session: StaffSession) => ({ id: session.user.id, name: session.user.displayName });

  server.get(PAGE, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const flash = (await deps.forms.take(request))?.flash;
    return listPage(reply, request.staff!, flash ? { flash } : {});
  });

  server.post(PAGE, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const form = TemplateForm.safeParse(request.body);
    if (!form.success) return listPage(reply, session, { flash: refusal(form.error), values: typed(request.body), status: 400 });
    const input = inputOf(form.data);
    return deps.forms.once(request, reply, PAGE, async () => {
      const template = await templates.create(input, author(session));
      await audit(session, "reply_template_created", template);
      return { flash: { kind: "ok", text: `Đã thêm mẫu “${template.title}”.` } };
    });
  });

  server.get<{ Params: { id: string } }>(`${PAGE}/:id`, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const id = idOf(request.params.id);
    const template = id === undefined ? undefined : await templates.find(id);
    return template ? editPage(reply, request.staff!, template) : notFound(reply);
  });

  server.post<{ Params: { id: string } }>(`${PAGE}/:id`, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const id = idOf(request.params.id);
    const template = id === undefined ? undefined : await templates.find(id);
    if (!template) return notFound(reply);
    const form = TemplateForm.safeParse(request.body);
    if (!form.success) return editPage(reply, session, template, { flash: refusal(form.error), values: typed(request.body), status: 400 });
    const input = inputOf(form.data);
    return deps.forms.once(request, reply, PAGE, async () => {
      const saved = await templates.update(template.id, input, author(session));
      if (!saved) return { flash: { kind: "error", text: "Mẫu này vừa bị xóa; chưa lưu được." } };
      await audit(session, "reply_template_updated", saved);
      return { flash: { kind: "ok", text: `Đã lưu mẫu “${saved.title}”.` } };
    });
  });

  server.post<{ Params: { id: string } }>(`${PAGE}/:id/delete`, { preHandler: requireStaff("admin") }, async (request, reply) => {
    const session = request.staff!;
    const id = idOf(request.params.id);
    if (id === undefined) return notFound(reply);
    return deps.forms.once(request, reply, PAGE, async () => {
      const deleted = await templates.delete(id);
      if (!deleted) return { flash: { kind: "error", text: "Mẫu này đã bị xóa trước đó." } };
      await audit(session, "reply_template_deleted", deleted);
      return { flash: { kind: "ok", text: `Đã xóa mẫu “${deleted.title}”.` } };
    });
  });
}

function inputOf(form: z.infer<typeof TemplateForm>): ReplyTemplateInput {
  return { title: form.title, topic: form.topic || null, status: form.status || null, body: form.body };
}

function refusal(error: z.ZodError): Flash {
  return { kind: "error", text: error.issues[0]?.message ?? "Thông tin chưa đúng." };
}

/** What was typed into a refused form, to show it again (only strings, cut to the fields' limits). */
function typed(body: unknown): FormValues {
  const fields = (body ?? {}) as Record<string, unknown>;
  const text = (name: keyof FormValues, max: number) => (typeof fields[name] === "string" ? fields[name].slice(0, max) : "");
  return { title: text("title", 200), topic: text("topic", 40), status: text("status", 40), body: text("body", TEMPLATE_MAX_LENGTH + 1000) };
}

function templateForm(session: StaffSession, action: string, values: FormValues, submit: string, labels: Pick<ReferenceData, "topicLabels">) {
  const option = (value: string, label: string, current: string) => html`<option value="${value}"${value === current ? html` selected` : ""}>${label}</option>`;
  return html`<form method="post" action="${action}">${csrfField(session)}
    <div class="filters">
      <div class="wide"><label for="template-title">Tên mẫu</label><input id="template-title" name="title" value="${values.title}" maxlength="120" required></div>
      <div><label for="template-topic">Lĩnh vực</label><select id="template-topic" name="topic">${option("", "Chung (mọi lĩnh vực)", values.topic)}${TOPICS.map((topic) => option(topic, topicLabelOf(topic, labels), values.topic))}</select></div>
      <div><label for="template-status">Trạng thái phản ánh</label><select id="template-status" name="status">${option("", "Mọi trạng thái", values.status)}${STATUSES.map((status) => option(status, STATUS_LABELS[status], values.status))}</select></div>
    </div>
    <div class="field"><label for="template-body">Nội dung (cán bộ sửa lại trước khi gửi)</label><textarea id="template-body" name="body" maxlength="${TEMPLATE_MAX_LENGTH}" rows="6" required>${values.body}</textarea></div>
    <button class="primary">${submit}</button>
  </form>`;
}
