/**
 * Privacy on the staff pages: the duplicate suggestions of a report show other reports' text with
 * phone and ID numbers masked (only the audited reveal shows a contact), and the search treats `%`,
 * `_` and quotes as the characters they are.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { searchFold } from "../../../src/inbox/reports.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { ROOT } from "../../helpers/paths.js";
import { openTestWebApp, signedInStaff, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let staff: WebClient;
const codes: Record<string, string> = {};

const REPORTS = {
  withNumbers: "Đường ống nước sạch ở thôn 3 xã Tam Ngọc bị vỡ, nước chảy lênh láng cả tuần. Gọi tôi 0905 123 456, CCCD 049123456789.",
  similar: "Đường ống nước sạch ở thôn 3 xã Tam Ngọc bị vỡ, nước chảy lênh láng mấy ngày nay chưa ai sửa.",
  percent: "Hóa đơn tiền điện tháng này tăng 50% so với tháng trước mà nhà không dùng thêm gì.",
  underscore: "Hồ sơ số HS_2026 nộp ở bộ phận một cửa phường An Mỹ chưa được trả kết quả.",
  quotes: `Biển "cấm đỗ xe" trước trường tiểu học bị ai đó viết bậy, chữ 'cấm' bị xóa mất.`,
} as const;

beforeAll(async () => {
  const inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
  staff = await signedInStaff(app, "canbo", "staff");
  for (const [name, text] of Object.entries(REPORTS)) codes[name] = await new WebChat(new WebClient(app.server)).report(text, "moi_truong");
});

describe("duplicate suggestions", () => {
  it("show the other report's text with phone and ID numbers masked", async () => {
    const page = (await staff.get(`/inbox/${codes.similar}`)).body;
    const suggestions = page.slice(page.indexOf("Có thể trùng với"));
    expect(suggestions).toContain(codes.withNumbers);
    expect(suggestions).toContain("Đường ống nước sạch ở thôn 3");
    for (const secret of ["0905 123 456", "0905123456", "049123456789", "123 456"]) expect(page, secret).not.toContain(secret);
    expect(suggestions).toContain("09xx xxx x56");
    expect(suggestions).toContain("[số CCCD đã ẩn]");
  });
});

describe("search", () => {
  const found = async (q: string) => [...(await staff.get(`/inbox?q=${encodeURIComponent(q)}`)).body.matchAll(/href="\/inbox\/(PA-\d{4}-\d{6})"/gu)].map((match) => match[1]).sort();

  it("finds `%` and `_` as characters, not as wildcards", async () => {
    expect(await found("%")).toEqual([codes.percent]);
    expect(await found("50%")).toEqual([codes.percent]);
    expect(await found("%%")).toEqual([]);
    expect(await found("_")).toEqual([codes.underscore]);
    expect(await found("hs_2026")).toEqual([codes.underscore]);
    expect(await found("hs_")).toEqual([codes.underscore]);
    expect(await found("h_")).toEqual([]);
  });

  it("finds quotes as characters", async () => {
    expect(await found(`"cấm đỗ xe"`)).toEqual([codes.quotes]);
    expect(await found(`'cam'`)).toEqual([codes.quotes]);
    expect(await found(`"'`)).toEqual([]);
  });

  it("rewrites what older versions stored the same way the search now compares (migration)", () => {
    const sql = readFileSync(join(ROOT, "prisma", "migrations", "20261203100100_search_wildcards_literal", "migration.sql"), "utf8");
    const db = new Sqlite(":memory:");
    db.exec(`CREATE TABLE "Report" ("searchText" TEXT NOT NULL)`);
    const old = "pa-2026-000007 hoa don tang 50% so voi ho so hs_2026 _%_";
    db.prepare(`INSERT INTO "Report" VALUES (?)`).run(old);
    db.exec(sql);
    expect((db.prepare(`SELECT "searchText" AS text FROM "Report"`).get() as { text: string }).text).toBe(searchFold(old));
    db.close();
  });
});
