import { describe, expect, it } from "vitest";
import { cleanInput, fold, hasDiacritics, normalizeToneMarks, splitSentences, stripMarkup, tokenize, truncate, unstretched, wellFormed, wellFormedJson, withSpokenMarks } from "../../src/core/text.js";

describe("fold", () => {
  it("removes diacritics and maps đ/Đ to d", () => {
    expect(fold("Đảng đoàn HĐND tỉnh")).toBe("dang doan hdnd tinh");
    expect(fold("Mục tiêu của nghị quyết")).toBe("muc tieu cua nghi quyet");
  });

  it("gives the same result for NFC and NFD input", () => {
    const nfd = "Nhân dân làm chủ".normalize("NFD");
    expect(nfd).not.toBe("Nhân dân làm chủ");
    expect(fold(nfd)).toBe(fold("Nhân dân làm chủ"));
  });
});

describe("hasDiacritics", () => {
  it("tells typed-with-keyboard text from plain ASCII", () => {
    expect(hasDiacritics("muc tieu la gi")).toBe(false);
    expect(hasDiacritics("mục tiêu")).toBe(true);
    expect(hasDiacritics("dd Đ")).toBe(true);
  });
});

describe("normalizeToneMarks", () => {
  it("writes both tone conventions the way the resolution does", () => {
    expect(normalizeToneMarks("hoà giải")).toBe("hòa giải");
    expect(normalizeToneMarks("thuỷ lợi, khoẻ")).toBe("thủy lợi, khỏe");
    expect(normalizeToneMarks("Uỷ ban")).toBe("Ủy ban");
  });

  it("leaves syllables with a final consonant and qu-/gi- syllables alone", () => {
    expect(normalizeToneMarks("hoạt động, khuyến khích, quý")).toBe("hoạt động, khuyến khích, quý");
  });
});

describe("tokenize", () => {
  it("matches NFD input to NFC tokens", () => {
    expect(tokenize("Đảng".normalize("NFD")).map((token) => token.exact)).toEqual(["đảng"]);
  });

  it("keeps numbers whole and spells them one way", () => {
    const tokens = tokenize("tăng 4,8%/năm; 15.000 nhà; ngày 20/12/2021; 02 năm").map((token) => token.exact);
    expect(tokens).toEqual(["tăng", "4.8", "năm", "15000", "nhà", "ngày", "20/12/2021", "2", "năm"]);
    expect(tokenize("4.8")[0]?.exact).toBe("4.8");
    expect(tokenize("12/04/2021")[0]?.exact).toBe("12/4/2021");
  });

  it("records positions in the source text", () => {
    const [first, second] = tokenize("Dân vận");
    expect(first).toMatchObject({ start: 0, end: 3, folded: "dan" });
    expect(second).toMatchObject({ start: 4, end: 7, folded: "van" });
  });
});

describe("splitSentences", () => {
  it("splits at sentence ends followed by a capital, keeping exact ranges", () => {
    const text = "Xây dựng hình ảnh thân thiện. Chú trọng “Dân vận khéo”, nhất là ở biên giới. Hết";
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(["Xây dựng hình ảnh thân thiện.", "Chú trọng “Dân vận khéo”, nhất là ở biên giới.", "Hết"]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it("does not split inside numbers or before lower-case text", () => {
    expect(splitSentences("tăng 5,5%/năm. trong đó 13.8 nghìn")).toHaveLength(1);
  });
});

describe("withSpokenMarks", () => {
  it("writes a question or exclamation mark said aloud to voice typing as the mark", () => {
    expect(withSpokenMarks("xã có tổ chức đối thoại định kỳ không chấm hỏi tụi tui muốn gặp")).toBe("xã có tổ chức đối thoại định kỳ không? tụi tui muốn gặp");
    expect(withSpokenMarks("khổ quá dấu chấm than")).toBe("khổ quá!");
  });

  it("leaves 'chấm' in its other senses", () => {
    for (const kept of ["máy chấm công hư rồi", "chấm điểm thi đua cuối năm", "nước chấm", "chấm hết"]) expect(withSpokenMarks(kept)).toBe(kept);
  });
});

describe("cleanInput and stripMarkup", () => {
  it("removes control and zero-width characters and collapses whitespace", () => {
    expect(cleanInput("  Mục\u0000tiêu\u200b\t\n là   gì ")).toBe("Mục tiêu là gì");
    expect(cleanInput("Mục ti\u200bêu của nghị qu\u00adyết\ufeff là gì\u2028?")).toBe("Mục tiêu của nghị quyết là gì ?");
  });

  it("keeps the words of HTML and Markdown", () => {
    expect(cleanInput(stripMarkup("<b>Mục tiêu</b> **của** [nghị quyết](http://x.vn) &amp; `gì`"))).toBe("Mục tiêu của nghị quyết & gì");
    expect(cleanInput(stripMarkup("<script>alert(1)</script>"))).toBe("alert(1)");
  });
});

describe("truncate", () => {
  it("cuts at a word boundary with an ellipsis", () => {
    expect(truncate("một hai ba bốn năm", 11)).toBe("một hai ba…");
    expect(truncate("một hai ba bốn năm", 10)).toBe("một hai…");
    expect(truncate("ngắn", 10)).toBe("ngắn");
  });
});

describe("well-formed text", () => {
  it("turns unpaired surrogates into U+FFFD and leaves everything else alone", () => {
    expect(wellFormed("Đường \ud800 hỏng")).toBe("Đường \ufffd hỏng");
    expect(wellFormed("cười 😀 nhé")).toBe("cười 😀 nhé");
    expect(wellFormed("\udc00\ud83d")).toBe("\ufffd\ufffd");
  });

  it("writes JSON that reads back well-formed, keeping real backslashes and emoji", () => {
    for (const [input, expected] of [
      ["a\ud800b", "a\ufffdb"],
      ["lit \\ud800 text", "lit \\ud800 text"],
      ["\\\ud800", "\\\ufffd"],
      ["pair 😀 lone \ud83d", "pair 😀 lone \ufffd"],
    ]) {
      const read = JSON.parse(wellFormedJson({ text: input })) as { text: string };
      expect(read.text).toBe(expected);
      expect(read.text.isWellFormed()).toBe(true);
    }
  });
});

describe("unstretched", () => {
  it("writes once a letter held at a word's end, and leaves inner runs, one-letter words and Roman numerals alone", () => {
    expect(unstretched("okkk nắm rồiii, cám ơnnn bot")).toBe("ok nắm rồi, cám ơn bot");
    expect(unstretched("TẠI SAOOOO VẬYYY")).toBe("TẠI SAO VẬY");
    expect(unstretched("làm lại CCCD ở đâu")).toBe("làm lại CCCD ở đâu");
    expect(unstretched("phần III với mục XIII")).toBe("phần III với mục XIII");
    expect(unstretched("kkkk vui ghê, www")).toBe("kkkk vui ghê, www");
  });
});
