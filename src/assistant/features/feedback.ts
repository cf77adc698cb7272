/**
 * Citizens' feedback: `/gopy` (and the "Gửi phản ánh" button) runs the form of src/feedback/flow.ts,
 * with the classifier's verdict; `/gopy <nội dung>` asks only what is missing; a forwarded message
 * can be filed on its author's behalf; `/huy` cancels. The finished form becomes a report, committed
 * before the reporter is told its code.
 */
import { textReply, type Inbound } from "../../core/messages.js";
import type { Classifier } from "../../feedback/classifier.js";
import { dueDateOf } from "../../feedback/deadlines.js";
import { cancelled, isStale, parseForm, startForm, step, withClassification, type FeedbackForm, type FlowContext, type FlowInput, type FlowStep } from "../../feedback/flow.js";
import { suggestedUnitOf, type ReferenceData } from "../../feedback/reference-data.js";
import type { ReportDraft } from "../../inbox/reports.js";
import { citationOf } from "../../knowledge/answer.js";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.js";
import type { ReportService } from "../report-service.js";
import type { ChatState } from "../state.js";
import type { Feature, Turn } from "../turn.js";

export interface FeedbackDeps {
  readonly knowledge: KnowledgeBase;
  readonly service: ReportService;
  readonly classifier: Classifier;
  readonly reference: ReferenceData;
}

/** Named defaults. */
export const FEEDBACK_DEFAULTS = {
  /** Resolution sections linked to a report. */
  sections: 3,
  /** A forwarded message waits this long for "file it?". */
  forwardWindowMs: 30 * 60 * 1000,
} as const;

const IN_GROUP = textReply("Để giữ kín thông tin của bạn, hãy nhắn riêng cho trợ lý rồi gõ /gopy để gửi phản ánh nhé.");
const NOTHING_TO_CANCEL = textReply("Hiện không có thao tác nào đang làm. Gõ /gopy nếu bạn muốn gửi phản ánh.");
const EXPIRED = textReply("Phản ánh bạn soạn dở đã quá lâu nên trợ lý đã hủy. Gõ /gopy để bắt đầu lại nhé.");

export function feedbackFeature(deps: FeedbackDeps): Feature {
  return {
    name: "feedback",
    handles(message, state) {
      const { content } = message;
      if (content.kind === "command") return content.command === "gopy" || content.command === "huy";
      if (content.kind === "choice") return content.value === "gopy" || content.value.startsWith("fb:") || content.value.startsWith("fwd:");
      // Information being added to a filed report goes to the tracking feature.
      if (state.addingInfo) return false;
      // A file the platform gives no way to fetch cannot join the report: the unhandled answer explains.
      if (state.feedback !== undefined) return ["text", "photo", "voice", "location", "contact"].includes(content.kind) || (content.kind === "file" && content.attachment !== undefined);
      return message.chat.type === "private" && message.forwarded !== undefined && forwardedText(message) !== undefined;
    },
    async handle(turn) {
      const { message } = turn;
      const { content } = message;
      const ctx = flowContext(deps, message.receivedAt);
      const stored = parseForm(turn.state.feedback);
      if (content.kind === "command" && content.command === "huy") {
        if (!stored && !turn.state.forwarded && !turn.state.addingInfo) return void (await turn.reply(NOTHING_TO_CANCEL));
        turn.state = { ...turn.state, forwarded: undefined, addingInfo: undefined };
        return run(turn, deps, ctx, cancelled());
      }
      if (message.chat.type !== "private") return void (await turn.reply(IN_GROUP));
      if (stored && isStale(stored, ctx.now)) {
        turn.state = { ...turn.state, feedback: undefined };
        await turn.reply(EXPIRED);
        if (!(content.kind === "command" || content.kind === "choice")) return;
      }
      const form = stored && !isStale(stored, ctx.now) ? stored : undefined;
      if (content.kind === "command" || (content.kind === "choice" && content.value === "gopy")) {
        const text = content.kind === "command" ? content.args : "";
        return run(turn, deps, ctx, startForm(ctx, text));
      }
      if (content.kind === "choice" && content.value.startsWith("fwd:")) return forwardChoice(turn, deps, ctx, content.value);
      if (!form) {
        if (message.forwarded) return offerForwarded(turn);
        return void (await turn.reply(textReply("Phản ánh này đã được gửi hoặc đã hủy. Gõ /gopy để gửi phản ánh mới.")));
      }
      const input = flowInput(message);
      if (!input) return;
      await run(turn, deps, ctx, step(form, input, ctx));
    },
  };
}

/** What the form reads at a message received at `at`: the lists as they are now, who reports go to. */
function flowContext(deps: FeedbackDeps, at: Date): FlowContext {
  const { areas, topicLabels } = deps.reference;
  return { areas, ...(topicLabels ? { topicLabels } : {}), organisation: deps.service.messages.organisation, now: at.getTime() };
}

/** Starts the feedback form with the description already given (a report typed in plain words, confirmed). */
export async function startReport(turn: Turn, deps: FeedbackDeps, text: string): Promise<void> {
  const ctx = flowContext(deps, turn.message.receivedAt);
  await run(turn, deps, ctx, startForm(ctx, text));
}

/** Applies a flow step: classifies when asked, files a submitted form, saves the form, replies. */
async function run(turn: Turn, deps: FeedbackDeps, ctx: FlowContext, result: FlowStep): Promise<void> {
  let outcome = result;
  for (const reply of outcome.replies) await turn.reply(reply);
  if (outcome.classify && outcome.form) {
    await turn.target.typing();
    const verdict = await deps.classifier.classify(outcome.form.description);
    turn.log.info({ topic: verdict.topic, urgent: verdict.urgent, by: verdict.by }, "feedback classified");
    outcome = withClassification(outcome.form, verdict, ctx);
    for (const reply of outcome.replies) await turn.reply(reply);
  }
  if (outcome.submit) {
    const report = await deps.service.file(await draftOf(turn, deps, outcome.submit));
    turn.log.info({ report: report.code, topic: report.topic, urgent: report.urgent }, "report filed");
  }
  turn.state = { ...turn.state, feedback: outcome.form };
}

async function draftOf(turn: Turn, deps: FeedbackDeps, form: FeedbackForm): Promise<ReportDraft> {
  const { message } = turn;
  const now = message.receivedAt;
  const topic = form.topic ?? "khac";
  const sections = await relatedSections(deps.knowledge, form.description);
  const { deadlines, holidays } = deps.reference;
  const dueAt = dueDateOf(now, { topic, urgent: form.urgent }, deadlines, holidays);
  return {
    channel: message.chat.channel,
    chatId: message.chat.id,
    // The name given with a shared phone is the one the person chose to give staff.
    reporter: { id: message.sender.id, ...(form.contactName || message.sender.name ? { name: form.contactName ?? message.sender.name } : {}) },
    topic,
    urgent: form.urgent,
    urgentReasons: form.urgentReasons,
    ...(form.area ? { area: form.area } : {}),
    description: form.description,
    descriptionCut: form.descriptionCut,
    attachments: form.attachments,
    ...(form.location ? { location: form.location } : {}),
    anonymous: form.anonymous,
    ...(form.phone ? { phone: form.phone, phoneConsent: form.phoneConsentForm ? "consent_form" : "typed" } : {}),
    sections,
    suggestedUnit: suggestedUnitOf(topic, deps.reference),
    dueAt,
    ...(form.forwardedFrom ? { forwardedFrom: { type: form.forwardedFrom.type, ...(form.forwardedFrom.name ? { name: form.forwardedFrom.name } : {}), ...(form.forwardedFrom.date ? { date: new Date(form.forwardedFrom.date) } : {}) } } : {}),
    ...(form.filedBy ? { filedBy: form.filedBy } : {}),
    ...(turn.source ? { source: turn.source } : {}),
  };
}

/** The resolution's sections a report's description is about (none when the search declines), linked to the report. */
export async function relatedSections(knowledge: KnowledgeBase, description: string): Promise<ReportDraft["sections"]> {
  const retrieval = knowledge.sectionsAbout(description, FEEDBACK_DEFAULTS.sections * 2);
  if (retrieval.declined) return [];
  return retrieval.hits
    .map((hit) => citationOf(hit.passage, knowledge.documents))
    .filter((citation, index, all) => all.findIndex((other) => other.section === citation.section) === index)
    .slice(0, FEEDBACK_DEFAULTS.sections)
    .map((citation) => ({ section: citation.section, label: citation.label }));
}

function flowInput(message: Inbound): FlowInput | undefined {
  const { content } = message;
  switch (content.kind) {
    case "text":
      return { kind: "text", text: content.text };
    case "choice":
      return { kind: "choice", value: content.value };
    case "photo":
      return { kind: "photo", attachments: content.attachments, ...(content.album ? { album: content.album } : {}) };
    case "voice":
      return { kind: "voice", ...(content.attachment ? { attachment: content.attachment } : {}) };
    case "file":
      return content.attachment ? { kind: "file", attachment: content.attachment } : undefined;
    case "location":
      return { kind: "location", latitude: content.latitude, longitude: content.longitude };
    case "contact":
      return { kind: "contact", phone: content.phone, ownContact: content.ownContact, ...(content.name ? { name: content.name } : {}), ...(content.consentForm ? { consentForm: true } : {}) };
    default:
      return undefined;
  }
}

function forwardedText(message: Inbound): string | undefined {
  const { content } = message;
  if (content.kind === "text") return content.text;
  if (content.kind === "photo") return content.caption;
  return undefined;
}

/** A forwarded message outside a form: file it as a report on the author's behalf? */
async function offerForwarded(turn: Turn): Promise<void> {
  const { message } = turn;
  const text = forwardedText(message);
  if (!text || !message.forwarded) return;
  const origin = { type: message.forwarded.type, ...(message.forwarded.name ? { name: message.forwarded.name } : {}), ...(message.forwarded.date ? { date: message.forwarded.date.toISOString() } : {}) };
  turn.state = { ...turn.state, forwarded: { text, origin, at: message.receivedAt.getTime() } };
  await turn.reply({
    blocks: [{ type: "paragraph", content: [`Bạn vừa chuyển tiếp một tin nhắn${origin.name ? ` của ${origin.name}` : ""}. Bạn muốn gửi tin này thành phản ánh thay cho người đó?`] }],
    choices: [[{ label: "📨 Gửi thành phản ánh", value: "fwd:file" }], [{ label: "Bỏ qua", value: "fwd:skip" }]],
  });
}

async function forwardChoice(turn: Turn, deps: FeedbackDeps, ctx: FlowContext, value: string): Promise<void> {
  const pending = turn.state.forwarded;
  turn.state = { ...turn.state, forwarded: undefined } satisfies ChatState;
  if (value === "fwd:skip") return void (await turn.reply(textReply("Đã bỏ qua tin nhắn chuyển tiếp.")));
  if (!pending || ctx.now - pending.at > FEEDBACK_DEFAULTS.forwardWindowMs) return void (await turn.reply(textReply("Tin nhắn chuyển tiếp này đã quá lâu. Bạn chuyển tiếp lại nhé.")));
  const { sender } = turn.message;
  await run(turn, deps, ctx, startForm(ctx, pending.text, { forwardedFrom: pending.origin, filedBy: { id: sender.id, ...(sender.name ? { name: sender.name } : {}) } }));
}
