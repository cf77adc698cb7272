/**
 * The inbox: the database and everything stored in it, opened once and handed to the assistant and
 * the channels. The database file is created and migrated here if needed.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Metrics } from "../core/metrics.js";
import type { Pseudonymizer } from "../core/pseudonym.js";
import { ConversationStates } from "./conversation-states.js";
import { openDatabase, type Database } from "./database.js";
import { migrateDatabase } from "./migrate.js";
import { AuditLog } from "./audit-log.js";
import { CuratedAnswers } from "./curated-answers.js";
import { Intake } from "./intake.js";
import { OAuthTokens } from "./oauth-tokens.js";
import { Outbox } from "./outbox.js";
import { QuestionLog } from "./question-log.js";
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
  readonly outbox: Outbox;
  readonly units: Units;
  readonly queries: ReportQueries;
  readonly staff: StaffAccounts;
  readonly audit: AuditLog;
  readonly curated: CuratedAnswers;
  readonly webChat: WebChatMessages;
  readonly oauthTokens: OAuthTokens;
  close(): Promise<void>;
}

/** Opens the inbox. @param options.metrics counts the messages stored */
export async function openInbox(databaseUrl: string, pseudonym: Pseudonymizer, options: { metrics?: Metrics } = {}): Promise<Inbox> {
  mkdirSync(dirname(databaseUrl.replace(/^file:/, "")), { recursive: true });
  await migrateDatabase(databaseUrl);
  const db = await openDatabase(databaseUrl);
  const reports = new Reports(db);
  await reports.backfillSearchText();
  return {
    db,
    states: new ConversationStates(db),
    intake: new Intake(db, options.metrics),
    questions: new QuestionLog(db, pseudonym),
    reports,
    outbox: new Outbox(db),
    units: new Units(db),
    queries: new ReportQueries(db),
    staff: new StaffAccounts(db),
    audit: new AuditLog(db),
    curated: new CuratedAnswers(db),
    webChat: new WebChatMessages(db),
    oauthTokens: new OAuthTokens(db),
    close: () => db.$disconnect(),
  };
}
