/**
 * An online backup of the SQLite database through SQLite's backup API (better-sqlite3's `backup`):
 * consistent while the assistant keeps running and writing, copied page by page into a new file that
 * only the owner can read, as the database itself. PostgreSQL deployments use `pg_dump` instead.
 */
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { AppError } from "../core/errors.js";

/** The backup was refused before anything was written (no database there, the target exists). */
export class BackupRefusedError extends AppError {}

export interface BackupResult {
  readonly pages: number;
  readonly bytes: number;
}

/**
 * Copies the database at `databasePath` into `target`, a file that must not exist yet.
 * @throws BackupRefusedError when there is no database or the target exists
 */
export async function backupDatabase(databasePath: string, target: string): Promise<BackupResult> {
  if (!existsSync(databasePath)) throw new BackupRefusedError(`không có cơ sở dữ liệu tại ${databasePath}`);
  if (existsSync(target)) throw new BackupRefusedError(`${target} đã có; chọn tên khác (bản sao lưu không ghi đè)`);
  await mkdir(dirname(target), { recursive: true, mode: 0o700 });
  // Read-only: a backup must never change the database, nor create it.
  const source = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const progress = await source.backup(target);
    await chmod(target, 0o600);
    return { pages: progress.totalPages, bytes: (await stat(target)).size };
  } finally {
    source.close();
  }
}
