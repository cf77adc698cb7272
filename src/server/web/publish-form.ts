/** The form on a resolved report's page that publishes its result on /ket-qua (src/server/web/routes/results.ts). */
import { PUBLISHABLE_STATUSES, SUMMARY_LIMITS } from "../../inbox/public-results.js";
import type { ReportWithTrail } from "../../inbox/reports.js";
import type { StaffSession } from "../../inbox/staff-accounts.js";
import { formatDateTime } from "./format.js";
import { html, type Html } from "./html.js";
import { csrfField } from "./layout.js";

/** The publishing form of a report page; nothing for a report not resolved (nor published). */
export function publishForm(session: StaffSession, report: ReportWithTrail): Html | "" {
  const published = report.publishedAt !== null;
  if (!published && (!PUBLISHABLE_STATUSES.has(report.status) || !report.resolvedAt)) return "";
  return html`<section class="card"><h2>Công khai kết quả</h2>
    ${published ? html`<p>Đang công khai trên trang <a href="/ket-qua">Kết quả giải quyết phản ánh</a> từ ${formatDateTime(report.publishedAt!)}.</p>` : ""}
    <form method="post" action="/inbox/${report.code}/publish">${csrfField(session)}
      <div class="field"><label for="public-summary">Tóm tắt kết quả giải quyết để công khai</label>
        <textarea id="public-summary" name="summary" minlength="${SUMMARY_LIMITS.min}" maxlength="${SUMMARY_LIMITS.max}" required aria-describedby="public-summary-hint">${report.publicSummary ?? ""}</textarea></div>
      <p id="public-summary-hint" class="muted">Trang công khai chỉ hiện lĩnh vực, địa bàn, ngày gửi, ngày giải quyết, đánh giá và tóm tắt này; không hiện nội dung phản ánh, ảnh hay thông tin liên hệ. Không ghi họ tên, số điện thoại, số CCCD, email hay địa chỉ nhà của người phản ánh.</p>
      <button class="primary">${published ? "Cập nhật tóm tắt công khai" : "Công khai kết quả"}</button>
    </form>
    ${published ? html`<form method="post" action="/inbox/${report.code}/unpublish" class="inline">${csrfField(session)}<button class="secondary">Thôi công khai</button></form>` : ""}
  </section>`;
}
