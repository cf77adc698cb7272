/**
 * What a failed Zalo send means for whoever retries it: wait for the rate limit, try again later,
 * or give up because retrying cannot help (bad request, bad token, the person is unreachable, the
 * OA's 7-day window closed).
 */
import { SendGate } from "../../core/send-gate.js";
import { ZALO_BOT_ERROR, ZaloBotApiError } from "./bot-api.js";
import { ZALO_OA_ERROR, ZaloOaApiError } from "./oa-api.js";

export type ZaloFailure = "rate-limited" | "transient" | "permanent";

/**
 * How long a chat pauses after a rate limit: Zalo publishes no number and sends no retry-after. The
 * outbox then backs off exponentially from its own first delay.
 */
export const ZALO_RATE_LIMIT_WAIT_MS = 2000;

/** Zalo publishes no sending limits: its gate only pauses the chats Zalo rate-limited. */
export function createZaloGate(): SendGate {
  return new SendGate({ chat: () => undefined });
}

export function classifyFailure(error: unknown): ZaloFailure {
  if (error instanceof ZaloBotApiError) {
    const code = error.errorCode;
    if (code === ZALO_BOT_ERROR.rateLimited) return "rate-limited";
    // 400 (text too long, unknown chat), 401 (token), 403, 404: the same request fails again.
    if (code !== undefined && code >= 400 && code < 500 && code !== ZALO_BOT_ERROR.idle) return "permanent";
    return "transient";
  }
  if (error instanceof ZaloOaApiError) {
    const code = error.errorCode;
    if (code === ZALO_OA_ERROR.rateLimited) return "rate-limited";
    if (code === ZALO_OA_ERROR.userNotFollowing || (code !== undefined && ZALO_OA_ERROR.windowClosed.includes(code))) return "permanent";
    // Other codes (a token still refused after a refresh, server errors) may clear up.
    return "transient";
  }
  // No answer (UpstreamUnreachableError), a product switched off: both may clear up.
  return "transient";
}
