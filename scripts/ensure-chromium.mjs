/**
 * Run before the tests (`pretest`): the browser tests drive Debian's chromium, which a fresh machine
 * lacks, and `npm install && npm test` must pass with no other manual step. Silent when a Chromium
 * is there; installs Debian's package when this user may (root, or passwordless sudo); otherwise
 * says in one line what to do and fails, rather than letting the browser tests fail one by one.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Where Debian's package puts it; the path `test/helpers/browser.ts` uses unless CHROMIUM_PATH is set. */
const DEBIAN_CHROMIUM = "/usr/bin/chromium";

const HOW_TO = 'The browser tests need Chromium: run "sudo apt-get install -y chromium" (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary, then npm test again.';

function fail(line) {
  console.error(line);
  process.exit(1);
}

/** True when `command args…` runs and exits 0 (false when it cannot be started at all). */
function succeeds(command, args) {
  const result = spawnSync(command, args, { stdio: "ignore" });
  return !result.error && result.status === 0;
}

/** The prefix that runs a command as root, or undefined when this user cannot without a password. */
function asRoot() {
  if (process.getuid?.() === 0) return [];
  // -n: never prompt; a password prompt in the middle of `npm test` would hang CI.
  return succeeds("sudo", ["-n", "true"]) ? ["sudo", "-n"] : undefined;
}

/** Runs a command as root with its output on the terminal; true when it exits 0. */
function runAsRoot(prefix, args) {
  // `env` sets the variable under sudo too, which may otherwise drop it from the environment.
  const command = [...prefix, "env", "DEBIAN_FRONTEND=noninteractive", ...args];
  const result = spawnSync(command[0], command.slice(1), { stdio: "inherit" });
  return !result.error && result.status === 0;
}

// An empty CHROMIUM_PATH means unset, as in test/helpers/browser.ts.
const chosen = process.env.CHROMIUM_PATH || undefined;
if (chosen !== undefined) {
  // Installing Debian's package would not help: the tests use this path.
  if (!existsSync(chosen)) fail(`CHROMIUM_PATH is ${chosen}, which does not exist: point it at a Chromium binary, or unset it to use Debian's chromium (${DEBIAN_CHROMIUM}).`);
} else if (!existsSync(DEBIAN_CHROMIUM)) {
  const prefix = asRoot();
  if (prefix === undefined || !succeeds("apt-get", ["--version"])) fail(HOW_TO);
  console.log("Installing Debian's chromium for the browser tests (apt-get)…");
  // A failed update (a mirror down) may still leave package lists good enough to install from.
  runAsRoot(prefix, ["apt-get", "update"]);
  const installed = runAsRoot(prefix, ["apt-get", "install", "-y", "--no-install-recommends", "chromium"]);
  if (!installed || !existsSync(DEBIAN_CHROMIUM)) fail(HOW_TO);
}
