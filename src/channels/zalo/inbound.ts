/**
 * Turns a Zalo Bot Platform update into the assistant's `Inbound`. Payloads are untrusted JSON:
 * every field is checked, ids may arrive as strings or numbers. The update id is
 * `<event_name>:<message_id>`, on which the assistant drops redeliveries (Zalo documents neither
 * retries nor duplicates). In groups (beta) the bot only receives replies to itself and mentions,
 * so every group message it gets is addressed to it.
 */
import { createHash } from "node:crypto";
import type { Content, Inbound } from "../../core/messages.js";
import type { ZaloMessage, ZaloUpdate } from "./bot-api.js";
import { textContent } from "./commands.js";

/** The events the adapter maps; others with a message become `unsupported` content. */
export const ZALO_EVENTS = {
  text: "message.text.received",
  image: "message.image.received",
  sticker: "message.sticker.received",
  voice: "message.voice.received",
  unsupported: "message.unsupported.received",
} as const;

/** The update inside a webhook body: the documented `{ ok, result }` wrapper or the flat live shape. */
export function unwrapUpdate(body: unknown): ZaloUpdate | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const wrapped = body as { ok?: unknown; result?: unknown };
  const update = wrapped.ok === true && typeof wrapped.result === "object" && wrapped.result !== null ? wrapped.result : body;
  return typeof (update as ZaloUpdate).event_name === "string" ? (update as ZaloUpdate) : undefined;
}

/**
 * The `Inbound` of an update; undefined for what is no person's message in a chat (no chat, sent
 * by a bot). `botName` (getMe's account_name) is removed where a group message mentions it.
 */
export function inboundFromUpdate(update: ZaloUpdate, botName?: string): Inbound | undefined {
  const message = update.message;
  if (typeof message !== "object" || message === null) return undefined;
  const chatId = idOf(message.chat?.id);
  if (!chatId || message.from?.is_bot === true) return undefined;
  const senderId = idOf(message.from?.id) ?? chatId;
  const name = typeof message.from?.display_name === "string" && message.from.display_name.trim() ? message.from.display_name.trim() : undefined;
  return {
    updateId: `${update.event_name}:${idOf(message.message_id) ?? fingerprint(message)}`,
    chat: { channel: "zalo", id: chatId, type: String(message.chat?.chat_type).toUpperCase() === "GROUP" ? "group" : "private" },
    sender: { id: senderId, ...(name ? { name } : {}) },
    content: contentOf(update.event_name, message, botName),
    receivedAt: dateOf(message.date),
    buttons: false,
  };
}

function contentOf(event: string, message: ZaloMessage, botName: string | undefined): Content {
  switch (event) {
    case ZALO_EVENTS.text:
      return typeof message.text === "string" && message.text.trim() ? textContent(message.text, botName) : { kind: "unsupported" };
    case ZALO_EVENTS.image: {
      const url = photoUrl(message);
      if (!url) return { kind: "unsupported" };
      const caption = typeof message.caption === "string" && message.caption.trim() ? message.caption.trim() : undefined;
      return { kind: "photo", attachments: [{ kind: "photo", ref: url, ...(caption ? { caption } : {}) }], ...(caption ? { caption } : {}) };
    }
    case ZALO_EVENTS.sticker:
      return { kind: "sticker" };
    case ZALO_EVENTS.voice:
      return { kind: "voice" };
    case ZALO_EVENTS.unsupported:
    default:
      // Content withheld (a protected group) or an event newer than this adapter: acknowledged only.
      return { kind: "unsupported" };
  }
}

/** Sources differ on the field: `photo` or `photo_url`, a URL or an object carrying one. */
function photoUrl(message: ZaloMessage): string | undefined {
  for (const candidate of [message.photo_url, message.photo]) {
    const value = Array.isArray(candidate) ? candidate[candidate.length - 1] : candidate;
    if (typeof value === "string" && value) return value;
    if (typeof value === "object" && value !== null && typeof (value as { url?: unknown }).url === "string") return (value as { url: string }).url;
  }
  return undefined;
}

/** An id from a payload: a non-empty string, or a number (some payloads send numbers). */
export function idOf(value: unknown): string | undefined {
  return (typeof value === "string" && value) || (typeof value === "number" && Number.isFinite(value)) ? String(value) : undefined;
}

/** Epoch milliseconds as documented; seconds are recognised too. */
function dateOf(value: unknown): Date {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) return new Date();
  return new Date(number < 1e11 ? number * 1000 : number);
}

/** A stable id for a message without one of its own, so that its redelivery is still recognised. */
export function fingerprint(message: unknown): string {
  return createHash("sha256").update(JSON.stringify(message)).digest("hex").slice(0, 24);
}
