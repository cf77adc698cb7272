/** Idempotent update handling: each (channel, update id) is handled once, whatever the platform redelivers. */
import type { Channel } from "../core/messages.js";
import type { Database } from "./database.js";
import { sqlTime } from "./sql.js";

/** How long handled update ids are remembered; platforms redeliver within minutes, not days. */
export const PROCESSED_UPDATE_RETENTION_MS = 7 * 24 * 3600 * 1000;

export class ProcessedUpdates {
  constructor(private readonly db: Database) {}

  /** Records the update; false when it was already recorded (a duplicate delivery). */
  async claim(channel: Channel, updateId: string, now = new Date()): Promise<boolean> {
    const inserted = await this.db.$executeRaw`INSERT OR IGNORE INTO "ProcessedUpdate" ("channel", "updateId", "createdAt") VALUES (${channel}, ${updateId}, ${sqlTime(now)})`;
    return inserted === 1;
  }

  /** Whether the update was handled already (a browser resending a message). */
  async has(channel: Channel, updateId: string): Promise<boolean> {
    return (await this.db.processedUpdate.count({ where: { channel, updateId } })) > 0;
  }

  /** Forgets old update ids. */
  async prune(now = new Date()): Promise<number> {
    const { count } = await this.db.processedUpdate.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - PROCESSED_UPDATE_RETENTION_MS) } } });
    return count;
  }
}
