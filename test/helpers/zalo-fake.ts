/**
 * A loopback fake of Zalo's HTTP APIs that follows the documented shapes
 * (../shared/reference/zalo-api.md), since no public emulator exists:
 * - the Bot Platform, `/bot<TOKEN>/<method>`: the `{ ok, result, description, error_code }`
 *   envelope (errors sometimes with HTTP 200, sometimes with the HTTP status), getUpdates long
 *   polling with ONE update per call and `ok:false, error_code:408` when idle, webhooks, sendMessage
 *   refusing texts over 2000 characters with 400, sendPhoto fetching its URL when asked (`fetchPhotos`);
 * - the OA Open API (`/v3.0/oa/message/cs`, `{ error, message }` answers, -216 or a plain HTTP 401
 *   for a bad token, -230 outside the 7-day window, any code a test asks for, `X-RateLimit-Limit` /
 *   `X-RateLimit-Remain` on every answer and -32 once no call remains) and its OAuth server
 *   (`/v4/oa/access_token`) with single-use refresh tokens (-14020 when a spent one comes again).
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
import { DEFAULT_ORGANISATION } from "../../src/core/organisation.js";
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
  /** The text, or a photo's caption (its URL without one). */
  readonly text: string;
  readonly messageId: string;
  /** When the fake accepted it (ms since the epoch). */
  readonly at: number;
  /** sendMessage's `text_styles`, when sent. */
  readonly styles?: ReadonlyArray<{ start: number; len: number; st: string }>;
  /** sendPhoto's `photo`. */
  readonly photo?: string;
  /** What fetching `photo` gave, as Zalo fetches it when the photo is sent (with `fetchPhotos` only). */
  readonly fetched?: FetchedPhoto;
}

/** A photo's URL as the fake fetched it: the answer's status, type and bytes (status 0: no answer). */
export interface FetchedPhoto {
  readonly status: number;
  readonly contentType: string;
  readonly cacheControl: string;
  readonly bytes: Buffer;
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

/** Where the fake serves files people send (see `FakeZalo.hostFile`). */
const ZALO_FILES_PATH = "/zalo-files/";

/** A file the fake serves as a Zalo media link. */
export interface FakeFile {
  readonly bytes: Uint8Array;
  /** Absent: no Content-Type header. */
  readonly contentType?: string;
  /** An error status instead of the file (404: the link expired). */
  readonly status?: number;
  /** Streamed without Content-Length. */
  readonly chunked?: boolean;
}

/** Sample files: small but shaped like the real formats (headers a player or reader recognises). */
export const SAMPLE_FILES = {
  /** An AAC voice note (ADTS frames, as Zalo records them). */
  voiceAac: { bytes: Buffer.concat([Buffer.from([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc]), Buffer.alloc(9, 0x21)]), contentType: "audio/aac" },
  /** An M4A voice note served without a useful type: its name decides. */
  voiceM4a: { bytes: Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypM4A \0\0\0\0isomM4A ", "latin1")]), contentType: "application/octet-stream" },
  pdf: { bytes: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", "latin1"), contentType: "application/pdf" },
  /** A program, whatever its name says. */
  program: { bytes: Buffer.concat([Buffer.from("MZ", "latin1"), Buffer.alloc(62)]), contentType: "application/x-msdownload" },
  /** 21 MB of audio, over the 20 MB limit, announced by its length. */
  oversize: { bytes: Buffer.alloc(21 * 1024 * 1024, 0x11), contentType: "audio/aac" },
  /** The same, streamed without a length. */
  oversizeStreamed: { bytes: Buffer.alloc(21 * 1024 * 1024, 0x11), contentType: "audio/aac", chunked: true },
  /** A link that expired. */
  gone: { bytes: Buffer.alloc(0), status: 404 },
} satisfies Record<string, FakeFile>;

/** Seed of the generator drawing rate-limit refusals: every run refuses the same calls. */
const RATE_LIMIT_SEED = 1;

export class FakeZalo {
  baseUrl = "";
  readonly calls: FakeCall[] = [];
  readonly sent: SentText[] = [];
  /**
   * Refuse every sendMessage with `text_styles` (HTTP 400), as a Bot Platform without formatting
   * would: the bot must send the same text plain.
   */
  refuseTextStyles = false;
  /**
   * Fetch sendPhoto's `photo` before answering, as Zalo takes a picture from its URL, and record the
   * answer (`SentText.fetched`). Off by default: other tests send URLs nobody serves offline.
   */
  fetchPhotos = false;
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

  /**
   * Pictures the fake serves at `/media/<id>`, standing in for a public picture (a staff reply's
   * photo): see `hostImage`.
   */
  private readonly media = new Map<string, { bytes: Buffer; type: string }>();

  /** Serves `bytes` as a picture of type `type`; returns its URL. */
  hostImage(bytes: Buffer, type = "image/jpeg"): string {
    const id = randomBytes(6).toString("hex");
    this.media.set(id, { bytes, type });
    return `${this.baseUrl}/media/${id}`;
  }

  private serveMedia(path: string, response: ServerResponse): void {
    const file = this.media.get(path.slice("/media/".length));
    if (!file) return json(response, 404, { error: "not found" });
    response.writeHead(200, { "content-type": file.type, "content-length": file.bytes.length });
    response.end(file.bytes);
  }

  /** Files people send (voice notes, documents) as Zalo links them: `hostFile`. */
  private readonly files = new Map<string, FakeFile>();
  /** How often each hosted file was asked for, by path. */
  readonly fileRequests = new Map<string, number>();

  /**
   * Serves a file at `<ZALO_FILES_PATH><path>` (a query string is ignored, as on a CDN that signs its
   * links); returns its URL. `path` may carry a secret, as Bot API file links carry the bot's token.
   */
  hostFile(path: string, file: FakeFile, query = ""): string {
    this.files.set(path, file);
    return `${this.baseUrl}${ZALO_FILES_PATH}${path}${query ? `?${query}` : ""}`;
  }

  private serveFile(path: string, response: ServerResponse): void {
    const key = path.slice(ZALO_FILES_PATH.length);
    this.fileRequests.set(key, (this.fileRequests.get(key) ?? 0) + 1);
    const file = this.files.get(key);
    if (!file || (file.status ?? 200) >= 400) return json(response, file?.status ?? 404, { error: "not found" });
    const bytes = Buffer.from(file.bytes);
    response.writeHead(200, { ...(file.contentType ? { "content-type": file.contentType } : {}), ...(file.chunked ? {} : { "content-length": bytes.length }) });
    if (!file.chunked) return void response.end(bytes);
    // Sent in pieces without a length: only reading tells how large it is.
    const piece = 64 * 1024;
    const write = (offset: number): void => {
      if (offset >= bytes.length || response.destroyed) return void response.end();
      if (response.write(bytes.subarray(offset, offset + piece))) write(offset + piece);
      else response.once("drain", () => write(offset + piece));
    };
    write(0);
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
    // Binary bodies and answers: read before the body is taken as text.
    const path = new URL(request.url ?? "/", this.baseUrl).pathname;
    if (path === "/v2.0/oa/upload/image") return this.oa.upload(request, response);
    if (path.startsWith("/media/")) return this.serveMedia(path, response);
    if (path.startsWith(ZALO_FILES_PATH)) return this.serveFile(path, response);
    const raw = await readBody(request);
    const url = new URL(request.url ?? "/", this.baseUrl);
    if (url.pathname === "/v3.0/oa/message/cs") return this.oa.send(request, raw, response);
    if (url.pathname === "/v3.0/oa/group/message") return this.oa.sendToConversation("group", request, raw, response);
    if (url.pathname === "/v2.0/oa/message") return this.oa.sendToConversation("anonymous", request, raw, response);
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
        const styles = method === "sendMessage" ? body.text_styles : undefined;
        if (styles !== undefined) {
          if (this.refuseTextStyles) return json(response, 400, { ok: false, error_code: 400, description: "Bad Request: text_styles is not supported" });
          if (!validStyles(styles, text)) return json(response, 200, { ok: false, error_code: 400, description: "Bad Request: invalid text_styles" });
        }
        const messageId = this.messageId();
        const fetched = method === "sendPhoto" && this.fetchPhotos && typeof body.photo === "string" ? await fetchPhoto(body.photo) : undefined;
        this.sent.push({
          chatId: body.chat_id,
          text,
          messageId,
          at: Date.now(),
          ...(styles !== undefined ? { styles: styles as SentText["styles"] } : {}),
          ...(method === "sendPhoto" && typeof body.photo === "string" ? { photo: body.photo } : {}),
          ...(fetched ? { fetched } : {}),
        });
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

/**
 * What a customer-service send answers instead of its result: one of Zalo's negative codes (with
 * HTTP 200, as Zalo does), or a bare HTTP status with a body that is not Zalo's JSON (a revoked
 * token seen as plain HTTP 401, say).
 */
export type FakeOaFailure = { readonly error: number; readonly message: string } | { readonly status: number; readonly body?: string };

/** Zalo's documented limit of OA API calls a minute, sent in `X-RateLimit-Limit`. */
export const FAKE_OA_CALL_LIMIT = 4000;

/** The Official Account side of the fake: customer-service messages and single-use refresh tokens. */
export class FakeOa {
  accessToken = "oa-access-0";
  refreshToken = "oa-refresh-0";
  /** Every refresh request, successful or not. */
  refreshCalls = 0;
  /** How long the OAuth server takes to answer (makes races real). */
  refreshDelayMs = 0;
  /** Every customer-service request that reached the fake, answered with an error or not. */
  sendCalls = 0;
  readonly sent: Array<{ userId: string; text: string; messageId: string; at: number }> = [];
  /** Template messages sent (media, request_user_info), apart from the texts: `text` is what came with one. */
  readonly templates: Array<{ userId: string; templateType: string; element: Record<string, unknown>; text?: string; messageId: string }> = [];
  /** Images uploaded (`/v2.0/oa/upload/image`), by attachment id. */
  readonly uploads = new Map<string, { bytes: Buffer; type: string }>();
  /** Users whose 7-day window is closed (-230). */
  readonly windowClosed = new Set<string>();
  /** Errors the next customer-service sends answer, in order. */
  readonly failNext: FakeOaFailure[] = [];
  /**
   * How a refused access token is answered: Zalo's -216 (documented), or a plain HTTP 401 (seen by
   * other clients for a revoked or expired token).
   */
  tokenRefusal: "-216" | "http-401" = "-216";
  /**
   * Calls the app has left this minute, reported in `X-RateLimit-Remain` on every answer; a call
   * made with none left is refused with -32. Unlimited by default (the header then says
   * `FAKE_OA_CALL_LIMIT - 1`).
   */
  callsLeft = Number.POSITIVE_INFINITY;
  /**
   * Texts sent to GMF groups (`/v3.0/oa/group/message`) and to people who do not follow the OA
   * (`/v2.0/oa/message`, API v2), with `to` the group id or `<anonymous_id>/<conversation_id>`.
   */
  readonly conversationSent: Array<{ kind: "group" | "anonymous"; to: string; text: string; messageId: string }> = [];
  /** Groups the OA is in; a send to another answers -201. */
  readonly groups = new Set<string>();
  /** Anonymous people's conversations (anonymous id → conversation id); a send to another pair answers -201. */
  readonly anonymousConversations = new Map<string, string>();
  /** Refresh tokens already spent: presenting one again answers -14020. */
  private readonly spentRefreshTokens = new Set<string>();
  /** Errors the next sends to one user answer, in order (unaffected by other users' sends). */
  private readonly failuresFor = new Map<string, FakeOaFailure[]>();
  private generation = 0;

  /** @param rateLimited decides, per send, whether Zalo refuses it as rate-limited */
  constructor(private readonly rateLimited: () => boolean = () => false) {}

  /** The access token stops working (as after ~25 hours); `refusal` says how Zalo then answers it. */
  expireAccessToken(refusal: FakeOa["tokenRefusal"] = this.tokenRefusal): void {
    this.accessToken = `oa-access-expired-${randomBytes(3).toString("hex")}`;
    this.tokenRefusal = refusal;
  }

  /** The next sends to `userId` answer these failures, in order. */
  failFor(userId: string, ...failures: FakeOaFailure[]): void {
    this.failuresFor.set(userId, [...(this.failuresFor.get(userId) ?? []), ...failures]);
  }

  /**
   * What every Open API send goes through: counted, `X-RateLimit-*` headers, refused with -32 once
   * no call remains, and the access token checked. False when it was answered already.
   */
  private admit(request: IncomingMessage, response: ServerResponse): boolean {
    this.sendCalls++;
    const over = this.callsLeft <= 0;
    if (!over) this.callsLeft--;
    response.setHeader("x-ratelimit-limit", String(FAKE_OA_CALL_LIMIT));
    response.setHeader("x-ratelimit-remain", String(Number.isFinite(this.callsLeft) ? this.callsLeft : FAKE_OA_CALL_LIMIT - 1));
    if (over) {
      json(response, 200, { error: -32, message: "Request exceeds rate limit" });
      return false;
    }
    if (request.headers.access_token === this.accessToken) return true;
    if (this.tokenRefusal === "http-401") plain(response, 401, "Unauthorized");
    else json(response, 200, { error: -216, message: "Access token is invalid" });
    return false;
  }

  /** A text to a GMF group (`recipient.group_id`) or to an anonymous person (`recipient.anonymous_id` + `conversation_id`). */
  sendToConversation(kind: "group" | "anonymous", request: IncomingMessage, raw: string, response: ServerResponse): void {
    if (!this.admit(request, response)) return;
    const body = JSON.parse(raw) as { recipient?: { group_id?: unknown; anonymous_id?: unknown; conversation_id?: unknown }; message?: { text?: unknown } };
    const recipient = body.recipient ?? {};
    const known =
      kind === "group"
        ? this.groups.has(String(recipient.group_id))
        : this.anonymousConversations.get(String(recipient.anonymous_id)) === String(recipient.conversation_id);
    if (!known) return json(response, 200, { error: -201, message: kind === "group" ? "Group is invalid" : "Anonymous conversation is invalid" });
    const text = typeof body.message?.text === "string" ? body.message.text : "";
    if (text.length < 1 || text.length > 2000) return json(response, 200, { error: -201, message: "Text length is invalid" });
    const messageId = randomBytes(8).toString("hex");
    this.conversationSent.push({ kind, to: kind === "group" ? String(recipient.group_id) : `${String(recipient.anonymous_id)}/${String(recipient.conversation_id)}`, text, messageId });
    json(response, 200, { data: { message_id: messageId }, error: 0, message: "Success" });
  }

  send(request: IncomingMessage, raw: string, response: ServerResponse): void {
    if (!this.admit(request, response)) return;
    const body = JSON.parse(raw) as { recipient?: { user_id?: string }; message?: { text?: string; attachment?: unknown } };
    const failure = this.failuresFor.get(body.recipient?.user_id ?? "")?.shift() ?? this.failNext.shift();
    if (failure) return "error" in failure ? json(response, 200, failure) : plain(response, failure.status, failure.body ?? "");
    const userId = body.recipient?.user_id ?? "";
    const text = body.message?.text ?? "";
    if (this.windowClosed.has(userId)) return json(response, 200, { error: -230, message: "User has not interacted with the OA in the last 7 days" });
    if (body.message?.attachment !== undefined) return this.sendTemplate(userId, body.message.attachment, body.message.text, response);
    if (text.length < 1 || text.length > 2000) return json(response, 200, { error: -201, message: "Text length is invalid" });
    if (this.rateLimited()) return json(response, 200, { error: -32, message: "Request exceeds rate limit" });
    const messageId = randomBytes(8).toString("hex");
    this.sent.push({ userId, text, messageId, at: Date.now() });
    json(response, 200, { data: { message_id: messageId, user_id: userId }, error: 0, message: "Success" });
  }

  /**
   * `/v2.0/oa/upload/image`: a multipart body whose `file` part is a JPG or PNG of at most 1 MB;
   * answers `data.attachment_id`.
   */
  async upload(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.headers.access_token !== this.accessToken) return json(response, 200, { error: -216, message: "Access token is invalid" });
    const file = multipartFile(String(request.headers["content-type"] ?? ""), Buffer.concat(chunks), "file");
    if (!file) return json(response, 200, { error: -201, message: "File is missing" });
    if (!["image/jpeg", "image/png"].includes(file.type)) return json(response, 200, { error: -201, message: "File type is not supported" });
    if (file.bytes.length > 1024 * 1024) return json(response, 200, { error: -201, message: "File size exceeds 1MB" });
    const id = randomBytes(10).toString("hex");
    this.uploads.set(id, file);
    json(response, 200, { data: { attachment_id: id }, error: 0, message: "Success" });
  }

  /** A message with a template: `media` (an uploaded image) or `request_user_info` (title ≤ 100, subtitle ≤ 500). */
  private sendTemplate(userId: string, attachment: unknown, text: string | undefined, response: ServerResponse): void {
    const { type, payload } = (attachment ?? {}) as { type?: unknown; payload?: { template_type?: unknown; elements?: unknown } };
    const elements = Array.isArray(payload?.elements) ? (payload.elements as Array<Record<string, unknown>>) : [];
    const element = elements[0];
    const valid =
      type === "template" &&
      elements.length === 1 &&
      element !== undefined &&
      ((payload?.template_type === "media" && element.media_type === "image" && this.uploads.has(String(element.attachment_id))) ||
        (payload?.template_type === "request_user_info" && typeof element.title === "string" && element.title.length <= 100 && typeof element.subtitle === "string" && element.subtitle.length <= 500));
    if (!valid) return json(response, 200, { error: -201, message: "Parameters are invalid" });
    const messageId = randomBytes(8).toString("hex");
    this.templates.push({ userId, templateType: String(payload!.template_type), element: element!, ...(text ? { text } : {}), messageId });
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
      this.spentRefreshTokens.add(this.refreshToken);
      this.generation++;
      this.accessToken = `oa-access-${this.generation}`;
      this.refreshToken = `oa-refresh-${this.generation}`;
      answer = { access_token: this.accessToken, refresh_token: this.refreshToken, expires_in: "90000" };
    } else if (this.spentRefreshTokens.has(form.get("refresh_token") ?? "")) {
      answer = { error: -14020, error_name: "Invalid refresh token", error_description: "Refresh token has been used" };
    } else {
      answer = { error: -14014, error_name: "Invalid refresh token", error_description: "Refresh token is invalid" };
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

  /** Sends a voice note whose recording is at `voiceUrl` (see `FakeZalo.hostFile`). */
  sendVoice(voiceUrl = "https://zalo.example/voice.aac"): Promise<number> {
    return this.fake.deliver(this.update("message.voice.received", { voice_url: voiceUrl }));
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
  /**
   * @param where `group`: the person posts in this GMF group the OA is in (`user_send_group_*`,
   *   `recipient.id` the group) and reads what the OA posts there; `anonymousConversation`: the
   *   person does not follow the OA (`anonymous_send_*`, `userId` is then their anonymous id) and
   *   reads what the OA sends in that conversation
   */
  constructor(
    private readonly fake: FakeZalo,
    readonly userId: string,
    private readonly webhookUrl: string,
    readonly where: { readonly group?: string; readonly anonymousConversation?: string } = {},
  ) {
    super();
    if (where.group) fake.oa.groups.add(where.group);
    if (where.anonymousConversation) fake.oa.anonymousConversations.set(userId, where.anonymousConversation);
  }

  /**
   * The event for a text of this person, and its raw body. `eventName` is a follower's
   * (`user_send_<kind>`): in a group it becomes `user_send_group_<kind>`, for an anonymous person
   * `anonymous_send_<kind>` (with `message.conversation_id`).
   */
  event(text: string, msgId = randomBytes(8).toString("hex"), eventName = "user_send_text"): { raw: string; timestamp: string } {
    return this.messageEvent(eventName, { msg_id: msgId, text });
  }

  /** The event carrying `message` of this person, and its raw body. */
  messageEvent(eventName: string, message: Record<string, unknown>): { raw: string; timestamp: string } {
    const timestamp = String(Date.now());
    const { group, anonymousConversation } = this.where;
    const kind = eventName.startsWith("user_send_") ? eventName.slice("user_send_".length) : undefined;
    const name = kind && group ? `user_send_group_${kind}` : kind && anonymousConversation ? `anonymous_send_${kind}` : eventName;
    const event = {
      app_id: FAKE_OA.appId,
      ...(anonymousConversation ? {} : { user_id_by_app: `app-${this.userId}` }),
      event_name: name,
      timestamp,
      sender: { id: this.userId },
      recipient: { id: group ?? FAKE_OA.oaId },
      message: { ...message, ...(anonymousConversation ? { conversation_id: anonymousConversation } : {}) },
    };
    return { raw: JSON.stringify(event), timestamp };
  }

  /** Shares a link (`user_send_link`), as Zalo shows it: a `link` attachment with url, title, description, thumbnail. */
  sendLink(url: string, title: string, text = ""): Promise<number> {
    const attachment = { type: "link", payload: { url, title, description: "", thumbnail: `${url}/thumb.jpg` } };
    const { raw, timestamp } = this.messageEvent("user_send_link", { msg_id: randomBytes(8).toString("hex"), text, attachments: [attachment] });
    return this.post(raw, timestamp);
  }

  /**
   * Shares a business card (`user_send_business_card`). Its payload is undocumented in our sources:
   * here the name is the `title` and the number is in a JSON `description` (`{"phone": …, "qrCodeUrl": …}`).
   */
  sendBusinessCard(name: string, phone: string): Promise<number> {
    const attachment = { type: "link", payload: { title: name, description: JSON.stringify({ phone, qrCodeUrl: "https://zalo.example/qr.png" }), thumbnail: "https://zalo.example/avatar.jpg", url: "https://zalo.me/card" } };
    const { raw, timestamp } = this.messageEvent("user_send_business_card", { msg_id: randomBytes(8).toString("hex"), text: "", attachments: [attachment] });
    return this.post(raw, timestamp);
  }

  /** The event of following (or unfollowing) the OA: `{ event_name, follower: { id }, oa_id, source, timestamp }`, no message. */
  followEvent(event: "follow" | "unfollow" = "follow"): { raw: string; timestamp: string } {
    const timestamp = String(Date.now());
    return { raw: JSON.stringify({ app_id: FAKE_OA.appId, oa_id: FAKE_OA.oaId, user_id_by_app: `app-${this.userId}`, event_name: event, timestamp, source: "oa_profile", follower: { id: this.userId } }), timestamp };
  }

  /** Follows (or unfollows) the OA. */
  follow(event: "follow" | "unfollow" = "follow"): Promise<number> {
    const { raw, timestamp } = this.followEvent(event);
    return this.post(raw, timestamp);
  }

  /**
   * Answers the OA's contact form: `user_submit_info` with `info` (`phone` as Zalo writes it,
   * "84…", `name`, `address`, …), no message.
   */
  submitInfo(info: Record<string, unknown>): Promise<number> {
    const timestamp = String(Date.now());
    const raw = JSON.stringify({ app_id: FAKE_OA.appId, user_id_by_app: `app-${this.userId}`, event_name: "user_submit_info", timestamp, sender: { id: this.userId }, recipient: { id: FAKE_OA.oaId }, info });
    return this.post(raw, timestamp);
  }

  /** The template messages (media, request_user_info) the OA sent this person. */
  templates(): FakeOa["templates"] {
    return this.fake.oa.templates.filter((sent) => sent.userId === this.userId);
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

  /** Sends a voice note (`user_send_audio`) whose recording is at `url`. */
  sendAudio(url: string): Promise<number> {
    return this.sendAttachment("user_send_audio", { type: "audio", payload: { url } });
  }

  /** Sends a file (`user_send_file`) as the docs show it: `payload.url`, `name`, `size`, `type`. */
  sendFile(url: string, name: string, size: number, type = name.slice(name.lastIndexOf(".") + 1)): Promise<number> {
    return this.sendAttachment("user_send_file", { type: "file", payload: { url, name, size: String(size), type, checksum: randomBytes(16).toString("hex") } });
  }

  private sendAttachment(eventName: string, attachment: Record<string, unknown>): Promise<number> {
    const { raw, timestamp } = this.event("", undefined, eventName);
    const event = JSON.parse(raw) as { message: Record<string, unknown> };
    event.message = { msg_id: event.message.msg_id, attachments: [attachment] };
    const body = JSON.stringify(event);
    return this.post(body, timestamp);
  }


  protected mine(): ReadonlyArray<{ text: string }> {
    const { group, anonymousConversation } = this.where;
    if (group) return this.fake.oa.conversationSent.filter((sent) => sent.kind === "group" && sent.to === group);
    if (anonymousConversation) return this.fake.oa.conversationSent.filter((sent) => sent.kind === "anonymous" && sent.to === `${this.userId}/${anonymousConversation}`);
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
    mediaHosts: [new URL(fake.baseUrl).hostname],
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
  const clients = deps.clients ?? createZaloClients(config, { tokens: deps.inbox.oauthTokens, leases: deps.inbox.leases, logger: deps.logger, organisation: DEFAULT_ORGANISATION });
  return startZalo(config, clients, {
    assistant: deps.assistant,
    logger: deps.logger,
    server: deps.server,
    intake: deps.inbox.intake,
    leases: deps.inbox.leases,
    worker: deps.worker,
    gate: deps.gate ?? createZaloGate(),
    poll: TEST_POLL,
    retry: TEST_RETRY,
  });
}

/** Fetches a photo's URL as Zalo would; a failure to connect is status 0. */
async function fetchPhoto(url: string): Promise<FetchedPhoto> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    return { status: response.status, contentType: response.headers.get("content-type") ?? "", cacheControl: response.headers.get("cache-control") ?? "", bytes: Buffer.from(await response.arrayBuffer()) };
  } catch {
    return { status: 0, contentType: "", cacheControl: "", bytes: Buffer.alloc(0) };
  }
}

/**
 * `text_styles` as the notes describe them: `{start, len, st}` ranges inside the text (UTF-16
 * offsets), with the style names the client uses ("b", "i").
 */
function validStyles(styles: unknown, text: string): boolean {
  return (
    Array.isArray(styles) &&
    styles.every((style: { start?: unknown; len?: unknown; st?: unknown }) => {
      const { start, len, st } = style ?? {};
      return Number.isInteger(start) && Number.isInteger(len) && (start as number) >= 0 && (len as number) > 0 && (start as number) + (len as number) <= text.length && (st === "b" || st === "i");
    })
  );
}

function ok(response: ServerResponse, result: unknown): void {
  json(response, 200, { ok: true, result });
}

/** The part `name` of a multipart/form-data body: its bytes and content type. */
function multipartFile(contentType: string, body: Buffer, name: string): { bytes: Buffer; type: string } | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/u.exec(contentType);
  if (!contentType.startsWith("multipart/form-data") || !boundary) return undefined;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  for (let start = body.indexOf(delimiter); start >= 0; ) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const headerEnd = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, headerEnd).toString("utf8");
    if (headerEnd >= 0 && new RegExp(`name="${name}"`, "u").test(headers)) {
      return { bytes: Buffer.from(part.subarray(headerEnd + 4)), type: /content-type:\s*([^\r\n;]+)/iu.exec(headers)?.[1]?.trim().toLowerCase() ?? "" };
    }
    start = next;
  }
  return undefined;
}

/** An answer that is not JSON (a proxy's or gateway's page, a bare status). */
function plain(response: ServerResponse, status: number, body: string): void {
  if (response.writableEnded || response.destroyed) return;
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  response.end(body);
}


