/** Follow-ups: the previous question asked about the new subject. */
import { describe, expect, it } from "vitest";
import { answerGoingOn, askFollowingOn, followUpSubject, goingOnSearch, inDomainAfter, isFollowUp, resolveFollowUp, withPreviousSubject } from "../../src/assistant/follow-up.js";
import { asksOnlyAnAspect } from "../../src/assistant/intent-cues.js";
import { openTestKnowledge } from "../helpers/knowledge.js";

describe("follow-ups", () => {
  it("asks a message opening on what it points back at ('cái đó …') of the previous subject, whatever its other words find alone", async () => {
    const knowledge = await openTestKnowledge();
    const previous = "Nghị quyết nói gì về quy chế phối hợp giữa chính quyền với Mặt trận và các đoàn thể?";
    const said = "cái đó đặt ra để làm chi, bà con được lợi gì?";
    const { answer } = await answerGoingOn(said, previous, await knowledge.ask(said, { hedge: true }), goingOnSearch(knowledge));
    expect(answer.source?.section).toBe("III.2.1");
  });

  it("answers 'where else is it said' after only the nearest passage with the nearest elsewhere, still hedged: it does not claim the documents say it", async () => {
    const knowledge = await openTestKnowledge();
    const previous = "nghị quyết nói gì về nuôi heo an toàn sinh học";
    const first = await knowledge.ask(previous, { hedge: true });
    expect(first.hedged).toBe(true);
    const said = "còn chỗ mô nói nữa không?";
    const answer = await askFollowingOn(knowledge, resolveFollowUp(said, previous), { text: previous, ...(first.source ? { passage: first.source.passageId } : {}), ...(first.quote ? { quote: first.quote } : {}) }, { hedge: true });
    expect(answer.source?.section).not.toBe(first.source?.section);
    expect(answer.text).toMatch(/^Nghị quyết không nói trực tiếp điều này/);
  });

  it("searches only what one meant after saying what one did not ('không phải …, ý tui là …')", () => {
    expect(resolveFollowUp("không phải chuyện thi đua, ý tui là nghị quyết nói động lực của phong trào là gì", "làm sao cho phong trào mạnh lên?").question).toBe("nghị quyết nói động lực của phong trào là gì");
    expect(resolveFollowUp("Không phải vậy, tui hỏi ai ký quyết định đó", undefined).question).toBe("ai ký quyết định đó");
  });

  it("recognises “còn X thì sao?” in its usual and Quảng Nam forms, with or without diacritics", () => {
    for (const text of ["còn vùng DTTS thì sao?", "vậy còn tôn giáo?", "rứa còn quan điểm thì răng?", "con ton giao thi sao", "thế còn MTTQ"]) expect(isFollowUp(text), text).toBe(true);
    // "con em đồng bào" typed with diacritics is not "còn".
    expect(isFollowUp("con em đồng bào DTTS được học những gì?")).toBe(false);
    expect(followUpSubject("rứa còn quan điểm thì răng?")).toBe("quan điểm");
    // "thì s" is "thì sao" typed fast.
    expect(followUpSubject("còn nhiệm vụ thì s")).toBe("nhiệm vụ");
    // What one tells after it is why one asks: "…thì răng, thôn em có ngôi chùa lớn".
    expect(followUpSubject("rứa còn người theo đạo Phật thì răng, thôn em có ngôi chùa lớn")).toBe("người theo đạo Phật");
    expect(isFollowUp("nhiem vu thi s")).toBe(true);
  });

  it("replaces the previous question's subject by the new one", () => {
    expect(resolveFollowUp("còn Mặt trận Tổ quốc thì sao?", "Nghị quyết nói gì về DTTS?")).toEqual({ question: "Nghị quyết nói gì về Mặt trận Tổ quốc?", followUp: true, subject: "Mặt trận Tổ quốc" });
    expect(resolveFollowUp("rứa còn quan điểm thì răng?", "Mục tiêu của nghị quyết là gì?")).toEqual({ question: "quan điểm của nghị quyết là gì?", followUp: true, subject: "quan điểm" });
    expect(resolveFollowUp("còn Ban Tuyên giáo?", "Ban Tổ chức Tỉnh ủy phải làm gì?").question).toBe("Ban Tuyên giáo phải làm gì?");
    // Taking the answer in first ("dạ còn …") with its letters held ("saooo"), it asks the same of another body.
    expect(resolveFollowUp("dạ còn hội nông dân tỉnh thì saooo", "Sở Nội vụ được giao gì khi thực hiện văn bản này?").question).toBe("hội nông dân tỉnh được giao gì khi thực hiện văn bản này?");
    // "Cái đó" in the new subject is the previous one.
    expect(resolveFollowUp("còn người già không rành cái đó thì sao?", "Chuyển đổi số thì nghị quyết nói Mặt trận làm răng?").question).toBe("người già không rành Chuyển đổi số nghị quyết nói Mặt trận làm răng?");
    // Another item by its number, after one named with its part: what that item holds.
    expect(resolveFollowUp("vậy còn cái thứ 6 thì sao", "nhiệm vụ thứ 2 của phần III nhắm vào ai?").question).toBe("mục III.6 nói gì?");
    // …also opened with "rồi" ("and then"), as one goes down the list.
    expect(resolveFollowUp("rồi cái thứ 4 thì răng", "nhiệm vụ thứ 3 của phần III là gì vậy").question).toBe("mục III.4 nói gì?");
    // After "về", a list is the whole subject ("về ô nhiễm, rác thải"), not its last item.
    expect(resolveFollowUp("còn ma túy với cờ bạc thì sao?", "Văn bản có nói về ô nhiễm môi trường, rác thải không?").question).toBe("Văn bản có nói về ma túy với cờ bạc không?");
    // …also when the resolution is named as who charges them.
    expect(resolveFollowUp("còn Hội Nông dân tỉnh thì sao?", "Tỉnh đoàn được nghị quyết giao những việc gì?").question).toBe("Hội Nông dân tỉnh được nghị quyết giao những việc gì?");
    // A place only ("ở xã", "cấp huyện") asks the same thing there, with or without "còn".
    expect(resolveFollowUp("rứa ở xã thì răng?", "nghị quyết có nói chi về kiện toàn bộ máy dân vận không?").question).toBe("nghị quyết có nói chi về kiện toàn bộ máy dân vận ở xã không?");
    expect(resolveFollowUp("còn ở cấp huyện thì sao?", "Nghị quyết nói gì về đối thoại với dân?").question).toBe("Nghị quyết nói gì về đối thoại với dân ở cấp huyện?");
    // "rứa", "vậy" open one without "còn" too; "thế" does not, being the first word of "thế hệ".
    expect(resolveFollowUp("rứa Hội Nông dân thì răng?", "Tỉnh đoàn được nghị quyết giao những việc gì?").question).toBe("Hội Nông dân được nghị quyết giao những việc gì?");
    expect(resolveFollowUp("thế hệ trẻ thì sao?", "Nghị quyết nói gì về người có uy tín?").question).toBe("Nghị quyết nói gì về thế hệ trẻ?");
    // A figure asked of something; whom a task is given to, and who is given it; a framing before a comma kept.
    expect(resolveFollowUp("còn thu ngân sách năm 2022 thì sao?", "GRDP bình quân đầu người năm 2023 của tỉnh là bao nhiêu?").question).toBe("thu ngân sách năm 2022 của tỉnh là bao nhiêu?");
    expect(resolveFollowUp("còn Mặt trận thì sao?", "Phần tổ chức thực hiện giao Ban Dân vận Tỉnh ủy làm những gì?").question).toBe("Phần tổ chức thực hiện giao Mặt trận làm những gì?");
    expect(resolveFollowUp("còn Mặt trận thì sao?", "Trong phần tổ chức thực hiện, Ban Tuyên giáo Tỉnh ủy được giao làm gì?").question).toBe("Trong phần tổ chức thực hiện, Mặt trận được giao làm gì?");
    // "về việc gì" asks what something is about: the subject is what it is asked of.
    expect(resolveFollowUp("rứa còn nghị quyết 04 thì răng?", "Nghị quyết 16-NQ/TU được nêu trong nghị quyết này nói về chuyện gì?").question).toBe("nghị quyết 04 trong nghị quyết này nói về chuyện gì?");
    // Dictated by voice, a hesitation before "còn" does not hide the follow-up.
    expect(resolveFollowUp("ờ còn Ban Tuyên giáo thì sao", "Ban Tổ chức Tỉnh ủy phải làm gì?").question).toBe("Ban Tuyên giáo phải làm gì?");
    // What the documents name of something ("… nq nêu là gì").
    expect(resolveFollowUp("còn quan điểm thì s", "mấy cái hạn chế mà nq nêu là j").question).toBe("quan điểm nq nêu là j");
    // Whether someone must do something; a subject typed without diacritics makes the whole question so, as the search reads it.
    expect(resolveFollowUp("còn hội cựu chiến binh thì sao?", "bộ đội với công an có phải làm dân vận không?").question).toBe("hội cựu chiến binh có phải làm dân vận không?");
    expect(resolveFollowUp("con hoi cuu chien binh thi sao?", "bộ đội với công an có phải làm dân vận không?").question).toBe("hoi cuu chien binh co phai lam dan van khong?");
  });

  it("asks a follow-up that asks something itself on its own, and one without an earlier question too", () => {
    // Asking what the documents say of it ("… thì nghị quyết đánh giá sao?") asks itself, however the previous question asked a figure.
    expect(resolveFollowUp("còn người khuyết tật thì nghị quyết đánh giá sao?", "Ngân sách thu năm 2022 được mấy nghìn tỷ?")).toEqual({ question: "người khuyết tật thì nghị quyết đánh giá sao?", followUp: false });
    expect(resolveFollowUp("còn khai thác khoáng sản thì có nói không?", "Nghị quyết có nhắc đến ma túy không?")).toEqual({ question: "khai thác khoáng sản thì có nói không?", followUp: false });
    expect(resolveFollowUp("rứa còn số hộ nghèo thì răng, có giảm không?", "dân số tỉnh mình là bao nhiêu")).toEqual({ question: "số hộ nghèo thì răng, có giảm không?", followUp: false });
    expect(resolveFollowUp("còn tôn giáo thì sao?", undefined)).toEqual({ question: "tôn giáo thì sao?", followUp: false });
    // What is required of the new subject is asked in its own words ("thì … đòi hỏi gì"), not put into the previous question.
    expect(resolveFollowUp("còn riêng từng vị đại biểu thì văn bản đòi hỏi gì?", "Theo nghị quyết, HĐND giám sát những việc gì?").followUp).toBe(false);
    // A longer yes/no question of its own ("có phải đem … đi phổ biến cho hội viên ko?") too.
    expect(resolveFollowUp("còn hội nông dân cấp tỉnh thì răng, có phải đem nghị quyết đi phổ biến cho hội viên ko?", "tỉnh đoàn phải làm gì với nghị quyết?").followUp).toBe(false);
    expect(resolveFollowUp("Mục tiêu là gì?", "Quan điểm là gì?")).toEqual({ question: "Mục tiêu là gì?", followUp: false });
    // Asking which place or what it says, with or without diacritics: "… để ý chỗ mô?", "… thì làm chi?".
    expect(resolveFollowUp("còn mấy vùng dễ thành điểm nóng thì nó dặn phải để ý chỗ mô?", "Nghị quyết có nhắc tới kiện cáo đất đai không?")).toEqual({ question: "mấy vùng dễ thành điểm nóng thì nó dặn phải để ý chỗ mô?", followUp: false });
    expect(resolveFollowUp("con hoi nong dan thi lam chi", "mat tran phai lam gi").followUp).toBe(false);
    // "… thì phải làm những gì?" asks what is done as "làm gì" does.
    expect(resolveFollowUp("còn huyện ủy Duy Xuyên học nghị quyết rồi thì phải làm những gì?", "Tỉnh đoàn được giao nhiệm vụ chi?")).toEqual({ question: "huyện ủy Duy Xuyên học nghị quyết rồi thì phải làm những gì?", followUp: false });
    // Asking a figure of its own, so the previous answer's passage may hold it (the budget's footnote holds income too).
    expect(resolveFollowUp("còn thu nhập bình quân đầu người thì răng, được mấy chục triệu?", "năm 2022 tỉnh thu ngân sách được nhiêu?")).toEqual({ question: "thu nhập bình quân đầu người thì răng, được mấy chục triệu?", followUp: false });
    // …but "what about X" alone still asks the previous question about X.
    expect(resolveFollowUp("còn hội nông dân thì sao?", "Mặt trận phải làm gì?")).toEqual({ question: "hội nông dân phải làm gì?", followUp: true, subject: "hội nông dân" });
  });

  it("reads “còn nữa, …” as another question of its own, not a follow-up about “nữa”", () => {
    const text = "Còn nữa, NQ dặn phải để ý đặc biệt mấy vùng mô kẻo dễ sinh chuyện lùm xùm?";
    expect(isFollowUp(text)).toBe(false);
    expect(resolveFollowUp(text, "Nghị quyết này ban hành tháng mấy năm nào?")).toEqual({ question: "NQ dặn phải để ý đặc biệt mấy vùng mô kẻo dễ sinh chuyện lùm xùm?", followUp: false });
    expect(resolveFollowUp("còn một câu nữa: ai chủ trì Dân vận khéo?", "Mục tiêu là gì?").question).toBe("ai chủ trì Dân vận khéo?");
  });

  it("counts a message going on from a question in the documents' domain as in it, unless it asks what they never answer", () => {
    const previous = "Ai có trách nhiệm đưa nghị quyết ni về quán triệt ở huyện?";
    expect(inDomainAfter("rứa nó phổ biến xuống tới tận cấp mô?", "rứa nó phổ biến xuống tới tận cấp mô?", previous)).toBe(true);
    // Alone, or after nothing, the same words are in no domain.
    expect(inDomainAfter("nó phổ biến xuống tới tận cấp mô?", "nó phổ biến xuống tới tận cấp mô?", previous)).toBe(false);
    expect(inDomainAfter("rứa nó phổ biến xuống tới tận cấp mô?", "rứa nó phổ biến xuống tới tận cấp mô?", undefined)).toBe(false);
    // An amount of support is never in the resolution, whatever was asked before.
    expect(inDomainAfter("mỗi căn được nhà nước hỗ trợ bao nhiêu tiền?", "còn mỗi căn được nhà nước hỗ trợ bao nhiêu tiền?", "Tỉnh tính xóa bao nhiêu nhà tạm, nhà dột nát?")).toBe(false);
  });

  it("adds the previous question's subject to a question going on from it (“rồi …”, “rứa …”), and to nothing else", () => {
    expect(withPreviousSubject("rồi ai lo soạn hướng dẫn chung?", "Phong trào Dân vận khéo trong nghị quyết nói sao?")).toBe("ai lo soạn hướng dẫn chung? (Phong trào Dân vận khéo)");
    // Typed without diacritics, the previous subject is searched without them too.
    expect(withPreviousSubject("rua ai lo vu nay", "nghị quyết nói gì về tôn giáo?")).toBe("ai lo vu nay (ton giao)");
    expect(withPreviousSubject("dạ rứa tới năm mấy thì đạt được cái đó ạ", "mục tiêu của nghị quyết là gì?")).toBe("tới năm mấy thì đạt được cái đó ạ (mục tiêu)");
    // A question of its own, a "còn X" follow-up (rewritten otherwise), or nothing before: unchanged.
    expect(withPreviousSubject("ai lo soạn hướng dẫn chung?", "Phong trào Dân vận khéo trong nghị quyết nói sao?")).toBeUndefined();
    expect(withPreviousSubject("rứa còn tôn giáo thì răng?", "nghị quyết nói gì về DTTS?")).toBeUndefined();
    expect(withPreviousSubject("rồi ai lo?", undefined)).toBeUndefined();
    // For which years it holds is asked of the previous subject; "về chuyện gì vậy" names none, so the whole question is it.
    expect(withPreviousSubject("việc ấy áp dụng trong giai đoạn mấy", "Văn bản dặn gì về số hóa?")).toBe("việc ấy áp dụng trong giai đoạn mấy (số hóa)");
    expect(withPreviousSubject("rồi ai lo?", "Nghị quyết 16 nói về chuyện gì vậy?")).toBe("ai lo? (Nghị quyết 16 nói về chuyện gì vậy?)");
    // A phrase quoted before, pointed back at as "câu đó": what it means is searched with it.
    expect(withPreviousSubject("câu ấy hiểu cho dễ là sao?", "câu 'trọng dân, gần dân' trong nghị quyết nằm ở đâu?")).toBe("câu ấy hiểu cho dễ là sao? (câu 'trọng dân, gần dân')");
    // The time asked about before, pointed back at ("đến khi đó"); a time asked ("tới tháng nào") is no subject.
    expect(withPreviousSubject("đến khi đó thì mong Quảng Nam phát triển tới mức nào?", "NQ này nhắm mục tiêu cho tới năm nào vậy?")).toBe("đến khi đó thì mong Quảng Nam phát triển tới mức nào? (NQ này nhắm mục tiêu cho tới năm nào vậy?)");
    expect(withPreviousSubject("rồi tới năm mấy thì xong việc đó?", "hạn chót hoàn thành xóa nhà tạm là tới tháng nào vậy?")).toBe("tới năm mấy thì xong việc đó? (hạn chót hoàn thành xóa nhà tạm là tới tháng nào vậy?)");
  });

  it("takes a message only asking something more of the previous subject (when, how many, who, whether concretely) as going on from it, with no word marking it so", () => {
    for (const text of ["thời hạn chót là tháng mấy vậy ad", "ai chịu trách nhiệm vậy bot?", "co noi can lam gi khong ad", "mấy ngàn căn, năm nào xong?", "khi mô xong, tổng cộng mấy hộ v"]) expect(asksOnlyAnAspect(text), text).toBe(true);
    for (const text of ["mục tiêu là gì", "giá vàng bữa nay nhiêu", "còn tôn giáo thì sao", "ai lo soạn hướng dẫn chung?", ""]) expect(asksOnlyAnAspect(text), text).toBe(false);
    // Pointing back at it names nothing else ("chuyện ni", "cái đó"); other words after "việc" do.
    for (const text of ["rứa ai chịu trách nhiệm chuyện ni?", "ai lo cái đó vậy bot"]) expect(asksOnlyAnAspect(text), text).toBe(true);
    expect(asksOnlyAnAspect("ai lo việc làm cho thanh niên?")).toBe(false);
    expect(withPreviousSubject("thời hạn chót là tháng mấy vậy ad", "tỉnh ủy bàn gì về nhà tạm của dân?")).toBe("thời hạn chót là tháng mấy vậy ad (nhà tạm của dân)");
    expect(withPreviousSubject("thời hạn chót là tháng mấy vậy ad", undefined)).toBeUndefined();
  });

  it("takes the previous subject from the clause naming the documents, not from who the asker said they were before it; nor from a clause only closing the question", () => {
    expect(withPreviousSubject("rứa thì phải gắn với cái chi?", "Xin lỗi làm phiền, em mới chuyển về làm chính trị viên xã đội, nghị quyết dân vận có chỗ mô nói tới lực lượng vũ trang không?")).toBe("thì phải gắn với cái chi? (lực lượng vũ trang)");
    expect(withPreviousSubject("rứa thì ai lo?", "Tui trồng quế, dân như tụi tui có được tham gia góp ý chính sách không, nghị quyết nói răng?")).toContain("tham gia góp ý chính sách");
  });

  it("reads 'của nó' right after the resolution was named as the resolution's", () => {
    expect(resolveFollowUp("ten day du cua no la gi vay", "cho hoi nghi quyet dan van tinh uy ban hanh thang 12/2023").question).toBe("ten day du cua nghi quyet la gi vay");
    expect(resolveFollowUp("tên đầy đủ của nó là gì", "Mặt trận có mấy phó chủ tịch?").question).toBe("tên đầy đủ của nó là gì");
  });

  it("asks a follow-up asking which resolution number on its own", () => {
    expect(resolveFollowUp("thế còn giảm nghèo thì làm theo văn bản số mấy?", "nghị quyết có nói chuyện xây dựng nông thôn mới không")).toEqual({ question: "giảm nghèo thì làm theo văn bản số mấy?", followUp: false });
  });

  it("asks a particular of the same thing beside the previous question, the bot named after it or not", () => {
    expect(resolveFollowUp("rứa còn ký ngày mấy ad?", "Văn bản dân vận này do Tỉnh ủy khóa mấy đưa ra?")).toEqual({ question: "Văn bản dân vận này do Tỉnh ủy khóa mấy đưa ra, ký ngày mấy?", followUp: true, subject: "ký ngày mấy" });
    expect(followUpSubject("còn Hội Phụ nữ thì răng bot?")).toBe("Hội Phụ nữ");
  });

  it("puts the new subject where the previous question said whom the documents oblige ('nghị quyết nói X phải …')", () => {
    expect(resolveFollowUp("còn Hội nông dân thì sao", "Nghị quyết nói Mặt trận phải giám sát cán bộ đúng không?")).toMatchObject({ question: "Nghị quyết nói Hội nông dân phải giám sát cán bộ đúng không?", followUp: true });
  });
});
