import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliRun } from "../helpers/cli.js";
import { startOpenAIStub, type OpenAIStub } from "../helpers/openai-stub.js";

/** Offline unless a test says otherwise, whatever a developer's `.env` holds (set variables win over it). */
const OFFLINE = { OPENAI_API_KEY: "", OPENAI_BASE_URL: "" };

/** `npm run --silent classify -- …`, offline unless the test says otherwise. */
function classify(args: string[], stdin?: string, env: Record<string, string> = {}): Promise<CliRun> {
  return runCli("cli/classify", args, { ...(stdin !== undefined ? { stdin } : {}), env: { ...OFFLINE, ...env } });
}

const lines = (stdout: string) => stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

let stub: OpenAIStub;
beforeAll(async () => {
  stub = await startOpenAIStub();
});
afterAll(() => stub.close());

describe("npm run classify", () => {
  it("prints topic, urgency, reasons, unit and processing time in Vietnamese", async () => {
    const { code, stdout, stderr } = await classify(["Nước lũ đang lên nhanh, 3 hộ bị cô lập, xin cử xuồng gấp!"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^Chủ đề: Thiên tai, sạt lở, ngập lụt \(thien_tai\)\nKhẩn cấp: CÓ – cần xử lý ngay\nLý do:\n {2}- nhắc đến: /);
    expect(stdout).toContain("  - có người gặp nguy hiểm: cô lập");
    expect(stdout).toContain("Đơn vị đề xuất: Ban Chỉ huy Phòng thủ dân sự thành phố");
    expect(stdout).toContain("Thời hạn xử lý đề xuất: 1 ngày");
  });

  it("--json prints exactly topic, urgent and reasons", async () => {
    const { stdout } = await classify(["--json", "can bo dia chinh xa doi 20 trieu moi ky xac nhan"]);
    const [record] = lines(stdout);
    expect(Object.keys(record!)).toEqual(["topic", "urgent", "reasons"]);
    expect(record).toMatchObject({ topic: "can_bo", urgent: false });
    expect(String((record!.reasons as string[])[0])).toContain("đòi 20 triệu");
  });

  it("--jsonl answers every input line, in order, bad lines with a Vietnamese error", async () => {
    const input = [
      JSON.stringify({ text: "bai rac thon 1 boc mui hoi thoi ca tuan nay" }),
      "đây không phải JSON",
      JSON.stringify({ txt: "thiếu trường text" }),
      JSON.stringify({ text: 42 }),
      JSON.stringify({ text: "   " }),
      "",
      JSON.stringify(["mảng"]),
      JSON.stringify({ text: "x".repeat(20_000) }),
      JSON.stringify({ text: "<b>Có nhóm</b> cầm <i>hung khí</i> đang đuổi chém nhau &amp; đập phá quán" }),
      `\uFEFF${JSON.stringify({ text: "hỏi thủ tục làm giấy khai sinh" })}`,
      JSON.stringify({ text: "Tôi bị chủ nợ tín dụng đen dọa giết, SĐT 0909 777 888", id: 7 }),
    ];
    const { code, stdout, stderr } = await classify(["--jsonl"], `${input.join("\n")}\r\n`);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const records = lines(stdout);
    expect(records).toHaveLength(input.length);
    expect(records[0]).toMatchObject({ topic: "moi_truong", urgent: false });
    expect(records[1]).toEqual({ error: expect.stringMatching(/^dòng không phải JSON hợp lệ; mỗi dòng cần có dạng \{"text": /) });
    expect(records[2]).toEqual({ error: expect.stringMatching(/^thiếu trường "text" kiểu chuỗi/) });
    expect(records[3]).toEqual({ error: expect.stringMatching(/^thiếu trường "text" kiểu chuỗi/) });
    expect(records[4]).toEqual({ error: 'trường "text" trống, không có gì để phân loại' });
    expect(records[5]).toEqual({ error: expect.stringMatching(/^dòng trống/) });
    expect(records[6]).toEqual({ error: expect.stringMatching(/^thiếu trường "text"/) });
    expect(records[7]).toMatchObject({ topic: "khac", urgent: false });
    expect(records[8]).toMatchObject({ topic: "te_nan", urgent: true });
    expect(records[9]).toMatchObject({ topic: "hanh_chinh" });
    expect(records[10]).toMatchObject({ topic: "te_nan", urgent: true });
    expect(stdout).not.toContain("0909");
  });

  it("explains a wrong call in Vietnamese with exit code 2, without a stack trace", async () => {
    const missing = await classify([]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Lỗi: thiếu nội dung phản ánh cần phân loại\.\nCách dùng:/);
    const unknown = await classify(["--k", "3", "văn bản"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Lỗi: tùy chọn không đúng: chỉ có --json và --jsonl/);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  });

  it("classifies with the configured LLM, sending no phone number", async () => {
    stub.chat = () => ({ answer: '{"topic":"an_sinh","urgent":false,"reasons":["hộ nghèo cần hỗ trợ"]}' });
    const before = stub.chatRequests.length;
    const { code, stdout, stderr } = await classify(["--jsonl"], `${JSON.stringify({ text: "nhà tôi hộ nghèo, nhà dột, sdt 0388456789" })}\n`, { OPENAI_BASE_URL: stub.baseURL });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(lines(stdout)).toEqual([{ topic: "an_sinh", urgent: false, reasons: ["hộ nghèo cần hỗ trợ"] }]);
    expect(stub.chatRequests.length).toBe(before + 1);
    expect(JSON.stringify(stub.chatRequests.at(-1))).not.toContain("0388456789");
  });

  it("answers every line offline when the LLM fails, and logs why without the messages", async () => {
    stub.chat = () => ({ status: 503, message: "overloaded" });
    const input = [JSON.stringify({ text: "Nước lũ đang lên, có người mắc kẹt, gọi 0911 888 999" }), "không phải JSON", JSON.stringify({ text: "CCCD 049201000123 cần cấp đổi" })];
    const { code, stdout, stderr } = await classify(["--jsonl"], `${input.join("\n")}\n`, { OPENAI_BASE_URL: stub.baseURL });
    expect(code).toBe(0);
    const records = lines(stdout);
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({ topic: "thien_tai", urgent: true });
    expect(records[1]).toHaveProperty("error");
    expect(records[2]).toMatchObject({ topic: "hanh_chinh" });
    expect(stderr).toContain("LLM classification failed, using the offline classifier");
    expect(stderr).toContain("(503)");
    for (const secret of ["0911", "888 999", "049201000123", "Nước lũ", "mắc kẹt"]) expect(stderr).not.toContain(secret);
  });
});
