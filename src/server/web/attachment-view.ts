/**
 * How a report's attachments look to staff: a photo shown, a voice note playable in the page, a file
 * offered for download under its name, and a file that could not be kept explained in Vietnamese.
 * Every link goes through the attachments route: no platform URL (which may hold a token) is shown.
 */
import type { DownloadFailure } from "../../inbox/attachment-keeper.js";
import { DOWNLOAD } from "../../inbox/attachment-keeper.js";
import type { Attachment } from "../../inbox/generated/client.js";
import { ATTACHMENT_MAX_BYTES } from "../../core/attachments.js";
import { channelLabel } from "./format.js";
import { html, type Html } from "./html.js";

const KIND_LABELS: Readonly<Record<string, string>> = { photo: "Ảnh", voice: "Tin nhắn thoại", file: "Tệp" };

/** Why a file was not kept, for staff. */
export function failureText(attachment: Pick<Attachment, "channel" | "download" | "failure">): string {
  const platform = channelLabel(attachment.channel);
  switch (attachment.failure as DownloadFailure | null) {
    case "too_large":
      return `Tệp lớn hơn ${Math.round(ATTACHMENT_MAX_BYTES / 1024 / 1024)} MB nên không được lưu.`;
    case "type":
      return "Loại tệp này không được nhận (chỉ nhận âm thanh, ảnh, PDF, Word, Excel, văn bản và video MP4).";
    case "gone":
      return `${platform} không còn cung cấp tệp này (liên kết đã hết hạn hoặc bị xóa).`;
    case "host":
      return `Liên kết không thuộc máy chủ của ${platform} nên không được tải, để giữ an toàn cho hệ thống.`;
    default:
      return attachment.download === DOWNLOAD.failed ? `Đã thử nhiều lần nhưng không tải được tệp từ ${platform}.` : `Chưa tải được tệp từ ${platform}; trợ lý sẽ thử lại.`;
  }
}

/** One attachment in the report page's list; `show` masks personal data in a caption. */
export function attachmentItem(code: string, attachment: Attachment, index: number, show: (text: string) => string): Html {
  const href = `/inbox/${code}/attachments/${attachment.id}`;
  const label = `${KIND_LABELS[attachment.kind] ?? "Tệp"} ${index + 1}`;
  const via = `(qua ${channelLabel(attachment.channel)})`;
  const caption = attachment.caption ? html`<br><small>${show(attachment.caption)}</small>` : "";
  if (attachment.download === DOWNLOAD.failed) {
    return html`<li class="attachment-failed"><span>${label} ${via}</span><br><small class="muted">Không tải được: ${failureText(attachment)}</small>${caption}</li>`;
  }
  const waiting = attachment.download === DOWNLOAD.pending ? html`<br><small class="muted">${attachment.failure ? failureText(attachment) : "Đang tải tệp về máy chủ."}</small>` : "";
  if (attachment.kind === "voice") {
    return html`<li class="voice"><span>${label} ${via}</span><audio controls preload="none" src="${href}"></audio>${waiting}${caption}</li>`;
  }
  if (attachment.kind === "photo") {
    return html`<li><a href="${href}" target="_blank" rel="noopener"><img src="${href}" alt="${label}" loading="lazy"><span>${label} ${via}</span></a>${waiting}${caption}</li>`;
  }
  const details = [attachment.name, attachment.size !== null ? formatSize(attachment.size) : undefined].filter(Boolean).join(", ");
  return html`<li><a href="${href}" download>${label}${details ? `: ${details}` : ""}</a> <span>${via}</span>${waiting}${caption}</li>`;
}

/** "35 KB", "1,2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`;
}
