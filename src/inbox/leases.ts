/**
 * Work that exactly one instance may do at a time, when several share the database: long polling a
 * channel (two pollers would each take updates from the other), the hourly maintenance, spending
 * the Zalo OA refresh token. A lease is a row held by an instance until a moment; its holder renews
 * it while it works, and when the holder dies the lease runs out and another instance takes it.
 * One statement decides, so two instances asking at once never both get it.
 */
import { describeError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { Database } from "./database.js";
import { sqlTime } from "./sql.js";

export class Leases {
  /** @param holder this instance's name (INSTANCE_NAME) */
  constructor(
    private readonly db: Database,
    readonly holder: string,
  ) {}

  /**
   * Takes the lease `name` for `ttlMs`, or renews it when this instance holds it already.
   * @returns false while another instance holds it
   */
  async acquire(name: string, ttlMs: number, now = new Date()): Promise<boolean> {
    const rows = await this.db.$queryRaw<Array<{ holder: string }>>`
      INSERT INTO "Lease" ("name", "holder", "until") VALUES (${name}, ${this.holder}, ${sqlTime(new Date(now.getTime() + ttlMs))})
      ON CONFLICT ("name") DO UPDATE SET "holder" = excluded."holder", "until" = excluded."until"
      WHERE "Lease"."holder" = excluded."holder" OR "Lease"."until" <= ${sqlTime(now)}
      RETURNING "holder"`;
    return rows.length === 1;
  }

  /** Gives the lease up (a graceful stop), so that another instance takes over at once. */
  async release(name: string): Promise<void> {
    await this.db.$executeRaw`DELETE FROM "Lease" WHERE "name" = ${name} AND "holder" = ${this.holder}`;
  }

  /**
   * Runs `work` only if this instance gets the lease `name`, and gives it up after; false (nothing
   * run) while another instance holds it. For short work: the lease is not renewed meanwhile.
   */
  async exclusively<T>(name: string, ttlMs: number, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
    if (!(await this.acquire(name, ttlMs))) return { ran: false };
    try {
      return { ran: true, value: await work() };
    } finally {
      await this.release(name).catch(() => undefined);
    }
  }
}

/** Something one instance runs while it holds a lease (a poller). */
export interface Duty {
  start(): void;
  stop(): Promise<void>;
}

/** Named defaults of `LeasedDuty`. */
export const DUTY_DEFAULTS = {
  /** The lease runs out this long after the holder's last renewal: a dead holder is replaced within it. */
  ttlMs: 15_000,
  /** How often the holder renews, and the others look whether the lease ran out. */
  everyMs: 5000,
} as const;

/**
 * Runs a duty on exactly one instance: the one holding the lease. The others stand by and look
 * every `everyMs`; when the holder dies its lease runs out after `ttlMs` and one of them takes the
 * duty over. A holder that cannot renew (the database is unreachable) stops the duty, since another
 * instance may take it once the lease has run out.
 */
export class LeasedDuty {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private checking: Promise<void> = Promise.resolve();

  constructor(
    private readonly leases: Leases,
    private readonly name: string,
    private readonly duty: Duty,
    private readonly logger: Logger,
    private readonly options: { readonly ttlMs: number; readonly everyMs: number } = DUTY_DEFAULTS,
  ) {}

  /** Whether this instance runs the duty now. */
  get active(): boolean {
    return this.running;
  }

  /** Takes the duty if nobody holds it, then keeps looking (or renewing). */
  async start(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => void (this.checking = this.check()), this.options.everyMs);
    this.timer.unref();
  }

  /** Stops the duty and gives the lease up, so that a standby takes over at once. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.checking;
    if (!this.running) return;
    this.running = false;
    await this.duty.stop();
    await this.leases.release(this.name).catch((error: unknown) => this.logger.warn({ error: describeError(error), duty: this.name }, "could not give up a lease"));
  }

  private async check(): Promise<void> {
    let held: boolean;
    try {
      held = await this.leases.acquire(this.name, this.options.ttlMs);
    } catch (error) {
      this.logger.warn({ error: describeError(error), duty: this.name }, "could not renew a lease; the duty pauses until it can");
      held = false;
    }
    if (held && !this.running) {
      this.running = true;
      this.logger.info({ duty: this.name }, "this instance took the duty");
      this.duty.start();
    } else if (!held && this.running) {
      this.running = false;
      this.logger.warn({ duty: this.name }, "another instance holds the duty now; stopping it here");
      await this.duty.stop();
    }
  }
}
