/**
 * Telegram updates in and out of the durable intake: what is stored for an update (keyed by its
 * update_id, in the queue of its chat), and the handler that runs a stored update through the bot.
 */
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { IntakeHandler } from "../../assistant/intake-worker.js";
import type { IncomingEntry } from "../../inbox/intake.js";
import { handleStoredUpdate } from "./bot.js";
import type { BotContext } from "./context.js";

/** The stored form of an update. */
export function telegramEntry(update: Update): IncomingEntry {
  return { source: "telegram", updateId: String(update.update_id), chatId: chatOf(update), payload: update };
}

/** Runs stored updates through the bot. */
export function telegramHandler(bot: Bot<BotContext>): IntakeHandler {
  return (message, attempt) => handleStoredUpdate(bot, message.payload as Update, attempt);
}

/** The chat whose queue an update joins; a button pressed on an inline message has only its user. */
function chatOf(update: Update): string {
  const chat = update.message?.chat ?? update.edited_message?.chat ?? update.callback_query?.message?.chat ?? update.channel_post?.chat ?? update.edited_channel_post?.chat;
  if (chat) return String(chat.id);
  const user = update.callback_query?.from ?? update.inline_query?.from ?? update.my_chat_member?.from;
  return user ? `user:${user.id}` : "other";
}
