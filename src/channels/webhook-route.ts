/**
 * A platform's webhook on the project's HTTP server, in its own Fastify scope: the request is
 * authorised in an onRequest hook, before any byte of the body is read (401), then the body is taken
 * as raw bytes whatever its content type (the Zalo OA signature is computed over them), up to the
 * server's body limit (413), and parsed here, so that malformed JSON is a clear 400 and not an
 * exception — unless the route takes every body (`anyBody`: a platform that switches off a webhook
 * answering anything but 200 gets its 200, and the body is judged later). `handle` stores the
 * update; when it cannot (the database is down), the platform gets 503 and sends the update again
 * later: nothing is acknowledged that was not stored. Register before the server starts listening.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { describeError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";

export interface WebhookRouteOptions {
  readonly path: string;
  readonly logger: Logger;
  /** Checks the headers before the body is read: a reason to refuse (401), or undefined to go on. */
  authorize?(request: FastifyRequest): string | undefined;
  /** Hands a body that is not JSON to `handle` (as undefined) instead of answering 400. */
  readonly anyBody?: boolean;
  /** Handles the parsed body (stores it); answers the status and body to send. */
  handle(body: unknown, raw: Buffer, request: FastifyRequest): Promise<{ status: number; body: Record<string, unknown> }>;
}

export function registerWebhookRoute(server: FastifyInstance, options: WebhookRouteOptions): void {
  void server.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
    scope.post(
      options.path,
      {
        onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
          const refusal = options.authorize?.(request);
          if (refusal === undefined) return;
          options.logger.warn({ path: options.path, reason: refusal }, "webhook request refused");
          return reply.code(401).send({ ok: false, description: refusal });
        },
      },
      async (request, reply) => {
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        let body: unknown;
        try {
          body = JSON.parse(raw.toString("utf8"));
        } catch {
          options.logger.warn({ path: options.path, bytes: raw.length }, "webhook body is not JSON");
          if (!options.anyBody) return reply.code(400).send({ ok: false, description: "body is not valid JSON" });
        }
        try {
          const answer = await options.handle(body, raw, request);
          return reply.code(answer.status).send(answer.body);
        } catch (error) {
          options.logger.error({ path: options.path, error: describeError(error) }, "could not store a webhook update; answered 503 so that the platform sends it again");
          return reply.code(503).send({ ok: false, description: "temporarily unavailable, send again later" });
        }
      },
    );
  });
}
