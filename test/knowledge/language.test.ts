import { describe, expect, it } from "vitest";
import { Analyzer, asksAboutNow, asksForNumber, corpusWords, holdsFigure, synonymGroupPhrase, type Term } from "../../src/knowledge/language.js";

const analyzer = new Analyzer(
  {
    abbreviations: [
      { short: "HĐND", long: "Hội đồng nhân dân" },
      { short: "CT-XH", long: ["chính trị - xã hội", "chính trị xã hội"] },
    ],
    synonyms: [{ terms: ["khăng khít", "gắn bó", "mật thiết"] }],
  },
  corpusWords(["cán bộ, công chức", "tổ chức bộ máy"]),
);

const keys = (terms: Term[], kind?: Term["kind"]) => terms.filter((term) => !kind || term.kind === kind).map((term) => term.key);
const query = (text: string) => analyzer.analyze(text, { role: "query" });
const passage = (text: string) => analyzer.analyze(text, { role: "passage" });

describe("Analyzer", () => {
  it("gives an abbreviation and its expansion the same concept, with or without diacritics", () => {
    const concept = keys(passage("giám sát của HĐND các cấp"), "concept");
    expect(concept).toEqual(["c:hdnd"]);
    expect(keys(query("Hội đồng nhân dân giám sát gì"), "concept")).toEqual(concept);
    expect(keys(query("hoi dong nhan dan giam sat gi"), "concept")).toEqual(concept);
    expect(keys(query("hdnd"), "concept")).toEqual(concept);
    expect(keys(passage("các tổ chức chính trị - xã hội (CT-XH)"), "concept")).toEqual(["c:ct xh", "c:ct xh"]);
  });

  it("marks where the document defines an abbreviation, and questions asking for it", () => {
    expect(keys(passage("các tổ chức chính trị - xã hội (CT-XH)"), "definition")).toEqual(["d:ct xh"]);
    expect(keys(query("CT-XH là viết tắt của gì?"), "definition")).toEqual(["d:ct xh"]);
    expect(keys(query("CT-XH có nhiệm vụ gì?"), "definition")).toEqual([]);
  });

  it("joins synonyms in one concept, matching accented text only on exact accents", () => {
    const concept = keys(query("Đảng với dân khăng khít"), "concept");
    expect(concept).toHaveLength(1);
    expect(keys(passage("mối quan hệ mật thiết"), "concept")).toEqual(concept);
    expect(keys(query("mat thiet"), "concept")).toEqual(concept);
    expect(keys(query("mắt thiết"), "concept")).toEqual([]);
  });

  it("treats question words as function words and question phrases as frame", () => {
    const meaning = (text: string) => Object.fromEntries(query(text).filter((t) => t.kind === "word").map((t) => [t.surface, t.meaning]));
    expect(meaning("Nghị quyết này nói gì về đoàn thể?")).toMatchObject({ nghị: "frame", quyết: "frame", này: "function", gì: "function", đoàn: "content" });
    expect(meaning("ai la nguoi dung dau")).toMatchObject({ ai: "function", la: "function", nguoi: "content" });
    // "có yêu cầu chi không" asks what is required: "yêu cầu" is the question's frame, not the resolution's "đáp ứng yêu cầu".
    expect(meaning("cán bộ tiếp dân thì có yêu cầu chi không?")).toMatchObject({ yêu: "frame", cầu: "frame", dân: "content" });
    // "Có yêu cầu (dặn) … không" asks what is required of them; "nói chung chung", "như hồi xưa" say how, not what.
    expect(meaning("văn bản có yêu cầu lính biên phòng giữ đoàn kết với bà con không, hay nói chung chung như hồi xưa?")).toMatchObject({ yêu: "frame", cầu: "frame", chung: "frame", hồi: "frame", xưa: "frame", phòng: "content" });
    // "theo tinh thần chi" asks in which spirit: the word "tinh thần" of other passages is not what is sought.
    expect(meaning("bà con có đạo được hướng sống theo tinh thần chi")).toMatchObject({ tinh: "frame", thần: "frame", đạo: "content" });
  });

  it("reads a folded function word in a pair the corpus spells one way as that word: 'can bo' is cán bộ, 'may' in 'bo may' is máy", () => {
    const terms = query("can bo to chuc bo may can lam gi");
    const word = (surface: string) => terms.filter((t) => t.kind === "word" && t.surface === surface).map((t) => t.meaning);
    expect(word("can")).toEqual(["content", "function"]);
    expect(word("may")).toEqual(["content"]);
    expect(keys(terms, "exact")).toEqual(["x:cán", "x:bộ", "x:tổ", "x:chức", "x:bộ", "x:máy"]);
    expect(terms.find((t) => t.key === "p:can_bo")?.meaning).toBe("content");
    expect(terms.find((t) => t.key === "p:bo_may")?.meaning).toBe("content");
    expect(word("gi")).toEqual(["function"]);
  });

  it("reads numbers and percentages the same way in questions and passages", () => {
    expect(keys(passage("thu nội địa tăng khoảng 4,8%/năm"), "number")).toEqual(["w:4.8"]);
    expect(keys(query("tăng 4.8 phần trăm"), "number")).toEqual(["w:4.8"]);
    expect(keys(passage("4,8%"), "word")).toEqual(["w:phan", "w:tram"]);
  });

  it("does not pair words across punctuation", () => {
    expect(keys(passage("Đảng, chính quyền"), "pair")).toEqual(["p:chinh_quyen"]);
  });
});

describe("Analyzer, questions typed without diacritics", () => {
  const corpus = corpusWords(["kết quả năm qua", "kết quả tốt", "đồng bào", "bão lũ", "bão lũ", "cơ sở", "cổ sở", "cán bộ làm gì"]);
  const spelled = new Analyzer({ abbreviations: [], synonyms: [{ terms: ["thiên tai", "bão"] }] }, corpus);
  const ask = (text: string) => spelled.analyze(text, { role: "query" });

  it("gets back the spelling of a pair the corpus always spells one way, and ranks it like typed accents", () => {
    const terms = ask("ket qua nam qua");
    expect(keys(terms, "exact")).toEqual(["x:kết", "x:quả", "x:năm", "x:qua"]);
    expect(terms.filter((t) => t.kind === "word").every((t) => t.accented)).toBe(true);
  });

  it("leaves a word unspelled where the corpus spells its pair two ways, or its two pairs disagree", () => {
    expect(keys(ask("co so"), "exact")).toEqual([]);
    const terms = ask("dong bao lu");
    expect(keys(terms, "exact")).toEqual(["x:đồng", "x:lũ"]);
    expect(terms.find((t) => t.key === "w:bao")?.accented).toBe(false);
  });

  it("counts a pair the corpus lacks, of a content word and a function word the corpus also has as content ('can': cán), as content", () => {
    const meaning = (text: string, key: string) => ask(text).find((t) => t.key === key)?.meaning;
    expect(meaning("lam can cuoc", "p:can_cuoc")).toBe("content");
    expect(meaning("ket qua gi", "p:qua_gi")).toBe("function");
    expect(meaning("làm căn cước", "p:can_cuoc")).toBe("content");
    expect(meaning("cần cuộc", "p:can_cuoc")).toBe("function");
  });

  it("reads 've' after a word of telling or asking as 'về' (about), not as the 'vệ' of a pair the corpus spells one way", () => {
    const guard = new Analyzer({ abbreviations: [], synonyms: [] }, corpusWords(["bảo vệ Tổ quốc", "tổ dân vận"]));
    const terms = guard.analyze("hoi ve to dan van", { role: "query" });
    expect(keys(terms, "exact")).not.toContain("x:vệ");
    expect(terms.find((t) => t.key === "p:ve_to")?.meaning).toBe("function");
    expect(keys(guard.analyze("bao ve to quoc", { role: "query" }), "exact")).toContain("x:vệ");
  });

  it("takes no concept from a lone function word, nor from a word spelled otherwise", () => {
    expect(keys(ask("bao nhieu"), "concept")).toEqual([]);
    expect(keys(ask("dong bao"), "concept")).toEqual([]);
    expect(keys(ask("bao lu"), "concept")).toHaveLength(1);
    expect(keys(ask("mưa bão"), "concept")).toHaveLength(1);
  });
});

describe("asksAboutNow", () => {
  it("finds questions about today, or about who holds an office now, typed with or without diacritics", () => {
    for (const question of ["Ai là chủ tịch nước hiện nay?", "tong bi thu hien nay la ai", "Giá xăng hôm nay bao nhiêu?", "thoi tiet tuan nay", "Bí thư hiện nay tên là gì?"]) {
      expect(asksAboutNow(question), question).toBe(true);
    }
  });

  it("leaves questions the resolution answers: figures it gives 'hiện nay', who does what, the years up to now ('mấy năm nay')", () => {
    for (const question of ["Thu nhập bình quân đầu người hiện nay là bao nhiêu?", "Ai là người chủ trì rà soát bộ máy?", "Tình hình hiện nay ra sao?", "nhiệm vụ năm tới", "sao mấy năm nay dân vận còn yếu", "nhung nam nay tinh lam duoc gi"]) {
      expect(asksAboutNow(question), question).toBe(false);
    }
  });

  it("reads today in the sentence that asks, not in the one telling what prompted it", () => {
    expect(asksAboutNow("Hôm qua họp tổ dân phố xong, bà con hỏi nhiều lắm. Nghị quyết có nói cán bộ phải trả lời dân trong bao lâu không?")).toBe(false);
    expect(asksAboutNow("Sáng nay chi bộ sinh hoạt. Vậy hôm nay giá vàng bao nhiêu?")).toBe(true);
    expect(asksAboutNow("Hôm qua tỉnh họp gì vậy?")).toBe(true);
  });

  it("reads one's own plan this year ('năm nay muốn / dự định …') as why one asks, and the province's plan this year as about now", () => {
    expect(asksAboutNow("Chi hội em năm nay dự định xây dựng mô hình, văn bản có nói chọn nội dung theo gì không?")).toBe(false);
    expect(asksAboutNow("năm nay tỉnh tính sửa mấy căn nhà dột nát vậy?")).toBe(true);
  });

  it("reads one's age told with 'năm nay' as who asks, not as a question about this year", () => {
    expect(asksAboutNow("Tôi năm nay đã 81 tuổi, nghe nói nghị quyết có nêu số thu ngân sách của tỉnh, con số đó là bao nhiêu?")).toBe(false);
    expect(asksAboutNow("Ông năm nay ngoài tám mươi, cho ông hỏi nghị quyết giao cho hội người cao tuổi việc gì")).toBe(false);
    expect(asksAboutNow("Năm nay tỉnh mình thu được bao nhiêu tiền thuế?")).toBe(true);
  });
});

describe("asksForNumber", () => {
  it("finds questions asking how much or how many, with or without diacritics", () => {
    expect(asksForNumber("Thu nội địa tăng bao nhiêu phần trăm?")).toBe(true);
    expect(asksForNumber("tang truong la may phan tram")).toBe(true);
    expect(asksForNumber("Tổ dân vận họp lúc nào?")).toBe(true);
    expect(asksForNumber("Mấy ông sếp có phải làm gương không?")).toBe(false);
    expect(asksForNumber("Kiểm tra bao lâu một lần?")).toBe(false);
    // Folded, "cho hỏi mô hình" holds "hồi mô" (when).
    expect(asksForNumber("cho hoi mo hinh dan van kheo cap xa thi ai ra huong dan")).toBe(false);
    // "thích họp lúc nào thì họp": whenever one likes, no time asked.
    expect(asksForNumber("Nghị quyết có bắt chi bộ họp dân đều đặn không, hay thích họp lúc nào thì họp?")).toBe(false);
    // "có bao giờ … không": whether it ever does, no time asked.
    expect(asksForNumber("nghi quyet co bao gio nhac toi doan vien thanh nien khong")).toBe(false);
    expect(asksForNumber("Bao giờ thì tổng kết nghị quyết?")).toBe(true);
  });

  it("reads 'mấy' as how many after a verb of having or getting, not as a plural", () => {
    // …nor before those whom one works on: "vận động mấy thầy, mấy sư" (folded, "động" is also "đóng", to pay).
    expect(asksForNumber("Tỉnh vận động mấy thầy, mấy sư với bà con có đạo để làm gì?")).toBe(false);
    for (const question of ["Mặt trận xã có mấy phó chủ tịch?", "vụ đó công an bắt mấy người?", "bo cuc nen chia may phan", "lương cán bộ xã được nhiêu một tháng"]) {
      expect(asksForNumber(question), question).toBe(true);
    }
    // The count of what a passage lists is answered by the list: "phong cách dân vận của Bác … gồm mấy chữ".
    for (const question of ["phong cach dan van cua bac ho ma nq nhac toi la j, gom may chu", "Nghị quyết có mấy nhiệm vụ và giải pháp?", "có mấy đứa xúi dân chống đối thì nghị quyết nói răng?", "nghị quyết có bắt mấy ông bí thư xuống gặp dân không?", "Xã tui có mấy họ đạo với chùa", "Nghị quyết ni có nói thẳng mấy cái yếu kém không?", "xã có máy tính cho dân không?", "dân còn nhiều khó khăn", "Đại hội Đảng bộ tỉnh lần thứ mấy?", "Tổ dân vận thôn có mấy đầu việc phải lo, là những việc chi?"]) {
      expect(asksForNumber(question), question).toBe(false);
    }
  });

  it("reads 'có mấy' before young people or villagers as a plural told, not a count asked", () => {
    for (const question of ["xom co may hoc sinh bo hoc di lam thue, nq co nhac chuyen van dong gia dinh khong", "Làng có mấy thanh niên vừa cai nghiện về, nghị quyết có dặn gì về giúp họ hòa nhập không?"]) {
      expect(asksForNumber(question), question).toBe(false);
    }
  });

  it("reads 'có mấy' as asking only in a sentence asked, or the last one", () => {
    expect(asksForNumber("Làng tui có mấy nhà theo đạo. Nghị quyết biểu cán bộ vận động người có đạo ra răng?")).toBe(false);
    expect(asksForNumber("Xã tui mới lập. Mặt trận xã có mấy phó chủ tịch")).toBe(true);
  });

  it("asks how often ('mấy tháng … một lần'): a figure answers, or a frequency in words, which answers no other number; a year asked about must be the sentence's", () => {
    expect(asksForNumber("cụ thể là mấy tháng phải đối thoại một lần?")).toBe(true);
    // …or how many times in a period.
    expect(asksForNumber("đại hội công nhân viên chức phải họp mấy lần một năm?")).toBe(true);
    expect(asksForNumber("ban thanh tra nhan dan hop bao nhieu lan trong mot quy")).toBe(true);
    expect(holdsFigure("Hằng năm, đưa nội dung kiểm tra, giám sát công tác dân vận vào chương trình", "cấp ủy làm mấy năm một lần?")).toBe(true);
    expect(holdsFigure("Hằng năm, đưa nội dung kiểm tra, giám sát công tác dân vận vào chương trình", "phụ cấp bao nhiêu tiền mỗi tháng?")).toBe(false);
    expect(holdsFigure("Thu ngân sách năm 2022 đạt mức cao kỷ lục, hơn 33,5 nghìn tỷ đồng.", "tới năm 2026 thu ngân sách phải được bao nhiêu?")).toBe(false);
    expect(holdsFigure("Thu ngân sách năm 2022 đạt mức cao kỷ lục, hơn 33,5 nghìn tỷ đồng.", "thu ngân sách năm 2022 là mấy nghìn tỷ?")).toBe(true);
    expect(holdsFigure("định kỳ đối thoại với Nhân dân", "mấy tháng phải đối thoại một lần?")).toBe(false);
    // How often is not answered by any number: an ordinal ("lần thứ 14") is none; a span or a count of times is.
    expect(holdsFigure("NGHỊ QUYẾT HỘI NGHỊ TỈNH ỦY LẦN THỨ 14, KHÓA XXII", "rứa mỗi năm họ phải họp với dân mấy lần?")).toBe(false);
    expect(holdsFigure("Định kỳ 6 tháng, người đứng đầu đối thoại với Nhân dân.", "mấy tháng phải đối thoại một lần?")).toBe(true);
  });

  it("does not ask for a figure when it asks whether the documents set one ('nghị quyết có quy định rõ … mấy tháng … không')", () => {
    expect(asksForNumber("Vậy nghị quyết có quy định rõ bao lâu, mấy tháng thì phải đối thoại một lần không?")).toBe(false);
    expect(asksForNumber("van ban co noi cu the may nam kiem tra mot lan khong")).toBe(false);
    expect(asksForNumber("Bao nhiêu tháng thì họp dân một lần?")).toBe(true);
  });

  it("asks for a date ('tới năm mô', 'hồi nào'), but 'năm nào cũng' means every year and 'để khi nào có … mới …' until something happens", () => {
    for (const question of ["tới năm mô thì thành tỉnh khá?", "phong trao co tu hoi nao", "Đại hội tổ chức ngày nào?", "để khi nào mới làm?"]) expect(asksForNumber(question), question).toBe(true);
    for (const question of ["năm nào cấp ủy cũng phải kiểm tra hả?", "nam mo cung phai kiem tra dan van ha", "đối thoại định kỳ hay để khi nào dân kéo lên mới làm?"]) {
      expect(asksForNumber(question), question).toBe(false);
    }
  });

  it("names the phrase of a synonym group's concept key, and of no other key", () => {
    const key = new Analyzer({ abbreviations: [], synonyms: [{ terms: ["CT-XH", "hội phụ nữ"] }], everyday: [] })
      .analyze("hội phụ nữ", { role: "query" })
      .find((term) => term.key.startsWith("s:"))?.key;
    expect(key && synonymGroupPhrase(key)).toBe("ct xh");
    for (const other of ["c:mttq", "x:hội", "p:hoi_phu"]) expect(synonymGroupPhrase(other), other).toBeUndefined();
  });
});
