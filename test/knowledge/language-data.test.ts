/**
 * The project's language data (knowledge/glossary.json, synonyms.json, everyday.json), notion by
 * notion: the words people say for a notion of the resolution share its concept, with or without
 * diacritics, and the chat and Quảng Nam words are read as the usual ones.
 */
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/knowledge/corpus.js";
import { Analyzer, type Term } from "../../src/knowledge/language.js";
import { KNOWLEDGE_DIR } from "../helpers/paths.js";
import { canonical, fold } from "../../src/core/text.js";

const corpus = loadCorpus(KNOWLEDGE_DIR);
const analyzer = new Analyzer(corpus.language);
const concepts = (text: string, role: "query" | "passage" = "query") =>
  new Set(analyzer.analyze(text, { role }).filter((term: Term) => term.kind === "concept").map((term) => term.key));
const shares = (said: string, written: string) => [...concepts(said)].some((key) => concepts(written, "passage").has(key));

describe("language data of the resolution's notions", () => {
  it("has no word twice in a group and no empty entry", () => {
    for (const group of corpus.language.synonyms) {
      const spelled = group.terms.map((term) => canonical(term).toLowerCase());
      expect(new Set(spelled).size, group.terms.join(", ")).toBe(spelled.length);
    }
    for (const entry of corpus.language.everyday ?? []) expect(entry.say.trim() && entry.means.trim()).toBeTruthy();
  });

  it("gives the words people say the concept of the resolution's word, typed with or without diacritics", () => {
    const pairs: Array<[string, string]> = [
      ["già làng, người có uy tín", "đồng bào DTTS"],
      ["bà con dân tộc ít người", "vùng đồng bào dân tộc thiểu số"],
      ["giáo dân, phật tử", "đồng bào tín đồ các tôn giáo"],
      ["nhà dột, nhà mục", "xóa nhà tạm"],
      ["KNTC", "khiếu nại, tố cáo"],
      ["UBMTTQ", "Ủy ban MTTQ Việt Nam"],
      ["CBĐV", "cán bộ, đảng viên"],
      ["HLHPN", "các tổ chức CT-XH"],
      ["dân biết dân bàn", "dân chủ ở cơ sở"],
      ["đi đầu, làm gương", "tính tiên phong, gương mẫu"],
      ["làm giấy tờ rườm rà", "cải cách hành chính"],
      ["tin đồn", "dư luận xã hội"],
      ["cao nhất từ trước tới chừ", "đạt mức cao kỷ lục"],
      ["soạn cái khung chung", "ban hành hướng dẫn"],
      ["bộ đội cụ Hồ", "LLVT"],
      ["báo chí, mạng xã hội", "các cơ quan thông tin đại chúng"],
      ["đi làm ăn xứ người", "người Quảng Nam ở nước ngoài"],
      ["chấm điểm, xếp loại", "đánh giá chất lượng tổ chức đảng"],
      ["bà con có vừa bụng không", "sự hài lòng và tín nhiệm của Nhân dân"],
      ["ai ôm mảng dân vận", "phụ trách công tác dân vận"],
      ["ai cũng phải làm", "trách nhiệm của cả HTCT"],
      ["chuyện lùm xùm", "điểm nóng"],
    ];
    for (const [said, written] of pairs) {
      expect(shares(said, written), `${said} ~ ${written}`).toBe(true);
      expect(shares(fold(said), written), `${fold(said)} ~ ${written}`).toBe(true);
    }
  });

  it("keeps notions apart that only look alike", () => {
    expect(shares("mạng xã hội", "thế lực thù địch")).toBe(false);
    expect(shares("già làng", "chức sắc tôn giáo")).toBe(false);
    expect(shares("nhà dột", "hộ nghèo")).toBe(false);
  });

  it("reads chat shorthand and Quảng Nam words in questions as the usual ones, whole words only", () => {
    expect(analyzer.usualWords("nq có nói k, bao nhiu hộ")).toBe("nghị quyết có nói không, bao nhiêu hộ");
    expect(analyzer.usualWords("tụi tui chộ nác lên mần răng")).toBe("chúng tôi thấy nước lên làm sao");
    expect(analyzer.usualWords("5k người")).toBe("5k người");
    expect(analyzer.usualWords("kiến nghị")).toBe("kiến nghị");
    // "mô" is "nào"/"đâu" only beside the word it asks about: "chừng mô", "bên mô", never "mô hình".
    expect(analyzer.usualWords("chừng mô thì xong, bên mô lo mô hình")).toBe("khi nào thì xong, bên nào lo mô hình");
    expect(analyzer.usualWords("phần mô hình dân vận khéo ở phần mô?")).toBe("phần mô hình dân vận khéo ở phần nào?");
    expect(analyzer.usualWords("được nhiêu tiền")).toBe("được bao nhiêu tiền");
  });
});
