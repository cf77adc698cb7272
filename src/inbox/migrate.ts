/**
 * Brings the database up to the committed migrations at start-up and in tests, on either provider.
 * SQLite (prisma/migrations): `prisma migrate deploy`, run only when a migration is missing, so that
 * starting an up-to-date database costs a directory listing and one query instead of a second of CLI.
 * PostgreSQL (prisma/postgresql/migrations): applied here, in one transaction under an advisory lock,
 * and recorded in `_prisma_migrations` as Prisma records them (so `prisma migrate status` agrees):
 * Prisma's own deploy through the pg adapter runs a script statement by statement outside a
 * transaction (a failure leaves it half-applied) and waits ~12 s even with nothing to do.
 */
import { spawn } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { AppError, describeError } from "../core/errors.js";
import { PROJECT_ROOT } from "../core/project-root.js";
import { databaseLabel, providerOf } from "./database.js";

const MIGRATIONS_DIR = join(PROJECT_ROOT, "prisma", "migrations");
const POSTGRES_MIGRATIONS_DIR = join(PROJECT_ROOT, "prisma", "postgresql", "migrations");
/** The advisory lock instances starting at once take in turns: the first migrates, the others find it done. */
const MIGRATION_LOCK = 7_462_411;

/** Raised when the migrations cannot be applied; says how to look into it. */
export class MigrationError extends AppError {}

/** Names of the committed migrations (SQLite's unless another folder is given), oldest first. */
export function committedMigrations(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** Migrations recorded as applied in the database file (none for a new file). */
function appliedMigrations(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return new Set();
    const rows = db.prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as Array<{ name: string }>;
    return new Set(rows.map((row) => row.name));
  } finally {
    db.close();
  }
}

/**
 * Applies missing migrations to the database at `url` (`file:/path/to.db` or `postgresql://…`).
 * @returns the names of the migrations that were missing
 * @throws MigrationError saying what failed and how to look into it (nothing of a failed PostgreSQL run is applied)
 */
export async function migrateDatabase(url: string, options: { postgresMigrations?: string } = {}): Promise<string[]> {
  return providerOf(url) === "postgresql" ? migratePostgres(url, options.postgresMigrations ?? POSTGRES_MIGRATIONS_DIR) : migrateSqlite(url);
}

async function migrateSqlite(url: string): Promise<string[]> {
  const file = url.replace(/^file:/, "");
  const applied = appliedMigrations(file);
  const missing = committedMigrations().filter((name) => !applied.has(name));
  if (missing.length === 0) return [];
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const output = await new Promise<{ code: number | null; text: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: url } });
    let text = "";
    child.stdout.on("data", (chunk) => (text += chunk));
    child.stderr.on("data", (chunk) => (text += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, text }));
  });
  if (output.code !== 0) {
    const reason = output.text.split("\n").filter((line) => /error|P\d{4}/i.test(line)).slice(0, 3).join(" ") || `exit code ${output.code}`;
    throw new MigrationError(`could not migrate the database ${file}: ${reason}. Check the file is writable, or run \`node scripts/prisma.mjs migrate status\``);
  }
  return missing;
}

/** The table Prisma keeps its migration history in, as Prisma creates it on PostgreSQL. */
const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

async function migratePostgres(url: string, dir: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new MigrationError(`could not reach the PostgreSQL database ${databaseLabel(url)}: ${describeError(error)}. Check that the server runs and DATABASE_URL names it, its user and password`, { cause: error });
  }
  let current = "";
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query(HISTORY_TABLE);
    const { rows } = await client.query<{ name: string }>(`SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`);
    const applied = new Set(rows.map((row) => row.name));
    const missing = committedMigrations(dir).filter((name) => !applied.has(name));
    for (const name of missing) {
      current = name;
      const script = readFileSync(join(dir, name, "migration.sql"), "utf8");
      // One query, the whole script: PostgreSQL runs it all inside the transaction or none of it.
      await client.query(script);
      await client.query(`INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "started_at", "applied_steps_count") VALUES ($1, $2, now(), $3, now(), 1)`, [
        randomUUID(),
        createHash("sha256").update(script).digest("hex"),
        name,
      ]);
    }
    await client.query("COMMIT");
    return missing;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const where = current ? `migration ${current} failed (nothing was applied)` : "could not read the migration history";
    throw new MigrationError(`could not migrate the PostgreSQL database: ${where}: ${describeError(error)}. Check that the role may create tables, or run \`DATABASE_URL=… node scripts/prisma.mjs migrate status\``, { cause: error });
  } finally {
    await client.end().catch(() => undefined);
  }
}
