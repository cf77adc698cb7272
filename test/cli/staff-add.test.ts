/** `npm run staff:add`: creates a web inbox account, and refuses bad input with a Vietnamese usage text. */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createPseudonymizer } from "../../src/core/pseudonym.js";
import { openInbox } from "../../src/inbox/inbox.js";
import { tempDir } from "../helpers/knowledge.js";
import { ROOT } from "../helpers/paths.js";

const dataDir = tempDir("staff-add");

function staffAdd(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "scripts", "run.mjs"), "cli/staff-add", ...args], { cwd: ROOT, env: { PATH: process.env.PATH, DATA_DIR: dataDir, DATABASE_URL: "", PSEUDONYM_KEY: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
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
