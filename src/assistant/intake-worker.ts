/**
 * Handles the stored incoming messages (src/inbox/intake.ts): claims what is due, hands each message
 * to the handler of its source (a channel adapter, which turns it into `Inbound` for the assistant),
 * and records the outcome. Up to `concurrency` chats are handled at once (and web chats in slots of
 * their own), each chat's messages one after another; claims are renewed while a message is being handled, so another process takes it
 * over only when this one died. Runs whenever a message is stored (`kick`) and on a timer (messages
 * stored by another process, claims that ran out).
 */
import { EventEmitter } from "node:events";
import { describeError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { Metrics } from "../core/metrics.js";
import { INTAKE, type ClaimedInbound, type Intake, type IntakeSource } from "../inbox/intake.js";
import type { HandlingAttempt } from "./turn.js";

/**
 * Handles one stored message of a source; should not throw (a throw is retried later). Answers
 * `{ discarded }` for a message that is not what it claims to be (a webhook body whose signature
 * does not match): it is set aside with the reason, logged and counted, not handled.
 */
export type IntakeHandler = (message: ClaimedInbound, attempt: HandlingAttempt) => Promise<void | { readonly discarded: string }>;

/** Named defaults of the worker. */
export const WORKER_DEFAULTS = {
  /**
   * Chats handled at once. Handling is mostly CPU (retrieval, classification, SQLite) with waits on
   * the network (replies, an LLM); more at once would only keep the event loop busier, delaying the
   * answers the outbox waits for (and widening the moment in which a crash repeats a message).
   */
  concurrency: 8,
  /**
   * Web chat messages handled at once besides those: each holds a browser's request open until it
   * is answered, so none waits for a slot behind a backlog of the platforms' messages (as after a
   * restart, when Telegram hands over everything that came meanwhile).
   */
  interactiveConcurrency: 4,
  /** How often to look for work nobody announced (another process, claims run out). */
  intervalMs: 1000,
  /** How often claims of messages being handled are renewed (well within `INTAKE.leaseMs`). */
  renewEveryMs: 500,
  /** A handler that threw is tried again after this long. */
  retryMs: 5000,
  /** Kicks within this long share one claim (every stored message and every finished one kicks). */
  kickDelayMs: 3,
} as const;

/** Sources whose messages someone waits on with a request open: they have slots of their own. */
const INTERACTIVE: ReadonlySet<IntakeSource> = new Set(["web"]);

export type WorkerOptions = { readonly [K in keyof typeof WORKER_DEFAULTS]: number };

export class IntakeWorker {
  private readonly handlers = new Map<IntakeSource, IntakeHandler>();
  private readonly inFlight = new Map<number, Promise<void>>();
  /** The interactive ones among `inFlight`. */
  private readonly interactive = new Set<number>();
  private readonly finished = new EventEmitter();
  private timers: NodeJS.Timeout[] = [];
  private pumping = false;
  private again = false;
  private stopping = false;
  private readonly options: WorkerOptions;

  /** @param options overrides of `WORKER_DEFAULTS` */
  constructor(
    private readonly intake: Intake,
    private readonly logger: Logger,
    options: Partial<WorkerOptions> = {},
    private readonly metrics?: Metrics,
  ) {
    this.options = { ...WORKER_DEFAULTS, ...options };
    this.finished.setMaxListeners(0);
  }

  /** The handler of a source's messages; messages of sources without one stay stored. */
  register(source: IntakeSource, handler: IntakeHandler): void {
    this.handlers.set(source, handler);
  }

  start(): void {
    this.stopping = false;
    this.timers = [setInterval(() => this.kick(), this.options.intervalMs), setInterval(() => void this.renew(), this.options.renewEveryMs)];
    for (const timer of this.timers) timer.unref();
    this.kick();
  }

  /** Looks for due messages now; calls during a look schedule one more, not many. */
  kick(): void {
    if (this.stopping) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    void new Promise((resolve) => setTimeout(resolve, this.options.kickDelayMs))
      .then(() => this.pump())
      .catch((error: unknown) => this.logger.error({ error: describeError(error) }, "could not claim incoming messages"))
      .finally(() => {
        this.pumping = false;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /**
   * Stops claiming, waits up to `graceMs` for the messages being handled, and gives the others back
   * to the queue (handled again at the next start, without repeating what was sent).
   */
  async stop(graceMs: number): Promise<void> {
    this.stopping = true;
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(this.inFlight.values()), new Promise((resolve) => (timeout = setTimeout(resolve, graceMs)))]);
    clearTimeout(timeout);
    const unfinished = [...this.inFlight.keys()];
    if (unfinished.length) {
      this.logger.warn({ messages: unfinished.length }, "stopping: messages still being handled go back to the queue");
      await this.intake.release(unfinished).catch((error: unknown) => this.logger.error({ error: describeError(error) }, "could not give messages back to the queue"));
    }
  }

  /**
   * Resolves true once the stored message `id` has been handled (here or by another process), false
   * after `timeoutMs` or when the worker stops. `fresh`: just stored, so not handled yet (saves a look).
   */
  async whenDone(id: number, timeoutMs: number, fresh = false): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    let finishedHere: () => void = () => undefined;
    const local = new Promise<true>((resolve) => (finishedHere = () => resolve(true)));
    this.finished.once(String(id), finishedHere);
    try {
      for (let look = !fresh; Date.now() < deadline && !this.stopping; look = true) {
        if (look) {
          const status = await this.intake.status(id);
          if (status !== "pending" && status !== "handling") return true;
        }
        let timer: NodeJS.Timeout | undefined;
        const woke = await Promise.race([local, new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.min(250, deadline - Date.now()))))]);
        clearTimeout(timer);
        if (woke) return true;
      }
      return false;
    } finally {
      this.finished.off(String(id), finishedHere);
    }
  }

  private async pump(): Promise<void> {
    const sources = [...this.handlers.keys()];
    const lanes = [
      { sources: sources.filter((source) => INTERACTIVE.has(source)), slots: () => this.options.interactiveConcurrency - this.interactive.size },
      {
        sources: sources.filter((source) => !INTERACTIVE.has(source)),
        slots: () => this.options.concurrency - (this.inFlight.size - this.interactive.size),
      },
    ].filter((lane) => lane.sources.length > 0);
    for (let more = true; more && !this.stopping; ) {
      more = false;
      for (const lane of lanes) {
        const free = lane.slots();
        if (free <= 0) continue;
        const claimed = await this.intake.claim(free, lane.sources);
        // A claim of ours that ran out (renewal failed while the database was busy) is still ours.
        for (const message of claimed) if (!this.inFlight.has(message.id)) this.begin(message);
        if (claimed.length === free) more = true;
      }
    }
  }

  private begin(message: ClaimedInbound): void {
    const log = this.logger.child({ inbound: message.id, source: message.source });
    const task = this.run(message, log)
      .catch((error: unknown) => log.error({ error: describeError(error) }, "could not record the outcome of an incoming message"))
      .finally(() => {
        this.inFlight.delete(message.id);
        this.interactive.delete(message.id);
        this.finished.emit(String(message.id));
        this.kick();
      });
    this.inFlight.set(message.id, task);
    if (INTERACTIVE.has(message.source)) this.interactive.add(message.id);
  }

  private async run(message: ClaimedInbound, log: Logger): Promise<void> {
    // Let waiting I/O (webhooks to store, platform answers to record) in before the next message.
    await new Promise((resolve) => setImmediate(resolve));
    if (message.attempts > INTAKE.maxAttempts) {
      log.error({ attempts: message.attempts - 1 }, "an incoming message was set aside: every attempt at it ended its process");
      return this.intake.fail(message.id, `set aside after ${message.attempts - 1} attempts`);
    }
    if (message.attempts > 1) log.warn({ attempt: message.attempts }, "handling a message again after an interrupted attempt");
    const handler = this.handlers.get(message.source)!;
    const attempt: HandlingAttempt = {
      key: `in:${message.id}`,
      receivedAt: message.receivedAt,
      repliesSent: message.repliesSent,
      repliesReached: (count) => this.intake.repliesReached(message.id, count),
    };
    let outcome: Awaited<ReturnType<IntakeHandler>>;
    try {
      outcome = await handler(message, attempt);
    } catch (error) {
      log.error({ error: describeError(error), attempt: message.attempts }, "handling an incoming message failed; it will be tried again");
      return this.intake.retryLater(message.id, describeError(error), this.options.retryMs);
    }
    if (!outcome) return this.intake.done(message.id);
    log.warn({ reason: outcome.discarded }, "an incoming message was discarded");
    this.metrics?.webhooksDiscarded.inc({ source: message.source });
    await this.intake.discard(message.id, outcome.discarded);
  }

  private async renew(): Promise<void> {
    await this.intake.renew([...this.inFlight.keys()]).catch((error: unknown) => this.logger.warn({ error: describeError(error) }, "could not renew the claims of messages being handled"));
  }
}
