// Prisma CLI configuration: the JavaScript schema engine through the better-sqlite3 driver adapter,
// so that generate, migrate deploy/status/diff and db push work offline (no native engine download).
// Every Prisma command needs DATABASE_URL; `node scripts/prisma.mjs …` sets it for you.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run Prisma through `node scripts/prisma.mjs …`");
    return new PrismaBetterSQLite3({ url });
  },
});
