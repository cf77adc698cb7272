/**
 * Starting the Zalo channel. The bot: its token is checked with getMe (a token Zalo refuses stops
 * the start with a one-line ConfigError), then updates come by long polling (any webhook deleted
 * first: getUpdates does not work while one is set) or, with ZALO_WEBHOOK_URL, by a webhook served
 * on the project's HTTP server. The Official Account, when configured: its signed webhook on the
 * same server. Every update is stored in the durable intake before Zalo is answered, and handled
 * from there. Call before the HTTP server listens (the routes are registered at once), await after.
 */
import { randomBytes } from "node:crypto";
import type { Assistant } from "../../assistant/assistant.js";
import type { IntakeWorker } from "../../assistant/intake-worker.js";
import { ConfigError, describeError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import { briefNameOf, type Organisation } from "../../core/organisation.js";
import type { SendGate } from "../../core/send-gate.js";
import type { IncomingEntry, Intake } from "../../inbox/intake.js";
import { LeasedDuty, type Leases } from "../../inbox/leases.js";
import type { OAuthTokens } from "../../inbox/oauth-tokens.js";
import type { FastifyInstance } from "fastify";
import { ZALO_BOT_ERROR, ZaloBotApi, ZaloBotApiError, type ZaloBotInfo } from "./bot-api.js";
import type { ZaloConfig } from "./config.js";
import { zaloBotEntry, zaloBotHandler, zaloOaEntry, zaloOaHandler } from "./intake.js";
import { createZaloMessenger, type ZaloClients } from "./messenger.js";
import { ZaloOaApi } from "./oa-api.js";
import { OaTokenStore } from "./oa-tokens.js";
import { registerOaWebhook } from "./oa-webhook.js";
import { POLL_DEFAULTS, ZaloPoller, type PollOptions } from "./polling.js";
import { registerZaloWebhook } from "./webhook.js";

/** The API clients of the configured Zalo products; the outbox sender (sender.ts) uses them too. */
export function createZaloClients(
  config: ZaloConfig,
  deps: {
    readonly tokens: OAuthTokens;
    readonly leases: Leases;
    readonly logger: Logger;
    /** Who the OA speaks for (named in its contact form). */
    readonly organisation: Organisation;
    /** How long no OA call is made once Zalo said none remain (tests shorten it; see `ZALO_OA_DEFAULTS`). */
    readonly callLimitPauseMs?: number;
  },
): ZaloClients {
  const bot = config.bot ? new ZaloBotApi(config.bot.token, { apiBase: config.bot.apiBase }) : undefined;
  const oa = config.oa;
  if (!oa) return { ...(bot ? { bot } : {}) };
  const api = new ZaloOaApi({ apiBase: oa.apiBase, oauthBase: oa.oauthBase, appId: oa.appId, appSecret: oa.appSecret, ...(deps.callLimitPauseMs !== undefined ? { callLimitPauseMs: deps.callLimitPauseMs } : {}) });
  const oaLog = deps.logger.child({ channel: "zalo_oa" });
  // Otherwise nothing would say why every OA message waits.
  api.onCallLimit(({ limit, pauseMs }) =>
    oaLog.warn({ limit, pauseMs }, `Zalo says the app has no OA API calls left this minute (X-RateLimit-Remain: 0): no OA call for ${Math.ceil(pauseMs / 1000)} s, messages wait`),
  );
  const tokens = new OaTokenStore({
    tokens: deps.tokens,
    leases: deps.leases,
    refresh: (refreshToken) => api.refresh(refreshToken),
    initial: { accessToken: oa.accessToken, refreshToken: oa.refreshToken },
    logger: oaLog,
  });
  return { ...(bot ? { bot } : {}), oa: { api, tokens, organisation: briefNameOf(deps.organisation), ...(oa.contactFormImageUrl ? { contactFormImageUrl: oa.contactFormImageUrl } : {}) } };
}

export interface ZaloStartOptions {
  readonly assistant: Assistant;
  readonly logger: Logger;
  /** Serves the webhooks. */
  readonly server: FastifyInstance;
  /** Where updates are stored before they are acknowledged. */
  readonly intake: Intake;
  /** Decides which instance long-polls the bot. */
  readonly leases: Leases;
  /** Handles the stored updates. */
  readonly worker: IntakeWorker;
  /** Shared with the outbox's Zalo sender: a rate-limited chat pauses for both. */
  readonly gate: SendGate;
  /**
   * Resolves once the server answers: Zalo may check the webhook's address when it is set, so
   * setWebhook waits for it.
   */
  readonly listening?: Promise<unknown>;
  /** Long-polling settings (tests shorten them). */
  readonly poll?: PollOptions;
  /** Retries of interactive sends (tests shorten them). */
  readonly retry?: { attempts: number; firstDelayMs: number };
}

export interface RunningZalo {
  /** The bot's name and how it receives updates; undefined without a bot. */
  readonly bot: { readonly name: string; readonly mode: "polling" | "webhook" } | undefined;
  /** The path of the OA webhook; undefined without an OA. */
  readonly oaWebhookPath: string | undefined;
  /** One line for the start-up log. */
  readonly summary: string;
  /** Stops polling (webhooks are served until the HTTP server closes). */
  stop(): Promise<void>;
}

/**
 * Checks the bot token and starts receiving. The webhooks' routes are registered at once, before the
 * first await, so that the server can listen (and store updates) while Zalo is still being asked
 * about the token: start it, listen, then await it.
 * @throws ConfigError for a token or webhook Zalo refuses
 */
export async function startZalo(config: ZaloConfig, clients: ZaloClients, options: ZaloStartOptions): Promise<RunningZalo> {
  const { logger, server, intake, worker } = options;
  const log = logger.child({ channel: "zalo" });
  const handlerDeps = { assistant: options.assistant, messenger: createZaloMessenger(clients, logger), logger, gate: options.gate, ...(options.retry ? { retry: options.retry } : {}) };
  const store = async (entries: ReadonlyArray<IncomingEntry | undefined>) => {
    const kept = entries.filter((entry): entry is IncomingEntry => entry !== undefined);
    if (kept.length < entries.length) log.debug({ ignored: entries.length - kept.length }, "zalo update without a message from a person ignored");
    if (!kept.length) return;
    await intake.accept(kept);
    worker.kick();
  };
  const botWebhook = config.bot?.webhookUrl ? { url: config.bot.webhookUrl, secret: config.bot.webhookSecret ?? randomBytes(24).toString("hex") } : undefined;
  if (botWebhook) registerZaloWebhook(server, { path: new URL(botWebhook.url).pathname, secret: botWebhook.secret, logger: log, store: (update) => store([zaloBotEntry(update)]) });
  const oa = config.oa;
  if (oa && clients.oa) {
    worker.register("zalo_oa", zaloOaHandler(handlerDeps, { appId: oa.appId, secretKey: oa.secretKey }));
    registerOaWebhook(server, { path: oa.webhookPath, logger: log, store: (request, parsed) => store([zaloOaEntry(request, parsed)]) });
  }

  let bot: RunningZalo["bot"];
  let polling: LeasedDuty | undefined;
  if (config.bot && clients.bot) {
    const api = clients.bot;
    const me = await checkToken(api);
    const name = typeof me.account_name === "string" && me.account_name ? me.account_name : "Zalo bot";
    worker.register("zalo_bot", zaloBotHandler(handlerDeps, name));
    if (botWebhook) {
      await options.listening;
      await setWebhook(api, botWebhook.url, botWebhook.secret);
      bot = { name, mode: "webhook" };
    } else {
      await api.deleteWebhook().catch((error: unknown) => log.warn({ error: describeError(error) }, "could not delete a previous Zalo webhook"));
      // One instance polls (a second poller would take half the updates); the others stand by.
      polling = new LeasedDuty(options.leases, "zalo-bot-polling", new ZaloPoller(api, (updates) => store(updates.map(zaloBotEntry)), log, options.poll ?? POLL_DEFAULTS), log);
      await polling.start();
      bot = { name, mode: "polling" };
    }
  }

  const parts = [...(bot ? [`bot ${bot.name}, ${bot.mode}`] : []), ...(oa ? [`OA webhook ${oa.webhookPath}`] : [])];
  return {
    bot,
    oaWebhookPath: oa?.webhookPath,
    summary: `on (${parts.join("; ")})`,
    stop: async () => polling?.stop(),
  };
}

async function checkToken(api: ZaloBotApi): Promise<ZaloBotInfo> {
  try {
    return await api.getMe();
  } catch (error) {
    const refused: number[] = [ZALO_BOT_ERROR.unauthorized, ZALO_BOT_ERROR.forbidden, ZALO_BOT_ERROR.notFound];
    if (error instanceof ZaloBotApiError && error.errorCode !== undefined && refused.includes(error.errorCode)) {
      throw new ConfigError(
        `ZALO_BOT_TOKEN is invalid: Zalo answered "${oneLine(error.description)}" (${error.errorCode}). Copy the token again from Zalo Bot Manager (or create a new one there), or unset ZALO_BOT_TOKEN to run without the Zalo bot`,
      );
    }
    throw error;
  }
}

async function setWebhook(api: ZaloBotApi, url: string, secret: string): Promise<void> {
  try {
    await api.setWebhook(url, secret);
  } catch (error) {
    if (error instanceof ZaloBotApiError && error.errorCode === ZALO_BOT_ERROR.badRequest) {
      throw new ConfigError(`ZALO_WEBHOOK_URL was refused: Zalo answered "${oneLine(error.description)}". It must be a public https:// address that reaches this server; or unset it to use long polling`);
    }
    throw error;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
