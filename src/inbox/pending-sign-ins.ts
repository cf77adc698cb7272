/**
 * Sign-ins waiting for their two-factor code: the password was right, the code is still to come,
 * and may come to another instance than the password did. A row per sign-in for five minutes, found
 * by the SHA-256 of a random token in a cookie of its own: neither the token nor the password is
 * stored. Rows nobody finished go with the hourly maintenance.
 */
import { randomBytes } from "node:crypto";
import type { Database } from "./database.js";
import { tokenHash } from "./staff-accounts.js";

/** How long the code may take after the password. */
export const PENDING_SIGN_IN_MS = 5 * 60_000;

/** Who passed the password step, and where they were going. */
export interface PendingSignIn {
  readonly userId: number;
  readonly username: string;
  readonly displayName: string;
  readonly next: string;
}

export class PendingSignIns {
  constructor(private readonly db: Database) {}

  /** Starts waiting for the code of account `userId`, who goes to `next` once signed in; returns the cookie's token. */
  async start(userId: number, next: string, now = new Date()): Promise<string> {
    const token = randomBytes(32).toString("base64url");
    await this.db.pendingSignIn.create({ data: { id: tokenHash(token), userId, next, expiresAt: new Date(now.getTime() + PENDING_SIGN_IN_MS) } });
    return token;
  }

  /** The sign-in waiting under `token`; undefined when unknown, ended or older than five minutes. */
  async get(token: string | undefined, now = new Date()): Promise<PendingSignIn | undefined> {
    if (!token) return undefined;
    const row = await this.db.pendingSignIn.findUnique({ where: { id: tokenHash(token) }, include: { user: { select: { username: true, displayName: true } } } });
    return row && row.expiresAt > now ? { userId: row.userId, username: row.user.username, displayName: row.user.displayName, next: row.next } : undefined;
  }

  /** Ends the sign-in (signed in): its token finds nothing any more. */
  async end(token: string): Promise<void> {
    await this.db.pendingSignIn.deleteMany({ where: { id: tokenHash(token) } });
  }

  /** Deletes the sign-ins nobody finished in time (the hourly maintenance). @returns how many */
  async prune(now = new Date()): Promise<number> {
    const { count } = await this.db.pendingSignIn.deleteMany({ where: { expiresAt: { lte: now } } });
    return count;
  }
}
