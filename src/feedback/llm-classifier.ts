/**
 * Feedback classification by an LLM (OpenAI or any OpenAI-compatible server), with the offline
 * classifier as the fallback: on an error, a timeout or an answer that is not the JSON asked for,
 * the offline verdict is returned and the reason logged. It never rejects.
 *
 * The model sees the message with phone numbers, ID numbers and e-mail addresses masked: it needs
 * none of them to classify, and the server may be outside the province's network.
 */
import OpenAI from "openai";
import { z } from "zod";
import { describeError } from "../core/errors.js";
import { fromOpenAIError } from "../core/openai-errors.js";
import type { Logger } from "../core/logger.js";
import type { Organisation } from "../core/organisation.js";
import { assessUrgency, classifyFeedback, type Classification, type Classifier } from "./classifier.js";
import { maskPersonalData } from "../core/privacy.js";
import { TOPIC_DESCRIPTIONS, TOPICS } from "./taxonomy.js";

export interface LlmClassifierSettings {
  readonly client: OpenAI;
  readonly model: string;
  /** The whole answer must arrive within this time. */
  readonly timeoutMs: number;
  readonly logger: Logger;
  /** Who the reports are sent to, named in the prompt. */
  readonly organisation: Organisation;
}

/** Longer messages are cut before they are sent: the topic is clear long before, and tokens cost. */
export const MAX_LLM_INPUT_CHARS = 4000;

/** The answer the model must give; anything else is rejected. */
export const LlmVerdictSchema = z.object({
  topic: z.enum(TOPICS),
  urgent: z.boolean(),
  reasons: z.array(z.string().trim().min(1).max(200)).max(5).default([]),
});

const systemPrompt = (organisation: Organisation): string =>
  [
    `Bạn phân loại phản ánh của người dân gửi ${organisation.name}. Tin nhắn có thể viết không dấu, kiểu chat.`,
    "Chọn đúng một chủ đề chính (nếu tin nhắn nhắc nhiều chủ đề, chọn điều người dân phản ánh chủ yếu):",
    ...TOPICS.map((topic) => `- ${topic}: ${TOPIC_DESCRIPTIONS[topic]}`),
    "Cán bộ, đảng viên vi phạm (nhũng nhiễu, tham nhũng, lối sống) là can_bo, kể cả khi việc vi phạm liên quan đến đất đai hay trợ cấp.",
    "Hồ sơ, thủ tục bị chậm hoặc bị làm khó ở bộ phận một cửa là hanh_chinh, kể cả hồ sơ đất đai.",
    "urgent = true chỉ khi có nguy hiểm đến tính mạng hoặc điểm nóng sắp xảy ra: sạt lở đang diễn ra, người bị kẹt hoặc cô lập do lũ,",
    "đông người tụ tập, khiếu kiện đông người, bạo lực, bị tín dụng đen đe dọa. Sự việc kéo dài nhiều năm hoặc đã qua thì không khẩn cấp.",
    'Chỉ trả lời một đối tượng JSON, không kèm chữ nào khác: {"topic": "<mã chủ đề>", "urgent": true|false, "reasons": ["lý do ngắn bằng tiếng Việt"]}',
  ].join("\n");

/** Classifies with the LLM; falls back to `classifyFeedback` and logs why when the LLM cannot be used. */
export class LlmClassifier implements Classifier {
  private readonly systemPrompt: string;

  constructor(readonly settings: LlmClassifierSettings) {
    this.systemPrompt = systemPrompt(settings.organisation);
  }

  async classify(text: string): Promise<Classification> {
    let answer: string;
    try {
      answer = await this.complete(maskPersonalData(text).slice(0, MAX_LLM_INPUT_CHARS));
    } catch (error) {
      this.settings.logger.warn({ error: describeError(error) }, "LLM classification failed, using the offline classifier");
      return classifyFeedback(text);
    }
    const verdict = parseVerdict(answer);
    if (!verdict.success) {
      this.settings.logger.warn({ why: verdict.why }, "LLM classification rejected, using the offline classifier");
      return classifyFeedback(text);
    }
    const { topic, urgent, reasons } = verdict.data;
    if (urgent) return { topic, urgent, reasons, by: "llm" };
    // A missed emergency costs more than a false alarm: the rules can still make a message urgent.
    const rules = assessUrgency(text);
    return { topic, urgent: rules.urgent, reasons: rules.urgent ? [...reasons, ...rules.reasons] : reasons, by: "llm" };
  }

  private async complete(text: string): Promise<string> {
    const { client, model, timeoutMs } = this.settings;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const completion = await client.chat.completions.create(
        {
          model,
          temperature: 0,
          messages: [
            { role: "system", content: this.systemPrompt },
            { role: "user", content: text },
          ],
        },
        { signal },
      );
      return completion.choices[0]?.message?.content ?? "";
    } catch (error) {
      throw fromOpenAIError(error, signal);
    }
  }
}

type Parsed = { readonly success: true; readonly data: z.infer<typeof LlmVerdictSchema> } | { readonly success: false; readonly why: string };

/**
 * Reads the model's answer: one JSON object, possibly inside a ```json fence (models add one even
 * when told not to). The answer's text is never logged, only what is wrong with it.
 */
export function parseVerdict(answer: string): Parsed {
  const body = answer
    .trim()
    .replace(/^```(?:json)?\s*/iu, "")
    .replace(/\s*```$/u, "");
  if (!body) return { success: false, why: "empty answer" };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { success: false, why: "answer is not JSON" };
  }
  const parsed = LlmVerdictSchema.safeParse(json);
  if (!parsed.success) return { success: false, why: `answer does not match the schema: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"} ${issue.message}`).join("; ")}` };
  return { success: true, data: parsed.data };
}
