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

/** Characters of a question kept in the log. */
export const QUESTION_LOG_CHARS = 2000;

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
        // The log is for reading what was asked: a pasted 20,000-character text is kept in part.
        question: entry.question.slice(0, QUESTION_LOG_CHARS),
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

  /**
   * Records 👍 (1) or 👎 (-1) from the chat the answer was given in; the latest vote counts. False when
   * the question is unknown or was asked in another chat (a forged button).
   */
  async vote(id: number, vote: 1 | -1, channel: Channel, chatId: string): Promise<boolean> {
    const { count } = await this.db.questionLog.updateMany({ where: { id, chatRef: this.pseudonym(`${channel}:${chatId}`) }, data: { vote } });
    return count === 1;
  }
}
