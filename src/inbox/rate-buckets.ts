/**
 * The per-person rate limit and the per-address limits of the public endpoints, shared by the
 * instances of one database: a token bucket per sender (or route and address) in a row, spent and
 * refilled by one statement, so that two instances handling the same sender at once never both spend
 * the last token (the row is locked by the upsert). Senders and addresses are stored pseudonymous.
 * Times are epoch milliseconds in a number column: the refill is computed in SQL, where date
 * arithmetic differs between the providers and numbers do not.
 */
import type { Pseudonymizer } from "../core/pseudonym.js";
import { RATE_LIMIT, type RateDecision, type RateLimiter, type RateLimits } from "../core/rate-limiter.js";
import type { Database } from "./database.js";
import { Prisma } from "./generated/client.js";

/** A bucket untouched this long is full again under any limit of the assistant: its row may go. */
export const RATE_BUCKET_IDLE_MS = 3600_000;

/** What the stored `strikes` mean: 0 the message is allowed, 1 the sender ran out (told once), 2 still out. */
const DECISIONS: readonly RateDecision[] = ["allow", "warn", "drop"];

export class DatabaseRateLimiter implements RateLimiter {
  constructor(
    private readonly db: Database,
    private readonly pseudonym: Pseudonymizer,
    private readonly limits: RateLimits = RATE_LIMIT,
  ) {}

  async check(key: string, now = Date.now()): Promise<RateDecision> {
    const { strikes } = await spend(this.db, this.pseudonym(`rate:${key}`), this.limits, now);
    return DECISIONS[strikes]!;
  }
}

/** A bucket of `burst` requests at once, then `perSecond` requests a second. */
export interface AddressBucketLimits {
  readonly burst: number;
  readonly perSecond: number;
}

/** Token buckets per route and address, for the per-address limits of the public endpoints. */
export interface AddressBuckets {
  /**
   * Takes one request of `address` from the bucket of `scope` (a route).
   * @returns 0 when the request is allowed (and counted), otherwise the milliseconds until the next one is
   */
  take(scope: string, address: string, limits: AddressBucketLimits, now?: number): Promise<number>;
}

export class DatabaseAddressBuckets implements AddressBuckets {
  constructor(
    private readonly db: Database,
    private readonly pseudonym: Pseudonymizer,
  ) {}

  async take(scope: string, address: string, limits: AddressBucketLimits, now = Date.now()): Promise<number> {
    const { strikes, tokens } = await spend(this.db, this.pseudonym(`address:${scope}:${address}`), { burst: limits.burst, refillMs: 1000 / limits.perSecond }, now);
    return strikes === 0 ? 0 : Math.ceil(((1 - tokens) / limits.perSecond) * 1000);
  }
}

/** Spends a token of the bucket `stored` at `now` when it has one: `strikes` 0 if it had; the tokens left. */
async function spend(db: Database, stored: string, { burst, refillMs }: RateLimits, now: number): Promise<{ strikes: number; tokens: number }> {
  // `excluded` is the row this message would have inserted: its "updatedMs" is `now`. A message that
  // arrived before the last one counted (another instance's) refills nothing.
  const elapsed = Prisma.sql`(CASE WHEN excluded."updatedMs" > "RateBucket"."updatedMs" THEN excluded."updatedMs" - "RateBucket"."updatedMs" ELSE 0 END)`;
  const refilled = Prisma.sql`(CASE WHEN "RateBucket"."tokens" + ${elapsed} / ${refillMs} > ${burst} THEN ${burst} ELSE "RateBucket"."tokens" + ${elapsed} / ${refillMs} END)`;
  const rows = await db.$queryRaw<Array<{ strikes: number; tokens: number }>>`
    INSERT INTO "RateBucket" ("key", "tokens", "strikes", "updatedMs") VALUES (${stored}, ${burst - 1}, 0, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "tokens" = CASE WHEN ${refilled} >= 1 THEN ${refilled} - 1 ELSE ${refilled} END,
      "strikes" = CASE WHEN ${refilled} >= 1 THEN 0 WHEN "RateBucket"."strikes" = 0 THEN 1 ELSE 2 END,
      "updatedMs" = CASE WHEN excluded."updatedMs" > "RateBucket"."updatedMs" THEN excluded."updatedMs" ELSE "RateBucket"."updatedMs" END
    RETURNING "strikes", "tokens"`;
  return { strikes: Number(rows[0]!.strikes), tokens: Number(rows[0]!.tokens) };
}

/** Deletes the buckets of senders idle for {@link RATE_BUCKET_IDLE_MS} (the hourly maintenance). */
export async function pruneRateBuckets(db: Database, now = Date.now()): Promise<number> {
  const { count } = await db.rateBucket.deleteMany({ where: { updatedMs: { lt: now - RATE_BUCKET_IDLE_MS } } });
  return count;
}
