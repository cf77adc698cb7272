/**
 * Keeps the messages one process sends to a platform within the platform's limits: per chat and
 * overall, as token buckets, and a pause where the platform said to wait (a 429's retry-after).
 * Everything that sends to the platform — answers to people and the outbox alike — asks the same
 * gate, so together they stay under the limits. A chat waiting for its own limit never delays
 * another chat. When the overall limit is the bottleneck, messages go by deadline: the time they
 * started waiting plus `priority` × `AGING_MS`, so that people waiting for an answer or their
 * tracking code go before staff cards, yet a staff card (the group has its own small budget) waits
 * at most that long however many people's messages queue behind it. Pure scheduling, no I/O.
 */

/** A token bucket: `burst` messages at once, then `perSecond` on average. */
export interface Rate {
  readonly perSecond: number;
  readonly burst: number;
}

/** The limits of one platform. */
export interface GatePolicy {
  /** All chats together; undefined for none. */
  readonly overall?: Rate;
  /** One chat's limit; undefined for none. */
  chat(chatId: string): Rate | undefined;
}

interface Bucket {
  tokens: number;
  at: number;
  heldUntil: number;
}

interface Waiter {
  readonly chatId: string;
  /** When it goes at the latest, compared with the others: arrival + priority × AGING_MS. */
  readonly deadline: number;
  readonly resolve: () => void;
}

/** How much later than a priority-0 message a message of priority 1 may go, and so on. */
export const AGING_MS = 1000;

/** Chats whose bucket is remembered; full buckets of idle chats are forgotten past this. */
const MAX_CHATS = 10_000;

export class SendGate {
  private readonly chats = new Map<string, Bucket>();
  private readonly overall: Bucket;
  private readonly waiters: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;

  constructor(
    private readonly policy: GatePolicy,
    private readonly clock: () => number = Date.now,
  ) {
    this.overall = { tokens: policy.overall?.burst ?? 0, at: clock(), heldUntil: 0 };
  }

  /** Resolves when a message to `chatId` may be sent now (the caller then sends it at once). */
  acquire(chatId: string, priority = 0): Promise<void> {
    return new Promise((resolve) => {
      const waiter = { chatId, deadline: this.clock() + priority * AGING_MS, resolve };
      // Kept sorted by deadline; equal deadlines in arrival order.
      let index = this.waiters.length;
      while (index > 0 && this.waiters[index - 1]!.deadline > waiter.deadline) index--;
      this.waiters.splice(index, 0, waiter);
      this.pump();
    });
  }

  /** The platform said to send nothing to this chat for `ms`. */
  hold(chatId: string, ms: number): void {
    const bucket = this.bucket(chatId, this.clock());
    bucket.heldUntil = Math.max(bucket.heldUntil, this.clock() + ms);
    this.pump();
  }

  /** The platform said to send nothing at all for `ms`. */
  holdAll(ms: number): void {
    this.overall.heldUntil = Math.max(this.overall.heldUntil, this.clock() + ms);
    this.pump();
  }

  private pump(): void {
    const now = this.clock();
    const overallRate = this.policy.overall;
    if (overallRate) refill(this.overall, overallRate, now);
    let wake = Infinity;
    for (let index = 0; index < this.waiters.length; ) {
      if (this.overall.heldUntil > now) {
        wake = Math.min(wake, this.overall.heldUntil);
        break;
      }
      if (overallRate && this.overall.tokens < 1) {
        wake = Math.min(wake, now + ((1 - this.overall.tokens) / overallRate.perSecond) * 1000);
        break;
      }
      const waiter = this.waiters[index]!;
      const rate = this.policy.chat(waiter.chatId);
      const bucket = this.bucket(waiter.chatId, now);
      if (rate) refill(bucket, rate, now);
      if (bucket.heldUntil > now) {
        wake = Math.min(wake, bucket.heldUntil);
        index++;
        continue;
      }
      if (rate && bucket.tokens < 1) {
        wake = Math.min(wake, now + ((1 - bucket.tokens) / rate.perSecond) * 1000);
        index++;
        continue;
      }
      if (rate) bucket.tokens -= 1;
      if (overallRate) this.overall.tokens -= 1;
      this.waiters.splice(index, 1);
      waiter.resolve();
    }
    this.schedule(wake, now);
    this.forgetIdle(now);
  }

  private schedule(wake: number, now: number): void {
    if (wake === Infinity || wake >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = wake;
    this.timer = setTimeout(() => {
      this.timerAt = Infinity;
      this.timer = undefined;
      this.pump();
    }, Math.max(1, Math.ceil(wake - now)));
    this.timer.unref();
  }

  private bucket(chatId: string, now: number): Bucket {
    let bucket = this.chats.get(chatId);
    if (!bucket) {
      bucket = { tokens: this.policy.chat(chatId)?.burst ?? 0, at: now, heldUntil: 0 };
      this.chats.set(chatId, bucket);
    }
    return bucket;
  }

  /** A full, unheld bucket is the same as none: forget it when too many are kept. */
  private forgetIdle(now: number): void {
    if (this.chats.size <= MAX_CHATS) return;
    const waitingChats = new Set(this.waiters.map((waiter) => waiter.chatId));
    for (const [chatId, bucket] of this.chats) {
      const rate = this.policy.chat(chatId);
      if (rate) refill(bucket, rate, now);
      if (!waitingChats.has(chatId) && bucket.heldUntil <= now && (!rate || bucket.tokens >= rate.burst)) this.chats.delete(chatId);
    }
  }
}

function refill(bucket: Bucket, rate: Rate, now: number): void {
  bucket.tokens = Math.min(rate.burst, bucket.tokens + ((now - bucket.at) / 1000) * rate.perSecond);
  bucket.at = now;
}
