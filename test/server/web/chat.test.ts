/**
 * The local web chat over HTTP: the page, asking about the resolution (answer, citation, the
 * verbatim text), filing a report and following it, and bad input (empty, too long, malformed,
 * replayed, a forged chat cookie).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { testReference } from "../../helpers/assistant.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, replyText, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let app: TestWebApp;
let inbox: Inbox;

beforeAll(async () => {
  inbox = await openTestInbox();
  app = await openTestWebApp(await openTestKnowledge(), inbox);
});

const CHAT_HEADERS = { "x-tro-ly-chat": "1" };

describe("the page", () => {
  it("is in Vietnamese, gives the browser a chat cookie, and loads nothing from other sites", async () => {
    const client = new WebClient(app.server);
    const page = await client.get("/");
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="vi">');
    expect(page.body).toContain("Hỏi đáp về Nghị quyết công tác dân vận");
    expect(String(page.headers["set-cookie"])).toMatch(/^tldv_chat=[A-Za-z0-9_-]{22,64};.*HttpOnly/u);
    expect(page.body).not.toMatch(/(src|href)="(https?:)?\/\//u);
    expect(page.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(page.headers["x-frame-options"]).toBe("DENY");
    for (const asset of ["/assets/app.css", "/assets/chat.js"]) {
      const response = await client.get(asset);
      expect(response.status, asset).toBe(200);
      expect(response.body).not.toMatch(/https?:\/\//u);
    }
  });
});

describe("asking", () => {
  it("answers with a quotation, its section, and the verbatim text on request", async () => {
    const chat = new WebChat(new WebClient(app.server));
    const [answer] = await chat.say("Mục tiêu của nghị quyết là gì?");
    const text = replyText(answer!);
    expect(text).toContain("— Mục II.2 – Mục tiêu");
    expect(text).toContain("[📄 Xem nguyên văn]");
    const source = answer!.choices!.flat().find((choice) => choice.label === "📄 Xem nguyên văn")!;
    const [verbatim] = await chat.press(source.value);
    expect(replyText(verbatim!)).toMatch(/Mục tiêu/u);
    const logged = await inbox.questions.recent({});
    expect(logged[0]).toMatchObject({ channel: "web", question: "Mục tiêu của nghị quyết là gì?", declined: false });
  });

  it("says so when the resolution does not cover a question", async () => {
    const chat = new WebChat(new WebClient(app.server));
    const [answer] = await chat.say("Giá vàng hôm nay bao nhiêu một chỉ?");
    expect(replyText(answer!)).toContain("Nghị quyết không đề cập đến nội dung này");
    expect((await inbox.questions.recent({ declined: true }))[0]?.question).toBe("Giá vàng hôm nay bao nhiêu một chỉ?");
  });

  it("keeps the conversation when the page is reloaded", async () => {
    const client = new WebClient(app.server);
    const chat = new WebChat(client);
    await chat.say("/mucluc");
    const again = await client.get("/chat/api/messages?after=0", CHAT_HEADERS);
    const entries = JSON.parse(again.body).messages as Array<{ mine?: string }>;
    expect(entries[0]).toMatchObject({ mine: "/mucluc" });
    expect(entries.length).toBeGreaterThan(1);
  });
});

describe("reporting", () => {
  it("files a report through the feedback flow, sends the tracking code, and answers /theodoi", async () => {
    const chat = new WebChat(new WebClient(app.server));
    const [prompt] = await chat.say("/gopy");
    expect(replyText(prompt!)).toContain("Bạn mô tả ngắn gọn vấn đề cần phản ánh");
    await chat.say("Bãi rác tự phát ở thôn 4 xã Bình Minh, huyện Thăng Bình bốc mùi hôi thối, ruồi nhặng nhiều.");
    await chat.press("fb:topic:moi_truong");
    // "xã Bình Minh, huyện Thăng Bình" became xã Thăng An in 2025.
    await chat.press(`fb:area:${testReference.areas.findIndex((area) => area.name === "Xã Thăng An")}`);
    const [confirm] = await chat.press("fb:anon");
    expect(replyText(confirm!)).toContain("Kiểm tra lại phản ánh trước khi gửi");
    await chat.press("fb:send");
    const code = /PA-\d{4}-\d{6}/u.exec(await chat.waitFor(/Mã theo dõi/u))![0];
    const report = await inbox.reports.findByCode(code);
    expect(report).toMatchObject({ channel: "web", topic: "moi_truong", area: "Xã Thăng An", contactId: null });
    const [tracking] = await chat.say(`/theodoi ${code}`);
    expect(replyText(tracking!)).toContain(code);
  });
});

describe("bad input", () => {
  it("refuses an empty, malformed or oversized message with a clear error", async () => {
    const client = new WebClient(app.server);
    await client.get("/");
    const empty = await client.postJson("/chat/api/messages", {}, CHAT_HEADERS);
    expect(empty.status).toBe(400);
    expect(JSON.parse(empty.body)).toEqual({ error: "Tin nhắn trống." });
    const wrong = await client.postJson("/chat/api/messages", { text: 42 }, CHAT_HEADERS);
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.body)).toEqual({ error: "Tin nhắn không hợp lệ." });
    const broken = await app.server.inject({ method: "POST", url: "/chat/api/messages", headers: { ...CHAT_HEADERS, "content-type": "application/json" }, payload: "{not json" });
    expect(broken.statusCode).toBe(400);
    expect(JSON.parse(broken.body)).toEqual({ error: "Yêu cầu không hợp lệ." });
    const huge = await client.postJson("/chat/api/messages", { text: "a".repeat(300_000) }, CHAT_HEADERS);
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toEqual({ error: "Nội dung gửi lên quá lớn." });
  });

  it("answers a 20,000-character message (the largest allowed) without losing it", async () => {
    const chat = new WebChat(new WebClient(app.server));
    const long = `Nghị quyết nói gì về dân vận chính quyền? ${"Xin hỏi thêm chi tiết. ".repeat(900)}`.slice(0, 20_000);
    const replies = await chat.say(long);
    expect(replies.length).toBeGreaterThan(0);
  });

  it("handles a retried message (same id) once", async () => {
    const client = new WebClient(app.server);
    await client.get("/");
    const body = { text: "Quan điểm của nghị quyết là gì?", id: "0b6f3f5e-7d55-4b8e-9a51-3a1e3a4f5c6d" };
    const first = JSON.parse((await client.postJson("/chat/api/messages", body, CHAT_HEADERS)).body).messages as Array<{ id: number }>;
    const second = JSON.parse((await client.postJson("/chat/api/messages", { ...body, after: 0 }, CHAT_HEADERS)).body).messages as Array<{ id: number }>;
    expect(first).toHaveLength(2);
    expect(second).toEqual(first);
  });

  it("files a report whose text carries an unpaired surrogate (a half emoji), with U+FFFD in its place", async () => {
    const chat = new WebChat(new WebClient(app.server));
    const code = await chat.report("Đèn đường ở phường An Mỹ, Tam Kỳ hỏng cả tháng \ud83d nay, tối đi rất nguy hiểm \udc00.", "khac");
    const report = await inbox.reports.findByCode(code);
    expect(report!.description).toContain("hỏng cả tháng \ufffd nay");
    expect(report!.description).toContain("nguy hiểm \ufffd.");
    expect(report!.description.isWellFormed()).toBe(true);
  });

  it("gives a browser with a forged chat cookie a chat of its own", async () => {
    const response = await app.server.inject({ method: "GET", url: "/chat/api/messages", headers: { ...CHAT_HEADERS, cookie: "tldv_chat=../../etc" } });
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ messages: [] });
    expect(response.cookies.find((cookie) => cookie.name === "tldv_chat")?.value).toMatch(/^[a-f0-9]{32}$/u);
  });
});
