import { beforeAll, describe, expect, it } from "vitest";
import { MAX_QUESTION_CHARS } from "../../src/knowledge/answer.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { openTestKnowledge } from "../helpers/knowledge.js";

let knowledge: KnowledgeBase;
beforeAll(async () => {
  knowledge = await openTestKnowledge();
});

describe("extractive answers", () => {
  it("quote the answering sentence verbatim with its citation and up to two other sections", async () => {
    const answer = await knowledge.ask("Cán bộ, chiến sĩ LLVT cần xây dựng hình ảnh thế nào?");
    expect(answer).toMatchObject({ declined: false, mode: "extractive" });
    expect(answer.body).toBe("“Xây dựng hình ảnh cán bộ, chiến sĩ LLVT thân thiện, có trách nhiệm với Nhân dân.”");
    expect(answer.source?.label).toBe("Mục III.2.2 – Phát huy vai trò, trách nhiệm của từng cơ …");
    expect(answer.source?.text).toContain(answer.body.slice(1, -1));
    expect(answer.seeAlso.length).toBeLessThanOrEqual(2);
    expect(answer.seeAlso.every((item) => item.section !== "III.2.2")).toBe(true);
    const lines = answer.text.split("\n");
    expect(lines.slice(0, 2)).toEqual([answer.body, "Nguồn: Mục III.2.2 – Phát huy vai trò, trách nhiệm của từng cơ …"]);
    expect(lines[2]).toMatch(new RegExp(`^Xem thêm: ${answer.seeAlso.map((s) => s.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("; ")}`));
  });

  it("open a section with its first sentences when the question asks for the section as a whole", async () => {
    const answer = await knowledge.ask("Mục tiêu của nghị quyết là gì?");
    expect(answer.body).toMatch(/^“Tạo sự chuyển biến mạnh mẽ trong nhận thức, hành động của các cấp ủy đảng, HTCT, nhất là người đứng đầu về công tác dân vận\. Tăng cường/);
    expect(answer.source?.label).toBe("Mục II.2 – Mục tiêu");
  });

  it("name who acts when the question asks who", async () => {
    const answer = await knowledge.ask("Ai phối hợp đào tạo lý luận chính trị cho cán bộ dân vận, Mặt trận, đoàn thể?");
    expect(answer.body).toContain("Ban Tổ chức Tỉnh ủy chủ trì");
    expect(answer.body).toContain("Phối hợp đào tạo, bồi dưỡng lý luận chính trị");
  });

  it("quote the sentence on what the question asks for ('… kết quả gì?'), not the one that only shares its topic", async () => {
    const answer = await knowledge.ask("Những năm qua công tác dân vận của tỉnh có kết quả gì?");
    expect(answer.source?.section).toBe("I");
    expect(answer.quote).toMatch(/^Những kết quả trên góp phần/);
    expect(answer.quote).not.toContain("Trong những năm qua");
  });

  it("spell out an abbreviation the question asks about", async () => {
    const answer = await knowledge.ask("HTCT là viết tắt của gì vậy?");
    expect(answer.body.split("\n")[0]).toBe("HTCT là viết tắt của “hệ thống chính trị”.");
    expect(answer.body).toContain("hệ thống chính trị (HTCT)");
  });
});

describe("questions the documents do not cover", () => {
  it("a figure the resolution does not give: declined, saying it speaks of the matter without the figure", async () => {
    const answer = await knowledge.ask("Tỷ lệ hộ nghèo của Quảng Nam là bao nhiêu phần trăm?");
    expect(answer).toMatchObject({ declined: true, reason: "no-figure", hits: [] });
    expect(answer.text).toMatch(/^Nghị quyết có nói đến nội dung này nhưng không nêu con số hay mốc thời gian bạn hỏi/);
    const given = await knowledge.ask("Thu nội địa tăng bao nhiêu phần trăm một năm?");
    expect(given.declined).toBe(false);
    expect(given.quote).toContain("4,8%");
  });

  it("in the domain but not covered, a count asked is declined rather than hedged when the nearest passage holds no figure at all", async () => {
    const question = "Mô hình Dân vận khéo chấm theo thang điểm mấy, được bao nhiêu điểm thì được đưa lên tỉnh khen?";
    expect(await knowledge.ask(question, { hedge: true })).toMatchObject({ declined: true });
    const nearest = await knowledge.ask("Mô hình Dân vận khéo chấm theo thang điểm ra sao thì được đưa lên tỉnh khen?", { hedge: true });
    expect(nearest.declined).toBe(false);
  });

  it("a date or a count asked in everyday words: declined when the nearest sentence holds no figure, answered when it does", async () => {
    for (const question of ["Mặt trận Tổ quốc Việt Nam được thành lập năm nào vậy?", "Ủy ban Mặt trận cấp xã có mấy phó chủ tịch?"]) {
      expect(await knowledge.ask(question), question).toMatchObject({ declined: true, reason: "no-figure" });
    }
    const given = await knowledge.ask("tỉnh tính xóa xong nhà tạm, nhà dột nát tới năm mô?");
    expect(given.declined).toBe(false);
    expect(given.quote).toContain("2024");
  });

  it("a rough count told before the question ('có mấy chục hộ …, nghị quyết dặn …') asks no figure", async () => {
    expect((await knowledge.ask("thon em co may chuc ho di dao cao dai, nghi quyet muon can bo lam cong tac ton giao ra sao?")).source?.section).toBe("III.4");
    expect(await knowledge.ask("Mặt trận xã có mấy chục người làm chuyên trách?")).toMatchObject({ declined: true });
  });

  it.each(["Ai là Bí thư Tỉnh ủy Quảng Nam hiện nay?", "bi thu tinh uy quang nam bay gio la ai"])(
    "who holds an office now (%s): declined, saying when the resolution was issued",
    async (question) => {
      const answer = await knowledge.ask(question);
      expect(answer).toMatchObject({ declined: true, reason: "about-now", hits: [] });
      expect(answer.text).toMatch(/^Nghị quyết \(ban hành tháng 12\/2023\) chỉ nêu những gì đã được quyết định khi ban hành/);
      expect(answer.text).toContain("Tôi có thể trả lời các câu hỏi về");
    },
  );

  it("are declined plainly, with what the resolution does cover", async () => {
    const answer = await knowledge.ask("giá vàng hôm nay");
    expect(answer).toMatchObject({ declined: true, reason: "not-covered", hits: [] });
    expect(answer.text).toBe(
      "Nghị quyết không đề cập đến nội dung này, nên tôi không trả lời được.\n" +
        "Tôi có thể trả lời các câu hỏi về Nghị quyết Hội nghị Tỉnh ủy lần thứ 14 (khóa XXII) về công tác dân vận: " +
        "I. Tình hình và nguyên nhân; II. Quan điểm, mục tiêu; III. Nhiệm vụ và giải pháp; IV. Tổ chức thực hiện.",
    );
  });
});

describe("bad input", () => {
  const askingForAQuestion = /^Bạn muốn hỏi gì về nghị quyết\?/;

  it.each([
    ["empty", ""],
    ["whitespace", "   \n\t  "],
    ["only emoji", "🙂🙏🇻🇳"],
    ["only punctuation", "?!...,,;;"],
    ["control characters", "\u0000\u0007\u001b[31m"],
    ["only function words", "là gì vậy ạ?"],
  ])("%s: asks for a question", async (_label, input) => {
    const answer = await knowledge.ask(input);
    expect(answer).toMatchObject({ declined: true, reason: "empty" });
    expect(answer.text).toMatch(askingForAQuestion);
  });

  it("a 20,000-character text: asks to shorten it", async () => {
    const answer = await knowledge.ask("Mục tiêu của nghị quyết là gì? ".repeat(700));
    expect(answer).toMatchObject({ declined: true, reason: "too-long" });
    expect(answer.text).toBe(
      `Câu hỏi dài quá ${MAX_QUESTION_CHARS.toLocaleString("vi-VN")} ký tự. Bạn vui lòng hỏi ngắn gọn, mỗi lần một ý (ví dụ: “Ai chịu trách nhiệm theo dõi việc thực hiện nghị quyết?”).`,
    );
  });

  it.each([
    ["HTML", "<b>Mục tiêu</b> của <i>nghị quyết</i> là gì?"],
    ["Markdown", "**Mục tiêu** của _nghị quyết_ là gì?"],
    ["mixed scripts", "Mục tiêu của nghị quyết là gì? 目标是什么 Что"],
    ["control characters inside", "Mục\u0000 tiêu\u200b của nghị quyết\u0007 là gì?"],
    ["decomposed Unicode", "Mục tiêu của nghị quyết là gì?".normalize("NFD")],
  ])("%s: a normal answer", async (_label, input) => {
    const answer = await knowledge.ask(input);
    expect(answer.declined).toBe(false);
    expect(answer.source?.label).toBe("Mục II.2 – Mục tiêu");
  });
});
