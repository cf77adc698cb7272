/** `npm run index`: rebuilds the knowledge index from `knowledge/` and prints what it holds. */
import { openKnowledgeBase } from "../setup.js";
import { runCli } from "./run-cli.js";

await runCli("Cách dùng: npm run index", async ({ config, logger }) => {
  const started = performance.now();
  const knowledge = await openKnowledgeBase(config, logger, { rebuild: true });
  const { manifest } = knowledge.index;
  const documents = knowledge.documents.map((doc) => `  - ${doc.meta.title} (${doc.file})`).join("\n");
  process.stdout.write(
    `Đã lập chỉ mục ${manifest.passageCount} đoạn từ ${knowledge.documents.length} tài liệu trong ${Math.round(performance.now() - started)} ms:\n${documents}\n` +
      `Bộ nhúng (embedder): ${manifest.embedder.id} — ${manifest.embedder.description}\nThư mục chỉ mục: ${config.indexDir}\n`,
  );
});
