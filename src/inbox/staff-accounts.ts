/**
 * Staff accounts of the web inbox and their sessions. The session cookie holds a random token; the
 * database stores only its SHA-256, so a leaked database does not sign anyone in.
 */
import { createHash, randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "../core/passwords.js";
import type { Database } from "./database.js";

export const ROLES = ["admin", "staff", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = { admin: "Quản trị", staff: "Cán bộ xử lý", viewer: "Chỉ xem" };

/** Named defaults: a session ends after 12 idle hours, and at most 7 days after signing in. */
export const SESSION = { idleMs: 12 * 3600 * 1000, maxMs: 7 * 24 * 3600 * 1000, touchEveryMs: 5 * 60 * 1000 } as const;

export interface StaffUser {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly disabled: boolean;
  readonly lastLoginAt: Date | null;
  /** The password is one someone else saw (generated, or reset by an admin): it must be changed first. */
  readonly mustChangePassword: boolean;
  /** Signs in with a two-factor code after the password (TOTP enrolled and confirmed). */
  readonly twoFactor: boolean;
  /** A unit's account sees and acts only on the reports assigned to this unit; null: the whole commission. */
  readonly unit: { readonly id: number; readonly name: string } | null;
}

export interface StaffSession {
  readonly user: StaffUser;
  readonly csrfToken: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** What a cookie's random token is stored as (sessions, pending sign-ins): its SHA-256, never itself. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The stored id of the session whose cookie holds `token` (the token itself is never stored). */
export function sessionIdOf(token: string): string {
  return tokenHash(token);
}

/** What every read of an account includes: its unit. */
const WITH_UNIT = { unit: { select: { id: true, name: true } } } as const;

function toUser(row: { id: number; username: string; displayName: string; role: string; disabledAt: Date | null; lastLoginAt: Date | null; mustChangePassword: boolean; totpEnabledAt: Date | null; unit: { id: number; name: string } | null }): StaffUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: isRole(row.role) ? row.role : "viewer",
    disabled: row.disabledAt !== null,
    lastLoginAt: row.lastLoginAt,
    mustChangePassword: row.mustChangePassword,
    twoFactor: row.totpEnabledAt !== null,
    unit: row.unit,
  };
}

export class StaffAccounts {
  constructor(private readonly db: Database) {}

  async count(): Promise<number> {
    return this.db.staffUser.count();
  }

  /** @param options.mustChangePassword the password was generated for the person: they choose their own at first sign-in */
  async create(username: string, displayName: string, password: string, role: Role, options: { mustChangePassword?: boolean } = {}): Promise<StaffUser> {
    const row = await this.db.staffUser.create({
      data: { username: username.trim().toLowerCase(), displayName: displayName.trim(), passwordHash: await hashPassword(password), role, mustChangePassword: options.mustChangePassword ?? false },
      include: WITH_UNIT,
    });
    return toUser(row);
  }

  async list(): Promise<StaffUser[]> {
    return (await this.db.staffUser.findMany({ orderBy: { id: "asc" }, include: WITH_UNIT })).map(toUser);
  }

  /** The user whose password this is; undefined for a wrong password, an unknown or a disabled user. */
  async verify(username: string, password: string): Promise<StaffUser | undefined> {
    const row = await this.db.staffUser.findUnique({ where: { username: username.trim().toLowerCase() }, include: WITH_UNIT });
    // Unknown users cost a hash too, so timing does not tell which usernames exist.
    const ok = await verifyPassword(password, row?.passwordHash ?? "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    if (!row || !ok || row.disabledAt) return undefined;
    return toUser(row);
  }

  async setRole(id: number, role: Role): Promise<void> {
    await this.db.staffUser.update({ where: { id }, data: { role } });
  }

  /** Makes the account one of a unit's (null: of the whole commission again); it takes effect on its next request. */
  async setUnit(id: number, unitId: number | null): Promise<void> {
    await this.db.staffUser.update({ where: { id }, data: { unitId } });
  }

  /** Disables or re-enables an account; disabling ends its sessions. */
  async setDisabled(id: number, disabled: boolean): Promise<void> {
    await this.db.$transaction([
      this.db.staffUser.update({ where: { id }, data: { disabledAt: disabled ? new Date() : null } }),
      ...(disabled ? [this.db.staffSession.deleteMany({ where: { userId: id } })] : []),
    ]);
  }

  /** Sets the user's own new password and ends every other session of the user. */
  async changePassword(id: number, password: string, keepSessionToken?: string): Promise<void> {
    const keep = keepSessionToken ? tokenHash(keepSessionToken) : "";
    await this.db.$transaction([
      this.db.staffUser.update({ where: { id }, data: { passwordHash: await hashPassword(password), mustChangePassword: false } }),
      this.db.staffSession.deleteMany({ where: { userId: id, id: { not: keep } } }),
    ]);
  }

  /**
   * An admin sets a new password for someone else: every session of that account ends, and the
   * account must choose its own password at its next sign-in. False when there is no such account.
   */
  async resetPassword(id: number, password: string): Promise<boolean> {
    const passwordHash = await hashPassword(password);
    const [updated] = await this.db.$transaction([this.db.staffUser.updateMany({ where: { id }, data: { passwordHash, mustChangePassword: true } }), this.db.staffSession.deleteMany({ where: { userId: id } })]);
    return updated.count === 1;
  }

  /** Starts a session; returns the cookie token (never stored) and the session's CSRF token. */
  async startSession(userId: number, now = new Date()): Promise<{ token: string; csrfToken: string }> {
    const token = randomBytes(32).toString("base64url");
    const csrfToken = randomBytes(24).toString("base64url");
    await this.db.$transaction([
      this.db.staffSession.create({ data: { id: tokenHash(token), userId, csrfToken, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION.idleMs) } }),
      this.db.staffUser.update({ where: { id: userId }, data: { lastLoginAt: now } }),
    ]);
    return { token, csrfToken };
  }

  /**
   * The session of a cookie token, extended while used; undefined when unknown, expired or disabled.
   * `touch: false` only looks: a page left open (the live inbox) must not keep an idle session alive.
   */
  async session(token: string, now = new Date(), options: { touch?: boolean } = {}): Promise<StaffSession | undefined> {
    const row = await this.db.staffSession.findUnique({ where: { id: tokenHash(token) }, include: { user: { include: WITH_UNIT } } });
    if (!row || row.expiresAt <= now || row.user.disabledAt || now.getTime() - row.createdAt.getTime() > SESSION.maxMs) return undefined;
    if (options.touch !== false && now.getTime() - row.lastSeenAt.getTime() > SESSION.touchEveryMs) {
      await this.db.staffSession.update({ where: { id: row.id }, data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION.idleMs) } });
    }
    return { user: toUser(row.user), csrfToken: row.csrfToken };
  }

  async endSession(token: string): Promise<void> {
    await this.db.staffSession.deleteMany({ where: { id: tokenHash(token) } });
  }
}
