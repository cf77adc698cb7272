/**
 * The inbox: the database and everything stored in it, opened once and handed to the assistant and
 * the channels. The database file is created and migrated here if needed.
 */
import type { Metrics } from "../core/metrics.js";
import type { Pseudonymizer } from "../core/pseudonym.js";
import { ConversationStates } from "./conversation-states.js";
import { openDatabase, type Database } from "./database.js";
import { secureDatabaseFile } from "./database-file.js";
import { migrateDatabase } from "./migrate.js";
import { AuditLog } from "./audit-log.js";
import { Corrections } from "./corrections.js";
import { CuratedAnswers } from "./curated-answers.js";
import { FormKeys } from "./form-keys.js";
import { Intake } from "./intake.js";
import { OAuthTokens } from "./oauth-tokens.js";
import { Outbox } from "./outbox.js";
import { QuestionLog } from "./question-log.js";
import { PinHasher, ReportAccess } from "./report-access.js";
import { ReplyTemplates } from "./reply-templates.js";
import { ReportQueries } from "./report-queries.js";
import { Reports } from "./reports.js";
import { StaffAccounts } from "./staff-accounts.js";
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
  readonly audit: AuditLog;
  /** Staff corrections of topic, area and urgency (the classifier's test set). */
  readonly corrections: Corrections;
  /** One-time keys of staff forms: each action is done once. */
  readonly formKeys: FormKeys;
  readonly curated: CuratedAnswers;
  /** Replies staff start from, kept by admins per topic and status. */
  readonly replyTemplates: ReplyTemplates;
  readonly webChat: WebChatMessages;
  readonly oauthTokens: OAuthTokens;
  close(): Promise<void>;
}

/** Opens the inbox. @param options.metrics counts the messages stored */
export async function openInbox(databaseUrl: string, pseudonym: Pseudonymizer, options: { metrics?: Metrics } = {}): Promise<Inbox> {
  secureDatabaseFile(databaseUrl.replace(/^file:/, ""));
  await migrateDatabase(databaseUrl);
  const db = await openDatabase(databaseUrl);
  const pins = new PinHasher(pseudonym);
  const reports = new Reports(db, pins);
  await reports.backfillSearchText();
  return {
    db,
    states: new ConversationStates(db),
    intake: new Intake(db, options.metrics),
    questions: new QuestionLog(db, pseudonym),
    reports,
    access: new ReportAccess(db, reports, pins),
    outbox: new Outbox(db),
    units: new Units(db),
    queries: new ReportQueries(db),
    staff: new StaffAccounts(db),
    audit: new AuditLog(db),
    formKeys: new FormKeys(db),
    corrections: new Corrections(db),
    curated: new CuratedAnswers(db),
    replyTemplates: new ReplyTemplates(db),
    webChat: new WebChatMessages(db),
    oauthTokens: new OAuthTokens(db),
    close: () => db.$disconnect(),
  };
}
