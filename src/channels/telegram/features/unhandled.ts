/** Updates no other feature took (member changes, reactions, polls…): logged and let go. */
import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const unhandled = new Composer<BotContext>();

unhandled.use((ctx) => ctx.log.debug({ types: Object.keys(ctx.update).filter((key) => key !== "update_id") }, "update not handled"));
