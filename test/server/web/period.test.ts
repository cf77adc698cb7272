/** The dashboard's periods are Vietnam calendar periods: a week from Monday, month, quarter, year, or days chosen. */
import { describe, expect, it } from "vitest";
import { periodOf, PeriodQuery } from "../../../src/server/web/period.js";

// Wednesday 2 December 2026, 03:11 in Vietnam: still Tuesday 1 December in UTC.
const NOW = new Date("2026-12-01T20:11:00Z");
const of = (query: Record<string, string>) => periodOf(PeriodQuery.parse(query), NOW);

describe("periods", () => {
  it("are this week, month, quarter and year in Vietnam time", () => {
    expect(of({ ky: "tuan" })).toMatchObject({ from: new Date("2026-11-29T17:00:00Z"), to: new Date("2026-12-06T16:59:59.999Z"), label: "Tuần này (30/11/2026 – 06/12/2026)", fromDay: "2026-11-30", toDay: "2026-12-06" });
    expect(of({ ky: "thang" })).toMatchObject({ from: new Date("2026-11-30T17:00:00Z"), to: new Date("2026-12-31T16:59:59.999Z"), label: "Tháng này (01/12/2026 – 31/12/2026)" });
    expect(of({ ky: "quy" })).toMatchObject({ from: new Date("2026-09-30T17:00:00Z"), label: "Quý này (01/10/2026 – 31/12/2026)" });
    expect(of({ ky: "nam" })).toMatchObject({ from: new Date("2025-12-31T17:00:00Z"), to: new Date("2026-12-31T16:59:59.999Z"), label: "Năm nay (01/01/2026 – 31/12/2026)" });
  });

  it("take custom days in either order, open-ended on a side left out", () => {
    expect(of({ ky: "tuy_chon", from: "2026-03-31", to: "2026-03-01" })).toMatchObject({ from: new Date("2026-02-28T17:00:00Z"), to: new Date("2026-03-31T16:59:59.999Z"), label: "Tùy chọn (01/03/2026 – 31/03/2026)" });
    const open = of({ ky: "tuy_chon", from: "2026-05-01" });
    expect(open).toMatchObject({ from: new Date("2026-04-30T17:00:00Z"), label: "Tùy chọn (01/05/2026 – nay)" });
    expect(open.to).toBeUndefined();
  });

  it("fall back to everything for anything else", () => {
    for (const query of [{}, { ky: "thế kỷ" }, { ky: "tuy_chon", from: "hôm qua" }] as Array<Record<string, string>>) {
      const period = of(query);
      expect(period.from, JSON.stringify(query)).toBeUndefined();
      expect(period.to).toBeUndefined();
    }
    expect(of({}).label).toBe("Từ trước đến nay");
  });
});
