/**
 * Staff corrections of a report's topic, area and urgency. Each change is recorded twice in one
 * transaction: as a "corrected" event in the report's trail (what staff read) and as one row per
 * field (the data). The corrected reports, with the topic and urgency staff settled on, are the
 * classifier's test set.
 */
import { topicLabelOf, type ReferenceData } from "../feedback/reference-data.js";
import type { Topic } from "../feedback/taxonomy.js";
import type { Database } from "./database.js";
import { searchTextOf, type Actor } from "./reports.js";

/** The fields staff may correct. */
export type CorrectedField = "topic" | "area" | "urgent";

/** What staff set; a field left out, or equal to the report's value, is not a change. */
export interface CorrectionInput {
  readonly topic?: Topic;
  /** An area name; null for "không rõ". */
  readonly area?: string | null;
  readonly urgent?: boolean;
}

/** The report's deadline for its (corrected) topic and urgency, counted from when it was filed. */
export type DueDateOf = (filedAt: Date, report: { readonly topic: Topic; readonly urgent: boolean }) => Date;

/** The fields changed, or why nothing was: no such report, or every value already as asked. */
export type CorrectionResult = { readonly ok: true; readonly changed: readonly CorrectedField[] } | { readonly ok: false; readonly reason: "unknown" | "unchanged" };

/** One correction with the report it belongs to, for the export. */
export interface CorrectionRow {
  readonly code: string;
  readonly field: string;
  readonly fromValue: string | null;
  readonly toValue: string | null;
  readonly reason: string | null;
  readonly actorName: string | null;
  readonly createdAt: Date;
  readonly description: string;
}

/** A corrected report as the classifier should have seen it. */
export interface TestCase {
  readonly code: string;
  readonly description: string;
  readonly topic: string;
  readonly urgent: boolean;
}

// As the web pages show dates (src/assistant/report-messages.ts), which this layer may not import.
const DUE_DATE = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" });
const DUE_TIME = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", hour12: false });

/** "Lĩnh vực", "Địa bàn", "Mức khẩn": the fields as staff name them. */
export const FIELD_LABELS: Readonly<Record<CorrectedField, string>> = { topic: "Lĩnh vực", area: "Địa bàn", urgent: "Mức khẩn" };

/** A stored value of `field` as staff read it (a topic by its label in `labels`). */
export function valueLabel(field: string, value: string | null, labels: Pick<ReferenceData, "topicLabels">): string {
  if (field === "topic") return value ? topicLabelOf(value, labels) : "Không rõ";
  if (field === "urgent") return value === "true" ? "Khẩn" : "Không khẩn";
  return value ?? "Không rõ";
}

/** Corrections of reports, and what they export. */
export class Corrections {
  constructor(private readonly db: Database) {}

  /**
   * Applies the fields that differ from the report's, with the trail event and the rows, and moves
   * the deadline to what the corrected topic and urgency give (unless the report is finished).
   */
  async correct(code: string, input: CorrectionInput, options: { reason?: string; actor: Actor; dueDateOf: DueDateOf; labels: Pick<ReferenceData, "topicLabels">; now?: Date }): Promise<CorrectionResult> {
    const now = options.now ?? new Date();
    return this.db.$transaction(async (tx) => {
      const report = await tx.report.findUnique({ where: { code } });
      if (!report) return { ok: false, reason: "unknown" } as const;
      const stored = { topic: report.topic, area: report.area, urgent: String(report.urgent) };
      const wanted = {
        ...(input.topic !== undefined ? { topic: input.topic } : {}),
        ...(input.area !== undefined ? { area: input.area } : {}),
        ...(input.urgent !== undefined ? { urgent: String(input.urgent) } : {}),
      } as Partial<Record<CorrectedField, string | null>>;
      const changed = (Object.keys(wanted) as CorrectedField[]).filter((field) => wanted[field] !== stored[field]);
      if (changed.length === 0) return { ok: false, reason: "unchanged" } as const;

      const topic = (changed.includes("topic") ? input.topic! : report.topic) as Topic;
      const area = changed.includes("area") ? (input.area ?? null) : report.area;
      const urgent = changed.includes("urgent") ? input.urgent! : report.urgent;
      const finished = report.resolvedAt !== null;
      const dueAt = finished || !(changed.includes("topic") || changed.includes("urgent")) ? report.dueAt : options.dueDateOf(report.createdAt, { topic, urgent });
      const reason = options.reason?.trim() || null;
      const actorName = options.actor.name ?? null;
      await tx.report.update({
        where: { id: report.id },
        data: {
          topic,
          area,
          urgent,
          dueAt,
          searchText: searchTextOf(report.code, area, report.description),
          ...(changed.includes("urgent") ? { urgentReasons: JSON.stringify(urgent ? [`${actorName ?? "Cán bộ"} đánh dấu khẩn${reason ? `: ${reason}` : ""}`] : []) } : {}),
        },
      });
      await tx.reportCorrection.createMany({
        data: changed.map((field) => ({ reportId: report.id, field, fromValue: stored[field], toValue: wanted[field] ?? null, reason, actorId: options.actor.id ?? null, actorName, createdAt: now })),
      });
      const lines = changed.map((field) => `${FIELD_LABELS[field]}: ${valueLabel(field, stored[field], options.labels)} → ${valueLabel(field, wanted[field] ?? null, options.labels)}`);
      if (dueAt.getTime() !== report.dueAt.getTime()) lines.push(`Hạn xử lý mới: ${DUE_DATE.format(dueAt)} ${DUE_TIME.format(dueAt)}`);
      await tx.reportEvent.create({
        data: { reportId: report.id, type: "corrected", text: [...lines, ...(reason ? [`Lý do: ${reason}`] : [])].join("; "), actorType: options.actor.type, actorId: options.actor.id ?? null, actorName, createdAt: now },
      });
      return { ok: true, changed } as const;
    });
  }

  /** Every correction, newest first, with its report's code and text. */
  async all(): Promise<CorrectionRow[]> {
    const rows = await this.db.reportCorrection.findMany({ include: { report: { select: { code: true, description: true } } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    return rows.map((row) => ({ code: row.report.code, field: row.field, fromValue: row.fromValue, toValue: row.toValue, reason: row.reason, actorName: row.actorName, createdAt: row.createdAt, description: row.report.description }));
  }

  /** Reports whose topic or urgency staff corrected, with the values they now have, oldest first. */
  async testSet(): Promise<TestCase[]> {
    const reports = await this.db.report.findMany({ where: { corrections: { some: { field: { in: ["topic", "urgent"] } } } }, orderBy: { id: "asc" }, select: { code: true, description: true, topic: true, urgent: true } });
    return reports.map((report) => ({ code: report.code, description: report.description, topic: report.topic, urgent: report.urgent }));
  }
}
