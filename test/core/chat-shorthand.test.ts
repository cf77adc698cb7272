/** Chat shorthand written out, for the rules that read chat messages. */
import { describe, expect, it } from "vitest";
import { afterSelfCorrection, CHAT_SHORTHAND, expandFoldedShorthand, expandShorthand, splitAside, spokenCode, withoutHesitations } from "../../src/core/chat-shorthand.js";
import { fold } from "../../src/core/text.js";

describe("chat shorthand", () => {
  it("writes out what people type for common words, with or without diacritics", () => {
    expect(expandShorthand("ko")).toBe("không");
    expect(expandShorthand("dc")).toBe("được");
    expect(expandShorthand("constructor")).toBeUndefined();
    expect(expandFoldedShorthand("nuoc len ko chay dc r")).toBe("nuoc len khong chay duoc roi");
    expect(expandFoldedShorthand("hoi j cung ko tl")).toBe("hoi gi cung khong tra loi");
    // Letters a slow typist drops.
    expect(expandFoldedShorthand("xay bao nhiu can, nam mo xog")).toBe("xay bao nhieu can, nam mo xong");
  });

  it("leaves other words, and abbreviations that mean two things, as they are", () => {
    expect(expandShorthand("nha")).toBeUndefined();
    for (const ambiguous of ["bn", "dg", "hem", "e", "a"]) expect(CHAT_SHORTHAND[ambiguous], ambiguous).toBeUndefined();
    expect(expandFoldedShorthand("dau hem co den")).toBe("dau hem co den");
  });

  it("lists every shorthand in lower case, without spaces, as a word that means something else once written out", () => {
    for (const [said, meant] of Object.entries(CHAT_SHORTHAND)) {
      expect(said).toMatch(/^[a-zđ]+$/u);
      expect(fold(meant)).not.toBe(said);
    }
  });

  it("drops the hesitations a voice keyboard writes down, keeps a message made only of one and every word that only looks like one", () => {
    expect(withoutHesitations("ờ cho tui hỏi, ờ, lương hưu tháng ni")).toBe("cho tui hỏi, lương hưu tháng ni");
    expect(withoutHesitations("Ờ còn ban tuyên giáo thì sao")).toBe("còn ban tuyên giáo thì sao");
    // The line a chat app puts above a forwarded message goes; one's own words that start like it stay.
    expect(withoutHesitations("[Forwarded from Nhóm Tổ 5 - Vĩnh Điện]\nĐường tổ 5 ngập rồi")).toBe("Đường tổ 5 ngập rồi");
    expect(withoutHesitations("Tin nhắn chuyển tiếp từ Lan:\nmưa to quá")).toBe("mưa to quá");
    for (const own of ["Chuyển tiếp từ xã lên huyện rồi mà chưa thấy ai\nxin hỏi giúp", "Chuyển tiếp từ anh Tư: đường thôn 3 sạt\ncó ai lên không"]) expect(withoutHesitations(own)).toBe(own);
    expect(withoutHesitations("ờ")).toBe("ờ");
    // "ở" (at), "ơi" (calling) and "o" typed without marks are words.
    expect(withoutHesitations("bot ơi, nhà tui ở Tam Kỳ")).toBe("bot ơi, nhà tui ở Tam Kỳ");
    expect(withoutHesitations("o dau vay")).toBe("o dau vay");
  });

  it("reads a tracking code read out to a voice keyboard as digits after PA, starting again after a correction", () => {
    expect(spokenCode("mã của tui là pê a hai không hai sáu không không không ba bốn bảy á")).toBe("PA 2026000347");
    expect(spokenCode("pê a hai không hai lăm à không hai không hai sáu không không một")).toBe("PA 2026001");
    expect(spokenCode("tui ở thôn ba, nhà số hai")).toBeUndefined();
  });

  it("tells a question with another tacked on as an aside after its question mark, not a message that only opens so", () => {
    expect(splitAside("Văn bản có nhắc chuyện đối thoại với dân không? À tiện hỏi luôn, lịch cúp điện tuần này ra sao?")).toEqual({
      main: "Văn bản có nhắc chuyện đối thoại với dân không?",
      aside: "À tiện hỏi luôn, lịch cúp điện tuần này ra sao?",
    });
    expect(splitAside("thu ngan sach nam 2022 la bao nhieu? voi lai nam nay thi sao?")?.main).toBe("thu ngan sach nam 2022 la bao nhieu?");
    expect(splitAside("Với lại cho hỏi nghị quyết có mấy phần?")).toBeUndefined();
    expect(splitAside("Nghị quyết có mấy phần? Mục tiêu là gì?")).toBeUndefined();
  });

  it("keeps what is asked again after one takes back what one typed, on its line or after a sentence, and leaves other words alone", () => {
    expect(afterSelfCorrection("giá vàng bữa ni bao nhiêu\nxin lỗi, tui hỏi lại: nghị quyết giao Mặt trận làm gì?")).toBe("nghị quyết giao Mặt trận làm gì?");
    expect(afterSelfCorrection("Mục tiêu năm 2025 là chi? À nhầm, hỏi lại nha, tới 2030 tỉnh muốn thành tỉnh ra sao?")).toBe("tới 2030 tỉnh muốn thành tỉnh ra sao?");
    expect(withoutHesitations("ua khoan hoi lai: co noi ve chuc sac ton giao khong")).toBe("co noi ve chuc sac ton giao khong");
    for (const own of ["Dân hỏi lại: bao giờ sửa cầu?", "Tháng trước có nhắn rồi. Tui hỏi lại: có ai xem chưa?", "tui đã hỏi lại xã hai bận, vẫn im", "hỏi lại:"]) expect(afterSelfCorrection(own)).toBe(own);
  });
});
