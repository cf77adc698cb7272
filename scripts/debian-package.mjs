/**
 * Installing a Debian package a test needs (`pretest`): `npm install && npm test` must pass on a
 * fresh machine with no other manual step. Installs with apt-get when this user may (root, or
 * passwordless sudo); otherwise says in one line what to do and fails, rather than letting the tests
 * that need the package fail one by one.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Prints one line and stops `npm test`. */
export function fail(line) {
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

/**
 * Installs Debian's `name` unless `binary` exists; fails with `howTo` when it cannot.
 * @param {{ name: string, binary: string, why: string, howTo: string }} wanted
 */
export function ensureDebianPackage({ name, binary, why, howTo }) {
  if (existsSync(binary)) return;
  const prefix = asRoot();
  if (prefix === undefined || !succeeds("apt-get", ["--version"])) fail(howTo);
  console.log(`Installing Debian's ${name} for ${why} (apt-get)…`);
  // A failed update (a mirror down) may still leave package lists good enough to install from.
  runAsRoot(prefix, ["apt-get", "update"]);
  const installed = runAsRoot(prefix, ["apt-get", "install", "-y", "--no-install-recommends", name]);
  if (!installed || !existsSync(binary)) fail(howTo);
}
