/**
 * The inbox: the database and everything stored in it, opened once and handed to the assistant and
 * the channels. The database file is created and migrated here if needed.
 */
import { hostname } from "node:os";
import type { Metrics } from "../core/metrics.js";
import type { Pseudonymizer } from "../core/pseudonym.js";
import { ConversationStates, STATE_CACHE_SIZE } from "./conversation-states.js";
import { openDatabase, providerOf, type Database } from "./database.js";
import { secureDatabaseFile } from "./database-file.js";
import { Leases } from "./leases.js";
import { limitsFor, type Limits } from "./limits.js";
import { migrateDatabase } from "./migrate.js";
import { DIALECTS, type SqlDialect } from "./sql.js";
import { AuditLog } from "./audit-log.js";
import { Corrections } from "./corrections.js";
import { CuratedAnswers } from "./curated-answers.js";
import { FormKeys } from "./form-keys.js";
import { Intake } from "./intake.js";
import { OAuthTokens } from "./oauth-tokens.js";
import { PendingSignIns } from "./pending-sign-ins.js";
import { Outbox } from "./outbox.js";
import { QuestionLog } from "./question-log.js";
import { LOOKUP_LIMIT, PinHasher, ReportAccess } from "./report-access.js";
import { ReferenceLists } from "./reference-lists.js";
import { ReplyTemplates } from "./reply-templates.js";
import { ReportQueries } from "./report-queries.js";
import { Reports } from "./reports.js";
import { Settings } from "./settings.js";
import { StaffAccounts } from "./staff-accounts.js";
import { StaffNotices } from "./staff-notices.js";
import { TwoFactorAccounts } from "./two-factor.js";
import { Units } from "./units.js";
import { WebChatMessages } from "./web-chat.js";

export interface Inbox {
  readonly db: Database;
  readonly states: ConversationStates;
  /** Every incoming message, stored before it is acknowledged. */
  readonly intake: Intake;
  readonly questions: QuestionLog;
  readonly reports: Reports;
  /** Opening a report with its code and PIN, from any chat or browser. */
  readonly access: ReportAccess;
  readonly outbox: Outbox;
  readonly units: Units;
  readonly queries: ReportQueries;
  readonly staff: StaffAccounts;
  /** Staff accounts' two-factor secrets and their last accepted codes. */
  readonly twoFactor: TwoFactorAccounts;
  /** Sign-ins waiting for their two-factor code, whichever instance it comes to. */
  readonly pendingSignIns: PendingSignIns;
  /** Settings admins change on the web. */
  readonly settings: Settings;
  readonly audit: AuditLog;
  /** Staff corrections of topic, area and urgency (the classifier's test set). */
  readonly corrections: Corrections;
  /** One-time keys of staff forms: each action is done once. */
  readonly formKeys: FormKeys;
  /** What a staff action leaves for the page after it, shown once by any instance. */
  readonly notices: StaffNotices;
  readonly curated: CuratedAnswers;
  /** Replies staff start from, kept by admins per topic and status. */
  readonly replyTemplates: ReplyTemplates;
  /** Areas, holidays and topic deadlines, kept by admins on the web. */
  readonly lists: ReferenceLists;
  readonly webChat: WebChatMessages;
  readonly oauthTokens: OAuthTokens;
  /** Work one instance does at a time (polling, maintenance, the OA token's refresh). */
  readonly leases: Leases;
  /** The rate and failure limits: in memory on SQLite, shared through the database on PostgreSQL. */
  readonly limits: Limits;
  /** What differs between the providers in hand-written SQL. */
  readonly sql: SqlDialect;
  close(): Promise<void>;
}

/**
 * Opens the inbox. `options.metrics` counts the messages stored; `options.instance` names this
 * process on its claims of queued work (unique among live processes; one per process by default).
 */
export async function openInbox(databaseUrl: string, pseudonym: Pseudonymizer, options: { metrics?: Metrics; instance?: string } = {}): Promise<Inbox> {
  const instance = options.instance ?? `${hostname()}:pid${process.pid}`;
  const provider = providerOf(databaseUrl);
  if (provider === "sqlite") secureDatabaseFile(databaseUrl.replace(/^file:/, ""));
  await migrateDatabase(databaseUrl);
  const db = await openDatabase(databaseUrl);
  const sql = DIALECTS[provider];
  const pins = new PinHasher(pseudonym);
  const reports = new Reports(db, sql, pins);
  const limits = limitsFor(provider, db, pseudonym);
  await reports.backfillSearchText();
  return {
    db,
    sql,
    // Several instances may share a PostgreSQL database: each reads a chat's state afresh.
    states: new ConversationStates(db, provider === "sqlite" ? STATE_CACHE_SIZE : 0),
    intake: new Intake(db, sql, instance, options.metrics),
    questions: new QuestionLog(db, pseudonym),
    reports,
    access: new ReportAccess(db, reports, pins, LOOKUP_LIMIT, limits.failureWindow("lookup", LOOKUP_LIMIT.windowMs)),
    limits,
    outbox: new Outbox(db, sql, instance),
    leases: new Leases(db, instance),
    units: new Units(db),
    queries: new ReportQueries(db),
    staff: new StaffAccounts(db),
    twoFactor: new TwoFactorAccounts(db),
    pendingSignIns: new PendingSignIns(db),
    settings: new Settings(db),
    audit: new AuditLog(db),
    formKeys: new FormKeys(db),
    notices: new StaffNotices(db),
    corrections: new Corrections(db),
    curated: new CuratedAnswers(db),
    replyTemplates: new ReplyTemplates(db),
    lists: new ReferenceLists(db),
    webChat: new WebChatMessages(db),
    oauthTokens: new OAuthTokens(db),
    close: () => db.$disconnect(),
  };
}
