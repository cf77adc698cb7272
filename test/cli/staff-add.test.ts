/** `npm run staff:add`: creates a web inbox account, and refuses bad input with a Vietnamese usage text. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createPseudonymizer } from "../../src/core/pseudonym.js";
import { openInbox } from "../../src/inbox/inbox.js";
import { runCli, type CliRun } from "../helpers/cli.js";
import { tempDir } from "../helpers/knowledge.js";

const dataDir = tempDir("staff-add");

function staffAdd(args: string[]): Promise<CliRun> {
  return runCli("cli/staff-add", args, { env: { DATA_DIR: dataDir, DATABASE_URL: "", PSEUDONYM_KEY: "" } });
}

describe("npm run staff:add", () => {
  it("creates an account with a random password printed once, which then signs in", async () => {
    const { code, stdout } = await staffAdd(["--username", "An.Nguyen", "--name", "Nguyễn Văn An", "--role", "staff"]);
    expect(code).toBe(0);
    const password = /Mật khẩu: (\w+) — chỉ hiện một lần/u.exec(stdout)![1]!;
    const inbox = await openInbox(`file:${join(dataDir, "tro-ly-dan-van.db")}`, createPseudonymizer("x".repeat(32)));
    try {
      expect(await inbox.staff.verify("an.nguyen", password)).toMatchObject({ username: "an.nguyen", displayName: "Nguyễn Văn An", role: "staff" });
      expect((await inbox.audit.recent()).map((entry) => entry.action)).toContain("account_created");
    } finally {
      await inbox.close();
    }
  });

  it.each([
    [["--username", "an.nguyen", "--name", "Trùng tên"], "tên đăng nhập an.nguyen đã có."],
    [["--username", "x", "--name", "Ngắn"], "--username: 3–32 ký tự"],
    [["--username", "binh", "--name", "Bình", "--role", "boss"], "--role phải là một trong: admin, staff, viewer."],
    [["--username", "binh", "--name", "Bình", "--password", "ngan"], "--password cần ít nhất 10 ký tự."],
    [["--username", "binh"], "thiếu --name"],
  ])("refuses %j", async (args, message) => {
    const { code, stderr } = await staffAdd(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain("Cách dùng: npm run staff:add");
  });
});
