import { defineConfig } from "vitest/config";

/**
 * The tests of code that writes SQL, run once more on a real PostgreSQL server (see
 * test/global-setup.ts), with the tests about PostgreSQL alone (`*.postgresql.test.ts`).
 */
const DATABASE_TESTS = ["test/inbox/intake.test.ts", "test/inbox/leases.test.ts", "test/inbox/migrations.test.ts", "test/inbox/outbox.test.ts", "test/inbox/rate-buckets.test.ts", "test/inbox/report-access.test.ts", "test/inbox/report-feed.test.ts", "test/inbox/units.test.ts"];

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
      { extends: true, test: { name: "postgresql", include: [...DATABASE_TESTS, "test/**/*.postgresql.test.ts"] } },
    ],
  },
});
