/**
 * The assistant's `ReplyTarget` for a Zalo chat (a bot chat or an OA user): the reply rendered as
 * messages (see render.ts), sent in order. Zalo cannot edit messages, so there is no `edit`: LLM answers
 * arrive whole and a menu that would replace the previous one comes as a new message. A person is
 * waiting for this answer, so a rate limit, a server error or a network failure is retried a few
 * times, each message on its own (the parts already sent are not repeated). A rate limit also pauses
 * the chat in the `SendGate` that the outbox shares.
 */
import type { ReplyTarget, SentMessage } from "../../assistant/turn.js";
import { beforeSending } from "../../core/delivery.js";
import { describeError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import type { Reply } from "../../core/messages.js";
import type { SendGate } from "../../core/send-gate.js";
import { classifyFailure } from "./failure.js";
import type { ZaloMessenger } from "./messenger.js";
import { renderZalo, type ZaloOutgoing } from "./render.js";

/** Retries of one message of an interactive reply: 1 s, 2 s, 4 s. */
export const TARGET_RETRY = { attempts: 3, firstDelayMs: 1000 } as const;

export interface ZaloTargetOptions {
  readonly gate: SendGate;
  /** Retries of one message (tests shorten them). */
  readonly retry?: { readonly attempts: number; readonly firstDelayMs: number };
}

export function zaloTarget(messenger: ZaloMessenger, chatId: string, log: Logger, options: ZaloTargetOptions): ReplyTarget {
  const retry = options.retry ?? TARGET_RETRY;
  async function sendWithRetry(message: ZaloOutgoing): Promise<string | undefined> {
    for (let attempt = 0; ; attempt++) {
      try {
        await options.gate.acquire(chatId, 0);
        return await messenger.send(chatId, message, beforeSending);
      } catch (error) {
        const failure = classifyFailure(error);
        const delay = retry.firstDelayMs * 2 ** attempt;
        // A pause longer than a retry (the app's calls used up, the OA's quota) is not waited out here.
        const giveUp = failure.kind === "permanent" || failure.kind === "quota" || (failure.retryAfterMs ?? 0) > delay;
        if (attempt >= retry.attempts || giveUp) throw error;
        if (failure.kind === "rate-limited") options.gate.hold(chatId, delay);
        log.warn({ error: describeError(error), attempt: attempt + 1, retryInMs: delay }, "Zalo send failed, retrying");
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  return {
    async send(reply: Reply): Promise<SentMessage | undefined> {
      let last: SentMessage | undefined;
      for (const message of renderZalo(reply)) {
        const id = await sendWithRetry(message);
        if (id !== undefined) last = { id };
      }
      return last;
    },
    async typing() {
      await messenger.typing(chatId).catch((error: unknown) => log.debug({ error: String(error) }, "typing indicator failed"));
    },
  };
}
