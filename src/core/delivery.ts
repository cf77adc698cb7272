/**
 * The contract between the outbox dispatcher and the channels: how a message reaches a chat when
 * nobody is waiting for it (notifications, staff cards), and how a channel says it could not.
 */
import { AppError } from "./errors.js";
import type { Reply } from "./messages.js";

/** How an outbox message is sent. */
export interface SendOptions {
  /**
   * When the platform's overall limit makes messages wait, lower numbers go first: 0 for people
   * (their tracking codes and notices), higher for staff messages. See `SendGate`.
   */
  readonly priority: number;
  /** Unique per outbox message: a channel that can deliver exactly once (the web chat) keys on it. */
  readonly key?: string;
}

/** Sends replies to chats of one channel. */
export interface ChannelSender {
  /** Sends the reply; returns the platform's id of the (last) message sent. @throws DeliveryError */
  send(chatId: string, reply: Reply, options?: SendOptions): Promise<string | undefined>;
}

/**
 * A delivery failed. `permanent` when retrying cannot help (the person blocked the bot, the chat is
 * gone, the 7-day window of a Zalo OA closed); `retryAfterMs` when the platform said when to retry.
 */
export class DeliveryError extends AppError {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
