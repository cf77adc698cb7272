/**
 * `node scripts/run.mjs cli/ask …`: runs a compiled entry point of src/, rebuilding dist/ first
 * when a source file changed, so editing the TypeScript never leaves a stale program behind.
 */
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildDist, isStale } from "./build.mjs";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("usage: node scripts/run.mjs <entry under src/, e.g. cli/ask> [args…]\n");
  process.exit(2);
}
if (isStale()) await buildDist();
process.argv = [process.argv[0], entry, ...args];
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
await import(pathToFileURL(join(root, "dist", `${entry}.js`)).href);
