/**
 * Turns a knowledge-core answer into the assistant's reply: the answer, the quoted passage with its
 * citation, "xem thêm", and the buttons that go with an answer (the proof, 👍/👎, related questions).
 */
import type { Block, Choice, Reply, SectionLink } from "../core/messages.js";
import type { Answer } from "../knowledge/answer.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { sectionRefOfPassage } from "./section-ref.js";

/** The reply to a question; `logId` identifies the question for the vote buttons. */
export function answerReply(answer: Answer, knowledge: KnowledgeBase, logId: number | undefined): Reply {
  if (answer.declined || !answer.source) return { blocks: answer.text.split("\n").map((line) => ({ type: "paragraph", content: [line] })) };
  const blocks: Block[] = [];
  if (answer.mode === "llm") {
    blocks.push({ type: "paragraph", content: [answer.body] }, { type: "paragraph", content: [{ italic: `Nguồn: ${answer.source.label}` }] });
  } else {
    if (answer.lead) blocks.push({ type: "paragraph", content: [answer.lead] });
    blocks.push({ type: "quote", text: answer.quote ?? answer.body, source: answer.source.label });
  }
  if (answer.seeAlso.length) blocks.push({ type: "paragraph", content: [{ bold: "Xem thêm: " }, answer.seeAlso.map((item) => item.label).join("; ")] });
  const proof = sectionRefOfPassage(knowledge, answer.source.passageId);
  const firstRow: Choice[] = proof ? [{ label: "📄 Xem nguyên văn", value: `src:${proof}` }] : [];
  const secondRow: Choice[] = [];
  if (logId !== undefined) {
    firstRow.push({ label: "👍", value: `vote:${logId}:up` }, { label: "👎", value: `vote:${logId}:down` });
  }
  if (proof) secondRow.push({ label: "💡 Câu hỏi liên quan", value: `rel:${proof}` });
  const sectionLinks = [answer.source, ...answer.seeAlso].flatMap((cited): SectionLink[] => {
    const section = sectionRefOfPassage(knowledge, cited.passageId);
    return section ? [{ label: cited.label, section }] : [];
  });
  return { blocks, choices: [firstRow, secondRow].filter((row) => row.length > 0), ...(sectionLinks.length ? { sectionLinks } : {}) };
}
