/**
 * The answer to the OA's contact form (`request_user_info`, sent by messenger.ts when a reply offers
 * it): Zalo posts `user_submit_info` with `info: { phone, name, address, … }` once the person agreed
 * to share them. It becomes a `contact` content marked as shared through the consent form, so the
 * feedback flow stays channel-neutral: inside a form it fills the contact, outside one it is only
 * acknowledged. Only the phone and the name are kept; the address is not asked for and not stored.
 */
import type { Inbound } from "../../core/messages.js";
import { dateOf, fingerprint, idOf, localPhone } from "./inbound.js";
import { oaChatId } from "./messenger.js";
import type { ZaloOaEvent } from "./oa-inbound.js";

/** Longest name kept from the form. */
const NAME_LIMIT = 100;

/**
 * The `Inbound` of a `user_submit_info` event; undefined without a sender. A form without a phone
 * still arrives (with an empty one), so that the person is asked again rather than left waiting.
 */
export function inboundFromSubmitInfo(event: ZaloOaEvent): Inbound | undefined {
  const userId = idOf(event.sender?.id);
  if (!userId) return undefined;
  const chatId = oaChatId(userId);
  const info = typeof event.info === "object" && event.info !== null ? event.info : {};
  const name = typeof info.name === "string" && info.name.trim() ? info.name.trim().slice(0, NAME_LIMIT) : undefined;
  return {
    // No msg_id: Zalo's retries carry the same body, hence the same fingerprint.
    updateId: `oa:info:${fingerprint(event)}`,
    chat: { channel: "zalo", id: chatId, type: "private" },
    sender: { id: chatId },
    content: { kind: "contact", phone: localPhone(info.phone), ownContact: true, consentForm: true, ...(name ? { name } : {}) },
    receivedAt: dateOf(event.timestamp),
    buttons: false,
  };
}
