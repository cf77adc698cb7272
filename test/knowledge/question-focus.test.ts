/** The part of the document a question wants, on the real resolution. */
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { asksForNumber } from "../../src/knowledge/language.js";
import { asksMainPoints, asksNothingBeyond, sectionMentioned, sectionNamed, siblingNamed } from "../../src/knowledge/question-focus.js";
import { openTestKnowledge } from "../helpers/knowledge.js";

let knowledge: KnowledgeBase;
beforeAll(async () => {
  knowledge = await openTestKnowledge();
});

describe("the part of the document a question wants", () => {
  it("answers “nói gì về X” from what the resolution decides (II–IV), the situation review only when asked about it", async () => {
    const decided = await knowledge.ask("Nghị quyết nói gì về đồng bào có đạo?");
    expect(decided.source?.section).toMatch(/^(II|III|IV)(\.|$)/);
    const situation = await knowledge.ask("Tình hình vùng đồng bào dân tộc thiểu số những năm qua thế nào?");
    expect(situation.source?.section).toBe("I");
    // "nghị quyết biểu … theo hướng mô" is Quảng Nam for "what does it tell … in which direction": what it decides.
    // Naming the part on implementation puts it first; "làm những gì" asks what is decided.
    expect((await knowledge.ask("Trong phần tổ chức thực hiện, hội nông dân được giao làm gì?")).source?.section).toMatch(/^IV(\.|$)/);
    expect((await knowledge.ask("Mặt trận với các đoàn thể phải làm những gì?")).source?.section).toMatch(/^(II|III|IV)(\.|$)/);
    const told = await knowledge.ask("nghị quyết biểu hội nông dân với đoàn thanh niên phải đổi mới cách làm theo hướng mô?");
    expect(told.source?.section).toMatch(/^(II|III|IV)(\.|$)/);
    // What the work aims at ("nhắm tới mục đích gì") is what is decided, not how it went.
    expect((await knowledge.ask("vận động người dân tộc thiểu số là nhắm tới mục đích gì")).source?.section).toMatch(/^(II|III|IV)(\.|$)/);
  });

  it("answers “nói gì về X” from the review when only the review names X ('đời sống của công nhân'), from the tasks when they name it too", async () => {
    expect((await knowledge.ask("Nghị quyết có đề cập gì đến đời sống của công nhân không?")).source?.section).toBe("I");
    expect((await knowledge.ask("Văn bản nói gì về bà con người dân tộc thiểu số ở miền núi?")).source?.section).toBe("III.4");
  });

  it("answers a request for the whole resolution's main points ('tóm giùm mấy ý chính', 'gồm mấy phần') with its outline, cited by the document, and a part's contents from that part", async () => {
    for (const question of ["Tối ni họp chi bộ, khái quát giúp em mấy ý chính của văn bản với", "van ban ni gom may phan vay", "Nghị quyết này nói về cái gì?"]) {
      expect(asksMainPoints(question), question).toBe(true);
    }
    for (const question of ["Mục tiêu gồm những nội dung nào?", "tóm tắt giúp phần nhiệm vụ giải pháp", "cán bộ xã nói về cái gì"]) {
      expect(asksMainPoints(question), question).toBe(false);
    }
    const outline = await knowledge.ask("Tối ni họp chi bộ, khái quát giúp em mấy ý chính của văn bản với");
    expect(outline.declined).toBe(false);
    expect(outline.text).toMatch(/^Nghị quyết Hội nghị Tỉnh ủy lần thứ 14 \(khóa XXII\) về công tác dân vận gồm bốn phần:\nI\. Tình hình và nguyên nhân\.\nII\. Quan điểm, mục tiêu\.\nIII\. Nhiệm vụ và giải pháp:\n   1\. Tiếp tục đổi mới phương thức lãnh đạo/u);
    expect(outline.text).toContain("\n   7. Nâng cao hiệu quả công tác theo dõi");
    expect(outline.text).toMatch(/\nNguồn: Nghị quyết Hội nghị Tỉnh ủy lần thứ 14 \(khóa XXII\) về công tác dân vận\.$/u);
    const part = await knowledge.ask("Mục tiêu gồm những nội dung nào?");
    expect(part.source?.section).toMatch(/^(II|III|IV)(\.|$)/u);
    expect(part.text).not.toContain("gồm bốn phần");
  });

  it("answers a section named by its number from that section: its own sections' headings, or its opening sentences", async () => {
    expect(sectionNamed("tiểu mục III.2.2 nói gì vậy")).toBe("III.2.2");
    expect(sectionNamed("phan 4 noi gi")).toBe("IV");
    expect(sectionNamed("mục III.5 nói gì về khen thưởng?")).toBeUndefined();
    const part = await knowledge.ask("Phần III của nghị quyết nói gì?");
    expect(part.text).toMatch(/^Mục III – Nhiệm vụ và giải pháp gồm:\nIII\.1\. Tiếp tục đổi mới phương thức lãnh đạo của Đảng đối với công tác dân vận\.\n/u);
    expect(part.text).toContain("\nIII.7. Nâng cao hiệu quả công tác theo dõi");
    expect((await knowledge.ask("muc iii 5 noi gi vay")).source?.section).toBe("III.5");
  });

  it("answers what is asked of a section named by its number from that section, and says when it does not hold it", async () => {
    expect(sectionMentioned("Trong phần IV, ai lo theo dõi việc thực hiện?")?.path).toBe("IV");
    expect(sectionMentioned("muc iii 2 1 noi gi ve tiep dan")).toEqual({ path: "III.2.1", rest: "noi gi ve tiep dan" });
    // Without diacritics a number after "muc"/"phan" is a level or an amount ("mức 2 triệu"), not a section.
    expect(sectionMentioned("ho tro muc 2 trieu dong")).toBeUndefined();
    expect((await knowledge.ask("mục III.4 nói gì về đồng bào có đạo?")).source?.section).toBe("III.4");
    expect((await knowledge.ask("Trong phần IV, ai lo theo dõi việc thực hiện?", { hedge: true })).text).toMatch(/^“Ban Dân vận Tỉnh ủy chủ trì/u);
    expect((await knowledge.ask("mục III.5 nói gì về khen thưởng?", { hedge: true })).text).toMatch(/^Mục III\.5 không nói trực tiếp điều này\. Mục này nói:\n“Cấp ủy, chính quyền, MTTQ Việt Nam/u);
    expect((await knowledge.ask("phần III có nói gì về giá xăng không?", { hedge: true })).text).toMatch(/^Phần III không nói trực tiếp điều này\.\nMục III – Nhiệm vụ và giải pháp gồm:\n/u);
  });

  it("takes an item named with its part, either way round, and a task named by its place, as that section", async () => {
    expect(sectionMentioned("Ý số 1 thuộc phần IV dặn các huyện ủy điều chi?")?.path).toBe("IV.1");
    expect(sectionMentioned("phan III muc 6 doi voi can bo chuyen trach ra sao")).toEqual({ path: "III.6", rest: "doi voi can bo chuyen trach ra sao" });
    expect(sectionMentioned("giải pháp thứ 2 đòi hỏi chính quyền phải làm chi")?.path).toBe("III.2");
    expect(sectionMentioned("nhiem vu so 7 co noi ve kiem tra khong")?.path).toBe("III.7");
    expect(sectionNamed("nhiệm vụ thứ 3 nói gì")).toBe("III.3");
    // Asking only what it names (who is given the work, how many tasks), the item itself is the answer, not "không nói trực tiếp".
    expect(asksNothingBeyond("giao cho ai", "Mặt trận, Tỉnh đoàn: Xây dựng chương trình")).toBe(true);
    expect(asksNothingBeyond("có nói gì về tiền lương không", "Mặt trận, Tỉnh đoàn: Xây dựng chương trình")).toBe(false);
    const given = await knowledge.ask("mục 3 trong phần IV giao cho những ai vậy", { hedge: true });
    expect(given.source?.section).toBe("IV.3");
    expect(given.text).toMatch(/^“Đảng đoàn Ủy ban MTTQ Việt Nam/u);
    // Another item by its number alone, after one named with its part.
    expect(siblingNamed("cái thứ 6", "nhiệm vụ thứ 2 của phần III nhắm vào ai?")).toBe("III.6");
    expect(siblingNamed("y 3", "phan IV diem 1 noi gi")).toBe("IV.3");
    expect(siblingNamed("cái thứ 6", "phần III nói gì?")).toBeUndefined();
  });

  it("answers what an association is given to do ('… được giao làm những gì') from where the work is given out to it", async () => {
    for (const question of ["Để làm theo nghị quyết, hội nông dân tỉnh được giao làm những việc chi?", "Hội mình là đoàn thể, triển khai nghị quyết thì được giao làm những gì?"]) {
      expect((await knowledge.ask(question)).source?.section, question).toBe("IV.3");
    }
  });

  it("hears a teacher as a public employee ('viên chức') and 'mấy cái chi' as asking which, not how many", async () => {
    const teachers = await knowledge.ask("Thầy cô giáo có trách nhiệm gì trong công tác dân vận?");
    expect(teachers.declined).toBe(false);
    expect(teachers.source?.text).toContain("viên chức");
    const criteria = await knowledge.ask("Ai chuyên trách dân vận thì đòi hỏi có mấy cái riêng, đó là cái chi?");
    expect(criteria.source?.section).toBe("III.6");
  });

  it("hears an online scam named by its trick ('lừa chuyển khoản', 'lừa đặt phòng') as the high-tech crime the social evils list names", async () => {
    for (const question of ["Nghị quyết có nhắc tới nạn lừa chuyển khoản không?", "nq co nhac toi lua dat phong khong"]) {
      const result = await knowledge.search(question);
      expect(result.declined, question).toBe(false);
      expect(result.hits.slice(0, 3).map((hit) => hit.passage.section), question).toContain("III.1.2");
    }
  });

  it("hears 'mấy' before bodies in a yes-or-no question ('có bắt mấy hội … phải … không') as 'those', not as a count asked", async () => {
    expect(asksForNumber("Nghị quyết có bắt mấy hội đoàn thể phải báo cáo lại cho dân không?")).toBe(false);
    expect(asksForNumber("Huyện có mấy phó chủ tịch?")).toBe(true);
    const answer = await knowledge.ask("Nghị quyết có bắt mấy hội đoàn thể phải lo học tập nghị quyết không vậy?");
    expect(answer.declined).toBe(false);
    expect(answer.source?.section).toBe("IV.3");
  });

  it("hears 'nghĩa là chi' as asking what an abbreviation stands for, answered where the document spells it out", async () => {
    const result = await knowledge.search("chữ HTCT nghĩa là chi vậy ad");
    expect(result.hits[0]?.passage.section).toBe("I");
    expect(result.hits[0]?.passage.text).toContain("(HTCT)");
  });

  it("answers what an abbreviation stands for asked with 'nghĩa là gì' or 'là chi', the asking words not counted as content the document lacks", async () => {
    for (const question of ["HTCT nghĩa là gì", "LLVT là chi"]) {
      const answer = await knowledge.ask(question);
      expect(answer.declined, question).toBe(false);
      expect(answer.text, question).toMatch(/^(HTCT|LLVT) là viết tắt của “/u);
    }
  });

  it("hears what the resolution hopes for by a year ('hướng tới năm 2030 …') as its targets", async () => {
    for (const question of ["Nghị quyết hướng tới năm 2030 thì tỉnh mình sẽ ra sao?", "nghi quyet mong den nam 2030 tinh minh thanh ra sao"]) {
      const result = await knowledge.search(question);
      expect(result.hits[0]?.passage.section, question).toBe("II.2");
    }
  });

  it("hears 'nói nôm na', 'cho dễ hiểu' as how to answer, not words the document lacks", async () => {
    for (const question of ["Câu “Dân là gốc” hiểu nôm na là gì vậy?", "dân là gốc là răng, giải thích cho dễ hiểu với"]) {
      const answer = await knowledge.ask(question);
      expect(answer.declined, question).toBe(false);
      expect(answer.source?.section, question).toBe("II.1");
    }
  });

  it("says so when a section named by its number does not exist, and lists the level above", async () => {
    const task = await knowledge.ask("mục III.9 viết gì vậy?");
    expect(task.declined).toBe(false);
    expect(task.text).toMatch(/^Nghị quyết không có mục III\.9\.\nMục III – Nhiệm vụ và giải pháp gồm:\nIII\.1\. /u);
    const part = await knowledge.ask("phan 8 de cap gi");
    expect(part.text).toMatch(/^Nghị quyết không có phần VIII\.\nNghị quyết Hội nghị Tỉnh ủy lần thứ 14 \(khóa XXII\) về công tác dân vận gồm bốn phần:\nI\. /u);
    expect((await knowledge.ask("Mục IX nói gì?")).text).toMatch(/^Nghị quyết không có phần IX\./u);
  });

  it("answers how the work went — what was achieved, the resolution's own assessment — from the review (I); what must be done about shortcomings from the tasks", async () => {
    // Whether the resolution owns its failings ("có chỉ ra thiếu sót không") is asked of the review too.
    for (const question of ["Mấy năm qua công tác dân vận của tỉnh làm được những gì?", "nghi quyet tu danh gia cong tac dan van may nam qua ra sao", "Văn bản có chỉ ra những thiếu sót của cán bộ không?"]) {
      expect((await knowledge.ask(question)).source?.section, question).toBe("I");
    }
    expect((await knowledge.ask("Khắc phục hạn chế trong dân vận thì phải làm gì?")).source?.section).toMatch(/^(II|III|IV)(\.|$)/);
    // Why it is still weak, whose fault it is, asked in Quảng Nam words, is asked of the review's causes.
    expect((await knowledge.ask("theo nghị quyết ni thì răng mà dân vận ở mình còn yếu, lỗi tại mô?")).source?.section).toBe("I");
    // Whether life is still hard, asked of the documents, is the situation, however "có nói" reads.
    expect((await knowledge.ask("Nghị quyết có nói công nhân với người lao động đời sống còn khó không?")).source?.section).toBe("I");
    // "làm được 3 năm" is how long someone worked, not what the work achieved.
    expect((await knowledge.ask("con tui đi làm được 3 năm bên Nhật, nghị quyết có nói chi về người mình làm ăn xứ người không?")).source?.section).toBe("III.3");
  });

  it("answers “ai chịu trách nhiệm” from the part that assigns the work (IV)", async () => {
    const answer = await knowledge.ask("Cơ quan nào chịu trách nhiệm tham mưu xây dựng kế hoạch thực hiện nghị quyết?");
    expect(answer.source?.section).toMatch(/^IV/);
    // Asked in few words, a passage elsewhere that opens "Tổ chức thực hiện …" must not win over the part with that title.
    expect((await knowledge.ask("ai chịu trách nhiệm tổ chức thực hiện nghị quyết")).source?.section).toMatch(/^IV/);
    // "bên mô" asks who as "cơ quan nào" does; within a task, the passage that gives a body the work answers it.
    // What a body "được giao" is what the resolution decides, not the review of how it did.
    expect((await knowledge.ask("bà con đi làm ăn, định cư bên nước ngoài thì Mặt trận có được giao vận động chi họ không?")).source?.section).toBe("III.3");
    // (As a follow-up searches it, with the previous question's subject after it.)
    expect((await knowledge.ask("bên mô lo cho các nơi làm mô hình giống nhau? (Phong trào Dân vận khéo)")).quote).toContain("Ban Dân vận Tỉnh ủy chủ trì");
  });

  it("answers what a body is charged with (“… được nghị quyết giao nhiệm vụ gì”) from where the work is given out", async () => {
    expect((await knowledge.ask("Mặt trận với các hội đoàn thể cấp tỉnh được nghị quyết giao nhiệm vụ gì?")).source?.section).toBe("IV.3");
    // Named by their everyday names ("đoàn thanh niên", "hội cựu chiến binh"), the bodies are those the part-IV passage opens by assigning ("các tổ chức CT-XH tỉnh …:").
    expect((await knowledge.ask("Đoàn thanh niên, hội cựu chiến binh cấp tỉnh, NQ giao làm gì cho nghị quyết đi vào cuộc sống?")).source?.section).toBe("IV.3");
  });

  it("never answers with the letterhead, the recipients list or a bare heading, unless the question asks for them", async () => {
    for (const question of ["Bí thư, chủ tịch xã là ai?", "Nghị quyết nói gì về Mặt trận Tổ quốc?", "Tỉnh ủy Quảng Nam làm gì?", "Nghị quyết nói gì về DTTS?", "Đảng cộng sản lãnh đạo công tác dân vận ra sao?"]) {
      const answer = await knowledge.ask(question);
      const source = answer.source ? knowledge.passage(answer.source.passageId) : undefined;
      expect(["letterhead", "recipients", "heading"], question).not.toContain(source?.kind);
    }
    // A heading that matches best leads the answer, with its section's first paragraph quoted under it.
    const headed = await knowledge.ask("Nghị quyết nói gì về DTTS?");
    expect(headed.lead).toMatch(/^Chú trọng công tác dân vận vùng đồng bào DTTS/);
    expect(headed.quote).toBeTruthy();
    const asked = await knowledge.ask("Nghị quyết được gửi đến những ai?");
    expect(asked.hits.some((hit) => hit.passage.kind === "recipients")).toBe(true);
    // Who signed it: the letterhead, which shows a draft ("Dự thảo") with no signer, not the part whose "ai" assigns work.
    for (const question of ["ai ký nghị quyết này?", "nghi quyet nay do ai ky"]) {
      const signed = await knowledge.ask(question);
      expect(signed.source && knowledge.passage(signed.source.passageId)?.kind, question).toBe("letterhead");
    }
  });

  it("answers when the resolution came out, in everyday words, with its month and name, and says whether a month it is told is right", async () => {
    for (const question of ["văn bản ni ra đời khi nào vậy", "nq ve dan van co tu nam nao", "NQ dân vận của tỉnh được thông qua hồi nào?", "nghi quyet nay ky ngay may"]) {
      const answer = await knowledge.ask(question);
      expect(answer.source?.section, question).toBe("title");
      expect(answer.text, question).toContain("ban hành tháng 12/2023");
      expect(answer.text, question).toContain("dự thảo nên chưa ghi ngày cụ thể");
    }
    const wrong = await knowledge.ask("nghị quyết ni ra hồi tháng 11/2022 đúng không");
    expect(wrong.lead).toMatch(/^Không phải tháng 11\/2022\. Nghị quyết được Tỉnh ủy Quảng Nam ban hành tháng 12\/2023/);
    // The letterhead's date and the title, quoted as they stand.
    expect(wrong.quote).toBe("Quảng Nam, ngày tháng 12 năm 2023\nNGHỊ QUYẾT HỘI NGHỊ TỈNH ỦY LẦN THỨ 14, KHÓA XXII về nâng cao chất lượng, hiệu quả công tác dân vận trên địa bàn tỉnh Quảng Nam trong tình hình mới");
    expect((await knowledge.ask("Văn bản ni ban hành tháng 12 năm 2023 đúng không?")).text).toMatch(/^Đúng vậy\. /);
    // Another resolution's date, or whether it ever speaks of something, is no such question.
    for (const question of ["Nghị quyết số 16 ban hành năm nào?", "nghị quyết này có bao giờ nhắc tới chuyện tôn giáo không"]) {
      expect((await knowledge.ask(question)).text, question).not.toContain("ban hành tháng 12/2023");
    }
  });

  it("gives the nearest passage, hedged, to an in-domain question without an exact answer, and declines without the hedge", async () => {
    const question = "Văn bản có bắt xã phải lập nhóm Zalo với dân không?";
    expect(await knowledge.ask(question)).toMatchObject({ declined: true, reason: "not-covered" });
    const hedged = await knowledge.ask(question, { hedge: true });
    expect(hedged).toMatchObject({ declined: false, hedged: true });
    expect(hedged.text).toMatch(/^Nghị quyết không nói trực tiếp điều này; nội dung gần nhất là:\n“/);
    expect(hedged.text).toContain("Nguồn: Mục");
  });

  it("answers a saying quoted with words changed from the passage that holds it, saying how the resolution writes it; a phrase quoted without being called a saying is searched as typed", async () => {
    const misquoted = await knowledge.ask("Cái câu 'không để ai tụt lại đằng sau' trong nghị quyết nằm ở phần mô, nói về chuyện chi?");
    expect(misquoted.source?.section).toBe("III.2.2");
    expect(misquoted.text).toMatch(/^Trong nghị quyết, câu này viết là “không để ai bị bỏ lại phía sau”\.\nNội dung này nằm ở mục III\.2\.2 /u);
    expect(asksMainPoints("Cái câu 'không để ai tụt lại đằng sau' trong nghị quyết nằm ở phần mô, nói về chuyện chi?")).toBe(false);
    const jargon = await knowledge.ask("Anh em hay nói \"dân vận chính quyền\", nghị quyết nói mấy ý chính chi về phần đó?");
    expect(jargon.text).not.toContain("câu này viết là");
  });

  it("answers what the resolution owns ('nhận là có cán bộ … hư hỏng') and its consequences from the review; 'mấy khuyết điểm' is 'those shortcomings', no count", async () => {
    expect((await knowledge.ask("Nghị quyết có nhận là có đảng viên sa sút đạo đức không, có nói gây ra hậu quả chi không?")).source?.section).toBe("I");
    expect(asksForNumber("Nghị quyết có bắt mấy khuyết điểm đã chỉ ra phải khắc phục cho xong không?")).toBe(false);
    expect((await knowledge.ask("Nghị quyết có bắt mấy khuyết điểm đã chỉ ra phải khắc phục cho xong không?")).source?.section).toBe("III.1.1");
  });

  it("answers regions developing evenly ('phát triển đều nhau') and what makes people keen on the movements ('hăng hái') in everyday words", async () => {
    expect((await knowledge.ask("nghị quyết có muốn miền núi với đồng bằng phát triển đồng đều không")).source?.section).toBe("III.1.2");
    expect((await knowledge.ask("Theo nghị quyết, điều chi làm bà con hăng hái tham gia phong trào cách mạng?")).source?.section).toBe("II.1");
  });

  it("answers what the resolution tells committees to do ('có dặn chi') about knowing and foreseeing people's moods from the tasks, 'nắm tình hình' being no review", async () => {
    expect((await knowledge.ask("Nghị quyết có dặn chi việc cấp ủy phải nắm sát tình hình các giới để lường trước không?")).source?.section).toBe("III.1.2");
  });

  it("answers the resolution's name asked as its 'tựa' from its title, plainly", async () => {
    for (const question of ["tựa của NQ ni là chi rứa?", "Tựa của nghị quyết có nhắc Hội nghị lần thứ mấy không?"]) {
      const answer = await knowledge.ask(question, { hedge: true });
      expect(answer.source?.section, question).toBe("title");
      expect(answer.hedged, question).toBeFalsy();
    }
  });

  it("declines whether it mentions something none of whose words stand together in it, instead of quoting a passage that shares a syllable", async () => {
    for (const question of ["Nghị quyết có nhắc tới làng nghề hay nghệ nhân không?", "nghi quyet co nhac toi karaoke khong"]) {
      expect((await knowledge.ask(question, { hedge: true })).declined, question).toBe(true);
    }
    // Something it speaks of in other words still gets the nearest passage.
    expect((await knowledge.ask("Văn bản có nhắc chuyện giáo dục pháp luật trong dân không?", { hedge: true })).declined).toBe(false);
  });

  it("answers what a union must roll out ('phải triển khai gì') from what the resolution decides, not from its title's number", async () => {
    expect((await knowledge.ask("Hội Cựu chiến binh tỉnh nhận NQ 14 về thì phải triển khai gì cho hội viên ở cơ sở?")).source?.section).toMatch(/^(III|IV)/u);
  });

  it("does not give a follow-up the passage it is told to avoid", async () => {
    const first = await knowledge.ask("Nghị quyết nói gì về tôn giáo?");
    const again = await knowledge.ask("Nghị quyết nói gì về tôn giáo?", { avoid: [first.source!.passageId] });
    expect(again.source?.passageId).not.toBe(first.source?.passageId);
    expect(again.hits.map((hit) => hit.passage.id)).not.toContain(first.source?.passageId);
  });
});
