/**
 * The Bot Platform client and the start of the channel against the loopback fake: the envelope
 * decides (not the HTTP status), an idle poll is no failure, errors are typed, and the token never
 * appears in an error or a log line.
 */
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IntakeWorker } from "../../../src/assistant/intake-worker.js";
import { ZaloBotApi, ZaloBotApiError } from "../../../src/channels/zalo/bot-api.js";
import type { ZaloConfig } from "../../../src/channels/zalo/config.js";
import { createZaloGate } from "../../../src/channels/zalo/failure.js";
import { createZaloClients, startZalo } from "../../../src/channels/zalo/run.js";
import { ConfigError, describeError, UpstreamUnreachableError } from "../../../src/core/errors.js";
import type { Logger } from "../../../src/core/logger.js";
import { DEFAULT_ORGANISATION } from "../../../src/core/organisation.js";
import type { Inbox } from "../../../src/inbox/inbox.js";
import type { KnowledgeBase } from "../../../src/knowledge/knowledge-base.js";
import { createHttpServer } from "../../../src/server/http-server.js";
import { testAssistant } from "../../helpers/assistant.js";
import { openTestInbox } from "../../helpers/database.js";
import { captureLogs, openTestKnowledge, testLogger } from "../../helpers/knowledge.js";
import { FAKE_BOT, FAKE_BOT_TOKEN, startFakeZalo, ZaloPerson, type FakeZalo } from "../../helpers/zalo-fake.js";

let fake: FakeZalo;
let knowledge: KnowledgeBase;
let inbox: Inbox;

beforeAll(async () => {
  fake = await startFakeZalo();
  knowledge = await openTestKnowledge();
  inbox = await openTestInbox();
});
afterAll(() => fake.close());

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const botConfig = (token: string, apiBase: string): ZaloConfig => ({ bot: { token, apiBase, webhookUrl: undefined, webhookSecret: undefined }, oa: undefined, mediaHosts: [] });

describe("ZaloBotApi", () => {
  it("returns the result of an ok envelope", async () => {
    const api = new ZaloBotApi(FAKE_BOT_TOKEN, { apiBase: fake.baseUrl });
    expect(await api.getMe()).toEqual(FAKE_BOT);
    expect(fake.callsOf("getMe").at(-1)?.body).toEqual({});
  });

  it("treats ok:false as an error even with HTTP 200, with Zalo's code and description", async () => {
    const api = new ZaloBotApi(FAKE_BOT_TOKEN, { apiBase: fake.baseUrl });
    const attempt = api.sendMessage("chat-1", "x".repeat(2001));
    await expect(attempt).rejects.toBeInstanceOf(ZaloBotApiError);
    await expect(attempt).rejects.toMatchObject({ errorCode: 400, method: "sendMessage", description: "Bad Request: text must be 1-2000 characters" });
    expect((await api.sendMessage("chat-1", "x".repeat(2000))).message_id).toMatch(/^[0-9a-f]+$/);
  });

  it("reads an idle long poll (408) as no update, and returns one queued update per call", async () => {
    const api = new ZaloBotApi(FAKE_BOT_TOKEN, { apiBase: fake.baseUrl });
    const started = Date.now();
    expect(await api.getUpdates(1)).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(fake.callsOf("getUpdates").at(-1)?.body).toEqual({ timeout: "1" });
    const person = new ZaloPerson(fake, { chatId: "poll-1" });
    await person.say("một");
    await person.say("hai");
    const [first] = await api.getUpdates(1);
    expect(first).toMatchObject({ event_name: "message.text.received", message: { text: "một", chat: { id: "poll-1" } } });
    expect((await api.getUpdates(1))[0]?.message?.text).toBe("hai");
  });

  it("sends a photo by URL and reads the webhook info", async () => {
    const api = new ZaloBotApi(FAKE_BOT_TOKEN, { apiBase: fake.baseUrl });
    expect((await api.sendPhoto("chat-2", "https://zalo.example/anh.jpg", "Ảnh hiện trường")).message_id).toMatch(/^[0-9a-f]+$/);
    expect(fake.callsOf("sendPhoto").at(-1)?.body).toEqual({ chat_id: "chat-2", photo: "https://zalo.example/anh.jpg", caption: "Ảnh hiện trường" });
    await api.setWebhook("https://tro-ly.example.vn/zalo", "secret-1234");
    expect((await api.getWebhookInfo()).url).toBe("https://tro-ly.example.vn/zalo");
    await api.deleteWebhook();
    expect((await api.getWebhookInfo()).url).toBe("");
  });

  it("types a refused token and a failed connection, never showing the token", async () => {
    const refused = new ZaloBotApi("999:wrong-token-abcdefgh", { apiBase: fake.baseUrl });
    const error = await refused.getMe().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ZaloBotApiError);
    expect(error).toMatchObject({ errorCode: 401, description: "Unauthorized" });
    expect(describeError(error)).not.toContain("wrong-token");

    const unreachable = new ZaloBotApi(FAKE_BOT_TOKEN, { apiBase: `http://127.0.0.1:${await closedPort()}` });
    const failure = await unreachable.sendMessage("chat-1", "xin chào").catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(UpstreamUnreachableError);
    expect(describeError(failure)).toMatch(/^Zalo Bot API could not be reached: sendMessage: ECONNREFUSED/);
    expect(JSON.stringify(failure, Object.getOwnPropertyNames(failure))).not.toContain(FAKE_BOT_TOKEN);
    expect((failure as Error).cause).toBeUndefined();
  });
});

/** Where a started channel stores its updates (not handled here). */
function intakeOf(logger: Logger) {
  return { intake: inbox.intake, leases: inbox.leases, worker: new IntakeWorker(inbox.intake, logger), gate: createZaloGate() };
}

describe("starting the Zalo bot", () => {
  it("explains a token Zalo refuses in one line, without the token", async () => {
    const config = botConfig("999:wrong-token-abcdefgh", fake.baseUrl);
    const logs = captureLogs();
    const server = createHttpServer({ knowledge, logger: logs.logger });
    const attempt = startZalo(config, createZaloClients(config, { tokens: inbox.oauthTokens, leases: inbox.leases, logger: logs.logger, organisation: DEFAULT_ORGANISATION }), { assistant: testAssistant(knowledge, inbox), logger: logs.logger, server, ...intakeOf(logs.logger) });
    await expect(attempt).rejects.toThrow(ConfigError);
    const { message } = (await attempt.catch((caught: unknown) => caught)) as Error;
    expect(message).toBe(
      'ZALO_BOT_TOKEN is invalid: Zalo answered "Unauthorized" (401). Copy the token again from Zalo Bot Manager (or create a new one there), or unset ZALO_BOT_TOKEN to run without the Zalo bot',
    );
    expect(message).not.toContain("\n");
    expect(JSON.stringify(logs.lines)).not.toContain("wrong-token");
    await server.close();
  });

  it("says the API cannot be reached when nothing answers", async () => {
    const config = botConfig(FAKE_BOT_TOKEN, `http://127.0.0.1:${await closedPort()}`);
    const server = createHttpServer({ knowledge, logger: captureLogs().logger });
    const attempt = startZalo(config, createZaloClients(config, { tokens: inbox.oauthTokens, leases: inbox.leases, logger: captureLogs().logger, organisation: DEFAULT_ORGANISATION }), { assistant: testAssistant(knowledge, inbox), logger: captureLogs().logger, server, ...intakeOf(testLogger) });
    await expect(attempt).rejects.toThrow(UpstreamUnreachableError);
    await expect(attempt).rejects.toThrow(/Check the network, or ZALO_BOT_API_BASE/);
    await server.close();
  });

  it("polls after deleting any webhook, and stops cleanly in the middle of a poll", async () => {
    const config = botConfig(FAKE_BOT_TOKEN, fake.baseUrl);
    fake.webhook = { url: "https://old.example/hook", secret: "old-secret-123" };
    const logs = captureLogs();
    const server = createHttpServer({ knowledge, logger: logs.logger });
    const pollsBefore = fake.callsOf("getUpdates").length;
    const running = await startZalo(config, createZaloClients(config, { tokens: inbox.oauthTokens, leases: inbox.leases, logger: logs.logger, organisation: DEFAULT_ORGANISATION }), {
      assistant: testAssistant(knowledge, inbox),
      logger: logs.logger,
      server,
      ...intakeOf(logs.logger),
      poll: { timeoutSeconds: 30, firstRetryMs: 50, maxRetryMs: 200, rateLimitedMs: 100 },
    });
    expect(running.bot).toEqual({ name: FAKE_BOT.account_name, mode: "polling" });
    expect(running.summary).toBe(`on (bot ${FAKE_BOT.account_name}, polling)`);
    expect(fake.webhook).toBeUndefined();
    await expect.poll(() => fake.callsOf("getUpdates").length).toBe(pollsBefore + 1);
    const started = Date.now();
    await running.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(logs.lines.filter((line) => line.msg === "Zalo polling failed")).toEqual([]);
    await server.close();
  });
});
