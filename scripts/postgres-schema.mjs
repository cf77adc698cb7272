/**
 * The PostgreSQL schema is the SQLite one (prisma/schema.prisma, the only one edited by hand) with
 * another datasource and client: `writePostgresSchema()` derives prisma/postgresql/schema.prisma
 * (not committed) from it, so the two can never drift. The PostgreSQL migrations
 * (prisma/postgresql/migrations) are committed, one per SQLite migration that changes the models.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SQLITE_SCHEMA = join(root, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA = join(root, "prisma", "postgresql", "schema.prisma");

/** The PostgreSQL schema's text for a SQLite schema's text. @throws Error when the header is not the expected one */
export function postgresSchemaOf(sqlite) {
  const replacements = [
    [/output\s*=\s*"\.\.\/src\/inbox\/generated"/u, 'output       = "../../src/inbox/generated-pg"'],
    [/provider\s*=\s*"sqlite"/u, 'provider = "postgresql"'],
  ];
  let text = sqlite;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(text)) throw new Error(`prisma/schema.prisma no longer has ${pattern}: update scripts/postgres-schema.mjs`);
    text = text.replace(pattern, replacement);
  }
  return `// Written by scripts/postgres-schema.mjs from prisma/schema.prisma: edit that one.\n${text}`;
}

/** Writes prisma/postgresql/schema.prisma when it is missing or differs. */
export function writePostgresSchema() {
  const text = postgresSchemaOf(readFileSync(SQLITE_SCHEMA, "utf8"));
  if (existsSync(POSTGRES_SCHEMA) && readFileSync(POSTGRES_SCHEMA, "utf8") === text) return;
  mkdirSync(dirname(POSTGRES_SCHEMA), { recursive: true });
  writeFileSync(POSTGRES_SCHEMA, text);
}
