/**
 * The Zalo channel wired as main.ts wires it, on the loopback fake, for end-to-end tests: a fresh
 * SQLite inbox, one set of clients and one send gate shared by the channel and the outbox sender,
 * the outbox dispatcher, the real assistant on the real knowledge base, the HTTP server (listening
 * when Zalo posts to it: the OA's webhook, or the bot's webhook mode) and the durable intake.
 * `startZaloOutbox` is the sending half alone, for tests of delivery without an assistant.
 */
import type { AddressInfo } from "node:net";
import type { Assistant } from "../../src/assistant/assistant.js";
import type { CreateAssistantDeps } from "../../src/assistant/create-assistant.js";
import { MemoryRateLimiter } from "../../src/core/rate-limiter.js";
import { ReportService } from "../../src/assistant/report-service.js";
import type { ZaloConfig } from "../../src/channels/zalo/config.js";
import { createZaloGate } from "../../src/channels/zalo/failure.js";
import type { ZaloClients } from "../../src/channels/zalo/messenger.js";
import type { ImageSources } from "../../src/channels/zalo/oa-media.js";
import { createZaloClients, type RunningZalo } from "../../src/channels/zalo/run.js";
import { createZaloSender } from "../../src/channels/zalo/sender.js";
import type { ChannelSender } from "../../src/core/delivery.js";
import type { PublicMedia } from "../../src/core/media-links.js";
import { DEFAULT_ORGANISATION } from "../../src/core/organisation.js";
import type { SendGate } from "../../src/core/send-gate.js";
import { AttachmentKeeper } from "../../src/inbox/attachment-keeper.js";
import { OutboxDispatcher } from "../../src/inbox/dispatcher.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { createHttpServer, type HttpServer } from "../../src/server/http-server.js";
import { testAssistant, testReference } from "./assistant.js";
import { openTestInbox, testDatabaseUrl } from "./database.js";
import { startTestWorker } from "./intake.js";
import { captureLogs, openTestKnowledge, tempDir } from "./knowledge.js";
import { fakeZaloConfig, menuNumber, startFakeZalo, startTestZalo, type FakeZalo, type OaPerson, type ZaloPerson } from "./zalo-fake.js";

/** What `captureLogs` gives: a logger and the lines it wrote. */
export type CapturedLogs = ReturnType<typeof captureLogs>;

export interface ZaloOutboxOptions {
  /** The Bot Platform (on unless `false`), by its webhook instead of long polling when given. */
  readonly bot?: boolean;
  readonly webhook?: { readonly url: string; readonly secret: string };
  /** The Official Account (off unless `true`). */
  readonly oa?: boolean;
  /** A picture the fake hosts for the OA's consent form (`contactFormImageUrl`). */
  readonly contactFormImage?: { readonly bytes: Buffer; readonly type: string };
  /** Where the log lines go (a new capture when not given). */
  readonly logs?: CapturedLogs;
  /** Write the project's units into the inbox first (default), as the OA tests' areas need. */
  readonly units?: boolean;
  /** How long the OA client waits after `X-RateLimit-Remain: 0` (production's minute when not given). */
  readonly callLimitPauseMs?: number;
  /** The sender remembers the menus it sends so that a typed number answers them (default). */
  readonly rememberMenus?: boolean;
  /** Where the sender fetches a staff photo that is no URL (a Telegram file_id). */
  readonly images?: ImageSources;
  /** Where the sender offers the bot such a photo by public link (PUBLIC_URL); the text line without it. */
  readonly publicMedia?: PublicMedia;
  /** Start the outbox dispatcher and wake it on enqueued messages (default); `false`: the outbox is not delivered. */
  readonly dispatch?: boolean;
  /** The dispatcher's tick (default 200 ms). */
  readonly intervalMs?: number;
  /** An attachment keeper downloading from the fake into a temporary data folder, woken by the report service. */
  readonly keeper?: boolean;
}

/** The sending half: fake, inbox, clients, gate, sender, dispatcher and a report service for staff actions. */
export interface ZaloOutbox {
  readonly fake: FakeZalo;
  readonly inbox: Inbox;
  /** The inbox's database, for a second connection (another process). */
  readonly databaseUrl: string;
  readonly logs: CapturedLogs;
  readonly config: ZaloConfig;
  readonly clients: ZaloClients;
  readonly gate: SendGate;
  readonly sender: ChannelSender;
  readonly dispatcher: OutboxDispatcher;
  /** Report operations as staff do them (the inbox or the staff group): the same outbox. */
  readonly service: ReportService;
  /** With `keeper` only. */
  readonly keeper: AttachmentKeeper | undefined;
  readonly dataDir: string | undefined;
  /** With `contactFormImage` only. */
  readonly contactFormImageUrl: string | undefined;
  /** Stops everything started, in order (safe after a failed start of the test's own parts). */
  stop(): Promise<void>;
}

/** The fake Zalo, a fresh inbox and the outbox side of the Zalo channel; the dispatcher started unless `dispatch: false`. */
export async function startZaloOutbox(options: ZaloOutboxOptions = {}): Promise<ZaloOutbox> {
  const outbox = await openZaloOutbox(options);
  if (options.dispatch !== false) outbox.dispatcher.start();
  return outbox;
}

/** `startZaloOutbox` with the dispatcher not yet started. */
async function openZaloOutbox(options: ZaloOutboxOptions): Promise<ZaloOutbox> {
  const logs = options.logs ?? captureLogs();
  const fake = await startFakeZalo();
  const databaseUrl = testDatabaseUrl();
  const inbox = await openTestInbox(databaseUrl);
  if (options.units !== false) await inbox.units.seed(testReference.units);
  const contactFormImageUrl = options.contactFormImage ? fake.hostImage(options.contactFormImage.bytes, options.contactFormImage.type) : undefined;
  const base = fakeZaloConfig(fake, { bot: options.bot, webhook: options.webhook, oa: options.oa });
  const config: ZaloConfig = contactFormImageUrl && base.oa ? { ...base, oa: { ...base.oa, contactFormImageUrl } } : base;
  const dataDir = options.keeper ? tempDir("data") : undefined;
  const keeper = dataDir ? new AttachmentKeeper(inbox.db, dataDir, logs.logger, { hosts: [new URL(fake.baseUrl).hostname] }) : undefined;
  const clients = createZaloClients(config, { tokens: inbox.oauthTokens, leases: inbox.leases, logger: logs.logger, organisation: DEFAULT_ORGANISATION, callLimitPauseMs: options.callLimitPauseMs });
  const gate = createZaloGate();
  const sender = createZaloSender(clients, { logger: logs.logger, gate, states: options.rememberMenus === false ? undefined : inbox.states, images: options.images, publicMedia: options.publicMedia });
  const dispatcher = new OutboxDispatcher(inbox.outbox, { zalo: sender }, logs.logger, { intervalMs: options.intervalMs ?? 200 });
  // Without a dispatcher running, nothing may deliver the outbox (a kick alone would).
  const onEnqueued = options.dispatch === false ? () => undefined : () => dispatcher.kick();
  const service = new ReportService({ reports: inbox.reports, organisation: DEFAULT_ORGANISATION, reference: testReference, onEnqueued, onAttachments: keeper ? () => keeper.kick() : undefined });
  return {
    fake,
    inbox,
    databaseUrl,
    logs,
    config,
    clients,
    gate,
    sender,
    dispatcher,
    service,
    keeper,
    dataDir,
    contactFormImageUrl,
    async stop() {
      await dispatcher.stop();
      await keeper?.stop();
      await fake.close();
    },
  };
}

export interface ZaloTestAppOptions extends ZaloOutboxOptions {
  /** The assistant's rate limit: a burst refilled every 100 ms (default 50). */
  readonly burst?: number;
  /** More of the assistant's dependencies (its report service is the app's `service`). */
  readonly assistant?: Partial<CreateAssistantDeps>;
}

/** The whole Zalo channel: the outbox side, and the assistant answering what Zalo sends. */
export interface ZaloTestApp extends ZaloOutbox {
  readonly knowledge: KnowledgeBase;
  readonly assistant: Assistant;
  readonly server: HttpServer;
  readonly zalo: RunningZalo;
  /**
   * Where Zalo posts: the OA's webhook URL with the OA on, else the bot's with its webhook on; empty
   * when neither (the server does not listen).
   */
  readonly hook: string;
}

/** Starts the Zalo channel end to end on the fake; `stop()` in `afterAll`. */
export async function startZaloTestApp(options: ZaloTestAppOptions = {}): Promise<ZaloTestApp> {
  const outbox = await openZaloOutbox(options);
  const { fake, inbox, logs, config, clients, gate, service, dispatcher } = outbox;
  let zalo: RunningZalo | undefined;
  let server: HttpServer | undefined;
  const stop = async () => {
    await zalo?.stop();
    await dispatcher.stop();
    await outbox.keeper?.stop();
    await server?.close();
    await fake.close();
  };
  try {
    const knowledge = await openTestKnowledge();
    server = createHttpServer({ knowledge, logger: logs.logger });
    const assistant = testAssistant(knowledge, inbox, { service, logger: logs.logger, rateLimiter: new MemoryRateLimiter({ burst: options.burst ?? 50, refillMs: 100 }), ...options.assistant });
    zalo = await startTestZalo(config, { assistant, inbox, logger: logs.logger, server, clients, gate, worker: startTestWorker(inbox, assistant, logs.logger) });
    let hook = "";
    if (config.oa || config.bot?.webhookUrl) {
      await server.listen({ port: 0, host: "127.0.0.1" });
      const origin = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
      hook = origin + (config.oa ? config.oa.webhookPath : new URL(config.bot!.webhookUrl!).pathname);
    }
    if (options.dispatch !== false) dispatcher.start();
    return { ...outbox, knowledge, assistant, server, zalo, hook, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Answers the `/gopy` form (the first topic by number, `area` typed when asked where, anonymous and send by number) from
 * the message `first` until the tracking code comes; returns the code.
 */
export async function answerUntilCode(person: ZaloPerson | OaPerson, first: string, area = "Tam Kỳ"): Promise<string> {
  let message = first;
  for (let step = 0; step < 6; step++) {
    const code = /Mã theo dõi: (PA-\d{4}-\d{6})/u.exec(message);
    if (code) return code[1]!;
    if (message.includes("thuộc lĩnh vực nào")) await person.say("1");
    else if (message.startsWith("Việc xảy ra ở")) await person.say(area);
    else if (message.includes("Bạn muốn gửi ẩn danh")) await person.say(menuNumber(message, "Gửi ẩn danh"));
    else if (message.startsWith("Kiểm tra lại phản ánh")) await person.say(menuNumber(message, "Gửi phản ánh"));
    else throw new Error(`unexpected message in the form: ${message}`);
    // A loaded machine (the whole suite, browsers starting) may take seconds per step.
    message = (await person.replies(1, 20_000))[0]!;
  }
  throw new Error("no tracking code after six answers");
}
