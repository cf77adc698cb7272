/**
 * One-time keys of staff forms. Each form a page shows carries a key issued to the signed-in
 * session; the action behind the form runs only for the request that claims the key first, so a
 * double click, a reload or a replayed request does it once. Keys are stored, not derived, so a
 * key that was never issued to this session is told apart from one already used.
 */
import type { Database } from "./database.js";
import { sessionIdOf, SESSION } from "./staff-accounts.js";

/** What claiming a key found: first use, already used, or never issued to this session. */
export type FormKeyClaim = "fresh" | "used" | "unknown";

/** How often keys older than a session can live are deleted (keys of ended sessions go with them). */
const PRUNE_EVERY_MS = 3600_000;

/** The one-time keys of staff forms, per session. */
export class FormKeys {
  private prunedAt = 0;

  constructor(private readonly db: Database) {}

  /** Stores keys issued to the session with this cookie token (the forms of one page). */
  async issue(sessionToken: string, keys: readonly string[], now = new Date()): Promise<void> {
    if (keys.length === 0) return;
    if (now.getTime() - this.prunedAt > PRUNE_EVERY_MS) {
      this.prunedAt = now.getTime();
      await this.db.formKey.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - SESSION.maxMs) } } });
    }
    const sessionId = sessionIdOf(sessionToken);
    await this.db.formKey.createMany({ data: keys.map((id) => ({ id, sessionId, createdAt: now })) });
  }

  /** Marks the key used, atomically: of requests racing with one key, exactly one gets "fresh". */
  async claim(sessionToken: string, key: string, now = new Date()): Promise<FormKeyClaim> {
    const sessionId = sessionIdOf(sessionToken);
    const { count } = await this.db.formKey.updateMany({ where: { id: key, sessionId, usedAt: null }, data: { usedAt: now } });
    if (count === 1) return "fresh";
    return (await this.db.formKey.count({ where: { id: key, sessionId } })) ? "used" : "unknown";
  }
}
