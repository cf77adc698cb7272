/**
 * What cadres asked, for the staff's questions page: the text, channel, a pseudonymous chat
 * reference, the sections returned, declined or not, latency and the 👍/👎 vote.
 */
import type { Channel } from "../core/messages.js";
import type { Pseudonymizer } from "../core/pseudonym.js";
import type { Database } from "./database.js";

export interface QuestionRecord {
  readonly channel: Channel;
  readonly chatId: string;
  readonly question: string;
  readonly sections: readonly string[];
  readonly declined: boolean;
  readonly mode: string;
  readonly latencyMs: number;
}

export class QuestionLog {
  /** @param pseudonym replaces chat ids: the same chat is recognisable across questions, the person is not. */
  constructor(
    private readonly db: Database,
    private readonly pseudonym: Pseudonymizer,
  ) {}

  /** Stores a question; returns its id (for the vote buttons). */
  async record(entry: QuestionRecord): Promise<number> {
    const row = await this.db.questionLog.create({
      data: {
        channel: entry.channel,
        chatRef: this.pseudonym(`${entry.channel}:${entry.chatId}`),
        question: entry.question,
        sections: JSON.stringify(entry.sections),
        declined: entry.declined,
        mode: entry.mode,
        latencyMs: Math.round(entry.latencyMs),
      },
    });
    return row.id;
  }

  /** Recent questions, newest first; optionally only declined ones or only those voted 👎. */
  async recent(filter: { declined?: boolean; downvoted?: boolean } = {}, limit = 200) {
    return this.db.questionLog.findMany({
      where: { ...(filter.declined ? { declined: true } : {}), ...(filter.downvoted ? { vote: -1 } : {}) },
      orderBy: { id: "desc" },
      take: limit,
    });
  }

  /** Records 👍 (1) or 👎 (-1); the latest vote counts. False when the question is unknown. */
  async vote(id: number, vote: 1 | -1): Promise<boolean> {
    const { count } = await this.db.questionLog.updateMany({ where: { id }, data: { vote } });
    return count === 1;
  }
}
