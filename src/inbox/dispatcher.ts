/**
 * Delivers the outbox: claims due messages, sends each through its channel, records the result,
 * backs off on failures (honouring the platform's retry-after). Runs on a timer and whenever new
 * messages are enqueued (`kick`).
 */
import { DeliveryError, type ChannelSender } from "../core/delivery.js";
import { describeError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { Channel } from "../core/messages.js";
import type { Outbox } from "./outbox.js";

export const DISPATCH_DEFAULTS = { intervalMs: 2000, batch: 50 } as const;

export class OutboxDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private again = false;

  constructor(
    private readonly outbox: Outbox,
    private readonly senders: Partial<Record<Channel, ChannelSender>>,
    private readonly logger: Logger,
    private readonly options: { intervalMs: number; batch: number } = DISPATCH_DEFAULTS,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.options.intervalMs);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Delivers what is due soon; calls during a run schedule one more run, not many. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runOnce()
      .catch((error: unknown) => {
        this.logger.error({ error: describeError(error) }, "outbox dispatch failed");
        return 0;
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Waits until the current run (if any) is over. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** One pass: sends every due message once. Returns how many were sent. */
  async runOnce(): Promise<number> {
    let sent = 0;
    for (const message of await this.outbox.claimDue(this.options.batch)) {
      const log = this.logger.child({ outbox: message.id, channel: message.channel, purpose: message.purpose });
      const sender = this.senders[message.channel];
      try {
        if (!sender) throw new DeliveryError(`the ${message.channel} channel is not configured`, false);
        const messageId = await sender.send(message.chatId, message.reply);
        await this.outbox.markSent(message.id, messageId);
        sent++;
      } catch (error) {
        const delivery = error instanceof DeliveryError ? error : new DeliveryError(describeError(error), false);
        const status = await this.outbox.markFailed(message, delivery.message, { permanent: delivery.permanent, ...(delivery.retryAfterMs !== undefined ? { retryAfterMs: delivery.retryAfterMs } : {}) });
        log.warn({ error: delivery.message, attempts: message.attempts + 1, status }, "outbox delivery failed");
      }
    }
    return sent;
  }
}
