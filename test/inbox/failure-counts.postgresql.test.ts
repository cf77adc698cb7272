/**
 * Failure windows shared through a PostgreSQL database (where several instances may run; SQLite
 * keeps them in memory): they count as the in-memory window does, and the sign-in and lookup limits
 * of two instances (two connections to one database) together let no more attempts be checked than
 * the limit, even in parallel bursts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { MemoryFailureWindow, type FailureWindow } from "../../src/core/failure-window.js";
import { DatabaseFailureWindow, pruneFailureCounts } from "../../src/inbox/failure-counts.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import { LOOKUP_LIMIT, PinHasher, ReportAccess } from "../../src/inbox/report-access.js";
import { LoginLimiter } from "../../src/server/web/auth.js";
import { openTwoInboxes, testPseudonym } from "../helpers/database.js";

const LIMIT = { perUser: 5, perAddress: 30, windowMs: 60_000 };

let first: Inbox;
let second: Inbox;
beforeAll(async () => {
  [first, second] = await openTwoInboxes();
});

/** The failure windows of one limit on two instances, each on its own connection. */
function twoInstances(scope: string, windowMs = LIMIT.windowMs): [FailureWindow, FailureWindow] {
  return [new DatabaseFailureWindow(first.db, testPseudonym, scope, windowMs), new DatabaseFailureWindow(second.db, testPseudonym, scope, windowMs)];
}

describe("failure windows in the database", () => {
  it("count as the in-memory window does: per key, sliding, a success taking its own count back", async () => {
    const [shared] = twoInstances("same-as-memory", 1000);
    const memory = new MemoryFailureWindow(1000);
    const start = Date.now();
    const steps: Array<(window: FailureWindow) => Promise<number | void>> = [
      (w) => w.begin([{ key: "user:an", max: 2 }, { key: "address:a", max: 3 }], start),
      (w) => w.begin([{ key: "user:an", max: 2 }, { key: "address:b", max: 3 }], start + 100),
      (w) => w.begin([{ key: "user:an", max: 2 }, { key: "address:a", max: 3 }], start + 200),
      (w) => w.begin([{ key: "user:binh", max: 2 }, { key: "address:a", max: 3 }], start + 300),
      (w) => w.begin([{ key: "user:chi", max: 2 }, { key: "address:a", max: 3 }], start + 400),
      (w) => w.uncount("address:a", start + 300),
      (w) => w.begin([{ key: "user:chi", max: 2 }, { key: "address:a", max: 3 }], start + 500),
      (w) => w.clear("user:an"),
      (w) => w.begin([{ key: "user:an", max: 2 }, { key: "address:b", max: 3 }], start + 600),
      (w) => w.begin([{ key: "user:chi", max: 2 }, { key: "address:a", max: 3 }], start + 1001),
    ];
    const expected = [];
    const actual = [];
    for (const step of steps) {
      expected.push(await step(memory));
      actual.push(await step(shared));
    }
    expect(actual).toEqual(expected);
    expect(actual).toEqual([0, 0, 800, 0, 0, undefined, 0, undefined, 0, 399]);
  });

  it("let 50 parallel wrong passwords across two instances be checked no more than the limit", async () => {
    const [a, b] = twoInstances("login");
    const limiters = [new LoginLimiter(LIMIT, a), new LoginLimiter(LIMIT, b)];
    const now = Date.now();
    // One username from many addresses, then one address trying many usernames.
    const byUser = await Promise.all(Array.from({ length: 50 }, (_, i) => limiters[i % 2]!.begin({ address: `10.1.0.${i}`, username: "quantri" }, now)));
    expect(byUser.filter((wait) => wait === 0)).toHaveLength(LIMIT.perUser);
    expect(byUser.filter((wait) => wait === LIMIT.windowMs)).toHaveLength(50 - LIMIT.perUser);
    const byAddress = await Promise.all(Array.from({ length: 50 }, (_, i) => limiters[i % 2]!.begin({ address: "10.2.0.1", username: `user${i}` }, now)));
    expect(byAddress.filter((wait) => wait === 0)).toHaveLength(LIMIT.perAddress);
  });

  it("share successes: a right password on one instance clears the username's failures counted on the other", async () => {
    const [a, b] = twoInstances("login-success");
    const [one, two] = [new LoginLimiter(LIMIT, a), new LoginLimiter(LIMIT, b)];
    const now = Date.now();
    for (let i = 0; i < LIMIT.perUser - 1; i++) expect(await one.begin({ address: "10.3.0.1", username: "canbo" }, now)).toBe(0);
    expect(await two.begin({ address: "10.3.0.2", username: "canbo" }, now + 1)).toBe(0);
    await two.succeed({ address: "10.3.0.2", username: "canbo" }, now + 1);
    for (let i = 0; i < LIMIT.perUser; i++) expect(await one.begin({ address: "10.3.0.1", username: "canbo" }, now + 2)).toBe(0);
    expect(await two.begin({ address: "10.3.0.2", username: "canbo" }, now + 3)).toBeGreaterThan(0);
  });

  it("let parallel PIN guesses on two instances be checked no more than the limit per code", async () => {
    const pins = new PinHasher(testPseudonym);
    const [a, b] = twoInstances("lookup", LOOKUP_LIMIT.windowMs);
    const access = [new ReportAccess(first.db, first.reports, pins, LOOKUP_LIMIT, a), new ReportAccess(second.db, second.reports, pins, LOOKUP_LIMIT, b)];
    const now = Date.now();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => access[i % 2]!.open("PA-2026-000042", String(100_000 + i), `address:10.4.0.${i}`, now)));
    expect(results.filter((result) => !result.ok && result.reason === "not-found")).toHaveLength(LOOKUP_LIMIT.perCode);
    expect(results.filter((result) => !result.ok && result.reason === "limited")).toHaveLength(40 - LOOKUP_LIMIT.perCode);
  });

  it("store keys only as pseudonyms, and forget them once their failures left the window", async () => {
    const [a] = twoInstances("privacy", 1000);
    const now = Date.now();
    await a.begin([{ key: "address:203.0.113.77", max: 3 }, { key: "user:lan.nguyen", max: 3 }], now - 5000);
    await a.begin([{ key: "address:203.0.113.78", max: 3 }], now);
    const rows = await first.db.failureCount.findMany();
    expect(rows.some((row) => /203\.0|lan\.nguyen/u.test(row.key + row.times))).toBe(false);
    const before = rows.length;
    const pruned = await pruneFailureCounts(first.db, new Date(now));
    expect(pruned).toBeGreaterThanOrEqual(2);
    expect(await first.db.failureCount.count()).toBe(before - pruned);
    expect(await a.begin([{ key: "address:203.0.113.78", max: 1 }], now + 10)).toBe(990);
  });

  it("are what the inbox gives on PostgreSQL, and go with its hourly clean-up", async () => {
    const window = first.limits.failureWindow("login", 1000);
    expect(window).toBeInstanceOf(DatabaseFailureWindow);
    await window.begin([{ key: "address:198.51.100.1", max: 3 }], Date.now() - 2000);
    expect(await first.limits.prune()).toBeGreaterThanOrEqual(1);
    expect(await first.db.failureCount.count({ where: { expiresAt: { lte: new Date() } } })).toBe(0);
  });
});
