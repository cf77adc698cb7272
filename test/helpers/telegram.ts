/**
 * The telegram-test-api emulator on loopback, and the real bot pointed at it. Emulator quirks:
 * its getUpdates returns at once (a sleep transformer keeps polling from spinning), and it answers
 * 500 for methods it lacks (sendChatAction, setMyCommands), which the bot must survive.
 */
import { createServer } from "node:net";
import emulatorModule from "telegram-test-api";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import type { Transformer } from "grammy";
import type { Assistant } from "../../src/assistant/assistant.js";
import type { IntakeWorker } from "../../src/assistant/intake-worker.js";
import { createBot } from "../../src/channels/telegram/bot.js";
import { startTelegram, type RunningTelegram } from "../../src/channels/telegram/run.js";
import type { Logger } from "../../src/core/logger.js";
import type { Inbox } from "../../src/inbox/inbox.js";

export const TEST_TOKEN = "123456:TEST-token-for-the-emulator-only";

/** The emulator's own bot identity (its getMe answer). */
export const EMULATOR_BOT = { id: 666, username: "TestNameBot" } as const;

export interface BotMessage {
  message_id: number;
  text: string;
  chat_id: number | string;
  reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
  parse_mode?: string;
}

// The package's types declare a default export; at run time the module itself is the class.
const EmulatorClass = emulatorModule as unknown as typeof TelegramServer;
type Emulator = TelegramServer;
type Client = ReturnType<Emulator["getClient"]>;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export async function startEmulator(): Promise<{ emulator: Emulator; apiRoot: string; stop(): Promise<void> }> {
  const emulator = new EmulatorClass({ port: await freePort(), host: "127.0.0.1", storeTimeout: 600 });
  await emulator.start();
  return { emulator, apiRoot: emulator.config.apiURL, stop: async () => void (await emulator.stop()) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Keeps long polling against the emulator from spinning. */
export const slowGetUpdates: Transformer = async (prev, method, payload, signal) => {
  if (method === "getUpdates") await sleep(30);
  return prev(method, payload, signal);
};

/** The real bot, polling the emulator into the inbox's intake, handled by `worker`. */
export async function startTestBot(apiRoot: string, assistant: Assistant, logger: Logger, deps: { inbox: Inbox; worker: IntakeWorker }): Promise<RunningTelegram> {
  const bot = createBot(TEST_TOKEN, { assistant, logger, apiRoot, transformers: [slowGetUpdates] });
  return startTelegram(bot, { logger, intake: deps.inbox.intake, leases: deps.inbox.leases, worker: deps.worker, poll: TEST_POLL });
}

/** Short polls, quick retries: the emulator answers getUpdates at once anyway. */
const TEST_POLL = { timeoutSeconds: 1, limit: 100, firstRetryMs: 50, maxRetryMs: 200 } as const;

/** A person chatting with the bot: sends messages and waits for the bot's answers. */
export class TestUser {
  readonly client: Client;
  private readonly apiRoot: string;

  constructor(
    private readonly emulator: Emulator,
    readonly options: { userId: number; chatId?: number; type?: "private" | "group"; firstName?: string; chatTitle?: string },
  ) {
    this.client = emulator.getClient(TEST_TOKEN, {
      userId: options.userId,
      chatId: options.chatId ?? options.userId,
      type: options.type ?? "private",
      firstName: options.firstName ?? "Người dùng",
      userName: `user${options.userId}`,
      chatTitle: options.chatTitle ?? "Nhóm thử",
      timeout: 5000,
    });
    this.apiRoot = emulator.config.apiURL;
  }

  async say(text: string, extra: Record<string, unknown> = {}): Promise<void> {
    if (text.startsWith("/")) await this.client.sendCommand(this.client.makeCommand(text, extra));
    else await this.client.sendMessage(this.client.makeMessage(text, extra));
  }

  /** Sends a message that is not text (a sticker, a photo…). */
  async send(fields: Record<string, unknown>): Promise<void> {
    await this.client.sendMessage({ ...this.client.makeMessage("", fields), text: undefined } as never);
  }

  async press(data: string, message?: BotMessage): Promise<void> {
    await this.client.sendCallback(this.client.makeCallbackQuery(data, message ? { message: { message_id: message.message_id } } : {}));
  }

  /** Waits until the bot has sent `count` new messages to this chat (or fails after `timeoutMs`). */
  async replies(count = 1, timeoutMs = 10_000): Promise<BotMessage[]> {
    const received: BotMessage[] = [];
    const deadline = Date.now() + timeoutMs;
    while (received.length < count) {
      received.push(...(await this.unread()));
      if (received.length >= count) break;
      if (Date.now() > deadline) throw new Error(`expected ${count} bot message(s), got ${received.length}: ${JSON.stringify(received.map((m) => m.text))}`);
      await sleep(25);
    }
    return received;
  }

  /** Waits a little and returns whatever the bot sent (for "the bot stays silent" checks). */
  async anyReplies(waitMs = 600): Promise<BotMessage[]> {
    await sleep(waitMs);
    return this.unread();
  }

  /** Bot messages to this chat not fetched yet (the emulator's client API, without its waiting). */
  private async unread(): Promise<BotMessage[]> {
    const response = await fetch(`${this.apiRoot}/getUpdates`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: TEST_TOKEN, chatId: this.options.chatId ?? this.options.userId }),
    });
    const body = (await response.json()) as { result: Array<{ message: BotMessage; messageId: number }> };
    return body.result.map((update) => ({ ...update.message, message_id: update.messageId }));
  }

  /** The current content of a bot message (after edits). */
  current(messageId: number): BotMessage | undefined {
    const stored = this.emulator.storage.botMessages.find((update: { messageId: number }) => update.messageId === messageId);
    return stored ? { ...(stored.message as BotMessage), message_id: messageId } : undefined;
  }
}

/** Callback data of the first button whose label contains `label`. */
export function buttonData(message: BotMessage, label: string): string {
  const button = message.reply_markup?.inline_keyboard.flat().find((candidate) => candidate.text.includes(label));
  if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(message.reply_markup)}`);
  return button.callback_data;
}
