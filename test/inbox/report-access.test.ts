/**
 * Opening a report with its code and PIN, on a real SQLite file: PINs as people type them, the
 * limits per code and per requester and their end after the window, a success clearing the code's
 * failures, a report filed without a PIN that no PIN opens, following a report from a new chat, and
 * the PIN masked in the stored messages that gave it once they have done so.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../src/inbox/inbox.js";
import { ReportService } from "../../src/assistant/report-service.js";
import { DEFAULT_ORGANISATION } from "../../src/core/organisation.js";
import { forgetShownPins, LOOKUP_LIMIT, newPin, parsePin, PIN_DIGITS, PIN_SHOWN_MS } from "../../src/inbox/report-access.js";
import type { ReportDraft } from "../../src/inbox/reports.js";
import { testReference } from "../helpers/assistant.js";
import { openTestInbox } from "../helpers/database.js";

let inbox: Inbox;

beforeAll(async () => {
  inbox = await openTestInbox();
});

function draft(pin?: string, channel: ReportDraft["channel"] = "telegram"): ReportDraft {
  return {
    channel,
    chatId: "4242",
    reporter: { id: "4242" },
    topic: "khac",
    urgent: false,
    urgentReasons: [],
    description: "Cầu tràn thôn 4 bị nước cuốn trôi lan can.",
    descriptionCut: false,
    attachments: [],
    anonymous: true,
    sections: [],
    suggestedUnit: "UBND xã",
    dueAt: new Date(Date.now() + 10 * 86_400_000),
    ...(pin ? { pin } : {}),
  };
}

async function file(pin?: string): Promise<string> {
  return (await inbox.reports.create(draft(pin), () => [])).code;
}

describe("PINs", () => {
  it("are six random digits, read as people type them", () => {
    const pins = new Set(Array.from({ length: 200 }, newPin));
    expect([...pins].every((pin) => new RegExp(`^\\d{${PIN_DIGITS}}$`, "u").test(pin))).toBe(true);
    expect(pins.size).toBeGreaterThan(190);
    expect(parsePin("012 345")).toBe("012345");
    expect(parsePin("012-345")).toBe("012345");
    for (const wrong of ["12345", "1234567", "12a456", "", "１２３４５６"]) expect(parsePin(wrong), wrong).toBeUndefined();
  });
});

describe("opening a report", () => {
  it("limits wrong PINs per code until the window has passed; a success clears the code's count", async () => {
    const code = await file("123456");
    const start = Date.now();
    for (let attempt = 0; attempt < LOOKUP_LIMIT.perCode - 1; attempt++) expect(await inbox.access.open(code, "000000", `address:a${attempt}`, start)).toEqual({ ok: false, reason: "not-found" });
    // The right PIN still opens it, and forgets the failures of the code.
    expect((await inbox.access.open(code, "123456", "address:owner", start)).ok).toBe(true);
    for (let attempt = 0; attempt < LOOKUP_LIMIT.perCode; attempt++) await inbox.access.open(code, "000001", `address:b${attempt}`, start);
    const locked = await inbox.access.open(code, "123456", "address:owner", start + 1000);
    expect(locked).toEqual({ ok: false, reason: "limited", retryAfterMs: LOOKUP_LIMIT.windowMs - 1000 });
    expect((await inbox.access.open(code, "123456", "address:owner", start + LOOKUP_LIMIT.windowMs)).ok).toBe(true);
  });

  it("limits a requester across codes, not other requesters", async () => {
    const code = await file("654321");
    const start = Date.now();
    for (let attempt = 0; attempt < LOOKUP_LIMIT.perRequester; attempt++) await inbox.access.open(`PA-2026-${String(800_000 + attempt)}`, "111111", "chat:zalo:guesser", start);
    expect((await inbox.access.open(code, "654321", "chat:zalo:guesser", start)).ok).toBe(false);
    expect((await inbox.access.open(code, "654321", "chat:zalo:owner", start)).ok).toBe(true);
  });

  it("holds the limit against guesses sent in parallel: none is checked past it, the right PIN among them included", async () => {
    const code = await file("975310");
    const start = Date.now();
    const guesses = Array.from({ length: 30 }, (_, i) => (i === 29 ? "975310" : String(100_000 + i)));
    const results = await Promise.all(guesses.map((pin, i) => inbox.access.open(code, pin, `address:p${i}`, start)));
    expect(results.filter((result) => result.ok === false && result.reason === "not-found")).toHaveLength(LOOKUP_LIMIT.perCode);
    expect(results.filter((result) => result.ok === false && result.reason === "limited")).toHaveLength(30 - LOOKUP_LIMIT.perCode);
    expect(results.some((result) => result.ok)).toBe(false);
  });

  it("counts a right PIN against no one: the owner may look the report up again and again", async () => {
    const code = await file("864209");
    const start = Date.now();
    for (let attempt = 0; attempt < LOOKUP_LIMIT.perRequester + 2; attempt++) expect((await inbox.access.open(code, "864209", "address:owner-again", start)).ok).toBe(true);
  });

  it("opens no report filed without a PIN, whatever is tried", async () => {
    const code = await file();
    expect((await inbox.reports.findByCode(code))?.pinHash).toBeNull();
    expect(await inbox.access.open(code, "000000", "address:c", Date.now())).toEqual({ ok: false, reason: "not-found" });
  });

  it("lets the chat that opened a report follow it", async () => {
    const code = await file("246802");
    const opened = await inbox.access.open(code, "246802", "chat:web:other", Date.now());
    if (!opened.ok) throw new Error("the right PIN did not open the report");
    const followed = await inbox.access.follow(opened.report, "web", "other-browser");
    expect(inbox.reports.isSubscriber(followed, "web", "other-browser")).toBe(true);
    expect(followed.subscribers).toHaveLength(2);
    // Following again changes nothing.
    expect((await inbox.access.follow(followed, "web", "other-browser")).subscribers).toHaveLength(2);
  });
});

describe("PINs in the stored messages", () => {
  it("are masked once the message is sent (the web chat's after a day); the PIN still opens the report", async () => {
    const service = new ReportService({ reports: inbox.reports, organisation: DEFAULT_ORGANISATION, reference: testReference, onEnqueued: () => undefined });
    const telegram = await service.file(draft(undefined, "telegram"));
    const web = await service.file({ ...draft(undefined, "web"), chatId: "browser-1" });
    const payloads = async () => ({
      telegram: (await inbox.db.outboxMessage.findFirstOrThrow({ where: { reportId: telegram.id, purpose: "tracking_code" } })).payload,
      webOutbox: (await inbox.db.outboxMessage.findFirstOrThrow({ where: { reportId: web.id, purpose: "tracking_code" } })).payload,
      webChat: (await inbox.db.webChatMessage.findFirstOrThrow({ where: { chatId: "browser-1" }, orderBy: { id: "desc" } })).payload,
    });
    const before = await payloads();
    const pinOf = (payload: string) => /"Mã PIN: ",\{"bold":"(\d{6})"\}/u.exec(payload)![1]!;
    const telegramPin = pinOf(before.telegram);
    const webPin = pinOf(before.webChat);

    // Not sent yet (Telegram) or just shown (web chat): kept; the web outbox row is sent already.
    const now = new Date();
    await forgetShownPins(inbox.db, now);
    let after = await payloads();
    expect(after.telegram).toContain(telegramPin);
    expect(after.webChat).toContain(webPin);
    expect(after.webOutbox).not.toContain(webPin);

    const row = await inbox.db.outboxMessage.findFirstOrThrow({ where: { reportId: telegram.id, purpose: "tracking_code" } });
    await inbox.outbox.markSent([row.id], "77", now);
    await forgetShownPins(inbox.db, new Date(now.getTime() + PIN_SHOWN_MS + 1000));
    after = await payloads();
    for (const [name, payload] of Object.entries(after)) {
      expect(payload, name).not.toMatch(new RegExp(`${telegramPin}|${webPin}`, "u"));
      expect(payload, name).toContain("••••••");
      expect(payload, name).toMatch(/\/theodoi PA-\d{4}-\d{6} <mã PIN>/u);
      expect(payload, name).toContain("Mã theo dõi");
    }
    expect((await inbox.access.open(telegram.code, telegramPin, "address:masked", Date.now())).ok).toBe(true);
    expect((await inbox.access.open(web.code, webPin, "address:masked", Date.now())).ok).toBe(true);
  });
});
