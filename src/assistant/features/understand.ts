/**
 * Private-chat text, understood before it is answered (see `intent.ts`): a question is searched as
 * before; a report typed in plain words is filed through the feedback form after one confirmation;
 * smalltalk gets a short friendly answer and what the assistant can do; asking after one's report
 * shows its status. Groups keep their rules (the ask feature answers what reaches it there).
 */
import { textReply, type Channel } from "../../core/messages.js";
import type { Organisation } from "../../core/organisation.js";
import { findPersonalData } from "../../core/privacy.js";
import { assessUrgency } from "../../feedback/classifier.js";
import type { ReportAccess } from "../../inbox/report-access.js";
import { parseTrackingCode } from "../../inbox/reports.js";
import { actorOf } from "../actor.js";
import { continuesComplaint, correctsDetail, inDomain, looseCodeOf, surelyAsks, type IntentClassifier } from "../intent.js";
import { ADD_INFO_REPLY, fixedDeclineReply, LOST_CODE_REPLY, notACodeReply, notSentYetReply, phoneBeforeSendingReply, REPORT_CHOICE, reportConfirmReply, smalltalkReply } from "../intent-replies.js";
import type { ReportService } from "../report-service.js";
import type { Feature, Turn } from "../turn.js";
import { answerQuestion, type AskDeps } from "./ask.js";
import { startReport, type FeedbackDeps } from "./feedback.js";
import { showStatus } from "./tracking.js";

export interface UnderstandDeps {
  readonly intents: IntentClassifier;
  readonly ask: AskDeps;
  readonly feedback: FeedbackDeps;
  readonly service: ReportService;
  readonly access: ReportAccess;
  /** Named when the assistant introduces itself. */
  readonly organisation: Organisation;
  /** The channels this deployment answers on, named when asked where the assistant can be reached. */
  readonly channelsOn?: readonly Channel[];
}

/** A message read as a report waits this long for "Có" / "Không, đây là câu hỏi". */
export const PENDING_REPORT_WINDOW_MS = 30 * 60 * 1000;

/** A detail put right this soon after a report was sent is taken as that report's. */
export const CORRECTION_WINDOW_MS = 30 * 60 * 1000;

const CONFIRMATION_GONE = textReply("Nội dung chờ xác nhận đã quá lâu hoặc đã được xử lý. Bạn gõ lại nội dung, hoặc gõ /gopy để gửi phản ánh nhé.");

export function understandFeature(deps: UnderstandDeps): Feature {
  return {
    name: "understand",
    handles(message, state) {
      const { content } = message;
      if (content.kind === "choice") return content.value === REPORT_CHOICE.yes || content.value === REPORT_CHOICE.no;
      return content.kind === "text" && message.chat.type === "private" && state.feedback === undefined && state.addingInfo === undefined;
    },
    async handle(turn) {
      const { content } = turn.message;
      if (content.kind === "choice") return confirm(turn, deps, content.value);
      if (content.kind !== "text") return;
      await understandText(turn, deps, content.text);
    },
  };
}

async function understandText(turn: Turn, deps: UnderstandDeps, text: string): Promise<void> {
  // A detail put right soon after a report was sent ("à nhầm, không phải đường Lê Lợi mà là …") belongs to it: added to it,
  // not searched in the resolution nor filed as a new report. (Before it is sent, it joins the report waiting below.)
  if (!turn.state.pendingReport && correctsDetail(text) && (await correctLatestReport(turn, deps, text))) return;
  // What the chat holds of its past: the last question (for follow-ups) and a report waiting for its confirmation.
  const recent = [turn.state.lastQuestion?.text, turn.state.pendingReport?.text].filter((earlier): earlier is string => earlier !== undefined);
  const verdict = await deps.intents.classify(text, { history: recent });
  turn.log.info({ intent: verdict.intent, detail: verdict.detail, by: verdict.by }, "message understood");
  // A phone number typed while the complaint waits for its confirmation ("dạ số 0905…, ở thôn 4") is no question: the same choices,
  // and where the number is given.
  const pending = turn.state.pendingReport;
  if (verdict.intent !== "report" && pending && stillPending(turn, pending) && givesPhoneOnly(text)) {
    return void (await turn.reply(phoneBeforeSendingReply(pending.text, deps.organisation, assessUrgency(pending.text).urgent)));
  }
  switch (verdict.intent) {
    case "report": {
      // Going on with the complaint waiting for its confirmation ("rứa ai lo vụ ni? báo xã mấy lần rồi …"), both are one report.
      const told = continuesComplaint(verdict, text, recent) && pending ? `${pending.text}\n${text}` : text;
      turn.state = { ...turn.state, pendingReport: { text: told, at: turn.message.receivedAt.getTime() } };
      // Read offline (no LLM round trip before the question): someone in danger is told whom to call before anything else.
      return void (await turn.reply(reportConfirmReply(told, deps.organisation, assessUrgency(told).urgent)));
    }
    case "smalltalk":
      return void (await turn.reply(smalltalkReply(deps.organisation, verdict.detail, deps.channelsOn)));
    case "tracking": {
      const typed = looseCodeOf(text);
      // A mistyped code: say what a code looks like, then list the person's own reports.
      if (typed) await turn.reply(notACodeReply(typed));
      else if (verdict.detail === "lost-code") await turn.reply(LOST_CODE_REPLY);
      else if (verdict.detail === "add-info") await turn.reply(ADD_INFO_REPLY);
      else if (!parseTrackingCode(text) && (await waitsUnsent(turn, deps))) {
        const unsent = turn.state.pendingReport!.text;
        return void (await turn.reply(notSentYetReply(unsent, deps.organisation, assessUrgency(unsent).urgent)));
      }
      return showStatus(turn, deps.service, deps.access, parseTrackingCode(text) ?? "");
    }
    case "out-of-scope": {
      const fixed = fixedDeclineReply(verdict.detail);
      if (fixed) return void (await turn.reply(fixed));
      return answerQuestion(turn, text, deps.ask, { outOfScope: verdict.by === "offline" || !inDomain(text) });
    }
    case "question":
      return answerQuestion(turn, text, deps.ask, { surelyAsks: surelyAsks(verdict) });
  }
}

/** Whether the complaint waiting for its confirmation was typed within `PENDING_REPORT_WINDOW_MS` of this message. */
function stillPending(turn: Turn, pending: { readonly at: number }): boolean {
  return turn.message.receivedAt.getTime() - pending.at <= PENDING_REPORT_WINDOW_MS;
}

/** At most this many words, a message with a phone number in it gives only contact details. */
const CONTACT_MESSAGE_WORDS = 20;

/** A short message with a phone number and no question: "dạ số 0905 123 456, ở thôn 4 xã Đại Hiệp". */
function givesPhoneOnly(text: string): boolean {
  return !text.includes("?") && text.split(/\s+/u).length <= CONTACT_MESSAGE_WORDS && findPersonalData(text).some((found) => found.kind === "phone");
}

/** Adds a correction to the report this chat sent last, when it was sent within `CORRECTION_WINDOW_MS`; whether it did. */
async function correctLatestReport(turn: Turn, deps: UnderstandDeps, text: string): Promise<boolean> {
  const { chat, receivedAt } = turn.message;
  const [latest] = await deps.service.reports.openReportsOf(chat.channel, chat.id);
  if (!latest?.createdAt || receivedAt.getTime() - latest.createdAt.getTime() > CORRECTION_WINDOW_MS) return false;
  const result = await deps.service.addInfo(latest.code, chat.channel, chat.id, { text }, actorOf(turn, "citizen"));
  if (!result.ok) return false;
  await turn.reply(textReply(`Đã ghi phần đính chính vào phản ánh ${latest.code} bạn vừa gửi, cán bộ sẽ đọc cùng nội dung ban đầu. Cảm ơn bạn! Muốn gửi thêm ảnh hay thông tin khác, bạn gõ /theodoi ${latest.code} rồi chọn “Bổ sung thông tin”.`));
  return true;
}

/** The complaint typed here still waits for its confirmation, and nothing sent from this chat is open. */
async function waitsUnsent(turn: Turn, deps: UnderstandDeps): Promise<boolean> {
  const pending = turn.state.pendingReport;
  if (!pending || !stillPending(turn, pending)) return false;
  const { chat } = turn.message;
  return (await deps.service.reports.openReportsOf(chat.channel, chat.id)).length === 0;
}

/** "Có": the pending text starts the feedback form; "Không, đây là câu hỏi": it is answered as a question. */
async function confirm(turn: Turn, deps: UnderstandDeps, value: string): Promise<void> {
  const pending = turn.state.pendingReport;
  turn.state = { ...turn.state, pendingReport: undefined };
  if (!pending || !stillPending(turn, pending)) return void (await turn.reply(CONFIRMATION_GONE));
  if (value === REPORT_CHOICE.yes) return startReport(turn, deps.feedback, pending.text);
  await answerQuestion(turn, pending.text, deps.ask);
}
