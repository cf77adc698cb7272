/** What the web app's routes work with. */
import type { IntakeWorker } from "../../assistant/intake-worker.js";
import type { CuratedBook } from "../../assistant/curated-book.js";
import type { ReportService } from "../../assistant/report-service.js";
import type { AttachmentSource } from "../../core/attachments.js";
import type { Logger } from "../../core/logger.js";
import type { Organisation } from "../../core/organisation.js";
import type { Totp } from "../../core/totp.js";
import type { Classifier } from "../../feedback/classifier.js";
import type { Channel } from "../../core/messages.js";
import type { LiveReference } from "../../feedback/live-reference.js";
import type { AttachmentKeeper } from "../../inbox/attachment-keeper.js";
import type { Inbox } from "../../inbox/inbox.js";
import type { WebUploads } from "../../inbox/web-uploads.js";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.js";
import type { LoginLimiter } from "./auth.js";
import type { StaffForms } from "./forms.js";

export interface WebDeps {
  readonly inbox: Inbox;
  readonly knowledge: KnowledgeBase;
  /** The organisation the public pages and the Open311 API name. */
  readonly organisation: Organisation;
  /** Handles the web chat's stored messages; the chat's answer waits for it. */
  readonly worker: IntakeWorker;
  readonly service: ReportService;
  /** The lists admins edit; routes that change them put the stored ones back in. */
  readonly reference: LiveReference;
  /**
   * The channels this server sends to (the web chat, and Telegram and Zalo when configured): units'
   * Telegram groups get their cards only with Telegram on, and a message waiting for a channel that
   * is off is shown with why. Default: the web chat only.
   */
  readonly channelsOn?: readonly Channel[];
  /** Tells the other instances sharing the database that a list changed (PostgreSQL); none with one process. */
  readonly listsChanged?: () => void;
  readonly curated: CuratedBook;
  readonly logger: Logger;
  readonly loginLimiter: LoginLimiter;
  /** Two-factor codes of staff sign-in, and the key their stored secrets are sealed under. */
  readonly totp: Totp;
  /** Where attachments kept by reference are fetched from, per channel (Telegram's file ids). */
  readonly attachments?: Partial<Record<Channel, AttachmentSource>>;
  /** The files sent by URL (Zalo), downloaded into the data folder; without it they are not shown. */
  readonly keeper?: AttachmentKeeper;
  /** Photos uploaded from the web chat; without it the chat takes no photos. */
  readonly uploads?: WebUploads;
  /** Classifies the requests filed through the Open311 API, as the chat's reports; the offline rules when not given. */
  readonly classifier?: Classifier;
}

/** What the routes get: the web app's dependencies and the server's guard of staff forms. */
export interface WebRouteDeps extends WebDeps {
  readonly forms: StaffForms;
}
