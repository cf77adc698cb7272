/** Everyday and regional words (knowledge/everyday.json) read as the usual ones in questions. */
import { beforeAll, describe, expect, it } from "vitest";
import { Analyzer } from "../../src/knowledge/language.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { openTestKnowledge } from "../helpers/knowledge.js";

let knowledge: KnowledgeBase;
beforeAll(async () => {
  knowledge = await openTestKnowledge();
});

describe("everyday words", () => {
  const analyzer = new Analyzer({ abbreviations: [], synonyms: [], everyday: [{ say: "răng", means: "sao" }, { say: "làm chi", means: "làm gì" }, { say: "j", means: "gì" }] });

  it("reads a question's regional and chat words as the usual ones, whole words only, documents untouched", () => {
    expect(analyzer.usualWords("Cán bộ phải làm chi, làm răng?")).toBe("Cán bộ phải làm gì, làm sao?");
    expect(analyzer.usualWords("noi j ve ton giao")).toBe("noi gi ve ton giao");
    expect(analyzer.usualWords("jacket")).toBe("jacket");
    const passage = analyzer.analyze("làm chi", { role: "passage" }).map((term) => term.key);
    expect(passage).toContain("w:chi");
  });

  it("finds the same passage for a question typed with chat abbreviations as for the usual words", async () => {
    const usual = await knowledge.ask("nghi quyet noi gi ve ton giao");
    const chat = await knowledge.ask("nq noi j ve ton giao ko");
    expect(chat.declined).toBe(false);
    expect(chat.source?.passageId).toBe(usual.source?.passageId);
  });

  it("reads what the resolution 'dặn' and wants 'để ý' as what it asks and stresses, and a place 'dễ nóng lên' as a hot spot", async () => {
    for (const question of ["mấy vùng dễ nóng lên, dễ thành điểm nóng thì nó dặn phải để ý chỗ mô?", "may vung de nong len thi phai de y cho mo"]) {
      const answer = await knowledge.ask(question);
      expect(answer.declined, question).toBe(false);
      expect(answer.source?.section, question).toBe("III.1.2");
    }
  });

  it("reads someone who 'dặn hỏi' as sending the question, not the resolution requiring, and 'có câu nào nói tới …, hay là bỏ qua' as its frame", async () => {
    for (const question of ["Ông trùm họ đạo dặn hỏi thử: văn bản ni có câu nào nói tới bà con công giáo không hay bỏ qua?", "Mẹ dặn hỏi thử: văn bản có câu nào nói tới bà con có đạo không, hay là bỏ qua?"]) {
      const answer = await knowledge.ask(question);
      expect(answer.declined, question).toBe(false);
      expect(answer.source?.section, question).toBe("III.4");
    }
  });

  it("reads 'khuyết tật' alone as the disadvantaged the resolution names, not the 'khuyết điểm' of its review", async () => {
    const answer = await knowledge.ask("Đứa em tôi khuyết tật, nghị quyết có nói tới việc quan tâm người như nó không?");
    expect(answer.source?.section).toBe("III.1.2");
    expect(answer.quote).toContain("yếu thế");
  });

  it("reads 'lên báo, lên đài' as the mass media the resolution names", async () => {
    const answer = await knowledge.ask("ai lo đưa nghị quyết ni lên báo, lên đài cho dân biết?");
    expect(answer.source?.section).toBe("IV.4");
    expect(answer.quote).toContain("thông tin đại chúng");
  });
});
