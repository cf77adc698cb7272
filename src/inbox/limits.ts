/**
 * The limits that must hold across every instance of the assistant: the per-person rate limit of
 * the chats, the failure windows of sign-in and PIN lookup, and the per-address limits of the
 * public endpoints. On SQLite one process serves everything, so they live in its memory (no
 * database round trip); on PostgreSQL several instances may share the database, so they live in
 * it, or N instances would allow N times as much. Chosen here only.
 */
import { MemoryFailureWindow, type FailureWindow } from "../core/failure-window.js";
import type { Pseudonymizer } from "../core/pseudonym.js";
import { MemoryRateLimiter, RATE_LIMIT, type RateLimiter, type RateLimits } from "../core/rate-limiter.js";
import type { Database, Provider } from "./database.js";
import { DatabaseFailureWindow, pruneFailureCounts } from "./failure-counts.js";
import { DatabaseAddressBuckets, DatabaseRateLimiter, pruneRateBuckets, type AddressBuckets } from "./rate-buckets.js";

export interface Limits {
  /** The per-person rate limit of the chats, with these limits. */
  rateLimiter(limits?: RateLimits): RateLimiter;
  /** A failure window; `scope` names its limit ("login", "lookup"), so that two limits never share counts. */
  failureWindow(scope: string, windowMs: number): FailureWindow;
  /**
   * The per-address buckets the instances share, counted after each instance's own buckets in memory;
   * undefined on SQLite, where the one process's memory is all there is to count.
   */
  readonly addressBuckets: AddressBuckets | undefined;
  /** Deletes the stored counts that no longer limit anyone (the hourly maintenance). @returns how many */
  prune(): Promise<number>;
}

export function limitsFor(provider: Provider, db: Database, pseudonym: Pseudonymizer): Limits {
  if (provider === "sqlite") {
    return {
      rateLimiter: (limits = RATE_LIMIT) => new MemoryRateLimiter(limits),
      failureWindow: (_scope, windowMs) => new MemoryFailureWindow(windowMs),
      addressBuckets: undefined,
      prune: async () => 0,
    };
  }
  return {
    rateLimiter: (limits = RATE_LIMIT) => new DatabaseRateLimiter(db, pseudonym, limits),
    failureWindow: (scope, windowMs) => new DatabaseFailureWindow(db, pseudonym, scope, windowMs),
    addressBuckets: new DatabaseAddressBuckets(db, pseudonym),
    prune: async () => (await pruneRateBuckets(db)) + (await pruneFailureCounts(db)),
  };
}
