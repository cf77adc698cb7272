/**
 * Hands Zalo messages (from long polling, the bot webhook or the OA webhook) to the assistant
 * without making the caller wait: a webhook answers Zalo at once and the poller asks for the next
 * update at once. Messages of one chat are handled one after another in arrival order (a form's
 * answers must not overtake each other); different chats are handled at the same time.
 */
import type { Assistant } from "../../assistant/assistant.js";
import { describeError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import type { Inbound } from "../../core/messages.js";
import type { ZaloMessenger } from "./messenger.js";
import { TARGET_RETRY, zaloTarget } from "./target.js";

export interface ZaloReceiverDeps {
  readonly assistant: Assistant;
  readonly messenger: ZaloMessenger;
  readonly logger: Logger;
  /** Retries of interactive sends (tests shorten them). */
  readonly retry?: { attempts: number; firstDelayMs: number };
}

export class ZaloReceiver {
  /** The last queued task of each chat with work in progress. */
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly deps: ZaloReceiverDeps) {}

  /** Queues the message behind the chat's previous ones; returns at once. */
  receive(message: Inbound): void {
    const key = message.chat.id;
    const previous = this.tails.get(key) ?? Promise.resolve();
    const task = previous.then(() => this.handle(message));
    this.tails.set(key, task);
    void task.then(() => {
      if (this.tails.get(key) === task) this.tails.delete(key);
    });
  }

  /** Waits until every queued message has been handled. */
  async drain(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }

  private async handle(message: Inbound): Promise<void> {
    const log = this.deps.logger.child({ channel: "zalo", update: message.updateId });
    try {
      await this.deps.assistant.handle(message, zaloTarget(this.deps.messenger, message.chat.id, log, this.deps.retry ?? TARGET_RETRY));
    } catch (error) {
      // The assistant never throws; this only guards the queue of the chat.
      log.error({ error: describeError(error) }, "zalo update failed");
    }
  }
}
