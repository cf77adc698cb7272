/**
 * The assistant's `ReplyTarget` for one Telegram update: sends rendered replies (in groups, as a
 * reply to the person's message), edits messages for menus and streamed answers, shows "typing".
 */
import { GrammyError, type Context } from "grammy";
import type { Logger } from "../../core/logger.js";
import type { Reply } from "../../core/messages.js";
import type { ReplyTarget, SentMessage } from "../../assistant/turn.js";
import { renderTelegram } from "./render.js";

/** A reply target, and `finish()` to answer a pressed button that got no reply (or it keeps spinning). */
export function telegramTarget(ctx: Context, log: Logger): ReplyTarget & { finish(): Promise<void> } {
  const chatId = ctx.chat!.id;
  let callbackAnswered = ctx.callbackQuery === undefined;
  async function answerCallback(notice?: string): Promise<void> {
    if (callbackAnswered) return;
    callbackAnswered = true;
    await ctx.answerCallbackQuery(notice ? { text: notice } : undefined).catch((error: unknown) => log.debug({ error: String(error) }, "answerCallbackQuery failed"));
  }
  const inGroup = ctx.chat!.type !== "private";
  const originMessageId = ctx.callbackQuery?.message?.message_id;
  const quoted = inGroup && ctx.message ? ctx.message.message_id : undefined;

  async function send(reply: Reply): Promise<SentMessage | undefined> {
    await answerCallback(reply.notice);
    if (reply.blocks.length === 0) return undefined;
    if (reply.replaceOriginal && originMessageId !== undefined) {
      await edit(String(originMessageId), reply);
      return { id: String(originMessageId) };
    }
    let last: SentMessage | undefined;
    for (const message of renderTelegram(reply)) {
      const sent = await ctx.api.sendMessage(chatId, message.html, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...(message.keyboard ? { reply_markup: message.keyboard } : {}),
        ...(quoted !== undefined ? { reply_parameters: { message_id: quoted, allow_sending_without_reply: true } } : {}),
      });
      last = { id: String(sent.message_id) };
    }
    return last;
  }

  async function edit(messageId: string, reply: Reply): Promise<void> {
    const [first, ...rest] = renderTelegram(reply);
    try {
      await ctx.api.editMessageText(chatId, Number(messageId), first?.html ?? "", {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...(first?.keyboard ? { reply_markup: first.keyboard } : {}),
      });
    } catch (error) {
      // Pressing the same button twice edits to identical content: nothing to do.
      if (error instanceof GrammyError && /message is not modified/i.test(error.description)) return sendRest(rest);
      // A message too old (48 h) or deleted cannot be edited: the content comes as a new message.
      if (error instanceof GrammyError && /message can't be edited|message to edit not found/i.test(error.description)) return sendRest(first ? [first, ...rest] : rest);
      throw error;
    }
    await sendRest(rest);
  }

  async function sendRest(messages: ReturnType<typeof renderTelegram>): Promise<void> {
    for (const message of messages) {
      await ctx.api.sendMessage(chatId, message.html, { parse_mode: "HTML", ...(message.keyboard ? { reply_markup: message.keyboard } : {}) });
    }
  }

  return {
    send,
    edit,
    async typing() {
      await ctx.api.sendChatAction(chatId, "typing").catch((error: unknown) => log.debug({ error: String(error) }, "typing indicator failed"));
    },
    finish: () => answerCallback(),
    ...(originMessageId !== undefined ? { originMessageId: String(originMessageId) } : {}),
  };
}
