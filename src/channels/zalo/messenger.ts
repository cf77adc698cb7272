/**
 * One way to put text into a Zalo chat, whichever API serves it. `Channel` has a single "zalo"
 * value, so the two Zalo products are told apart by the chat id: a Bot Platform chat is its own id,
 * an Official Account user is `oa:<user_id>`. Reports, their subscriptions, chat states and the
 * outbox then work unchanged for both, and one "zalo" sender delivers to either.
 */
import { AppError } from "../../core/errors.js";
import type { ZaloBotApi } from "./bot-api.js";
import type { ZaloOaApi } from "./oa-api.js";
import { ZaloOaApiError } from "./oa-api.js";
import type { OaTokenStore } from "./oa-tokens.js";

/** Chat ids of Official Account users start with this. */
export const OA_CHAT_PREFIX = "oa:";

/** The chat id of an OA user. */
export function oaChatId(userId: string): string {
  return `${OA_CHAT_PREFIX}${userId}`;
}

/** The Official Account: its API and the token it is called with. */
export interface ZaloOa {
  readonly api: ZaloOaApi;
  readonly tokens: OaTokenStore;
}

/** The Zalo products configured: the bot, the OA, or both. */
export interface ZaloClients {
  readonly bot?: ZaloBotApi;
  readonly oa?: ZaloOa;
}

/** A chat id whose product is not configured (an OA user after the OA was switched off, say). */
export class ZaloNotConfiguredError extends AppError {}

export interface ZaloMessenger {
  /** Sends one text (at most 2000 characters); returns Zalo's message id. */
  sendText(chatId: string, text: string): Promise<string | undefined>;
  /** Shows "typing…" where the product can (the bot); may throw. */
  typing(chatId: string): Promise<void>;
}

export function createZaloMessenger(clients: ZaloClients): ZaloMessenger {
  return {
    async sendText(chatId, text) {
      if (chatId.startsWith(OA_CHAT_PREFIX)) return sendOa(oaOf(clients), chatId.slice(OA_CHAT_PREFIX.length), text);
      const sent = await botOf(clients).sendMessage(chatId, text);
      return sent?.message_id === undefined ? undefined : String(sent.message_id);
    },
    async typing(chatId) {
      // The OA API has no typing indicator.
      if (!chatId.startsWith(OA_CHAT_PREFIX)) await botOf(clients).sendChatAction(chatId, "typing");
    },
  };
}

/**
 * A customer-service message; a refused token (-216, -220 or plain HTTP 401) is refreshed and the
 * message sent once more.
 */
async function sendOa(oa: ZaloOa, userId: string, text: string): Promise<string | undefined> {
  const token = await oa.tokens.accessToken();
  try {
    return await oa.api.sendText(token, userId, text);
  } catch (error) {
    if (!(error instanceof ZaloOaApiError && error.meaning.kind === "token")) throw error;
    return oa.api.sendText(await oa.tokens.renew(token), userId, text);
  }
}

// The chat id stays out of these messages: they end up in logs and in the outbox.
function botOf(clients: ZaloClients): ZaloBotApi {
  if (!clients.bot) throw new ZaloNotConfiguredError("this Zalo chat belongs to the bot, and ZALO_BOT_TOKEN is not set");
  return clients.bot;
}

function oaOf(clients: ZaloClients): ZaloOa {
  if (!clients.oa) throw new ZaloNotConfiguredError("this Zalo chat belongs to the Official Account, and the ZALO_OA_* variables are not set");
  return clients.oa;
}
