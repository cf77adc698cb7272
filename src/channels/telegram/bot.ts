/**
 * The Telegram bot, built by a factory with explicit dependencies. Updates reach it from the durable
 * intake (`handleStoredUpdate`), already in order per chat. Middleware order: a logger per update,
 * updates to ignore, the hand-over to the assistant, the unhandled feature last; an error boundary
 * logs anything that escapes and answers politely.
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, BotError, type Transformer } from "grammy";
import type { Update } from "grammy/types";
import type { Assistant } from "../../assistant/assistant.js";
import { TRY_AGAIN_LATER } from "../../assistant/replies.js";
import type { HandlingAttempt } from "../../assistant/turn.js";
import { describeError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import type { SendGate } from "../../core/send-gate.js";
import type { BotContext } from "./context.js";
import { ignored } from "./features/ignored.js";
import { toAssistant } from "./features/to-assistant.js";
import { unhandled } from "./features/unhandled.js";
import { gated } from "./limits.js";
import { renderTelegram } from "./render.js";

export interface TelegramBotDeps {
  readonly assistant: Assistant;
  readonly logger: Logger;
  /** Bot API address: a self-hosted Bot API server, or an emulator in tests. */
  readonly apiRoot?: string;
  /** Extra API transformers (tests slow down an emulator whose getUpdates returns at once). */
  readonly transformers?: readonly Transformer[];
  /**
   * Keeps the bot's sending within Telegram's limits, together with the outbox (see limits.ts).
   * Left out only where the Bot API is answered in-process (the intake benchmark measures our work).
   */
  readonly gate?: SendGate;
}

/** Calls that only decorate the chat: retrying them would delay the answer itself. */
const DECORATIVE_METHODS = new Set(["sendChatAction", "setMyCommands", "setMyDescription", "answerCallbackQuery"]);

export function createBot(token: string, deps: TelegramBotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, deps.apiRoot ? { client: { apiRoot: deps.apiRoot } } : {});
  for (const transformer of deps.transformers ?? []) bot.api.config.use(transformer);
  // The last installed runs first: every retry waits for the gate again, and the gate learns of 429s.
  if (deps.gate) bot.api.config.use(gated(deps.gate));
  bot.api.config.use(retryEssentialCalls());

  bot.use(async (ctx, next) => {
    ctx.log = deps.logger.child({ channel: "telegram", update: ctx.update.update_id });
    const attempt = attempts.get(ctx.update);
    if (attempt) ctx.attempt = attempt;
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

/** The attempt each stored update is being handled in, for the middleware to pass on. */
const attempts = new WeakMap<Update, HandlingAttempt>();

/** Runs a stored update through the bot; failures end in the bot's error boundary, as in polling. */
export async function handleStoredUpdate(bot: Bot<BotContext>, update: Update, attempt: HandlingAttempt): Promise<void> {
  attempts.set(update, attempt);
  try {
    await bot.handleUpdate(update);
  } catch (error) {
    if (!(error instanceof BotError)) throw error;
    await bot.errorHandler(error);
  }
}

/** auto-retry (429 retry_after, 5xx, network errors) for every call but the decorative ones. */
function retryEssentialCalls(): Transformer {
  const retry = autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 });
  return (prev, method, payload, signal) => (DECORATIVE_METHODS.has(method) ? prev(method, payload, signal) : retry(prev, method, payload, signal));
}
