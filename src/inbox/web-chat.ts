/** Messages of the local web chat, kept until the browser fetches them. */
import type { Reply } from "../core/messages.js";
import { wellFormedJson } from "../core/text.js";
import type { Database } from "./database.js";
import { Prisma } from "./generated/client.js";
import { sqlTime, type SqlDialect } from "./sql.js";

/** A message of the web chat: the assistant's reply, or what the person typed (`mine`). */
export type WebChatEntry = { readonly id: number; readonly createdAt: Date } & ({ readonly reply: Reply } | { readonly mine: string });

/** Messages older than this are dropped: the web chat is a place to try the assistant, not an archive. */
export const WEB_CHAT_RETENTION_MS = 7 * 24 * 3600 * 1000;

export class WebChatMessages {
  constructor(private readonly db: Database) {}

  /**
   * Adds a reply. With a `key` (an outbox message's), the reply is stored once however often it is
   * delivered: a crash between storing it and recording the delivery repeats nothing.
   */
  async add(chatId: string, reply: Reply, key?: string): Promise<number> {
    const payload = wellFormedJson({ reply });
    if (key === undefined) return (await this.db.webChatMessage.create({ data: { chatId, payload } })).id;
    return (await this.db.webChatMessage.upsert({ where: { sourceKey: key }, create: { chatId, payload, sourceKey: key }, update: {}, select: { id: true } })).id;
  }

  /**
   * What the person typed, so that a reloaded page shows the whole conversation: a statement to
   * commit with the message it belongs to (see Intake.accept), stored once per `key`.
   */
  mine(chatId: string, text: string, key: string, now = new Date()): Prisma.Sql {
    return Prisma.sql`INSERT INTO "WebChatMessage" ("chatId", "payload", "createdAt", "sourceKey") VALUES (${chatId}, ${wellFormedJson({ mine: text })}, ${sqlTime(now)}, ${key}) ON CONFLICT ("sourceKey") DO NOTHING`;
  }

  /**
   * The statement that shows an outbox message in the chat, to run right after the statement that
   * inserted the outbox row (keyed on the id that statement gave it).
   */
  static fromOutbox(sql: SqlDialect, chatId: string, reply: Reply, now: Date): Prisma.Sql {
    return Prisma.sql`INSERT INTO "WebChatMessage" ("chatId", "payload", "createdAt", "sourceKey") VALUES (${chatId}, ${wellFormedJson({ reply })}, ${sqlTime(now)}, 'outbox:' || ${sql.lastOutboxId})`;
  }

  /** Messages of a chat after the given id, oldest first. */
  async since(chatId: string, afterId: number, limit = 50): Promise<WebChatEntry[]> {
    const rows = await this.db.webChatMessage.findMany({ where: { chatId, id: { gt: afterId } }, orderBy: { id: "asc" }, take: limit });
    return rows.map((row) => ({ id: row.id, createdAt: row.createdAt, ...(JSON.parse(row.payload) as { reply: Reply } | { mine: string }) }));
  }

  async prune(now = new Date()): Promise<number> {
    const { count } = await this.db.webChatMessage.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - WEB_CHAT_RETENTION_MS) } } });
    return count;
  }
}
