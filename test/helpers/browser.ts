import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll } from "vitest";
import { ROOT } from "./paths.js";

/** Debian's chromium (installed by `npm test`'s pretest, scripts/ensure-chromium.mjs); CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Where the browser tests leave their screenshots, to be looked at. */
export const SCREENSHOTS = join(ROOT, "test-results", "screenshots");

/** Headless chromium, closed after the test file. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (as npm test does when run as root) or set CHROMIUM_PATH.`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
  });
  afterAll(() => browser.close());
  return browser;
}
