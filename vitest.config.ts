import { defineConfig } from "vitest/config";

/**
 * The tests of everything that reads or writes the database, run once more on a real PostgreSQL
 * server (see test/global-setup.ts), with the tests about PostgreSQL alone (`*.postgresql.test.ts`).
 * Left to SQLite: the tests of SQLite's own files (permissions, an old file upgraded) and the
 * browser tests (what a browser sees does not depend on the database).
 */
const DATABASE_TESTS = ["test/inbox/**/*.test.ts", "test/assistant/**/*.test.ts", "test/server/web/*.test.ts", "test/cli/*.test.ts"];
const SQLITE_ONLY = ["test/inbox/database-file.test.ts", "test/inbox/first-admin-upgrade.test.ts", "test/**/*browser*.test.ts", "test/server/web/accessibility.test.ts"];

export default defineConfig({
  test: {
    globalSetup: ["test/global-setup.ts"],
    // Native addons (hnswlib, SQLite) and child processes behave most predictably in forks.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A bot round trip (emulator → bot → outbox → emulator) can take over a second on a busy 2-core
    // machine running every test file at once; expect.poll's default of 1 s made them flaky.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      { extends: true, test: { name: "sqlite", include: ["test/**/*.test.ts"], exclude: ["test/**/*.postgresql.test.ts"] } },
      { extends: true, test: { name: "postgresql", include: [...DATABASE_TESTS, "test/**/*.postgresql.test.ts"], exclude: SQLITE_ONLY } },
    ],
  },
});
