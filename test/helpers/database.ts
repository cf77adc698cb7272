import { randomUUID } from "node:crypto";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, inject } from "vitest";
import { createPseudonymizer } from "../../src/core/pseudonym.js";
import { openDatabase, providerOf, type Database } from "../../src/inbox/database.js";
import { openInbox, type Inbox } from "../../src/inbox/inbox.js";
import { tempDir } from "./knowledge.js";
import { onDatabase, POSTGRES_TEMPLATE } from "./postgres-server.js";

/** A fresh copy of the migrated base database for this test file: a real SQLite file. */
export function testDatabaseUrl(): string {
  const file = join(tempDir("db"), "test.db");
  copyFileSync(inject("baseDatabase"), file);
  return `file:${file}`;
}

/**
 * A fresh migrated database for this test file on the project's provider: a SQLite copy, or on the
 * "postgresql" project a new PostgreSQL database cloned from the migrated template.
 */
export async function freshDatabaseUrl(): Promise<string> {
  const base = inject("baseDatabase");
  if (providerOf(base) === "sqlite") return testDatabaseUrl();
  return newPostgresDatabase(POSTGRES_TEMPLATE);
}

/** A new PostgreSQL database on the test server with nothing in it, not even the schema ("postgresql" project only). */
export function emptyPostgresUrl(): Promise<string> {
  return newPostgresDatabase();
}

/** A new database on the test server, a clone of `template` or empty, dropped after the test file. */
async function newPostgresDatabase(template?: string): Promise<string> {
  const base = inject("baseDatabase");
  const name = `t_${randomUUID().replace(/-/gu, "").slice(0, 16)}`;
  const admin = base.replace(/\/[^/]+$/u, "/postgres");
  await onDatabase(admin, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
  afterAll(() => onDatabase(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  return base.replace(/\/[^/]+$/u, `/${name}`);
}

export const testPseudonym = createPseudonymizer("test-pseudonym-key-0123456789");

/** The inbox on a fresh database copy, closed after the test file. */
export async function openTestInbox(url?: string): Promise<Inbox> {
  const inbox = await openInbox(url ?? (await freshDatabaseUrl()), testPseudonym);
  afterAll(() => inbox.close());
  return inbox;
}

/** Two inboxes on one fresh database, as two instances sharing it. */
export async function openTwoInboxes(): Promise<[Inbox, Inbox]> {
  const url = await freshDatabaseUrl();
  return [await openTestInbox(url), await openTestInbox(url)];
}

/** A second connection to the same database, to check what was stored. */
export async function openTestDatabase(url: string): Promise<Database> {
  const db = await openDatabase(url);
  afterAll(() => db.$disconnect());
  return db;
}
