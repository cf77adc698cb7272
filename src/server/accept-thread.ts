/**
 * Accepting connections on a thread of their own. Node accepts one waiting connection per turn of its
 * event loop (libuv/libuv#3696); while the turns are long — right after a restart, when the backlog of
 * a flood night is caught up on — browsers and webhooks wait in the kernel's accept queue for seconds
 * before the assistant reads a byte. Here a worker thread, whose event loop does nothing else, accepts
 * every connection at once and passes its bytes over its message port; the main thread reads HTTP from
 * them as from any socket (`server.emit("connection", …)`), as many connections a turn as have data.
 * Everything above the socket — parsing, keep-alive, streaming replies — is Node's own. Two differences
 * from a listening server: the HTTP server's header and request timeouts, which Node arms only when it
 * listens itself, are left to the proxy in front (and to the thread's idle limit); and bytes are passed on
 * as they come, without backpressure, so a slow reader of a large reply holds it in the thread's memory
 * (pages, JSON and photos here are small).
 */
import type { Server } from "node:http";
import { Duplex } from "node:stream";
import { Worker } from "node:worker_threads";

/** Named defaults. */
export const ACCEPT_THREAD_DEFAULTS = {
  /** A connection silent this long in both directions is closed by the thread (the server's own timeouts come first). */
  idleMs: 300_000,
} as const;

/** What accepts the connections. */
export interface ThreadListener {
  /** Stops accepting; the connections open stay until the server ends them, then the thread ends. */
  close(): Promise<void>;
}

/** From the thread: a connection opened, data, its end, its close; listening or not. */
type FromThread =
  | { readonly t: "open"; readonly id: number; readonly remoteAddress?: string; readonly remotePort?: number; readonly remoteFamily?: string; readonly localAddress?: string; readonly localPort?: number }
  | { readonly t: "data"; readonly id: number; readonly chunk: Uint8Array }
  | { readonly t: "end" | "close"; readonly id: number }
  | { readonly t: "listening" | "closed" }
  | { readonly t: "error"; readonly message: string; readonly code?: string };

/**
 * The thread's code: plain JavaScript run as CommonJS, loading nothing of the project. Each accepted
 * socket gets a number; its data goes to the main thread as it comes, and what the main thread writes
 * comes back by the same number.
 */
const ACCEPTOR = `
const { parentPort, workerData } = require("node:worker_threads");
const net = require("node:net");
const sockets = new Map();
let next = 0;
const server = net.createServer({ noDelay: true, allowHalfOpen: true }, (socket) => {
  const id = next++;
  sockets.set(id, socket);
  socket.setTimeout(workerData.idleMs, () => socket.destroy());
  parentPort.postMessage({ t: "open", id, remoteAddress: socket.remoteAddress, remotePort: socket.remotePort, remoteFamily: socket.remoteFamily, localAddress: socket.localAddress, localPort: socket.localPort });
  socket.on("data", (chunk) => parentPort.postMessage({ t: "data", id, chunk }, [chunk.buffer].filter((buffer) => buffer.byteLength === chunk.byteLength)));
  socket.on("end", () => parentPort.postMessage({ t: "end", id }));
  socket.on("close", () => { sockets.delete(id); parentPort.postMessage({ t: "close", id }); });
  socket.on("error", () => undefined);
});
server.on("error", (error) => parentPort.postMessage({ t: "error", message: error.message, code: error.code }));
parentPort.on("message", (message) => {
  if (message.t === "close") {
    server.close();
    return void parentPort.postMessage({ t: "closed" });
  }
  const socket = sockets.get(message.id);
  if (!socket) return;
  if (message.t === "data") socket.write(message.chunk);
  else if (message.t === "end") socket.end();
  else if (message.t === "destroy") socket.destroy();
});
server.listen(workerData.port, workerData.host, () => parentPort.postMessage({ t: "listening" }));
`;

/** One accepted connection, as the HTTP server sees it: a duplex stream with a socket's addresses and timeout. */
class ThreadSocket extends Duplex {
  readonly remoteAddress: string | undefined;
  readonly remotePort: number | undefined;
  readonly remoteFamily: string | undefined;
  readonly localAddress: string | undefined;
  readonly localPort: number | undefined;
  private timeoutMs = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly worker: Worker,
    private readonly id: number,
    opened: Extract<FromThread, { t: "open" }>,
  ) {
    super({ allowHalfOpen: true });
    this.remoteAddress = opened.remoteAddress;
    this.remotePort = opened.remotePort;
    this.remoteFamily = opened.remoteFamily;
    this.localAddress = opened.localAddress;
    this.localPort = opened.localPort;
  }

  /** Data from the peer. */
  received(chunk: Uint8Array): void {
    this.active();
    this.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }

  override _read(): void {
    // Data is pushed as the thread receives it.
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.active();
    this.worker.postMessage({ t: "data", id: this.id, chunk });
    done();
  }

  override _final(done: (error?: Error | null) => void): void {
    this.worker.postMessage({ t: "end", id: this.id });
    done();
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    clearTimeout(this.timer);
    this.worker.postMessage({ t: "destroy", id: this.id });
    done(error);
  }

  /** As `net.Socket#setTimeout`: "timeout" after `ms` without data either way (0: never); the HTTP server's keep-alive and request timeouts use it. */
  setTimeout(ms: number, onTimeout?: () => void): this {
    this.timeoutMs = ms;
    if (onTimeout) this.once("timeout", onTimeout);
    this.active();
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  address(): { address?: string; port?: number; family?: string } {
    return { address: this.localAddress, port: this.localPort, family: this.remoteFamily };
  }

  private active(): void {
    clearTimeout(this.timer);
    this.timer = this.timeoutMs > 0 && !this.destroyed ? setTimeout(() => this.emit("timeout"), this.timeoutMs) : undefined;
  }
}

/**
 * Listens on `host:port` from a worker thread and hands each connection to `server` (see the module
 * comment). Resolves once listening; rejects with the listening error ("address already in use").
 * `onFailure` hears of the thread failing later: nothing would be accepted any more.
 */
export function listenOnThread(server: Server, address: { readonly port: number; readonly host: string }, onFailure: (error: Error) => void): Promise<ThreadListener> {
  const worker = new Worker(ACCEPTOR, { eval: true, workerData: { ...address, idleMs: ACCEPT_THREAD_DEFAULTS.idleMs } });
  const sockets = new Map<number, ThreadSocket>();
  let closed: (() => void) | undefined;
  let exited = false;
  return new Promise((resolve, reject) => {
    let listening = false;
    const fail = (error: Error) => (listening ? onFailure(error) : reject(error));
    worker.on("error", fail);
    worker.on("exit", (code) => {
      exited = true;
      if (!closed) fail(new Error(`the thread accepting connections ended (exit code ${code})`));
      // A close asked of a thread that ended before answering it is done.
      closed?.();
    });
    worker.on("message", (message: FromThread) => {
      switch (message.t) {
        case "listening":
          listening = true;
          return resolve({
            close: () =>
              new Promise<void>((done) => {
                closed = done;
                if (exited) return done();
                worker.postMessage({ t: "close" });
              }),
          });
        case "closed":
          // Open connections keep their sockets in the thread until the server ends them.
          closed?.();
          return void (sockets.size === 0 && worker.terminate());
        case "error":
          return fail(Object.assign(new Error(message.message), message.code ? { code: message.code } : {}));
        case "open": {
          const socket = new ThreadSocket(worker, message.id, message);
          sockets.set(message.id, socket);
          return void server.emit("connection", socket);
        }
        case "data":
          return sockets.get(message.id)?.received(message.chunk);
        case "end":
          return void sockets.get(message.id)?.push(null);
        case "close": {
          const socket = sockets.get(message.id);
          sockets.delete(message.id);
          socket?.destroy();
          if (closed && sockets.size === 0) void worker.terminate();
        }
      }
    });
  });
}
