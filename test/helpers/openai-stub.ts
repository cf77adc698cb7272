/**
 * A loopback server speaking the OpenAI HTTP API shapes the project uses (chat completions,
 * streamed or not, and embeddings), standing in for OpenAI or an on-premise vLLM/Ollama.
 * Each test decides what the "model" answers.
 */
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fold, tokenize } from "../../src/core/text.js";
import { json, readBody } from "./http.js";

export interface ChatRequest {
  readonly model: string;
  readonly messages: Array<{ role: string; content: string }>;
  readonly stream?: boolean;
}

export interface EmbeddingsRequest {
  readonly model: string;
  readonly input: string | string[];
  readonly encoding_format?: string;
}

/** What the stub does for a chat request: answer text, an HTTP error, or hang (for timeouts). */
export type ChatBehaviour = { answer: string } | { status: number; message: string } | { hang: true };

export interface OpenAIStub {
  readonly baseURL: string;
  readonly chatRequests: ChatRequest[];
  readonly embeddingRequests: EmbeddingsRequest[];
  chat: (request: ChatRequest) => ChatBehaviour;
  /** Vectors returned for an embeddings request (default: one `stubEmbedding` per input). */
  embed: (inputs: string[]) => number[][];
  close(): Promise<void>;
}

export const STUB_DIMENSIONS = 32;

/** Deterministic stand-in embedding: hashed folded words, unit length. */
export function stubEmbedding(text: string): number[] {
  const vector = new Array<number>(STUB_DIMENSIONS).fill(0);
  for (const token of tokenize(fold(text))) {
    let hash = 0;
    for (const char of token.folded) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    vector[hash % STUB_DIMENSIONS]! += 1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}

export async function startOpenAIStub(): Promise<OpenAIStub> {
  const hanging = new Set<ServerResponse>();
  const stub: OpenAIStub = {
    baseURL: "",
    chatRequests: [],
    embeddingRequests: [],
    chat: () => ({ answer: "" }),
    embed: (inputs) => inputs.map(stubEmbedding),
    close: async () => {
      for (const response of hanging) response.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer(async (request, response) => {
    const body = JSON.parse((await readBody(request)) || "{}");
    if (request.url === "/v1/embeddings") {
      stub.embeddingRequests.push(body);
      const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
      return json(response, 200, {
        object: "list",
        model: body.model,
        data: stub.embed(inputs).map((embedding, index) => ({ object: "embedding", index, embedding })),
        usage: { prompt_tokens: 1, total_tokens: 1 },
      });
    }
    if (request.url === "/v1/chat/completions") {
      stub.chatRequests.push(body);
      const behaviour = stub.chat(body);
      if ("hang" in behaviour) {
        hanging.add(response);
        return;
      }
      if ("status" in behaviour) return json(response, behaviour.status, { error: { message: behaviour.message, type: "server_error" } });
      return body.stream ? streamAnswer(response, behaviour.answer) : json(response, 200, completion(body.model, behaviour.answer));
    }
    json(response, 404, { error: { message: `no route ${request.url}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(stub, { baseURL: `http://127.0.0.1:${port}/v1` });
}

function completion(model: string, content: string) {
  return {
    id: "chatcmpl-stub",
    object: "chat.completion",
    created: 0,
    model,
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
  };
}

function streamAnswer(response: ServerResponse, answer: string): void {
  response.writeHead(200, { "content-type": "text/event-stream" });
  const pieces = answer.match(/.{1,12}/gsu) ?? [];
  for (const piece of pieces) {
    response.write(`data: ${JSON.stringify({ id: "s", object: "chat.completion.chunk", created: 0, model: "m", choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`);
  }
  response.end("data: [DONE]\n\n");
}


