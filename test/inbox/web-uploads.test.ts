/**
 * The web chat's uploads in the data folder: stored under the chat, readable only by a reference
 * of the right shape, and photos never sent deleted once old, while those a report keeps stay.
 */
import { existsSync } from "node:fs";
import { utimes } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../src/inbox/inbox.js";
import { UPLOAD_MESSAGES, UPLOAD_RETENTION_MS, WebUploads } from "../../src/inbox/web-uploads.js";
import { openTestInbox } from "../helpers/database.js";
import { tempDir, testLogger } from "../helpers/knowledge.js";
import { fixturePhoto } from "../helpers/photos.js";

const CHAT = "c0ffee00c0ffee00c0ffee00c0ffee00";
let inbox: Inbox;
let dataDir: string;
let uploads: WebUploads;

beforeAll(async () => {
  inbox = await openTestInbox();
  dataDir = tempDir("tldv-uploads");
  uploads = new WebUploads(inbox.db, dataDir, testLogger, { minFreeBytes: 0 });
});

describe("WebUploads", () => {
  it("stores a photo under its chat and reads it back by reference only", async () => {
    const stored = await uploads.store(CHAT, fixturePhoto("png"), false);
    expect(stored.ref.startsWith(`${CHAT}/`)).toBe(true);
    expect(await uploads.has(CHAT, stored.ref)).toBe(true);
    expect(await uploads.has("another0another0another0another0", stored.ref)).toBe(false);
    expect(Buffer.from((await uploads.fetch(stored.ref)).bytes).equals(fixturePhoto("png"))).toBe(true);
    await expect(uploads.fetch(`${CHAT}/../../pseudonym.key`)).rejects.toThrow(/not an upload reference/u);
  });

  it("refuses a photo, writing nothing, when it would leave the disk too full for the database", async () => {
    const folder = tempDir("tldv-uploads-full");
    const full = new WebUploads(inbox.db, folder, testLogger, { minFreeBytes: Number.MAX_SAFE_INTEGER });
    await expect(full.store(CHAT, fixturePhoto("png"), false)).rejects.toMatchObject({ reason: "no_space", message: UPLOAD_MESSAGES.no_space });
    expect(existsSync(join(folder, "uploads"))).toBe(false);
  });

  it("deletes old photos no report keeps, and keeps the rest", async () => {
    const sent = await uploads.store(CHAT, fixturePhoto("jpg"), false);
    const unsent = await uploads.store(CHAT, fixturePhoto("jpg"), false);
    const recent = await uploads.store(CHAT, fixturePhoto("jpg"), false);
    const old = new Date(Date.now() - UPLOAD_RETENTION_MS - 60_000);
    for (const ref of [sent.ref, unsent.ref]) await utimes(join(dataDir, "uploads", ref), old, old);
    const report = await inbox.db.report.create({ data: { code: "PA-2026-900001", channel: "web", topic: "khac", description: "Ảnh kèm phản ánh", dueAt: new Date() } });
    await inbox.db.attachment.create({ data: { reportId: report.id, kind: "photo", channel: "web", ref: sent.ref } });
    expect(await uploads.prune()).toBe(1);
    expect(await uploads.has(CHAT, sent.ref)).toBe(true);
    expect(await uploads.has(CHAT, unsent.ref)).toBe(false);
    expect(await uploads.has(CHAT, recent.ref)).toBe(true);
  });
});
