import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, inject } from "vitest";
import { createPseudonymizer } from "../../src/core/pseudonym.js";
import { openDatabase, type Database } from "../../src/inbox/database.js";
import { openInbox, type Inbox } from "../../src/inbox/inbox.js";
import { tempDir } from "./knowledge.js";

/** A fresh copy of the migrated base database for this test file: a real SQLite file. */
export function testDatabaseUrl(): string {
  const file = join(tempDir("db"), "test.db");
  copyFileSync(inject("baseDatabase"), file);
  return `file:${file}`;
}

export const testPseudonym = createPseudonymizer("test-pseudonym-key-0123456789");

/** The inbox on a fresh database copy, closed after the test file. */
export async function openTestInbox(url = testDatabaseUrl()): Promise<Inbox> {
  const inbox = await openInbox(url, testPseudonym);
  afterAll(() => inbox.close());
  return inbox;
}

/** A second connection to the same database, to check what was stored. */
export async function openTestDatabase(url: string): Promise<Database> {
  const db = await openDatabase(url);
  afterAll(() => db.$disconnect());
  return db;
}
