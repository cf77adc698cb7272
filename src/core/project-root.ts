/**
 * The project's root folder (where package.json, prisma/ and public/ are), found from this module's
 * own location: src/core in the sources, somewhere under dist/ in a build (bundled or not).
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "prisma"))) return dir;
    if (dirname(dir) === dir) throw new Error(`the project's folder (with package.json and prisma/) was not found above ${start}`);
  }
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
