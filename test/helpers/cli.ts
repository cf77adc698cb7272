import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./paths.js";

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command-line tool the way `npm run --silent <tool> -- …` does (the same entry point, without
 * npm's overhead), with only PATH and `env` in its environment, and `stdin` as its input.
 */
export function runCli(entry: string, args: readonly string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "scripts", "run.mjs"), entry, ...args], { cwd: ROOT, env: { PATH: process.env.PATH, ...options.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}
