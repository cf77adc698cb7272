/** The grammY context of this bot: every update carries a logger bound to it. */
import type { Context } from "grammy";
import type { Logger } from "../../core/logger.js";

export type BotContext = Context & { log: Logger };
