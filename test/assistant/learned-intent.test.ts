import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyByRules, classifyIntent, surelyAsks } from "../../src/assistant/intent.js";
import { committedIntentModel } from "../../src/assistant/intent-model.js";
import { LEARNED_INTENT_FORMAT, LearnedIntentFormatError, LearnedIntentModel, type LabelledMessage } from "../../src/assistant/learned-intent.js";

/** A few messages of each kind, written for this test. */
const LABELLED: LabelledMessage[] = [
  ...["nghị quyết giao ai lo việc dân vận ở xã", "mục tiêu của nghị quyết đến 2030 là gì", "nghi quyet noi gi ve nguoi dan toc thieu so", "phong trào dân vận khéo do ai hướng dẫn"].map((text) => ({ text, intent: "question" as const })),
  ...["đường vô thôn tui hư cả năm nay không ai sửa", "xin phản ánh cán bộ xã đòi tiền khi làm giấy tờ", "bãi rác gần nhà bốc mùi quá trời", "cat tac nuoc sau nha tui may thang roi"].map((text) => ({ text, intent: "report" as const })),
  ...["chào bot nha", "cảm ơn nhiều nghen", "bạn là ai vậy", "hello ad"].map((text) => ({ text, intent: "smalltalk" as const })),
  ...["giá vàng hôm nay bao nhiêu", "thủ đô của nhật là gì", "làm căn cước mất mấy ngày", "gia xang tuan ni tang hay giam"].map((text) => ({ text, intent: "out-of-scope" as const })),
  ...["phản ánh của tui tới đâu rồi", "đơn tui gửi hôm trước có ai xem chưa", "tra cứu mã phản ánh giúp tui", "don cua tui xu ly chua"].map((text) => ({ text, intent: "tracking" as const })),
];

describe("the learned intent model", () => {
  const model = LearnedIntentModel.train(LABELLED);

  it("reads unseen messages of each kind from a handful of examples", () => {
    expect(model.read("nghị quyết giao ai lo cho người dân tộc thiểu số").intent).toBe("question");
    expect(model.read("đường trong xóm tui hư hết, không ai sửa").intent).toBe("report");
    expect(model.read("giá lúa tuần ni bao nhiêu").intent).toBe("out-of-scope");
    expect(model.read("don tui gui co ai xem chua").intent).toBe("tracking");
  });

  it("trains the same model from the same messages, and reads the same after saving and loading", () => {
    expect(LearnedIntentModel.train(LABELLED).toJSON()).toEqual(model.toJSON());
    const loaded = LearnedIntentModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
    for (const { text } of LABELLED) {
      const [original, reloaded] = [model.probabilities(text), loaded.probabilities(text)];
      reloaded.forEach((probability, klass) => expect(probability).toBeCloseTo(original[klass]!, 1));
      expect(loaded.read(text).intent).toBe(model.read(text).intent);
    }
  });

  it("refuses a saved model of another format or a damaged one, saying how to make a new one", () => {
    const data = model.toJSON();
    expect(() => LearnedIntentModel.fromJSON({ ...data, format: LEARNED_INTENT_FORMAT + 1 })).toThrow(LearnedIntentFormatError);
    expect(() => LearnedIntentModel.fromJSON({ ...data, format: LEARNED_INTENT_FORMAT + 1 })).toThrow(/npm run train:intent/);
    expect(() => LearnedIntentModel.fromJSON({ ...data, weights: Buffer.from([1, 2, 3]).toString("base64") })).toThrow(/damaged/);
    expect(() => LearnedIntentModel.fromJSON({ ...data, classes: ["question", "report"] })).toThrow(LearnedIntentFormatError);
  });

  it("reads a message of 5,000 characters by its start, at the cost of a short one", () => {
    const long = "Đường vô thôn tui hư cả năm nay, mưa xuống là sình lầy, xe không chạy được. ".repeat(70);
    expect(long.length).toBeGreaterThan(5000);
    expect(model.read(long).intent).toBe("report");
  });

  it("is committed trained on the labelled files as they are now (after adding one, run `npm run train:intent`)", () => {
    const committed = committedIntentModel();
    expect(committed.trainedOn.length).toBeGreaterThan(10);
    for (const source of committed.trainedOn) {
      const sha256 = createHash("sha256").update(readFileSync(resolve(source.file))).digest("hex");
      expect(sha256, `${source.file} changed since the model was trained: run \`npm run train:intent\``).toBe(source.sha256);
    }
  });
});

describe("rules overruled by the learned model", () => {
  // A model trained on questions only is sure every message is a question.
  const alwaysQuestion = LearnedIntentModel.train(LABELLED.map(({ text }) => ({ text, intent: "question" as const })));

  it("lets a confident model set the intent, saying so, and marks the question as surely asking the documents", () => {
    const text = "bãi rác gần nhà tui bốc mùi quá trời, cả xóm chịu không nổi";
    expect(classifyByRules(text).intent).not.toBe("question");
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

  it("leaves the rules' reading when the model is unsure, noting its opinion", () => {
    const unsure = LearnedIntentModel.train([]);
    const text = "đường vô thôn tui hư cả năm nay không ai sửa";
    const verdict = classifyIntent(text, {}, unsure);
    expect(verdict.intent).toBe(classifyByRules(text).intent);
    expect(verdict.learned?.decided).toBe(false);
  });
});
