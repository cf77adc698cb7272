/**
 * The Prisma client, on SQLite (better-sqlite3 driver adapter) or PostgreSQL (pg driver adapter) by
 * the scheme of the database URL, and which of the two it is. The only place that creates one.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "./generated/client.js";
import { PrismaClient as PostgresClient } from "./generated-pg/client.js";

/**
 * The app is typed against the SQLite client; the PostgreSQL client's API is a superset of it
 * (only the `$transaction` overloads keep the two types apart), so one cast in `openDatabase`.
 */
export type Database = PrismaClient;

export type Provider = "sqlite" | "postgresql";

/** The provider a database URL names: `file:…` SQLite, `postgresql://…` (or `postgres://…`) PostgreSQL. */
export function providerOf(url: string): Provider {
  return /^postgres(ql)?:\/\//u.test(url) ? "postgresql" : "sqlite";
}

/** The URL without its password or user, for logs and messages. */
export function databaseLabel(url: string): string {
  if (providerOf(url) === "sqlite") return url;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return "(a PostgreSQL URL that could not be read)";
  }
}

/**
 * How long a write waits for another writer before failing (SQLite allows one writer at a time).
 * The wait blocks the process (better-sqlite3 is synchronous), and this process is normally the only
 * writer: a short wait keeps it answering (503s, a health check that says so) when something else
 * holds the database.
 */
export const BUSY_TIMEOUT_MS = 2000;

/** PostgreSQL pool: connections per instance, and how long a statement or a lock may take. */
export const POSTGRES_POOL = { max: 10, connectionTimeoutMillis: 5000, statementTimeoutMs: 15_000, lockTimeoutMs: 5000 } as const;

/**
 * Opens the database. SQLite: WAL lets readers work while a report is written; with WAL,
 * synchronous=NORMAL keeps every committed transaction through a crash of the process (only a power
 * cut can lose the last few), and spares an fsync per commit.
 */
export async function openDatabase(url: string): Promise<Database> {
  if (providerOf(url) === "postgresql") {
    const adapter = keepingAdapter(
      new PrismaPg({
        connectionString: url,
        max: POSTGRES_POOL.max,
        connectionTimeoutMillis: POSTGRES_POOL.connectionTimeoutMillis,
        statement_timeout: POSTGRES_POOL.statementTimeoutMs,
        lock_timeout: POSTGRES_POOL.lockTimeoutMs,
      }),
    );
    const db = new PostgresClient({ adapter: adapter.factory }) as unknown as Database;
    await db.$queryRawUnsafe("SELECT 1");
    runners.set(db, new AdapterRunner(adapter, (statement) => statement.text));
    return db;
  }
  const adapter = keepingAdapter(new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS }), (connected) => reusingStatements((connected as { client: SqliteClient }).client));
  const db = new PrismaClient({ adapter: adapter.factory });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  runners.set(db, new AdapterRunner(adapter, (statement) => statement.sql));
  return db;
}

/** A row of a hand-written query: integers as numbers, the rest as the driver gives them. */
export type SqlRow = Record<string, unknown>;

/**
 * Runs the hand-written SQL of the hot path (storing and claiming messages, filing a report, the
 * outbox): straight on the driver adapter Prisma itself uses, so on the same connections and, for a
 * transaction, behind the same lock. Prisma's client adds ~150 µs of its own to every statement,
 * raw or not (measured: 169 µs a query through `$queryRaw`, 18 µs through the adapter), and a report
 * takes about a dozen statements. Rows come as plain objects; a statement the database refuses
 * throws a `SqlError`.
 */
export interface SqlRunner {
  query<T extends SqlRow = SqlRow>(statement: Prisma.Sql): Promise<T[]>;
  /** @returns the number of rows changed */
  execute(statement: Prisma.Sql): Promise<number>;
  /** Runs the statements in order in one transaction and returns each one's rows. */
  transaction(statements: readonly Prisma.Sql[]): Promise<SqlRow[][]>;
}

/** The runner of a database opened by `openDatabase` (the only place that creates a client). */
export function sqlRunner(db: Database): SqlRunner {
  const runner = runners.get(db);
  if (!runner) throw new Error("this Prisma client was not opened by openDatabase, which gives each its SqlRunner");
  return runner;
}

const runners = new WeakMap<Database, SqlRunner>();

/** The part of a Prisma driver adapter (SQLite and PostgreSQL alike) that runs SQL. */
interface AdapterQueryable {
  queryRaw(query: AdapterQuery): Promise<{ columnNames: string[]; columnTypes: number[]; rows: unknown[][] }>;
  executeRaw(query: AdapterQuery): Promise<number>;
}
interface AdapterQuery {
  readonly sql: string;
  readonly args: unknown[];
  readonly argTypes: Array<{ scalarType: "unknown"; arity: "scalar" }>;
}
interface DriverAdapter extends AdapterQueryable {
  startTransaction(): Promise<AdapterQueryable & { commit(): Promise<void>; rollback(): Promise<void> }>;
}
interface AdapterFactory {
  connect(): Promise<unknown>;
}

/**
 * The factory given to Prisma, and the adapter it connected (Prisma connects once it first queries),
 * after `onConnect` had its way with it.
 */
function keepingAdapter<F extends AdapterFactory>(factory: F, onConnect: (adapter: unknown) => void = () => {}): { readonly factory: F; readonly adapter: () => DriverAdapter } {
  let connected: DriverAdapter | undefined;
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    onConnect(adapter);
    return (connected = adapter as DriverAdapter);
  };
  return {
    factory,
    adapter: () => {
      if (!connected) throw new Error("the database adapter is not connected yet: run a query through Prisma first");
      return connected;
    },
  };
}

/** What Prisma's SQLite adapter uses of a better-sqlite3 connection and its statements. */
interface SqliteClient {
  prepare(sql: string): SqliteStatement;
}
interface SqliteStatement {
  readonly reader: boolean;
  bind(args: unknown[]): SqliteStatement;
  run(...args: unknown[]): unknown;
  columns(): unknown[];
  raw(on?: boolean): { all(...args: unknown[]): unknown[] };
}

/** Statements kept prepared, by their text; past this many the one prepared first is dropped. */
const PREPARED_STATEMENTS = 500;

/**
 * Makes the connection keep its prepared statements: Prisma's SQLite adapter prepares every statement
 * anew (2.5 s of 33 s in `bench:intake`), and the same few dozen statements run all the time. The
 * adapter binds a statement's arguments with `bind`, which better-sqlite3 allows once per statement,
 * so it gets a stand-in that passes them to every call instead. Safe to share: a statement runs to
 * its end synchronously, and one text always reads (or not) the same way.
 */
function reusingStatements(client: SqliteClient): void {
  const prepare = client.prepare.bind(client);
  const prepared = new Map<string, SqliteStatement>();
  client.prepare = (sql) => {
    let statement = prepared.get(sql);
    if (!statement) {
      statement = prepare(sql);
      prepared.set(sql, statement);
      if (prepared.size > PREPARED_STATEMENTS) prepared.delete(prepared.keys().next().value!);
    }
    return bound(statement, []);
  };
}

function bound(statement: SqliteStatement, args: unknown[]): SqliteStatement {
  return {
    reader: statement.reader,
    bind: (more) => bound(statement, more),
    run: () => statement.run(args),
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
  };
}

/** Column types of the adapters' answers (`ColumnTypeEnum`) that hold integers. */
const INTEGER_COLUMNS = new Set([0, 1]);

class AdapterRunner implements SqlRunner {
  constructor(
    private readonly kept: { readonly adapter: () => DriverAdapter },
    /** The statement's text with the provider's placeholders (`?` or `$1`). */
    private readonly textOf: (statement: Prisma.Sql) => string,
  ) {}

  async query<T extends SqlRow>(statement: Prisma.Sql): Promise<T[]> {
    return rowsOf(await this.kept.adapter().queryRaw(this.adapterQuery(statement)).catch(rethrow)) as T[];
  }

  execute(statement: Prisma.Sql): Promise<number> {
    return this.kept.adapter().executeRaw(this.adapterQuery(statement)).catch(rethrow);
  }

  async transaction(statements: readonly Prisma.Sql[]): Promise<SqlRow[][]> {
    const tx = await this.kept.adapter().startTransaction().catch(rethrow);
    try {
      const results: SqlRow[][] = [];
      for (const statement of statements) results.push(rowsOf(await tx.queryRaw(this.adapterQuery(statement))));
      await tx.executeRaw({ sql: "COMMIT", args: [], argTypes: [] });
      await tx.commit();
      return results;
    } catch (error) {
      await tx.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => undefined);
      await tx.rollback();
      return rethrow(error);
    }
  }

  private adapterQuery(statement: Prisma.Sql): AdapterQuery {
    return { sql: this.textOf(statement), args: statement.values, argTypes: statement.values.map(() => ({ scalarType: "unknown", arity: "scalar" })) };
  }
}

/**
 * A statement of the `SqlRunner` the database refused: the driver's message, and the adapter's kind
 * of failure (`UniqueConstraintViolation`, `TableDoesNotExist`…).
 */
export class SqlError extends Error {
  override readonly name = "SqlError";

  constructor(
    message: string,
    readonly kind: string | undefined,
    options: { cause: unknown },
  ) {
    super(message, options);
  }
}

/** The adapter's error (whose cause is a plain object) as a `SqlError` that says what happened. */
function rethrow(error: unknown): never {
  if (!(error instanceof Error) || error.name !== "DriverAdapterError") throw error;
  const detail = (error.cause ?? {}) as { kind?: string; originalMessage?: string };
  throw new SqlError(detail.originalMessage ?? error.message, detail.kind, { cause: error });
}

function rowsOf({ columnNames, columnTypes, rows }: { columnNames: string[]; columnTypes: number[]; rows: unknown[][] }): SqlRow[] {
  return rows.map((values) => {
    const row: SqlRow = {};
    columnNames.forEach((name, index) => {
      const value = values[index];
      // SQLite's adapter gives 64-bit integers as text, PostgreSQL's its bigints (COUNT): ids and counts here fit a number.
      row[name] = INTEGER_COLUMNS.has(columnTypes[index]!) && typeof value === "string" ? Number(value) : value;
    });
    return row;
  });
}

/**
 * True for a unique constraint violation: P2002 from a Prisma query, P2010 ("raw query failed") from
 * Prisma's raw SQL, where the driver adapter's error carries the kind, or a `SqlError` of that kind.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof SqlError) return error.kind === "UniqueConstraintViolation";
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const cause = (error.meta?.driverAdapterError as { cause?: { kind?: unknown } } | undefined)?.cause;
  return error.code === "P2010" && cause?.kind === "UniqueConstraintViolation";
}
