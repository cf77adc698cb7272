/**
 * Updates the assistant does not act on: edited messages (the original was already answered),
 * channel posts, and in groups every message not addressed to the bot (not one of its commands, not
 * a mention, not a reply to it).
 */
import { Composer } from "grammy";
import { isBotCommand } from "../commands.js";
import type { BotContext } from "../context.js";

export const ignored = new Composer<BotContext>();

ignored.on(["edited_message", "edited_channel_post", "channel_post"], (ctx) => ctx.log.debug("ignored edit or channel post"));

ignored.on("message", async (ctx, next) => {
  if (ctx.chat.type === "private" || addressedToBot(ctx)) return next();
});

function addressedToBot(ctx: BotContext): boolean {
  const message = ctx.message!;
  if (message.reply_to_message?.from?.id === ctx.me.id) return true;
  const text = message.text ?? message.caption ?? "";
  const entities = message.entities ?? message.caption_entities ?? [];
  return entities.some((entity) => {
    const value = text.slice(entity.offset, entity.offset + entity.length).toLowerCase();
    if (entity.type === "mention") return value === `@${ctx.me.username.toLowerCase()}`;
    // "/hoi@tenbot" is ours; a bare "/xoso" only if it is one of our commands (others belong to other bots).
    if (entity.type === "bot_command" && entity.offset === 0) return value.includes("@") ? value.endsWith(`@${ctx.me.username.toLowerCase()}`) : isBotCommand(value.slice(1));
    return false;
  });
}
