/**
 * A real nginx (Debian's package, or NGINX_PATH) as the load balancer in front of several instances,
 * configured as the README's deployment guide does without TLS: round robin, passive health checks
 * (`max_fails`), and `proxy_next_upstream error timeout http_502 http_503`. nginx passes a POST to
 * the next instance only when it could not send it to the first (connection refused): never after it
 * may have been processed, so a retry cannot file a message twice. Runs in the foreground as this
 * user, everything (configuration, pid, logs, temporary files) in a temporary folder on loopback.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./app-process.js";

/** Where Debian's package puts it (scripts/ensure-nginx.mjs installs it before `npm test`). */
const DEBIAN_NGINX = "/usr/sbin/nginx";

/** The passive health checks of the deployment guide: an instance that failed twice is skipped 5 s. */
export const NGINX_HEALTH = { maxFails: 2, failTimeoutSeconds: 5 } as const;

export interface LoadBalancer {
  readonly baseUrl: string;
  /** The requests answered so far (the access log), with the instances tried, in order (`127.0.0.1:3001, …`). */
  requests(): Array<{ status: number; method: string; path: string; upstreams: string[] }>;
  stop(): Promise<void>;
}

/**
 * Whose address reaches the instances: the connecting client's, as in the deployment guide, or the
 * `X-Forwarded-For` chain as it came with the client's appended (as behind another proxy; the storm
 * benchmark's citizens, all on loopback, tell their addresses that way).
 */
export type ForwardedFor = "client" | "append";

/** The configuration: one upstream of `ports` on loopback, every path proxied to it. */
function configOf(dir: string, listen: number, ports: readonly number[], forwardedFor: ForwardedFor): string {
  const servers = ports.map((port) => `    server 127.0.0.1:${port} max_fails=${NGINX_HEALTH.maxFails} fail_timeout=${NGINX_HEALTH.failTimeoutSeconds}s;`).join("\n");
  // As root, workers would run as nobody, who cannot enter the temporary folder.
  return `${process.getuid?.() === 0 ? "user root;" : ""}
daemon off;
master_process on;
worker_processes 1;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "error.log")} warn;
events { worker_connections 4096; }
http {
  client_body_temp_path ${join(dir, "body")};
  proxy_temp_path ${join(dir, "proxy")};
  fastcgi_temp_path ${join(dir, "fastcgi")};
  uwsgi_temp_path ${join(dir, "uwsgi")};
  scgi_temp_path ${join(dir, "scgi")};
  log_format upstreams '$status|$request_method|$uri|$upstream_addr';
  access_log ${join(dir, "access.log")} upstreams;
  upstream tro_ly {
${servers}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${listen};
    client_max_body_size 12m;
    location / {
      proxy_pass http://tro_ly;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For ${forwardedFor === "append" ? "$proxy_add_x_forwarded_for" : "$remote_addr"};
      proxy_set_header X-Forwarded-Proto https;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
      proxy_read_timeout 30s;
    }
  }
}
`;
}

/** Resolves once something accepts connections on `port`, or rejects when `child` exits first or after `timeoutMs`. */
async function listening(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (child.exitCode === null && child.signalCode === null) {
    const accepted = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (accepted) return;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx exited with ${child.exitCode ?? child.signalCode}`);
}

/**
 * Starts nginx on a free loopback port in front of the instances listening on `ports`.
 * @throws Error saying how to install nginx when there is none
 */
export async function startNginx(ports: readonly number[], options: { forwardedFor?: ForwardedFor } = {}): Promise<LoadBalancer> {
  // An empty NGINX_PATH means unset, as in scripts/ensure-nginx.mjs.
  const binary = process.env.NGINX_PATH || DEBIAN_NGINX;
  if (!existsSync(binary)) throw new Error(`no nginx at ${binary}: run "sudo apt-get install -y nginx" (npm test does it as root), or set NGINX_PATH`);
  const dir = mkdtempSync(join(tmpdir(), "tro-ly-nginx-"));
  const port = await freePort();
  const config = join(dir, "nginx.conf");
  writeFileSync(config, configOf(dir, port, ports, options.forwardedFor ?? "client"));
  // -e: the error log before the configuration is read (the package's default is under /var/log).
  const child = spawn(binary, ["-p", dir, "-c", config, "-e", join(dir, "error.log")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const read = (file: string) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), "utf8") : "");
  try {
    await listening(port, child, 10_000);
  } catch (error) {
    child.kill("SIGKILL");
    await exited;
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}:\n${stderr}${read("error.log")}`);
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests: () =>
      read("access.log")
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const [status = "0", method = "", path = "", upstreams = ""] = line.split("|");
          return { status: Number(status), method, path, upstreams: upstreams.split(", ").filter((address) => address !== "-") };
        }),
    async stop() {
      // SIGTERM: a fast shutdown (connections closed at once).
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
