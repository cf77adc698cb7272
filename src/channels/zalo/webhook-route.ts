/**
 * A webhook route for Zalo on the project's HTTP server, in its own Fastify scope: the request is
 * authorised in an onRequest hook, before any byte of the body is read (401), then the body is
 * taken as raw bytes whatever its content type (the OA signature is computed over them), up to the
 * server's body limit (413), and parsed here, so that malformed JSON is a clear 400 and not an
 * exception. Register before the server starts listening.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Logger } from "../../core/logger.js";
import type { FastifyInstance } from "fastify";

export interface WebhookRouteOptions {
  readonly path: string;
  readonly logger: Logger;
  /** Checks the headers before the body is read: a reason to refuse (401), or undefined to go on. */
  authorize(request: FastifyRequest): string | undefined;
  /** Handles the parsed body; answers the status and body to send. */
  handle(body: unknown, raw: Buffer, request: FastifyRequest): { status: number; body: Record<string, unknown> };
}

export function registerWebhookRoute(server: FastifyInstance, options: WebhookRouteOptions): void {
  void server.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
    scope.post(
      options.path,
      {
        onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
          const refusal = options.authorize(request);
          if (refusal === undefined) return;
          options.logger.warn({ path: options.path, reason: refusal }, "zalo webhook request refused");
          return reply.code(401).send({ ok: false, description: refusal });
        },
      },
      async (request, reply) => {
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        let body: unknown;
        try {
          body = JSON.parse(raw.toString("utf8"));
        } catch {
          options.logger.warn({ path: options.path, bytes: raw.length }, "zalo webhook body is not JSON");
          return reply.code(400).send({ ok: false, description: "body is not valid JSON" });
        }
        const answer = options.handle(body, raw, request);
        return reply.code(answer.status).send(answer.body);
      },
    );
  });
}
