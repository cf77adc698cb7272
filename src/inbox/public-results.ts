/**
 * Public results ("Kết quả giải quyết phản ánh", resolution III.3: people are told the results):
 * staff publish a resolved report with a summary of the outcome that holds no personal data, or
 * withdraw it; the public page lists what is published — topic, area, dates, summary, rating, never
 * the description, contact or attachments — with figures per month over all reports.
 */
import { findPersonalData } from "../core/privacy.js";
import type { Actor } from "./reports.js";
import type { Database } from "./database.js";

/** Named limits of a public summary. */
export const SUMMARY_LIMITS = { min: 20, max: 1500 } as const;

/** Statuses a report can be published from: resolved, or closed after being resolved. */
export const PUBLISHABLE_STATUSES: ReadonlySet<string> = new Set(["da_giai_quyet", "dong"]);

/** Statuses not counted as received: spam and duplicates (their original is counted). */
const NOT_COUNTED = ["tu_choi", "trung_lap"];

/** One published result, as the public page and the feed show it. */
export interface PublicResult {
  readonly code: string;
  readonly topic: string;
  readonly area: string | null;
  readonly createdAt: Date;
  readonly resolvedAt: Date | null;
  readonly dueAt: Date;
  readonly rating: number | null;
  readonly summary: string;
  readonly publishedAt: Date;
}

/** The figures of one month ("2026-11"), over every report. */
export interface MonthFigures {
  readonly month: string;
  readonly received: number;
  readonly resolved: number;
  readonly resolvedOnTime: number;
  /** Over the reports resolved that month and rated; null when none was rated. */
  readonly averageRating: number | null;
  readonly ratings: number;
}

/** Why a report was not published. */
export type PublishRefusal = "unknown" | "not_resolved" | "personal_data" | "length";

/** Publishes and withdraws results, and reads them for the public page. */
export class PublicResults {
  constructor(private readonly db: Database) {}

  /** Why `summary` cannot be published as it is (the staff form says so), or undefined. */
  static check(summary: string): "personal_data" | "length" | undefined {
    const trimmed = summary.trim();
    if (trimmed.length < SUMMARY_LIMITS.min || trimmed.length > SUMMARY_LIMITS.max) return "length";
    return findPersonalData(trimmed).length ? "personal_data" : undefined;
  }

  /** Publishes (or rewrites) the result of a resolved report; recorded in its trail. */
  async publish(code: string, summary: string, actor: Actor, now = new Date()): Promise<{ ok: true } | { ok: false; reason: PublishRefusal }> {
    const problem = PublicResults.check(summary);
    if (problem) return { ok: false, reason: problem };
    const report = await this.db.report.findUnique({ where: { code }, select: { id: true, status: true, resolvedAt: true } });
    if (!report) return { ok: false, reason: "unknown" };
    if (!PUBLISHABLE_STATUSES.has(report.status) || !report.resolvedAt) return { ok: false, reason: "not_resolved" };
    const text = summary.trim();
    await this.db.report.update({
      where: { id: report.id },
      data: { publicSummary: text, publishedAt: now, events: { create: { type: "published", text, actorType: actor.type, actorId: actor.id ?? null, actorName: actor.name ?? null, createdAt: now } } },
    });
    return { ok: true };
  }

  /** Takes a result off the public page; false when it was not published. */
  async withdraw(code: string, actor: Actor, now = new Date()): Promise<boolean> {
    const report = await this.db.report.findUnique({ where: { code }, select: { id: true, publishedAt: true } });
    if (!report?.publishedAt) return false;
    await this.db.report.update({
      where: { id: report.id },
      data: { publishedAt: null, events: { create: { type: "unpublished", actorType: actor.type, actorId: actor.id ?? null, actorName: actor.name ?? null, createdAt: now } } },
    });
    return true;
  }

  /** Published results, the latest first. */
  async list(take: number, skip = 0): Promise<PublicResult[]> {
    const rows = await this.db.report.findMany({
      where: { publishedAt: { not: null }, publicSummary: { not: null } },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take,
      skip,
      select: { code: true, topic: true, area: true, createdAt: true, resolvedAt: true, dueAt: true, rating: true, publicSummary: true, publishedAt: true },
    });
    return rows.map(({ publicSummary, publishedAt, ...row }) => ({ ...row, summary: publicSummary!, publishedAt: publishedAt! }));
  }

  /** How many results are published. */
  count(): Promise<number> {
    return this.db.report.count({ where: { publishedAt: { not: null }, publicSummary: { not: null } } });
  }

  /**
   * Figures of the last `months` months (this one included, latest first), by Vietnam's calendar:
   * reports received (spam and duplicates aside), resolved, resolved by their deadline, average rating.
   */
  async monthly(now = new Date(), months = 12): Promise<MonthFigures[]> {
    const keys = Array.from({ length: months }, (_, back) => monthKey(new Date(Date.UTC(vnYear(now), vnMonth(now) - back, 15))));
    const start = new Date(Date.UTC(vnYear(now), vnMonth(now) - months + 1, 1) - VN_OFFSET_MS);
    const rows = await this.db.report.findMany({
      where: { OR: [{ createdAt: { gte: start } }, { resolvedAt: { gte: start } }] },
      select: { status: true, createdAt: true, resolvedAt: true, dueAt: true, rating: true },
    });
    const figures = new Map(keys.map((key) => [key, { received: 0, resolved: 0, resolvedOnTime: 0, ratingSum: 0, ratings: 0 }]));
    for (const row of rows) {
      const created = figures.get(monthKey(row.createdAt));
      if (created && !NOT_COUNTED.includes(row.status)) created.received++;
      const resolved = row.resolvedAt ? figures.get(monthKey(row.resolvedAt)) : undefined;
      if (!resolved || !row.resolvedAt) continue;
      resolved.resolved++;
      if (row.resolvedAt <= row.dueAt) resolved.resolvedOnTime++;
      if (row.rating !== null) {
        resolved.ratingSum += row.rating;
        resolved.ratings++;
      }
    }
    return keys.map((month) => {
      const { received, resolved, resolvedOnTime, ratingSum, ratings } = figures.get(month)!;
      return { month, received, resolved, resolvedOnTime, ratings, averageRating: ratings ? ratingSum / ratings : null };
    });
  }
}

/** Vietnam is UTC+7 all year: a month begins at 17:00 UTC the day before. */
const VN_OFFSET_MS = 7 * 3600_000;

function vnYear(date: Date): number {
  return new Date(date.getTime() + VN_OFFSET_MS).getUTCFullYear();
}

function vnMonth(date: Date): number {
  return new Date(date.getTime() + VN_OFFSET_MS).getUTCMonth();
}

/** "2026-11": the month of a moment in Vietnam. */
export function monthKey(date: Date): string {
  const local = new Date(date.getTime() + VN_OFFSET_MS);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, "0")}`;
}
