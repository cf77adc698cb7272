/** The dashboard: reports by topic, area, status and week; response and resolution times; satisfaction. */
import type { FastifyInstance } from "fastify";
import { isStatus, STATUS_LABELS } from "../../../feedback/status.js";
import { requireStaff } from "../auth.js";
import { barChart, columnChart } from "../charts.js";
import type { WebDeps } from "../deps.js";
import { formatHours, formatPercent, topicLabel } from "../format.js";
import { html } from "../html.js";
import { page } from "../layout.js";

export function dashboardRoutes(server: FastifyInstance, deps: WebDeps): void {
  server.get("/dashboard", { preHandler: requireStaff("viewer") }, async (request, reply) => {
    const figures = await deps.inbox.queries.figures(new Date());
    const stat = (value: string | number, label: string, tone = "") => html`<div class="stat ${tone}"><b>${value}</b><span class="muted">${label}</span></div>`;
    const body = html`
      <h1>Thống kê phản ánh</h1>
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
      <p><a class="button" href="/inbox/export.csv">Xuất toàn bộ phản ánh (CSV, mở được bằng Excel)</a>
        <a class="button" href="/inbox/corrections.csv">Xuất các lần sửa phân loại (CSV)</a>
        <a class="button" href="/inbox/corrections.jsonl">Bộ kiểm thử cho bộ phân loại (JSON Lines)</a></p>
      <div class="charts">
        <section class="card"><h2>Theo tuần (12 tuần gần nhất)</h2>${columnChart("Số phản ánh theo tuần", figures.byWeek.map(([week, value]) => ({ label: week.slice(8, 10) + "/" + week.slice(5, 7), value })))}</section>
        <section class="card"><h2>Theo lĩnh vực</h2>${barChart("Số phản ánh theo lĩnh vực", figures.byTopic.map(([topic, value]) => ({ label: topicLabel(topic), value })))}</section>
        <section class="card"><h2>Theo trạng thái</h2>${barChart("Số phản ánh theo trạng thái", figures.byStatus.map(([status, value]) => ({ label: isStatus(status) ? STATUS_LABELS[status] : status, value })))}</section>
        <section class="card"><h2>Theo địa bàn</h2>${barChart("Số phản ánh theo địa bàn", figures.byArea.slice(0, 12).map(([area, value]) => ({ label: area, value })))}</section>
        <section class="card"><h2>Đánh giá của người dân</h2>${figures.averageRating === null ? html`<p class="muted">Chưa có lượt đánh giá nào.</p>` : barChart("Số lượt đánh giá theo số sao", figures.ratings.map(([stars, value]) => ({ label: `${stars} sao`, value })))}</section>
      </div>`;
    return reply.type("text/html").send(page({ title: "Thống kê", session: request.staff!, active: "dashboard", body }));
  });
}
