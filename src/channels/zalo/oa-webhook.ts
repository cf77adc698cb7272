/**
 * The Official Account's webhook. Zalo switches off a webhook that does not get 200 within about 2 s
 * for about 12 hours, so one wrong secret or one format quirk must not answer anything else: every
 * request is stored as it came (raw body and signature) and answered 200 at once, and judged when it
 * is handled (`verifyOaEvent`): what fails is discarded, logged and counted, and staff are warned.
 * Zalo retries with a `num_retry` header; a retry of the same `msg_id` is stored once (and a retry of
 * one that was discarded is judged again: the secret may have been corrected in between).
 *
 * Each event is signed in the header `X-ZEvent-Signature: mac=<hex>` (one source says the prefix is
 * sometimes absent: both are accepted), hex = SHA-256 of app_id + raw body + timestamp + OA secret key
 * (a plain hash of the concatenation, over the raw bytes, with `app_id` and `timestamp` from the body).
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Logger } from "../../core/logger.js";
import { registerWebhookRoute } from "../webhook-route.js";
import type { ZaloOaEvent } from "./oa-inbound.js";

export const OA_SIGNATURE_HEADER = "x-zevent-signature";
const SIGNATURE = /^(?:mac=)?([0-9a-f]{64})$/iu;

/** A webhook request as stored: judged when handled. */
export interface StoredOaRequest {
  readonly raw: string;
  readonly signature: string | null;
}

export interface OaWebhookOptions {
  readonly path: string;
  readonly logger: Logger;
  /** Stores the request; Zalo gets its 200 once this resolves. */
  readonly store: (request: StoredOaRequest, parsed: unknown) => Promise<void>;
}

export function registerOaWebhook(server: FastifyInstance, options: OaWebhookOptions): void {
  registerWebhookRoute(server, {
    path: options.path,
    logger: options.logger,
    anyBody: true,
    async handle(body, raw, request) {
      const signature = request.headers[OA_SIGNATURE_HEADER];
      await options.store({ raw: raw.toString("utf8"), signature: typeof signature === "string" ? signature : null }, body);
      return { status: 200, body: { error: 0, message: "Success" } };
    },
  });
}

/** The OA's identity: what a genuine event is signed with. */
export interface OaKeys {
  readonly appId: string;
  /** The OA secret key (not the app secret). */
  readonly secretKey: string;
}

/**
 * The event a stored request carries, or why it must be discarded (each reason names the likely
 * cause, for the operator who reads the log and the staff who see the warning).
 */
export function verifyOaEvent(request: StoredOaRequest, keys: OaKeys): { event: ZaloOaEvent } | { discarded: string } {
  let event: unknown;
  try {
    event = JSON.parse(request.raw);
  } catch {
    return { discarded: "not JSON: not a Zalo OA event" };
  }
  if (typeof event !== "object" || event === null) return { discarded: "not a Zalo OA event" };
  const given = SIGNATURE.exec((request.signature ?? "").trim())?.[1];
  if (!given) return { discarded: "no X-ZEvent-Signature: not from Zalo, or a proxy dropped the header" };
  const { app_id: appId, timestamp } = event as { app_id?: unknown; timestamp?: unknown };
  if (String(appId ?? "") !== keys.appId) return { discarded: "signed for another app: check ZALO_OA_APP_ID" };
  const expected = oaSignature(keys.appId, Buffer.from(request.raw, "utf8"), String(timestamp ?? ""), keys.secretKey);
  if (!timingSafeEqual(Buffer.from(given.toLowerCase(), "hex"), Buffer.from(expected, "hex"))) {
    return { discarded: "signature mismatch: check ZALO_OA_SECRET_KEY (the OA secret key of the webhook, not the app secret)" };
  }
  return { event: event as ZaloOaEvent };
}

/** The documented signature: SHA-256 hex of app_id + raw body + timestamp + OA secret key. */
export function oaSignature(appId: string, raw: Buffer, timestamp: string, secretKey: string): string {
  return createHash("sha256").update(appId, "utf8").update(raw).update(timestamp, "utf8").update(secretKey, "utf8").digest("hex");
}
