import { describe, expect, it } from "vitest";
import { CALLBACK_DATA_LIMIT, renderTelegram, splitText, TELEGRAM_MESSAGE_LIMIT } from "../../../src/channels/telegram/render.js";
import { FULL_TEXT_REPLY } from "../../../src/assistant/intent-replies.js";
import { NONE_OPEN_HERE } from "../../../src/assistant/features/tracking.js";
import { textReply, type Reply } from "../../../src/core/messages.js";

/** Tags open and close in order in every message: a split never cuts inside markup. */
function balanced(html: string): boolean {
  const stack: string[] = [];
  for (const match of html.matchAll(/<(\/?)(b|i|code|blockquote)>/g)) {
    if (match[1]) {
      if (stack.pop() !== match[2]) return false;
    } else stack.push(match[2]!);
  }
  return stack.length === 0 && !/<(?!\/?(b|i|code|blockquote)>)/.test(html);
}

describe("renderTelegram", () => {
  it("renders blocks as Telegram HTML, escaping what people and documents wrote", () => {
    const [message] = renderTelegram({
      blocks: [
        { type: "paragraph", content: ["Phản ánh <script> & ", { bold: "mã PA-2026-000001" }] },
        { type: "quote", text: "Dân biết, dân bàn <và> dân làm", source: "Mục II.1 – Quan điểm" },
        { type: "list", items: [["một"], [{ italic: "hai" }]] },
      ],
    });
    expect(message!.html).toBe(
      "Phản ánh &lt;script&gt; &amp; <b>mã PA-2026-000001</b>\n\n<blockquote>Dân biết, dân bàn &lt;và&gt; dân làm</blockquote>\n— <i>Mục II.1 – Quan điểm</i>\n\n• một\n• <i>hai</i>",
    );
  });

  it("splits long text under 4,096 characters without breaking markup, keyboard on the last part", () => {
    const long = "Câu văn dài về công tác dân vận & phong trào “Dân vận khéo”. ".repeat(400);
    const reply: Reply = {
      blocks: [
        { type: "paragraph", content: [{ bold: "Tiêu đề" }] },
        { type: "quote", text: long, source: "Mục III.5" },
        { type: "paragraph", content: [{ italic: long }] },
      ],
      choices: [[{ label: "Tiếp", value: "page:0:III.5:2" }]],
    };
    const messages = renderTelegram(reply);
    expect(messages.length).toBeGreaterThan(4);
    for (const message of messages) {
      expect(message.html.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
      expect(balanced(message.html)).toBe(true);
    }
    expect(messages.slice(0, -1).every((message) => message.keyboard === undefined)).toBe(true);
    expect(messages.at(-1)!.keyboard).toEqual({ inline_keyboard: [[{ text: "Tiếp", callback_data: "page:0:III.5:2" }]] });
    const text = messages.map((message) => message.html.replace(/<[^>]+>/g, "")).join(" ");
    expect(text.match(/Dân vận khéo/g)).toHaveLength(800);
  });

  it("gives a web page's address as code, so Telegram makes no tappable command of '/nghi' or '/tra' out of it", () => {
    const pages = [FULL_TEXT_REPLY, textReply(...NONE_OPEN_HERE)].flatMap((reply) => renderTelegram(reply)).map((message) => message.html);
    expect(pages.join(" ")).toContain("<code>/nghi-quyet</code>");
    expect(pages.join(" ")).toContain("<code>/tra-cuu</code>");
    for (const html of pages) expect(html.replace(/<code>[^<]*<\/code>/gu, "")).not.toMatch(/(^|[\s(])\/[a-z]+-[a-z-]+/u);
  });

  it("drops buttons whose callback data would exceed Telegram's 64 bytes", () => {
    const [message] = renderTelegram({ blocks: [{ type: "paragraph", content: ["x"] }], choices: [[{ label: "ok", value: "toc" }, { label: "too long", value: "ố".repeat(CALLBACK_DATA_LIMIT) }]] });
    expect(message!.keyboard).toEqual({ inline_keyboard: [[{ text: "ok", callback_data: "toc" }]] });
  });
});

describe("splitText", () => {
  it("prefers sentence ends, then spaces, and loses nothing", () => {
    const text = "Một hai ba bốn. Năm sáu bảy tám chín mười. Mười một.";
    const pieces = splitText(text, 20);
    expect(pieces.every((piece) => piece.length <= 20)).toBe(true);
    expect(pieces[0]).toBe("Một hai ba bốn.");
    expect(pieces.join(" ").replace(/\s+/g, " ")).toBe(text);
  });

  it("cuts a word longer than the limit", () => {
    expect(splitText("x".repeat(50), 20)).toEqual(["x".repeat(20), "x".repeat(20), "x".repeat(10)]);
  });
});
