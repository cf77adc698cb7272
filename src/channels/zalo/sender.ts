/**
 * Sends outbox messages (tracking codes, status notices, staff replies, rating requests) to Zalo
 * chats: bot chats and OA users alike (see messenger.ts), in messages of at most 2000 characters, and
 * the picture of a staff reply.
 * No retrying here: the outbox schedules retries itself, so a failure becomes a `DeliveryError`
 * that says whether to wait (rate limit), retry later (network, server error) or give up
 * (refused request, bad token, OA user not following or outside the 7-day window). A message given
 * up on is marked undeliverable, where staff see it. Each message waits for the `SendGate` shared
 * with the answers, which a rate limit pauses for the chat.
 */
import { DeliveryError, onFirstSend, type ChannelSender } from "../../core/delivery.js";
import { describeError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import type { PublicMedia } from "../../core/media-links.js";
import type { Reply } from "../../core/messages.js";
import type { SendGate } from "../../core/send-gate.js";
import type { ConversationStates } from "../../inbox/conversation-states.js";
import { classifyFailure, ZALO_FAILURE_DEFAULTS, type ZaloFailure } from "./failure.js";
import { rememberMenu } from "./menu-memory.js";
import { createZaloMessenger, type ZaloClients } from "./messenger.js";
import type { ImageSources } from "./oa-media.js";
import { renderZalo } from "./render.js";

export interface ZaloSenderOptions {
  readonly logger: Logger;
  readonly gate: SendGate;
  /** Where a sent menu is remembered, so that a typed number answers it (see menu-memory.ts). */
  readonly states?: ConversationStates;
  /** Where a staff reply's photo that is no URL (a Telegram file_id) is fetched from, for the OA. */
  readonly images?: ImageSources;
  /** Where the bot's staff photos that are no URL are offered from by public link (PUBLIC_URL). */
  readonly publicMedia?: PublicMedia;
}

export function createZaloSender(clients: ZaloClients, options: ZaloSenderOptions): ChannelSender {
  const messenger = createZaloMessenger(clients, options.logger, { images: options.images, publicMedia: options.publicMedia });
  return {
    async send(chatId: string, reply: Reply, sendOptions = { priority: 0 }): Promise<string | undefined> {
      let last: string | undefined;
      const beforeSend = onFirstSend(sendOptions);
      try {
        for (const message of renderZalo(reply)) {
          await options.gate.acquire(chatId, sendOptions.priority);
          last = (await messenger.send(chatId, message, beforeSend)) ?? last;
        }
      } catch (error) {
        const failure = classifyFailure(error);
        if (failure.kind === "rate-limited") options.gate.hold(chatId, failure.retryAfterMs ?? ZALO_FAILURE_DEFAULTS.rateLimitWaitMs);
        throw deliveryError(error, failure);
      }
      // The message is out: a failure to remember its menu must not send it again.
      if (options.states) {
        await rememberMenu(options.states, chatId, reply).catch((error: unknown) => options.logger.warn({ error: describeError(error) }, "could not remember the menu of a Zalo outbox message"));
      }
      return last;
    },
  };
}

/** Zalo's answer as a delivery outcome. */
function deliveryError(error: unknown, failure: ZaloFailure): DeliveryError {
  const message = describeError(error);
  const reason = failure.staffReason ? { staffReason: failure.staffReason } : {};
  switch (failure.kind) {
    case "rate-limited":
    case "quota":
      // Without a retry-after the outbox backs off exponentially.
      return new DeliveryError(`Zalo ${failure.kind === "quota" ? "quota used up" : "rate limit"}: ${message}`, false, failure.retryAfterMs, { cause: error, ...reason });
    case "permanent":
      return new DeliveryError(`Zalo refused the message: ${message}`, true, undefined, { cause: error, ...reason });
    case "unknown":
      return new DeliveryError(`Zalo answered a code not in its table: ${message}`, false, undefined, { cause: error, maxAttempts: ZALO_FAILURE_DEFAULTS.unknownCodeAttempts, ...reason });
    case "transient":
      return new DeliveryError(message, false, undefined, { cause: error, ...reason });
  }
}
