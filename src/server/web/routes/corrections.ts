/**
 * Staff correct a report's topic, area and urgency (with an optional reason, in the report's trail),
 * and export every correction: CSV for people, and JSON Lines of the corrected reports for
 * `npm run bench:classify -- <file>`, which measures the classifier on what staff settled.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { maskPersonalData } from "../../../core/privacy.js";
import { dueDateOf } from "../../../feedback/deadlines.js";
import { isTopic, type Topic } from "../../../feedback/taxonomy.js";
import { FIELD_LABELS, valueLabel, type CorrectedField, type CorrectionInput } from "../../../inbox/corrections.js";
import type { StaffSession } from "../../../inbox/staff-accounts.js";
import { requireStaff } from "../auth.js";
import { csvDocument } from "../csv.js";
import type { WebRouteDeps } from "../deps.js";
import { formatDateTime } from "../format.js";
import { messagePage } from "../layout.js";
import { reportPage } from "./report.js";

const CorrectForm = z.object({
  topic: z.string().refine(isTopic, "Lĩnh vực không hợp lệ."),
  /** An area name, or "" for "không rõ". */
  area: z.string().max(200),
  urgent: z.enum(["0", "1"], "Mức khẩn không hợp lệ."),
  reason: z.string().max(500, "Lý do dài quá 500 ký tự.").optional(),
});

const CSV_COLUMNS = ["Mã", "Thời điểm sửa", "Người sửa", "Mục sửa", "Giá trị cũ", "Giá trị mới", "Lý do", "Nội dung"];

/** The correction action of a report page, and the two exports of corrections. */
export function correctionRoutes(server: FastifyInstance, deps: WebRouteDeps): void {
  server.post<{ Params: { code: string } }>("/inbox/:code/correct", { preHandler: requireStaff("staff") }, async (request, reply) => {
    const session = request.staff!;
    const code = request.params.code;
    const page = `/inbox/${encodeURIComponent(code)}`;
    const form = CorrectForm.safeParse(request.body);
    const areaKnown = form.success && (form.data.area === "" || deps.reference.areas.some((area) => area.name === form.data.area));
    const report = await deps.inbox.reports.findByCode(code);
    if (!report) return reply.code(404).type("text/html").send(messagePage("Không tìm thấy phản ánh", `Không có phản ánh mã ${code}.`, "/inbox", request));
    // Refused input: the report again with why, nothing done (the form's key stays unused).
    const refuse = async (text: string) => reply.code(400).type("text/html").send(await reportPage(deps, session, report, false, { kind: "error", text }));
    if (!form.success) return refuse(form.error.issues[0]?.message ?? "Thông tin chưa đúng.");
    // An area no longer in the list may stay as it is, not be chosen anew.
    if (!areaKnown && form.data.area !== report.area) return refuse("Địa bàn không có trong danh sách.");
    const input: CorrectionInput = { topic: form.data.topic as Topic, area: form.data.area || null, urgent: form.data.urgent === "1" };
    if (input.topic === report.topic && input.area === report.area && input.urgent === report.urgent) return refuse("Bạn chưa thay đổi lĩnh vực, địa bàn hay mức khẩn.");
    const actor = { type: "staff" as const, id: `web:${session.user.id}`, name: session.user.displayName };
    const { deadlines, holidays } = deps.reference;
    return deps.forms.once(request, reply, page, async () => {
      const result = await deps.inbox.corrections.correct(code, input, {
        ...(form.data.reason?.trim() ? { reason: form.data.reason.trim() } : {}),
        actor,
        dueDateOf: (filedAt, values) => dueDateOf(filedAt, values, deadlines, holidays),
        labels: deps.reference,
      });
      if (!result.ok) return { flash: { kind: "error", text: result.reason === "unknown" ? "Không tìm thấy phản ánh." : "Phân loại đã như vậy, không có gì để sửa." } };
      deps.service.feed.publish("changed", code);
      return { flash: { kind: "ok", text: `Đã sửa ${result.changed.map((field: CorrectedField) => FIELD_LABELS[field].toLowerCase()).join(", ")}; việc sửa đã được ghi vào dòng thời gian.` } };
    });
  });

  server.get("/inbox/corrections.csv", { preHandler: requireStaff("viewer") }, async (request, reply) => {
    const rows = await deps.inbox.corrections.all();
    await audit(request.staff!, `${rows.length} lần sửa phân loại (CSV)`);
    const lines = rows.map((row) => [row.code, formatDateTime(row.createdAt), row.actorName ?? "", FIELD_LABELS[row.field as CorrectedField] ?? row.field, valueLabel(row.field, row.fromValue, deps.reference), valueLabel(row.field, row.toValue, deps.reference), row.reason ?? "", maskPersonalData(row.description)]);
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="sua-phan-loai-${stamp()}.csv"`)
      .send(csvDocument(CSV_COLUMNS, lines));
  });

  server.get("/inbox/corrections.jsonl", { preHandler: requireStaff("viewer") }, async (request, reply) => {
    const cases = await deps.inbox.corrections.testSet();
    await audit(request.staff!, `${cases.length} phản ánh đã sửa phân loại (JSON Lines)`);
    // The classifier benchmark's format: an id to name the misses, the text as staff see it (masked).
    const body = cases.map((item) => `${JSON.stringify({ id: item.code, text: maskPersonalData(item.description), topic: item.topic, urgent: item.urgent })}\n`).join("");
    return reply
      .type("application/jsonl; charset=utf-8")
      .header("content-disposition", `attachment; filename="sua-phan-loai-${stamp()}.jsonl"`)
      .send(body);
  });

  async function audit(session: StaffSession, detail: string): Promise<void> {
    await deps.inbox.audit.record({ id: session.user.id, name: session.user.displayName }, "export", detail);
  }
}

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}
