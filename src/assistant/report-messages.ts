/**
 * What reports say: the tracking-code message, the staff card with its actions, notices of status
 * changes and replies, the rating request and the status page a citizen sees with /theodoi.
 * Personal data in the description is masked wherever the text leaves the reporter's own chat.
 */
import type { Block, Choice, Inline, Reply } from "../core/messages.js";
import { briefNameOf, type Organisation } from "../core/organisation.js";
import { firstWords, truncate } from "../core/text.js";
import { maskPersonalData } from "../core/privacy.js";
import { topicLabelOf, type ReferenceData } from "../feedback/reference-data.js";
import { isOpen, STATUS_LABELS, statusNoticesOf, type Status } from "../feedback/status.js";
import { PIN_LABEL } from "../inbox/report-access.js";
import { EMERGENCY_NUMBERS } from "./intent-replies.js";
import type { ReportWithTrail } from "../inbox/reports.js";

/** Characters of the description shown on a staff card; the full text is in the inbox. */
export const CARD_DESCRIPTION_CHARS = 700;

// Built once: creating an Intl formatter costs ~70 µs, and a CSV export formats tens of thousands of dates.
const DATE_FORMAT = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" });
const TIME_FORMAT = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", hour12: false });

/** "25/11/2026" in Vietnam time. */
export function formatDate(date: Date): string {
  return DATE_FORMAT.format(date);
}

/** "25/11/2026 14:05" in Vietnam time. */
export function formatDateTime(date: Date): string {
  return `${DATE_FORMAT.format(date)} ${TIME_FORMAT.format(date)}`;
}

/** Who the messages speak for, and the lists that name the topics (a report service has both). */
export interface MessageContext {
  readonly organisation: Organisation;
  readonly reference: Pick<ReferenceData, "topicLabels">;
}

/**
 * Told to the reporter once the report is committed (sent to the organisation), with the PIN that
 * opens it from anywhere: the one time the PIN is shown (only its hash is kept).
 */
export function trackingCodeReply(report: ReportWithTrail, { organisation, reference }: MessageContext, pin?: string): Reply {
  const blocks: Block[] = [
    { type: "paragraph", content: [`✅ Phản ánh của bạn đã được gửi đến ${organisation.shortName}.`] },
    { type: "paragraph", content: ["Mã theo dõi: ", { bold: report.code }] },
    ...(pin
      ? [
          { type: "paragraph" as const, content: [PIN_LABEL, { bold: pin }, " (chỉ hiện một lần: bạn ghi lại và không đưa cho người khác)."] },
          { type: "paragraph" as const, content: ["Với mã theo dõi và mã PIN, bạn xem phản ánh ở mục “Tra cứu phản ánh” (", { code: "/tra-cuu" }, `) trên trang web của Trợ lý Dân vận, hoặc gõ /theodoi ${report.code} ${pin} từ bất kỳ tài khoản Telegram, Zalo nào.`] },
        ]
      : []),
    { type: "paragraph", content: [`Lĩnh vực: ${topicLabelOf(report.topic, reference)}. Địa bàn: ${report.area ?? "không rõ"}. Gửi ${report.contactId === null ? "ẩn danh" : "kèm số điện thoại"}.`] },
    { type: "paragraph", content: [`Hạn xử lý dự kiến: ${formatDate(report.dueAt)}. Bạn sẽ nhận tin nhắn mỗi khi phản ánh có tiến triển; gõ /theodoi ${report.code} để xem bất cứ lúc nào.`] },
  ];
  if (report.urgent) blocks.push({ type: "paragraph", content: [`⚠ Phản ánh được đánh dấu khẩn và đã báo ngay cho cán bộ trực. Nếu có nguy hiểm đến tính mạng, bạn ${EMERGENCY_NUMBERS}.`] });
  return { blocks };
}

/** The card posted to the staff group, with the actions staff can take on it. */
export function staffCard(report: ReportWithTrail, context: MessageContext, header = "📨 Phản ánh mới"): Reply {
  const reasons = JSON.parse(report.urgentReasons) as string[];
  const sections = JSON.parse(report.sections) as Array<{ label: string }>;
  const lines: Inline[][] = [
    [{ bold: "Lĩnh vực: " }, topicLabelOf(report.topic, context.reference)],
    [{ bold: "Địa bàn: " }, report.area ?? "không rõ"],
    [{ bold: "Trạng thái: " }, STATUS_LABELS[report.status as Status] ?? report.status, ...(report.unit ? [` – ${report.unit.name}`] : [])],
    [{ bold: "Hạn xử lý: " }, formatDate(report.dueAt)],
    [{ bold: "Đơn vị gợi ý: " }, report.suggestedUnit ?? "–"],
    [{ bold: "Nguồn: " }, sourceLine(report)],
  ];
  if (report.attachments.length || report.latitude !== null) {
    lines.push([{ bold: "Kèm theo: " }, [report.attachments.length ? `${report.attachments.length} ảnh/tệp` : "", report.latitude !== null ? `vị trí ${report.latitude?.toFixed(5)}, ${report.longitude?.toFixed(5)}` : ""].filter(Boolean).join("; ")]);
  }
  if (sections.length) lines.push([{ bold: "Liên quan nghị quyết: " }, sections.map((section) => section.label).join("; ")]);
  const description = maskPersonalData(report.description);
  const shown = description.length > CARD_DESCRIPTION_CHARS ? `${truncate(description, CARD_DESCRIPTION_CHARS)} (đã rút gọn, xem đủ trong hộp thư)` : description;
  return {
    blocks: [
      { type: "paragraph", content: [`${header} `, { bold: report.code }, ...(report.urgent ? [" ", { bold: "⚠ KHẨN" }, reasons.length ? ` (${reasons.join("; ")})` : ""] : [])] },
      { type: "quote", text: shown },
      { type: "list", items: lines },
      { type: "paragraph", content: [{ italic: "Trả lời tin nhắn này để gửi câu trả lời cho người phản ánh; /trung <mã gốc> để gộp phản ánh trùng." }] },
    ],
    choices: isFinal(report) ? [[{ label: "↩ Mở lại", value: `st:${report.code}:mo_lai` }]] : staffActions(report.code),
  };
}

/**
 * The card a unit's Telegram group gets when a report is assigned to the unit: the staff card
 * without its buttons (the group's members act in the web inbox, with the unit's accounts).
 */
export function unitCard(report: ReportWithTrail, unitName: string, context: MessageContext): Reply {
  const card = staffCard(report, context, `📨 Phản ánh chuyển đến ${unitName}:`);
  return {
    blocks: [...card.blocks.slice(0, -1), { type: "paragraph", content: [{ italic: "Cán bộ của đơn vị xử lý và trả lời người phản ánh trong hộp thư phản ánh trên web, bằng tài khoản của đơn vị." }] }],
  };
}

/**
 * A reminder to a unit's Telegram group about a report assigned to it: the unit card, headed by how
 * long it has waited against its deadline, with the staff member's words.
 */
export function unitReminder(report: ReportWithTrail, unitName: string, context: MessageContext, now: Date, note?: string): Reply {
  const overdue = report.dueAt.getTime() < now.getTime();
  const header = `⏰ Nhắc ${unitName}: phản ánh ${overdue ? `đã quá hạn xử lý (hạn ${formatDate(report.dueAt)})` : `sắp đến hạn xử lý (${formatDate(report.dueAt)})`}`;
  const card = unitCard(report, unitName, context);
  return { blocks: [{ type: "paragraph", content: [header] }, ...(note ? [{ type: "paragraph" as const, content: [{ bold: "Lời nhắn: " }, note] }] : []), ...card.blocks] };
}

/** Words of the description a digest line shows. */
export const DIGEST_WORDS = 10;

/**
 * What a routine staff card says in a digest (stored with the card, see `staffDigest`): code,
 * topic, area and the first words, personal data masked.
 */
export function staffDigestSummary(report: ReportWithTrail, context: MessageContext): string {
  const line = `${topicLabelOf(report.topic, context.reference)} · ${report.area ?? "không rõ địa bàn"} — ${firstWords(maskPersonalData(report.description).replace(/\s+/gu, " "), DIGEST_WORDS)}`;
  return JSON.stringify({ code: report.code, line });
}

/**
 * Routine staff cards that waited together while the group could receive no more messages, as one:
 * a line per report and a button per report that opens its own card (with the actions).
 */
export function staffDigest(summaries: ReadonlyArray<{ readonly summary: string | null }>): Reply {
  const entries = summaries.flatMap((message) => (message.summary ? [JSON.parse(message.summary) as { code: string; line: string }] : []));
  const buttons = entries.map((entry) => ({ label: `📋 ${entry.code}`, value: `so:${entry.code}` }));
  const rows: Choice[][] = [];
  for (let index = 0; index < buttons.length; index += 2) rows.push(buttons.slice(index, index + 2));
  return {
    blocks: [
      { type: "paragraph", content: [{ bold: `📨 ${entries.length} phản ánh mới` }, " (gộp lại vì đến nhiều cùng lúc)"] },
      { type: "list", items: entries.map((entry): Inline[] => [{ bold: entry.code }, ` ${entry.line}`]) },
      { type: "paragraph", content: [{ italic: "Bấm mã phản ánh để mở thẻ riêng, rồi thao tác hoặc trả lời trên thẻ đó." }] },
    ],
    choices: rows,
  };
}

function isFinal(report: ReportWithTrail): boolean {
  return !isOpen(report.status as Status) && report.status !== "da_giai_quyet";
}

/** The staff actions under a card. */
export function staffActions(code: string): Choice[][] {
  return [
    [
      { label: "📥 Tiếp nhận", value: `st:${code}:da_tiep_nhan` },
      { label: "⚙️ Đang xử lý", value: `st:${code}:dang_xu_ly` },
    ],
    [
      { label: "➡️ Chuyển đơn vị", value: `su:${code}` },
      { label: "✅ Đã giải quyết", value: `st:${code}:da_giai_quyet` },
    ],
    [
      { label: "🔁 Trùng", value: `sd:${code}` },
      { label: "🚫 Từ chối", value: `st:${code}:tu_choi` },
    ],
  ];
}

function sourceLine(report: ReportWithTrail): string {
  const channel = report.channel === "telegram" ? "Telegram" : report.channel === "zalo" ? "Zalo" : report.channel === "open311" ? "ứng dụng khác (Open311)" : "trang web";
  if (report.forwardedFrom) {
    const origin = JSON.parse(report.forwardedFrom) as { name?: string };
    return `${channel}, tin chuyển tiếp từ ${origin.name || "người giấu tên"}, do ${report.filedByName ?? "cán bộ"} gửi`;
  }
  return `${channel}, ${report.contactId === null ? "ẩn danh" : "có thông tin liên hệ (xem trong hộp thư)"}`;
}

/** Told to every reporter of a report when its status changes. */
export function statusNotice(report: ReportWithTrail, status: Status, context: MessageContext, note?: string): Reply {
  const blocks: Block[] = [{ type: "paragraph", content: ["🔔 Phản ánh ", { bold: report.code }, ` ${statusNoticesOf(briefNameOf(context.organisation))[status]}.`] }];
  if (status === "da_chuyen" && report.unit) blocks.push({ type: "paragraph", content: [`Đơn vị xử lý: ${report.unit.name}.`] });
  if (note) blocks.push({ type: "quote", text: note });
  return { blocks };
}

/** A staff reply, delivered to the reporter(s). */
export function staffReplyNotice(report: ReportWithTrail, text: string, context: MessageContext): Reply {
  return {
    blocks: [
      { type: "paragraph", content: [`💬 ${briefNameOf(context.organisation)} trả lời phản ánh `, { bold: report.code }, ":"] },
      { type: "quote", text },
      { type: "paragraph", content: [`Bạn có thể gửi thêm thông tin: gõ /theodoi ${report.code} rồi chọn “Bổ sung thông tin”.`] },
    ],
  };
}

/** After "đã giải quyết": how satisfied is the reporter, or should it be reopened? */
export function ratingRequest(report: ReportWithTrail): Reply {
  return {
    blocks: [
      { type: "paragraph", content: ["Phản ánh ", { bold: report.code }, " đã được giải quyết. Bạn đánh giá kết quả thế nào? (1 = rất không hài lòng, 5 = rất hài lòng)"] },
    ],
    choices: [
      [1, 2, 3, 4, 5].map((stars) => ({ label: `${stars}⭐`, value: `rate:${report.code}:${stars}` })),
      [{ label: "↩ Chưa được giải quyết, mở lại", value: `reopen:${report.code}` }],
    ],
  };
}

/** Told to the staff group when a reporter adds information or reopens a report. */
export function staffUpdate(report: ReportWithTrail, what: string, text?: string): Reply {
  return {
    blocks: [{ type: "paragraph", content: [`${what} `, { bold: report.code }] }, ...(text ? [{ type: "quote" as const, text: maskPersonalData(text) }] : [])],
  };
}

/** `/theodoi <mã>`: the status and the history the reporter may see (internal notes excluded). */
export function statusPage(report: ReportWithTrail, context: MessageContext): Reply {
  const history = report.events
    // Staff's own records: notes, looking at the contact, corrections of the classification.
    .filter((event) => event.type !== "note" && event.type !== "contact_revealed" && event.type !== "corrected")
    .map((event): Inline[] => {
      const when = formatDateTime(event.createdAt);
      switch (event.type) {
        case "created":
          return [`${when}: gửi phản ánh`];
        case "status":
          return [`${when}: ${STATUS_LABELS[event.toStatus as Status] ?? event.toStatus}`];
        case "assign":
          // The reason is the staff's: the reporter reads only where it went.
          return [`${when}: chuyển sang đơn vị khác xử lý`];
        case "reply":
          return [`${when}: ${briefNameOf(context.organisation)} trả lời: `, { italic: truncate(event.text ?? "", 300) }];
        case "info_added":
          return [`${when}: bạn bổ sung thông tin`];
        case "rating":
          return [`${when}: bạn đánh giá ${event.text}⭐`];
        default:
          return [`${when}: ${event.type}`];
      }
    });
  const status = report.status as Status;
  const choices: Array<readonly Choice[]> = [];
  if (isOpen(status)) choices.push([{ label: "➕ Bổ sung thông tin", value: `info:${report.code}` }]);
  if (status === "da_giai_quyet") choices.push(...(ratingRequest(report).choices ?? []));
  return {
    blocks: [
      { type: "paragraph", content: ["Phản ánh ", { bold: report.code }, ` (${topicLabelOf(report.topic, context.reference)})`] },
      { type: "paragraph", content: [{ bold: "Tình trạng: " }, STATUS_LABELS[status] ?? report.status, ...(report.unit ? [` – ${report.unit.name}`] : []), `. Hạn xử lý: ${formatDate(report.dueAt)}.`] },
      { type: "list", items: history },
    ],
    choices,
  };
}
