/**
 * What a failed Zalo send means for whoever retries it: wait for the rate limit, try again later,
 * give up at once because retrying cannot help (bad request, the person is unreachable, the OA's
 * 7-day window closed), or try a few times only (an OA code nobody documented).
 */
import { SendGate } from "../../core/send-gate.js";
import { ZALO_BOT_ERROR, ZaloBotApiError } from "./bot-api.js";
import { oaErrorMeaning, ZALO_OAUTH_SERVICE, ZaloOaApiError, ZaloOaCallLimitError, type OaErrorMeaning } from "./oa-api.js";

export type ZaloFailureKind = "rate-limited" | "quota" | "transient" | "permanent" | "unknown";

export interface ZaloFailure {
  readonly kind: ZaloFailureKind;
  /** When Zalo (or its rate-limit headers) said when sending may resume. */
  readonly retryAfterMs?: number;
  /** Why, in Vietnamese, for staff, when the platform said what it meant. */
  readonly staffReason?: string;
}

/** Named defaults of how Zalo failures are retried. */
export const ZALO_FAILURE_DEFAULTS = {
  /**
   * How long a chat pauses after a rate limit: Zalo publishes no number and sends no retry-after. The
   * outbox then backs off exponentially from its own first delay.
   */
  rateLimitWaitMs: 2000,
  /** An OA out of its sending quota (-211, -218) gets more only with the next day or tier. */
  quotaWaitMs: 60 * 60_000,
  /** Attempts of a message that met an OA code missing from the table, before it is given up. */
  unknownCodeAttempts: 3,
} as const;

/** Zalo publishes no sending limits: its gate only pauses the chats Zalo rate-limited. */
export function createZaloGate(): SendGate {
  return new SendGate({ chat: () => undefined });
}

export function classifyFailure(error: unknown): ZaloFailure {
  if (error instanceof ZaloBotApiError) {
    const code = error.errorCode;
    if (code === ZALO_BOT_ERROR.rateLimited) return { kind: "rate-limited" };
    // 400 (text too long, unknown chat), 401 (token), 403, 404: the same request fails again.
    if (code !== undefined && code >= 400 && code < 500 && code !== ZALO_BOT_ERROR.idle) return { kind: "permanent", staffReason: BOT_REFUSED };
    return { kind: "transient" };
  }
  if (error instanceof ZaloOaCallLimitError) return { kind: "rate-limited", retryAfterMs: error.retryAfterMs, staffReason: "Ứng dụng đã dùng hết lượt gọi Zalo trong phút này; tin sẽ được gửi lại" };
  // A refused refresh (-14020 spent, -14014 invalid…) says the OA lost its authorisation, not that
  // this message is wrong: it is kept and retried until an operator authorises the OA again.
  if (error instanceof ZaloOaApiError && error.service === ZALO_OAUTH_SERVICE) {
    const meaning = error.meaning;
    return { kind: "transient", staffReason: meaning.kind === "transient" || meaning.kind === "rate-limited" ? meaning.reason : oaErrorMeaning(REFRESH_SPENT).reason };
  }
  if (error instanceof ZaloOaApiError) return fromMeaning(error.meaning);
  // No answer (UpstreamUnreachableError), a product switched off: both may clear up.
  return { kind: "transient" };
}

const REFRESH_SPENT = -14020;
const BOT_REFUSED = "Zalo không nhận tin nhắn này (cuộc trò chuyện không còn hoặc nội dung không hợp lệ)";

function fromMeaning(meaning: OaErrorMeaning): ZaloFailure {
  switch (meaning.kind) {
    case "permanent":
      return { kind: "permanent", staffReason: meaning.reason };
    case "quota":
      return { kind: "quota", retryAfterMs: ZALO_FAILURE_DEFAULTS.quotaWaitMs, staffReason: meaning.reason };
    case "rate-limited":
      return { kind: "rate-limited", staffReason: meaning.reason };
    case "unknown":
      return { kind: "unknown", staffReason: meaning.reason };
    case "token":
    // A token still refused after the refresh (messenger.ts): the next attempt refreshes again.
    case "refresh-spent":
    case "transient":
      return { kind: "transient", staffReason: meaning.reason };
  }
}
