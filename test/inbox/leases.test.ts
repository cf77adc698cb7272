/** Leases on a real database: one holder at a time, renewal, take-over when the holder is gone. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../src/inbox/inbox.js";
import { LeasedDuty, Leases } from "../../src/inbox/leases.js";
import { openTestInbox } from "../helpers/database.js";
import { captureLogs } from "../helpers/knowledge.js";

let inbox: Inbox;
beforeAll(async () => {
  inbox = await openTestInbox();
});

/** A duty that records when it runs. */
function recordingDuty() {
  const events: string[] = [];
  return {
    events,
    duty: {
      start: () => void events.push("start"),
      stop: async () => void events.push("stop"),
    },
  };
}

describe("leases", () => {
  it("are held by one instance at a time, renewed by their holder, and taken over once they ran out", async () => {
    const first = new Leases(inbox.db, "web-1");
    const second = new Leases(inbox.db, "web-2");
    const now = new Date();
    expect(await first.acquire("polling", 1000, now)).toBe(true);
    expect(await second.acquire("polling", 1000, now)).toBe(false);
    expect(await first.acquire("polling", 1000, new Date(now.getTime() + 500))).toBe(true);
    expect(await second.acquire("polling", 1000, new Date(now.getTime() + 1400))).toBe(false);
    expect(await second.acquire("polling", 1000, new Date(now.getTime() + 1600))).toBe(true);
    expect(await first.acquire("polling", 1000, new Date(now.getTime() + 1700))).toBe(false);
  });

  it("go to exactly one of many instances asking at the same moment", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, index) => new Leases(inbox.db, `web-${index}`).acquire("race", 10_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("let a restarted instance (same name) take its own lease back at once, and a released one go to the next", async () => {
    expect(await new Leases(inbox.db, "web-1").acquire("restart", 60_000)).toBe(true);
    const again = new Leases(inbox.db, "web-1");
    expect(await again.acquire("restart", 60_000)).toBe(true);
    await again.release("restart");
    expect(await new Leases(inbox.db, "web-2").acquire("restart", 60_000)).toBe(true);
  });

  it("run exclusive work on one instance only", async () => {
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const busy = new Promise<void>((resolve) => (release = resolve));
    const inside = new Promise<void>((resolve) => (started = resolve));
    const holding = new Leases(inbox.db, "web-1").exclusively("refresh", 10_000, async () => {
      started();
      await busy;
      return "done";
    });
    await inside;
    expect(await new Leases(inbox.db, "web-2").exclusively("refresh", 10_000, async () => "twice")).toEqual({ ran: false });
    release();
    expect(await holding).toEqual({ ran: true, value: "done" });
    expect(await new Leases(inbox.db, "web-2").exclusively("refresh", 10_000, async () => "now")).toEqual({ ran: true, value: "now" });
  });
});

describe("a leased duty", () => {
  it("runs on one instance; a standby takes it over when the holder stops or dies", async () => {
    const logger = captureLogs().logger;
    const options = { ttlMs: 300, everyMs: 50 };
    const a = recordingDuty();
    const b = recordingDuty();
    const c = recordingDuty();
    const holder = new LeasedDuty(new Leases(inbox.db, "web-1"), "telegram-polling", a.duty, logger, options);
    const standby = new LeasedDuty(new Leases(inbox.db, "web-2"), "telegram-polling", b.duty, logger, options);
    await holder.start();
    await standby.start();
    expect([holder.active, standby.active]).toEqual([true, false]);
    // A graceful stop hands the duty over at the standby's next look.
    await holder.stop();
    await expect.poll(() => standby.active).toBe(true);
    expect(a.events).toEqual(["start", "stop"]);
    // A holder that dies (no stop, no renewal) is replaced once its lease has run out.
    const dead = new Leases(inbox.db, "web-2");
    await standby.stop();
    await dead.acquire("telegram-polling", 300);
    const third = new LeasedDuty(new Leases(inbox.db, "web-3"), "telegram-polling", c.duty, logger, options);
    await third.start();
    expect(third.active).toBe(false);
    await expect.poll(() => third.active, { timeout: 2000 }).toBe(true);
    await third.stop();
    expect(c.events).toEqual(["start", "stop"]);
  });
});
