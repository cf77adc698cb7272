/** The form on a report's page that corrects its topic, area and urgency (src/server/web/routes/corrections.ts). */
import { topicLabelOf, type ReferenceData } from "../../feedback/reference-data.js";
import { TOPICS } from "../../feedback/taxonomy.js";
import type { ReportWithTrail } from "../../inbox/reports.js";
import type { StaffSession } from "../../inbox/staff-accounts.js";
import { html, type Html } from "./html.js";
import { csrfField } from "./layout.js";

/** The correction form of a report page: the current values chosen, to be changed. */
export function correctionForm(session: StaffSession, report: ReportWithTrail, reference: Pick<ReferenceData, "areas" | "topicLabels">): Html {
  const names = reference.areas.map((area) => area.name);
  // A report may carry an area no longer in the list (an old name): it stays choosable.
  const choices = report.area && !names.includes(report.area) ? [report.area, ...names] : names;
  const option = (value: string, label: string, selected: boolean) => html`<option value="${value}" ${selected ? html`selected` : ""}>${label}</option>`;
  return html`<section class="card"><h2>Sửa phân loại</h2>
    <form method="post" action="/inbox/${report.code}/correct">${csrfField(session)}
      <div class="filters">
        <div class="wide"><label for="fix-topic">Lĩnh vực</label><select id="fix-topic" name="topic">${TOPICS.map((topic) => option(topic, topicLabelOf(topic, reference), topic === report.topic))}</select></div>
        <div class="wide"><label for="fix-area">Địa bàn</label><select id="fix-area" name="area">${option("", "Không rõ", report.area === null)}${choices.map((name) => option(name, name, name === report.area))}</select></div>
        <div><label for="fix-urgent">Mức khẩn</label><select id="fix-urgent" name="urgent">${option("0", "Không khẩn", !report.urgent)}${option("1", "Khẩn", report.urgent)}</select></div>
        <div class="wide"><label for="fix-reason">Lý do (không bắt buộc)</label><input id="fix-reason" name="reason" maxlength="500"></div>
        <div class="actions"><button class="secondary">Lưu phân loại</button></div>
      </div>
      <p class="muted">Mỗi lần sửa được ghi vào dòng thời gian; các phản ánh đã sửa dùng để kiểm tra bộ phân loại tự động.</p>
    </form></section>`;
}
