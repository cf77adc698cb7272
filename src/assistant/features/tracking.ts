/**
 * A reporter following up: `/theodoi <mã>` (status and history), adding information to an open
 * report, rating a resolved one (1–5) or reopening it. `/theodoi <mã> <PIN>` opens a report from any
 * chat, which then follows it like the chat that filed it.
 */
import { textReply, type Inline, type Reply } from "../../core/messages.js";
import { briefNameOf } from "../../core/organisation.js";
import { VOICE_NOTE_MARK } from "../../feedback/flow.js";
import { parsePin, PIN_DIGITS, type ReportAccess } from "../../inbox/report-access.js";
import type { ChangeRefusal } from "../../inbox/reports.js";
import { parseTrackingCode } from "../../inbox/reports.js";
import { statusPage } from "../report-messages.js";
import type { ReportService } from "../report-service.js";
import { actorOf } from "../actor.js";
import type { Feature, Turn } from "../turn.js";

/** Adding information waits this long for the next message. */
export const ADD_INFO_WINDOW_MS = 30 * 60 * 1000;

const REFUSALS: Record<ChangeRefusal, string> = {
  unknown: "Không tìm thấy phản ánh có mã này trong các phản ánh bạn đã gửi từ đây. Bạn kiểm tra lại mã (dạng PA-2026-000123); nếu đã gửi từ nơi khác, bạn gõ /theodoi <mã> <mã PIN> (mã PIN được gửi cùng mã theo dõi) nhé.",
  "not-yours": "Phản ánh này không phải do bạn gửi từ tài khoản này, nên trợ lý không thay đổi được.",
  "not-allowed": "Phản ánh này hiện không thể thực hiện thao tác đó.",
  closed: "Phản ánh này đã kết thúc nên không bổ sung được nữa. Bạn gõ /gopy để gửi phản ánh mới.",
  // Only staff assign reports and remind units; a reporter's action never meets these.
  "same-unit": "Phản ánh này hiện không thể thực hiện thao tác đó.",
  "no-unit": "Phản ánh này hiện không thể thực hiện thao tác đó.",
};

/** The one answer to an unknown code and to a wrong PIN: nobody learns which codes exist. */
export const NOT_FOUND_WITH_PIN = "Không tìm thấy phản ánh với mã theo dõi và mã PIN này. Bạn kiểm tra lại cả hai mã trong tin nhắn xác nhận đã gửi phản ánh nhé.";

export function trackingFeature(service: ReportService, access: ReportAccess): Feature {
  return {
    name: "tracking",
    handles(message, state) {
      const { content } = message;
      if (content.kind === "command") return content.command === "theodoi";
      if (content.kind === "choice") return /^(info|rate|reopen|track):/u.test(content.value);
      return state.addingInfo !== undefined && (content.kind === "text" || content.kind === "photo" || ((content.kind === "voice" || content.kind === "file") && content.attachment !== undefined));
    },
    async handle(turn) {
      const { content } = turn.message;
      if (content.kind === "command") return showStatus(turn, service, access, content.args);
      if (content.kind === "choice") return choose(turn, service, content.value);
      return addInfo(turn, service);
    },
  };
}

/** Said when the chat has no open report; one told here but never sent (no code came back) is sent by telling it again. */
export const NONE_OPEN_HERE: readonly Inline[] = [
  "Bạn chưa có phản ánh nào đang xử lý trong cuộc trò chuyện này. Gõ /theodoi <mã> (ví dụ /theodoi PA-2026-000123) để xem một phản ánh. Nếu đã gửi từ tài khoản khác, bạn gõ kèm mã PIN (/theodoi <mã> <PIN>) hoặc tra ở mục “Tra cứu phản ánh” (",
  { code: "/tra-cuu" },
  ") trên trang web. Nếu bạn đã kể mà chưa nhận được mã phản ánh thì phản ánh chưa được gửi: bạn kể lại sự việc hoặc gõ /gopy để gửi.",
];

/** The status of the report whose code `args` holds, or without a code the chat's open reports. */
export async function showStatus(turn: Turn, service: ReportService, access: ReportAccess, args: string): Promise<void> {
  const { chat } = turn.message;
  const withPin = codeAndPin(args);
  if (withPin) return openWithPin(turn, service, access, withPin);
  if (!args.trim()) {
    const open = await service.reports.openReportsOf(chat.channel, chat.id);
    // Nothing open here may mean it was sent from another account, or for someone else: the code and PIN open it anywhere.
    if (open.length === 0) return void (await turn.reply(textReply(...NONE_OPEN_HERE)));
    return void (await turn.reply({
      blocks: [{ type: "paragraph", content: ["Các phản ánh của bạn đang được xử lý:"] }],
      choices: open.slice(0, 8).map((report) => [{ label: report.code, value: `track:${report.code}` }]),
    }));
  }
  const code = parseTrackingCode(args);
  await turn.reply(await ownStatusPage(service, code, turn));
}

/** "PA-2026-000123 123456" → code and what follows it; undefined when nothing follows the code. */
function codeAndPin(args: string): { code: string; pin: string } | undefined {
  const match = /\bPA[\s-]*\d{4}[\s-]*\d{1,9}\b/iu.exec(args);
  const rest = match ? args.slice(match.index + match[0].length).trim() : "";
  return match && rest ? { code: parseTrackingCode(match[0])!, pin: rest } : undefined;
}

/** Code and PIN open the report from this chat, which follows it from now on. */
async function openWithPin(turn: Turn, service: ReportService, access: ReportAccess, typed: { code: string; pin: string }): Promise<void> {
  const { chat } = turn.message;
  if (chat.type !== "private") return void (await turn.reply(textReply("Mã PIN là bí mật: bạn gõ /theodoi <mã> <mã PIN> trong tin nhắn riêng với trợ lý nhé.")));
  const pin = parsePin(typed.pin);
  if (!pin) return void (await turn.reply(textReply(`Mã PIN gồm ${PIN_DIGITS} chữ số, ví dụ /theodoi ${typed.code} 123456.`)));
  const result = await access.open(typed.code, pin, `chat:${chat.channel}:${chat.id}`);
  if (!result.ok) {
    const minutes = result.reason === "limited" ? Math.max(1, Math.ceil(result.retryAfterMs / 60_000)) : 0;
    return void (await turn.reply(textReply(result.reason === "limited" ? `Đã nhập sai quá nhiều lần. Bạn thử lại sau ${minutes} phút nhé.` : NOT_FOUND_WITH_PIN)));
  }
  const followed = await access.follow(result.report, chat.channel, chat.id);
  turn.log.info({ code: followed.code }, "report opened with its PIN");
  const page = statusPage(followed, service.messages);
  await turn.reply({ ...page, blocks: [...page.blocks, { type: "paragraph", content: ["Từ nay bạn cũng nhận tin về phản ánh này tại đây."] }] });
}

/**
 * The status page of a report this chat follows. Codes are sequential: anyone else is told it is
 * unknown, so that nobody can read other people's reports by trying numbers.
 */
async function ownStatusPage(service: ReportService, code: string | undefined, turn: Turn): Promise<Reply> {
  const { chat } = turn.message;
  const report = code ? await service.reports.findByCode(code) : undefined;
  return report && service.reports.isSubscriber(report, chat.channel, chat.id) ? statusPage(report, service.messages) : textReply(REFUSALS.unknown);
}

async function choose(turn: Turn, service: ReportService, value: string): Promise<void> {
  const { chat } = turn.message;
  const [action, code = "", argument] = value.split(":");
  const actor = actorOf(turn, "citizen");
  if (action === "track") return void (await turn.reply(await ownStatusPage(service, code, turn)));
  if (action === "info") {
    const report = await service.reports.findByCode(code);
    if (!report || !service.reports.isSubscriber(report, chat.channel, chat.id)) return void (await turn.reply(textReply(REFUSALS["not-yours"])));
    turn.state = { ...turn.state, addingInfo: { code, at: turn.message.receivedAt.getTime() } };
    return void (await turn.reply(textReply(`Bạn gõ nội dung hoặc gửi ảnh bổ sung cho phản ánh ${code}. Gõ /huy nếu thôi.`)));
  }
  if (action === "rate") {
    const rating = Number(argument);
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) return void (await turn.reply(textReply(REFUSALS["not-allowed"])));
    const result = await service.rate(code, chat.channel, chat.id, rating, actor);
    return void (await turn.reply(result.ok ? thanks(rating, briefNameOf(service.messages.organisation)) : textReply(REFUSALS[result.reason])));
  }
  const report = await service.reports.findByCode(code);
  if (!report || !service.reports.isSubscriber(report, chat.channel, chat.id)) return void (await turn.reply(textReply(REFUSALS["not-yours"])));
  const result = await service.changeStatus(code, "mo_lai", actor);
  await turn.reply(result.ok ? textReply(`Đã mở lại phản ánh ${code}. Cán bộ sẽ xem xét tiếp và báo lại cho bạn.`) : textReply(REFUSALS[result.reason]));
}

async function addInfo(turn: Turn, service: ReportService): Promise<void> {
  const { chat, content } = turn.message;
  const pending = turn.state.addingInfo!;
  turn.state = { ...turn.state, addingInfo: undefined };
  if (turn.message.receivedAt.getTime() - pending.at > ADD_INFO_WINDOW_MS) {
    return void (await turn.reply(textReply(`Đã quá lâu kể từ khi bạn chọn bổ sung thông tin. Gõ /theodoi ${pending.code} rồi chọn lại nhé.`)));
  }
  const info =
    content.kind === "text"
      ? { text: content.text }
      : content.kind === "photo"
        ? { attachments: content.attachments, ...(content.caption ? { text: content.caption } : {}) }
        : (content.kind === "voice" || content.kind === "file") && content.attachment
          ? { attachments: [content.attachment], ...(content.kind === "voice" ? { text: VOICE_NOTE_MARK } : {}) }
          : {};
  const result = await service.addInfo(pending.code, chat.channel, chat.id, info, actorOf(turn, "citizen"));
  await turn.reply(result.ok ? textReply(`Đã bổ sung thông tin cho phản ánh ${pending.code}. Cảm ơn bạn!`) : textReply(REFUSALS[result.reason]));
}

function thanks(rating: number, organisation: string): Reply {
  return textReply(rating >= 4 ? `Cảm ơn bạn đã đánh giá! ${organisation} ghi nhận ý kiến của bạn.` : `Cảm ơn bạn đã đánh giá. ${organisation} sẽ xem lại cách giải quyết để làm tốt hơn.`);
}
