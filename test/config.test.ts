import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { ConfigError } from "../src/core/errors.js";

describe("loadConfig", () => {
  it("runs on the offline defaults with nothing set, and treats empty values as unset", () => {
    const config = loadConfig({ OPENAI_API_KEY: "", OPENAI_BASE_URL: "", LOG_LEVEL: "" });
    expect(config).toMatchObject({ logLevel: "info", knowledgeDir: "knowledge", indexDir: "build/index", openai: undefined, embeddings: "local" });
  });

  it("turns on the LLM for an API key or an on-premise server", () => {
    expect(loadConfig({ OPENAI_API_KEY: "sk-test" }).openai).toMatchObject({ apiKey: "sk-test", baseURL: undefined, model: "gpt-4o-mini", timeoutMs: 20_000 });
    expect(loadConfig({ OPENAI_BASE_URL: "http://127.0.0.1:8000/v1", OPENAI_MODEL: "qwen" }).openai).toMatchObject({ apiKey: "no-key", model: "qwen" });
  });

  it("names every invalid variable and what it expects", () => {
    const attempt = () => loadConfig({ LOG_LEVEL: "loud", OPENAI_BASE_URL: "localhost", OPENAI_TIMEOUT_MS: "soon" });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/LOG_LEVEL: .*OPENAI_BASE_URL: must be a URL such as http:\/\/localhost:8000\/v1; OPENAI_TIMEOUT_MS: /);
  });

  it("refuses OpenAI embeddings without an OpenAI-compatible server", () => {
    expect(() => loadConfig({ EMBEDDINGS: "openai" })).toThrow("EMBEDDINGS=openai needs OPENAI_API_KEY or OPENAI_BASE_URL");
  });
});
