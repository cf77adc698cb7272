/**
 * Per-address limits on the public endpoints (the question API, the web chat's API, public picture
 * links, the Open311 API). One address sending hundreds of questions a second was served in full and saturated the
 * process that also runs the bots and the inbox: past a burst, each address gets a steady rate
 * (token bucket), and a request over it is refused in an `onRequest` hook, before its body is read
 * or parsed. Several instances on one database (PostgreSQL) count each address together in it, after
 * each instance's own count in memory: what one instance refuses alone (a flood) costs no database
 * write, and N instances allow no more than one.
 */
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from "fastify";
import { describeError } from "../core/errors.js";
import type { Metrics } from "../core/metrics.js";
import type { AddressBuckets } from "../inbox/rate-buckets.js";
import { MEDIA_ROUTE } from "./media-route.js";
import { OPEN311_BASE } from "./web/routes/open311.js";

/** A token bucket: `burst` requests at once, then `perSecond` requests a second. */
export interface BucketLimits {
  readonly burst: number;
  readonly perSecond: number;
}

/** The limited routes. */
export interface AddressLimits {
  /** `GET /api/ask`: each question runs a search. */
  readonly ask: BucketLimits;
  /** `POST /chat/api/messages`: each message runs the conversation engine. */
  readonly chatSend: BucketLimits;
  /** `GET /chat/api/messages`: the page polls every 4 s, and more often just after sending. */
  readonly chatPoll: BucketLimits;
  /** `GET /media/:token`: each valid link downloads the picture from its channel (Telegram). */
  readonly media: BucketLimits;
  /** `POST /chat/api/photos`: up to 10 photos at once, each up to 10 MB written to disk. */
  readonly chatPhoto: BucketLimits;
  /** The Open311 API's reads (services, requests): each a query; other applications poll them. */
  readonly open311Read: BucketLimits;
  /** `POST /open311/v2/requests.json`: each files a report (its key has a limit of its own too). */
  readonly open311File: BucketLimits;
}

/** Named defaults: generous for a person (or a few behind one address), far below a flood. */
export const ADDRESS_LIMITS: AddressLimits = {
  ask: { burst: 20, perSecond: 5 },
  chatSend: { burst: 10, perSecond: 1 },
  chatPoll: { burst: 30, perSecond: 3 },
  // Zalo fetches each staff photo once or twice, from a few addresses of its own.
  media: { burst: 20, perSecond: 2 },
  chatPhoto: { burst: 20, perSecond: 0.5 },
  open311Read: { burst: 30, perSecond: 2 },
  open311File: { burst: 10, perSecond: 0.2 },
};

/** At most this many addresses are remembered per route; the least recently seen are forgotten first. */
export const MAX_TRACKED_ADDRESSES = 50_000;

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * Token buckets per address, in memory (a restart forgets them, which is harmless). Memory is
 * bounded by evicting the least recently seen address; an evicted address starts again with a full
 * bucket, as an idle one would. No timers: nothing keeps the process alive.
 */
export class AddressLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: BucketLimits,
    private readonly maxAddresses = MAX_TRACKED_ADDRESSES,
  ) {
    if (!(limits.burst >= 1) || !(limits.perSecond > 0)) throw new RangeError(`a bucket needs burst >= 1 and perSecond > 0, got ${JSON.stringify(limits)}`);
  }

  /**
   * Takes one request from the address's bucket.
   * @returns 0 when the request is allowed (and counted), otherwise the milliseconds until the next one is
   */
  take(address: string, now = Date.now()): number {
    const bucket = this.buckets.get(address);
    let tokens = this.limits.burst;
    if (bucket) {
      // A clock set back must not drain the bucket.
      const elapsed = Math.max(0, now - bucket.updated);
      tokens = Math.min(this.limits.burst, bucket.tokens + (elapsed / 1000) * this.limits.perSecond);
      // Re-inserted below, which keeps the map ordered from least to most recently seen.
      this.buckets.delete(address);
    } else if (this.buckets.size >= this.maxAddresses) {
      this.buckets.delete(this.buckets.keys().next().value!);
    }
    const allowed = tokens >= 1;
    this.buckets.set(address, { tokens: allowed ? tokens - 1 : tokens, updated: now });
    return allowed ? 0 : Math.ceil(((1 - tokens) / this.limits.perSecond) * 1000);
  }
}

/**
 * A limit counted first in this process's memory, then, when `shared` is given (several instances on
 * one database), in the buckets the instances share. What memory refuses (a flood reaching this
 * instance) costs no database write; when the database fails, this instance's own count still holds.
 */
export class SharedLimiter {
  private readonly memory: AddressLimiter;

  /** @param scope names the limit in the shared buckets (a route, "open311-key") */
  constructor(
    private readonly scope: string,
    private readonly limits: BucketLimits,
    private readonly shared?: AddressBuckets,
  ) {
    this.memory = new AddressLimiter(limits);
  }

  /**
   * Takes one request of `key` (an address, a client).
   * @returns 0 when the request is allowed (and counted), otherwise the milliseconds until the next one is
   */
  async take(key: string, log: Pick<FastifyBaseLogger, "warn">): Promise<number> {
    const waitMs = this.memory.take(key);
    if (waitMs > 0 || !this.shared) return waitMs;
    return this.shared.take(this.scope, key, this.limits).catch((error: unknown) => {
      log.warn({ error: describeError(error), limit: this.scope }, "the limit shared by the instances could not be counted; this instance's own still holds");
      return 0;
    });
  }
}

/** A route under a limit: method and path as registered with Fastify. */
export interface LimitedRoute {
  readonly method: "GET" | "POST";
  readonly url: string;
  readonly limits: BucketLimits;
  /** The body of the 429 when the route's API has an error format of its own (JSON `{error}` otherwise). */
  readonly refusal?: (message: string) => unknown;
}

/** The routes {@link AddressLimits} names, with the defaults overridden by `overrides`. */
export function limitedRoutes(overrides: Partial<AddressLimits> = {}): LimitedRoute[] {
  const limits = { ...ADDRESS_LIMITS, ...overrides };
  return [
    { method: "GET", url: "/api/ask", limits: limits.ask },
    { method: "POST", url: "/chat/api/messages", limits: limits.chatSend },
    { method: "GET", url: "/chat/api/messages", limits: limits.chatPoll },
    { method: "GET", url: MEDIA_ROUTE, limits: limits.media },
    { method: "POST", url: "/chat/api/photos", limits: limits.chatPhoto },
    // The Open311 routes, as src/server/web/routes/open311.ts registers them, answer in its error format.
    ...[`${OPEN311_BASE}/services.json`, `${OPEN311_BASE}/requests.json`, `${OPEN311_BASE}/requests/:id`].map((url) => ({ method: "GET" as const, url, limits: limits.open311Read, refusal: open311Refusal })),
    { method: "POST", url: `${OPEN311_BASE}/requests.json`, limits: limits.open311File, refusal: open311Refusal },
  ];
}

/** GeoReport v2's error format: a list of `{code, description}`. */
function open311Refusal(message: string): unknown {
  return [{ code: 429, description: message }];
}

/** What a refused visitor reads. */
export function tooManyRequestsMessage(seconds: number): string {
  return `Bạn gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ${seconds} giây.`;
}

/**
 * An `onRequest` hook for the whole server that applies each route's limit to `request.ip` (the
 * client's address, from the proxy's headers when TRUST_PROXY is set), in memory and then in
 * `shared` when given (the instances' buckets in the database). Over the limit: 429 with
 * `Retry-After` and a Vietnamese JSON error, counted in `requestsLimited` when metrics are given.
 */
export function addressLimitHook(routes: readonly LimitedRoute[], options: { metrics?: Metrics; shared?: AddressBuckets } = {}) {
  const limiters = new Map(
    routes.map((route) => {
      const label = `${route.method} ${route.url}`;
      return [label, { label, limiter: new SharedLimiter(label, route.limits, options.shared), refusal: route.refusal }];
    }),
  );
  return async function limitByAddress(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    // HEAD runs the GET route's handler: it must not be a way around the GET limit.
    const method = request.method === "HEAD" ? "GET" : request.method;
    const entry = limiters.get(`${method} ${request.routeOptions.url}`);
    if (!entry) return undefined;
    const waitMs = await entry.limiter.take(request.ip, request.log);
    if (waitMs === 0) return undefined;
    options.metrics?.requestsLimited.inc({ route: entry.label });
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    // Returning the reply tells Fastify the request is answered: the route's handler never runs.
    const message = tooManyRequestsMessage(seconds);
    return reply.code(429).header("retry-after", String(seconds)).send(entry.refusal ? entry.refusal(message) : { error: message });
  };
}
