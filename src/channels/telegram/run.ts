/**
 * Starting the Telegram channel: checks the token (getMe), registers the command menu, then long
 * polling with the grammY runner, or a webhook served by the project's HTTP server.
 */
import { randomBytes } from "node:crypto";
import { run, type RunnerHandle } from "@grammyjs/runner";
import { GrammyError, HttpError, webhookCallback, type Bot } from "grammy";
import { ConfigError, describeError, UpstreamUnreachableError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import type { FastifyInstance } from "fastify";
import { BOT_COMMANDS } from "./commands.js";
import type { BotContext } from "./context.js";

const ALLOWED_UPDATES = ["message", "edited_message", "callback_query"] as const;

/**
 * Telegram waits for a webhook's answer and resends the update when it is slow; an answer streamed
 * from an LLM can take longer than this, so the update is acknowledged and keeps being handled.
 */
export const WEBHOOK_ANSWER_MS = 8000;

export interface TelegramStartOptions {
  readonly logger: Logger;
  /** Webhook mode: the public HTTPS address Telegram posts to, served by `server`. */
  readonly webhook?: { readonly url: string; readonly secret?: string; readonly server: FastifyInstance };
}

export interface RunningTelegram {
  readonly mode: "polling" | "webhook";
  readonly username: string;
  stop(): Promise<void>;
}

/** Checks the token and starts receiving updates. @throws ConfigError for a token Telegram rejects */
export async function startTelegram(bot: Bot<BotContext>, options: TelegramStartOptions): Promise<RunningTelegram> {
  await initBot(bot);
  await bot.api.setMyCommands([...BOT_COMMANDS]).catch((error: unknown) => options.logger.warn({ error: describeError(error) }, "could not register the Telegram command menu"));
  if (options.webhook) {
    const { url, server } = options.webhook;
    const secret = options.webhook.secret ?? randomBytes(24).toString("hex");
    server.post(new URL(url).pathname, webhookCallback(bot, "fastify", { secretToken: secret, onTimeout: "return", timeoutMilliseconds: WEBHOOK_ANSWER_MS }));
    await bot.api.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
    return { mode: "webhook", username: bot.botInfo.username, stop: async () => undefined };
  }
  await bot.api.deleteWebhook().catch((error: unknown) => options.logger.warn({ error: describeError(error) }, "could not delete a previous webhook"));
  const runner: RunnerHandle = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] }, silent: true } });
  return { mode: "polling", username: bot.botInfo.username, stop: () => (runner.isRunning() ? runner.stop() : Promise.resolve()) };
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
