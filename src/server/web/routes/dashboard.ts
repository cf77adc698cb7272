/**
 * The dashboard for a chosen period: reports by topic, area, status and week; response and
 * resolution times; satisfaction; and per unit and per area, how many were resolved, on time, how fast.
 * A unit's account sees its unit's figures only.
 */
import type { FastifyInstance } from "fastify";
import { topicLabelOf } from "../../../feedback/reference-data.js";
import { isStatus, STATUS_LABELS } from "../../../feedback/status.js";
import type { Performance } from "../../../inbox/report-queries.js";
import { requireStaff } from "../auth.js";
import { barChart, columnChart } from "../charts.js";
import type { WebDeps } from "../deps.js";
import { formatHours, formatPercent } from "../format.js";
import { html, type Html } from "../html.js";
import { page } from "../layout.js";
import { PERIOD_KINDS, PERIOD_LABELS, periodOf, PeriodQuery, type ChosenPeriod } from "../period.js";
import { scopeOf } from "../report-scope.js";

export function dashboardRoutes(server: FastifyInstance, deps: WebDeps): void {
  server.get("/dashboard", { preHandler: requireStaff("viewer") }, async (request, reply) => {
    const now = new Date();
    const session = request.staff!;
    const period = periodOf(PeriodQuery.parse(request.query ?? {}), now);
    const figures = await deps.inbox.queries.figures(now, period, scopeOf(session));
    const range = new URLSearchParams({ ...(period.fromDay ? { from: period.fromDay } : {}), ...(period.toDay ? { to: period.toDay } : {}) }).toString();
    const stat = (value: string | number, label: string, tone = "") => html`<div class="stat ${tone}"><b>${value}</b><span class="muted">${label}</span></div>`;
    const body = html`
      <h1>Thống kê phản ánh${session.user.unit ? ` – ${session.user.unit.name}` : ""}</h1>
      ${periodForm(period)}
      <p class="muted" id="period-label">Số liệu của các phản ánh nhận trong kỳ: <b>${period.label}</b>.</p>
      <div class="stats">
        ${stat(figures.total, "phản ánh đã nhận")}
        ${stat(figures.open, "chưa giải quyết xong")}
        ${stat(figures.overdue, "quá hạn xử lý", figures.overdue ? "warn" : "good")}
        ${stat(figures.urgentOpen, "phản ánh khẩn chưa xong", figures.urgentOpen ? "warn" : "")}
        ${stat(formatHours(figures.medianFirstResponseHours), "thời gian phản hồi đầu tiên (trung vị)")}
        ${stat(formatHours(figures.medianResolutionDays === null ? null : figures.medianResolutionDays * 24), "thời gian giải quyết (trung vị)")}
        ${stat(formatPercent(figures.resolvedOnTime), `giải quyết đúng hạn (trên ${figures.resolved} phản ánh)`, figures.resolvedOnTime !== null && figures.resolvedOnTime < 0.8 ? "warn" : "good")}
        ${stat(figures.averageRating === null ? "chưa có" : `${figures.averageRating.toLocaleString("vi-VN", { maximumFractionDigits: 1 })}/5`, "mức hài lòng trung bình")}
      </div>
      <p><a class="button" href="/inbox/export.csv${range ? `?${range}` : ""}">Xuất các phản ánh trong kỳ (CSV, mở được bằng Excel)</a>
        ${session.user.unit ? "" : html`<a class="button" href="/inbox/corrections.csv">Xuất các lần sửa phân loại (CSV)</a>
        <a class="button" href="/inbox/corrections.jsonl">Bộ kiểm thử cho bộ phân loại (JSON Lines)</a>`}</p>
      <section class="card"><h2>Kết quả giải quyết theo đơn vị xử lý</h2>${performanceTable("Đơn vị", "units", figures.byUnit, "Chưa có phản ánh nào được chuyển đến đơn vị trong kỳ.")}</section>
      <section class="card"><h2>Kết quả giải quyết theo địa bàn</h2>${performanceTable("Địa bàn", "areas", figures.areaPerformance, "Chưa có phản ánh nào trong kỳ.")}</section>
      <div class="charts">
        <section class="card"><h2>Theo tuần (12 tuần đến hết kỳ)</h2>${columnChart("Số phản ánh theo tuần", figures.byWeek.map(([week, value]) => ({ label: week.slice(8, 10) + "/" + week.slice(5, 7), value })))}</section>
        <section class="card"><h2>Theo lĩnh vực</h2>${barChart("Số phản ánh theo lĩnh vực", figures.byTopic.map(([topic, value]) => ({ label: topicLabelOf(topic, deps.reference), value })))}</section>
        <section class="card"><h2>Theo trạng thái</h2>${barChart("Số phản ánh theo trạng thái", figures.byStatus.map(([status, value]) => ({ label: isStatus(status) ? STATUS_LABELS[status] : status, value })))}</section>
        <section class="card"><h2>Theo địa bàn</h2>${barChart("Số phản ánh theo địa bàn", figures.byArea.slice(0, 12).map(([area, value]) => ({ label: area, value })))}</section>
        <section class="card"><h2>Đánh giá của người dân</h2>${figures.averageRating === null ? html`<p class="muted">Chưa có lượt đánh giá nào.</p>` : barChart("Số lượt đánh giá theo số sao", figures.ratings.map(([stars, value]) => ({ label: `${stars} sao`, value })))}</section>
      </div>`;
    return reply.type("text/html").send(page({ organisation: deps.organisation, title: "Thống kê", session, active: "dashboard", body }));
  });
}

/** The period selector: a kind of period, and the days of a custom one. */
function periodForm(period: ChosenPeriod): Html {
  return html`<form class="card filters" method="get" action="/dashboard" id="period">
    <div><label for="ky">Kỳ thống kê</label><select id="ky" name="ky">${PERIOD_KINDS.map((kind) => html`<option value="${kind}" ${kind === period.kind ? html`selected` : ""}>${PERIOD_LABELS[kind]}</option>`)}</select></div>
    <div><label for="from">Từ ngày (tùy chọn)</label><input id="from" name="from" type="date" value="${period.kind === "tuy_chon" ? (period.fromDay ?? "") : ""}"></div>
    <div><label for="to">Đến ngày (tùy chọn)</label><input id="to" name="to" type="date" value="${period.kind === "tuy_chon" ? (period.toDay ?? "") : ""}"></div>
    <div class="actions"><button class="primary">Xem</button></div>
  </form>`;
}

/** Per unit or area: received, resolved, resolved on time (and its share), median time to resolve. */
function performanceTable(heading: string, id: string, rows: readonly Performance[], empty: string): Html {
  if (rows.length === 0) return html`<p class="muted">${empty}</p>`;
  return html`<table class="list" id="by-${id}"><thead><tr><th>${heading}</th><th>Số phản ánh</th><th>Đã giải quyết</th><th>Giải quyết đúng hạn</th><th>Thời gian giải quyết (trung vị)</th></tr></thead><tbody>
    ${rows.map(
      (row) => html`<tr><td data-label="${heading}">${row.key}</td><td data-label="Số phản ánh">${row.assigned}</td><td data-label="Đã giải quyết">${row.resolved}</td>
        <td data-label="Giải quyết đúng hạn">${row.resolvedOnTime}${row.resolved ? ` (${formatPercent(row.resolvedOnTime / row.resolved)})` : ""}</td>
        <td data-label="Thời gian giải quyết (trung vị)">${formatHours(row.medianResolutionDays === null ? null : row.medianResolutionDays * 24)}</td></tr>`,
    )}
  </tbody></table>`;
}
