import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Native addons (hnswlib, SQLite) and child processes behave most predictably in forks.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A bot round trip (emulator → bot → outbox → emulator) can take over a second on a busy 2-core
    // machine running every test file at once; expect.poll's default of 1 s made them flaky.
    expect: { poll: { timeout: 10_000 } },
  },
});
