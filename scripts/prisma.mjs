/**
 * `node scripts/prisma.mjs <prisma args…>`: runs the Prisma CLI with DATABASE_URL set. Without a
 * URL Prisma 6 tries to download a native engine, which fails offline. When DATABASE_URL is unset,
 * the database file is `$DATA_DIR/tro-ly-dan-van.db` (DATA_DIR defaults to ./data), as in the app.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writePostgresSchema } from "./postgres-schema.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
if (!process.env.DATABASE_URL) {
  const dataDir = resolve(root, process.env.DATA_DIR || "data");
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  process.env.DATABASE_URL = `file:${join(dataDir, "tro-ly-dan-van.db")}`;
}
// The PostgreSQL schema is derived from the SQLite one before any command reads it.
writePostgresSchema();
const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { cwd: root, stdio: "inherit", env: process.env });
process.exit(result.status ?? 1);
