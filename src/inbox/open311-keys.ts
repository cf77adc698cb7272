/**
 * API keys of the Open311 API: other applications (a city app, a partner's portal) file GeoReport v2
 * requests with a key an admin issued them. A key is shown once when issued; only its SHA-256 is
 * stored, so a leaked database files nothing. A revoked key is refused from then on.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Database } from "./database.js";

/** What every key starts with, so that one pasted somewhere is recognisable. */
const KEY_PREFIX = "tldv311_";

/** Named limits of a key's name. */
export const KEY_NAME_LIMITS = { min: 3, max: 80 } as const;

/** A key as the admin page lists it (never the key itself). */
export interface Open311KeyInfo {
  readonly id: number;
  readonly name: string;
  readonly createdAt: Date;
  readonly createdByName: string | null;
  readonly lastUsedAt: Date | null;
  readonly requestCount: number;
  readonly revokedAt: Date | null;
}

/** The application a valid key belongs to. */
export interface Open311Client {
  readonly id: number;
  readonly name: string;
}

function keyHash(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export class Open311Keys {
  constructor(private readonly db: Database) {}

  /** Issues a key; the key in clear is in the result and nowhere else. */
  async issue(name: string, issuer: { readonly id: number; readonly name: string }, now = new Date()): Promise<{ key: string; info: Open311KeyInfo }> {
    const key = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
    const row = await this.db.open311Key.create({ data: { name, keyHash: keyHash(key), createdById: issuer.id, createdByName: issuer.name, createdAt: now } });
    return { key, info: row };
  }

  /** Every key, the ones in use first, then the latest issued. */
  async list(): Promise<Open311KeyInfo[]> {
    const rows = await this.db.open311Key.findMany({ orderBy: [{ id: "desc" }] });
    return rows.sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null));
  }

  /** Revokes a key; its name, or undefined when there is no such key in use. */
  async revoke(id: number, now = new Date()): Promise<string | undefined> {
    const key = await this.db.open311Key.findUnique({ where: { id } });
    if (!key || key.revokedAt) return undefined;
    const { count } = await this.db.open311Key.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
    return count ? key.name : undefined;
  }

  /** The application a key in use belongs to; undefined for an unknown or revoked key. */
  async verify(key: string): Promise<Open311Client | undefined> {
    if (!key.startsWith(KEY_PREFIX) || key.length > 200) return undefined;
    // Looked up by hash: equal hashes are the only match, and the hash of a guess reveals nothing.
    const row = await this.db.open311Key.findUnique({ where: { keyHash: keyHash(key) }, select: { id: true, name: true, revokedAt: true } });
    return row && !row.revokedAt ? { id: row.id, name: row.name } : undefined;
  }

  /** Records that a key was used, counting a request it filed. */
  async used(id: number, filed: boolean, now = new Date()): Promise<void> {
    await this.db.open311Key.update({ where: { id }, data: { lastUsedAt: now, ...(filed ? { requestCount: { increment: 1 } } : {}) } });
  }
}
