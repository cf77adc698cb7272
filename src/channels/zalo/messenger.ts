/**
 * One way to put messages into a Zalo chat, whichever API serves it. `Channel` has a single "zalo"
 * value, so the two Zalo products are told apart by the chat id: a Bot Platform chat is its own id,
 * an Official Account user is `oa:<user_id>`. Reports, their subscriptions, chat states and the
 * outbox then work unchanged for both, and one "zalo" sender delivers to either.
 */
import { AppError, describeError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import { publicMediaUrl, type PublicMedia } from "../../core/media-links.js";
import { ZALO_BOT_ERROR, ZaloBotApiError, type ZaloBotApi, type ZaloSentMessage, type ZaloTextStyle } from "./bot-api.js";
import { contactFormTemplate, isImageUrl, loadImage, OaImageUnsuitableError, sendOaImage, type ImageSources } from "./oa-media.js";
import { oaConversationOf, type OaConversation } from "./oa-chats.js";
import type { ZaloOaApi } from "./oa-api.js";
import { ZaloOaApiError } from "./oa-api.js";
import type { OaTokenStore } from "./oa-tokens.js";
import type { ZaloOutgoing } from "./render.js";

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
  /** The picture of the contact form (ZALO_OA_CONTACT_FORM_IMAGE_URL). */
  readonly contactFormImageUrl?: string;
  /** Who the contact form asks for the number: the organisation's brief name. */
  readonly organisation: string;
}

/** The Zalo products configured: the bot, the OA, or both. */
export interface ZaloClients {
  readonly bot?: ZaloBotApi;
  readonly oa?: ZaloOa;
}

/** A chat id whose product is not configured (an OA user after the OA was switched off, say). */
export class ZaloNotConfiguredError extends AppError {}

export interface ZaloMessenger {
  /**
   * Sends one message (a text of at most 2000 characters, a picture, the OA's contact form);
   * returns Zalo's message id, undefined for what the product cannot show (the bot has no contact form).
   * `beforeSend` runs right before the call that delivers it (after the OA's token is at hand), so
   * that the outbox, or the assistant for a reply, knows from when a crash may have delivered it.
   */
  send(chatId: string, message: ZaloOutgoing, beforeSend?: () => Promise<void>): Promise<string | undefined>;
  /** Shows "typing…" where the product can (the bot); may throw. */
  typing(chatId: string): Promise<void>;
}

/** Named defaults of sending. */
export const ZALO_MESSENGER_DEFAULTS = {
  /** Formatted sends refused in a row (while the same text went out plain) before formatting is given up. */
  formattingRefusals: 3,
} as const;

/**
 * Whether the bot still sends `text_styles`, per API client (one per process): the styles rest on
 * a single source, so a Zalo that refuses them gets plain text from then on.
 */
const botFormatting = new WeakMap<ZaloBotApi, { refusals: number }>();

/**
 * Said instead of a picture Zalo cannot be given: the bot takes pictures only by public URL, and a
 * Telegram file has none of its own (the bot token would be in it) unless PUBLIC_URL lets this server
 * offer one; the OA needs the file's bytes.
 */
export const PICTURE_NOT_SENT = "📷 Cán bộ có gửi kèm một ảnh, nhưng ảnh này chưa gửi được qua Zalo.";

export interface ZaloMessengerOptions {
  /** Where pictures that are no URL (a staff reply's Telegram photo) are fetched from, for the OA. */
  readonly images?: ImageSources;
  /**
   * Where the bot's pictures that are no URL are offered from (PUBLIC_URL): a sealed link this
   * server answers, which Zalo fetches. Without it the bot says a photo was attached.
   */
  readonly publicMedia?: PublicMedia;
}

export function createZaloMessenger(clients: ZaloClients, logger: Logger, options: ZaloMessengerOptions = {}): ZaloMessenger {
  return {
    async send(chatId, message, beforeSend = async () => {}) {
      const conversation = oaConversationOf(chatId);
      if (conversation) return sendOaConversation(oaOf(clients), conversation, message, beforeSend);
      if (chatId.startsWith(OA_CHAT_PREFIX)) return sendOa(oaOf(clients), chatId.slice(OA_CHAT_PREFIX.length), message, logger, options.images ?? {}, beforeSend);
      const bot = botOf(clients);
      switch (message.kind) {
        case "text":
          await beforeSend();
          return idOf(await sendBotText(bot, chatId, message.text, message.styles, logger));
        case "image": {
          const { channel, ref, caption } = message.image;
          const url = isImageUrl(ref) ? ref : options.publicMedia && publicMediaUrl(options.publicMedia, { channel, ref });
          await beforeSend();
          return idOf(url ? await bot.sendPhoto(chatId, url, caption) : await bot.sendMessage(chatId, pictureNotSent(caption)));
        }
        case "contact-form":
          // The bot keeps the typed number: the reply that offered the form asked for it already.
          return undefined;
      }
    },
    async typing(chatId) {
      // The OA API has no typing indicator.
      if (!chatId.startsWith(OA_CHAT_PREFIX) && !oaConversationOf(chatId)) await botOf(clients).sendChatAction(chatId, "typing");
    },
  };
}

/**
 * A text with its styles while Zalo takes them. A formatted send refused as a bad request goes out
 * once more plain: if that passes, the styles were the problem, and after a few such refusals in a
 * row formatting is given up for the process (logged once).
 */
async function sendBotText(bot: ZaloBotApi, chatId: string, text: string, styles: readonly ZaloTextStyle[], logger: Logger): Promise<ZaloSentMessage> {
  let formatting = botFormatting.get(bot);
  if (!formatting) botFormatting.set(bot, (formatting = { refusals: 0 }));
  if (!styles.length || formatting.refusals >= ZALO_MESSENGER_DEFAULTS.formattingRefusals) return bot.sendMessage(chatId, text);
  try {
    const sent = await bot.sendMessage(chatId, text, styles);
    formatting.refusals = 0;
    return sent;
  } catch (error) {
    if (!(error instanceof ZaloBotApiError && error.errorCode === ZALO_BOT_ERROR.badRequest)) throw error;
    const sent = await bot.sendMessage(chatId, text);
    formatting.refusals++;
    if (formatting.refusals === ZALO_MESSENGER_DEFAULTS.formattingRefusals) {
      logger.warn({ channel: "zalo", error: describeError(error) }, "Zalo refuses formatted texts (text_styles) but takes them plain: formatting is off until the restart");
    }
    return sent;
  }
}

/** A picture Zalo would never take (too large, wrong type) is said in words: retrying cannot help. */
function unsuitable(error: unknown, logger: Logger): undefined {
  if (!(error instanceof OaImageUnsuitableError)) throw error;
  logger.warn({ channel: "zalo_oa", error: describeError(error) }, "a picture could not be sent through the OA; a line saying so was sent instead");
  return undefined;
}

function pictureNotSent(caption: string | undefined): string {
  return caption ? `${caption}\n\n${PICTURE_NOT_SENT}` : PICTURE_NOT_SENT;
}

function idOf(sent: ZaloSentMessage | undefined): string | undefined {
  return sent?.message_id === undefined ? undefined : String(sent.message_id);
}

/**
 * A customer-service message; a refused token (-216, -220 or plain HTTP 401) is refreshed and the
 * message sent once more. The contact form is an offer next to a prompt that asks for the number
 * anyway: if Zalo refuses it, the person can still type one, so the refusal is only logged.
 */
async function sendOa(oa: ZaloOa, userId: string, message: ZaloOutgoing, logger: Logger, images: ImageSources, beforeSend: () => Promise<void>): Promise<string | undefined> {
  // Fetched once, not again when the token is refreshed.
  const picture = message.kind === "image" ? await loadImage(message.image, images).catch((error: unknown) => unsuitable(error, logger)) : undefined;
  const send = (token: string): Promise<string | undefined> => {
    switch (message.kind) {
      case "text":
        return oa.api.sendText(token, userId, message.text);
      case "image":
        return picture ? sendOaImage(oa.api, token, userId, picture, message.image.caption) : oa.api.sendText(token, userId, pictureNotSent(message.image.caption));
      case "contact-form":
        return oa.api.sendAttachment(token, userId, contactFormTemplate(oa.contactFormImageUrl, oa.organisation));
    }
  };
  try {
    return await withToken(oa, send, beforeSend);
  } catch (error) {
    if (message.kind !== "contact-form") throw error;
    logger.warn({ channel: "zalo_oa", error: describeError(error) }, "the OA's contact form (request_user_info) was not sent; the person can still type a number");
    return undefined;
  }
}

/**
 * A message to an OA group or to a person who does not follow the OA (see oa-chats.ts): those APIs
 * take texts, so a picture goes as its caption and link; the contact form belongs to a follower's
 * private chat and is left out (the reply that offered it asks for the number anyway).
 */
async function sendOaConversation(oa: ZaloOa, conversation: OaConversation, message: ZaloOutgoing, beforeSend: () => Promise<void>): Promise<string | undefined> {
  const text = message.kind === "text" ? message.text : message.kind === "image" ? (isImageUrl(message.image.ref) ? [message.image.caption, message.image.ref].filter(Boolean).join("\n") : pictureNotSent(message.image.caption)) : undefined;
  if (!text) return undefined;
  return withToken(oa, (token) => oa.api.sendToConversation(token, conversation, text), beforeSend);
}

/** `call` with the OA's access token, once more with a new one when Zalo refused the token (nothing was sent). */
async function withToken<T>(oa: ZaloOa, call: (token: string) => Promise<T>, beforeSend: () => Promise<void>): Promise<T> {
  const token = await oa.tokens.accessToken();
  await beforeSend();
  try {
    return await call(token);
  } catch (error) {
    if (!(error instanceof ZaloOaApiError && error.meaning.kind === "token")) throw error;
    return call(await oa.tokens.renew(token));
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
