/**
 * `npm run bench:memory [-- idle-seconds]`: starts the assistant as `npm start` does (`node
 * dist/main.js`) with every channel on — Telegram on the telegram-test-api emulator with the staff
 * group, the Zalo bot and the Zalo OA on the fake Zalo server, the web app — uses each once (a web
 * chat question, a report, the inbox), lets it idle, and prints its resident memory (RSS) against,
 * in the same run, a bare Node process and the assistant with nothing configured (web only).
 * Target: under 250 MB with every channel on.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, TEST_TOKEN } from "../test/helpers/telegram.js";
import { FAKE_BOT_TOKEN, FAKE_OA, startFakeZalo } from "../test/helpers/zalo-fake.js";

const IDLE_SECONDS = Number(process.argv[2] ?? 20);
const TARGET_MB = 250;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of a process in MB (Linux /proc). */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((entry) => entry.startsWith("VmRSS:"));
  return Number(/(\d+)/u.exec(line ?? "")?.[1] ?? 0) / 1024;
}

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * The emulator answers getUpdates at once where Telegram holds the request for the long-poll
 * timeout: this proxy holds it for a second, so the bot idles as it would against Telegram.
 */
async function longPollProxy(target: string): Promise<{ url: string; server: Server }> {
  const upstream = new URL(target);
  const server = createServer((incoming, outgoing) => {
    const forward = () => {
      const proxied = httpRequest({ host: upstream.hostname, port: upstream.port, path: incoming.url, method: incoming.method, headers: incoming.headers }, (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      });
      proxied.on("error", () => outgoing.destroy());
      incoming.pipe(proxied);
    };
    if (incoming.url?.includes("/getUpdates")) setTimeout(forward, 1000);
    else forward();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Starts `node dist/main.js` with the given environment; resolves once it says it is running. */
async function startAssistant(env: Record<string, string>): Promise<{ child: ChildProcess; port: number; dataDir: string }> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "bench-memory-"));
  const child = spawn(process.execPath, ["dist/main.js"], { env: { PATH: process.env.PATH ?? "", PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "info", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the assistant did not start within 60 s:\n${log}`)), 60_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("Trợ lý Dân vận is running")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`the assistant exited with ${code}:\n${log}`)));
  });
  const running = JSON.parse(log.split("\n").find((line) => line.includes("is running"))!) as { channels: Record<string, string> };
  process.stdout.write(`  channels: ${Object.entries(running.channels).map(([name, state]) => `${name} ${state.split(" (")[0]}`).join(", ")}\n`);
  return { child, port, dataDir };
}

/** Uses the web app once: a question and a report in the web chat, the sign-in page. */
async function exercise(port: number): Promise<void> {
  const base = `http://127.0.0.1:${port}`;
  const headers = { "content-type": "application/json", "x-tro-ly-chat": "1" };
  const first = await fetch(`${base}/chat/api/messages`, { method: "POST", headers, body: JSON.stringify({ text: "Mục tiêu của nghị quyết là gì?" }) });
  const cookie = first.headers.get("set-cookie")?.split(";")[0] ?? "";
  await fetch(`${base}/chat/api/messages`, { method: "POST", headers: { ...headers, cookie }, body: JSON.stringify({ text: "/gopy Bãi rác thôn 1 xã Quế Long, huyện Quế Sơn cháy âm ỉ nhiều ngày, khói bay vào nhà dân." }) });
  await fetch(`${base}/login`);
  await fetch(`${base}/healthz`);
}

/** RSS after start-up, then sampled every second while idle: the last and the highest value. */
async function measure(name: string, env: Record<string, string> | undefined): Promise<{ name: string; started: number; idle: number; peak: number }> {
  process.stdout.write(`${name}\n`);
  let child: ChildProcess;
  let cleanup = () => undefined as void;
  if (env) {
    const started = await startAssistant(env);
    child = started.child;
    cleanup = () => rmSync(started.dataDir, { recursive: true, force: true });
    await exercise(started.port);
  } else {
    child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    await sleep(500);
  }
  const startedRss = rssMb(child.pid!);
  let peak = startedRss;
  let idle = startedRss;
  for (let second = 0; second < IDLE_SECONDS; second++) {
    await sleep(1000);
    idle = rssMb(child.pid!);
    peak = Math.max(peak, idle);
  }
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
  cleanup();
  return { name, started: startedRss, idle, peak };
}

spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
const emulator = await startEmulator();
const proxy = await longPollProxy(emulator.apiRoot);
const zalo = await startFakeZalo();

const everyChannel = {
  TELEGRAM_BOT_TOKEN: TEST_TOKEN,
  TELEGRAM_API_ROOT: proxy.url,
  STAFF_CHAT_ID: "-1001234567890",
  ZALO_BOT_TOKEN: FAKE_BOT_TOKEN,
  ZALO_BOT_API_BASE: zalo.baseUrl,
  ZALO_OA_APP_ID: FAKE_OA.appId,
  ZALO_OA_APP_SECRET: FAKE_OA.appSecret,
  ZALO_OA_SECRET_KEY: FAKE_OA.secretKey,
  ZALO_OA_ACCESS_TOKEN: zalo.oa.accessToken,
  ZALO_OA_REFRESH_TOKEN: zalo.oa.refreshToken,
  ZALO_OA_API_BASE: zalo.baseUrl,
  ZALO_OA_OAUTH_BASE: zalo.baseUrl,
};

process.stdout.write(`bench:memory — resident memory (RSS), ${IDLE_SECONDS} s idle after start-up and one use of the web chat\n\n`);
const results = [];
try {
  results.push(await measure("bare node (baseline)", undefined));
  results.push(await measure("assistant, nothing configured (web only)", {}));
  results.push(await measure("assistant, every channel on", everyChannel));
} finally {
  await zalo.close();
  await new Promise((resolve) => proxy.server.close(resolve));
  await emulator.stop();
}

const baseline = results[0]!.idle;
process.stdout.write(`\n${"process".padEnd(44)}${"after start".padStart(13)}${"idle".padStart(10)}${"peak".padStart(10)}${"× bare node".padStart(13)}\n`);
for (const result of results) {
  const mb = (value: number) => `${value.toFixed(1)} MB`.padStart(10);
  process.stdout.write(`${result.name.padEnd(44)}${mb(result.started).padStart(13)}${mb(result.idle)}${mb(result.peak)}${`${(result.idle / baseline).toFixed(1)}×`.padStart(13)}\n`);
}
const all = results[2]!;
process.stdout.write(`\nevery channel on, idle: ${all.idle.toFixed(1)} MB (peak ${all.peak.toFixed(1)} MB) — target < ${TARGET_MB} MB: ${all.peak < TARGET_MB ? "met" : "NOT MET"}\n`);
process.exit(all.peak < TARGET_MB ? 0 : 1);
