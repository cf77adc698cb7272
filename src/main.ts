/**
 * `npm start`: the one place that wires the whole assistant together from the configuration and
 * starts it: knowledge base, inbox (database), outbox dispatcher, assistant, HTTP server, and every
 * channel whose token is configured. With nothing configured it runs on the embedded offline defaults.
 */
import { createAssistant } from "./assistant/create-assistant.js";
import { createBot } from "./channels/telegram/bot.js";
import { startTelegram, type RunningTelegram } from "./channels/telegram/run.js";
import { createTelegramSender } from "./channels/telegram/sender.js";
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
import { createClassifier, openKnowledgeBase, pseudonymKey } from "./setup.js";

loadDotEnv();
let config;
try {
  config = loadConfig();
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

  const senders: Partial<Record<Channel, ChannelSender>> = {};
  if (config.telegram) senders.telegram = createTelegramSender(config.telegram.token, config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : {});
  const dispatcher = new OutboxDispatcher(inbox.outbox, senders, logger);

  const assistant = createAssistant({
    knowledge,
    inbox,
    logger,
    pseudonym,
    reference,
    classifier: createClassifier(config, logger),
    ...(config.staffChatId ? { staffChat: { channel: "telegram" as const, chatId: config.staffChatId } } : {}),
    staffIds: config.staffUserIds,
    onEnqueued: () => dispatcher.kick(),
  });
  const server = createHttpServer({ knowledge, logger });

  let telegram: RunningTelegram | undefined;
  if (config.telegram) {
    const bot = createBot(config.telegram.token, { assistant, logger, ...(config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : {}) });
    const webhook = config.telegram.webhookUrl ? { url: config.telegram.webhookUrl, server, ...(config.telegram.webhookSecret ? { secret: config.telegram.webhookSecret } : {}) } : undefined;
    telegram = await startTelegram(bot, { logger, ...(webhook ? { webhook } : {}) });
  }

  await server.listen({ port: config.port, host: config.host });
  dispatcher.start();
  // Forget handled update ids and expired conversations once an hour.
  const maintenance = setInterval(() => {
    void Promise.all([inbox.updates.prune(), inbox.states.prune()]).catch((error: unknown) => logger.warn({ error: describeError(error) }, "maintenance failed"));
  }, 3600_000);
  maintenance.unref();
  logger.info(
    {
      url: `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}`,
      channels: { telegram: telegram ? `on (@${telegram.username}, ${telegram.mode})` : "off (set TELEGRAM_BOT_TOKEN)", web: "on" },
      staffGroup: config.staffChatId ? "on" : "off (set STAFF_CHAT_ID to receive report cards in Telegram)",
      answers: knowledge.usesLlm ? `LLM ${config.openai?.model}` : "extractive (offline)",
      embedder: knowledge.index.manifest.embedder.id,
    },
    "Trợ lý Dân vận is running",
  );

  const stop = async (signal: string) => {
    logger.info({ signal }, "stopping");
    clearInterval(maintenance);
    await telegram?.stop();
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
