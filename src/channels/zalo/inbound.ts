/**
 * Turns a Zalo Bot Platform update into the assistant's `Inbound`. Payloads are untrusted JSON:
 * every field is checked, ids may arrive as strings or numbers. Sources disagree on the shape
 * (../shared/reference/zalo-api.md, part C): `event_name` may be missing (a copy of the docs shows
 * polled updates without it), some SDKs see a `message_type`, the sender's name comes as
 * `display_name`, `name` or `first_name`. So the kind of a message is derived (see `kindOf`) and no
 * update is refused for lacking `event_name`. The update id is `<event of the kind>:<message_id>`, on
 * which the assistant drops redeliveries (Zalo documents neither retries nor duplicates): it is the
 * same whether or not a delivery names its event, and for the documented events it is the id
 * used before `event_name` became optional, so updates stored earlier are still recognised. In
 * groups (beta) the bot only receives replies to itself and mentions, so every group message it
 * gets is addressed to it.
 */
import { createHash } from "node:crypto";
import type { Content, Inbound } from "../../core/messages.js";
import { isZaloUpdate, type ZaloMessage, type ZaloUpdate } from "./bot-api.js";
import { textContent } from "./commands.js";

/** The kinds of message the adapter tells apart, each with the event Zalo names it by. */
export const ZALO_EVENTS = {
  text: "message.text.received",
  image: "message.image.received",
  sticker: "message.sticker.received",
  voice: "message.voice.received",
  unsupported: "message.unsupported.received",
} as const;

/** A kind of message the adapter tells apart. */
type ZaloMessageKind = keyof typeof ZALO_EVENTS;

const KIND_OF_EVENT: ReadonlyMap<string, ZaloMessageKind> = new Map(Object.entries(ZALO_EVENTS).map(([kind, event]) => [event, kind as ZaloMessageKind]));

/**
 * Words recognised in a `message_type`, in the order they are tried. Its values are documented
 * nowhere, so a word is looked for anywhere in it ("image", "CHAT_PHOTO" and "photo" all mean an
 * image); "sticker" is tried first, since a sticker's type could also name its picture.
 */
const MESSAGE_TYPE_WORDS: ReadonlyArray<readonly [RegExp, ZaloMessageKind]> = [
  [/sticker/u, "sticker"],
  [/image|photo|picture/u, "image"],
  [/voice|audio/u, "voice"],
  [/unsupport/u, "unsupported"],
  [/text/u, "text"],
];

/**
 * The update in a webhook body: the documented `{ ok, result }` wrapper or the flat live shape,
 * with or without `event_name`. Undefined for a body that is not an object with a `message` object.
 */
export function unwrapUpdate(body: unknown): ZaloUpdate | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const wrapped = body as { ok?: unknown; result?: unknown };
  const update = wrapped.ok === true && typeof wrapped.result === "object" && wrapped.result !== null ? wrapped.result : body;
  return isZaloUpdate(update) ? update : undefined;
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
  const name = nameOf(message.from);
  const kind = kindOf(update.event_name, message);
  return {
    updateId: `${ZALO_EVENTS[kind]}:${idOf(message.message_id) ?? fingerprint(message)}`,
    chat: { channel: "zalo", id: chatId, type: String(message.chat?.chat_type).toUpperCase() === "GROUP" ? "group" : "private" },
    sender: { id: senderId, ...(name ? { name } : {}) },
    content: contentOf(kind, message, botName),
    receivedAt: dateOf(message.date),
    buttons: false,
  };
}

/**
 * What a message is: named by `event_name` when the update has one (an event newer than this
 * adapter is `unsupported`: acknowledged only); otherwise by a recognised `message_type`; otherwise
 * by the message's fields, as the official Node SDK dispatches.
 */
function kindOf(event: unknown, message: ZaloMessage): ZaloMessageKind {
  if (typeof event === "string" && event) return KIND_OF_EVENT.get(event) ?? "unsupported";
  if (typeof message.message_type === "string") {
    const type = message.message_type.toLowerCase();
    const match = MESSAGE_TYPE_WORDS.find(([word]) => word.test(type));
    if (match) return match[1];
  }
  return kindOfFields(message);
}

/**
 * The kind a message's fields show. A field counts when present, even empty, so that the kind
 * (hence the update id) is the one its event would name. Media come before `text`, which an image
 * might also carry; a bare top-level `url` is a sticker's (no other documented message has one).
 */
function kindOfFields(message: ZaloMessage): ZaloMessageKind {
  if (present(message.photo) || present(message.photo_url)) return "image";
  if (present(message.sticker)) return "sticker";
  if (present(message.voice_url)) return "voice";
  if (present(message.text)) return "text";
  if (present(message.url)) return "sticker";
  return "unsupported";
}

function contentOf(kind: ZaloMessageKind, message: ZaloMessage, botName: string | undefined): Content {
  switch (kind) {
    case "text":
      return typeof message.text === "string" && message.text.trim() ? textContent(message.text, botName) : { kind: "unsupported" };
    case "image": {
      const url = photoUrl(message);
      if (!url) return { kind: "unsupported" };
      const caption = typeof message.caption === "string" && message.caption.trim() ? message.caption.trim() : undefined;
      return { kind: "photo", attachments: [{ kind: "photo", ref: url, ...(caption ? { caption } : {}) }], ...(caption ? { caption } : {}) };
    }
    case "sticker":
      return { kind: "sticker" };
    case "voice": {
      // The URL is kept as sent (it may expire, so the report's keeper downloads it at once).
      const url = typeof message.voice_url === "string" && message.voice_url ? message.voice_url : undefined;
      return url ? { kind: "voice", attachment: { kind: "voice", ref: url } } : { kind: "voice" };
    }
    case "unsupported":
      // Content withheld (a protected group) or a message newer than this adapter: acknowledged only.
      return { kind: "unsupported" };
  }
}

/** The sender's name: sources put it in `display_name`, `name` or `first_name`. */
function nameOf(from: ZaloMessage["from"]): string | undefined {
  for (const candidate of [from?.display_name, from?.name, from?.first_name]) {
    if (typeof candidate === "string" && candidate.trim()) return candidate.trim();
  }
  return undefined;
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
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

/** A Zalo timestamp (epoch milliseconds, or seconds in some sources, as a number or a string); now when unreadable. */
export function dateOf(value: unknown): Date {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) return new Date();
  return new Date(number < 1e11 ? number * 1000 : number);
}

/**
 * A phone number as Zalo gives it ("84905123456", "+84 905 123 456"), written the Vietnamese way
 * ("0905123456"); only digits and a leading "+" are kept, so an unreadable value gives "".
 */
export function localPhone(value: unknown): string {
  const digits = typeof value === "string" || typeof value === "number" ? String(value).replace(/[^\d+]/gu, "") : "";
  return digits.replace(/^\+?84(?=\d{9}$)/u, "0");
}

/** A stable id for a message without one of its own, so that its redelivery is still recognised. */
export function fingerprint(message: unknown): string {
  return createHash("sha256").update(JSON.stringify(message)).digest("hex").slice(0, 24);
}
