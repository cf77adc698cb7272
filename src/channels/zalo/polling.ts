/**
 * Long polling of the Zalo Bot Platform: getUpdates waits up to `timeoutSeconds` and returns one
 * update, or Zalo's 408 when none came (an idle poll, not a failure). Zalo has no offset: an update
 * returned is gone from Zalo, so it is stored (`store`) before the next poll, and kept in memory and
 * stored again while the database refuses. Failures back off exponentially up to a cap, a rate
 * limit (429) at least `rateLimitedMs`; `stop()` cancels the poll in flight and returns once the
 * loop has ended.
 */
import { describeError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import { sleep } from "../../core/sleep.js";
import { ZALO_BOT_ERROR, ZaloBotApiError, type ZaloBotApi, type ZaloUpdate } from "./bot-api.js";

/** Named defaults of polling. */
export const POLL_DEFAULTS = {
  /** How long one getUpdates call waits for an update (the documented default). */
  timeoutSeconds: 30,
  /** Backoff after failures: 1 s, 2 s, 4 s … capped at one minute. */
  firstRetryMs: 1000,
  maxRetryMs: 60_000,
  /** The least wait after a 429. */
  rateLimitedMs: 5000,
} as const;

export type PollOptions = { readonly [K in keyof typeof POLL_DEFAULTS]: number };

export class ZaloPoller {
  private readonly controller = new AbortController();
  private loop: Promise<void> | undefined;

  constructor(
    private readonly api: ZaloBotApi,
    /** Commits updates to the durable intake; the next poll waits for it. */
    private readonly store: (updates: readonly ZaloUpdate[]) => Promise<void>,
    private readonly logger: Logger,
    private readonly options: PollOptions = POLL_DEFAULTS,
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
    let failures = 0;
    while (!signal.aborted) {
      try {
        const updates = await this.api.getUpdates(this.options.timeoutSeconds, signal);
        failures = 0;
        if (updates.length) await this.keep(updates);
      } catch (error) {
        if (signal.aborted) break;
        failures++;
        const rateLimited = error instanceof ZaloBotApiError && error.errorCode === ZALO_BOT_ERROR.rateLimited;
        const backoff = Math.min(this.options.firstRetryMs * 2 ** (failures - 1), this.options.maxRetryMs);
        const delay = rateLimited ? Math.max(backoff, this.options.rateLimitedMs) : backoff;
        if (error instanceof ZaloBotApiError && error.errorCode === ZALO_BOT_ERROR.unauthorized) {
          this.logger.error({ error: describeError(error), retryInMs: delay }, "Zalo refused the bot token while polling: it was reset? Set the new ZALO_BOT_TOKEN and restart");
        } else {
          this.logger.warn({ error: describeError(error), failures, retryInMs: delay }, "Zalo polling failed");
        }
        await sleep(delay, signal);
      }
    }
  }

  /** Stores updates Zalo will not send again: retried while the database refuses, until stopped. */
  private async keep(updates: readonly ZaloUpdate[]): Promise<void> {
    const { signal } = this.controller;
    for (let failures = 1; ; failures++) {
      try {
        return await this.store(updates);
      } catch (error) {
        const delay = Math.min(this.options.firstRetryMs * 2 ** (failures - 1), this.options.maxRetryMs);
        if (signal.aborted) {
          this.logger.error({ error: describeError(error), updates: updates.length }, "stopping while Zalo updates could not be stored: they are lost");
          return;
        }
        this.logger.error({ error: describeError(error), retryInMs: delay }, "could not store Zalo updates; trying again (Zalo will not send them again)");
        await sleep(delay, signal);
      }
    }
  }
}
