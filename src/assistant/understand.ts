/**
 * A message understood end to end, without a chat: its intent, and for a question the answer (a
 * question the documents do not answer is `out-of-scope`), for a report its topic. What
 * `npm run ask -- --jsonl` and the routing benchmark use; the chat does the same through its features.
 */
import type { Classifier } from "../feedback/classifier.js";
import type { Topic } from "../feedback/taxonomy.js";
import type { Answer } from "../knowledge/answer.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { answerGoingOn, askFollowingOn, goingOnSearch, inDomainAfter, keepsPreviousQuestion, notNewIfQuoted, resolveFollowUp, type PreviousAnswer } from "./follow-up.js";
import { continuesComplaint, inDomain, surelyAsks, type Intent, type IntentClassifier, type IntentVerdict } from "./intent.js";
import { fixedDeclineReply } from "./intent-replies.js";

export interface UnderstandDeps {
  readonly knowledge: KnowledgeBase;
  readonly intents: IntentClassifier;
  readonly feedback: Classifier;
}

export interface Understanding {
  readonly intent: Intent;
  readonly verdict: IntentVerdict;
  /** Questions: what was searched (a follow-up rewritten with the previous question). */
  readonly question?: string;
  readonly answer?: Answer;
  /** Reports: the feedback classifier's topic and urgency. */
  readonly topic?: Topic;
  readonly urgent?: boolean;
}

/**
 * Understands one message given the chat's earlier messages (oldest first). The last earlier
 * question is what a follow-up leans on; its answer is not given again.
 */
export async function understand(text: string, history: readonly string[], deps: UnderstandDeps, k?: number): Promise<Understanding> {
  const verdict = await deps.intents.classify(text, { history });
  if (verdict.intent === "report") {
    // Going on with the complaint just told ("rứa ai lo vụ ni?", "ở khúc đó còn …"), it is filed with it, and that says what it is about.
    const classification = await deps.feedback.classify(continuesComplaint(verdict, text, history) ? `${history.at(-1)}\n${text}` : text);
    return { intent: "report", verdict, topic: classification.topic, urgent: classification.urgent };
  }
  const fixedDecline = fixedDeclineReply(verdict.detail) !== undefined;
  if (verdict.intent === "out-of-scope" && !fixedDecline && (verdict.by === "offline" || !inDomain(text))) {
    return { intent: "out-of-scope", verdict, question: text, answer: await deps.knowledge.ask(text, { ...(k ? { k } : {}), outOfScope: true }) };
  }
  if (verdict.intent !== "question" && verdict.intent !== "out-of-scope") return { intent: verdict.intent, verdict };
  if (fixedDecline) return { intent: "out-of-scope", verdict };
  const previous = await previousQuestion(history, deps);
  const resolved = resolveFollowUp(text, previous?.text);
  const { question } = resolved;
  const first = await askFollowingOn(deps.knowledge, resolved, previous, { ...(k ? { k } : {}), hedge: surelyAsks(verdict) || inDomainAfter(question, text, previous?.text) });
  const { answer, searched } = await answerGoingOn(text, previous?.text, first, goingOnSearch(deps.knowledge, k));
  return { intent: answer.declined ? "out-of-scope" : "question", verdict, question: searched ?? question, answer: notNewIfQuoted(answer, previous, text) };
}

/** The last earlier message that was a question, and what its answer quoted. */
async function previousQuestion(history: readonly string[], deps: UnderstandDeps): Promise<PreviousAnswer | undefined> {
  for (let index = history.length - 1; index >= 0; index--) {
    const text = history[index]!;
    const verdict = await deps.intents.classify(text, { history: history.slice(0, index) });
    // "ý đó nằm ở mục nào?", "còn chỗ mô nói nữa không?" asked where the one before it is: that one is still what was asked.
    if (verdict.intent !== "question" || (index > 0 && keepsPreviousQuestion(text, { text: history[index - 1]! }))) continue;
    const answer = await deps.knowledge.ask(resolveFollowUp(text, undefined).question);
    return { text, ...(answer.source ? { passage: answer.source.passageId } : {}), ...(answer.quote ? { quote: answer.quote } : {}) };
  }
  return undefined;
}
