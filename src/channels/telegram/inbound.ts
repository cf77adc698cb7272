/** Turns a Telegram update into the assistant's `Inbound` message. */
import type { Message } from "grammy/types";
import type { Content, ForwardOrigin, Inbound } from "../../core/messages.js";
import type { BotContext } from "./context.js";

/** The `Inbound` for a message update, with its content already decided by the caller. */
export function inboundFromContext(ctx: BotContext, content: Content): Inbound | undefined {
  const chat = ctx.chat;
  const from = ctx.from;
  if (!chat || !from) return undefined;
  const message = ctx.msg;
  const forwarded = message && "forward_origin" in message && message.forward_origin ? forwardOrigin(message) : undefined;
  const reply = message?.reply_to_message;
  const repliesToBot = reply?.from?.id !== undefined && reply.from.id === ctx.me.id;
  return {
    updateId: String(ctx.update.update_id),
    chat: { channel: "telegram", id: String(chat.id), type: chat.type === "private" ? "private" : "group" },
    sender: { id: String(from.id), name: [from.first_name, from.last_name].filter(Boolean).join(" ") },
    content,
    // A pressed button arrives with the date of the message that carries it, which may be days old:
    // it counts from when it was stored.
    receivedAt: !ctx.callbackQuery && message?.date ? new Date(message.date * 1000) : (ctx.attempt?.receivedAt ?? new Date()),
    ...(forwarded ? { forwarded } : {}),
    ...(repliesToBot && reply ? { replyToAssistant: { messageId: String(reply.message_id), ...(reply.text ? { text: reply.text } : {}) } } : {}),
    buttons: true,
  };
}

/** What a Telegram message carries, as the assistant's content. */
export function messageContent(message: Message, botUsername: string): Content {
  if (message.text !== undefined) return { kind: "text", text: withoutMention(message.text, botUsername) };
  if (message.photo?.length) {
    const largest = message.photo[message.photo.length - 1]!;
    return {
      kind: "photo",
      attachments: [{ kind: "photo", ref: largest.file_id, ...(message.caption ? { caption: message.caption } : {}) }],
      ...(message.caption ? { caption: message.caption } : {}),
      ...(message.media_group_id ? { album: message.media_group_id } : {}),
    };
  }
  if (message.location) return { kind: "location", latitude: message.location.latitude, longitude: message.location.longitude };
  if (message.contact) return { kind: "contact", phone: message.contact.phone_number, ownContact: message.contact.user_id === message.from?.id };
  if (message.sticker) return { kind: "sticker" };
  const voice = message.voice ?? message.audio ?? message.video_note;
  if (voice) return { kind: "voice", attachment: { kind: "voice", ref: voice.file_id } };
  const file = message.document ?? message.video ?? message.animation;
  if (file) return { kind: "file", attachment: { kind: "file", ref: file.file_id, ...("file_name" in file && file.file_name ? { name: file.file_name } : {}) } };
  return { kind: "unsupported" };
}

/** "@tro_ly_bot mục tiêu là gì" → "mục tiêu là gì". */
export function withoutMention(text: string, botUsername: string): string {
  return text.replace(new RegExp(`@${botUsername}\\b`, "giu"), " ").replace(/\s+/g, " ").trim();
}

function forwardOrigin(message: Message): ForwardOrigin | undefined {
  const origin = message.forward_origin;
  if (!origin) return undefined;
  const date = new Date(origin.date * 1000);
  switch (origin.type) {
    case "user":
      return { type: "user", name: [origin.sender_user.first_name, origin.sender_user.last_name].filter(Boolean).join(" "), date };
    case "hidden_user":
      return { type: "hidden_user", name: origin.sender_user_name, date };
    case "chat":
      return { type: "chat", name: origin.sender_chat.title ?? "", date };
    case "channel":
      return { type: "channel", name: origin.chat.title ?? "", date };
  }
}
