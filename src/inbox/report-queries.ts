/**
 * What the web inbox reads: filtered, searched and paged report lists, the dashboard's figures, CSV
 * rows, and open reports that look like a given one (duplicate candidates).
 */
import { tokenize } from "../core/text.js";
import { FINAL_STATUSES, STATUSES, type Status } from "../feedback/status.js";
import { TOPICS, type Topic } from "../feedback/taxonomy.js";
import type { Database } from "./database.js";
import type { Prisma } from "./generated/client.js";
import { searchFold, type ReportChannel } from "./reports.js";

/** Statuses still being worked on. */
export const OPEN_STATUSES: readonly Status[] = STATUSES.filter((status) => !FINAL_STATUSES.has(status) && status !== "da_giai_quyet");

export interface ReportFilters {
  /** A status, or "open" for every status still being worked on. */
  readonly status?: Status | "open";
  readonly topic?: Topic;
  readonly area?: string;
  readonly channel?: ReportChannel;
  readonly urgent?: boolean;
  readonly overdue?: boolean;
  readonly from?: Date;
  readonly to?: Date;
  /** Searched without regard to diacritics or case, in code, area and description. */
  readonly q?: string;
}

/**
 * Which reports a staff account may see: every report, or, for a unit's account, those assigned to
 * its unit. Every read of the web inbox goes through a scope (src/server/web/report-scope.ts).
 */
export interface ReportScope {
  readonly unitId?: number;
}

/** The period the dashboard counts: reports filed from `from` to `to` (either open-ended). */
export interface Period {
  readonly from?: Date;
  readonly to?: Date;
}

/** A report as the CSV export writes it: with the staff's replies and what ended it. */
export type ExportRow = Prisma.ReportGetPayload<{ include: { unit: true; events: true } }>;

/** Per unit or per area: how many reports, resolved, resolved by their deadline, and the median days to resolve. */
export interface Performance {
  readonly key: string;
  readonly assigned: number;
  readonly resolved: number;
  readonly resolvedOnTime: number;
  readonly medianResolutionDays: number | null;
}

export type ReportListRow = Prisma.ReportGetPayload<{ include: { unit: true } }>;

export interface ReportPage {
  readonly rows: readonly ReportListRow[];
  readonly total: number;
  readonly page: number;
  readonly pages: number;
  readonly pageSize: number;
}

export const PAGE_SIZE = 25;

/** Per key, how many reports. */
export type Counts = ReadonlyArray<readonly [string, number]>;

export interface DashboardFigures {
  readonly total: number;
  readonly open: number;
  readonly overdue: number;
  readonly urgentOpen: number;
  readonly byTopic: Counts;
  readonly byArea: Counts;
  readonly byStatus: Counts;
  /** Monday (YYYY-MM-DD, Vietnam time) of each of the last weeks, oldest first. */
  readonly byWeek: Counts;
  /** Hours from filing to the first staff action or reply (median), null without data. */
  readonly medianFirstResponseHours: number | null;
  /** Days from filing to "đã giải quyết" (median). */
  readonly medianResolutionDays: number | null;
  /** Share of resolved reports resolved by their deadline. */
  readonly resolvedOnTime: number | null;
  readonly resolved: number;
  readonly averageRating: number | null;
  /** Ratings 1..5 and how many of each. */
  readonly ratings: Counts;
  /** Per unit the reports are assigned to (unassigned ones are not counted), by name. */
  readonly byUnit: readonly Performance[];
  /** Per area ("Không rõ" for none), most reports first. */
  readonly areaPerformance: readonly Performance[];
}

export class ReportQueries {
  constructor(private readonly db: Database) {}

  async list(filters: ReportFilters & ReportScope, page: number, now = new Date(), pageSize = PAGE_SIZE): Promise<ReportPage> {
    const where = whereOf(filters, now);
    const total = await this.db.report.count({ where });
    const pages = Math.max(1, Math.ceil(total / pageSize));
    const current = Math.min(Math.max(1, page), pages);
    const rows = await this.db.report.findMany({ where, include: { unit: true }, orderBy: [{ urgent: "desc" }, { createdAt: "desc" }, { id: "desc" }], skip: (current - 1) * pageSize, take: pageSize });
    return { rows, total, page: current, pages, pageSize };
  }

  /** The report with this code as the list shows it, when it matches the filters (the live inbox's rows). */
  async row(code: string, filters: ReportFilters & ReportScope, now = new Date()): Promise<ReportListRow | undefined> {
    return (await this.db.report.findFirst({ where: { AND: [whereOf(filters, now), { code }] }, include: { unit: true } })) ?? undefined;
  }

  /** Every report matching the filters, newest first, with its replies and status changes (for CSV export). */
  async all(filters: ReportFilters & ReportScope, now = new Date()): Promise<ExportRow[]> {
    return this.db.report.findMany({ where: whereOf(filters, now), include: { unit: true, events: { where: { type: { in: ["reply", "status"] } }, orderBy: { id: "asc" } } }, orderBy: { createdAt: "desc" } });
  }

  /** Whether the scope lets its account see the report with this code (one that does not exist is not its business either). */
  async visible(code: string, scope: ReportScope): Promise<boolean> {
    if (scope.unitId === undefined) return true;
    return (await this.db.report.count({ where: { code, unitId: scope.unitId } })) > 0;
  }

  /** The messages a report caused (to citizens and staff), oldest first, with their delivery state. */
  async deliveries(reportId: number) {
    return this.db.outboxMessage.findMany({ where: { reportId }, orderBy: { id: "asc" } });
  }

  /** The reporter's contact (name, phone given with consent). */
  async contact(contactId: number) {
    return this.db.contact.findUnique({ where: { id: contactId } });
  }

  /** An attachment of the report with this code; undefined when it belongs to another report or none. */
  async attachment(code: string, id: number) {
    return (await this.db.attachment.findFirst({ where: { id, report: { code } } })) ?? undefined;
  }

  /** The areas reports in the scope came from (for the filter). */
  async areas(scope: ReportScope = {}): Promise<string[]> {
    const rows = await this.db.report.findMany({ where: { area: { not: null }, ...scopeWhere(scope) }, select: { area: true }, distinct: ["area"], orderBy: { area: "asc" } });
    return rows.map((row) => row.area!).filter(Boolean);
  }

  /** The dashboard's figures for the reports in the scope filed in the period; the weeks end with the period. */
  async figures(now = new Date(), period: Period = {}, scope: ReportScope = {}, weeks = 12): Promise<DashboardFigures> {
    const filed = { ...(period.from ? { gte: period.from } : {}), ...(period.to ? { lte: period.to } : {}) };
    const rows = await this.db.report.findMany({
      where: { ...scopeWhere(scope), ...(period.from || period.to ? { createdAt: filed } : {}) },
      select: { topic: true, area: true, status: true, urgent: true, createdAt: true, dueAt: true, firstResponseAt: true, resolvedAt: true, rating: true, unit: { select: { name: true } } },
    });
    const open = rows.filter((row) => OPEN_STATUSES.includes(row.status as Status));
    const resolved = rows.filter((row) => row.resolvedAt !== null);
    const ratings = rows.map((row) => row.rating).filter((rating): rating is number => rating !== null);
    const firstResponses = rows.filter((row) => row.firstResponseAt).map((row) => (row.firstResponseAt!.getTime() - row.createdAt.getTime()) / 3600_000);
    const resolutions = resolved.map((row) => (row.resolvedAt!.getTime() - row.createdAt.getTime()) / 86_400_000);
    return {
      total: rows.length,
      open: open.length,
      overdue: open.filter((row) => row.dueAt < now).length,
      urgentOpen: open.filter((row) => row.urgent).length,
      byTopic: countBy(rows, (row) => row.topic, TOPICS),
      byArea: countBy(rows, (row) => row.area ?? "Không rõ"),
      byStatus: countBy(rows, (row) => row.status, STATUSES),
      byWeek: weekly(rows.map((row) => row.createdAt), period.to && period.to < now ? period.to : now, weeks),
      medianFirstResponseHours: median(firstResponses),
      medianResolutionDays: median(resolutions),
      resolvedOnTime: resolved.length ? resolved.filter((row) => row.resolvedAt! <= row.dueAt).length / resolved.length : null,
      resolved: resolved.length,
      averageRating: ratings.length ? ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length : null,
      ratings: [1, 2, 3, 4, 5].map((stars) => [String(stars), ratings.filter((rating) => rating === stars).length] as const),
      byUnit: performance(rows.filter((row) => row.unit), (row) => row.unit!.name).sort((a, b) => a.key.localeCompare(b.key, "vi")),
      areaPerformance: performance(rows, (row) => row.area ?? "Không rõ").sort((a, b) => b.assigned - a.assigned),
    };
  }

  /**
   * Open reports whose description shares most words with this one's (same topic or area first):
   * candidates for "trùng lặp". Similarity is the cosine of word-and-pair counts, folded.
   */
  async similarOpen(reportId: number, scope: ReportScope = {}, limit = 3, minimum = SIMILARITY_MINIMUM): Promise<Array<{ report: ReportListRow; similarity: number }>> {
    const report = await this.db.report.findUnique({ where: { id: reportId } });
    if (!report) return [];
    const candidates = await this.db.report.findMany({
      where: { id: { not: reportId }, status: { in: [...OPEN_STATUSES] }, OR: [{ topic: report.topic }, ...(report.area ? [{ area: report.area }] : [])], ...scopeWhere(scope) },
      include: { unit: true },
      orderBy: { createdAt: "desc" },
      take: 300,
    });
    const reference = vectorOf(report.description);
    return candidates
      .map((candidate) => ({ report: candidate, similarity: cosine(reference, vectorOf(candidate.description)) }))
      .filter((match) => match.similarity >= minimum)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, limit);
  }
}

/** Below this cosine two descriptions are not worth comparing by hand. */
export const SIMILARITY_MINIMUM = 0.3;

/** The reports a scope may see. */
function scopeWhere(scope: ReportScope): Prisma.ReportWhereInput {
  return scope.unitId === undefined ? {} : { unitId: scope.unitId };
}

function whereOf(filters: ReportFilters & ReportScope, now: Date): Prisma.ReportWhereInput {
  const and: Prisma.ReportWhereInput[] = [scopeWhere(filters)];
  if (filters.status === "open") and.push({ status: { in: [...OPEN_STATUSES] } });
  else if (filters.status) and.push({ status: filters.status });
  if (filters.topic) and.push({ topic: filters.topic });
  if (filters.area) and.push({ area: filters.area });
  if (filters.channel) and.push({ channel: filters.channel });
  if (filters.urgent !== undefined) and.push({ urgent: filters.urgent });
  if (filters.overdue) and.push({ dueAt: { lt: now }, status: { in: [...OPEN_STATUSES] } });
  if (filters.from) and.push({ createdAt: { gte: filters.from } });
  if (filters.to) and.push({ createdAt: { lte: filters.to } });
  const q = filters.q ? searchFold(filters.q).trim() : "";
  if (q) and.push({ searchText: { contains: q } });
  return { AND: and };
}

/** Per key: the reports, those resolved, those resolved by their deadline, and the median days to resolve. */
function performance<T extends { resolvedAt: Date | null; dueAt: Date; createdAt: Date }>(rows: readonly T[], key: (row: T) => string): Performance[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return [...groups].map(([name, group]) => {
    const resolved = group.filter((row) => row.resolvedAt !== null);
    return {
      key: name,
      assigned: group.length,
      resolved: resolved.length,
      resolvedOnTime: resolved.filter((row) => row.resolvedAt! <= row.dueAt).length,
      medianResolutionDays: median(resolved.map((row) => (row.resolvedAt!.getTime() - row.createdAt.getTime()) / 86_400_000)),
    };
  });
}

function countBy<T>(rows: readonly T[], key: (row: T) => string, order?: readonly string[]): Counts {
  const counts = new Map<string, number>(order?.map((value) => [value, 0]));
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  const entries = [...counts.entries()];
  return order ? entries : entries.sort((a, b) => b[1] - a[1]);
}

const WEEK_MS = 7 * 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** Reports per week (weeks start on Monday, Vietnam time) for the last `weeks` weeks. */
function weekly(dates: readonly Date[], now: Date, weeks: number): Counts {
  const mondayOf = (date: Date) => {
    const local = new Date(date.getTime() + VIETNAM_OFFSET_MS);
    const day = (local.getUTCDay() + 6) % 7;
    return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - day);
  };
  const last = mondayOf(now);
  const buckets = Array.from({ length: weeks }, (_, i) => last - (weeks - 1 - i) * WEEK_MS);
  const counts = new Map(buckets.map((start) => [start, 0]));
  for (const date of dates) {
    const start = mondayOf(date);
    if (counts.has(start)) counts.set(start, counts.get(start)! + 1);
  }
  return buckets.map((start) => [new Date(start).toISOString().slice(0, 10), counts.get(start)!] as const);
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function vectorOf(text: string): Map<string, number> {
  const tokens = tokenize(text).map((token) => token.folded).filter((word) => word.length > 1);
  const vector = new Map<string, number>();
  tokens.forEach((word, index) => {
    vector.set(word, (vector.get(word) ?? 0) + 1);
    const next = tokens[index + 1];
    if (next) vector.set(`${word}_${next}`, (vector.get(`${word}_${next}`) ?? 0) + 2);
  });
  return vector;
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  for (const [key, value] of a) dot += value * (b.get(key) ?? 0);
  const norm = (vector: ReadonlyMap<string, number>) => Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0));
  const denominator = norm(a) * norm(b);
  return denominator ? dot / denominator : 0;
}
