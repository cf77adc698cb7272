/**
 * Long polling of the Bot API with the durable intake: each batch of updates is stored before the
 * next getUpdates moves the offset past it (which is what tells Telegram they arrived), so an update
 * is never confirmed and then lost. Telegram keeps unconfirmed updates for 24 hours and sends them
 * again, and the intake stores a redelivery once. Failures back off exponentially up to a cap;
 * `stop()` cancels the poll in flight and returns once the loop has ended.
 */
import { GrammyError, type Api } from "grammy";
import type { Update } from "grammy/types";
import { describeError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import { sleep } from "../../core/sleep.js";

/** Named defaults of polling. */
export const TELEGRAM_POLL_DEFAULTS = {
  /** How long one getUpdates call waits for updates (seconds). */
  timeoutSeconds: 25,
  /** Updates per call (Telegram's maximum). */
  limit: 100,
  /** Backoff after failures: 1 s, 2 s, 4 s … capped at one minute. */
  firstRetryMs: 1000,
  maxRetryMs: 60_000,
} as const;

export type TelegramPollOptions = { readonly [K in keyof typeof TELEGRAM_POLL_DEFAULTS]: number };

/** The update types the bot acts on. */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query"] as const;

export class TelegramPoller {
  private readonly controller = new AbortController();
  private loop: Promise<void> | undefined;

  /** @param store commits a batch of updates; the offset moves past them only once it resolves */
  constructor(
    private readonly api: Api,
    private readonly store: (updates: readonly Update[]) => Promise<void>,
    private readonly logger: Logger,
    private readonly options: TelegramPollOptions = TELEGRAM_POLL_DEFAULTS,
  ) {}

  start(): void {
    this.loop ??= this.run();
  }

  /** Cancels the poll in flight; resolves once the loop has ended. */
  async stop(): Promise<void> {
    this.controller.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { signal } = this.controller;
    let offset: number | undefined;
    let failures = 0;
    while (!signal.aborted) {
      try {
        const updates = await this.api.getUpdates({ ...(offset !== undefined ? { offset } : {}), limit: this.options.limit, timeout: this.options.timeoutSeconds, allowed_updates: [...ALLOWED_UPDATES] }, signal as Parameters<Api["getUpdates"]>[1]);
        if (updates.length) {
          await this.store(updates);
          offset = updates[updates.length - 1]!.update_id + 1;
        }
        failures = 0;
      } catch (error) {
        if (signal.aborted) break;
        failures++;
        const retryAfter = error instanceof GrammyError && error.error_code === 429 ? (error.parameters.retry_after ?? 1) * 1000 : 0;
        const delay = Math.max(retryAfter, Math.min(this.options.firstRetryMs * 2 ** (failures - 1), this.options.maxRetryMs));
        if (error instanceof GrammyError && error.error_code === 409) this.logger.error({ error: describeError(error), retryInMs: delay }, "Telegram refuses polling: a webhook is set, or another process polls with this token");
        else this.logger.warn({ error: describeError(error), failures, retryInMs: delay }, "Telegram polling failed; the updates stay with Telegram and come again");
        await sleep(delay, signal);
      }
    }
  }
}
