/**
 * `npm run db:copy -- --to postgresql://…` ("postgresql" project only): a SQLite deployment filled
 * through the app's own code (reports with attachments, events, subscribers and a duplicate of a later
 * report, outbox and web chat rows, staff and sessions, reference lists…) copied into an empty
 * PostgreSQL database: every row equal, and new rows getting fresh ids there; refusals that write nothing.
 */
import Sqlite from "better-sqlite3";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { queryRows } from "../helpers/postgres-server.js";
import { beforeAll, describe, expect, it } from "vitest";
import { textReply, type Channel } from "../../src/core/messages.js";
import { openDatabase, type Database } from "../../src/inbox/database.js";
import { openInbox, type Inbox } from "../../src/inbox/inbox.js";
import { PRIORITY, type OutboxEntry } from "../../src/inbox/outbox.js";
import { trackingCode, type ReportDraft, type ReportWithTrail } from "../../src/inbox/reports.js";
import { freePort } from "../helpers/app-process.js";
import { runCli, type CliRun } from "../helpers/cli.js";
import { emptyPostgresUrl, freshDatabaseUrl, openTestInbox, testPseudonym } from "../helpers/database.js";
import { tempDir } from "../helpers/knowledge.js";

const dataDir = tempDir("db-copy");
const sqliteFile = join(dataDir, "tro-ly-dan-van.db");
const staff = { type: "staff", id: "1", name: "Cán bộ Ban" } as const;

function copy(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runCli("cli/db-copy", args, { env: { DATA_DIR: dataDir, DATABASE_URL: "", PSEUDONYM_KEY: "", ...env } });
}

function draft(channel: Channel, chatId: string, extra: Partial<ReportDraft> = {}): ReportDraft {
  return {
    channel,
    chatId,
    reporter: { id: chatId, name: "Nguyễn Văn A" },
    topic: "moi_truong",
    urgent: false,
    urgentReasons: [],
    description: "Rác thải đổ trộm ven sông Thu Bồn, thôn 3.",
    descriptionCut: false,
    attachments: [],
    anonymous: false,
    sections: [{ section: "II.1", label: "Mục II.1" }],
    suggestedUnit: "UBND xã",
    dueAt: new Date(Date.UTC(2026, 11, 20, 10, 30, 15, 123)),
    ...extra,
  };
}

/** The tracking code to the reporter and a card to the staff group: rows of the outbox (and of the web chat, for "web"). */
const messages = (report: ReportWithTrail): OutboxEntry[] => [
  { channel: report.channel as Channel, chatId: report.subscribers[0]!.chatId, reply: textReply(`Mã phản ánh ${report.code}`), purpose: "tracking_code", reportId: report.id },
  { channel: "telegram", chatId: "-100200", reply: textReply(`Phản ánh mới ${report.code}`), purpose: "staff_card", reportId: report.id, priority: PRIORITY.staff, summary: report.code },
];

/** The app's tables in a SQLite file, and how many rows each has. */
function sqliteCounts(file: string): Record<string, number> {
  const db = new Sqlite(file, { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name <> '_prisma_migrations'`).all() as Array<{ name: string }>;
    return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}


async function postgresCounts(url: string, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await queryRows<{ n: string }>(url, `SELECT COUNT(*) AS n FROM "${table}"`))[0]!.n);
  return counts;
}

/** Every row of a table as Prisma reads it (Dates, booleans, numbers), in an order that does not depend on the database. */
async function rowsOf(db: Database, table: string): Promise<unknown[]> {
  const delegate = (db as unknown as Record<string, { findMany(): Promise<object[]> }>)[table[0]!.toLowerCase() + table.slice(1)]!;
  return (await delegate.findMany()).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

let tables: string[];
let filed: { telegram: ReportWithTrail; web: ReportWithTrail; zalo: ReportWithTrail };

beforeAll(async () => {
  // A SQLite deployment as the assistant leaves it: everything written through its own code.
  const inbox: Inbox = await openInbox(`file:${sqliteFile}`, testPseudonym);
  try {
    const unit = (await inbox.units.add("UBND-DIEN-BAN", { name: "UBND thị xã Điện Bàn", telegramChatId: "-100300" }))!;
    const admin = await inbox.staff.create("quan.tri", "Quản trị viên", "mat-khau-dai-du-1", "admin");
    await inbox.staff.create("can.bo", "Cán bộ xử lý", "mat-khau-dai-du-2", "staff");
    await inbox.staff.setUnit(admin.id, unit.id);
    const { token } = await inbox.staff.startSession(admin.id);
    await inbox.formKeys.issue(token, ["khoa-mot", "khoa-hai"]);
    await inbox.audit.record({ id: admin.id, name: admin.displayName }, "unit_created", "UBND-DIEN-BAN");
    await inbox.lists.addArea({ name: "Phường Vĩnh Điện", aliases: ["vinh dien"] });
    await inbox.lists.putHoliday({ date: "2026-12-31", name: "Nghỉ cuối năm" });
    await inbox.settings.set("twoFactorRequired", true, "Quản trị viên");
    await inbox.curated.create({ question: "Nghị quyết số mấy?", answer: "Nghị quyết Hội nghị lần thứ 14.", section: "I", createdBy: "quan.tri" });
    const telegram = await inbox.reports.create(
      draft("telegram", "4242", {
        urgent: true,
        urgentReasons: ["ngập"],
        descriptionCut: true,
        phone: "0905123456",
        phoneConsent: "typed",
        location: { latitude: 15.8801, longitude: 108.3259 },
        attachments: [
          { kind: "photo", ref: "AgACAgUAAxkBAAIB", caption: "Ảnh hiện trường" },
          { kind: "file", ref: "BQACAgUAAxkBAAIC", name: "bien-ban.pdf" },
        ],
        pin: "123456",
      }),
      messages,
    );
    const web = await inbox.reports.create(draft("web", "web-chat-1", { anonymous: true }), messages);
    const zalo = await inbox.reports.create(draft("zalo", "zalo-77", { area: "Phường Vĩnh Điện" }), messages);
    await inbox.reports.assign(telegram.code, unit, staff, () => []);
    await inbox.reports.changeStatus(zalo.code, "dang_xu_ly", staff, messages, { note: "Đã giao tổ công tác" });
    // A report marked as a duplicate of a later one: its reference points forwards.
    await inbox.reports.markDuplicate(web.code, zalo.code, staff, () => []);
    await inbox.intake.accept([{ source: "telegram", updateId: "9001", chatId: "4242", payload: { text: "Xin chào" } }]);
    await inbox.states.save("telegram", "4242", { step: "mo_ta" }, 3600_000);
    await inbox.leases.acquire("maintenance", 60_000);
    await inbox.oauthTokens.getOrSeed("zalo_oa", { accessToken: "truy-cap", refreshToken: "lam-moi", expiresAt: new Date(Date.UTC(2026, 11, 2)) });
    await inbox.questions.record({ channel: "telegram", chatId: "55", question: "Mục tiêu là gì?", sections: ["I"], declined: false, mode: "extractive", latencyMs: 12 });
    const last = await inbox.questions.record({ channel: "telegram", chatId: "55", question: "Giá vàng?", sections: [], declined: true, mode: "extractive", latencyMs: 3 });
    // Deleted: SQLite's AUTOINCREMENT never hands its id out again, nor may PostgreSQL.
    await inbox.db.questionLog.delete({ where: { id: last } });
    filed = { telegram: (await inbox.reports.findByCode(telegram.code))!, web: (await inbox.reports.findByCode(web.code))!, zalo: (await inbox.reports.findByCode(zalo.code))! };
  } finally {
    // Stopped, as the README asks before a copy.
    await inbox.close();
  }
  tables = Object.keys(sqliteCounts(sqliteFile));
});

describe("npm run db:copy", () => {
  let target: string;
  let result: CliRun;

  beforeAll(async () => {
    // With a password, as a deployment's URL has (the test server trusts loopback and ignores it), to check it is never printed.
    target = (await emptyPostgresUrl()).replace("postgresql://postgres@", "postgresql://postgres:mat-khau-bi-mat@");
    result = await copy(["--to", target]);
  });

  it("copies every row of every table into an empty database, and says so in Vietnamese without the password", async () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const counts = sqliteCounts(sqliteFile);
    expect(await postgresCounts(target, tables)).toEqual(counts);
    expect(counts).toMatchObject({ Report: 3, Attachment: 2, OutboxMessage: 8, WebChatMessage: 1, StaffUser: 2, FormKey: 2, QuestionLog: 1 });
    expect(result.stdout).toMatch(/^Đã chép cơ sở dữ liệu .*tro-ly-dan-van\.db sang postgresql:\/\/127\.0\.0\.1:\d+\/t_\w+ trong \d+\.\d giây:\n/u);
    expect(result.stdout).toMatch(/^ {2}Report +3 dòng$/mu);
    expect(result.stdout).toContain(`dòng trong ${tables.length} bảng.`);
    expect(new URL(target).password).toBe("mat-khau-bi-mat");
    expect(result.stdout + result.stderr).not.toContain(new URL(target).password);
  });

  it("keeps every value: ids, codes, booleans, dates, numbers, the trail and the forward duplicate reference", async () => {
    const sqlite = await openDatabase(`file:${sqliteFile}`);
    const postgres = await openDatabase(target);
    try {
      for (const table of tables) expect(await rowsOf(postgres, table), table).toEqual(await rowsOf(sqlite, table));
    } finally {
      await Promise.all([sqlite.$disconnect(), postgres.$disconnect()]);
    }
    const inbox = await openTestInbox(target);
    const report = (await inbox.reports.findByCode(filed.telegram.code))!;
    expect(report).toMatchObject({ id: filed.telegram.id, urgent: true, descriptionCut: true, latitude: 15.8801, dueAt: new Date(Date.UTC(2026, 11, 20, 10, 30, 15, 123)), createdAt: filed.telegram.createdAt });
    expect(report.unit?.code).toBe("UBND-DIEN-BAN");
    expect(report.events.map((event) => event.type)).toEqual(filed.telegram.events.map((event) => event.type));
    expect(report.attachments.map((attachment) => attachment.ref).sort()).toEqual(["AgACAgUAAxkBAAIB", "BQACAgUAAxkBAAIC"]);
    expect((await inbox.reports.findByCode(filed.web.code))!.duplicateOfId).toBe(filed.zalo.id);
    expect(filed.zalo.id).toBeGreaterThan(filed.web.id);
    expect(await inbox.settings.get("twoFactorRequired")).toBe(true);
    expect(await inbox.staff.verify("quan.tri", "mat-khau-dai-du-1")).toMatchObject({ username: "quan.tri" });
  });

  it("sets the sequences: a report filed on PostgreSQL gets the next id and code, its messages fresh ids", async () => {
    const inbox = await openTestInbox(target);
    const lastOutbox = (await queryRows<{ max: number }>(target, `SELECT MAX("id") AS max FROM "OutboxMessage"`))[0]!.max;
    const now = new Date();
    const report = await inbox.reports.create(draft("telegram", "5151"), messages, now);
    expect(report.id).toBe(filed.zalo.id + 1);
    expect(report.code).toBe(trackingCode(filed.zalo.id + 1, now));
    const outbox = await inbox.db.outboxMessage.findMany({ where: { reportId: report.id }, orderBy: { id: "asc" } });
    expect(outbox.map((row) => row.id)).toEqual([lastOutbox + 1, lastOutbox + 2]);
    // The deleted question's id stays unused, as it was on SQLite.
    expect(await inbox.questions.record({ channel: "telegram", chatId: "55", question: "Câu mới?", sections: [], declined: false, mode: "extractive", latencyMs: 5 })).toBe(3);
    const user = await inbox.staff.create("moi", "Cán bộ mới", "mat-khau-dai-du-3", "viewer");
    expect(user.id).toBe(3);
  });
});

describe("npm run db:copy refuses, and writes nothing", () => {
  it("a target that has rows", async () => {
    const target = await freshDatabaseUrl();
    const inbox = await openTestInbox(target);
    await inbox.staff.create("da.co", "Đã có", "mat-khau-dai-du-4", "admin");
    const refused = await copy(["--to", target]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("không trống (có dữ liệu trong StaffUser)");
    expect(refused.stderr).toContain("Cách dùng: npm run db:copy");
    expect(await postgresCounts(target, ["StaffUser", "Report", "OutboxMessage"])).toEqual({ StaffUser: 1, Report: 0, OutboxMessage: 0 });
  });

  it("a --to that is missing or not PostgreSQL, without echoing it", async () => {
    const missing = await copy([]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("thiếu --to");
    const other = await copy(["--to", "mysql://root:bi-mat@127.0.0.1/tro_ly"]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("--to phải là địa chỉ PostgreSQL");
    expect(other.stderr).not.toContain("bi-mat");
  });

  it("a source that is not SQLite", async () => {
    const refused = await copy(["--to", "postgresql://127.0.0.1:5432/dich"], { DATABASE_URL: "postgresql://tro_ly:bi-mat@127.0.0.1:5432/tro_ly" });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("DATABASE_URL đã là PostgreSQL (postgresql://127.0.0.1:5432/tro_ly)");
    expect(refused.stderr).not.toContain("bi-mat");
  });

  it("a SQLite database whose migrations are not all applied, before touching the target", async () => {
    const oldDir = tempDir("db-copy-old");
    copyFileSync(sqliteFile, join(oldDir, "tro-ly-dan-van.db"));
    const old = new Sqlite(join(oldDir, "tro-ly-dan-van.db"));
    const { name } = old.prepare(`SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`).get() as { name: string };
    old.prepare(`DELETE FROM "_prisma_migrations" WHERE migration_name = ?`).run(name);
    old.close();
    const target = await emptyPostgresUrl();
    const refused = await copy(["--to", target], { DATA_DIR: oldDir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`chưa được cập nhật cấu trúc (thiếu 1 bản: ${name})`);
    expect(await queryRows(target, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)).toEqual([]);
  });

  it("a server that cannot be reached: one line, exit code 1, no password", async () => {
    const refused = await copy(["--to", `postgresql://tro_ly:bi-mat@127.0.0.1:${await freePort()}/tro_ly`]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Lỗi: không kết nối được cơ sở dữ liệu PostgreSQL postgresql:\/\/127\.0\.0\.1:\d+\/tro_ly: .*\n$/u);
    expect(refused.stderr).not.toContain("bi-mat");
  });
});

describe("npm run db:copy fails as a whole", () => {
  it("a value that cannot be converted, found after other tables were copied: all rolled back", async () => {
    const badDir = tempDir("db-copy-bad");
    copyFileSync(sqliteFile, join(badDir, "tro-ly-dan-van.db"));
    const bad = new Sqlite(join(badDir, "tro-ly-dan-van.db"));
    bad.prepare(`UPDATE "FormKey" SET "createdAt" = 'hôm qua lúc chín giờ sáng'`).run();
    bad.close();
    const target = await emptyPostgresUrl();
    const failed = await copy(["--to", target], { DATA_DIR: badDir });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^Lỗi: giá trị không chuyển được ở bảng FormKey, cột createdAt \(kiểu timestamp without time zone\): string "hôm qua lúc chín giờ…"\n$/u);
    // Reports, staff and sessions went in before FormKey: none of them stayed.
    expect(Object.values(await postgresCounts(target, tables)).every((count) => count === 0)).toBe(true);
  });
});
