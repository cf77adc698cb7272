/**
 * A database from before generated passwords had to be changed: its first admin, created at the
 * first start with the password written to the data folder, is made to choose its own at its next
 * sign-in by the upgrade (migration 20261205200000_totp) — unless it already changed it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openInbox } from "../../src/inbox/inbox.js";
import { ensureFirstAdmin, firstAdminFile } from "../../src/setup.js";
import { openTestInbox, testDatabaseUrl, testPseudonym } from "../helpers/database.js";
import { captureLogs, openTestKnowledge, tempDir } from "../helpers/knowledge.js";
import { openTestWebApp, WebClient } from "../helpers/web.js";

const MIGRATION = "20261205200000_totp";

/**
 * A database whose first admin was generated before the forced change existed, at the schema
 * before the TOTP migration; `changed`: the admin chose its own password since. Returns its URL and
 * the admin's password.
 */
async function databaseBeforeUpgrade(changed: boolean): Promise<{ url: string; password: string }> {
  const url = testDatabaseUrl();
  const config = loadConfig({ DATA_DIR: join(tempDir("first-admin-upgrade"), "data") });
  const inbox = await openInbox(url, testPseudonym);
  await ensureFirstAdmin(config, inbox, captureLogs().logger);
  let password = /Mật khẩu: (\w+)/u.exec(readFileSync(firstAdminFile(config), "utf8"))![1]!;
  const admin = (await inbox.staff.list())[0]!;
  if (changed) {
    password = "mat-khau-rieng-cua-quan-tri";
    await inbox.staff.changePassword(admin.id, password);
    await inbox.audit.record({ id: admin.id, name: admin.displayName }, "password_changed");
  }
  // Before migration 20261204100100 nothing required the change.
  await inbox.db.staffUser.update({ where: { id: admin.id }, data: { mustChangePassword: false } });
  await inbox.close();
  // Back to the schema before the TOTP migration, recorded as not applied.
  const db = new Sqlite(url.replace(/^file:/u, ""));
  db.exec(`DROP TABLE "Setting";
    ALTER TABLE "StaffUser" DROP COLUMN "totpSecret"; ALTER TABLE "StaffUser" DROP COLUMN "totpPendingSecret";
    ALTER TABLE "StaffUser" DROP COLUMN "totpEnabledAt"; ALTER TABLE "StaffUser" DROP COLUMN "totpLastStep";`);
  db.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(MIGRATION);
  db.close();
  return { url, password };
}

describe("upgrading a database whose first admin was generated earlier", () => {
  it("makes the admin that still has the generated password choose its own at the next sign-in", async () => {
    const { url, password } = await databaseBeforeUpgrade(false);
    const inbox = await openTestInbox(url);
    expect(await inbox.staff.verify("admin", password)).toMatchObject({ mustChangePassword: true, twoFactor: false });
    const app = await openTestWebApp(await openTestKnowledge(), inbox);
    const client = new WebClient(app.server);
    await client.signIn("admin", password);
    expect((await client.get("/accounts")).headers.location).toBe("/account/password");
    expect((await client.get("/account/password")).body).toContain("Bạn đặt mật khẩu mới của riêng mình để bắt đầu làm việc.");
  });

  it("leaves an admin that already chose its own password alone", async () => {
    const { url, password } = await databaseBeforeUpgrade(true);
    const inbox = await openTestInbox(url);
    expect(await inbox.staff.verify("admin", password)).toMatchObject({ mustChangePassword: false });
  });
});
