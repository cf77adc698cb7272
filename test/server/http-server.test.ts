/**
 * The HTTP server's own parts over real HTTP (`inject`): the per-address limits of the question API
 * and the web chat's API, and `/metrics` with its access rules.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMetrics, type Metrics } from "../../src/core/metrics.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { createHttpServer, type HttpServer, type HttpServerDeps } from "../../src/server/http-server.js";
import { openTestInbox } from "../helpers/database.js";
import { openTestKnowledge, testLogger } from "../helpers/knowledge.js";
import { openTestWebApp, type TestWebApp } from "../helpers/web.js";

let knowledge: KnowledgeBase;

beforeAll(async () => {
  knowledge = await openTestKnowledge();
});

/** A server on the shared knowledge base, closed after the test file. */
async function openServer(deps: Omit<HttpServerDeps, "knowledge" | "logger">): Promise<HttpServer> {
  const server = createHttpServer({ knowledge, logger: testLogger, ...deps });
  afterAll(() => server.close());
  await server.ready();
  return server;
}

const QUESTION = `/api/ask?q=${encodeURIComponent("Mục tiêu của nghị quyết là gì?")}`;

function refusal(seconds: number): { error: string } {
  return { error: `Bạn gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ${seconds} giây.` };
}

describe("the question API's limit per address", () => {
  let server: HttpServer;
  let metrics: Metrics;

  beforeAll(async () => {
    metrics = createMetrics();
    // 3 at once, then one a second: slow enough that a loaded machine answering the burst slowly
    // does not refill a token before the fourth request.
    server = await openServer({ metrics, limits: { ask: { burst: 3, perSecond: 1 } } });
  });

  const ask = (remoteAddress: string, method: "GET" | "HEAD" = "GET") => server.inject({ method, url: QUESTION, remoteAddress });

  it("answers the burst, then refuses with 429, Retry-After and a Vietnamese message", async () => {
    for (let i = 0; i < 3; i++) {
      const response = await ask("203.0.113.10");
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ declined: false });
    }
    const refused = await ask("203.0.113.10");
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("1");
    expect(refused.headers["content-type"]).toMatch(/^application\/json/u);
    expect(refused.json()).toEqual(refusal(1));
  });

  it("leaves other addresses alone", async () => {
    for (let i = 0; i < 4; i++) await ask("203.0.113.11");
    expect((await ask("203.0.113.11")).statusCode).toBe(429);
    expect((await ask("203.0.113.12")).statusCode).toBe(200);
    expect((await ask("2001:db8::12")).statusCode).toBe(200);
  });

  it("serves the address again once time has refilled its bucket", async () => {
    for (let i = 0; i < 3; i++) await ask("203.0.113.13");
    expect((await ask("203.0.113.13")).statusCode).toBe(429);
    await sleep(1100);
    expect((await ask("203.0.113.13")).statusCode).toBe(200);
    expect((await ask("203.0.113.13")).statusCode).toBe(429);
  });

  it("counts HEAD requests, which run the same search, against the same limit", async () => {
    for (let i = 0; i < 3; i++) expect((await ask("203.0.113.14", "HEAD")).statusCode).toBe(200);
    expect((await ask("203.0.113.14", "HEAD")).statusCode).toBe(429);
    expect((await ask("203.0.113.14")).statusCode).toBe(429);
  });

  it("counts the refused requests in the metrics, by route", async () => {
    const refused = async () => (await metrics.requestsLimited.get()).values.find((value) => value.labels.route === "GET /api/ask")?.value ?? 0;
    const before = await refused();
    for (let i = 0; i < 5; i++) await ask("203.0.113.15");
    expect(await refused()).toBe(before + 2);
    expect(await metrics.registry.metrics()).toMatch(/^tldv_requests_limited_total\{route="GET \/api\/ask"\} \d+$/mu);
  });

  it("does not limit the health check", async () => {
    for (let i = 0; i < 10; i++) expect((await server.inject({ method: "GET", url: "/healthz", remoteAddress: "203.0.113.16" })).statusCode).toBe(200);
  });

  it("uses the defaults when none are given: 20 at once", async () => {
    const plain = await openServer({});
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await plain.inject({ method: "GET", url: QUESTION, remoteAddress: "203.0.113.17" })).statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(20);
    expect(statuses.at(-1)).toBe(429);
  });

  it("behind a trusted proxy, limits each client, not the proxy's address", async () => {
    const proxied = await openServer({ trustProxy: true, limits: { ask: { burst: 1, perSecond: 0.1 } } });
    const via = (client: string) => proxied.inject({ method: "GET", url: QUESTION, remoteAddress: "127.0.0.1", headers: { "x-forwarded-for": client } });
    expect((await via("198.51.100.1")).statusCode).toBe(200);
    const refused = await via("198.51.100.1");
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("10");
    expect(refused.json()).toEqual(refusal(10));
    expect((await via("198.51.100.2")).statusCode).toBe(200);
  });
});

describe("the web chat API's limits per address", () => {
  let app: TestWebApp;
  const CHAT_HEADERS = { "x-tro-ly-chat": "1" };

  beforeAll(async () => {
    app = await openTestWebApp(knowledge, await openTestInbox(), {
      http: { limits: { chatSend: { burst: 2, perSecond: 0.5 }, chatPoll: { burst: 3, perSecond: 0.5 } } },
    });
  });

  it("refuses messages past the burst before reading their body", async () => {
    const send = (payload: string) =>
      app.server.inject({ method: "POST", url: "/chat/api/messages", remoteAddress: "203.0.113.20", headers: { ...CHAT_HEADERS, "content-type": "application/json" }, payload });
    // Within the limit the body is parsed and checked: an empty message, then malformed JSON.
    const empty = await send("{}");
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toEqual({ error: "Tin nhắn trống." });
    expect((await send("{not json")).statusCode).toBe(400);
    // Past it the same malformed body gets 429: refused before anything parsed it.
    const refused = await send("{not json");
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("2");
    expect(refused.json()).toEqual(refusal(2));
  });

  it("limits polling separately from sending", async () => {
    const poll = (remoteAddress: string) => app.server.inject({ method: "GET", url: "/chat/api/messages?after=0", remoteAddress, headers: CHAT_HEADERS });
    for (let i = 0; i < 3; i++) {
      const response = await poll("203.0.113.20");
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ messages: [] });
    }
    const refused = await poll("203.0.113.20");
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual(refusal(2));
    expect((await poll("203.0.113.21")).statusCode).toBe(200);
  });

  it("does not limit the pages", async () => {
    for (let i = 0; i < 10; i++) expect((await app.server.inject({ method: "GET", url: "/", remoteAddress: "203.0.113.20" })).statusCode).toBe(200);
  });
});

describe("/metrics", () => {
  const NAMES = [
    "tldv_messages_in_total",
    "tldv_messages_out_total",
    "tldv_deliveries_retried_total",
    "tldv_deliveries_failed_total",
    "tldv_reports_filed_total",
    "tldv_answer_latency_seconds",
    "tldv_queue_oldest_seconds",
    "tldv_queue_length",
    "tldv_requests_limited_total",
  ];

  describe("without METRICS_TOKEN", () => {
    let server: HttpServer;
    let metrics: Metrics;

    beforeAll(async () => {
      metrics = createMetrics();
      metrics.setQueueReader(async () => [{ queue: "outbox", channel: "telegram", oldestSeconds: 12, count: 4 }]);
      server = await openServer({ metrics });
    });

    const scrape = (remoteAddress: string, headers: Record<string, string> = {}) => server.inject({ method: "GET", url: "/metrics", remoteAddress, headers });

    it("serves this machine the metrics in Prometheus' text format", async () => {
      metrics.messagesIn.inc({ channel: "web" });
      const response = await scrape("127.0.0.1");
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe(metrics.registry.contentType);
      for (const name of NAMES) expect(response.body).toContain(`# TYPE ${name} `);
      expect(response.body).toContain('tldv_messages_in_total{channel="web"} 1');
      expect(response.body).toContain('tldv_queue_length{queue="outbox",channel="telegram"} 4');
      expect(response.body).toContain("process_resident_memory_bytes");
      for (const loopback of ["::1", "::ffff:127.0.0.1"]) expect((await scrape(loopback)).statusCode, loopback).toBe(200);
    });

    it("refuses other addresses, saying how to allow them", async () => {
      const response = await scrape("203.0.113.30");
      expect(response.statusCode).toBe(403);
      expect(response.body).toMatch(/^Metrics are served to this machine only: set METRICS_TOKEN .*\n$/u);
      expect(response.body).not.toContain("tldv_");
      expect((await scrape("10.0.0.5")).statusCode).toBe(403);
    });

    it("refuses a request a local proxy forwards from elsewhere", async () => {
      expect((await scrape("127.0.0.1", { "x-forwarded-for": "203.0.113.31" })).statusCode).toBe(403);
      expect((await scrape("127.0.0.1", { forwarded: "for=203.0.113.31" })).statusCode).toBe(403);
    });
  });

  describe("with METRICS_TOKEN", () => {
    const TOKEN = "token-for-prometheus-0123456789";
    let server: HttpServer;

    beforeAll(async () => {
      server = await openServer({ metrics: createMetrics(), metricsToken: TOKEN });
    });

    const scrape = (remoteAddress: string, authorization?: string) =>
      server.inject({ method: "GET", url: "/metrics", remoteAddress, headers: authorization ? { authorization } : {} });

    it("serves any address sending the token", async () => {
      const response = await scrape("203.0.113.40", `Bearer ${TOKEN}`);
      expect(response.statusCode).toBe(200);
      for (const name of NAMES) expect(response.body).toContain(`# TYPE ${name} `);
    });

    it("refuses, with 401, a missing or wrong token, even from this machine", async () => {
      for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN, `Basic ${TOKEN}`, "Bearer "]) {
        const response = await scrape("127.0.0.1", authorization);
        expect(response.statusCode, String(authorization)).toBe(401);
        expect(response.headers["www-authenticate"]).toBe('Bearer realm="metrics"');
        expect(response.body).not.toContain("tldv_");
      }
    });
  });

  it("is not served when the app has no metrics", async () => {
    const server = await openServer({});
    expect((await server.inject({ method: "GET", url: "/metrics" })).statusCode).toBe(404);
  });
});

describe("the health check", () => {
  it("says the database answers and how long the oldest message of each queue has waited", async () => {
    const waiting = [{ queue: "intake" as const, channel: "telegram", count: 3, oldestSeconds: 1.5 }];
    const server = await openServer({ health: async () => ({ waiting }) });
    const response = await server.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, database: "ok", waiting });
  });

  it("answers 503 when the database does not answer, without its error", async () => {
    const server = await openServer({
      health: async () => {
        throw new Error("SQLITE_BUSY: database is locked at /srv/data/tro-ly.db");
      },
    });
    const response = await server.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ ok: false, database: "unreachable" });
    expect(response.body).not.toContain("/srv/data");
  });
});
