/**
 * Sends outbox messages to Telegram chats. Each message waits for the bot's `SendGate` (shared with
 * the bot's answers, so that together they stay within Telegram's limits) at the outbox message's
 * priority, a reply's photo after its text. No retrying here: the outbox schedules retries itself (honouring 429 retry_after, which
 * also pauses the chat in the gate), so a message never blocks the others.
 */
import { Api, GrammyError, HttpError, type Transformer } from "grammy";
import { DeliveryError, onFirstSend, type ChannelSender } from "../../core/delivery.js";
import type { Reply } from "../../core/messages.js";
import type { SendGate } from "../../core/send-gate.js";
import { renderTelegram } from "./render.js";

export interface TelegramSenderOptions {
  readonly gate: SendGate;
  readonly apiRoot?: string;
  readonly transformers?: readonly Transformer[];
}

export function createTelegramSender(token: string, options: TelegramSenderOptions): ChannelSender {
  const api = new Api(token, options.apiRoot ? { apiRoot: options.apiRoot } : undefined);
  for (const transformer of options.transformers ?? []) api.config.use(transformer);
  return {
    async send(chatId: string, reply: Reply, sendOptions = { priority: 0 }): Promise<string | undefined> {
      let last: string | undefined;
      const beforeSend = onFirstSend(sendOptions);
      try {
        for (const message of renderTelegram(reply)) {
          await options.gate.acquire(chatId, sendOptions.priority);
          await beforeSend();
          const sent = await api.sendMessage(chatId, message.html, { parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...(message.keyboard ? { reply_markup: message.keyboard } : {}) });
          last = String(sent.message_id);
        }
        // A staff reply's photo: a Telegram file_id (the same bot's) or a URL, both as Telegram takes them.
        const image = reply.image;
        if (image && (image.channel === "telegram" || /^https:\/\//u.test(image.ref))) {
          await options.gate.acquire(chatId, sendOptions.priority);
          await beforeSend();
          last = String((await api.sendPhoto(chatId, image.ref, image.caption ? { caption: image.caption } : {})).message_id);
        }
        return last;
      } catch (error) {
        const failure = deliveryError(error);
        if (failure.retryAfterMs !== undefined) options.gate.hold(chatId, failure.retryAfterMs);
        throw failure;
      }
    },
  };
}

/** Telegram's answer as a delivery outcome: wait and retry, or give up. */
function deliveryError(error: unknown): DeliveryError {
  if (error instanceof GrammyError) {
    const retryAfter = error.parameters.retry_after;
    if (error.error_code === 429) return new DeliveryError(`Telegram rate limit: ${error.description}`, false, (retryAfter ?? 5) * 1000, { cause: error });
    if (error.error_code >= 500) return new DeliveryError(`Telegram server error ${error.error_code}: ${error.description}`, false, undefined, { cause: error });
    // 400 (chat not found), 403 (blocked by the user): retrying cannot help.
    return new DeliveryError(`Telegram refused (${error.error_code}): ${error.description}`, true, undefined, { cause: error });
  }
  if (error instanceof HttpError) return new DeliveryError(`Telegram unreachable: ${error.message}`, false, undefined, { cause: error });
  return new DeliveryError(error instanceof Error ? error.message : String(error), false, undefined, { cause: error });
}
