/**
 * Failed attempts counted per key over a sliding window, in memory: what the sign-in limit and the
 * lookup-by-PIN limit share. An attempt is counted when it begins, before the slow check (a password
 * hash, a database read), so that a burst sent in parallel cannot have every request checked before
 * the first failure is counted; a success then takes its own count back.
 */
export class FailureWindow {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly windowMs: number) {}

  /** Milliseconds until `key` may try again after `max` failures in the window; 0 when it may now. */
  waitFor(key: string, max: number, now: number): number {
    const recent = this.recent(key, now);
    return recent.length >= max ? recent[recent.length - max]! + this.windowMs - now : 0;
  }

  /** Counts an attempt made at `now` against each key. */
  count(keys: readonly string[], now: number): void {
    // Forget stale entries now and then, so that a flood of made-up keys cannot grow the map for ever.
    if (this.failures.size > 10_000) for (const key of [...this.failures.keys()]) if (this.recent(key, now).length === 0) this.failures.delete(key);
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
  }

  /** Takes back the attempt counted at `at` against `key` (one only: others may share the key). */
  uncount(key: string, at: number): void {
    const times = this.failures.get(key) ?? [];
    const index = times.indexOf(at);
    if (index >= 0) this.failures.set(key, times.filter((_, i) => i !== index));
  }

  /** Forgets every failure of `key`. */
  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((time) => now - time < this.windowMs);
  }
}
