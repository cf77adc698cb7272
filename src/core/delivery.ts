/**
 * The contract between the outbox dispatcher and the channels: how a message reaches a chat when
 * nobody is waiting for it (notifications, staff cards), and how a channel says it could not.
 */
import { AsyncLocalStorage } from "node:async_hooks";
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
  /**
   * Called once, right before the first platform call (after waiting for the platform's limits), by
   * a channel that cannot deliver exactly once: the outbox records that a crash from here on may
   * leave the message delivered. When it throws, nothing is sent.
   */
  readonly beforeSend?: () => Promise<void>;
}

/** Sends replies to chats of one channel. */
export interface ChannelSender {
  /** Sends the reply; returns the platform's id of the (last) message sent. @throws DeliveryError */
  send(chatId: string, reply: Reply, options?: SendOptions): Promise<string | undefined>;
}

/** `options.beforeSend` the first time the returned function is called, nothing after. */
export function onFirstSend(options: SendOptions | undefined): () => Promise<void> {
  let called = false;
  return async () => {
    if (called) return;
    called = true;
    await options?.beforeSend?.();
  };
}

/**
 * The hook of the reply being sent, for the channel's code that makes the platform call: a reply goes
 * through the platform's client (grammY and its transformers, the Zalo messenger), which has no
 * parameter for it. See `whileSending`.
 */
const replyHooks = new AsyncLocalStorage<() => Promise<void>>();

/**
 * Sends a reply with `hook` to run right before its platform call (`beforeSending`): the assistant
 * records there that a later attempt at the same message must not send it again.
 */
export function whileSending<T>(hook: () => Promise<void>, send: () => Promise<T>): Promise<T> {
  return replyHooks.run(hook, send);
}

/** Called by a channel right before a platform call that delivers a reply (after the wait for the platform's limits). */
export async function beforeSending(): Promise<void> {
  await replyHooks.getStore()?.();
}

/** What a channel knows about a failed delivery besides whether to retry. */
export interface DeliveryErrorOptions {
  readonly cause?: unknown;
  /**
   * Give up once the message has had this many attempts, when that is fewer than the outbox's own
   * limit: for an answer whose meaning is unknown, which a few attempts tell from a passing one.
   */
  readonly maxAttempts?: number;
  /** Why, in Vietnamese, for staff: shown next to the message's delivery state. */
  readonly staffReason?: string;
}

/**
 * A delivery failed. `permanent` when retrying cannot help (the person blocked the bot, the chat is
 * gone, the 7-day window of a Zalo OA closed); `retryAfterMs` when the platform said when to retry.
 */
export class DeliveryError extends AppError {
  readonly maxAttempts: number | undefined;
  readonly staffReason: string | undefined;

  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs?: number,
    options: DeliveryErrorOptions = {},
  ) {
    super(message, "cause" in options ? { cause: options.cause } : undefined);
    this.maxAttempts = options.maxAttempts;
    this.staffReason = options.staffReason;
  }
}
