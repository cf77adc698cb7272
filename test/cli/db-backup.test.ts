/** `npm run db:backup`: an online copy of the SQLite database, owner-only, never over an existing file. */
import Sqlite from "better-sqlite3";
import { statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPseudonymizer } from "../../src/core/pseudonym.js";
import { openInbox, type Inbox } from "../../src/inbox/inbox.js";
import { runCli, type CliRun } from "../helpers/cli.js";
import { tempDir } from "../helpers/knowledge.js";

const dataDir = tempDir("db-backup");
let inbox: Inbox;

function backup(args: string[] = []): Promise<CliRun> {
  return runCli("cli/db-backup", args, { env: { DATA_DIR: dataDir, DATABASE_URL: "", PSEUDONYM_KEY: "" } });
}

beforeAll(async () => {
  // The assistant's own database, open (as while it runs) with a row written.
  inbox = await openInbox(`file:${join(dataDir, "tro-ly-dan-van.db")}`, createPseudonymizer("x".repeat(32)));
  await inbox.staff.create("sao.luu", "Người sao lưu", "mat-khau-dai-du", "staff");
});
afterAll(async () => {
  await inbox?.close();
});

describe("npm run db:backup", () => {
  it("copies the database while it is open, into a file only the owner can read", async () => {
    const target = join(tempDir("db-backup-to"), "ban-sao.db");
    const { code, stdout } = await backup(["--to", target]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Đã sao lưu cơ sở dữ liệu vào ${target}`);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const copy = new Sqlite(target, { readonly: true });
    try {
      expect(copy.prepare(`SELECT "username" FROM "StaffUser"`).all()).toEqual([{ username: "sao.luu" }]);
    } finally {
      copy.close();
    }
  });

  it("names the copy by date in the data folder's backups/ by default", async () => {
    const { code, stdout } = await backup();
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`${join(dataDir, "backups")}/tro-ly-dan-van-\\d{8}-\\d{6}\\.db`, "u"));
  });

  it("refuses to write over an existing file, and says why in Vietnamese", async () => {
    const target = join(tempDir("db-backup-again"), "ban-sao.db");
    expect((await backup(["--to", target])).code).toBe(0);
    const again = await backup(["--to", target]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("đã có; chọn tên khác");
    expect(again.stderr).toContain("Cách dùng: npm run db:backup");
  });
});
