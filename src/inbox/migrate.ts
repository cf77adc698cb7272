/**
 * Brings the database up to the committed migrations (prisma/migrations) at start-up and in tests.
 * Uses `prisma migrate deploy`, run only when a migration is missing: starting an up-to-date
 * database costs a directory listing and one query instead of a second of CLI.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { AppError } from "../core/errors.js";
import { PROJECT_ROOT } from "../core/project-root.js";

const MIGRATIONS_DIR = join(PROJECT_ROOT, "prisma", "migrations");

/** Raised when the migrations cannot be applied; says how to look into it. */
export class MigrationError extends AppError {}

/** Names of the committed migrations, oldest first. */
export function committedMigrations(): string[] {
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(MIGRATIONS_DIR, entry.name, "migration.sql")))
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
 * Applies missing migrations to the SQLite database at `url` ("file:/path/to.db").
 * @returns the names of the migrations that were missing
 */
export async function migrateDatabase(url: string): Promise<string[]> {
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
