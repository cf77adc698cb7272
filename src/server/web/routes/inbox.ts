/** The report list with filters, diacritics-insensitive search and paging, and its CSV export. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { ReportChannel } from "../../../inbox/reports.js";
import { maskPersonalData } from "../../../core/privacy.js";
import { truncate } from "../../../core/text.js";
import { STATUS_LABELS, STATUSES, isStatus } from "../../../feedback/status.js";
import { topicLabelOf, type ReferenceData } from "../../../feedback/reference-data.js";
import { TOPICS, isTopic } from "../../../feedback/taxonomy.js";
import { OPEN_STATUSES, type ExportRow, type ReportFilters, type ReportListRow, type ReportScope } from "../../../inbox/report-queries.js";
import { requireStaff } from "../auth.js";
import { csvDocument } from "../csv.js";
import type { WebDeps } from "../deps.js";
import { CHANNEL_LABELS, channelLabel, formatDateTime, formatDue, statusBadge } from "../format.js";
import { html } from "../html.js";
import { page } from "../layout.js";
import { scopeOf } from "../report-scope.js";

const CHANNELS = Object.keys(CHANNEL_LABELS) as ReportChannel[];
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).optional().catch(undefined);

/** Query parameters; anything invalid is dropped rather than refused (a hand-edited URL still works). */
export const ListQuery = z.object({
  status: z.string().refine((value) => value === "open" || isStatus(value)).optional().catch(undefined),
  topic: z.string().refine(isTopic).optional().catch(undefined),
  area: z.string().max(100).optional().catch(undefined),
  channel: z.enum(CHANNELS).optional().catch(undefined),
  urgent: z.enum(["1"]).optional().catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  from: date,
  to: date,
  q: z.string().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type ListQuery = z.infer<typeof ListQuery>;

/** The list's filters from its query parameters, within the account's scope (the page, its export and its live events share them). */
export function filtersOf(query: ListQuery, scope: ReportScope): ReportFilters & ReportScope {
  return {
    ...scope,
    ...(query.status ? { status: query.status as ReportFilters["status"] } : {}),
    ...(query.topic && isTopic(query.topic) ? { topic: query.topic } : {}),
    ...(query.area ? { area: query.area } : {}),
    ...(query.channel ? { channel: query.channel } : {}),
    ...(query.urgent ? { urgent: true } : {}),
    ...(query.overdue ? { overdue: true } : {}),
    // Dates are Vietnam days: from 00:00 to 23:59:59 at UTC+7.
    ...(query.from ? { from: new Date(`${query.from}T00:00:00+07:00`) } : {}),
    ...(query.to ? { to: new Date(`${query.to}T23:59:59+07:00`) } : {}),
    ...(query.q?.trim() ? { q: query.q.trim() } : {}),
  };
}

/** The query string of a filter set (for paging and export links). */
function queryString(query: ListQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...extra })) if (value !== undefined && value !== "" && key !== "page") params.set(key, String(value));
  if (extra.page) params.set("page", extra.page);
  return params.toString();
}

export function inboxRoutes(server: FastifyInstance, deps: WebDeps): void {
  server.get("/inbox", { preHandler: requireStaff("viewer") }, async (request, reply) => {
    const session = request.staff!;
    const query = ListQuery.parse(request.query ?? {});
    const now = new Date();
    const scope = scopeOf(session);
    const [list, areas, open, overdue, discarded] = await Promise.all([
      deps.inbox.queries.list(filtersOf(query, scope), query.page ?? 1, now),
      deps.inbox.queries.areas(scope),
      deps.inbox.queries.list({ ...scope, status: "open" }, 1, now, 1),
      deps.inbox.queries.list({ ...scope, overdue: true }, 1, now, 1),
      deps.inbox.intake.discardedSince("zalo_oa", new Date(now.getTime() - DISCARD_WARNING_MS)),
    ]);
    const option = (value: string, label: string, current: string | undefined) => html`<option value="${value}" ${value === current ? html`selected` : ""}>${label}</option>`;
    const body = html`
      <h1>Hộp thư phản ánh</h1>
      ${discarded.count ? discardWarning(discarded.count, discarded.lastReason) : ""}
      <div class="stats">
        <a class="stat" href="/inbox?status=open"><b>${open.total}</b><span class="muted">chưa giải quyết xong</span></a>
        <a class="stat ${overdue.total ? "warn" : "good"}" href="/inbox?overdue=1"><b>${overdue.total}</b><span class="muted">quá hạn xử lý</span></a>
        <div class="stat"><b>${list.total}</b><span class="muted">phản ánh khớp bộ lọc</span></div>
      </div>
      <form class="card filters" method="get" action="/inbox" role="search">
        <div class="wide"><label for="q">Tìm (gõ có dấu hay không dấu đều được)</label><input id="q" name="q" value="${query.q ?? ""}" placeholder="mã, địa bàn, nội dung…"></div>
        <div><label for="status">Trạng thái</label><select id="status" name="status">${option("", "Tất cả", query.status)}${option("open", "Đang xử lý (chưa xong)", query.status)}${STATUSES.map((status) => option(status, STATUS_LABELS[status], query.status))}</select></div>
        <div><label for="topic">Lĩnh vực</label><select id="topic" name="topic">${option("", "Tất cả", query.topic)}${TOPICS.map((topic) => option(topic, topicLabelOf(topic, deps.reference), query.topic))}</select></div>
        <div><label for="area">Địa bàn</label><select id="area" name="area">${option("", "Tất cả", query.area)}${areas.map((area) => option(area, area, query.area))}</select></div>
        <div><label for="channel">Kênh</label><select id="channel" name="channel">${option("", "Tất cả", query.channel)}${CHANNELS.map((channel) => option(channel, CHANNEL_LABELS[channel], query.channel))}</select></div>
        <div><label for="from">Từ ngày</label><input id="from" name="from" type="date" value="${query.from ?? ""}"></div>
        <div><label for="to">Đến ngày</label><input id="to" name="to" type="date" value="${query.to ?? ""}"></div>
        <div><label><input type="checkbox" name="urgent" value="1" ${query.urgent ? html`checked` : ""} > Chỉ phản ánh khẩn</label>
             <label><input type="checkbox" name="overdue" value="1" ${query.overdue ? html`checked` : ""}> Chỉ quá hạn</label></div>
        <div class="actions"><button class="primary">Lọc</button><a class="button" href="/inbox/export.csv?${queryString(query)}">Xuất CSV</a></div>
      </form>
      ${liveBar()}
      ${list.rows.length === 0 ? html`<p class="card" id="no-reports">Không có phản ánh nào khớp bộ lọc.</p>` : ""}
      ${reportTable(list.rows, now, list.page === 1, deps.reference)}
      ${pager(list.page, list.pages, query)}`;
    return reply.type("text/html").send(page({ organisation: deps.organisation, title: "Hộp thư phản ánh", session, active: "inbox", body, scripts: ["inbox-live.js"] }));
  });

  server.get("/inbox/export.csv", { preHandler: requireStaff("viewer") }, async (request, reply) => {
    const session = request.staff!;
    const query = ListQuery.parse(request.query ?? {});
    const rows = await deps.inbox.queries.all(filtersOf(query, scopeOf(session)));
    await deps.inbox.audit.record({ id: session.user.id, name: session.user.displayName }, "export", `${rows.length} phản ánh; ${queryString(query) || "không lọc"}`);
    const stamp = new Date().toISOString().slice(0, 10);
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="phan-anh-${stamp}.csv"`)
      .send(toCsv(rows, new Date(), deps.reference));
  });
}

/** How far back the inbox looks for discarded Zalo OA events. */
const DISCARD_WARNING_MS = 3600_000;

/**
 * Zalo OA events that were thrown away: most likely the OA secret key is wrong, and then every
 * citizen's message is being lost — staff must hear of it, not only the log.
 */
function discardWarning(count: number, reason: string | undefined) {
  const likely = reason?.includes("ZALO_OA_APP_ID")
    ? "Nhiều khả năng mã ứng dụng (ZALO_OA_APP_ID) bị đặt sai."
    : reason?.includes("ZALO_OA_SECRET_KEY")
      ? "Nhiều khả năng khóa bí mật của OA (ZALO_OA_SECRET_KEY, trong Zalo for Developers → Webhook) bị đặt sai: tin nhắn của người dân gửi qua OA đang bị bỏ."
      : "Có thể ai đó gửi dữ liệu giả mạo, hoặc máy chủ trung gian đã làm mất chữ ký của Zalo.";
  return html`<p class="flash error" role="alert">⚠ Trong 1 giờ qua, <b>${count}</b> sự kiện gửi đến Zalo OA đã bị loại vì không xác thực được là của Zalo. ${likely} Báo cho người quản trị hệ thống kiểm tra cấu hình.</p>`;
}

/**
 * The live inbox's controls, shown by its script (public/inbox-live.js) once the page listens for
 * changes: without the script the page is the plain list, reloaded by hand.
 */
function liveBar() {
  return html`<div class="live card" id="live" hidden>
    <span class="live-state" id="live-state" role="status">Đang kết nối để cập nhật trực tiếp…</span>
    <span class="live-new" id="live-new" aria-live="polite"></span>
    <button type="button" class="secondary" id="live-seen" hidden>Đánh dấu đã xem</button>
    <label class="live-sound"><input type="checkbox" id="live-sound"> Phát âm báo khi có phản ánh mới</label>
  </div>`;
}

/**
 * The report table; `live` marks the first page, where the live inbox inserts new reports (on later
 * pages it only updates the rows shown). Rendered without rows too, for new ones to arrive in.
 */
function reportTable(rows: readonly ReportListRow[], now: Date, live: boolean, labels: Pick<ReferenceData, "topicLabels">) {
  return html`<table class="list" id="reports"${live ? html` data-live-insert="1"` : ""}${rows.length ? "" : html` hidden`}><thead><tr><th>Mã</th><th>Ngày gửi</th><th>Lĩnh vực</th><th>Địa bàn</th><th>Nội dung</th><th>Kênh</th><th>Trạng thái</th><th>Hạn xử lý</th></tr></thead><tbody>
    ${rows.map((row) => reportRow(row, now, labels))}
  </tbody></table>`;
}

/** One report's row of the list (also sent to open pages by the live inbox). */
export function reportRow(row: ReportListRow, now: Date, labels: Pick<ReferenceData, "topicLabels">) {
  const overdue = row.dueAt < now && OPEN_STATUSES.includes(row.status as never);
  return html`<tr data-code="${row.code}" data-urgent="${row.urgent ? "1" : "0"}" class="${[overdue ? "overdue" : "", row.urgent ? "urgent" : ""].filter(Boolean).join(" ")}">
        <td data-label="Mã" class="code"><a href="/inbox/${row.code}"><b>${row.code}</b></a> ${row.urgent ? html`<span class="badge urgent">Khẩn</span>` : ""}</td>
        <td data-label="Ngày gửi">${formatDateTime(row.createdAt)}</td>
        <td data-label="Lĩnh vực">${topicLabelOf(row.topic, labels)}</td>
        <td data-label="Địa bàn">${row.area ?? "–"}</td>
        <td data-label="Nội dung" class="excerpt">${truncate(maskPersonalData(row.description), 120)}</td>
        <td data-label="Kênh">${channelLabel(row.channel)}</td>
        <td data-label="Trạng thái">${statusBadge(row.status)}${row.unit ? html`<br><small>${row.unit.name}</small>` : ""}</td>
        <td data-label="Hạn xử lý">${formatDue(row)} ${overdue ? html`<span class="badge overdue">Quá hạn</span>` : ""}</td>
      </tr>`;
}

function pager(current: number, pages: number, query: ListQuery) {
  if (pages <= 1) return "";
  const link = (target: number, label: string) => html`<a href="/inbox?${queryString(query, { page: String(target) })}">${label}</a>`;
  const numbers = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return html`<nav class="pager" aria-label="Trang">
    ${current > 1 ? link(current - 1, "‹ Trước") : ""}
    ${numbers.map((n) => (n === current ? html`<span class="current">${n}</span>` : link(n, String(n))))}
    ${current < pages ? link(current + 1, "Sau ›") : ""}
    <span class="muted">Trang ${current}/${pages}</span>
  </nav>`;
}

const CSV_COLUMNS = ["Mã", "Ngày gửi", "Kênh", "Lĩnh vực", "Địa bàn", "Khẩn", "Trạng thái", "Đơn vị xử lý", "Hạn xử lý", "Quá hạn", "Phản hồi đầu tiên", "Ngày giải quyết", "Đánh giá", "Nội dung", "Trả lời của cán bộ", "Kết quả"];

/** What an empty field says: a blank cell reads as "not filled in" rather than "none". */
const NONE = "Không";

/**
 * The reports as CSV for Excel (see `csvDocument`), with the staff's replies and the outcome; an
 * empty field says "Không". Contact details are not exported, and personal data in the text is masked.
 */
export function toCsv(rows: readonly ExportRow[], now: Date, labels: Pick<ReferenceData, "topicLabels">): string {
  const lines = rows.map((row) =>
    [
      row.code,
      formatDateTime(row.createdAt),
      channelLabel(row.channel),
      topicLabelOf(row.topic, labels),
      row.area ?? "",
      row.urgent ? "Có" : "",
      isStatus(row.status) ? STATUS_LABELS[row.status] : row.status,
      row.unit?.name ?? "",
      formatDue(row),
      row.dueAt < now && OPEN_STATUSES.includes(row.status as never) ? "Có" : "",
      row.firstResponseAt ? formatDateTime(row.firstResponseAt) : "",
      row.resolvedAt ? formatDateTime(row.resolvedAt) : "",
      row.rating === null ? "" : String(row.rating),
      maskPersonalData(row.description),
      row.events
        .filter((event) => event.type === "reply" && event.text)
        .map((event) => `${formatDateTime(event.createdAt)}: ${maskPersonalData(event.text!)}`)
        .join("\n"),
      outcomeOf(row),
    ].map((field) => field.trim() || NONE),
  );
  return csvDocument(CSV_COLUMNS, lines);
}

/**
 * How the report ended, in words: the published summary of the outcome, else what staff said with
 * the last change to a resolved or final status; nothing while it is open.
 */
function outcomeOf(row: ExportRow): string {
  if (row.publicSummary) return maskPersonalData(row.publicSummary);
  if (OPEN_STATUSES.includes(row.status as never)) return "";
  const ending = row.events.findLast((event) => event.type === "status" && event.toStatus === row.status);
  return ending?.text ? maskPersonalData(ending.text) : "";
}
