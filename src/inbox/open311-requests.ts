/**
 * Reports as the Open311 API shows them: those published on the public results page (/ket-qua) and
 * those other applications filed through the API (whose code that application already has), with
 * public fields only — code, topic, area, status, dates and the public summary, never the
 * description, contact, location or photos. Every other report does not exist for the API.
 */
import type { Database } from "./database.js";
import type { Prisma } from "./generated/client.js";
import type { ReportChannel } from "./reports.js";

/** The channel of reports filed through the API. */
export const OPEN311_CHANNEL = "open311" satisfies ReportChannel;

/** One report as the API may show it. */
export interface Open311Row {
  readonly code: string;
  readonly topic: string;
  readonly area: string | null;
  readonly status: string;
  readonly createdAt: Date;
  readonly dueAt: Date;
  /** The last change the public may know of: filed, first answered, resolved, published. */
  readonly updatedAt: Date;
  /** What staff published of the outcome; null when not published. */
  readonly summary: string | null;
}

/** What an Open311 query asks for: codes, topic, and when reports were filed (`from` inclusive, `to` exclusive). */
export interface Open311Filter {
  readonly codes?: readonly string[];
  readonly topic?: string;
  readonly from?: Date;
  readonly to?: Date;
}

/** Published, or filed through the API. */
const VISIBLE: Prisma.ReportWhereInput = { OR: [{ publishedAt: { not: null }, publicSummary: { not: null } }, { channel: OPEN311_CHANNEL }] };

export class Open311Requests {
  constructor(private readonly db: Database) {}

  /** Reports the API shows that match the filter, the latest filed first. */
  async find(filter: Open311Filter, take: number): Promise<Open311Row[]> {
    const rows = await this.db.report.findMany({
      where: {
        AND: [
          VISIBLE,
          {
            ...(filter.codes ? { code: { in: [...filter.codes] } } : {}),
            ...(filter.topic ? { topic: filter.topic } : {}),
            ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
          },
        ],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      select: { code: true, topic: true, area: true, status: true, createdAt: true, dueAt: true, firstResponseAt: true, resolvedAt: true, publicSummary: true, publishedAt: true },
    });
    return rows.map((row) => ({
      code: row.code,
      topic: row.topic,
      area: row.area,
      status: row.status,
      createdAt: row.createdAt,
      dueAt: row.dueAt,
      // Not the row's updatedAt: an internal note changes that, and notes are not the public's.
      updatedAt: new Date(Math.max(...[row.createdAt, row.firstResponseAt, row.resolvedAt, row.publishedAt].filter((date) => date !== null).map((date) => date.getTime()))),
      summary: row.publishedAt ? row.publicSummary : null,
    }));
  }

  /** The code of a report filed since `since` whose source key starts with `sourcePrefix` (a retried request). */
  async filedSince(sourcePrefix: string, since: Date): Promise<string | undefined> {
    const row = await this.db.report.findFirst({ where: { sourceKey: { startsWith: sourcePrefix }, createdAt: { gte: since } }, orderBy: { id: "desc" }, select: { code: true } });
    return row?.code;
  }
}
