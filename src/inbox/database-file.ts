/**
 * The database file on disk: citizens' reports and contacts are in it, so the file, its WAL and
 * shared-memory files are readable by the owner only, in a folder only the owner can enter.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";

/** Read and write for the owner only. */
export const DATABASE_FILE_MODE = 0o600;
/** Only the owner may enter or list the folder. */
export const DATABASE_FOLDER_MODE = 0o700;

/**
 * Makes the database's folder (owner only) and an empty database file (owner only) when missing,
 * and narrows an existing file and its `-wal`, `-shm` and `-journal` to the owner. SQLite creates
 * the WAL and shared-memory files with the database file's permissions, so they follow. A folder
 * that already exists is left as it is: it may be shared on purpose (DATABASE_URL in /srv/…).
 */
export function secureDatabaseFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: DATABASE_FOLDER_MODE });
  // An empty file is a valid, empty SQLite database; created here, it has our mode from the start.
  closeSync(openSync(file, "a", DATABASE_FILE_MODE));
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) if (existsSync(path)) chmodSync(path, DATABASE_FILE_MODE);
}
