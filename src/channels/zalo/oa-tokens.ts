/**
 * The OA's access token, kept in the `OAuthToken` table (provider "zalo_oa") so that every process
 * and every restart shares one pair. The refresh token is single-use: spent twice, the second
 * refresh fails and the OA must be authorised again by hand. Hence a refresh runs under an
 * in-process lock and a database lease (one instance at a time), re-reads the row first (another
 * caller may have refreshed meanwhile), and stores the new pair with compare-and-set on `version`.
 * An instance that finds the lease held waits for the holder's new pair; one that still loses a race
 * (its refresh refused because the token was just spent, or its write beaten) takes the winner's
 * token from the row instead of failing.
 */
import type { Logger } from "../../core/logger.js";
import type { Leases } from "../../inbox/leases.js";
import type { OAuthTokens, StoredToken } from "../../inbox/oauth-tokens.js";
import { ZaloOaApiError, type OaTokenPair } from "./oa-api.js";

/** The row of the `OAuthToken` table that holds the OA's tokens. */
export const OA_TOKEN_PROVIDER = "zalo_oa";

/** The lease under which one instance at a time refreshes the OA token. */
const OA_REFRESH_LEASE = "zalo-oa-refresh";

/** Named defaults of token handling. */
export const OA_TOKEN_DEFAULTS = {
  /** A token this close to its expiry is refreshed before use. */
  refreshMarginMs: 5 * 60_000,
  /** Lifetime assumed for an access token given in the environment (its real age is unknown). */
  seededLifetimeMs: 3_600_000,
  /** How long an instance may hold the refresh lease (a refresh is one HTTP call). */
  refreshLeaseMs: 30_000,
  /** After a refused refresh, or while another instance refreshes, how long to watch for the pair it gets. */
  concurrentRefreshWaitMs: 2000,
  concurrentRefreshPollMs: 50,
} as const;

export interface OaTokenStoreDeps {
  readonly tokens: OAuthTokens;
  /** The lease under which one instance at a time spends the refresh token. */
  readonly leases: Leases;
  /** Spends a refresh token (ZaloOaApi.refresh). */
  readonly refresh: (refreshToken: string) => Promise<OaTokenPair>;
  /** Tokens from the environment, stored only while the table has none. */
  readonly initial: { readonly accessToken: string | undefined; readonly refreshToken: string };
  readonly logger: Logger;
}

export class OaTokenStore {
  private lock: Promise<unknown> = Promise.resolve();
  /**
   * The refresh token Zalo last refused, with its refusal: presenting it again would only be refused
   * again (and logged again at every retry of every message), until another process or an operator
   * stores a new one.
   */
  private refused: { readonly refreshToken: string; readonly error: ZaloOaApiError } | undefined;

  constructor(private readonly deps: OaTokenStoreDeps) {}

  /** A usable access token: the stored one, refreshed first when it is about to expire. */
  async accessToken(now = new Date()): Promise<string> {
    const row = await this.read();
    if (isFresh(row, now)) return row.accessToken;
    return this.renew(row.accessToken);
  }

  /**
   * A new access token because `rejected` was refused or has expired. Callers that ask together get
   * the result of one refresh.
   */
  renew(rejected: string): Promise<string> {
    return this.exclusive(async () => {
      const row = await this.read();
      if (row.accessToken !== rejected && isFresh(row, new Date())) return row.accessToken;
      const refreshed = await this.deps.leases.exclusively(OA_REFRESH_LEASE, OA_TOKEN_DEFAULTS.refreshLeaseMs, () => this.refreshFrom(rejected));
      if (refreshed.ran) return refreshed.value;
      // Another instance is refreshing: its pair will be in the row.
      const winner = await this.awaitOtherRefresh(row.version);
      if (winner) return winner.accessToken;
      throw new ZaloOaApiError("oauth", undefined, "another instance holds the Zalo OA refresh lease and stored no new token in time");
    });
  }

  /** Spends the refresh token, unless the row (read again under the lease) is fresh already. */
  private async refreshFrom(rejected: string): Promise<string> {
    const row = await this.read();
    if (row.accessToken !== rejected && isFresh(row, new Date())) return row.accessToken;
    if (this.refused?.refreshToken === row.refreshToken) throw this.refused.error;
    let pair: OaTokenPair;
    try {
      pair = await this.deps.refresh(row.refreshToken);
    } catch (error) {
      // No answer, or a server error: no other process to wait for; the next attempt tells whether the token was spent.
      if (!(error instanceof ZaloOaApiError) || !isRefusal(error)) throw error;
      const winner = await this.awaitOtherRefresh(row.version);
      if (winner) return winner.accessToken;
      this.refused = { refreshToken: row.refreshToken, error };
      const why = error.meaning.kind === "refresh-spent" ? "was already used once (Zalo -14020: a refresh token works only once, and another copy of the assistant or a script may have spent it)" : `was refused (${error.message})`;
      this.deps.logger.error(
        { service: "zalo_oa", code: error.errorCode },
        `the Zalo OA refresh token ${why}: authorise the OA again, then put the new tokens in ZALO_OA_ACCESS_TOKEN / ZALO_OA_REFRESH_TOKEN and delete the stored ones (OAuthToken row 'zalo_oa')`,
      );
      throw error;
    }
    if (await this.deps.tokens.replace(OA_TOKEN_PROVIDER, row.version, { accessToken: pair.accessToken, refreshToken: pair.refreshToken, expiresAt: pair.expiresAt })) {
      this.deps.logger.info({ expiresAt: pair.expiresAt.toISOString() }, "Zalo OA access token refreshed");
      return pair.accessToken;
    }
    this.deps.logger.warn("another process refreshed the Zalo OA token at the same time: using its token");
    return (await this.read()).accessToken;
  }

  /** The stored pair, seeded from the environment the first time. */
  private async read(): Promise<StoredToken> {
    const { accessToken, refreshToken } = this.deps.initial;
    // Without an access token the first use refreshes; with one, its real expiry is unknown.
    const expiresAt = accessToken ? new Date(Date.now() + OA_TOKEN_DEFAULTS.seededLifetimeMs) : new Date(0);
    return this.deps.tokens.getOrSeed(OA_TOKEN_PROVIDER, { accessToken: accessToken ?? "", refreshToken, expiresAt });
  }

  /**
   * A refused refresh may mean that another process spent the same refresh token a moment ago and
   * is about to store the new pair: watch the row briefly for a newer version.
   */
  private async awaitOtherRefresh(version: number): Promise<StoredToken | undefined> {
    const deadline = Date.now() + OA_TOKEN_DEFAULTS.concurrentRefreshWaitMs;
    for (;;) {
      const row = await this.read();
      if (row.version !== version) return row;
      if (Date.now() >= deadline) return undefined;
      await new Promise((resolve) => setTimeout(resolve, OA_TOKEN_DEFAULTS.concurrentRefreshPollMs));
    }
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.lock.then(task, task);
    this.lock = run.catch(() => undefined);
    return run;
  }
}

/** Zalo refused the refresh token itself (its negative codes, or a 4xx), rather than failing to answer. */
function isRefusal(error: ZaloOaApiError): boolean {
  const code = error.errorCode;
  return code !== undefined && (code < 0 || (code >= 400 && code < 500 && code !== 429));
}

function isFresh(row: StoredToken, now: Date): boolean {
  return row.accessToken !== "" && row.expiresAt.getTime() - OA_TOKEN_DEFAULTS.refreshMarginMs > now.getTime();
}
