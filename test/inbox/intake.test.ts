/** The durable intake on a real SQLite database: storing once, claiming in order per chat, leases. */
import { beforeAll, describe, expect, it } from "vitest";
import { isUniqueViolation, SqlError, sqlRunner } from "../../src/inbox/database.js";
import { Prisma } from "../../src/inbox/generated/client.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import { INTAKE, Intake, type IncomingEntry } from "../../src/inbox/intake.js";
import { openTestInbox } from "../helpers/database.js";

let inbox: Inbox;
beforeAll(async () => {
  inbox = await openTestInbox();
});

let nextUpdate = 1;
const entry = (chatId: string, payload: unknown = { text: "xin chào" }): IncomingEntry => ({ source: "web", updateId: `u${nextUpdate++}`, chatId, payload });

/** Claims and completes everything due, returning the ids in the order they were claimed. */
async function drain(): Promise<number[]> {
  const order: number[] = [];
  for (;;) {
    const claimed = await inbox.intake.claim(100, ["web"]);
    if (claimed.length === 0) return order;
    for (const message of claimed) {
      order.push(message.id);
      await inbox.intake.done(message.id);
    }
  }
}

describe("the intake", () => {
  it("stores an update delivered twice at the same moment once", async () => {
    const update = entry("chat-dup");
    const [first, second] = await Promise.all([inbox.intake.accept([update]), inbox.intake.accept([update])]);
    expect([first![0]!.fresh, second![0]!.fresh].sort()).toEqual([false, true]);
    expect(first![0]!.id).toBe(second![0]!.id);
    expect(await inbox.db.inboundMessage.count({ where: { updateId: update.updateId } })).toBe(1);
    await drain();
  });

  it("keeps no content of a handled message (it may hold a phone number), and still recognises its redelivery", async () => {
    const update = { ...entry("chat-private", { text: "/gopy số tôi 0905123456" }) };
    const [stored] = (await inbox.intake.accept([update]))!;
    await drain();
    const row = await inbox.db.inboundMessage.findUniqueOrThrow({ where: { id: stored!.id } });
    expect(row).toMatchObject({ status: "done", payload: "{}" });
    const [again] = (await inbox.intake.accept([update]))!;
    expect(again).toMatchObject({ id: stored!.id, fresh: false });
    expect(await inbox.intake.claim(100, ["web"])).toEqual([]);
  });

  it("hands out only the oldest unfinished message of each chat: chats in parallel, each chat in order", async () => {
    const ids = (await inbox.intake.accept([entry("a"), entry("a"), entry("b"), entry("a"), entry("b")])).map((accepted) => accepted.id);
    const firstRound = await inbox.intake.claim(100, ["web"]);
    expect(firstRound.map((message) => message.id)).toEqual([ids[0], ids[2]]);
    expect(await inbox.intake.claim(100, ["web"])).toEqual([]);
    await inbox.intake.done(ids[0]!);
    expect((await inbox.intake.claim(100, ["web"])).map((message) => message.id)).toEqual([ids[1]]);
    await inbox.intake.done(ids[2]!);
    await inbox.intake.done(ids[1]!);
    expect(await drain()).toEqual([ids[3], ids[4]]);
  });

  it("lets anyone take over a message whose claim ran out (its process died), counting the attempt", async () => {
    const [stored] = await inbox.intake.accept([entry("crashed")]);
    const start = new Date();
    const [claimed] = await inbox.intake.claim(10, ["web"], start);
    expect(claimed).toMatchObject({ id: stored!.id, attempts: 1, repliesSent: 0 });
    await inbox.intake.repliesReached(stored!.id, 1);
    expect(await inbox.intake.claim(10, ["web"], new Date(start.getTime() + INTAKE.leaseMs - 1))).toEqual([]);
    const [again] = await inbox.intake.claim(10, ["web"], new Date(start.getTime() + INTAKE.leaseMs + 1));
    expect(again).toMatchObject({ id: stored!.id, attempts: 2, repliesSent: 1 });
    expect(again!.receivedAt.getTime()).toBe(claimed!.receivedAt.getTime());
    await inbox.intake.done(stored!.id);
  });

  it("lets a restarted instance take back at once what it had claimed when it died, and nothing another instance holds", async () => {
    const [mine, theirs] = await inbox.intake.accept([entry("died-a"), entry("died-b")]);
    const before = new Intake(inbox.db, inbox.sql, "web-1");
    await before.claim(1, ["web"]);
    await new Intake(inbox.db, inbox.sql, "web-2").claim(1, ["web"]);
    const restarted = new Intake(inbox.db, inbox.sql, "web-1");
    expect(await restarted.claim(10, ["web"])).toEqual([]);
    expect(await restarted.reclaimOwn()).toBe(1);
    const again = await restarted.claim(10, ["web"]);
    expect(again.map((message) => [message.id, message.attempts])).toEqual([[mine!.id, 2]]);
    await inbox.intake.done(mine!.id);
    await inbox.intake.release([theirs!.id]);
    await drain();
  });

  it("gives claimed messages back on a graceful stop without counting the attempt", async () => {
    const [stored] = await inbox.intake.accept([entry("stopping")]);
    await inbox.intake.claim(10, ["web"]);
    await inbox.intake.release([stored!.id]);
    const [again] = await inbox.intake.claim(10, ["web"]);
    expect(again).toMatchObject({ id: stored!.id, attempts: 1 });
    await inbox.intake.done(stored!.id);
  });

  it("lets an attempt that outlived its claim put nothing back: given back at a stop, finished or taken over elsewhere", async () => {
    const [released, finished, taken] = await inbox.intake.accept([entry("late-a"), entry("late-b"), entry("late-c")]);
    const stopping = new Intake(inbox.db, inbox.sql, "late-1");
    expect((await stopping.claim(10, ["web"])).map((message) => message.id)).toEqual([released!.id, finished!.id, taken!.id]);
    // Given back at a stop, then done by whoever took it next: the stopping attempt's failure comes late.
    await stopping.release([released!.id, finished!.id]);
    await inbox.intake.done(finished!.id);
    // Its claim ran out and another instance holds it now.
    const other = new Intake(inbox.db, inbox.sql, "late-2");
    const [again] = await other.claim(10, ["web"], new Date(Date.now() + INTAKE.leaseMs + 1));
    expect(again).toMatchObject({ id: released!.id });
    await inbox.db.inboundMessage.update({ where: { id: taken!.id }, data: { leaseUntil: new Date(Date.now() - 1) } });
    expect((await other.claim(10, ["web"])).map((message) => message.id)).toEqual([taken!.id]);
    for (const { id } of [released!, finished!, taken!]) {
      await stopping.retryLater(id, "handler broke", 0);
      await stopping.fail(id, "set aside");
    }
    const rows = await inbox.db.inboundMessage.findMany({ where: { id: { in: [released!.id, finished!.id, taken!.id] } }, orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.status, row.claimedBy, row.lastError])).toEqual([
      ["handling", "late-2", null],
      ["done", "late-1", null],
      ["handling", "late-2", null],
    ]);
    // The holder's own outcome still counts.
    await other.retryLater(taken!.id, "handler broke", 0);
    expect(await inbox.intake.status(taken!.id)).toBe("pending");
    await other.done(released!.id);
    await drain();
  });

  it("claims only the sources asked for (a channel switched off keeps its messages)", async () => {
    const [stored] = await inbox.intake.accept([{ source: "zalo_oa", updateId: "oa:kept", chatId: "oa:1", payload: {} }]);
    expect(await inbox.intake.claim(10, ["web"])).toEqual([]);
    expect((await inbox.intake.backlog()).find((entry) => entry.source === "zalo_oa")).toMatchObject({ count: 1 });
    expect((await inbox.intake.claim(10, ["zalo_oa"])).map((message) => message.id)).toEqual([stored!.id]);
    await inbox.intake.done(stored!.id);
  });

  it("stores an unpaired surrogate as U+FFFD instead of failing the write", async () => {
    const [stored] = await inbox.intake.accept([entry("surrogate", { text: "/gopy Đường \ud800 hỏng \udc00 nặng" })]);
    const [claimed] = await inbox.intake.claim(10, ["web"]);
    expect(claimed!.id).toBe(stored!.id);
    expect(claimed!.payload).toEqual({ text: "/gopy Đường \ufffd hỏng \ufffd nặng" });
    await inbox.intake.done(stored!.id);
  });

  it("records whether the database took the last write, for the health check", async () => {
    expect(inbox.intake.lastWriteFailure).toBeUndefined();
    const broken = await openTestInbox();
    await broken.db.$executeRawUnsafe('DROP TABLE "InboundMessage"');
    await expect(broken.intake.accept([entry("gone")])).rejects.toThrow();
    expect(broken.intake.lastWriteFailure?.error).toMatch(/InboundMessage/u);
    expect(broken.intake.lastWriteFailure?.error).not.toContain("[object Object]");
  });
});

describe("unique violations", () => {
  it("are recognised from raw SQL (P2010 wrapping the driver's constraint code) as from Prisma queries (P2002)", async () => {
    const insert = () => inbox.db.$executeRaw`INSERT INTO "Unit" ("code", "name") VALUES ('dup-unit', 'Đơn vị trùng')`;
    await insert();
    const raw = await insert().catch((error: unknown) => error);
    expect(raw).toMatchObject({ code: "P2010" });
    expect(isUniqueViolation(raw)).toBe(true);
    const query = await inbox.db.unit.create({ data: { code: "dup-unit", name: "x" } }).catch((error: unknown) => error);
    expect(isUniqueViolation(query)).toBe(true);
    expect(isUniqueViolation(new Error("UNIQUE constraint failed"))).toBe(false);
    const direct = await sqlRunner(inbox.db).execute(Prisma.sql`INSERT INTO "Unit" ("code", "name") VALUES ('dup-unit', 'Đơn vị trùng')`).catch((error: unknown) => error);
    expect(direct).toBeInstanceOf(SqlError);
    expect(isUniqueViolation(direct)).toBe(true);
    expect(isUniqueViolation(await sqlRunner(inbox.db).execute(Prisma.sql`INSERT INTO "Nowhere" VALUES (1)`).catch((error: unknown) => error))).toBe(false);
  });
});
