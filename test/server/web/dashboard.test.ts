/**
 * The dashboard for a chosen period: figures by unit (reports, resolved, resolved on time, median
 * time to resolve) and by area count only the reports filed in the period; the CSV export carries
 * the staff's replies and the outcome, and says "Không" where a field is empty.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import type { ReportDraft } from "../../../src/inbox/reports.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, signedInStaff, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;
let staff: WebClient;
const codes: string[] = [];

/** A day and hour in Vietnam time. */
const vn = (day: string, hour = "09:00") => new Date(`${day}T${hour}:00+07:00`);

function draft(description: string): ReportDraft {
  return { channel: "telegram", chatId: "7001", reporter: { id: "7001" }, topic: "khac", urgent: false, urgentReasons: [], description, descriptionCut: false, attachments: [], anonymous: true, sections: [], suggestedUnit: "UBND xã", dueAt: new Date() };
}

/** A report filed on `filed`, assigned to `unit`, resolved on `resolved` (or still open), with its deadline. */
async function report(description: string, unit: string, area: string | null, filed: Date, due: Date, resolved?: Date): Promise<string> {
  const { code } = await app.service.file(draft(description));
  const unitId = (await inbox.units.byCode(unit))!.id;
  await inbox.db.report.update({ where: { code }, data: { unitId, area, createdAt: filed, dueAt: due, status: resolved ? "da_giai_quyet" : "da_chuyen", resolvedAt: resolved ?? null } });
  codes.push(code);
  return code;
}

/** The cells of a CSV document (quoted fields, "" for a quote, line breaks inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const pattern = /"((?:[^"]|"")*)"(,|\r\n|$)/gu;
  let row: string[] = [];
  for (const match of text.replace(/^\uFEFF/u, "").matchAll(pattern)) {
    row.push(match[1]!.replaceAll('""', '"'));
    if (match[2] !== ",") {
      rows.push(row);
      row = [];
    }
  }
  return rows.filter((cells) => cells.length > 1);
}

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
  staff = await signedInStaff(app, "canbo", "staff");
  await inbox.units.add("giao-thong", { name: "Sở Giao thông vận tải", telegramChatId: null });
  await inbox.units.add("dien-luc", { name: "Công ty Điện lực", telegramChatId: null });
  // March: two for roads (one resolved in 2 days, on time; one in 15 days, late), one open for electricity.
  await report("Ổ gà trên đường Hùng Vương.", "giao-thong", "Phường An Mỹ", vn("2026-03-10"), vn("2026-03-20"), vn("2026-03-12"));
  await report("Cầu tràn thôn 3 sụt lún.", "giao-thong", "Phường An Mỹ", vn("2026-03-15"), vn("2026-03-20"), vn("2026-03-30"));
  await report("Trụ điện nghiêng.", "dien-luc", null, vn("2026-03-20"), vn("2026-04-01"));
  // May: one for electricity, resolved on time.
  await report("Mất điện cả xóm.", "dien-luc", "Xã Tam Thanh", vn("2026-05-05"), vn("2026-05-10"), vn("2026-05-06"));
});

/** The rows of a figures table of the dashboard: [name, reports, resolved, on time, median]. */
function table(page: string, id: string): string[][] {
  const body = new RegExp(`<table class="list" id="by-${id}">([\\s\\S]*?)</table>`, "u").exec(page)?.[1] ?? "";
  return [...body.matchAll(/<tr><td[^>]*>([\s\S]*?)<\/tr>/gu)].map((row) => [...`<td>${row[1]}`.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/gu)].map((cell) => cell[1]!.trim()));
}

describe("the period selector", () => {
  it("counts the reports filed in a custom period, by unit and by area", async () => {
    const page = (await staff.get("/dashboard?ky=tuy_chon&from=2026-03-01&to=2026-03-31")).body;
    expect(page).toContain("Tùy chọn (01/03/2026 – 31/03/2026)");
    expect(page).toMatch(/<b>3<\/b><span class="muted">phản ánh đã nhận<\/span>/u);
    expect(table(page, "units")).toEqual([
      ["Công ty Điện lực", "1", "0", "0", "chưa có"],
      ["Sở Giao thông vận tải", "2", "2", "1 (50%)", "8,5 ngày"],
    ]);
    expect(table(page, "areas")).toEqual([
      ["Phường An Mỹ", "2", "2", "1 (50%)", "8,5 ngày"],
      ["Không rõ", "1", "0", "0", "chưa có"],
    ]);
    // The export button exports the same period.
    expect(page).toContain('href="/inbox/export.csv?from=2026-03-01&amp;to=2026-03-31"');
  });

  it("shows another period's figures, and everything by default", async () => {
    const may = (await staff.get("/dashboard?ky=tuy_chon&from=2026-05-31&to=2026-05-01")).body;
    expect(may).toMatch(/<b>1<\/b><span class="muted">phản ánh đã nhận<\/span>/u);
    expect(table(may, "units")).toEqual([["Công ty Điện lực", "1", "1", "1 (100%)", "24 giờ"]]);
    const all = (await staff.get("/dashboard")).body;
    expect(all).toMatch(/<b>4<\/b><span class="muted">phản ánh đã nhận<\/span>/u);
    expect(all).toContain('<option value="tat_ca" selected>Từ trước đến nay</option>');
    const year = (await staff.get("/dashboard?ky=nam")).body;
    const thisYear = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
    expect(year).toContain(`Năm nay (01/01/${thisYear} – 31/12/${thisYear})`);
    expect(year).toContain('<option value="nam" selected>Năm nay</option>');
  });
});

describe("the CSV export", () => {
  it("carries the staff's reply and the outcome, and writes “Không” for empty fields", async () => {
    const [answered, , open] = codes;
    await app.service.reply(answered!, "Sở GTVT đã vá ổ gà ngày 12/3.", { type: "staff", name: "Cán bộ canbo" });
    await inbox.db.report.update({ where: { code: answered }, data: { status: "dang_xu_ly" } });
    await app.service.changeStatus(answered!, "da_giai_quyet", { type: "staff", name: "Cán bộ canbo" }, { note: "Đã vá xong, mặt đường êm thuận." });
    const rows = parseCsv((await staff.get("/inbox/export.csv?from=2026-03-01&to=2026-03-31")).body);
    const header = rows[0]!;
    expect(header.slice(-3)).toEqual(["Nội dung", "Trả lời của cán bộ", "Kết quả"]);
    expect(rows).toHaveLength(4);
    const field = (code: string, column: string) => rows.find((row) => row[0] === code)![header.indexOf(column)];
    expect(field(answered!, "Trả lời của cán bộ")).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}: Sở GTVT đã vá ổ gà ngày 12\/3\.$/u);
    expect(field(answered!, "Kết quả")).toBe("Đã vá xong, mặt đường êm thuận.");
    expect(field(open!, "Quá hạn")).toBe("Có");
    for (const column of ["Trả lời của cán bộ", "Kết quả", "Địa bàn", "Khẩn", "Đánh giá", "Phản hồi đầu tiên", "Ngày giải quyết"]) expect(field(open!, column), column).toBe("Không");
    expect(rows.flat().every((cell) => cell.trim() !== "")).toBe(true);
  });
});
