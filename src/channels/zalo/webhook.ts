/**
 * The Zalo bot's webhook: Zalo posts each update with the header `X-Bot-Api-Secret-Token` (a plain
 * shared secret, compared in constant time; a wrong or missing one is refused with 401 before the
 * body is read). The body may be the documented `{ ok, result }` wrapper or the flat update seen
 * live. The update is queued and Zalo gets its 200 at once: the answer to the person follows.
 * Redeliveries of the same event and message are handled once (the assistant's update ids).
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { Logger } from "../../core/logger.js";
import type { FastifyInstance } from "fastify";
import type { ZaloUpdate } from "./bot-api.js";
import { unwrapUpdate } from "./inbound.js";
import { registerWebhookRoute } from "./webhook-route.js";

/** The header carrying the secret given to setWebhook. */
export const ZALO_SECRET_HEADER = "x-bot-api-secret-token";

export interface ZaloWebhookOptions {
  readonly path: string;
  readonly secret: string;
  readonly logger: Logger;
  readonly onUpdate: (update: ZaloUpdate) => void;
}

export function registerZaloWebhook(server: FastifyInstance, options: ZaloWebhookOptions): void {
  registerWebhookRoute(server, {
    path: options.path,
    logger: options.logger,
    authorize(request) {
      const header = request.headers[ZALO_SECRET_HEADER];
      if (typeof header !== "string" || !header) return "missing secret token";
      return secretsMatch(header, options.secret) ? undefined : "wrong secret token";
    },
    handle(body) {
      const update = unwrapUpdate(body);
      if (!update) return { status: 400, body: { ok: false, description: "not a Zalo update (no event_name)" } };
      options.onUpdate(update);
      return { status: 200, body: { ok: true } };
    },
  });
}

/** Constant-time comparison; hashing first makes the lengths equal, so the length leaks nothing either. */
export function secretsMatch(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}
