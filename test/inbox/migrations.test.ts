/**
 * The committed migrations of the project's provider build exactly the schema in
 * prisma/schema.prisma: a migrated database is compared, table by table, with one built
 * from the schema by `prisma migrate diff --from-empty`. A model changed without a migration for
 * each provider fails here.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { providerOf } from "../../src/inbox/database.js";
import { freshDatabaseUrl } from "../helpers/database.js";
import { ROOT } from "../helpers/paths.js";
import { tempDir } from "../helpers/knowledge.js";
import { onDatabase } from "../helpers/postgres-server.js";

/** The SQL that builds the current schema from nothing, as Prisma writes it for `url`'s provider. */
function schemaScript(url: string): string {
  const schema = providerOf(url) === "postgresql" ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma";
  const result = spawnSync(process.execPath, [join(ROOT, "scripts", "prisma.mjs"), "migrate", "diff", "--from-empty", "--to-schema-datamodel", schema, "--script"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url },
  });
  if (result.status !== 0) throw new Error(`prisma migrate diff failed:\n${result.stdout}${result.stderr}`);
  return result.stdout.replace(/CREATE SCHEMA IF NOT EXISTS "public";/u, "");
}

type Shape = Record<string, string[]>;

function sqliteShape(file: string): Shape {
  const db = new Sqlite(file, { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'`).all() as Array<{ name: string }>;
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        [
          ...(db.prepare(`PRAGMA table_info("${name}")`).all() as Array<{ name: string; type: string; notnull: number; dflt_value: unknown; pk: number }>).map((c) => `column ${c.name} ${c.type} ${c.notnull} ${c.dflt_value} ${c.pk}`),
          ...(db.prepare(`PRAGMA index_list("${name}")`).all() as Array<{ name: string; unique: number }>).map(
            (index) => `index ${index.unique} ${(db.prepare(`PRAGMA index_info("${index.name}")`).all() as Array<{ name: string }>).map((c) => c.name).join(",")}`,
          ),
          ...(db.prepare(`PRAGMA foreign_key_list("${name}")`).all() as Array<{ from: string; table: string; to: string; on_delete: string }>).map((f) => `foreign ${f.from} ${f.table}.${f.to} ${f.on_delete}`),
        ].sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

async function postgresShape(url: string): Promise<Shape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const shape: Shape = {};
    const add = (table: string, line: string) => (shape[table] ??= []).push(line);
    const columns = await client.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null }>(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\\_%'`,
    );
    for (const c of columns.rows) add(c.table_name, `column ${c.column_name} ${c.data_type} ${c.is_nullable} ${c.column_default}`);
    const indexes = await client.query<{ tablename: string; indexdef: string }>(`SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\\_%'`);
    for (const index of indexes.rows) add(index.tablename, `index ${index.indexdef}`);
    const constraints = await client.query<{ table: string; definition: string }>(
      `SELECT conrelid::regclass::text AS "table", pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE connamespace = 'public'::regnamespace`,
    );
    for (const constraint of constraints.rows) {
      const table = constraint.table.replace(/"/gu, "");
      if (!table.startsWith("_")) add(table, `constraint ${constraint.definition}`);
    }
    for (const lines of Object.values(shape)) lines.sort();
    return shape;
  } finally {
    await client.end();
  }
}

describe("the committed migrations", () => {
  it("build the schema of prisma/schema.prisma, on this provider", { timeout: 60_000 }, async () => {
    // A copy of the migrated base: the base itself is the template other files clone meanwhile.
    const base = await freshDatabaseUrl();
    if (providerOf(base) === "postgresql") {
      const fromSchema = base.replace(/\/[^/]+$/u, `/from_schema_${process.pid}`);
      const admin = base.replace(/\/[^/]+$/u, "/postgres");
      await onDatabase(admin, `CREATE DATABASE from_schema_${process.pid}`);
      try {
        await onDatabase(fromSchema, schemaScript(fromSchema));
        expect(await postgresShape(base)).toEqual(await postgresShape(fromSchema));
      } finally {
        await onDatabase(admin, `DROP DATABASE from_schema_${process.pid} WITH (FORCE)`);
      }
      return;
    }
    const file = join(tempDir("schema"), "from-schema.db");
    const db = new Sqlite(file);
    db.exec(schemaScript(`file:${file}`));
    db.close();
    expect(sqliteShape(base.replace(/^file:/u, ""))).toEqual(sqliteShape(file));
  });
});
