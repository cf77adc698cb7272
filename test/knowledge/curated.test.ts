/**
 * Curated answers are matched to paraphrases of their question (reordered, without diacritics,
 * abbreviated) and not to questions that merely share words with it, on the real index's analyser.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { CURATED_MIN_SIMILARITY, CuratedMatcher } from "../../src/knowledge/curated.js";
import { openTestKnowledge } from "../helpers/knowledge.js";

let matcher: CuratedMatcher;
const ENTRIES = [
  { id: 1, question: "Cơ quan nào giúp Tỉnh ủy theo dõi, kiểm tra việc thực hiện nghị quyết?", answer: "Ban Dân vận Tỉnh ủy.", section: "IV" },
  { id: 2, question: "Mục tiêu đến năm 2030 về tỷ lệ hài lòng của người dân là bao nhiêu?", answer: "Trên 90%.", section: "II.2" },
  { id: 3, question: "HĐND các cấp có trách nhiệm gì trong công tác dân vận?", answer: "Giám sát.", section: "III.2" },
];

beforeAll(async () => {
  const knowledge = await openTestKnowledge();
  matcher = new CuratedMatcher(knowledge.index.analyzer, (key) => knowledge.index.lexical.idf(key), ENTRIES);
});

describe("CuratedMatcher", () => {
  it.each([
    ["Cơ quan nào giúp Tỉnh ủy kiểm tra, theo dõi thực hiện nghị quyết này?", 1],
    ["co quan nao giup tinh uy theo doi kiem tra viec thuc hien nghi quyet", 1],
    ["Đến 2030 tỷ lệ người dân hài lòng phải đạt bao nhiêu?", 2],
    ["muc tieu den nam 2030 ve ty le hai long cua nguoi dan la bao nhieu", 2],
    ["Hội đồng nhân dân các cấp có trách nhiệm gì về dân vận?", 3],
  ])("gives the curated answer for the paraphrase %j", (question, id) => {
    const match = matcher.match(question);
    expect(match?.entry.id).toBe(id);
    expect(match!.similarity).toBeGreaterThanOrEqual(CURATED_MIN_SIMILARITY);
  });

  it.each([
    "Cơ quan nào tham mưu cho Tỉnh ủy về công tác dân vận?",
    "Tỉnh ủy kiểm tra những gì?",
    "Tỷ lệ đảng viên đến 2030 là bao nhiêu?",
    "Mục tiêu đến năm 2025 về dân vận chính quyền là gì?",
    "UBND các cấp có trách nhiệm gì trong công tác dân vận?",
    "Mặt trận Tổ quốc có trách nhiệm gì trong công tác dân vận?",
  ])("gives none for the different question %j", (question) => {
    expect(matcher.match(question)).toBeUndefined();
  });
});
