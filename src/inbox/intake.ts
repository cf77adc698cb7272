/**
 * The durable intake: every incoming message is committed here before the platform is told it
 * arrived (the webhook's 200, the polling offset moved past it, the web chat's answer), then
 * handled from here. Messages of one chat are handled one after another in arrival order, different
 * chats at the same time. A message is claimed with a lease, not held in memory: when the process
 * that claimed it dies, the lease runs out and any process takes it over, so several processes can
 * share the work. A redelivery of the same update is stored once.
 *
 * The statements are SQL for the same reason as the outbox's (see src/inbox/sql.ts).
 */
import { describeError } from "../core/errors.js";
import type { Metrics } from "../core/metrics.js";
import { wellFormedJson } from "../core/text.js";
import { sqlRunner, type Database, type SqlRunner } from "./database.js";
import { Prisma } from "./generated/client.js";
import { fromSqlTime, sqlTime, type SqlDialect } from "./sql.js";

/** Which adapter reads a stored payload. */
export type IntakeSource = "telegram" | "zalo_bot" | "zalo_oa" | "web";

/** An incoming message as the channel received it. */
export interface IncomingEntry {
  readonly source: IntakeSource;
  /** The platform's id of the update: a redelivery with the same id is stored once. */
  readonly updateId: string;
  /** The chat it belongs to: messages of a chat are handled in order. */
  readonly chatId: string;
  /** The update as received; strings are stored well-formed (see `wellFormed`). */
  readonly payload: unknown;
}

/** What `accept` did with an entry. */
export interface Accepted {
  readonly id: number;
  /** False for a redelivery of a message already stored. */
  readonly fresh: boolean;
}

/** A stored message claimed for handling. */
export interface ClaimedInbound {
  readonly id: number;
  readonly source: IntakeSource;
  readonly updateId: string;
  readonly payload: unknown;
  /** Including this one: more than one means an earlier attempt was cut short. */
  readonly attempts: number;
  /** Replies an earlier attempt already sent. */
  readonly repliesSent: number;
  /** When it was stored: the message's arrival, whatever attempt this is. */
  readonly receivedAt: Date;
}

/** `discarded`: not what it claimed to be (a webhook body whose signature does not match, say). */
export type InboundStatus = "pending" | "handling" | "done" | "failed" | "discarded";

/** Named defaults of the intake. */
export const INTAKE = {
  /**
   * A claim runs out after this long unless renewed (the worker renews it while the message is being
   * handled, see `WORKER_DEFAULTS.renewEveryMs`), so a message whose process died is taken up again
   * within seconds of a restart.
   */
  leaseMs: 2000,
  /**
   * A message that was claimed this many times without finishing (each attempt killed its process)
   * is set aside as failed and logged, so that one poisonous message cannot stop its chat for good.
   */
  maxAttempts: 5,
  /** Handled messages are kept this long: platforms redeliver within minutes, not days. */
  retentionMs: 7 * 24 * 3600 * 1000,
} as const;

/** Waiting messages of one source, for the health check and the metrics. */
export interface IntakeBacklog {
  readonly source: IntakeSource;
  readonly count: number;
  readonly oldest: Date;
}

type Row = { id: number; source: string; updateId: string; payload: string; attempts: number; repliesSent: number; createdAt: unknown };

/** The last write the database refused, while none has succeeded since. */
export interface WriteFailure {
  readonly at: Date;
  readonly error: string;
}

export class Intake {
  private writeFailure: WriteFailure | undefined;
  private readonly run: SqlRunner;

  /**
   * @param owner this process's instance name, recorded on its claims (see `reclaimOwn`)
   */
  constructor(
    private readonly db: Database,
    private readonly sql: SqlDialect,
    private readonly owner: string,
    private readonly metrics?: Metrics,
  ) {
    this.run = sqlRunner(db);
  }

  /**
   * Undefined while the database takes writes; the last refusal otherwise. Storing messages, and
   * claiming them (every second, whether or not any came), are writes: this is the health check's
   * view of whether anything sent now would be kept.
   */
  get lastWriteFailure(): WriteFailure | undefined {
    return this.writeFailure;
  }

  /**
   * Stores the entries (and `also`, the statements that must commit with them) in one transaction.
   * When this resolves, the messages survive a crash: only then may the platform be told.
   */
  async accept(entries: readonly IncomingEntry[], also: readonly Prisma.Sql[] = [], now = new Date()): Promise<Accepted[]> {
    if (entries.length === 0 && also.length === 0) return [];
    const at = sqlTime(now);
    // A redelivery of what was discarded is looked at again (the secret may have been corrected since).
    const inserts = entries.map(
      (entry) => Prisma.sql`INSERT INTO "InboundMessage" ("source", "updateId", "chatKey", "payload", "leaseUntil", "createdAt")
        VALUES (${entry.source}, ${entry.updateId}, ${chatKey(entry.source, entry.chatId)}, ${wellFormedJson(entry.payload)}, ${at}, ${at})
        ON CONFLICT ("source", "updateId") DO UPDATE SET "status" = 'pending', "payload" = excluded."payload", "chatKey" = excluded."chatKey", "leaseUntil" = excluded."leaseUntil",
          "attempts" = 0, "repliesSent" = 0, "doneAt" = NULL, "lastError" = NULL
        WHERE "InboundMessage"."status" = 'discarded'
        RETURNING "id"`,
    );
    // Always a transaction, even for one statement: the driver adapter runs a statement outside one
    // on the shared connection, where it would join (and could be rolled back with) a transaction
    // another request has open; a transaction of its own waits for that one to end.
    const results = await this.watched(this.run.transaction([...inserts, ...also]));
    const accepted: Accepted[] = [];
    for (const [index, entry] of entries.entries()) {
      const inserted = (results[index] as Array<{ id: number }>)[0];
      if (inserted) {
        accepted.push({ id: Number(inserted.id), fresh: true });
        this.metrics?.messagesIn.inc({ channel: entry.source });
      } else accepted.push({ id: await this.idOf(entry.source, entry.updateId), fresh: false });
    }
    return accepted;
  }

  /**
   * Claims up to `limit` messages of the given sources: of each chat, the oldest one not finished,
   * when it is due (pending, or its claim ran out); the web chat's first, since each holds a
   * browser's request open until it is answered, then oldest first. One statement, so no message is
   * claimed twice.
   */
  async claim(limit: number, sources: readonly IntakeSource[], now = new Date(), leaseMs: number = INTAKE.leaseMs): Promise<ClaimedInbound[]> {
    if (limit <= 0 || sources.length === 0) return [];
    const rows = await this.watched(
      this.run.query<Row>(Prisma.sql`
      UPDATE "InboundMessage" SET "status" = 'handling', "attempts" = "attempts" + 1, "leaseUntil" = ${sqlTime(new Date(now.getTime() + leaseMs))}, "claimedBy" = ${this.owner}
      WHERE "id" IN (
        SELECT m."id" FROM "InboundMessage" m
        WHERE m."status" IN ('pending', 'handling') AND m."leaseUntil" <= ${sqlTime(now)} AND m."source" IN (${Prisma.join(sources)})
          AND NOT EXISTS (SELECT 1 FROM "InboundMessage" p WHERE p."chatKey" = m."chatKey" AND p."status" IN ('pending', 'handling') AND p."id" < m."id")
        ORDER BY CASE m."source" WHEN 'web' THEN 0 ELSE 1 END, m."id" LIMIT ${limit} ${this.sql.skipLocked})
      RETURNING "id", "source", "updateId", "payload", "attempts", "repliesSent", "createdAt"`),
    );
    return rows
      .map((row) => ({
        id: Number(row.id),
        source: row.source as IntakeSource,
        updateId: row.updateId,
        payload: JSON.parse(row.payload) as unknown,
        attempts: Number(row.attempts),
        repliesSent: Number(row.repliesSent),
        receivedAt: fromSqlTime(row.createdAt),
      }))
      .sort((a, b) => a.id - b.id);
  }

  /**
   * Makes the claims an earlier run of this instance left (it died while handling them) due now,
   * instead of when their leases run out. Call once the instance is known to be the only one of its
   * name (its server listens): another live process never carries the same name.
   */
  async reclaimOwn(now = new Date()): Promise<number> {
    return this.db.$executeRaw`UPDATE "InboundMessage" SET "leaseUntil" = ${sqlTime(now)} WHERE "status" = 'handling' AND "claimedBy" = ${this.owner} AND "leaseUntil" > ${sqlTime(now)}`;
  }

  /** Keeps the claims of messages still being handled. */
  async renew(ids: readonly number[], now = new Date(), leaseMs: number = INTAKE.leaseMs): Promise<void> {
    if (ids.length === 0) return;
    await this.db.$executeRaw`UPDATE "InboundMessage" SET "leaseUntil" = ${sqlTime(new Date(now.getTime() + leaseMs))} WHERE "status" = 'handling' AND "id" IN (${Prisma.join(ids)})`;
  }

  /** The first `count` replies to this message are sent or on their way (see `HandlingAttempt`). */
  async repliesReached(id: number, count: number): Promise<void> {
    await this.run.execute(Prisma.sql`UPDATE "InboundMessage" SET "repliesSent" = ${count} WHERE "id" = ${id}`);
  }

  async done(id: number, now = new Date()): Promise<void> {
    // The update is emptied: it may hold a person's words, phone number or a link with a token, and
    // only its id is needed from now on (to recognise a redelivery).
    await this.run.execute(Prisma.sql`UPDATE "InboundMessage" SET "status" = 'done', "doneAt" = ${sqlTime(now)}, "lastError" = NULL, "payload" = '{}' WHERE "id" = ${id}`);
  }

  /**
   * Handling threw: the message is due again after `delayMs` (and counts as an attempt). Only while
   * the claim is still this process's: an attempt that outlived its claim (given back at a stop, taken
   * over, finished by another) does not put the message back in the queue.
   */
  async retryLater(id: number, error: string, delayMs: number, now = new Date()): Promise<void> {
    await this.db.$executeRaw`UPDATE "InboundMessage" SET "status" = 'pending', "leaseUntil" = ${sqlTime(new Date(now.getTime() + delayMs))}, "lastError" = ${error.slice(0, 500)}
      WHERE "id" = ${id} AND "status" = 'handling' AND "claimedBy" = ${this.owner}`;
  }

  /** Sets a message aside for good (it kept killing its process), while claimed here; the chat goes on with the next. */
  async fail(id: number, error: string, now = new Date()): Promise<void> {
    await this.db.$executeRaw`UPDATE "InboundMessage" SET "status" = 'failed', "doneAt" = ${sqlTime(now)}, "lastError" = ${error.slice(0, 500)}
      WHERE "id" = ${id} AND "status" = 'handling' AND "claimedBy" = ${this.owner}`;
  }

  /** Drops a message that is not what it claims to be; kept (for a while) with the reason. */
  async discard(id: number, reason: string, now = new Date()): Promise<void> {
    await this.db.$executeRaw`UPDATE "InboundMessage" SET "status" = 'discarded', "doneAt" = ${sqlTime(now)}, "lastError" = ${reason.slice(0, 500)} WHERE "id" = ${id}`;
  }

  /** Messages of a source discarded since `since`, with the latest reason (for the staff's warning). */
  async discardedSince(source: IntakeSource, since: Date): Promise<{ count: number; lastReason: string | undefined }> {
    const rows = await this.db.$queryRaw<Array<{ count: number; reason: string | null }>>`
      SELECT COUNT(*) AS "count", (SELECT "lastError" FROM "InboundMessage" WHERE "source" = ${source} AND "status" = 'discarded' ORDER BY "id" DESC LIMIT 1) AS "reason"
      FROM "InboundMessage" WHERE "source" = ${source} AND "status" = 'discarded' AND "doneAt" >= ${sqlTime(since)}`;
    return { count: Number(rows[0]?.count ?? 0), lastReason: rows[0]?.reason ?? undefined };
  }

  /** Gives claimed messages back unfinished (a graceful stop): due at once, the attempt not counted. */
  async release(ids: readonly number[], now = new Date()): Promise<void> {
    if (ids.length === 0) return;
    await this.db.$executeRaw`UPDATE "InboundMessage" SET "status" = 'pending', "leaseUntil" = ${sqlTime(now)}, "attempts" = CASE WHEN "attempts" > 0 THEN "attempts" - 1 ELSE 0 END
      WHERE "status" = 'handling' AND "id" IN (${Prisma.join(ids)})`;
  }

  async status(id: number): Promise<InboundStatus | undefined> {
    const rows = await this.run.query<{ status: string }>(Prisma.sql`SELECT "status" FROM "InboundMessage" WHERE "id" = ${id}`);
    return rows[0]?.status as InboundStatus | undefined;
  }

  /** Messages not handled yet, per source, with the arrival of the oldest. */
  async backlog(): Promise<IntakeBacklog[]> {
    const rows = await this.db.$queryRaw<Array<{ source: string; count: number; oldest: unknown }>>`
      SELECT "source", COUNT(*) AS "count", MIN("createdAt") AS "oldest" FROM "InboundMessage" WHERE "status" IN ('pending', 'handling') GROUP BY "source"`;
    return rows.map((row) => ({ source: row.source as IntakeSource, count: Number(row.count), oldest: fromSqlTime(row.oldest) }));
  }

  /** Forgets messages handled (or set aside) longer ago than the retention. */
  async prune(now = new Date()): Promise<number> {
    return this.db.$executeRaw`DELETE FROM "InboundMessage" WHERE "status" IN ('done', 'failed', 'discarded') AND "createdAt" < ${sqlTime(new Date(now.getTime() - INTAKE.retentionMs))}`;
  }

  /** Runs a write, noting whether the database took it. */
  private async watched<T>(write: Promise<T>): Promise<T> {
    try {
      const result = await write;
      this.writeFailure = undefined;
      return result;
    } catch (error) {
      this.writeFailure = { at: new Date(), error: describeError(error) };
      throw error;
    }
  }

  private async idOf(source: IntakeSource, updateId: string): Promise<number> {
    const rows = await this.run.query<{ id: number }>(Prisma.sql`SELECT "id" FROM "InboundMessage" WHERE "source" = ${source} AND "updateId" = ${updateId}`);
    return Number(rows[0]!.id);
  }
}

function chatKey(source: IntakeSource, chatId: string): string {
  return `${source}:${chatId}`;
}
