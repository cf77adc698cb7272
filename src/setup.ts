/**
 * Turns configuration into the knowledge core: shared by `main.ts` and the command-line tools,
 * so that they all answer with the same index, embedder and LLM.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import OpenAI from "openai";
import { INTENTS, offlineIntentClassifier, type IntentClassifier } from "./assistant/intent.js";
import { LlmIntentClassifier } from "./assistant/llm-intent.js";
import type { Config, OpenAIConfig } from "./config.js";
import type { Logger } from "./core/logger.js";
import { committedModel } from "./core/learned-model-file.js";
import { randomPassword } from "./core/passwords.js";
import { committedFeedbackModels, offlineClassifier, offlineClassifierWith, type Classifier, type StaffCues } from "./feedback/classifier.js";
import { LlmClassifier } from "./feedback/llm-classifier.js";
import type { Inbox } from "./inbox/inbox.js";
import { OpenAICompatibleEmbeddings } from "./knowledge/embeddings.js";
import type { EmbedderChoice } from "./knowledge/index-store.js";
import { KnowledgeBase } from "./knowledge/knowledge-base.js";
import { GroundedAnswerer } from "./knowledge/llm.js";

/** An OpenAI client for the configured server; one retry, since callers fall back on failure. */
export function createOpenAIClient(settings: OpenAIConfig): OpenAI {
  return new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL, timeout: settings.timeoutMs, maxRetries: 1 });
}

/** Opens the knowledge base as configured, building the index when needed. */
export async function openKnowledgeBase(config: Config, logger: Logger, options: { rebuild?: boolean } = {}): Promise<KnowledgeBase> {
  const client = config.openai ? createOpenAIClient(config.openai) : undefined;
  const embedder: EmbedderChoice =
    config.embeddings === "openai" && client && config.openai
      ? { kind: "remote", embeddings: new OpenAICompatibleEmbeddings({ client, model: config.openai.embeddingModel }) }
      : { kind: "corpus" };
  const llm = client && config.openai ? new GroundedAnswerer({ client, model: config.openai.model, timeoutMs: config.openai.timeoutMs, organisation: config.organisation }) : undefined;
  return KnowledgeBase.open({
    knowledgeDir: config.knowledgeDir,
    indexDir: config.indexDir,
    embedder,
    logger,
    ...(llm ? { llm } : {}),
    rebuild: options.rebuild ?? false,
  });
}

/**
 * The key of the pseudonyms that replace chat ids in logs and the question log: PSEUDONYM_KEY, or a
 * random key generated once into the data folder (so pseudonyms stay stable across restarts).
 */
export function pseudonymKey(config: Config): string {
  return config.pseudonymKey ?? dataFolderKey(config.dataDir, "pseudonym.key");
}

/**
 * The key that seals the public links to staff photos (`PUBLIC_URL/media/<token>`, see
 * core/media-links.ts): its own random key, generated once into the data folder, so that links
 * survive a restart and the pseudonym key serves nothing else.
 */
export function mediaLinkKey(config: Config): string {
  return dataFolderKey(config.dataDir, "media-link.key");
}

/**
 * The key that seals staff accounts' two-factor secrets in the database (core/totp.ts): its own
 * random key in the data folder, so that a copy of the database alone holds no usable secret.
 */
export function twoFactorKey(config: Config): string {
  return dataFolderKey(config.dataDir, "two-factor.key");
}

/** A random key kept in `dataDir/name` (only the owner may read it), generated on first use. */
function dataFolderKey(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32).toString("hex");
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}

/** The feedback classifier: the configured LLM (falling back to the rules), or the offline rules with the cue words admins add (`cues`). */
export function createClassifier(config: Config, logger: Logger, cues?: () => StaffCues): Classifier {
  // Loaded now, so that a missing or unreadable model stops the start saying how to fix it, not the first report.
  committedFeedbackModels();
  if (!config.openai) return cues ? offlineClassifierWith(cues) : offlineClassifier;
  return new LlmClassifier({ client: createOpenAIClient(config.openai), model: config.openai.model, timeoutMs: config.openai.timeoutMs, logger, organisation: config.organisation });
}

/** The intent classifier: the configured LLM (falling back to the rules), or the offline rules. */
export function createIntentClassifier(config: Config, logger: Logger): IntentClassifier {
  committedModel("intent", INTENTS);
  if (!config.openai) return offlineIntentClassifier;
  return new LlmIntentClassifier({ client: createOpenAIClient(config.openai), model: config.openai.model, timeoutMs: config.openai.timeoutMs, logger, organisation: config.organisation });
}

/** Where the first admin's generated password is written (never to the log). */
export function firstAdminFile(config: Config): string {
  return join(config.dataDir, "first-admin-password.txt");
}

/**
 * On a fresh database, creates the account `admin` with a random password written to a file only
 * the owner can read, so the web inbox can be entered without any manual step. Does nothing once
 * any staff account exists.
 */
export async function ensureFirstAdmin(config: Config, inbox: Inbox, logger: Logger): Promise<void> {
  if ((await inbox.staff.count()) > 0) return;
  const password = randomPassword();
  const file = firstAdminFile(config);
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(
    file,
    `Tài khoản quản trị đầu tiên của hộp thư Trợ lý Dân vận\nTên đăng nhập: admin\nMật khẩu: ${password}\nLần đăng nhập đầu, hệ thống yêu cầu đặt mật khẩu mới; sau đó hãy xóa tệp này.\n`,
    { mode: 0o600 },
  );
  // Anyone who can read the file knows this password: it only opens the page that replaces it.
  await inbox.staff.create("admin", "Quản trị viên", password, "admin", { mustChangePassword: true });
  await inbox.audit.record(undefined, "account_created", "admin (Quản trị) tạo tự động khi khởi động lần đầu");
  logger.warn({ file }, "created the first admin account 'admin'; its password is in this file — sign in, change it, delete the file");
}
