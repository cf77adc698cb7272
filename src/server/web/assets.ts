/** Our own static files (CSS, the web chat script), served from `public/` with a short cache. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";

/** The project root: three levels up from src/server/web or dist/server/web. */
const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "public");

const TYPES: Record<string, string> = { ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8" };

export function assetRoutes(server: FastifyInstance): void {
  // Read once at start: a handful of small files, served from memory.
  const files = new Map(
    ["app.css", "chat.js"].map((name) => [name, { body: readFileSync(join(PUBLIC_DIR, name)), type: TYPES[name.slice(name.lastIndexOf("."))]! }]),
  );
  server.get<{ Params: { file: string } }>("/assets/:file", async (request, reply) => {
    const file = files.get(request.params.file);
    if (!file) return reply.code(404).send("Không có tệp này.");
    return reply.type(file.type).header("cache-control", "public, max-age=300").send(file.body);
  });
}
