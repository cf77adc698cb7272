/**
 * The Zalo Official Account Open API over axios: customer-service text messages
 * (`POST <api>/v3.0/oa/message/cs`, header `access_token`) and the OAuth refresh of the access token
 * (`POST <oauth>/v4/oa/access_token`, form body, header `secret_key`). Failures come back as
 * `{ error: <negative>, message }`, usually with HTTP 200. Axios errors carry the request headers
 * (the access token, the app secret), so none leaves this file.
 */
import axios, { type AxiosInstance } from "axios";
import { UpstreamApiError, UpstreamUnreachableError } from "../../core/errors.js";

/** The service names in errors and logs. */
export const ZALO_OA_SERVICE = "Zalo OA API";
export const ZALO_OAUTH_SERVICE = "Zalo OAuth";

/** Named defaults of the client. */
export const ZALO_OA_DEFAULTS = {
  timeoutMs: 10_000,
  /** Lifetime assumed when Zalo's `expires_in` cannot be read (it is documented as a string of seconds). */
  fallbackExpiresInSeconds: 3600,
} as const;

/** OA error codes the project acts on. */
export const ZALO_OA_ERROR = {
  rateLimited: -32,
  userNotFollowing: -213,
  /** The access token is invalid or expired: refresh, then retry once. */
  tokenInvalid: [-216, -220] as readonly number[],
  /** The user has not interacted within 7 days: the sending window is closed. */
  windowClosed: [-230, -232] as readonly number[],
} as const;

/** The OA API or its OAuth server answered with an error. */
export class ZaloOaApiError extends UpstreamApiError {
  constructor(
    service: string,
    /** Zalo's negative `error`, or the HTTP status when the answer carried none. */
    readonly errorCode: number | undefined,
    readonly description: string,
  ) {
    super(service, errorCode, description);
  }

  get tokenInvalid(): boolean {
    return this.errorCode !== undefined && ZALO_OA_ERROR.tokenInvalid.includes(this.errorCode);
  }
}

/** A fresh pair from the OAuth server; the refresh token it replaces is spent. */
export interface OaTokenPair {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresAt: Date;
}

export interface ZaloOaApiOptions {
  readonly apiBase: string;
  readonly oauthBase: string;
  readonly appId: string;
  readonly appSecret: string;
  readonly timeoutMs?: number;
}

export class ZaloOaApi {
  private readonly http: AxiosInstance;

  constructor(private readonly options: ZaloOaApiOptions) {
    this.http = axios.create({ timeout: options.timeoutMs ?? ZALO_OA_DEFAULTS.timeoutMs, maxRedirects: 0, validateStatus: () => true });
  }

  /**
   * Sends a customer-service text (up to 2000 characters) to a user who interacted with the OA.
   * @returns Zalo's message id
   * @throws ZaloOaApiError, UpstreamUnreachableError
   */
  async sendText(accessToken: string, userId: string, text: string): Promise<string | undefined> {
    const answer = await this.post(ZALO_OA_SERVICE, `${this.options.apiBase}/v3.0/oa/message/cs`, { recipient: { user_id: userId }, message: { text } }, { access_token: accessToken, "content-type": "application/json" });
    const data = answer.data as { message_id?: unknown } | undefined;
    return data && (typeof data.message_id === "string" || typeof data.message_id === "number") ? String(data.message_id) : undefined;
  }

  /**
   * Spends the (single-use) refresh token for a new pair.
   * @throws ZaloOaApiError when Zalo refuses it, UpstreamUnreachableError
   */
  async refresh(refreshToken: string, now = new Date()): Promise<OaTokenPair> {
    const form = new URLSearchParams({ refresh_token: refreshToken, app_id: this.options.appId, grant_type: "refresh_token" });
    const answer = await this.post(ZALO_OAUTH_SERVICE, `${this.options.oauthBase}/v4/oa/access_token`, form.toString(), { secret_key: this.options.appSecret, "content-type": "application/x-www-form-urlencoded" });
    const { access_token: accessToken, refresh_token: newRefreshToken, expires_in: expiresIn } = answer as { access_token?: unknown; refresh_token?: unknown; expires_in?: unknown };
    if (typeof accessToken !== "string" || !accessToken || typeof newRefreshToken !== "string" || !newRefreshToken) {
      throw new ZaloOaApiError(ZALO_OAUTH_SERVICE, undefined, "the answer has no access_token/refresh_token");
    }
    // Documented as a string ("90000"); a number is read the same way.
    const seconds = Number(expiresIn);
    const lifetime = Number.isFinite(seconds) && seconds > 0 ? seconds : ZALO_OA_DEFAULTS.fallbackExpiresInSeconds;
    return { accessToken, refreshToken: newRefreshToken, expiresAt: new Date(now.getTime() + lifetime * 1000) };
  }

  private async post(service: string, url: string, body: unknown, headers: Record<string, string>): Promise<Record<string, unknown>> {
    let status: number;
    let data: unknown;
    try {
      const response = await this.http.post(url, body, { headers });
      status = response.status;
      data = response.data;
    } catch (error) {
      // Deliberately no `cause`: the axios error holds the headers (access token, app secret).
      const reason = axios.isAxiosError(error) && error.code ? `${error.code} (${error.message})` : error instanceof Error ? error.message : String(error);
      throw new UpstreamUnreachableError(service, `${reason}. Check the network, or ZALO_OA_API_BASE / ZALO_OA_OAUTH_BASE`);
    }
    if (typeof data !== "object" || data === null) throw new ZaloOaApiError(service, status >= 300 ? status : undefined, `unexpected answer (HTTP ${status})`);
    const answer = data as Record<string, unknown>;
    const code = Number(answer.error ?? 0);
    if (code !== 0 && Number.isFinite(code)) throw new ZaloOaApiError(service, code, describe(answer, code));
    if (status >= 300) throw new ZaloOaApiError(service, status, describe(answer, status));
    return answer;
  }
}

/** Zalo's explanation, whichever field it put it in. */
function describe(answer: Record<string, unknown>, code: number): string {
  for (const field of ["message", "error_description", "error_reason", "error_name"]) {
    const value = answer[field];
    if (typeof value === "string" && value) return value;
  }
  return `error ${code}`;
}
