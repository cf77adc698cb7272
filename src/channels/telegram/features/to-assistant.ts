/**
 * Hands messages and button presses to the channel-neutral assistant: commands (also
 * `/hoi@tenbot`), text, photos, locations and the rest, and callback data of inline buttons.
 */
import { Composer } from "grammy";
import type { Assistant } from "../../../assistant/assistant.js";
import type { Content } from "../../../core/messages.js";
import type { BotContext } from "../context.js";
import { inboundFromContext, messageContent } from "../inbound.js";
import { telegramTarget } from "../target.js";

export function toAssistant(assistant: Assistant): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.on("callback_query:data", async (ctx) => {
    await handle(ctx, assistant, { kind: "choice", value: ctx.callbackQuery.data });
  });

  composer.on("message", async (ctx) => {
    const command = parseCommand(ctx);
    if (command === null) return ctx.log.debug("command for another bot ignored");
    await handle(ctx, assistant, command ?? messageContent(ctx.message, ctx.me.username));
  });

  return composer;
}

async function handle(ctx: BotContext, assistant: Assistant, content: Content): Promise<void> {
  const inbound = inboundFromContext(ctx, content);
  if (!inbound) return;
  const target = telegramTarget(ctx, ctx.log);
  await assistant.handle(inbound, target, ctx.attempt);
  await target.finish();
}

/**
 * "/hoi@tenbot câu hỏi" → { command: "hoi", args: "câu hỏi" }; undefined for a message that is no
 * command; null for a command addressed to another bot.
 */
function parseCommand(ctx: BotContext): Content | null | undefined {
  const text = ctx.message?.text;
  const entity = ctx.message?.entities?.[0];
  if (!text || !entity || entity.type !== "bot_command" || entity.offset !== 0) return undefined;
  const [name = "", target] = text.slice(1, entity.length).split("@");
  if (target && target.toLowerCase() !== ctx.me.username.toLowerCase()) return null;
  return { kind: "command", command: name.toLowerCase(), args: text.slice(entity.length).trim() };
}
