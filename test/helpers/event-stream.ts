/** The live inbox's event stream (`/inbox/events`) read as a browser's EventSource reads it. */
import { request as httpRequest, type IncomingMessage } from "node:http";
import { afterAll, expect } from "vitest";
import type { WebClient } from "./web.js";

export interface StreamEvent {
  readonly event: string;
  readonly id?: string;
  readonly data: Record<string, unknown>;
}

/** An open event stream as a browser's EventSource reads it. */
export class EventStream {
  readonly events: StreamEvent[] = [];
  status = 0;
  private response?: IncomingMessage;
  private buffer = "";
  ended = false;

  /** Resolves once the headers came: the server subscribes the stream to the feed before sending them. */
  static async open(base: string, client: WebClient, query = "", lastEventId?: string): Promise<EventStream> {
    const stream = new EventStream();
    await new Promise<void>((resolve, reject) => {
      const request = httpRequest(`${base}/inbox/events${query}`, { headers: { cookie: client.cookieHeader(), accept: "text/event-stream", ...(lastEventId ? { "last-event-id": lastEventId } : {}) } }, (response) => {
        stream.status = response.statusCode ?? 0;
        stream.response = response;
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => stream.read(chunk));
        response.on("end", () => (stream.ended = true));
        resolve();
      });
      request.on("error", reject);
      request.end();
    });
    afterAll(() => stream.close());
    return stream;
  }

  /** Waits for an event of this type (and code, for report events) and returns it. */
  async next(event: string, code?: string): Promise<StreamEvent> {
    await expect.poll(() => this.find(event, code), { timeout: 5000 }).toBeDefined();
    return this.find(event, code)!;
  }

  find(event: string, code?: string): StreamEvent | undefined {
    return this.events.find((candidate) => candidate.event === event && (code === undefined || candidate.data.code === code));
  }

  close(): void {
    this.response?.destroy();
  }

  private read(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf("\n\n")) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const fields = new Map(block.split("\n").filter((line) => line && !line.startsWith(":")).map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()] as const));
      if (fields.has("data")) this.events.push({ event: fields.get("event") ?? "message", ...(fields.has("id") ? { id: fields.get("id")! } : {}), data: JSON.parse(fields.get("data")!) as Record<string, unknown> });
    }
  }
}
