/**
 * The Zalo part of the configuration, validated at start-up like src/config.ts: the Bot Platform
 * (`ZALO_BOT_*`, `ZALO_WEBHOOK_*`) and the optional Official Account (`ZALO_OA_*`). Either, both or
 * neither may be set; a wrong value stops the program with a message naming the variable.
 */
import { z } from "zod";
import { ConfigError } from "../../core/errors.js";

/** Where the Bot Platform, the OA Open API and Zalo's OAuth server live (overridable for a fake server). */
export const ZALO_DEFAULT_BASES = {
  bot: "https://bot-api.zaloplatforms.com",
  oaApi: "https://openapi.zalo.me",
  oauth: "https://oauth.zaloapp.com",
} as const;

/**
 * Hosts (with their subdomains) whose links in Zalo messages are downloaded: Zalo's CDNs and API
 * domains. The configured API bases' hosts are added, so that a fake server in tests serves files too.
 */
export const ZALO_DEFAULT_MEDIA_HOSTS = ["zdn.vn", "zadn.vn", "zalo.me", "zaloapp.com", "zalo.vn", "zaloplatforms.com"] as const;

/** The path of the OA webhook on the project's HTTP server unless `ZALO_OA_WEBHOOK_PATH` says otherwise. */
export const ZALO_OA_DEFAULT_WEBHOOK_PATH = "/zalo/oa/webhook";

/** Unset and empty mean the same: `.env.example` copied as is must work. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess((value) => (value === "" || value === undefined ? fallback : value), schema);
const baseUrl = (example: string) => z.url({ message: `must be a URL such as ${example}` }).transform((url) => url.replace(/\/+$/u, ""));

const ZaloEnvSchema = z.object({
  ZALO_BOT_TOKEN: optional(z.string().regex(/^\d+:\S+$/u, { message: "does not look like a Zalo bot token (12345689:abc-xyz…, from the Zalo Bot Manager)" })),
  ZALO_BOT_API_BASE: withDefault(baseUrl(ZALO_DEFAULT_BASES.bot), ZALO_DEFAULT_BASES.bot),
  ZALO_WEBHOOK_URL: optional(z.url({ protocol: /^https$/, message: "must be a public https:// URL" })),
  ZALO_WEBHOOK_SECRET: optional(z.string().regex(/^[A-Za-z0-9_-]{8,256}$/u, { message: "must be 8–256 letters, digits, _ or -" })),
  ZALO_OA_APP_ID: optional(z.string().regex(/^\d+$/u, { message: "must be the numeric app id of the Zalo app linked to the OA" })),
  ZALO_OA_APP_SECRET: optional(z.string().min(8, { message: "must be the app's secret key (Zalo for Developers → app → Thông tin ứng dụng)" })),
  ZALO_OA_SECRET_KEY: optional(z.string().min(8, { message: "must be the OA secret key of the webhook (Zalo for Developers → Webhook), not the app secret" })),
  ZALO_OA_ACCESS_TOKEN: optional(z.string().min(8, { message: "must be an OA access token" })),
  ZALO_OA_REFRESH_TOKEN: optional(z.string().min(8, { message: "must be an OA refresh token" })),
  ZALO_OA_WEBHOOK_PATH: withDefault(z.string().regex(/^\/[\w\-/.]*$/u, { message: "must be a path such as /zalo/oa/webhook" }), ZALO_OA_DEFAULT_WEBHOOK_PATH),
  ZALO_OA_API_BASE: withDefault(baseUrl(ZALO_DEFAULT_BASES.oaApi), ZALO_DEFAULT_BASES.oaApi),
  ZALO_OA_OAUTH_BASE: withDefault(baseUrl(ZALO_DEFAULT_BASES.oauth), ZALO_DEFAULT_BASES.oauth),
  ZALO_MEDIA_HOSTS: optional(
    z
      .string()
      .regex(/^\s*[a-z0-9.-]+(\s*,\s*[a-z0-9.-]+)*\s*$/iu, { message: "must be host names separated by commas, such as zdn.vn,zadn.vn" })
      .transform((list) => list.split(",").map((host) => host.trim().toLowerCase())),
  ),
  ZALO_OA_CONTACT_FORM_IMAGE_URL: optional(z.url({ protocol: /^https$/, message: "must be a public https:// URL of a JPG or PNG picture" })),
});

/** The variables this schema reads (`.env.example` must list each; a test checks it). */
export const ZALO_ENV_VARIABLES: readonly string[] = Object.keys(ZaloEnvSchema.shape);

/** The Zalo Bot Platform. */
export interface ZaloBotConfig {
  readonly token: string;
  readonly apiBase: string;
  /** Webhook mode when set; long polling otherwise. */
  readonly webhookUrl: string | undefined;
  readonly webhookSecret: string | undefined;
}

/** A Zalo Official Account (customer-service messages and its webhook). */
export interface ZaloOaConfig {
  readonly appId: string;
  /** The app's secret: the `secret_key` header of token refreshes. */
  readonly appSecret: string;
  /** The OA secret key: signs webhook events. */
  readonly secretKey: string;
  /** Initial tokens, used only while the database holds none. */
  readonly accessToken: string | undefined;
  readonly refreshToken: string;
  readonly webhookPath: string;
  readonly apiBase: string;
  readonly oauthBase: string;
  /** The picture of the contact form (request_user_info) asking for a phone number. */
  readonly contactFormImageUrl?: string;
}

export interface ZaloConfig {
  /** Present when ZALO_BOT_TOKEN is set. */
  readonly bot: ZaloBotConfig | undefined;
  /** Present when ZALO_OA_APP_ID and the other ZALO_OA_* variables are set. */
  readonly oa: ZaloOaConfig | undefined;
  /** Hosts whose links in messages are downloaded (ZALO_MEDIA_HOSTS or the defaults, plus the API hosts). */
  readonly mediaHosts: readonly string[];
}

/** The OA variables without which the OA cannot work, with how to get each. */
const OA_REQUIRED = {
  ZALO_OA_APP_ID: "the app id (Zalo for Developers → app → Thông tin ứng dụng)",
  ZALO_OA_APP_SECRET: "the app secret (same page)",
  ZALO_OA_SECRET_KEY: "the OA secret key (Zalo for Developers → Webhook)",
  ZALO_OA_REFRESH_TOKEN: "a refresh token from authorising the OA (Zalo for Developers → Official Account → API Explorer)",
} as const;

/**
 * Reads and validates the Zalo configuration; undefined when no Zalo channel is configured.
 * @throws ConfigError naming every invalid or missing variable
 */
export function loadZaloConfig(env: NodeJS.ProcessEnv = process.env): ZaloConfig | undefined {
  const parsed = ZaloEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid configuration (see .env.example): ${problems.join("; ")}`);
  }
  const values = parsed.data;
  if ((values.ZALO_WEBHOOK_URL || values.ZALO_WEBHOOK_SECRET) && !values.ZALO_BOT_TOKEN) {
    throw new ConfigError("ZALO_WEBHOOK_URL and ZALO_WEBHOOK_SECRET are for the Zalo bot: set ZALO_BOT_TOKEN as well, or unset them");
  }
  const oaSet = (Object.keys(OA_REQUIRED) as Array<keyof typeof OA_REQUIRED>).some((name) => values[name] !== undefined) || values.ZALO_OA_ACCESS_TOKEN !== undefined;
  if (oaSet) {
    const missing = (Object.keys(OA_REQUIRED) as Array<keyof typeof OA_REQUIRED>).filter((name) => values[name] === undefined);
    if (missing.length) {
      throw new ConfigError(`the Zalo OA needs ${missing.map((name) => `${name} (${OA_REQUIRED[name]})`).join(", ")}; set them, or unset every ZALO_OA_* variable to run without the OA`);
    }
  }
  if (oaSet && values.ZALO_WEBHOOK_URL && new URL(values.ZALO_WEBHOOK_URL).pathname === values.ZALO_OA_WEBHOOK_PATH) {
    throw new ConfigError(`ZALO_WEBHOOK_URL and ZALO_OA_WEBHOOK_PATH use the same path ${values.ZALO_OA_WEBHOOK_PATH}: give the bot and the OA different paths`);
  }
  const bot: ZaloBotConfig | undefined = values.ZALO_BOT_TOKEN
    ? { token: values.ZALO_BOT_TOKEN, apiBase: values.ZALO_BOT_API_BASE, webhookUrl: values.ZALO_WEBHOOK_URL, webhookSecret: values.ZALO_WEBHOOK_SECRET }
    : undefined;
  const oa: ZaloOaConfig | undefined = oaSet
    ? {
        appId: values.ZALO_OA_APP_ID!,
        appSecret: values.ZALO_OA_APP_SECRET!,
        secretKey: values.ZALO_OA_SECRET_KEY!,
        accessToken: values.ZALO_OA_ACCESS_TOKEN,
        refreshToken: values.ZALO_OA_REFRESH_TOKEN!,
        webhookPath: values.ZALO_OA_WEBHOOK_PATH,
        apiBase: values.ZALO_OA_API_BASE,
        oauthBase: values.ZALO_OA_OAUTH_BASE,
        ...(values.ZALO_OA_CONTACT_FORM_IMAGE_URL ? { contactFormImageUrl: values.ZALO_OA_CONTACT_FORM_IMAGE_URL } : {}),
      }
    : undefined;
  if (!bot && !oa) return undefined;
  const apiHosts = [bot?.apiBase, oa?.apiBase].filter((base): base is string => base !== undefined).map((base) => new URL(base).hostname);
  const mediaHosts = [...new Set([...(values.ZALO_MEDIA_HOSTS ?? ZALO_DEFAULT_MEDIA_HOSTS), ...apiHosts])];
  return { bot, oa, mediaHosts };
}
