/**
 * Failed attempts counted per key over a sliding window: what the sign-in limit and the
 * lookup-by-PIN limit share. An attempt is counted when it begins, before the slow check (a password
 * hash, a database read), so that a burst sent in parallel cannot have every request checked before
 * the first failure is counted; a success then takes its own count back. One interface, two
 * implementations chosen by the inbox (`src/inbox/limits.ts`): this one in memory, for one process
 * (SQLite); rows in the database for instances sharing one (`src/inbox/failure-counts.ts`).
 */

/** A key an attempt counts against, and the failures it may have in the window. */
export interface FailureLimit {
  readonly key: string;
  readonly max: number;
}

export interface FailureWindow {
  /**
   * Starts an attempt at `now`: unless one of the keys has used up its failures in the window, counts
   * it against every key at once and returns 0; otherwise counts nothing and returns the milliseconds
   * until it may try again. Atomic: attempts begun in parallel never pass a key's limit together.
   */
  begin(limits: readonly FailureLimit[], now: number): Promise<number>;
  /** Takes back the attempt counted at `at` against `key` (one only: others may share the key). */
  uncount(key: string, at: number): Promise<void>;
  /** Forgets every failure of `key`. */
  clear(key: string): Promise<void>;
}

/** The times (ms) of a key's failures still in the window ending at `now`. */
export function recentFailures(times: readonly number[], windowMs: number, now: number): number[] {
  return times.filter((time) => now - time < windowMs);
}

/** Milliseconds until a key with these recent failures may try again after `max`; 0 when it may now. */
export function failureWait(recent: readonly number[], max: number, windowMs: number, now: number): number {
  return recent.length >= max ? recent[recent.length - max]! + windowMs - now : 0;
}

/** The failures of one process, in memory. */
export class MemoryFailureWindow implements FailureWindow {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly windowMs: number) {}

  async begin(limits: readonly FailureLimit[], now: number): Promise<number> {
    const wait = Math.max(0, ...limits.map(({ key, max }) => failureWait(this.recent(key, now), max, this.windowMs, now)));
    if (wait > 0) return wait;
    // Forget stale entries now and then, so that a flood of made-up keys cannot grow the map for ever.
    if (this.failures.size > 10_000) for (const key of [...this.failures.keys()]) if (this.recent(key, now).length === 0) this.failures.delete(key);
    for (const { key } of limits) this.failures.set(key, [...this.recent(key, now), now]);
    return 0;
  }

  async uncount(key: string, at: number): Promise<void> {
    const times = this.failures.get(key) ?? [];
    const index = times.indexOf(at);
    if (index >= 0) this.failures.set(key, times.filter((_, i) => i !== index));
  }

  async clear(key: string): Promise<void> {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return recentFailures(this.failures.get(key) ?? [], this.windowMs, now);
  }
}
