/**
 * The first admin account of a fresh database: created once, its password only in a private file.
 * The keys generated into the data folder: private, stable across restarts, one per purpose.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { ensureFirstAdmin, firstAdminFile, mediaLinkKey, pseudonymKey, twoFactorKey } from "../src/setup.js";
import { openTestInbox } from "./helpers/database.js";
import { captureLogs, tempDir } from "./helpers/knowledge.js";

describe("ensureFirstAdmin", () => {
  it("creates 'admin' with a password written to a file only the owner can read, never to the log, and only once", async () => {
    const inbox = await openTestInbox();
    const config = loadConfig({ DATA_DIR: join(tempDir("first-admin"), "data") });
    const logs = captureLogs();
    await ensureFirstAdmin(config, inbox, logs.logger);

    const file = firstAdminFile(config);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // The data folder it made (the database's too) only the owner can enter.
    expect(statSync(config.dataDir).mode & 0o777).toBe(0o700);
    const password = /Mật khẩu: (\w+)/u.exec(readFileSync(file, "utf8"))![1]!;
    expect(await inbox.staff.verify("admin", password)).toMatchObject({ role: "admin" });
    expect(JSON.stringify(logs.lines)).not.toContain(password);
    expect(logs.lines.at(-1)).toMatchObject({ file });

    await ensureFirstAdmin(config, inbox, logs.logger);
    expect(await inbox.staff.count()).toBe(1);
  });
});

describe("keys in the data folder", () => {
  it("generates the media link key once, readable by the owner only, apart from the pseudonym key", () => {
    const config = loadConfig({ DATA_DIR: join(tempDir("keys"), "data") });
    const key = mediaLinkKey(config);
    expect(key).toMatch(/^[0-9a-f]{64}$/u);
    expect(statSync(join(config.dataDir, "media-link.key")).mode & 0o777).toBe(0o600);
    expect(mediaLinkKey(config)).toBe(key);
    expect(pseudonymKey(config)).not.toBe(key);
    expect(pseudonymKey({ ...config, pseudonymKey: "a-configured-pseudonym-key" })).toBe("a-configured-pseudonym-key");
  });

  it("generates the key of the two-factor secrets once, readable by the owner only, apart from the others", () => {
    const config = loadConfig({ DATA_DIR: join(tempDir("keys"), "data") });
    const key = twoFactorKey(config);
    expect(key).toMatch(/^[0-9a-f]{64}$/u);
    expect(statSync(join(config.dataDir, "two-factor.key")).mode & 0o777).toBe(0o600);
    expect(twoFactorKey(config)).toBe(key);
    expect([mediaLinkKey(config), pseudonymKey(config)]).not.toContain(key);
  });
});
