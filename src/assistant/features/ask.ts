/**
 * Questions about the resolution: plain text in a private chat, `/hoi <câu hỏi>` anywhere, follow-ups
 * that lean on the previous question, 👍/👎 votes and related questions. Every question is logged
 * for the staff.
 */
import { textReply, type Reply } from "../../core/messages.js";
import type { Organisation } from "../../core/organisation.js";
import { splitAside } from "../../core/chat-shorthand.js";
import { firstWords, truncate } from "../../core/text.js";
import type { QuestionLog } from "../../inbox/question-log.js";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.js";
import { answerReply } from "../answer-reply.js";
import { answerGoingOn, askFollowingOn, goingOnSearch, inDomainAfter, keepsPreviousQuestion, notNewIfQuoted, resolveFollowUp } from "../follow-up.js";
import { mayAskAfterReport, outOfDomain } from "../intent.js";
import { insteadOfDecline } from "../intent-replies.js";
import type { CuratedBook } from "../curated-book.js";
import type { CuratedEntry } from "../../knowledge/curated.js";
import { resolveSectionRef, sectionRef, sectionRefOfPassage } from "../section-ref.js";
import { STALE_BUTTON } from "../replies.js";
import type { Feature, Turn } from "../turn.js";

export interface AskDeps {
  readonly knowledge: KnowledgeBase;
  readonly questions: QuestionLog;
  /** Answers the staff wrote; given before searching for the questions they answer. */
  readonly curated?: CuratedBook;
  /** Where a declined question's asker is told a report would go. */
  readonly organisation: Organisation;
}

/** Named defaults. */
export const ASK_DEFAULTS = {
  /** A follow-up leans on the previous question asked within this time. */
  followUpWindowMs: 15 * 60 * 1000,
  /** While an LLM answer streams in, the message is edited at most this often (Telegram limits edits). */
  streamEditIntervalMs: 1200,
  /** Related questions offered. */
  related: 3,
  /** An aside left unanswered is quoted up to this many characters. */
  asideQuoteChars: 80,
} as const;

const EMPTY_HOI = textReply("Bạn gõ câu hỏi ngay sau lệnh /hoi nhé, ví dụ: /hoi Mục tiêu của nghị quyết là gì?");
const THANKS_FOR_VOTE = "Cảm ơn bạn đã đánh giá câu trả lời!";

export function askFeature(deps: AskDeps): Feature {
  return {
    name: "ask",
    handles(message, state) {
      const { content } = message;
      if (content.kind === "command") return content.command === "hoi";
      if (content.kind === "choice") return /^(vote|rel|q):/u.test(content.value);
      return content.kind === "text" && state.feedback === undefined;
    },
    async handle(turn) {
      const { content } = turn.message;
      if (content.kind === "choice") return handleChoice(turn, content.value, deps);
      const text = content.kind === "command" ? content.args : content.kind === "text" ? content.text : "";
      if (content.kind === "command" && !text.trim()) return void (await turn.reply(EMPTY_HOI));
      await answerQuestion(turn, text, deps);
    },
  };
}

/** What is already known of a question before it is searched. */
export interface QuestionScope {
  /** Outside the documents: declined, the search only telling why (asked about today, or for a figure). */
  readonly outOfScope?: boolean;
  /** Surely about the documents (the learned model was confident): the nearest passage, hedged, rather than a flat decline. */
  readonly surelyAsks?: boolean;
}

/**
 * Answers a question in the chat (curated answer first), leaning on the previous question for a
 * follow-up. Out of scope (or a kind of question the documents never answer, also in groups):
 * declined, unless it surely asks the documents.
 */
export async function answerQuestion(turn: Turn, text: string, deps: AskDeps, scope: QuestionScope = {}): Promise<void> {
  const { outOfScope = false, surelyAsks = false } = scope;
  const { knowledge, questions } = deps;
  const curated = await deps.curated?.find(text);
  if (curated) return giveCurated(turn, text, curated, deps);
  const now = turn.message.receivedAt.getTime();
  const previous = turn.state.lastQuestion && now - turn.state.lastQuestion.at < ASK_DEFAULTS.followUpWindowMs ? turn.state.lastQuestion : undefined;
  // "còn X thì sao?" asks the previous question about X, and must not give the previous answer again.
  const resolved = resolveFollowUp(text, previous?.text);
  const { question } = resolved;
  const declines = outOfScope || (outOfDomain(question) && !surelyAsks);
  await turn.target.typing();
  const started = performance.now();
  const stream = !declines && knowledge.usesLlm && turn.target.edit ? await startStream(turn) : undefined;
  const first = await askFollowingOn(knowledge, resolved, previous, { ...(stream ? { onText: stream.onText } : {}), hedge: surelyAsks || inDomainAfter(question, text, previous?.text), outOfScope: declines });
  // Going on from the previous question without its subject ("rồi cơ quan nào lo?"): asked again with it.
  const { answer: found, searched } = declines || stream ? { answer: first } : await answerGoingOn(text, previous?.text, first, goingOnSearch(knowledge));
  const answer = notNewIfQuoted(found, previous, text);
  const latencyMs = performance.now() - started;
  const logId = await questions.record({
    channel: turn.message.chat.channel,
    chatId: turn.message.chat.id,
    question: text,
    sections: answer.hits.map((hit) => hit.passage.section),
    declined: answer.declined,
    mode: answer.mode,
    latencyMs,
  });
  turn.log.info({ logId, declined: answer.declined, mode: answer.mode, followUp: resolved.followUp, latencyMs: Math.round(latencyMs) }, "question answered");
  // A new state object: the turn's state is saved only when it is not the one it started with.
  // Asked where the previous answer is, or where else it is said, the previous question stays the one to follow up on.
  const asked = keepsPreviousQuestion(question, previous) ? previous.text : (searched ?? question);
  if (!answer.declined) turn.state = { ...turn.state, lastQuestion: { text: asked, at: now, ...(answer.source ? { passage: answer.source.passageId } : {}), ...(answer.quote ? { quote: answer.quote } : {}) } };
  const answered = answerReply(answer, knowledge, logId);
  // A decline says what the assistant can do instead: send a report, or follow one sent when a few status words were all it asked.
  const declinedReply = answer.declined && answer.reason !== "empty" && answer.reason !== "too-long" ? { ...answered, blocks: [...answered.blocks, { type: "paragraph" as const, content: [insteadOfDecline(deps.organisation, mayAskAfterReport(text))] }] } : answered;
  // The search answers the first of two questions ("… không? À tiện hỏi luôn, …"): the second is named, not passed over in silence.
  const aside = splitAside(text)?.aside;
  const reply = aside ? { ...declinedReply, blocks: [...declinedReply.blocks, { type: "paragraph" as const, content: [asideLeft(aside)] }] } : declinedReply;
  if (stream) await stream.finish(reply);
  else await turn.reply(reply);
}

/** What is said of a second question tacked on as an aside: asked on its own, it gets its own answer. */
function asideLeft(aside: string): string {
  return `Câu hỏi sau («${truncate(aside, ASK_DEFAULTS.asideQuoteChars)}») bạn gửi riêng nhé, trợ lý trả lời từng câu một.`;
}

/** A staff-written answer: the text, its citation, the proof and vote buttons. */
async function giveCurated(turn: Turn, question: string, entry: CuratedEntry, deps: AskDeps): Promise<void> {
  const citation = deps.knowledge.citeSection(entry.section);
  const logId = await deps.questions.record({ channel: turn.message.chat.channel, chatId: turn.message.chat.id, question, sections: [entry.section], declined: false, mode: "curated", latencyMs: 0 });
  turn.log.info({ logId, curated: entry.id }, "curated answer given");
  const proof = citation ? sectionRefOfPassage(deps.knowledge, citation.passageId) : undefined;
  await turn.reply({
    blocks: [{ type: "paragraph", content: [entry.answer] }, ...(citation ? [{ type: "paragraph" as const, content: [{ italic: `Nguồn: ${citation.label}` }] }] : [])],
    choices: [[...(proof ? [{ label: "📄 Xem nguyên văn", value: `src:${proof}` }] : []), { label: "👍", value: `vote:${logId}:up` }, { label: "👎", value: `vote:${logId}:down` }]],
    ...(citation && proof ? { sectionLinks: [{ label: citation.label, section: proof }] } : {}),
  });
}

/** Sends a placeholder and edits it, throttled, as the LLM answer streams in. */
async function startStream(turn: Turn) {
  const placeholder = await turn.target.send(textReply("⏳ Đang soạn câu trả lời…"));
  if (!placeholder || !turn.target.edit) return undefined;
  const edit = turn.target.edit.bind(turn.target);
  let lastEdit = 0;
  let pending: Promise<void> = Promise.resolve();
  return {
    onText(text: string) {
      const now = Date.now();
      if (now - lastEdit < ASK_DEFAULTS.streamEditIntervalMs) return;
      lastEdit = now;
      pending = pending.then(() => edit(placeholder.id, textReply(`${text} ▌`)).catch(() => undefined));
    },
    async finish(reply: Reply) {
      await pending;
      await edit(placeholder.id, reply);
    },
  };
}

async function handleChoice(turn: Turn, value: string, deps: AskDeps): Promise<void> {
  const [kind, ...rest] = value.split(":");
  const argument = rest.join(":");
  if (kind === "vote") {
    const match = /^(\d{1,12}):(up|down)$/u.exec(argument);
    const recorded = match ? await deps.questions.vote(Number(match[1]), match[2] === "up" ? 1 : -1, turn.message.chat.channel, turn.message.chat.id) : false;
    await turn.reply(recorded ? { blocks: [], notice: THANKS_FOR_VOTE } : STALE_BUTTON);
    return;
  }
  const resolved = resolveSectionRef(deps.knowledge, argument);
  if (!resolved) return void (await turn.reply(STALE_BUTTON));
  if (kind === "rel") {
    const related = relatedSections(deps.knowledge, resolved.documentIndex, resolved.section.path);
    if (related.length === 0) return void (await turn.reply(textReply("Chưa có câu hỏi liên quan cho mục này. Bạn cứ gõ câu hỏi của mình nhé.")));
    await turn.reply({
      blocks: [
        { type: "paragraph", content: ["Bạn có thể hỏi tiếp:"] },
        { type: "list", items: related.map((section) => [{ bold: `Mục ${section.path}` }, ` nói gì về “${firstWords(section.heading, 12)}”?`]) },
      ],
      choices: related.map((section) => [{ label: `❓ Mục ${section.path} nói gì?`, value: `q:${sectionRef(resolved.documentIndex, section)}` }]),
    });
    return;
  }
  const overview = deps.knowledge.overview(resolved.documentId, resolved.section.path);
  if (!overview) return void (await turn.reply(STALE_BUTTON));
  await turn.reply(answerReply(overview, deps.knowledge, undefined));
}

/** Sections next to the given one in the outline: siblings nearest first, then the parent. */
function relatedSections(knowledge: KnowledgeBase, documentIndex: number, path: string) {
  const sections = knowledge.documents[documentIndex]?.sections ?? [];
  const index = sections.findIndex((section) => section.path === path);
  const current = sections[index];
  if (!current) return [];
  const siblings = sections
    .map((section, position) => ({ section, distance: Math.abs(position - index) }))
    .filter(({ section }) => section.parent === current.parent && section.path !== path)
    .sort((a, b) => a.distance - b.distance)
    .map(({ section }) => section);
  const parent = sections.find((section) => section.path === current.parent);
  return [...siblings, ...(parent ? [parent] : [])].slice(0, ASK_DEFAULTS.related);
}
