/** Answers staff wrote for questions cadres ask (see src/knowledge/curated.ts for how they are matched). */
import type { Database } from "./database.js";

export interface CuratedAnswerRow {
  readonly id: number;
  readonly question: string;
  readonly answer: string;
  readonly section: string;
  readonly active: boolean;
  readonly createdBy: string;
  readonly updatedAt: Date;
}

export class CuratedAnswers {
  constructor(private readonly db: Database) {}

  async active(): Promise<CuratedAnswerRow[]> {
    return this.db.curatedAnswer.findMany({ where: { active: true }, orderBy: { id: "asc" } });
  }

  async all(): Promise<CuratedAnswerRow[]> {
    return this.db.curatedAnswer.findMany({ orderBy: { id: "desc" } });
  }

  async create(entry: { question: string; answer: string; section: string; createdBy: string }): Promise<CuratedAnswerRow> {
    return this.db.curatedAnswer.create({ data: entry });
  }

  async setActive(id: number, active: boolean): Promise<void> {
    await this.db.curatedAnswer.updateMany({ where: { id }, data: { active } });
  }
}
