/** Telex keys a failed keyboard left, read as the letters they stand for. */
import { describe, expect, it } from "vitest";
import { untelexed } from "../../src/core/telex.js";
import { asMeant } from "../../src/core/text.js";

describe("untelexed", () => {
  it("reads words typed as Telex keys once the message shows two with letter pairs, tone keys alone then too", () => {
    expect(untelexed("đơn tui nộp hooif thangs trước, giowf ddax cos kết quả chưa?")).toBe("đơn tui nộp hồi tháng trước, giờ đã có kết quả chưa?");
    expect(untelexed("Nguwowif daan hoir veef nghij quyeets")).toBe("Người dân hỏi về nghị quyết");
  });

  it("puts the tone where Vietnamese does: on a modified vowel, on the second before a final consonant, else on the first", () => {
    expect(untelexed("khoong tuaanf truowcs hoaf thuyr quys toans")).toBe("không tuần trước hòa thủy quý toán");
  });

  it("keeps a message typed without diacritics, English words, addresses and a single pair as typed", () => {
    for (const text of ["cho toi hoi ve dan van voi", "dang ky facebook voi zoom, google", "xem www.goo.com hoac abc@gmail.com dum", "cai xoong nha tui bi thung", "cái moong đào đất sét sát nhà, bờ moong sụt rồi", "Gas re qua, bus chay tre"]) {
      expect(untelexed(text), text).toBe(text);
    }
  });

  it("is part of reading a message as meant, after letters held for emphasis", () => {
    expect(asMeant("giowf xuwr lys towis ddaau rooif bottt")).toBe("giờ xử lý tới đâu rồi bot");
  });
});
