/**
 * Deadlines in working days: Saturdays, Sundays and the holidays listed in `knowledge/holidays.json`
 * do not count. Dates are reckoned in Vietnam time (UTC+7, no daylight saving).
 */
import type { Deadlines } from "./reference-data.js";
import type { Topic } from "./taxonomy.js";

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** The calendar date in Vietnam of an instant, as YYYY-MM-DD. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(isoDate: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoDate);
}

/**
 * The end (23:59:59 Vietnam time) of the `days`-th working day after the day of `start`.
 * Urgent matters are not deferred by weekends: callers give them a deadline in hours instead.
 */
export function addWorkingDays(start: Date, days: number, holidays: ReadonlySet<string>): Date {
  let date = vietnamDate(start);
  let remaining = days;
  while (remaining > 0) {
    date = new Date(new Date(`${date}T00:00:00Z`).getTime() + DAY_MS).toISOString().slice(0, 10);
    if (isWorkingDay(date, holidays)) remaining--;
  }
  return new Date(new Date(`${date}T23:59:59Z`).getTime() - VIETNAM_OFFSET_MS);
}

/** Working days between two instants' dates (0 when `to` is not later). */
export function workingDaysBetween(from: Date, to: Date, holidays: ReadonlySet<string>): number {
  let date = vietnamDate(from);
  const end = vietnamDate(to);
  let count = 0;
  while (date < end) {
    date = new Date(new Date(`${date}T00:00:00Z`).getTime() + DAY_MS).toISOString().slice(0, 10);
    if (isWorkingDay(date, holidays)) count++;
  }
  return count;
}

/**
 * When a report filed at `filedAt` is due: `urgentHours` later when it is urgent (weekends do not
 * defer it), otherwise at the end of its topic's last working day.
 */
export function dueDateOf(filedAt: Date, report: { readonly topic: Topic; readonly urgent: boolean }, deadlines: Deadlines, holidays: ReadonlySet<string>): Date {
  return report.urgent ? new Date(filedAt.getTime() + deadlines.urgentHours * 3600 * 1000) : addWorkingDays(filedAt, deadlines.workingDays[report.topic], holidays);
}
