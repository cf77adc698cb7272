/**
 * Migrating a PostgreSQL database (run by the "postgresql" project only): all or nothing, once when
 * instances start together, scripts sent whole, and a clear line when the server cannot be reached.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { MigrationError, migrateDatabase } from "../../src/inbox/migrate.js";
import { freePort } from "../helpers/app-process.js";
import { tempDir } from "../helpers/knowledge.js";
import { onDatabase, queryRows } from "../helpers/postgres-server.js";

let nextDatabase = 0;

/** A new empty database on the test server. */
async function emptyDatabase(): Promise<string> {
  const base = inject("baseDatabase");
  const name = `empty_${process.pid}_${nextDatabase++}`;
  await onDatabase(base.replace(/\/[^/]+$/u, "/postgres"), `CREATE DATABASE ${name}`);
  return base.replace(/\/[^/]+$/u, `/${name}`);
}

/** A folder of migrations, as prisma/postgresql/migrations holds them. */
function migrations(scripts: Record<string, string>): string {
  const dir = tempDir("migrations");
  for (const [name, script] of Object.entries(scripts)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, "migration.sql"), script);
  }
  return dir;
}


const tables = async (url: string) =>
  (await queryRows<{ name: string }>(url, `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)).map((row) => row.name);

describe("migrating PostgreSQL", () => {
  it("applies nothing when a migration fails half-way, and says which one", async () => {
    const url = await emptyDatabase();
    const dir = migrations({
      "1_first": `CREATE TABLE "A" ("id" SERIAL PRIMARY KEY); CREATE TABLE "B" ("id" SERIAL PRIMARY KEY);`,
      "2_broken": `CREATE TABLE "C" ("id" SERIAL PRIMARY KEY); INSERT INTO "Missing" VALUES (1);`,
    });
    const attempt = migrateDatabase(url, { postgresMigrations: dir });
    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(attempt).rejects.toThrow(/migration 2_broken failed \(nothing was applied\).*"Missing" does not exist/u);
    // Not even the history table: the whole run was one transaction.
    expect(await tables(url)).toEqual([]);
  });

  it("migrates once when three instances start at the same moment on an empty database", async () => {
    const url = await emptyDatabase();
    const dir = migrations({ "1_first": `CREATE TABLE "A" ("id" SERIAL PRIMARY KEY, "note" TEXT);`, "2_second": `ALTER TABLE "A" ADD COLUMN "more" TEXT;` });
    const applied = await Promise.all([1, 2, 3].map(() => migrateDatabase(url, { postgresMigrations: dir })));
    expect(applied.map((names) => names.length).sort()).toEqual([0, 0, 2]);
    const history = await queryRows<{ migration_name: string; finished_at: Date | null; checksum: string }>(url, `SELECT migration_name, finished_at, checksum FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(history.map((row) => row.migration_name)).toEqual(["1_first", "2_second"]);
    expect(history.every((row) => row.finished_at !== null && /^[0-9a-f]{64}$/u.test(row.checksum))).toBe(true);
  });

  it("sends a script whole, so that a semicolon inside a string is only a character", async () => {
    const url = await emptyDatabase();
    const dir = migrations({ "1_text": `CREATE TABLE "T" ("v" TEXT); INSERT INTO "T" VALUES ('một; hai');` });
    await migrateDatabase(url, { postgresMigrations: dir });
    expect(await queryRows(url, `SELECT "v" FROM "T"`)).toEqual([{ v: "một; hai" }]);
  });

  it("says in one line, without the password, that the server cannot be reached", async () => {
    const url = `postgresql://tro_ly:secret-password@127.0.0.1:${await freePort()}/tro_ly`;
    const attempt = migrateDatabase(url);
    await expect(attempt).rejects.toThrow(MigrationError);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toMatch(/^could not reach the PostgreSQL database postgresql:\/\/127\.0\.0\.1:\d+\/tro_ly: .*ECONNREFUSED.*Check that the server runs/u);
    expect(message).not.toContain("secret-password");
    expect(message).not.toContain("\n");
  });
});
