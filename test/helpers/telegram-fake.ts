/**
 * A loopback fake of the Telegram Bot API that enforces Telegram's sending limits, for the storm
 * benchmark and the crash tests: the telegram-test-api emulator has no limits, no webhooks and no
 * update confirmation. It follows https://core.telegram.org/bots/api and the limits of the Bots FAQ:
 * - `/bot<TOKEN>/<method>` by GET or POST, parameters in the query string or a JSON, urlencoded or
 *   multipart body; method names are case-insensitive; answers `{ ok: true, result }` or
 *   `{ ok: false, error_code, description, parameters? }` with the HTTP status equal to `error_code`;
 * - getUpdates: an update is forgotten (confirmed) once a call asks for a higher `offset`, long polling
 *   holds the call up to `timeout` seconds, a newer call ends a waiting one with 409 (two instances),
 *   and 409 while a webhook is set;
 * - webhooks: updates are posted one at a time, in order, to `webhookTarget`, retried until a 2xx;
 * - limits on the calls that produce a message (sendMessage, sendPhoto, editMessageText): 30 in any
 *   second overall, a burst of 3 then 1 a second per private chat, 20 in any minute per group, refused
 *   with 429 and `retry_after`;
 * - faults: a seeded fraction of 500s, `failNext`, `blockChat` (403);
 * - files: getFile gives a path, served at `/file/bot<TOKEN>/<path>` as `FAKE_TELEGRAM_PHOTO`.
 * Tests play the people: `message`, `photoReply` and `callback` push realistic updates; `sent`, `edits`, `waitFor`
 * and `maxPerWindow` read what the bot did.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import type { Chat, InlineKeyboardMarkup, Message, Update, User, UserFromGetMe } from "grammy/types";
import { json, readBody } from "./http.js";

export const FAKE_TELEGRAM_TOKEN = "7000000001:FAKE-telegram-token-for-tests-only";

/** The bytes of every file the fake serves: the start of a JPEG (people's photos, as far as tests care). */
export const FAKE_TELEGRAM_PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60, 0x37)]);

/** Telegram's limits on the calls that produce a message. */
export interface TelegramLimits {
  /** Calls in any sliding second, over all chats. */
  readonly globalPerSecond: number;
  /** A private chat's burst: the capacity of its token bucket. */
  readonly privateBurst: number;
  /** A private chat's sustained rate: tokens added to its bucket per second. */
  readonly privatePerSecond: number;
  /** Calls to one group in any sliding minute. */
  readonly groupPerMinute: number;
}

/** The limits of the Bots FAQ ("My bot is hitting limits, how do I avoid this?"). */
export const TELEGRAM_LIMITS: TelegramLimits = { globalPerSecond: 30, privateBurst: 3, privatePerSecond: 1, groupPerMinute: 20 };

/** How a `FakeTelegram` behaves; every field has a default. */
export interface FakeTelegramOptions {
  /** The only token accepted (others get 401); its number is the bot's id. */
  readonly token?: string;
  /** The bot's username in getMe. */
  readonly username?: string;
  /** Changed limits, or `false` for none. */
  readonly limits?: Partial<TelegramLimits> | false;
  /** The fraction (0..1) of message-producing calls that fail with 500, undelivered. */
  readonly serverErrorRate?: number;
  /** Seed of the generator drawing those failures: the same seed fails the same calls. */
  readonly seed?: number;
}

/** What a method answers instead of its result, once per entry (see `failNext`). */
export interface TelegramFailure {
  readonly error_code: number;
  readonly description: string;
  /** The HTTP status, when not `error_code`. */
  readonly status?: number;
  readonly parameters?: { readonly retry_after?: number; readonly migrate_to_chat_id?: number };
}

/** A message the bot delivered; an edit changes `text` and `replyMarkup` in place. */
export interface SentMessage {
  readonly chatId: string;
  /** Per chat, as Telegram numbers them. */
  readonly messageId: number;
  /** The text (the caption for a photo) as the bot sent it, markup tags included. */
  text: string;
  /** The `reply_markup` as an object; an edit without one removes it, as on Telegram. */
  replyMarkup?: unknown;
  readonly parseMode?: string;
  /** The message this one answers (`reply_parameters.message_id`). */
  readonly replyTo?: number;
  /** When it was delivered (`Date.now()`). */
  readonly at: number;
  readonly method: "sendMessage" | "sendPhoto";
  /** How many times it was edited. */
  edits: number;
}

/** One delivered editMessageText. */
export interface EditedMessage {
  readonly chatId: string;
  readonly messageId: number;
  readonly text: string;
  readonly replyMarkup?: unknown;
  readonly at: number;
  readonly method: "editMessageText";
}

/** A call the fake received, answered or not. */
export interface TelegramCall {
  /** The method name as called. */
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly at: number;
}

/** Which limit refused a call. */
export type LimitKind = "global" | "private" | "group";

/** Who writes to the bot, and where: a private chat unless `chatId` (negative for groups) says otherwise. */
export interface TelegramPerson {
  readonly userId: number;
  readonly chatId?: number;
  readonly firstName?: string;
  readonly type?: "private" | "group" | "supergroup";
  /** The group's title. */
  readonly title?: string;
}

/** A repeatable pseudo-random generator (mulberry32): the same seed gives the same faults in every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Params = Record<string, unknown>;
interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}
type Handler = (params: Params, response: ServerResponse) => Answer | Promise<Answer>;

/** A refusal thrown by a handler, answered as Telegram's error envelope. */
class Refusal extends Error {
  constructor(readonly answer: Answer) {
    super(String(answer.body.description));
  }
}

const success = (result: unknown, description?: string): Answer => ({ status: 200, body: { ok: true, result, ...(description ? { description } : {}) } });
const refusal = (errorCode: number, description: string, parameters?: TelegramFailure["parameters"]): Answer => ({
  status: errorCode,
  body: { ok: false, error_code: errorCode, description, ...(parameters ? { parameters } : {}) },
});
const refuse = (errorCode: number, description: string): Refusal => new Refusal(refusal(errorCode, description));

const WEBHOOK_CONFLICT = "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";
const POLL_CONFLICT = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";
/** How long the fake waits before posting an unacknowledged update to the webhook again. */
const WEBHOOK_RETRY_MS = 500;
const TEXT_LIMIT = 4096;
const CAPTION_LIMIT = 1024;
const CALLBACK_DATA_BYTES = 64;
/** Telegram numbers supergroups and channels from -100 followed by 12 digits. */
const SUPERGROUP_IDS_BELOW = -1_000_000_000_000;

/** A getUpdates call waiting for updates. */
interface Poll {
  readonly offset: number;
  readonly limit: number;
  finish(answer: Answer): void;
}

interface Waiter {
  offer(message: SentMessage): void;
  fail(error: Error): void;
}

/** The fake Bot API server: `start()` it, point grammY's `apiRoot` at `baseUrl`, `close()` it. */
export class FakeTelegram {
  baseUrl = "";
  /** getMe's answer. */
  readonly bot: UserFromGetMe;
  readonly calls: TelegramCall[] = [];
  /** Every delivered sendMessage and sendPhoto, in order. */
  readonly sent: SentMessage[] = [];
  /** Every delivered editMessageText, in order. */
  readonly edits: EditedMessage[] = [];
  /** Calls refused with 429, by the limit that refused them. */
  readonly rejected429: Record<LimitKind, number> = { global: 0, private: 0, group: 0 };
  /** Calls failed by `serverErrorRate`. */
  serverErrors = 0;
  /** The webhook registered with setWebhook. */
  webhook: { url: string; secret: string | undefined } | undefined;
  private readonly server: Server;
  private readonly token: string;
  private readonly limiter: SendLimiter | undefined;
  private readonly serverErrorRate: number;
  private readonly random: () => number;
  private readonly handlers: Record<string, Handler>;
  /** Handler names by lower-case name: Telegram's method names are case-insensitive. */
  private readonly methodNames: Map<string, string>;
  private readonly failures = new Map<string, TelegramFailure[]>();
  private readonly blocked = new Set<string>();
  private readonly chats = new Map<string, Chat>();
  private readonly lastMessageIds = new Map<string, number>();
  /** Updates Telegram still holds: not confirmed by getUpdates nor acknowledged by the webhook. */
  private pending: Update[] = [];
  private readonly confirmedIds = new Set<number>();
  private readonly acknowledgedIds = new Set<number>();
  private readonly droppedIds = new Set<number>();
  private nextUpdateId = 1;
  private nextCallbackId = 1;
  private nextFileId = 1;
  private poll: Poll | undefined;
  private target: string | undefined;
  private pumping = false;
  private webhookError: { date: number; message: string } | undefined;
  private readonly waiters = new Set<Waiter>();
  private readonly closing = new AbortController();

  constructor(options: FakeTelegramOptions = {}) {
    this.token = options.token ?? FAKE_TELEGRAM_TOKEN;
    this.bot = {
      id: Number(this.token.split(":")[0]) || 7_000_000_001,
      is_bot: true,
      first_name: "Trợ lý Dân vận",
      username: options.username ?? "StormTestBot",
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
    };
    this.limiter = options.limits === false ? undefined : new SendLimiter({ ...TELEGRAM_LIMITS, ...options.limits });
    this.serverErrorRate = options.serverErrorRate ?? 0;
    this.random = seededRandom(options.seed ?? 1);
    this.handlers = {
      getMe: () => success(this.bot),
      getUpdates: (params, response) => this.getUpdates(params, response),
      setWebhook: (params) => this.setWebhook(params),
      deleteWebhook: (params) => this.deleteWebhook(params),
      getWebhookInfo: () => success(this.webhookInfo()),
      setMyCommands: (params) => {
        if (!Array.isArray(structured(params.commands))) throw refuse(400, "Bad Request: commands must be an array");
        return success(true);
      },
      sendMessage: (params) => this.sendMessage(params),
      sendPhoto: (params) => this.sendPhoto(params),
      editMessageText: (params) => this.editMessageText(params),
      sendChatAction: (params) => {
        const chatId = this.chatIdOf(params);
        if (!params.action) throw refuse(400, "Bad Request: wrong parameter action in request");
        if (this.blocked.has(chatId)) throw refuse(403, "Forbidden: bot was blocked by the user");
        return success(true);
      },
      answerCallbackQuery: (params) => {
        if (!params.callback_query_id) throw refuse(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
        return success(true);
      },
      getFile: (params) => {
        if (typeof params.file_id !== "string" || !params.file_id) throw refuse(400, "Bad Request: invalid file_id");
        const number = this.nextFileId++;
        return success({ file_id: params.file_id, file_unique_id: `unique-${number}`, file_size: 1024, file_path: `photos/file_${number}.jpg` });
      },
    };
    this.methodNames = new Map(Object.keys(this.handlers).map((name) => [name.toLowerCase(), name]));
    this.server = createServer((request, response) => {
      this.route(request, response).catch((error: unknown) => {
        // A client that went away mid-request (a killed bot) is not the fake's failure.
        if (request.destroyed || response.destroyed) return;
        json(response, 500, { ok: false, error_code: 500, description: "Internal Server Error" });
        throw error;
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Ends the waiting long poll, the webhook retries, the pending `waitFor`s and every connection. */
  async close(): Promise<void> {
    this.closing.abort();
    this.poll?.finish(success([]));
    for (const waiter of [...this.waiters]) waiter.fail(new Error("the fake Telegram was closed"));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Where updates are posted while a webhook is set (the registered URL is a public https one). */
  get webhookTarget(): string | undefined {
    return this.target;
  }

  set webhookTarget(url: string | undefined) {
    this.target = url;
    void this.pumpWebhook();
  }

  /** The next calls of `method` fail with these answers, in order, before any other check. */
  failNext(method: string, ...failures: TelegramFailure[]): void {
    const key = method.toLowerCase();
    this.failures.set(key, [...(this.failures.get(key) ?? []), ...failures]);
  }

  /** The user blocked the bot: every later send to this chat gets 403. */
  blockChat(chatId: number | string): void {
    this.blocked.add(String(chatId));
  }

  callsOf(method: string): TelegramCall[] {
    return this.calls.filter((call) => call.method.toLowerCase() === method.toLowerCase());
  }

  /** Ids of the updates a getUpdates call confirmed (asked for a higher offset). */
  confirmed(): Set<number> {
    return new Set(this.confirmedIds);
  }

  /** Ids of the updates the webhook acknowledged with a 2xx. */
  acknowledged(): Set<number> {
    return new Set(this.acknowledgedIds);
  }

  /** Ids of the updates forgotten unprocessed by `drop_pending_updates`. */
  dropped(): Set<number> {
    return new Set(this.droppedIds);
  }

  /** How many updates are neither confirmed, acknowledged nor dropped. */
  pendingCount(): number {
    return this.pending.length;
  }

  /** The delivered messages to one chat, in order. */
  messagesTo(chatId: number | string): SentMessage[] {
    return this.sent.filter((message) => message.chatId === String(chatId));
  }

  /**
   * The first delivered message that matches, now or when sent or edited within `timeoutMs`.
   * @throws Error after `timeoutMs`, naming the last texts sent
   */
  waitFor(predicate: (message: SentMessage) => boolean, timeoutMs = 10_000): Promise<SentMessage> {
    const found = this.sent.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter: Waiter = {
        offer: (message) => {
          if (!predicate(message)) return;
          done();
          resolve(message);
        },
        fail: (error) => {
          done();
          reject(error);
        },
      };
      const timer = setTimeout(() => waiter.fail(new Error(`no matching Telegram message within ${timeoutMs} ms; the last ones sent: ${JSON.stringify(this.sent.slice(-5).map((message) => message.text))}`)), timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /**
   * The most message-producing calls delivered to one chat in any `windowMs` window, sends and edits
   * alike since Telegram's limits count both (e.g. `maxPerWindow(group, 60_000) <= 20`).
   */
  maxPerWindow(chatId: number | string, windowMs: number): number {
    const key = String(chatId);
    const times = [...this.sent, ...this.edits].filter((message) => message.chatId === key).map((message) => message.at);
    times.sort((a, b) => a - b);
    let most = 0;
    let first = 0;
    for (let last = 0; last < times.length; last++) {
      while (times[last]! - times[first]! >= windowMs) first++;
      most = Math.max(most, last - first + 1);
    }
    return most;
  }

  /**
   * Queues an update for getUpdates or the webhook, numbering it after the last one when it has no
   * `update_id`. @throws Error for an `update_id` not above the last one (Telegram's only grow)
   */
  pushUpdate(update: Omit<Update, "update_id"> & { update_id?: number }): Update {
    const id = update.update_id ?? this.nextUpdateId;
    if (id < this.nextUpdateId) throw new Error(`update_id ${id} is not above the last pushed one (${this.nextUpdateId - 1}): push each update once, in order`);
    this.nextUpdateId = id + 1;
    const full = { ...update, update_id: id } as Update;
    const message = full.message ?? full.callback_query?.message;
    if (message) {
      this.chats.set(String(message.chat.id), message.chat);
      this.lastMessageIds.set(String(message.chat.id), Math.max(this.lastMessageIds.get(String(message.chat.id)) ?? 0, message.message_id));
    }
    this.pending.push(full);
    this.offerToPoll();
    void this.pumpWebhook();
    return full;
  }

  /** Pushes and returns a text message of `from`, with a bot_command entity when it starts with "/". */
  message(from: TelegramPerson, text: string): Update {
    const chat = this.chatOf(from);
    const command = text.startsWith("/") ? (text.split(/\s/u)[0] ?? text) : undefined;
    const message = {
      message_id: this.nextMessageId(String(chat.id)),
      date: unixNow(),
      chat,
      from: person(from),
      text,
      ...(command ? { entities: [{ type: "bot_command" as const, offset: 0, length: command.length }] } : {}),
    } as NonNullable<Update["message"]>;
    return this.pushUpdate({ message });
  }

  /**
   * Pushes and returns a photo (`fileId`, with `caption`) `from` sends in reply to the bot's message
   * `messageId` in their chat, as staff answer a card. @throws Error when the bot sent no such message there
   */
  photoReply(from: TelegramPerson, fileId: string, caption: string, messageId: number): Update {
    const chat = this.chatOf(from);
    const sent = this.sent.find((message) => message.chatId === String(chat.id) && message.messageId === messageId);
    if (!sent) throw new Error(`the bot sent no message ${messageId} in chat ${chat.id}: reply to a message in fake.sent`);
    const photo = [{ file_id: fileId, file_unique_id: `u-${fileId}`, width: 1280, height: 960, file_size: FAKE_TELEGRAM_PHOTO.length }];
    const message = { message_id: this.nextMessageId(String(chat.id)), date: unixNow(), chat, from: person(from), photo, caption, reply_to_message: this.messageOf(sent) } as NonNullable<Update["message"]>;
    return this.pushUpdate({ message });
  }

  /**
   * Pushes and returns `from` pressing a button with `data` under the bot's message `messageId` in
   * their chat. @throws Error when the bot sent no such message there
   */
  callback(from: TelegramPerson, data: string, messageId: number): Update {
    const chatId = String(from.chatId ?? from.userId);
    const sent = this.sent.find((message) => message.chatId === chatId && message.messageId === messageId);
    if (!sent) throw new Error(`the bot sent no message ${messageId} in chat ${chatId}: press a button of a message in fake.sent`);
    this.chatOf(from);
    return this.pushUpdate({
      callback_query: { id: `${this.bot.id}${String(this.nextCallbackId++).padStart(8, "0")}`, from: person(from), message: this.messageOf(sent), chat_instance: `instance${chatId}`, data },
    });
  }

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", this.baseUrl);
    if (url.pathname.startsWith(`/file/bot${this.token}/photos/`)) {
      response.writeHead(200, { "content-type": "application/octet-stream", "content-length": FAKE_TELEGRAM_PHOTO.length });
      return void response.end(FAKE_TELEGRAM_PHOTO);
    }
    const match = /^\/bot([^/]+)\/([^/]+)$/u.exec(url.pathname);
    if (!match) return answer(response, refusal(404, "Not Found"));
    const [, token, method = ""] = match;
    let params: Params;
    try {
      params = { ...Object.fromEntries(url.searchParams), ...(await parseBody(request)) };
    } catch {
      return answer(response, refusal(400, "Bad Request: can't parse the request body"));
    }
    this.calls.push({ method, params, at: Date.now() });
    if (token !== this.token) return answer(response, refusal(401, "Unauthorized"));
    const name = this.methodNames.get(method.toLowerCase());
    const handler = name ? this.handlers[name] : undefined;
    if (!handler) return answer(response, refusal(404, "Not Found: method not found"));
    const failure = this.failures.get(method.toLowerCase())?.shift();
    if (failure) return answer(response, { ...refusal(failure.error_code, failure.description, failure.parameters), status: failure.status ?? failure.error_code });
    try {
      answer(response, await handler(params, response));
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      answer(response, error.answer);
    }
  }

  private getUpdates(params: Params, response: ServerResponse): Answer | Promise<Answer> {
    if (this.webhook) return refusal(409, WEBHOOK_CONFLICT);
    const offset = integer(params.offset) ?? 0;
    const limit = Math.min(Math.max(integer(params.limit) ?? 100, 1), 100);
    const timeout = Math.max(Number(params.timeout ?? 0) || 0, 0);
    this.confirmBelow(offset);
    // Telegram serves one poller per bot: a second instance ends the first one's call.
    this.poll?.finish(refusal(409, POLL_CONFLICT));
    const ready = this.ready(offset, limit);
    if (ready.length > 0 || timeout === 0) return success(ready);
    return new Promise<Answer>((resolve) => {
      const poll: Poll = {
        offset,
        limit,
        finish: (answer) => {
          clearTimeout(timer);
          response.off("close", gone);
          if (this.poll === poll) this.poll = undefined;
          resolve(answer);
        },
      };
      const timer = setTimeout(() => poll.finish(success([])), timeout * 1000);
      // The client gave up: the updates must stay for its next call, not go to a closed connection.
      const gone = () => poll.finish(success([]));
      response.once("close", gone);
      this.poll = poll;
    });
  }

  private confirmBelow(offset: number): void {
    if (offset <= 0) return;
    for (const update of this.pending) if (update.update_id < offset) this.confirmedIds.add(update.update_id);
    this.pending = this.pending.filter((update) => update.update_id >= offset);
  }

  private ready(offset: number, limit: number): Update[] {
    return this.pending.filter((update) => update.update_id >= offset).slice(0, limit);
  }

  private offerToPoll(): void {
    if (!this.poll) return;
    const ready = this.ready(this.poll.offset, this.poll.limit);
    if (ready.length > 0) this.poll.finish(success(ready));
  }

  private setWebhook(params: Params): Answer {
    const url = String(params.url ?? "");
    if (!url) return this.deleteWebhook(params);
    if (!url.startsWith("https://")) throw refuse(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
    const secret = params.secret_token === undefined ? undefined : String(params.secret_token);
    if (secret !== undefined && !/^[\w-]{1,256}$/u.test(secret)) throw refuse(400, "Bad Request: secret token contains unallowed characters");
    if (isTrue(params.drop_pending_updates)) this.dropPending();
    this.webhook = { url, secret };
    this.poll?.finish(refusal(409, WEBHOOK_CONFLICT));
    void this.pumpWebhook();
    return success(true, "Webhook was set");
  }

  private deleteWebhook(params: Params): Answer {
    if (isTrue(params.drop_pending_updates)) this.dropPending();
    const had = this.webhook !== undefined;
    this.webhook = undefined;
    return success(true, had ? "Webhook was deleted" : "Webhook is already deleted");
  }

  private dropPending(): void {
    for (const update of this.pending) this.droppedIds.add(update.update_id);
    this.pending = [];
  }

  private webhookInfo(): Record<string, unknown> {
    return {
      url: this.webhook?.url ?? "",
      has_custom_certificate: false,
      pending_update_count: this.pending.length,
      ...(this.webhook && this.webhookError ? { last_error_date: this.webhookError.date, last_error_message: this.webhookError.message } : {}),
    };
  }

  /** Posts the held updates to the webhook target one at a time, each until it is acknowledged. */
  private async pumpWebhook(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (!this.closing.signal.aborted && this.webhook && this.target) {
        const update = this.pending[0];
        if (!update) break;
        if (await this.post(update, this.target, this.webhook.secret)) {
          this.acknowledgedIds.add(update.update_id);
          this.pending = this.pending.filter((held) => held !== update);
        } else {
          await delay(WEBHOOK_RETRY_MS, undefined, { signal: this.closing.signal }).catch(() => undefined);
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  private async post(update: Update, target: string, secret: string | undefined): Promise<boolean> {
    try {
      const response = await fetch(target, {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
        body: JSON.stringify(update),
        signal: this.closing.signal,
      });
      await response.arrayBuffer();
      if (response.ok) return true;
      this.webhookError = { date: unixNow(), message: `Wrong response from the webhook: ${response.status} ${response.statusText}` };
    } catch (error) {
      this.webhookError = { date: unixNow(), message: `Connection failed: ${String(error)}` };
    }
    return false;
  }

  private sendMessage(params: Params): Answer {
    const chatId = this.chatIdOf(params);
    const text = String(params.text ?? "");
    const parseMode = typeof params.parse_mode === "string" ? params.parse_mode : undefined;
    if (!text) throw refuse(400, "Bad Request: message text is empty");
    if (visibleLength(text, parseMode) > TEXT_LIMIT) throw refuse(400, "Bad Request: message is too long");
    const replyMarkup = markupOf(params.reply_markup);
    const replyTo = replyToOf(params);
    this.admit(chatId);
    return success(this.messageOf(this.record({ chatId, text, replyMarkup, parseMode, replyTo, method: "sendMessage" })));
  }

  private sendPhoto(params: Params): Answer {
    const chatId = this.chatIdOf(params);
    if (!params.photo) throw refuse(400, "Bad Request: there is no photo in the request");
    const caption = String(params.caption ?? "");
    const parseMode = typeof params.parse_mode === "string" ? params.parse_mode : undefined;
    if (visibleLength(caption, parseMode) > CAPTION_LIMIT) throw refuse(400, "Bad Request: message caption is too long");
    const replyMarkup = markupOf(params.reply_markup);
    const replyTo = replyToOf(params);
    this.admit(chatId);
    return success(this.messageOf(this.record({ chatId, text: caption, replyMarkup, parseMode, replyTo, method: "sendPhoto" })));
  }

  private editMessageText(params: Params): Answer {
    const chatId = this.chatIdOf(params);
    const messageId = integer(params.message_id);
    if (messageId === undefined) throw refuse(400, "Bad Request: message identifier is not specified");
    const text = String(params.text ?? "");
    if (!text) throw refuse(400, "Bad Request: message text is empty");
    if (visibleLength(text, params.parse_mode) > TEXT_LIMIT) throw refuse(400, "Bad Request: message is too long");
    const replyMarkup = markupOf(params.reply_markup);
    const message = this.sent.find((candidate) => candidate.chatId === chatId && candidate.messageId === messageId);
    if (!message) throw refuse(400, "Bad Request: message to edit not found");
    if (message.method !== "sendMessage") throw refuse(400, "Bad Request: there is no text in the message to edit");
    if (message.text === text && JSON.stringify(message.replyMarkup) === JSON.stringify(replyMarkup)) {
      throw refuse(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
    }
    this.admit(chatId);
    const at = Date.now();
    message.text = text;
    message.replyMarkup = replyMarkup;
    message.edits++;
    this.edits.push({ chatId, messageId, text, ...(replyMarkup === undefined ? {} : { replyMarkup }), at, method: "editMessageText" });
    this.notify(message);
    return success(this.messageOf(message));
  }

  /** Refuses a message-producing call to a blocked chat, by fault injection, or over a limit. */
  private admit(chatId: string): void {
    if (this.blocked.has(chatId)) throw refuse(403, "Forbidden: bot was blocked by the user");
    // Drawn before the limits so that which calls fail depends on their order only, not on timing.
    if (this.serverErrorRate > 0 && this.random() < this.serverErrorRate) {
      this.serverErrors++;
      throw refuse(500, "Internal Server Error");
    }
    if (!this.limiter) return;
    const now = Date.now();
    const over = this.limiter.check(chatId, now);
    if (over) {
      this.rejected429[over.kind]++;
      const seconds = Math.max(1, Math.ceil(over.waitMs / 1000));
      throw new Refusal(refusal(429, `Too Many Requests: retry after ${seconds}`, { retry_after: seconds }));
    }
    this.limiter.record(chatId, now);
  }

  private record(fields: { chatId: string; text: string; replyMarkup: unknown; parseMode: string | undefined; replyTo: number | undefined; method: SentMessage["method"] }): SentMessage {
    const message: SentMessage = {
      chatId: fields.chatId,
      messageId: this.nextMessageId(fields.chatId),
      text: fields.text,
      ...(fields.replyMarkup === undefined ? {} : { replyMarkup: fields.replyMarkup }),
      ...(fields.parseMode === undefined ? {} : { parseMode: fields.parseMode }),
      ...(fields.replyTo === undefined ? {} : { replyTo: fields.replyTo }),
      at: Date.now(),
      method: fields.method,
      edits: 0,
    };
    this.sent.push(message);
    this.notify(message);
    return message;
  }

  private notify(message: SentMessage): void {
    for (const waiter of [...this.waiters]) waiter.offer(message);
  }

  /** The chat a method names. @throws Refusal for a missing or unknown chat */
  private chatIdOf(params: Params): string {
    const value = params.chat_id;
    if (value === undefined || value === "") throw refuse(400, "Bad Request: chat_id is empty");
    // Channel usernames ("@name") would need a directory of chats the fake does not keep.
    if (integer(value) === undefined) throw refuse(400, "Bad Request: chat not found");
    return String(integer(value));
  }

  /** Message ids are numbered per chat, the person's messages and the bot's in one sequence. */
  private nextMessageId(chatId: string): number {
    const id = (this.lastMessageIds.get(chatId) ?? 0) + 1;
    this.lastMessageIds.set(chatId, id);
    return id;
  }

  private chatOf(from: TelegramPerson): Chat {
    const id = from.chatId ?? from.userId;
    const type = from.type ?? (id > 0 ? "private" : id < SUPERGROUP_IDS_BELOW ? "supergroup" : "group");
    const chat: Chat = type === "private" ? { id, type, first_name: from.firstName ?? "Người dùng" } : { id, type, title: from.title ?? "Nhóm thử" };
    this.chats.set(String(id), chat);
    return chat;
  }

  /** The chat of a delivered message: as seen in an update, or made up from its id. */
  private chatFor(chatId: string): Chat {
    const id = Number(chatId);
    return this.chats.get(chatId) ?? (id > 0 ? { id, type: "private", first_name: "Người dùng" } : id < SUPERGROUP_IDS_BELOW ? { id, type: "supergroup", title: "Nhóm thử" } : { id, type: "group", title: "Nhóm thử" });
  }

  /** The Message object Telegram returns for a delivered message, and puts in callback queries. */
  private messageOf(sent: SentMessage): Message {
    const lastEdit = sent.edits > 0 ? this.edits.findLast((edit) => edit.chatId === sent.chatId && edit.messageId === sent.messageId) : undefined;
    const keyboard = isInlineKeyboard(sent.replyMarkup) ? { reply_markup: sent.replyMarkup } : {};
    const base = {
      message_id: sent.messageId,
      // A message's sender is a plain User, without getMe's capability fields.
      from: { id: this.bot.id, is_bot: true, first_name: this.bot.first_name, username: this.bot.username },
      chat: this.chatFor(sent.chatId),
      date: Math.floor(sent.at / 1000),
      ...(lastEdit ? { edit_date: Math.floor(lastEdit.at / 1000) } : {}),
      ...keyboard,
    };
    if (sent.method === "sendPhoto") {
      const photo = { file_id: `photo-${sent.chatId}-${sent.messageId}`, file_unique_id: `unique-photo-${sent.chatId}-${sent.messageId}`, width: 800, height: 600, file_size: 1024 };
      return { ...base, photo: [photo], ...(sent.text ? { caption: sent.text } : {}) } as Message;
    }
    return { ...base, text: sent.text } as Message;
  }
}

/** Telegram's limits as sliding windows (overall, groups) and token buckets (private chats). */
class SendLimiter {
  private readonly recent: number[] = [];
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly groups = new Map<string, number[]>();

  constructor(private readonly limits: TelegramLimits) {}

  /** The limit a call to `chatId` at `now` exceeds and how long until it would not, the longest wait first. */
  check(chatId: string, now: number): { kind: LimitKind; waitMs: number } | undefined {
    const over: Array<{ kind: LimitKind; waitMs: number }> = [];
    const global = this.window(this.recent, now, 1000, this.limits.globalPerSecond);
    if (global !== undefined) over.push({ kind: "global", waitMs: global });
    if (Number(chatId) > 0) {
      const tokens = this.tokens(chatId, now);
      if (tokens < 1) over.push({ kind: "private", waitMs: ((1 - tokens) / this.limits.privatePerSecond) * 1000 });
    } else {
      const group = this.window(this.groups.get(chatId) ?? [], now, 60_000, this.limits.groupPerMinute);
      if (group !== undefined) over.push({ kind: "group", waitMs: group });
    }
    return over.sort((a, b) => b.waitMs - a.waitMs)[0];
  }

  /** Counts a delivered call. */
  record(chatId: string, now: number): void {
    this.recent.push(now);
    if (Number(chatId) > 0) {
      this.buckets.set(chatId, { tokens: this.tokens(chatId, now) - 1, at: now });
    } else {
      const times = this.groups.get(chatId) ?? [];
      times.push(now);
      this.groups.set(chatId, times);
    }
  }

  private tokens(chatId: string, now: number): number {
    const bucket = this.buckets.get(chatId);
    if (!bucket) return this.limits.privateBurst;
    return Math.min(this.limits.privateBurst, bucket.tokens + ((now - bucket.at) / 1000) * this.limits.privatePerSecond);
  }

  /** Forgets times out of the window; the wait until one more fits, or undefined when it fits now. */
  private window(times: number[], now: number, windowMs: number, max: number): number | undefined {
    while (times.length > 0 && times[0]! <= now - windowMs) times.shift();
    if (times.length < max) return undefined;
    return times[times.length - max]! + windowMs - now;
  }
}

async function parseBody(request: IncomingMessage): Promise<Params> {
  const raw = await readBody(request);
  if (!raw) return {};
  const type = request.headers["content-type"] ?? "";
  if (/^application\/x-www-form-urlencoded/iu.test(type)) return Object.fromEntries(new URLSearchParams(raw));
  if (/^multipart\/form-data/iu.test(type)) return multipartFields(raw, type);
  const body: unknown = JSON.parse(raw);
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new Error("not a JSON object");
  return body as Params;
}

/**
 * The fields of a multipart body, as grammY sends them with a file (`photo: "attach://<part>"` and
 * the file as part `<part>`, whose bytes the fake does not keep). Parsed here because undici's
 * parser refuses grammY's unquoted `filename=`, which Telegram accepts.
 */
function multipartFields(raw: string, type: string): Params {
  const boundary = /boundary="?([^";]+)"?/iu.exec(type)?.[1];
  if (!boundary) throw new Error("multipart body without a boundary");
  const fields: Params = {};
  for (const part of raw.split(`--${boundary}`).slice(1, -1)) {
    const split = part.indexOf("\r\n\r\n");
    const headers = part.slice(0, split);
    const name = /name="?([^";\r\n]+)"?/iu.exec(headers)?.[1];
    if (split < 0 || !name) throw new Error("multipart part without a name");
    fields[name] = /filename=/iu.test(headers) ? "(uploaded file)" : part.slice(split + 4, -2);
  }
  return fields;
}

function answer(response: ServerResponse, reply: Answer): void {
  json(response, reply.status, reply.body);
}

function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}

function integer(value: unknown): number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : undefined;
}

function isTrue(value: unknown): boolean {
  return value === true || value === "true";
}

/** Objects come as JSON strings in forms and query strings. @throws Refusal for a string that is not JSON */
function structured(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    throw refuse(400, "Bad Request: can't parse JSON object");
  }
}

/** The reply markup as an object. @throws Refusal for callback data Telegram refuses */
function markupOf(value: unknown): unknown {
  const markup = structured(value);
  if (isInlineKeyboard(markup)) {
    for (const button of markup.inline_keyboard.flat()) {
      if ("callback_data" in button && (button.callback_data === "" || Buffer.byteLength(button.callback_data) > CALLBACK_DATA_BYTES)) {
        throw refuse(400, "Bad Request: BUTTON_DATA_INVALID");
      }
    }
  }
  return markup;
}

function replyToOf(params: Params): number | undefined {
  const parameters = structured(params.reply_parameters) as { message_id?: unknown } | undefined;
  return integer(parameters?.message_id) ?? integer(params.reply_to_message_id);
}

function isInlineKeyboard(markup: unknown): markup is InlineKeyboardMarkup {
  return typeof markup === "object" && markup !== null && Array.isArray((markup as { inline_keyboard?: unknown }).inline_keyboard);
}

/** The length Telegram counts: HTML tags do not count and an entity counts as one character. */
function visibleLength(text: string, parseMode: unknown): number {
  if (parseMode !== "HTML") return text.length;
  return text.replace(/<[^>]*>/gu, "").replace(/&(?:lt|gt|amp|quot|#\d+|#x[\da-f]+);/giu, "&").length;
}

function person(from: TelegramPerson): User {
  return { id: from.userId, is_bot: false, first_name: from.firstName ?? "Người dùng", username: `user${from.userId}`, language_code: "vi" };
}
