/**
 * `GET /metrics` for Prometheus. Metrics reveal load and activity, so they are never public by
 * default: with METRICS_TOKEN set, only a scraper sending it as a bearer token is served; without
 * it, only this machine (a scraper on loopback) is.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Metrics } from "../core/metrics.js";
import { secretsMatch } from "../core/secrets.js";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/** Headers a reverse proxy adds: a request carrying one came from elsewhere through the proxy. */
const FORWARDING_HEADERS = ["x-forwarded-for", "forwarded", "x-real-ip"];

/**
 * Whether the request comes straight from this machine. A proxy on this machine forwarding an
 * outside request (TRUST_PROXY unset) connects from loopback too, hence the check of its headers.
 */
function fromLoopback(request: FastifyRequest): boolean {
  return LOOPBACK.has(request.ip) && FORWARDING_HEADERS.every((header) => request.headers[header] === undefined);
}

/** Registers `GET /metrics`, serving `deps.metrics`'s registry in Prometheus' text format. */
export function metricsRoute(server: FastifyInstance, deps: { metrics: Metrics; token?: string }): void {
  const { registry } = deps.metrics;
  server.get("/metrics", async (request, reply) => {
    // An empty token would match a request sending none: it counts as unset.
    if (deps.token) {
      const given = /^Bearer (.+)$/u.exec(request.headers.authorization ?? "")?.[1] ?? "";
      if (!secretsMatch(given, deps.token)) {
        return reply.code(401).header("www-authenticate", 'Bearer realm="metrics"').type("text/plain").send("Send METRICS_TOKEN as \"Authorization: Bearer <token>\".\n");
      }
    } else if (!fromLoopback(request)) {
      return reply.code(403).type("text/plain").send("Metrics are served to this machine only: set METRICS_TOKEN and scrape with \"Authorization: Bearer <token>\" to allow other addresses.\n");
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
