/**
 * `npm run db:copy -- --to postgresql://…`: copies the SQLite deployment (DATABASE_URL) into an empty
 * PostgreSQL database, to move up to several instances (README "Database"). Stop the assistant first:
 * what it writes after the copy has read the file is not copied.
 */
import { copySqliteToPostgres, DatabaseCopyRefusedError } from "../inbox/database-copy.js";
import { databaseLabel, providerOf } from "../inbox/database.js";
import { runCli, toOption, UsageError } from "./run-cli.js";

const USAGE = "Cách dùng: npm run db:copy -- --to postgresql://<người dùng>:<mật khẩu>@<máy chủ>:5432/<cơ sở dữ liệu trống>";

await runCli(USAGE, async ({ config }) => {
  const to = toOption();
  if (!to) throw new UsageError("thiếu --to: địa chỉ của cơ sở dữ liệu PostgreSQL trống để chép vào");
  // Not echoed: whatever was given may hold a password.
  if (providerOf(to) !== "postgresql") throw new UsageError("--to phải là địa chỉ PostgreSQL, bắt đầu bằng postgresql://");
  if (providerOf(config.databaseUrl) !== "sqlite") {
    throw new UsageError(`DATABASE_URL đã là PostgreSQL (${databaseLabel(config.databaseUrl)}): db:copy chỉ chép từ SQLite sang PostgreSQL; giữa hai máy chủ PostgreSQL, dùng pg_dump và pg_restore`);
  }
  const source = config.databaseUrl.replace(/^file:/u, "");
  try {
    const { tables, ms } = await copySqliteToPostgres(source, to);
    const width = Math.max(...tables.map(({ table }) => table.length));
    const total = tables.reduce((sum, { rows }) => sum + rows, 0);
    const lines = tables.map(({ table, rows }) => `  ${table.padEnd(width)}  ${rows.toLocaleString("vi-VN")} dòng`);
    process.stdout.write(
      `Đã chép cơ sở dữ liệu ${source} sang ${databaseLabel(to)} trong ${(ms / 1000).toFixed(1)} giây:\n${lines.join("\n")}\n` +
        `Tổng cộng ${total.toLocaleString("vi-VN")} dòng trong ${tables.length} bảng. Đặt DATABASE_URL là địa chỉ PostgreSQL này rồi khởi động trợ lý.\n`,
    );
  } catch (error) {
    if (error instanceof DatabaseCopyRefusedError) throw new UsageError(error.message);
    throw error;
  }
});
