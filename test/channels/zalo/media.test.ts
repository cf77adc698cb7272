/**
 * Voice notes and files sent on Zalo become report attachments, end to end: the Bot Platform's
 * `message.voice.received` and the OA's `user_send_audio` / `user_send_file` during `/gopy` reach the
 * report (with "(tin nhắn thoại)"), the keeper downloads them from the fake's links into a data
 * folder, and staff play the voice note and download the file on the report page (real HTTP, and a
 * headless browser), never seeing a Zalo link or the bot's token. Files too large, of a refused type
 * or gone still leave the report filed, and the page says why in Vietnamese.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AttachmentKeeper } from "../../../src/inbox/attachment-keeper.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import type { ReportWithTrail } from "../../../src/inbox/reports.js";
import { launchBrowser, SCREENSHOTS } from "../../helpers/browser.js";
import { createStaff, openTestWebApp, TEST_PASSWORD, WebClient, type TestWebApp } from "../../helpers/web.js";
import { answerUntilCode, startZaloTestApp, type ZaloTestApp } from "../../helpers/zalo-app.js";
import { FAKE_BOT_TOKEN, OaPerson, SAMPLE_FILES, ZaloPerson, type FakeZalo } from "../../helpers/zalo-fake.js";

let app: ZaloTestApp;
let fake: FakeZalo;
let inbox: Inbox;
let keeper: AttachmentKeeper;
let web: TestWebApp;
let staff: WebClient;
let dataDir: string;
let hook: string;
let next = 1;
const botCitizen = () => new ZaloPerson(fake, { chatId: `m${(next++).toString(16).padStart(6, "0")}`, name: "Bác Hùng" });
const oaCitizen = () => new OaPerson(fake, String(7_100_000 + next++), hook);

beforeAll(async () => {
  app = await startZaloTestApp({ oa: true, keeper: true });
  ({ fake, inbox, hook } = app);
  keeper = app.keeper!;
  dataDir = app.dataDir!;
  web = await openTestWebApp(app.knowledge, inbox, { keeper });
  await createStaff(inbox, "canbo", "viewer");
  staff = new WebClient(web.server);
  await staff.signIn("canbo");
}, 60_000);

afterAll(() => app?.stop());

/** The report once the keeper is done with its attachments. */
async function keptReport(code: string): Promise<ReportWithTrail> {
  await keeper.settled();
  return (await inbox.reports.findByCode(code))!;
}

describe("voice notes and files from Zalo become report attachments", () => {
  it("keeps a Bot Platform voice note sent during /gopy: “(tin nhắn thoại)”, stored, playable, no token shown", { timeout: 60_000 }, async () => {
    const person = botCitizen();
    await person.say("/gopy");
    expect((await person.replies())[0]).toMatch(/^Gửi phản ánh, kiến nghị/u);
    // Bot API file links carry the bot's token; this one also a signature.
    const url = fake.hostFile(`file/bot${FAKE_BOT_TOKEN}/voice/a1b2.aac`, SAMPLE_FILES.voiceAac, "sig=s3cr3t-signature");
    await person.sendVoice(url);
    const [heard, topics] = await person.replies(2);
    expect(heard).toBe("🎤 Đã nhận tin nhắn thoại (1). Cán bộ sẽ nghe khi xem phản ánh của bạn.");
    const code = await answerUntilCode(person, topics!);

    const report = await keptReport(code);
    expect(report.description).toBe("(tin nhắn thoại)");
    const [voice] = report.attachments;
    expect(voice).toMatchObject({ kind: "voice", channel: "zalo", download: "stored", contentType: "audio/aac", size: SAMPLE_FILES.voiceAac.bytes.length, failure: null });
    expect(voice!.file).toBe(join("attachments", code, `${voice!.id}.aac`));
    expect(readFileSync(join(dataDir, voice!.file!)).equals(SAMPLE_FILES.voiceAac.bytes)).toBe(true);
    // Once stored, the link is kept without its token and signature.
    expect(voice!.ref).toBe(`${fake.baseUrl}/zalo-files/file/bot…/voice/a1b2.aac`);

    const page = await staff.get(`/inbox/${code}`);
    const href = `/inbox/${code}/attachments/${voice!.id}`;
    expect(page.body).toContain(`<audio controls preload="none" src="${href}"></audio>`);
    expect(page.body).toContain("Tin nhắn thoại 1 (qua Zalo)");
    expect(page.body).not.toContain(FAKE_BOT_TOKEN);
    expect(page.body).not.toContain(fake.baseUrl);
    const audio = await staff.get(href);
    expect(audio.status).toBe(200);
    expect(audio.headers["content-type"]).toBe("audio/aac");
    expect(audio.headers["content-disposition"]).toBe(`inline; filename="tin-nhan-thoai-${voice!.id}.aac"; filename*=UTF-8''tin-nhan-thoai-${voice!.id}.aac`);
    expect(audio.raw.equals(SAMPLE_FILES.voiceAac.bytes)).toBe(true);
    expect(JSON.stringify(audio.headers)).not.toContain(FAKE_BOT_TOKEN);
    expect(JSON.stringify(await inbox.db.attachment.findMany())).not.toContain(FAKE_BOT_TOKEN);
  });

  it("keeps an OA voice note and a file sent during /gopy, the file offered under its own name", { timeout: 60_000 }, async () => {
    const user = oaCitizen();
    await user.say("/gopy");
    expect((await user.replies())[0]).toMatch(/^Gửi phản ánh, kiến nghị/u);
    await user.say("Đường bê tông thôn 2 xã Tam Thăng bị sụt lún một đoạn dài, xe máy đi qua rất nguy hiểm.");
    const [topics] = await user.replies();
    expect(topics).toContain("thuộc lĩnh vực nào");
    // Served as octet-stream, as CDNs often do: the link's extension tells the type.
    await user.sendAudio(fake.hostFile(`oa/voice/${user.userId}.m4a`, SAMPLE_FILES.voiceM4a));
    const [heard, again] = await user.replies(2);
    expect(heard).toBe("🎤 Đã nhận tin nhắn thoại (1). Cán bộ sẽ nghe khi xem phản ánh của bạn.");
    expect(again).toContain("thuộc lĩnh vực nào");
    await user.sendFile(fake.hostFile(`oa/file/${user.userId}`, SAMPLE_FILES.pdf), "Đơn kiến nghị thôn 2.pdf", SAMPLE_FILES.pdf.bytes.length);
    const [received, topicsAgain] = await user.replies(2);
    expect(received).toBe("📎 Đã nhận tệp “Đơn kiến nghị thôn 2.pdf”.");
    const code = await answerUntilCode(user, topicsAgain!);

    const report = await keptReport(code);
    expect(report.description).toBe("Đường bê tông thôn 2 xã Tam Thăng bị sụt lún một đoạn dài, xe máy đi qua rất nguy hiểm.\n(tin nhắn thoại)");
    const [voice, file] = report.attachments;
    expect(voice).toMatchObject({ kind: "voice", download: "stored", contentType: "audio/mp4" });
    expect(file).toMatchObject({ kind: "file", name: "Đơn kiến nghị thôn 2.pdf", download: "stored", contentType: "application/pdf" });

    const page = await staff.get(`/inbox/${code}`);
    expect(page.body).toContain(`<audio controls preload="none" src="/inbox/${code}/attachments/${voice!.id}"></audio>`);
    expect(page.body).toContain(`<a href="/inbox/${code}/attachments/${file!.id}" download>Tệp 2: Đơn kiến nghị thôn 2.pdf, 1 KB</a>`);
    const download = await staff.get(`/inbox/${code}/attachments/${file!.id}`);
    expect(download.status).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toBe(`attachment; filename="don_kien_nghi_thon_2.pdf"; filename*=UTF-8''${encodeURIComponent("Đơn kiến nghị thôn 2.pdf")}`);
    expect(download.raw.equals(SAMPLE_FILES.pdf.bytes)).toBe(true);
    expect((await staff.get(`/inbox/${code}/attachments/${voice!.id}`)).headers["content-type"]).toBe("audio/mp4");
  });

  it("files the report even when its files are too large, a program or gone, and tells staff why", { timeout: 60_000 }, async () => {
    const user = oaCitizen();
    await user.say("/gopy");
    await user.replies();
    await user.say("Chợ tạm ở phường An Sơn lấn chiếm lòng đường, rác thải bừa bãi sau mỗi buổi chợ.");
    await user.replies();
    await user.sendAudio(fake.hostFile(`oa/voice/${user.userId}-big.aac`, SAMPLE_FILES.oversizeStreamed));
    await user.replies(2);
    await user.sendAudio(fake.hostFile(`oa/voice/${user.userId}-gone.aac`, SAMPLE_FILES.gone));
    await user.replies(2);
    // A program is refused by its name at once, and one named like a document when it is downloaded.
    await user.sendFile(fake.hostFile(`oa/file/${user.userId}-setup`, SAMPLE_FILES.program), "bang-gia.exe", SAMPLE_FILES.program.bytes.length);
    expect((await user.replies())[0]).toBe("Trợ lý không nhận tệp “bang-gia.exe”: chỉ nhận ảnh, âm thanh, PDF, Word, Excel, văn bản và video MP4.");
    await user.sendFile(fake.hostFile(`oa/file/${user.userId}-disguised`, { ...SAMPLE_FILES.program, contentType: "application/octet-stream" }), "bang-gia.pdf", SAMPLE_FILES.program.bytes.length);
    const [, topics] = await user.replies(2);
    const code = await answerUntilCode(user, topics!);

    const report = await keptReport(code);
    expect(report.status).toBe("moi");
    expect(report.attachments.map((attachment) => [attachment.kind, attachment.download, attachment.failure, attachment.file])).toEqual([
      ["voice", "failed", "too_large", null],
      ["voice", "failed", "gone", null],
      ["file", "failed", "type", null],
    ]);
    expect(existsSync(join(dataDir, "attachments", code))).toBe(false);

    const page = await staff.get(`/inbox/${code}`);
    expect(page.body).toContain("Không tải được: Tệp lớn hơn 20 MB nên không được lưu.");
    expect(page.body).toContain("Không tải được: Zalo không còn cung cấp tệp này (liên kết đã hết hạn hoặc bị xóa).");
    expect(page.body).toContain("Không tải được: Loại tệp này không được nhận");
    expect(page.body).not.toContain("<audio");
    const refused = await staff.get(`/inbox/${code}/attachments/${report.attachments[1]!.id}`);
    expect(refused.status).toBe(404);
    expect(refused.body).toContain("Zalo không còn cung cấp tệp này");
    // Refused for good: never asked for again.
    await staff.get(`/inbox/${code}/attachments/${report.attachments[1]!.id}`);
    expect(fake.fileRequests.get(`oa/voice/${user.userId}-gone.aac`)).toBe(1);
  });

  it("keeps a voice note whose host was down pending, says so, and downloads it when staff open it", { timeout: 60_000 }, async () => {
    const person = botCitizen();
    await person.say("/gopy");
    await person.replies();
    const path = `voice/${person.options.chatId}.aac`;
    await person.sendVoice(fake.hostFile(path, { ...SAMPLE_FILES.gone, status: 503 }));
    const [, topics] = await person.replies(2);
    const code = await answerUntilCode(person, topics!);
    const report = await keptReport(code);
    expect(report.attachments[0]).toMatchObject({ download: "pending", failure: "unreachable", attempts: 1 });
    expect((await staff.get(`/inbox/${code}`)).body).toContain("Chưa tải được tệp từ Zalo; trợ lý sẽ thử lại.");

    fake.hostFile(path, SAMPLE_FILES.voiceAac);
    const audio = await staff.get(`/inbox/${code}/attachments/${report.attachments[0]!.id}`);
    expect(audio.status).toBe(200);
    expect(audio.headers["content-type"]).toBe("audio/aac");
    expect((await inbox.reports.findByCode(code))!.attachments[0]).toMatchObject({ download: "stored", failure: null, attempts: 2 });
  });

  it("answers a voice note outside /gopy with how to send it as a report", { timeout: 30_000 }, async () => {
    const person = botCitizen();
    await person.sendVoice(fake.hostFile(`voice/${person.options.chatId}-hello.aac`, SAMPLE_FILES.voiceAac));
    expect((await person.replies())[0]).toBe(
      "Xin lỗi, trợ lý chưa nghe được tin nhắn thoại. Bạn vui lòng gõ chữ câu cần hỏi giúp nhé. Nếu muốn gửi tin nhắn thoại thành phản ánh cho Ban Dân vận, bạn gõ /gopy rồi gửi lại tin nhắn thoại, cán bộ sẽ nghe.",
    );
    expect(await inbox.db.attachment.count({ where: { ref: { contains: person.options.chatId } } })).toBe(0);
  });
});

describe("the report page in a browser", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);

  it("plays the voice note from the page: the audio element's source is audio, and the page holds no Zalo link", { timeout: 60_000 }, async () => {
    const person = botCitizen();
    await person.say("/gopy");
    await person.replies();
    await person.sendVoice(fake.hostFile(`file/bot${FAKE_BOT_TOKEN}/voice/${person.options.chatId}.aac`, SAMPLE_FILES.voiceAac));
    const [, topics] = await person.replies(2);
    const code = await answerUntilCode(person, topics!);
    await keptReport(code);

    const base = await web.server.listen({ port: 0, host: "127.0.0.1" });
    await createStaff(inbox, "nghe", "viewer");
    const page = await (await browser.newContext({ baseURL: base, locale: "vi-VN", viewport: { width: 390, height: 844 }, isMobile: true })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`/inbox/${code}`);
    await page.waitForURL(/\/login\?next=/u);
    await page.fill("#username", "nghe");
    await page.fill("#password", TEST_PASSWORD);
    await page.click("button.primary");
    await page.waitForURL(new RegExp(`/inbox/${code}$`, "u"));
    expect(await page.locator("audio[controls]").count()).toBe(1);
    // Strings, so that this file needs no DOM types (they would clash with Node's fetch types).
    const fetched = (await page.evaluate(
      `fetch(document.querySelector("audio").src).then(async (r) => ({ status: r.status, type: r.headers.get("content-type"), bytes: (await r.arrayBuffer()).byteLength }))`,
    )) as { status: number; type: string; bytes: number };
    expect(fetched).toEqual({ status: 200, type: "audio/aac", bytes: SAMPLE_FILES.voiceAac.bytes.length });
    expect(await page.evaluate(`document.querySelector("audio").canPlayType("audio/aac") !== ""`)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, "report-voice-phone.png"), fullPage: true });
    expect(await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).toBe(true);
    const html = await page.content();
    expect(html).not.toContain(FAKE_BOT_TOKEN);
    expect(html).not.toContain(fake.baseUrl);
  });
});
