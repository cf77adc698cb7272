/**
 * The PIN on Telegram, on the telegram-test-api emulator: a citizen filing `/gopy <nội dung>` gets the
 * code and its PIN in the message that gives the code; `/theodoi <mã> <PIN>` then opens the report
 * from another Telegram account, which is told of the next change; a wrong PIN gets the same answer
 * as an unknown code; in a group the PIN is not taken.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IntakeWorker } from "../../../src/assistant/intake-worker.js";
import { MemoryRateLimiter } from "../../../src/core/rate-limiter.js";
import { ReportService } from "../../../src/assistant/report-service.js";
import { DEFAULT_ORGANISATION } from "../../../src/core/organisation.js";
import { createTelegramGate } from "../../../src/channels/telegram/limits.js";
import type { RunningTelegram } from "../../../src/channels/telegram/run.js";
import { createTelegramSender } from "../../../src/channels/telegram/sender.js";
import { OutboxDispatcher } from "../../../src/inbox/dispatcher.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import { testAssistant, testReference } from "../../helpers/assistant.js";
import { openTestInbox } from "../../helpers/database.js";
import { startTestWorker } from "../../helpers/intake.js";
import { openTestKnowledge, testLogger } from "../../helpers/knowledge.js";
import { startEmulator, startTestBot, TEST_TOKEN, TestUser } from "../../helpers/telegram.js";

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let telegram: RunningTelegram;
let inbox: Inbox;
let dispatcher: OutboxDispatcher;
let worker: IntakeWorker;
let service: ReportService;

beforeAll(async () => {
  emulator = await startEmulator();
  inbox = await openTestInbox();
  await inbox.units.seed(testReference.units);
  dispatcher = new OutboxDispatcher(inbox.outbox, { telegram: createTelegramSender(TEST_TOKEN, { apiRoot: emulator.apiRoot, gate: createTelegramGate() }) }, testLogger, { intervalMs: 200 });
  service = new ReportService({ reports: inbox.reports, organisation: DEFAULT_ORGANISATION, reference: testReference, onEnqueued: () => dispatcher.kick() });
  const assistant = testAssistant(await openTestKnowledge(), inbox, { service, rateLimiter: new MemoryRateLimiter({ burst: 50, refillMs: 100 }) });
  worker = startTestWorker(inbox, assistant, testLogger);
  telegram = await startTestBot(emulator.apiRoot, assistant, testLogger, { inbox, worker });
  dispatcher.start();
}, 60_000);

afterAll(async () => {
  await telegram?.stop();
  await dispatcher?.stop();
  await emulator?.stop();
});

describe("the PIN on Telegram", () => {
  it("comes with the code, and opens the report from another account", { timeout: 60_000 }, async () => {
    const reporter = new TestUser(emulator.emulator, { userId: 7101, firstName: "Hoa" });
    await reporter.say("/gopy Cột điện nghiêng sắp đổ ở thôn Phước Thạnh, xã Tam Phước, huyện Phú Ninh, rất nguy hiểm.");
    // Answer what the one-shot report still asks (topic, area) with the first choice offered.
    let text = "";
    for (let step = 0; step < 4 && !text.includes("Mã theo dõi"); step++) {
      const [reply] = await reporter.replies(1, 15_000);
      text = reply!.text;
      if (!text.includes("Mã theo dõi") && reply!.reply_markup) await reporter.press(reply!.reply_markup.inline_keyboard[0]![0]!.callback_data, reply);
    }
    const code = /Mã theo dõi: <b>(PA-\d{4}-\d{6})<\/b>/u.exec(text)![1]!;
    const pin = /Mã PIN: <b>(\d{6})<\/b>/u.exec(text)![1]!;
    expect(text).toContain(`/theodoi ${code} ${pin}`);

    const other = new TestUser(emulator.emulator, { userId: 7102, firstName: "Nam" });
    await other.say(`/theodoi ${code} ${String((Number(pin) + 1) % 1_000_000).padStart(6, "0")}`);
    const [wrong] = await other.replies();
    await other.say("/theodoi PA-2026-999999 123456");
    const [unknown] = await other.replies();
    expect(wrong!.text).toBe(unknown!.text);
    expect(wrong!.text).toContain("Không tìm thấy phản ánh với mã theo dõi và mã PIN này");

    await other.say(`/theodoi ${code} ${pin}`);
    const [opened] = await other.replies();
    expect(opened!.text).toContain(code);
    expect(opened!.text).toContain("Từ nay bạn cũng nhận tin về phản ánh này tại đây.");
    await service.changeStatus(code, "da_tiep_nhan", { type: "staff", name: "Cán bộ" });
    const notices = await other.replies(1, 15_000);
    expect(notices[0]!.text).toContain(code);

    const group = new TestUser(emulator.emulator, { userId: 7103, chatId: -100_7103, type: "group", firstName: "Tổ dân phố" });
    await group.say(`/theodoi ${code} ${pin}`);
    const [refused] = await group.replies();
    expect(refused!.text).toContain("trong tin nhắn riêng với trợ lý");
  });
});
