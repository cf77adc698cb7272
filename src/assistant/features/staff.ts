/**
 * Staff acting on report cards in the staff group: status buttons, forwarding to a unit, marking a
 * duplicate (`/trung <mã gốc>` in reply to the card), and replying to the citizen by replying to the
 * card, with text or with a photo (its caption the text). Only the staff group (or configured staff ids) may act; every action lands in the audit trail.
 */
import { textReply, type Inbound, type Reply } from "../../core/messages.js";
import { briefNameOf } from "../../core/organisation.js";
import { isStatus, STATUS_LABELS } from "../../feedback/status.js";
import { parseTrackingCode, type ChangeRefusal } from "../../inbox/reports.js";
import type { Outbox } from "../../inbox/outbox.js";
import type { Units } from "../../inbox/units.js";
import { staffCard } from "../report-messages.js";
import type { ReportService, StaffChat } from "../report-service.js";
import { STALE_BUTTON } from "../replies.js";
import { actorOf } from "../actor.js";
import type { Feature, Turn } from "../turn.js";

export interface StaffDeps {
  readonly service: ReportService;
  readonly units: Units;
  readonly outbox: Outbox;
  readonly staffChat?: StaffChat;
  /** Platform user ids allowed to act from anywhere (e.g. Telegram ids of the staff). */
  readonly staffIds: ReadonlySet<string>;
}

/** Told to someone not on the staff who presses a card's button (`organisation`: its brief name). */
const notStaff = (organisation: string): Reply => ({ blocks: [{ type: "paragraph", content: [`Chỉ cán bộ ${organisation} mới thao tác được trên phản ánh.`] }], notice: `Chỉ cán bộ ${organisation} mới thao tác được.` });

const REFUSALS: Record<ChangeRefusal, string> = {
  unknown: "Không tìm thấy phản ánh này (hoặc mã phản ánh gốc).",
  "not-allowed": "Không chuyển được sang trạng thái này từ trạng thái hiện tại.",
  "not-yours": "Không có quyền với phản ánh này.",
  closed: "Phản ánh đã kết thúc.",
  "same-unit": "Phản ánh đang ở đơn vị này rồi.",
  "no-unit": "Phản ánh chưa được chuyển cho đơn vị nào.",
};

export function staffFeature(deps: StaffDeps): Feature {
  const isStaffChat = (message: Inbound) => deps.staffChat !== undefined && message.chat.channel === deps.staffChat.channel && message.chat.id === deps.staffChat.chatId;
  return {
    name: "staff",
    handles(message) {
      const { content } = message;
      if (content.kind === "choice") return /^(st|su|sa|sd|sc|so):/u.test(content.value);
      return isStaffChat(message) && message.replyToAssistant !== undefined && (content.kind === "text" || content.kind === "command" || content.kind === "photo");
    },
    async handle(turn) {
      const { message } = turn;
      // STAFF_USER_IDS are Telegram user ids: an id typed on another channel proves nothing.
      if (!isStaffChat(message) && !(message.chat.channel === "telegram" && deps.staffIds.has(message.sender.id))) {
        turn.log.warn("non-staff tried a staff action");
        return void (await turn.reply(notStaff(briefNameOf(deps.service.messages.organisation))));
      }
      const { content } = message;
      if (content.kind === "choice") return act(turn, deps, content.value);
      return replyToCard(turn, deps);
    },
  };
}

async function act(turn: Turn, deps: StaffDeps, value: string): Promise<void> {
  const [action, code = "", argument = ""] = value.split(":");
  const actor = actorOf(turn, "staff");
  const report = await deps.service.reports.findByCode(code);
  if (!report) return void (await turn.reply(STALE_BUTTON));
  switch (action) {
    case "st": {
      if (!isStatus(argument)) return void (await turn.reply(STALE_BUTTON));
      const result = await deps.service.changeStatus(code, argument, actor);
      if (!result.ok) return void (await turn.reply({ blocks: [], notice: REFUSALS[result.reason] }));
      turn.log.info({ report: code, from: result.from, to: argument }, "staff changed status");
      return void (await turn.reply({ ...staffCard(result.report, deps.service.messages, "📋 Phản ánh"), replaceOriginal: true, notice: `Đã chuyển sang: ${STATUS_LABELS[argument]}` }));
    }
    case "su": {
      const units = await deps.units.active();
      return void (await turn.reply({
        blocks: staffCard(report, deps.service.messages, "📋 Chọn đơn vị nhận phản ánh").blocks,
        choices: [...units.map((unit) => [{ label: unit.name, value: `sa:${code}:${unit.code}` }]), [{ label: "↩ Quay lại", value: `sc:${code}` }]],
        replaceOriginal: true,
      }));
    }
    case "sa": {
      const unit = await deps.units.byCode(argument);
      if (!unit) return void (await turn.reply(STALE_BUTTON));
      const result = await deps.service.assign(code, unit, actor);
      if (!result.ok) return void (await turn.reply({ blocks: [], notice: REFUSALS[result.reason] }));
      return void (await turn.reply({ ...staffCard(result.report, deps.service.messages, "📋 Phản ánh"), replaceOriginal: true, notice: `Đã chuyển đến ${unit.name}` }));
    }
    case "sd":
      return void (await turn.reply({ blocks: [], notice: `Trả lời thẻ này bằng: /trung <mã gốc>, ví dụ /trung PA-2026-000012` }));
    case "so":
      // From a digest: the report's own card, as a new message, so that the digest stays.
      return void (await turn.reply(staffCard(report, deps.service.messages, "📋 Phản ánh")));
    default:
      return void (await turn.reply({ ...staffCard(report, deps.service.messages, "📋 Phản ánh"), replaceOriginal: true }));
  }
}

/** A reply to a card: `/trung <mã gốc>` merges it into the original, any other text goes to the citizen. */
async function replyToCard(turn: Turn, deps: StaffDeps): Promise<void> {
  const { message } = turn;
  const { content } = message;
  const replied = message.replyToAssistant!;
  const card = await deps.outbox.findBySentMessage(message.chat.channel, message.chat.id, replied.messageId);
  // A card opened from a digest was sent as an answer, not from the outbox: its text names one report.
  const codes = new Set(replied.text?.match(/PA-\d{4}-\d{6}/gu) ?? []);
  const report = card ? await deps.service.reports.findById(card.reportId) : codes.size === 1 ? await deps.service.reports.findByCode([...codes][0]!) : undefined;
  if (!report && codes.size > 1) return void (await turn.reply(textReply("Tin nhắn này gộp nhiều phản ánh. Bấm mã của phản ánh cần xử lý để mở thẻ riêng, rồi trả lời thẻ đó.")));
  if (!report) return void (await turn.reply(textReply("Tin nhắn bạn trả lời không phải thẻ phản ánh. Hãy trả lời đúng thẻ của phản ánh cần xử lý.")));
  const actor = actorOf(turn, "staff");
  if (content.kind === "command") {
    const original = content.command === "trung" ? parseTrackingCode(content.args) : undefined;
    if (!original) return void (await turn.reply(textReply("Để gộp phản ánh trùng, trả lời thẻ bằng: /trung <mã gốc>, ví dụ /trung PA-2026-000012.")));
    const result = await deps.service.markDuplicate(report.code, original, actor);
    return void (await turn.reply(textReply(result.ok ? `Đã gộp ${report.code} vào ${original}; người phản ánh sẽ nhận cập nhật của phản ánh gốc.` : REFUSALS[result.reason])));
  }
  // A photo reply (its caption the text) goes to the citizen with the photo.
  const photo = content.kind === "photo" ? content.attachments[0] : undefined;
  const text = content.kind === "text" ? content.text.trim() : content.kind === "photo" ? (content.caption ?? "").trim() : "";
  if (!text && !photo) return;
  const result = await deps.service.reply(report.code, text, actor, photo ? { channel: message.chat.channel, ref: photo.ref } : undefined);
  turn.log.info({ report: report.code, ok: result.ok }, "staff replied to citizen");
  await turn.reply(textReply(result.ok ? `✓ Đã gửi câu trả lời đến người phản ánh ${report.code}.` : REFUSALS[result.reason]));
}
