/**
 * The Prisma client on SQLite through the better-sqlite3 driver adapter, and the migrations that
 * bring a database file up to the committed schema. The only place that creates a Prisma client.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { Prisma, PrismaClient } from "./generated/client.js";

export type Database = PrismaClient;

/**
 * How long a write waits for another writer before failing (SQLite allows one writer at a time).
 * The wait blocks the process (better-sqlite3 is synchronous), and this process is normally the only
 * writer: a short wait keeps it answering (503s, a health check that says so) when something else
 * holds the database.
 */
export const BUSY_TIMEOUT_MS = 2000;

/**
 * Opens the database. WAL lets readers work while a report is written; with WAL, synchronous=NORMAL
 * keeps every committed transaction through a crash of the process (only a power cut can lose the
 * last few), and spares an fsync per commit.
 */
export async function openDatabase(url: string): Promise<Database> {
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
