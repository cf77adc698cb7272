/**
 * Intent classification by an LLM (OpenAI or any OpenAI-compatible server), with the offline rules
 * as the fallback: on an error, a timeout or an answer that is not the JSON asked for, the offline
 * verdict is returned and the reason logged. It never rejects. The model sees the message and the
 * chat's last messages with phone numbers, ID numbers and e-mail addresses masked.
 */
import type OpenAI from "openai";
import { z } from "zod";
import { describeError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { fromOpenAIError } from "../core/openai-errors.js";
import type { Organisation } from "../core/organisation.js";
import { maskPersonalData } from "../core/privacy.js";
import { classifyByRules, classifyIntent, INTENTS, type IntentClassifier, type IntentContext, type IntentVerdict } from "./intent.js";

export interface LlmIntentSettings {
  readonly client: OpenAI;
  readonly model: string;
  readonly timeoutMs: number;
  readonly logger: Logger;
  /** Whose assistant this is, named in the prompt. */
  readonly organisation: Organisation;
}

/** Characters of the message and of each earlier message sent to the model. */
export const MAX_INTENT_INPUT_CHARS = { message: 2000, history: 300, historyMessages: 3 } as const;

const VerdictSchema = z.object({ intent: z.enum(INTENTS) });

const systemPrompt = (organisation: Organisation): string =>
  [
    `Bạn đọc tin nhắn người dùng gửi Trợ lý Dân vận của ${organisation.name} trong một cuộc trò chuyện riêng và cho biết họ muốn gì.`,
    "Trợ lý trả lời câu hỏi về Nghị quyết Hội nghị Tỉnh ủy lần thứ 14, khóa XXII về công tác dân vận (12/2023), nhận phản ánh của người dân và cho biết tình trạng phản ánh đã gửi.",
    "Chọn đúng một:",
    "- question: hỏi nghị quyết nói gì (mục tiêu, quan điểm, nhiệm vụ, giải pháp, ai làm gì, tình hình, kết quả, hạn chế…), kể cả viết không dấu, tiếng địa phương, câu hỏi nối tiếp.",
    "- report: phản ánh, khiếu nại, tố cáo, kiến nghị, đề nghị, góp ý hay khen ngợi gửi chính quyền về một sự việc cụ thể, kể cả khi viết dưới dạng câu hỏi (\"Cho tôi hỏi sao xã tôi…\").",
    "- smalltalk: chào hỏi, cảm ơn, tạm biệt, hỏi trợ lý là ai, làm được gì, giờ làm việc; cả lời lẽ thô lỗ với trợ lý.",
    "- out-of-scope: câu hỏi mà nghị quyết không trả lời: kiến thức chung, tin tức, giá cả, thủ tục hành chính, tỉnh khác, ai đang giữ chức vụ, văn bản khác.",
    "- tracking: hỏi về tình trạng phản ánh chính họ đã gửi, có hoặc không có mã (PA-2026-000123).",
    'Chỉ trả lời một đối tượng JSON, không kèm chữ nào khác: {"intent": "question" | "report" | "smalltalk" | "out-of-scope" | "tracking"}',
  ].join("\n");

export class LlmIntentClassifier implements IntentClassifier {
  private readonly systemPrompt: string;

  constructor(readonly settings: LlmIntentSettings) {
    this.systemPrompt = systemPrompt(settings.organisation);
  }

  async classify(text: string, context: IntentContext = {}): Promise<IntentVerdict> {
    const fallback = (why: string): IntentVerdict => {
      this.settings.logger.warn({ why }, "LLM intent classification unusable, using the offline rules");
      return classifyIntent(text, context);
    };
    let answer: string;
    try {
      answer = await this.complete(userMessage(text, context));
    } catch (error) {
      return fallback(describeError(error));
    }
    const body = answer.trim().replace(/^```(?:json)?\s*/iu, "").replace(/\s*```$/u, "");
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return fallback("answer is not JSON");
    }
    const parsed = VerdictSchema.safeParse(json);
    if (!parsed.success) return fallback("answer does not match the schema");
    // The offline rules still see what the model cannot know to be special: the detail of smalltalk.
    const offline = classifyByRules(text, context);
    return { intent: parsed.data.intent, reasons: ["llm"], by: "llm", ...(offline.intent === parsed.data.intent && offline.detail ? { detail: offline.detail } : {}) };
  }

  private async complete(content: string): Promise<string> {
    const { client, model, timeoutMs } = this.settings;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const completion = await client.chat.completions.create(
        { model, temperature: 0, messages: [{ role: "system", content: this.systemPrompt }, { role: "user", content }] },
        { signal },
      );
      return completion.choices[0]?.message?.content ?? "";
    } catch (error) {
      throw fromOpenAIError(error, signal);
    }
  }
}

/** The message, with the last earlier messages before it, masked and cut. */
function userMessage(text: string, context: IntentContext): string {
  const earlier = (context.history ?? []).slice(-MAX_INTENT_INPUT_CHARS.historyMessages).map((message) => `- ${maskPersonalData(message).slice(0, MAX_INTENT_INPUT_CHARS.history)}`);
  const message = maskPersonalData(text).slice(0, MAX_INTENT_INPUT_CHARS.message);
  return earlier.length ? `Tin nhắn trước đó (cũ trước):\n${earlier.join("\n")}\n\nTin nhắn cần xét:\n${message}` : message;
}
