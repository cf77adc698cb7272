/**
 * The staff inbox over HTTP, on reports citizens filed through the web chat: list, filters, search
 * without diacritics, the report page and its actions (the citizen is notified through the outbox),
 * duplicates and merging, overdue reports, CSV export, the dashboard, and bad input of every kind.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { PAGE_SIZE } from "../../../src/inbox/report-queries.js";
import { UNCONFIRMED_REASON } from "../../../src/inbox/outbox.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, signedInStaff, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;
let staff: WebClient;
/** Citizens in the web chat, and the codes of their reports. */
let lamp: { chat: WebChat; code: string };
let lampAgain: { chat: WebChat; code: string };
let hostile: { chat: WebChat; code: string };

const HOSTILE = `=HYPERLINK("http://evil.example";"bấm") <script>alert("xss")</script><img src=x onerror=alert(1)> '; DROP TABLE "Report"; -- ở thôn Phú Ninh`;

/** A citizen files a report through the whole conversation, leaving a phone number. */
async function fileWithPhone(chat: WebChat, text: string, phone: string): Promise<string> {
  await chat.say("/gopy");
  await chat.say(text);
  const [areas] = await chat.press("fb:topic:hanh_chinh");
  // The area the text names (suggested, ✓), as a citizen would pick it.
  await chat.press(areas!.choices!.flat().find((choice) => choice.label.startsWith("✓"))?.value ?? "fb:area:none");
  await chat.press("fb:phone");
  await chat.say(phone);
  await chat.press("fb:send");
  return /PA-\d{4}-\d{6}/u.exec(await chat.waitFor(/PA-\d{4}-\d{6}/u))![0];
}

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
  staff = await signedInStaff(app, "canbo", "staff");
  const citizen = () => new WebChat(new WebClient(app.server));
  const lampChat = citizen();
  lamp = { chat: lampChat, code: await fileWithPhone(lampChat, "Đèn đường thôn 2 xã Tam Thăng, thành phố Tam Kỳ hỏng cả tháng nay, tối đi lại rất nguy hiểm.", "0905 123 456") };
  const againChat = citizen();
  // A street light is `ha_tang` for the classifier, so this report is filed without asking its topic.
  lampAgain = { chat: againChat, code: await againChat.report("Đèn đường ở thôn 2 xã Tam Thăng Tam Kỳ bị hỏng cả tháng nay, buổi tối đi lại nguy hiểm lắm.", "ha_tang") };
  const hostileChat = citizen();
  hostile = { chat: hostileChat, code: await hostileChat.report(HOSTILE, "khac") };
});

describe("the list", () => {
  it("shows every report with its status and deadline, newest first", async () => {
    const page = await staff.get("/inbox");
    expect(page.status).toBe(200);
    for (const code of [lamp.code, lampAgain.code, hostile.code]) expect(page.body).toContain(`href="/inbox/${code}"`);
    expect(page.body.indexOf(hostile.code)).toBeLessThan(page.body.indexOf(lamp.code));
    expect(page.body).toContain("Mới");
    expect(page.body).toMatch(/<b>3<\/b><span class="muted">chưa giải quyết xong<\/span>/u);
  });

  it("filters by topic, area, channel and date, and finds text with or without diacritics", async () => {
    const codesOf = async (query: string) => [...(await staff.get(`/inbox?${query}`)).body.matchAll(/href="\/inbox\/(PA-\d{4}-\d{6})"/gu)].map((match) => match[1]);
    expect(await codesOf("topic=hanh_chinh")).toEqual([lamp.code]);
    expect(await codesOf("topic=ha_tang")).toEqual([lampAgain.code]);
    expect(await codesOf("topic=khac")).toEqual([hostile.code]);
    expect(await codesOf(`area=${encodeURIComponent("Phường Bàn Thạch")}`)).toContain(lamp.code);
    expect(await codesOf("channel=web")).toHaveLength(3);
    expect(await codesOf("channel=telegram")).toEqual([]);
    expect(await codesOf("q=den+duong")).toEqual([lampAgain.code, lamp.code]);
    expect(await codesOf(`q=${encodeURIComponent("ĐÈN ĐƯỜNG")}`)).toEqual([lampAgain.code, lamp.code]);
    expect(await codesOf(`q=${encodeURIComponent(lamp.code.toLowerCase())}`)).toEqual([lamp.code]);
    expect(await codesOf("from=2000-01-01&to=2000-12-31")).toEqual([]);
    expect(await codesOf("status=open&urgent=1")).toEqual([]);
  });

  it("treats SQL in the search box as text, and ignores nonsense in the URL", async () => {
    const injected = await staff.get(`/inbox?q=${encodeURIComponent(`'; DROP TABLE "Report"; --`)}`);
    expect(injected.status).toBe(200);
    expect(injected.body).toContain(hostile.code);
    expect(injected.body).not.toContain(lamp.code);
    expect(await inbox.db.report.count()).toBe(3);
    const nonsense = await staff.get("/inbox?status=bogus&topic=%3Cx%3E&page=-4&from=hom-qua&urgent=yes&channel=fax");
    expect(nonsense.status).toBe(200);
    expect(nonsense.body).toContain(lamp.code);
  });

  it("renders what citizens typed as text, never as markup", async () => {
    for (const path of ["/inbox", `/inbox/${hostile.code}`, `/inbox?q=${encodeURIComponent("<script>")}`]) {
      const page = await staff.get(path);
      expect(page.body, path).not.toContain("<script>alert");
      expect(page.body, path).not.toContain("<img src=x");
      expect(page.body, path).toContain("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;");
    }
  });
});

describe("a report's page", () => {
  it("shows the whole report with the contact masked; revealing it is recorded with who did it", async () => {
    const page = await staff.get(`/inbox/${lamp.code}`);
    expect(page.body).toContain("Đèn đường thôn 2 xã Tam Thăng");
    expect(page.body).not.toContain("0905123456");
    expect(page.body).not.toContain("0905 123 456");
    expect(page.body).toContain("Hiện thông tin liên hệ");

    const revealed = await staff.post(`/inbox/${lamp.code}/reveal`);
    expect(revealed.body).toContain("0905123456");
    expect(revealed.body).toContain("việc xem đã được ghi lại");
    const report = await inbox.reports.findByCode(lamp.code);
    expect(report?.events.find((event) => event.type === "contact_revealed")).toMatchObject({ actorName: "Cán bộ canbo" });
    expect((await staff.get(`/inbox/${lamp.code}`)).body).not.toContain("0905123456");
  });

  it("changes the status and tells the citizen in the web chat; the timeline shows it was delivered", async () => {
    const changed = await staff.post(`/inbox/${lamp.code}/status`, { status: "dang_xu_ly", note: "Điện lực Tam Kỳ sẽ thay bóng trong tuần." });
    expect(changed.status).toBe(200);
    expect(changed.body).toContain("Đã chuyển sang “Đang xử lý” và báo cho người phản ánh.");
    const notice = await lamp.chat.waitFor(new RegExp(`${lamp.code} đang được xử lý`, "u"));
    expect(notice).toContain("Điện lực Tam Kỳ sẽ thay bóng trong tuần.");
    await app.dispatcher.idle();
    const page = await staff.get(`/inbox/${lamp.code}`);
    expect(page.body).toMatch(/Tin báo trạng thái: <span class="delivery sent">đã gửi/u);
  });

  it("shows staff, in Vietnamese, why a message could not reach the citizen", async () => {
    const report = (await inbox.reports.findByCode(lamp.code))!;
    // As the Zalo OA sender leaves a reply to a person who blocked the OA (see test/channels/zalo/oa-errors.test.ts).
    await inbox.db.outboxMessage.create({
      data: { channel: "zalo", chatId: "oa:8123", payload: "{}", purpose: "staff_reply", reportId: report.id, status: "undeliverable", attempts: 1, lastError: "Zalo refused the message: Zalo OA API answered with an error (-217): User blocked", staffReason: "Người nhận đã chặn tin nhắn từ OA" },
    });
    const page = await staff.get(`/inbox/${lamp.code}`);
    expect(page.body).toContain('Tin trả lời: <span class="delivery undeliverable">không gửi được (1 lần thử)</span><br><span class="delivery-reason">Lý do: Người nhận đã chặn tin nhắn từ OA</span>');
    // The operators' English error stays in the logs and the database.
    expect(page.body).not.toContain("User blocked");
  });

  it("shows staff a tracking code that a crash cut short during its sending as neither sent nor failed", async () => {
    const report = (await inbox.reports.findByCode(lamp.code))!;
    const past = new Date(Date.now() - 60_000);
    await inbox.db.outboxMessage.create({
      data: { channel: "telegram", chatId: "8124", payload: "{}", purpose: "tracking_code", reportId: report.id, status: "sending", claimedBy: "app-gone", sendingAt: past, nextAttemptAt: past },
    });
    await inbox.outbox.settleUnconfirmed();
    const page = await staff.get(`/inbox/${lamp.code}`);
    expect(page.body).toContain(`Tin báo mã phản ánh: <span class="delivery unconfirmed">không rõ đã tới chưa (1 lần thử)</span><br><span class="delivery-reason">Lý do: ${UNCONFIRMED_REASON}</span>`);
  });

  it("says why a message waits when this server does not send to its channel (no Zalo configured here)", async () => {
    const report = (await inbox.reports.findByCode(lamp.code))!;
    await inbox.db.outboxMessage.create({ data: { channel: "zalo", chatId: "oa:8125", payload: "{}", purpose: "status", reportId: report.id } });
    const page = await staff.get(`/inbox/${lamp.code}`);
    expect(page.body).toContain(
      'Tin báo trạng thái: <span class="delivery pending">đang chờ gửi</span><br><span class="delivery-reason">Lý do: Máy chủ chưa được cấu hình để gửi tin qua Zalo nên tin đang chờ; tin sẽ tự gửi khi quản trị hệ thống cấu hình xong.</span>',
    );
  });

  it("assigns a unit, sends a reply to the citizen, and keeps internal notes from the citizen", async () => {
    const unit = (await inbox.units.active())[0]!;
    expect((await staff.post(`/inbox/${lamp.code}/assign`, { unit: unit.code })).body).toContain(`Đã chuyển đến ${unit.name}.`);
    expect(await lamp.chat.waitFor(/đã được chuyển đến đơn vị có thẩm quyền/u)).toContain(unit.name);

    await staff.post(`/inbox/${lamp.code}/note`, { text: "Đã gọi điện cho trưởng thôn, ghi chú nội bộ." });
    const reply = await staff.post(`/inbox/${lamp.code}/reply`, { text: "Chúng tôi đã làm việc với UBND xã Tam Thăng." });
    expect(reply.body).toContain("Đã gửi câu trả lời");
    expect(await lamp.chat.waitFor(/Ban Dân vận trả lời phản ánh/u)).toContain("Chúng tôi đã làm việc với UBND xã Tam Thăng.");
    await lamp.chat.poll();
    expect(lamp.chat.replies.some((received) => JSON.stringify(received).includes("ghi chú nội bộ"))).toBe(false);
    const page = await staff.get(`/inbox/${lamp.code}`);
    expect(page.body).toContain("Đã gọi điện cho trưởng thôn");
  });

  it("refuses bad actions with a clear message and changes nothing", async () => {
    const cases: Array<[string, Record<string, string>, number, string]> = [
      [`/inbox/${lamp.code}/status`, { status: "bay_len_troi" }, 400, "Trạng thái không hợp lệ."],
      [`/inbox/${lamp.code}/status`, { status: "moi" }, 303, "Không thể chuyển sang trạng thái này từ trạng thái hiện tại."],
      [`/inbox/${lamp.code}/reply`, { text: "   " }, 400, "Nội dung không được để trống."],
      [`/inbox/${lamp.code}/reply`, { text: "x".repeat(4001) }, 400, "Nội dung dài quá 4.000 ký tự."],
      [`/inbox/${lamp.code}/assign`, { unit: "KHONG-CO" }, 400, "Đơn vị không hợp lệ."],
      [`/inbox/${lamp.code}/merge`, { original: "abc" }, 400, "Mã phản ánh gốc không đúng"],
      [`/inbox/${lamp.code}/merge`, { original: "PA-1999-000001" }, 303, "Không tìm thấy phản ánh"],
    ];
    const before = await inbox.reports.findByCode(lamp.code);
    for (const [path, form, status, message] of cases) {
      const response = await staff.post(path, form);
      // Refused input is shown again at once (400); an action the report's state refused is a 303 to it.
      expect(response.redirectedFrom?.status ?? response.status, `${path} ${JSON.stringify(form).slice(0, 40)}`).toBe(status);
      expect(response.body).toContain(message);
    }
    const after = await inbox.reports.findByCode(lamp.code);
    expect(after?.status).toBe(before?.status);
    expect(after?.events).toHaveLength(before!.events.length);
    expect((await staff.get("/inbox/PA-2026-999999")).status).toBe(404);
    const huge = await staff.post(`/inbox/${lamp.code}/reply`, { text: "x".repeat(100_000) });
    expect(huge.status).toBe(413);
    expect(huge.body).toContain("Nội dung gửi lên quá lớn.");
  });

  it("suggests the other report about the same lamp, merges it, and both citizens then get updates", async () => {
    const page = await staff.get(`/inbox/${lampAgain.code}`);
    expect(page.body).toContain("Có thể trùng với");
    expect(page.body).toContain(`<input type="hidden" name="original" value="${lamp.code}">`);
    const merged = await staff.post(`/inbox/${lampAgain.code}/merge`, { original: lamp.code });
    expect(merged.body).toContain(`Đã gộp vào ${lamp.code}`);
    expect(await lampAgain.chat.waitFor(/trùng với một phản ánh khác/u)).toContain(lampAgain.code);

    await staff.post(`/inbox/${lamp.code}/status`, { status: "da_giai_quyet", note: "Đã thay bóng đèn." });
    expect(await lamp.chat.waitFor(/đã được giải quyết/u)).toContain("Đã thay bóng đèn.");
    expect(await lampAgain.chat.waitFor(/đã được giải quyết/u)).toContain(lamp.code);
  });
});

describe("deadlines", () => {
  it("highlights and counts overdue open reports", async () => {
    await inbox.db.report.update({ where: { code: hostile.code }, data: { dueAt: new Date(Date.now() - 86_400_000) } });
    const page = await staff.get("/inbox");
    expect(page.body).toMatch(/<a class="stat warn" href="\/inbox\?overdue=1"><b>1<\/b>/u);
    const overdue = await staff.get("/inbox?overdue=1");
    expect([...overdue.body.matchAll(/<tr data-code="[^"]+" data-urgent="[01]" class="overdue\b/gu)]).toHaveLength(1);
    expect(overdue.body).toContain(hostile.code);
    expect(overdue.body).toContain('<span class="badge overdue">Quá hạn</span>');
  });
});

describe("CSV export", () => {
  it("opens in Excel: UTF-8 BOM, CRLF lines, quoted cells, formulas neutralised, contacts not exported", async () => {
    const response = await staff.get("/inbox/export.csv");
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="phan-anh-\d{4}-\d{2}-\d{2}\.csv"$/u);
    const raw = Buffer.from(response.body, "utf8");
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = response.body.slice(1).split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines[0]).toMatch(/^"Mã","Ngày gửi",.*"Nội dung","Trả lời của cán bộ","Kết quả"$/u);
    expect(lines).toHaveLength(3 + 2);
    const hostileLine = lines.find((line) => line.startsWith(`"${hostile.code}"`))!;
    expect(hostileLine).toContain('<script>alert(""xss"")</script>');
    expect(hostileLine).toMatch(/,"'=HYPERLINK\(""http:\/\/evil\.example""/u);
    expect(response.body).not.toContain("0905123456");
    expect(response.body).toContain("Đèn đường thôn 2");
  });

  it("exports only what the filters select", async () => {
    const response = await staff.get("/inbox/export.csv?topic=khac");
    expect(response.body.slice(1).split("\r\n").filter(Boolean)).toHaveLength(2);
  });
});

describe("dashboard", () => {
  it("shows the figures and charts of the reports", async () => {
    const page = await staff.get("/dashboard");
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<b>3<\/b><span class="muted">phản ánh đã nhận<\/span>/u);
    expect(page.body).toMatch(/giải quyết đúng hạn \(trên 1 phản ánh\)/u);
    expect(page.body).toContain("<svg");
    expect(page.body).toContain("Thủ tục hành chính");
    expect(page.body).not.toMatch(/(src|href)="(https?:)?\/\//u);
  });
});

describe("10,000 reports", () => {
  beforeAll(async () => {
    const now = Date.now();
    const [filed, due] = [new Date(now - 30 * 86_400_000), new Date(now + 86_400_000)];
    await inbox.db.report.createMany({
      data: Array.from({ length: 10_000 }, (_, index) => {
        const i = index + 1;
        const code = `PA-2025-${String(100_000 + i).padStart(6, "0")}`;
        return {
          id: 100_000 + i,
          code,
          channel: "telegram",
          topic: "moi_truong",
          area: "Huyện Núi Thành",
          description: `Khói bụi nhà máy số ${i}`,
          status: i % 3 === 0 ? "dong" : "moi",
          createdAt: filed,
          updatedAt: filed,
          dueAt: due,
          searchText: `${code.toLowerCase()} huyen nui thanh khoi bui nha may so ${i}`,
        };
      }),
    });
  });

  it("pages the list 25 at a time, with the right totals, and clamps pages past the end", async () => {
    const first = await staff.get("/inbox?topic=moi_truong");
    expect(first.status).toBe(200);
    expect([...first.body.matchAll(/<tr data-code="/gu)]).toHaveLength(PAGE_SIZE);
    expect(first.body).toMatch(/<b>10000<\/b><span class="muted">phản ánh khớp bộ lọc<\/span>/u);
    expect(first.body).toContain(`page=${10_000 / PAGE_SIZE}`);
    const beyond = await staff.get("/inbox?topic=moi_truong&page=99999");
    expect(beyond.body).toContain("PA-2025-100001");
  });

  it("searches and filters all of them", async () => {
    const found = await staff.get(`/inbox?q=${encodeURIComponent("nhà máy số 7777")}`);
    expect(found.body).toContain("PA-2025-107777");
    expect(found.body).toMatch(/<b>1<\/b><span class="muted">phản ánh khớp bộ lọc<\/span>/u);
    const open = await staff.get("/inbox?status=open&topic=moi_truong");
    expect(open.body).toMatch(/<b>6667<\/b><span class="muted">phản ánh khớp bộ lọc<\/span>/u);
    const dashboard = await staff.get("/dashboard");
    expect(dashboard.body).toMatch(/<b>10003<\/b><span class="muted">phản ánh đã nhận<\/span>/u);
  });
});

describe("warning of discarded Zalo OA events", () => {
  it("tells staff on the inbox when OA events were thrown away in the last hour, with the likely cause", async () => {
    expect((await staff.get("/inbox")).body).not.toContain("sự kiện gửi đến Zalo OA đã bị loại");
    const [stored] = await inbox.intake.accept([{ source: "zalo_oa", updateId: "oa:forged-for-warning", chatId: "oa:1", payload: { raw: "{}", signature: null } }]);
    await inbox.intake.discard(stored!.id, "signature mismatch: check ZALO_OA_SECRET_KEY (the OA secret key of the webhook, not the app secret)");
    const page = (await staff.get("/inbox")).body;
    expect(page).toContain("Trong 1 giờ qua, <b>1</b> sự kiện gửi đến Zalo OA đã bị loại");
    expect(page).toContain("ZALO_OA_SECRET_KEY");
  });
});
