/**
 * The per-person rate limit and the per-address buckets shared through the database (run on both
 * providers): they decide as the in-memory ones do, and two instances (two connections to one
 * database) together allow no more than the limit, even when a sender's messages reach both at once.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { MemoryRateLimiter, type RateDecision } from "../../src/core/rate-limiter.js";
import { providerOf } from "../../src/inbox/database.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import { DatabaseAddressBuckets, DatabaseRateLimiter, pruneRateBuckets, RATE_BUCKET_IDLE_MS } from "../../src/inbox/rate-buckets.js";
import { AddressLimiter } from "../../src/server/address-limiter.js";
import { freshDatabaseUrl, openTestInbox, testPseudonym } from "../helpers/database.js";

const LIMITS = { burst: 8, refillMs: 2000 };

let url: string;
let first: Inbox;
let second: Inbox;
beforeAll(async () => {
  url = await freshDatabaseUrl();
  first = await openTestInbox(url);
  second = await openTestInbox(url);
});

/** The rate limiters two instances would have, each on its own connection. */
function twoInstances(limits = LIMITS): [DatabaseRateLimiter, DatabaseRateLimiter] {
  return [new DatabaseRateLimiter(first.db, testPseudonym, limits), new DatabaseRateLimiter(second.db, testPseudonym, limits)];
}

function tally(decisions: readonly RateDecision[]): Record<RateDecision, number> {
  return { allow: decisions.filter((d) => d === "allow").length, warn: decisions.filter((d) => d === "warn").length, drop: decisions.filter((d) => d === "drop").length };
}

describe("the rate limit in the database", () => {
  it("decides as the in-memory limit does: a burst, one warning, then one message per refill", async () => {
    const [shared] = twoInstances({ burst: 3, refillMs: 1000 });
    const memory = new MemoryRateLimiter({ burst: 3, refillMs: 1000 });
    const start = Date.now();
    const times = [0, 0, 0, 0, 0, 100, 999, 1000, 1000, 1500, 2600, 9000, 9000, 9000, 9000, 9000];
    const expected: RateDecision[] = [];
    const actual: RateDecision[] = [];
    for (const offset of times) {
      expected.push(await memory.check("telegram:42", start + offset));
      actual.push(await shared.check("telegram:42", start + offset));
    }
    expect(actual).toEqual(expected);
    expect(actual.slice(0, 5)).toEqual(["allow", "allow", "allow", "warn", "drop"]);
  });

  it("lets two instances together allow the burst only once, and warn once, under a parallel flood", async () => {
    const [a, b] = twoInstances();
    const now = Date.now();
    const decisions = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).check("zalo:flooder", now)));
    expect(tally(decisions)).toEqual({ allow: LIMITS.burst, warn: 1, drop: 50 - LIMITS.burst - 1 });
    // A token comes back after refillMs, on whichever instance the next message reaches.
    expect(await a.check("zalo:flooder", now + LIMITS.refillMs)).toBe("allow");
    expect(await b.check("zalo:flooder", now + LIMITS.refillMs)).toBe("warn");
    // Others are not limited by the flooder.
    expect(await b.check("zalo:someone-else", now)).toBe("allow");
  });

  it("refills nothing for a message older than the last one counted (another instance handled a later one first)", async () => {
    const [a, b] = twoInstances({ burst: 1, refillMs: 1000 });
    const now = Date.now();
    expect(await a.check("web:late", now + 5000)).toBe("allow");
    expect(await b.check("web:late", now)).toBe("warn");
    expect(await a.check("web:late", now + 6000)).toBe("allow");
  });

  it("stores senders only as pseudonyms, and forgets idle ones", async () => {
    const [a] = twoInstances();
    const now = Date.now();
    await a.check("telegram:777001", now - RATE_BUCKET_IDLE_MS - 1);
    await a.check("telegram:777002", now);
    const keys = (await first.db.rateBucket.findMany({ select: { key: true } })).map((row) => row.key);
    expect(keys.some((key) => key.includes("777"))).toBe(false);
    const before = keys.length;
    expect(await pruneRateBuckets(first.db, now)).toBe(1);
    expect(await first.db.rateBucket.count()).toBe(before - 1);
  });

  it("is what the inbox gives on PostgreSQL, and memory on SQLite (one process)", () => {
    const limiter = first.limits.rateLimiter();
    expect(limiter).toBeInstanceOf(providerOf(url) === "postgresql" ? DatabaseRateLimiter : MemoryRateLimiter);
  });
});

describe("the per-address buckets in the database", () => {
  it("decide as the in-memory bucket does, with the same waits", async () => {
    const limits = { burst: 3, perSecond: 2 };
    const shared = new DatabaseAddressBuckets(first.db, testPseudonym);
    const memory = new AddressLimiter(limits);
    const start = Date.now();
    const expected: number[] = [];
    const actual: number[] = [];
    for (const offset of [0, 0, 0, 0, 100, 499, 500, 500, 1200, 1250, 9000, 9000, 9000, 9000]) {
      expected.push(memory.take("203.0.113.7", start + offset));
      actual.push(await shared.take("GET /api/ask", "203.0.113.7", limits, start + offset));
    }
    expect(actual).toEqual(expected);
    expect(actual.slice(0, 5)).toEqual([0, 0, 0, 500, 400]);
  });

  it("let two instances together allow the burst only once, per route and address", async () => {
    const limits = { burst: 10, perSecond: 0.2 };
    const buckets = [new DatabaseAddressBuckets(first.db, testPseudonym), new DatabaseAddressBuckets(second.db, testPseudonym)];
    const now = Date.now();
    const waits = await Promise.all(Array.from({ length: 40 }, (_, i) => buckets[i % 2]!.take("POST /open311/v2/requests.json", "198.51.100.9", limits, now)));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(limits.burst);
    expect(new Set(waits.filter((wait) => wait > 0))).toEqual(new Set([5000]));
    // Another route, or another address, has a bucket of its own.
    expect(await buckets[0]!.take("GET /api/ask", "198.51.100.9", limits, now)).toBe(0);
    expect(await buckets[1]!.take("POST /open311/v2/requests.json", "198.51.100.10", limits, now)).toBe(0);
    // Stored as pseudonyms, like the senders.
    const keys = (await first.db.rateBucket.findMany({ select: { key: true } })).map((row) => row.key);
    expect(keys.some((key) => key.includes("198.51") || key.includes("open311"))).toBe(false);
  });

  it("are what the inbox gives on PostgreSQL; on SQLite the memory of the one process counts alone", () => {
    expect(first.limits.addressBuckets).toEqual(providerOf(url) === "postgresql" ? expect.any(DatabaseAddressBuckets) : undefined);
  });
});
