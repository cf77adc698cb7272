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
});
