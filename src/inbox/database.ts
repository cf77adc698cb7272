/**
 * The Prisma client, on SQLite (better-sqlite3 driver adapter) or PostgreSQL (pg driver adapter) by
 * the scheme of the database URL, and which of the two it is. The only place that creates one.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "./generated/client.js";
import { PrismaClient as PostgresClient } from "./generated-pg/client.js";

/**
 * The app is typed against the SQLite client; the PostgreSQL client's API is a superset of it
 * (only the `$transaction` overloads keep the two types apart), so one cast in `openDatabase`.
 */
export type Database = PrismaClient;

export type Provider = "sqlite" | "postgresql";

/** The provider a database URL names: `file:…` SQLite, `postgresql://…` (or `postgres://…`) PostgreSQL. */
export function providerOf(url: string): Provider {
  return /^postgres(ql)?:\/\//u.test(url) ? "postgresql" : "sqlite";
}

/** The URL without its password or user, for logs and messages. */
export function databaseLabel(url: string): string {
  if (providerOf(url) === "sqlite") return url;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return "(a PostgreSQL URL that could not be read)";
  }
}

/**
 * How long a write waits for another writer before failing (SQLite allows one writer at a time).
 * The wait blocks the process (better-sqlite3 is synchronous), and this process is normally the only
 * writer: a short wait keeps it answering (503s, a health check that says so) when something else
 * holds the database.
 */
export const BUSY_TIMEOUT_MS = 2000;

/** PostgreSQL pool: connections per instance, and how long a statement or a lock may take. */
export const POSTGRES_POOL = { max: 10, connectionTimeoutMillis: 5000, statementTimeoutMs: 15_000, lockTimeoutMs: 5000 } as const;

/**
 * Opens the database. SQLite: WAL lets readers work while a report is written; with WAL,
 * synchronous=NORMAL keeps every committed transaction through a crash of the process (only a power
 * cut can lose the last few), and spares an fsync per commit.
 */
export async function openDatabase(url: string): Promise<Database> {
  if (providerOf(url) === "postgresql") {
    const adapter = new PrismaPg({
      connectionString: url,
      max: POSTGRES_POOL.max,
      connectionTimeoutMillis: POSTGRES_POOL.connectionTimeoutMillis,
      statement_timeout: POSTGRES_POOL.statementTimeoutMs,
      lock_timeout: POSTGRES_POOL.lockTimeoutMs,
    });
    const db = new PostgresClient({ adapter }) as unknown as Database;
    await db.$queryRawUnsafe("SELECT 1");
    return db;
  }
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS }) });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}

/**
 * True for a unique constraint violation: P2002 from a Prisma query, or P2010 ("raw query failed")
 * from SQL, where the driver adapter's error carries the kind.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const cause = (error.meta?.driverAdapterError as { cause?: { kind?: unknown } } | undefined)?.cause;
  return error.code === "P2010" && cause?.kind === "UniqueConstraintViolation";
}
