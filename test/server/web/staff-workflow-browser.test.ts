/**
 * The staff workflow in a real browser (Debian's chromium, headless): after "Gửi trả lời" the
 * browser is on the report's page (post/redirect/get), so reloading it sends the citizen nothing
 * more, and a double click sends one reply; a wrongly filed report is corrected (topic, urgency,
 * reason) and the trail shows it. Screenshots go to test-results/screenshots/ to be looked at.
 */
import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { join } from "node:path";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { createStaff, openTestWebApp, replyText, TEST_PASSWORD, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;
let browser: Browser;
let base: string;
let citizen: WebChat;
let code: string;

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
  await createStaff(inbox, "nguyenvanb", "staff");
  citizen = new WebChat(new WebClient(app.server));
  code = await citizen.report("Đèn đường trên đường Hùng Vương, Tam Kỳ tắt cả tuần nay, buổi tối rất tối.", "hanh_chinh");
  // Filed under the wrong topic, whatever the classifier now makes of the text: staff correct it below.
  await inbox.db.report.update({ where: { code }, data: { topic: "hanh_chinh", urgent: false } });
  base = await app.server.listen({ port: 0, host: "127.0.0.1" });
  browser = await launchBrowser();
}, 120_000);

async function staffPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, locale: "vi-VN", viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`/inbox/${code}`);
  await page.fill("#username", "nguyenvanb");
  await page.fill("#password", TEST_PASSWORD);
  await page.click("button.primary");
  await page.waitForURL(new RegExp(`/inbox/${code}$`, "u"));
  return page;
}

/** The replies the citizen received in the web chat that contain `text`. */
async function received(text: string): Promise<number> {
  await app.dispatcher.idle();
  await citizen.poll();
  return citizen.replies.filter((reply) => replyText(reply).includes(text)).length;
}

async function replyEvents(text: string): Promise<number> {
  return (await inbox.reports.findByCode(code))!.events.filter((event) => event.type === "reply" && event.text === text).length;
}

describe("in a browser", () => {
  it("reloading the page after Gửi trả lời sends the citizen nothing more", async () => {
    const page = await staffPage();
    const text = "Điện lực Tam Kỳ sẽ thay bóng đèn trong ngày mai.";
    await page.fill("#reply", text);
    await page.getByRole("button", { name: "Gửi trả lời" }).click();
    await page.getByText("Đã gửi câu trả lời").waitFor();
    expect(page.url()).toBe(`${base}/inbox/${code}`);
    await expect.poll(() => received(text), { timeout: 10_000 }).toBe(1);

    for (let reload = 0; reload < 3; reload++) {
      await page.reload();
      await page.getByRole("heading", { name: code }).waitFor();
    }
    // The notice was for the action, not the page: a reload does not claim it was sent again.
    expect(await page.getByText("Đã gửi câu trả lời").count()).toBe(0);
    await page.goBack();
    await page.goForward();
    expect(await received(text)).toBe(1);
    expect(await replyEvents(text)).toBe(1);
  });

  it("a double click, or the same form reaching the server twice, sends one reply", async () => {
    const page = await staffPage();
    const text = "Chúng tôi đã kiểm tra, đèn đã sáng lại từ tối nay.";
    await page.fill("#reply", text);
    await page.getByRole("button", { name: "Gửi trả lời" }).dblclick();
    await page.waitForURL(new RegExp(`/inbox/${code}$`, "u"));
    await page.getByRole("heading", { name: code }).waitFor();
    await expect.poll(() => received(text), { timeout: 10_000 }).toBe(1);

    // Chromium itself drops the second submission of a double click; a slow network or a proxy that
    // retries may not. The page's own form, with its one-time key, sent twice at once:
    const again = "Đèn sáng bình thường, cảm ơn bạn đã báo.";
    const answers = await page.evaluate(`(async () => {
      const form = document.querySelector('form[action$="/reply"]');
      form.querySelector("textarea").value = ${JSON.stringify(again)};
      const body = new URLSearchParams(new FormData(form));
      const send = () => fetch(form.action, { method: "POST", body, redirect: "manual" }).then((answer) => answer.type);
      return Promise.all([send(), send()]);
    })()`);
    expect(answers).toEqual(["opaqueredirect", "opaqueredirect"]);
    await expect.poll(() => received(again), { timeout: 10_000 }).toBe(1);
    expect(await replyEvents(text)).toBe(1);
    expect(await replyEvents(again)).toBe(1);
  });

  it("corrects a report filed under the wrong topic; the trail shows the change and why", async () => {
    const page = await staffPage();
    await page.selectOption("#fix-topic", "khac");
    await page.selectOption("#fix-urgent", "1");
    await page.fill("#fix-reason", "Đèn đường hỏng, không phải thủ tục hành chính; đường tối gây nguy hiểm.");
    await page.getByRole("button", { name: "Lưu phân loại" }).click();
    await page.getByText("Đã sửa lĩnh vực, mức khẩn").waitFor();
    expect(page.url()).toBe(`${base}/inbox/${code}`);
    await page.getByText("Lĩnh vực: Thủ tục hành chính → Góp ý, khen ngợi và nội dung khác").waitFor();
    await page.getByText("Lý do: Đèn đường hỏng").first().waitFor();
    expect(await page.inputValue("#fix-topic")).toBe("khac");
    await page.screenshot({ path: join(SCREENSHOTS, "report-corrected.png"), fullPage: true });
    await page.reload();
    expect(await inbox.db.reportCorrection.count()).toBe(2);
  });
});
