/**
 * Opening a report from anywhere with its tracking code and PIN. Codes are sequential, so a code
 * alone opens nothing: each report gets a short random PIN, shown once to its reporter with the code
 * and stored only as a keyed hash. An unknown code, a report without a PIN and a wrong PIN get the
 * same answer after the same work, and failures are limited per code and per requester (an address
 * on the web, a chat elsewhere), so a PIN cannot be guessed by trying.
 */
import { randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import type { Block, Channel, Inline, Reply } from "../core/messages.js";
import type { Pseudonymizer } from "../core/pseudonym.js";
import { wellFormedJson } from "../core/text.js";
import { MemoryFailureWindow, type FailureWindow } from "../core/failure-window.js";
import type { Database } from "./database.js";
import type { Reports, ReportWithTrail } from "./reports.js";

/** Digits of a PIN: easy to type on a phone; guessing is stopped by the limits below. */
export const PIN_DIGITS = 6;

/**
 * Named defaults: a code takes 5 wrong PINs in 15 minutes (whoever tries them), a requester 20
 * (across codes): finding one report's PIN among a million takes about three years on average at that
 * pace. Kept in memory on SQLite (a restart forgets them, as it does the sign-in limits), in the
 * database on PostgreSQL, where several instances count together (see `src/inbox/limits.ts`).
 */
export const LOOKUP_LIMIT = { perCode: 5, perRequester: 20, windowMs: 15 * 60 * 1000 } as const;

/** A new random PIN: PIN_DIGITS digits, leading zeros kept. */
export function newPin(): string {
  return String(randomInt(0, 10 ** PIN_DIGITS)).padStart(PIN_DIGITS, "0");
}

/** The PIN in what people type ("123 456", "123456"); undefined when it is not one. */
export function parsePin(text: string): string | undefined {
  const digits = text.replace(/[\s.-]/gu, "");
  return new RegExp(`^\\d{${PIN_DIGITS}}$`, "u").test(digits) ? digits : undefined;
}

/**
 * Hashes PINs with the installation's secret key (the pseudonym key, HMAC-SHA-256) and a salt per
 * report: "hmac$<salt>$<digest>". A slow hash (scrypt) would cap filing at about 50 reports a
 * second on a small server and, with only a million PINs, still fall to a stolen database in hours;
 * a keyed hash costs microseconds and gives nothing to whoever has the database without the key.
 */
export class PinHasher {
  constructor(private readonly keyed: Pseudonymizer) {}

  hash(pin: string): string {
    const salt = randomBytes(12).toString("base64url");
    return `hmac$${salt}$${this.digest(salt, pin)}`;
  }

  /** Constant time; a malformed or missing hash matches nothing (after the same work). */
  matches(pin: string, stored: string | null | undefined): boolean {
    const [scheme, salt, digest] = (stored ?? "").split("$");
    const valid = scheme === "hmac" && Boolean(salt) && Boolean(digest);
    const expected = Buffer.from(valid ? digest! : "decoy-never-matches", "utf8");
    const actual = Buffer.from(this.digest(valid ? salt! : "decoy", pin), "utf8");
    return valid && actual.length === expected.length && timingSafeEqual(actual, expected);
  }

  private digest(salt: string, pin: string): string {
    // Its own prefix: the same key's pseudonyms of chat ids can never equal a PIN's digest.
    return this.keyed(`report-pin:${salt}:${pin}`);
  }
}

/** What introduces the PIN in the message that gives it ("Mã PIN: **123456**"): found again to mask it. */
export const PIN_LABEL = "Mã PIN: ";

/** How long the web chat shows a PIN it gave (to read it again after a reload) before masking it. */
export const PIN_SHOWN_MS = 24 * 3600 * 1000;

const PIN_MASK = "••••••";

/**
 * The reply with its PIN masked: the bold PIN after {@link PIN_LABEL} and the PIN in the example
 * "/theodoi <mã> <PIN>". Everything else is kept, so that the message still reads well.
 */
export function maskPin(reply: Reply): Reply {
  const example = /(\/theodoi PA-\d{4}-\d{6}) \d{6}/gu;
  const blocks = reply.blocks.map((block): Block => {
    if (block.type !== "paragraph") return block;
    const content = block.content.map((part, index): Inline => {
      if (typeof part === "string") return part.replace(example, "$1 <mã PIN>");
      return "bold" in part && block.content[index - 1] === PIN_LABEL ? { bold: PIN_MASK } : part;
    });
    return { ...block, content };
  });
  return { ...reply, blocks };
}

/**
 * Masks the PINs still kept in clear in the messages that gave them, so that the database holds a
 * PIN only as its hash: an outbox message once it is sent, given up or unconfirmed, a web chat message after
 * {@link PIN_SHOWN_MS}. Run with the other maintenance. @returns how many messages were masked
 */
export async function forgetShownPins(db: Database, now = new Date()): Promise<number> {
  const outbox = await db.outboxMessage.findMany({ where: { purpose: "tracking_code", status: { in: ["sent", "undeliverable", "unconfirmed"] }, payload: { contains: PIN_LABEL } }, select: { id: true, payload: true } });
  const web = await db.webChatMessage.findMany({ where: { createdAt: { lt: new Date(now.getTime() - PIN_SHOWN_MS) }, payload: { contains: PIN_LABEL } }, select: { id: true, payload: true } });
  for (const row of outbox) await db.outboxMessage.update({ where: { id: row.id }, data: { payload: wellFormedJson(maskPin(JSON.parse(row.payload) as Reply)) } });
  let masked = outbox.length;
  for (const row of web) {
    const stored = JSON.parse(row.payload) as { reply?: Reply; mine?: string };
    // What the person typed stays as typed: only the assistant's messages gave PINs.
    if (!stored.reply) continue;
    await db.webChatMessage.update({ where: { id: row.id }, data: { payload: wellFormedJson({ reply: maskPin(stored.reply) }) } });
    masked++;
  }
  return masked;
}

/** The answer to a code and PIN: the report, or one refusal for every wrong case, or "wait". */
export type AccessResult =
  | { readonly ok: true; readonly report: ReportWithTrail }
  | { readonly ok: false; readonly reason: "not-found" }
  | { readonly ok: false; readonly reason: "limited"; readonly retryAfterMs: number };

/** Who is trying: `address:<ip>` on the web, `chat:<channel>:<id>` in a chat. */
export type Requester = `address:${string}` | `chat:${string}`;

/** Opens reports by code and PIN for anyone, within the limits; shared by every channel and the web. */
export class ReportAccess {
  constructor(
    private readonly db: Database,
    private readonly reports: Reports,
    private readonly pins: PinHasher,
    private readonly limit: { readonly perCode: number; readonly perRequester: number; readonly windowMs: number } = LOOKUP_LIMIT,
    private readonly failures: FailureWindow = new MemoryFailureWindow(limit.windowMs),
  ) {}

  /**
   * The report with this code when the PIN is its PIN. Refused without checking while the code or
   * the requester has used up its failures; a success clears the code's failures (not the
   * requester's: others may share an address).
   */
  async open(code: string | undefined, pin: string | undefined, requester: Requester, now = Date.now()): Promise<AccessResult> {
    // Something that is no code at all counts against the requester only.
    const limits = [...(code ? [{ key: `code:${code}`, max: this.limit.perCode }] : []), { key: requester, max: this.limit.perRequester }];
    // Counted before the report is read: guesses sent in parallel all meet the limit.
    const wait = await this.failures.begin(limits, now);
    if (wait > 0) return { ok: false, reason: "limited", retryAfterMs: wait };
    const report = code ? await this.reports.findByCode(code) : undefined;
    const matches = this.pins.matches(pin ?? "", report?.pinHash);
    if (!(report && pin && matches)) return { ok: false, reason: "not-found" };
    await this.failures.clear(`code:${code}`);
    await this.failures.uncount(requester, now);
    return { ok: true, report };
  }

  /**
   * Makes a chat follow a report it opened with the PIN: it is told of each change from then on,
   * and may add information or rate like the chat that filed it.
   */
  async follow(report: ReportWithTrail, channel: Channel, chatId: string): Promise<ReportWithTrail> {
    if (this.reports.isSubscriber(report, channel, chatId)) return report;
    await this.db.reportSubscriber.upsert({
      where: { reportId_channel_chatId: { reportId: report.id, channel, chatId } },
      create: { reportId: report.id, channel, chatId },
      update: {},
    });
    return (await this.reports.findById(report.id)) ?? report;
  }
}
