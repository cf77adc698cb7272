/**
 * The Telegram bot, built by a factory with explicit dependencies. Middleware order: per-chat
 * sequencing, a logger per update, updates to ignore, the hand-over to the assistant, the unhandled
 * feature last; an error boundary logs anything that escapes and answers politely.
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { Bot, type Transformer } from "grammy";
import type { Assistant } from "../../assistant/assistant.js";
import { TRY_AGAIN_LATER } from "../../assistant/replies.js";
import { describeError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import type { BotContext } from "./context.js";
import { ignored } from "./features/ignored.js";
import { toAssistant } from "./features/to-assistant.js";
import { unhandled } from "./features/unhandled.js";
import { renderTelegram } from "./render.js";

export interface TelegramBotDeps {
  readonly assistant: Assistant;
  readonly logger: Logger;
  /** Bot API address: a self-hosted Bot API server, or an emulator in tests. */
  readonly apiRoot?: string;
  /** Extra API transformers (tests slow down an emulator whose getUpdates returns at once). */
  readonly transformers?: readonly Transformer[];
  /**
   * Keep outgoing calls within Telegram's limits (about 30 messages/s, 1/s per chat). On by default;
   * off only where the Bot API is answered in-process (the intake benchmark measures our own work).
   */
  readonly throttle?: boolean;
}

/** Calls that only decorate the chat: retrying them would delay the answer itself. */
const DECORATIVE_METHODS = new Set(["sendChatAction", "setMyCommands", "setMyDescription", "answerCallbackQuery"]);

export function createBot(token: string, deps: TelegramBotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, deps.apiRoot ? { client: { apiRoot: deps.apiRoot } } : {});
  for (const transformer of deps.transformers ?? []) bot.api.config.use(transformer);
  bot.api.config.use(retryEssentialCalls());
  if (deps.throttle ?? true) bot.api.config.use(apiThrottler());

  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  bot.use(async (ctx, next) => {
    ctx.log = deps.logger.child({ channel: "telegram", update: ctx.update.update_id });
    await next();
  });
  bot.use(ignored);
  bot.use(toAssistant(deps.assistant));
  bot.use(unhandled);

  bot.catch(async (error) => {
    const ctx = error.ctx;
    (ctx.log ?? deps.logger).error({ error: describeError(error.error) }, "telegram update failed");
    if (!ctx.chat) return;
    const [message] = renderTelegram(TRY_AGAIN_LATER);
    await ctx.api.sendMessage(ctx.chat.id, message!.html, { parse_mode: "HTML" }).catch(() => undefined);
  });
  return bot;
}

/** auto-retry (429 retry_after, 5xx, network errors) for every call but the decorative ones. */
function retryEssentialCalls(): Transformer {
  const retry = autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 });
  return (prev, method, payload, signal) => (DECORATIVE_METHODS.has(method) ? prev(method, payload, signal) : retry(prev, method, payload, signal));
}
