/** Connections accepted on a thread of their own and served by a real HTTP server on the main thread. */
import { createServer as createHttp, request, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createTcp } from "node:net";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { listenOnThread, type ThreadListener } from "../../src/server/accept-thread.js";
import { freePort } from "../helpers/app-process.js";

const open: ThreadListener[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((listener) => listener.close()));
});

/** A plain Node HTTP server: echoes the body and the client's address; `/stream` writes three chunks apart. */
function echoServer() {
  const connections: number[] = [];
  const server = createHttp((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === "/stream") {
      res.writeHead(200, { "content-type": "text/event-stream" });
      let sent = 0;
      const timer = setInterval(() => {
        res.write(`data: ${sent++}\n\n`);
        if (sent === 3) {
          clearInterval(timer);
          res.end();
        }
      }, 30);
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => res.end(JSON.stringify({ bytes: Buffer.concat(chunks).length, from: req.socket.remoteAddress })));
  });
  server.on("connection", () => connections.push(Date.now()));
  return { server, connections };
}

async function serve() {
  const { server, connections } = echoServer();
  const port = await freePort();
  const failures: Error[] = [];
  const listener = await listenOnThread(server, { port, host: "127.0.0.1" }, (error) => failures.push(error));
  open.push(listener);
  return { server, connections, listener, port, base: `http://127.0.0.1:${port}`, failures };
}

describe("accepting connections on a thread of their own", () => {
  it("serves requests with their bodies, knows the client's address, and streams a reply as it is written", async () => {
    const { base } = await serve();
    const echoed = await (await fetch(`${base}/echo`, { method: "POST", body: "x".repeat(200_000) })).json();
    expect(echoed).toEqual({ bytes: 200_000, from: "127.0.0.1" });
    const response = await fetch(`${base}/stream`);
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    // The first event arrives before the reply is over.
    expect(first).toBe("data: 0\n\n");
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest).toBe("data: 1\n\ndata: 2\n\n");
  });

  it("hands over every connection that came while the main thread was busy at once, not one per turn of its event loop", async () => {
    const { server, port } = await serve();
    // A client on another thread connects 20 times while this thread is blocked, and says so through shared memory.
    const connected = new Int32Array(new SharedArrayBuffer(4));
    const client = new Worker(
      `const net = require("node:net"); const { parentPort, workerData } = require("node:worker_threads");
       parentPort.once("message", () => { let done = 0; for (let i = 0; i < 20; i++) { const socket = net.connect(workerData.port, "127.0.0.1", () => { socket.write("GET /x HTTP/1.1\\r\\nHost: x\\r\\nConnection: close\\r\\n\\r\\n"); if (++done === 20) Atomics.store(workerData.connected, 0, 1); }); socket.resume(); } });`,
      { eval: true, workerData: { port, connected } },
    );
    client.postMessage("go");
    // Busy until the client is connected, and a little more for the accepting thread to pass the connections on.
    const deadline = Date.now() + 10_000;
    while (Atomics.load(connected, 0) === 0 && Date.now() < deadline) {
      // No turn of this thread's event loop meanwhile.
    }
    const until = Date.now() + 300;
    while (Date.now() < until) {
      // Still busy.
    }
    // Which turn of the event loop each connection reaches the server in.
    let turn = 0;
    const turns: number[] = [];
    server.on("connection", () => turns.push(turn));
    while (turns.length < 20 && turn < 5000) {
      turn++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await client.terminate();
    expect(turns).toHaveLength(20);
    // Accepted on this thread, the 20 would come in 20 turns.
    expect(new Set(turns).size).toBeLessThanOrEqual(3);
  });

  it("keeps a connection alive across requests, stops accepting when closed, and serves what is open until it ends", async () => {
    const { port, listener, connections } = await serve();
    const ask = (socket: import("node:net").Socket, path: string) =>
      new Promise<string>((resolve) => {
        socket.once("data", (data) => resolve(data.toString()));
        socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
      });
    const { connect } = await import("node:net");
    const socket = connect(port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    expect(await ask(socket, "/a")).toMatch(/^HTTP\/1.1 200/);
    expect(await ask(socket, "/b")).toMatch(/^HTTP\/1.1 200/);
    expect(connections).toHaveLength(1);
    await listener.close();
    open.splice(open.indexOf(listener), 1);
    await expect(fetch(`http://127.0.0.1:${port}/c`)).rejects.toThrow();
    expect(await ask(socket, "/d")).toMatch(/^HTTP\/1.1 200/);
    socket.destroy();
  });

  it("rejects with the listening error when the port is taken", async () => {
    const taken = createTcp();
    const port = await freePort();
    await new Promise<void>((resolve) => taken.listen(port, "127.0.0.1", resolve));
    const { server } = echoServer();
    await expect(listenOnThread(server, { port, host: "127.0.0.1" }, () => undefined)).rejects.toMatchObject({ code: "EADDRINUSE" });
    await new Promise((resolve) => taken.close(resolve));
  });

  it("lets the server's keep-alive timeout end an idle connection", async () => {
    const { server, port } = await serve();
    server.keepAliveTimeout = 100;
    const ended = await new Promise<boolean>((resolve) => {
      const req = request({ host: "127.0.0.1", port, path: "/x", agent: false, headers: { connection: "keep-alive" } }, (res) => {
        res.resume();
        res.socket.once("close", () => resolve(true));
      });
      req.end();
      setTimeout(() => resolve(false), 3000).unref();
    });
    expect(ended).toBe(true);
  });
});
