/** The grammY context of this bot: every update carries a logger bound to it, and its handling attempt. */
import type { Context } from "grammy";
import type { HandlingAttempt } from "../../assistant/turn.js";
import type { Logger } from "../../core/logger.js";

export type BotContext = Context & { log: Logger; attempt?: HandlingAttempt };
