/**
 * "Kết quả giải quyết phản ánh": the public page `/ket-qua` (the results staff published, with the
 * figures of each month) and its Atom feed `/ket-qua/atom.xml`; and the staff actions that publish a
 * resolved report's result with a summary free of personal data, or withdraw it (one-time key, 303).
 * Nothing else of a report is public: not its description, photos, contact or trail.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Organisation } from "../../../core/organisation.js";
import { topicLabelOf, type ReferenceData } from "../../../feedback/reference-data.js";
import { PublicResults, SUMMARY_LIMITS, type MonthFigures, type PublicResult } from "../../../inbox/public-results.js";
import { parseTrackingCode } from "../../../inbox/reports.js";
import { requireStaff } from "../auth.js";
import type { WebRouteDeps } from "../deps.js";
import { formatDate } from "../format.js";
import { html, type Html } from "../html.js";
import { messagePage, page } from "../layout.js";
import { reportPage } from "./report.js";

/** The public results page. */
export const RESULTS_PATH = "/ket-qua";
/** Results per page, and entries in the feed. */
const PAGE_SIZE = 20;

const PublishForm = z.object({ summary: z.string().max(SUMMARY_LIMITS.max * 2).default("") });
const PageQuery = z.object({ trang: z.coerce.number().int().min(1).max(10_000).default(1) });

/** What staff read when a summary cannot be published. */
const REFUSALS = {
  length: `Tóm tắt công khai cần từ ${SUMMARY_LIMITS.min} đến ${SUMMARY_LIMITS.max.toLocaleString("vi-VN")} ký tự.`,
  personal_data: "Tóm tắt có số điện thoại, số CCCD hoặc email. Trang công khai không được có thông tin cá nhân: bạn bỏ các thông tin đó rồi gửi lại.",
  not_resolved: "Chỉ công khai được phản ánh đã giải quyết.",
  unknown: "Không tìm thấy phản ánh.",
} as const;

export function resultRoutes(server: FastifyInstance, deps: WebRouteDeps): void {
  const results = new PublicResults(deps.inbox.db);

  server.get(RESULTS_PATH, async (request, reply) => {
    const query = PageQuery.safeParse(request.query);
    const current = query.success ? query.data.trang : 1;
    const [items, total, months] = await Promise.all([results.list(PAGE_SIZE, (current - 1) * PAGE_SIZE), results.count(), results.monthly()]);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const body = html`
      <h1>Kết quả giải quyết phản ánh</h1>
      <p>${deps.organisation.name} công khai kết quả giải quyết các phản ánh, kiến nghị của người dân. Phần tóm tắt do cán bộ viết, không có thông tin cá nhân của người phản ánh. Người gửi phản ánh tìm phản ánh của mình theo mã theo dõi. <a href="${RESULTS_PATH}/atom.xml">Theo dõi kết quả mới (Atom)</a></p>
      ${figuresTable(months)}
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">Phản ánh đã giải quyết (${total.toLocaleString("vi-VN")})</h2>
        ${items.length ? html`<ol class="results">${items.map((item) => resultItem(item, deps.reference))}</ol>` : html`<p class="muted">Chưa có kết quả nào được công khai.</p>`}
        ${pages > 1 ? html`<nav class="pager" aria-label="Trang kết quả">${current > 1 ? html`<a href="${RESULTS_PATH}?trang=${current - 1}">‹ Trang trước</a>` : ""} <span>Trang ${current}/${pages}</span> ${current < pages ? html`<a href="${RESULTS_PATH}?trang=${current + 1}">Trang sau ›</a>` : ""}</nav>` : ""}
      </section>`;
    return reply.type("text/html").send(page({ organisation: deps.organisation, title: "Kết quả giải quyết phản ánh", active: "results", body, ...(request.staff ? { session: request.staff } : {}) }));
  });

  server.get(`${RESULTS_PATH}/atom.xml`, async (request, reply) => {
    const items = await results.list(PAGE_SIZE);
    return reply.type("application/atom+xml; charset=utf-8").send(atomFeed(items, originOf(request), deps.organisation, deps.reference));
  });

  server.post<{ Params: { code: string } }>("/inbox/:code/publish", { preHandler: requireStaff("staff") }, async (request, reply) => {
    const session = request.staff!;
    const code = parseTrackingCode(request.params.code) ?? request.params.code;
    const form = PublishForm.safeParse(request.body);
    const report = await deps.inbox.reports.findByCode(code);
    if (!report) return reply.code(404).type("text/html").send(messagePage("Không tìm thấy phản ánh", `Không có phản ánh mã ${code}.`, "/inbox", request));
    // Refused input: the report again with why, nothing done (the form's key stays unused).
    const problem = form.success ? PublicResults.check(form.data.summary) : "length";
    if (problem) return reply.code(400).type("text/html").send(await reportPage(deps, session, report, false, { kind: "error", text: REFUSALS[problem] }));
    const actor = { type: "staff" as const, id: `web:${session.user.id}`, name: session.user.displayName };
    return deps.forms.once(request, reply, `/inbox/${encodeURIComponent(code)}`, async () => {
      const result = await results.publish(code, form.data!.summary, actor);
      if (!result.ok) return { flash: { kind: "error", text: REFUSALS[result.reason] } };
      return { flash: { kind: "ok", text: `Đã công khai kết quả trên trang “Kết quả giải quyết phản ánh” (${RESULTS_PATH}).` } };
    });
  });

  server.post<{ Params: { code: string } }>("/inbox/:code/unpublish", { preHandler: requireStaff("staff") }, async (request, reply) => {
    const session = request.staff!;
    const code = parseTrackingCode(request.params.code) ?? request.params.code;
    const actor = { type: "staff" as const, id: `web:${session.user.id}`, name: session.user.displayName };
    return deps.forms.once(request, reply, `/inbox/${encodeURIComponent(code)}`, async () =>
      (await results.withdraw(code, actor)) ? { flash: { kind: "ok", text: "Đã thôi công khai kết quả của phản ánh này." } } : { flash: { kind: "error", text: "Phản ánh này chưa được công khai." } },
    );
  });
}

/** "11/2026" for "2026-11". */
function monthLabel(month: string): string {
  const [year, number] = month.split("-");
  return `${number}/${year}`;
}

function figuresTable(months: readonly MonthFigures[]): Html {
  const rows = months.filter((month, index) => index === 0 || month.received || month.resolved);
  const percent = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : "–");
  return html`<section class="card" aria-labelledby="figures-heading">
    <h2 id="figures-heading">Số liệu theo tháng</h2>
    <table class="list figures">
      <thead><tr><th scope="col">Tháng</th><th scope="col">Tiếp nhận</th><th scope="col">Đã giải quyết</th><th scope="col">Giải quyết đúng hạn</th><th scope="col">Đánh giá trung bình</th></tr></thead>
      <tbody>${rows.map(
        (month) => html`<tr><th scope="row" data-label="Tháng">${monthLabel(month.month)}</th><td data-label="Tiếp nhận">${month.received}</td><td data-label="Đã giải quyết">${month.resolved}</td>
          <td data-label="Giải quyết đúng hạn">${month.resolvedOnTime} (${percent(month.resolvedOnTime, month.resolved)})</td>
          <td data-label="Đánh giá trung bình">${month.averageRating === null ? "–" : `${month.averageRating.toLocaleString("vi-VN", { maximumFractionDigits: 1 })}/5 (${month.ratings} lượt)`}</td></tr>`,
      )}</tbody>
    </table>
    <p class="muted">Tính trên mọi phản ánh gửi qua Trợ lý Dân vận (không kể tin rác và phản ánh trùng), theo tháng gửi (tiếp nhận) và tháng giải quyết; 12 tháng gần nhất, tháng không có phản ánh được bỏ qua.</p>
  </section>`;
}

function resultItem(result: PublicResult, labels: Pick<ReferenceData, "topicLabels">): Html {
  const onTime = result.resolvedAt !== null && result.resolvedAt <= result.dueAt;
  return html`<li class="card result" id="${result.code.toLowerCase()}">
    <h3>${topicLabelOf(result.topic, labels)} · ${result.area ?? "Địa bàn không rõ"}</h3>
    <dl class="facts">
      <dt>Mã phản ánh</dt><dd>${result.code}</dd>
      <dt>Ngày gửi</dt><dd>${formatDate(result.createdAt)}</dd>
      <dt>Ngày giải quyết</dt><dd>${result.resolvedAt ? formatDate(result.resolvedAt) : "–"} ${result.resolvedAt ? html`<span class="badge ${onTime ? "" : "overdue"}">${onTime ? "Đúng hạn" : "Quá hạn"}</span>` : ""}</dd>
      <dt>Đánh giá của người dân</dt><dd>${result.rating === null ? "Chưa đánh giá" : `${result.rating}/5`}</dd>
    </dl>
    <p class="outcome"><strong>Kết quả:</strong> ${result.summary}</p>
  </li>`;
}

/** The site's address as the request reached it (behind a proxy, from its headers when trusted). */
function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Text for XML: escaped, without the control characters XML 1.0 does not allow. */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, "")
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;")
    .replace(/'/gu, "&apos;");
}

/** The latest published results as an Atom feed (RFC 4287), by `organisation`. */
export function atomFeed(items: readonly PublicResult[], origin: string, organisation: Organisation, labels: Pick<ReferenceData, "topicLabels">): string {
  const page = `${origin}${RESULTS_PATH}`;
  const updated = (items[0]?.publishedAt ?? new Date(0)).toISOString();
  const entries = items.map((item) => {
    const link = `${page}#${item.code.toLowerCase()}`;
    const title = `${item.code}: ${topicLabelOf(item.topic, labels)} · ${item.area ?? "Địa bàn không rõ"}`;
    const rating = item.rating === null ? "" : ` Đánh giá của người dân: ${item.rating}/5.`;
    const dates = `Gửi ngày ${formatDate(item.createdAt)}${item.resolvedAt ? `, giải quyết ngày ${formatDate(item.resolvedAt)}` : ""}.`;
    return `  <entry>
    <id>${xml(link)}</id>
    <title>${xml(title)}</title>
    <link rel="alternate" type="text/html" href="${xml(link)}"/>
    <updated>${item.publishedAt.toISOString()}</updated>
    <published>${item.publishedAt.toISOString()}</published>
    <category term="${xml(item.topic)}" label="${xml(topicLabelOf(item.topic, labels))}"/>
    <summary type="text">${xml(`${item.summary} ${dates}${rating}`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>${xml(page)}</id>
  <title>Kết quả giải quyết phản ánh · ${xml(organisation.name)}</title>
  <link rel="self" type="application/atom+xml" href="${xml(`${page}/atom.xml`)}"/>
  <link rel="alternate" type="text/html" href="${xml(page)}"/>
  <updated>${updated}</updated>
  <author><name>${xml(organisation.name)}</name></author>
${entries.join("\n")}
</feed>
`;
}
