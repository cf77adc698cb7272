/**
 * Delivers the outbox. Each channel it has a sender for has its own lane, so a slow platform never
 * holds up another; within a lane up to `concurrency` chats are served at once, each chat's
 * messages in order (see `Outbox.claimHeads`), and the channel's sender keeps them within the
 * platform's limits. Failures back off (honouring the platform's retry-after) in their own chat only.
 * Routine staff cards that pile up while the staff group may receive no more are sent as one digest.
 * Runs on a timer and whenever new messages are enqueued (`kick`). Messages to a channel it has no
 * sender for are left to an instance that has one (as the intake leaves messages of sources without
 * a handler), never given up on here.
 */
import { DeliveryError, type ChannelSender } from "../core/delivery.js";
import { describeError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { CHANNELS, type Channel, type Reply } from "../core/messages.js";
import type { Metrics } from "../core/metrics.js";
import { DELIVERY, PRIORITY, type ClaimedMessage, type Outbox } from "./outbox.js";

/** Named defaults of delivery. */
export const DISPATCH_DEFAULTS = {
  /** How often to look for due messages nobody announced (retries, another process's messages). */
  intervalMs: 1000,
  /**
   * Chats served at once per channel. Telegram's messages wait for its limits in the sender, so
   * it needs many under way to keep its budget used; Zalo has no known limit, and more deliveries
   * under way at once only widen the moment in which a crash can repeat one.
   */
  concurrency: { telegram: 32, zalo: 8, web: 8 } as Readonly<Record<Channel, number>>,
  /**
   * A busy lane claims more only once this many deliveries have finished: a claim reads the whole
   * backlog of the channel, so one per delivery would cost more than the deliveries themselves.
   */
  claimBatch: 8,
  /** Kicks within this long are served by one claim (filing a report kicks; a burst files many). */
  kickDelayMs: 10,
  /**
   * Staff cards listed in one digest at most: 24 lines of about 150 characters stay within a
   * Telegram message (4,096), and 19 digests a minute then show a flood of 450 reports a minute.
   */
  digestMax: 24,
  /**
   * A routine card that waited this long was held back by the group's limit (one message every
   * 3.2 s): the cards waiting with it go out together as one digest.
   */
  digestAfterMs: 1000,
} as const;

export type DispatchOptions = { readonly [K in keyof typeof DISPATCH_DEFAULTS]: (typeof DISPATCH_DEFAULTS)[K] extends number ? number : Readonly<Record<Channel, number>> };

export interface DispatcherDeps {
  /** Composes a digest of routine staff cards; without it every card goes alone. */
  readonly digest?: (messages: readonly ClaimedMessage[]) => Reply;
  readonly metrics?: Metrics;
}

interface Lane {
  readonly channel: Channel;
  readonly inFlight: Map<number, Promise<void>>;
  pumping: boolean;
  again: boolean;
}

export class OutboxDispatcher {
  private readonly lanes: Lane[];
  private readonly options: DispatchOptions;
  /** Every row claimed and not finished (digests claim several), whose claims are renewed. */
  private readonly claimed = new Set<number>();
  /** Stamps waiting to be written together (see `stamp`). */
  private stamping: { readonly ids: number[]; readonly done: Promise<Set<number>> } | undefined;
  private timers: NodeJS.Timeout[] = [];
  private stopping = false;

  /** @param options overrides of `DISPATCH_DEFAULTS` */
  constructor(
    private readonly outbox: Outbox,
    private readonly senders: Partial<Record<Channel, ChannelSender>>,
    private readonly logger: Logger,
    options: Partial<DispatchOptions> = {},
    private readonly deps: DispatcherDeps = {},
  ) {
    this.options = { ...DISPATCH_DEFAULTS, ...options };
    this.lanes = CHANNELS.filter((channel) => senders[channel]).map((channel) => ({ channel, inFlight: new Map(), pumping: false, again: false }));
  }

  start(): void {
    this.stopping = false;
    this.timers = [
      setInterval(() => void this.settle().then(() => this.kick()), this.options.intervalMs),
      setInterval(() => void this.renew(), DELIVERY.renewEveryMs),
    ];
    for (const timer of this.timers) timer.unref();
    void this.settle().then(() => this.kick());
    void this.warnUnserved();
  }

  /** Stops claiming and waits up to `graceMs` for the deliveries under way. */
  async stop(graceMs = 5000): Promise<void> {
    this.stopping = true;
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([this.idle(), new Promise((resolve) => (timeout = setTimeout(resolve, graceMs)))]);
    clearTimeout(timeout);
    const unfinished = [...this.claimed];
    if (unfinished.length) {
      this.logger.warn({ messages: unfinished.length }, "stopping: deliveries still under way go back to the outbox");
      await this.outbox.release(unfinished).catch((error: unknown) => this.logger.error({ error: describeError(error) }, "could not give deliveries back to the outbox"));
    }
  }

  /** Delivers what is due, in every channel; calls during a look schedule one more, not many. */
  kick(): void {
    for (const lane of this.lanes) this.kickLane(lane);
  }

  /** Delivers everything due now and resolves when done (what a timer tick does, awaited). */
  async deliverDue(): Promise<void> {
    await this.settle();
    this.kick();
    await this.idle();
  }

  /** Waits until nothing is being claimed or delivered. */
  async idle(): Promise<void> {
    for (;;) {
      const busy = this.lanes.flatMap((lane) => [...lane.inFlight.values()]);
      if (busy.length === 0 && this.lanes.every((lane) => !lane.pumping)) return;
      await Promise.all(busy);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  private kickLane(lane: Lane): void {
    if (this.stopping) return;
    if (lane.pumping) {
      lane.again = true;
      return;
    }
    lane.pumping = true;
    void new Promise((resolve) => setTimeout(resolve, this.options.kickDelayMs))
      .then(() => this.pump(lane))
      .catch((error: unknown) => this.logger.error({ error: describeError(error), channel: lane.channel }, "outbox dispatch failed"))
      .finally(() => {
        lane.pumping = false;
        if (lane.again) {
          lane.again = false;
          this.kickLane(lane);
        }
      });
  }

  private async pump(lane: Lane): Promise<void> {
    while (!this.stopping) {
      const free = this.options.concurrency[lane.channel] - lane.inFlight.size;
      if (free <= 0 || (free < Math.min(this.options.claimBatch, Math.ceil(this.options.concurrency[lane.channel] / 2)) && lane.inFlight.size > 0)) return;
      const claimed = await this.outbox.claimHeads(lane.channel, free);
      for (const message of claimed) {
        // A claim of ours that ran out (renewal failed while the database was busy) is still ours.
        if (this.claimed.has(message.id)) continue;
        this.claimed.add(message.id);
        const task = this.deliver(message).finally(() => {
          lane.inFlight.delete(message.id);
          this.claimed.delete(message.id);
          this.kickLane(lane);
        });
        lane.inFlight.set(message.id, task);
      }
      if (claimed.length < free) return;
    }
  }

  /** Sends one message (or a digest it heads) and records the outcome; never throws. */
  private async deliver(message: ClaimedMessage): Promise<void> {
    const log = this.logger.child({ outbox: message.id, channel: message.channel, purpose: message.purpose });
    let batch: readonly ClaimedMessage[] = [message];
    let takenOver = false;
    try {
      // A lane exists only for a channel with a sender.
      const sender = this.senders[message.channel]!;
      const { digest } = this.deps;
      // Cards pile up only once the group's limit makes them wait: only then is it worth looking.
      if (digest && message.summary !== null && message.priority === PRIORITY.staff && Date.now() - message.createdAt.getTime() >= this.options.digestAfterMs) {
        batch = [message, ...(await this.outbox.claimCombinable(message.channel, message.chatId, message.id, this.options.digestMax - 1))];
        for (const each of batch) this.claimed.add(each.id);
      }
      const reply = batch.length > 1 ? digest!(batch) : message.reply;
      const ids = batch.map((each) => each.id);
      const beforeSend = async (): Promise<void> => {
        const stamped = await this.stamp(ids);
        if (ids.every((id) => stamped.has(id))) return;
        takenOver = true;
        await this.outbox.cancelSending(ids.filter((id) => stamped.has(id)));
        throw new Error("the claim ran out and another process took the message over");
      };
      const messageId = await sender.send(message.chatId, reply, { priority: message.priority, key: `outbox:${message.id}`, beforeSend });
      await this.outbox.markSent(ids, messageId);
      for (const each of batch) this.deps.metrics?.messagesOut.inc({ channel: each.channel, purpose: each.purpose });
      if (batch.length > 1) log.info({ cards: batch.length }, "staff cards sent as one digest");
    } catch (error) {
      if (takenOver) {
        log.warn({ outbox: batch.map((each) => each.id) }, "a delivery was taken over by another process while it waited; not sent here");
        return;
      }
      const delivery = error instanceof DeliveryError ? error : new DeliveryError(describeError(error), false);
      for (const each of batch) {
        const status = await this.outbox
          .markFailed(each, delivery.message, delivery)
          .catch((markError: unknown) => log.error({ error: describeError(markError) }, "could not record a failed delivery; it will be tried again"));
        if (status === "undeliverable") this.deps.metrics?.deliveriesFailed.inc({ channel: each.channel });
        else if (status === "failed") this.deps.metrics?.deliveriesRetried.inc({ channel: each.channel });
        if (status) log.warn({ error: delivery.message, attempts: each.attempts + 1, status, outbox: each.id }, "outbox delivery failed");
      }
    } finally {
      for (const each of batch) this.claimed.delete(each.id);
    }
  }

  /**
   * `Outbox.beginSending`, one statement for the deliveries that reach their platform call in the
   * same turn of the event loop (a claim of a channel without limits starts several at once).
   */
  private stamp(ids: readonly number[]): Promise<Set<number>> {
    if (!this.stamping) {
      const batch: number[] = [];
      const done = new Promise((resolve) => setImmediate(resolve)).then(() => {
        this.stamping = undefined;
        return this.outbox.beginSending(batch);
      });
      this.stamping = { ids: batch, done };
    }
    this.stamping.ids.push(...ids);
    return this.stamping.done;
  }

  /**
   * Says so when messages wait for a channel this process cannot send to: they stay in the outbox
   * until an instance with the channel configured runs (they are never dropped for it).
   */
  private async warnUnserved(): Promise<void> {
    const served = new Set(this.lanes.map((lane) => lane.channel));
    const backlog = await this.outbox.backlog().catch(() => []);
    for (const waiting of backlog.filter((each) => !served.has(each.channel))) {
      this.logger.warn({ channel: waiting.channel, messages: waiting.count, oldest: waiting.oldest }, "messages wait in the outbox for a channel this instance is not configured for: they are sent once an instance with it runs");
    }
  }

  /** Marks the deliveries a dead process left in the middle of their platform call unconfirmed. */
  private async settle(): Promise<void> {
    const settled = await this.outbox.settleUnconfirmed().catch((error: unknown) => {
      this.logger.warn({ error: describeError(error) }, "could not settle the deliveries a stopped process left under way");
      return [];
    });
    for (const each of settled) {
      this.deps.metrics?.deliveriesUnconfirmed.inc({ channel: each.channel });
      this.logger.warn({ outbox: each.id, channel: each.channel, purpose: each.purpose }, "a delivery cut short by a crash after its platform call began is marked unconfirmed, not sent again");
    }
  }

  private async renew(): Promise<void> {
    await this.outbox.renew([...this.claimed]).catch((error: unknown) => this.logger.warn({ error: describeError(error) }, "could not renew the claims of deliveries under way"));
  }
}
