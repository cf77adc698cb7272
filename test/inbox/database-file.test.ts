/**
 * The database on disk: the folder only the owner can enter, the file and its WAL and shared-memory
 * files readable by the owner only — on a fresh start, and for files an older version left open to all.
 */
import { chmodSync, copyFileSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { openInbox } from "../../src/inbox/inbox.js";
import { testPseudonym } from "../helpers/database.js";
import { tempDir } from "../helpers/knowledge.js";

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe("the database files", () => {
  it("are created for the owner only, in a folder only the owner can enter", async () => {
    const folder = join(tempDir("db-files"), "data", "nested");
    const file = join(folder, "tro-ly-dan-van.db");
    const inbox = await openInbox(`file:${file}`, testPseudonym);
    try {
      // A write, so that the WAL has something in it.
      await inbox.staff.create("chusohuu", "Chủ sở hữu", "mat-khau-thu-nghiem-2026", "admin");
      expect(modeOf(folder)).toBe(0o700);
      expect(modeOf(join(folder, ".."))).toBe(0o700);
      for (const path of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(path), path).toBe(0o600);
    } finally {
      await inbox.close();
    }
  });

  it("are narrowed to the owner when an older version left them readable by everyone", async () => {
    const folder = tempDir("db-files-old");
    const file = join(folder, "old.db");
    copyFileSync(inject("baseDatabase"), file);
    chmodSync(file, 0o644);
    // An empty WAL is a valid one (nothing written since the last checkpoint).
    writeFileSync(`${file}-wal`, "");
    chmodSync(`${file}-wal`, 0o666);
    const inbox = await openInbox(`file:${file}`, testPseudonym);
    try {
      await inbox.staff.count();
      for (const path of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(path), path).toBe(0o600);
    } finally {
      await inbox.close();
    }
  });

  it("leave a folder that already existed as it was (it may be shared on purpose)", async () => {
    const folder = join(tempDir("db-files-shared"), "shared");
    mkdirSync(folder, { mode: 0o755 });
    chmodSync(folder, 0o755);
    const inbox = await openInbox(`file:${join(folder, "x.db")}`, testPseudonym);
    await inbox.close();
    expect(modeOf(folder)).toBe(0o755);
    expect(modeOf(join(folder, "x.db"))).toBe(0o600);
  });
});
