/**
 * Telegram's sending limits (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this):
 * about 30 messages a second in all, about one a second to a private chat, 20 a minute to a group.
 * Kept a little under each, so that a burst of ours arriving bunched up is not refused; the
 * `SendGate` built from them is shared by the bot's answers and the outbox.
 */
import type { Transformer } from "grammy";
import { beforeSending } from "../../core/delivery.js";
import { SendGate, type GatePolicy } from "../../core/send-gate.js";

/**
 * Named defaults; a chat id below zero is a group. Overall: 27 a second with a burst of 2 stays
 * within 29 in any second, and the burst absorbs a timer that fires late on a busy process (with
 * a burst of 1, every late timer would be capacity lost for good).
 */
export const TELEGRAM_LIMITS = {
  overall: { perSecond: 27, burst: 2 },
  privateChat: { perSecond: 1, burst: 2 },
  // 3.2 s apart: at most 19 in any minute.
  group: { perSecond: 1 / 3.2, burst: 1 },
} as const;

/** Methods that put a message into a chat, which Telegram counts. */
const MESSAGE_METHODS = new Set(["sendMessage", "editMessageText", "editMessageReplyMarkup", "sendPhoto", "sendDocument", "sendLocation", "sendMediaGroup", "copyMessage", "forwardMessage"]);

/** How often the bot tries a call again after Telegram's 429 before giving up on it. */
const RATE_LIMIT_RETRIES = 3;

export function telegramPolicy(limits: typeof TELEGRAM_LIMITS = TELEGRAM_LIMITS): GatePolicy {
  return { overall: limits.overall, chat: (chatId) => (chatId.startsWith("-") ? limits.group : limits.privateChat) };
}

/** The gate of one bot token, shared by everything in this process that sends with it. */
export function createTelegramGate(): SendGate {
  return new SendGate(telegramPolicy());
}

/**
 * Makes the bot's own calls wait for the gate (at the highest priority: someone is waiting for the
 * answer) and, on a 429, pause the chat for the retry-after Telegram gave and try again.
 */
export function gated(gate: SendGate): Transformer {
  return async (prev, method, payload, signal) => {
    const chatId = MESSAGE_METHODS.has(method) && payload && typeof payload === "object" && "chat_id" in payload ? String(payload.chat_id) : undefined;
    if (chatId === undefined) return prev(method, payload, signal);
    for (let attempt = 0; ; attempt++) {
      await gate.acquire(chatId, 0);
      await beforeSending();
      const result = await prev(method, payload, signal);
      if (result.ok || result.error_code !== 429 || attempt >= RATE_LIMIT_RETRIES) return result;
      gate.hold(chatId, (result.parameters?.retry_after ?? 1) * 1000);
    }
  };
}
