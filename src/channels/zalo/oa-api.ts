/**
 * The Zalo Official Account Open API over axios: customer-service messages
 * (`POST <api>/v3.0/oa/message/cs`, header `access_token`: texts, templates), image uploads for them
 * (`POST <api>/v2.0/oa/upload/image`, multipart), and the OAuth refresh of the access token
 * (`POST <oauth>/v4/oa/access_token`, form body, header `secret_key`). Failures come back as
 * `{ error: <negative>, message }`, usually with HTTP 200; what each code means is in
 * `ZALO_OA_ERRORS`. Every answer of the Open API says how many calls the app has left
 * (`X-RateLimit-Remain`): at 0 the client makes no call for a while instead of being refused.
 * Axios errors carry the request headers (the access token, the app secret), so none leaves this file.
 */
import axios, { type AxiosInstance } from "axios";
import { AppError, UpstreamApiError, UpstreamUnreachableError } from "../../core/errors.js";
import type { OaConversation } from "./oa-chats.js";

/** The service names in errors and logs. */
export const ZALO_OA_SERVICE = "Zalo OA API";
export const ZALO_OAUTH_SERVICE = "Zalo OAuth";

/** Named defaults of the client. */
export const ZALO_OA_DEFAULTS = {
  timeoutMs: 10_000,
  /** Lifetime assumed when Zalo's `expires_in` cannot be read (it is documented as a string of seconds). */
  fallbackExpiresInSeconds: 3600,
  /**
   * How long no call is made once Zalo said none remain: the limit counts calls per minute (about
   * 4,000) and Zalo sends no time of reset.
   */
  callLimitPauseMs: 60_000,
} as const;

/**
 * What an error of the OA means for the message that met it:
 * - `permanent`: this message cannot reach this person, however often it is sent;
 * - `quota`: the OA used up what its tier may send: back off for hours;
 * - `rate-limited`: too many calls just now: back off briefly;
 * - `token`: the access token was refused: refresh it, then send once more;
 * - `refresh-spent`: the refresh token was used already: only authorising the OA again helps;
 * - `transient`: a server error, or no code at all: may clear up;
 * - `unknown`: a code not in the table: tried a few times, then given up.
 */
export type OaErrorKind = "permanent" | "quota" | "rate-limited" | "token" | "refresh-spent" | "transient" | "unknown";

export interface OaErrorMeaning {
  readonly kind: OaErrorKind;
  /** Why the message did not go out, in Vietnamese, for staff. */
  readonly reason: string;
}

const WINDOW_CLOSED: OaErrorMeaning = { kind: "permanent", reason: "Người dân không nhắn cho OA trong 7 ngày qua nên Zalo không cho gửi tiếp" };
const QUOTA: OaErrorMeaning = { kind: "quota", reason: "OA đã hết hạn mức gửi tin" };
const TOKEN: OaErrorMeaning = { kind: "token", reason: "Zalo không chấp nhận mã truy cập của OA; cần quản trị hệ thống kiểm tra việc kết nối OA" };

/** Zalo's table of OA error codes (reference notes, part C), as the project acts on them. */
export const ZALO_OA_ERRORS: ReadonlyMap<number, OaErrorMeaning> = new Map<number, OaErrorMeaning>([
  [-32, { kind: "rate-limited", reason: "Zalo tạm giới hạn tốc độ gửi tin của OA" }],
  [-201, { kind: "permanent", reason: "Zalo không nhận tin vì có thông số không hợp lệ (ví dụ nội dung trống hoặc quá dài)" }],
  [-211, QUOTA],
  [-213, { kind: "permanent", reason: "Người nhận chưa quan tâm OA hoặc đã bỏ quan tâm" }],
  [-216, TOKEN],
  [-217, { kind: "permanent", reason: "Người nhận đã chặn tin nhắn từ OA" }],
  [-218, QUOTA],
  [-220, TOKEN],
  [-224, { kind: "permanent", reason: "Gói dịch vụ của OA không cho phép gửi loại tin này" }],
  [-227, { kind: "permanent", reason: "Tài khoản Zalo của người nhận bị khóa hoặc không hoạt động quá 45 ngày" }],
  [-230, WINDOW_CLOSED],
  [-232, WINDOW_CLOSED],
  [-233, { kind: "permanent", reason: "Zalo không nhận loại tin nhắn này" }],
  [-244, { kind: "permanent", reason: "Người nhận đã tắt nhận loại tin nhắn này từ OA" }],
  [-248, { kind: "permanent", reason: "Zalo chặn tin vì cho rằng nội dung vi phạm chính sách" }],
  [-14020, { kind: "refresh-spent", reason: "OA mất quyền gửi tin; cần quản trị hệ thống cấp quyền lại cho OA trên Zalo" }],
]);

/**
 * What an error code means: Zalo's negative codes from the table; an HTTP status when the answer
 * carried none (401 is a refused token as much as -216 is); no code at all (an answer that is not
 * Zalo's) may clear up.
 */
export function oaErrorMeaning(code: number | undefined): OaErrorMeaning {
  const known = code === undefined ? undefined : ZALO_OA_ERRORS.get(code);
  if (known) return known;
  if (code === 401) return TOKEN;
  if (code === 429) return ZALO_OA_ERRORS.get(-32)!;
  if (code === undefined || code >= 500) return { kind: "transient", reason: "Không kết nối được với Zalo hoặc máy chủ Zalo gặp lỗi" };
  return { kind: "unknown", reason: `Zalo trả lời mã lỗi ${code} chưa rõ nghĩa` };
}

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

  get meaning(): OaErrorMeaning {
    return oaErrorMeaning(this.errorCode);
  }
}

/** No call was made: Zalo's last answer said the app has no calls left for now. */
export class ZaloOaCallLimitError extends AppError {
  constructor(
    /** When calls resume. */
    readonly retryAfterMs: number,
    limit: number | undefined,
  ) {
    super(`${ZALO_OA_SERVICE} calls paused for ${Math.ceil(retryAfterMs / 1000)} s: Zalo said none of the app's ${limit ?? "allowed"} calls a minute remain (X-RateLimit-Remain: 0)`);
  }
}

/** What Zalo said when the app's calls ran out. */
export interface OaCallLimit {
  /** `X-RateLimit-Limit`, when sent. */
  readonly limit: number | undefined;
  /** How long no call will be made. */
  readonly pauseMs: number;
}

/** The `attachment` of a customer-service message: a template, as Zalo documents each. */
export interface OaAttachment {
  readonly type: "template";
  readonly payload: { readonly template_type: string; readonly elements: ReadonlyArray<Record<string, string>> };
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
  /** Overrides `ZALO_OA_DEFAULTS.callLimitPauseMs` (tests shorten it). */
  readonly callLimitPauseMs?: number;
}

export class ZaloOaApi {
  private readonly http: AxiosInstance;
  /** No Open API call before this time (epoch ms): Zalo said none remain. */
  private pausedUntil = 0;
  /** `X-RateLimit-Limit` of the answer that started the pause. */
  private lastLimit: number | undefined;
  private readonly callLimitListeners: Array<(limit: OaCallLimit) => void> = [];

  constructor(private readonly options: ZaloOaApiOptions) {
    this.http = axios.create({ timeout: options.timeoutMs ?? ZALO_OA_DEFAULTS.timeoutMs, maxRedirects: 0, validateStatus: () => true });
  }

  /** Calls `listener` each time the app's calls run out (once per pause, not once per answer saying so). */
  onCallLimit(listener: (limit: OaCallLimit) => void): void {
    this.callLimitListeners.push(listener);
  }

  /**
   * Sends a customer-service text (up to 2000 characters) to a user who interacted with the OA.
   * @returns Zalo's message id
   * @throws ZaloOaApiError, ZaloOaCallLimitError (no call made), UpstreamUnreachableError
   */
  sendText(accessToken: string, userId: string, text: string): Promise<string | undefined> {
    return this.sendMessage(accessToken, userId, { text });
  }

  /**
   * Sends a customer-service message with an attachment (a template: media, request_user_info),
   * and `text` shown with it when given.
   * @returns Zalo's message id
   * @throws ZaloOaApiError, ZaloOaCallLimitError (no call made), UpstreamUnreachableError
   */
  sendAttachment(accessToken: string, userId: string, attachment: OaAttachment, text?: string): Promise<string | undefined> {
    return this.sendMessage(accessToken, userId, { ...(text ? { text } : {}), attachment });
  }

  /**
   * Uploads an image (JPG or PNG, at most 1 MB) for a media message (`/v2.0/oa/upload/image`,
   * multipart field `file`).
   * @returns its `attachment_id`
   * @throws ZaloOaApiError, ZaloOaCallLimitError (no call made), UpstreamUnreachableError
   */
  async uploadImage(accessToken: string, image: Uint8Array, contentType: string): Promise<string> {
    this.checkPause();
    const form = new FormData();
    form.append("file", new Blob([image], { type: contentType }), contentType === "image/png" ? "image.png" : "image.jpg");
    // axios sets the multipart content type with its boundary.
    const answer = await this.post(ZALO_OA_SERVICE, `${this.options.apiBase}/v2.0/oa/upload/image`, form, { access_token: accessToken });
    const id = (answer.data as { attachment_id?: unknown } | undefined)?.attachment_id;
    if (typeof id !== "string" || !id) throw new ZaloOaApiError(ZALO_OA_SERVICE, undefined, "the upload answer has no data.attachment_id");
    return id;
  }

  /**
   * Sends a text (up to 2000 characters) to a GMF group the OA is in (`/v3.0/oa/group/message`,
   * `recipient.group_id`), or to a person who does not follow the OA (`/v2.0/oa/message`,
   * `recipient: { anonymous_id, conversation_id }`: an API v2 call, from few sources).
   * @returns Zalo's message id
   * @throws ZaloOaApiError, ZaloOaCallLimitError (no call made), UpstreamUnreachableError
   */
  async sendToConversation(accessToken: string, conversation: OaConversation, text: string): Promise<string | undefined> {
    this.checkPause();
    const [path, recipient] =
      conversation.kind === "group"
        ? ["/v3.0/oa/group/message", { group_id: conversation.groupId }]
        : ["/v2.0/oa/message", { anonymous_id: conversation.anonymousId, conversation_id: conversation.conversationId }];
    const answer = await this.post(ZALO_OA_SERVICE, `${this.options.apiBase}${path}`, { recipient, message: { text } }, { access_token: accessToken, "content-type": "application/json" });
    const data = answer.data as { message_id?: unknown } | undefined;
    return data && (typeof data.message_id === "string" || typeof data.message_id === "number") ? String(data.message_id) : undefined;
  }

  private async sendMessage(accessToken: string, userId: string, message: Record<string, unknown>): Promise<string | undefined> {
    this.checkPause();
    const answer = await this.post(ZALO_OA_SERVICE, `${this.options.apiBase}/v3.0/oa/message/cs`, { recipient: { user_id: userId }, message }, { access_token: accessToken, "content-type": "application/json" });
    const data = answer.data as { message_id?: unknown } | undefined;
    return data && (typeof data.message_id === "string" || typeof data.message_id === "number") ? String(data.message_id) : undefined;
  }

  /** @throws ZaloOaCallLimitError while Zalo's last answer said no call remains */
  private checkPause(): void {
    const wait = this.pausedUntil - Date.now();
    if (wait > 0) throw new ZaloOaCallLimitError(wait, this.lastLimit);
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
      if (service === ZALO_OA_SERVICE) this.noteCallsLeft(response.headers["x-ratelimit-remain"], response.headers["x-ratelimit-limit"]);
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

  /** Starts a pause when Zalo says no call remains; answers arriving during one do not extend it. */
  private noteCallsLeft(remainHeader: unknown, limitHeader: unknown): void {
    if (headerNumber(remainHeader) !== 0) return;
    const now = Date.now();
    if (this.pausedUntil > now) return;
    const pauseMs = this.options.callLimitPauseMs ?? ZALO_OA_DEFAULTS.callLimitPauseMs;
    this.pausedUntil = now + pauseMs;
    this.lastLimit = headerNumber(limitHeader);
    for (const listener of this.callLimitListeners) listener({ limit: this.lastLimit, pauseMs });
  }
}

/** A header's number; undefined when it is missing or not a number. */
function headerNumber(value: unknown): number | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const number = Number(value);
  return value !== "" && Number.isFinite(number) ? number : undefined;
}

/** Zalo's explanation, whichever field it put it in. */
function describe(answer: Record<string, unknown>, code: number): string {
  for (const field of ["message", "error_description", "error_reason", "error_name"]) {
    const value = answer[field];
    if (typeof value === "string" && value) return value;
  }
  return `error ${code}`;
}
