/**
 * Report operations with the messages they cause: each call commits the change and its outbox
 * messages together (see src/inbox/reports.ts), then wakes the dispatcher to deliver them.
 */
import type { AttachmentRef, Channel, Reply, ReplyImage } from "../core/messages.js";
import type { Status } from "../feedback/status.js";
import { PRIORITY, type OutboxEntry, type OutboxPurpose } from "../inbox/outbox.js";
import { ReportFeed } from "../inbox/report-feed.js";
import { isChatChannel, type Actor, type ChangeResult, type ReportDraft, type Reports, type ReportWithTrail } from "../inbox/reports.js";
import type { Metrics } from "../core/metrics.js";
import type { Organisation } from "../core/organisation.js";
import { newPin } from "../inbox/report-access.js";
import type { UnitRow } from "../inbox/units.js";
import type { ReferenceData } from "../feedback/reference-data.js";
import { ratingRequest, staffCard, staffDigestSummary, staffReplyNotice, staffUpdate, statusNotice, trackingCodeReply, unitCard, unitReminder, type MessageContext } from "./report-messages.js";

/** How a reply with a photo says so, in its text and in the report's history. */
export const PHOTO_ATTACHED = "📷 (kèm ảnh)";

/** Where staff cards go: the staff Telegram group. */
export interface StaffChat {
  readonly channel: Channel;
  readonly chatId: string;
}

export interface ReportServiceDeps extends MessageContext {
  readonly reports: Reports;
  /** Named in the messages to reporters (the tracking code, notices, replies). */
  readonly organisation: Organisation;
  /** The lists admins edit: the messages name topics by their labels there. */
  readonly reference: Pick<ReferenceData, "topicLabels">;
  readonly staffChat?: StaffChat;
  /** Called after messages were enqueued (wakes the outbox dispatcher). */
  readonly onEnqueued: () => void;
  /** Called after a report got attachments sent by URL (wakes the downloads that keep them). */
  readonly onAttachments?: () => void;
  readonly metrics?: Metrics;
  /** Where filed and changed reports are announced (the live inbox); a feed of its own when not given. */
  readonly feed?: ReportFeed;
}

export class ReportService {
  /** Every report filed or changed through this service is published here. */
  readonly feed: ReportFeed;

  constructor(private readonly deps: ReportServiceDeps) {
    this.feed = deps.feed ?? new ReportFeed();
  }

  get reports(): Reports {
    return this.deps.reports;
  }

  /** Who the report messages speak for and the topic labels they use, for messages written elsewhere (cards, status pages). */
  get messages(): MessageContext {
    return this.deps;
  }

  /**
   * Files a report: the reporter gets the tracking code, the staff group the card (an urgent one at
   * once, routine ones in a digest when many wait). Filed once per incoming message (`draft.source`).
   * A report from another application (Open311) gets no message nor PIN: the API's answer gives the code.
   */
  async file(draft: ReportDraft): Promise<ReportWithTrail> {
    let fresh = false;
    const { channel } = draft;
    // The PIN exists in clear only in the message that gives the code; the report keeps its hash.
    const pin = isChatChannel(channel) ? newPin() : undefined;
    const report = await this.deps.reports.create({ ...draft, ...(pin ? { pin } : {}) }, (created) => {
      fresh = true;
      return [
        ...(isChatChannel(channel) && pin ? this.deliveredOnTheWeb([{ channel, chatId: draft.chatId, reply: trackingCodeReply(created, this.deps, pin), purpose: "tracking_code", reportId: created.id }]) : []),
        ...this.toStaff(created, staffCard(created, this.deps), "staff_card", created.urgent ? { priority: PRIORITY.urgentStaff } : { summary: staffDigestSummary(created, this.deps) }),
      ];
    });
    if (fresh) {
      this.deps.metrics?.reportsFiled.inc({ channel: draft.channel, urgent: String(report.urgent) });
      this.feed.publish("filed", report.code);
    }
    this.deps.onEnqueued();
    if (draft.attachments.length) this.deps.onAttachments?.();
    return report;
  }

  /** A status change; the reporters are told, and asked to rate once it is resolved. */
  async changeStatus(code: string, to: Status, actor: Actor, extra: { note?: string } = {}): Promise<ChangeResult> {
    const result = await this.deps.reports.changeStatus(code, to, actor, (report) => [
      ...this.toReporters(report, statusNotice(report, to, this.deps, extra.note), "status"),
      ...(to === "da_giai_quyet" ? this.toReporters(report, ratingRequest(report), "rating_request") : []),
      ...(actor.type === "citizen" ? this.toStaff(report, staffUpdate(report, "↩ Người phản ánh mở lại"), "staff_update") : []),
    ], extra);
    return this.enqueued(result);
  }

  /**
   * Assigns the report to a unit, or to another one: the reporters are told where it went, and the
   * unit's Telegram group, when it has one, gets the card (in the same transaction: once).
   */
  async assign(code: string, unit: UnitRow, actor: Actor, options: { reason?: string } = {}): Promise<ChangeResult> {
    return this.enqueued(
      await this.deps.reports.assign(
        code,
        unit,
        actor,
        (report) => [
          ...this.toReporters(report, statusNotice(report, "da_chuyen", this.deps), "status"),
          ...(unit.telegramChatId ? [{ channel: "telegram" as const, chatId: unit.telegramChatId, reply: unitCard(report, unit.name, this.deps), purpose: "unit_card" as const, reportId: report.id, priority: report.urgent ? PRIORITY.urgentStaff : PRIORITY.staff }] : []),
        ],
        options,
      ),
    );
  }

  /**
   * Reminds the unit a report is assigned to: recorded in the trail, and sent to the unit's Telegram
   * group when it has one (in the same transaction: once).
   */
  async remind(code: string, actor: Actor, options: { note?: string } = {}, now = new Date()): Promise<ChangeResult> {
    return this.enqueued(
      await this.deps.reports.remind(
        code,
        actor,
        (report) =>
          report.unit?.telegramChatId
            ? [{ channel: "telegram" as const, chatId: report.unit.telegramChatId, reply: unitReminder(report, report.unit.name, this.deps, now, options.note), purpose: "unit_reminder" as const, reportId: report.id, priority: PRIORITY.urgentStaff }]
            : [],
        options,
        now,
      ),
    );
  }

  /**
   * A staff reply to the reporters; with `image` (a photo staff replied with), the photo follows the
   * text where the reporter's channel can show it, and the text says one was attached.
   */
  async reply(code: string, text: string, actor: Actor, image?: ReplyImage): Promise<ChangeResult> {
    const said = image ? [text, PHOTO_ATTACHED].filter(Boolean).join("\n") : text;
    return this.enqueued(await this.deps.reports.reply(code, said, actor, (report) => this.toReporters(report, { ...staffReplyNotice(report, said, this.deps), ...(image ? { image } : {}) }, "staff_reply")));
  }

  async markDuplicate(code: string, originalCode: string, actor: Actor): Promise<ChangeResult> {
    return this.enqueued(
      await this.deps.reports.markDuplicate(code, originalCode, actor, (report) =>
        this.toReporters(report, statusNotice(report, "trung_lap", this.deps, `Phản ánh gốc: ${originalCode}. Bạn gõ /theodoi ${originalCode} để theo dõi.`), "status"),
      ),
    );
  }

  async addInfo(code: string, channel: Channel, chatId: string, info: { text?: string; attachments?: readonly AttachmentRef[] }, actor: Actor): Promise<ChangeResult> {
    const what = info.text ? "📎 Người phản ánh bổ sung thông tin cho" : `📎 Người phản ánh gửi thêm ${info.attachments?.length ?? 0} ảnh/tệp cho`;
    const result = this.enqueued(await this.deps.reports.addInfo(code, channel, chatId, info, actor, (report) => this.toStaff(report, staffUpdate(report, what, info.text), "staff_update")));
    if (result.ok && info.attachments?.length) this.deps.onAttachments?.();
    return result;
  }

  async rate(code: string, channel: Channel, chatId: string, rating: number, actor: Actor): Promise<ChangeResult> {
    return this.enqueued(await this.deps.reports.rate(code, channel, chatId, rating, actor, (report) => this.toStaff(report, staffUpdate(report, `⭐ Người phản ánh đánh giá ${rating}/5 cho`), "staff_update")));
  }

  private enqueued(result: ChangeResult): ChangeResult {
    if (!result.ok) return result;
    this.deps.onEnqueued();
    if (!result.repeated) this.feed.publish("changed", result.report.code);
    return result;
  }

  /** Messages to the web chat are delivered as they are written (see Outbox.inserts): counted here. */
  private deliveredOnTheWeb(entries: readonly OutboxEntry[]): readonly OutboxEntry[] {
    for (const entry of entries) if (entry.channel === "web") this.deps.metrics?.messagesOut.inc({ channel: "web", purpose: entry.purpose });
    return entries;
  }

  private toReporters(report: ReportWithTrail, reply: Reply, purpose: OutboxPurpose): readonly OutboxEntry[] {
    // An Open311 client reads the report's status through the API; it has no chat to send to.
    const chats = report.subscribers.filter((subscriber) => isChatChannel(subscriber.channel));
    return this.deliveredOnTheWeb(chats.map((subscriber) => ({ channel: subscriber.channel as Channel, chatId: subscriber.chatId, reply, purpose, reportId: report.id })));
  }

  private toStaff(report: ReportWithTrail, reply: Reply, purpose: OutboxPurpose, extra: Pick<OutboxEntry, "priority" | "summary"> = {}): OutboxEntry[] {
    const staff = this.deps.staffChat;
    return staff ? [{ channel: staff.channel, chatId: staff.chatId, reply, purpose, reportId: report.id, priority: PRIORITY.staff, ...extra }] : [];
  }
}
