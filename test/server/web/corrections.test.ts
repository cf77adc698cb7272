/**
 * Staff correct a report's topic, area and urgency, with an optional reason: the report changes (its
 * deadline and search text with it), the trail says who changed what and why, bad input changes
 * nothing, and the corrections export as CSV and as JSON Lines that `npm run bench:classify` reads.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge, tempDir } from "../../helpers/knowledge.js";
import { ROOT } from "../../helpers/paths.js";
import { testReference } from "../../helpers/assistant.js";
import { openTestWebApp, replyText, signedInStaff, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;
let staff: WebClient;
let pothole: string;
let reporter: WebChat;
let quiet: string;

const POTHOLE = "Ổ gà rất lớn trên đường tỉnh 609 đoạn qua xã Đại Hiệp, tối qua hai xe máy ngã. Gọi tôi 0905 777 888.";

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
  staff = await signedInStaff(app, "canbo", "staff");
  // Filed as a natural disaster, as the issue saw it happen.
  reporter = new WebChat(new WebClient(app.server));
  pothole = await reporter.report(POTHOLE, "thien_tai");
  quiet = await new WebChat(new WebClient(app.server)).report("Đề nghị phường An Mỹ công khai lịch tiếp công dân của lãnh đạo.", "hanh_chinh");
  // As the classifier filed them (whatever it now thinks of these texts): the first one wrongly.
  await inbox.db.report.update({ where: { code: pothole }, data: { topic: "thien_tai", urgent: false } });
  await inbox.db.report.update({ where: { code: quiet }, data: { topic: "hanh_chinh", urgent: false } });
});

const areaNames = () => testReference.areas.map((area) => area.name);

describe("correcting a report", () => {
  it("changes topic, area and urgency with a reason; the trail says who, what and why; the deadline follows", async () => {
    const before = (await inbox.reports.findByCode(pothole))!;
    const area = areaNames().find((name) => name !== before.area)!;
    await staff.get(`/inbox/${pothole}`);
    const answer = await staff.post(`/inbox/${pothole}/correct`, { topic: "hanh_chinh", area, urgent: "1", reason: "Ổ gà trên đường tỉnh, không phải thiên tai; đã có người ngã." }, { follow: false });
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe(`/inbox/${pothole}`);

    const page = (await staff.get(`/inbox/${pothole}`)).body;
    expect(page).toContain("Đã sửa lĩnh vực, địa bàn, mức khẩn; việc sửa đã được ghi vào dòng thời gian.");
    expect(page).toContain("Sửa phân loại");
    expect(page).toContain("Lĩnh vực: Thiên tai, sạt lở, ngập lụt → Thủ tục hành chính");
    expect(page).toContain(`Địa bàn: ${before.area ?? "Không rõ"} → ${area}`);
    expect(page).toContain("Mức khẩn: Không khẩn → Khẩn");
    expect(page).toContain("Lý do: Ổ gà trên đường tỉnh, không phải thiên tai; đã có người ngã.");
    expect(page).toContain("Cán bộ canbo");
    expect(page).toContain('<span class="badge urgent">Khẩn</span>');

    const after = (await inbox.reports.findByCode(pothole))!;
    expect(after).toMatchObject({ topic: "hanh_chinh", area, urgent: true });
    // Urgent: due a fixed number of hours after filing, weekends or not.
    expect(after.dueAt.getTime()).toBe(after.createdAt.getTime() + testReference.deadlines.urgentHours * 3600_000);
    expect(JSON.parse(after.urgentReasons)).toEqual(["Cán bộ canbo đánh dấu khẩn: Ổ gà trên đường tỉnh, không phải thiên tai; đã có người ngã."]);
    const rows = await inbox.db.reportCorrection.findMany({ where: { reportId: after.id }, orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.field, row.fromValue, row.toValue, row.actorName])).toEqual([
      ["topic", "thien_tai", "hanh_chinh", "Cán bộ canbo"],
      ["area", before.area, area, "Cán bộ canbo"],
      ["urgent", "false", "true", "Cán bộ canbo"],
    ]);
    // The citizen's history leaves the staff's correction out.
    const [history] = await reporter.say(`/theodoi ${pothole}`);
    expect(replyText(history!)).toContain("gửi phản ánh");
    expect(replyText(history!)).not.toMatch(/corrected|Ổ gà trên đường tỉnh, không phải thiên tai/u);
    // The search finds it by its new area.
    const found = await staff.get(`/inbox?q=${encodeURIComponent(area)}&topic=hanh_chinh`);
    expect(found.body).toContain(`href="/inbox/${pothole}"`);
  });

  it("records only what changed, and a correction without a reason", async () => {
    const report = (await inbox.reports.findByCode(quiet))!;
    await staff.get(`/inbox/${quiet}`);
    const answer = await staff.post(`/inbox/${quiet}/correct`, { topic: "khac", area: report.area ?? "", urgent: report.urgent ? "1" : "0", reason: "  " });
    expect(answer.body).toContain("Đã sửa lĩnh vực;");
    const rows = await inbox.db.reportCorrection.findMany({ where: { reportId: report.id } });
    expect(rows.map((row) => [row.field, row.reason])).toEqual([["topic", null]]);
    const trail = (await inbox.reports.findByCode(quiet))!.events.filter((event) => event.type === "corrected");
    expect(trail.map((event) => event.text)).toEqual([expect.not.stringContaining("Lý do")]);
  });

  it("refuses bad input with a clear message and changes nothing; a viewer may not correct", async () => {
    const before = await inbox.db.reportCorrection.count();
    const report = (await inbox.reports.findByCode(quiet))!;
    const same = { topic: report.topic, area: report.area ?? "", urgent: report.urgent ? "1" : "0" };
    const cases: Array<[Record<string, string>, string]> = [
      [{ ...same, topic: "bay_len_troi" }, "Lĩnh vực không hợp lệ."],
      [{ ...same, area: "Huyện Không Có <script>" }, "Địa bàn không có trong danh sách."],
      [{ ...same, urgent: "rat-khan" }, "Mức khẩn không hợp lệ."],
      [{ ...same, topic: "moi_truong", reason: "x".repeat(501) }, "Lý do dài quá 500 ký tự."],
      [same, "Bạn chưa thay đổi lĩnh vực, địa bàn hay mức khẩn."],
    ];
    await staff.get(`/inbox/${quiet}`);
    for (const [form, message] of cases) {
      const answer = await staff.post(`/inbox/${quiet}/correct`, form);
      expect(answer.status, message).toBe(400);
      expect(answer.body).toContain(message);
      expect(answer.body).not.toContain("<script>");
    }
    expect((await staff.post("/inbox/PA-2026-999999/correct", { ...same, topic: "khac" })).status).toBe(404);
    const viewer = await signedInStaff(app, "chixem", "viewer");
    await viewer.get(`/inbox/${quiet}`);
    expect((await viewer.post(`/inbox/${quiet}/correct`, { ...same, topic: "moi_truong" })).status).toBe(403);
    expect((await viewer.get(`/inbox/${quiet}`)).body).not.toContain("Sửa phân loại</h2>");
    expect(await inbox.db.reportCorrection.count()).toBe(before);
    expect((await inbox.reports.findByCode(quiet))!.topic).toBe(report.topic);
  });
});

describe("exporting corrections", () => {
  it("as CSV for Excel, one line per change, with labels and masked text", async () => {
    const response = await staff.get("/inbox/corrections.csv");
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="sua-phan-loai-\d{4}-\d{2}-\d{2}\.csv"$/u);
    expect([...response.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = response.body.slice(1).split("\r\n").filter(Boolean);
    expect(lines[0]).toBe('"Mã","Thời điểm sửa","Người sửa","Mục sửa","Giá trị cũ","Giá trị mới","Lý do","Nội dung"');
    expect(lines).toHaveLength(1 + 4);
    expect(lines.find((line) => line.includes('"Lĩnh vực","Thiên tai, sạt lở, ngập lụt","Thủ tục hành chính"'))).toContain(pothole);
    expect(response.body).toContain('"Mức khẩn","Không khẩn","Khẩn"');
    expect(response.body).not.toContain("0905 777 888");
    expect(response.body).toContain("09xx xxx x88");
    expect((await inbox.audit.recent(5)).find((entry) => entry.action === "export")?.detail).toBe("4 lần sửa phân loại (CSV)");
  });

  it("as JSON Lines {id, text, topic, urgent} of the corrected reports, which bench:classify measures", async () => {
    const response = await staff.get("/inbox/corrections.jsonl");
    expect(response.headers["content-type"]).toBe("application/jsonl; charset=utf-8");
    const cases = response.body.split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(cases).toEqual([
      { id: pothole, text: POTHOLE.replace("0905 777 888", "09xx xxx x88"), topic: "hanh_chinh", urgent: true },
      { id: quiet, text: expect.stringContaining("công khai lịch tiếp công dân"), topic: "khac", urgent: false },
    ]);

    const file = join(tempDir("corrections"), "sua-phan-loai.jsonl");
    writeFileSync(file, response.body);
    const bench = spawnSync(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "bench/classify.ts", file], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(bench.status, bench.stderr).toBe(0);
    expect(bench.stdout).toContain(`Given set (${file}) — 2 messages, 1 urgent`);
    expect(bench.stdout).toMatch(/topic accuracy\s+\d\.\d{3}/u);
  }, 60_000);
});
