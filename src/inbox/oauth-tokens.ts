/**
 * OAuth token pairs of the channels, one row per provider ("zalo_oa"), shared by every process and
 * kept across restarts. A version number lets a writer replace a pair only if nobody else did first.
 */
import { isUniqueViolation, type Database } from "./database.js";

export interface StoredToken {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresAt: Date;
  readonly version: number;
}

export interface TokenPair {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresAt: Date;
}

export class OAuthTokens {
  constructor(private readonly db: Database) {}

  /** The provider's stored pair; `initial` is stored first when there is none (the first writer wins). */
  async getOrSeed(provider: string, initial: TokenPair): Promise<StoredToken> {
    const row = await this.db.oAuthToken.findUnique({ where: { provider } });
    if (row) return row;
    try {
      return await this.db.oAuthToken.create({ data: { provider, ...initial } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.db.oAuthToken.findUniqueOrThrow({ where: { provider } });
    }
  }

  /** Stores a new pair if the stored one is still at `version`; false when another writer came first. */
  async replace(provider: string, version: number, pair: TokenPair): Promise<boolean> {
    const { count } = await this.db.oAuthToken.updateMany({ where: { provider, version }, data: { ...pair, version: { increment: 1 } } });
    return count === 1;
  }
}
