/** Messages of the local web chat, kept until the browser fetches them. */
import type { Reply } from "../core/messages.js";
import type { Database } from "./database.js";

/** A message of the web chat: the assistant's reply, or what the person typed (`mine`). */
export type WebChatEntry = { readonly id: number; readonly createdAt: Date } & ({ readonly reply: Reply } | { readonly mine: string });

/** Messages older than this are dropped: the web chat is a place to try the assistant, not an archive. */
export const WEB_CHAT_RETENTION_MS = 7 * 24 * 3600 * 1000;

export class WebChatMessages {
  constructor(private readonly db: Database) {}

  async add(chatId: string, reply: Reply): Promise<number> {
    const row = await this.db.webChatMessage.create({ data: { chatId, payload: JSON.stringify({ reply }) } });
    return row.id;
  }

  /** What the person typed, so a reloaded page shows the whole conversation. */
  async addMine(chatId: string, text: string): Promise<number> {
    const row = await this.db.webChatMessage.create({ data: { chatId, payload: JSON.stringify({ mine: text }) } });
    return row.id;
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
