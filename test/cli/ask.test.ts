import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliRun } from "../helpers/cli.js";
import { tempDir } from "../helpers/knowledge.js";
import { KNOWLEDGE_DIR, ROOT } from "../helpers/paths.js";


const indexDir = join(tempDir("cli-index"), "index");

/** `npm run --silent ask -- …` on the test's index. */
function ask(args: string[], stdin?: string, env: Record<string, string> = {}): Promise<CliRun> {
  return runCli("cli/ask", args, { ...(stdin !== undefined ? { stdin } : {}), env: { KNOWLEDGE_DIR, INDEX_DIR: indexDir, ...env } });
}

function expectRecord(line: unknown, k: number) {
  expect(line).toEqual({
    q: expect.any(String),
    answer: expect.any(String),
    declined: expect.any(Boolean),
    passages: expect.any(Array),
    ms: expect.any(Number),
    intent: expect.stringMatching(/^(question|out-of-scope)$/),
  });
  const record = line as { passages: Array<Record<string, unknown>>; declined: boolean };
  if (!record.declined) expect(record.passages).toHaveLength(k);
  for (const passage of record.passages) {
    expect(Object.keys(passage).sort()).toEqual(["score", "section", "text"]);
    expect(passage).toEqual({ text: expect.any(String), section: expect.any(String), score: expect.any(Number) });
  }
}

beforeAll(async () => {
  // The first run builds the index; later runs reuse it.
  expect((await ask(["--json", "xin chào"])).code).toBe(0);
});

describe("npm run ask", () => {
  it("prints the answer, the verbatim passage and its citation", async () => {
    const { code, stdout, stderr } = await ask(["Mục tiêu của nghị quyết là gì?"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^“Tạo sự chuyển biến mạnh mẽ/);
    expect(stdout).toContain("Nguồn: Mục II.2 – Mục tiêu");
    expect(stdout).toContain("Nguyên văn đoạn trích:\n  Tạo sự chuyển biến mạnh mẽ trong nhận thức");
  });

  it("gives the same answer to the question typed without diacritics", async () => {
    const accented = JSON.parse((await ask(["--json", "Mục tiêu của nghị quyết là gì?"])).stdout);
    const plain = JSON.parse((await ask(["--json", "muc tieu cua nghi quyet la gi"])).stdout);
    expect(plain.answer).toBe(accented.answer);
    expect(plain.passages[0]).toEqual(accented.passages[0]);
  });

  it("declines what the resolution does not cover and says what it covers", async () => {
    const { stdout } = await ask(["giá vàng hôm nay"]);
    expect(stdout).toMatch(/^Nghị quyết không đề cập đến nội dung này/);
    expect(stdout).toContain("III. Nhiệm vụ và giải pháp");
  });

  it("--json follows the contract, with k passages and the full passage text", async () => {
    const { stdout } = await ask(["--json", "--k", "3", "Ai tham mưu quán triệt nghị quyết cho cán bộ chủ chốt?"]);
    const record = JSON.parse(stdout);
    expectRecord(record, 3);
    expect(record.passages[0].section).toBe("IV.4");
    expect(record.passages[0].text).toMatch(/^Ban Tuyên giáo Tỉnh ủy tham mưu tổ chức quán triệt Nghị quyết/);
    expect(record.passages[0].score).toBeGreaterThanOrEqual(record.passages[1].score);
    expect(stdout.trim().split("\n")).toHaveLength(1);
  });

  it("--jsonl answers one question per stdin line, one JSON object per line, bad lines included", async () => {
    const questions = ["Mục tiêu của nghị quyết là gì?", "", "Giá xăng hôm nay?", "x".repeat(20_000), "<b>HĐND</b> các cấp giám sát gì?"];
    const { code, stdout } = await ask(["--jsonl"], `${questions.join("\n")}\n`);
    expect(code).toBe(0);
    const records = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(records).toHaveLength(5);
    records.forEach((record) => expectRecord(record, 5));
    expect(records.map((record) => record.declined)).toEqual([false, true, true, true, false]);
    expect(records[0].q).toBe(questions[0]);
  });

  it("--jsonl takes JSON lines with the chat's history and tells each message's intent, a report's topic too", async () => {
    const lines = [
      JSON.stringify({ q: "Nghị quyết nói gì về vùng đồng bào dân tộc thiểu số?" }),
      JSON.stringify({ q: "còn Mặt trận Tổ quốc thì sao?", history: ["Nghị quyết nói gì về vùng đồng bào dân tộc thiểu số?"] }),
      "Tôi muốn phản ánh việc cán bộ xã thu tiền sai quy định khi làm giấy tờ đất",
      "Chào bạn 👋",
      "Mã PA-2026-000123 của tôi đến đâu rồi?",
      "Thủ đô của Pháp là gì?",
      '{"q": 5}',
      "{not json",
    ];
    const { code, stdout } = await ask(["--jsonl"], `${lines.join("\n")}\n`);
    expect(code).toBe(0);
    const records = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(records).toHaveLength(lines.length);
    expect(records.slice(0, 6).map((record) => record.intent)).toEqual(["question", "question", "report", "smalltalk", "tracking", "out-of-scope"]);
    // The follow-up is asked about the Front, and does not repeat the first answer.
    expect(records[1].q).toBe("còn Mặt trận Tổ quốc thì sao?");
    expect(records[1].answer).not.toBe(records[0].answer);
    expect(records[1].passages[0].section).toMatch(/^(III|IV)\.3$/);
    // The quoted sentence itself names the Front, not only the section it comes from.
    expect(records[1].answer.split("\nNguồn:")[0]).toContain("MTTQ");
    expect(records[2]).toMatchObject({ topic: expect.stringMatching(/^(can_bo|dat_dai|hanh_chinh)$/), declined: true, passages: [] });
    expect(records[2].answer).toContain("Gửi nội dung này thành phản ánh đến Ban Dân vận?");
    expect(records[3].topic).toBeUndefined();
    expect(records[6].error).toMatch(/"q"/);
    expect(records[7].error).toMatch(/JSON/);
  });

  it("explains a wrong call in Vietnamese with exit code 2, without a stack trace", async () => {
    const missing = await ask([]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Lỗi: thiếu câu hỏi\.\nCách dùng:/);
    const badK = await ask(["--k", "0", "câu hỏi"]);
    expect(badK.code).toBe(2);
    expect(badK.stderr).toMatch(/--k phải là số nguyên từ 1 đến 50/);
    expect(badK.stderr).not.toMatch(/\n\s+at /);
  });

  it("explains a missing knowledge folder in one line", async () => {
    const { code, stderr } = await ask(["câu hỏi"], undefined, { KNOWLEDGE_DIR: join(ROOT, "no-such-folder") });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^Lỗi: cannot read the knowledge folder .*no-such-folder: create it or set KNOWLEDGE_DIR/);
  });
});
