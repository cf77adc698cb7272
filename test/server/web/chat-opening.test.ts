/**
 * A chat that opens well, in a real browser: the greeting and its examples (a tap sends one), the
 * message box in view on a 390×844 phone before and after a conversation, message times, citations
 * and "Xem thêm" that open their section on the resolution's reading page, and that page itself:
 * its table of contents and one anchor per section. Screenshots go to test-results/screenshots/.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { SectionLink } from "../../../src/core/messages.js";
import type { KnowledgeBase } from "../../../src/knowledge/knowledge-base.js";
import { sectionAnchor } from "../../../src/server/web/reading-links.js";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let knowledge: KnowledgeBase;
let browser: Browser;
let base: string;

const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  knowledge = await openTestKnowledge();
  app = await openTestWebApp(knowledge, await openTestInbox());
  base = await app.server.listen({ port: 0, host: "127.0.0.1" });
  browser = await launchBrowser();
}, 120_000);

async function openPage(options: { phone?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: base,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: options.phone ? PHONE : { width: 1366, height: 900 },
    ...(options.phone ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** The element lies wholly inside the viewport, without scrolling the page. */
async function inView(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const scrolled = Number(await page.evaluate("window.scrollY"));
  const viewport = page.viewportSize()!;
  return Boolean(box) && scrolled === 0 && box!.x >= 0 && box!.y >= 0 && box!.x + box!.width <= viewport.width && box!.y + box!.height <= viewport.height;
}

describe("the section anchors", () => {
  it("derive one id per section from the knowledge core's paths", () => {
    expect(sectionAnchor("II.2")).toBe("muc-ii-2");
    expect(sectionAnchor("III.2.2")).toBe("muc-iii-2-2");
    expect(sectionAnchor("Điều 3")).toBe("dieu-3");
    expect(sectionAnchor("footnote 1")).toBe("chu-thich-1");
    const ids = knowledge.documents[0]!.sections.map((section) => sectionAnchor(section.path));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("reach the web chat as addresses on each citation of an answer", async () => {
    const chat = new WebChat(new WebClient(app.server));
    const [answer] = await chat.say("Mục tiêu của nghị quyết là gì?");
    const links = answer!.sectionLinks as ReadonlyArray<SectionLink & { href: string }>;
    expect(links[0]).toEqual({ label: "Mục II.2 – Mục tiêu", section: "0:II.2", href: "/nghi-quyet#muc-ii-2" });
  });
});

describe("on a phone", () => {
  let phone: Page;

  it("opens with a greeting, examples and the message box in view", async () => {
    phone = await openPage({ phone: true });
    await phone.goto("/");
    await phone.getByText("Xin chào!").waitFor();
    expect(await phone.locator(".greeting [data-send]").count()).toBeGreaterThanOrEqual(4);
    expect(await inView(phone, "#text")).toBe(true);
    expect(await inView(phone, "#composer button.primary")).toBe(true);
    await phone.screenshot({ path: join(SCREENSHOTS, "chat-open-phone.png") });
  });

  it("sends an example when tapped; messages carry their time; the box stays in view", async () => {
    await phone.getByRole("button", { name: "Mục tiêu của nghị quyết là gì?" }).tap();
    await phone.locator(".bubble.me", { hasText: "Mục tiêu của nghị quyết là gì?" }).waitFor();
    const answer = phone.locator(".bubble", { hasText: "— Mục II.2 – Mục tiêu" });
    await answer.waitFor();
    const now = new Date().toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Ho_Chi_Minh" });
    for (const bubble of [phone.locator(".bubble.me").first(), answer]) {
      expect(await bubble.locator("time.when").textContent()).toMatch(/^\d{2}:\d{2}$/u);
    }
    // Within a minute of the test's own clock (the answer may cross a minute boundary).
    const shown = (await answer.locator("time.when").textContent())!;
    expect(Math.abs(minutes(shown) - minutes(now)) % (24 * 60)).toBeLessThanOrEqual(1);
    // A longer conversation scrolls inside the chat, never the page.
    await phone.fill("#text", "Ai chịu trách nhiệm theo dõi việc thực hiện nghị quyết?");
    await phone.locator("#composer button.primary").tap();
    await expect.poll(() => phone.locator(".bubble:not(.me):not(.greeting)").count()).toBeGreaterThanOrEqual(2);
    expect(await inView(phone, "#text")).toBe(true);
    await phone.screenshot({ path: join(SCREENSHOTS, "chat-answers-phone.png") });
  });
});

describe("citations", () => {
  it("open the quoted section and every “Xem thêm” section on the reading page", async () => {
    const page = await openPage();
    await page.goto("/");
    await page.fill("#text", "Ai chịu trách nhiệm theo dõi việc thực hiện nghị quyết?");
    await page.click("#composer button.primary");
    const answer = page.locator(".bubble", { hasText: "Xem thêm" }).last();
    await answer.waitFor();
    const source = answer.locator(".source a.cite");
    expect(await source.count()).toBe(1);
    const seeAlso = answer.locator("div", { hasText: "Xem thêm" }).locator("a.cite");
    expect(await seeAlso.count()).toBeGreaterThanOrEqual(1);
    const labels = (await answer.locator("div", { hasText: "Xem thêm" }).last().textContent())!.replace(/^Xem thêm:\s*/u, "").split("; ");
    expect(await seeAlso.allTextContents()).toEqual(labels);
    await page.screenshot({ path: join(SCREENSHOTS, "chat-citations.png") });

    for (const link of [source, ...(await seeAlso.all())]) {
      const href = (await link.getAttribute("href"))!;
      expect(href).toMatch(/^\/nghi-quyet#muc-[a-z0-9-]+$/u);
      const [opened] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
      await opened.waitForLoadState();
      expect(new URL(opened.url()).pathname + new URL(opened.url()).hash).toBe(href);
      const target = opened.locator(`[id="${href.split("#")[1]}"]`);
      expect(await target.count()).toBe(1);
      // The heading carries the section path that the citation names ("Mục IV.4 – …" → "IV.4.").
      const path = /Mục ([IVX]+(?:\.\d+)*)/u.exec((await link.textContent())!)![1]!;
      expect(await target.textContent()).toContain(`${path}.`);
      expect(await target.isVisible()).toBe(true);
      expect(Boolean(await opened.evaluate(`document.querySelector(":target")?.id === ${JSON.stringify(href.split("#")[1])}`))).toBe(true);
      await opened.close();
    }
  });
});

describe("the full text asked for", () => {
  it("is pointed to with a link to the reading page", async () => {
    const page = await openPage();
    await page.goto("/");
    await page.fill("#text", "Cho tui xin bản toàn văn nghị quyết để in ra đọc");
    await page.click("#composer button.primary");
    const link = page.locator(".bubble code a.cite", { hasText: "/nghi-quyet" });
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe("/nghi-quyet");
    await page.screenshot({ path: join(SCREENSHOTS, "chat-full-text-link.png") });
  });
});

describe("the verbatim text", () => {
  it("shown in the chat, links its heading to the section on the reading page", async () => {
    const page = await openPage();
    await page.goto("/");
    await page.fill("#text", "Mục tiêu của nghị quyết là gì?");
    await page.click("#composer button.primary");
    await page.getByRole("button", { name: "📄 Xem nguyên văn" }).first().click();
    const heading = page.locator(".bubble strong a.cite", { hasText: "Mục II.2. Mục tiêu" });
    await heading.waitFor();
    expect(await heading.getAttribute("href")).toBe("/nghi-quyet#muc-ii-2");
  });
});

describe("the reading page", () => {
  it("shows the whole resolution with its table of contents and one anchor per section", async () => {
    const page = await openPage();
    await page.goto("/nghi-quyet");
    await page.getByRole("heading", { level: 1, name: /Nghị quyết Hội nghị Tỉnh ủy lần thứ 14/u }).waitFor();
    const sections = knowledge.documents[0]!.sections;
    const toc = page.getByRole("navigation", { name: "Mục lục" });
    expect(await toc.locator("a").count()).toBe(sections.length);
    for (const section of sections) {
      const id = sectionAnchor(section.path);
      expect(await page.locator(`[id="${id}"]`).count(), section.path).toBe(1);
      expect(await toc.locator(`a[href="#${id}"]`).textContent()).toBe(`${section.path}. ${section.heading}`);
    }
    // Every paragraph of the resolution is on the page, long ones whole again.
    const text = (await page.locator("article.reading").textContent())!.replace(/\s+/gu, " ");
    for (const passage of knowledge.index.passages.filter((candidate) => candidate.kind === "paragraph" || candidate.kind === "footnote")) {
      expect(text).toContain(passage.text.replace(/\s+/gu, " "));
    }
    await page.screenshot({ path: join(SCREENSHOTS, "reading.png") });

    await toc.getByRole("link", { name: /^III\.4\./u }).click();
    await expect.poll(() => page.evaluate("location.hash")).toBe("#muc-iii-4");
    expect(await page.locator("#muc-iii-4").isVisible()).toBe(true);
    // A footnote mark leads to its note.
    await page.locator('sup a[href="#chu-thich-1"]').click();
    expect(await page.locator("#chu-thich-1").isVisible()).toBe(true);
  });

  it("fits a phone screen", async () => {
    const phone = await openPage({ phone: true });
    await phone.goto("/nghi-quyet#muc-ii-2");
    expect(Boolean(await phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))).toBe(true);
    await phone.screenshot({ path: join(SCREENSHOTS, "reading-phone.png") });
  });
});

function minutes(clock: string): number {
  const [hours, mins] = clock.split(":").map(Number);
  return hours! * 60 + mins!;
}
