/**
 * Per-chat conversation state (a feedback form in progress, the previous question, an open menu),
 * kept in the database so that a restart in the middle of a flow resumes it, and in memory so that
 * the next message of a chat does not read it back. The write-through cache assumes one process
 * handles every chat (SQLite); where several instances share the database, one chat's consecutive
 * messages may be handled by different instances, so there is no cache (`cacheSize` 0) and every
 * message reads its chat's row. Stored as JSON; the assistant validates what it reads.
 */
import type { Channel } from "../core/messages.js";
import { sqlRunner, type Database, type SqlRunner } from "./database.js";
import { Prisma } from "./generated/client.js";
import { fromSqlTime, sqlTime } from "./sql.js";

/** Chats whose state stays in memory; older ones are read from the database again when needed. */
export const STATE_CACHE_SIZE = 10_000;

interface Entry {
  readonly data: string;
  readonly expiresAt: number;
}

export class ConversationStates {
  private readonly cache = new Map<string, Entry | null>();
  private readonly run: SqlRunner;

  /** @param cacheSize chats kept in memory; 0 when other instances write the same states */
  constructor(
    private readonly db: Database,
    private readonly cacheSize = STATE_CACHE_SIZE,
  ) {
    this.run = sqlRunner(db);
  }

  /** The stored state, or undefined when there is none or it has expired. */
  async load(channel: Channel, chatId: string, now = new Date()): Promise<unknown> {
    const key = `${channel}:${chatId}`;
    let entry = this.cache.get(key);
    if (entry === undefined) {
      const rows = await this.run.query<{ data: string; expiresAt: unknown }>(Prisma.sql`SELECT "data", "expiresAt" FROM "ConversationState" WHERE "channel" = ${channel} AND "chatId" = ${chatId}`);
      const row = rows[0];
      entry = row ? { data: row.data, expiresAt: fromSqlTime(row.expiresAt).getTime() } : null;
      this.remember(key, entry);
    }
    if (!entry || entry.expiresAt <= now.getTime()) return undefined;
    try {
      return JSON.parse(entry.data);
    } catch {
      return undefined;
    }
  }

  async save(channel: Channel, chatId: string, data: unknown, ttlMs: number, now = new Date()): Promise<void> {
    const entry = { data: JSON.stringify(data), expiresAt: now.getTime() + ttlMs };
    await this.run.execute(Prisma.sql`INSERT INTO "ConversationState" ("channel", "chatId", "data", "updatedAt", "expiresAt") VALUES (${channel}, ${chatId}, ${entry.data}, ${sqlTime(now)}, ${sqlTime(new Date(entry.expiresAt))})
      ON CONFLICT ("channel", "chatId") DO UPDATE SET "data" = excluded."data", "updatedAt" = excluded."updatedAt", "expiresAt" = excluded."expiresAt"`);
    this.remember(`${channel}:${chatId}`, entry);
  }

  async clear(channel: Channel, chatId: string): Promise<void> {
    const key = `${channel}:${chatId}`;
    if (this.cache.get(key) === null) return;
    await this.db.$executeRaw`DELETE FROM "ConversationState" WHERE "channel" = ${channel} AND "chatId" = ${chatId}`;
    this.remember(key, null);
  }

  /** Deletes expired states. */
  async prune(now = new Date()): Promise<number> {
    this.cache.clear();
    const { count } = await this.db.conversationState.deleteMany({ where: { expiresAt: { lte: now } } });
    return count;
  }

  private remember(key: string, entry: Entry | null): void {
    if (this.cacheSize === 0) return;
    this.cache.delete(key);
    this.cache.set(key, entry);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
  }
}
