/**
 * The outbox: every message tied to a report (the tracking code, status changes, staff replies,
 * rating requests, the staff card) is written here in the same transaction as what caused it, and a
 * dispatcher delivers it with retries and backoff. A crash loses nothing: undelivered rows are picked
 * up again after a restart.
 *
 * Messages of one chat go out in order: only the first unfinished message of a chat (by priority,
 * then age) can be claimed, so a chat that is throttled or failing holds back only itself. Citizens'
 * messages have a lower priority number than staff messages and go first when a platform's overall
 * limit makes messages wait; in the staff group an urgent card goes before routine ones.
 *
 * The hot statements are SQL (see src/inbox/sql.ts). A row is claimed ("sending", with a lease),
 * waits for the platform's limits, is stamped `sendingAt` right before the platform call and marked
 * "sent" right after. Telegram and Zalo have no idempotency key, so a crash after the call began
 * leaves a message that may or may not have arrived: it becomes "unconfirmed" (see
 * `settleUnconfirmed`), shown to staff, and is not sent again — a second copy of a tracking code is
 * what the platform would show every time, a lost one only when the crash fell between the stamp
 * and the request leaving (a few turns of the event loop on a loaded machine). A crash before the
 * stamp sends it normally.
 * Messages to the web chat are delivered in the transaction that writes them (see `inserts`):
 * exactly once.
 */
import { CHANNELS, type Channel, type Reply } from "../core/messages.js";
import { sqlRunner, type Database, type SqlRunner } from "./database.js";
import { Prisma } from "./generated/client.js";
import { wellFormedJson } from "../core/text.js";
import { fromSqlTime, sqlTime, type SqlDialect } from "./sql.js";
import { WebChatMessages } from "./web-chat.js";

/** Why a message is sent; the staff see it next to its delivery state. */
export type OutboxPurpose = "tracking_code" | "status" | "staff_reply" | "rating_request" | "staff_card" | "unit_card" | "unit_reminder" | "staff_update" | "notice";

export type OutboxStatus = "pending" | "sending" | "sent" | "failed" | "undeliverable" | "unconfirmed";

/** Priorities: lower goes first. */
export const PRIORITY = {
  /** Citizens: tracking codes, notices, replies. */
  citizen: 0,
  /** A staff card of an urgent report: its own card, before routine staff messages. */
  urgentStaff: 1,
  /** Other staff messages; routine cards waiting together are sent as one digest. */
  staff: 2,
} as const;

export interface OutboxEntry {
  readonly channel: Channel;
  readonly chatId: string;
  readonly reply: Reply;
  readonly purpose: OutboxPurpose;
  readonly reportId?: number;
  /** `PRIORITY.citizen` when left out. */
  readonly priority?: number;
  /** A line about the report: routine staff cards with one are combined when several wait. */
  readonly summary?: string;
}

/** Why staff see a message as unconfirmed. */
export const UNCONFIRMED_REASON = "Máy chủ dừng đột ngột đúng lúc đang gửi tin này, nên không biết tin đã tới người nhận hay chưa. Tin không được gửi lại để người nhận không phải nhận hai lần; nếu cần, hãy báo lại cho người nhận (người phản ánh có thể gõ /theodoi để xem lại mã phản ánh của mình).";

/** Named defaults of delivery. */
export const DELIVERY = {
  /**
   * A claimed row is considered abandoned (its process died) after this long; the dispatcher renews
   * the claims of its deliveries under way every `renewEveryMs`.
   */
  leaseMs: 3000,
  renewEveryMs: 1000,
  /**
   * After this many failed attempts the message is marked undeliverable and shown to staff: with the
   * backoff below, about 12 hours, so that a platform outage of an afternoon loses nothing.
   */
  maxAttempts: 20,
  /** Backoff: 2 s, 4 s, 8 s … capped at one hour. */
  firstRetryMs: 2_000,
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
  readonly priority: number;
  readonly summary: string | null;
  readonly createdAt: Date;
}

/** Messages waiting in one channel, for the health check and the metrics. */
export interface OutboxBacklog {
  readonly channel: Channel;
  readonly count: number;
  readonly oldest: Date;
}

type ClaimedRow = { id: number; channel: string; chatId: string; payload: string; purpose: string; reportId: number | null; attempts: number; priority: number; summary: string | null; createdAt: unknown };

type Client = Database | Prisma.TransactionClient;

export class Outbox {
  private readonly run: SqlRunner;

  /** @param owner this process's instance name, recorded on its claims (see `reclaimOwn`) */
  constructor(
    private readonly db: Database,
    private readonly sql: SqlDialect,
    private readonly owner: string,
  ) {
    this.run = sqlRunner(db);
  }

  /** Adds messages; pass the transaction client to commit them with what caused them. */
  static async enqueue(client: Client, sql: SqlDialect, entries: readonly OutboxEntry[], now = new Date()): Promise<void> {
    for (const entry of entries) for (const statement of Outbox.inserts(sql, entry, now)) await client.$executeRaw(statement);
  }

  /**
   * The statements that add one message, to run in order in a transaction. The web chat keeps its
   * messages in this database, so a message to it is delivered right here, in the transaction that
   * caused it: recorded as sent, and shown to the browser once and at once.
   */
  static inserts(sql: SqlDialect, entry: OutboxEntry, now: Date): Prisma.Sql[] {
    const at = sqlTime(now);
    const local = entry.channel === "web";
    const row = Prisma.sql`INSERT INTO "OutboxMessage" ("channel", "chatId", "payload", "purpose", "reportId", "priority", "summary", "status", "attempts", "sentAt", "nextAttemptAt", "createdAt")
      VALUES (${entry.channel}, ${entry.chatId}, ${wellFormedJson(entry.reply)}, ${entry.purpose}, ${entry.reportId ?? null}, ${entry.priority ?? PRIORITY.citizen}, ${entry.summary ?? null},
        ${local ? "sent" : "pending"}, ${local ? 1 : 0}, ${local ? at : null}, ${at}, ${at})`;
    return local ? [row, WebChatMessages.fromOutbox(sql, entry.chatId, entry.reply, now)] : [row];
  }

  /**
   * Claims up to `limit` messages of a channel: of each chat, the first unfinished message (by
   * priority, then age) when it is due (pending, retrying, or claimed by a process that died),
   * oldest first. Across chats, priorities are applied where messages wait for the platform's limits
   * (the `SendGate`): claiming by priority here would starve the staff group, whose one message at a
   * time would never make the cut while citizens' messages wait. One statement: SQLite runs it
   * alone, so no message is claimed twice.
   */
  async claimHeads(channel: Channel, limit: number, now = new Date()): Promise<ClaimedMessage[]> {
    if (limit <= 0) return [];
    const rows = await this.run.query<ClaimedRow>(Prisma.sql`
      UPDATE "OutboxMessage" SET "status" = 'sending', "nextAttemptAt" = ${sqlTime(new Date(now.getTime() + DELIVERY.leaseMs))}, "claimedBy" = ${this.owner}
      WHERE "id" IN (
        SELECT o."id" FROM "OutboxMessage" o
        WHERE o."channel" = ${channel} AND o."status" IN ('pending', 'failed', 'sending') AND o."nextAttemptAt" <= ${sqlTime(now)} AND o."sendingAt" IS NULL
          AND NOT EXISTS (
            SELECT 1 FROM "OutboxMessage" p
            WHERE p."channel" = o."channel" AND p."chatId" = o."chatId" AND p."status" IN ('pending', 'failed', 'sending')
              AND (p."priority" < o."priority" OR (p."priority" = o."priority" AND p."id" < o."id")))
        ORDER BY o."id" LIMIT ${limit} ${this.sql.skipLocked})
      RETURNING "id", "channel", "chatId", "payload", "purpose", "reportId", "attempts", "priority", "summary", "createdAt"`);
    return rows.map(claimed).sort((a, b) => a.id - b.id);
  }

  /**
   * Claims up to `limit` more routine staff messages with a summary waiting for the same chat (not
   * `exceptId`, already claimed), oldest first: they go out together as one digest.
   */
  async claimCombinable(channel: Channel, chatId: string, exceptId: number, limit: number, now = new Date()): Promise<ClaimedMessage[]> {
    if (limit <= 0) return [];
    const rows = await this.db.$queryRaw<ClaimedRow[]>`
      UPDATE "OutboxMessage" SET "status" = 'sending', "nextAttemptAt" = ${sqlTime(new Date(now.getTime() + DELIVERY.leaseMs))}, "claimedBy" = ${this.owner}
      WHERE "id" IN (
        SELECT "id" FROM "OutboxMessage"
        WHERE "channel" = ${channel} AND "chatId" = ${chatId} AND "status" = 'pending' AND "summary" IS NOT NULL AND "priority" = ${PRIORITY.staff} AND "id" <> ${exceptId}
        ORDER BY "id" LIMIT ${limit} ${this.sql.skipLocked})
      RETURNING "id", "channel", "chatId", "payload", "purpose", "reportId", "attempts", "priority", "summary", "createdAt"`;
    return rows.map(claimed).sort((a, b) => a.id - b.id);
  }

  /**
   * Stamps claimed messages as being sent now, right before their platform calls: from here a crash
   * makes them unconfirmed rather than due again. Stamps only those still this process's claims (a
   * lease that ran out may have let another process take one over) and returns their ids.
   */
  async beginSending(ids: readonly number[], now = new Date()): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await this.run.query<{ id: number }>(Prisma.sql`UPDATE "OutboxMessage" SET "sendingAt" = ${sqlTime(now)}
      WHERE "status" = 'sending' AND "claimedBy" = ${this.owner} AND "sendingAt" IS NULL AND "id" IN (${Prisma.join(ids)})
      RETURNING "id"`);
    return new Set(rows.map((row) => Number(row.id)));
  }

  /** Takes the stamp of `beginSending` back from messages that were not sent after all (a digest partly taken over). */
  async cancelSending(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.$executeRaw`UPDATE "OutboxMessage" SET "sendingAt" = NULL WHERE "status" = 'sending' AND "claimedBy" = ${this.owner} AND "id" IN (${Prisma.join(ids)})`;
  }

  /**
   * Marks "unconfirmed" the messages whose platform call began in a process that then died (still
   * "sending", stamped, claim run out): the platform may have taken them, and sending them again
   * could repeat them. Staff see them with the reason. Returns them, for the log.
   */
  async settleUnconfirmed(now = new Date()): Promise<Array<{ id: number; channel: string; purpose: string }>> {
    // The channels named so that the statement reads the (channel, status, nextAttemptAt) index, not the table.
    const rows = await this.run.query<{ id: number; channel: string; purpose: string }>(Prisma.sql`
      UPDATE "OutboxMessage" SET "status" = 'unconfirmed', "attempts" = "attempts" + 1,
        "lastError" = 'the process stopped during the platform call: not sent again, so as not to repeat it',
        "staffReason" = ${UNCONFIRMED_REASON}
      WHERE "channel" IN (${Prisma.join(CHANNELS)}) AND "status" = 'sending' AND "nextAttemptAt" <= ${sqlTime(now)} AND "sendingAt" IS NOT NULL
      RETURNING "id", "channel", "purpose"`);
    return rows.map((row) => ({ id: Number(row.id), channel: row.channel, purpose: row.purpose }));
  }

  /** Records the delivery of messages (several for a digest, all with its message id). */
  async markSent(ids: readonly number[], sentMessageId: string | undefined, now = new Date()): Promise<void> {
    if (ids.length === 0) return;
    await this.run.execute(Prisma.sql`UPDATE "OutboxMessage" SET "status" = 'sent', "sentAt" = ${sqlTime(now)}, "sentMessageId" = ${sentMessageId ?? null}, "attempts" = "attempts" + 1, "lastError" = NULL, "staffReason" = NULL
      WHERE "id" IN (${Prisma.join(ids)})`);
  }

  /**
   * Makes the deliveries an earlier run of this instance left under way (it died sending them) due
   * now, instead of when their leases run out; see `Intake.reclaimOwn`. Those whose platform call had
   * begun are then settled as unconfirmed (`settleUnconfirmed`), the others sent.
   */
  async reclaimOwn(now = new Date()): Promise<number> {
    return this.db.$executeRaw`UPDATE "OutboxMessage" SET "nextAttemptAt" = ${sqlTime(now)} WHERE "status" = 'sending' AND "claimedBy" = ${this.owner} AND "nextAttemptAt" > ${sqlTime(now)}`;
  }

  /** Keeps the claims of deliveries under way. */
  async renew(ids: readonly number[], now = new Date()): Promise<void> {
    if (ids.length === 0) return;
    await this.db.$executeRaw`UPDATE "OutboxMessage" SET "nextAttemptAt" = ${sqlTime(new Date(now.getTime() + DELIVERY.leaseMs))} WHERE "status" = 'sending' AND "id" IN (${Prisma.join(ids)})`;
  }

  /**
   * Gives claimed messages back unsent (a graceful stop): due at once. One whose platform call began
   * stays as it is, to be settled as unconfirmed.
   */
  async release(ids: readonly number[], now = new Date()): Promise<void> {
    if (ids.length === 0) return;
    await this.db.$executeRaw`UPDATE "OutboxMessage" SET "status" = 'pending', "nextAttemptAt" = ${sqlTime(now)} WHERE "status" = 'sending' AND "sendingAt" IS NULL AND "id" IN (${Prisma.join(ids)})`;
  }

  /**
   * Schedules another attempt, or gives up: on a permanent failure, or after `DELIVERY.maxAttempts`
   * (or the failure's own `maxAttempts`, when lower). `error` is for operators, `staffReason` (in
   * Vietnamese) for the staff who see the message's delivery state.
   */
  async markFailed(
    message: ClaimedMessage,
    error: string,
    options: { permanent: boolean; retryAfterMs?: number; maxAttempts?: number; staffReason?: string },
    now = new Date(),
  ): Promise<OutboxStatus> {
    const attempts = message.attempts + 1;
    const limit = Math.min(DELIVERY.maxAttempts, options.maxAttempts ?? DELIVERY.maxAttempts);
    const status: OutboxStatus = options.permanent || attempts >= limit ? "undeliverable" : "failed";
    const delay = options.retryAfterMs ?? Math.min(DELIVERY.firstRetryMs * 2 ** (attempts - 1), DELIVERY.maxRetryMs);
    await this.db.outboxMessage.update({
      where: { id: message.id },
      data: { status, attempts, lastError: error.slice(0, 500), staffReason: options.staffReason?.slice(0, 500) ?? null, nextAttemptAt: new Date(now.getTime() + delay), sendingAt: null },
    });
    return status;
  }

  /**
   * The report whose message was delivered as a given platform message (a staff card, to match
   * replies to it); undefined for a digest of several reports, or a message not from the outbox.
   */
  async findBySentMessage(channel: Channel, chatId: string, sentMessageId: string): Promise<{ reportId: number; purpose: string } | undefined> {
    const rows = await this.db.outboxMessage.findMany({ where: { channel, chatId, sentMessageId }, select: { reportId: true, purpose: true }, take: 2 });
    const [row] = rows;
    return rows.length === 1 && row?.reportId !== null && row !== undefined ? { reportId: row.reportId, purpose: row.purpose } : undefined;
  }

  /** Messages waiting or retrying, per channel, with the creation of the oldest. */
  async backlog(): Promise<OutboxBacklog[]> {
    const rows = await this.db.$queryRaw<Array<{ channel: string; count: number; oldest: unknown }>>`
      SELECT "channel", COUNT(*) AS "count", MIN("createdAt") AS "oldest" FROM "OutboxMessage" WHERE "status" IN ('pending', 'sending', 'failed') GROUP BY "channel"`;
    return rows.map((row) => ({ channel: row.channel as Channel, count: Number(row.count), oldest: fromSqlTime(row.oldest) }));
  }
}

function claimed(row: ClaimedRow): ClaimedMessage {
  return {
    id: Number(row.id),
    channel: row.channel as Channel,
    chatId: row.chatId,
    reply: JSON.parse(row.payload) as Reply,
    purpose: row.purpose as OutboxPurpose,
    reportId: row.reportId === null ? null : Number(row.reportId),
    attempts: Number(row.attempts),
    priority: Number(row.priority),
    summary: row.summary,
    createdAt: fromSqlTime(row.createdAt),
  };
}
