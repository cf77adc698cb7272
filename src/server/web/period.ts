/**
 * The dashboard's period: this week, month, quarter or year (Vietnam time, weeks from Monday), a
 * custom range of days, or everything. Reports are counted by the day they were filed.
 */
import { z } from "zod";
import type { Period } from "../../inbox/report-queries.js";
import { formatDate } from "./format.js";

export const PERIOD_KINDS = ["tat_ca", "tuan", "thang", "quy", "nam", "tuy_chon"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_LABELS: Readonly<Record<PeriodKind, string>> = { tat_ca: "Từ trước đến nay", tuan: "Tuần này", thang: "Tháng này", quy: "Quý này", nam: "Năm nay", tuy_chon: "Tùy chọn" };

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).optional().catch(undefined);

/** The selector's query parameters; anything invalid falls back to everything (a hand-edited URL still works). */
export const PeriodQuery = z.object({ ky: z.enum(PERIOD_KINDS).catch("tat_ca").default("tat_ca"), from: day, to: day });
export type PeriodQuery = z.infer<typeof PeriodQuery>;

/** A period with what the page says of it and the days it covers (for the export's filter). */
export interface ChosenPeriod extends Period {
  readonly kind: PeriodKind;
  /** "Tháng này (01/12/2026 – 31/12/2026)". */
  readonly label: string;
  /** The first and last day, YYYY-MM-DD in Vietnam time, when bounded. */
  readonly fromDay?: string;
  readonly toDay?: string;
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

/** The period the query asks for, as of `now`. */
export function periodOf(query: PeriodQuery, now = new Date()): ChosenPeriod {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  const [year, month, date] = [local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()];
  // Vietnam midnight of a calendar day; months and days out of range roll over as Date.UTC does.
  const midnight = (y: number, m: number, d: number) => Date.UTC(y, m, d) - VIETNAM_OFFSET_MS;
  const range = (start: number, end: number) => bounded(query.ky, new Date(start), new Date(end - 1));
  switch (query.ky) {
    case "tuan": {
      const start = midnight(year, month, date - ((local.getUTCDay() + 6) % 7));
      return range(start, start + 7 * DAY_MS);
    }
    case "thang":
      return range(midnight(year, month, 1), midnight(year, month + 1, 1));
    case "quy": {
      const first = month - (month % 3);
      return range(midnight(year, first, 1), midnight(year, first + 3, 1));
    }
    case "nam":
      return range(midnight(year, 0, 1), midnight(year + 1, 0, 1));
    case "tuy_chon": {
      // Days typed the wrong way round are taken in order rather than refused.
      const [first, last] = [query.from, query.to].sort((a, b) => (a && b ? a.localeCompare(b) : 0));
      const from = first ? new Date(`${first}T00:00:00+07:00`) : undefined;
      const to = last ? new Date(`${last}T23:59:59.999+07:00`) : undefined;
      const label = `${PERIOD_LABELS.tuy_chon} (${from ? formatDate(from) : "từ đầu"} – ${to ? formatDate(to) : "nay"})`;
      return { kind: "tuy_chon", label, ...(from ? { from, fromDay: first } : {}), ...(to ? { to, toDay: last } : {}) };
    }
    default:
      return { kind: "tat_ca", label: PERIOD_LABELS.tat_ca };
  }
}

function bounded(kind: PeriodKind, from: Date, to: Date): ChosenPeriod {
  const dayOf = (date: Date) => new Date(date.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
  return { kind, from, to, fromDay: dayOf(from), toDay: dayOf(to), label: `${PERIOD_LABELS[kind]} (${formatDate(from)} – ${formatDate(to)})` };
}
