/**
 * `npm run db:backup [-- --to <tệp>]`: an online backup of the SQLite database (safe while the
 * assistant runs), by default into `$DATA_DIR/backups/tro-ly-dan-van-<date>-<time>.db`.
 */
import { join, resolve } from "node:path";
import { backupDatabase, BackupRefusedError } from "../inbox/backup.js";
import { providerOf } from "../inbox/database.js";
import { runCli, toOption, UsageError } from "./run-cli.js";

const USAGE = "Cách dùng: npm run db:backup [-- --to <đường dẫn tệp sao lưu>]";

await runCli(USAGE, async ({ config }) => {
  const to = toOption();
  if (providerOf(config.databaseUrl) === "postgresql") {
    throw new UsageError("Cơ sở dữ liệu là PostgreSQL: sao lưu bằng pg_dump, ví dụ pg_dump --format=custom --file=tro-ly.dump \"$DATABASE_URL\" (xem mục triển khai trong README).");
  }
  const stamp = new Date().toISOString().replace(/\..*$/u, "").replace(/[-:]/gu, "").replace("T", "-");
  const target = to ? resolve(to) : join(config.dataDir, "backups", `tro-ly-dan-van-${stamp}.db`);
  try {
    const { pages, bytes } = await backupDatabase(config.databaseUrl.replace(/^file:/u, ""), target);
    process.stdout.write(`Đã sao lưu cơ sở dữ liệu vào ${target} (${pages} trang, ${(bytes / 1024 / 1024).toFixed(1)} MB).\n`);
  } catch (error) {
    if (error instanceof BackupRefusedError) throw new UsageError(error.message);
    throw error;
  }
});
