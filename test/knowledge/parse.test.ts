import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { citation } from "../../src/knowledge/document.js";
import { chunkParagraph, parseDocument } from "../../src/knowledge/parse.js";
import { RESOLUTION_FILE } from "../helpers/paths.js";

const source = readFileSync(RESOLUTION_FILE, "utf8");
const doc = parseDocument("nq14", "nq14.txt", source, { primary: true });
const bySection = (section: string) => doc.passages.filter((passage) => passage.section === section);

describe("parseDocument on the resolution", () => {
  it("finds parts, sections and subsections with their paths and headings", () => {
    const outline = doc.sections.map((section) => `${section.path} ${section.heading}`);
    expect(outline.slice(0, 4)).toEqual(["I Tình hình và nguyên nhân", "II Quan điểm, mục tiêu", "II.1 Quan điểm", "II.2 Mục tiêu"]);
    expect(doc.sections.map((section) => section.path)).toEqual([
      "I", "II", "II.1", "II.2", "III", "III.1", "III.1.1", "III.1.2", "III.2", "III.2.1", "III.2.2",
      "III.3", "III.4", "III.5", "III.6", "III.7", "IV", "IV.1", "IV.2", "IV.3", "IV.4",
    ]);
    expect(doc.sections.find((section) => section.path === "III.2.2")).toMatchObject({ level: 3, parent: "III.2" });
    expect(doc.sections.find((section) => section.path === "III.2.2")?.heading).toMatch(/^Phát huy vai trò, trách nhiệm của từng cơ quan hành chính/);
  });

  it("gives every passage its section path and heading context", () => {
    const passage = bySection("III.2.2").find((p) => p.text.includes("hòa giải tại tòa"));
    expect(passage?.heading).toMatch(/^Phát huy vai trò/);
    expect(passage?.context).toEqual([
      "Nhiệm vụ và giải pháp",
      expect.stringMatching(/^Tiếp tục đổi mới, tạo chuyển biến mạnh mẽ về công tác dân vận/),
      expect.stringMatching(/^Phát huy vai trò, trách nhiệm/),
    ]);
    expect(citation(passage!, doc.meta)).toBe("Mục III.2.2 – Phát huy vai trò, trách nhiệm của từng cơ …");
    expect(citation(bySection("II.2")[0]!, doc.meta)).toBe("Mục II.2 – Mục tiêu");
  });

  it("attaches the footnote to its paragraph, removes the markers and keeps the note searchable", () => {
    const [footnote] = bySection("footnote 1");
    expect(footnote?.kind).toBe("footnote");
    expect(footnote?.text).toMatch(/^Tổng thu ngân sách nhà nước/);
    expect(footnote?.text).toContain("thu nhập bình quân đầu người 48 triệu đồng/người/năm");
    expect(footnote?.heading).toBe("Mục I – Tình hình và nguyên nhân");
    // What the note elaborates, searched with it: its figures are those of that development.
    expect(footnote?.anchor).toBe("thực hiện thắng lợi nhiệm vụ phát triển KT-XH của tỉnh");
    const paragraph = bySection("I").find((p) => p.footnotes.includes(1));
    expect(paragraph?.text).toContain("nhiệm vụ phát triển KT-XH của tỉnh, giữ vững quốc phòng");
    expect(doc.passages.some((p) => /footnoteRef|\[1:/.test(p.text))).toBe(false);
    expect(citation(footnote!, doc.meta)).toBe("Chú thích 1 (Mục I – Tình hình và nguyên nhân)");
  });

  it("keeps the letterhead, the title and the list of recipients as passages", () => {
    expect(bySection("letterhead")[0]?.text).toBe("TỈNH ỦY QUẢNG NAM\nSố -NQ/TU\nDự thảo\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Nam, ngày tháng 12 năm 2023");
    expect(bySection("title")[0]?.text).toBe(
      "NGHỊ QUYẾT HỘI NGHỊ TỈNH ỦY LẦN THỨ 14, KHÓA XXII về nâng cao chất lượng, hiệu quả công tác dân vận trên địa bàn tỉnh Quảng Nam trong tình hình mới",
    );
    const recipients = bySection("recipients")[0]?.text.split("\n") ?? [];
    expect(recipients[0]).toBe("- Ban Bí thư Trung ương Đảng,");
    expect(recipients[1]).toBe("- Văn phòng Trung ương Đảng và các cơ quan, ban đảng ở Trung ương,");
    expect(recipients.at(-1)).toBe("- Lưu Văn phòng Tỉnh ủy.");
    expect(doc.passages.some((p) => p.text.includes("bookmark"))).toBe(false);
  });

  it("keeps long headings as passages and puts inline items and the closing line where they belong", () => {
    expect(bySection("III.1.1").find((p) => p.kind === "heading")?.text).toMatch(/^Công tác dân vận phải gắn kết chặt chẽ/);
    expect(bySection("IV.2")[0]?.text).toMatch(/^Đảng đoàn HĐND tỉnh, Ban cán sự đảng UBND tỉnh: Chỉ đạo rà soát/);
    expect(doc.sections.find((s) => s.path === "IV.2")?.heading).toBe("Đảng đoàn HĐND tỉnh, Ban cán sự đảng UBND tỉnh");
    expect(bySection("IV.4").map((p) => p.text.slice(0, 14))).toEqual(["Ban Tổ chức Tỉ", "Ban Tuyên giáo", "Ban Dân vận Tỉ"]);
    expect(bySection("IV").map((p) => p.text)).toEqual(["Nghị quyết này phổ biến đến chi bộ."]);
  });

  it("never makes a passage longer than its paragraph, and keeps passage text verbatim", () => {
    const normalizedSource = source.normalize("NFC");
    for (const passage of doc.passages.filter((p) => p.kind === "paragraph" && p.footnotes.length === 0)) {
      expect(normalizedSource).toContain(passage.text);
    }
  });
});

describe("chunkParagraph", () => {
  const paragraph = "Câu thứ nhất khá dài về công tác dân vận. Câu thứ hai nói về Mặt trận. Câu thứ ba nói về đoàn thể. Câu bốn.";

  it("splits on sentence ends into chunks no longer than the limit, losing nothing", () => {
    const chunks = chunkParagraph(paragraph, 50);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join(" ")).toBe(paragraph);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(50 * 1.25);
  });

  it("keeps a short paragraph whole", () => {
    expect(chunkParagraph(paragraph, 1000)).toEqual([paragraph]);
  });
});

describe("parseDocument on other documents", () => {
  it("reads Markdown headings and takes the title from metadata or the file", () => {
    const markdown = parseDocument("huong-dan", "huong-dan.md", "# Hướng dẫn tiếp công dân\n\n## Thời gian tiếp\n\nTiếp công dân vào thứ Năm hằng tuần.\n");
    expect(markdown.meta.title).toBe("Hướng dẫn tiếp công dân");
    expect(markdown.sections.map((section) => section.path)).toEqual(["Thời gian tiếp"]);
    expect(markdown.passages.map((p) => [p.section, p.text])).toEqual([
      ["title", "Hướng dẫn tiếp công dân"],
      ["Thời gian tiếp", "Tiếp công dân vào thứ Năm hằng tuần."],
    ]);
    expect(citation(markdown.passages[1]!, markdown.meta)).toBe("Hướng dẫn tiếp công dân, mục Thời gian tiếp");
    const plain = parseDocument("hd", "hd.txt", "Nội dung không có đề mục.", { title: "Hướng dẫn số 5", shortTitle: "HD 5" });
    expect(plain.meta.title).toBe("Hướng dẫn số 5");
    expect(citation(plain.passages[0]!, plain.meta)).toBe("HD 5");
  });

  it("reads articles (Điều) of a regulation", () => {
    const regulation = parseDocument("qc", "qc.txt", "QUY CHẾ\nlàm việc\n\nĐiều 1. Phạm vi\nQuy chế này áp dụng cho Ban.\nĐiều 2. Đối tượng\nCán bộ, công chức.");
    expect(regulation.sections.map((section) => `${section.path}: ${section.heading}`)).toEqual(["Điều 1: Phạm vi", "Điều 2: Đối tượng"]);
    expect(regulation.meta.title).toBe("QUY CHẾ làm việc");
  });
});
