// Prisma CLI configuration: the JavaScript schema engine through a driver adapter, so that generate,
// migrate deploy/status/diff and db push work offline (no native engine download). DATABASE_URL picks
// the provider: file:… SQLite (prisma/schema.prisma, prisma/migrations), postgresql://… PostgreSQL
// (prisma/postgresql/, whose schema scripts/postgres-schema.mjs derives from the SQLite one).
// Every Prisma command needs DATABASE_URL; `node scripts/prisma.mjs …` sets it for you.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL;
const postgres = /^postgres(ql)?:\/\//u.test(url ?? "");

export default defineConfig({
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    if (!url) throw new Error("DATABASE_URL is not set: run Prisma through `node scripts/prisma.mjs …`");
    // allowExitOnIdle: without it every command waits ~10 s for the pool's idle connections.
    return postgres ? new PrismaPg({ connectionString: url, allowExitOnIdle: true }) : new PrismaBetterSQLite3({ url });
  },
});
