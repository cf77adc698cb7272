import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { CITIZEN_ID_MASK, findPersonalData, maskLogFields, maskPersonalData } from "../../src/core/privacy.js";

const kinds = (text: string) => findPersonalData(text).map((item) => item.kind);

describe("findPersonalData", () => {
  it.each([
    ["SĐT em 0909 777 888", "0909 777 888"],
    ["gọi 0909.777.888 nhé", "0909.777.888"],
    ["số 0935-123-456", "0935-123-456"],
    ["liên hệ 0388456789", "0388456789"],
    ["+84 909 777 888", "+84 909 777 888"],
    ["zalo 84909777888", "84909777888"],
    ["máy bàn 0235 3852 123", "0235 3852 123"],
  ])("finds the phone number in %s", (text, value) => {
    expect(findPersonalData(text)).toEqual([{ kind: "phone", start: text.indexOf(value), end: text.indexOf(value) + value.length, value }]);
  });

  it("finds 12-digit citizen ID numbers, grouped or not, before the phone numbers inside them", () => {
    expect(findPersonalData("CCCD 049201000123")).toEqual([{ kind: "citizen_id", start: 5, end: 17, value: "049201000123" }]);
    expect(kinds("căn cước: 049 201 000 123")).toEqual(["citizen_id"]);
    // Contains "0790909777…", a valid-looking mobile number: still one ID number.
    expect(kinds("CCCD 079090977788")).toEqual(["citizen_id"]);
  });

  it("finds e-mail addresses, also one whose name is a phone number", () => {
    expect(findPersonalData("gửi về lan.nguyen@gmail.com.")).toEqual([{ kind: "email", start: 7, end: 27, value: "lan.nguyen@gmail.com" }]);
    expect(kinds("0909777888@gmail.com")).toEqual(["email"]);
  });

  it("finds several items, in order, and phones glued to letters", () => {
    const text = "Anh Ba (0909 777 888, ba@quangnam.gov.vn), CCCD 049201000123; chị Tư sdt0911222333ạ";
    expect(findPersonalData(text).map((item) => [item.kind, item.value])).toEqual([
      ["phone", "0909 777 888"],
      ["email", "ba@quangnam.gov.vn"],
      ["citizen_id", "049201000123"],
      ["phone", "0911222333"],
    ]);
  });

  it.each([
    "bồi thường 12.000.000 đồng",
    "nộp ngày 20/12/2021, hẹn 03/01/2022",
    "năm 2021 tăng 4,8%",
    "số tài khoản 0071000123456",
    "mã hồ sơ 000.12.34.H55",
    "số cũ 0123456789 (đầu 01 không còn dùng)",
    "11 chữ số 09097778889",
    "20 chữ số 09097778880909777888",
    "thửa 12, tờ bản đồ 30, diện tích 1.200m2",
  ])("leaves numbers that are not personal data alone: %s", (text) => {
    expect(findPersonalData(text)).toEqual([]);
    expect(maskPersonalData(text)).toBe(text);
  });

  it("stays fast on 20,000 characters of hostile input", () => {
    for (const text of ["0".repeat(20_000), "0 ".repeat(10_000), "a".repeat(20_000), "a@".repeat(10_000), `${"a.".repeat(10_000)}@`, "+84".repeat(6_000), "0909777888 ".repeat(1_800)]) {
      const started = performance.now();
      findPersonalData(text);
      maskPersonalData(text);
      expect(performance.now() - started, text.slice(0, 10)).toBeLessThan(200);
    }
  });
});

describe("maskPersonalData", () => {
  it("keeps the first and last two digits of a phone and its grouping, and the rest of the text byte for byte", () => {
    expect(maskPersonalData("SĐT em 0909 777 888 nhé")).toBe("SĐT em 09xx xxx x88 nhé");
    expect(maskPersonalData("0911.888.999")).toBe("09xx.xxx.x99");
    expect(maskPersonalData("CCCD: 049 201 000 123.")).toBe(`CCCD: ${CITIZEN_ID_MASK}.`);
    expect(maskPersonalData("mail lan.nguyen@gmail.com")).toBe("mail l***@gmail.com");
    const plain = "Bồi thường 12.000.000 đồng ngày 20/12/2021 — “không đổi”\u00a0ạ";
    expect(maskPersonalData(plain)).toBe(plain);
  });

  it("masks every item of a long text", () => {
    const text = "Liên hệ 0909 777 888. ".repeat(1_000);
    const masked = maskPersonalData(text);
    expect(masked).not.toContain("777");
    expect(masked.length).toBe(text.length);
  });
});

describe("maskLogFields", () => {
  it("masks strings in nested fields and keeps other values", () => {
    const date = new Date(0);
    expect(maskLogFields({ text: "sdt 0909777888", nested: { list: ["0911 222 333", 5] }, count: 2, at: date, none: null })).toEqual({
      text: "sdt 09xxxxxx88",
      nested: { list: ["09xx xxx x33", 5] },
      count: 2,
      at: date,
      none: null,
    });
  });

  it("keeps phone numbers out of a pino log when used as its log formatter", () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ formatters: { log: maskLogFields } }, stream);
    logger.info({ text: "Em bị dọa, SĐT em 0909 777 888, CCCD 049201000123", chat: { from: "0388456789" } }, "feedback received");
    const line = lines.join("");
    expect(line).toContain("feedback received");
    expect(line).toContain("09xx xxx x88");
    for (const secret of ["0909 777 888", "049201000123", "0388456789", "777 888"]) expect(line).not.toContain(secret);
  });
});
