/**
 * The bot's handling where HTTP adds nothing: updates go in through `handleUpdate` or the webhook
 * route, and an API transformer records the calls the bot makes and answers them as Telegram would.
 */
import OpenAI from "openai";
import type { Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IntakeWorker } from "../../../src/assistant/intake-worker.js";
import { createBot, handleStoredUpdate } from "../../../src/channels/telegram/bot.js";
import { createTelegramGate } from "../../../src/channels/telegram/limits.js";
import { startTelegram } from "../../../src/channels/telegram/run.js";
import { ConfigError } from "../../../src/core/errors.js";
import { DEFAULT_ORGANISATION } from "../../../src/core/organisation.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import type { KnowledgeBase } from "../../../src/knowledge/knowledge-base.js";
import { GroundedAnswerer } from "../../../src/knowledge/llm.js";
import { createHttpServer } from "../../../src/server/http-server.js";
import { testAssistant } from "../../helpers/assistant.js";
import { openTestInbox } from "../../helpers/database.js";
import { startTestWorker } from "../../helpers/intake.js";
import { openTestKnowledge, testLogger } from "../../helpers/knowledge.js";
import { startOpenAIStub, type OpenAIStub } from "../../helpers/openai-stub.js";

interface Call {
  method: string;
  payload: Record<string, unknown>;
}

const BOT_INFO: UserFromGetMe = {
  id: 42,
  is_bot: true,
  first_name: "Trợ lý",
  username: "tro_ly_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/** Answers API calls as Telegram would, recording them; `fail` makes a method answer with an error. */
function recorder(fail: Record<string, { error_code: number; description: string }> = {}) {
  const calls: Call[] = [];
  let messageId = 100;
  const transformer: Transformer = async (_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> });
    const failure = fail[method];
    if (failure) return { ok: false, ...failure } as never;
    if (method === "getMe") return { ok: true, result: BOT_INFO } as never;
    if (method === "sendMessage") return { ok: true, result: { message_id: ++messageId, date: 0, chat: { id: (payload as { chat_id: number }).chat_id, type: "private" }, text: "" } } as never;
    return { ok: true, result: true } as never;
  };
  return { calls, transformer };
}

let knowledge: KnowledgeBase;
let inbox: Inbox;
let stub: OpenAIStub;
let updateId = 1;

function messageUpdate(text: string, extra: Record<string, unknown> = {}) {
  const id = updateId++;
  return {
    update_id: id,
    message: { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: 7001, type: "private", first_name: "An" }, from: { id: 7001, is_bot: false, first_name: "An" }, text, ...extra },
  };
}

beforeAll(async () => {
  stub = await startOpenAIStub();
  knowledge = await openTestKnowledge();
  inbox = await openTestInbox();
});
afterAll(() => stub.close());

describe("Telegram update handling", () => {
  it("ignores edited messages", async () => {
    const { calls, transformer } = recorder();
    const bot = createBot("1:test", { assistant: testAssistant(knowledge, inbox), logger: testLogger, transformers: [transformer] });
    bot.botInfo = BOT_INFO;
    const { message } = messageUpdate("Mục tiêu của nghị quyết là gì?");
    await bot.handleUpdate({ update_id: updateId++, edited_message: { ...message, edit_date: 1 } } as never);
    expect(calls).toEqual([]);
  });

  it("handling a stored update again after a crash sends only the replies the first attempt did not, each recorded right before its call", async () => {
    const { calls, transformer } = recorder();
    const recorded: number[] = [];
    const recordedAtCall: number[][] = [];
    // Between the gate and the Bot API: what had been recorded when the message went out.
    const snapshot: Transformer = (prev, method, payload, signal) => {
      if (method === "sendMessage") recordedAtCall.push([...recorded]);
      return prev(method, payload, signal);
    };
    const bot = createBot("1:test", { assistant: testAssistant(knowledge, inbox), logger: testLogger, transformers: [transformer, snapshot], gate: createTelegramGate() });
    bot.botInfo = BOT_INFO;
    const attempt = (repliesSent: number, key: string) => ({ key, receivedAt: new Date(), repliesSent, repliesReached: async (count: number) => void recorded.push(count) });
    await handleStoredUpdate(bot, messageUpdate("Mục tiêu của nghị quyết là gì?") as never, attempt(0, "in:first"));
    expect(calls.filter((call) => call.method === "sendMessage")).toHaveLength(1);
    expect(recorded).toEqual([1]);
    expect(recordedAtCall).toEqual([[1]]);
    calls.length = 0;
    await handleStoredUpdate(bot, messageUpdate("Mục tiêu của nghị quyết là gì?") as never, attempt(1, "in:second"));
    expect(calls.filter((call) => call.method === "sendMessage")).toHaveLength(0);
  });

  it("keeps answering when 'typing' fails, and streams an LLM answer by editing one message", async () => {
    stub.chat = () => ({ answer: "Nghị quyết đặt mục tiêu tạo sự chuyển biến mạnh mẽ trong nhận thức và hành động của các cấp ủy đảng, hệ thống chính trị về công tác dân vận [II.2]." });
    const client = new OpenAI({ apiKey: "test", baseURL: stub.baseURL, maxRetries: 0 });
    const llmKnowledge = await openTestKnowledge({ llm: new GroundedAnswerer({ client, model: "stub", timeoutMs: 3000, organisation: DEFAULT_ORGANISATION }) });
    const { calls, transformer } = recorder({ sendChatAction: { error_code: 500, description: "Internal Server Error" } });
    const bot = createBot("1:test", { assistant: testAssistant(llmKnowledge, inbox), logger: testLogger, transformers: [transformer] });
    bot.botInfo = BOT_INFO;
    await bot.handleUpdate(messageUpdate("Mục tiêu của nghị quyết là gì?") as never);
    const methods = calls.map((call) => call.method);
    expect(methods[0]).toBe("sendChatAction");
    expect(methods[1]).toBe("sendMessage");
    expect(calls[1]!.payload.text).toBe("⏳ Đang soạn câu trả lời…");
    const edits = calls.filter((call) => call.method === "editMessageText");
    expect(edits.length).toBeGreaterThanOrEqual(1);
    const final = edits.at(-1)!.payload;
    expect(final.message_id).toBe(101);
    expect(calls.filter((call) => call.method === "sendMessage")).toHaveLength(1);
    expect(final.text).toContain("Nghị quyết đặt mục tiêu tạo sự chuyển biến mạnh mẽ");
    expect(final.text).toContain("<i>Nguồn: Mục II.2 – Mục tiêu</i>");
    expect(JSON.stringify(final.reply_markup)).toContain("Xem nguyên văn");
  });
});

describe("starting the Telegram channel", () => {
  it("sends a new message when a menu is too old to edit", async () => {
    const { calls, transformer } = recorder({ editMessageText: { error_code: 400, description: "Bad Request: message can't be edited" } });
    const bot = createBot("1:test", { assistant: testAssistant(knowledge, inbox), logger: testLogger, transformers: [transformer] });
    bot.botInfo = BOT_INFO;
    await bot.handleUpdate(messageUpdate("/mucluc", { entities: [{ type: "bot_command", offset: 0, length: 7 }] }) as never);
    const menu = calls.find((call) => call.method === "sendMessage")!.payload as { reply_markup: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> } };
    const part = menu.reply_markup.inline_keyboard.flat().find((button) => button.text.startsWith("III."))!;
    calls.length = 0;
    // The menu message is three days old.
    const old = Math.floor(Date.now() / 1000) - 3 * 86_400;
    await bot.handleUpdate({
      update_id: updateId++,
      callback_query: { id: "cb-1", chat_instance: "ci", data: part.callback_data, from: { id: 7001, is_bot: false, first_name: "An" }, message: { message_id: 500, date: old, chat: { id: 7001, type: "private", first_name: "An" }, text: "Mục lục" } },
    } as never);
    const methods = calls.map((call) => call.method);
    expect(methods).toContain("editMessageText");
    const sent = calls.filter((call) => call.method === "sendMessage");
    expect(sent).toHaveLength(1);
    expect(String(sent[0]!.payload.text)).toMatch(/^<b>III\. Nhiệm vụ và giải pháp<\/b>/u);
  });

  it("explains an invalid token in one line", async () => {
    const { transformer } = recorder({ getMe: { error_code: 401, description: "Unauthorized" } });
    const bot = createBot("1:bad", { assistant: testAssistant(knowledge, inbox), logger: testLogger, transformers: [transformer] });
    const attempt = startTelegram(bot, { logger: testLogger, intake: inbox.intake, leases: inbox.leases, worker: new IntakeWorker(inbox.intake, testLogger) });
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow('TELEGRAM_BOT_TOKEN is invalid: Telegram answered "Unauthorized". Copy the token again from @BotFather, or unset TELEGRAM_BOT_TOKEN to run without Telegram');
  });

  it("serves a webhook on the HTTP server, checks Telegram's secret token, and stores each update before its 200", async () => {
    const { calls, transformer } = recorder();
    const assistant = testAssistant(knowledge, inbox);
    const bot = createBot("1:test", { assistant, logger: testLogger, transformers: [transformer] });
    const server = createHttpServer({ knowledge, logger: testLogger });
    const worker = startTestWorker(inbox, assistant);
    const running = await startTelegram(bot, { logger: testLogger, intake: inbox.intake, leases: inbox.leases, worker, webhook: { url: "https://tro-ly.example.vn/telegram/hook", secret: "s3cret-token", server } });
    expect(running.mode).toBe("webhook");
    expect(calls.find((call) => call.method === "setWebhook")?.payload).toMatchObject({ url: "https://tro-ly.example.vn/telegram/hook", secret_token: "s3cret-token" });
    const update = messageUpdate("Mục tiêu của nghị quyết là gì?");
    const forged = await server.inject({ method: "POST", url: "/telegram/hook", headers: { "x-telegram-bot-api-secret-token": "wrong" }, payload: update });
    expect(forged.statusCode).toBe(401);
    const notAnUpdate = await server.inject({ method: "POST", url: "/telegram/hook", headers: { "x-telegram-bot-api-secret-token": "s3cret-token" }, payload: { hello: 1 } });
    expect(notAnUpdate.statusCode).toBe(400);
    expect(calls.some((call) => call.method === "sendMessage")).toBe(false);
    // Telegram resending the same update at the same moment: stored once, answered once.
    const [genuine, again] = await Promise.all([0, 1].map(() => server.inject({ method: "POST", url: "/telegram/hook", headers: { "x-telegram-bot-api-secret-token": "s3cret-token" }, payload: update })));
    expect([genuine!.statusCode, again!.statusCode]).toEqual([200, 200]);
    const stored = await inbox.db.inboundMessage.findMany({ where: { source: "telegram", updateId: String(update.update_id) } });
    expect(stored).toHaveLength(1);
    await expect.poll(() => calls.filter((call) => call.method === "sendMessage").length).toBe(1);
    await expect.poll(async () => (await inbox.db.inboundMessage.findUniqueOrThrow({ where: { id: stored[0]!.id } })).status).toBe("done");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls.filter((call) => call.method === "sendMessage")).toHaveLength(1);
    await server.close();
  });
});
