/**
 * Reply templates: texts staff start a reply from, kept by admins for a topic and a status, or for
 * every topic or status ("chung"). A report page offers the ones that fit the report.
 */
import type { Database } from "./database.js";
import type { ReplyTemplate } from "./generated/client.js";

export type { ReplyTemplate };

/** What an admin writes; `topic` and `status` null mean "every". */
export interface ReplyTemplateInput {
  readonly title: string;
  readonly topic: string | null;
  readonly status: string | null;
  readonly body: string;
}

/** Who wrote a template last. */
export interface TemplateAuthor {
  readonly id: number;
  readonly name: string;
}

/** The stored reply templates. */
export class ReplyTemplates {
  constructor(private readonly db: Database) {}

  /** Every template: general ones first, then by topic, status and title. */
  async all(): Promise<ReplyTemplate[]> {
    return this.db.replyTemplate.findMany({ orderBy: [{ topic: "asc" }, { status: "asc" }, { title: "asc" }, { id: "asc" }] });
  }

  async find(id: number): Promise<ReplyTemplate | undefined> {
    return (await this.db.replyTemplate.findUnique({ where: { id } })) ?? undefined;
  }

  /** The templates for a report of this topic and status: its own first, then the general ones. */
  async fitting(topic: string, status: string): Promise<ReplyTemplate[]> {
    const rows = await this.db.replyTemplate.findMany({ where: { AND: [{ OR: [{ topic }, { topic: null }] }, { OR: [{ status }, { status: null }] }] } });
    const rank = (row: ReplyTemplate) => (row.topic === null ? 2 : 0) + (row.status === null ? 1 : 0);
    return rows.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, "vi") || a.id - b.id);
  }

  async create(input: ReplyTemplateInput, author: TemplateAuthor): Promise<ReplyTemplate> {
    return this.db.replyTemplate.create({ data: { ...input, updatedById: author.id, updatedByName: author.name } });
  }

  /** Rewrites a template; undefined when there is none with this id (deleted meanwhile). */
  async update(id: number, input: ReplyTemplateInput, author: TemplateAuthor): Promise<ReplyTemplate | undefined> {
    const { count } = await this.db.replyTemplate.updateMany({ where: { id }, data: { ...input, updatedById: author.id, updatedByName: author.name } });
    return count ? this.find(id) : undefined;
  }

  /** Deletes a template; the deleted one, or undefined when it was already gone. */
  async delete(id: number): Promise<ReplyTemplate | undefined> {
    const template = await this.find(id);
    if (template) await this.db.replyTemplate.deleteMany({ where: { id } });
    return template;
  }
}
