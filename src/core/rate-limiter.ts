/**
 * Per-person rate limit (token bucket): bursts are fine, a flood is not. One interface, two
 * implementations chosen by the inbox (`src/inbox/limits.ts`): this one in memory, for one process
 * (SQLite), where a restart forgets it, which is harmless; and a bucket per sender in the database,
 * for instances sharing one (`src/inbox/rate-buckets.ts`).
 */

/** Named defaults: 8 messages at once, then one every 2 seconds. */
export const RATE_LIMIT = { burst: 8, refillMs: 2000 } as const;

/** A bucket's size and how long one message's token takes to come back. */
export interface RateLimits {
  readonly burst: number;
  readonly refillMs: number;
}

/** "warn" the first time a sender runs out (tell them once), "drop" after that until they slow down. */
export type RateDecision = "allow" | "warn" | "drop";

export interface RateLimiter {
  /** Spends one of `key`'s tokens at `now` when it has one. */
  check(key: string, now?: number): Promise<RateDecision>;
}

/** Idle senders are forgotten every this many checks. */
const SWEEP_EVERY = 1000;

/** The rate limit of one process, in memory. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updated: number; warned: boolean }>();
  private checks = 0;

  constructor(private readonly limits: RateLimits = RATE_LIMIT) {}

  async check(key: string, now = Date.now()): Promise<RateDecision> {
    if (++this.checks % SWEEP_EVERY === 0) this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.limits.burst, updated: now, warned: false };
    const refilled = Math.min(this.limits.burst, bucket.tokens + (now - bucket.updated) / this.limits.refillMs);
    bucket.tokens = refilled;
    bucket.updated = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.warned = false;
      return "allow";
    }
    if (bucket.warned) return "drop";
    bucket.warned = true;
    return "warn";
  }

  /** Forgets idle senders (full buckets), so the map does not grow without bound. */
  sweep(now = Date.now()): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updated) / this.limits.refillMs >= this.limits.burst) this.buckets.delete(key);
    }
  }
}
