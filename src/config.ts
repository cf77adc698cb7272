/**
 * Configuration from the environment (and `.env` when present), validated at start-up: a wrong
 * value stops the program with a message that names the variable and says what it expects.
 * Every variable is listed, with a comment, in `.env.example`.
 */
import { existsSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { z } from "zod";
import { ConfigError } from "./core/errors.js";
import { DEFAULT_ORGANISATION, type Organisation } from "./core/organisation.js";

/** Unset and empty mean the same: `.env.example` copied as is must work. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess((value) => (value === "" || value === undefined ? fallback : value), schema);

/** A name said within a sentence: one line, not empty. */
const organisationName = z
  .string()
  .trim()
  .regex(/^[^\n\r]{3,120}$/u, { message: "must be a name of 3–120 characters on one line, such as Ban Dân vận Tỉnh ủy Quảng Nam" });

const EnvSchema = z.object({
  LOG_LEVEL: withDefault(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]), "info"),
  PORT: withDefault(z.coerce.number().int().min(0).max(65_535), 3000),
  HOST: withDefault(z.string(), "127.0.0.1"),
  INSTANCE_NAME: optional(z.string().regex(/^[\w.:@-]{1,100}$/, { message: "must be a short name of letters, digits and . : @ - _, such as web-1" })),
  TRUST_PROXY: withDefault(z.enum(["true", "false"], { message: "must be true or false" }), "false"),
  PUBLIC_URL: optional(
    z
      .url({ protocol: /^https$/, message: "must be the public https:// address of this server, such as https://tro-ly.example.vn" })
      .refine((url) => !url.includes("?") && !url.includes("#"), { message: "must be an address without ? or #, such as https://tro-ly.example.vn" })
      .transform((url) => url.replace(/\/+$/u, "")),
  ),
  DATA_DIR: withDefault(z.string(), "data"),
  DATABASE_URL: optional(
    z.string().regex(/^(file:|postgres(ql)?:\/\/)/u, { message: "must be a SQLite URL such as file:./data/tro-ly-dan-van.db or a PostgreSQL URL such as postgresql://tro_ly:…@db.internal:5432/tro_ly" }),
  ),
  PSEUDONYM_KEY: optional(z.string().min(16, { message: "must be at least 16 characters" })),
  METRICS_TOKEN: optional(z.string().min(16, { message: "must be at least 16 characters" })),
  ORG_NAME: withDefault(organisationName, DEFAULT_ORGANISATION.name),
  ORG_SHORT_NAME: withDefault(organisationName, DEFAULT_ORGANISATION.shortName),
  KNOWLEDGE_DIR: withDefault(z.string(), "knowledge"),
  AREAS_FILE: withDefault(z.string().regex(/^[\w.-]+\.json$/, { message: "must be the name of a .json file in KNOWLEDGE_DIR, such as areas-2025.json" }), "areas-2025.json"),
  UNITS_FILE: withDefault(z.string().regex(/^[\w.-]+\.json$/, { message: "must be the name of a .json file in KNOWLEDGE_DIR, such as units-2025.json" }), "units-2025.json"),
  INDEX_DIR: withDefault(z.string(), "build/index"),
  OPENAI_API_KEY: optional(z.string()),
  OPENAI_BASE_URL: optional(z.url({ message: "must be a URL such as http://localhost:8000/v1" })),
  OPENAI_MODEL: withDefault(z.string(), "gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: withDefault(z.coerce.number().int().min(500).max(300_000), 20_000),
  EMBEDDINGS: withDefault(z.enum(["local", "openai"]), "local"),
  OPENAI_EMBEDDING_MODEL: withDefault(z.string(), "text-embedding-3-small"),
  TELEGRAM_BOT_TOKEN: optional(z.string().regex(/^\d+:[\w-]{20,}$/, { message: "does not look like a bot token from @BotFather (123456:ABC…)" })),
  TELEGRAM_API_ROOT: optional(z.url({ message: "must be a URL such as http://localhost:8081" })),
  TELEGRAM_WEBHOOK_URL: optional(z.url({ protocol: /^https$/, message: "must be a public https:// URL" })),
  TELEGRAM_WEBHOOK_SECRET: optional(z.string().regex(/^[A-Za-z0-9_-]{8,256}$/, { message: "must be 8–256 letters, digits, _ or -" })),
  STAFF_CHAT_ID: optional(z.string().regex(/^-?\d+$/, { message: "must be the numeric id of the staff Telegram group, e.g. -1001234567890" })),
  STAFF_USER_IDS: optional(z.string().regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, { message: "must be Telegram user ids separated by commas" })),
});

/** The variables this schema reads (`.env.example` must list each; a test checks it). */
export const ENV_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

/** Settings of an OpenAI-compatible server. */
export interface OpenAIConfig {
  readonly apiKey: string;
  /** Undefined means api.openai.com. */
  readonly baseURL: string | undefined;
  readonly model: string;
  readonly embeddingModel: string;
  readonly timeoutMs: number;
}

export interface TelegramConfig {
  readonly token: string;
  readonly apiRoot: string | undefined;
  readonly webhookUrl: string | undefined;
  readonly webhookSecret: string | undefined;
}

export interface Config {
  readonly logLevel: string;
  readonly port: number;
  readonly host: string;
  /**
   * This process among those sharing the database (INSTANCE_NAME; by default the machine's name and
   * the port, which no other live process can have): recorded on what it claims from the queues, so
   * that after a crash it takes its own unfinished work back at once.
   */
  readonly instanceName: string;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (login limits, audit). */
  readonly trustProxy: boolean;
  /**
   * The public https address of this server (PUBLIC_URL, no trailing slash): staff photos are offered
   * to the Zalo Bot Platform as expiring links under it. Unset: the bot says a photo was attached.
   */
  readonly publicUrl: string | undefined;
  readonly dataDir: string;
  /** SQLite URL with an absolute path (`file:/…/tro-ly-dan-van.db`), or a PostgreSQL URL (`postgresql://…`). */
  readonly databaseUrl: string;
  /** Key of the pseudonyms that replace chat ids in logs; generated into the data folder when unset. */
  readonly pseudonymKey: string | undefined;
  /** Bearer token a Prometheus scraper sends to /metrics; unset means loopback clients only. */
  readonly metricsToken: string | undefined;
  /** The organisation the assistant and the web app speak for (ORG_NAME, ORG_SHORT_NAME). */
  readonly organisation: Organisation;
  /** The document set the assistant answers from, and the lists staff maintain (KNOWLEDGE_DIR). */
  readonly knowledgeDir: string;
  /** The file in `knowledgeDir` the area list is first filled from (the 2025 or the 2023 structure). */
  readonly areasFile: string;
  /** The units list in `knowledgeDir` that fills an empty database, with the unit suggested per topic. */
  readonly unitsFile: string;
  readonly indexDir: string;
  /** Present when OPENAI_API_KEY or OPENAI_BASE_URL is set: answers then come from the LLM. */
  readonly openai: OpenAIConfig | undefined;
  /** Which embeddings build the vector index. */
  readonly embeddings: "local" | "openai";
  /** Present when TELEGRAM_BOT_TOKEN is set. */
  readonly telegram: TelegramConfig | undefined;
  /** The Telegram group where report cards go and staff act on them. */
  readonly staffChatId: string | undefined;
  /** Telegram user ids of staff allowed to act on reports from any chat. */
  readonly staffUserIds: ReadonlySet<string>;
}

/**
 * Reads and validates the configuration.
 * @throws ConfigError listing every invalid variable
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid configuration (see .env.example): ${problems.join("; ")}`);
  }
  const values = parsed.data;
  const openaiConfigured = values.OPENAI_API_KEY !== undefined || values.OPENAI_BASE_URL !== undefined;
  if (values.STAFF_CHAT_ID && !values.TELEGRAM_BOT_TOKEN) {
    throw new ConfigError("STAFF_CHAT_ID is a Telegram group: it needs TELEGRAM_BOT_TOKEN as well");
  }
  if (values.EMBEDDINGS === "openai" && !openaiConfigured) {
    throw new ConfigError("EMBEDDINGS=openai needs OPENAI_API_KEY or OPENAI_BASE_URL; set one, or EMBEDDINGS=local for the offline default");
  }
  const dataDir = resolve(values.DATA_DIR);
  return {
    logLevel: values.LOG_LEVEL,
    port: values.PORT,
    host: values.HOST,
    instanceName: values.INSTANCE_NAME ?? `${hostname()}:${values.PORT}`,
    trustProxy: values.TRUST_PROXY === "true",
    publicUrl: values.PUBLIC_URL,
    dataDir,
    databaseUrl: !values.DATABASE_URL
      ? `file:${join(dataDir, "tro-ly-dan-van.db")}`
      : values.DATABASE_URL.startsWith("file:")
        ? `file:${resolve(values.DATABASE_URL.replace(/^file:/, ""))}`
        : values.DATABASE_URL,
    pseudonymKey: values.PSEUDONYM_KEY,
    metricsToken: values.METRICS_TOKEN,
    // The default short name keeps the default's brief one ("Ban Dân vận"); another names every text.
    organisation: { name: values.ORG_NAME, shortName: values.ORG_SHORT_NAME, ...(values.ORG_SHORT_NAME === DEFAULT_ORGANISATION.shortName ? { briefName: DEFAULT_ORGANISATION.briefName } : {}) },
    knowledgeDir: values.KNOWLEDGE_DIR,
    areasFile: values.AREAS_FILE,
    unitsFile: values.UNITS_FILE,
    indexDir: values.INDEX_DIR,
    openai: openaiConfigured
      ? {
          // On-premise servers (vLLM, Ollama) take any key; the SDK insists on one.
          apiKey: values.OPENAI_API_KEY ?? "no-key",
          baseURL: values.OPENAI_BASE_URL,
          model: values.OPENAI_MODEL,
          embeddingModel: values.OPENAI_EMBEDDING_MODEL,
          timeoutMs: values.OPENAI_TIMEOUT_MS,
        }
      : undefined,
    embeddings: values.EMBEDDINGS,
    telegram: values.TELEGRAM_BOT_TOKEN
      ? { token: values.TELEGRAM_BOT_TOKEN, apiRoot: values.TELEGRAM_API_ROOT, webhookUrl: values.TELEGRAM_WEBHOOK_URL, webhookSecret: values.TELEGRAM_WEBHOOK_SECRET }
      : undefined,
    staffChatId: values.STAFF_CHAT_ID,
    staffUserIds: new Set((values.STAFF_USER_IDS ?? "").split(",").map((id) => id.trim()).filter(Boolean)),
  };
}

/** Loads `.env` from the working directory into `process.env` (variables already set win). */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
