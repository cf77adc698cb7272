/**
 * The Zalo bot's webhook: Zalo posts each update with the header `X-Bot-Api-Secret-Token` (a plain
 * shared secret, compared in constant time; a wrong or missing one is refused with 401 before the
 * body is read). The body may be the documented `{ ok, result }` wrapper or the flat update seen
 * live, with or without `event_name`. The update is stored in the durable intake and Zalo gets its
 * 200 at once: the answer to the person follows. Redeliveries of the same message are stored once.
 */
import type { FastifyInstance } from "fastify";
import type { Logger } from "../../core/logger.js";
import { secretsMatch } from "../../core/secrets.js";
import { registerWebhookRoute } from "../webhook-route.js";
import type { ZaloUpdate } from "./bot-api.js";
import { unwrapUpdate } from "./inbound.js";

/** The header carrying the secret given to setWebhook. */
export const ZALO_SECRET_HEADER = "x-bot-api-secret-token";

export interface ZaloWebhookOptions {
  readonly path: string;
  readonly secret: string;
  readonly logger: Logger;
  /** Stores the update; Zalo gets its 200 once this resolves. */
  readonly store: (update: ZaloUpdate) => Promise<void>;
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
    async handle(body) {
      const update = unwrapUpdate(body);
      if (!update) return { status: 400, body: { ok: false, description: "not a Zalo update (no message object)" } };
      await options.store(update);
      return { status: 200, body: { ok: true } };
    },
  });
}
