/**
 * The reply templates offered under a report's reply box: a list that opens without any script,
 * each text shown to copy; public/reply-templates.js adds a button that puts it into the box, where
 * it is edited before sending.
 */
import { topicLabelOf, type ReferenceData } from "../../feedback/reference-data.js";
import { isStatus, STATUS_LABELS } from "../../feedback/status.js";
import type { ReplyTemplate } from "../../inbox/reply-templates.js";
import { html, type Html } from "./html.js";

/** "Môi trường · Đang xử lý", "Chung · mọi trạng thái": what a template is for. */
export function templateScope(template: Pick<ReplyTemplate, "topic" | "status">, labels: Pick<ReferenceData, "topicLabels">): string {
  const status = template.status === null ? "mọi trạng thái" : isStatus(template.status) ? STATUS_LABELS[template.status] : template.status;
  return `${template.topic === null ? "Chung" : topicLabelOf(template.topic, labels)} · ${status}`;
}

/** The templates that fit a report, for the reply box with id `target`; nothing when there are none. */
export function templatePicker(templates: readonly ReplyTemplate[], target: string, labels: Pick<ReferenceData, "topicLabels">): Html | "" {
  if (templates.length === 0) return "";
  return html`<details class="templates">
    <summary>Chọn mẫu trả lời (${templates.length})</summary>
    <ul>${templates.map(
      (template) => html`<li>
        <b>${template.title}</b> <small class="muted">${templateScope(template, labels)}</small>
        <button type="button" class="secondary" data-template="template-${template.id}" data-target="${target}" hidden>Chèn vào ô trả lời</button>
        <div class="template-text" id="template-${template.id}">${template.body}</div>
      </li>`,
    )}</ul>
  </details>`;
}
