/**
 * Looking a report up anywhere with its code and PIN: the PIN given once with the code (kept only
 * hashed), the public page `/tra-cuu` (status, public timeline, adding information, rating),
 * `/theodoi <mã> <PIN>` from another chat, and the bad inputs: one answer for an unknown code and a
 * wrong PIN, another report's code with my PIN, PIN guessing limited per code and per address. Then
 * the same in a real browser on a phone, from a second device.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { NOT_FOUND_WITH_PIN } from "../../../src/assistant/features/tracking.js";
import { textContent } from "../../../src/channels/zalo/commands.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { createPseudonymizer } from "../../../src/core/pseudonym.js";
import { LOOKUP_LIMIT, PinHasher } from "../../../src/inbox/report-access.js";
import { LOOKUP_NOT_FOUND } from "../../../src/server/web/routes/lookup.js";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { openTestInbox, testPseudonym } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, replyText, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;

const STAFF = { type: "staff" as const, id: "staff-1", name: "Cán bộ Lê Thị Hoa" };

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
}, 60_000);

/** Files a report from a new browser's web chat; returns its code and the PIN the chat was given. */
async function fileReport(text: string): Promise<{ code: string; pin: string; chat: WebChat }> {
  const chat = new WebChat(new WebClient(app.server));
  const code = await chat.report(text, "moi_truong");
  const pin = /Mã PIN: (\d{6})/u.exec(await chat.waitFor(/Mã PIN/u))![1]!;
  return { code, pin, chat };
}

/** Posts the lookup form from an address, as a browser without cookies would. */
async function lookUp(fields: Record<string, string>, address = "10.1.1.1") {
  const response = await app.server.inject({ method: "POST", url: "/tra-cuu", remoteAddress: address, headers: { "content-type": "application/x-www-form-urlencoded" }, payload: new URLSearchParams(fields).toString() });
  return { status: response.statusCode, body: response.body, headers: response.headers };
}

/** A page's answer without the code typed into the form: what differs between two codes. */
function answerOf(body: string, code: string): string {
  return body.replaceAll(code, "CODE");
}

/** What a page says, without its markup. */
function textOf(body: string): string {
  return body.replace(/<[^>]+>/gu, "");
}

/** Another PIN than `pin`. */
function otherPin(pin: string, step = 1): string {
  return String((Number(pin) + step) % 1_000_000).padStart(6, "0");
}

describe("the PIN", () => {
  it("comes once with the tracking code and is stored only as a hash", async () => {
    const { code, pin, chat } = await fileReport("Khói từ lò đốt rác ở thôn Phú Lộc, xã Tam Anh Nam bay vào nhà dân mỗi tối.");
    const message = await chat.waitFor(/Mã PIN/u);
    expect(message).toContain(`/theodoi ${code} ${pin}`);
    expect(message).toContain("/tra-cuu");
    const report = await inbox.reports.findByCode(code);
    expect(report!.pinHash).toMatch(/^hmac\$/u);
    expect(report!.pinHash).not.toContain(pin);
    // The hash is keyed: with the database alone (another key), no PIN matches it, not even the right one.
    expect(new PinHasher(testPseudonym).matches(pin, report!.pinHash)).toBe(true);
    expect(new PinHasher(createPseudonymizer("another-installation-key-0123456789")).matches(pin, report!.pinHash)).toBe(false);
    // Every report gets its own PIN.
    const second = await fileReport("Nước thải từ trại heo ở thôn 2, xã Tam Dân chảy ra mương tưới lúa.");
    expect(second.pin).not.toBe(pin);
  });
});

describe("/tra-cuu", () => {
  it("shows the status and the public timeline, never internal notes or contacts", async () => {
    const { code, pin } = await fileReport("Bãi rác ở chợ Hà Lam bốc mùi, liên hệ tôi số 0905123456 nếu cần.");
    await app.service.changeStatus(code, "dang_xu_ly", STAFF, { note: "Đã giao Công ty Môi trường thu gom trong tuần." });
    await app.service.reply(code, "Cảm ơn anh/chị, chúng tôi sẽ báo kết quả.", STAFF);
    await inbox.reports.note(code, "Ghi chú nội bộ: chủ bãi là người nhà cán bộ xã.", STAFF);
    const form = await app.server.inject({ method: "GET", url: `/tra-cuu?ma=${code}` });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`value="${code}"`);
    const page = await lookUp({ ma: code, pin });
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(textOf(page.body)).toContain(`Phản ánh ${code}`);
    expect(page.body).toContain("Đang xử lý");
    expect(page.body).toContain("Đã giao Công ty Môi trường thu gom trong tuần.");
    expect(page.body).toContain("Cảm ơn anh/chị, chúng tôi sẽ báo kết quả.");
    expect(page.body).not.toContain("Ghi chú nội bộ");
    expect(page.body).not.toContain("0905123456");
    expect(page.body).not.toContain(STAFF.name);
  });

  it("lets the reporter add information and, once resolved, rate it", async () => {
    const { code, pin } = await fileReport("Cống thoát nước trên đường Phan Bội Châu, Tam Kỳ bị tắc, mưa là ngập.");
    const added = await lookUp({ ma: code, pin, action: "bo-sung", text: "Chỗ ngập nhất ở trước nhà số 120.", form: "7d1f3c2a-1b2c-4d5e-8f90-a1b2c3d4e5f6" });
    expect(added.body).toContain("Đã bổ sung thông tin");
    // The same form sent twice (a double click, a reload) adds it once.
    await lookUp({ ma: code, pin, action: "bo-sung", text: "Chỗ ngập nhất ở trước nhà số 120.", form: "7d1f3c2a-1b2c-4d5e-8f90-a1b2c3d4e5f6" });
    const report = await inbox.reports.findByCode(code);
    expect(report!.events.filter((event) => event.type === "info_added").map((event) => event.text)).toEqual(["Chỗ ngập nhất ở trước nhà số 120."]);

    expect((await lookUp({ ma: code, pin, action: "danh-gia", rating: "5" })).status).toBe(400);
    await app.service.changeStatus(code, "da_giai_quyet", STAFF, { note: "Đã nạo vét xong." });
    const rated = await lookUp({ ma: code, pin, action: "danh-gia", rating: "4" });
    expect(rated.body).toContain("Cảm ơn bạn đã đánh giá!");
    expect(await inbox.reports.findByCode(code)).toMatchObject({ rating: 4, status: "dong" });
  });

  it("gives an unknown code and a wrong PIN the same answer", async () => {
    const { code, pin } = await fileReport("Đường vào thôn Đông Tác, xã Tam Thái sạt lở một bên taluy.");
    const unknown = "PA-2026-999999";
    const wrongPin = await lookUp({ ma: code, pin: otherPin(pin) }, "10.2.0.1");
    const unknownCode = await lookUp({ ma: unknown, pin }, "10.2.0.2");
    expect(wrongPin.status).toBe(unknownCode.status);
    expect(wrongPin.body).toContain(LOOKUP_NOT_FOUND);
    expect(answerOf(wrongPin.body, code)).toBe(answerOf(unknownCode.body, unknown));
    // In a chat too.
    const stranger = new WebChat(new WebClient(app.server));
    const [wrong] = await stranger.say(`/theodoi ${code} ${otherPin(pin)}`);
    const [none] = await stranger.say(`/theodoi ${unknown} ${pin}`);
    expect(replyText(wrong!)).toBe(NOT_FOUND_WITH_PIN);
    expect(replyText(none!)).toBe(NOT_FOUND_WITH_PIN);
  });

  it("does not open another report with my PIN", async () => {
    const mine = await fileReport("Cây xanh trên đường Hùng Vương, Tam Kỳ gãy cành chắn lối đi.");
    const theirs = await fileReport("Chó thả rông ở khu dân cư Trường Xuân, Tam Kỳ cắn người.");
    const page = await lookUp({ ma: theirs.code, pin: mine.pin }, "10.3.0.1");
    expect(page.body).toContain(LOOKUP_NOT_FOUND);
    expect(page.body).not.toContain("Chó thả rông");
    const [reply] = await new WebChat(new WebClient(app.server)).say(`/theodoi ${theirs.code} ${mine.pin}`);
    expect(replyText(reply!)).toBe(NOT_FOUND_WITH_PIN);
  });

  it("stops PIN guessing per code, whoever guesses, and per address, whatever the code", async () => {
    const { code, pin } = await fileReport("Bến đò Cẩm Kim, Hội An không có áo phao cho khách.");
    for (let attempt = 1; attempt <= LOOKUP_LIMIT.perCode; attempt++) {
      expect((await lookUp({ ma: code, pin: otherPin(pin, attempt) }, `10.4.0.${attempt}`)).body).toContain(LOOKUP_NOT_FOUND);
    }
    // Now even the right PIN, from yet another address, waits: the code is locked for a while.
    const locked = await lookUp({ ma: code, pin }, "10.4.1.1");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
    expect(locked.body).toContain("Đã nhập sai quá nhiều lần");
    expect(locked.body).not.toContain("áo phao");
    // A chat is held back the same way.
    const [chatLocked] = await new WebChat(new WebClient(app.server)).say(`/theodoi ${code} ${pin}`);
    expect(replyText(chatLocked!)).toContain("Đã nhập sai quá nhiều lần");

    // One address trying many codes is stopped too; another address is not.
    const other = await fileReport("Trạm bơm thôn 3, xã Tam Lộc hỏng, ruộng thiếu nước.");
    for (let attempt = 0; attempt < LOOKUP_LIMIT.perRequester; attempt++) {
      await lookUp({ ma: `PA-2026-${String(900_000 + attempt).padStart(6, "0")}`, pin: "000000" }, "10.5.0.1");
    }
    expect((await lookUp({ ma: other.code, pin: other.pin }, "10.5.0.1")).status).toBe(429);
    const elsewhere = await lookUp({ ma: other.code, pin: other.pin }, "10.5.0.2");
    expect(elsewhere.status).toBe(200);
    expect(textOf(elsewhere.body)).toContain(`Phản ánh ${other.code}`);
  });

  it("says what a code and a PIN look like", async () => {
    expect((await lookUp({ ma: "abc", pin: "123456" })).body).toContain("Mã theo dõi có dạng PA-2026-000123.");
    expect((await lookUp({ ma: "PA-2026-000001", pin: "12ab" })).body).toContain("Mã PIN gồm 6 chữ số.");
  });
});

describe("/theodoi <mã> <PIN> from another chat", () => {
  it("opens the report, which that chat then follows", async () => {
    const { code, pin } = await fileReport("Đèn tín hiệu ngã tư Trần Quý Cáp – Phan Châu Trinh, Tam Kỳ không hoạt động.");
    const elsewhere = new WebChat(new WebClient(app.server));
    const [before] = await elsewhere.say(`/theodoi ${code}`);
    expect(replyText(before!)).toContain("Không tìm thấy phản ánh có mã này");
    const [opened] = await elsewhere.say(`/theodoi ${code} ${pin}`);
    expect(replyText(opened!)).toContain(`Phản ánh ${code}`);
    expect(replyText(opened!)).toContain("Từ nay bạn cũng nhận tin về phản ánh này tại đây.");
    await app.service.changeStatus(code, "dang_xu_ly", STAFF, { note: "Đã báo Sở Giao thông." });
    await elsewhere.waitFor(/Đã báo Sở Giao thông/u);
  });
});

describe("on Zalo", () => {
  it("reads “theo dõi <mã> <PIN>” typed as plain words as the command, PIN included", () => {
    expect(textContent("theo dõi PA-2026-000123 123456")).toEqual({ kind: "command", command: "theodoi", args: "PA-2026-000123 123456" });
    expect(textContent("Theo doi pa 2026 123 123 456")).toEqual({ kind: "command", command: "theodoi", args: "PA 2026 123 123 456" });
  });
});

describe("in a browser", () => {
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    base = await app.server.listen({ port: 0, host: "127.0.0.1" });
    browser = await launchBrowser();
  }, 60_000);

  async function phone(): Promise<Page> {
    const context = await browser.newContext({ baseURL: base, locale: "vi-VN", viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  it("a report filed on one phone is looked up from another with its code and PIN", async () => {
    const first = await phone();
    await first.goto("/");
    await first.fill("#text", "/gopy Rác thải xây dựng đổ trộm ven sông Tam Kỳ đoạn cầu Kỳ Phú, phường An Phú.");
    await first.locator("#composer button.primary").tap();
    // Take the assistant's suggestions (marked ✓: topic, area) until the report is filed.
    const confirmation = first.locator(".bubble", { hasText: "Mã PIN" });
    for (let step = 0; step < 4; step++) {
      const bubbles = await first.locator(".bubble").count();
      const suggestion = first.locator(".bubble").last().locator("button", { hasText: /^✓/u });
      await suggestion.or(confirmation).first().waitFor();
      if (await confirmation.count()) break;
      await suggestion.first().tap();
      await expect.poll(() => first.locator(".bubble").count()).toBeGreaterThan(bubbles + 1);
    }
    await confirmation.waitFor();
    const text = (await confirmation.textContent())!;
    const code = /PA-\d{4}-\d{6}/u.exec(text)![0];
    const pin = /Mã PIN: (\d{6})/u.exec(text)![1]!;
    expect(await confirmation.locator('a[href="/tra-cuu"]').count()).toBe(1);
    await first.screenshot({ path: join(SCREENSHOTS, "lookup-code-pin-phone.png") });

    const second = await phone();
    await second.goto("/");
    await second.getByRole("link", { name: "Tra cứu phản ánh", exact: true }).tap();
    await second.getByRole("heading", { name: "Tra cứu phản ánh" }).waitFor();
    await second.fill("#ma", code);
    await second.fill("#pin", pin);
    await second.getByRole("button", { name: "Tra cứu" }).tap();
    await second.getByRole("heading", { name: `Phản ánh ${code}` }).waitFor();
    await second.getByText("Gửi phản ánh", { exact: true }).waitFor();
    await second.fill("#text", "Xe đổ trộm thường đến khoảng 22 giờ.");
    await second.getByRole("button", { name: "Gửi bổ sung" }).tap();
    await second.getByText("Đã bổ sung thông tin. Cảm ơn bạn!").waitFor();
    await second.getByText("Bạn bổ sung thông tin").waitFor();
    expect(Boolean(await second.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))).toBe(true);
    await second.screenshot({ path: join(SCREENSHOTS, "lookup-phone.png"), fullPage: true });
  });
});
