/**
 * Per-chat conversation state (a feedback form in progress, the previous question, an open menu),
 * kept in the database so that a restart in the middle of a flow resumes it. Stored as JSON; the
 * assistant validates what it reads back.
 */
import type { Channel } from "../core/messages.js";
import type { Database } from "./database.js";

export class ConversationStates {
  constructor(private readonly db: Database) {}

  /** The stored state, or undefined when there is none or it has expired. */
  async load(channel: Channel, chatId: string, now = new Date()): Promise<unknown> {
    const row = await this.db.conversationState.findUnique({ where: { channel_chatId: { channel, chatId } } });
    if (!row || row.expiresAt <= now) return undefined;
    try {
      return JSON.parse(row.data);
    } catch {
      return undefined;
    }
  }

  async save(channel: Channel, chatId: string, data: unknown, ttlMs: number, now = new Date()): Promise<void> {
    const values = { data: JSON.stringify(data), expiresAt: new Date(now.getTime() + ttlMs) };
    await this.db.conversationState.upsert({ where: { channel_chatId: { channel, chatId } }, create: { channel, chatId, ...values }, update: values });
  }

  async clear(channel: Channel, chatId: string): Promise<void> {
    await this.db.conversationState.deleteMany({ where: { channel, chatId } });
  }

  /** Deletes expired states. */
  async prune(now = new Date()): Promise<number> {
    const { count } = await this.db.conversationState.deleteMany({ where: { expiresAt: { lte: now } } });
    return count;
  }
}
