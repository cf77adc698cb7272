/**
 * `npm start`: the one place that wires the whole assistant together from the configuration and
 * starts it in one process: knowledge base, inbox (database), outbox dispatcher, assistant, the HTTP
 * server with the web chat and the staff inbox, and every channel whose token is configured. With
 * nothing configured it runs on the embedded offline defaults and serves the web app.
 */
import { createAssistant } from "./assistant/create-assistant.js";
import { CuratedBook } from "./assistant/curated-book.js";
import { ReportService } from "./assistant/report-service.js";
import { createBot } from "./channels/telegram/bot.js";
import { startTelegram, type RunningTelegram } from "./channels/telegram/run.js";
import { createTelegramFiles } from "./channels/telegram/files.js";
import { createTelegramSender } from "./channels/telegram/sender.js";
import { webSender } from "./channels/web/adapter.js";
import { loadZaloConfig } from "./channels/zalo/config.js";
import { createZaloClients, startZalo, type RunningZalo } from "./channels/zalo/run.js";
import { createZaloSender } from "./channels/zalo/sender.js";
import { loadConfig, loadDotEnv } from "./config.js";
import type { ChannelSender } from "./core/delivery.js";
import { describeError } from "./core/errors.js";
import { createLogger } from "./core/logger.js";
import type { Channel } from "./core/messages.js";
import { createPseudonymizer } from "./core/pseudonym.js";
import { loadReferenceData } from "./feedback/reference-data.js";
import { OutboxDispatcher } from "./inbox/dispatcher.js";
import { openInbox } from "./inbox/inbox.js";
import { createHttpServer } from "./server/http-server.js";
import { LoginLimiter } from "./server/web/auth.js";
import { createClassifier, ensureFirstAdmin, openKnowledgeBase, pseudonymKey } from "./setup.js";

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
  const pseudonym = createPseudonymizer(pseudonymKey(config));
  const reference = loadReferenceData(config.knowledgeDir);
  const [knowledge, inbox] = await Promise.all([openKnowledgeBase(config, logger), openInbox(config.databaseUrl, pseudonym)]);
  await inbox.units.sync(reference.units);
  await ensureFirstAdmin(config, inbox, logger);

  const senders: Partial<Record<Channel, ChannelSender>> = { web: webSender(inbox.webChat) };
  if (config.telegram) senders.telegram = createTelegramSender(config.telegram.token, config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : {});
  const zaloClients = zaloConfig ? createZaloClients(zaloConfig, { tokens: inbox.oauthTokens, logger }) : undefined;
  if (zaloClients) senders.zalo = createZaloSender(zaloClients, { logger, states: inbox.states });
  const dispatcher = new OutboxDispatcher(inbox.outbox, senders, logger);

  const staffChat = config.staffChatId ? { channel: "telegram" as const, chatId: config.staffChatId } : undefined;
  const service = new ReportService({ reports: inbox.reports, onEnqueued: () => dispatcher.kick(), ...(staffChat ? { staffChat } : {}) });
  const curated = new CuratedBook(inbox.curated, knowledge);
  const assistant = createAssistant({
    knowledge,
    inbox,
    service,
    curated,
    logger,
    pseudonym,
    reference,
    classifier: createClassifier(config, logger),
    staffIds: config.staffUserIds,
    ...(staffChat ? { staffChat } : {}),
  });
  const server = createHttpServer({
    knowledge,
    logger,
    trustProxy: config.trustProxy,
    web: {
      inbox,
      knowledge,
      assistant,
      service,
      reference,
      curated,
      logger,
      loginLimiter: new LoginLimiter(),
      attachments: config.telegram ? { telegram: createTelegramFiles(config.telegram.token, config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : {}) } : {},
    },
  });

  // Channels register their webhooks before the server starts listening.
  let telegram: RunningTelegram | undefined;
  if (config.telegram) {
    const bot = createBot(config.telegram.token, { assistant, logger, ...(config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : {}) });
    const webhook = config.telegram.webhookUrl ? { url: config.telegram.webhookUrl, server, ...(config.telegram.webhookSecret ? { secret: config.telegram.webhookSecret } : {}) } : undefined;
    telegram = await startTelegram(bot, { logger, ...(webhook ? { webhook } : {}) });
  }
  let zalo: RunningZalo | undefined;
  if (zaloConfig && zaloClients) zalo = await startZalo(zaloConfig, zaloClients, { assistant, logger, server });

  await server.listen({ port: config.port, host: config.host });
  dispatcher.start();
  // Forget handled update ids, expired conversations and old web chat messages once an hour.
  const maintenance = setInterval(() => {
    void Promise.all([inbox.updates.prune(), inbox.states.prune(), inbox.webChat.prune()]).catch((error: unknown) => logger.warn({ error: describeError(error) }, "maintenance failed"));
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

  const stop = async (signal: string) => {
    logger.info({ signal }, "stopping");
    clearInterval(maintenance);
    await telegram?.stop();
    await zalo?.stop();
    await dispatcher.stop();
    await server.close();
    await inbox.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
} catch (error) {
  logger.fatal({ error: describeError(error) }, "could not start");
  process.exit(1);
}
