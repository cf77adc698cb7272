/**
 * Helpers for the few hot-path statements written in SQL instead of Prisma queries (update claims,
 * conversation state, filing a report, the outbox): Prisma's query compiler costs ~0.5 ms a query,
 * its raw statements ~0.17 ms, the driver adapter alone ~0.02 ms (see `SqlRunner`), and intake must
 * sustain hundreds of reports a second. The SQL is written to run on both providers; what cannot be
 * is here, both versions side by side (`DIALECTS`).
 */
import type { Provider } from "./database.js";
import { Prisma } from "./generated/client.js";

/** The parts of the hand-written SQL that differ between SQLite and PostgreSQL. */
export interface SqlDialect {
  readonly provider: Provider;
  /**
   * Ends the inner SELECT of a queue claim. PostgreSQL: rows another transaction is claiming are
   * skipped (without it, concurrent claimers were handed the same rows). SQLite runs one writer at a
   * time, so its claim statement is never concurrent (and it has no such clause).
   */
  readonly skipLocked: Prisma.Sql;
  /** The id the INSERT just before it in the same transaction gave a row of "OutboxMessage". */
  readonly lastOutboxId: Prisma.Sql;
  /**
   * A statement giving a fresh report id (`{ id }`), or undefined where ids are counted by the one
   * process that writes (SQLite): PostgreSQL's sequence serves every instance.
   */
  readonly nextReportId: Prisma.Sql | undefined;
}

export const DIALECTS: Readonly<Record<Provider, SqlDialect>> = {
  sqlite: {
    provider: "sqlite",
    skipLocked: Prisma.empty,
    lastOutboxId: Prisma.sql`last_insert_rowid()`,
    nextReportId: undefined,
  },
  postgresql: {
    provider: "postgresql",
    skipLocked: Prisma.sql`FOR UPDATE SKIP LOCKED`,
    lastOutboxId: Prisma.sql`currval(pg_get_serial_sequence('"OutboxMessage"', 'id'))`,
    nextReportId: Prisma.sql`SELECT nextval(pg_get_serial_sequence('"Report"', 'id')) AS "id"`,
  },
};

/**
 * A date as a raw statement's parameter: ISO text in UTC, the way Prisma stores DateTime in SQLite
 * (so that Prisma reads and compares it correctly); PostgreSQL casts it to its timestamp.
 */
export function sqlTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/**
 * A DateTime column read by a raw query as a Date: text on SQLite, a timestamp without time zone on
 * PostgreSQL (UTC, as Prisma writes it), which must not be read as local time.
 */
export function fromSqlTime(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/(Z|[+-]\d\d:?\d\d)$/u.test(text) ? text : `${text.replace(" ", "T")}Z`);
}
