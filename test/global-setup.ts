/**
 * Runs once before all test files of a project: migrates a base database with the committed
 * migrations, which each test file then copies (test/helpers/database.ts) instead of migrating
 * again. The "sqlite" project's base is a SQLite file; the "postgresql" project starts a real
 * PostgreSQL server (test/helpers/postgres-server.ts) and migrates a template database on it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../src/inbox/migrate.js";
import { onDatabase, POSTGRES_TEMPLATE, startPostgres } from "./helpers/postgres-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** SQLite: the migrated base file. PostgreSQL: the URL of the migrated template database. */
    baseDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  if (project.name === "postgresql") {
    const server = await startPostgres();
    await onDatabase(server.adminUrl, `CREATE DATABASE ${POSTGRES_TEMPLATE}`);
    await migrateDatabase(server.urlOf(POSTGRES_TEMPLATE));
    project.provide("baseDatabase", server.urlOf(POSTGRES_TEMPLATE));
    return () => server.stop();
  }
  const dir = mkdtempSync(join(tmpdir(), "tro-ly-base-db-"));
  const file = join(dir, "base.db");
  await migrateDatabase(`file:${file}`);
  project.provide("baseDatabase", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
