/**
 * Starting the Telegram channel: checks the token (getMe), registers the command menu and the
 * handler of stored updates, then receives updates by long polling or by a webhook served by the
 * project's HTTP server. Either way an update is stored in the durable intake before Telegram is
 * told it arrived (the offset moved past it, or the webhook's 200), and handled from there.
 */
import { randomBytes } from "node:crypto";
import { GrammyError, HttpError, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { FastifyInstance } from "fastify";
import type { IntakeWorker } from "../../assistant/intake-worker.js";
import { ConfigError, describeError, UpstreamUnreachableError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import { secretsMatch } from "../../core/secrets.js";
import type { Intake } from "../../inbox/intake.js";
import { LeasedDuty, type Leases } from "../../inbox/leases.js";
import { registerWebhookRoute } from "../webhook-route.js";
import { BOT_COMMANDS } from "./commands.js";
import type { BotContext } from "./context.js";
import { telegramEntry, telegramHandler } from "./intake.js";
import { ALLOWED_UPDATES, TELEGRAM_POLL_DEFAULTS, TelegramPoller, type TelegramPollOptions } from "./polling.js";

/** The header Telegram sends the webhook's secret token in. */
export const TELEGRAM_SECRET_HEADER = "x-telegram-bot-api-secret-token";

export interface TelegramStartOptions {
  readonly logger: Logger;
  /** Where updates are stored before they are acknowledged. */
  readonly intake: Intake;
  /** Handles the stored updates. */
  readonly worker: IntakeWorker;
  /** Decides which instance long-polls (two pollers would take each other's updates). */
  readonly leases: Leases;
  /** Webhook mode: the public HTTPS address Telegram posts to, served by `server`. */
  readonly webhook?: { readonly url: string; readonly secret?: string; readonly server: FastifyInstance };
  /** Long-polling settings (tests shorten them). */
  readonly poll?: TelegramPollOptions;
  /** Resolves once the server answers: the webhook is set only then. */
  readonly listening?: Promise<unknown>;
}

export interface RunningTelegram {
  readonly mode: "polling" | "webhook";
  readonly username: string;
  /** Stops receiving (polling ends; a webhook is served until the HTTP server closes). */
  stop(): Promise<void>;
}

/**
 * Checks the token and starts receiving updates. The webhook's route is registered at once, before
 * the first await, so that the server can listen (and store updates) while Telegram is still being
 * asked who the bot is: start it, listen, then await it. Stored updates are handled once the bot
 * knows itself. @throws ConfigError for a token Telegram rejects
 */
export async function startTelegram(bot: Bot<BotContext>, options: TelegramStartOptions): Promise<RunningTelegram> {
  const { logger, intake, worker } = options;
  const store = async (updates: readonly Update[]) => {
    await intake.accept(updates.map(telegramEntry));
    worker.kick();
  };
  const webhook = options.webhook ? { ...options.webhook, secret: options.webhook.secret ?? randomBytes(24).toString("hex") } : undefined;
  if (webhook) {
    registerWebhookRoute(webhook.server, {
      path: new URL(webhook.url).pathname,
      logger: logger.child({ channel: "telegram" }),
      authorize(request) {
        const header = request.headers[TELEGRAM_SECRET_HEADER];
        return typeof header === "string" && secretsMatch(header, webhook.secret) ? undefined : "missing or wrong secret token";
      },
      async handle(body) {
        if (!isUpdate(body)) return { status: 400, body: { ok: false, description: "not a Telegram update (no update_id)" } };
        await store([body]);
        return { status: 200, body: { ok: true } };
      },
    });
  }
  await initBot(bot);
  worker.register("telegram", telegramHandler(bot));
  void bot.api.setMyCommands([...BOT_COMMANDS]).catch((error: unknown) => logger.warn({ error: describeError(error) }, "could not register the Telegram command menu"));
  if (webhook) {
    await options.listening;
    await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
    return { mode: "webhook", username: bot.botInfo.username, stop: async () => undefined };
  }
  await bot.api.deleteWebhook().catch((error: unknown) => logger.warn({ error: describeError(error) }, "could not delete a previous webhook"));
  const log = logger.child({ channel: "telegram" });
  const polling = new LeasedDuty(options.leases, "telegram-polling", new TelegramPoller(bot.api, store, log, options.poll ?? TELEGRAM_POLL_DEFAULTS), log);
  await polling.start();
  return { mode: "polling", username: bot.botInfo.username, stop: () => polling.stop() };
}

function isUpdate(body: unknown): body is Update {
  return typeof body === "object" && body !== null && Number.isSafeInteger((body as { update_id?: unknown }).update_id);
}

async function initBot(bot: Bot<BotContext>): Promise<void> {
  try {
    await bot.init();
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
      throw new ConfigError(`TELEGRAM_BOT_TOKEN is invalid: Telegram answered "${error.description}". Copy the token again from @BotFather, or unset TELEGRAM_BOT_TOKEN to run without Telegram`);
    }
    if (error instanceof HttpError) {
      throw new UpstreamUnreachableError("Telegram", `${error.message}. Check the network, or TELEGRAM_API_ROOT for a self-hosted Bot API server`, { cause: error });
    }
    throw error;
  }
}
