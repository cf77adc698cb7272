/**
 * Files the service requests other applications send through the Open311 API as reports, the way
 * the chat files them: classified (urgency; the topic is the service the client chose), linked to the
 * resolution's sections, given a deadline, the staff card sent, the trail started.
 *
 * A client that gets no answer (a timeout, a dropped connection) sends the same request again. The
 * same key sending the same description, place and contact within `OPEN311_FILING.retryWindowMs` is
 * that retry: it gets the code of the report filed the first time, and nothing is filed twice. The
 * fingerprint of the request is kept in the report's `sourceKey`; requests with one fingerprint are
 * handled one after another, so that two copies sent at once do not both miss the first: on one
 * instance in turn, and across instances (copies sent to two at once) under a lease of the
 * fingerprint in the database.
 */
import { createHash } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import type { Classifier } from "../feedback/classifier.js";
import { dueDateOf } from "../feedback/deadlines.js";
import { FORM_LIMITS } from "../feedback/flow.js";
import { findArea, suggestedUnitOf, type ReferenceData } from "../feedback/reference-data.js";
import type { Topic } from "../feedback/taxonomy.js";
import type { Leases } from "../inbox/leases.js";
import type { Open311Client } from "../inbox/open311-keys.js";
import { OPEN311_CHANNEL, type Open311Requests } from "../inbox/open311-requests.js";
import type { ReportDraft } from "../inbox/reports.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { relatedSections } from "./features/feedback.js";
import type { ReportService } from "./report-service.js";

/** Named defaults. */
export const OPEN311_FILING = {
  /** A request repeated within this time is a retry of the first one. */
  retryWindowMs: 10 * 60_000,
  /** A fingerprint's lease: filing takes far less; an instance that died holding it is waited for this long. */
  leaseMs: 30_000,
  /** How often a copy waiting for another instance's looks again. */
  waitStepMs: 50,
} as const;

/** A GeoReport v2 service request, checked. */
export interface Open311Submission {
  readonly topic: Topic;
  readonly description: string;
  readonly location?: { readonly latitude: number; readonly longitude: number };
  readonly address?: string;
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  /** A link to a photo on the client's side: kept as a link in the description. */
  readonly mediaUrl?: string;
}

export interface Open311FilingDeps {
  readonly knowledge: KnowledgeBase;
  readonly service: ReportService;
  readonly classifier: Classifier;
  readonly reference: ReferenceData;
  readonly requests: Open311Requests;
  readonly leases: Leases;
}

export class Open311Filing {
  /** Requests being filed, by fingerprint: a copy waits for the first and finds its report. */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: Open311FilingDeps) {}

  /** Files the request, or finds the report a retry of it filed; `repeated` for a retry. */
  async file(client: Open311Client, submission: Open311Submission, now = new Date()): Promise<{ code: string; repeated: boolean }> {
    const prefix = `${OPEN311_CHANNEL}:${client.id}:${fingerprint(submission)}:`;
    const before = this.inFlight.get(prefix) ?? Promise.resolve();
    const turn = before.catch(() => undefined).then(() => this.fileOnce(client, submission, prefix, now));
    this.inFlight.set(prefix, turn);
    try {
      return await turn;
    } finally {
      if (this.inFlight.get(prefix) === turn) this.inFlight.delete(prefix);
    }
  }

  private async fileOnce(client: Open311Client, submission: Open311Submission, prefix: string, now: Date): Promise<{ code: string; repeated: boolean }> {
    for (;;) {
      const turn = await this.deps.leases.exclusively(`${OPEN311_CHANNEL}:${prefix}`, OPEN311_FILING.leaseMs, async () => {
        const earlier = await this.deps.requests.filedSince(prefix, new Date(now.getTime() - OPEN311_FILING.retryWindowMs));
        if (earlier) return { code: earlier, repeated: true };
        const report = await this.deps.service.file(await this.draftOf(client, submission, `${prefix}${now.getTime()}`, now));
        return { code: report.code, repeated: false };
      });
      if (turn.ran) return turn.value;
      await delay(OPEN311_FILING.waitStepMs);
    }
  }

  private async draftOf(client: Open311Client, submission: Open311Submission, source: string, now: Date): Promise<ReportDraft> {
    const { topic, location, address, name, email, phone, mediaUrl } = submission;
    // Staff read the place and the photo's link with the description; the text is capped as the chat's is.
    const full = [submission.description.trim(), address ? `Địa chỉ: ${address}` : "", mediaUrl ? `Ảnh kèm (đường dẫn): ${mediaUrl}` : ""].filter(Boolean).join("\n");
    const description = full.slice(0, FORM_LIMITS.descriptionCap);
    const verdict = await this.deps.classifier.classify(description);
    const { deadlines, holidays, areas } = this.deps.reference;
    const area = findArea([address ?? "", submission.description].join("\n"), areas)?.name;
    const contact = [name, email].filter(Boolean).join(" · ");
    const identified = Boolean(contact || phone);
    return {
      channel: OPEN311_CHANNEL,
      chatId: `key:${client.id}`,
      // One contact per person and key: people whose requests come through one application are not merged.
      reporter: { id: `key:${client.id}:${identified ? digest([name ?? "", email ?? "", phone ?? ""].join("\n").toLowerCase()) : "anonymous"}`, ...(contact ? { name: contact } : {}) },
      topic,
      urgent: verdict.urgent,
      urgentReasons: [...verdict.reasons],
      ...(area ? { area } : {}),
      description,
      descriptionCut: full.length > description.length,
      attachments: [],
      ...(location ? { location } : {}),
      anonymous: !identified,
      ...(phone ? { phone, phoneConsent: "open311" as const } : {}),
      sections: await relatedSections(this.deps.knowledge, description),
      suggestedUnit: suggestedUnitOf(topic, this.deps.reference),
      dueAt: dueDateOf(now, { topic, urgent: verdict.urgent }, deadlines, holidays),
      source,
    };
  }
}

/** What makes two requests the same: description, place and contact, as sent. */
function fingerprint(submission: Open311Submission): string {
  const { topic, description, location, address, name, email, phone, mediaUrl } = submission;
  return digest(JSON.stringify([topic, description.trim(), location?.latitude, location?.longitude, address, name, email, phone, mediaUrl])).slice(0, 32);
}

function digest(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
