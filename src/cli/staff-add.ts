/**
 * `npm run staff:add -- --username <tên> --name "<Họ tên>" [--role admin|staff|viewer] [--password <mật khẩu>]`:
 * creates a staff account of the web inbox. Without --password a random one is generated and printed once.
 */
import { parseArgs } from "node:util";
import { randomPassword } from "../core/passwords.js";
import { createPseudonymizer } from "../core/pseudonym.js";
import { isUniqueViolation } from "../inbox/database.js";
import { openInbox } from "../inbox/inbox.js";
import { isRole, ROLE_LABELS, ROLES } from "../inbox/staff-accounts.js";
import { MIN_PASSWORD_LENGTH } from "../server/web/routes/login.js";
import { pseudonymKey } from "../setup.js";
import { runCli, UsageError } from "./run-cli.js";

const USAGE = `Cách dùng: npm run staff:add -- --username <tên đăng nhập> --name "<Họ tên>" [--role ${ROLES.join("|")}] [--password <mật khẩu>]`;

await runCli(USAGE, async ({ config }) => {
  let values;
  try {
    ({ values } = parseArgs({ options: { username: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" }, password: { type: "string" } } }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (!values.username || !/^[a-z0-9._-]{3,32}$/iu.test(values.username)) throw new UsageError("--username: 3–32 ký tự, chữ không dấu, số, dấu chấm, gạch.");
  if (!values.name?.trim()) throw new UsageError("thiếu --name (họ tên hiển thị).");
  const role = values.role;
  if (!isRole(role)) throw new UsageError(`--role phải là một trong: ${ROLES.join(", ")}.`);
  if (values.password !== undefined && values.password.length < MIN_PASSWORD_LENGTH) throw new UsageError(`--password cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  const password = values.password ?? randomPassword();
  const inbox = await openInbox(config.databaseUrl, createPseudonymizer(pseudonymKey(config)));
  try {
    const user = await inbox.staff.create(values.username, values.name, password, role);
    await inbox.audit.record(undefined, "account_created", `${user.username} (${ROLE_LABELS[user.role]}) bằng npm run staff:add`);
    process.stdout.write(`Đã tạo tài khoản ${user.username} (${user.role}).${values.password ? "" : ` Mật khẩu: ${password} — chỉ hiện một lần, hãy đổi sau khi đăng nhập.`}\n`);
  } catch (error) {
    if (isUniqueViolation(error)) throw new UsageError(`tên đăng nhập ${values.username} đã có.`);
    throw error;
  } finally {
    await inbox.close();
  }
});
