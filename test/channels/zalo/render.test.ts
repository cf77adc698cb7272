import { describe, expect, it } from "vitest";
import { ZALO_MESSAGE_LIMIT } from "../../../src/channels/zalo/bot-api.js";
import { renderMenu, renderZalo, splitText, type ZaloOutgoing } from "../../../src/channels/zalo/render.js";
import type { Reply } from "../../../src/core/messages.js";

/** The texts of the messages, in order. */
const texts = (reply: Reply, limit?: number) => renderZalo(reply, limit).flatMap((message) => (message.kind === "text" ? [message.text] : []));

/** The styled parts of a text message, as [text, style] pairs. */
const styledParts = (message: ZaloOutgoing | undefined) => (message?.kind === "text" ? message.styles.map((style) => [message.text.slice(style.start, style.start + style.len), style.st]) : []);

describe("renderZalo", () => {
  it("renders text with emphasis as text_styles ranges: bold, italic, the citation in italics; quotes in “…”, lists with bullets", () => {
    const [message, ...rest] = renderZalo({
      blocks: [
        { type: "paragraph", content: [{ bold: "Kết quả" }] },
        { type: "paragraph", content: ["Phản ánh <script> & ", { bold: "PA-2026-000001" }, " ", { italic: "đã nhận" }] },
        { type: "quote", text: "Dân biết, dân bàn, dân làm", source: "Mục II.1 – Quan điểm" },
        { type: "list", items: [["một"], [{ code: "hai" }, { bold: "ba" }]] },
      ],
    });
    expect(rest).toEqual([]);
    expect(message?.kind === "text" && message.text).toBe("Kết quả\n\nPhản ánh <script> & PA-2026-000001 đã nhận\n\n“Dân biết, dân bàn, dân làm”\n— Mục II.1 – Quan điểm\n\n• một\n• haiba");
    expect(styledParts(message)).toEqual([
      ["Kết quả", "b"],
      ["PA-2026-000001", "b"],
      ["đã nhận", "i"],
      ["Mục II.1 – Quan điểm", "i"],
      ["ba", "b"],
    ]);
  });

  it("counts style offsets in UTF-16 code units (an emoji counts two)", () => {
    const [message] = renderZalo({ blocks: [{ type: "paragraph", content: ["📍 Vị trí 😀 ", { bold: "đã nhận" }] }] });
    expect(message).toEqual({ kind: "text", text: "📍 Vị trí 😀 đã nhận", styles: [{ start: 13, len: 7, st: "b" }] });
  });

  it("keeps the styles of a long reply on the right words in every message", () => {
    const sentence = "Cấp ủy, chính quyền các cấp tiếp tục đổi mới nội dung, phương thức công tác dân vận. ";
    const messages = renderZalo({ blocks: [{ type: "paragraph", content: Array.from({ length: 60 }, (_, i) => (i % 2 ? { bold: `Ý ${i}` } : sentence)) }] }, 500);
    expect(messages.length).toBeGreaterThan(3);
    const parts = messages.flatMap(styledParts);
    expect(parts.every(([text]) => /^(Ý( \d+)?|\d+)$/u.test(text!))).toBe(true);
    expect(parts.filter(([text]) => text!.startsWith("Ý ")).length).toBeGreaterThanOrEqual(28);
  });

  it("sends a reply's picture after its text, and offers the contact form last", () => {
    expect(renderZalo({ blocks: [{ type: "paragraph", content: ["Ảnh hiện trường:"] }], image: { channel: "telegram", ref: "AgACAgIAAxkBAAIB", caption: "Đã sửa xong" }, offerContactForm: true })).toEqual([
      { kind: "text", text: "Ảnh hiện trường:", styles: [] },
      { kind: "image", image: { channel: "telegram", ref: "AgACAgIAAxkBAAIB", caption: "Đã sửa xong" } },
      { kind: "contact-form" },
    ]);
  });

  it("numbers choices in the order of choices.flat(), with how to answer", () => {
    const reply: Reply = {
      blocks: [{ type: "paragraph", content: ["Chọn:"] }],
      choices: [
        [{ label: "📄 Xem nguyên văn", value: "src:0:II.2" }, { label: "👍", value: "vote:1:up" }],
        [{ label: "💡 Câu hỏi liên quan", value: "rel:0:II.2" }],
      ],
    };
    expect(texts(reply)).toEqual(["Chọn:\n\n1. 📄 Xem nguyên văn\n2. 👍\n3. 💡 Câu hỏi liên quan\nTrả lời 1–3 để chọn."]);
    expect(renderMenu([{ label: "Gửi", value: "fb:send" }])).toBe("1. Gửi\nTrả lời 1 để chọn.");
  });

  it("sends a notice alone when there are no blocks, and nothing for an empty reply", () => {
    expect(texts({ blocks: [], notice: "Cảm ơn bạn đã đánh giá câu trả lời!" })).toEqual(["Cảm ơn bạn đã đánh giá câu trả lời!"]);
    expect(renderZalo({ blocks: [] })).toEqual([]);
    expect(texts({ blocks: [{ type: "paragraph", content: ["Nút này đã cũ…"] }], notice: "Nút này đã cũ." })).toEqual(["Nút này đã cũ…"]);
  });

  it("splits long replies at 2000 characters on boundaries, keeps each citation with its quote and the whole menu in the last message", () => {
    const sentence = "Cấp ủy, chính quyền các cấp tiếp tục đổi mới nội dung, phương thức công tác dân vận. ";
    const reply: Reply = {
      blocks: [
        { type: "paragraph", content: [{ bold: "Mục III.2.2. Phát huy vai trò" }] },
        { type: "paragraph", content: [sentence.repeat(30)] },
        { type: "quote", text: sentence.repeat(20), source: "Mục III.2.2 – Phát huy vai trò, trách nhiệm" },
        { type: "list", items: Array.from({ length: 30 }, (_, i) => [`Ý thứ ${i + 1}: ${sentence}`]) },
      ],
      choices: [Array.from({ length: 12 }, (_, i) => ({ label: `Lựa chọn số ${i + 1}`, value: `v${i}` }))],
    };
    const messages = texts(reply);
    expect(messages.length).toBeGreaterThan(3);
    for (const message of messages) expect(message.length).toBeLessThanOrEqual(ZALO_MESSAGE_LIMIT);
    // Cuts fall between sentences or words, never inside one.
    for (const message of messages) expect(message).toMatch(/[.”:\p{L}\p{N}]$/u);
    const citation = messages.findIndex((message) => message.includes("— Mục III.2.2 – Phát huy vai trò, trách nhiệm"));
    expect(messages[citation]).toMatch(/dân vận\.”\n— Mục III\.2\.2/);
    const last = messages.at(-1)!;
    expect(last).toContain("1. Lựa chọn số 1\n");
    expect(last).toMatch(/12\. Lựa chọn số 12\nTrả lời 1–12 để chọn\.$/);
    expect(messages.slice(0, -1).some((message) => message.includes("Trả lời"))).toBe(false);
    const words = (text: string) => text.replace(/[“”•\n]/g, " ").split(/\s+/).filter(Boolean);
    const original = words(sentence.repeat(30) + sentence.repeat(20));
    expect(words(messages.join(" ")).filter((word) => original.includes(word)).length).toBeGreaterThanOrEqual(original.length);
  });

  it("cuts an unbroken string hard at the limit without splitting an emoji", () => {
    const pieces = splitText(`${"a".repeat(9)}😀${"b".repeat(10)}`, 10);
    expect(pieces).toEqual(["a".repeat(9), `😀${"b".repeat(8)}`, "bb"]);
  });

  it("prefers paragraph breaks, then sentence ends, then spaces", () => {
    expect(splitText("Một hai ba.\n\nBốn năm sáu bảy.", 20)).toEqual(["Một hai ba.", "Bốn năm sáu bảy."]);
    expect(splitText("Một hai ba bốn. Năm sáu bảy tám chín mười.", 28)).toEqual(["Một hai ba bốn.", "Năm sáu bảy tám chín mười."]);
    expect(splitText("một hai ba bốn năm sáu bảy tám", 12)).toEqual(["một hai ba", "bốn năm sáu", "bảy tám"]);
  });
});
