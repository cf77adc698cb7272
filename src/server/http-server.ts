/**
 * The project's HTTP server: health check, the question API, the local web chat and the staff web
 * inbox, public picture links; channel webhooks attach to it too. Built by a factory with explicit
 * dependencies; listening is left to the caller (tests use `inject` or port 0).
 */
import cookie from "@fastify/cookie";
import formbody from "@fastify/formbody";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { describeError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { Metrics, QueueSnapshot } from "../core/metrics.js";
import { MEDIA_LINK_DEFAULTS } from "../core/media-links.js";
import { DEFAULT_K, type KnowledgeBase } from "../knowledge/knowledge-base.js";
import { addressLimitHook, limitedRoutes, type AddressLimits } from "./address-limiter.js";
import { mediaRoute, type MediaRouteDeps } from "./media-route.js";
import { metricsRoute } from "./metrics-route.js";
import { assetRoutes } from "./web/assets.js";
import { sessionReader } from "./web/auth.js";
import type { WebDeps } from "./web/deps.js";
import { StaffForms } from "./web/forms.js";
import { reportScopeGuard } from "./web/report-scope.js";
import { messagePage } from "./web/layout.js";
import { accountSecurityRoutes } from "./web/routes/account-security.js";
import { accountRoutes } from "./web/routes/accounts.js";
import { areaRoutes } from "./web/routes/areas.js";
import { attachmentRoutes } from "./web/routes/attachments.js";
import { chatRoutes } from "./web/routes/chat.js";
import { chatPhotoRoutes } from "./web/routes/chat-photos.js";
import { correctionRoutes } from "./web/routes/corrections.js";
import { dashboardRoutes } from "./web/routes/dashboard.js";
import { holidayRoutes } from "./web/routes/holidays.js";
import { inboxEventRoutes } from "./web/routes/inbox-events.js";
import { inboxRoutes } from "./web/routes/inbox.js";
import { loginRoutes } from "./web/routes/login.js";
import { lookupRoutes } from "./web/routes/lookup.js";
import { OPEN311_BASE, open311Routes } from "./web/routes/open311.js";
import { open311KeyRoutes } from "./web/routes/open311-keys.js";
import { questionRoutes } from "./web/routes/questions.js";
import { readingRoutes } from "./web/routes/reading.js";
import { replyTemplateRoutes } from "./web/routes/reply-templates.js";
import { reportRoutes } from "./web/routes/report.js";
import { unitRoutes } from "./web/routes/units.js";
import { resultRoutes } from "./web/routes/results.js";
import { topicRoutes } from "./web/routes/topics.js";
import { twoFactorAdminRoutes } from "./web/routes/two-factor-admin.js";

export interface HttpServerDeps {
  readonly knowledge: KnowledgeBase;
  readonly logger: Logger;
  /** The web chat and the staff inbox; without it only the health check and the API are served. */
  readonly web?: WebDeps;
  /** Behind a reverse proxy: trust its X-Forwarded-* headers (client address, https). */
  readonly trustProxy?: boolean;
  /** Served at `/metrics` when given; refused requests are counted in it. */
  readonly metrics?: Metrics;
  /** Bearer token for `/metrics`; without it only loopback clients get the metrics. */
  readonly metricsToken?: string;
  /** Per-address limits of the public APIs, overriding the defaults (`ADDRESS_LIMITS`) route by route. */
  readonly limits?: Partial<AddressLimits>;
  /**
   * What `/healthz` adds: the messages waiting per queue and channel. Throws when the database does
   * not answer or refuses writes: the health check then answers 503.
   */
  readonly health?: () => Promise<{ readonly waiting: ReadonlyArray<QueueSnapshot> }>;
  /** Public links to pictures (`/media/:token`), served when given (PUBLIC_URL is set). */
  readonly media?: MediaRouteDeps;
}

/** Largest request body accepted (bytes); larger bodies get 413 before anything parses them. */
export const BODY_LIMIT = 64 * 1024;

/**
 * Only our own scripts and styles run in the pages, and no other site may frame them (the staff's
 * forms); images may also come from https (photos citizens sent through Zalo) and blob: (the web
 * chat's previews of the photos about to be sent).
 */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' https: data: blob:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The server: a plain Fastify instance, which is what channels register their webhooks on. */
export type HttpServer = FastifyInstance;

export function createHttpServer(deps: HttpServerDeps): HttpServer {
  const server = Fastify({
    // Typed as Fastify's own logger so that the server is a plain FastifyInstance for the channels.
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT,
    trustProxy: deps.trustProxy ?? false,
    // A picture link's token is longer than the router's default of 100 characters per parameter.
    routerOptions: { maxParamLength: MEDIA_LINK_DEFAULTS.maxTokenChars },
    // Request URLs and bodies carry what people typed (questions, reports): never logged wholesale.
    logController: new LogController({ disableRequestLogging: true }),
  });
  server.register(cookie);
  server.register(formbody, { bodyLimit: BODY_LIMIT });
  // The organisation the web app's pages name, on every request (its error pages included).
  const organisation = deps.web?.organisation;
  if (organisation) server.decorateRequest("organisation", { getter: () => organisation });

  // Vietnamese answers for what Fastify itself refuses (malformed JSON, too large) and for failures;
  // JSON for the APIs, a page for everything else. Details go to the log, not to the visitor.
  server.setErrorHandler((error: { statusCode?: number; message?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ error: describeError(error), url: request.routeOptions.url }, "request failed");
    const text = status === 413 ? "Nội dung gửi lên quá lớn." : status < 500 ? "Yêu cầu không hợp lệ." : "Hệ thống đang gặp sự cố. Bạn thử lại sau ít phút.";
    // The Open311 API answers in GeoReport v2's error format.
    if (request.url.startsWith(`${OPEN311_BASE}/`)) return reply.code(status).send([{ code: status, description: text }]);
    if (request.url.startsWith("/api/") || request.url.startsWith("/chat/api/") || !deps.web) return reply.code(status).send({ error: text });
    return reply.code(status).type("text/html").send(messagePage(status >= 500 ? "Đã có lỗi" : "Yêu cầu không hợp lệ", text, request.staff ? "/inbox" : "/", request));
  });

  // Added before any route so that it covers them all, the web app's plugin included.
  // With several instances on one database, each address is counted across them in it.
  server.addHook("onRequest", addressLimitHook(limitedRoutes(deps.limits), { metrics: deps.metrics, shared: deps.web?.inbox.limits.addressBuckets }));
  if (deps.metrics) metricsRoute(server, { metrics: deps.metrics, token: deps.metricsToken });
  if (deps.media) mediaRoute(server, deps.media);

  server.get("/healthz", async (request, reply) => {
    const passages = deps.knowledge.index.manifest.passageCount;
    if (!deps.health) return { ok: true, passages };
    try {
      const { waiting } = await deps.health();
      return { ok: true, database: "ok", passages, waiting };
    } catch (error) {
      request.log.error({ error: describeError(error) }, "health check: the database does not answer");
      return reply.code(503).send({ ok: false, database: "unreachable", passages });
    }
  });

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

  const web = deps.web;
  if (web) {
    const routeDeps = { ...web, forms: new StaffForms(web.inbox.formKeys, web.inbox.notices) };
    server.register(async (app) => {
      app.addHook("onRequest", sessionReader(web.inbox));
      // Before each route's own checks: another unit's report is 404 to a unit's account, whatever its role.
      app.addHook("preHandler", reportScopeGuard(web));
      app.addHook("onSend", async (request, reply) => {
        reply.header("content-security-policy", CONTENT_SECURITY_POLICY).header("x-frame-options", "DENY").header("referrer-policy", "same-origin").header("x-content-type-options", "nosniff");
        await routeDeps.forms.storeIssuedKeys(request);
      });
      assetRoutes(app);
      chatRoutes(app, routeDeps);
      chatPhotoRoutes(app, routeDeps);
      readingRoutes(app, web);
      lookupRoutes(app, web);
      resultRoutes(app, routeDeps);
      open311Routes(app, routeDeps);
      open311KeyRoutes(app, routeDeps);
      loginRoutes(app, routeDeps);
      inboxRoutes(app, routeDeps);
      inboxEventRoutes(app, routeDeps);
      reportRoutes(app, routeDeps);
      correctionRoutes(app, routeDeps);
      attachmentRoutes(app, routeDeps);
      dashboardRoutes(app, routeDeps);
      questionRoutes(app, routeDeps);
      replyTemplateRoutes(app, routeDeps);
      accountRoutes(app, routeDeps);
      unitRoutes(app, routeDeps);
      areaRoutes(app, routeDeps);
      topicRoutes(app, routeDeps);
      holidayRoutes(app, routeDeps);
      accountSecurityRoutes(app, routeDeps);
      twoFactorAdminRoutes(app, routeDeps);
      app.setNotFoundHandler((request, reply) => reply.code(404).type("text/html").send(notFound(request)));
    });
  }
  return server;
}

function notFound(viewer: Parameters<typeof messagePage>[3]): string {
  return messagePage("Không tìm thấy trang", "Trang bạn tìm không có hoặc đã được chuyển đi.", viewer.staff ? "/inbox" : "/", viewer);
}
