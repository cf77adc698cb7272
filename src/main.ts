/**
 * `npm start`: the one place that wires the whole assistant together from the configuration and
 * starts it in one process: knowledge base, inbox (database), the durable intake and its worker,
 * the outbox dispatcher, assistant, the HTTP server with the web chat and the staff inbox, and every
 * channel whose token is configured. With nothing configured it runs on the embedded offline
 * defaults and serves the web app. SIGTERM and SIGINT stop it within `STOP_DEADLINE_MS`.
 */
import { createAssistant } from "./assistant/create-assistant.js";
import { CuratedBook } from "./assistant/curated-book.js";
import { IntakeWorker } from "./assistant/intake-worker.js";
import { staffDigest } from "./assistant/report-messages.js";
import { ReportService } from "./assistant/report-service.js";
import { createBot } from "./channels/telegram/bot.js";
import { createTelegramFiles } from "./channels/telegram/files.js";
import { createTelegramGate } from "./channels/telegram/limits.js";
import { startTelegram, type RunningTelegram } from "./channels/telegram/run.js";
import { createTelegramSender } from "./channels/telegram/sender.js";
import { webHandler, webSender } from "./channels/web/adapter.js";
import { loadZaloConfig } from "./channels/zalo/config.js";
import { createZaloGate } from "./channels/zalo/failure.js";
import { createZaloClients, startZalo, type RunningZalo } from "./channels/zalo/run.js";
import { createZaloSender } from "./channels/zalo/sender.js";
import { loadConfig, loadDotEnv } from "./config.js";
import type { ChannelSender } from "./core/delivery.js";
import { describeError } from "./core/errors.js";
import { createLogger } from "./core/logger.js";
import { createMediaTokens } from "./core/media-links.js";
import { createTotp } from "./core/totp.js";
import { CHANNELS, type Channel } from "./core/messages.js";
import { createMetrics } from "./core/metrics.js";
import { createPseudonymizer } from "./core/pseudonym.js";
import { LiveReference } from "./feedback/live-reference.js";
import { loadReferenceData } from "./feedback/reference-data.js";
import { AttachmentKeeper } from "./inbox/attachment-keeper.js";
import { databaseLabel, providerOf } from "./inbox/database.js";
import { OutboxDispatcher } from "./inbox/dispatcher.js";
import { openInbox } from "./inbox/inbox.js";
import { forgetShownPins } from "./inbox/report-access.js";
import { ReportFeed } from "./inbox/report-feed.js";
import { PostgresFeedRelay } from "./inbox/report-feed-relay.js";
import { WebUploads } from "./inbox/web-uploads.js";
import { listenOnThread } from "./server/accept-thread.js";
import { createHttpServer } from "./server/http-server.js";
import { LOGIN_LIMIT, LoginLimiter } from "./server/web/auth.js";
import { reloadLists } from "./server/web/reload-lists.js";
import { createClassifier, createIntentClassifier, ensureFirstAdmin, mediaLinkKey, openKnowledgeBase, pseudonymKey, twoFactorKey } from "./setup.js";

/** A stop takes at most this long: work not finished by then goes back to the queues. */
const STOP_DEADLINE_MS = 9000;

loadDotEnv();
let config;
let zaloConfig;
try {
  config = loadConfig();
  zaloConfig = loadZaloConfig();
} catch (error) {
  process.stderr.write(`Không khởi động được: ${describeError(error)}\n`);
  process.exit(1);
}
const logger = createLogger({ level: config.logLevel });

try {
  const metrics = createMetrics({ logger });
  const pseudonym = createPseudonymizer(pseudonymKey(config));
  const reference = new LiveReference(loadReferenceData(config.knowledgeDir, { areas: config.areasFile, units: config.unitsFile }));
  const [knowledge, inbox] = await Promise.all([
    openKnowledgeBase(config, logger),
    openInbox(config.databaseUrl, pseudonym, { metrics, instance: config.instanceName }).catch((error: unknown) => {
      const check = providerOf(config.databaseUrl) === "postgresql" ? "that the server answers and the user may sign in and create tables" : "that the file and its folder are writable";
      throw new Error(`the database ${databaseLabel(config.databaseUrl)} could not be opened (check DATABASE_URL or DATA_DIR, and ${check})`, { cause: error });
    }),
  ]);
  await inbox.units.seed(reference.units);
  await inbox.lists.seed(reference.seed);
  await reloadLists({ inbox, reference });
  await ensureFirstAdmin(config, inbox, logger);

  // One gate per platform account: answers and the outbox share its limits.
  const telegramGate = config.telegram ? createTelegramGate() : undefined;
  const zaloGate = zaloConfig ? createZaloGate() : undefined;
  const senders: Partial<Record<Channel, ChannelSender>> = { web: webSender(inbox.webChat) };
  if (config.telegram && telegramGate) senders.telegram = createTelegramSender(config.telegram.token, { gate: telegramGate, ...(config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : {}) });
  const zaloClients = zaloConfig ? createZaloClients(zaloConfig, { tokens: inbox.oauthTokens, leases: inbox.leases, logger, organisation: config.organisation }) : undefined;
  // Telegram files: staff see them in the inbox, and a staff reply's photo goes from there to Zalo OA users.
  const telegramFiles = config.telegram ? createTelegramFiles(config.telegram.token, config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : {}) : undefined;
  const fileSources = telegramFiles ? { telegram: telegramFiles } : {};
  // With PUBLIC_URL, the Zalo bot gets a staff photo by a sealed link to this server (/media/<token>).
  const publicMedia = config.publicUrl ? { baseUrl: config.publicUrl, tokens: createMediaTokens(mediaLinkKey(config)) } : undefined;
  if (zaloClients && zaloGate) senders.zalo = createZaloSender(zaloClients, { logger, gate: zaloGate, states: inbox.states, images: fileSources, publicMedia });
  const channelsOn = CHANNELS.filter((channel) => senders[channel]);
  const dispatcher = new OutboxDispatcher(inbox.outbox, senders, logger, {}, { digest: staffDigest, metrics });
  const worker = new IntakeWorker(inbox.intake, logger, {}, metrics);

  const staffChat = config.staffChatId ? { channel: "telegram" as const, chatId: config.staffChatId } : undefined;
  // Files sent by URL (Zalo voice notes, photos, documents) expire: downloaded as soon as a report has them.
  // Only Zalo sends files by link; without Zalo no host is allowed.
  const keeper = new AttachmentKeeper(inbox.db, config.dataDir, logger, { hosts: zaloConfig?.mediaHosts ?? [] });
  // Photos sent from the web chat are uploaded into the data folder before the message that sends them.
  const uploads = new WebUploads(inbox.db, config.dataDir, logger);
  // Filed and changed reports reach the open inbox pages of this process (see src/inbox/report-feed.ts).
  // With several instances (PostgreSQL), through the database to every instance's pages.
  const relay = providerOf(config.databaseUrl) === "postgresql" ? await PostgresFeedRelay.start(config.databaseUrl, logger) : undefined;
  const feed = new ReportFeed(relay);
  // An admin changed a list on another instance: this one takes the stored lists too.
  relay?.onListsChanged(() => void reloadLists({ inbox, reference }).catch((error: unknown) => logger.error({ error: describeError(error) }, "could not reload the lists another instance changed")));
  const service = new ReportService({ reports: inbox.reports, organisation: config.organisation, reference, onEnqueued: () => dispatcher.kick(), onAttachments: () => keeper.kick(), metrics, feed, ...(staffChat ? { staffChat } : {}) });
  const curated = new CuratedBook(inbox.curated, knowledge);
  // Reports from the chats and from the Open311 API are classified alike.
  const classifier = createClassifier(config, logger, () => reference.topicCues);
  const assistant = createAssistant({
    knowledge,
    inbox,
    service,
    organisation: config.organisation,
    channelsOn,
    curated,
    logger,
    pseudonym,
    reference,
    metrics,
    classifier,
    intents: createIntentClassifier(config, logger),
    staffIds: config.staffUserIds,
    ...(staffChat ? { staffChat } : {}),
  });
  worker.register("web", webHandler(assistant, inbox.webChat));
  const backlog = async () => {
    const [incoming, outgoing] = await Promise.all([inbox.intake.backlog(), inbox.outbox.backlog()]);
    const now = Date.now();
    return [
      ...incoming.map((entry) => ({ queue: "intake" as const, channel: entry.source, count: entry.count, oldestSeconds: (now - entry.oldest.getTime()) / 1000 })),
      ...outgoing.map((entry) => ({ queue: "outbox" as const, channel: entry.channel, count: entry.count, oldestSeconds: (now - entry.oldest.getTime()) / 1000 })),
    ];
  };
  metrics.setQueueReader(backlog);
  const server = createHttpServer({
    knowledge,
    logger,
    trustProxy: config.trustProxy,
    metrics,
    ...(config.metricsToken ? { metricsToken: config.metricsToken } : {}),
    ...(publicMedia ? { media: { tokens: publicMedia.tokens, sources: fileSources } } : {}),
    health: async () => {
      const failure = inbox.intake.lastWriteFailure;
      if (failure) throw new Error(`the database refuses writes since ${failure.at.toISOString()}: ${failure.error}`);
      return { waiting: await backlog() };
    },
    web: {
      inbox,
      knowledge,
      organisation: config.organisation,
      worker,
      service,
      reference,
      ...(relay ? { listsChanged: () => relay.sendListsChanged() } : {}),
      channelsOn,
      curated,
      logger,
      loginLimiter: new LoginLimiter(LOGIN_LIMIT, inbox.limits.failureWindow("login", LOGIN_LIMIT.windowMs)),
      totp: createTotp(twoFactorKey(config)),
      attachments: { ...fileSources, web: uploads },
      keeper,
      uploads,
      classifier,
    },
  });

  // Channels register their webhooks at once, so the server listens (and stores what arrives) while
  // they check their tokens with Telegram and Zalo: a restart takes messages again sooner.
  const starting: Promise<unknown>[] = [];
  let markListening: () => void = () => undefined;
  // Webhooks are set with the platforms only once the server answers (Zalo may check the address).
  const listening = new Promise<void>((resolve) => (markListening = resolve));
  let telegram: RunningTelegram | undefined;
  if (config.telegram) {
    const bot = createBot(config.telegram.token, { assistant, logger, ...(telegramGate ? { gate: telegramGate } : {}), ...(config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : {}) });
    const webhook = config.telegram.webhookUrl ? { url: config.telegram.webhookUrl, server, ...(config.telegram.webhookSecret ? { secret: config.telegram.webhookSecret } : {}) } : undefined;
    starting.push(startTelegram(bot, { logger, intake: inbox.intake, worker, leases: inbox.leases, listening, ...(webhook ? { webhook } : {}) }).then((running) => (telegram = running)));
  }
  let zalo: RunningZalo | undefined;
  if (zaloConfig && zaloClients && zaloGate) starting.push(startZalo(zaloConfig, zaloClients, { assistant, logger, server, intake: inbox.intake, leases: inbox.leases, worker, gate: zaloGate, listening }).then((running) => (zalo = running)));

  const channelsStarted = Promise.all(starting);
  // Awaited below; without a handler now, a token refused during listen() would crash unexplained.
  channelsStarted.catch(() => undefined);
  // Connections are accepted on a thread of their own, so that a busy event loop never leaves them waiting in the kernel's queue.
  await server.ready();
  const listener = await listenOnThread(server.server, { port: config.port, host: config.host }, (error) => {
    logger.fatal({ error: describeError(error) }, "connections can no longer be accepted; exiting so that the service restarts");
    process.exit(1);
  });
  markListening();
  // What was stored and not finished before a stop or a crash is handled now; what this instance
  // had claimed when it died is due at once (listening proves no live process has its name).
  await Promise.all([inbox.intake.reclaimOwn(), inbox.outbox.reclaimOwn()]);
  worker.start();
  dispatcher.start();
  keeper.start();
  await channelsStarted;
  // Forget handled messages, expired conversations, old web chat messages, PINs already shown, stale rate and failure counts,
  // unfinished two-factor sign-ins, notices nobody came for and unsent photos once an hour:
  // the database's share on one instance (whichever holds the lease), the photos in its data folder on each.
  const maintenance = setInterval(() => {
    const shared = inbox.leases.acquire("maintenance", 50 * 60_000).then(async (mine) => {
      if (mine) await Promise.all([inbox.intake.prune(), inbox.states.prune(), inbox.webChat.prune(), forgetShownPins(inbox.db), inbox.limits.prune(), inbox.pendingSignIns.prune(), inbox.notices.prune()]);
    });
    void Promise.all([shared, uploads.prune()]).catch((error: unknown) => logger.warn({ error: describeError(error) }, "maintenance failed"));
  }, 3600_000);
  maintenance.unref();

  logger.info(
    {
      url: `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}`,
      channels: {
        web: "on (web chat at /, staff inbox at /inbox)",
        telegram: telegram ? `on (@${telegram.username}, ${telegram.mode})` : "off (set TELEGRAM_BOT_TOKEN)",
        zalo: zalo ? zalo.summary : "off (set ZALO_BOT_TOKEN or the ZALO_OA_* variables)",
      },
      staffGroup: staffChat ? "on" : "off (set STAFF_CHAT_ID to receive report cards in Telegram)",
      answers: knowledge.usesLlm ? `LLM ${config.openai?.model}` : "extractive (offline)",
      embedder: knowledge.index.manifest.embedder.id,
    },
    "Trợ lý Dân vận is running",
  );

  /**
   * Takes no new work (the server stops listening, polling ends), lets the messages being handled
   * and the deliveries under way finish for a few seconds and gives the rest back to the queues, so
   * that the next start goes on from there; then exits.
   */
  const stop = async (signal: string) => {
    logger.info({ signal }, "stopping");
    const deadline = setTimeout(() => {
      logger.error("could not stop in time; exiting (unfinished work is taken up at the next start)");
      process.exit(1);
    }, STOP_DEADLINE_MS);
    deadline.unref();
    clearInterval(maintenance);
    const closing = listener.close().then(() => server.close());
    await Promise.all([telegram?.stop(), zalo?.stop()]);
    await worker.stop(4000);
    await dispatcher.stop(2000);
    await keeper.stop();
    await closing;
    await relay?.close();
    await inbox.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
} catch (error) {
  logger.fatal({ error: describeError(error) }, "could not start");
  process.exit(1);
}
