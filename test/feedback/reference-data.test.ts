/**
 * The shipped area lists: the 2025 one follows Nghị quyết 1659/NQ-UBTVQH15 (94 units), every name
 * people type leads to one unit, and old names (communes, districts) lead to the unit they became.
 * The shipped unit lists: the 2025 one names the bodies in force, each suggests a unit of its own
 * list for every topic, and a list that names a missing unit stops the start.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_ORGANISATION } from "../../src/core/organisation.js";
import { fold } from "../../src/core/text.js";
import { startForm, step, withClassification, type FlowContext } from "../../src/feedback/flow.js";
import { DEFAULT_AREAS_FILE, DEFAULT_UNITS_FILE, findArea, loadReferenceData, suggestedUnitOf } from "../../src/feedback/reference-data.js";
import { TOPICS } from "../../src/feedback/taxonomy.js";
import { tempDir } from "../helpers/knowledge.js";
import { KNOWLEDGE_DIR } from "../helpers/paths.js";

interface AreaEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly formedFrom: readonly string[];
}

const file = JSON.parse(readFileSync(join(KNOWLEDGE_DIR, "areas-2025.json"), "utf8")) as { source: Record<string, unknown>; areas: AreaEntry[] };
const areas = loadReferenceData(KNOWLEDGE_DIR).areas;
const areaOf = (text: string) => findArea(text, areas)?.name;

describe("the 2025 area list (knowledge/areas-2025.json)", () => {
  it("is the default and has the 94 units of the resolution: 23 wards, 70 communes, 1 special zone", () => {
    expect(DEFAULT_AREAS_FILE).toBe("areas-2025.json");
    expect(file.source).toMatchObject({ date: "2025-06-16", counts: { total: 94, phuong: 23, xa: 70, dacKhu: 1 } });
    expect(String(file.source["document"])).toContain("1659/NQ-UBTVQH15");
    expect(areas).toHaveLength(94);
    const kinds = areas.map((area) => /^(Phường|Xã|Đặc khu) /u.exec(area.name)?.[1]);
    expect([kinds.filter((kind) => kind === "Phường").length, kinds.filter((kind) => kind === "Xã").length, kinds.filter((kind) => kind === "Đặc khu").length]).toEqual([23, 70, 1]);
  });

  it("has no name twice, and each name people type belongs to one unit", () => {
    const owner = new Map<string, string>();
    for (const area of areas) {
      for (const name of [area.name, ...area.aliases]) {
        const key = name.normalize("NFC").toLowerCase();
        expect(owner.get(key) ?? area.name, `${name} is a name of ${owner.get(key)} and ${area.name}`).toBe(area.name);
        owner.set(key, area.name);
      }
    }
    expect(new Set(areas.map((area) => area.name)).size).toBe(94);
  });

  it("leads each old ward, commune and town of the resolution to the unit it became, as written there", () => {
    const whole = file.areas.flatMap((area) => area.formedFrom.filter((old) => !old.includes("(")).map((old) => [old, area.name] as const));
    expect(whole.length).toBeGreaterThan(250);
    for (const [old, area] of whole) expect(areaOf(`Ở ${old} có việc cần phản ánh`), old).toBe(area);
  });

  it("leads old district and city names, with or without diacritics, to the unit of that name or seat", () => {
    expect(areaOf("Đường ở huyện Thăng Bình hư hỏng nặng")).toBe("Xã Thăng Bình");
    expect(areaOf("duong o huyen thang binh hu hong nang")).toBe("Xã Thăng Bình");
    expect(areaOf("Phố cổ Hội An ngập nước")).toBe("Phường Hội An");
    expect(areaOf("pho co hoi an ngap nuoc")).toBe("Phường Hội An");
    expect(areaOf("huyện Phước Sơn")).toBe("Xã Khâm Đức");
    expect(areaOf("Bắc Trà My")).toBe("Xã Trà My");
    expect(areaOf("nam tra my")).toBe("Xã Nam Trà My");
    expect(areaOf("quận Sơn Trà")).toBe("Phường Sơn Trà");
  });

  it("prefers the most precise name: an old commune over the old district named after it", () => {
    expect(areaOf("ở thôn 4 xã Tam Ngọc, Tam Kỳ")).toBe("Phường Hương Trà");
    expect(areaOf("xa binh minh, huyen thang binh")).toBe("Xã Thăng An");
    expect(areaOf("Hội An Đông")).toBe("Phường Hội An Đông");
  });

  it("takes names that differ only by diacritics only as typed with them", () => {
    expect(areaOf("xã Tam Thanh")).toBe("Phường Quảng Phú");
    expect(areaOf("xã Tam Thạnh")).toBe("Xã Đức Phú");
    expect(areaOf("xã Tam Thành")).toBe("Xã Tây Hồ");
    expect(areaOf("xa tam thanh")).toBeUndefined();
    expect(areaOf("phường Phước Ninh")).toBe("Phường Hải Châu");
    expect(areaOf("xã Phước Ninh")).toBe("Xã Quế Phước");
  });

  it("leaves the commune split in two (Hòa Liên) to staff, and everyday words are no area", () => {
    expect(areaOf("xã Hòa Liên")).toBeUndefined();
    expect(areaOf("Ba tháng nay không ai thu gom rác")).toBeUndefined();
    expect(areaOf("Chúc cán bộ bình an")).toBeUndefined();
  });

  it("keeps the 2023 districts of Quảng Nam as the other list", () => {
    const old = loadReferenceData(KNOWLEDGE_DIR, { areas: "areas-2023.json" }).areas;
    expect(old).toHaveLength(18);
    expect(findArea("huyen thang binh", old)?.name).toBe("Huyện Thăng Bình");
    expect(old.every((area) => fold(area.name) !== fold("Phường Hội An"))).toBe(true);
  });
});

describe("the unit lists (knowledge/units-*.json)", () => {
  it("ship the bodies in force since 2025 by default, with no district level left", () => {
    expect(DEFAULT_UNITS_FILE).toBe("units-2025.json");
    const { units, suggestedUnits } = loadReferenceData(KNOWLEDGE_DIR);
    const names = units.map((unit) => unit.name);
    expect(names).toEqual(expect.arrayContaining(["Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Nội vụ", "UBND xã, phường, đặc khu nơi xảy ra vụ việc"]));
    expect(names.join("\n")).not.toMatch(/huyện|thị trấn|Tài nguyên và Môi trường|Giao thông vận tải|Thương binh/u);
    for (const topic of TOPICS) expect(names).toContain(suggestedUnitOf(topic, { suggestedUnits }));
    expect(suggestedUnitOf("ha_tang", { suggestedUnits })).toBe("Sở Xây dựng");
    expect(suggestedUnitOf("ha_tang", { suggestedUnits, topicUnits: { ha_tang: "Công ty Điện lực" } })).toBe("Công ty Điện lực");
  });

  it("keep the 2023 bodies as the other list", () => {
    const old = loadReferenceData(KNOWLEDGE_DIR, { units: "units-2023.json" });
    expect(old.units.map((unit) => unit.name)).toContain("Sở Tài nguyên và Môi trường");
    expect(old.suggestedUnits.dat_dai).toBe("Sở Tài nguyên và Môi trường");
    for (const topic of TOPICS) expect(old.units.map((unit) => unit.name)).toContain(old.suggestedUnits[topic]);
  });

  it("refuse a list that suggests a unit it does not have, or leaves a topic out, naming the file", () => {
    const dir = tempDir("units");
    for (const file of [DEFAULT_AREAS_FILE, "deadlines.json", "holidays.json"]) copyFileSync(join(KNOWLEDGE_DIR, file), join(dir, file));
    const shipped = JSON.parse(readFileSync(join(KNOWLEDGE_DIR, DEFAULT_UNITS_FILE), "utf8")) as { units: unknown[]; suggested: Record<string, string> };
    writeFileSync(join(dir, DEFAULT_UNITS_FILE), JSON.stringify({ ...shipped, suggested: { ...shipped.suggested, ha_tang: "so-giao-thong" } }));
    expect(() => loadReferenceData(dir)).toThrow(/units-2025\.json[\s\S]*suggested\.ha_tang[\s\S]*so-giao-thong/u);
    const { khac: _left, ...partial } = shipped.suggested;
    writeFileSync(join(dir, DEFAULT_UNITS_FILE), JSON.stringify({ ...shipped, suggested: partial }));
    expect(() => loadReferenceData(dir)).toThrow(/units-2025\.json[\s\S]*khac/u);
  });
});

describe("an old name typed by a citizen in the feedback form", () => {
  const ctx: FlowContext = { areas, organisation: DEFAULT_ORGANISATION, now: 1_000_000 };

  it("is suggested from the description and taken when typed at the area step", () => {
    const typed = step(startForm(ctx).form!, { kind: "text", text: "Cầu treo ở xã Tiên Lãnh, huyện Tiên Phước bị hư hỏng, người dân đi lại nguy hiểm." }, ctx);
    expect(typed.form?.suggestedArea).toBe("Xã Lãnh Ngọc");
    const atArea = step(withClassification(typed.form!, { topic: "ha_tang", urgent: false, reasons: [] }, ctx).form!, { kind: "choice", value: "fb:topic:ha_tang" }, ctx).form!;
    expect(atArea.step).toBe("area");
    expect(step(atArea, { kind: "text", text: "huyen thang binh" }, ctx).form).toMatchObject({ area: "Xã Thăng Bình", step: "contact" });
  });
});
