import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IndexUnusableError } from "../../src/core/errors.js";
import { INDEX_FORMAT_VERSION, openIndex, readIndex, type IndexManifest } from "../../src/knowledge/index-store.js";
import { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { knowledgeCopy, tempDir, testLogger } from "../helpers/knowledge.js";

function setup() {
  const knowledgeDir = knowledgeCopy();
  const indexDir = join(tempDir("index"), "index");
  const open = () => openIndex({ knowledgeDir, indexDir, embedder: { kind: "corpus" }, logger: testLogger });
  return { knowledgeDir, indexDir, open };
}

describe("the built index", () => {
  it("is built when missing, then reused as long as knowledge/ is unchanged", async () => {
    const { indexDir, open } = setup();
    const first = await open();
    expect(first).toMatchObject({ rebuilt: true });
    expect(first.reason).toMatch(/missing/);
    const manifest = JSON.parse(readFileSync(join(indexDir, "manifest.json"), "utf8")) as IndexManifest;
    expect(manifest).toMatchObject({ formatVersion: INDEX_FORMAT_VERSION, passageCount: first.index.passages.length, embedder: { id: expect.stringMatching(/^corpus-lsa-/) } });
    expect(Object.keys(manifest.checksums).sort()).toEqual(["embedder.json", "lexical.json", "passages.json", "vectors.hnsw"]);
    const second = await open();
    expect(second.rebuilt).toBe(false);
    expect(second.index.passages).toEqual(first.index.passages);
  });

  it("is rebuilt when a source file changes", async () => {
    const { knowledgeDir, open } = setup();
    await open();
    appendFileSync(join(knowledgeDir, "nghi-quyet-tu-14-khoa-xxii-dan-van.txt"), "\n");
    const reopened = await open();
    expect(reopened).toMatchObject({ rebuilt: true, reason: "knowledge/ changed since the index was built" });
  });

  it("detects a corrupt vector file or passage file and rebuilds instead of using it", async () => {
    const { indexDir, open } = setup();
    await open();
    const vectors = join(indexDir, "vectors.hnsw");
    writeFileSync(vectors, readFileSync(vectors).subarray(0, 100));
    expect(await open()).toMatchObject({ rebuilt: true, reason: "vectors.hnsw is corrupt (checksum mismatch)" });
    writeFileSync(join(indexDir, "passages.json"), "{ not json");
    expect(await open()).toMatchObject({ rebuilt: true, reason: "passages.json is corrupt (checksum mismatch)" });
    writeFileSync(join(indexDir, "manifest.json"), "");
    expect((await open()).reason).toMatch(/manifest.json is not valid JSON/);
    expect((await open()).rebuilt).toBe(false);
  });

  it("refuses an index built by another embedder", async () => {
    const { indexDir, open } = setup();
    await open();
    const manifest = JSON.parse(readFileSync(join(indexDir, "manifest.json"), "utf8")) as IndexManifest;
    const other = { kind: "remote" as const, embeddings: { info: { id: "openai:x@h", description: "" }, embedDocuments: async () => [], embedQuery: async () => [] } };
    expect(() => readIndex(indexDir, manifest, other)).toThrow(IndexUnusableError);
    expect(() => readIndex(indexDir, manifest, other)).toThrow("index was built with embedder corpus-lsa-");
  });

  it.each([
    ["parserFingerprint", "the index was built by another version of the parser or of the searched fields"],
    ["analyserFingerprint", "the index was built by another version of the analyser"],
  ])("is rebuilt when another version of the code built it (%s differs)", async (field, reason) => {
    const { indexDir, open } = setup();
    await open();
    const path = join(indexDir, "manifest.json");
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, "utf8")), [field]: "0".repeat(64) }));
    expect(await open()).toMatchObject({ rebuilt: true, reason });
    expect((await open()).rebuilt).toBe(false);
  });
});

describe("documents dropped into knowledge/", () => {
  it("are indexed and cited by their own title", async () => {
    const knowledgeDir = knowledgeCopy();
    writeFileSync(
      join(knowledgeDir, "quy-che-tiep-cong-dan.md"),
      "# Quy chế tiếp công dân của Ban Dân vận\n\n## Lịch tiếp\n\nBan Dân vận Tỉnh ủy tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở số 2 Trần Phú.\n",
    );
    writeFileSync(join(knowledgeDir, "quy-che-tiep-cong-dan.meta.json"), JSON.stringify({ title: "Quy chế tiếp công dân của Ban Dân vận", shortTitle: "Quy chế tiếp công dân" }));
    const knowledge = await KnowledgeBase.open({ knowledgeDir, indexDir: join(tempDir("index"), "i"), embedder: { kind: "corpus" }, logger: testLogger });
    const answer = await knowledge.ask("Ban Dân vận tiếp công dân vào thứ mấy?");
    expect(answer.declined).toBe(false);
    expect(answer.source?.label).toBe("Quy chế tiếp công dân, mục Lịch tiếp");
    expect(answer.body).toContain("sáng thứ Năm hằng tuần");
    const original = await knowledge.ask("Mục tiêu của nghị quyết là gì?");
    expect(original.source?.label).toBe("Mục II.2 – Mục tiêu");
  });

  it("are rejected with a message naming the file when their metadata is invalid", async () => {
    const knowledgeDir = knowledgeCopy();
    writeFileSync(join(knowledgeDir, "x.txt"), "Nội dung.");
    writeFileSync(join(knowledgeDir, "x.meta.json"), JSON.stringify({ title: "" }));
    await expect(KnowledgeBase.open({ knowledgeDir, indexDir: join(tempDir("index"), "i"), embedder: { kind: "corpus" }, logger: testLogger })).rejects.toThrow(/x\.meta\.json: title/);
  });
});
