/**
 * Sign-ins waiting for their two-factor code: the password was right, the code is still to come.
 * Held in memory by a random token in a cookie of their own, for five minutes: a restart only asks
 * for the password again, and nothing about a half-finished sign-in is ever stored.
 */
import { randomBytes } from "node:crypto";

/** How long the code may take after the password. */
export const PENDING_SIGN_IN_MS = 5 * 60_000;

/** The cookie that carries a pending sign-in's token. */
export const PENDING_SIGN_IN_COOKIE = "tldv_2fa";

/** Who passed the password step, and where they were going. */
export interface PendingSignIn {
  readonly userId: number;
  readonly username: string;
  readonly displayName: string;
  readonly next: string;
}

/** The pending sign-ins of one server. */
export class PendingSignIns {
  private readonly pending = new Map<string, { signIn: PendingSignIn; until: number }>();

  /** Starts waiting for the code; returns the cookie's token. */
  start(signIn: PendingSignIn, now = Date.now()): string {
    // Sign-ins nobody finished are dropped now and then, so the map stays small.
    if (this.pending.size > 1000) for (const [token, entry] of this.pending) if (entry.until <= now) this.pending.delete(token);
    const token = randomBytes(32).toString("base64url");
    this.pending.set(token, { signIn, until: now + PENDING_SIGN_IN_MS });
    return token;
  }

  /** The sign-in waiting under `token`; undefined when unknown or older than five minutes. */
  get(token: string | undefined, now = Date.now()): PendingSignIn | undefined {
    const entry = token ? this.pending.get(token) : undefined;
    return entry && entry.until > now ? entry.signIn : undefined;
  }

  end(token: string): void {
    this.pending.delete(token);
  }
}
