/**
 * Reports and their audit trail. Every change is one transaction with its event and the messages
 * it causes (written to the outbox): a report is committed before its reporter is told its code,
 * and a status change is never recorded without its notification, nor the reverse.
 */
import { spokenCode } from "../core/chat-shorthand.js";
import type { AttachmentRef, Channel, ForwardOrigin } from "../core/messages.js";
import { fold } from "../core/text.js";
import { canChange, isOpen, type Status } from "../feedback/status.js";
import type { Topic } from "../feedback/taxonomy.js";
import { initialDownload } from "./attachment-keeper.js";
import { isUniqueViolation, sqlRunner, type Database, type SqlRunner } from "./database.js";
import { Prisma, type Report as ReportRow } from "./generated/client.js";
import { Outbox, type OutboxEntry } from "./outbox.js";
import type { PinHasher } from "./report-access.js";
import { sqlTime, type SqlDialect } from "./sql.js";

/** Who did something to a report. */
export interface Actor {
  readonly type: "citizen" | "staff" | "system";
  readonly id?: string;
  readonly name?: string;
  /**
   * The stored incoming message through which they did it (`HandlingAttempt.key`): the same message
   * handled again after a crash finds its event and changes nothing.
   */
  readonly source?: string;
}

/**
 * Where a report came from: a chat channel, or "open311", another application filing through the
 * GeoReport v2 API (src/server/web/routes/open311.ts), which has no chat to send messages to.
 */
export type ReportChannel = Channel | "open311";

/** Whether reports of this channel have a chat their reporter is told things in. */
export function isChatChannel(channel: string): channel is Channel {
  return channel === "telegram" || channel === "zalo" || channel === "web";
}

/** What a finished feedback conversation (or an Open311 request) yields. */
export interface ReportDraft {
  readonly channel: ReportChannel;
  /** The reporter's chat: where the code, status changes and replies go (for Open311, the API key). */
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
  /**
   * How that consent was given: "typed" (left in the chat after the consent notice: typed, or a
   * Telegram contact card), "consent_form" (shared through the platform's consent form) or "open311"
   * (sent by another application with the request, which asked the person for it).
   */
  readonly phoneConsent?: PhoneConsent;
  readonly sections: ReadonlyArray<{ readonly section: string; readonly label: string }>;
  readonly suggestedUnit: string;
  readonly dueAt: Date;
  /** A message a cadre forwarded to file on someone's behalf: its origin and the cadre. */
  readonly forwardedFrom?: ForwardOrigin;
  readonly filedBy?: { readonly id: string; readonly name?: string };
  /** The stored incoming message that filed it: filed once, however often it is handled. */
  readonly source?: string;
  /** The PIN given to the reporter with the code: only its hash is stored (see report-access.ts). */
  readonly pin?: string;
}

export type Report = ReportRow;

/** How a reporter agreed to leave a phone number (kept with the contact, `Contact.phoneConsentVia`). */
export type PhoneConsent = "typed" | "consent_form" | "open311";

/** A report with what the conversation features need about it. */
export type ReportWithTrail = Prisma.ReportGetPayload<{ include: { events: true; subscribers: true; unit: true; attachments: true } }>;

/**
 * Why a change was refused; the assistant turns it into a Vietnamese message. `same-unit`: already
 * assigned there; `no-unit`: a reminder for a report assigned to no unit.
 */
export type ChangeRefusal = "unknown" | "not-allowed" | "not-yours" | "closed" | "same-unit" | "no-unit";

/** `repeated`: the same incoming message had made this change already; nothing was changed again. */
export type ChangeResult = { readonly ok: true; readonly report: ReportWithTrail; readonly from: Status; readonly repeated?: true } | { readonly ok: false; readonly reason: ChangeRefusal };

/** Builds the messages a change causes, given the report as it now is. */
export type MessagesFor = (report: ReportWithTrail) => readonly OutboxEntry[];

const TRAIL = { events: { orderBy: { id: "asc" } }, subscribers: true, unit: true, attachments: true } as const;

/** The download columns of an attachment just filed (see src/inbox/attachment-keeper.ts). */
const NOT_DOWNLOADED = { failure: null, attempts: 0, triedAt: null, file: null, contentType: null, size: null } as const;

/** What the inbox search matches: code, area and description, lower case, without diacritics. */
export function searchTextOf(code: string, area: string | null | undefined, description: string): string {
  return searchFold(`${code} ${area ?? ""} ${description}`);
}

/**
 * Text as the search stores and compares it: folded, with `%` and `_` replaced by two private-use
 * characters. Prisma's `contains` is a LIKE without an ESCAPE clause, where `%` and `_` are
 * wildcards; stored and searched this way they match only themselves.
 */
export function searchFold(text: string): string {
  return fold(text).replace(/%/gu, "\uE000").replace(/_/gu, "\uE001");
}

/** "PA-2026-000123": the year of filing and the report's number. */
export function trackingCode(id: number, date: Date): string {
  return `PA-${date.getFullYear()}-${String(id).padStart(6, "0")}`;
}

/** A tracking code as typed: "PA-2026-000123", "pa 2026 123", "PA 2026 000 123" (year and number as groups). */
export const TYPED_TRACKING_CODE = /\bPA[\s-]*(\d{4})[\s-]*(\d{3}[ .]\d{3}(?!\d)|\d{1,9})\b/iu;

/**
 * Normalises what people type or read out: "pa 2026 123", "PA-2026-000123", "PA 2026 000 123" (the six
 * digits in two halves, as a number is read), "pê a hai không hai sáu không không một hai ba" → "PA-2026-000123".
 */
export function parseTrackingCode(text: string): string | undefined {
  const match = TYPED_TRACKING_CODE.exec(text.trim()) ?? TYPED_TRACKING_CODE.exec(spokenCode(text) ?? "");
  return match ? `PA-${match[1]}-${match[2]!.replace(/\D/gu, "").padStart(6, "0")}` : undefined;
}

/**
 * Hands out report ids. PostgreSQL: from the sequence, which every instance shares. SQLite: the last
 * id in the database, then counting up in memory (one process files reports; another one showing up
 * is caught by the unique id and makes it re-read), sparing a query per report.
 */
class ReportIds {
  private last: Promise<number> | undefined;

  constructor(
    private readonly db: Database,
    private readonly sql: SqlDialect,
  ) {}

  /** Each call chains on the previous one, so concurrent callers get consecutive ids. */
  next(): Promise<number> {
    if (this.sql.nextReportId) return this.db.$queryRaw<Array<{ id: bigint | number }>>(this.sql.nextReportId).then((rows) => Number(rows[0]!.id));
    const previous = this.last ?? this.db.$queryRaw<Array<{ last: number }>>`SELECT COALESCE(MAX("id"), 0) AS "last" FROM "Report"`.then((rows) => Number(rows[0]!.last));
    const id = previous.then((last) => last + 1);
    this.last = id.catch(() => previous);
    return id;
  }

  reset(): void {
    this.last = undefined;
  }
}

export class Reports {
  private readonly ids: ReportIds;
  private readonly run: SqlRunner;

  /** @param pins hashes the PINs given with the codes; without it no PIN is kept */
  constructor(
    private readonly db: Database,
    private readonly sql: SqlDialect,
    private readonly pins?: PinHasher,
  ) {
    this.ids = new ReportIds(db, sql);
    this.run = sqlRunner(db);
  }

  /**
   * Files a report: contact (unless anonymous), report, attachments, subscriber, event and messages,
   * in one transaction. Written in SQL and sent as one batch (see src/inbox/sql.ts): this is the
   * intake hot path. The report id is allocated here so that the code, and the messages that quote
   * it, are known before the batch runs.
   */
  async create(draft: ReportDraft, messages: MessagesFor, now = new Date()): Promise<ReportWithTrail> {
    if (draft.source) {
      // Cheap check first: this runs for every report, and a repeat is rare.
      const [filed] = await this.run.query<{ id: number }>(Prisma.sql`SELECT "id" FROM "Report" WHERE "sourceKey" = ${draft.source}`);
      if (filed) return (await this.findById(Number(filed.id)))!;
    }
    try {
      return await this.insert(draft, messages, now, await this.ids.next());
    } catch (error) {
      // Another process filed a report with the id we expected: re-read the last id and retry once.
      if (!isUniqueViolation(error)) throw error;
      this.ids.reset();
      return this.insert(draft, messages, now, await this.ids.next());
    }
  }

  private async insert(draft: ReportDraft, messages: MessagesFor, now: Date, id: number): Promise<ReportWithTrail> {
    const at = sqlTime(now);
    const code = trackingCode(id, now);
    const identified = !draft.anonymous && !draft.forwardedFrom;
    const phone = draft.phone ?? null;
    const actor = { type: draft.filedBy ? "staff" : "citizen", id: draft.filedBy?.id ?? null, name: draft.filedBy?.name ?? null };
    const row = {
      id,
      code,
      channel: draft.channel,
      topic: draft.topic,
      area: draft.area ?? null,
      description: draft.description,
      descriptionCut: draft.descriptionCut,
      latitude: draft.location?.latitude ?? null,
      longitude: draft.location?.longitude ?? null,
      urgent: draft.urgent,
      urgentReasons: JSON.stringify(draft.urgentReasons),
      status: "moi",
      unitId: null,
      suggestedUnit: draft.suggestedUnit,
      sections: JSON.stringify(draft.sections),
      contactId: null as number | null,
      forwardedFrom: draft.forwardedFrom ? JSON.stringify(draft.forwardedFrom) : null,
      filedById: draft.filedBy?.id ?? null,
      filedByName: draft.filedBy?.name ?? null,
      rating: null,
      duplicateOfId: null,
      createdAt: now,
      updatedAt: now,
      dueAt: draft.dueAt,
      firstResponseAt: null,
      resolvedAt: null,
      searchText: searchTextOf(code, draft.area, draft.description),
      sourceKey: draft.source ?? null,
      pinHash: draft.pin && this.pins ? this.pins.hash(draft.pin) : null,
      publicSummary: null,
      publishedAt: null,
    };
    const contact = identified
      ? [
          Prisma.sql`INSERT INTO "Contact" ("channel", "channelUserId", "displayName", "phone", "phoneConsentAt", "phoneConsentVia", "createdAt", "updatedAt")
            VALUES (${draft.channel}, ${draft.reporter.id}, ${draft.reporter.name ?? null}, ${phone}, ${phone ? at : null}, ${phone ? (draft.phoneConsent ?? "typed") : null}, ${at}, ${at})
            ON CONFLICT ("channel", "channelUserId") DO UPDATE SET "displayName" = COALESCE(excluded."displayName", "Contact"."displayName"), "updatedAt" = excluded."updatedAt",
              "phone" = COALESCE(excluded."phone", "Contact"."phone"), "phoneConsentAt" = COALESCE(excluded."phoneConsentAt", "Contact"."phoneConsentAt"),
              "phoneConsentVia" = COALESCE(excluded."phoneConsentVia", "Contact"."phoneConsentVia")
            RETURNING "id"`,
        ]
      : [];
    const report = Prisma.sql`INSERT INTO "Report" ("id", "code", "channel", "topic", "area", "description", "searchText", "descriptionCut", "latitude", "longitude", "urgent", "urgentReasons", "suggestedUnit", "sections", "contactId", "forwardedFrom", "filedById", "filedByName", "createdAt", "updatedAt", "dueAt", "sourceKey", "pinHash")
      VALUES (${id}, ${code}, ${row.channel}, ${row.topic}, ${row.area}, ${row.description}, ${row.searchText}, ${row.descriptionCut ? 1 : 0}, ${row.latitude}, ${row.longitude}, ${row.urgent ? 1 : 0}, ${row.urgentReasons}, ${row.suggestedUnit}, ${row.sections},
        ${identified ? Prisma.sql`(SELECT "id" FROM "Contact" WHERE "channel" = ${draft.channel} AND "channelUserId" = ${draft.reporter.id})` : null},
        ${row.forwardedFrom}, ${row.filedById}, ${row.filedByName}, ${at}, ${at}, ${sqlTime(row.dueAt)}, ${row.sourceKey}, ${row.pinHash})`;
    const event = Prisma.sql`INSERT INTO "ReportEvent" ("reportId", "type", "toStatus", "actorType", "actorId", "actorName", "createdAt")
      VALUES (${id}, 'created', 'moi', ${actor.type}, ${actor.id}, ${actor.name}, ${at}) RETURNING "id"`;
    const subscriber = Prisma.sql`INSERT INTO "ReportSubscriber" ("reportId", "channel", "chatId", "createdAt") VALUES (${id}, ${draft.channel}, ${draft.chatId}, ${at}) RETURNING "id"`;
    const attachments = draft.attachments.map(
      (attachment) =>
        Prisma.sql`INSERT INTO "Attachment" ("reportId", "kind", "channel", "ref", "caption", "name", "download", "createdAt")
          VALUES (${id}, ${attachment.kind}, ${draft.channel}, ${attachment.ref}, ${attachment.caption ?? null}, ${attachment.name ?? null}, ${initialDownload(attachment.ref)}, ${at}) RETURNING "id"`,
    );
    const draftTrail: ReportWithTrail = {
      ...row,
      events: [{ id: 0, reportId: id, type: "created", fromStatus: null, toStatus: "moi", text: null, actorType: actor.type, actorId: actor.id, actorName: actor.name, outboxId: null, sourceKey: null, createdAt: now }],
      subscribers: [{ id: 0, reportId: id, channel: draft.channel, chatId: draft.chatId, createdAt: now }],
      unit: null,
      attachments: draft.attachments.map((attachment) => ({
        ...NOT_DOWNLOADED,
        id: 0,
        reportId: id,
        kind: attachment.kind,
        channel: draft.channel,
        ref: attachment.ref,
        caption: attachment.caption ?? null,
        name: attachment.name ?? null,
        download: initialDownload(attachment.ref),
        createdAt: now,
      })),
    };
    // The messages only need to know whether a contact exists; its id comes back from the batch.
    const outbox = messages({ ...draftTrail, contactId: identified ? 0 : null }).flatMap((entry) => Outbox.inserts(this.sql, entry, now));
    const results = await this.run.transaction([...contact, report, event, subscriber, ...attachments, ...outbox]);
    const idOf = (index: number) => Number(results[index]![0]!.id);
    const offset = contact.length;
    return {
      ...draftTrail,
      contactId: identified ? idOf(0) : null,
      events: [{ ...draftTrail.events[0]!, id: idOf(offset + 1) }],
      subscribers: [{ ...draftTrail.subscribers[0]!, id: idOf(offset + 2) }],
      attachments: draftTrail.attachments.map((attachment, index) => ({ ...attachment, id: idOf(offset + 3 + index) })),
    };
  }

  /** Fills the search text of reports filed before it existed (a database migrated from an older version). */
  async backfillSearchText(): Promise<number> {
    const rows = await this.db.report.findMany({ where: { searchText: "" }, select: { id: true, code: true, area: true, description: true } });
    for (const row of rows) await this.db.report.update({ where: { id: row.id }, data: { searchText: searchTextOf(row.code, row.area, row.description) } });
    return rows.length;
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
  async changeStatus(code: string, to: Status, actor: Actor, messages: MessagesFor, extra: { note?: string } = {}, now = new Date()): Promise<ChangeResult> {
    return this.db.$transaction(async (tx) => {
      const current = await tx.report.findUnique({ where: { code } });
      if (!current) return { ok: false, reason: "unknown" };
      const repeated = await alreadyDone(tx, current.id, "status", actor);
      if (repeated) return repeated;
      const from = current.status as Status;
      if (!canChange(from, to)) return { ok: false, reason: "not-allowed" };
      const report = await tx.report.update({
        where: { id: current.id },
        data: {
          status: to,
          ...(actor.type === "staff" && !current.firstResponseAt ? { firstResponseAt: now } : {}),
          ...(to === "da_giai_quyet" ? { resolvedAt: now } : {}),
          events: { create: { type: "status", fromStatus: from, toStatus: to, text: extra.note ?? null, ...eventActor(actor), createdAt: now } },
        },
        include: TRAIL,
      });
      await Outbox.enqueue(tx, this.sql, messages(report));
      return { ok: true, report, from };
    });
  }

  /**
   * Assigns the report to a unit, or to another unit at any time while it is being worked on (also
   * when already "đã chuyển đơn vị"): the status becomes "đã chuyển đơn vị", one event records it
   * (a status change, or an "assign" event when only the unit changes) with the optional reason,
   * and the messages (to the reporters, to the unit's group) are queued in the same transaction.
   */
  async assign(code: string, unit: { readonly id: number; readonly name: string }, actor: Actor, messages: MessagesFor, options: { reason?: string } = {}, now = new Date()): Promise<ChangeResult> {
    return this.db.$transaction(async (tx) => {
      const current = await tx.report.findUnique({ where: { code }, include: { unit: true } });
      if (!current) return { ok: false, reason: "unknown" };
      const repeated = (await alreadyDone(tx, current.id, "status", actor)) ?? (await alreadyDone(tx, current.id, "assign", actor));
      if (repeated) return repeated;
      const from = current.status as Status;
      if (!isOpen(from)) return { ok: false, reason: "closed" };
      if (current.unitId === unit.id) return { ok: false, reason: "same-unit" };
      const moved = current.unit ? `Chuyển từ ${current.unit.name} sang ${unit.name}` : `Chuyển đến: ${unit.name}`;
      const text = options.reason ? `${moved}. Lý do: ${options.reason}` : moved;
      const event = from === "da_chuyen" ? { type: "assign", text } : { type: "status", fromStatus: from, toStatus: "da_chuyen", text };
      const report = await tx.report.update({
        where: { id: current.id },
        data: {
          status: "da_chuyen",
          unitId: unit.id,
          ...(actor.type === "staff" && !current.firstResponseAt ? { firstResponseAt: now } : {}),
          events: { create: { ...event, ...eventActor(actor), createdAt: now } },
        },
        include: TRAIL,
      });
      await Outbox.enqueue(tx, this.sql, messages(report));
      return { ok: true, report, from };
    });
  }

  /**
   * Reminds the unit an open report is assigned to: an event in the trail (with the staff member's
   * words) and the messages, in one transaction.
   */
  async remind(code: string, actor: Actor, messages: MessagesFor, options: { note?: string } = {}, now = new Date()): Promise<ChangeResult> {
    return this.db.$transaction(async (tx) => {
      const current = await tx.report.findUnique({ where: { code }, include: { unit: true } });
      if (!current) return { ok: false, reason: "unknown" };
      const repeated = await alreadyDone(tx, current.id, "reminder", actor);
      if (repeated) return repeated;
      if (!isOpen(current.status as Status)) return { ok: false, reason: "closed" };
      if (!current.unit) return { ok: false, reason: "no-unit" };
      const text = `Nhắc ${current.unit.name} xử lý${options.note ? `: ${options.note}` : ""}`;
      const report = await tx.report.update({ where: { id: current.id }, data: { events: { create: { type: "reminder", text, ...eventActor(actor), createdAt: now } } }, include: TRAIL });
      await Outbox.enqueue(tx, this.sql, messages(report));
      return { ok: true, report, from: report.status as Status };
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

  /** Records that a staff member looked at the reporter's contact details; false for an unknown report. */
  async recordContactReveal(code: string, actor: Actor, now = new Date()): Promise<boolean> {
    const report = await this.db.report.findUnique({ where: { code }, select: { id: true } });
    if (!report) return false;
    await this.db.reportEvent.create({ data: { reportId: report.id, type: "contact_revealed", actorType: actor.type, actorId: actor.id ?? null, actorName: actor.name ?? null, createdAt: now } });
    return true;
  }

  /** Information the reporter adds to an open report; the staff are told. */
  async addInfo(code: string, channel: Channel, chatId: string, info: { text?: string; attachments?: readonly AttachmentRef[] }, actor: Actor, messages: MessagesFor, now = new Date()): Promise<ChangeResult> {
    return this.db.$transaction(async (tx) => {
      const current = await tx.report.findUnique({ where: { code }, include: { subscribers: true } });
      if (!current) return { ok: false, reason: "unknown" };
      if (!current.subscribers.some((s) => s.channel === channel && s.chatId === chatId)) return { ok: false, reason: "not-yours" };
      const repeated = await alreadyDone(tx, current.id, "info_added", actor);
      if (repeated) return repeated;
      if (!isOpen(current.status as Status)) return { ok: false, reason: "closed" };
      const report = await tx.report.update({
        where: { id: current.id },
        data: {
          attachments: {
            create: (info.attachments ?? []).map((attachment) => ({ kind: attachment.kind, channel, ref: attachment.ref, caption: attachment.caption ?? null, name: attachment.name ?? null, download: initialDownload(attachment.ref) })),
          },
          events: { create: { type: "info_added", text: info.text ?? (info.attachments?.length ? `${info.attachments.length} tệp đính kèm` : null), ...eventActor(actor), createdAt: now } },
        },
        include: TRAIL,
      });
      await Outbox.enqueue(tx, this.sql, messages(report));
      return { ok: true, report, from: report.status as Status };
    });
  }

  /** The reporter's rating (1–5) of a resolved report, which closes it. */
  async rate(code: string, channel: Channel, chatId: string, rating: number, actor: Actor, messages: MessagesFor, now = new Date()): Promise<ChangeResult> {
    return this.db.$transaction(async (tx) => {
      const current = await tx.report.findUnique({ where: { code }, include: { subscribers: true } });
      if (!current) return { ok: false, reason: "unknown" };
      if (!current.subscribers.some((s) => s.channel === channel && s.chatId === chatId)) return { ok: false, reason: "not-yours" };
      const repeated = await alreadyDone(tx, current.id, "rating", actor);
      if (repeated) return repeated;
      if (current.status !== "da_giai_quyet") return { ok: false, reason: "not-allowed" };
      const report = await tx.report.update({
        where: { id: current.id },
        data: {
          rating,
          status: "dong",
          events: {
            create: [
              { type: "rating", text: String(rating), ...eventActor(actor), createdAt: now },
              { type: "status", fromStatus: "da_giai_quyet", toStatus: "dong", actorType: "system", createdAt: now },
            ],
          },
        },
        include: TRAIL,
      });
      await Outbox.enqueue(tx, this.sql, messages(report));
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
      const repeated = await alreadyDone(tx, current.id, "status", actor);
      if (repeated) return repeated;
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
          events: { create: { type: "status", fromStatus: from, toStatus: "trung_lap", text: originalCode, ...eventActor(actor), createdAt: now } },
        },
        include: TRAIL,
      });
      await Outbox.enqueue(tx, this.sql, messages(report));
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
      const repeated = await alreadyDone(tx, current.id, event.type, actor);
      if (repeated) return repeated;
      const report = await tx.report.update({
        where: { id: current.id },
        data: { ...update(current), events: { create: { type: event.type, text: event.text, ...eventActor(actor), createdAt: now } } },
        include: TRAIL,
      });
      await Outbox.enqueue(tx, this.sql, messages(report));
      return { ok: true, report, from: report.status as Status };
    });
  }
}

/** Who an event records, and the incoming message it came through. */
function eventActor(actor: Actor) {
  return { actorType: actor.type, actorId: actor.id ?? null, actorName: actor.name ?? null, sourceKey: actor.source ?? null };
}

/**
 * When the incoming message behind `actor` already made a change of this type to the report (its
 * first attempt committed, then the process died), the report as it is, marked `repeated`.
 */
async function alreadyDone(tx: Prisma.TransactionClient, reportId: number, type: string, actor: Actor): Promise<ChangeResult | undefined> {
  if (!actor.source) return undefined;
  const event = await tx.reportEvent.findFirst({ where: { reportId, type, sourceKey: actor.source }, select: { id: true } });
  if (!event) return undefined;
  const report = await tx.report.findUniqueOrThrow({ where: { id: reportId }, include: TRAIL });
  return { ok: true, report, from: report.status as Status, repeated: true };
}
