/**
 * The per-person rate limit shared by the instances of one database: a token bucket per sender in
 * a row, spent and refilled by one statement, so that two instances handling the same sender at once
 * never both spend the last token (the row is locked by the upsert). Senders are stored pseudonymous.
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
    const { burst, refillMs } = this.limits;
    // `excluded` is the row this message would have inserted: its "updatedMs" is `now`. A message that
    // arrived before the last one counted (another instance's) refills nothing.
    const elapsed = Prisma.sql`(CASE WHEN excluded."updatedMs" > "RateBucket"."updatedMs" THEN excluded."updatedMs" - "RateBucket"."updatedMs" ELSE 0 END)`;
    const refilled = Prisma.sql`(CASE WHEN "RateBucket"."tokens" + ${elapsed} / ${refillMs} > ${burst} THEN ${burst} ELSE "RateBucket"."tokens" + ${elapsed} / ${refillMs} END)`;
    const rows = await this.db.$queryRaw<Array<{ strikes: number }>>`
      INSERT INTO "RateBucket" ("key", "tokens", "strikes", "updatedMs") VALUES (${this.pseudonym(`rate:${key}`)}, ${burst - 1}, 0, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "tokens" = CASE WHEN ${refilled} >= 1 THEN ${refilled} - 1 ELSE ${refilled} END,
        "strikes" = CASE WHEN ${refilled} >= 1 THEN 0 WHEN "RateBucket"."strikes" = 0 THEN 1 ELSE 2 END,
        "updatedMs" = CASE WHEN excluded."updatedMs" > "RateBucket"."updatedMs" THEN excluded."updatedMs" ELSE "RateBucket"."updatedMs" END
      RETURNING "strikes"`;
    return DECISIONS[Number(rows[0]!.strikes)]!;
  }
}

/** Deletes the buckets of senders idle for {@link RATE_BUCKET_IDLE_MS} (the hourly maintenance). */
export async function pruneRateBuckets(db: Database, now = Date.now()): Promise<number> {
  const { count } = await db.rateBucket.deleteMany({ where: { updatedMs: { lt: now - RATE_BUCKET_IDLE_MS } } });
  return count;
}
