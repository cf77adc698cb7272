/**
 * Turns a Zalo Official Account webhook event into the assistant's `Inbound`. The OA user's chat
 * is `oa:<user_id>` (see messenger.ts); the update id is `oa:<msg_id>`, on which Zalo's retries of
 * the same event are dropped. Besides a follower's messages (`user_send_*`):
 * - `anonymous_send_*`, from people who do not follow the OA, are answered in their anonymous
 *   conversation (`oa-anon:…`, see oa-chats.ts);
 * - `user_send_group_*`, posts in a GMF group the OA is in (`recipient.id` is the group), are
 *   answered in the group (`oa-group:…`) and only when addressed to the OA with one of its commands
 *   typed with "/" ("/hoi …", "/gopy"), as in Telegram groups: members talking among themselves are
 *   left alone, and nothing moves into a member's private chat;
 * - `follow` is welcomed as if the person had typed /start (what the assistant does, /gopy).
 * Other events (unfollow, "seen", the OA's own sends echoed back) give undefined: acknowledged, and
 * nothing is sent.
 */
import type { AttachmentRef, ChatRef, Content, Inbound } from "../../core/messages.js";
import { textContent } from "./commands.js";
import { dateOf, fingerprint, idOf, localPhone } from "./inbound.js";
import { oaChatId } from "./messenger.js";
import { oaAnonymousChatId, oaGroupChatId } from "./oa-chats.js";
import { inboundFromSubmitInfo } from "./oa-consent.js";

/** An OA webhook event, as documented; every field is checked before use. */
export interface ZaloOaEvent {
  readonly app_id?: string;
  readonly event_name?: string;
  /** Epoch milliseconds, as a string. */
  readonly timestamp?: string | number;
  readonly sender?: { readonly id?: string };
  /** The OA, or the group of a `user_send_group_*` event. */
  readonly recipient?: { readonly id?: string };
  /** `follow` / `unfollow`: who (some copies put the person in `sender` instead). */
  readonly follower?: { readonly id?: string };
  readonly message?: {
    readonly msg_id?: string;
    readonly text?: string;
    /** `anonymous_send_*`: the anonymous conversation, needed to answer in it. */
    readonly conversation_id?: string;
    readonly attachments?: ReadonlyArray<{
      readonly type?: string;
      readonly payload?: {
        readonly url?: string;
        readonly coordinates?: { readonly latitude?: unknown; readonly longitude?: unknown };
        /** Links and business cards. */
        readonly title?: unknown;
        readonly description?: unknown;
        readonly phone?: unknown;
        readonly name?: unknown;
      };
    }>;
  };
  /** `user_submit_info`: what the person shared through the contact form (see oa-consent.ts). */
  readonly info?: { readonly phone?: unknown; readonly name?: unknown };
}

/** Prefixes of message events: a follower's, a group post's, and one from a person who does not follow the OA. */
const USER_EVENT = "user_send_";
const GROUP_EVENT = "user_send_group_";
const ANONYMOUS_EVENT = "anonymous_send_";

/** The commands that address the OA in a group (the assistant's commands, as in Telegram's menu). */
const GROUP_COMMANDS: ReadonlySet<string> = new Set(["hoi", "mucluc", "gopy", "theodoi", "huy", "help", "start"]);

/**
 * The `Inbound` of a person's message to the OA (or a follow); undefined for any other event, and for
 * a group post not addressed to the OA.
 */
export function inboundFromOaEvent(event: ZaloOaEvent): Inbound | undefined {
  if (event.event_name === "user_submit_info") return inboundFromSubmitInfo(event);
  if (event.event_name === "follow") return followOf(event);
  const origin = originOf(event);
  if (!origin || typeof event.message !== "object" || event.message === null) return undefined;
  const content = contentOf(origin.event, event.message);
  if (origin.chat.type === "group" && !addressedToOa(content, event.message.text)) return undefined;
  return {
    updateId: `oa:${idOf(event.message.msg_id) ?? fingerprint(event)}`,
    chat: origin.chat,
    sender: { id: origin.senderId },
    content,
    receivedAt: dateOf(event.timestamp),
    buttons: false,
  };
}

/**
 * Where a message event comes from and where its answer goes, with its event named as a
 * follower's (`user_send_<kind>`); undefined for what is no person's message.
 */
function originOf(event: ZaloOaEvent): { chat: ChatRef; senderId: string; event: string } | undefined {
  const name = event.event_name;
  const userId = idOf(event.sender?.id);
  if (typeof name !== "string" || !userId) return undefined;
  if (name.startsWith(GROUP_EVENT)) {
    const groupId = idOf(event.recipient?.id);
    return groupId ? { chat: { channel: "zalo", id: oaGroupChatId(groupId), type: "group" }, senderId: oaChatId(userId), event: `${USER_EVENT}${name.slice(GROUP_EVENT.length)}` } : undefined;
  }
  if (name.startsWith(ANONYMOUS_EVENT)) {
    // Without its conversation an anonymous message cannot be answered.
    const conversationId = idOf(event.message?.conversation_id);
    if (!conversationId) return undefined;
    const chatId = oaAnonymousChatId(userId, conversationId);
    return { chat: { channel: "zalo", id: chatId, type: "private" }, senderId: chatId, event: `${USER_EVENT}${name.slice(ANONYMOUS_EVENT.length)}` };
  }
  if (name.startsWith(USER_EVENT)) return { chat: { channel: "zalo", id: oaChatId(userId), type: "private" }, senderId: oaChatId(userId), event: name };
  return undefined;
}

/** A group post is for the OA when it is one of its commands typed with "/" (bare words are members' talk). */
function addressedToOa(content: Content, text: string | undefined): boolean {
  return content.kind === "command" && GROUP_COMMANDS.has(content.command) && typeof text === "string" && text.trim().startsWith("/");
}

/** A new follower, welcomed as if they had typed /start. */
function followOf(event: ZaloOaEvent): Inbound | undefined {
  const userId = idOf(event.follower?.id) ?? idOf(event.sender?.id);
  if (!userId) return undefined;
  const chatId = oaChatId(userId);
  return {
    // No msg_id: Zalo's retries carry the same body, hence the same fingerprint.
    updateId: `oa:follow:${fingerprint(event)}`,
    chat: { channel: "zalo", id: chatId, type: "private" },
    sender: { id: chatId },
    content: { kind: "command", command: "start", args: "" },
    receivedAt: dateOf(event.timestamp),
    buttons: false,
  };
}

function contentOf(name: string, message: NonNullable<ZaloOaEvent["message"]>): Content {
  const text = typeof message.text === "string" && message.text.trim() ? message.text.trim() : undefined;
  const attachments = Array.isArray(message.attachments) ? message.attachments : [];
  switch (name) {
    case "user_send_text":
      return text ? textContent(text) : { kind: "unsupported" };
    case "user_send_image": {
      const photos: AttachmentRef[] = attachments
        .map((attachment) => attachment?.payload?.url)
        .filter((url): url is string => typeof url === "string" && url.length > 0)
        .map((url) => ({ kind: "photo", ref: url, ...(text ? { caption: text } : {}) }));
      return photos.length ? { kind: "photo", attachments: photos, ...(text ? { caption: text } : {}) } : { kind: "unsupported" };
    }
    case "user_send_location": {
      const coordinates = attachments[0]?.payload?.coordinates;
      const latitude = Number(coordinates?.latitude);
      const longitude = Number(coordinates?.longitude);
      return Number.isFinite(latitude) && Number.isFinite(longitude) && coordinates ? { kind: "location", latitude, longitude } : { kind: "unsupported" };
    }
    case "user_send_sticker":
    case "user_send_gif":
      return { kind: "sticker" };
    case "user_send_link": {
      // A shared link (often a news article about the problem) counts as what the person wrote.
      const link = linkOf(attachments[0]?.payload, text);
      return link ? { kind: "text", text: link } : { kind: "unsupported" };
    }
    case "user_send_business_card": {
      // Whose card it is cannot be told: never taken as the sender's own number.
      const card = businessCardOf(attachments[0]?.payload);
      return card ? { kind: "contact", phone: card.phone, ownContact: false, ...(card.name ? { name: card.name } : {}) } : { kind: "unsupported" };
    }
    case "user_send_audio": {
      const media = mediaOf(attachments[0]);
      return media ? { kind: "voice", attachment: { kind: "voice", ref: media.url } } : { kind: "voice" };
    }
    case "user_send_file":
    case "user_send_video": {
      const media = mediaOf(attachments[0]);
      return media ? { kind: "file", attachment: { kind: "file", ref: media.url, ...(media.name ? { name: media.name } : {}) } } : { kind: "file" };
    }
    default:
      return { kind: "unsupported" };
  }
}

/**
 * The URL and file name of an audio, file or video attachment (`payload.url`, `payload.name`; a
 * file's `size` and `type` are Zalo's claims, checked again when it is downloaded).
 */
function mediaOf(attachment: unknown): { url: string; name?: string } | undefined {
  const payload = (attachment as { payload?: { url?: unknown; name?: unknown } } | undefined)?.payload;
  if (typeof payload?.url !== "string" || !payload.url) return undefined;
  const name = typeof payload.name === "string" && payload.name.trim() ? payload.name.trim() : undefined;
  return { url: payload.url, ...(name ? { name } : {}) };
}

type Payload = NonNullable<NonNullable<NonNullable<ZaloOaEvent["message"]>["attachments"]>[number]["payload"]>;

/** The text of a shared link: what the person typed, the page's title and its address, each once. */
function linkOf(payload: Payload | undefined, text: string | undefined): string | undefined {
  const parts: string[] = text ? [text] : [];
  for (const value of [payload?.title, payload?.url]) {
    const part = typeof value === "string" ? value.trim() : "";
    if (part && !parts.some((existing) => existing.includes(part))) parts.push(part);
  }
  return parts.length ? parts.join("\n") : undefined;
}

/**
 * The name and number on a business card. Sources disagree on where they are: `payload.phone` and
 * `payload.name`, or `payload.title` with a `description` that is JSON (`{"phone": …}`) or text.
 */
function businessCardOf(payload: Payload | undefined): { phone: string; name?: string } | undefined {
  if (!payload) return undefined;
  let described: { phone?: unknown; name?: unknown } = {};
  if (typeof payload.description === "string") {
    try {
      const parsed: unknown = JSON.parse(payload.description);
      if (typeof parsed === "object" && parsed !== null) described = parsed as typeof described;
    } catch {
      described = { phone: /\+?\d[\d .-]{7,}\d/u.exec(payload.description)?.[0] };
    }
  }
  const phone = localPhone(payload.phone ?? described.phone);
  if (!/^\+?\d{8,15}$/u.test(phone)) return undefined;
  const name = [payload.name, payload.title, described.name].find((value): value is string => typeof value === "string" && value.trim().length > 0)?.trim();
  return { phone, ...(name ? { name } : {}) };
}
