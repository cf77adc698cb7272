/**
 * Moving a deployment up from SQLite to PostgreSQL (`npm run db:copy`): every table of the schema
 * copied row by row into an empty PostgreSQL database with the same ids, in one PostgreSQL
 * transaction (all or nothing), and every id sequence set past the ids copied so that new rows
 * do not collide with them.
 *
 * The SQLite file is read in one read transaction on a read-only connection: a consistent snapshot,
 * even while the assistant runs (in WAL mode it keeps writing meanwhile; what it writes after the
 * snapshot is not copied, so stop it first). The tables, columns and foreign keys are read from the
 * two databases, not listed here, so a new model needs no change in this file.
 */
import Sqlite from "better-sqlite3";
import { existsSync } from "node:fs";
import pg from "pg";
import { AppError, describeError } from "../core/errors.js";
import { databaseLabel } from "./database.js";
import { committedMigrations, migrateDatabase } from "./migrate.js";
import { fromSqlTime } from "./sql.js";

/** The copy was refused before anything was written (no source, source not up to date, target not empty). */
export class DatabaseCopyRefusedError extends AppError {}

/** The copy could not be made (target unreachable, schemas that differ, a value PostgreSQL refused): nothing was kept. */
export class DatabaseCopyError extends AppError {}

export interface CopiedTable {
  readonly table: string;
  readonly rows: number;
}

export interface CopyResult {
  /** In the order they were copied (a table after those it refers to). */
  readonly tables: readonly CopiedTable[];
  readonly ms: number;
}

/** Prisma's bookkeeping, written by `migrateDatabase` on the target: not copied. */
const HISTORY_TABLE = "_prisma_migrations";
/** Rows per INSERT; PostgreSQL takes at most 65 535 parameters a statement. */
const BATCH_ROWS = 500;
const MAX_PARAMETERS = 65_535;

/** A table as SQLite has it: columns in order, the primary key, and the columns that refer to the table itself. */
interface SourceTable {
  readonly name: string;
  readonly columns: readonly string[];
  readonly primaryKey: readonly string[];
  readonly references: ReadonlySet<string>;
  readonly selfReferences: readonly string[];
}

type SqlValue = string | number | bigint | boolean | Buffer | null;

/**
 * Copies the SQLite database at `sourceFile` into the empty PostgreSQL database at `targetUrl`,
 * migrating the target first.
 * @throws DatabaseCopyRefusedError before anything is written: no source file, source migrations
 *   missing or unknown, target not empty
 * @throws DatabaseCopyError when the copy fails (rolled back: the target keeps only the empty schema)
 */
export async function copySqliteToPostgres(sourceFile: string, targetUrl: string): Promise<CopyResult> {
  const started = performance.now();
  const target = databaseLabel(targetUrl);
  if (!existsSync(sourceFile)) throw new DatabaseCopyRefusedError(`không có cơ sở dữ liệu SQLite tại ${sourceFile}`);
  // Read-only: the copy must never change the source, nor create it.
  const source = new Sqlite(sourceFile, { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: targetUrl, connectionTimeoutMillis: 5000 });
  try {
    // One read transaction from here to the end: every table is read from the same snapshot.
    source.exec("BEGIN");
    checkSourceMigrations(source, sourceFile);
    try {
      await client.connect();
    } catch (error) {
      throw new DatabaseCopyError(`không kết nối được cơ sở dữ liệu PostgreSQL ${target}: ${describeError(error)}. Kiểm tra máy chủ đang chạy, tên người dùng và mật khẩu trong địa chỉ`, { cause: error });
    }
    const filled = await nonEmptyTables(client);
    if (filled.length > 0) {
      throw new DatabaseCopyRefusedError(
        `cơ sở dữ liệu đích ${target} không trống (có dữ liệu trong ${filled.join(", ")}); chỉ chép vào một cơ sở dữ liệu trống, chưa có gì được ghi. Tạo một cơ sở dữ liệu mới (CREATE DATABASE …) và đừng khởi động trợ lý trên đó trước khi chép`,
      );
    }
    await migrateDatabase(targetUrl);
    const tables = inCopyOrder(sourceTables(source));
    const types = await columnTypes(client);
    checkSameSchema(tables, types);
    const copied: CopiedTable[] = [];
    let step = "";
    await client.query("BEGIN");
    try {
      for (const table of tables) {
        step = `bảng ${table.name}`;
        copied.push({ table: table.name, rows: await copyTable(source, client, table, types.get(table.name)!) });
      }
      step = "bộ đếm mã số";
      await setSequences(source, client, new Set(tables.map((table) => table.name)));
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      if (error instanceof DatabaseCopyError) throw error;
      throw new DatabaseCopyError(`chép sang ${target} không thành công ở ${step}, không giữ lại dòng nào: ${describeError(error)}`, { cause: error });
    }
    return { tables: copied, ms: performance.now() - started };
  } finally {
    if (source.inTransaction) source.exec("ROLLBACK");
    source.close();
    await client.end().catch(() => undefined);
  }
}

/** Refuses a source that is not at the migrations this version has: its tables would not match the target's. */
function checkSourceMigrations(source: Sqlite.Database, sourceFile: string): void {
  const history = source.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(HISTORY_TABLE);
  const rows = history ? (source.prepare(`SELECT migration_name AS name FROM "${HISTORY_TABLE}" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as Array<{ name: string }>) : [];
  const applied = new Set(rows.map((row) => row.name));
  const committed = committedMigrations();
  const missing = committed.filter((name) => !applied.has(name));
  if (missing.length > 0) {
    throw new DatabaseCopyRefusedError(
      `cơ sở dữ liệu SQLite ${sourceFile} chưa được cập nhật cấu trúc (thiếu ${missing.length} bản: ${missing.join(", ")}); khởi động trợ lý phiên bản này một lần (npm start) để cập nhật, dừng nó, rồi chép lại`,
    );
  }
  const unknown = [...applied].filter((name) => !committed.includes(name));
  if (unknown.length > 0) throw new DatabaseCopyRefusedError(`cơ sở dữ liệu SQLite ${sourceFile} thuộc một phiên bản mới hơn (có ${unknown.join(", ")}); chép bằng phiên bản đó`);
}

/** Tables of the target that hold any row (the migration history aside). */
async function nonEmptyTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> $1 ORDER BY 1`,
    [HISTORY_TABLE],
  );
  const filled: string[] = [];
  for (const { name } of rows) {
    const { rows: found } = await client.query(`SELECT 1 FROM ${quote(name)} LIMIT 1`);
    if (found.length > 0) filled.push(name);
  }
  return filled;
}

/** The app's tables in the SQLite file, with what the copy needs to know of each. */
function sourceTables(source: Sqlite.Database): SourceTable[] {
  const names = source
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> ? ORDER BY name`)
    .all(HISTORY_TABLE) as Array<{ name: string }>;
  return names.map(({ name }) => {
    const columns = source.prepare(`SELECT name, pk FROM pragma_table_info(?) ORDER BY cid`).all(name) as Array<{ name: string; pk: number }>;
    const keys = source.prepare(`SELECT "table" AS referenced, "from" AS "column" FROM pragma_foreign_key_list(?)`).all(name) as Array<{ referenced: string; column: string }>;
    return {
      name,
      columns: columns.map((column) => column.name),
      primaryKey: columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name),
      references: new Set(keys.map((key) => key.referenced).filter((referenced) => referenced !== name)),
      selfReferences: keys.filter((key) => key.referenced === name).map((key) => key.column),
    };
  });
}

/** Tables ordered so that each comes after the tables its foreign keys refer to (self-references aside). */
function inCopyOrder(tables: readonly SourceTable[]): SourceTable[] {
  const ordered: SourceTable[] = [];
  const done = new Set<string>();
  let waiting = [...tables];
  while (waiting.length > 0) {
    const ready = waiting.filter((table) => [...table.references].every((referenced) => done.has(referenced)));
    if (ready.length === 0) throw new DatabaseCopyError(`không xếp được thứ tự chép: khóa ngoại vòng tròn giữa ${waiting.map((table) => table.name).join(", ")}`);
    for (const table of ready) {
      ordered.push(table);
      done.add(table.name);
    }
    waiting = waiting.filter((table) => !done.has(table.name));
  }
  return ordered;
}

/** The target's columns per table, with their types: `data_type` to convert values, `udt_name` to cast arrays. */
async function columnTypes(client: pg.Client): Promise<Map<string, Map<string, { dataType: string; udtName: string }>>> {
  const { rows } = await client.query<{ table: string; column: string; dataType: string; udtName: string }>(
    `SELECT table_name AS "table", column_name AS "column", data_type AS "dataType", udt_name AS "udtName" FROM information_schema.columns WHERE table_schema = current_schema()`,
  );
  const tables = new Map<string, Map<string, { dataType: string; udtName: string }>>();
  for (const row of rows) {
    if (!tables.has(row.table)) tables.set(row.table, new Map());
    tables.get(row.table)!.set(row.column, { dataType: row.dataType, udtName: row.udtName });
  }
  return tables;
}

/**
 * The two migration histories must build the same tables and columns; a difference is a bug to
 * report, not something to guess around. Checked before the copy starts.
 */
function checkSameSchema(tables: readonly SourceTable[], types: ReadonlyMap<string, ReadonlyMap<string, unknown>>): void {
  const mismatch = (what: string) => new DatabaseCopyError(`${what}: hai lịch sử cập nhật cấu trúc (SQLite và PostgreSQL) không khớp nhau, hãy báo cho người phát triển`);
  const extra = [...types.keys()].filter((name) => name !== HISTORY_TABLE && !tables.some((table) => table.name === name));
  if (extra.length > 0) throw mismatch(`PostgreSQL có bảng mà SQLite không có (${extra.join(", ")})`);
  for (const table of tables) {
    const target = types.get(table.name);
    if (!target) throw mismatch(`PostgreSQL không có bảng ${table.name}`);
    if (target.size !== table.columns.length || table.columns.some((column) => !target.has(column))) {
      throw mismatch(`bảng ${table.name} khác nhau: SQLite có ${[...table.columns].sort().join(", ")}; PostgreSQL có ${[...target.keys()].sort().join(", ")}`);
    }
    if (table.selfReferences.length > 0 && table.primaryKey.length !== 1) throw new DatabaseCopyError(`bảng ${table.name} tự tham chiếu mà không có khóa chính một cột: chưa chép được`);
  }
}

/**
 * Copies one table in batches; columns that refer to the table itself are written once every row
 * is in (a report may be a duplicate of a later one), then set.
 * @returns the number of rows copied
 */
async function copyTable(source: Sqlite.Database, client: pg.Client, table: SourceTable, types: ReadonlyMap<string, { dataType: string; udtName: string }>): Promise<number> {
  const columns = table.columns;
  const dataTypes = columns.map((column) => types.get(column)!.dataType);
  const keyIndex = columns.indexOf(table.primaryKey[0]!);
  const batchRows = Math.min(BATCH_ROWS, Math.floor(MAX_PARAMETERS / columns.length));
  const later = new Map<string, Array<[SqlValue, SqlValue]>>(table.selfReferences.map((column) => [column, []]));
  let batch: SqlValue[][] = [];
  let count = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch.map((_, row) => `(${columns.map((_, column) => `$${row * columns.length + column + 1}`).join(", ")})`);
    await client.query(`INSERT INTO ${quote(table.name)} (${columns.map(quote).join(", ")}) VALUES ${rows.join(", ")}`, batch.flat());
    count += batch.length;
    batch = [];
  };
  const select = source.prepare(`SELECT ${columns.map(quote).join(", ")} FROM ${quote(table.name)} ORDER BY rowid`).raw();
  for (const raw of select.iterate() as IterableIterator<unknown[]>) {
    const row = columns.map((column, index) => toPostgres(raw[index], dataTypes[index]!, table.name, column));
    for (const [column, pending] of later) {
      const index = columns.indexOf(column);
      if (row[index] === null) continue;
      pending.push([row[keyIndex]!, row[index]!]);
      row[index] = null;
    }
    batch.push(row);
    if (batch.length === batchRows) await flush();
  }
  await flush();
  for (const [column, pending] of later) {
    const key = table.primaryKey[0]!;
    for (let start = 0; start < pending.length; start += BATCH_ROWS) {
      const part = pending.slice(start, start + BATCH_ROWS);
      await client.query(
        `UPDATE ${quote(table.name)} AS t SET ${quote(column)} = v.ref FROM unnest($1::${types.get(key)!.udtName}[], $2::${types.get(column)!.udtName}[]) AS v(key, ref) WHERE t.${quote(key)} = v.key`,
        [part.map(([id]) => id), part.map(([, ref]) => ref)],
      );
    }
  }
  return count;
}

/**
 * A SQLite value as PostgreSQL's column type wants it. Prisma keeps booleans in SQLite as 0/1 and
 * dates as text (ISO in UTC, or `YYYY-MM-DD HH:MM:SS` from a column default) or epoch milliseconds;
 * PostgreSQL's `timestamp` holds UTC without a zone, and ignores the zone of the text it is given.
 */
function toPostgres(value: unknown, dataType: string, table: string, column: string): SqlValue {
  if (value === null) return null;
  const refuse = (): never => {
    throw new DatabaseCopyError(`giá trị không chuyển được ở bảng ${table}, cột ${column} (kiểu ${dataType}): ${describeValue(value)}`);
  };
  switch (dataType) {
    case "boolean":
      return value === 0 || value === 1 || value === 0n || value === 1n ? Number(value) === 1 : refuse();
    case "timestamp without time zone":
    case "timestamp with time zone": {
      const date = typeof value === "number" || typeof value === "bigint" ? new Date(Number(value)) : typeof value === "string" ? fromSqlTime(value) : refuse();
      return Number.isNaN(date.getTime()) ? refuse() : date.toISOString();
    }
    case "integer":
    case "smallint":
    case "bigint":
      return (typeof value === "number" && Number.isInteger(value)) || typeof value === "bigint" ? value : refuse();
    case "double precision":
    case "real":
    case "numeric":
      return typeof value === "number" || typeof value === "bigint" ? value : refuse();
    case "bytea":
      return Buffer.isBuffer(value) ? value : refuse();
    default:
      return typeof value === "string" ? value : typeof value === "number" || typeof value === "bigint" ? String(value) : refuse();
  }
}

/** A value in an error message: its kind and the start of it, never the whole of a citizen's text. */
function describeValue(value: unknown): string {
  if (Buffer.isBuffer(value)) return `dữ liệu nhị phân ${value.length} byte`;
  const text = String(value);
  return `${typeof value} ${JSON.stringify(text.length > 20 ? `${text.slice(0, 20)}…` : text)}`;
}

/**
 * Sets every id sequence of the copied tables past the highest id used: the largest id copied, or
 * what SQLite's AUTOINCREMENT had already handed out (rows deleted since keep their ids unused, as
 * they were on SQLite: a web chat polls for ids after the last one it saw).
 */
async function setSequences(source: Sqlite.Database, client: pg.Client, tables: ReadonlySet<string>): Promise<void> {
  const counters = source.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'`).get()
    ? new Map((source.prepare(`SELECT name, seq FROM sqlite_sequence`).all() as Array<{ name: string; seq: number }>).map((row) => [row.name, Number(row.seq)]))
    : new Map<string, number>();
  const { rows } = await client.query<{ table: string; column: string }>(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
  );
  for (const { table, column } of rows) {
    if (!tables.has(table)) continue;
    const { rows: found } = await client.query<{ max: string | null }>(`SELECT MAX(${quote(column)})::text AS max FROM ${quote(table)}`);
    const last = Math.max(Number(found[0]!.max ?? 0), counters.get(table) ?? 0);
    // An empty table starts at 1 (is_called false); otherwise the next id is last + 1.
    await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), $3, $4)`, [quote(table), column, Math.max(last, 1), last > 0]);
  }
}

/** An identifier of our own schema, quoted for SQL (both databases keep the model's capitals). */
function quote(identifier: string): string {
  return `"${identifier.replace(/"/gu, '""')}"`;
}
