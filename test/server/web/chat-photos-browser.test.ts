/**
 * From a phone, in a real browser: a citizen starts a report in the web chat, chooses photos (an 11th
 * is refused with a message, a script renamed .jpg is refused by the server with its message), sends
 * them with the description, shares the location from the browser, and files the report; staff then
 * see the photo (without the place it was taken) on the report page. Screenshots in test-results/.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../../src/knowledge/knowledge-base.js";
import { seriousViolations } from "../../helpers/axe.js";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { fixturePhoto, GPS_LATITUDE_BYTES, jpegWithGps } from "../../helpers/photos.js";
import { createStaff, openTestWebApp, TEST_PASSWORD, type TestWebApp } from "../../helpers/web.js";

let knowledge: KnowledgeBase;
let app: TestWebApp;
let browser: Browser;
let base: string;

const PLACE = { latitude: 15.5736, longitude: 108.474 };

beforeAll(async () => {
  knowledge = await openTestKnowledge();
  app = await openTestWebApp(knowledge, await openTestInbox());
  base = await app.server.listen({ port: 0, host: "127.0.0.1" });
  browser = await launchBrowser();
}, 120_000);

async function phonePage(): Promise<Page> {
  const context = await browser.newContext({
    baseURL: base,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    permissions: ["geolocation"],
    geolocation: PLACE,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

describe("a report with photos from a phone", () => {
  it("is filed with its photos and place, and staff see the photos", async () => {
    const phone = await phonePage();
    await phone.goto("/");
    await phone.getByText("mỗi ảnh tối đa 10 MB").waitFor();
    await phone.fill("#text", "/gopy");
    await phone.locator("#composer button.primary").tap();
    await phone.locator(".bubble", { hasText: "Bạn mô tả ngắn gọn vấn đề" }).waitFor();

    // A script renamed .jpg passes the browser's quick checks; the server refuses it by its content.
    await phone.setInputFiles("#photos", [{ name: "anh-hien-truong.jpg", mimeType: "image/jpeg", buffer: Buffer.from("#!/bin/sh\necho pwned\n") }]);
    await phone.locator("#composer button.primary").tap();
    await phone.locator(".bubble.error", { hasText: "Ảnh “anh-hien-truong.jpg”: Tệp này không phải ảnh JPEG, PNG hay WebP" }).waitFor();

    // Eleven photos chosen: ten in the tray, the eleventh refused with a message.
    const photos = Array.from({ length: 11 }, (_, index) => ({ name: `o-ga-${index + 1}.jpg`, mimeType: "image/jpeg", buffer: index === 0 ? jpegWithGps() : fixturePhoto("jpg") }));
    await phone.setInputFiles("#photos", photos);
    await phone.locator(".bubble.error", { hasText: "tối đa 10 ảnh nên ảnh “o-ga-11.jpg” chưa được thêm" }).waitFor();
    expect(await phone.locator("#tray-photos img").count()).toBe(10);
    await expect.poll(() => phone.locator("#tray-note").textContent()).toContain("Thông tin nơi chụp trong ảnh sẽ được xóa");
    // One taken out again with its × button.
    await phone.getByRole("button", { name: "Bỏ ảnh 10" }).tap();
    expect(await phone.locator("#tray-photos img").count()).toBe(9);
    await phone.fill("#text", "Ổ gà lớn giữa đường Phan Châu Trinh, thành phố Tam Kỳ, xe máy ngã nhiều lần trong tuần này");
    await phone.screenshot({ path: join(SCREENSHOTS, "chat-photos-tray-phone.png") });
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.locator("#composer button.primary").tap();
    await phone.locator(".bubble.me", { hasText: "📷 9 ảnh" }).waitFor();
    await phone.locator(".bubble", { hasText: "Đã nhận ảnh (9)" }).waitFor();
    expect(await phone.locator("#tray").isHidden()).toBe(true);

    await phone.getByRole("button", { name: "Gửi vị trí của bạn" }).tap();
    await phone.locator(".bubble", { hasText: "Đã nhận vị trí" }).waitFor();

    // Topic, area, contact and confirmation with the buttons, as a person taps them.
    const tapLast = async (name: RegExp) => {
      const button = phone.locator(".bubble").last().getByRole("button", { name });
      await button.waitFor();
      await button.tap();
    };
    await tapLast(/Hạ tầng/u);
    await tapLast(/Không rõ/u);
    await tapLast(/Gửi ẩn danh/u);
    await tapLast(/Gửi phản ánh/u);
    const codeBubble = phone.locator(".bubble", { hasText: /PA-\d{4}-\d{6}/u }).first();
    await codeBubble.waitFor();
    const code = /PA-\d{4}-\d{6}/u.exec((await codeBubble.textContent()) ?? "")![0];
    await phone.screenshot({ path: join(SCREENSHOTS, "chat-photos-filed-phone.png") });

    const report = (await app.inbox.reports.findByCode(code))!;
    expect(report).toMatchObject({ channel: "web", latitude: PLACE.latitude, longitude: PLACE.longitude });
    expect(report.attachments).toHaveLength(9);
    expect(report.attachments.every((attachment) => attachment.kind === "photo" && attachment.channel === "web")).toBe(true);
    const first = await app.uploads.fetch(report.attachments[0]!.ref);
    expect(Buffer.from(first.bytes).includes(GPS_LATITUDE_BYTES)).toBe(false);

    // Staff open the report on a desktop and see the photos, decoded by the browser.
    await createStaff(app.inbox, "xem.anh", "viewer");
    const desk = await (await browser.newContext({ baseURL: base, locale: "vi-VN", viewport: { width: 1280, height: 900 } })).newPage();
    await desk.goto("/login");
    await desk.fill("#username", "xem.anh");
    await desk.fill("#password", TEST_PASSWORD);
    await desk.keyboard.press("Enter");
    await desk.waitForURL(/\/inbox/u);
    await desk.goto(`/inbox/${code}`);
    const image = desk.locator(`img[src="/inbox/${code}/attachments/${report.attachments[0]!.id}"]`);
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((node) => (node as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
    expect(await desk.getByText("Ảnh 9 (qua Trang web)").count()).toBe(1);
    await desk.screenshot({ path: join(SCREENSHOTS, "report-web-photos.png"), fullPage: true });
  }, 90_000);
});
