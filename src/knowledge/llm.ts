/**
 * Grounded answers from an LLM (OpenAI or any OpenAI-compatible server): the model sees only the
 * retrieved passages, must cite their section tags, and every tag it cites is checked.
 */
import OpenAI from "openai";
import { fromOpenAIError } from "../core/openai-errors.js";
import type { Organisation } from "../core/organisation.js";
import type { Citation } from "./answer.js";
import { citationOf } from "./answer.js";
import type { Passage } from "./document.js";
import type { IndexedDocument } from "./index-store.js";
import type { Hit } from "./retriever.js";

/** What the model answers when the passages do not answer the question. */
export const NOT_COVERED_MARK = "KHÔNG_ĐỀ_CẬP";

export interface LlmSettings {
  readonly client: OpenAI;
  readonly model: string;
  /** The whole answer, streamed or not, must arrive within this time. */
  readonly timeoutMs: number;
  /** Who the assistant answers for, named in the prompt. */
  readonly organisation: Organisation;
}

export type GroundedResult =
  | { readonly kind: "answer"; readonly body: string; readonly citations: readonly Citation[] }
  | { readonly kind: "not-covered" }
  /** The model answered, but its answer cannot be trusted as it is (says why). */
  | { readonly kind: "unusable"; readonly why: string };

export interface AnswerOptions {
  /** Called with the text so far while the answer streams in. */
  readonly onText?: (text: string) => void;
}

const systemPrompt = (organisation: Organisation): string =>
  [
    `Bạn là Trợ lý Dân vận của ${organisation.name}, trả lời cán bộ về nội dung văn bản.`,
    "Chỉ dựa vào các đoạn trích được cung cấp; không dùng hiểu biết bên ngoài, không suy diễn, không bịa số liệu.",
    "Trả lời bằng tiếng Việt, ngắn gọn (tối đa 5 câu), giữ nguyên thuật ngữ và số liệu của văn bản.",
    "Sau mỗi ý, ghi mã nguồn của đoạn trích trong ngoặc vuông, đúng như mã đã cho, ví dụ [II.2] hoặc [chú thích 1].",
    `Nếu các đoạn trích không có câu trả lời, chỉ viết đúng một từ: ${NOT_COVERED_MARK}`,
  ].join("\n");

/** Tag a passage is cited by in the prompt and in the answer. */
export function passageTag(passage: Passage, documents: readonly IndexedDocument[]): string {
  const tag = SPECIAL_TAGS[passage.section] ?? passage.section.replace(/^footnote /, "chú thích ");
  const primary = documents.find((doc) => doc.id === passage.docId)?.meta.primary ?? documents.length === 1;
  return primary ? tag : `${passage.docId} ${tag}`;
}

const SPECIAL_TAGS: Record<string, string> = { title: "tên văn bản", letterhead: "phần đầu", recipients: "nơi nhận" };

export class GroundedAnswerer {
  private readonly systemPrompt: string;

  constructor(readonly settings: LlmSettings) {
    this.systemPrompt = systemPrompt(settings.organisation);
  }

  /** Asks the model; throws `UpstreamApiError` or `UpstreamUnreachableError` when it cannot answer. */
  async answer(question: string, hits: readonly Hit[], documents: readonly IndexedDocument[], options: AnswerOptions = {}): Promise<GroundedResult> {
    const tagged = new Map(hits.map((hit) => [passageTag(hit.passage, documents), hit.passage] as const));
    const context = [...tagged].map(([tag, passage]) => `[${tag}] (${citationOf(passage, documents).label})\n${passage.text}`).join("\n\n");
    const text = await this.complete(
      [
        { role: "system", content: this.systemPrompt },
        { role: "user", content: `Các đoạn trích:\n\n${context}\n\nCâu hỏi: ${question}` },
      ],
      options.onText,
    );
    return checkAnswer(text, tagged, documents);
  }

  private async complete(messages: OpenAI.Chat.ChatCompletionMessageParam[], onText?: (text: string) => void): Promise<string> {
    const { client, model, timeoutMs } = this.settings;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      if (!onText) {
        const completion = await client.chat.completions.create({ model, messages, temperature: 0 }, { signal });
        return completion.choices[0]?.message?.content ?? "";
      }
      const stream = await client.chat.completions.create({ model, messages, temperature: 0, stream: true }, { signal });
      let text = "";
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta?.content;
        if (!delta) continue;
        text += delta;
        onText(text);
      }
      return text;
    } catch (error) {
      throw fromOpenAIError(error, signal);
    }
  }
}

/** Validates a model answer: non-empty, and every cited tag is one of the passages it was given. */
export function checkAnswer(raw: string, tagged: ReadonlyMap<string, Passage>, documents: readonly IndexedDocument[]): GroundedResult {
  const body = raw.trim();
  if (!body) return { kind: "unusable", why: "empty answer" };
  if (body.replace(/[\s.*_"“”]/g, "").toUpperCase() === NOT_COVERED_MARK.replace(/_/g, "")) return { kind: "not-covered" };
  if (body.includes(NOT_COVERED_MARK)) return { kind: "not-covered" };
  const cited = [...body.matchAll(/\[([^[\]]{1,40})\]/gu)].map((match) => (match[1] ?? "").trim());
  if (cited.length === 0) return { kind: "unusable", why: "answer cites no passage" };
  const unknown = cited.filter((tag) => !tagged.has(tag));
  if (unknown.length) return { kind: "unusable", why: `answer cites sections it was not given: ${unknown.join(", ")}` };
  const citations = [...new Set(cited)].map((tag) => citationOf(tagged.get(tag)!, documents));
  return { kind: "answer", body, citations };
}
