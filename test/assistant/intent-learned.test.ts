import { describe, expect, it } from "vitest";
import { classifyByRules, classifyIntent, INTENT_DEFAULTS, INTENTS, learnedThreshold, surelyAsks, type IntentClassifier } from "../../src/assistant/intent.js";
import { understand } from "../../src/assistant/understand.js";
import { LearnedTextModel } from "../../src/core/learned-text-model.js";
import { offlineClassifier } from "../../src/feedback/classifier.js";
import { LABELLED } from "../helpers/labelled.js";
import { openTestKnowledge } from "../helpers/knowledge.js";

describe("intent rules overruled by the learned model", () => {
  // A model trained on questions only is sure every message is a question.
  const alwaysQuestion = LearnedTextModel.train(INTENTS, LABELLED.map(({ text }) => ({ text, label: "question" as const })));

  it("lets a confident model set the intent, saying so, and marks the question as surely asking the documents", () => {
    const text = "bãi rác gần nhà tui bốc mùi quá trời, cả xóm chịu không nổi";
    expect(classifyByRules(text).intent).toBe("report");
    const verdict = classifyIntent(text, {}, alwaysQuestion);
    expect(verdict.intent).toBe("question");
    expect(verdict.reasons[0]).toMatch(/^learned model: question/);
    expect(surelyAsks(verdict)).toBe(true);
  });

  it("keeps what the rules read from sure signs: a code, rudeness, English, thanks, another province, a general-knowledge question, an explicit request", () => {
    for (const text of [
      "PA-2026-000123",
      "bot ngu thế",
      "What does the resolution say about religion?",
      "cảm ơn bạn nhiều nha",
      "Nghị quyết về dân vận của tỉnh Quảng Ngãi nói gì?",
      "Thủ đô của Pháp là gì?",
      "Nghị quyết nói phải giải quyết dứt điểm, mà tiền đền bù của bà con chậm cả năm, đề nghị tỉnh xem xét",
    ]) {
      expect(classifyIntent(text, {}, alwaysQuestion), text).toEqual(classifyByRules(text));
    }
  });

  it("reads out of scope sooner, unless the rules read a greeting; never when the message names the documents or asks a figure they give", () => {
    const { learnedConfidence, outOfScopeConfidence } = INTENT_DEFAULTS;
    expect(outOfScopeConfidence).toBeLessThan(learnedConfidence);
    expect(learnedThreshold("out-of-scope", "chi hội phụ nữ thôn thường có mấy người?", "question")).toBe(outOfScopeConfidence);
    expect(learnedThreshold("out-of-scope", "nghị quyết có nói chi hội phụ nữ có mấy người không?", "question")).toBe(Number.POSITIVE_INFINITY);
    expect(learnedThreshold("out-of-scope", "Chúc bot với mấy anh chị Ban Dân vận năm mới an khang 🧧🎉", "smalltalk")).toBe(learnedConfidence);
    expect(learnedThreshold("out-of-scope", "nhà tui dột nát muốn xin hỗ trợ thì làm đơn ở mô?", "report")).toBe(outOfScopeConfidence);
    expect(learnedThreshold("question", "chi hội phụ nữ thôn thường có mấy người?", "question")).toBe(learnedConfidence);
    for (const figure of ["GRDP của tỉnh tăng bao nhiêu phần trăm mỗi năm?", "thu nhap binh quan cua nguoi dan minh duoc may chuc trieu"]) {
      expect(learnedThreshold("out-of-scope", figure, "question"), figure).toBe(Number.POSITIVE_INFINITY);
    }
    // A rough count asked right after a question on the documents asks more of it ("Ước chừng mấy nghìn hộ?"); asked alone, it may be out of scope.
    const roughCount = "Ước chừng mấy nghìn hộ?";
    expect(learnedThreshold("out-of-scope", roughCount, "question", undefined, ["Nghị quyết có nói hỗ trợ hộ nghèo ở vùng cao không?"])).toBe(Number.POSITIVE_INFINITY);
    expect(learnedThreshold("out-of-scope", roughCount, "question")).toBe(outOfScopeConfidence);
    // …and so does a figure compared right after a figure was asked ("so với năm trước thì hơn bao nhiêu").
    const compared = "so với năm trước thì hơn bao nhiêu vậy?";
    expect(learnedThreshold("out-of-scope", compared, "question", undefined, ["Tổng thu ngân sách năm 2023 là bao nhiêu?"])).toBe(Number.POSITIVE_INFINITY);
    expect(learnedThreshold("out-of-scope", compared, "question")).toBe(outOfScopeConfidence);
    // …and so does asking for an example or more detail of what was just asked ("cho ví dụ đi, cụ thể là mấy cái chi").
    const example = "cho vi du di, cu the la may cai chi";
    expect(learnedThreshold("out-of-scope", example, "question", undefined, ["Văn bản có dặn vận động bà con ở vùng có đạo không?"])).toBe(Number.POSITIVE_INFINITY);
    expect(learnedThreshold("out-of-scope", example, "question")).toBe(outOfScopeConfidence);
  });

  it("never makes a question asked of the documents in the negative a report, however much it sounds like a grumble", () => {
    for (const text of ["Đọc kỹ NQ rồi mà chẳng lẽ không có con số nào để đo kết quả sao?", "văn bản không nói chi tới hội người cao tuổi à"]) {
      expect(learnedThreshold("report", text, "question"), text).toBe(Number.POSITIVE_INFINITY);
    }
    // A complaint the rules read as one stays the model's to read.
    expect(learnedThreshold("report", "Chẳng lẽ không có ai xử lý vụ khói lò gạch sao?", "question")).toBe(INTENT_DEFAULTS.learnedConfidence);
  });

  it("never reads tracking where nothing sent is named, coded or told before in the chat", () => {
    const { learnedConfidence } = INTENT_DEFAULTS;
    expect(learnedThreshold("tracking", "Cho tôi hỏi sao thôn tôi chưa có đèn đường?", "report")).toBe(Number.POSITIVE_INFINITY);
    expect(learnedThreshold("tracking", "cái vụ đèn đường sao chưa ai làm?", "report")).toBe(learnedConfidence);
    expect(learnedThreshold("tracking", "sao chưa có ai xuống?", "report", undefined, ["Tôi phản ánh đèn đường thôn 2 hư cả tháng"])).toBe(learnedConfidence);
  });

  it("leaves the rules' reading when the model is unsure, noting its opinion", () => {
    const unsure = LearnedTextModel.train(INTENTS, []);
    const text = "đường vô thôn tui hư cả năm nay không ai sửa";
    const verdict = classifyIntent(text, {}, unsure);
    expect(verdict.intent).toBe(classifyByRules(text).intent);
    expect(verdict.learned?.decided).toBe(false);
  });

  it("answers a question it is sure of with the nearest passage, hedged, where the rules alone decline it flatly", async () => {
    const knowledge = await openTestKnowledge();
    const question = "nuôi tôm hùm thì cho ăn gì?";
    const byRules: IntentClassifier = { classify: async (text, context) => classifyByRules(text, context) };
    const sure: IntentClassifier = { classify: async (text, context) => classifyIntent(text, context, alwaysQuestion) };
    const declined = await understand(question, [], { knowledge, intents: byRules, feedback: offlineClassifier });
    expect(declined.intent).toBe("out-of-scope");
    expect(declined.answer?.declined).toBe(true);
    const hedged = await understand(question, [], { knowledge, intents: sure, feedback: offlineClassifier });
    expect(hedged.intent).toBe("question");
    expect(hedged.answer?.hedged).toBe(true);
    expect(hedged.answer?.text).toMatch(/^Nghị quyết không nói trực tiếp điều này/u);
  });

  it("files a report that points back at the place of the complaint just told ('ở khúc đó …') with it, so that one says what it is about", async () => {
    const knowledge = await openTestKnowledge();
    const byRules: IntentClassifier = { classify: async (text, context) => classifyByRules(text, context) };
    const told = "Đèn đường trước cổng chợ phường tắt cả tháng nay";
    const more = "Tối qua ở khúc đó có người bị giật mất điện thoại, xin cho sửa đèn sớm, đi về khuya sợ lắm";
    const understood = await understand(more, [told], { knowledge, intents: byRules, feedback: offlineClassifier });
    expect(understood.intent).toBe("report");
    expect(understood.topic).toBe("ha_tang");
  });

  it("never lets the model put out of scope a message going on from an in-domain question by pointing back at its subject ('vậy tổ đó …'), but a time ('thế hè năm nay …') points back at nothing", () => {
    const history = ["Thôn mình có tổ dân vận, tổ đó có những ai?"];
    expect(learnedThreshold("out-of-scope", "vậy tổ đó có phải họp hằng tháng không?", "question", INTENT_DEFAULTS.outOfScopeConfidence, history)).toBe(Number.POSITIVE_INFINITY);
    expect(learnedThreshold("out-of-scope", "thế hè năm nay xã tổ chức lễ hội ở đâu", "question", INTENT_DEFAULTS.outOfScopeConfidence, history)).toBe(INTENT_DEFAULTS.outOfScopeConfidence);
  });
});
