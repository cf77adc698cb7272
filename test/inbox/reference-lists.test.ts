/**
 * The lists admins keep: the shipped files fill empty tables once; after that a restart changes
 * nothing, and `load` gives the stored lists as the flow, the classifier and the deadlines read them
 * (a chosen unit that is deactivated falls back to the built-in suggestion).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { classifyFeedback, classifyFeedbackByRules } from "../../src/feedback/classifier.js";
import { LiveReference } from "../../src/feedback/live-reference.js";
import { findArea, suggestedUnitOf, topicLabelOf } from "../../src/feedback/reference-data.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import { testReference } from "../helpers/assistant.js";
import { openTestInbox } from "../helpers/database.js";

let inbox: Inbox;

beforeAll(async () => {
  inbox = await openTestInbox();
  await inbox.units.seed(testReference.units);
});

describe("the lists admins keep", () => {
  it("are filled from the shipped files once; a restart's seeding undoes no edit", async () => {
    await inbox.lists.seed(testReference);
    expect(await inbox.db.area.count()).toBe(94);
    const hoiAn = (await inbox.lists.areas()).find((area) => area.name === "Phường Hội An")!;
    expect(await inbox.lists.updateArea(hoiAn.id, { name: "Phường Hội An", aliases: ["Phố cổ"] })).toMatchObject({ ok: true });
    expect(await inbox.lists.removeArea((await inbox.lists.areas()).find((area) => area.name === "Xã Tân Hiệp")!.id)).toMatchObject({ ok: true });
    await inbox.lists.removeHoliday("2026-09-02");
    await inbox.lists.setTopic("ha_tang", { label: "Giao thông, điện, nước", workingDays: 5, unitCode: "ubnd-xa", cues: ["trụ nước cứu hỏa"] });

    await inbox.lists.seed(testReference);
    expect(await inbox.db.area.count()).toBe(93);
    expect((await inbox.lists.area(hoiAn.id))?.aliases).toEqual(["Phố cổ"]);
    expect((await inbox.lists.holidays()).map((holiday) => holiday.date)).not.toContain("2026-09-02");
    expect((await inbox.lists.topicSettings()).find((row) => row.topic === "ha_tang")).toEqual({ topic: "ha_tang", label: "Giao thông, điện, nước", workingDays: 5, unitCode: "ubnd-xa", cues: ["trụ nước cứu hỏa"] });
  });

  it("load as the running program uses them, and a LiveReference takes them without a restart", async () => {
    const reference = new LiveReference(testReference);
    expect(findArea("phố cổ", reference.areas)).toBeUndefined();
    reference.replace(await inbox.lists.load(reference.seed));
    expect(findArea("phố cổ", reference.areas)?.name).toBe("Phường Hội An");
    expect(reference.areas.map((area) => area.name)).not.toContain("Xã Tân Hiệp");
    expect(reference.holidays.has("2026-09-02")).toBe(false);
    expect(reference.deadlines.workingDays).toMatchObject({ ha_tang: 5, dat_dai: 30 });
    expect(reference.topicLabels).toEqual({ ha_tang: "Giao thông, điện, nước" });
    expect([topicLabelOf("ha_tang", reference), topicLabelOf("dat_dai", reference), topicLabelOf("cu_2023", reference)]).toEqual(["Giao thông, điện, nước", "Đất đai, bồi thường, tái định cư", "cu_2023"]);
    expect(reference.deadlines.urgentHours).toBe(testReference.deadlines.urgentHours);
    expect(suggestedUnitOf("ha_tang", reference)).toBe("UBND xã, phường, đặc khu nơi xảy ra vụ việc");
    expect(suggestedUnitOf("dat_dai", reference)).toBe("Sở Nông nghiệp và Môi trường");
    expect(reference.units).toBe(testReference.units);

    // The cue words count in the offline classifier, with or without diacritics: to the rules alone, nothing here names a topic
    // (the learned topic model, a second opinion, may still guess it).
    expect(classifyFeedbackByRules("Trụ nước cứu hỏa trước chợ bị xe tông gãy nhiều ngày.").topic).toBe("khac");
    expect(classifyFeedback("Trụ nước cứu hỏa trước chợ bị xe tông gãy nhiều ngày.", reference.topicCues)).toMatchObject({ topic: "ha_tang", reasons: [expect.stringContaining("trụ nước cứu hỏa")] });
    expect(classifyFeedback("tru nuoc cuu hoa truoc cho bi xe tong gay nhieu ngay", reference.topicCues).topic).toBe("ha_tang");

    const unit = (await inbox.units.active()).find((row) => row.code === "ubnd-xa")!;
    await inbox.units.setActive(unit.id, false);
    reference.replace(await inbox.lists.load(reference.seed));
    expect(suggestedUnitOf("ha_tang", reference)).toBe("Sở Xây dựng");
  });

  it("refuse an area name another area has", async () => {
    const areas = await inbox.lists.areas();
    expect(await inbox.lists.addArea({ name: "Phường Tam Kỳ", aliases: [] })).toEqual({ ok: false, reason: "name-taken" });
    expect(await inbox.lists.updateArea(areas[0]!.id, { name: "Phường Tam Kỳ", aliases: [] })).toEqual({ ok: false, reason: "name-taken" });
    expect(await inbox.lists.updateArea(999_999, { name: "Không có", aliases: [] })).toEqual({ ok: false, reason: "unknown" });
  });
});
