import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Native addons (hnswlib, SQLite) and child processes behave most predictably in forks.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
