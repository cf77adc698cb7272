/**
 * The per-address token bucket's arithmetic, on an injected clock: the burst, the steady rate, the
 * wait it announces, addresses kept apart, and the bound on how many it remembers. Then the hook of
 * several servers sharing buckets in one database: counted together, a flood refused in memory
 * without a database write, and the memory's limit alone when the database fails.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseAddressBuckets, type AddressBuckets } from "../../src/inbox/rate-buckets.js";
import { ADDRESS_LIMITS, AddressLimiter, addressLimitHook, limitedRoutes, tooManyRequestsMessage, type LimitedRoute } from "../../src/server/address-limiter.js";
import { openTestInbox, testPseudonym } from "../helpers/database.js";

const T0 = 1_750_000_000_000;

/** Takes `count` requests at `now`; returns how many were allowed. */
function burst(limiter: AddressLimiter, address: string, count: number, now: number): number {
  let allowed = 0;
  for (let i = 0; i < count; i++) if (limiter.take(address, now) === 0) allowed++;
  return allowed;
}

describe("AddressLimiter", () => {
  it("allows the burst at once, then says how long until the next request", () => {
    const limiter = new AddressLimiter({ burst: 20, perSecond: 5 });
    expect(burst(limiter, "203.0.113.1", 20, T0)).toBe(20);
    // Empty bucket, 5 tokens a second: the next one in 200 ms.
    expect(limiter.take("203.0.113.1", T0)).toBe(200);
    expect(limiter.take("203.0.113.1", T0 + 150)).toBe(50);
  });

  it("then allows the steady rate and no more", () => {
    const limiter = new AddressLimiter({ burst: 20, perSecond: 5 });
    burst(limiter, "203.0.113.1", 20, T0);
    // Over 10 seconds of hammering (every 50 ms), 5 a second get through.
    let allowed = 0;
    for (let ms = 50; ms <= 10_000; ms += 50) if (limiter.take("203.0.113.1", T0 + ms) === 0) allowed++;
    expect(allowed).toBe(50);
  });

  it("refills to the burst and not beyond after a pause", () => {
    const limiter = new AddressLimiter({ burst: 10, perSecond: 1 });
    burst(limiter, "203.0.113.1", 10, T0);
    expect(burst(limiter, "203.0.113.1", 5, T0 + 3000)).toBe(3);
    expect(burst(limiter, "203.0.113.1", 50, T0 + 3_600_000)).toBe(10);
  });

  it("announces the wait of a slow rate in whole milliseconds", () => {
    const limiter = new AddressLimiter({ burst: 1, perSecond: 0.3 });
    expect(limiter.take("203.0.113.1", T0)).toBe(0);
    expect(limiter.take("203.0.113.1", T0)).toBe(3334);
    expect(limiter.take("203.0.113.1", T0 + 3334)).toBe(0);
  });

  it("keeps addresses apart", () => {
    const limiter = new AddressLimiter({ burst: 2, perSecond: 1 });
    expect(burst(limiter, "203.0.113.1", 5, T0)).toBe(2);
    expect(burst(limiter, "2001:db8::1", 5, T0)).toBe(2);
    expect(limiter.take("198.51.100.7", T0)).toBe(0);
  });

  it("does not drain a bucket when the clock is set back", () => {
    const limiter = new AddressLimiter({ burst: 3, perSecond: 1 });
    expect(burst(limiter, "203.0.113.1", 2, T0)).toBe(2);
    expect(burst(limiter, "203.0.113.1", 2, T0 - 60_000)).toBe(1);
    // Time counts again from the set-back clock.
    expect(limiter.take("203.0.113.1", T0 - 59_000)).toBe(0);
  });

  it("remembers at most maxAddresses, forgetting the least recently seen first", () => {
    const limiter = new AddressLimiter({ burst: 1, perSecond: 0.001 }, 2);
    limiter.take("a", T0);
    limiter.take("b", T0);
    // "a" seen again (refused): now "b" is the least recently seen.
    expect(limiter.take("a", T0 + 1)).toBeGreaterThan(0);
    limiter.take("c", T0 + 2);
    // "a" is still remembered, still empty; "b" was forgotten and starts again with a full bucket.
    expect(limiter.take("a", T0 + 3)).toBeGreaterThan(0);
    expect(limiter.take("b", T0 + 4)).toBe(0);
  });

  it("refuses limits that would block everyone or never refill", () => {
    expect(() => new AddressLimiter({ burst: 0, perSecond: 1 })).toThrow(RangeError);
    expect(() => new AddressLimiter({ burst: 5, perSecond: 0 })).toThrow(RangeError);
    expect(() => new AddressLimiter({ burst: Number.NaN, perSecond: 1 })).toThrow(RangeError);
  });
});

describe("limitedRoutes", () => {
  it("limits the question API, both methods of the chat API, its photo uploads, public picture links and the Open311 API, with the defaults unless overridden", () => {
    const open311 = { refusal: expect.any(Function) };
    expect(limitedRoutes()).toEqual([
      { method: "GET", url: "/api/ask", limits: { burst: 20, perSecond: 5 } },
      { method: "POST", url: "/chat/api/messages", limits: { burst: 10, perSecond: 1 } },
      { method: "GET", url: "/chat/api/messages", limits: { burst: 30, perSecond: 3 } },
      { method: "GET", url: "/media/:token", limits: { burst: 20, perSecond: 2 } },
      { method: "POST", url: "/chat/api/photos", limits: { burst: 20, perSecond: 0.5 } },
      { method: "GET", url: "/open311/v2/services.json", limits: { burst: 30, perSecond: 2 }, ...open311 },
      { method: "GET", url: "/open311/v2/requests.json", limits: { burst: 30, perSecond: 2 }, ...open311 },
      { method: "GET", url: "/open311/v2/requests/:id", limits: { burst: 30, perSecond: 2 }, ...open311 },
      { method: "POST", url: "/open311/v2/requests.json", limits: { burst: 10, perSecond: 0.2 }, ...open311 },
    ]);
    // The Open311 API answers a refusal in its own error format.
    expect(limitedRoutes().at(-1)!.refusal!("Chờ 3 giây.")).toEqual([{ code: 429, description: "Chờ 3 giây." }]);
    const routes = limitedRoutes({ ask: { burst: 2, perSecond: 1 } });
    expect(routes[0]!.limits).toEqual({ burst: 2, perSecond: 1 });
    expect(routes[1]!.limits).toBe(ADDRESS_LIMITS.chatSend);
  });
});

describe("tooManyRequestsMessage", () => {
  it("tells the visitor in Vietnamese how many seconds to wait", () => {
    expect(tooManyRequestsMessage(3)).toBe("Bạn gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau 3 giây.");
  });
});

describe("addressLimitHook with buckets shared by several servers", () => {
  const route: LimitedRoute = { method: "GET", url: "/api/ask", limits: { burst: 4, perSecond: 0.01 } };

  async function serverWith(shared: AddressBuckets): Promise<FastifyInstance> {
    const server = Fastify();
    server.addHook("onRequest", addressLimitHook([route], { shared }));
    server.get("/api/ask", async () => ({ ok: true }));
    afterAll(() => server.close());
    await server.ready();
    return server;
  }

  /** Counts the database's takes: what reaches it, and what it refuses. */
  function counted(buckets: AddressBuckets): AddressBuckets & { calls: number } {
    const wrapper = { calls: 0, take: (...args: Parameters<AddressBuckets["take"]>) => (wrapper.calls++, buckets.take(...args)) };
    return wrapper;
  }

  it("counts an address across servers, and refuses a flood to one server in memory, without the database", async () => {
    const inbox = await openTestInbox();
    const shared = counted(new DatabaseAddressBuckets(inbox.db, testPseudonym));
    const [a, b] = [await serverWith(shared), await serverWith(shared)];
    const ask = (server: FastifyInstance, address: string) => server.inject({ method: "GET", url: "/api/ask", remoteAddress: address }).then((response) => response.statusCode);
    expect([await ask(a, "203.0.113.20"), await ask(b, "203.0.113.20"), await ask(a, "203.0.113.20"), await ask(b, "203.0.113.20")]).toEqual([200, 200, 200, 200]);
    // Each server alone has seen 2 of its 4: the database says the address spent them all.
    const refused = await b.inject({ method: "GET", url: "/api/ask", remoteAddress: "203.0.113.20" });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(90);
    expect(shared.calls).toBe(5);
    // A flood to one server: past its own 4, refused in memory; the database is not asked.
    const flood = await Promise.all(Array.from({ length: 20 }, () => ask(a, "203.0.113.21")));
    expect(flood.filter((status) => status === 200)).toHaveLength(4);
    expect(shared.calls).toBe(5 + 4);
    expect(await ask(b, "203.0.113.22")).toBe(200);
  });

  it("keeps each server's own limit when the database fails", async () => {
    const failing: AddressBuckets = { take: () => Promise.reject(new Error("connection refused")) };
    const server = await serverWith(failing);
    const statuses = await Promise.all(Array.from({ length: 6 }, () => server.inject({ method: "GET", url: "/api/ask", remoteAddress: "203.0.113.30" }).then((response) => response.statusCode)));
    expect(statuses.filter((status) => status === 200)).toHaveLength(4);
  });
});
