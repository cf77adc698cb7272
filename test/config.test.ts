import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { describe, expect, it } from "vitest";
import { loadZaloConfig, ZALO_ENV_VARIABLES } from "../src/channels/zalo/config.js";
import { ENV_VARIABLES, loadConfig } from "../src/config.js";
import { ConfigError } from "../src/core/errors.js";
import { ROOT } from "./helpers/paths.js";

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

  it("takes PUBLIC_URL as a public https address only, without its trailing slash", () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: "https://tro-ly.example.vn/" }).publicUrl).toBe("https://tro-ly.example.vn");
    expect(loadConfig({ PUBLIC_URL: "https://example.vn/tro-ly" }).publicUrl).toBe("https://example.vn/tro-ly");
    for (const value of ["http://tro-ly.example.vn", "tro-ly.example.vn"]) {
      expect(() => loadConfig({ PUBLIC_URL: value })).toThrow("PUBLIC_URL: must be the public https:// address of this server, such as https://tro-ly.example.vn");
    }
    expect(() => loadConfig({ PUBLIC_URL: "https://tro-ly.example.vn/?a=1" })).toThrow("PUBLIC_URL: must be an address without ? or #");
  });

  it("refuses OpenAI embeddings without an OpenAI-compatible server", () => {
    expect(() => loadConfig({ EMBEDDINGS: "openai" })).toThrow("EMBEDDINGS=openai needs OPENAI_API_KEY or OPENAI_BASE_URL");
  });
});

describe(".env.example", () => {
  const example = readFileSync(join(ROOT, ".env.example"), "utf8");

  it("lists every variable the program reads, each with a comment above it", () => {
    const listed = Object.keys(parseEnv(example));
    expect([...listed].sort()).toEqual([...ENV_VARIABLES, ...ZALO_ENV_VARIABLES].sort());
    const lines = example.split("\n");
    for (const name of listed) {
      const index = lines.findIndex((line) => line.startsWith(`${name}=`));
      const block = lines.slice(0, index).reverse();
      const firstOther = block.findIndex((line) => !/^[A-Z_]+=/u.test(line));
      expect(block[firstOther], name).toMatch(/^# /u);
    }
  });

  it("works as it is: copied to .env it starts on the offline defaults", () => {
    const env = parseEnv(example);
    expect(loadConfig(env)).toMatchObject({ telegram: undefined, openai: undefined, trustProxy: false });
    expect(loadZaloConfig(env)).toBeUndefined();
  });

  it("refuses a TRUST_PROXY that is not true or false", () => {
    expect(() => loadConfig({ TRUST_PROXY: "yes" })).toThrow("TRUST_PROXY: must be true or false");
    expect(loadConfig({ TRUST_PROXY: "true" }).trustProxy).toBe(true);
  });
});
