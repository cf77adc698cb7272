/**
 * Run before the tests (`pretest`): the browser tests drive Debian's chromium, which a fresh machine
 * lacks, and `npm install && npm test` must pass with no other manual step. Silent when a Chromium
 * is there; installs Debian's package when this user may (root, or passwordless sudo); otherwise
 * says in one line what to do and fails, rather than letting the browser tests fail one by one.
 */
import { existsSync } from "node:fs";
import { ensureDebianPackage, fail } from "./debian-package.mjs";

/** Where Debian's package puts it; the path `test/helpers/browser.ts` uses unless CHROMIUM_PATH is set. */
const DEBIAN_CHROMIUM = "/usr/bin/chromium";

const HOW_TO = 'The browser tests need Chromium: run "sudo apt-get install -y chromium" (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary, then npm test again.';

// An empty CHROMIUM_PATH means unset, as in test/helpers/browser.ts.
const chosen = process.env.CHROMIUM_PATH || undefined;
if (chosen !== undefined) {
  // Installing Debian's package would not help: the tests use this path.
  if (!existsSync(chosen)) fail(`CHROMIUM_PATH is ${chosen}, which does not exist: point it at a Chromium binary, or unset it to use Debian's chromium (${DEBIAN_CHROMIUM}).`);
} else {
  ensureDebianPackage({ name: "chromium", binary: DEBIAN_CHROMIUM, why: "the browser tests", howTo: HOW_TO });
}
