/** The LLM intent classifier against a loopback OpenAI-compatible stub, and its fallback to the rules. */
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { classifyIntent } from "../../src/assistant/intent.js";
import { LlmIntentClassifier } from "../../src/assistant/llm-intent.js";
import { captureLogs } from "../helpers/knowledge.js";
import { DA_NANG, DEFAULT_NAME } from "../helpers/organisation.js";
import { startOpenAIStub, type OpenAIStub } from "../helpers/openai-stub.js";

let stub: OpenAIStub;
let classifier: LlmIntentClassifier;
const logs = captureLogs();
const COMPLAINT = "Cán bộ xã đòi 2 triệu mới ký giấy cho tôi, số tôi 0911 888 999";

beforeAll(async () => {
  stub = await startOpenAIStub();
  classifier = new LlmIntentClassifier({ client: new OpenAI({ apiKey: "test", baseURL: stub.baseURL, maxRetries: 0 }), model: "stub-model", timeoutMs: 1500, logger: logs.logger, organisation: DA_NANG });
});
afterAll(() => stub.close());
beforeEach(() => {
  logs.lines.length = 0;
});

describe("LLM intent classifier", () => {
  it("returns the model's intent, sends the chat's last messages and never personal data, naming the configured organisation", async () => {
    stub.chat = () => ({ answer: '{"intent": "report"}' });
    const verdict = await classifier.classify(COMPLAINT, { history: ["Chào bạn", "Tôi muốn phản ánh một việc"] });
    expect(verdict).toEqual({ intent: "report", reasons: ["llm"], by: "llm" });
    const request = stub.chatRequests.at(-1)! as unknown as { temperature: number; messages: Array<{ role: string; content: string }> };
    expect(request.temperature).toBe(0);
    expect(request.messages[0]?.content).toContain("tracking: hỏi về tình trạng phản ánh");
    expect(request.messages[0]?.content).toContain("Trợ lý Dân vận của Ban Dân vận Thành ủy Đà Nẵng");
    expect(request.messages[0]?.content).not.toMatch(DEFAULT_NAME);
    expect(request.messages[1]?.content).toContain("- Tôi muốn phản ánh một việc");
    expect(JSON.stringify(request)).not.toContain("0911 888 999");
  });

  it("keeps the rules' kind of smalltalk when the model agrees, for the reply", async () => {
    stub.chat = () => ({ answer: '```json\n{"intent":"smalltalk"}\n```' });
    expect(await classifier.classify("Bạn là ai?")).toEqual({ intent: "smalltalk", reasons: ["llm"], by: "llm", detail: "self" });
  });

  it.each([
    ["not JSON", "report"],
    ["an unknown intent", '{"intent":"complaint"}'],
  ])("falls back to the rules when the answer is %s, and logs why", async (_label, answer) => {
    stub.chat = () => ({ answer });
    expect(await classifier.classify(COMPLAINT)).toEqual(classifyIntent(COMPLAINT));
    expect(logs.lines.at(-1)).toMatchObject({ msg: "LLM intent classification unusable, using the offline rules" });
  });

  it("falls back when the server fails, without logging the message", async () => {
    stub.chat = () => ({ status: 500, message: "model crashed" });
    expect(await classifier.classify(COMPLAINT)).toMatchObject({ intent: "report", by: "offline" });
    // The whole number, digits and spaces: four digits alone also turn up inside a log line's timestamp.
    expect(JSON.stringify(logs.lines)).not.toMatch(/0911\s?888\s?999/u);
  });
});
