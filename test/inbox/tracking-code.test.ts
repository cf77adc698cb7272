/** Tracking codes as people type them or read them out. */
import { describe, expect, it } from "vitest";
import { parseTrackingCode } from "../../src/inbox/reports.js";

describe("tracking codes", () => {
  it("reads a code typed in any spacing and one read out to a voice keyboard", () => {
    expect(parseTrackingCode("PA-2026-000123")).toBe("PA-2026-000123");
    expect(parseTrackingCode("cho hỏi pa 2026 123 tới đâu rồi")).toBe("PA-2026-000123");
    expect(parseTrackingCode("mã số phản ánh của tui là pê a hai không hai sáu không không không chín chín một, cho hỏi đã có ai xử lý chưa")).toBe("PA-2026-000991");
    expect(parseTrackingCode("phản ánh của tui hôm thứ hai, giờ tới đâu rồi")).toBeUndefined();
  });

  it("joins the six digits typed in two halves, and only three-digit halves", () => {
    expect(parseTrackingCode("ma cua toi PA 2026 000 518 sao chua thay tra loi")).toBe("PA-2026-000518");
    expect(parseTrackingCode("PA-2026-000.518")).toBe("PA-2026-000518");
    expect(parseTrackingCode("PA-2026-000518 123456")).toBe("PA-2026-000518");
    expect(parseTrackingCode("pa 2026 518 15 ngày rồi")).toBe("PA-2026-000518");
  });
});
