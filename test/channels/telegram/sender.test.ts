/**
 * The Telegram outbox sender on the loopback Bot API fake: a staff reply's photo follows its text,
 * as Telegram takes it (a file_id of the same bot, or a URL).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramGate } from "../../../src/channels/telegram/limits.js";
import { createTelegramSender } from "../../../src/channels/telegram/sender.js";
import { FAKE_TELEGRAM_TOKEN, FakeTelegram } from "../../helpers/telegram-fake.js";

let fake: FakeTelegram;
beforeAll(async () => {
  fake = await new FakeTelegram().start();
});
afterAll(() => fake.close());

describe("Telegram sender", () => {
  it("sends a reply's photo after its text, by the file_id staff sent it with", async () => {
    const sender = createTelegramSender(FAKE_TELEGRAM_TOKEN, { apiRoot: fake.baseUrl, gate: createTelegramGate() });
    const chat = "90001";
    const last = await sender.send(chat, { blocks: [{ type: "paragraph", content: ["💬 Ban Dân vận trả lời phản ánh"] }], image: { channel: "telegram", ref: "AgAC-staff-photo", caption: "Đã sửa xong" } });
    const messages = fake.messagesTo(chat);
    expect(messages.map((message) => [message.method, message.text])).toEqual([
      ["sendMessage", "💬 Ban Dân vận trả lời phản ánh"],
      ["sendPhoto", "Đã sửa xong"],
    ]);
    expect(fake.callsOf("sendPhoto").at(-1)?.params.photo).toBe("AgAC-staff-photo");
    expect(last).toBe(String(messages[1]!.messageId));
  });
});
