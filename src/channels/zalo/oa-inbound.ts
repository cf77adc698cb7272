/**
 * Turns a Zalo Official Account webhook event into the assistant's `Inbound`. The OA user's chat
 * is `oa:<user_id>` (see messenger.ts); the update id is `oa:<msg_id>`, on which Zalo's retries of
 * the same event are dropped. Events that are no user message (follows, "seen", the OA's own sends
 * echoed back) give undefined.
 */
import type { AttachmentRef, Content, Inbound } from "../../core/messages.js";
import { textContent } from "./commands.js";
import { fingerprint, idOf } from "./inbound.js";
import { oaChatId } from "./messenger.js";

/** An OA webhook event, as documented; every field is checked before use. */
export interface ZaloOaEvent {
  readonly app_id?: string;
  readonly event_name?: string;
  /** Epoch milliseconds, as a string. */
  readonly timestamp?: string | number;
  readonly sender?: { readonly id?: string };
  readonly recipient?: { readonly id?: string };
  readonly message?: {
    readonly msg_id?: string;
    readonly text?: string;
    readonly attachments?: ReadonlyArray<{ readonly type?: string; readonly payload?: { readonly url?: string; readonly coordinates?: { readonly latitude?: unknown; readonly longitude?: unknown } } }>;
  };
}

/** The `Inbound` of a user's message to the OA; undefined for any other event. */
export function inboundFromOaEvent(event: ZaloOaEvent): Inbound | undefined {
  const name = event.event_name;
  const userId = idOf(event.sender?.id);
  if (typeof name !== "string" || !name.startsWith("user_send_") || !userId || typeof event.message !== "object" || event.message === null) return undefined;
  const chatId = oaChatId(userId);
  const timestamp = Number(event.timestamp);
  return {
    updateId: `oa:${idOf(event.message.msg_id) ?? fingerprint(event)}`,
    chat: { channel: "zalo", id: chatId, type: "private" },
    sender: { id: chatId },
    content: contentOf(name, event.message),
    receivedAt: Number.isFinite(timestamp) && timestamp > 0 ? new Date(timestamp) : new Date(),
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
    case "user_send_audio":
      return { kind: "voice" };
    case "user_send_file":
    case "user_send_video":
      return { kind: "file" };
    default:
      return { kind: "unsupported" };
  }
}
