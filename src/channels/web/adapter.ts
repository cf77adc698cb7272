/**
 * The local web chat as a channel: the browser's messages are stored in the durable intake and
 * become `Inbound`; replies (direct, or from the outbox: tracking codes, status changes) are stored
 * until the browser fetches them.
 */
import type { Assistant } from "../../assistant/assistant.js";
import type { IntakeHandler } from "../../assistant/intake-worker.js";
import type { ReplyTarget } from "../../assistant/turn.js";
import { beforeSending, type ChannelSender } from "../../core/delivery.js";
import type { Content, Inbound } from "../../core/messages.js";
import type { IncomingEntry } from "../../inbox/intake.js";
import type { WebChatMessages } from "../../inbox/web-chat.js";

/**
 * What the browser sends: a typed text, a pressed button, photos already uploaded (their references
 * in the chat's uploads, the text their caption) or the location the browser gave.
 */
export interface WebChatInput {
  readonly text?: string;
  readonly choice?: string;
  readonly photos?: readonly string[];
  readonly location?: { readonly latitude: number; readonly longitude: number };
}

/** Limit on one typed message; longer input is cut (the assistant then asks to shorten a question). */
export const WEB_MESSAGE_LIMIT = 20_000;

/** What is stored for a browser's message. */
interface StoredWebMessage {
  readonly chatId: string;
  readonly input: WebChatInput;
}

/** "/gopy nội dung" → command; anything else → text; a pressed button → choice; photos (with their caption); a location. */
export function webInbound(chatId: string, updateId: string, input: WebChatInput, receivedAt = new Date()): Inbound | undefined {
  const content = webContent(input);
  if (!content) return undefined;
  return { updateId, chat: { channel: "web", id: chatId, type: "private" }, sender: { id: chatId }, content, receivedAt, buttons: true };
}

/** The stored form of a browser's message; undefined for one that carries nothing. */
export function webEntry(chatId: string, updateId: string, input: WebChatInput): IncomingEntry | undefined {
  if (!webContent(input)) return undefined;
  const stored: StoredWebMessage = { chatId, input };
  return { source: "web", updateId, chatId, payload: stored };
}

/** Handles stored browser messages; the answers are stored for the browser to fetch. */
export function webHandler(assistant: Assistant, messages: WebChatMessages): IntakeHandler {
  return async (message, attempt) => {
    const { chatId, input } = message.payload as StoredWebMessage;
    const inbound = webInbound(chatId, message.updateId, input, message.receivedAt);
    if (inbound) await assistant.handle(inbound, webTarget(chatId, messages), attempt);
  };
}

function webContent(input: WebChatInput): Content | undefined {
  if (typeof input.choice === "string" && input.choice.length > 0 && input.choice.length <= 64) return { kind: "choice", value: input.choice };
  const caption = typeof input.text === "string" && input.text.trim() ? input.text.slice(0, WEB_MESSAGE_LIMIT) : undefined;
  if (Array.isArray(input.photos) && input.photos.length > 0) {
    // As in a Telegram album, the caption goes with the first photo (it joins the description once).
    const attachments = input.photos.map((ref, index) => ({ kind: "photo" as const, ref, ...(index === 0 && caption ? { caption } : {}) }));
    return { kind: "photo", attachments, ...(caption ? { caption } : {}) };
  }
  if (input.location) return { kind: "location", latitude: input.location.latitude, longitude: input.location.longitude };
  if (typeof input.text !== "string") return undefined;
  const text = input.text.slice(0, WEB_MESSAGE_LIMIT);
  const command = /^\/([a-z]+)(?:\s+([\s\S]*))?$/iu.exec(text.trim());
  return command ? { kind: "command", command: command[1]!.toLowerCase(), args: (command[2] ?? "").trim() } : { kind: "text", text };
}

/** Replies to the browser go into the chat's stored messages. */
export function webTarget(chatId: string, messages: WebChatMessages): ReplyTarget {
  return {
    async send(reply) {
      // A notice alone (a vote acknowledged) is shown as a message: the web chat has no pop-ups.
      const shown = reply.blocks.length === 0 && reply.notice ? { blocks: [{ type: "paragraph" as const, content: [reply.notice] }] } : reply;
      if (shown.blocks.length === 0) return undefined;
      await beforeSending();
      return { id: String(await messages.add(chatId, shown)) };
    },
    async typing() {},
  };
}

/** The outbox's way to the web chat: stored once per outbox message, so never shown twice. */
export function webSender(messages: WebChatMessages): ChannelSender {
  return { send: async (chatId, reply, options) => String(await messages.add(chatId, reply, options?.key)) };
}
