/**
 * Sign-ins waiting for their two-factor code, in the database (both providers): found by their token
 * for five minutes and from another connection (another instance), never stored by token or with a
 * password, gone once ended, pruned once expired.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../src/inbox/inbox.js";
import { PENDING_SIGN_IN_MS } from "../../src/inbox/pending-sign-ins.js";
import { tokenHash } from "../../src/inbox/staff-accounts.js";
import { openTwoInboxes } from "../helpers/database.js";
import { TEST_PASSWORD } from "../helpers/web.js";

let first: Inbox;
let second: Inbox;
let userId: number;

beforeAll(async () => {
  [first, second] = await openTwoInboxes();
  userId = (await first.staff.create("can.bo", "Cán bộ Một", TEST_PASSWORD, "staff")).id;
});

describe("pending sign-ins", () => {
  it("are found by their token, from either instance, until five minutes have passed", async () => {
    const start = new Date("2026-12-07T01:00:00Z");
    const token = await first.pendingSignIns.start(userId, "/inbox?status=new", start);
    const expected = { userId, username: "can.bo", displayName: "Cán bộ Một", next: "/inbox?status=new" };
    expect(await second.pendingSignIns.get(token, new Date(start.getTime() + PENDING_SIGN_IN_MS - 1))).toEqual(expected);
    expect(await second.pendingSignIns.get(token, new Date(start.getTime() + PENDING_SIGN_IN_MS))).toBeUndefined();
  });

  it("store neither the token nor the password", async () => {
    const token = await first.pendingSignIns.start(userId, "/inbox");
    const rows = await first.db.pendingSignIn.findMany();
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(TEST_PASSWORD);
    expect(rows.map((row) => row.id)).toContain(tokenHash(token));
  });

  it("are not found by another or no token, nor once ended on another instance", async () => {
    const token = await first.pendingSignIns.start(userId, "/inbox");
    expect(await first.pendingSignIns.get(undefined)).toBeUndefined();
    expect(await first.pendingSignIns.get(`${token}x`)).toBeUndefined();
    expect(await first.pendingSignIns.start(userId, "/inbox")).not.toBe(token);
    await second.pendingSignIns.end(token);
    expect(await first.pendingSignIns.get(token)).toBeUndefined();
  });

  it("go with the hourly maintenance once expired, and with their account", async () => {
    const now = new Date();
    const stale = await first.pendingSignIns.start(userId, "/inbox", new Date(now.getTime() - PENDING_SIGN_IN_MS - 1));
    const fresh = await first.pendingSignIns.start(userId, "/inbox", now);
    expect(await second.pendingSignIns.prune(now)).toBeGreaterThanOrEqual(1);
    expect(await first.db.pendingSignIn.count({ where: { expiresAt: { lte: now } } })).toBe(0);
    expect(await first.pendingSignIns.get(stale, new Date(0))).toBeUndefined();
    expect(await first.pendingSignIns.get(fresh, now)).toBeDefined();
    const other = (await first.staff.create("tam.thoi", "Tạm thời", TEST_PASSWORD, "viewer")).id;
    await first.pendingSignIns.start(other, "/inbox");
    await first.db.staffUser.delete({ where: { id: other } });
    expect(await first.db.pendingSignIn.count({ where: { userId: other } })).toBe(0);
  });
});
