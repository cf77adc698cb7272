/**
 * The outbox: every message tied to a report (the tracking code, status changes, staff replies,
 * rating requests, the staff card) is written here in the same transaction as what caused it, and a
 * dispatcher delivers it with retries and backoff. A crash loses nothing: undelivered rows are picked
 * up again after a restart.
 *
 * The hot statements are SQL (see src/inbox/sql.ts). Delivery is at least once with a narrow
 * window: a row is claimed ("sending", with a lease) before
 * the send and marked "sent" right after. Only a crash between the platform accepting the message and
 * that update (milliseconds) can repeat a message, after the lease expires.
 */
import type { Channel, Reply } from "../core/messages.js";
import type { Database } from "./database.js";
import type { Prisma } from "./generated/client.js";
import { sqlTime } from "./sql.js";

/** Why a message is sent; the staff see it next to its delivery state. */
export type OutboxPurpose = "tracking_code" | "status" | "staff_reply" | "rating_request" | "staff_card" | "staff_update" | "notice";

export type OutboxStatus = "pending" | "sending" | "sent" | "failed" | "undeliverable";

export interface OutboxEntry {
  readonly channel: Channel;
  readonly chatId: string;
  readonly reply: Reply;
  readonly purpose: OutboxPurpose;
  readonly reportId?: number;
}

/** Named defaults of delivery. */
export const DELIVERY = {
  /** A claimed row is considered abandoned (the process died) after this long. */
  leaseMs: 60_000,
  /**
   * After this many failed attempts the message is marked undeliverable and shown to staff: with the
   * backoff below, about 12 hours, so that a platform outage of an afternoon loses nothing.
   */
  maxAttempts: 20,
  /** Backoff: 5 s, 10 s, 20 s … capped at one hour. */
  firstRetryMs: 5_000,
  maxRetryMs: 3_600_000,
} as const;

/** A claimed message, ready to send. */
export interface ClaimedMessage {
  readonly id: number;
  readonly channel: Channel;
  readonly chatId: string;
  readonly reply: Reply;
  readonly purpose: OutboxPurpose;
  readonly reportId: number | null;
  readonly attempts: number;
}

type Client = Database | Prisma.TransactionClient;

export class Outbox {
  constructor(private readonly db: Database) {}

  /** Adds messages; pass the transaction client to commit them with what caused them. */
  static async enqueue(client: Client, entries: readonly OutboxEntry[], now = new Date()): Promise<number[]> {
    const ids: number[] = [];
    for (const entry of entries) ids.push(Number((await Outbox.insert(client, entry, now))[0]!.id));
    return ids;
  }

  /** The insert of one message, as a statement to run alone or in a batch transaction. */
  static insert(client: Client, entry: OutboxEntry, now: Date) {
    return client.$queryRaw<Array<{ id: number }>>`INSERT INTO "OutboxMessage" ("channel", "chatId", "payload", "purpose", "reportId", "nextAttemptAt", "createdAt")
      VALUES (${entry.channel}, ${entry.chatId}, ${JSON.stringify(entry.reply)}, ${entry.purpose}, ${entry.reportId ?? null}, ${sqlTime(now)}, ${sqlTime(now)}) RETURNING "id"`;
  }

  /**
   * Claims up to `limit` messages due now (pending, retrying, or claimed by a process that died),
   * oldest first. One statement: SQLite runs it alone, so no message is claimed twice.
   */
  async claimDue(limit: number, now = new Date()): Promise<ClaimedMessage[]> {
    const rows = await this.db.$queryRaw<Array<{ id: number; channel: string; chatId: string; payload: string; purpose: string; reportId: number | null; attempts: number }>>`
      UPDATE "OutboxMessage" SET "status" = 'sending', "nextAttemptAt" = ${sqlTime(new Date(now.getTime() + DELIVERY.leaseMs))}
      WHERE "id" IN (SELECT "id" FROM "OutboxMessage" WHERE "status" IN ('pending', 'failed', 'sending') AND "nextAttemptAt" <= ${sqlTime(now)} ORDER BY "id" LIMIT ${limit})
      RETURNING "id", "channel", "chatId", "payload", "purpose", "reportId", "attempts"`;
    return rows
      .map((row) => ({ id: Number(row.id), channel: row.channel as Channel, chatId: row.chatId, reply: JSON.parse(row.payload) as Reply, purpose: row.purpose as OutboxPurpose, reportId: row.reportId === null ? null : Number(row.reportId), attempts: Number(row.attempts) }))
      .sort((a, b) => a.id - b.id);
  }

  async markSent(id: number, sentMessageId: string | undefined, now = new Date()): Promise<void> {
    await this.db.$executeRaw`UPDATE "OutboxMessage" SET "status" = 'sent', "sentAt" = ${sqlTime(now)}, "sentMessageId" = ${sentMessageId ?? null}, "attempts" = "attempts" + 1, "lastError" = NULL WHERE "id" = ${id}`;
  }

  /** Schedules another attempt, or gives up after `DELIVERY.maxAttempts` or on a permanent failure. */
  async markFailed(message: ClaimedMessage, error: string, options: { permanent: boolean; retryAfterMs?: number }, now = new Date()): Promise<OutboxStatus> {
    const attempts = message.attempts + 1;
    const status: OutboxStatus = options.permanent || attempts >= DELIVERY.maxAttempts ? "undeliverable" : "failed";
    const delay = options.retryAfterMs ?? Math.min(DELIVERY.firstRetryMs * 2 ** (attempts - 1), DELIVERY.maxRetryMs);
    await this.db.outboxMessage.update({
      where: { id: message.id },
      data: { status, attempts, lastError: error.slice(0, 500), nextAttemptAt: new Date(now.getTime() + delay) },
    });
    return status;
  }

  /** The outbox row that delivered a given platform message (a staff card, to match replies to it). */
  async findBySentMessage(channel: Channel, chatId: string, sentMessageId: string): Promise<{ reportId: number | null; purpose: string } | undefined> {
    const row = await this.db.outboxMessage.findFirst({ where: { channel, chatId, sentMessageId }, select: { reportId: true, purpose: true } });
    return row ?? undefined;
  }

  /** Messages waiting or retrying (for health checks and tests). */
  async backlog(): Promise<number> {
    return this.db.outboxMessage.count({ where: { status: { in: ["pending", "sending", "failed"] } } });
  }
}
