/**
 * The assistant as `npm start` runs it (`node scripts/run.mjs main`: dist/ rebuilt when stale, then
 * run in the same process), in a child process: started with an environment, waited for until its
 * health check answers, stopped with a signal or killed with SIGKILL. Used by the crash tests and
 * the benchmarks that need a real process to kill.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { ROOT } from "./paths.js";

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface AppProcess {
  readonly child: ChildProcess;
  readonly baseUrl: string;
  /** Everything it wrote (stdout and stderr), the last megabyte. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal) once it has exited. */
  readonly exited: Promise<number | null>;
}

/** Keeps the last `limit` characters of a stream. */
function tail(limit: number) {
  let text = "";
  return {
    add(chunk: Buffer) {
      text = (text + chunk.toString()).slice(-limit);
    },
    get: () => text,
  };
}

/**
 * Starts the assistant with `env` (on top of a minimal PATH) listening on `port`; resolves once
 * `/healthz` answers 200, or rejects with its output if it exits or does not come up in `timeoutMs`.
 * `nodeArgs` go to node itself (`--cpu-prof` to see where the time goes).
 */
export async function startApp(env: Record<string, string>, port: number, options: { timeoutMs?: number; nodeArgs?: readonly string[] } = {}): Promise<AppProcess> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), join(ROOT, "scripts", "run.mjs"), "main"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = tail(1 << 20);
  child.stdout!.on("data", log.add);
  child.stderr!.on("data", log.add);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const app: AppProcess = { child, baseUrl, output: log.get, exited };
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  while (!gone) {
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the assistant did not come up within ${timeoutMs} ms:\n${log.get()}`);
    }
    const healthy = await fetch(`${baseUrl}/healthz`)
      .then((response) => response.status === 200)
      .catch(() => false);
    if (healthy) return app;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the assistant exited with ${child.exitCode}:\n${log.get()}`);
}

/** SIGKILL: the process dies at once, in the middle of whatever it was doing. */
export async function killApp(app: AppProcess): Promise<void> {
  app.child.kill("SIGKILL");
  await app.exited;
}
