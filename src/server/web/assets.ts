/** Our own static files (CSS, the web chat script), served from `public/` with a short cache. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { PROJECT_ROOT } from "../../core/project-root.js";

const PUBLIC_DIR = join(PROJECT_ROOT, "public");

const TYPES: Record<string, string> = { ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8" };

export function assetRoutes(server: FastifyInstance): void {
  // Read once at start: a handful of small files, served from memory.
  const files = new Map(
    ["app.css", "chat.js", "inbox-live.js", "reply-templates.js"].map((name) => [name, { body: readFileSync(join(PUBLIC_DIR, name)), type: TYPES[name.slice(name.lastIndexOf("."))]! }]),
  );
  server.get<{ Params: { file: string } }>("/assets/:file", async (request, reply) => {
    const file = files.get(request.params.file);
    if (!file) return reply.code(404).send("Không có tệp này.");
    return reply.type(file.type).header("cache-control", "public, max-age=300").send(file.body);
  });
}
