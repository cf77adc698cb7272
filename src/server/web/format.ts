/** Small formatting helpers shared by the web pages. */
import type { ReportChannel } from "../../inbox/reports.js";
import { isStatus, STATUS_LABELS } from "../../feedback/status.js";
import { html, type Html } from "./html.js";

import { formatDate, formatDateTime } from "../../assistant/report-messages.js";

export { formatDate, formatDateTime };

/**
 * A report's deadline: the day, and for an urgent report also the hour ("25/11/2026 14:05"), since
 * its deadline falls within hours rather than days.
 */
export function formatDue(report: { readonly dueAt: Date; readonly urgent: boolean }): string {
  return report.urgent ? formatDateTime(report.dueAt) : formatDate(report.dueAt);
}

export const CHANNEL_LABELS: Readonly<Record<ReportChannel, string>> = { telegram: "Telegram", zalo: "Zalo", web: "Trang web", open311: "Ứng dụng khác (Open311)" };

export function statusBadge(status: string): Html {
  return html`<span class="badge status-${status}">${isStatus(status) ? STATUS_LABELS[status] : status}</span>`;
}

export function channelLabel(channel: string): string {
  return CHANNEL_LABELS[channel as ReportChannel] ?? channel;
}

/** "25 phút", "3,5 giờ", "2 ngày": durations for people. */
export function formatHours(hours: number | null): string {
  if (hours === null) return "chưa có";
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} phút`;
  if (hours < 48) return `${hours.toLocaleString("vi-VN", { maximumFractionDigits: 1 })} giờ`;
  return `${(hours / 24).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} ngày`;
}

export function formatPercent(share: number | null): string {
  return share === null ? "chưa có" : `${Math.round(share * 100)}%`;
}
