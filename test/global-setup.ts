/**
 * Runs once before all test files: migrates a base SQLite database with the committed migrations.
 * Each test file copies it (test/helpers/database.ts) instead of migrating again.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../src/inbox/migrate.js";

declare module "vitest" {
  export interface ProvidedContext {
    baseDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "tro-ly-base-db-"));
  const file = join(dir, "base.db");
  await migrateDatabase(`file:${file}`);
  project.provide("baseDatabase", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
