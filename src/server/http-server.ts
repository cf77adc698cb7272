/**
 * The project's HTTP server: health check and the question API now; webhooks and the staff web
 * app attach here as they arrive. Built by a factory with explicit dependencies, listening is
 * left to the caller (tests use port 0).
 */
import Fastify, { LogController } from "fastify";
import type { Logger } from "../core/logger.js";
import { DEFAULT_K, type KnowledgeBase } from "../knowledge/knowledge-base.js";

export interface HttpServerDeps {
  readonly knowledge: KnowledgeBase;
  readonly logger: Logger;
}

/** Largest request body accepted (bytes); larger bodies get 413 before anything parses them. */
export const BODY_LIMIT = 64 * 1024;

/** The server type, with the project's pino logger. */
export type HttpServer = ReturnType<typeof createHttpServer>;

export function createHttpServer(deps: HttpServerDeps) {
  const server = Fastify({
    loggerInstance: deps.logger,
    bodyLimit: BODY_LIMIT,
    // Request URLs and bodies carry what people typed (questions, reports): never logged wholesale.
    logController: new LogController({ disableRequestLogging: true }),
  });

  server.get("/healthz", async () => ({ ok: true, passages: deps.knowledge.index.manifest.passageCount }));

  server.get<{ Querystring: { q?: string; k?: string } }>("/api/ask", async (request, reply) => {
    const question = request.query.q ?? "";
    const k = Number(request.query.k ?? DEFAULT_K);
    if (!Number.isInteger(k) || k < 1 || k > 20) return reply.code(400).send({ error: "k phải là số nguyên từ 1 đến 20." });
    const answer = await deps.knowledge.ask(question, { k });
    return {
      answer: answer.text,
      declined: answer.declined,
      source: answer.source ?? null,
      seeAlso: answer.seeAlso,
      passages: answer.hits.map((hit) => ({ text: hit.passage.text, section: hit.passage.section, score: hit.score })),
    };
  });

  return server;
}
