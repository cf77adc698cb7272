/**
 * The units list: knowledge/<UNITS_FILE> seeds an empty table; after that the database is the list,
 * and a restart's seeding undoes no admin's edit (rename, group, deactivation, deletion, addition).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../src/inbox/inbox.js";
import { openTestInbox } from "../helpers/database.js";

let inbox: Inbox;
const SEED = [
  { code: "bdv", name: "Ban Dân vận Tỉnh ủy" },
  { code: "mttq", name: "Ủy ban MTTQ Việt Nam tỉnh" },
  { code: "congan", name: "Công an tỉnh" },
];

beforeAll(async () => {
  inbox = await openTestInbox();
});

describe("seeding the units", () => {
  it("fills an empty table, then leaves admins' edits alone at every restart", async () => {
    expect(await inbox.units.seed(SEED)).toBe(3);
    const [bdv, mttq, congan] = await inbox.units.active();
    await inbox.units.update(bdv!.id, { name: "Ban Dân vận Thành ủy Đà Nẵng", telegramChatId: "-1009876543210" });
    await inbox.units.setActive(mttq!.id, false);
    expect(await inbox.units.remove(congan!.id)).toEqual({ ok: true, unit: congan });
    await inbox.units.add("dien-luc", { name: "Điện lực", telegramChatId: null });

    // A restart seeds again from the file: nothing changes.
    expect(await inbox.units.seed(SEED)).toBe(0);
    expect((await inbox.units.listing()).map(({ code, name, active, telegramChatId }) => ({ code, name, active, telegramChatId }))).toEqual([
      { code: "bdv", name: "Ban Dân vận Thành ủy Đà Nẵng", active: true, telegramChatId: "-1009876543210" },
      { code: "mttq", name: "Ủy ban MTTQ Việt Nam tỉnh", active: false, telegramChatId: null },
      { code: "dien-luc", name: "Điện lực", active: true, telegramChatId: null },
    ]);
    expect((await inbox.units.active()).map((unit) => unit.code)).toEqual(["bdv", "dien-luc"]);
    expect(await inbox.units.byCode("mttq")).toBeUndefined();
  });

  it("refuses a code that is taken", async () => {
    expect(await inbox.units.add("bdv", { name: "Trùng mã", telegramChatId: null })).toBeUndefined();
  });
});
