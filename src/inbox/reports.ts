/**
 * Reports and their audit trail. Every change is one transaction with its event and the messages
 * it causes (written to the outbox): a report is committed before its reporter is told its code,
 * and a status change is never recorded without its notification, nor the reverse.
 */
import { randomUUID } from "node:crypto";
import type { AttachmentRef, Channel, ForwardOrigin } from "../core/messages.js";
import { canChange, isOpen, type Status } from "../feedback/status.js";
import type { Topic } from "../feedback/taxonomy.js";
import type { Database } from "./database.js";
import type { Prisma, Report as ReportRow } from "./generated/client.js";
import { Outbox, type OutboxEntry } from "./outbox.js";

/** Who did something to a report. */
export interface Actor {
  readonly type: "citizen" | "staff" | "system";
  readonly id?: string;
  readonly name?: string;
}

/** What a finished feedback conversation yields. */
export interface ReportDraft {
  readonly channel: Channel;
  /** The reporter's chat: where the code, status changes and replies go. */
  readonly chatId: string;
  readonly reporter: { readonly id: string; readonly name?: string };
  readonly topic: Topic;
  readonly urgent: boolean;
  readonly urgentReasons: readonly string[];
  readonly area?: string;
  readonly description: string;
  readonly descriptionCut: boolean;
  readonly attachments: readonly AttachmentRef[];
  readonly location?: { readonly latitude: number; readonly longitude: number };
  /** Anonymous reports carry no contact. */
  readonly anonymous: boolean;
  /** Only with the reporter's explicit consent. */
  readonly phone?: string;
  readonly sections: ReadonlyArray<{ readonly section: string; readonly label: string }>;
  readonly suggestedUnit: string;
  readonly dueAt: Date;
  /** A message a cadre forwarded to file on someone's behalf: its origin and the cadre. */
  readonly forwardedFrom?: ForwardOrigin;
  readonly filedBy?: { readonly id: string; readonly name?: string };
}

export type Report = ReportRow;

/** A report with what the conversation features need about it. */
export type ReportWithTrail = Prisma.ReportGetPayload<{ include: { events: true; subscribers: true; unit: true; attachments: true } }>;

/** Why a change was refused; the assistant turns it into a Vietnamese message. */
export type ChangeRefusal = "unknown" | "not-allowed" | "not-yours" | "closed";

export type ChangeResult = { readonly ok: true; readonly report: ReportWithTrail; readonly from: Status } | { readonly ok: false; readonly reason: ChangeRefusal };

/** Builds the messages a change causes, given the report as it now is. */
export type MessagesFor = (report: ReportWithTrail) => readonly OutboxEntry[];

const TRAIL = { events: { orderBy: { id: "asc" } }, subscribers: true, unit: true, attachments: true } as const;

/** "PA-2026-000123": the year of filing and the report's number. */
export function trackingCode(id: number, date: Date): string {
  return `PA-${date.getFullYear()}-${String(id).padStart(6, "0")}`;
}

/** Normalises what people type: "pa 2026 123", "PA-2026-000123" → "PA-2026-000123". */
export function parseTrackingCode(text: string): string | undefined {
  const match = /\bPA[\s-]*(\d{4})[\s-]*(\d{1,9})\b/iu.exec(text.trim());
  return match ? `PA-${match[1]}-${match[2]!.padStart(6, "0")}` : undefined;
}

export class Reports {
  constructor(private readonly db: Database) {}

  /** Files a report: contact (unless anonymous), report, attachments, subscriber, event and messages, at once. */
  async create(draft: ReportDraft, messages: MessagesFor, now = new Date()): Promise<ReportWithTrail> {
    return this.db.$transaction(async (tx) => {
      const contact =
        draft.anonymous || draft.forwardedFrom
          ? undefined
          : await tx.contact.upsert({
              where: { channel_channelUserId: { channel: draft.channel, channelUserId: draft.reporter.id } },
              create: { channel: draft.channel, channelUserId: draft.reporter.id, displayName: draft.reporter.name ?? null, phone: draft.phone ?? null, phoneConsentAt: draft.phone ? now : null },
              update: { displayName: draft.reporter.name ?? null, ...(draft.phone ? { phone: draft.phone, phoneConsentAt: now } : {}) },
            });
      const created = await tx.report.create({
        data: {
          code: `pending-${randomUUID()}`,
          channel: draft.channel,
          topic: draft.topic,
          area: draft.area ?? null,
          description: draft.description,
          descriptionCut: draft.descriptionCut,
          latitude: draft.location?.latitude ?? null,
          longitude: draft.location?.longitude ?? null,
          urgent: draft.urgent,
          urgentReasons: JSON.stringify(draft.urgentReasons),
          sections: JSON.stringify(draft.sections),
          suggestedUnit: draft.suggestedUnit,
          contactId: contact?.id ?? null,
          forwardedFrom: draft.forwardedFrom ? JSON.stringify(draft.forwardedFrom) : null,
          filedById: draft.filedBy?.id ?? null,
          filedByName: draft.filedBy?.name ?? null,
          dueAt: draft.dueAt,
          createdAt: now,
          attachments: { create: draft.attachments.map((attachment) => ({ kind: attachment.kind, channel: draft.channel, ref: attachment.ref, caption: attachment.caption ?? null })) },
          subscribers: { create: { channel: draft.channel, chatId: draft.chatId } },
          events: { create: { type: "created", toStatus: "moi", actorType: draft.filedBy ? "staff" : "citizen", actorId: draft.filedBy?.id ?? null, actorName: draft.filedBy?.name ?? null } },
        },
      });
      // The number is the row id, known only after the insert: the code is set in the same transaction.
      const report = await tx.report.update({ where: { id: created.id }, data: { code: trackingCode(created.id, now) }, include: TRAIL });
      await Outbox.enqueue(tx, messages(report));
      return report;
    });
  }

  async findByCode(code: string): Promise<ReportWithTrail | undefined> {
    return (await this.db.report.findUnique({ where: { code }, include: TRAIL })) ?? undefined;
  }

  async findById(id: number): Promise<ReportWithTrail | undefined> {
    return (await this.db.report.findUnique({ where: { id }, include: TRAIL })) ?? undefined;
  }

  /** Whether this chat follows the report (filed it, or a duplicate merged into it). */
  isSubscriber(report: ReportWithTrail, channel: Channel, chatId: string): boolean {
    return report.subscribers.some((subscriber) => subscriber.channel === channel && subscriber.chatId === chatId);
  }

  /** A status change by staff (or by the citizen reopening), with its event and notifications. */
  async changeStatus(code: string, to: Status, actor: Actor, messages: MessagesFor, extra: { note?: string; unitId?: number } = {}, now = new Date()): Promise<ChangeResult> {
    return this.db.$transaction(async (tx) => {
      const current = await tx.report.findUnique({ where: { code } });
      if (!current) return { ok: false, reason: "unknown" };
      const from = current.status as Status;
      if (!canChange(from, to)) return { ok: false, reason: "not-allowed" };
      const report = await tx.report.update({
        where: { id: current.id },
        data: {
          status: to,
          ...(extra.unitId !== undefined ? { unitId: extra.unitId } : {}),
          ...(actor.type === "staff" && !current.firstResponseAt ? { firstResponseAt: now } : {}),
          ...(to === "da_giai_quyet" ? { resolvedAt: now } : {}),
          events: { create: { type: "status", fromStatus: from, toStatus: to, text: extra.note ?? null, actorType: actor.type, actorId: actor.id ?? null, actorName: actor.name ?? null, createdAt: now } },
        },
        include: TRAIL,
      });
      await Outbox.enqueue(tx, messages(report));
      return { ok: true, report, from };
    });
  }

  /** A staff reply to the reporter(s), recorded and queued for delivery. */
  async reply(code: string, text: string, actor: Actor, messages: MessagesFor, now = new Date()): Promise<ChangeResult> {
    return this.record(code, { type: "reply", text, actor }, messages, now, (report) => (report.firstResponseAt ? {} : { firstResponseAt: now }));
  }

  /** An internal note of the staff (nobody is notified). */
  async note(code: string, text: string, actor: Actor, now = new Date()): Promise<ChangeResult> {
    return this.record(code, { type: "note", text, actor }, () => [], now);
  }

  /** Information the reporter adds to an open report; the staff are told. */
  async addInfo(code: string, channel: Channel, chatId: string, info: { text?: string; attachments?: readonly AttachmentRef[] }, actor: Actor, messages: MessagesFor, now = new Date()): Promise<ChangeResult> {
    return this.db.$transaction(async (tx) => {
      const current = await tx.report.findUnique({ where: { code }, include: { subscribers: true } });
      if (!current) return { ok: false, reason: "unknown" };
      if (!current.subscribers.some((s) => s.channel === channel && s.chatId === chatId)) return { ok: false, reason: "not-yours" };
      if (!isOpen(current.status as Status)) return { ok: false, reason: "closed" };
      const report = await tx.report.update({
        where: { id: current.id },
        data: {
          attachments: { create: (info.attachments ?? []).map((attachment) => ({ kind: attachment.kind, channel, ref: attachment.ref, caption: attachment.caption ?? null })) },
          events: { create: { type: "info_added", text: info.text ?? (info.attachments?.length ? `${info.attachments.length} tệp đính kèm` : null), actorType: actor.type, actorId: actor.id ?? null, actorName: actor.name ?? null, createdAt: now } },
        },
        include: TRAIL,
      });
      await Outbox.enqueue(tx, messages(report));
      return { ok: true, report, from: report.status as Status };
    });
  }

  /** The reporter's rating (1–5) of a resolved report, which closes it. */
  async rate(code: string, channel: Channel, chatId: string, rating: number, actor: Actor, messages: MessagesFor, now = new Date()): Promise<ChangeResult> {
    return this.db.$transaction(async (tx) => {
      const current = await tx.report.findUnique({ where: { code }, include: { subscribers: true } });
      if (!current) return { ok: false, reason: "unknown" };
      if (!current.subscribers.some((s) => s.channel === channel && s.chatId === chatId)) return { ok: false, reason: "not-yours" };
      if (current.status !== "da_giai_quyet") return { ok: false, reason: "not-allowed" };
      const report = await tx.report.update({
        where: { id: current.id },
        data: {
          rating,
          status: "dong",
          events: {
            create: [
              { type: "rating", text: String(rating), actorType: actor.type, actorId: actor.id ?? null, actorName: actor.name ?? null, createdAt: now },
              { type: "status", fromStatus: "da_giai_quyet", toStatus: "dong", actorType: "system", createdAt: now },
            ],
          },
        },
        include: TRAIL,
      });
      await Outbox.enqueue(tx, messages(report));
      return { ok: true, report, from: "da_giai_quyet" };
    });
  }

  /**
   * Marks a report as a duplicate of another: its reporters follow the original from now on, so all
   * reporters get its updates.
   */
  async markDuplicate(code: string, originalCode: string, actor: Actor, messages: MessagesFor, now = new Date()): Promise<ChangeResult> {
    return this.db.$transaction(async (tx) => {
      const [current, original] = await Promise.all([tx.report.findUnique({ where: { code }, include: { subscribers: true } }), tx.report.findUnique({ where: { code: originalCode } })]);
      if (!current || !original || current.id === original.id) return { ok: false, reason: "unknown" };
      const from = current.status as Status;
      if (!canChange(from, "trung_lap")) return { ok: false, reason: "not-allowed" };
      for (const subscriber of current.subscribers) {
        await tx.reportSubscriber.upsert({
          where: { reportId_channel_chatId: { reportId: original.id, channel: subscriber.channel, chatId: subscriber.chatId } },
          create: { reportId: original.id, channel: subscriber.channel, chatId: subscriber.chatId },
          update: {},
        });
      }
      await tx.reportEvent.create({ data: { reportId: original.id, type: "merged", text: code, actorType: actor.type, actorId: actor.id ?? null, actorName: actor.name ?? null, createdAt: now } });
      const report = await tx.report.update({
        where: { id: current.id },
        data: {
          status: "trung_lap",
          duplicateOfId: original.id,
          events: { create: { type: "status", fromStatus: from, toStatus: "trung_lap", text: originalCode, actorType: actor.type, actorId: actor.id ?? null, actorName: actor.name ?? null, createdAt: now } },
        },
        include: TRAIL,
      });
      await Outbox.enqueue(tx, messages(report));
      return { ok: true, report, from };
    });
  }

  /** The open reports a chat follows, newest first. */
  async openReportsOf(channel: Channel, chatId: string): Promise<Report[]> {
    const reports = await this.db.report.findMany({ where: { subscribers: { some: { channel, chatId } } }, orderBy: { id: "desc" }, take: 20 });
    return reports.filter((report) => isOpen(report.status as Status));
  }

  private async record(
    code: string,
    event: { type: "reply" | "note"; text: string; actor: Actor },
    messages: MessagesFor,
    now: Date,
    update: (report: Report) => Prisma.ReportUpdateInput = () => ({}),
  ): Promise<ChangeResult> {
    return this.db.$transaction(async (tx) => {
      const current = await tx.report.findUnique({ where: { code } });
      if (!current) return { ok: false, reason: "unknown" };
      const { actor } = event;
      const report = await tx.report.update({
        where: { id: current.id },
        data: { ...update(current), events: { create: { type: event.type, text: event.text, actorType: actor.type, actorId: actor.id ?? null, actorName: actor.name ?? null, createdAt: now } } },
        include: TRAIL,
      });
      await Outbox.enqueue(tx, messages(report));
      return { ok: true, report, from: report.status as Status };
    });
  }
}
