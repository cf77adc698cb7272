import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { classifyFeedback } from "../../src/feedback/classifier.js";
import { LlmClassifier, parseVerdict } from "../../src/feedback/llm-classifier.js";
import { captureLogs } from "../helpers/knowledge.js";
import { DA_NANG, DEFAULT_NAME } from "../helpers/organisation.js";
import { startOpenAIStub, type OpenAIStub } from "../helpers/openai-stub.js";

let stub: OpenAIStub;
let classifier: LlmClassifier;
const logs = captureLogs();
const FLOOD = "Nước lũ đang lên nhanh, nhà tôi có 3 người bị cô lập trên gác. SĐT 0911 888 999";
const STALL = "Hồ sơ xin giấy phép xây dựng nộp hơn một tháng chưa có kết quả, liên hệ 0909 777 888";

beforeAll(async () => {
  stub = await startOpenAIStub();
  const client = new OpenAI({ apiKey: "test", baseURL: stub.baseURL, maxRetries: 0 });
  classifier = new LlmClassifier({ client, model: "stub-model", timeoutMs: 1500, logger: logs.logger, organisation: DA_NANG });
});
afterAll(() => stub.close());
beforeEach(() => {
  logs.lines.length = 0;
});

describe("LLM feedback classifier", () => {
  it("returns the model's verdict, asks deterministically, names the configured organisation and never sends personal data", async () => {
    stub.chat = () => ({ answer: '{"topic":"hanh_chinh","urgent":false,"reasons":["hồ sơ quá hạn"]}' });
    const verdict = await classifier.classify(STALL);
    expect(verdict).toEqual({ topic: "hanh_chinh", urgent: false, reasons: ["hồ sơ quá hạn"], by: "llm" });
    const request = stub.chatRequests.at(-1)! as unknown as { model: string; temperature: number; messages: Array<{ role: string; content: string }> };
    expect(request.model).toBe("stub-model");
    expect(request.temperature).toBe(0);
    expect(request.messages[0]?.content).toContain("hanh_chinh: thủ tục hành chính");
    expect(request.messages[0]?.content).toContain("phản ánh của người dân gửi Ban Dân vận Thành ủy Đà Nẵng.");
    expect(request.messages[0]?.content).not.toMatch(DEFAULT_NAME);
    expect(request.messages[1]?.content).toContain("Hồ sơ xin giấy phép xây dựng");
    expect(request.messages[1]?.content).toContain("09xx xxx x88");
    expect(JSON.stringify(request)).not.toContain("0909 777 888");
    expect(logs.lines).toEqual([]);
  });

  it("accepts JSON inside a code fence and fills missing reasons", async () => {
    stub.chat = () => ({ answer: '```json\n{"topic": "moi_truong", "urgent": false}\n```' });
    expect(await classifier.classify("Khói nhà máy bay vào nhà")).toEqual({ topic: "moi_truong", urgent: false, reasons: [], by: "llm" });
  });

  it("keeps the rules' urgency when the model misses an emergency", async () => {
    stub.chat = () => ({ answer: '{"topic":"thien_tai","urgent":false,"reasons":["ngập lụt"]}' });
    const verdict = await classifier.classify(FLOOD);
    expect(verdict).toMatchObject({ topic: "thien_tai", urgent: true, by: "llm" });
    expect(verdict.reasons[0]).toBe("ngập lụt");
    expect(verdict.reasons.join(" | ")).toContain("có người gặp nguy hiểm: cô lập");
  });

  it.each([
    ["not JSON", "Chủ đề: thiên tai, khẩn cấp", "answer is not JSON"],
    ["empty", "   ", "empty answer"],
    ["an unknown topic", '{"topic":"giao_thong","urgent":true}', "answer does not match the schema: topic"],
    ["urgent as a string", '{"topic":"thien_tai","urgent":"có"}', "answer does not match the schema: urgent"],
  ])("falls back to the offline verdict when the answer is %s, and logs why", async (_label, answer, why) => {
    stub.chat = () => ({ answer });
    expect(await classifier.classify(FLOOD)).toEqual(classifyFeedback(FLOOD));
    expect(logs.lines.at(-1)).toMatchObject({ msg: "LLM classification rejected, using the offline classifier" });
    expect(String(logs.lines.at(-1)?.why)).toContain(why);
  });

  it("falls back when the server fails or does not answer in time, and logs why without the message", async () => {
    stub.chat = () => ({ status: 500, message: "model crashed" });
    expect(await classifier.classify(FLOOD)).toMatchObject({ topic: "thien_tai", urgent: true, by: "offline" });
    expect(logs.lines.at(-1)?.error).toMatch(/^LLM answered with an error \(500\)/);
    stub.chat = () => ({ hang: true });
    const started = performance.now();
    expect(await classifier.classify(FLOOD)).toMatchObject({ topic: "thien_tai", urgent: true, by: "offline" });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(logs.lines.at(-1)?.error).toMatch(/^LLM could not be reached: no answer within the time limit/);
    const logged = JSON.stringify(logs.lines);
    // The whole number, digits and spaces: four digits alone also turn up inside a log line's timestamp.
    expect(logged).not.toMatch(/0911\s?888\s?999/u);
    expect(logged).not.toContain("Nước lũ");
  });

  it("cuts very long messages before sending them", async () => {
    stub.chat = () => ({ answer: '{"topic":"khac","urgent":false,"reasons":[]}' });
    await classifier.classify("góp ý ".repeat(5_000));
    expect(stub.chatRequests.at(-1)!.messages[1]!.content.length).toBeLessThanOrEqual(4000);
  });
});

describe("parseVerdict", () => {
  it("rejects extra text around the JSON rather than guessing", () => {
    expect(parseVerdict('Đây là kết quả: {"topic":"khac","urgent":false}')).toEqual({ success: false, why: "answer is not JSON" });
    expect(parseVerdict('{"topic":"khac","urgent":false,"reasons":["a","b","c","d","e","f"]}')).toMatchObject({ success: false });
  });
});
