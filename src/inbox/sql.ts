/**
 * Helpers for the few hot-path statements written in SQL instead of Prisma queries (update claims,
 * conversation state, filing a report, the outbox): Prisma's query compiler costs ~0.5 ms a query,
 * raw statements ~0.2 ms, and intake must sustain hundreds of reports a second. The SQL is SQLite's;
 * a PostgreSQL deployment would need these statements ported (see the README).
 */

/** A date the way Prisma stores DateTime in SQLite, so Prisma reads and compares it correctly. */
export function sqlTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** A DateTime column read by a raw query (text) as a Date. */
export function fromSqlTime(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}
