/**
 * Transpiles src/ to dist/ with esbuild (types are checked by `npm run typecheck`, not here).
 * Plain node then starts the tools in a fraction of the time a TypeScript loader needs.
 * The Prisma client (src/inbox/generated, git-ignored) is generated first when the schema is newer.
 * `isStale()` tells whether any source file is newer than the last build.
 */
import { spawnSync } from "node:child_process";
import { build } from "esbuild";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sourceDir = join(root, "src");
const outDir = join(root, "dist");
const stamp = join(outDir, ".build-stamp");

function sourceFiles(dir = sourceDir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** True when dist/ is missing or older than a source file (or the file list changed). */
export function isStale() {
  let built;
  try {
    built = statSync(stamp).mtimeMs;
  } catch {
    return true;
  }
  const files = sourceFiles();
  const newest = (file) => statSync(file).mtimeMs > built;
  return !existsSync(generatedClient) || newest(schema) || newest(sourceDir) || files.some(newest);
}

const schema = join(root, "prisma", "schema.prisma");
const generatedClient = join(sourceDir, "inbox", "generated", "client.ts");

/** Runs `prisma generate` when the generated client is missing or older than the schema. */
export function ensurePrismaClient() {
  if (existsSync(generatedClient) && statSync(generatedClient).mtimeMs >= statSync(schema).mtimeMs) return;
  const result = spawnSync(process.execPath, [join(root, "scripts", "prisma.mjs"), "generate"], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`prisma generate failed:\n${result.stdout}${result.stderr}`);
}

export async function buildDist() {
  ensurePrismaClient();
  const entryPoints = sourceFiles();
  await build({
    entryPoints,
    outdir: outDir,
    outbase: sourceDir,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
  });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(stamp, `${entryPoints.map((file) => relative(root, file)).join("\n")}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDist();
