/** The send gate's scheduling, on fake timers: per-chat and overall buckets, pauses, priorities. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AGING_MS, SendGate } from "../../src/core/send-gate.js";

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

/** Acquires for each chat in order and records when each was let through (ms from the start). */
function track(gate: SendGate, requests: ReadonlyArray<{ chat: string; priority?: number; label?: string }>) {
  const start = Date.now();
  const granted: Array<{ label: string; at: number }> = [];
  for (const request of requests) void gate.acquire(request.chat, request.priority ?? 0).then(() => granted.push({ label: request.label ?? request.chat, at: Date.now() - start }));
  return granted;
}

describe("SendGate", () => {
  it("lets a chat send its burst at once, then one per interval, without delaying other chats", async () => {
    const gate = new SendGate({ chat: () => ({ perSecond: 1, burst: 2 }) });
    const granted = track(gate, [{ chat: "a", label: "a1" }, { chat: "a", label: "a2" }, { chat: "a", label: "a3" }, { chat: "b", label: "b1" }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual([{ label: "a1", at: 0 }, { label: "a2", at: 0 }, { label: "b1", at: 0 }]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(granted.at(-1)).toEqual({ label: "a3", at: 1000 });
  });

  it("spreads messages to keep under the overall rate, lower priority numbers first", async () => {
    const gate = new SendGate({ overall: { perSecond: 10, burst: 1 }, chat: () => undefined });
    const granted = track(gate, [
      { chat: "staff", priority: 2, label: "staff" },
      { chat: "c1", priority: 0, label: "c1" },
      { chat: "c2", priority: 0, label: "c2" },
    ]);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted.map((entry) => entry.label)).toEqual(["staff"]);
    await vi.advanceTimersByTimeAsync(250);
    expect(granted).toEqual([
      { label: "staff", at: 0 },
      { label: "c1", at: 100 },
      { label: "c2", at: 200 },
    ]);
  });

  it("gives a waiting citizen the next overall slot before staff messages queued earlier", async () => {
    const gate = new SendGate({ overall: { perSecond: 10, burst: 1 }, chat: () => undefined });
    const granted = track(gate, [{ chat: "first", label: "first" }, { chat: "s1", priority: 2, label: "s1" }, { chat: "s2", priority: 2, label: "s2" }]);
    await vi.advanceTimersByTimeAsync(50);
    const citizen = gate.acquire("c", 0).then(() => granted.push({ label: "c", at: Date.now() - 1_000_000 }));
    await vi.advanceTimersByTimeAsync(300);
    await citizen;
    expect(granted.map((entry) => entry.label)).toEqual(["first", "c", "s1", "s2"]);
  });

  it("lets a staff message that waited long enough go before people's messages that keep coming", async () => {
    const gate = new SendGate({ overall: { perSecond: 10, burst: 1 }, chat: () => undefined });
    const granted: string[] = [];
    void gate.acquire("first", 0).then(() => granted.push("first"));
    void gate.acquire("staff", 2).then(() => granted.push("staff"));
    // A person's message every 100 ms: without aging the staff message would never go.
    for (let i = 0; i < 40; i++) {
      void gate.acquire(`c${i}`, 0).then(() => granted.push(`c${i}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    const staffAt = granted.indexOf("staff");
    expect(staffAt).toBeGreaterThan(0);
    expect(staffAt).toBeLessThanOrEqual(1 + (2 * AGING_MS) / 100 + 1);
  });

  it("pauses a chat the platform rate-limited, and only that chat", async () => {
    const gate = new SendGate({ chat: () => undefined });
    gate.hold("slow", 5000);
    const granted = track(gate, [{ chat: "slow" }, { chat: "fast" }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual([{ label: "fast", at: 0 }]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(granted).toEqual([{ label: "fast", at: 0 }, { label: "slow", at: 5000 }]);
  });

  it("keeps a group to 20 messages in any minute with the Telegram group rate", async () => {
    const gate = new SendGate({ chat: () => ({ perSecond: 1 / 3.2, burst: 1 }) });
    const granted = track(gate, Array.from({ length: 40 }, () => ({ chat: "-100" })));
    await vi.advanceTimersByTimeAsync(130_000);
    const times = granted.map((entry) => entry.at);
    const perMinute = Math.max(...times.map((at) => times.filter((other) => other >= at && other < at + 60_000).length));
    expect(perMinute).toBeLessThanOrEqual(20);
    expect(times).toHaveLength(40);
  });
});
