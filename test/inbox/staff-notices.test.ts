/**
 * The notices staff actions leave for the page after them, in the database (both providers): shown
 * once, on that page only, by any instance; sealed under the session's token, so that the database
 * alone reads none; replaced by a later action; gone after five minutes, with the hourly maintenance
 * and with their session.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../src/inbox/inbox.js";
import { NOTICE_TTL_MS } from "../../src/inbox/staff-notices.js";
import { openTwoInboxes } from "../helpers/database.js";
import { TEST_PASSWORD } from "../helpers/web.js";

let first: Inbox;
let second: Inbox;
let userId: number;

beforeAll(async () => {
  [first, second] = await openTwoInboxes();
  userId = (await first.staff.create("quan.tri", "Quản trị", TEST_PASSWORD, "admin")).id;
});

async function session(): Promise<string> {
  return (await first.staff.startSession(userId)).token;
}

describe("staff notices", () => {
  it("are shown once, on their page only, by another instance", async () => {
    const token = await session();
    await first.notices.leave(token, "/accounts", "Mật khẩu dùng một lần: Xanh-Lam-2026");
    expect(await second.notices.take(token, "/inbox")).toBeUndefined();
    expect(await second.notices.take(token, "/accounts")).toBe("Mật khẩu dùng một lần: Xanh-Lam-2026");
    expect(await first.notices.take(token, "/accounts")).toBeUndefined();
  });

  it("are sealed: the row holds neither the text nor the token, and another token opens nothing", async () => {
    const token = await session();
    const other = await session();
    await first.notices.leave(token, "/accounts", "Mật khẩu dùng một lần: Xanh-Lam-2026");
    const stored = JSON.stringify(await first.db.staffNotice.findMany());
    expect(stored).not.toContain("Xanh-Lam");
    expect(stored).not.toContain(token);
    // Another session's row holding this one's sealed text opens to nothing.
    const row = (await first.db.staffNotice.findMany()).find((notice) => notice.page === "/accounts")!;
    await first.notices.leave(other, "/accounts", "khác");
    await first.db.staffNotice.updateMany({ where: { page: "/accounts", NOT: { sessionId: row.sessionId } }, data: { sealed: row.sealed } });
    expect(await first.notices.take(other, "/accounts")).toBeUndefined();
  });

  it("keep only the last action's notice, and only for five minutes", async () => {
    const token = await session();
    const now = new Date();
    await first.notices.leave(token, "/units", "một", now);
    await second.notices.leave(token, "/units", "hai", now);
    expect(await first.notices.take(token, "/units", now)).toBe("hai");
    await first.notices.leave(token, "/units", "ba", now);
    expect(await first.notices.take(token, "/units", new Date(now.getTime() + NOTICE_TTL_MS))).toBeUndefined();
  });

  it("give a notice to one of two requests racing for it", async () => {
    const token = await session();
    await first.notices.leave(token, "/areas", "Đã lưu.");
    const taken = await Promise.all([first.notices.take(token, "/areas"), second.notices.take(token, "/areas")]);
    expect(taken.filter((text) => text === "Đã lưu.")).toHaveLength(1);
  });

  it("go with the hourly maintenance once expired, and with their session", async () => {
    const token = await session();
    const now = new Date();
    await first.notices.leave(token, "/units", "cũ", new Date(now.getTime() - NOTICE_TTL_MS - 1));
    expect(await second.notices.prune(now)).toBeGreaterThanOrEqual(1);
    expect(await first.db.staffNotice.count({ where: { expiresAt: { lte: now } } })).toBe(0);
    const ending = await session();
    await first.notices.leave(ending, "/units", "mới");
    await first.staff.endSession(ending);
    expect(await first.notices.take(ending, "/units")).toBeUndefined();
    expect(await first.db.staffNotice.count({ where: { page: "/units" } })).toBe(0);
  });
});
