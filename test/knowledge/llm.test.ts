import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OpenAICompatibleEmbeddings } from "../../src/knowledge/embeddings.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { GroundedAnswerer } from "../../src/knowledge/llm.js";
import { captureLogs, openTestKnowledge } from "../helpers/knowledge.js";
import { DA_NANG } from "../helpers/organisation.js";
import { startOpenAIStub, STUB_DIMENSIONS, type OpenAIStub } from "../helpers/openai-stub.js";

let stub: OpenAIStub;
let client: OpenAI;
let knowledge: KnowledgeBase;
const logs = captureLogs();
const GOAL = "Mục tiêu của nghị quyết là gì?";

beforeAll(async () => {
  stub = await startOpenAIStub();
  client = new OpenAI({ apiKey: "test", baseURL: stub.baseURL, maxRetries: 0 });
  knowledge = await openTestKnowledge({ llm: new GroundedAnswerer({ client, model: "stub-model", timeoutMs: 1500, organisation: DA_NANG }), logger: logs.logger });
});
afterAll(() => stub.close());

describe("grounded LLM answers", () => {
  it("sends only the retrieved passages, tagged, and returns the model's answer with checked citations", async () => {
    stub.chat = () => ({ answer: "Nghị quyết đặt mục tiêu tạo chuyển biến mạnh mẽ trong nhận thức, hành động về công tác dân vận [II.2]." });
    const answer = await knowledge.ask(GOAL);
    expect(answer.mode).toBe("llm");
    expect(answer.body).toContain("chuyển biến mạnh mẽ");
    expect(answer.source?.label).toBe("Mục II.2 – Mục tiêu");
    expect(answer.text).toContain("Nguồn: Mục II.2 – Mục tiêu");
    const prompt = stub.chatRequests.at(-1)!.messages.map((message) => message.content).join("\n");
    expect(prompt).toContain("[II.2] (Mục II.2 – Mục tiêu)");
    expect(prompt).toContain(`Câu hỏi: ${GOAL}`);
    expect(prompt).toContain("Bạn là Trợ lý Dân vận của Ban Dân vận Thành ủy Đà Nẵng,");
    expect(stub.chatRequests.at(-1)!.model).toBe("stub-model");
  });

  it("streams the answer as it arrives", async () => {
    stub.chat = () => ({ answer: "Mục tiêu là tạo sự chuyển biến mạnh mẽ trong nhận thức của các cấp ủy đảng [II.2]." });
    const seen: string[] = [];
    const answer = await knowledge.ask(GOAL, { onText: (text) => seen.push(text) });
    expect(stub.chatRequests.at(-1)!.stream).toBe(true);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(answer.body);
  });

  it("falls back to the extractive answer when the model cites a section it was not given", async () => {
    stub.chat = () => ({ answer: "Theo [V.9], mục tiêu là tăng trưởng 10%." });
    const answer = await knowledge.ask(GOAL);
    expect(answer.mode).toBe("extractive");
    expect(answer.body).toContain("Tạo sự chuyển biến mạnh mẽ");
    expect(logs.lines.at(-1)).toMatchObject({ msg: "LLM answer rejected, using the extractive answer", why: "answer cites sections it was not given: V.9" });
  });

  it("falls back to the extractive answer when the server fails or times out, and logs why", async () => {
    stub.chat = () => ({ status: 500, message: "model crashed" });
    expect((await knowledge.ask(GOAL)).mode).toBe("extractive");
    expect(logs.lines.at(-1)?.error).toMatch(/^LLM answered with an error \(500\)/);
    stub.chat = () => ({ hang: true });
    const answer = await knowledge.ask(GOAL);
    expect(answer.mode).toBe("extractive");
    expect(logs.lines.at(-1)?.error).toMatch(/^LLM could not be reached: no answer within the time limit/);
  });

  it("declines when the model says the passages do not answer", async () => {
    stub.chat = () => ({ answer: "KHÔNG_ĐỀ_CẬP" });
    const answer = await knowledge.ask("Nghị quyết nói gì về chuyển đổi số trong công tác dân vận?");
    expect(answer.declined).toBe(true);
    expect(answer.text).toContain("không đề cập");
  });

  it("does not call the model for questions the documents do not cover", async () => {
    const before = stub.chatRequests.length;
    const answer = await knowledge.ask("Giá vàng hôm nay bao nhiêu?");
    expect(answer.declined).toBe(true);
    expect(stub.chatRequests.length).toBe(before);
  });
});

describe("OpenAI-compatible embeddings", () => {
  it("asks for float vectors and builds an index that records the embedder", async () => {
    const embeddings = new OpenAICompatibleEmbeddings({ client, model: "stub-embed" });
    const remote = await openTestKnowledge({ embedder: { kind: "remote", embeddings } });
    expect(stub.embeddingRequests.length).toBeGreaterThan(0);
    expect(stub.embeddingRequests.every((request) => request.encoding_format === "float")).toBe(true);
    expect(remote.index.manifest.embedder).toMatchObject({ id: `openai:stub-embed@${new URL(stub.baseURL).host}`, dimensions: STUB_DIMENSIONS });
    const result = await remote.search("Phong trào thi đua Dân vận khéo");
    expect(result.hits[0]?.why.vectorSimilarity).not.toBeNull();
    expect(result.hits[0]?.passage.text).toContain("Dân vận khéo");
  });

  it("answers from the word index alone, and logs why, when the embeddings server is down at question time", async () => {
    const built = new OpenAICompatibleEmbeddings({ client, model: "stub-embed" });
    const unreachable = new OpenAICompatibleEmbeddings({ client: new OpenAI({ apiKey: "test", baseURL: "http://127.0.0.1:9/v1", maxRetries: 0 }), model: "stub-embed" });
    // The index is built while the server answers; the questions come after it went away.
    const embeddings = { info: built.info, embedDocuments: (texts: string[]) => built.embedDocuments(texts), embedQuery: (text: string) => unreachable.embedQuery(text) };
    const logs = captureLogs();
    const remote = await openTestKnowledge({ embedder: { kind: "remote", embeddings }, logger: logs.logger });
    const answer = await remote.ask("Phong trào thi đua Dân vận khéo có ý nghĩa gì?");
    expect(answer.declined).toBe(false);
    expect(answer.text).toContain("Dân vận khéo");
    expect(answer.hits[0]?.why.vectorSimilarity).toBeNull();
    expect(logs.lines.find((line) => line.msg === "the embeddings server failed: answering from the word index alone")).toBeDefined();
  });

  it("reports an embeddings server that returns the wrong number of vectors", async () => {
    stub.embed = () => [];
    const embeddings = new OpenAICompatibleEmbeddings({ client, model: "stub-embed" });
    await expect(embeddings.embedDocuments(["một", "hai"])).rejects.toThrow("the embeddings server returned 0 vectors for 2 texts");
  });
});
