/**
 * Failure windows shared by the instances of one database (the sign-in and PIN-lookup limits): a
 * row per key with the times of its failures still in the window. An attempt locks its keys' rows
 * (always in the same order, so that two attempts sharing keys cannot deadlock), reads them, and
 * counts itself in the same transaction: attempts begun at once on several instances wait for each
 * other, and none passes the limit. Keys are stored pseudonymous (they hold addresses and usernames).
 * For PostgreSQL: on SQLite one process serves everything and keeps its windows in memory (there,
 * transactions of several connections at once would meet the busy timeout).
 */
import { failureWait, recentFailures, type FailureLimit, type FailureWindow } from "../core/failure-window.js";
import type { Pseudonymizer } from "../core/pseudonym.js";
import type { Database } from "./database.js";
import type { Prisma } from "./generated/client.js";
import { sqlTime } from "./sql.js";

type Transaction = Prisma.TransactionClient;

export class DatabaseFailureWindow implements FailureWindow {
  /** @param scope keeps apart the windows of different limits (sign-in, lookup) in the one table */
  constructor(
    private readonly db: Database,
    private readonly pseudonym: Pseudonymizer,
    private readonly scope: string,
    private readonly windowMs: number,
  ) {}

  async begin(limits: readonly FailureLimit[], now: number): Promise<number> {
    const rows = limits.map((limit) => ({ ...limit, stored: this.stored(limit.key) })).sort((a, b) => (a.stored < b.stored ? -1 : a.stored > b.stored ? 1 : 0));
    return this.db.$transaction(async (tx) => {
      const recent: number[][] = [];
      for (const row of rows) recent.push(recentFailures(await lockRow(tx, row.stored, now), this.windowMs, now));
      const wait = Math.max(0, ...rows.map((row, index) => failureWait(recent[index]!, row.max, this.windowMs, now)));
      if (wait > 0) return wait;
      for (const [index, row] of rows.entries()) await this.write(tx, row.stored, [...recent[index]!, now]);
      return 0;
    });
  }

  async uncount(key: string, at: number): Promise<void> {
    const stored = this.stored(key);
    await this.db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<Array<{ times: string }>>`UPDATE "FailureCount" SET "times" = "times" WHERE "key" = ${stored} RETURNING "times"`;
      const times = rows[0] ? parseTimes(rows[0].times) : [];
      const index = times.indexOf(at);
      if (index >= 0) await this.write(tx, stored, times.filter((_, i) => i !== index));
    });
  }

  async clear(key: string): Promise<void> {
    await this.db.$executeRaw`DELETE FROM "FailureCount" WHERE "key" = ${this.stored(key)}`;
  }

  private stored(key: string): string {
    return this.pseudonym(`${this.scope}:${key}`);
  }

  private async write(tx: Transaction, stored: string, times: readonly number[]): Promise<void> {
    // Kept until its last failure leaves the window; then the hourly maintenance deletes it.
    const expiresAt = new Date(Math.max(0, ...times) + this.windowMs);
    await tx.$executeRaw`UPDATE "FailureCount" SET "times" = ${JSON.stringify(times)}, "expiresAt" = ${sqlTime(expiresAt)} WHERE "key" = ${stored}`;
  }
}

/** Locks the row of `stored` for the rest of the transaction (creating it) and reads its times. */
async function lockRow(tx: Transaction, stored: string, now: number): Promise<number[]> {
  const rows = await tx.$queryRaw<Array<{ times: string }>>`
    INSERT INTO "FailureCount" ("key", "times", "expiresAt") VALUES (${stored}, ${"[]"}, ${sqlTime(new Date(now))})
    ON CONFLICT ("key") DO UPDATE SET "times" = "FailureCount"."times"
    RETURNING "times"`;
  return parseTimes(rows[0]!.times);
}

function parseTimes(text: string): number[] {
  const times: unknown = JSON.parse(text);
  return Array.isArray(times) ? times.filter((time): time is number => typeof time === "number") : [];
}

/** Deletes the keys whose failures have all left their window (the hourly maintenance). */
export async function pruneFailureCounts(db: Database, now = new Date()): Promise<number> {
  const { count } = await db.failureCount.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
