/**
 * The Official Account's webhook. Each event is signed in the header `X-ZEvent-Signature:
 * mac=<hex>`, hex = SHA-256 of app_id + raw body + timestamp + OA secret key (a plain hash of the
 * concatenation, over the raw bytes, with `app_id` and `timestamp` from the body). A missing or
 * malformed header is refused before the body is read, a wrong signature after (both 401, logged:
 * some sources describe an HMAC or a header timestamp instead, and a mismatch in production would
 * show here). Zalo wants its 200 within 2 s and retries with a `num_retry` header: the event is
 * stored in the durable intake and answered at once, and retries of the same `msg_id` are stored once.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { Logger } from "../../core/logger.js";
import type { FastifyInstance } from "fastify";
import type { ZaloOaEvent } from "./oa-inbound.js";
import { registerWebhookRoute } from "../webhook-route.js";

export const OA_SIGNATURE_HEADER = "x-zevent-signature";
const SIGNATURE = /^mac=([0-9a-f]{64})$/iu;

export interface OaWebhookOptions {
  readonly path: string;
  readonly appId: string;
  /** The OA secret key (not the app secret). */
  readonly secretKey: string;
  readonly logger: Logger;
  /** Stores the event; Zalo gets its 200 once this resolves. */
  readonly store: (event: ZaloOaEvent) => Promise<void>;
}

export function registerOaWebhook(server: FastifyInstance, options: OaWebhookOptions): void {
  registerWebhookRoute(server, {
    path: options.path,
    logger: options.logger,
    authorize(request) {
      const header = request.headers[OA_SIGNATURE_HEADER];
      return typeof header === "string" && SIGNATURE.test(header.trim()) ? undefined : "missing or malformed X-ZEvent-Signature";
    },
    async handle(body, raw, request) {
      if (typeof body !== "object" || body === null) return { status: 400, body: { error: -1, message: "not a Zalo OA event" } };
      const event = body as ZaloOaEvent & Record<string, unknown>;
      const appId = String(event.app_id ?? "");
      const timestamp = String(event.timestamp ?? "");
      const given = SIGNATURE.exec(String(request.headers[OA_SIGNATURE_HEADER]).trim())![1]!;
      if (appId !== options.appId || !signatureMatches(given, oaSignature(appId, raw, timestamp, options.secretKey))) {
        options.logger.warn(
          { path: options.path, event: typeof event.event_name === "string" ? event.event_name : undefined, appIdMatches: appId === options.appId, numRetry: request.headers["num_retry"] ?? request.headers["x-num-retry"] },
          "zalo OA webhook signature mismatch: check ZALO_OA_SECRET_KEY (the OA secret key) and ZALO_OA_APP_ID",
        );
        return { status: 401, body: { error: -1, message: "invalid signature" } };
      }
      await options.store(event);
      return { status: 200, body: { error: 0, message: "Success" } };
    },
  });
}

/** The documented signature: SHA-256 hex of app_id + raw body + timestamp + OA secret key. */
export function oaSignature(appId: string, raw: Buffer, timestamp: string, secretKey: string): string {
  return createHash("sha256").update(appId, "utf8").update(raw).update(timestamp, "utf8").update(secretKey, "utf8").digest("hex");
}

function signatureMatches(givenHex: string, expectedHex: string): boolean {
  // Both are 64 hex digits here, so the buffers have the same length.
  return timingSafeEqual(Buffer.from(givenHex.toLowerCase(), "hex"), Buffer.from(expectedHex, "hex"));
}
