/**
 * A loopback fake of Zalo's HTTP APIs that follows the documented shapes
 * (../shared/reference/zalo-api.md), since no public emulator exists:
 * - the Bot Platform, `/bot<TOKEN>/<method>`: the `{ ok, result, description, error_code }`
 *   envelope (errors sometimes with HTTP 200, sometimes with the HTTP status), getUpdates long
 *   polling with ONE update per call and `ok:false, error_code:408` when idle, webhooks, sendMessage
 *   refusing texts over 2000 characters with 400;
 * - the OA Open API (`/v3.0/oa/message/cs`, `{ error, message }` answers, -216 for a bad token,
 *   -230 outside the 7-day window) and its OAuth server (`/v4/oa/access_token`) with single-use
 *   refresh tokens.
 * Tests play the people: `ZaloPerson` sends updates (queued for getUpdates, or posted to the bot's
 * webhook in the flat or the wrapped shape), in any of the shapes sources describe (`ZaloUpdateShape`),
 * and reads what the bot sent; `OaPerson` posts signed OA events. `failNext` makes a method fail
 * (429, 5xx) to test recovery; `rateLimitRate` refuses a share of the sends as rate-limited, as Zalo
 * does under load.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Assistant } from "../../src/assistant/assistant.js";
import type { IntakeWorker } from "../../src/assistant/intake-worker.js";
import { createZaloGate } from "../../src/channels/zalo/failure.js";
import type { SendGate } from "../../src/core/send-gate.js";
import type { ZaloConfig } from "../../src/channels/zalo/config.js";
import type { ZaloClients } from "../../src/channels/zalo/messenger.js";
import { createZaloClients, startZalo, type RunningZalo } from "../../src/channels/zalo/run.js";
import type { Logger } from "../../src/core/logger.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import type { HttpServer } from "../../src/server/http-server.js";
import { json, readBody } from "./http.js";
import { seededRandom } from "./telegram-fake.js";

export const FAKE_BOT_TOKEN = "2718281828:fake-zalo-bot-token-for-tests-only";
export const FAKE_BOT = { id: "b0c1d2e3f4", account_name: "Trợ lý Dân vận", account_type: "BASIC", can_join_groups: true } as const;
export const FAKE_OA = { appId: "4242424242", appSecret: "fake-app-secret-0123", secretKey: "fake-oa-secret-key-0123", oaId: "9876543210" } as const;

/** What a bot method answers instead of its result, once per entry. */
export interface FakeFailure {
  readonly status?: number;
  readonly error_code: number;
  readonly description: string;
}

/** A message the bot sent. */
export interface SentText {
  readonly chatId: string;
  readonly text: string;
  readonly messageId: string;
}

export interface FakeCall {
  readonly method: string;
  readonly body: Record<string, unknown>;
}

/** An update as the fake delivers it; `event_name` is not always sent (see `ZaloUpdateShape`). */
type Update = { event_name?: string; message: Record<string, unknown> };

/**
 * How a person's updates are shaped, where sources disagree (../shared/reference/zalo-api.md,
 * part C). `DEFAULT_UPDATE_SHAPE` is the documented shape.
 */
export interface ZaloUpdateShape {
  /** Whether updates name their event (a copy of the docs shows polled updates without `event_name`). */
  readonly eventName: boolean;
  /** The field of `from` that carries the sender's name. */
  readonly nameField: "display_name" | "name" | "first_name";
  /** Whether messages also carry a `message_type` (seen by some SDKs), e.g. "text", "image". */
  readonly messageType: boolean;
  /** Where `ZaloPerson.sendPhoto` puts the image's URL. */
  readonly photoField: "photo" | "photo_url";
}

const DEFAULT_UPDATE_SHAPE: ZaloUpdateShape = { eventName: true, nameField: "display_name", messageType: false, photoField: "photo" };

/** Seed of the generator drawing rate-limit refusals: every run refuses the same calls. */
const RATE_LIMIT_SEED = 1;

export class FakeZalo {
  baseUrl = "";
  readonly calls: FakeCall[] = [];
  readonly sent: SentText[] = [];
  /** The webhook registered with setWebhook. */
  webhook: { url: string; secret: string } | undefined;
  /** Where the fake posts updates while a webhook is set (the registered URL is a public https one). */
  webhookTarget: string | undefined;
  /** The body shape of posted updates: the flat live shape or the documented wrapper. */
  webhookShape: "flat" | "wrapped" = "flat";
  /**
   * The fraction (0..1) of the bot's sendMessage calls (429 `Too Many Requests`) and the OA's
   * customer-service sends (-32 `Request exceeds rate limit`) refused as rate-limited, unrecorded.
   */
  rateLimitRate = 0;
  readonly oa = new FakeOa(() => this.rateLimited());
  private readonly random = seededRandom(RATE_LIMIT_SEED);
  private readonly queue: Update[] = [];
  private readonly waiting: Array<(update: Update) => void> = [];
  private readonly failures = new Map<string, FakeFailure[]>();
  private readonly server: Server;
  private nextId = 1;

  constructor() {
    this.server = createServer((request, response) => void this.route(request, response));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next calls of `method` fail with these answers, in order. */
  failNext(method: string, ...failures: FakeFailure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  /** Whether this send is refused as rate-limited (draws only while `rateLimitRate` is set). */
  private rateLimited(): boolean {
    return this.rateLimitRate > 0 && this.random() < this.rateLimitRate;
  }

  callsOf(method: string): FakeCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** A fresh message id (Zalo's are hex strings). */
  messageId(): string {
    return `${(this.nextId++).toString(16).padStart(8, "0")}${randomBytes(4).toString("hex")}`;
  }

  /** Delivers an update: to the webhook target when a webhook is set, otherwise to the next getUpdates. */
  async deliver(update: Update): Promise<number> {
    if (this.webhook && this.webhookTarget) {
      const body = this.webhookShape === "wrapped" ? { ok: true, result: update } : update;
      const response = await fetch(this.webhookTarget, { method: "POST", headers: { "content-type": "application/json", "x-bot-api-secret-token": this.webhook.secret }, body: JSON.stringify(body) });
      return response.status;
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter(update);
    else this.queue.push(update);
    return 200;
  }

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    const url = new URL(request.url ?? "/", this.baseUrl);
    if (url.pathname === "/v3.0/oa/message/cs") return this.oa.send(request, raw, response);
    if (url.pathname === "/v4/oa/access_token") return this.oa.refresh(request, raw, response);
    const match = /^\/bot([^/]+)\/(\w+)$/u.exec(url.pathname);
    if (!match) return json(response, 404, { ok: false, error_code: 404, description: "Not Found" });
    const [, token, method = ""] = match;
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return json(response, 200, { ok: false, error_code: 400, description: "Bad Request: invalid JSON" });
    }
    this.calls.push({ method, body });
    if (token !== FAKE_BOT_TOKEN) return json(response, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const failure = this.failures.get(method)?.shift();
    if (failure) return json(response, failure.status ?? 200, { ok: false, error_code: failure.error_code, description: failure.description });
    switch (method) {
      case "getMe":
        return ok(response, FAKE_BOT);
      case "getUpdates":
        return this.getUpdates(body, response);
      case "setWebhook": {
        const secret = String(body.secret_token ?? "");
        if (typeof body.url !== "string" || !body.url.startsWith("https://") || secret.length < 8 || secret.length > 256) {
          return json(response, 200, { ok: false, error_code: 400, description: "Bad Request: url must be https and secret_token 8-256 characters" });
        }
        this.webhook = { url: body.url, secret };
        return ok(response, { url: body.url, updated_at: Date.now() });
      }
      case "deleteWebhook":
        this.webhook = undefined;
        return ok(response, { url: "", updated_at: Date.now() });
      case "getWebhookInfo":
        return ok(response, { url: this.webhook?.url ?? "", updated_at: Date.now() });
      case "sendMessage":
      case "sendPhoto": {
        const text = String((method === "sendMessage" ? body.text : (body.caption ?? body.photo)) ?? "");
        if (typeof body.chat_id !== "string" || !body.chat_id) return json(response, 200, { ok: false, error_code: 400, description: "Bad Request: chat_id is required" });
        if (text.length < 1 || text.length > 2000) return json(response, 200, { ok: false, error_code: 400, description: "Bad Request: text must be 1-2000 characters" });
        if (method === "sendMessage" && this.rateLimited()) return json(response, 429, { ok: false, error_code: 429, description: "Too Many Requests" });
        const messageId = this.messageId();
        this.sent.push({ chatId: body.chat_id, text, messageId });
        return ok(response, { message_id: messageId, date: Date.now() });
      }
      case "sendChatAction":
        return ok(response, true);
      default:
        return json(response, 404, { ok: false, error_code: 404, description: `Method ${method} not found` });
    }
  }

  private getUpdates(body: Record<string, unknown>, response: ServerResponse): void {
    if (this.webhook) return json(response, 200, { ok: false, error_code: 400, description: "Bad Request: getUpdates does not work while a webhook is set" });
    const queued = this.queue.shift();
    if (queued) return ok(response, queued);
    // The documentation gives `timeout` as a string; numbers are read too.
    const seconds = Math.min(Number(body.timeout ?? 30) || 30, 60);
    const answer = (update: Update) => {
      clearTimeout(timer);
      ok(response, update);
    };
    const forget = () => {
      clearTimeout(timer);
      const index = this.waiting.indexOf(answer);
      if (index >= 0) this.waiting.splice(index, 1);
    };
    const timer = setTimeout(() => {
      forget();
      json(response, 200, { ok: false, error_code: 408, description: "Request timeout" });
    }, seconds * 1000);
    this.waiting.push(answer);
    // The client gave up (stopped polling): an update must not go to a closed connection.
    response.once("close", forget);
  }
}

/** The Official Account side of the fake: customer-service messages and single-use refresh tokens. */
export class FakeOa {
  accessToken = "oa-access-0";
  refreshToken = "oa-refresh-0";
  /** Every refresh request, successful or not. */
  refreshCalls = 0;
  /** How long the OAuth server takes to answer (makes races real). */
  refreshDelayMs = 0;
  readonly sent: Array<{ userId: string; text: string; messageId: string }> = [];
  /** Users whose 7-day window is closed (-230). */
  readonly windowClosed = new Set<string>();
  /** Errors the next customer-service sends answer, in order. */
  readonly failNext: Array<{ error: number; message: string }> = [];
  private generation = 0;

  /** @param rateLimited decides, per send, whether Zalo refuses it as rate-limited */
  constructor(private readonly rateLimited: () => boolean = () => false) {}

  /** The access token stops working (as after ~25 hours). */
  expireAccessToken(): void {
    this.accessToken = `oa-access-expired-${randomBytes(3).toString("hex")}`;
  }

  send(request: IncomingMessage, raw: string, response: ServerResponse): void {
    if (request.headers.access_token !== this.accessToken) return json(response, 200, { error: -216, message: "Access token is invalid" });
    const failure = this.failNext.shift();
    if (failure) return json(response, 200, failure);
    const body = JSON.parse(raw) as { recipient?: { user_id?: string }; message?: { text?: string } };
    const userId = body.recipient?.user_id ?? "";
    const text = body.message?.text ?? "";
    if (this.windowClosed.has(userId)) return json(response, 200, { error: -230, message: "User has not interacted with the OA in the last 7 days" });
    if (text.length < 1 || text.length > 2000) return json(response, 200, { error: -201, message: "Text length is invalid" });
    if (this.rateLimited()) return json(response, 200, { error: -32, message: "Request exceeds rate limit" });
    const messageId = randomBytes(8).toString("hex");
    this.sent.push({ userId, text, messageId });
    json(response, 200, { data: { message_id: messageId, user_id: userId }, error: 0, message: "Success" });
  }

  refresh(request: IncomingMessage, raw: string, response: ServerResponse): void {
    this.refreshCalls++;
    const form = new URLSearchParams(raw);
    const valid =
      request.headers.secret_key === FAKE_OA.appSecret &&
      form.get("app_id") === FAKE_OA.appId &&
      form.get("grant_type") === "refresh_token" &&
      form.get("refresh_token") === this.refreshToken;
    let answer: Record<string, unknown>;
    if (valid) {
      // Single use: the old refresh token stops working the moment it is spent.
      this.generation++;
      this.accessToken = `oa-access-${this.generation}`;
      this.refreshToken = `oa-refresh-${this.generation}`;
      answer = { access_token: this.accessToken, refresh_token: this.refreshToken, expires_in: "90000" };
    } else {
      answer = { error: -14014, error_name: "Invalid refresh token", error_description: "Refresh token is invalid or has been used" };
    }
    setTimeout(() => json(response, 200, answer), this.refreshDelayMs);
  }
}

/** The signature Zalo puts on an OA event: sha256(app_id + raw body + timestamp + OA secret key). */
export function signOaEvent(raw: string, appId: string, timestamp: string, secretKey: string = FAKE_OA.secretKey): string {
  return `mac=${createHash("sha256").update(appId + raw + timestamp + secretKey).digest("hex")}`;
}

/** The number to type for the menu line containing `label` ("3" for "3. ❓ Hướng dẫn"). */
export function menuNumber(text: string, label: string): string {
  const line = text.split("\n").find((candidate) => /^\d+\. /u.test(candidate) && candidate.includes(label));
  if (!line) throw new Error(`no menu line "${label}" in ${JSON.stringify(text)}`);
  return line.slice(0, line.indexOf("."));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the bot or OA sent one person, read in order: each reply is read once. */
abstract class Conversation {
  private read = 0;

  /** What was sent to this person so far. */
  protected abstract mine(): ReadonlyArray<{ text: string }>;

  /** Waits until `count` new messages were sent to this person (or fails after `timeoutMs`). */
  async replies(count = 1, timeoutMs = 10_000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.mine().length - this.read < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} Zalo message(s), got ${JSON.stringify(this.mine().slice(this.read).map((sent) => sent.text))}`);
      await sleep(20);
    }
    const texts = this.mine().slice(this.read, this.read + count).map((sent) => sent.text);
    this.read += count;
    return texts;
  }

  /** Waits a little and returns whatever was sent (for "the bot stays silent" checks). */
  async anyReplies(waitMs = 500): Promise<string[]> {
    await sleep(waitMs);
    const texts = this.mine().slice(this.read).map((sent) => sent.text);
    this.read += texts.length;
    return texts;
  }
}

/** A person chatting with the bot on Zalo, whose updates have the shape `options.shape` (default: documented). */
export class ZaloPerson extends Conversation {
  readonly shape: ZaloUpdateShape;

  constructor(
    private readonly fake: FakeZalo,
    readonly options: { chatId: string; userId?: string; name?: string; group?: boolean; shape?: Partial<ZaloUpdateShape> },
  ) {
    super();
    this.shape = { ...DEFAULT_UPDATE_SHAPE, ...options.shape };
  }

  /** The update for a message of this person, without sending it. */
  update(event: string, fields: Record<string, unknown>, messageId = this.fake.messageId()): Update {
    // The values of `message_type` are undocumented: the event's word stands in ("text" for message.text.received).
    const type = /^message\.(\w+)\.received$/u.exec(event)?.[1];
    return {
      ...(this.shape.eventName ? { event_name: event } : {}),
      message: {
        message_id: messageId,
        date: Date.now(),
        chat: { id: this.options.chatId, chat_type: this.options.group ? "GROUP" : "PRIVATE" },
        from: { id: this.options.userId ?? this.options.chatId, [this.shape.nameField]: this.options.name ?? "Người dùng Zalo", is_bot: false },
        ...(this.shape.messageType && type ? { message_type: type } : {}),
        ...fields,
      },
    };
  }

  say(text: string): Promise<number> {
    return this.fake.deliver(this.update("message.text.received", { text }));
  }

  sendImage(fields: { photo?: string; photo_url?: string; caption?: string }): Promise<number> {
    return this.fake.deliver(this.update("message.image.received", fields));
  }

  /** Sends an image, its URL in the field `shape.photoField`. */
  sendPhoto(url: string, caption?: string): Promise<number> {
    return this.sendImage({ [this.shape.photoField]: url, ...(caption ? { caption } : {}) });
  }

  sendSticker(): Promise<number> {
    return this.fake.deliver(this.update("message.sticker.received", { sticker: "sticker-id", url: "https://zalo.example/sticker.webp" }));
  }

  sendVoice(): Promise<number> {
    return this.fake.deliver(this.update("message.voice.received", { voice_url: "https://zalo.example/voice.aac" }));
  }

  /** A message whose content Zalo withholds (a protected group). */
  sendUnsupported(): Promise<number> {
    return this.fake.deliver(this.update("message.unsupported.received", {}));
  }


  protected mine(): SentText[] {
    return this.fake.sent.filter((sent) => sent.chatId === this.options.chatId);
  }
}

/** A person writing to the Official Account: signed events posted to the OA webhook. */
export class OaPerson extends Conversation {
  constructor(
    private readonly fake: FakeZalo,
    readonly userId: string,
    private readonly webhookUrl: string,
  ) {
    super();
  }

  /** The event for a text of this person, and its raw body. */
  event(text: string, msgId = randomBytes(8).toString("hex"), eventName = "user_send_text"): { raw: string; timestamp: string } {
    const timestamp = String(Date.now());
    const event = { app_id: FAKE_OA.appId, user_id_by_app: `app-${this.userId}`, event_name: eventName, timestamp, sender: { id: this.userId }, recipient: { id: FAKE_OA.oaId }, message: { msg_id: msgId, text } };
    return { raw: JSON.stringify(event), timestamp };
  }

  /** Posts a raw event with its signature (or the given one). */
  async post(raw: string, timestamp: string, signature: string = signOaEvent(raw, FAKE_OA.appId, timestamp), extraHeaders: Record<string, string> = {}): Promise<number> {
    const response = await fetch(this.webhookUrl, { method: "POST", headers: { "content-type": "application/json", "x-zevent-signature": signature, ...extraHeaders }, body: raw });
    return response.status;
  }

  async say(text: string, msgId?: string): Promise<number> {
    const { raw, timestamp } = this.event(text, msgId);
    return this.post(raw, timestamp);
  }


  protected mine() {
    return this.fake.oa.sent.filter((sent) => sent.userId === this.userId);
  }
}

export async function startFakeZalo(): Promise<FakeZalo> {
  return new FakeZalo().start();
}

/** Short polls and retries: tests wait seconds, not minutes. */
export const TEST_POLL = { timeoutSeconds: 1, firstRetryMs: 50, maxRetryMs: 200, rateLimitedMs: 100 } as const;
export const TEST_RETRY = { attempts: 3, firstDelayMs: 50 } as const;

/** The configuration of the bot (and the OA, when `oa` is set) on the fake. */
export function fakeZaloConfig(fake: FakeZalo, options: { bot?: boolean; webhook?: { url: string; secret: string }; oa?: boolean } = {}): ZaloConfig {
  return {
    bot: options.bot === false ? undefined : { token: FAKE_BOT_TOKEN, apiBase: fake.baseUrl, webhookUrl: options.webhook?.url, webhookSecret: options.webhook?.secret },
    oa: options.oa
      ? {
          appId: FAKE_OA.appId,
          appSecret: FAKE_OA.appSecret,
          secretKey: FAKE_OA.secretKey,
          accessToken: fake.oa.accessToken,
          refreshToken: fake.oa.refreshToken,
          webhookPath: "/zalo/oa/webhook",
          apiBase: fake.baseUrl,
          oauthBase: fake.baseUrl,
        }
      : undefined,
  };
}

/**
 * The real Zalo channel on the fake, with test timings, storing into the inbox's intake for `worker`
 * (and with the clients and gate the outbox sender shares, when given).
 */
export async function startTestZalo(
  config: ZaloConfig,
  deps: { assistant: Assistant; inbox: Inbox; logger: Logger; server: HttpServer; worker: IntakeWorker; clients?: ZaloClients; gate?: SendGate },
): Promise<RunningZalo> {
  const clients = deps.clients ?? createZaloClients(config, { tokens: deps.inbox.oauthTokens, logger: deps.logger });
  return startZalo(config, clients, {
    assistant: deps.assistant,
    logger: deps.logger,
    server: deps.server,
    intake: deps.inbox.intake,
    worker: deps.worker,
    gate: deps.gate ?? createZaloGate(),
    poll: TEST_POLL,
    retry: TEST_RETRY,
  });
}

function ok(response: ServerResponse, result: unknown): void {
  json(response, 200, { ok: true, result });
}


