import { randomUUID } from "node:crypto";
import { afterAll, vi } from "vitest";
import type { Assistant } from "../../src/assistant/assistant.js";
import { CuratedBook } from "../../src/assistant/curated-book.js";
import { ReportService } from "../../src/assistant/report-service.js";
import { webSender } from "../../src/channels/web/adapter.js";
import type { AttachmentSource } from "../../src/core/attachments.js";
import { plainInline, type Channel, type Reply } from "../../src/core/messages.js";
import { DEFAULT_ORGANISATION, type Organisation } from "../../src/core/organisation.js";
import { createTotp } from "../../src/core/totp.js";
import type { AttachmentKeeper } from "../../src/inbox/attachment-keeper.js";
import { OutboxDispatcher } from "../../src/inbox/dispatcher.js";
import { offlineClassifierWith } from "../../src/feedback/classifier.js";
import { LiveReference } from "../../src/feedback/live-reference.js";
import type { Topic } from "../../src/feedback/taxonomy.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import { WebUploads } from "../../src/inbox/web-uploads.js";
import type { PostgresFeedRelay } from "../../src/inbox/report-feed-relay.js";
import type { Role } from "../../src/inbox/staff-accounts.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import type { BucketLimits } from "../../src/server/address-limiter.js";
import { createHttpServer, type HttpServer, type HttpServerDeps } from "../../src/server/http-server.js";
import { LoginLimiter } from "../../src/server/web/auth.js";
import { reloadLists } from "../../src/server/web/reload-lists.js";
import { testAssistant, testReference } from "./assistant.js";
import { startTestWorker } from "./intake.js";
import { tempDir, testLogger } from "./knowledge.js";

/** Password of the accounts tests create. */
export const TEST_PASSWORD = "mat-khau-thu-nghiem-2026";

export interface TestWebApp {
  readonly server: HttpServer;
  readonly inbox: Inbox;
  readonly assistant: Assistant;
  readonly service: ReportService;
  readonly dispatcher: OutboxDispatcher;
  /** The web chat's uploaded photos. */
  readonly uploads: WebUploads;
}

/**
 * Tests drive the chat far faster than a person (polling every 100 ms while waiting for a reply):
 * the per-address limits are lifted unless a test sets its own; they have tests of their own.
 */
const NO_LIMIT: BucketLimits = { burst: 1e9, perSecond: 1e9 };

/**
 * The HTTP server with the web chat and staff inbox as `main.ts` wires it, on the given knowledge
 * base and inbox; the outbox is delivered to the web chat. Closed after the test file. `http` adds
 * the server's optional parts (metrics, limits); `organisation` replaces the default one.
 */
export async function openTestWebApp(
  knowledge: KnowledgeBase,
  inbox: Inbox,
  options: {
    loginLimiter?: LoginLimiter;
    attachments?: Partial<Record<Channel, AttachmentSource>>;
    /** Keeps the files sent by URL (Zalo) for the attachments route. */
    keeper?: AttachmentKeeper;
    http?: Pick<HttpServerDeps, "limits" | "metrics" | "metricsToken">;
    organisation?: Organisation;
    /** The instances' notifications (PostgreSQL), wired as main.ts wires them: lists changed elsewhere are reloaded. */
    relay?: PostgresFeedRelay;
    /** As when TELEGRAM_BOT_TOKEN is set (no bot runs here). */
    telegramOn?: boolean;
  } = {},
): Promise<TestWebApp> {
  await inbox.units.seed(testReference.units);
  const dispatcher = new OutboxDispatcher(inbox.outbox, { web: webSender(inbox.webChat) }, testLogger, { intervalMs: 200 });
  const organisation = options.organisation ?? DEFAULT_ORGANISATION;
  const curated = new CuratedBook(inbox.curated, knowledge);
  await curated.refresh();
  // The lists as main.ts starts them: the shipped ones fill the database, the stored ones are used.
  const reference = new LiveReference(testReference);
  await inbox.lists.seed(reference.seed);
  reference.replace(await inbox.lists.load(reference.seed));
  const { relay } = options;
  relay?.onListsChanged(() => void reloadLists({ inbox, reference }));
  const service = new ReportService({ reports: inbox.reports, organisation, reference, onEnqueued: () => dispatcher.kick() });
  const assistant = testAssistant(knowledge, inbox, { service, organisation, curated, reference, classifier: offlineClassifierWith(() => reference.topicCues) });
  const worker = startTestWorker(inbox, assistant);
  // The web chat's photos go to a data folder of this app's own.
  const uploads = new WebUploads(inbox.db, tempDir("tldv-uploads"), testLogger, { minFreeBytes: 0 });
  const server = createHttpServer({
    ...options.http,
    limits: { ask: NO_LIMIT, chatSend: NO_LIMIT, chatPoll: NO_LIMIT, chatPhoto: NO_LIMIT, ...options.http?.limits },
    knowledge,
    logger: testLogger,
    web: { inbox, knowledge, organisation, worker, service, reference, ...(relay ? { listsChanged: () => relay.sendListsChanged() } : {}), channelsOn: options.telegramOn ? ["web", "telegram"] : ["web"], curated, logger: testLogger, loginLimiter: options.loginLimiter ?? new LoginLimiter(), totp: createTotp("test-two-factor-key-0123456789"), attachments: { web: uploads, ...options.attachments }, uploads, ...(options.keeper ? { keeper: options.keeper } : {}) },
  });
  dispatcher.start();
  afterAll(async () => {
    await dispatcher.stop();
    await server.close();
  });
  await server.ready();
  return { server, inbox, assistant, service, dispatcher, uploads };
}

/** Creates a staff account with {@link TEST_PASSWORD}. */
export async function createStaff(inbox: Inbox, username: string, role: Role): Promise<void> {
  await inbox.staff.create(username, `Cán bộ ${username}`, TEST_PASSWORD, role);
}

/** A new staff account with `role`, signed in: the client a staff member's browser would be. */
export async function signedInStaff(app: TestWebApp, username: string, role: Role): Promise<WebClient> {
  await createStaff(app.inbox, username, role);
  const client = new WebClient(app.server);
  await client.signIn(username);
  return client;
}

interface Response {
  readonly status: number;
  readonly body: string;
  /** The body's bytes (for files). */
  readonly raw: Buffer;
  readonly headers: Record<string, string | string[] | number | undefined>;
  /** The redirect (303) a form's answer was, when the client followed it to this page. */
  readonly redirectedFrom?: { readonly status: number; readonly location: string };
}

/**
 * A browser-like client over `inject`: keeps cookies, sends the CSRF token of the last page it saw
 * and one of that page's one-time form keys with every form, as the pages' forms do, and follows a
 * form's 303 to the page it names.
 */
export class WebClient {
  private readonly cookies = new Map<string, string>();
  csrf = "";
  /** One-time keys of the forms on the last page seen with forms, not yet sent. */
  formKeys: string[] = [];

  /** @param server the instance the requests go to: tests of several instances move the client between them */
  constructor(public server: HttpServer) {}

  /** The cookies as this client sends them (for a request made outside `inject`, such as an event stream). */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.request("GET", url, undefined, headers);
  }

  /**
   * Posts a form with the current CSRF token and an unused one-time key of the last page (unless the
   * form sets `_csrf` or `_once` itself), and follows a 303 as a browser does (`follow: false` not).
   */
  async post(url: string, form: Record<string, string> = {}, options: { follow?: boolean } = {}): Promise<Response> {
    const key = "_once" in form ? undefined : this.formKeys.shift();
    const fields = { _csrf: this.csrf, ...(key ? { _once: key } : {}), ...form };
    const response = await this.request("POST", url, new URLSearchParams(fields).toString(), { "content-type": "application/x-www-form-urlencoded" });
    if (response.status !== 303 || options.follow === false) return response;
    const location = String(response.headers.location);
    return { ...(await this.get(location)), redirectedFrom: { status: response.status, location } };
  }

  async postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return this.request("POST", url, JSON.stringify(body), { "content-type": "application/json", ...headers });
  }

  /** Posts bytes as the body (a photo upload). */
  async postBytes(url: string, bytes: Buffer, headers: Record<string, string> = {}): Promise<Response> {
    return this.request("POST", url, bytes, { "content-type": "application/octet-stream", ...headers });
  }

  /** Signs in through the login page; returns the response of the form. */
  async signIn(username: string, password = TEST_PASSWORD): Promise<Response> {
    await this.get("/login");
    const response = await this.post("/login", { username, password });
    if (response.status === 302) await this.get("/inbox");
    return response;
  }

  private async request(method: "GET" | "POST", url: string, payload: string | Buffer | undefined, headers: Record<string, string>): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await this.server.inject({ method, url, ...(payload !== undefined ? { payload } : {}), headers: { ...headers, ...(cookie ? { cookie } : {}) } });
    for (const set of response.cookies) {
      if (set.value === "" || (set.maxAge !== undefined && set.maxAge <= 0) || (set.expires && set.expires.getTime() < Date.now())) this.cookies.delete(set.name);
      else this.cookies.set(set.name, set.value);
    }
    const csrf = /name="_csrf" value="([^"]+)"/u.exec(response.body)?.[1];
    if (csrf) this.csrf = csrf;
    const keys = [...response.body.matchAll(/name="_once" value="([^"]+)"/gu)].map((match) => match[1]!);
    if (keys.length) this.formKeys = keys;
    return { status: response.statusCode, body: response.body, raw: response.rawPayload, headers: response.headers };
  }
}

/** A message of the web chat as the browser gets it. */
export type ChatEntry = { id: number } & ({ reply: Reply } | { mine: string });

/** The text a person reads in a reply (blocks, then button labels). */
export function replyText(reply: Reply): string {
  const blocks = reply.blocks.map((block) =>
    block.type === "paragraph" ? plainInline(block.content) : block.type === "quote" ? `${block.text} — ${block.source ?? ""}` : block.items.map(plainInline).join("\n"),
  );
  return [...blocks, ...(reply.choices ?? []).flat().map((choice) => `[${choice.label}]`)].join("\n");
}

/** The web chat as `public/chat.js` uses it: post texts and pressed buttons, poll for the rest. */
export class WebChat {
  private after = 0;
  readonly replies: Reply[] = [];

  constructor(readonly client: WebClient) {}

  /** Sends a text; returns the replies that came back with it. */
  async say(text: string): Promise<Reply[]> {
    return this.send({ text });
  }

  async press(choice: string): Promise<Reply[]> {
    return this.send({ choice });
  }

  /**
   * Files a report in one message (`/gopy …`), choosing `topic` if the assistant asks for it and
   * its suggested area (or "không rõ") if it asks for that; returns the tracking code it then sends.
   */
  async report(text: string, topic: Topic): Promise<string> {
    let replies = await this.say(`/gopy ${text}`);
    for (let step = 0; step < 3; step++) {
      const choices = replies.at(-1)?.choices?.flat() ?? [];
      if (choices.some((choice) => choice.value.startsWith("fb:topic:"))) replies = await this.press(`fb:topic:${topic}`);
      else if (choices.some((choice) => choice.value.startsWith("fb:area:"))) replies = await this.press(choices.find((choice) => choice.label.startsWith("✓"))?.value ?? "fb:area:none");
      else break;
    }
    return /PA-\d{4}-\d{6}/u.exec(await this.waitFor(/PA-\d{4}-\d{6}/u))![0];
  }

  /** Fetches what arrived since the last message (outbox deliveries). */
  async poll(): Promise<Reply[]> {
    const response = await this.client.get(`/chat/api/messages?after=${this.after}`, { "x-tro-ly-chat": "1" });
    return this.take(response);
  }

  /** Polls until a reply contains `pattern`; returns that reply's text. */
  async waitFor(pattern: RegExp): Promise<string> {
    const seen = this.replies.map(replyText).find((text) => pattern.test(text));
    if (seen) return seen;
    return vi.waitFor(
      async () => {
        const text = (await this.poll()).map(replyText).find((candidate) => pattern.test(candidate));
        if (!text) throw new Error(`no reply matching ${pattern} yet; replies so far: ${this.replies.map(replyText).join(" | ").slice(-600)}`);
        return text;
      },
      { timeout: 5000, interval: 100 },
    );
  }

  /** Sends a message as the page does: a text, a pressed button, uploaded photos or a location. */
  async send(body: { text?: string; choice?: string; photos?: readonly string[]; location?: { latitude: number; longitude: number } }): Promise<Reply[]> {
    const response = await this.client.postJson("/chat/api/messages", { ...body, after: this.after, id: randomUUID() }, { "x-tro-ly-chat": "1" });
    if (response.status !== 200) throw new Error(`chat answered ${response.status}: ${response.body}`);
    return this.take(response);
  }

  private take(response: { status: number; body: string }): Reply[] {
    const entries = (JSON.parse(response.body) as { messages: ChatEntry[] }).messages;
    const replies: Reply[] = [];
    for (const entry of entries) {
      this.after = Math.max(this.after, entry.id);
      if ("reply" in entry) replies.push(entry.reply);
    }
    this.replies.push(...replies);
    return replies;
  }
}
