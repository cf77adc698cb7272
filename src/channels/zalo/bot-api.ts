/**
 * A client of the Zalo Bot Platform API over axios: `<base>/bot<TOKEN>/<method>`, POST + JSON,
 * answers in the envelope `{ ok, result, description, error_code }`. HTTP 2xx is not enough: `ok`
 * decides. The token is part of every URL and axios errors carry their URL and config, so no axios
 * error leaves this file: a failure is a `ZaloBotApiError` (Zalo answered no, with its code) or an
 * `UpstreamUnreachableError` (no answer), and neither message contains the token.
 */
import axios, { type AxiosInstance } from "axios";
import { UpstreamApiError, UpstreamUnreachableError } from "../../core/errors.js";

/** The service name in errors and logs. */
export const ZALO_BOT_SERVICE = "Zalo Bot API";

/** Named defaults of the client. */
export const ZALO_BOT_DEFAULTS = {
  /** Time limit of an ordinary call. */
  timeoutMs: 10_000,
  /** A long poll may take its own timeout plus this before the client gives up on it. */
  pollMarginMs: 10_000,
} as const;

/** Zalo's limit on one text message (sendMessage `text`, sendPhoto `caption`), in characters. */
export const ZALO_MESSAGE_LIMIT = 2000;

/** Error codes of the Bot Platform the project acts on. */
export const ZALO_BOT_ERROR = { badRequest: 400, unauthorized: 401, forbidden: 403, notFound: 404, idle: 408, rateLimited: 429 } as const;

/** Zalo answered with `ok: false` (or an HTTP error without an envelope). */
export class ZaloBotApiError extends UpstreamApiError {
  constructor(
    readonly method: string,
    /** Zalo's `error_code`, or the HTTP status when the answer had no envelope. */
    readonly errorCode: number | undefined,
    readonly description: string,
  ) {
    super(ZALO_BOT_SERVICE, errorCode, `${method}: ${description}`);
  }
}

/** getMe. */
export interface ZaloBotInfo {
  readonly id: string;
  readonly account_name: string;
  readonly account_type?: string;
  readonly can_join_groups?: boolean;
}

/**
 * A message inside an update, in every shape sources describe (../shared/reference/zalo-api.md);
 * every field is checked before use (see inbound.ts).
 */
export interface ZaloMessage {
  readonly message_id?: string;
  /** Epoch milliseconds. */
  readonly date?: number;
  readonly chat?: { readonly id?: string; readonly chat_type?: string };
  /** The sender's name is in `display_name` in most sources, `name` in one, `first_name` in a sample. */
  readonly from?: { readonly id?: string; readonly display_name?: string; readonly name?: string; readonly first_name?: string; readonly is_bot?: boolean };
  /** Seen by some SDKs, with undocumented values. */
  readonly message_type?: string;
  readonly text?: string;
  readonly photo?: unknown;
  readonly photo_url?: string;
  readonly caption?: string;
  readonly voice_url?: string;
  readonly sticker?: unknown;
  /** A sticker's picture, on the message itself. */
  readonly url?: string;
}

/** One update: getUpdates answers with one, a webhook posts one. */
export interface ZaloUpdate {
  /** `message.text.received` and the like; missing from polled updates in a copy of the docs. */
  readonly event_name?: string;
  readonly message?: ZaloMessage;
}

/** Whether a value can be an update: an object with a `message` object (`event_name` is not always sent). */
export function isZaloUpdate(value: unknown): value is ZaloUpdate {
  return typeof value === "object" && value !== null && typeof (value as { message?: unknown }).message === "object" && (value as { message?: unknown }).message !== null;
}

/**
 * A range of `text_styles`: `start` and `len` in UTF-16 code units (how JavaScript counts string
 * length). Style names: "b" bold, "i" italic, as the Zalo (personal) client library zca-js names
 * them in its `TextStyle` (the only source that lists the values; the Bot Platform notes give the
 * `{start, len, st}` shape but no names).
 */
export interface ZaloTextStyle {
  readonly start: number;
  readonly len: number;
  readonly st: "b" | "i";
}

/** What sendMessage and sendPhoto answer. */
export interface ZaloSentMessage {
  readonly message_id: string;
  readonly date?: number;
}

export interface ZaloWebhookInfo {
  readonly url?: string;
  readonly updated_at?: number;
}

export interface ZaloBotApiOptions {
  /** `https://bot-api.zaloplatforms.com` unless a fake server stands in. */
  readonly apiBase: string;
  readonly timeoutMs?: number;
}

export class ZaloBotApi {
  private readonly http: AxiosInstance;
  private readonly timeoutMs: number;

  constructor(
    private readonly token: string,
    options: ZaloBotApiOptions,
  ) {
    this.timeoutMs = options.timeoutMs ?? ZALO_BOT_DEFAULTS.timeoutMs;
    // Redirects would repeat the token to another host; the platform has no reason to redirect.
    this.http = axios.create({ baseURL: options.apiBase, maxRedirects: 0, headers: { "content-type": "application/json" }, validateStatus: () => true });
  }

  getMe(): Promise<ZaloBotInfo> {
    return this.call("getMe");
  }

  /**
   * Waits up to `timeoutSeconds` for the next update. Empty when none came (Zalo's `408`, the
   * normal end of an idle poll, is no failure). Does not work while a webhook is set. An update
   * without `event_name` is kept: Zalo will not send it again, and its message tells what it is.
   */
  async getUpdates(timeoutSeconds: number, signal?: AbortSignal): Promise<ZaloUpdate[]> {
    try {
      // The documentation gives `timeout` as a string.
      const result = await this.call<unknown>("getUpdates", { timeout: String(timeoutSeconds) }, { timeoutMs: timeoutSeconds * 1000 + ZALO_BOT_DEFAULTS.pollMarginMs, ...(signal ? { signal } : {}) });
      // Documented as one update per call; a list is accepted too, should that change.
      const updates = Array.isArray(result) ? result : [result];
      return updates.filter(isZaloUpdate);
    } catch (error) {
      if (error instanceof ZaloBotApiError && error.errorCode === ZALO_BOT_ERROR.idle) return [];
      throw error;
    }
  }

  setWebhook(url: string, secretToken: string): Promise<ZaloWebhookInfo> {
    return this.call("setWebhook", { url, secret_token: secretToken });
  }

  deleteWebhook(): Promise<ZaloWebhookInfo> {
    return this.call("deleteWebhook");
  }

  getWebhookInfo(): Promise<ZaloWebhookInfo> {
    return this.call("getWebhookInfo");
  }

  /**
   * Sends a text of 1–2000 characters (see `ZALO_MESSAGE_LIMIT`; longer texts are refused with 400),
   * with `text_styles` when styles are given.
   */
  sendMessage(chatId: string, text: string, styles: readonly ZaloTextStyle[] = []): Promise<ZaloSentMessage> {
    return this.call("sendMessage", { chat_id: chatId, text, ...(styles.length ? { text_styles: styles } : {}) });
  }

  /** Sends a photo by URL, with an optional caption of up to 2000 characters. */
  sendPhoto(chatId: string, photoUrl: string, caption?: string): Promise<ZaloSentMessage> {
    return this.call("sendPhoto", { chat_id: chatId, photo: photoUrl, ...(caption ? { caption } : {}) });
  }

  sendChatAction(chatId: string, action: "typing" = "typing"): Promise<unknown> {
    return this.call("sendChatAction", { chat_id: chatId, action });
  }

  /**
   * Calls a method. @throws ZaloBotApiError when Zalo answers `ok: false`, UpstreamUnreachableError
   * when it does not answer (network, timeout, cancelled)
   */
  async call<T>(method: string, body: Record<string, unknown> = {}, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<T> {
    let status: number;
    let data: unknown;
    try {
      const response = await this.http.post(`/bot${this.token}/${method}`, body, { timeout: options.timeoutMs ?? this.timeoutMs, ...(options.signal ? { signal: options.signal } : {}) });
      status = response.status;
      data = response.data;
    } catch (error) {
      // Deliberately no `cause`: the axios error holds the URL, hence the token.
      throw new UpstreamUnreachableError(ZALO_BOT_SERVICE, `${method}: ${this.redact(networkReason(error))}. Check the network, or ZALO_BOT_API_BASE`);
    }
    if (isEnvelope(data)) {
      if (data.ok === true) return data.result as T;
      const code = typeof data.error_code === "number" ? data.error_code : status >= 300 ? status : undefined;
      throw new ZaloBotApiError(method, code, this.redact(typeof data.description === "string" && data.description ? data.description : `error ${code ?? "without a code"}`));
    }
    throw new ZaloBotApiError(method, status >= 300 ? status : undefined, `unexpected answer (HTTP ${status}, not the {ok, result} envelope)`);
  }

  /** Zalo's own texts could echo the URL; the token never goes further. */
  private redact(text: string): string {
    return text.split(this.token).join("<token>");
  }
}

interface Envelope {
  readonly ok: unknown;
  readonly result?: unknown;
  readonly description?: unknown;
  readonly error_code?: unknown;
}

function isEnvelope(data: unknown): data is Envelope {
  return typeof data === "object" && data !== null && "ok" in data;
}

/** Why a request got no answer, without the request itself. */
function networkReason(error: unknown): string {
  if (axios.isCancel(error)) return "cancelled";
  if (axios.isAxiosError(error)) return error.code ? `${error.code} (${error.message})` : error.message;
  return error instanceof Error ? error.message : String(error);
}
