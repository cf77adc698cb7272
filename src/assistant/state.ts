/**
 * The per-chat state the assistant keeps between messages, validated when read back: a state from
 * an older version or a damaged row is dropped, not trusted.
 */
import { z } from "zod";

export const ChatStateSchema = z.object({
  /** The previous question, for follow-ups ("còn vùng DTTS thì sao?"). */
  lastQuestion: z.object({ text: z.string(), at: z.number(), passage: z.string().optional(), quote: z.string().optional() }).optional(),
  /** Values of the choices last offered as a numbered menu (channels without buttons). */
  menu: z.array(z.string()).optional(),
  /** A feedback form in progress (see src/feedback/flow.ts). */
  feedback: z.unknown().optional(),
  /** A forwarded message waiting for "file it as a report?". */
  forwarded: z.object({ text: z.string(), origin: z.object({ type: z.string(), name: z.string().optional(), date: z.string().optional() }), at: z.number() }).optional(),
  /** A message read as a report, waiting for "Gửi nội dung này thành phản ánh?" (see features/understand.ts). */
  pendingReport: z.object({ text: z.string(), at: z.number() }).optional(),
  /** The report the next message adds information to ("Bổ sung thông tin"). */
  addingInfo: z.object({ code: z.string(), at: z.number() }).optional(),
  /**
   * The stored message whose turn saved this state (`HandlingAttempt.key`): the state is saved last,
   * so a message handled again after a crash that finds its own key here had finished.
   */
  handled: z.string().optional(),
});
export type ChatState = z.infer<typeof ChatStateSchema>;

/** How long an idle conversation keeps its state; a feedback form left longer starts over. */
export const STATE_TTL_MS = 24 * 3600 * 1000;

export function parseState(value: unknown): ChatState {
  const parsed = ChatStateSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}
