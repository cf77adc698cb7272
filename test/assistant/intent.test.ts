/** The offline intent rules, on the kinds of message the issue names (not the eval sentences). */
import { describe, expect, it } from "vitest";
import { classifyIntent, inDomain } from "../../src/assistant/intent.js";
import { fold } from "../../src/core/text.js";

const intentOf = (text: string, history: string[] = []) => classifyIntent(text, { history }).intent;

describe("offline intent rules", () => {
  it("reads complaints and requests as reports, also phrased as a question or typed without diacritics", () => {
    const reports = [
      "Tôi muốn phản ánh việc cán bộ xã thu tiền sai quy định khi làm giấy tờ đất",
      "Tôi muốn khiếu nại về việc bồi thường đất đai",
      "Cho tôi hỏi sao xã tôi làm đường mà không họp dân, nhà tôi bị lấn mất 2 mét đất?",
      "Đèn đường ở thôn 4 hư cả tháng nay, tối đi học con nít té hoài, đề nghị xã sửa giúp",
    ];
    for (const text of reports) {
      expect(intentOf(text), text).toBe("report");
      expect(intentOf(fold(text)), fold(text)).toBe("report");
    }
  });

  it("reads a complaint of 5,000 characters as a report", () => {
    const long = `Tôi xin phản ánh việc xe chở cát chạy suốt đêm qua thôn tôi, đường hư hỏng nặng. ${"Bụi mù mịt, nhà cửa nứt, con nít ho suốt. ".repeat(120)}`.slice(0, 5000);
    expect(long).toHaveLength(5000);
    expect(intentOf(long)).toBe("report");
  });

  it("takes a message that mixes a question with a complaint as a report (the confirmation lets the person say otherwise)", () => {
    expect(intentOf("Nghị quyết nói phải tiếp dân, vậy sao xã tôi 3 tháng nay không ai tiếp, tôi gửi đơn mấy lần bị đùn đẩy hoài?")).toBe("report");
  });

  it("keeps questions about the resolution as questions, even when they name complaint topics", () => {
    for (const text of ["Nghị quyết nói gì về khiếu nại, tố cáo của dân?", "nghi quyet co nhac den ma tuy khong", "Ai chịu trách nhiệm theo dõi việc thực hiện nghị quyết?", "Mục tiêu đến năm 2025 là gì?"]) {
      expect(intentOf(text), text).toBe("question");
    }
  });

  it("reads greetings, thanks, goodbyes (with emoji) and questions about the bot as smalltalk", () => {
    for (const text of ["Chào bạn 👋", "xin chao", "cảm ơn nhiều nha 🙏🙏", "😊", "bye bot", "Bạn là ai vậy?", "bot làm được gì?", "Bạn có phải người thật không?"]) {
      expect(intentOf(text), text).toBe("smalltalk");
    }
    expect(classifyIntent("Bạn có phải ChatGPT không?").detail).toBe("self");
  });

  it("answers rudeness aimed at the bot calmly, as smalltalk", () => {
    const verdict = classifyIntent("bot ngu thế, trả lời như không");
    expect(verdict).toMatchObject({ intent: "smalltalk", detail: "profanity" });
  });

  it("reads asking after one's own report as tracking: a code alone, a code with a question, or words about it", () => {
    expect(intentOf("PA-2026-000123")).toBe("tracking");
    expect(intentOf("pa 2026 123 sao rồi")).toBe("tracking");
    expect(intentOf("phản ánh của tôi hôm trước đến đâu rồi?")).toBe("tracking");
    expect(intentOf("có ai xem vụ đó chưa vậy?", ["Tôi phản ánh cống thoát nước trước nhà bị nghẹt"])).toBe("tracking");
    // Without a report told before, "vụ đó" is not enough.
    expect(intentOf("có ai xem vụ đó chưa vậy?")).not.toBe("tracking");
  });

  it("declines kinds of question the documents never answer, even when they reuse the resolution's words", () => {
    for (const text of ["Thủ đô của Pháp là gì?", "giá vàng hôm nay bao nhiêu", "Thủ tục cấp lại sổ đỏ cần giấy tờ gì?", "Nghị quyết 35 quy định tiêu chuẩn cán bộ thế nào?", "Phụ cấp trưởng thôn bao nhiêu một tháng?"]) {
      expect(intentOf(text), text).toBe("out-of-scope");
    }
  });

  it("says a question typed in English is out of scope, so that the reply can say it works in Vietnamese", () => {
    expect(classifyIntent("What does this resolution say about ethnic minorities?")).toMatchObject({ intent: "out-of-scope", detail: "english" });
  });

  it("tells an empty message (an empty question) from emoji alone (a greeting)", () => {
    expect(intentOf("   ")).toBe("question");
    expect(intentOf("👍")).toBe("smalltalk");
  });

  it("knows the documents' domain: in it a question gets the nearest passage, outside it a decline", () => {
    expect(inDomain("Tỉnh có lo cho bà con vùng cao không?")).toBe(true);
    expect(inDomain("Văn bản có nhắc chuyện đi kiện không?")).toBe(true);
    expect(inDomain("Thủ tục đăng ký kết hôn ở xã cần giấy tờ gì?")).toBe(false);
    expect(inDomain("Nghị quyết 35 quy định gì về cán bộ?")).toBe(false);
  });
});
