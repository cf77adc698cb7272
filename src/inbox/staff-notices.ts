/**
 * What a staff action leaves for the page it redirects to (post/redirect/get), shown once, by
 * whichever instance serves that page. One per session; sealed (AES-256-GCM) under a key derived
 * from the session's cookie token, which the database does not hold, since a notice may carry a
 * one-time password: a copy of the database reads none. Notices nobody came for go with the hourly
 * maintenance (and with their session).
 */
import { createSealer } from "../core/sealing.js";
import type { Database } from "./database.js";
import { sessionIdOf } from "./staff-accounts.js";

/** A notice waits this long for its page; a browser follows a redirect at once. */
export const NOTICE_TTL_MS = 5 * 60_000;

const PURPOSE = "tro-ly-dan-van staff notices v1";

export class StaffNotices {
  constructor(private readonly db: Database) {}

  /** Leaves `text` for `page` to the session with this cookie token, replacing a notice not yet shown. */
  async leave(sessionToken: string, page: string, text: string, now = new Date()): Promise<void> {
    const sessionId = sessionIdOf(sessionToken);
    // The page is sealed with it: a notice moved to another page's row does not open.
    const sealed = createSealer(sessionToken, PURPOSE).seal(text, Buffer.from(page)).toString("base64url");
    const row = { page, sealed, expiresAt: new Date(now.getTime() + NOTICE_TTL_MS) };
    await this.db.staffNotice.upsert({ where: { sessionId }, create: { sessionId, ...row }, update: row });
  }

  /**
   * The notice left for `page`, taken: of requests racing for it (two tabs, two instances), one gets
   * it. Undefined when there is none for this page, or it waited too long.
   */
  async take(sessionToken: string, page: string, now = new Date()): Promise<string | undefined> {
    const sessionId = sessionIdOf(sessionToken);
    const row = await this.db.staffNotice.findUnique({ where: { sessionId } });
    if (!row || row.page !== page) return undefined;
    const { count } = await this.db.staffNotice.deleteMany({ where: { sessionId, sealed: row.sealed } });
    if (count !== 1 || row.expiresAt <= now) return undefined;
    return createSealer(sessionToken, PURPOSE).open(Buffer.from(row.sealed, "base64url"), Buffer.from(page));
  }

  /** Deletes the notices nobody came for in time (the hourly maintenance). @returns how many */
  async prune(now = new Date()): Promise<number> {
    const { count } = await this.db.staffNotice.deleteMany({ where: { expiresAt: { lte: now } } });
    return count;
  }
}
