/** The offline intent rules, on the kinds of message the issue names (not the eval sentences). */
import { describe, expect, it } from "vitest";
import { classifyByRules, classifyIntent, continuesComplaint, inDomain, INTENT_DEFAULTS, INTENTS, learnedThreshold, type Intent } from "../../src/assistant/intent.js";
import { asksOnlyAnAspect } from "../../src/assistant/intent-cues.js";
import { smalltalkReply } from "../../src/assistant/intent-replies.js";
import { LearnedTextModel } from "../../src/core/learned-text-model.js";
import { DEFAULT_ORGANISATION } from "../../src/core/organisation.js";
import { fold } from "../../src/core/text.js";

const intentOf = (text: string, history: string[] = []) => classifyIntent(text, { history }).intent;
/** A model that learnt only one kind, so it reads every message as that kind: what the rules' sure signs must hold against. */
const trainedOnlyOn = (label: Intent, texts: readonly string[]) => LearnedTextModel.train(INTENTS, texts.map((text) => ({ text, label })));

describe("offline intent rules", () => {
  it("reads complaints and requests as reports, also phrased as a question or typed without diacritics", () => {
    const reports = [
      "Tôi muốn phản ánh việc cán bộ xã thu tiền sai quy định khi làm giấy tờ đất",
      "Tôi muốn khiếu nại về việc bồi thường đất đai",
      "Cho tôi hỏi sao xã tôi làm đường mà không họp dân, nhà tôi bị lấn mất 2 mét đất?",
      "Đèn đường ở thôn 4 hư cả tháng nay, tối đi học con nít té hoài, đề nghị xã sửa giúp",
    ];
    for (const text of reports) {
      expect(intentOf(text), text).toBe("report");
      expect(intentOf(fold(text)), fold(text)).toBe("report");
    }
  });

  it("reads a complaint of 5,000 characters as a report", () => {
    const long = `Tôi xin phản ánh việc xe chở cát chạy suốt đêm qua thôn tôi, đường hư hỏng nặng. ${"Bụi mù mịt, nhà cửa nứt, con nít ho suốt. ".repeat(120)}`.slice(0, 5000);
    expect(long).toHaveLength(5000);
    expect(intentOf(long)).toBe("report");
  });

  it("takes a message that mixes a question with a complaint as a report (the confirmation lets the person say otherwise)", () => {
    expect(intentOf("Nghị quyết nói phải tiếp dân, vậy sao xã tôi 3 tháng nay không ai tiếp, tôi gửi đơn mấy lần bị đùn đẩy hoài?")).toBe("report");
  });

  it("keeps questions about the resolution as questions, even when they name complaint topics", () => {
    for (const text of ["Nghị quyết nói gì về khiếu nại, tố cáo của dân?", "nghi quyet co nhac den ma tuy khong", "Ai chịu trách nhiệm theo dõi việc thực hiện nghị quyết?", "Mục tiêu đến năm 2025 là gì?"]) {
      expect(intentOf(text), text).toBe("question");
    }
  });

  it("reads greetings, thanks, goodbyes (with emoji) and questions about the bot as smalltalk", () => {
    for (const text of ["Chào bạn 👋", "xin chao", "cảm ơn nhiều nha 🙏🙏", "😊", "bye bot", "Bạn là ai vậy?", "bot làm được gì?", "Bạn có phải người thật không?"]) {
      expect(intentOf(text), text).toBe("smalltalk");
    }
    expect(classifyIntent("Bạn có phải ChatGPT không?").detail).toBe("self");
  });

  it("answers thanks and goodbyes briefly, without the list that follows a greeting", () => {
    for (const [text, detail] of [["cảm ơn nhé", "thanks"], ["mơn nha 🙏", "thanks"], ["tam biet nha", "goodbye"], ["xin chào 👋", "greeting"]] as const) {
      expect(classifyIntent(text).detail, text).toBe(detail);
    }
    const thanks = JSON.stringify(smalltalkReply(DEFAULT_ORGANISATION, "thanks"));
    expect(thanks).toContain("Không có chi ạ!");
    expect(thanks).not.toContain("Bạn có thể:");
    expect(JSON.stringify(smalltalkReply(DEFAULT_ORGANISATION, "greeting"))).toContain("Bạn có thể:");
  });

  it("answers rudeness aimed at the bot calmly, as smalltalk", () => {
    const verdict = classifyIntent("bot ngu thế, trả lời như không");
    expect(verdict).toMatchObject({ intent: "smalltalk", detail: "profanity" });
  });

  it("reads asking after one's own report as tracking: a code alone, a code with a question, or words about it", () => {
    expect(intentOf("PA-2026-000123")).toBe("tracking");
    expect(intentOf("pa 2026 123 sao rồi")).toBe("tracking");
    expect(intentOf("phản ánh của tôi hôm trước đến đâu rồi?")).toBe("tracking");
    expect(intentOf("có ai xem vụ đó chưa vậy?", ["Tôi phản ánh cống thoát nước trước nhà bị nghẹt"])).toBe("tracking");
    // "xã tôi chưa sửa" typed with its marks is my commune not having fixed something, no "xã tới chưa" (has the commune come).
    expect(intentOf("Cho tôi hỏi sao xã tôi chưa sửa đường?")).toBe("report");
    expect(intentOf("Bên xã đã tới chưa vậy?", ["Tôi phản ánh cống thoát nước trước nhà bị nghẹt"])).toBe("tracking");
    // Without a report told before, "vụ đó" is not enough for the rules; the learned model reads it as asking after one's report, which lists the person's reports.
    expect(classifyByRules("có ai xem vụ đó chưa vậy?").intent).not.toBe("tracking");
  });

  it("declines kinds of question the documents never answer, even when they reuse the resolution's words", () => {
    for (const text of ["Thủ đô của Pháp là gì?", "giá vàng hôm nay bao nhiêu", "Thủ tục cấp lại sổ đỏ cần giấy tờ gì?", "Nghị quyết 35 quy định tiêu chuẩn cán bộ thế nào?", "Phụ cấp trưởng thôn bao nhiêu một tháng?"]) {
      expect(intentOf(text), text).toBe("out-of-scope");
    }
  });

  it("says a question typed in English is out of scope, so that the reply can say it works in Vietnamese", () => {
    expect(classifyIntent("What does this resolution say about ethnic minorities?")).toMatchObject({ intent: "out-of-scope", detail: "english" });
  });

  it("tells an empty message (an empty question) from emoji alone (a greeting)", () => {
    expect(intentOf("   ")).toBe("question");
    expect(intentOf("👍")).toBe("smalltalk");
  });

  it("reads asking after something one sent as tracking without a code or the word 'phản ánh', in dialect and without diacritics", () => {
    const asking = [
      "hồ sơ của tôi tới đâu rồi",
      "Đơn tui gửi tuần trước ra răng rồi?",
      "cái đơn em gởi bữa trước có ai coi chưa",
      "ý kiến của mình gửi tháng trước được xử lý chưa ạ",
      "thư tôi gửi có hồi âm chưa",
      "chuyện tui báo mấy bữa trước răng rồi bot",
    ];
    for (const text of asking) {
      expect(intentOf(text), text).toBe("tracking");
      expect(intentOf(fold(text)), fold(text)).toBe("tracking");
    }
    // Pointed at by when it was sent, without "tôi".
    expect(intentOf("cái phản ánh hôm trước về đèn đường sao rồi")).toBe("tracking");
    expect(intentOf("vu cong nghet tuan truoc toi dau roi")).toBe("tracking");
    // A long story or a request for action that mentions an earlier letter is a report.
    expect(intentOf("Tôi gửi đơn lên xã 3 tháng rồi chưa ai giải quyết, đề nghị huyện xem xét lại việc thu hồi đất nhà tôi")).toBe("report");
  });

  it("reads thanks, goodbyes, compliments and calls to the bot as smalltalk, in dialect and without diacritics", () => {
    const smalltalk = [
      "cảm ơn bot nhiều nghen", "mơn nha", "ok cảm ơn, tôi hiểu rồi", "thôi chào nghen", "hẹn gặp lại", "bot giỏi quá",
      "trả lời hay đó", "bot ơi", "ê bot", "có ai ở đó không", "bot còn đó không", "mi là ai", "bot tên chi rứa",
      "tôi đang nói chuyện với ai vậy", "tôi có thể hỏi những gì", "hướng dẫn sử dụng", "chúc bot một ngày tốt lành",
    ];
    for (const text of smalltalk) {
      expect(intentOf(text), text).toBe("smalltalk");
      expect(intentOf(fold(text)), fold(text)).toBe("smalltalk");
    }
    // Greetings and thanks typed in English are smalltalk too; an English question is not.
    for (const text of ["Hello, how are you?", "thank you so much", "Who are you?"]) expect(intentOf(text), text).toBe("smalltalk");
    expect(classifyIntent("What does the resolution say about religion?").detail).toBe("english");
    // Thanks inside a report does not make it smalltalk.
    expect(intentOf("Cảm ơn bot, nhưng đường vào thôn tôi sạt lở chưa ai sửa, đề nghị xã xử lý")).toBe("report");
  });

  it("reads chitchat, laughter and first words as smalltalk, and short status questions right after a report as tracking", () => {
    const smalltalk = ["ăn cơm chưa em", "hôm nay mệt quá trời", "bot dễ thương ghê", "hehe", "tạm biệt nha, mai hỏi tiếp", "xin chào, tôi mới dùng lần đầu", "có ai đó không", "hướng dẫn tui cách dùng với", "bạn giỏi thiệt"];
    for (const text of smalltalk) {
      expect(intentOf(text), text).toBe("smalltalk");
      expect(intentOf(fold(text)), fold(text)).toBe("smalltalk");
    }
    expect(intentOf("bao giờ có kết quả vậy", ["Đường thôn 3 bị sạt lở không ai sửa"])).toBe("tracking");
    expect(intentOf("sao lâu quá chưa thấy ai trả lời", ["Tôi phản ánh việc xả rác ra suối"])).toBe("tracking");
    expect(intentOf("xem tình trạng phản ánh")).toBe("tracking");
    expect(intentOf("có ai xem cái phản ánh của tui chưa")).toBe("tracking");
    // Without a report told before, a question about when something happens is a question.
    expect(intentOf("bao giờ có kết quả vậy")).not.toBe("tracking");
  });

  it("declines questions that reuse the resolution's words about history, other provinces, laws, office holders and later years", () => {
    const declined = [
      "Bác Hồ viết bài Dân vận năm nào?",
      "Mặt trận Tổ quốc Việt Nam thành lập năm nào?",
      "Nghị quyết về dân vận của tỉnh Quảng Ngãi nói gì?",
      "Tỉnh nào làm dân vận khéo tốt nhất nước?",
      "Luật Khiếu nại quy định thời hạn giải quyết bao lâu?",
      "Điều lệ Đảng quy định gì về đảng viên?",
      "Ai đang làm chủ tịch Mặt trận tỉnh?",
      "Năm 2024 Quảng Nam còn bao nhiêu hộ nghèo?",
      "Kết quả thực hiện nghị quyết năm 2025 ra sao?",
      "Số điện thoại của Ban Dân vận tỉnh là bao nhiêu?",
      "Hội Nông dân có bao nhiêu hội viên?",
    ];
    for (const text of declined) {
      expect(intentOf(text), text).toBe("out-of-scope");
      expect(intentOf(fold(text)), fold(text)).toBe("out-of-scope");
    }
  });

  it("reads suggestions, thanks to a local body and nuisances told without a request verb as reports", () => {
    for (const text of [
      "Nên lắp thêm đèn ở đoạn dốc qua trường, tối tụi nhỏ đi học tối om",
      "Cảm ơn công an xã đã giúp bà con tìm lại bò bị trộm, mấy anh nhiệt tình lắm",
      "Quán karaoke đầu thôn hát tới khuya, ồn quá không ngủ được",
      "Trạm bơm hư từ đợt lũ, tới giờ vẫn chưa sửa, ruộng khô hết",
    ]) {
      expect(intentOf(text), text).toBe("report");
      expect(intentOf(fold(text)), fold(text)).toBe("report");
    }
  });

  it("reads asking what the resolution does about people's grievances as a question, unless one's own situation or a request is told", () => {
    expect(intentOf("Bà con bức xúc chuyện đền bù chậm thì nghị quyết tính giải quyết ra sao?")).toBe("question");
    expect(intentOf("Tỉnh phấn đấu xóa hết nhà dột nát vào lúc nào?")).toBe("question");
    expect(intentOf("Nghị quyết nói phải giải quyết dứt điểm, mà tiền đền bù của bà con chậm cả năm, đề nghị tỉnh xem xét")).toBe("report");
  });

  it("reads asking who is in charge of something as a question, typed without diacritics and closed with chat words; nobody in charge is a grievance", () => {
    for (const text of ["ai lo viec khen thuong guong nguoi tot viec tot cho ca tinh v mn", "ai lo nhan rong dien hinh dan van kheo o cac xa v ae", "ai chu tri tong ket phong trao dan van kheo hang nam v mn"]) {
      expect(intentOf(text), text).toBe("question");
    }
    expect(intentOf("đường thôn 3 hư cả năm mà không ai lo, dân đi lại khổ lắm")).toBe("report");
  });

  it("reads a report word that is the work asked about (\"ai chủ trì góp ý\", \"ai phụ trách biểu dương\") as part of the question; one's own praise stays a report", () => {
    expect(intentOf("ai phụ trách biểu dương người tốt việc tốt trong dân vận?")).toBe("question");
    expect(intentOf("ai chủ trì góp ý xây dựng Đảng, xây dựng chính quyền?")).toBe("question");
    expect(intentOf("tôi muốn biểu dương anh công an xã đã giúp bà con chạy lũ")).toBe("report");
  });

  it("reads 'dân vận' folded as the work, not 'vẫn': a choice question about it, or how it is still weak, is a question", () => {
    expect(intentOf("huyen co kiem tra viec lam dan van o xa ko hay chi bao cao cho co")).toBe("question");
    expect(intentOf("cong tac dan van con yeu o cho nao")).toBe("question");
  });

  it("reads asking whether a person or a machine answers, or whose chat this is, as a question about the assistant", () => {
    for (const text of ["Đây là người thật trả lời hay máy vậy?", "zalo này có phải của Ban Dân vận tỉnh không ạ", "đây là trang của ai vậy"]) {
      expect(intentOf(text), text).toBe("smalltalk");
    }
    expect(intentOf("ở đây ai phụ trách dân vận vậy")).toBe("question");
  });

  it("reads leaving for the day's chores as goodbye, and a wait counted in days right after a report as tracking", () => {
    expect(intentOf("thôi em đi đón con đây, bữa khác hỏi tiếp nghen")).toBe("smalltalk");
    expect(intentOf("thôi tui đi ăn cơm đây, hôm khác hỏi tiếp")).toBe("smalltalk");
    expect(intentOf("mấy hôm nữa thì có người phản hồi vậy?", ["Cống trước nhà tôi ở thôn 2 bị bể nắp, xe máy sụp xuống mấy lần, đề nghị xã sửa gấp"])).toBe("tracking");
  });

  it("reads a message opening with 'ai' as asking who, but 'ai đời …' as an exclamation; 'nói do đâu' asks a cause and is no complaint about the bot", () => {
    expect(intentOf("ai đứng ra tập hợp ý kiến của bà con ở thôn vậy")).toBe("question");
    expect(intentOf("ai đời cán bộ xã mà đi nhậu giữa giờ hành chính, dân ngồi chờ cả buổi")).toBe("report");
    expect(intentOf("sao kết quả còn thấp vậy, nghị quyết nói do đâu?", ["Kết quả công tác dân vận mấy năm qua ra sao?"])).toBe("question");
    expect(intentOf("trả lời dở quá")).toBe("smalltalk");
  });

  it("declines a procedure or a price asked by a veteran ('cựu' is no 'cứu'), and news one has heard, however alarming", () => {
    expect(intentOf("Tôi là cựu chiến binh, xin hỏi thủ tục chuyển sinh hoạt hội cần những giấy tờ gì?")).toBe("out-of-scope");
    expect(intentOf("Giá cát xây dựng ở Điện Bàn bây giờ bao nhiêu tiền một khối?")).toBe("out-of-scope");
    expect(intentOf("nghe noi hom qua o Tien Phuoc co lu quet, co ai bi lam sao khong, bao chi noi gi chua")).toBe("out-of-scope");
    expect(intentOf("Nghiên cứu về dân vận khéo thì nghị quyết nói gì?")).toBe("question");
  });

  it("reads asking after a report as tracking when a code is given or said lost, or when one's own report is asked about outright, even at length", () => {
    expect(intentOf("Tôi đã gửi phản ánh về cống thoát nước ở khối phố 4, mã PA-2026-000321. Xin cho biết phản ánh này đang được xử lý đến bước nào và bao giờ tôi nhận được trả lời từ cơ quan chức năng ạ.")).toBe("tracking");
    expect(intentOf("Tuần trước tui có nhắn báo vụ xe chở đất rơi vãi khắp đường liên thôn ở Điện Phước, làm bụi mù mịt, giờ có ai xuống coi chưa vậy? Tui không nhớ cái mã số")).toBe("tracking");
    expect(intentOf("Xin cho biết đến nay ý kiến trên của tôi đã được chuyển đến cơ quan nào? Tôi có cần gửi thêm ảnh chụp hiện trường không?", ["Tôi xin phản ánh: bãi rác tự phát ở đầu thôn 2 xã Quế Xuân bốc mùi, đề nghị xã thu gom."])).toBe("tracking");
  });

  it("reads an elder learning to text, leaving to fetch the children, and what-can-you-do asked after a greeting as smalltalk", () => {
    for (const text of [
      "chau chao ba. ba moi tap nhan tin nen go cham, co gi chau thong cam nghe",
      "Thôi trễ rồi, em đi đón con đây, bữa khác em hỏi tiếp nghen",
      "Chào em. Chú năm nay sáu mươi mấy, đứa cháu mới chỉ cho vô đây. Cho chú hỏi trang này giúp được bà con những chuyện gì?",
      "bot ơi bot làm được mấy việc gì v",
      "Đây là cán bộ thật trả lời hay chương trình tự động vậy?",
    ]) {
      expect(intentOf(text), text).toBe("smalltalk");
    }
    // "… chưa thấy đâu" says nowhere, it does not ask: a grievance stays a report.
    expect(intentOf("Tui là thương binh, tiền trợ cấp tháng 5 chưa thấy đâu, hỏi xã thì nói chờ, ai giúp tui với")).toBe("report");
  });

  it("reads what the app can do asked in dialect, party discipline for one's own family, e-ID errands and prices per kilo as what they are", () => {
    expect(intentOf("app ni làm được những chi, hỏi gì cũng được hả")).toBe("smalltalk");
    expect(intentOf("Tôi là đảng viên, con trai tôi cưới vợ theo đạo Tin Lành, tôi có bị kỷ luật không?")).toBe("out-of-scope");
    expect(intentOf("Cho hỏi làm tài khoản định danh điện tử cho ông bà thì ra đâu, có mất phí không?")).toBe("out-of-scope");
    expect(intentOf("Tiêu ở Tiên Phước bữa ni bán nhiêu 1 ký v mn")).toBe("out-of-scope");
  });

  it("reads a long message about one's own earlier petition as tracking: 'giao cho cơ quan nào' asked of it, or its code deleted", () => {
    expect(intentOf("Tôi gửi đơn hôm 5/4 về vụ xe ben chạy ẩu qua xóm, đến nay đã hơn 3 tuần. Cho tôi hỏi đơn đã được tiếp nhận chưa, đã giao cho cơ quan nào xử lý?")).toBe("tracking");
    expect(intentOf("Hồi đầu tháng tui có nhắn vô đây chuyện cống bể ở xóm, bà con đi lại khổ lắm. Mà tới giờ chưa thấy ai trả lời chi hết, không biết đơn tới tay ai chưa. Cái mã số thì tui lỡ xóa tin nhắn mất rồi, coi giúp tui với.")).toBe("tracking");
  });

  it("reads a code not written down as tracking, a suggestion naming another city as a report, where to lodge a complaint as out of scope, and what people send as no report of one's own", () => {
    expect(intentOf("Tôi đã gửi phản ánh qua trang này từ tuần trước về cái cống bể, đến nay chưa thấy ai trả lời. Mã số thì tôi không ghi lại. Nhờ kiểm tra xem đơn của tôi đã tới tay ai chưa.")).toBe("tracking");
    expect(intentOf("Góp ý: tui quê Điện Bàn mà đi làm ở Đà Nẵng, mấy buổi tiếp dân toàn giờ hành chính, răng mà dự được?")).toBe("report");
    expect(intentOf("Tôi bị kỷ luật cảnh cáo mà thấy không thỏa đáng, khiếu nại lên đâu, thời hạn bao lâu ạ?")).toBe("out-of-scope");
    expect(intentOf("vậy sau khi gom ý kiến bà con gửi lên xã, hội tụi chị có phải báo lại cho bà con biết kết quả không em?", ["Nghị quyết giao Hội Phụ nữ làm những việc chính gì?"])).toBe("question");
    expect(intentOf("theo nghị quyết thì mấy năm qua bà con trong tỉnh khiếu kiện nhiều nhất về chuyện gì vậy ad?")).toBe("question");
  });

  it("reads a sentence opening on the resolution as a question however personal the message, 'đề nghị cho biết' with a code as tracking, and 'tới bao giờ' as no 'tôi báo'", () => {
    expect(intentOf("Dạ em ở ban hành giáo họ đạo bên Duy Xuyên. Nghị quyết có nói chi tới bà con Công giáo tụi em không, tỉnh mong giáo dân mình sống ra sao ạ?")).toBe("question");
    expect(intentOf("Ngày 05/3/2026 tôi đã gửi đơn phản ánh, được cấp mã số PA-2026-000777, về việc mương thoát nước bị lấp. Đến nay đã hơn 30 ngày chưa có trả lời. Kính đề nghị quý cơ quan cho biết đơn của tôi đang do cơ quan nào xử lý và khi nào có kết quả.")).toBe("tracking");
    expect(intentOf("gửi rồi thì chừ mô mới có người xuống coi vậy?", ["Cống trước nhà tui bể nắp cả tuần, nhờ chuyển lên xã giùm"])).toBe("tracking");
    expect(intentOf("Năm nào mưa lớn khu tui cũng ngập tới đầu gối, hỏi phường thì nói chờ dự án. Chờ tới bao giờ?")).toBe("report");
  });

  it("keeps the resolution's own targets, laws in general and people abroad in scope", () => {
    for (const text of [
      "Đến cuối năm 2024 phải xóa bao nhiêu nhà tạm?",
      "Nghị quyết nói gì về tuyên truyền pháp luật cho người dân?",
      "Nghị quyết mong gì ở kiều bào đang sống ở các nước khác?",
      "Mục tiêu đến năm 2025 là gì?",
      "Mục tiêu của nghị quyết đến 2025 là gì",
      "Hội nghị định kỳ của cấp ủy bàn về dân vận thế nào?",
    ]) {
      expect(intentOf(text), text).toBe("question");
    }
  });

  describe("kind by kind, as people type them (written for these rules, not taken from any evaluation set)", () => {
    const both = (text: string) => [text, fold(text)];
    /** Each text, as typed and without diacritics, is read as `intent` (after `history`). */
    const readAs = (intent: Intent, texts: readonly string[], history: string[] = []) => {
      for (const text of texts) for (const typed of both(text)) expect(intentOf(typed, history), typed).toBe(intent);
    };

    it("reads apologies, wishes, acknowledgements, compliments in chat words and leave-taking as smalltalk", () => {
      readAs("smalltalk", [
        "em xin lỗi, em gõ nhầm", "sorry bot, nhắn nhầm", "xin lỗi đã làm phiền", "Chúc bot buổi tối vui vẻ", "Kính chúc quý Ban mạnh khỏe, thành công", "à ra vậy", "ô kê",
        "ờ ờ, rứa thôi", "vâng, tôi hiểu rồi", "bot đỉnh quá", "ngon lành", "cảm ơn, bạn trả lời rất chi tiết", "chà, hay rứa", "thôi tui đi ngủ đây", "thôi để mai hỏi",
        "chào, mình cần hỏi chút", "Cảm ơn Ban Dân vận nhiều", "cám ơn ad đã trả lời",
      ]);
      expect(classifyIntent("xin lỗi, em nhắn nhầm").detail).toBe("apology");
      expect(JSON.stringify(smalltalkReply(DEFAULT_ORGANISATION, "apology"))).toContain("Không sao");
      // A compliment is thanked, without the list of what the assistant does.
      for (const praise of ["bot đỉnh quá", "bot trả lời nhanh ghê, còn nhanh hơn hỏi cán bộ thôn"]) expect(classifyIntent(praise).detail, praise).toBe("compliment");
      expect(JSON.stringify(smalltalkReply(DEFAULT_ORGANISATION, "compliment"))).toContain("Cảm ơn bạn đã động viên");
      // Going to bed is a goodbye, however it is said; "ok" after an answer is taken in, without the list (at first contact the list helps).
      for (const night of ["thôi tui đi ngủ đây, chào bot", "khuya rồi, chúc bot ngủ ngon nha"]) for (const typed of both(night)) expect(classifyIntent(typed).detail, typed).toBe("goodbye");
      const answered = { history: ["Nghị quyết nói gì về già làng?"] };
      for (const okay of ["ô kê bot", "dạ rõ rồi"]) for (const typed of both(okay)) expect(classifyIntent(typed, answered).detail, typed).toBe("acknowledgement");
      expect(classifyIntent("ô kê").detail).toBe("greeting");
      // A wish, forwarded or not, is wished back.
      for (const wish of ["Forwarded from Nhóm Hội CCB:\nChúc cả nhà cuối tuần vui vẻ, mạnh khỏe", "kính chúc quý Ban năm mới an khang"]) for (const typed of both(wish)) expect(classifyIntent(typed).detail, typed).toBe("wish");
      expect(JSON.stringify(smalltalkReply(DEFAULT_ORGANISATION, "acknowledgement"))).not.toContain("Bạn có thể:");
    });

    it("reads questions about the bot in Quảng Nam words, chitchat to the bot, self-introductions and text emoticons as smalltalk", () => {
      readAs("smalltalk", [
        "mi làm được chi", "bot ni biết chi không", "chào bạn, bạn khỏe không", "hi ad, ad còn thức không", "bot bao nhiêu tuổi", "Bạn có hiểu tiếng Quảng không?",
        "bot trả lời được những câu hỏi gì", "tôi nên hỏi gì", "ai vậy", "ad là người hay máy", "hôm nay trời đẹp quá ha bot", "răng bot giỏi rứa",
        "xin chào, tôi là Lan, giáo viên ở Tam Kỳ",
      ]);
      for (const text of [":D", "<3", "=))", "👏👏👏"]) expect(intentOf(text), text).toBe("smalltalk");
    });

    it("reads asking how to use it and thanks that say what for as smalltalk, but not thanks to a local body or a report told with 'how do I'", () => {
      readAs("smalltalk", ["Tôi có thể gửi phản ánh qua đây không?", "muốn phản ánh thì làm thế nào", "bạn giúp tôi được không", "Cảm ơn bạn đã giúp mình hiểu hơn về nghị quyết"]);
      expect(classifyIntent("cảm ơn bạn đã giải thích, giờ mình hiểu rồi").detail).toBe("thanks");
      for (const text of ["Cảm ơn các anh bộ đội đã giúp dân dọn bùn sau lũ", "muốn phản ánh chuyện đèn đường hư thì làm thế nào", "Tôi muốn phản ánh việc xã thu tiền sai quy định"]) {
        expect(intentOf(text), text).toBe("report");
      }
    });

    it("keeps a complaint after a greeting, thanks or 'ok' a report, and a question to the bot about facts or the documents what it was", () => {
      readAs("report", [
        "cảm ơn, nhưng đường vẫn chưa sửa", "ok nhưng mà cái cầu vẫn chưa làm", "dạ vâng, nhưng đèn đường vẫn tắt ạ", "xin chào, đèn đường thôn 2 tắt cả tuần rồi",
        "bot ơi nhà tui bị ngập rồi", "chào bot, hàng xóm đốt rác khói quá trời", "cảm ơn, nhưng sao tới giờ tiền đền bù vẫn chưa có",
      ]);
      expect(intentOf("bot ơi ai là chủ tịch tỉnh Quảng Nam")).toBe("out-of-scope");
      expect(intentOf("bot ơi nghị quyết nói gì về dân vận khéo")).toBe("question");
      expect(intentOf("Tôi là cán bộ xã, cần làm gì để dân tin?")).toBe("question");
    });

    it("reads complaints phrased as 'why', 'does anyone', or told by what they stop people doing as reports", () => {
      readAs("report", [
        "Sao xã tôi làm đường bê tông mới 1 năm đã nứt hết vậy?", "Có ai quản lý vụ xe quá tải chạy qua đường làng không vậy?", "sao điện cứ cúp hoài vậy, tuần này cúp 4 lần rồi",
        "mấy đứa nhỏ đi học về phải lội qua con mương, nguy hiểm lắm", "lam on cho hoi sao khu tui ko co den duong vay", "quán nhậu đầu hẻm mở nhạc tới khuya, con tui không học được",
        "xom tui ko co dien 3 ngay r, ad ơi giúp vs",
      ]);
      // A statement naming the documents asks about them.
      expect(intentOf("vai trò của người có uy tín trong đồng bào dân tộc thiểu số theo nghị quyết")).toBe("question");
    });

    it("reads asking after anything one sent, told in any order and in chat shorthand, as tracking, and a file lodged with another office as a report", () => {
      readAs("tracking", [
        "Hôm kia tôi có phản ánh việc trộm chó, đã có ai xử lý chưa?", "ad ơi xem giúp em cái phản ánh em gửi hôm qua với", "toi gui don lau roi ma khong thay ai tra loi",
        "cho tui hỏi thăm cái đơn hồi tháng trước", "xin cho biết kết quả giải quyết phản ánh của tôi", "don cua e gui hom trc co ai xem chua", "phan anh cua mk sao r ad",
        "em nhắn rồi mà k thấy ai tl",
      ]);
      for (const text of ["hồ sơ cấp sổ đỏ nhà tôi nộp ở một cửa 3 tháng chưa có kết quả", "đơn xin xác nhận hộ nghèo của tôi xã giữ 2 tháng không trả lời"]) {
        expect(intentOf(text), text).toBe("report");
      }
    });

    it("reads calls, announced questions, tests, stickers, laughter, reactions and leaving it there as smalltalk", () => {
      readAs("smalltalk", [
        "alô", "a lô có ai không", "cho tui hỏi cái", "em hỏi xíu nha", "xin phép hỏi chút ạ", "test thử", "thu nghiem", "123", "[hình dán]", "haha vui ghê", "hì hì", "kkkk",
        "dạ vâng", "ờ ờ", "ủa", "sao kỳ vậy", "trời ơi là trời", "tuyệt vời ông mặt trời", "thôi khỏi", "thôi không hỏi nữa", "để tui suy nghĩ đã", "chờ chút", "đợi tí nha",
      ]);
      expect(intentOf("(y)")).toBe("smalltalk");
    });

    it("answers complaints about the bot calmly and tells one asking for a person or whether anyone is there what answers", () => {
      for (const text of ["bot dở quá", "trả lời không đúng ý tôi", "bot trả lời sai rồi", "hỏi một đằng trả lời một nẻo", "chậm quá vậy", "bot ni ngu thiệt", "con bot ni ngu thiệt, nói chuyện với cục đá còn hiểu hơn"]) {
        for (const typed of both(text)) expect(classifyIntent(typed), typed).toMatchObject({ intent: "smalltalk", detail: "profanity" });
      }
      for (const text of ["cho gặp người thật", "tôi muốn nói chuyện với cán bộ trực", "có nhân viên nào không", "có ai trực không ạ", "ai đó trả lời giùm với", "bot có chạy không"]) {
        for (const typed of both(text)) expect(classifyIntent(typed), typed).toMatchObject({ intent: "smalltalk", detail: "self" });
      }
      // The same words about an office, or with a grievance, stay a report; a question about a body's work stays a question.
      for (const text of ["Cán bộ một cửa trả lời chậm quá, hẹn tôi 4 lần chưa xong hồ sơ", "bên điện lực trả lời sai, nhà tôi vẫn mất điện 3 ngày nay", "tôi muốn gặp chủ tịch xã để phản ánh việc lấn đất", "có ai giúp nhà tôi không, nước ngập vô nhà rồi"]) {
        expect(intentOf(text), text).toBe("report");
      }
      expect(intentOf("Mặt trận đã làm được gì trong thời gian qua")).toBe("question");
    });

    it("reads asking whether anyone came, and pointing at what one told without naming it, as tracking", () => {
      readAs("tracking", [
        "xã đã cử người xuống chưa vậy", "bao giờ thì có người xuống coi", "vụ cái đèn đường đó sao rồi", "đơn nhà tui có ai đọc chưa", "có ai xử lý chuyện con đường tôi nói chưa",
        "chuyện tôi nói hôm bữa giải quyết chưa", "tôi nhắn mấy hôm rồi chưa ai trả lời", "vu toi bao tuan truoc den dau roi",
      ]);
      // "… chuyện đó được xử lý tới đâu" inside a question about the documents' bodies is no report of one's own.
      expect(intentOf("Mặt trận gom ý kiến của dân rồi thì có phải báo lại cho dân biết chuyện đó được xử lý tới đâu không?")).not.toBe("tracking");
    });

    it("declines forecasts, local history, other agencies' procedures, news and legal advice on one's own case, but not the documents' notions", () => {
      readAs("out-of-scope", [
        "tuần sau Hội An có bão không", "nhiệt độ hôm nay bao nhiêu", "Quảng Nam nhận được tên năm nào", "ai là người đặt tên tỉnh Quảng Nam", "vay vốn ngân hàng chính sách cần gì",
        "đổi bằng lái xe mất mấy ngày", "tin tức hôm nay có gì", "tôi bị công ty nợ lương thì kiện sao", "chia thừa kế đất cho con thế nào theo luật",
        "hàng xóm lấn đất nhà tôi thì kiện ở đâu, án phí bao nhiêu",
      ]);
      for (const text of ["giải phóng mặt bằng thì ai chịu trách nhiệm theo nghị quyết", "làm công tác dân vận cần những gì", "đối thoại với dân khi có khiếu kiện thế nào", "Ra tòa thì có hòa giải không, văn bản có nhắc không?"]) {
        expect(intentOf(text), text).toBe("question");
      }
      // An explicit request stays a report, court or not.
      expect(intentOf("Hàng xóm lấn đất nhà tôi, đề nghị xã giải quyết chứ tôi không muốn ra tòa")).toBe("report");
    });
 
    it("reads calling out before asking for a person, asking leave to ask, being done and an elder's apology as smalltalk", () => {
      readAs("smalltalk", ["alô alô, có ai trực không vậy", "ê có ai không", "cho mình hỏi xíu được không", "chào buổi tối, hôm nay em hỏi mấy câu được không?", "rứa là được rồi, cảm ơn nghe", "tui hỏi xong rồi, bye", "thôi tui đi nấu cơm, mai rảnh hỏi tiếp", "cô lớn tuổi rồi bấm không rành, có gì con thông cảm nghe", "tôi có thể hỏi bot những gì"]);
    });

    it("reads a mistyped code, and how long or whether it was passed on right after a report, as tracking", () => {
      readAs("tracking", ["mã PA-7Q2X của tui tới đâu rồi", "tra cứu #B7K9", "mình muốn hỏi tình hình việc đã báo hôm qua"]);
      const told = ["Cống trước nhà tôi bể, nước thải tràn ra đường, đề nghị xã sửa"];
      readAs("tracking", ["gửi rồi thì chừng bao lâu mới có người xuống?", "bên mình đã chuyển vụ đó lên huyện chưa, hay vẫn để đó", "có kết quả chưa vậy anh chị, chờ lâu quá"], told);
      // How long the documents give for something is a question, report before it or not.
      expect(intentOf("nghị quyết thực hiện trong bao lâu?", told)).toBe("question");
    });

    it("declines health advice, who holds an office now, last year's awards and when a movement began; keeps a body's duties a question", () => {
      readAs("out-of-scope", ["bé nhà tui sốt cao từ tối, uống thuốc gì cho hạ sốt", "Chủ tịch Mặt trận tỉnh bây giờ là ông hay bà nào?", "năm rồi xã nào được khen Dân vận khéo?", "phong trào Dân vận khéo được phát động từ năm nào", "làm giấy khai sinh ở xã mất mấy ngày"]);
      // "kiến nghị" as what a body receives is what the question is about, not the speaker's request.
      readAs("question", ["Hội Nông dân tiếp nhận kiến nghị của dân rồi có phải trả lời lại không?", "Mặt trận nhận phản ánh của bà con thì có phải báo kết quả không"]);
    });

    it("declines forecasts, news of a storm, an official's schedule, how a procedure goes and another numbered resolution; keeps a grievance of years a report", () => {
      readAs("out-of-scope", [
        "tuần này có bão vào miền Trung không bot, Tam Kỳ có ngập không để dọn đồ lên", "cơn bão sắp tới có vô Quảng Nam không?", "hôm qua bão số mấy vào Quảng Nam vậy?",
        "Lịch tiếp công dân của chủ tịch huyện tháng này là ngày mấy?", "cháu tui muốn vào Đảng thì làm hồ sơ ra sao, cần điều kiện gì", "nghị quyết 16 về cải cách hành chính đặt ra mấy chỉ tiêu?",
      ]);
      // "3 năm rồi" is how long it has lasted, not "năm rồi" (last year).
      readAs("report", ["Dự án lấy ruộng của tụi tui 3 năm rồi mà chưa đền bù đồng nào, bà con bức xúc lắm"]);
    });

    it("reads people's complaints asked about in the resolution, and “A hay phải B”, as questions; what it can do, asked as the elderly ask, as smalltalk", () => {
      readAs("question", ["Dân khiếu nại đền bù hoài thì nghị quyết này chủ trương giải quyết ra sao?", "mỗi xã tự làm mô hình dân vận khéo hay phải làm theo mẫu chung"]);
      readAs("smalltalk", ["bot biết làm những việc gì vậy", "chào cháu, bác mới dùng Zalo, cháu làm được gì thì chỉ bác với", "ở đây mình hỏi được những chuyện gì vậy ad?"]);
      // An elder asking after the petition sent, "… chưa cháu" closing it.
      readAs("tracking", ["bác có gửi đơn qua đây tuần trước về chuyện đường hư, cháu xem giùm đơn đó chuyển lên xã chưa cháu"]);
    });

    it("reads a long story that starts “em là …” and a tap cut off for days typed in shorthand as reports; an elder's greeting, leaving for the fields and “ai lập ra con bot” as smalltalk", () => {
      readAs("report", ["Em là giáo viên ở điểm trường thôn 3, cây cầu tràn bị lũ cuốn mất một đoạn, học sinh phải lội suối đi học. Kính đề nghị huyện xem xét làm lại cầu.", "Khu tui cúp nc máy 2 ngày r, ko ai thông báo gì 😤"]);
      readAs("smalltalk", ["m là ng hay máy vậy", "ai lập ra con bot này vậy", "thôi tui đi ra đồng đây, chiều về hỏi tiếp nghe", "chào con, bác mới xài Zalo nên gõ chậm"]);
      // Asking after a report just told, the Quảng Nam way ("khi mô", "báo vậy").
      readAs("tracking", ["khi mô mới có người xuống coi, báo vậy có ai nhận chưa"], ["Đèn đường hẻm 5 hư cả tuần, tối om. Đề nghị sửa giúp."]);
    });

    it("declines how much a salary, an allowance or support comes to a month, but keeps the income figures the resolution gives a question", () => {
      readAs("out-of-scope", ["Phụ cấp trưởng thôn giờ được nhiêu một tháng vậy ad?", "lương công chức xã mới vô làm được bao nhiêu", "con tui đi học nội trú được hỗ trợ bao nhiêu tiền mỗi tháng"]);
      readAs("question", ["Thu nhập bình quân đầu người của tỉnh bao nhiêu một năm?", "nghị quyết ghi người dân mình kiếm được bao nhiêu tiền 1 năm vậy"]);
    });

    it("declines procedures, fees and local history asked in chat words, even with one's hardship told; keeps whether a body must do something a question", () => {
      readAs("out-of-scope", ["Quảng Nam tái lập tỉnh năm mấy", "mất căn cước thì làm lại ở đâu, mấy ngày mới có", "làm sổ đỏ lần đầu lệ phí hết bn tiền vậy mn", "nhà tui nghèo muốn xin hỗ trợ thì làm đơn ở mô, cần giấy tờ chi"]);
      readAs("question", ["cấp ủy có phải kiểm tra giám sát công tác dân vận không, bao lâu một lần", "khối dân vận xã tui có phải lập chương trình công tác cả năm không"]);
    });

    it("greets someone who only tells who they are, however long; tells another numbered resolution from this one's citing of it", () => {
      readAs("smalltalk", ["Chào bạn, tôi là giáo viên về hưu ở Quế Sơn, năm nay 65 tuổi, con gái mới cài ứng dụng này cho. Xin chào."]);
      readAs("out-of-scope", ["thế NQ 04 đó đặt mục tiêu đến 2025 bao nhiêu % dân dùng dịch vụ công vậy?"]);
      readAs("question", ["nq 20 của tỉnh ủy mà nghị quyết dân vận dẫn chiếu ra là ban hành năm nào vậy"]);
    });

    it("reads being sent back again and again, public property put to private use, and a cry for help without a request word as reports", () => {
      readAs("report", ["sao lần nào lên một cửa cũng bắt bổ sung giấy tờ, đi lại 3 lần rồi", "phó chủ tịch xã lấy xe công chở vợ con đi biển chơi", "cả nhà tui đang trên nóc nhà, chưa ai tới cứu", "cây cầu treo nứt vậy mà học sinh đi qua có nguy hiểm không"]);
      // Danger words asked about in the resolution, and who answers for something, stay questions.
      readAs("question", ["vùng nào dễ phát sinh điểm nóng theo nghị quyết", "sạt lở thì ai chịu trách nhiệm theo nghị quyết"]);
    });

    it("declines when a movement began, what another regulation lays down, progress since and amounts of support; keeps the resolution's targets a question, one's own house told or not", () => {
      readAs("out-of-scope", ["cuộc vận động đó ra đời từ hồi nào vậy", "mô hình tổ tự quản có từ năm mô rứa", "Theo quy chế dân chủ thì xã phải công khai những khoản chi nào?", "theo nghị định mới thì tổ trưởng tổ dân phố có được phụ cấp không", "tới chừ tỉnh xóa được bao nhiêu căn nhà tạm rồi", "làm nhà đại đoàn kết thì được hỗ trợ bao nhiêu tiền vậy"]);
      readAs("question", ["theo nghị quyết thì quy chế dân chủ ở cơ sở phải làm sao", "nghị quyết đặt mục tiêu xóa bao nhiêu căn nhà tạm", "nhà tui còn ở nhà tranh vách đất đây, rứa tỉnh tính xóa chừng bao nhiêu căn nhà tạm?"]);
      readAs("report", ["nhà tui ở nhà tạm dột nát mấy năm rồi, xin tỉnh hỗ trợ làm lại cái nhà"]);
      // How much support comes, or which papers to bring and where, asked after telling one's own case.
      readAs("out-of-scope", ["nhà tui được xét hộ cận nghèo, rứa mỗi tháng được trợ cấp bao nhiêu tiền", "muốn gặp chủ tịch xã hôm tiếp dân thì phải mang giấy tờ chi, có phải hẹn trước không"]);
      // Naming the resolution does not bring an amount of support or progress since into it; "nq thì năm 2023" is no numbered resolution; "tui: bí thư" is no "tôi bị".
      readAs("out-of-scope", ["nghị quyết nói xóa nhà tạm, vậy mỗi căn được hỗ trợ bao nhiêu tiền", "từ khi có nghị quyết ni tới giờ tỉnh làm được tới đâu rồi"]);
      readAs("question", ["theo nq thì năm 2023 thu nhập bình quân đầu người là bao nhiêu", "bà con hỏi tui: bí thư xã có bắt buộc phải đối thoại với dân định kỳ không"]);
    });

    it("reads calling out to whoever is there with a Quảng Nam particle as smalltalk, and asking where one's own report has got to, at length and without a question mark, as tracking", () => {
      readAs("smalltalk", ["alo có ai ở đó không hè", "có ai trực không hen"]);
      readAs("tracking", ["hôm trước tui có gửi phản ánh vụ cống nghẹt ở đầu chợ, mấy bữa ni nước vẫn tràn ra đường mà chưa thấy ai xuống làm chi hết, xem giùm tui cái đó đang ở mô rồi với"]);
    });

    it("reads a lost code with no status word as tracking, how to set up an app however stuck one is, this year's figures, a programme's criteria, a case in the news and exam advice as out of scope, and a blocked drain or land typed \"cai\" without diacritics as no setting up", () => {
      readAs("tracking", ["em quên mất mã rồi, tìm lại bằng số điện thoại được không ạ", "không nhớ cái mã chi hết, có cách nào coi lại không"]);
      readAs("out-of-scope", ["đăng nhập dịch vụ công trên điện thoại làm sao, tui thử hoài không được", "kích hoạt tài khoản định danh mức 2 thế nào vậy, loay hoay cả buổi", "năm ni huyện Thăng Bình được làm mấy căn nhà đại đoàn kết rồi?", "xã muốn đạt chuẩn nông thôn mới kiểu mẫu thì cần điều kiện gì", "vụ công an triệt phá đường dây tín dụng đen ở Tam Kỳ tuần rồi là răng, bắt mấy người?", "cài định danh mức 2 cho ba má ở quê thì làm răng, bấm hoài báo lỗi", "sắp thi công chức xã, có nên ôn kỹ mảng dân vận không, tài liệu ôn ở mô?"]);
      // A complaint about an app the commune runs, a target of the resolution and its own criterion stay what they were.
      readAs("report", ["tôi quên mất mã phản ánh, nhưng đề nghị xã xuống xem lại cái cống bể ở thôn 3", "năm ni nước sông lên dữ quá, lở sát móng nhà mấy hộ ở xóm dưới rồi, răng chưa ai xuống coi?", "cái cống nhà tui nghẹt hoài thì làm sao", "cai dat nha tui bi lan thi lam sao"]);
      readAs("question", ["nghị quyết đặt chỉ tiêu năm nay bao nhiêu phần trăm hộ dân hài lòng", "nghị quyết lấy gì làm tiêu chí đánh giá đảng viên"]);
    });

    it("declines a speech's content, help writing one's paper, its opinion of a person, who won a contest or was commended, what makes a household poor and a lawsuit's odds; a remark in passing is smalltalk, adding to a sent report tracking", () => {
      readAs("out-of-scope", [
        "bài phát biểu khai mạc của đồng chí chủ tịch tỉnh hôm hội nghị nói những gì",
        "em viết bài tham luận về dân vận ở chi hội, dàn ý nên ra sao cho gọn",
        "bot nghĩ sao về ông chủ tịch xã tui, có phải người dân vận khéo không",
        "cuộc thi dân vận khéo năm ni xã mô đạt giải nhất rứa?",
        "năm 2023 tỉnh khen thưởng những mô hình dân vận khéo nào vậy",
        "thôn mô ở Duy Xuyên được huyện khen thưởng hôm tổng kết",
        "hộ cận nghèo là gì, thiếu mấy chỉ số thì được xét vào",
        "tôi khiếu nại lên tỉnh rồi mà bị bác, giờ khởi kiện thì có thắng không",
      ]);
      readAs("smalltalk", ["mưa dầm cả tuần ri buồn ghê hỉ", "hôm ni trời đẹp ha"]);
      readAs("tracking", ["tui mới chụp thêm mấy tấm hình, muốn gửi thêm vào phản ánh hôm trước thì sao"]);
      // Praise sent for someone asks no list of the commended.
      readAs("report", ["tui muốn khen mấy anh công an xã hôm qua xuống giúp dân dọn bùn, mong tỉnh khen thưởng"]);
      // The resolution's own goal asked "year after year", and what it says of poor households, stay questions.
      readAs("question", ["nghị quyết có đặt mục tiêu không để khiếu kiện đông người kéo dài năm này qua năm khác không", "nghị quyết nói gì về hộ nghèo"]);
    });

    it("declines how two notions differ, what something costs, how a past meeting ended, other countries, how another body is staffed and career choices; an exclamation in passing is smalltalk", () => {
      readAs("out-of-scope", [
        "dân chủ với dân vận khác nhau chỗ mô rứa",
        "tổ chức hội nghị quán triệt nghị quyết tốn hết bao nhiêu tiền, ai chi trả",
        "cuộc họp dân về giải tỏa mặt bằng hồi tuần trước kết luận ra sao rồi",
        "bên Thái Lan có làm dân vận như mình không",
        "hội nông dân xã có mấy phó chủ tịch vậy",
        "nên xin vô mặt trận hay đoàn thanh niên thì dễ thăng tiến hơn",
      ]);
      readAs("smalltalk", ["chiều ni mưa to ghê", "mệt muốn xỉu luôn á 🥵"]);
      // Working people abroad, what the resolution tells people to mind, and one's own report named with its subject stay what they were.
      readAs("question", ["nghị quyết có nói tới bà con người Quảng Nam ở nước ngoài không", "mấy nơi có dự án lớn, dân dễ bức xúc thì nghị quyết có dặn dò gì không"]);
      readAs("tracking", ["phản ánh vụ đổ rác của tui đã chuyển xuống xã chưa?"]);
    });

    it("declines joining a body's papers, exam advice and who qualifies for a benefit; putting someone forward is no report", () => {
      readAs("out-of-scope", [
        "cháu tui muốn vô hội nông dân thì làm hồ sơ răng, nộp cho ai?", "sắp thi viên chức, nên ôn theo sách nào cho dễ đậu vậy ad?",
        "thu nhập dưới bao nhiêu thì được xét cận nghèo vậy?", "chuẩn nghèo ở nông thôn bây giờ là bao nhiêu?",
      ]);
      readAs("question", ["tỉnh muốn cán bộ dân vận có phẩm chất chi? tui đang tính giới thiệu 1 đứa cháu"]);
      // A grievance about papers stays a report; the resolution's own study of itself stays a question.
      readAs("report", ["tui nộp hồ sơ xin hỗ trợ nhà ở cho xã 3 tháng rồi mà chưa ai trả lời, đề nghị xem lại"]);
      readAs("question", ["nghị quyết giao ai hướng dẫn học tập, quán triệt nghị quyết?"]);
    });

    it("declines the sanction a wrong carries and a body's legal powers; a greeting with whether anyone is there, or come to try it, is smalltalk; which of one's reports has moved is tracking", () => {
      readAs("out-of-scope", [
        "cán bộ nhận tiền của dân thì bị kỷ luật mức nào vậy?", "ông trưởng thôn làm sai thì cảnh cáo hay cách chức?",
        "hội phụ nữ có được tự giải quyết đơn khiếu nại không hay phải chuyển lên xã?", "tranh chấp ranh giới đất thuộc thẩm quyền ai giải quyết?",
      ]);
      readAs("smalltalk", ["Chào con, ông mới tập xài zalo, có ai ở đây không?", "Chào bot 👋 nghe con nói nên vô xài thử coi 😄", "alo test thử coi có chạy ko", "Chúc bot với các anh chị năm mới an khang 🧧"]);
      readAs("tracking", ["tui có gửi 2 cái đơn, một cái về đèn đường, một cái về cống. Cái nào đã chuyển xuống xã rồi?"]);
      readAs("report", ["Chào bot, đường vô thôn tui sạt lở hết rồi, có ai ở đây không?"]);
    });

    it("declines translating, how two kinds of petition differ and whether one's own marriage brings discipline; one's report named at length is asked after", () => {
      readAs("out-of-scope", [
        "chữ dân chủ ở cơ sở dịch sang tiếng Anh là gì vậy?", "Kiến nghị với phản ánh khác nhau chỗ mô?",
        "Em là đảng viên, vợ sắp cưới theo đạo Phật, cưới xong em có bị chi bộ kỷ luật không?",
      ]);
      readAs("tracking", ["phản ánh vụ xưởng gỗ đốt rác ban đêm của tui đã chuyển xuống xã chưa"]);
      // A complaint opening on the word stays one.
      readAs("report", ["Khiếu nại việc xã thu tiền làm sổ đỏ sai quy định, đề nghị xem xét"]);
    });

    it("declines advice on making videos, what became of the resolution since, the conference's other resolutions, securing an account and whether one's household qualifies; who one is, with no grievance, does not make a general question a report", () => {
      readAs("out-of-scope", [
        "đoàn xã muốn làm video tiktok tuyên truyền dân vận khéo, nên quay kiểu gì cho nhiều view?",
        "nhập tỉnh rồi thì nghị quyết dân vận ni còn hiệu lực không?",
        "hội nghị lần thứ 14 còn thông qua những nghị quyết nào khác nữa?",
        "chỉ giúp tui cách bật xác thực 2 lớp cho facebook với",
        "Tui là người Công giáo ở xóm đạo, cho hỏi đạo Tin Lành với Công giáo khác nhau chỗ mô?",
      ]);
      expect(classifyByRules("nhà tui 5 người, thu nhập cả nhà mỗi tháng 4 triệu thì có được xếp hộ nghèo không?").intent).toBe("out-of-scope");
      readAs("out-of-scope", [
        "em làm tiểu luận về dân vận, bot gợi ý giùm mấy cuốn sách tham khảo với", "theo đạo rồi thì còn được làm lễ cúng ông bà không, Mặt trận có cấm không?",
        "tới chừ tỉnh đã làm xong hết mấy cái nhà tạm chưa hay còn dở dang?", "thu nhập bình quân của Quảng Nam xếp thứ mấy cả nước?",
      ]);
      readAs("smalltalk", ["Xin chào Ban Dân vận ạ 🌸 em mới biết trang ni qua nhóm Zalo của Đoàn trường"]);
      readAs("tracking", ["Con gửi góp ý giùm bà ngoại hôm mùng 3 mà tới chừ chưa thấy phản hồi, bot kiểm tra giúp con coi đã chuyển cho xã chưa"]);
      readAs("question", ["Hội phụ nữ xã nhận kiến nghị của chị em xong rồi có phải báo lại kết quả cho dân không?"]);
      readAs("smalltalk", ["Chúc anh chị em Ban Dân vận năm mới vạn sự như ý 🧧"]);
      readAs("tracking", ["Đơn kiến nghị của tổ hợp tác tụi tui về cái cống bể, gửi qua đây hồi tháng 9, cho hỏi ai đang thụ lý?"]);
      // "chính sách" is no book ("sách").
      expect(classifyByRules("Chú tui là thương binh, nhà xập xệ tới chừ chưa thấy hỗ trợ chi. Chính sách đền ơn đáp nghĩa để ở đâu???").intent).not.toBe("out-of-scope");
      // The resolution citing another of the province's resolutions is its own content.
      readAs("question", ["nghị quyết dân vận nói chuyện cải cách thủ tục có dựa theo nghị quyết nào khác không?"]);
    });

    it("declines the assistant's opinion on a personal decision, a sum on one's own figures and fixing an app; keeps what the resolution requires of a body a question, however it names what people send", () => {
      readAs("out-of-scope", [
        "thằng em tui làm cán bộ mặt trận xã, giờ có chỗ mời về công ty lương cao hơn, bạn thấy nó có nên nghỉ không?",
        "theo bot thì tui có nên cho con gái lấy chồng đảng viên không",
        "hoi phu nu xa co 85 hoi vien, moi chi dong 50 nghin, tru di 2 trieu tien lien hoan thi con lai bao nhieu?",
        "facebook cua chi hoi khong dang nhap duoc nua, bam hoai bao sai, lam sao sua?",
      ]);
      // "đề nghị" keeps a suggestion put to the assistant a report.
      readAs("report", ["bạn thấy có nên đề nghị xã làm lại cái cầu tràn thôn 3 không, mùa mưa con nít đi học nguy hiểm lắm"]);
      readAs("question", ["Tui làm chi hội trưởng, cho hỏi nghị quyết có yêu cầu hội phải báo lại cho hội viên biết kiến nghị của họ giải quyết tới đâu không?"]);
    });

    it("declines an account number to give to, the assistant's ideas, a court's verdict in the news, whether a named person is a member and when an event is held; asking to see one's result is tracking", () => {
      readAs("out-of-scope", [
        "Cho tui xin số tài khoản của Hội Chữ thập đỏ huyện, tui muốn ủng hộ ít tiền cho bà con vùng lũ",
        "Mặt trận thôn giao tui lo văn nghệ ngày hội đại đoàn kết, bot gợi ý giùm vài tiết mục cho người già với con nít.",
        "nghe noi ong chu tich xa ben kia bi bat vi nhan hoi lo, toa xu chua, bi may nam?",
        "kiểm tra giùm tui bà Nguyễn Thị Hoa ở khối 5 có phải đảng viên không",
        "lễ tuyên dương gương điển hình dân vận khéo năm ni tổ chức ngày mô vậy?",
      ]);
      readAs("tracking", ["Đơn tui gửi qua đây hồi tháng 9 về vụ cống bể trước chợ, nghe nói phường có kết quả rồi mà tui chưa thấy ai báo, cho tui coi kết quả với"]);
    });

    it("declines a spreadsheet formula, the way somewhere and how long it takes, what to wear and what is taboo; the documents held up against one's own place are a report", () => {
      readAs("out-of-scope", [
        "file excel danh sach doan vien cua chi doan, muon dem so nguoi theo tung thon thi dung ham gi cho nhanh",
        "từ Hội An lên xã Trà Leng đi đường mô cho gần, chạy xe máy mất chừng mấy tiếng?",
        "đi họp Mặt trận xã thì cán bộ nữ có phải mặc áo dài không hay mặc đồng phục cũng được",
        "lên làm dân vận ở làng người Cơ Tu thì có kiêng cữ chi không bạn",
      ]);
      readAs("report", ["Nghị quyết nói cán bộ phải gần dân, vậy mà ông chủ tịch xã tui ba tháng nay không tiếp dân buổi nào, dân lên thì đuổi về"]);
      // Without a grievance of one's own place it stays a question about the documents.
      readAs("question", ["nghị quyết nói cán bộ phải gần dân, vậy mà sao nhiều nơi còn xa dân, nghị quyết có nêu nguyên nhân không?"]);
    });

    it("declines whether a rumour is true, a recipe, whether a named household is on a list, what to buy, a house's orientation and an investment; what the bot takes is smalltalk; a long question after one's own report with a question mark is tracking", () => {
      readAs("out-of-scope", [
        "Nghe trên facebook nói tỉnh sắp bỏ chức trưởng thôn, tin đó có thiệt không?",
        "cach nau mon ga nuong kieu dong bao Co Tu ra sao, chi giup minh voi",
        "tra giúp nhà bà Trần Thị Mai thôn 2 có tên trong danh sách hộ cận nghèo năm ni không",
        "Hội phụ nữ thôn định mua cái loa kéo để tuyên truyền, loại mô xài bền mà rẻ hỉ?",
        "nhà văn hóa thôn sắp xây lại, cửa nên quay hướng nào cho hợp phong thủy?",
        "đất nền gần khu tái định cư có nên mua vô lúc ni không bạn",
      ]);
      readAs("smalltalk", ["bot ni chỉ trả lời câu hỏi về nghị quyết thôi hay nhận luôn phản ánh?"]);
      readAs("tracking", [
        "Tôi gửi phản ánh vụ xe ben chở đất làm rơi vãi trên đường liên xã từ đầu tháng, đã nhận được tin nhắn xác nhận có mã, nhưng tới giờ hơn hai tuần vẫn chưa thấy ai phản hồi gì thêm. Cho tôi hỏi thường thì bao lâu mới có kết quả và tôi xem tiến độ ở đâu?",
      ]);
    });

    it("declines how nature works, which technique is better, where funding is, theory taught elsewhere, how to spot a fraud and the previous term's resolution; the model does not decline a follow-up on an in-domain question", () => {
      readAs("out-of-scope", [
        "vì sao sông Vu Gia mùa lũ lại sạt lở mạnh, giải thích khoa học giúp tui với",
        "chống sạt lở bờ sông thì trồng tre với làm kè rọ đá, cách mô hiệu quả hơn?",
        "Hội nông dân xã muốn làm dự án sinh kế cho hộ nghèo, có quỹ nước ngoài nào tài trợ không?",
        "Chủ nghĩa Mác - Lênin nói gì về vai trò của quần chúng, tui cần để sinh hoạt chi bộ",
        "làm sao nhận biết tin nhắn giả danh công an để không bị lừa?",
        "nghị quyết dân vận ni với nghị quyết khóa trước khác nhau chỗ mô?",
      ]);
      // The learned model reads no history: after a question on the documents, "còn …" is not declined by it.
      const history = ["Nghị quyết đánh giá đời sống đồng bào dân tộc thiểu số ra sao?"];
      expect(learnedThreshold("out-of-scope", "còn hộ nghèo thì sao, tỉ lệ có cao không?", "question", INTENT_DEFAULTS.outOfScopeConfidence, history)).toBe(Number.POSITIVE_INFINITY);
      expect(learnedThreshold("out-of-scope", "còn hộ nghèo thì sao, tỉ lệ có cao không?", "question")).toBe(INTENT_DEFAULTS.outOfScopeConfidence);
    });

    it("declines practical know-how however it serves the Front's work (a camera, a mountain pass, a roof against storms, what to say, stage fright, wiring, an animal's habits); a follow-up on an in-domain question asking who takes care of something stays a question", () => {
      readAs("out-of-scope", [
        "chụp hình buổi họp dân trong nhà văn hóa tối thì chỉnh máy sao cho khỏi nhòe?",
        "Mặt trận xã vận động bà con chằng chống nhà, mái tôn thì néo dây kiểu răng cho chắc?",
        "lần đầu chủ trì đối thoại với dân, có mẹo chi để khỏi run không",
        "gặp người say rượu phá buổi họp thì mình nên nói câu gì cho người ta bình tĩnh?",
        "kéo loa phát thanh ra đầu ngõ xa 200 mét thì dùng dây loại mấy li?",
      ]);
      // How to bring people somewhere is the work the resolution is about, not know-how.
      readAs("question", ["tổ dân vận thôn nên làm sao cho bà con khỏi khiếu kiện?", "cán bộ phải làm sao cho dân dễ gửi ý kiến?", "cách nào vận động bà con đồng bào hiệu quả hơn?"]);
      // Nor whether the work should be done, an opinion asked on the resolution's own work (the model learnt opinions asked of the bot as out of scope).
      expect(classifyByRules("bạn thấy cán bộ xã có nên đối thoại với dân mỗi tháng không?").intent).toBe("question");
      readAs("question", ["bạn thấy cán bộ xã có nên đối thoại với dân mỗi tháng không?"]);
      readAs("question", ["còn người mới ra tù thì sao, có ai lo giúp họ hòa nhập không?"], ["Nghị quyết có nói gì về tòa án, viện kiểm sát không?"]);
    });

    it("declines a figure of a year after the resolution asked with 'được nhiêu'; reads 'vấn đề … nào' asked of the documents as a question, question mark or not", () => {
      readAs("out-of-scope", ["năm 2025 tỉnh mình thu hút đầu tư được nhiêu rứa?"]);
      readAs("question", ["nghị quyết nêu những vấn đề bức xúc nổi cộm nào cần giải quyết dứt điểm"]);
    });

    it("reads who made the bot and whose it is as a question about the assistant, not who holds an office", () => {
      readAs("smalltalk", ["Bot này ai làm vậy, của Ban Dân vận thiệt hả?", "trang này do ai quản lý", "bot ni của ban dân vận thiệt hả"]);
      readAs("out-of-scope", ["Ban này ai làm trưởng ban vậy?"]);
    });

    it("reads whether anyone is on duty this morning as a greeting, and which account to send money to as declined", () => {
      readAs("smalltalk", ["chào bot, sáng ni có ai trực không đó", "có ai trực không đó"]);
      readAs("out-of-scope", ["Bà con ở nước ngoài muốn gửi tiền về ủng hộ xây nhà tình thương thì chuyển qua tài khoản nào của Mặt trận tỉnh?"]);
    });

    it("reads a few words going on with the complaint just told as that report, not a question; a pension rise as declined", () => {
      const complaint = "Khúc sông Thu Bồn chỗ xã Duy Phước đêm mô cũng có ghe hút cát, máy nổ ầm ầm tới 2-3 giờ sáng, bờ sông lở vô sát vườn nhà tui rồi.";
      readAs("report", ["rứa ai lo vụ ni? báo xã mấy lần rồi mà không thấy ai xuống"], [complaint]);
      expect(continuesComplaint(classifyIntent("rứa ai lo vụ ni?", { history: [complaint] }), "rứa ai lo vụ ni?", [complaint])).toBe(true);
      // After a question, the same words are asked of the documents' domain or declined; never filed.
      expect(classifyIntent("rứa ai lo vụ ni?", { history: ["Nghị quyết nói gì về khai thác cát?"] }).intent).not.toBe("report");
      readAs("out-of-scope", ["Lương hưu của cán bộ xã nghỉ hưu năm nay tăng bao nhiêu phần trăm?"]);
    });

    it("reads a village head asking after what the village sent here as tracking, and a question framed by another province as declined", () => {
      readAs("tracking", ["Tôi là trưởng thôn, tuần trước thôn có gửi kiến nghị qua kênh này về đoạn đường bị sạt, nhờ kiểm tra giúp đã được tiếp nhận và chuyển cho đơn vị nào chưa."]);
      readAs("out-of-scope", ["Ở Đà Nẵng có chính sách miễn học phí cho học sinh cấp 3 không, con tui sắp vô lớp 10?"]);
      // The bot called "con" by an elderly sender asks what it does.
      readAs("smalltalk", ["Bác chào con nhé, bác mới dùng cái này lần đầu, con giúp được bác những việc gì?"]);
    });

    it("reads a greeting to the Ban's people and whether a cadre or a machine answers as smalltalk, a code not noted as lost, and who wrote a song, when the province was re-established or who signed as declined", () => {
      readAs("smalltalk", ["Dạ con chào cô chú bên Ban Dân vận ạ", "Trả lời ở đây là cán bộ ngồi gõ hay là máy tự trả lời vậy?", "Dạ con chào anh chị, con mới vô làm ở xã, lần đầu xài cái ni ạ"]);
      readAs("tracking", ["Hôm qua em có gửi phản ánh mà quên ghi lại mã, giờ muốn xem lại thì làm sao ạ?"]);
      readAs("out-of-scope", ["Quảng Nam tái lập tỉnh năm mô rứa?", "Bài hát về Dân vận khéo hay mở trên loa phường là của nhạc sĩ nào sáng tác vậy?", "rứa ai ký ban hành, tên chi?"]);
    });

    it("reads an elder telling who he is, what the app does with only a plea besides and the languages it speaks as smalltalk; what one sent here and who handles it now as tracking; a loan's ceiling, where to register and free health insurance as declined", () => {
      readAs("smalltalk", ["Chào con. Già là già làng ở Đông Giang, cháu mới cài cho cái điện thoại này.", "Ứng dụng này giúp được gì cho bà con vậy? Chỉ giúp tôi với.", "bot có biết nói tiếng Xơ Đăng không?"]);
      readAs("tracking", ["hôm trước tôi nhắn vô đây báo chuyện hút cát trên sông Thu Bồn, giờ huyện cho người xuống chưa vậy", "cái tôi báo hôm qua đó, giờ ai đang xử lý vậy?"]);
      readAs("out-of-scope", [
        "hộ nghèo muốn vay vốn làm chuồng bò thì được vay tối đa bao nhiêu, lãi suất mấy phần trăm?",
        "con tui muốn học cử tuyển thì năm nay đăng ký ở đâu?",
        "người già trong thôn có được cấp thẻ bảo hiểm y tế miễn phí không?",
      ]);
    });

    it("reads messages dictated by voice, with hesitations and no question mark: thanks and 'có nghe tui nói không' as smalltalk, a code read out and a report a son sent as tracking, a pension, what papers to bring and who signed as declined, whether the resolution names online fraud as a question", () => {
      readAs("smalltalk", ["ờ rồi rồi cảm ơn nghe để tối tui nói lại cho mấy anh em trong chi hội", "alo alo bot có nghe tui nói không đó"]);
      readAs("tracking", [
        "ờ hôm bữa con gái tui nó gửi giùm tui cái phản ánh vụ đèn đường á giờ tui muốn coi có kết quả chưa thì coi ở đâu",
        "mã số phản ánh của tui là pê a hai không hai sáu không không một hai ba cho hỏi đã có ai xử lý chưa",
      ]);
      readAs("out-of-scope", ["ờ cho tui hỏi tiền lương hưu của ba tui tháng tới chừng mô lãnh nghe nói sắp tăng hả", "ờ má tui làm mất cái căn cước giờ làm lại cần mang giấy gì"]);
      readAs("out-of-scope", ["vậy ai ký nghị quyết đó?"], ["Nghị quyết này ra đời năm nào vậy?"]);
      readAs("out-of-scope", ["rứa năm ngoái huyện Núi Thành được công nhận mấy mô hình dân vận khéo?"], ["Phong trào Dân vận khéo được nghị quyết nói ra sao?"]);
      readAs("question", ["alo ờ nghị quyết dân vận có nói tới chuyện lừa đảo qua mạng với tín dụng đen không hay là chỉ nói chung chung"]);
    });

    it("reads people writing from away: where one writes from as a greeting; a relative's question on the resolution and its 'vụ khiếu nại' as a question; a compensation price, money for returning workers and where to sign a power of attorney as declined; another resolution asked as the previous one, cited here, as a question", () => {
      readAs("smalltalk", ["xin chào, mình nhắn tin từ Hàn Quốc nè"]);
      readAs("question", ["Mẹ em hỏi nghị quyết này có chỉ đạo giải quyết dứt điểm mấy vụ khiếu nại về đất đai không?"]);
      readAs("out-of-scope", [
        "giá bồi thường đất lúa ở Duy Xuyên năm nay là bao nhiêu một mét vuông vậy, nghe nói đất nhà em sắp nằm trong dự án",
        "lao động đi Nhật về nước đúng hạn thì tỉnh có hỗ trợ tiền hay cho vay vốn làm ăn không",
        "em ở Hàn muốn ủy quyền cho anh ở quê làm thủ tục sang tên đất thì làm giấy ủy quyền ở đâu",
      ]);
      readAs("question", ["rứa còn nghị quyết 04 thì răng?"], ["Nghị quyết 16-NQ/TU được nêu trong nghị quyết này nói về chuyện gì?"]);
    });

    it("reads 'Dạ chào anh chị, em là …' as a greeting (folded, 'chị' is no 'chi' asking), and a national programme's support per household as declined", () => {
      readAs("smalltalk", ["Dạ chào anh chị, em là cán bộ Hội Phụ nữ xã, lần đầu dùng trợ lý này ạ"]);
      readAs("out-of-scope", ["chương trình giảm nghèo năm ni hỗ trợ mỗi hộ nuôi heo nái bao nhiêu tiền vậy?"]);
    });

    it("reads an elder's polite letters by what they ask: after a report sent here, its status; a greeting with the morning told; thanks then 'còn … thì sao?'", () => {
      // Closing on "xin trân trọng cảm ơn", "kính mong … cho biết" and the code's year are no new request nor a later year asked about.
      readAs("tracking", [
        "Kính gửi quý Ban. Tôi là cựu giáo viên, 80 tuổi, ở xã Quế Xuân. Đầu tháng trước cháu nội có gửi giúp tôi phản ánh việc cống trước chợ bị nghẹt, mã số PA-2026-000512. Tới nay vẫn chưa thấy ai trả lời. Kính mong quý Ban cho biết phản ánh của tôi đang ở đâu, khi nào có kết quả. Xin trân trọng cảm ơn.",
        "Thưa các cháu, lão có gửi ý kiến về cái cầu tràn đầu thôn đã hơn hai tuần. Lão xin hỏi có cơ quan nào thụ lý chưa, nếu có xin cho lão biết ai phụ trách.",
      ]);
      readAs("smalltalk", ["Kính chào các cháu. Chiều nay trời đẹp, ông đi bộ quanh xóm về rồi mới mở máy, chào các cháu một câu cho phải đạo."]);
      readAs("question", ["Dạ cảm ơn con. Còn Hội Nông dân thì sao?"], ["Nghị quyết giao cho Hội Liên hiệp Phụ nữ tỉnh việc gì?"]);
      // "…mắt kém nên xin hỏi cho rõ …" asks of the documents; it is no career choice ("nên xin vô …").
      readAs("question", ["Tôi là đảng viên lâu năm, mắt đã kém nên xin hỏi cho rõ: nghị quyết có nhắc lại quan điểm lấy dân làm gốc không?"]);
    });

    it("keeps a benefit's amount or how to apply for it out of scope, however sure the learned model is that it is a complaint", () => {
      const reportsOnly = trainedOnlyOn("report", [
        "đường làng hư hết mà xã không sửa",
        "bà nội tôi đau ốm không ai giúp",
        "người dân bức xúc vì tiền trợ cấp bị chậm",
        "ông tôi là thương binh mà hồ sơ nộp cả năm chưa xong",
        "me toi gia yeu, xa hua ho tro ma chua thay dau",
        "cán bộ xã bắt bà con đi lại nhiều lần mới nhận giấy tờ",
      ]);
      for (const text of ["ba toi hoi bo doi xuat ngu ve que duoc nhan tro cap mot lan bao nhieu tien", "Thưa các cháu, bà năm nay 82 tuổi. Nghe nói người già trên 80 được nhận tiền trợ cấp hằng tháng. Cho bà hỏi làm giấy tờ ra sao, nộp ở đâu?"]) {
        expect(reportsOnly.read(text).label).toBe("report");
        expect(reportsOnly.read(text).probability).toBeGreaterThanOrEqual(INTENT_DEFAULTS.learnedConfidence);
        expect(classifyIntent(text, {}, reportsOnly).intent, text).toBe("out-of-scope");
      }
    });

    it("reads those who write for others: a village head's question after what his people asked for, a union's reports asked after, a goodbye promising more", () => {
      readAs("question", ["tui làm trưởng xóm, bà con xóm tui kiến nghị lên trên hoài mà không ai hồi âm. nghị quyết có nói đoàn thể phải báo lại kết quả cho dân không"]);
      readAs("tracking", ["Chi hội phụ nữ thôn em hôm qua gửi 3 phản ánh, một cái về rác, hai cái về đường. Cho em hỏi giờ tụi nó đang ở trạng thái nào rồi?"]);
      readAs("smalltalk", ["Thôi chào nghe, chiều tui hỏi thêm bà con rồi mai vô đây phản ánh tiếp."]);
      // Relaying a grievance to the authorities is still a report.
      readAs("report", ["tôi là trưởng thôn, bà con thôn tôi kiến nghị xã sửa cây cầu tràn bị sập từ mùa lũ năm rồi mà chưa thấy ai làm"]);
    });

    it("declines support in kind for a trade even after a question in the documents' domain", () => {
      readAs("out-of-scope", ["rứa còn nông dân trồng lúa, xã có hỗ trợ lúa giống mỗi vụ thì nghị quyết có nói gì không?"], ["Nghị quyết có nói gì về xây dựng nông thôn mới không?"]);
    });

    it("reads the resolution held up with a plain 'mà' against one's own cadre as a complaint", () => {
      readAs("report", ["nghị quyết bảo cán bộ phải gần dân, lắng nghe dân mà ông chủ tịch xã tui dân lên gặp thì đuổi về, nói không có thời gian. lắng nghe chỗ nào?"]);
    });

    it("keeps status words right after a complaint as asking after it, however sure the model is that they ask something else", () => {
      const declinesAll = trainedOnlyOn("out-of-scope", [
        "bao giờ có bão",
        "bao lâu thì lúa chín",
        "giá vàng bao nhiêu",
        "khi nào có kết quả xổ số",
        "mấy giờ thì tàu chạy",
      ]);
      const history = ["Tui mới phản ánh vụ xưởng cá xả nước thải ra bãi biển Tam Tiến"];
      expect(declinesAll.read("chừng nào thì có kết quả vậy ad?").label).toBe("out-of-scope");
      expect(classifyIntent("chừng nào thì có kết quả vậy ad?", { history }, declinesAll).intent).toBe("tracking");
    });

    it("reads a year asked of the resolution as asked of it, and how a body is staffed, asked after it, as declined", () => {
      readAs("question", ["nghị quyết có ghi năm 2023 tổng sản phẩm của tỉnh tăng bao nhiêu phần trăm không?"]);
      readAs("out-of-scope", ["vậy chứ tổ dân vận thôn gồm mấy người, trưởng tổ do ai làm?"], ["Nghị quyết có nói tổ dân vận ở thôn phải kiện toàn không?"]);
    });

    it("reads 'xã tui có bao nhiêu' as no report one sent, and a greeting with the speaker before 'chào' as a greeting", () => {
      readAs("out-of-scope", ["vậy chớ năm ni thôn tui có bao nhiêu hộ được hỗ trợ sửa nhà, coi danh sách ở mô?"], ["Nghị quyết có nói chuyện xóa nhà dột nát không?"]);
      readAs("smalltalk", ["Em chào anh chị ạ, em là học sinh lớp 12 đang tìm hiểu về Mặt trận"]);
    });

    it("never lets the model decline a body's part in the documents' own work", () => {
      const declinesAll = trainedOnlyOn("out-of-scope", [
        "vai trò của bóng đá trong đời sống là gì",
        "hội người cao tuổi có vai trò gì trong gia đình",
        "công an có nhiệm vụ gì khi đi tuần",
        "giá lúa năm nay bao nhiêu",
        "thời tiết mai ra sao",
      ]);
      const text = "Hội Nông dân có vai trò gì trong công tác dân vận?";
      expect(declinesAll.read(text).label).toBe("out-of-scope");
      expect(declinesAll.read(text).probability).toBeGreaterThanOrEqual(INTENT_DEFAULTS.outOfScopeConfidence);
      expect(classifyIntent(text, {}, declinesAll).intent).toBe("question");
    });

    it("reads what the resolution requires as asked of it, not as a request; 'nộp bài' is no goodbye", () => {
      readAs("question", ["ma túy học đường có thuộc những việc bức xúc mà nghị quyết yêu cầu giải quyết dứt điểm không ad?"]);
      readAs("report", ["ban e o thon tren nui k co song dt, muon nop bai online la phai leo len doi sau nha. de nghi nha mang lap them tram phat song"]);
    });

    it("reads a form asked for as out of scope, thanks after 'ok rõ rồi' and a wish to the bot with news of the day as smalltalk", () => {
      readAs("out-of-scope", ["Anh ơi cho em xin mẫu báo cáo tổng kết năm của chi hội nông dân với, bản word thì tốt quá", "cho tui xin mau don khieu nai dat dai voi"]);
      readAs("smalltalk", ["ok rõ rồi, cảm ơn nhé, tối nay họp chi hội em nói lại cho mọi người"], ["nghị quyết có nhắc tới hòa giải ở cơ sở không"]);
      readAs("smalltalk", ["Chúc bot buổi tối an lành, chiều nay hội trường thôn đông đủ lắm, có hát hò vui ghê 😊"]);
    });

    it("reads the documents dropped for a price as out of scope, 'hỏi hoài không ra cái chi' as a word on the answers, and a code with the complaint retold as asking after it, whatever the model", () => {
      readAs("out-of-scope", ["thôi khỏi hỏi nghị quyết nữa, bot coi giùm giá xăng bữa ni mấy đồng"]);
      readAs("smalltalk", ["thoi di ngu, hoi mai khong ra cai gi het"]);
      const readsReports = trainedOnlyOn("report", ["đường nứt hết rồi", "xe tải chạy làm bể cống", "nhà tui bị nứt tường"]);
      const text = "Hỏi lần nữa nè: mã PA-2026-000733, vụ xe chở cát chạy đêm làm nứt tường nhà tui đó, sao chưa ai xuống coi?";
      expect(readsReports.read(text).label).toBe("report");
      expect(classifyIntent(text, {}, readsReports).intent).toBe("tracking");
    });

    it("reads first contact: trying the bot out and asking what chatting costs as about the assistant, a new cadre introducing himself as a greeting, a form asked for as out of scope even for the resolution", () => {
      readAs("smalltalk", ["test thử coi, có ai trả lời không vậy", "nhắn tin với bot có tốn tiền điện thoại không con, ông sợ bị trừ tiền"]);
      readAs("smalltalk", ["Chào cháu, chú mới được phân công phụ trách dân vận ở phường, nhắn làm quen trước, hôm khác hỏi chuyện sau."]);
      readAs("out-of-scope", ["Nhờ bot gửi giúp cái mẫu kế hoạch tuyên truyền nghị quyết dân vận, xã tui cần gấp"]);
    });

    it("reads a report's number typed without its code as asking after it, and a birthday wish asked of the bot as smalltalk", () => {
      readAs("tracking", ["Phản ánh số 000912 của tui tới đâu rồi, xã có nhận chưa?"]);
      readAs("smalltalk", ["bữa ni tui lên chức ông nội, bot chúc tui một câu đi"]);
      expect(classifyIntent("bữa ni tui lên chức ông nội, bot chúc tui một câu đi").detail).toBe("wish");
    });

    it("reads asking to be shown how to ask as smalltalk, a missing receipt for a report as asking after it, and a code with the request the report was about as tracking", () => {
      readAs("smalltalk", ["mắt bà kém, cháu bày bà cách hỏi thế nào cho bot hiểu nghe"]);
      readAs("tracking", ["Lúc trưa gửi phản ánh rồi, đợi hoài mà không thấy tin nhắn nào báo về hết."]);
      readAs("tracking", ["Dạ em gửi phản ánh thay bà nội từ đầu tháng về việc xin hỗ trợ sửa lại căn nhà dột, mã PA-2026-000512, đến nay giấy tờ đã chuyển qua phòng nào rồi ạ?"]);
    });

    it("reads a report named by the weekday it was sent as asked after even when it tells an office's delay, what another resolution requires and pay raised as out of scope even naming this one", () => {
      readAs("tracking", ["nhờ coi giùm: phản ánh hôm thứ 5 vụ phường giữ hồ sơ cả tháng, phường nhận được chưa?"]);
      readAs("out-of-scope", ["NQ 16 của Tỉnh ủy có bắt xã phải mở cửa ngày thứ bảy không?", "Theo nghị quyết ni thì có tăng thù lao cho tổ trưởng tổ dân phố không?"]);
    });

    it("reads chat-word questions: what the bot helps with and how to use it, 'người thật hay AI', where in the resolution a saying is; a fine's amount and clearing a bad-debt record as out of scope; an assessment as no beating", () => {
      readAs("smalltalk", ["bot hỗ trợ dc mấy vụ gì z, mình k rành cách xài lắm", "ad người thật hay AI z"]);
      readAs("question", ["câu 'lợi cho dân phải gắng làm, hại cho dân phải gắng tránh' ở đoạn nào của văn bản v, e cần dẫn vô bài gấp"]);
      readAs("out-of-scope", ["văn bản ni có ghi mức phạt chạy xe lấn làn là bao nhiêu k", "em bị dính nợ xấu trên CIC vì vay qua app, giờ muốn xóa thì làm sao"]);
      readAs("question", ["cán bộ bị đánh giá cuối năm có xét mức độ hài lòng của bà con không hay chỉ nội bộ chấm với nhau?"]);
    });

    it("reads thanks that promise to pass the answer on as thanks, asking whether the bot reads dictated or misspelt words as about it (with its own answer), where to file for an unemployment benefit or a hearing aid, who is hiring and the two-level local government as out of scope", () => {
      readAs("smalltalk", ["cảm ơn nhiều nghe, để tui nói lại cho bà xã nhà tui hiểu"]);
      expect(classifyIntent("cảm ơn nhiều nghe, để tui nói lại cho bà xã nhà tui hiểu").detail).toBe("thanks");
      const dictated = "tui già rồi mắt kém nên đọc cho máy nó ghi ra chữ, sai chính tả tùm lum, bot đọc được không";
      readAs("smalltalk", [dictated]);
      expect(classifyIntent(dictated).detail).toBe("typing");
      expect(JSON.stringify(smalltalkReply(DEFAULT_ORGANISATION, "typing"))).toContain("không dấu, gõ sai chính tả, viết tiếng Việt chưa rành hay đọc cho điện thoại ghi lại");
      // …and one writing Vietnamese as a second language, asking whether the bot understands.
      for (const typed of both("Tôi người Giẻ Triêng, viết tiếng Kinh chưa rành, em có hiểu tôi nói không?")) expect(classifyIntent(typed), typed).toMatchObject({ intent: "smalltalk", detail: "typing" });
      readAs("out-of-scope", [
        "muốn lãnh trợ cấp thất nghiệp sau khi nghỉ ở xưởng may thì nộp giấy ở huyện được không",
        "cho hỏi xin cái máy trợ thính cho ông nội thì đăng ký xin ở đâu",
        "ở Điện Bàn có xưởng nào đang tuyển thợ hàn không bot",
        // The two-level local government came after the resolution.
        "mô hình chính quyền hai cấp là sao, thôn tui giờ thuộc xã nào",
      ]);
    });

    it("reads a reservoir's release schedule and where to apply for storm damage support (told with the damage) as out of scope, and whether the work is part of yearly inspections as a question even after one's own grumbling", () => {
      readAs("out-of-scope", ["lịch xả nước hồ Thạch Bàn đợt tới là bữa mô vậy ad", "Bão quật ngã hết chuối với bắp nhà tui, giờ làm đơn xin tiền hỗ trợ ở mô?"]);
      readAs("question", ["Chi bộ thôn tui năm mô cũng bị kiểm tra sổ sách, biên bản họp, sổ theo dõi đảng viên, đủ thứ hết, vậy dân vận có nằm trong nội dung giám sát hằng năm của đảng ủy không"]);
    });

    it("reads who reads what one sends and whether one's name is kept as about the assistant (with its own answer), not knowing what to ask yet as a greeting, leaving for a crying child as a goodbye; a private service's provider, a monthly allowance's amount and maternity pay as out of scope", () => {
      const privacy = "Nhắn vô đây thì có ai xem được tin nhắn không, có giấu tên mình không?";
      readAs("smalltalk", [privacy]);
      expect(classifyIntent(privacy).detail).toBe("privacy");
      expect(JSON.stringify(smalltalkReply(DEFAULT_ORGANISATION, "privacy"))).toContain("gửi ẩn danh");
      readAs("smalltalk", ["Dạ con chào cô chú, con ở Đại Lộc, mới nhắn lần đầu nên chưa biết hỏi chi", "Trễ rồi mà con bé còn khóc, thôi em chào chị nghen, bữa khác em hỏi tiếp"]);
      readAs("out-of-scope", [
        "Có trung tâm nào ở Điện Bàn nhận giữ trẻ buổi tối không, vợ chồng tui làm ca đêm?",
        "mức trợ cấp hằng tháng cho người khuyết tật nặng ở xã mình giờ là bao nhiêu vậy",
        "làm tự do không đóng bảo hiểm thì sinh con có được chế độ thai sản không",
      ]);
    });

    it("reads a deleted message with the code as a lost code, and how many days an answer takes to a report named by when as asking after it", () => {
      readAs("tracking", ["Em lỡ xóa mất cái tin nhắn chứa mã, giờ coi lại sao đây?", "Phản ánh gửi hôm thứ Ba tuần rồi mà chưa thấy gì, thường mấy ngày thì có trả lời vậy ad?"]);
      expect(classifyIntent("Em lỡ xóa mất cái tin nhắn chứa mã, giờ coi lại sao đây?").detail).toBe("lost-code");
    });

    it("reads an either-or duty asked with 'ko hay', and a target asked by 'bn căn' and 'tới khi nào', as questions; how long an answer takes, right after a complaint, as asking after it", () => {
      for (const text of ["bí thư chi bộ có buộc phải đối thoại với bà con mỗi năm ko hay thích thì tổ chức", "tỉnh giao chỉ tiêu sửa bn căn nhà dột nát cho hộ nghèo, tới khi nào làm xong"]) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe("question");
      }
      readAs("tracking", ["thường mấy ngày thì có ai trả lời vậy bn?"], ["Tui vừa báo chuyện xưởng cưa sau nhà chạy tới nửa đêm ồn quá"]);
    });

    it("reads a rumour checked with 'thiệt hay chém gió' and a petition only supposed ('có phản ánh … rồi thì') as questions, a household business's tax as out of scope, sharing the answer and leaving as smalltalk, one's report asked after without a question mark as tracking, and the documents quoted against a grievance as a report", () => {
      for (const [intent, texts] of [
        ["question", ["nghe trên mạng nói nghị quyết buộc chủ tịch xã phải tiếp dân mỗi tháng, thiệt hay chém gió vậy", "Bà con xóm tui có phản ánh gửi lên rồi thì xã có buộc phải trả lời không, nghị quyết quy định ra sao?"]],
        ["out-of-scope", ["nghe nói năm sau bỏ thuế khoán, quán bún nhỏ của tui có phải kê khai doanh thu không ad"]],
        ["smalltalk", ["cảm ơn bot nha, để tui chụp màn hình gửi bà con trong thôn coi", "Thôi chiều rồi tui đi tưới rau đây, chào ad nghen"]],
        ["tracking", ["thứ 3 tuần rồi tui có nhắn vụ mấy người giả nhân viên điện lực tới nhà thu tiền, chưa thấy ai hồi âm, phản ánh đó bị bỏ quên hay sao"]],
        // The documents held up against a grievance of a complaint's topic, told of a place with no "tôi" in it.
        ["report", ["nghị quyết nói phải quản lý chặt khai thác cát sỏi, rứa mà khuya nào cũng có ghe múc cát dưới chân cầu Câu Lâu, có ai quản không"]],
      ] as const) {
        for (const text of texts) for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads a formal letter asking to be told ('Kính đề nghị cho biết …') and a check of what the text says made beside a grumble as questions, a procedure to apply for a paper after a loss as out of scope, and a scam's 'nhiệm vụ' as no part of the documents", () => {
      for (const [intent, texts] of [
        ["question", [
          "Kính gởi Ban Dân vận tỉnh, tôi tên Trần Văn Bình, Bí thư chi đoàn khối phố 5. Kính đề nghị cho biết trong nghị quyết Tỉnh đoàn được giao các việc gì, chi đoàn chúng tôi sẽ làm theo. Trân trọng.",
          "Tôi nghe bảo nghị quyết buộc mặt trận phải thông báo cho dân kết quả xử lý ý kiến, kiến nghị. Có phải văn bản ghi như vậy không? Chứ thôn tôi góp ý xong là chẳng thấy ai báo lại.",
        ]],
        ["out-of-scope", ["Tôi bị mất căn cước hồi tháng trước. Cho hỏi thủ tục xin cấp thẻ tạm thời phải mang theo giấy tờ gì, nộp chỗ nào ạ?"]],
        ["report", ["tụi lừa đảo kêu tui làm nhiệm vụ xem video ăn hoa hồng, nạp vô 20 triệu giờ bị chặn, nhờ công an truy giúp"]],
      ] as const) {
        for (const text of texts) for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads good night ('chúc bot ngủ ngon', folded 'ngu') and coming back tomorrow as a goodbye, whether anyone reads what is sent here as privacy, a duty on what the Front sends up and where the text speaks of something as questions", () => {
      const goodbye = classifyByRules("ok vay thoi, chuc bot ngu ngon, mai tui quay lai");
      expect([goodbye.intent, goodbye.detail]).toEqual(["smalltalk", "goodbye"]);
      expect(classifyByRules("Dạ cháu chào mọi người, cháu mới vô lần đầu, gửi vào đây rồi có ai xem không ạ?").detail).toBe("privacy");
      for (const text of [
        "Mặt trận xã và các hội nhận ý kiến bà con xong có phải trả lời kết quả giải quyết tới bà con không, hay là gửi lên xong thì thôi?",
        "ad ơi nhà em có ông nội 85 tuổi sống một mình, em nghe nói có nghị quyết dân vận, trong đó có câu nào nhắc tới chăm lo người già neo đơn không ạ?",
      ]) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe("question");
      }
    });

    it("reads a long letter asking after what a grandchild sent here and a report 'đã được chuyển' with its code as tracking, a greeting that says it only greets and chat leave-taking as smalltalk, what a cadre needs ('phẩm chất gì') as a question, and which paper to file where as out of scope", () => {
      for (const [intent, texts] of [
        ["tracking", [
          "Kính gửi quý Ban. Khoảng một tháng trước, tôi có nhờ đứa cháu ngoại gửi giúp qua đây một góp ý chuyện cái cống thoát nước đầu xóm bị nghẹt, hễ mưa lớn là nước tràn vào mấy nhà. Cháu bảo máy đã báo nhận và có cho một cái mã, nhưng nay cháu vào Sài Gòn học rồi, tôi không biết tra ở đâu. Xin hỏi góp ý đó xã đã nhận được chưa, có ai đọc chưa. Cảm ơn quý Ban.",
          "Thưa Ban, tôi nguyên là trưởng thôn, đã về hưu. Đầu tháng này tôi gửi một kiến nghị và được cấp mã PA-2026-000432. Tôi biết các đồng chí bận, không dám giục, chỉ mong được biết kiến nghị ấy đã được chuyển đến cơ quan nào và bao giờ thì có văn bản trả lời.",
        ]],
        ["smalltalk", [
          "Chào các cháu ở Ban. Ông năm nay tám mươi hai tuổi, trước làm thư ký hội nông dân xã, con gái mới cài cho ông cái điện thoại này. Tay run, gõ chữ lâu, nếu có gì sai sót thì mong các cháu thông cảm. Hôm nay ông chỉ xin gửi lời hỏi thăm, chúc các cháu làm việc tốt.",
          "ok hiu roi, cam on ad nhiu nghe",
          "Thôi muộn rồi, em off đây, hôm khác rảnh em hỏi tiếp.",
          "bot này ngoài nghị quyết ra còn làm được gì nữa, nhờ viết hộ bài luận văn được không",
        ]],
        ["question", ["mình là sinh viên năm cuối ngành xã hội học, sau này muốn về xã làm công tác dân vận thì nghị quyết nói cần phẩm chất gì ngoài bằng cấp vậy"]],
      ] as const) {
        for (const text of texts) for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
      const history = ["Nghị quyết có nhắc tới hỗ trợ nhà ở cho hộ nghèo không?"];
      for (const typed of both("vậy nhà em muốn xin hỗ trợ sửa nhà thì phải làm giấy tờ gì, gửi lên xã hay huyện?")) expect(classifyByRules(typed, { history }).intent, typed).toBe("out-of-scope");
    });

    it("reads whether schools close for a storm and which form a request for funds takes as out of scope, petitions gathered for members and the documents' 'vấn đề bức xúc' as questions, praise of the answers and a dying phone as smalltalk, and 'bên mình' after a report as tracking", () => {
      for (const [intent, texts, history] of [
        ["out-of-scope", ["ngày mai tụi nhỏ ở Duy Xuyên có được nghỉ học vì mưa lũ không ad", "Hội phụ nữ thôn muốn xin hỗ trợ tiền làm hội thi nấu ăn thì viết tờ trình nộp ai, theo mẫu gì?"], []],
        ["question", [
          "Em phụ trách chi hội phụ nữ thôn, hội viên nhờ em gom kiến nghị gửi lên xã, xã có kết quả rồi thì em phải thông báo lại cho chị em không, nghị quyết có quy định không?",
          "chi đoàn em đang làm kế hoạch tuyên truyền về tín dụng đen, nghị quyết có coi đây là vấn đề bức xúc ở xã em cần giải quyết không",
        ], []],
        ["smalltalk", ["trợ lý trả lời nhanh thật, còn nhanh hơn hỏi cán bộ thôn"], []],
        ["smalltalk", ["thôi cúp điện rồi, máy mình sắp hết pin, mai mình hỏi tiếp nhé"], ["Nghị quyết giao Mặt trận làm những việc gì?"]],
        ["tracking", ["bên mình chuyển đến ai giải quyết rồi, người phụ trách có số liên lạc không?"], ["Chiều nay tôi có báo vụ trụ điện nghiêng sát nhà văn hóa thôn 3"]],
      ] as const) {
        for (const text of texts) for (const typed of both(text)) expect(classifyByRules(typed, { history }).intent, typed).toBe(intent);
      }
    });

    it("reads whose bot it is with a compliment after, whether it takes complaints too, 'thôi trễ rồi … nghỉ ngơi nha' as smalltalk; how many steps and who signs a land recovery as out of scope; 'làm sao cho khéo' (how, not why) and who issues the 'dân vận khéo' guidance as questions", () => {
      for (const [intent, text] of [
        ["smalltalk", "Trợ lý này thuộc Ban Dân vận lập ra hả? Xịn ghê"],
        ["smalltalk", "ngoài trả lời về nghị quyết, trợ lý có nhận luôn kiến nghị về bồi thường không hay phải ra xã làm đơn?"],
        ["out-of-scope", "thu hồi đất để mở đường thì phải qua mấy bước, ai ký quyết định thu hồi"],
        ["question", "Tuần sau xã tui họp với các hộ bị giải tỏa để nói về giá bồi thường. Nghị quyết dặn cán bộ giải đáp thắc mắc cho bà con phải làm sao cho khéo?"],
        ["smalltalk", "Thôi trễ rồi, mai tui hỏi tiếp. Bot nghỉ ngơi nhé"],
        ["question", "Thôn tui tính xây dựng một mô hình khéo thuyết phục các hộ hiến đất làm đường theo kiểu dân vận khéo, tỉnh có ra hướng dẫn chung không?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads a Vietnamese abroad asking what the resolution asks of people overseas as a question (another country asked about stays out of scope), and thanks closing a message after what one will do with the answer as smalltalk", () => {
      for (const [intent, text] of [
        ["question", "Cháu đang đi làm ở Hàn Quốc, đọc báo thấy tỉnh nhà vừa có văn bản mới bàn chuyện dân vận. Trong đó có câu nào dành cho bà con quê mình đang làm ăn ở xứ người không ạ?"],
        ["out-of-scope", "Ở Hàn Quốc chính quyền có đi vận động dân như bên mình không?"],
        ["out-of-scope", "Người ở bên Nhật Bản họ có đi vận động dân như mình không?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
      const history = ["Nghị quyết nói gì về già làng, trưởng bản?"];
      for (const typed of both("được rồi, để chiều tui đọc lại cho kỹ, cảm ơn nhiều nghen")) expect(classifyByRules(typed, { history }).detail, typed).toBe("thanks");
    });

    it("reads a crop price asked 'bn 1 ký … đắt hay rẻ' and who holds an office now ('trưởng ban đó', no complaint about the bot) as out of scope, a report asked where it stands after the commune's promise as tracking, and 'thì răng' with an aside after it as a follow-up question", () => {
      const charged = ["Việc đôn đốc thực hiện nghị quyết do cơ quan nào lo?"];
      const faith = ["Vùng đồng bào DTTS được nghị quyết nhắc ra sao?"];
      for (const [intent, text, history] of [
        ["out-of-scope", "Giá bắp non ở chợ Hà Lam bữa ni bn 1 ký, người ta mua 8 ngàn là đắt hay rẻ?", []],
        ["out-of-scope", "Thế phó ban đó giờ là ai vậy?", charged],
        ["tracking", "Em gửi hồi tháng trước, xã hẹn mười ngày, tới giờ vẫn chưa thấy gì. Phản ánh của em đang nằm ở khâu nào rồi?", []],
        ["question", "rứa còn đồng bào Công giáo thì răng, thôn tui có nhà thờ to lắm", faith],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
    });

    it("reads a complaint from someone home from another province as a report (where one works is no place asked about), a residents' body asking after what it sent as tracking, and a choice asked of another law ('bằng tiền hay bằng đất') as out of scope", () => {
      for (const [intent, text] of [
        ["report", "Tui làm thợ hồ ngoài Hà Nội về ăn Tết, lên một cửa xin giấy cư trú ba lần cán bộ cứ hẹn, tui về quê có mấy ngày, yêu cầu xã coi lại"],
        ["tracking", "Chi hội phụ nữ thôn 3 có gửi kiến nghị hỗ trợ hai cháu mồ côi hôm mùng 5 tháng Chạp, cho hỏi đã chuyển lên xã chưa, bao giờ thì xong ạ?"],
        ["out-of-scope", "theo luật đất đai mới thì đất vườn bị thu hồi được đền bằng tiền hay bằng đất"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads whether the bot hears voice messages and a forwarded wish ('Forwarded from …:' above it) as smalltalk, thanks after 'ok em hiểu rồi' as thanks, a paper to be written for one as out of scope, the documents' words asked verbatim as a question, and status words after a code as tracking, whatever the report sent asked", () => {
      const answered = ["Tổ dân vận được nghị quyết giao việc gì?"];
      for (const [intent, text, history] of [
        ["smalltalk", "bot ơi có nhận tin nhắn thoại không, tay tui run gõ chữ hay sai", []],
        ["smalltalk", "Forwarded from Hội Phụ nữ xã:\nChúc cả nhà cuối tuần vui vẻ, mạnh khỏe", []],
        ["smalltalk", "ok em hiểu rồi, cảm ơn ad nhiều, mai em đọc lại cho kỹ", answered],
        ["out-of-scope", "ad viết giùm em bài thu hoạch chủ đề Dân vận khéo nha, mai nộp rồi", []],
        ["question", "Thầy đang soạn bài giảng cho lớp 11, muốn dẫn đúng ý nghị quyết, đoạn có chữ Dân vận khéo. Bot chép giúp thầy nguyên văn đoạn đó nhé", []],
        ["tracking", "Chào ad, em nhắn thay cho ông ngoại. Ông 80 tuổi, mắt kém nên nhờ em gửi kiến nghị xin xét hỗ trợ sửa mái nhà bị dột, mã PA-2026-000777. Giờ tới đâu rồi ạ?", []],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
      expect(classifyIntent("bot ơi có nhận tin nhắn thoại không, tay tui run gõ chữ hay sai").detail).toBe("typing");
      expect(classifyIntent("ad viết giùm em bài thu hoạch chủ đề Dân vận khéo nha, mai nộp rồi").detail).toBe("paper");
    });

    it("reads which licence a business needs and registering guests' stay as out of scope, a formal letter asking to be told how its coded report goes ('đề nghị … thông tin cho tôi biết') and who holds a matter just told ('bên nào giữ') as tracking", () => {
      const told = ["hồi sáng tui báo cái cống trước chợ bị nghẹt, nước tràn ra đường"];
      for (const [intent, text, history] of [
        ["out-of-scope", "Mở quán karaoke ở Điện Bàn thì cần giấy phép gì, rồi nhân viên ở lại thì khai báo tạm trú ở đâu?", []],
        ["tracking", "Kính gửi quý Ban. Tháng 10 tôi có gửi một phản ánh (PA-2026-000555) về việc đường bê tông thôn 4 bị nứt cả mảng. Đã hơn một tháng, kính đề nghị Ban cho tôi biết kết quả.", []],
        ["tracking", "cái vụ đó giờ bên nào giữ, xã hay huyện?", told],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
    });

    it("reads a post asked of the bot when the message opens on it, whether a message one got is genuine, which bank charges nothing and how to reopen a locked account as out of scope; a post told of further on, or a doubt with a request to act, stays a report", () => {
      for (const [intent, text] of [
        ["out-of-scope", "Bot viết giùm chị bài đăng nhắc các hộ cảnh giác với cuộc gọi giả danh công an nha"],
        ["out-of-scope", "Có số lạ nhắn trúng thưởng xe máy, bảo nộp phí trước, vậy là thật hay lừa vậy ad?"],
        ["out-of-scope", "mở thẻ cho bà nội lãnh trợ cấp thì ngân hàng mô miễn phí"],
        ["out-of-scope", "Zalo của mạ em bị khóa vì quên mật khẩu, giờ mở lại răng ạ"],
        ["report", "Ông tổ trưởng giữ lại tiền cứu trợ của dân, con tui viết giùm bài đăng lên Facebook thì bị ổng dọa"],
        ["report", "Có người xưng cán bộ ngân hàng gọi bắt chuyển tiền, không biết thật hay lừa, mong công an phường xác minh số máy đó"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [] }).intent, typed).toBe(intent);
      }
      expect(classifyIntent("Bot viết giùm chị bài đăng nhắc các hộ cảnh giác với cuộc gọi giả danh công an nha").detail).toBe("paper");
    });

    it("reads thanks after a report with only a hope that it is seen to as thanks, and a page's status asked right after one as tracking; a hope naming something new stays a report", () => {
      const sent = ["Tôi vừa phản ánh vụ cống bể trước chợ", "mã PA-2026-000321"];
      for (const [intent, text] of [
        ["smalltalk", "Cám ơn ad nhiều, mong sớm có người xuống sửa. Chúc ad ngủ ngon."],
        ["report", "Cám ơn ad nhiều, mong xã sớm sửa luôn cái đèn đường ở tổ 5 bị hư mấy tuần nay."],
        ["tracking", "Mấy bữa nay vẫn thấy trạng thái 'đang xử lý', tới chừng nào mới xong vậy ad?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: sent }).intent, typed).toBe(intent);
      }
      // Saying one has just told it ("vừa báo", "đã báo") is telling a report too.
      expect(classifyByRules("Mấy bữa nay vẫn thấy trạng thái 'đang xử lý', tới chừng nào mới xong vậy ad?", { history: ["Tôi vừa báo cái cống bể trước chợ"] }).intent).toBe("tracking");
    });

    it("reads a contest's answers asked for as out of scope (one quiz item asked stays a question), status asked after a report with another way out ('…, hay tui phải ra xã báo thêm?') as tracking, and the resolution's figures held up against one's own house as a report", () => {
      const told = ["Sáng nay tui nhắn báo vụ đổ trộm xà bần ở đầu cầu"];
      for (const [intent, text, history] of [
        ["out-of-scope", "cho mình xin đáp án 20 câu tuần này với ad", []],
        ["question", "Câu hỏi trắc nghiệm: theo nghị quyết, đáp án nào đúng về mục tiêu xóa nhà tạm?", []],
        ["tracking", "giờ có ai nhận chưa ad, hay tui phải ra xã báo thêm lần nữa?", told],
        ["report", "Nghị quyết nói phấn đấu tới cuối năm 2024 xóa hơn 15.000 nhà tạm, mà nhà tui vẫn dột tứ tung, vách ván mục hết.", []],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
      expect(classifyIntent("cho mình xin đáp án 20 câu tuần này với ad").detail).toBe("contest");
    });

    it("reads an official of another province asking this resolution as a question, thanks for having what one needed as thanks, how long a report just told takes (why one asks told after) and a letter asking where its coded report went as tracking, an interview and a phone number asked for as out of scope, and 'mấy huyện ủy' as no count of districts", () => {
      for (const [intent, text, history] of [
        ["question", "Em là cán bộ Huyện ủy ở tỉnh Quảng Trị, nghị quyết dân vận của Quảng Nam giao Ban Tuyên giáo làm những việc gì?", []],
        ["smalltalk", "ờ vậy là đủ dùng cho bài báo cáo rồi, cảm ơn bot và chúc buổi chiều vui vẻ", ["Mục tiêu chung của nghị quyết là gì?"]],
        ["tracking", "Thường mấy ngày thì có kết quả vậy ad? Để tui báo lại cho mấy nhà hàng xóm.", ["Sáng nay tôi nhắn phản ánh chuyện cống nghẹt ở chợ, mã PA-2026-000654."]],
        ["tracking", "Kính gửi quý Ban. Tuần trước hội chúng tôi đã gửi qua đây kiến nghị về con đường bị sạt, mã PA-2026-000811. Nhờ quý Ban cho biết nay đã chuyển tới đâu, bao giờ có trả lời.", []],
        ["out-of-scope", "Tôi là phóng viên báo tỉnh, muốn xin phỏng vấn lãnh đạo Ban về việc thực hiện nghị quyết, cho tôi xin luôn số điện thoại của chánh văn phòng", []],
        ["question", "rứa còn mấy huyện ủy, thành ủy thì răng?", ["Ban Tổ chức của Tỉnh ủy phải làm những gì?"]],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
    });

    it("reads when the next voters' meeting is, who the deputies are and which form a petition takes as out of scope ('đơn kiến nghị' names the form, no request), and what the resolution says of meeting voters as a question", () => {
      for (const [intent, text] of [
        ["out-of-scope", "Chừng nào có buổi tiếp xúc cử tri sắp tới ở phường vậy ad?"],
        ["out-of-scope", "khi mô có buổi tiếp dân tới rứa bot"],
        ["out-of-scope", "Đại biểu Quốc hội của tỉnh mình khóa này là những ai?"],
        ["out-of-scope", "Muốn làm đơn kiến nghị gửi HĐND phường thì theo mẫu nào?"],
        ["question", "Văn bản có nói chuyện gặp gỡ cử tri, đối thoại với dân không?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads an elder asking whether a person types the answers and what it can answer, a greeting given first and a message of wishes with an aside to the machine as smalltalk, and where to look up a martyr's grave as out of scope; a lottery's number and a count of households stay what they were", () => {
      for (const [intent, text] of [
        ["smalltalk", "Bên ni có phải người thật ngồi gõ phím hay là máy rứa con?"],
        ["smalltalk", "Con ơi, hỏi con thì con trả lời được cái chi?"],
        ["smalltalk", "Chào con, ông năm nay 81 tuổi, cựu chiến binh ở Duy Xuyên, mới có cái điện thoại thông minh. Thằng cháu nội chỉ cho ông vô đây nói chuyện. Ông chào con trước cái đã."],
        ["smalltalk", "Sắp Tết rồi, bác chúc tụi con mạnh khỏe. À quên, con là máy à. Vậy chúc trang ni ngày càng hữu ích cho bà con. Xuân mới vui vẻ nha!"],
        ["out-of-scope", "Ông nội tôi là liệt sĩ, đến nay vẫn chưa có thông tin về nơi an táng. Muốn tra cứu danh sách mộ liệt sĩ thì làm ở đâu?"],
        ["out-of-scope", "xổ số hôm qua giải nhất về con mấy"],
        ["report", "Hơn hai ba chục hộ dân thôn tôi bị ngập, chúc mừng gì nổi mà chưa ai xuống"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads whether anyone is on duty there, whose app it is (the district's or a company's) and what else it does ('… nữa hông') as smalltalk, being shown how after a login fails as out of scope, and which body took up one's report, a name asked for, as tracking", () => {
      for (const [intent, text] of [
        ["smalltalk", "Alo alo, có ai đang trực ở đó không vậy?"],
        ["smalltalk", "App này của huyện làm hay của công ty tư nhân nào vậy?"],
        ["smalltalk", "Trừ chuyện nghị quyết thì trợ lý còn làm được gì nữa hông?"],
        ["out-of-scope", "Mua điện thoại mới, kích hoạt định danh không được, nó đòi quét mặt lại, chỉ giùm tui với"],
        ["tracking", "Phản ánh về bãi rác tui gửi hôm tuần trước giờ bên nào thụ lý rồi, bot cho xin tên người phụ trách với"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads an office letter asked to be drafted and a software error asked how to fix as out of scope, a working day wished well as smalltalk, and 'các đơn vị' as units, no applications of one's own", () => {
      for (const [intent, text, history] of [
        ["out-of-scope", "Nhờ bot soạn giùm công văn mời các đoàn thể dự hội nghị sơ kết", []],
        ["smalltalk", "Chào ad, chúc một ngày làm việc suôn sẻ nha", []],
        ["out-of-scope", "phan mem mot cua bao loi chung thu het han, lam sao de tu sua", []],
        ["question", "Các đơn vị ấy có phải báo cáo kết quả định kỳ không?", ["Cơ quan nào phải lập kế hoạch để thực hiện nghị quyết?"]],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
      // Wished back, not greeted with the list of what the assistant does.
      expect(classifyByRules("Chào ad, chúc một ngày làm việc suôn sẻ nha").detail).toBe("wish");
    });

    it("reads a radio script, a quiz, slogans and a translation asked to be written as out of scope, and what another numbered resolution holds ('… gồm những việc chính nào') too; a report closed on its page with no written answer received is tracking, and where this text cites another resolution stays a question", () => {
      for (const [intent, text] of [
        ["out-of-scope", "Viết giùm em cái kịch bản phát thanh 3 phút về dân vận khéo nghe"],
        ["out-of-scope", "Soạn giúp tôi bộ câu hỏi ôn tập về nghị quyết để chi hội đem ra sinh hoạt"],
        ["out-of-scope", "Nghĩ giùm mấy câu khẩu hiệu về đoàn kết dân tộc để treo hội trường"],
        ["out-of-scope", "dịch giùm đoạn này sang tiếng Ê Đê cho bà con đọc"],
        ["out-of-scope", "Tóm tắt giùm nghị quyết 33 đó gồm những việc chính nào"],
        ["tracking", "Phản ánh của tôi trên trang báo đã đóng mà tới giờ chưa thấy văn bản trả lời"],
        ["question", "Văn bản này nhắc tới Nghị quyết 16 ở phần nào vậy?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads a unit's wish to the bot ('… chúc bot cuối tuần vui nha') as smalltalk, a deferment asked with its papers ('có được tạm hoãn …, hồ sơ thế nào') as out of scope, and who holds one's file, asked right after a report, as tracking", () => {
      for (const [intent, text, history] of [
        ["smalltalk", "Chào cả nhà, đội dân quân xã chúc bot cuối tuần vui nha", []],
        ["out-of-scope", "Cháu tôi đang học cao đẳng thì có được tạm hoãn đi bộ đội không, hồ sơ thế nào?", []],
        ["tracking", "ai đang cầm hồ sơ đó vậy bot?", ["Tôi vừa gửi phản ánh cống bể trước chợ"]],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
    });

    it("reads whether a union must report back to those who sent through it ('công đoàn có phải trả lời lại … không') as a question, asking leave for 'chút chuyện' after a greeting as smalltalk, and sick or maternity leave and pay owed by an employer as out of scope", () => {
      for (const [intent, text] of [
        ["question", "Anh em gửi ý kiến qua công đoàn, rồi công đoàn có phải trả lời lại kết quả cho anh em không?"],
        ["smalltalk", "Chào buổi chiều nha, cho em hỏi chút chuyện"],
        ["out-of-scope", "Nghỉ ốm mấy ngày thì xưởng có tính lương cho công nhân không?"],
        ["out-of-scope", "Lao động nữ nghỉ sinh được bao lâu vậy"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads another conference of the committee ('hội nghị lần thứ 9 của Tỉnh ủy quyết định …') as out of scope and asking to sum up the resolution's main points ('tóm giùm mấy ý chính') as a question", () => {
      for (const [intent, text] of [
        ["out-of-scope", "Hội nghị lần thứ 9 của Tỉnh ủy khóa này quyết định những gì?"],
        ["question", "Mai họp chi bộ thôn tui, tóm giùm mấy ý chính của nghị quyết ni với"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads asking in English whether the assistant speaks it ('Do you speak English? …') as smalltalk about the assistant", () => {
      const text = "Do you speak English? Mấy vị khách Tây ở homestay em muốn hỏi về nghị quyết";
      expect(classifyByRules(text)).toMatchObject({ intent: "smalltalk", detail: "self" });
    });

    it("reads whether a body's head is bound to meet the people ('… có bị buộc phải đối thoại … không hay là …'), asked by an elder who tells who he is, as a question", () => {
      const text = "Ông là già làng, họp dân năm nào cũng có mặt. Ông hỏi: người đứng đầu cấp ủy xã có bị buộc phải đối thoại với bà con mỗi năm không hay là làm khi nào rảnh?";
      for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe("question");
    });

    it("reads another resolution asked which aims it has ('… có các mục tiêu chính nào?') as out of scope, unless this one mentions it; asking whether a report one sent was received ('… không biết phường nhận chưa') as tracking", () => {
      for (const [intent, text] of [
        ["out-of-scope", "Cho em hỏi Nghị quyết 57 về chuyển đổi số có các mục tiêu chính nào?"],
        ["question", "Nghị quyết này có trích Quyết định 12 của UBND tỉnh, quyết định đó thuộc lĩnh vực nào?"],
        ["tracking", "Tuần rồi tui có gửi góp ý về cái cống bể, không biết phường nhận chưa"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads what the resolution requires of a body ('nghị quyết có yêu cầu … không'), asked by those who often send it their petitions, as a question; military service's call-up and schooling's cut-off scores and scholarships as out of scope", () => {
      for (const [intent, text] of [
        ["question", "Hội phụ nữ thôn tui hay gửi kiến nghị lên trên. Thưa, nghị quyết có yêu cầu đoàn thể phải báo kết quả cho dân không?"],
        ["out-of-scope", "Lịch khám tuyển nghĩa vụ ở huyện tui là đợt nào, đứa em sinh 2007 phải đi không?"],
        ["out-of-scope", "Điểm chuẩn tuyển sinh lớp 10 trường huyện năm nay bao nhiêu?"],
        ["out-of-scope", "Học bổng vượt khó của tỉnh năm nay mức bao nhiêu?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads a figure asked right after one of the review's figures ('còn … thì được bao nhiêu') and how often a duty just asked about is done ('bao lâu một lần … hay tùy thích') as questions", () => {
      expect(classifyByRules("còn thu nhập được bao nhiêu một người vậy?", { history: ["Tính theo đầu người thì GRDP của tỉnh được bao nhiêu?"] }).intent).toBe("question");
      expect(asksOnlyAnAspect("thế bao lâu làm một lần, định kỳ hay tùy thích?")).toBe(true);
    });

    it("reads 'what about' a body whose name alone calls the assistant ('vậy còn Ban Dân vận?') after a question as a question, and 'còn bạn?' or the name alone as smalltalk", () => {
      const history = ["Mặt trận Tổ quốc được giao nhiệm vụ gì?"];
      for (const typed of both("vậy còn Ban Dân vận?")) expect(classifyByRules(typed, { history }).intent, typed).toBe("question");
      expect(classifyByRules("còn bạn?", { history }).intent).toBe("smalltalk");
      expect(classifyByRules("chào Ban Dân vận", { history }).intent).toBe("smalltalk");
    });

    it("reads one's earlier report still unanswered ('… chưa ai gọi lại, còn đang chờ xử lý hả?') as tracking, going on shift ('vô ca', 'tan ca') as smalltalk and the regional minimum wage as out of scope", () => {
      for (const [intent, text] of [
        ["tracking", "Tuần trước tui có báo vụ cống nghẹt đầu hẻm, để lại số rồi mà chưa ai gọi lại, còn đang chờ xử lý hả?"],
        ["smalltalk", "tới giờ vô ca rồi, tan ca tui hỏi tiếp"],
        ["out-of-scope", "Lương tối thiểu vùng ở huyện Thăng Bình hiện nay là mấy triệu?"],
        ["question", "Nghị quyết nói gì về đời sống công nhân?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads the support one's own house would get in tens of millions as out of scope, a case told at length after a question on the documents as a report, whether the bot speaks another language as smalltalk and an entry ticket's price per person as out of scope", () => {
      for (const [intent, text, history] of [
        ["out-of-scope", "vậy nhà tui sửa lại thì hỗ trợ được mấy triệu?", ["Nghị quyết có nói xóa nhà tạm không?"]],
        // Told, not asked: the tens of millions are what one paid.
        ["report", "Đền bù chẳng được bao nhiêu, giờ phải tự bỏ ra mấy chục triệu đổ đất nâng nền. Nhờ xem xét giúp.", []],
        ["report", "rứa chớ dưới bến sông Thu Bồn mấy ghe hút cát chạy suốt đêm, bờ sông sạt mất cả chục mét, mấy sào ruộng mất trắng, ai lo vụ ni?", ["Nghị quyết nói gì về khai thác khoáng sản?"]],
        ["question", "còn việc giám sát của Mặt trận thì có bắt làm theo kế hoạch mỗi năm không vậy bot?", ["Mặt trận được giao nhiệm vụ gì?"]],
        ["smalltalk", "bot nói tiếng Nhật được không, mấy bạn thực tập sinh muốn hỏi", []],
        ["out-of-scope", "Vé vào cửa khu di tích Mỹ Sơn bao nhiêu tiền một người?", []],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history }).intent, typed).toBe(intent);
      }
    });

    it("reads leaving to cook with goodbye ('đi nấu cơm …, chào ad nghen') as a goodbye, not a recipe asked, and 'giờ tới đâu rồi' after telling that one's club sent a petition as tracking", () => {
      for (const typed of both("Tới giờ đi nấu cơm rồi, chào ad nghen")) expect(classifyByRules(typed)).toMatchObject({ intent: "smalltalk", detail: "goodbye" });
      const history = ["Bên câu lạc bộ thơ của phường, hồi tháng 9 có gửi kiến nghị về chỗ sinh hoạt"];
      for (const typed of both("dạ cho tui hỏi giờ tới đâu rồi, các cụ trong câu lạc bộ trông lắm")) expect(classifyByRules(typed, { history }).intent, typed).toBe("tracking");
    });

    it("reads a report's code lost ('mã phản ánh … làm mất rồi') and whether a report sent must be added to ('đơn tui gửi … có phải bổ sung … không') as tracking", () => {
      for (const [detail, text] of [
        ["lost-code", "mã phản ánh của tui làm mất rồi, kiếm lại được không bot"],
        ["add-info", "Đơn tui gửi tuần rồi có phải bổ sung giấy tờ gì không?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed), typed).toMatchObject({ intent: "tracking", detail });
      }
    });

    it("reads a student writing from a school in another province ('làm luận văn ở trường bên Đà Nẵng') and asking the resolution's figure as a question, not about that province", () => {
      for (const typed of both("Mình đang làm luận văn ở trường bên Đà Nẵng, cho hỏi GRDP đầu người mà nghị quyết ghi là mấy triệu?")) expect(classifyByRules(typed).intent, typed).toBe("question");
    });

    it("reads asking after a report the bot said it took ('bot báo đã tiếp nhận'), at letter length, as tracking, a newcomer asking colleagues to guide them as a greeting, and a named procedure ('thủ tục đề nghị …') asked as out of scope", () => {
      for (const [intent, text] of [
        ["tracking", "Xin chào bot nghen, chúc cả nhà làm việc vui vẻ. Hôm thứ Ba tui đã gửi phản ánh chuyện đống rác người ta đổ bậy cuối thôn 2, sát trường mẫu giáo, bot báo đã tiếp nhận rồi. Mấy bữa ni cũng chưa ai ra dọn, rác còn chất thêm. Cho hỏi cái phản ánh đó giờ đang ở bước mô, có cần chụp thêm ảnh không? Cám ơn bot nhiều."],
        ["smalltalk", "Dạ cháu chào anh chị ạ, cháu mới được phân công về Hội Nông dân xã, rất mong các anh chị chỉ bảo thêm ạ"],
        // A newcomer who tells a grievance still reports it.
        ["report", "Em mới nhận nhiệm vụ ở phường, đường vô khối 4 sạt lở chưa ai sửa, mong được anh chị hỗ trợ"],
        ["out-of-scope", "Thủ tục đề nghị xét công nhận gia đình văn hóa gồm mấy bước, hồ sơ nộp ở đâu vậy?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads the documents asked whether they hold a grievance told first as pressing ('nghị quyết có coi … là … không') or a body bound to answer ('theo nghị quyết … có phải … không') as a question, and 'tháng. Kiến nghị' as no lawsuit won", () => {
      for (const typed of [
        "Xóm tui mùa nắng nào cũng thiếu nước sinh hoạt, giếng khô, bà con bức xúc lắm, nghị quyết có coi chuyện nước sạch vùng cao là việc phải lo không?",
        "Tui đang làm tổ trưởng khối phố. Kiến nghị bà con gửi tui đã chuyển lên phường rồi, vậy theo nghị quyết phường có phải trả lời lại cho dân không?",
        // Folded, "tháng. Kiến nghị" reads "thắng kiện" (a lawsuit's odds, out of scope) unless the word after it is heard.
        "Tui nhận việc tổ trưởng được hai tháng. Kiến nghị bà con gửi tui đã chuyển lên phường, theo nghị quyết phường có phải trả lời lại cho dân không?",
      ].flatMap(both)) expect(classifyByRules(typed).intent, typed).toBe("question");
    });

    it("reads 'văn bản của ai' after a question on the documents as asking them, not whose the bot is, and coming in to try the bot ('vô thử coi sao') after saying who one is as a greeting", () => {
      const history = ["Nghị quyết có nhắc tới các mô hình hay của khối dân vận không?"];
      for (const typed of both("vậy hội muốn làm mô hình thì phải đợi văn bản của ai hướng dẫn?")) expect(classifyByRules(typed, { history }).intent, typed).toBe("question");
      for (const typed of both("Chào ad, tui là đoàn viên ở thôn 3, bạn bè chỉ cho nên vô thử coi sao")) expect(classifyByRules(typed).intent, typed).toBe("smalltalk");
    });

    it("reads a few angry words on a bribe asked ('đòi bôi trơn') and land not handed over with people renting meanwhile, asked who answers for it, as reports", () => {
      for (const typed of ["cán bộ xã đòi bôi trơn!!", "nhà bị giải tỏa từ năm 2022, khu tái định cư tới chừ chưa giao đất, cả nhà phải đi thuê, ai chịu trách nhiệm?"].flatMap(both)) {
        expect(classifyByRules(typed).intent, typed).toBe("report");
      }
    });

    it("reads asking whether one may write for a relative ('tôi nhắn giùm ba tôi … được không') as smalltalk, with its own answer; a grievance told for one is still a report", () => {
      for (const typed of ["Má tui mắt kém, tui nhắn giùm bả ở đây được không ad?", "Con muốn gửi phản ánh thay cho ông nội được không ạ"].flatMap(both)) {
        const verdict = classifyByRules(typed);
        expect([verdict.intent, verdict.detail], typed).toEqual(["smalltalk", "proxy"]);
      }
      for (const typed of both("Tui báo giùm ba tui: đường vô xóm sạt lở cả tuần chưa ai dọn, xã xuống coi được không")) expect(classifyByRules(typed).intent, typed).toBe("report");
    });

    it("reads a greeting to 'các anh chị' with who one is and 'mong được chỉ bảo' as smalltalk, a body speaking as 'we' asking whom to pass views to as a question, 'còn giải quyết hay bị xếp xó' after one's report as tracking, and passing the answer on to one's colleagues after thanks as smalltalk", () => {
      for (const [intent, text, history] of [
        ["smalltalk", "Dạ xin chào các anh chị, mình là cán bộ đoàn xã mới, lần đầu vào đây, mong được chỉ bảo thêm", []],
        ["question", "Chi hội phụ nữ chúng tôi nhận được kiến nghị của chị em thì chuyển lên cho ai?", []],
        ["tracking", "Tháng rồi tui có gửi vụ ghi lô đề ở chợ xã, mấy tuần nay không thấy ai gọi lại, chẳng biết phản ánh ấy còn giải quyết hay bị xếp xó luôn rồi", []],
        ["smalltalk", "Ok cảm ơn nha, rõ rồi, để mình phổ biến lại cho hội viên.", ["Hội Nông dân có phải tham gia giám sát không?"]],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
    });

    it("reads asking where the bot's answers come from ('tự nghĩ ra hay có người viết sẵn') as smalltalk, and a complaint dated after the resolution that asks an authority to act as a report, not a later year asked", () => {
      for (const [intent, text] of [
        ["smalltalk", "Mấy câu bot trả lời là bot tự nghĩ ra hay người ta viết sẵn vậy?"],
        ["report", "Ngày 20/5/2025 huyện ra thông báo thu hồi đất ruộng của 20 hộ ở xóm Bàu làm khu công nghiệp. Tới nay hơn nửa năm chưa nhà nào được nhận đồng nào, nhà thầu đã vào san ủi. Đề nghị tỉnh chỉ đạo làm rõ"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads an errand asked of the bot (calling someone, an email, a form to fill in) and a utility's schedule as out of scope, a cadre praised for filling in a form as a report, and a law to summarise as another text", () => {
      for (const [intent, text, detail] of [
        ["out-of-scope", "Bot gọi điện giùm tui cho anh Tư trưởng thôn, nói tối ni tui không họp được", "errand"],
        ["out-of-scope", "Soạn giúp cái email gửi cô giáo xin cho con nghỉ học hôm nay", "errand"],
        ["out-of-scope", "Điền giúp em cái đơn xin cấp lại căn cước với", "errand"],
        ["report", "Khen chị Mai ở bộ phận tiếp dân phường, thấy má tui lớn tuổi nên điền giùm tờ khai cho bả", undefined],
        ["out-of-scope", "Cho tui xin lịch cắt nước ở phường An Sơn tuần sau", undefined],
        ["out-of-scope", "Tóm tắt giúp em luật đất đai 2024 đổi gì về bồi thường", undefined],
      ] as const) {
        for (const typed of both(text)) {
          const verdict = classifyByRules(typed);
          expect([verdict.intent, verdict.detail], typed).toEqual([intent, detail]);
        }
      }
    });

    it("reads a message passed on with a code, asking whether the code is ours, as tracking however long the quote, and news passed on asked to be true as out of scope", () => {
      for (const [intent, text] of [
        ["tracking", "Má tui nhận cái tin này: \"Phản ánh của bà đã được tiếp nhận, mã PA-2026-000777, muốn xử lý nhanh thì chuyển phí 300 nghìn vào tài khoản ngân hàng dưới đây để được ưu tiên giải quyết trong ba ngày làm việc\". Má tui có gửi phản ánh thật hồi tuần rồi. Bot kiểm tra giùm cái mã này có đúng không?"],
        ["out-of-scope", "Trong nhóm Zalo khu phố có người chuyển: \"Có nhóm giả làm nhân viên điện lực vào nhà trộm đồ, bà con cẩn thận\". Tin này có thật không bot?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads a subject the resolution never speaks of, asked of it, and a hamlet head's term or vote share as out of scope; a report named before 'mà tui gửi', a code whose status is asked to be looked up again, and thanks before going home to tell the villagers", () => {
      for (const [intent, text, history] of [
        ["out-of-scope", "Văn bản có chủ trương gì cho ngành du lịch ven biển không ạ?", []],
        ["out-of-scope", "NQ dân vận có nhắc tới bóng đá phong trào không?", []],
        ["question", "Khách du lịch đông mà nghị quyết có dặn chính quyền phải lắng nghe dân ở nơi làm dự án lớn không?", []],
        ["out-of-scope", "Trưởng khu phố làm mấy năm một khóa, cần bao nhiêu phần trăm hộ tán thành thì mới trúng?", []],
        ["tracking", "Cho tui hỏi: cái kiến nghị làm lại cầu tràn cho xe chở lúa ra vô mà tui gửi lên đây từ đầu tháng mười tới giờ đã chuyển về xã chưa, bên nào nhận rồi?", []],
        ["tracking", "PA-2026-000512 lên trang tra cứu thấy báo là đã xong mà cống trước nhà vẫn nghẹt, chưa thấy ai tới. Nhờ kiểm tra lại giùm trạng thái của hồ sơ này nha", []],
        ["smalltalk", "dạ cảm ơn nhiều nha, để tui về kể lại cho mấy bà con trong thôn nghe", ["Nghị quyết giao đoàn thanh niên làm gì?"]],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
    });

    it("reads a remark on the answers ending in goodbye or thanks as smalltalk, asking what the bot does after who one is as smalltalk, the armed forces' tasks as a question, a code with 'nhận chưa' after another office is named as tracking, and the day a feast falls on as out of scope", () => {
      for (const [intent, text] of [
        ["smalltalk", "Hỏi cái chi cũng trả lời như đọc văn bản, chán thiệt 😒 thôi đi ngủ, bye"],
        ["smalltalk", "À bot không rõ chuyện đó hả, vậy thôi cảm ơn nha, để em đi hỏi ông trưởng thôn"],
        ["smalltalk", "Chào bot, bác sinh hoạt bên chi hội người cao tuổi ở thôn Phú Lộc, nghe con cháu chỉ có trang này, mà bot giúp được dân những việc gì vậy?"],
        ["question", "Trong nghị quyết, lực lượng vũ trang đóng ở vùng biển đảo thì phải vận động dân ra sao, các đơn vị vũ trang làm những gì?"],
        ["tracking", "Con ở Bình Dương, hôm thứ Hai gửi phản ánh thay ba con vụ hàng xóm lấn đất, mã PA-2026-000388. Bên địa chính xã nhận chưa, có ai xuống nhà chưa ạ?"],
        ["out-of-scope", "Rằm tháng Giêng năm ni nhằm thứ mấy vậy bot, chùa Long Khánh có làm lễ không?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads a question asked long after a story of last year, and a target year the resolution sets, as questions; whether a guidance has come out as out of scope; where one's report now is after a long retelling as tracking; a question after saying one reports nothing here as a question", () => {
      for (const [intent, text, history] of [
        ["question", "Tui làm bí thư chi đoàn thôn 2 xã Tiên Lập. Năm rồi chi đoàn sinh hoạt được ba lần, nhiều đoàn viên đi làm xa chưa về. Nay xã giao làm kế hoạch, em muốn hỏi: nghị quyết giao đoàn thanh niên những việc gì để tập hợp thanh niên?", []],
        ["question", "NQ đặt mốc năm 2030 để Quảng Nam thành tỉnh thế nào?", []],
        ["out-of-scope", "rứa hướng dẫn đó ra chưa, số mấy, tải ở mô?", ["Ban Tuyên giáo có được giao ra hướng dẫn gì không?"]],
        ["tracking", "Tôi là người đã gửi phản ánh chuyện cống thoát nước bị lấp trước chợ Tiên Kỳ từ đầu tháng. Hồi đó trang báo đã nhận và chuyển về huyện. Tới nay hễ mưa là nước tràn vô mấy nhà, mùi hôi lắm. Tôi không gửi thêm cho khỏi trùng, chỉ muốn biết hiện giờ phản ánh của tôi nằm tại cơ quan nào, ai giữ, bao giờ có kết quả.", []],
        ["question", "Chuyện ghe hút cát ở sông Tranh thì xóm tui đã làm đơn lên huyện rồi, nên em không gửi phản ánh ở đây nữa. Em chỉ hỏi: văn bản này có nhắc chuyện quản lý khoáng sản không?", []],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
    });

    it("reads whether the bot makes its answers up as smalltalk, which bodies make up the political system as out of scope, a school's report still waiting as tracking, and a right to send views asked of the documents as a question (a list ending 'kiến nghị không?' asks nothing of the bot)", () => {
      for (const [intent, text] of [
        ["smalltalk", "Mấy câu trả lời của bot dựa trên cái gì vậy, có tự bịa ra không?"],
        ["out-of-scope", "Hệ thống chính trị cơ sở gồm những tổ chức nào, kể hết ra giùm"],
        ["tracking", "Trường mẫu giáo Hoa Sen gửi phản ánh vụ cống nghẹt trước cổng từ thứ Ba tuần trước, tới nay trang vẫn hiện chờ tiếp nhận. Có cần gửi lại không ạ?"],
        ["question", "Chào các anh chị, em là giám đốc công ty may Tam Thăng. Em hỏi chút: văn bản có đoạn mô nói doanh nghiệp được tạo điều kiện để phản ánh với chính quyền khi thực thi chính sách không?"],
        ["question", "Tôi là trưởng ban điều hành khu phố. Nghị quyết có chỗ mô nói khu phố được phường tạo điều kiện phản ánh, kiến nghị không?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads asking whether the bot understands one still learning Vietnamese, a complaint that it says it does not know whatever is asked, and what the app just installed can do, as smalltalk (a cadre greeted before 'tôi' is no father, thanks 'cảm ơn lắm' no noise)", () => {
      for (const text of [
        "Chào anh cán bộ, tôi là người Xơ Đăng, nói tiếng Việt còn chậm, anh có hiểu tôi nói không",
        "Cái bot ni hỏi chi cũng trả lời không biết, thiệt hết nói",
        "Cháu ngoại mới tải cái app này về cho bà. Nó làm được những việc chi vậy?",
      ]) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe("smalltalk");
      }
      for (const typed of both("Làng tôi cảm ơn lắm mấy anh dân quân")) expect(classifyByRules(typed).reasons.join(" "), typed).not.toContain("on lam");
      for (const typed of both("Chào cán bộ, tôi ở thôn 4, đường vô thôn sạt lở hết rồi")) expect(classifyByRules(typed).reasons, typed).toContain("first person: toi o");
    });

    it("reads a formal letter asking what the bot helps with before its sign-off, a complaint that it says 'không thấy trong nghị quyết', trying it late at night and thanks on a day off as smalltalk; who heads an office asked as 'đồng chí nào' as out of scope; 'ai lo đi' as a report; a letter asking where 'kiến nghị trên' now is and whether anyone will tell one back after a report as tracking", () => {
      for (const [intent, text, history] of [
        ["smalltalk", "Kính gửi Trợ lý. Tôi mới nhận công tác ở Mặt trận xã, nhiều việc còn lạ lẫm, chưa biết bắt đầu từ đâu. Bot hỗ trợ tôi được những việc gì? Trân trọng.", []],
        ["smalltalk", "bot hỏi chi cũng nói không thấy trong nghị quyết, chán thiệt", []],
        ["smalltalk", "Chào ad, khuya rồi, nhắn thử xem có ai trực không", []],
        ["smalltalk", "Thứ bảy còn làm phiền bot, cảm ơn nha, em hiểu rồi. Chúc bot cuối tuần vui", ["Nghị quyết giao Mặt trận xã làm những việc gì?"]],
        ["out-of-scope", "Giám đốc Sở Nội vụ hiện giờ là đồng chí nào?", []],
        ["report", "Đèn hẻm 45 Hùng Vương tắt từ tết tới giờ, đi tối sợ lắm, ai lo đi", []],
        ["tracking", "Kính gửi quý Ban. Hôm 5/4, tôi đã gửi qua trang này kiến nghị về việc sửa cống thoát nước ở khối phố 3. Xin cho biết kiến nghị trên hiện ở cơ quan nào và đã có kết quả chưa. Trân trọng.", []],
        ["tracking", "mất chừng mấy ngày thì giải quyết xong, ai báo lại cho em hay em tự lên phường hỏi?", ["Em vừa gửi phản ánh vụ quán nhậu mở nhạc tới khuya ở khối 5."]],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
    });

    it("reads a letter that names the bot and asks what it helps with as smalltalk however much the introduction weighs; a branch head's 'em là …' is no question to the bot", () => {
      for (const [intent, text] of [
        ["smalltalk", "Kính gửi Trợ lý. Tôi là giáo viên mới về trường xã, được phân công làm công tác đoàn thể, chưa rành việc. Trợ lý giúp được chi cho giáo viên như tôi ạ? Trân trọng."],
        ["report", "em là chi ủy viên thôn 3, nhờ bên mình báo công an huyện vào cuộc điều tra vụ lừa đảo làm mấy chị em mất tiền"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads the bot's own judgement of the resolution, a benefit's share in per cent and information asked for as 'info …' as out of scope; a message sent to the wrong chat as smalltalk; meaning restated after an answer as a question; where to see how one's report goes as tracking; the documents held up with 'vậy cái …' and a request as a report", () => {
      for (const [intent, text, history] of [
        ["out-of-scope", "Nói thật lòng nghe ad, ad thấy văn bản ni có hiệu quả không hay chỉ trên giấy?", []],
        ["out-of-scope", "thẻ bhyt của hộ cận nghèo được hỗ trợ tới bao nhiêu phần trăm", []],
        ["out-of-scope", "info lịch tiêm ngừa ở trạm y tế thôn tuần này với mn ơi", []],
        ["smalltalk", "sr em gửi nhầm, tưởng đang nhắn cho chị Hoa", []],
        ["question", "ý em là: em làm kế toán trạm y tế xã, em là viên chức, rứa việc dân vận có phải phần của em không?", ["văn bản có nhắc viên chức không", "trả lời chung chung quá"]],
        ["tracking", "ok tks. vậy giờ em coi tình hình xử lý chỗ nào, bao giờ biết điện lực đã nhận chưa?", ["Trụ điện trước cổng trường thôn 2 nghiêng cả tháng, đề nghị điện lực dựng lại giúp."]],
        ["report", "Nghị quyết bảo phải lắng nghe dân, vậy cái cống nghẹt trước chợ Phú Thịnh ai lo? Đề nghị xã nạo vét gấp.", []],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
    });

    it("reads thanks to the bot passed on for a grandparent and a remark before praise of its answers as smalltalk; a nuisance seen night after night with 'ai quản lý' as a report, and one going on 'nó …' after a report is opened; the documents quoted only to lead into a portal's how-to as out of scope; a report unanswered 'im re' as tracking", () => {
      for (const [intent, text, history] of [
        ["smalltalk", "Ông nội cháu nhờ cháu nhắn là ông cảm ơn bot bữa trước chỉ ông đọc nghị quyết, ông vui lắm.", []],
        ["smalltalk", "bot nhớ hết mấy chục trang nghị quyết luôn hả, rep chuẩn ghê", []],
        ["report", "ven sông đêm nào cũng thấy tụi nhỏ hút bóng cười, ai quản lý vậy?", []],
        ["report", "nó võng xuống một đoạn từ hồi lũ tới giờ, xe máy qua là lắc, bữa mô có đứa nhỏ té xuống sông thì sao?", ["cho em phản ánh cái cầu treo ở thôn 4"]],
        ["out-of-scope", "Nghị quyết ghi là đẩy mạnh chuyển đổi số, vậy giờ muốn gia hạn giấy phép lái xe trên mạng thì bấm chỗ nào?", []],
        ["tracking", "tui gửi phản ánh từ hồi Tết, tới giờ im re, chắc bị ngâm rồi?", []],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
    });

    it("reads a paper 'xin ý kiến' named, the documents' hope ('nghị quyết mong …') and people going to complain asked of the documents as questions; whether the bot has read the resolution and whether it does more than answer on it as smalltalk", () => {
      for (const [intent, text] of [
        ["question", "Em bên Hội Phụ nữ thị trấn, đang soạn tờ trình xin ý kiến về việc học tập, cho em hỏi nghị quyết ra đời ở kỳ hội nghị thứ mấy của Tỉnh ủy?"],
        ["question", "Văn bản có đặt ra chuyện giữ cho bà con khỏi kéo nhau đi khiếu nại đông người không? Mặt trận xã đang chuẩn bị đối thoại với dân vùng giải tỏa nên cần trích cho đúng."],
        ["question", "Xóm tui nhiều nhà theo Phật giáo lắm. Nghị quyết mong người có đạo sống thế nào?"],
        ["smalltalk", "bot đọc hết văn bản chưa mà trả lời trơn tru vậy"],
        ["smalltalk", "Trợ lý có viết giùm tôi kế hoạch tuyên truyền được không hay là chỉ hỏi đáp về nghị quyết thôi?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads a sticker written out as a greeting, a plan heard of and asked for its date and size after a word on one's place and a question with an aside tacked on as questions, and a submission sent for others here, asked to be checked, as tracking", () => {
      for (const [intent, text] of [
        ["smalltalk", "[sticker: chú chó cúi chào] 🙏"],
        ["question", "que tui o Hiep Duc nha tam lop ton cu con nhieu lam, nghe noi tinh co de an xoa nha tam, toi nam nao moi xong, tat ca bao nhieu can?"],
        ["question", "Ngân sách tỉnh năm 2022 thu về chừng bao nhiêu? Với lại năm nay Quảng Ngãi thu được nhiêu?"],
        ["tracking", "Tui thay mặt bà con tổ 3 gửi kiến nghị sửa cống lên trang này hôm mùng 5, qua nửa tháng chưa thấy hồi âm gì, vậy nhờ ad kiểm tra giúp kiến nghị ni đã tới phường chưa."],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads what the app does for the people of one's village as smalltalk; a question on the border with Laos and one asked again after taking the first back as questions", () => {
      for (const [intent, text] of [
        ["smalltalk", "Ứng dụng này làm được những gì cho người dân ở thôn tui?"],
        ["question", "Xã tui giáp biên giới với Lào, nghị quyết có dặn chi về công tác với bà con sát biên không?"],
        ["question", "Thủ đô của Pháp là gì?\nÀ khoan, hỏi lại: hội đoàn ở cơ sở phải làm chi cho dân tin?"],
        ["question", "bên Lào có làm dân vận không\nà nhầm, hỏi lại cho đúng: vùng biên giới thì tỉnh mình vận động bà con ra sao?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads a milestone year of the documents asked of again and a slow typist's dropped letters ('bao nhiu', 'xog') as questions, and one's lost code for a report sent by when, the sender unsaid, as tracking", () => {
      for (const [intent, text, history] of [
        ["question", "Riêng cái mốc năm 2030, tỉnh sẽ như thế nào?", ["Mục tiêu mà văn bản đặt ra là gì?"]],
        ["tracking", "Chị ở Nhật, tuần trước có gửi góp ý thay ông bà mà làm mất mã, giờ muốn biết phường nhận được chưa thì làm sao?", []],
        ["question", "ong nghe dai noi tinh lo lam nha cho ho ngheo o nha dot. lam bao nhiu can, chung nao thi xog vay chau", []],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
    });

    it("reads how it was done before and whether it is so this time, and a duty asked of the documents however much is told between, as questions; one's report gone from view as tracking", () => {
      for (const [intent, text] of [
        ["question", "Mấy năm trước huyện cũng có cất nhà tình thương cho hộ nghèo mà lèo tèo. Lần này có hẹn mốc nào để dẹp hết nhà tạm với nhà dột không, chừng bao nhiêu căn?"],
        ["question", "Tui là chi hội trưởng, bà con có kiến nghị chi tui chuyển lên xã. Theo nghị quyết mới thì khi xã giải quyết xong kiến nghị đó, chi hội có phải về báo lại bà con không?"],
        ["tracking", "Ủa bot ơi, cái phản ánh hôm qua của mình đâu mất tiêu rồi, tìm không thấy nữa"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
      // Where a saying is put, asked by its part, is asked of the documents.
      expect(inDomain("câu “Dân là trung tâm” được nêu ở phần nào vậy")).toBe(true);
    });

    it("reads whether the system got one's report, however long the story before it, and a matter named with how it stands as tracking; which kinds of questions it answers as about the assistant; the documents asked whether they require something, after a cadre's own case, as a question", () => {
      for (const [intent, text] of [
        [
          "tracking",
          "Đầu tháng tôi gửi một phản ánh về đèn chiếu sáng ở tổ 7 tắt hết, tuần rồi còn gửi thêm một lần với hình chụp. Tới giờ không có tin nhắn nào báo lại, cũng không thấy ai xuống coi. Tôi sợ gửi nhầm chỗ hoặc bị sót. Nhờ bạn kiểm tra giúp tôi xem hệ thống đã nhận chưa, giờ đang ở bước nào.",
        ],
        ["tracking", "vụ cột điện nghiêng sao rồi ad"],
        ["tracking", "cái vụ nước ngập tới đâu rồi bot"],
        ["smalltalk", "Trợ lý giải đáp được loại câu hỏi gì vậy?"],
        [
          "question",
          "Thị trấn tôi đang làm GPMB tuyến đường tránh, dân kêu giá đền bù thấp, có nhà không chịu nhận tiền. Tôi đang soạn kế hoạch đi vận động. Cho tôi hỏi nghị quyết chỉ đạo các cấp ủy lo tái định cư ra sao, có yêu cầu xử lý dứt điểm các vụ khiếu nại không?",
        ],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads letters held for emphasis as written once, where to follow the report just told as tracking, and how two of the documents' own bodies differ, asked with what they require, as a question", () => {
      const answered = { history: ["Ủy ban kiểm tra được giao việc chi?"] };
      for (const typed of both("okkk hiểu rồiii nha bot")) expect(classifyByRules(typed, answered).detail, typed).toBe("acknowledgement");
      const told = { history: ["Đèn đường ở tổ 3 khối phố Mỹ Thạch hư mấy hôm rồi, nhờ phường sửa giúp."] };
      for (const typed of both("vậy chừ tui muốn biết giải quyết tới đâu thì vô chỗ nào coi?")) expect(classifyByRules(typed, told).intent, typed).toBe("tracking");
      for (const typed of both("tổ dân vận ở khối phố với khối dân vận phường khác nhau chỗ mô, văn bản đòi hỏi củng cố tổ nào?")) expect(classifyByRules(typed).intent, typed).toBe("question");
      expect(classifyByRules("sáp nhập với hợp nhất khác nhau chỗ nào vậy").intent).toBe("out-of-scope");
    });

    it("reads where to put a quote into one's own speech and another resolution as ours cites it as questions, a code and what was sent pointed back at as tracking, a figure asked of another law after one's own case as out of scope", () => {
      for (const [intent, text] of [
        ["question", "Tui định trích câu 'dân là gốc' vô bài phát biểu, câu đó nằm ở đoạn nào của nghị quyết?"],
        ["question", "Trong NQ có câu nhắc Nghị quyết 04 của Tỉnh ủy, NQ 04 đó nói về chuyện chi vậy?"],
        ["tracking", "Tui gửi thay mấy hộ kiến nghị nạo vét mương, có số PA-2026-000311. Chủ nhật họp tổ, cho tui hay kiến nghị đó tới tay cơ quan nào rồi, đã có ai nhận chưa."],
        ["out-of-scope", "nhà tui nằm trong vùng giải tỏa mở rộng quốc lộ, theo nghị định mới thì tiền thưởng bàn giao mặt bằng sớm tính bao nhiêu?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
      expect(classifyByRules("lời phát biểu khai mạc của đồng chí chủ tịch tỉnh nói những gì").intent).toBe("out-of-scope");
    });

    it("reads answers praised first, leaving for one's shift and the bot's view of whether it will work as what they are; Telex keys a keyboard left as the words meant; a particular of the same thing asked after a question as a question", () => {
      const asked = ["NQ có chỉ tiêu gì về tiếp dân không?"];
      for (const [intent, text, history] of [
        ["smalltalk", "Giải thích rõ ghê, hơn cả mấy ông tuyên giáo huyện 😄", []],
        ["smalltalk", "Thôi em vô làm đây, tối rảnh nhắn tiếp nha ad", []],
        ["out-of-scope", "theo ad thì cái này thực hiện có hiệu quả không hay chỉ để đó?", asked],
        ["tracking", "phản ánh cuar tui gửi hooif thangs trước, giowf ra sao rooif?", []],
        ["question", "rứa còn ký ngày mấy ad?", ["Văn bản dân vận này do Tỉnh ủy khóa mấy đưa ra?"]],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
      expect(classifyByRules("Thôi em vô làm đây, tối rảnh nhắn tiếp nha ad").detail).toBe("goodbye");
      expect(classifyByRules("theo ad thì cái này thực hiện có hiệu quả không hay chỉ để đó?", { history: asked }).detail).toBe("judgement");
    });

    it("reads the bot asked how it fares and what it does 'sơ qua' (briefly, no fear) as smalltalk, 'ban đó' as a board asked after, a report sent by a relative or messaged in before as tracking, and another document's target pointed back at as out of scope", () => {
      for (const [intent, text, history] of [
        ["smalltalk", "Gần 1 giờ khuya còn trả lời, ad có bị la không ta", []],
        ["smalltalk", "Mới vô lần đầu, bot làm được những chuyện gì, kể sơ qua tui nghe thử", []],
        ["question", "vậy ban đó chịu trách nhiệm với cơ quan nào", ["Trong nghị quyết, Ban Dân vận Tỉnh ủy phụ trách việc gì?"]],
        ["tracking", "Thằng cháu gõ phản ánh hộ tui bằng máy nó, giờ nó đi học xa, tui không có mã, bot coi giùm có ai giải quyết chưa", []],
        ["tracking", "Bữa rằm tháng Giêng tui có nhắn tin báo vụ xe ben chở đất làm bể đường thôn, tới giờ vẫn không thấy hồi âm gì, bot kiểm tra giúp nha", []],
        ["out-of-scope", "vậy nghị quyết đó đặt chỉ tiêu đón bao nhiêu triệu lượt khách?", ["NQ dân vận có nhắc nghị quyết về phát triển du lịch không?"]],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
      // "bạn dở" still finds the answers wanting; not knowing one's tax code is no tracking code lost.
      expect(classifyByRules("ban do qua").detail).toBe("profanity");
      expect(classifyByRules("tui không biết mã số thuế của mình, tra ở đâu vậy").intent).not.toBe("tracking");
    });

    it("reads a remark closing on a wish to the bot and what the channel is for as smalltalk", () => {
      for (const text of ["Sáng ni mát trời, vừa ăn tô mì Quảng xong mới ra đồng. Chúc ad buổi sáng vui nha 😄", "Mới được thêm vô nhóm, trang ni dùng để làm chi vậy mọi người?"]) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe("smalltalk");
      }
      expect(classifyByRules("Sáng ni mát trời, vừa ăn tô mì Quảng xong mới ra đồng. Chúc ad buổi sáng vui nha 😄").detail).toBe("wish");
    });

    it("reads a Central resolution's own tasks and a permit asked 'xin phép ai' as out of scope, 'em là người gửi vụ …' as tracking, thanks with whom one will tell as smalltalk and the police asked to investigate as a report", () => {
      for (const [intent, text, history] of [
        ["out-of-scope", "Nghị quyết Trung ương khóa XII về xây dựng Đảng có mấy nhóm giải pháp vậy ad?", []],
        ["out-of-scope", "Mùa nước nổi tui muốn che cái chòi bán cá ở bến đò thì xin phép ai vậy?", []],
        ["tracking", "Anh còn nhớ vụ cây xăng lấn lòng đường ở chợ Việt An không, em là người gửi đó, anh chuyển qua xã chưa?", []],
        ["smalltalk", "ồ vậy à, cảm ơn anh nhiều, để tối em nói lại với mấy chị trong chi hội", ["Xã thì ai lo mảng dân vận?"]],
        ["report", "Tổ nấm tụi tui dính vụ tài khoản tự nhận là công ty trong Sài Gòn đặt hàng, gửi ảnh chuyển khoản, hàng đi rồi mới biết tiền không về. Nghe đâu vài tổ nữa cũng bị. Đề nghị công an vào điều tra, báo cho bà con biết", []],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
      // Someone else who told it is no report of one's own.
      expect(classifyByRules("Ông trưởng thôn là người báo cho xã mà tới nay xã chưa cho người xuống sửa đường").intent).not.toBe("tracking");
      // Asking what the centre's resolution says of the work, as ours follows it, still asks ours.
      expect(classifyByRules("Nghị quyết Trung ương có dặn điều chi về vận động quần chúng mà nghị quyết tỉnh ủy này học theo không?").intent).toBe("question");
    });

    it("reads a notice passed on from a group and asked of as out of scope unless its quoted claim is checked against the documents, an epidemic's tolls as out of scope, a letter asking where its petition went as tracking, a dictated question mark as asking, and thanks with a wish and leave-taking, unmarked text and the bot never sleeping as smalltalk", () => {
      for (const [intent, text, history] of [
        ["out-of-scope", "Ai đó chuyển vô nhóm Zalo thôn cái tin ni: “Dự kiến sáp nhập thôn Phú Xuân với thôn Phú Hòa từ tháng sau để thành một thôn mới.” Vậy thôn mới tên gì, trụ sở thôn đặt ở mô?", []],
        ["question", "Có người đăng lên nhóm cựu chiến binh: “Nghị quyết dân vận tỉnh nói đến hết năm 2026 sẽ làm xong 30.000 căn nhà cho hộ nghèo.” Nghị quyết có ghi đúng như vậy không, con số là bao nhiêu?", []],
        ["out-of-scope", "vậy đợt dịch đó tỉnh mình có bao nhiêu ca nhiễm, bao nhiêu người tử vong?", ["Nghị quyết có nói về đại dịch Covid-19 không?"]],
        ["tracking", "Kính gửi Ban. Đầu tháng trước tôi có gửi một kiến nghị qua trang này về việc xe chở đá làm hư đường liên thôn. Gần một tháng chưa thấy trả lời. Tôi muốn hỏi kiến nghị của mình đã được chuyển cho xã hay chưa.", []],
        ["smalltalk", "Bác đã rõ. Cám ơn cháu giải thích cặn kẽ. Chúc cháu khỏe, công tác tốt. Bác xin phép dừng ở đây.", ["Nghị quyết giao Hội Nông dân tỉnh việc gì?"]],
        ["smalltalk", "bot đọc được chữ không dấu không, máy tui hư bộ gõ dấu rồi", []],
        ["smalltalk", "3 giờ sáng rồi bot vẫn trực, bot không ngủ luôn hả", []],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
      // Voice typing writes the mark out: what comes before it is asked, whatever is told after it.
      expect(classifyByRules("nghị quyết có bắt cán bộ xã phải xuống thôn nghe dân nói không chấm hỏi thôn tui hai năm rồi chưa thấy ông cán bộ nào xuống").intent).toBe("question");
    });

    it("reads the resolution misnumbered but said to be on the work as ours, a remark to the bot with how one feels as smalltalk, and which of two parts says something as a question", () => {
      for (const [intent, text] of [
        ["question", "Nghị quyết số 05 về dân vận có câu nào nhắc tới cải cách hành chính không ad?"],
        ["smalltalk", "bữa ni trời lạnh dễ sợ bot hè, đi ca đêm mà buồn ngủ quá"],
        // Guards, read so before too: the Central Committee's resolution on the work is another document; which of two parts is asked of ours.
        ["out-of-scope", "Nghị quyết 25-NQ/TW về công tác dân vận của Trung ương có mấy nhóm giải pháp?"],
        ["question", "Cái vụ tổ chức đối thoại định kỳ với bà con là nằm ở mục về Đảng hay mục về chính quyền các cấp?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads a report sent for others asked after with its code as tracking, a fee per lesson as out of scope, and whether what one sends reaches the commune, called first, as smalltalk", () => {
      for (const [intent, text] of [
        ["tracking", "Tui gửi thay mấy bà con trong tổ phản ánh vụ nước thải, mã PA-3KD8WQ. Tui muốn biết huyện nhận chưa để tối họp tổ nói lại cho bà con."],
        ["out-of-scope", "Học thêm ở trường thì thu tối đa bao nhiêu một buổi vậy ad?"],
        ["smalltalk", "Ad ơi, nếu tui gửi chuyện đường hư ở thôn vô đây thì có tới tay xã thiệt không hay ad chỉ trả lời về nghị quyết?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads 'tới bước mô rồi' after telling a report as tracking, and writing to the bot to pass the time as smalltalk", () => {
      for (const [intent, text, history] of [
        ["tracking", "thế giờ tới bước mô rồi ad?", ["Tuần trước tui có báo vụ ống nước bể ở đầu ngõ, được mã PA-2026-000321"]],
        ["smalltalk", "Chiều chủ nhật rảnh, ngồi không chán quá, nhắn bot cho vui", []],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
    });

    it("reads 'gửi từ hồi tháng 9, chẳng thấy ai trả lời' after a report as tracking, idling with the bot when a storm keeps one ashore as smalltalk, and a fare asked after a story of going home as out of scope", () => {
      for (const [intent, text, history] of [
        ["tracking", "gửi từ hồi tháng 9 tới nay chẳng thấy ai trả lời, có ai coi không vậy", ["Mương nước sau chợ Tiên Kỳ bị lấp, mưa xuống tràn vô nhà dân, nhờ xã nạo vét"]],
        ["smalltalk", "gió mùa về, tàu nằm bờ cả tuần, chán quá tám chơi với bot chút", []],
        [
          "out-of-scope",
          "Cuối tháng Chạp cả nhà tui từ Đồng Nai về Núi Thành ăn Tết, rồi còn ghé Hội An thăm ông bà ngoại, mấy đứa nhỏ thì đòi đi chơi phố cổ, tính ra đủ thứ việc. Mà cho hỏi: giá vé tàu từ Biên Hòa ra Tam Kỳ dịp Tết chừng bao nhiêu?",
          [],
        ],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history: [...history] }).intent, typed).toBe(intent);
      }
    });

    it("reads another of the centre's documents asked of itself ('Quy định 102 của Bộ Chính trị') as out of scope, and whether one's petition has moved on ('xã nhận chưa hay vẫn nằm trên huyện') as tracking", () => {
      for (const [intent, text] of [
        ["out-of-scope", "Chi bộ trường tôi sắp học Quy định 102 của Bộ Chính trị, quy định đó có bao nhiêu chương?"],
        ["tracking", "cái đơn xin sửa nhà cho ông ngoại mà tui gửi đó, xã nhận chưa hay vẫn nằm trên huyện vậy ad"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads a cadre's demand for money asked as 'có đúng không' with one's own file left lying as a report, a student away asking the documents as a question, and an apology for a message sent by mistake, praise of how it answers and a first visit as smalltalk", () => {
      for (const [intent, text] of [
        ["report", "Xin hỏi: đi làm sổ đỏ cho thửa vườn nhà, cán bộ xã nói phải bồi dưỡng 3 triệu mới chạy, có đúng không? Tôi không chịu nên hồ sơ nằm im từ Tết tới giờ."],
        ["question", "Tui là sinh viên ở Sài Gòn, nghỉ Tết về thấy lừa đảo trên mạng nhiều lắm, nghị quyết có xếp chuyện này vào những chuyện bức xúc không?"],
        ["smalltalk", "Ui chết, em gửi nhầm tin rồi, anh chị bỏ qua giùm em"],
        ["smalltalk", "Giỏi thiệt ta, hỏi gì cũng trả lời ngay"],
        ["smalltalk", "alo, có ai trực không, lần đầu tui vô app ni"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads whether the office has received the matter just told, pointed back at ('vụ ổ gà đó, bên phường nhận được chưa'), as tracking; told to the office oneself, it stays a complaint", () => {
      const history = ["Ổ gà trước cổng chợ Tam Kỳ to như cái nia, xe máy té mấy lần rồi, nhờ phường vá giúp"];
      for (const [intent, text] of [
        ["tracking", "vụ ổ gà đó bên phường nhận được chưa bot?"],
        ["report", "rứa ai lo vụ đó? đã báo phường hai bận mà chẳng ai ra coi"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed, { history }).intent, typed).toBe(intent);
      }
    });

    it("reads a law named as new or amended ('Luật Dược mới', 'Luật Bảo hiểm xã hội sửa đổi') as another legal text, out of scope, with 'của công nhân' no public property", () => {
      for (const text of ["Luật Dược mới có bắt nhà thuốc phải có dược sĩ đứng quầy không?", "Luật Bảo hiểm xã hội sửa đổi có còn cho rút bảo hiểm một lần không, lương hưu của công nhân tính sao?"]) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
      }
    });

    it("reads checking the documents say nothing of something ('NQ không nhắc chi tới … à'), and the assistant asked to read them amid a meeting told, as questions; a suggestion that people do not know what they say stays one", () => {
      for (const [intent, text] of [
        ["question", "Nghị quyết ni không chê chi Mặt trận, hội đoàn dưới cơ sở à, thấy toàn khen"],
        ["question", "Tôi là trưởng thôn ở Duy Xuyên. Tháng ni thôn họp rà soát hộ nghèo. Nhờ bot liệt kê giùm những đối tượng nghị quyết dặn phải chăm lo. Cảm ơn."],
        // …also when what one tells before it is only who one is.
        ["question", "Tôi là trưởng thôn ở Đại Lộc, tối mai thôn họp. Nhờ bot tóm tắt giùm những việc nghị quyết giao cho thôn, xã."],
        ["question", "Chi bộ thôn tôi ở Quế Sơn sắp sinh hoạt. Chưa rõ văn bản có ghi là phổ biến tới tận thôn hay chỉ tới xã, nhờ bot xem giúp."],
        ["report", "Góp ý: nên đọc nghị quyết trên loa thôn mỗi tối, bà con lớn tuổi không biết nghị quyết nói chi."],
        // "xin xem xét", "xin trả lời" ask an authority to act, not the assistant to read; nor is "nhờ chị" ("nho chi" folded) asking it to point out.
        ["report", "Kính đề nghị Quý Ban xin xem xét việc thu hồi đất nhà tôi, theo nghị quyết thì phải cho dân biết phương án đền bù"],
        ["report", "Nhờ chị Hoa bên hội phụ nữ chuyển đơn giùm, nghị quyết nói dân có quyền kiến nghị mà"],
        ["report", "Kính đề nghị Ủy ban xã xin trả lời cho gia đình tôi rõ ràng, vì nghị quyết nói phải công khai cho dân biết"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads wishes sent on others' behalf and asking the assistant to wait while one gets one's glasses as smalltalk, and which number to call as out of scope", () => {
      for (const [intent, text] of [
        ["smalltalk", "Bà con xóm biển Tam Thanh gửi lời chúc anh chị em trực trang Tết an khang"],
        ["smalltalk", "Từ từ nghe bot, bác lớn tuổi gõ chữ chậm lắm"],
        ["out-of-scope", "lỡ thấy cháy rừng thì gọi số nào vậy"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("answers being asked to wait ('từ từ nghe bot', 'đợi chút') with a short word, not the list of what it does", () => {
      for (const text of ["Từ từ nghe bot, bác lớn tuổi gõ chữ chậm lắm", "đợi chút nha bot"]) {
        for (const typed of both(text)) expect(classifyIntent(typed).detail, typed).toBe("wait");
      }
      const reply = JSON.stringify(smalltalkReply(DEFAULT_ORGANISATION, "wait"));
      expect(reply).toContain("cứ từ từ");
      expect(reply).not.toContain("Bạn có thể:");
    });

    it("reads 'em hỏi chút' as asking, a section named by its number as a sure question, and 'ở mấy xã' as which communes, not how many", () => {
      for (const [intent, text] of [
        ["question", "em hỏi chút là trong nghị quyết dân vận tỉnh ra thì bên quân đội được giao gì vậy kiểu tiếp dân đối thoại hòa giải rồi điều tra sao cho không oan sai á"],
        ["question", "cán bộ dân vận làm việc ở mấy xã đồng bào Cơ Tu thì cần thêm tiêu chuẩn chi?"],
        ["question", "phần IV mục 2 nói cái chi rứa ad"],
        // …while how many communes there are stays a question of figures the documents do not hold.
        ["out-of-scope", "huyện Nam Giang có mấy xã vậy bot"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
      expect(classifyIntent("phần IV mục 2 nói cái chi rứa ad").reasons[0]).toBe("asks what a section named by its number holds");
    });

    it("reads whether the bot keeps or passes on what one asks as a privacy question, and teasing it about its lot as smalltalk, unless a grievance is told", () => {
      for (const [intent, text] of [
        ["smalltalk", "Mấy câu con hỏi ở đây bot có ghi lại không, có gửi cho ai đọc không?"],
        ["smalltalk", "Rét căm căm, bot nằm trong máy chắc ấm hơn tui nhiều"],
        ["report", "Rét quá bot ơi, thôn tui mất điện từ hôm kia chưa có lại, bot chắc ấm hơn tui"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
      expect(classifyIntent("Mấy câu con hỏi ở đây bot có ghi lại không, có gửi cho ai đọc không?").detail).toBe("privacy");
      // The joke gets a light word back, not the list of what the assistant does.
      expect(classifyIntent("Rét căm căm, bot nằm trong máy chắc ấm hơn tui nhiều").detail).toBe("joke");
      const joke = JSON.stringify(smalltalkReply(DEFAULT_ORGANISATION, "joke"));
      expect(joke).toContain("không biết nóng lạnh");
      expect(joke).not.toContain("Bạn có thể:");
      // …not a note asked of it, nor whom a petition goes to.
      for (const text of ["bot có lưu ý gì cho cán bộ mới không", "tôi có lá đơn mà không biết gửi cho ai xem xét"]) expect(classifyByRules(text).detail, text).not.toBe("privacy");
    });

    it("reads how many days until one's own report is answered as tracking, and 'cơ sở làm' (folded like 'sợ lắm') as no fear told", () => {
      for (const [intent, text] of [
        ["tracking", "phản ánh con gửi hôm qua vụ cống ngập thì thường bao nhiêu ngày mới có người trả lời?"],
        ["question", "cơ sở làm ra mấy điển hình dân vận khéo, bà con có phải đồng tình không hay chỉ cốt báo cáo cho đẹp"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
      // After a person it is the fear: "tôi có sợ lắm".
      for (const typed of both("mấy người lạ đêm nào cũng tụ trước cổng nhà chửi bới, tôi có sợ lắm")) expect(classifyByRules(typed).reasons.join(" "), typed).toContain("so lam");
    });

    it("reads a newly elected member's courtesy and 'busy now, talk later' as small talk, free health cards for a group as out of scope, and the country across the border as the border's", () => {
      for (const [intent, text] of [
        ["smalltalk", "Chào bot, em mới được bầu vào ban điều hành tổ dân phố, chắc còn hỏi bot dài dài, mong được giúp đỡ nhé"],
        ["smalltalk", "Chị đang họp chi bộ khu phố, chút nữa xong chị nhắn tiếp nghe"],
        ["out-of-scope", "Bà con nói thân nhân liệt sĩ thì được thẻ BHYT miễn phí, chuyện đó có thật vậy không?"],
        ["question", "Thôn em ở xã vùng cao sát nách với Lào, nghị quyết có giao việc gì cho vùng biên không?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads where the assistant can be reached as about it, a summary of another numbered resolution as out of scope, and 'giải thích giùm' after naming the resolution as a question", () => {
      for (const [intent, text] of [
        ["smalltalk", "Bạn có dùng qua Telegram được không hay phải vào trang này?"],
        ["out-of-scope", "tóm lại giùm nghị quyết 25 đó cho ngắn gọn được hông"],
        ["question", "Mẹ tui đọc tới đoạn nói 'trọng dân' của nghị quyết mà không rõ. Giải thích sao cho mẹ hiểu giùm nha."],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
      // Where it can be reached gets where to find it and what holds on each channel, not only who it is.
      expect(classifyIntent("Bạn có dùng qua Telegram được không hay phải vào trang này?").detail).toBe("channels");
      expect(JSON.stringify(smalltalkReply(DEFAULT_ORGANISATION, "channels"))).toContain("kết quả báo về đúng kênh đó");
    });

    it("reads neighbours who sent a matter together asking after it as tracking, a residence registration asked as a procedure, a utility told for a week as a complaint, going to the fields as a goodbye, and a try to see whether anyone reads as a greeting", () => {
      for (const [intent, text] of [
        ["tracking", "Mấy ae trong tổ cùng phản ánh vụ cống nghẹt hồi đầu tháng, giờ có kết quả chi chưa"],
        ["out-of-scope", "Muốn khai tạm trú cho đứa cháu ở trọ thì bấm trên app như thế nào vậy?"],
        ["report", "Đèn đường trước chợ tắt cả tuần, báo điện lực mấy bữa rồi mà chưa thấy ai lên, tối mô đi chợ cũng sợ"],
        ["smalltalk", "thôi tui ra rẫy nghen, mai hỏi tiếp"],
        ["smalltalk", "chào ad, nhắn thử một chút xem có ai đọc không"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads a mediation asked for 'not about the resolution' and the resolution held up against a workshop as reports, what it requires of one's model as a question, thanks for a result as thanks, wondering whether one's report was passed on as tracking, a Party fee's exemption as a procedure, and who made it or whether it is still on duty at night as about the assistant", () => {
      for (const [intent, text] of [
        ["report", "Ý tui là nhờ xã xuống hòa giải giùm hai nhà, tui không phải hỏi nghị quyết"],
        ["report", "Nghị quyết nói phải trọng dân, mà xưởng cưa đầu xóm chạy máy tới nửa đêm, báo mấy lần không ai xử. Trọng dân kiểu chi vậy?"],
        ["question", "Xóm tui làm du lịch sinh thái, khách tới ở nhà dân, ăn cơm với bà con. Theo nghị quyết thì mô hình dân vận khéo cần đạt mấy yêu cầu?"],
        ["smalltalk", "Cảm ơn nha, vụ đèn đường hôm trước xã sửa xong rồi, tối sáng trưng"],
        ["smalltalk", "Cảm ơn nghen, chuyện cái đèn đường tui báo tuần trước đã có người xuống sửa rồi, tối nay sáng trưng, cả xóm mừng lắm"],
        ["tracking", "Tuần trước tui có báo vụ nắp cống bể trước cổng chợ, tới giờ vẫn y nguyên, mấy đứa nhỏ đi học ngang qua sợ lắm, không biết bên mình đã chuyển cho xã chưa hay quên mất rồi"],
        ["out-of-scope", "Người trên 80 tuổi có được miễn đóng đảng phí không?"],
        ["smalltalk", "bot này là của ai lập ra vậy?"],
        ["smalltalk", "khuya rồi mà bạn vẫn còn trực hả"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
    });

    it("reads a village twinned with one in Laos as the border's, a support programme for a jobless son and whether the commune or district approves as procedures, something found to hand over as out of scope, and a minority's tongue asked of the assistant as about it", () => {
      for (const [intent, text] of [
        ["question", "thôn tui kết nghĩa với bản bạn bên Lào, nghị quyết dặn dân vận vùng biên phải làm gì?"],
        ["out-of-scope", "Thằng út nhà tui học xong 3 năm vẫn chưa xin được việc làm. Huyện có chương trình chi giúp người trẻ không, đăng ký ở đâu?"],
        ["out-of-scope", "Quy ước của khu phố sửa xong thì xã hay huyện phê duyệt vậy?"],
        ["out-of-scope", "nhặt được con rùa núi thì đem giao cho ai, nuôi trong nhà có bị phạt không"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
      for (const typed of both("bot đọc được tiếng Cơ Tu không")) expect(classifyByRules(typed).detail, typed).toBe("language");
    });

    it("reads the assistant found better than expected and what a citizen can use it for as smalltalk, how to tend a crop as out of scope, and a figure asked after an answer as no chat", () => {
      for (const [intent, detail, text] of [
        ["smalltalk", "compliment", "Hỏi mấy câu khó mà trả lời gọn, có chỉ rõ mục luôn, giỏi hơn tui tưởng đó."],
        ["smalltalk", "self", "Tui là dân thường chớ không phải cán bộ, dùng cái ni được việc chi?"],
        ["out-of-scope", undefined, "Ruộng nhà tui sát biển bị nước mặn vô, lúa vàng lá hết. Giờ bón chi hay rửa mặn răng cho lúa đỡ?"],
        ["out-of-scope", undefined, "heo bị bệnh tai xanh thì chữa răng?"],
      ] as const) {
        for (const typed of both(text)) {
          expect(classifyByRules(typed).intent, typed).toBe(intent);
          if (detail) expect(classifyByRules(typed).detail, typed).toBe(detail);
        }
      }
      // A plea to act on the same salt water stays a report; another's work praised beyond expectation is no praise of the assistant.
      expect(classifyByRules("nước mặn tràn vô ruộng thôn tui, đề nghị xã đắp đê ngăn mặn").intent).toBe("report");
      expect(classifyByRules("nghị quyết ni hay hơn tui tưởng, mà phần III nói gì?").intent).toBe("question");
      for (const typed of both("rứa tới chừ làm được mấy căn rồi?")) expect(classifyByRules(typed, { history: ["đến cuối 2024 tỉnh tính xóa bao nhiêu căn nhà tạm, nhà dột nát?"] }).intent, typed).not.toBe("smalltalk");
    });

    it("reads the assistant taken for a commune's hotline as about it, and a support per grave or a land-use fee asked as out of scope", () => {
      for (const typed of both("đây có phải đường dây nóng của xã Tiên Sơn không?")) expect(classifyByRules(typed).detail, typed).toBe("not-office");
      for (const text of ["Mộ đất dời đi làm dự án thì nhà nước hỗ trợ mỗi ngôi mấy triệu, còn tiền bốc cải táng ai chịu?", "còn tiền sử dụng đất thì tính răng, có phải đóng không?"]) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
      }
      // Asking the commune to look again at the fee is a complaint.
      expect(classifyByRules("Đất ở từ hồi xưa răng lại phải đóng tiền sử dụng đất, đề nghị xã xem lại").intent).toBe("report");
      // The line's number asked is no question about the assistant.
      expect(classifyByRules("đường dây nóng của xã là số mấy?").detail).toBeUndefined();
    });

    it("reads whether the assistant waits for a slow typist as typing asked (an emoji after it no sentence of its own), which seed to sow as know-how, and 'nobody has called back' right after a report as tracking", () => {
      for (const typed of both("Tui 70 tuổi, mắt kém gõ chữ chậm lắm. Trợ lý có chờ tui gõ từ từ được không hay để lâu là bị tắt ngang? 😅")) {
        expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "typing" });
      }
      for (const typed of both("Ruộng nhà tui gần cửa sông, vụ hè thu ni bị nhiễm mặn nhẹ, nên gieo giống lúa chi cho chịu mặn rứa bạn?")) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
      const history = ["Xin phản ánh: ban tổ chức lễ hội làng ở thôn tui bắt mỗi hộ đóng 300 nghìn, ai không đóng thì bị ghi tên dán ở nhà văn hóa."];
      for (const typed of both("gửi từ thứ hai tới chừ mà chưa ai gọi lại cho tui hết")) expect(classifyByRules(typed, { history }).intent, typed).toBe("tracking");
      // Told alone, nobody having come is the complaint itself.
      expect(classifyByRules("Đường hư cả năm mà chưa ai xuống sửa").intent).toBe("report");
    });

    it("reads thanks for a pothole mended as thanks, the answers praised 'lẹ mà rõ ràng', a cut announced ahead and where to register a marriage as out of scope, and voters' petitions spoken of as no request", () => {
      for (const [intent, text] of [
        ["smalltalk", "Cảm ơn nghen, ổ gà trước cổng trường tiểu học xóm tui được vá rồi, sáng ni chở con đi học êm ru."],
        ["smalltalk", "trả lời lẹ mà rõ ràng ghê, hay hơn tui ngồi lật giấy tìm"],
        ["out-of-scope", "loa phường sáng ni nói tuần sau cúp nước mấy ngày mà tui nghe không rõ, cúp từ ngày mô tới ngày mô rứa?"],
        ["out-of-scope", "Tụi em ra Tam Kỳ làm mấy năm rồi, cuối năm ni cưới. Đăng ký kết hôn làm ở phường chỗ đang ở trọ được không hay phải về xã?"],
        ["question", "Tối qua đi tiếp xúc cử tri, bà con than kiến nghị năm trước chưa thấy trả lời. Về kiến nghị cử tri thì nghị quyết giao HĐND các cấp trách nhiệm gì?"],
      ] as const) {
        for (const typed of both(text)) expect(classifyByRules(typed).intent, typed).toBe(intent);
      }
      // Something still wrong after the mending, a water cut suffered, one's own petition: complaints.
      for (const text of ["Cảm ơn nghen, ổ gà trước cổng trường được vá rồi mà đoạn dưới vẫn còn hư nặng, xin xã sửa tiếp", "nhà tui bị cúp nước 3 ngày rồi, tới ngày mô mới có nước lại?", "Tôi kiến nghị xã sửa đường"]) {
        expect(classifyByRules(text).intent, text).toBe("report");
      }
    });

    it("reads a pole set up again as thanks, a detail put right after a report as that report, a restated question asked of a rule as out of scope, and one's own report of a year as no later year asked", () => {
      for (const typed of both("Cảm ơn nghen, cái cột điện nghiêng sau nhà tui báo bữa trước điện lực tới dựng lại rồi, yên tâm rồi")) {
        expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "resolved" });
      }
      expect(JSON.stringify(smalltalkReply(DEFAULT_ORGANISATION, "resolved"))).toContain("Mừng là việc bạn báo đã được giải quyết");
      const reported = ["Phản ánh: đèn đường trên đường Lê Lợi, phường An Mỹ tắt hết cả tuần nay, tối đi làm về tối om"];
      for (const typed of both("à nhầm, không phải đường Lê Lợi, mà là đường Phan Châu Trinh đoạn gần chợ, tui nhớ lộn")) {
        expect(classifyByRules(typed, { history: reported }).intent, typed).toBe("report");
      }
      const asked = ["Trạm cấp nước sạch ở thôn do ai quản lý vậy?"];
      for (const typed of both("ý tui là theo quy định, trạm làm xong thì giao cho xã hay cho đơn vị nước quản lý vận hành?")) {
        expect(classifyByRules(typed, { history: asked }).intent, typed).toBe("out-of-scope");
      }
      for (const typed of both("Tui đang viết tổng kết mùa mưa bão 2025 cho xã, định nói thời tiết thất thường làm việc vận động bà con thêm khó. Nghị quyết có kể thiên tai vô nguyên nhân của hạn chế không?")) {
        expect(classifyByRules(typed).intent, typed).toBe("question");
      }
      // A year after the resolution asked of, still: what it achieved.
      expect(classifyByRules("Năm 2025 tỉnh làm được bao nhiêu căn nhà cho hộ nghèo?").intent).toBe("out-of-scope");
    });

    it("reads whether the resolution was reviewed yet, a licence one's child needs and this year's poverty rate asked 'rứa chừ' as out of scope, and a new cover told with thanks as a result", () => {
      const history = ["Nghị quyết về công tác dân vận có mấy phần?"];
      for (const typed of both("rứa tới chừ sơ kết nghị quyết nớ chưa, làm được tới đâu rồi?")) expect(classifyByRules(typed, { history }).intent, typed).toBe("out-of-scope");
      for (const typed of both("con tôi học lớp 8 chạy xe máy điện đi học thì có phải thi bằng lái không?")) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
      for (const typed of both("rứa chừ tỉnh mình còn bao nhiêu phần trăm hộ nghèo?")) expect(classifyByRules(typed, { history: ["Nghị quyết nói chăm lo hộ nghèo ở phần nào?"] }).intent, typed).toBe("out-of-scope");
      for (const typed of both("Cảm ơn mấy anh chị nghen, cái hố ga đầu hẻm tui báo hôm trước chừ đã có nắp mới rồi.")) {
        expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "resolved" });
      }
      // Who reviews it is asked of it.
      expect(classifyByRules("Nghị quyết giao ai định kỳ sơ kết, tổng kết việc thực hiện?").intent).toBe("question");
      // Whom to turn to, right after a complaint told, goes on with it.
      const fenced = ["Công ty lâm nghiệp vừa rào lại 2 ha đất rẫy trồng keo của nhà tui, nói đất đó thuộc lâm trường"];
      for (const typed of both("keo sắp tới ngày khai thác mà họ nói không bồi thường đồng mô, rứa tui phải kêu ai?")) expect(classifyByRules(typed, { history: fenced }).intent, typed).toBe("report");
    });

    it("tells someone who takes it for the commune's hotline (detail not-office, above) that it is not, and who it is", () => {
      const reply = JSON.stringify(smalltalkReply(DEFAULT_ORGANISATION, "not-office"));
      expect(reply).toContain("Đây không phải đường dây nóng hay tổng đài của xã, phường hay công an.");
      expect(reply).toContain("113 (công an)");
      // Who it is, asked plainly, is told without it.
      expect(classifyByRules("bạn là ai vậy?").detail).toBe("self");
    });

    it("reads another resolution's own target as out of scope however ours names it, a driver leaving for his run as a goodbye, a newcomer's hello and answers praised over official letters as chat", () => {
      for (const typed of both("Cái NQ 04 về chuyển đổi số mà nghị quyết dân vận có nhắc tới đó, tới 2025 nó đặt chỉ tiêu bao nhiêu %?")) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
      // What ours says of it is still asked of ours.
      expect(classifyByRules("Nghị quyết dân vận có nhắc NQ 04 về chuyển đổi số không, nhắc ở chỗ nào?").intent).toBe("question");
      const asked = ["Nghị quyết giao Mặt trận tỉnh làm chi?"];
      for (const typed of both("ok hiểu rồi, thôi tui chạy chuyến xe chiều đây, bữa khác hỏi tiếp nghen")) expect(classifyByRules(typed, { history: asked }), typed).toMatchObject({ intent: "smalltalk", detail: "goodbye" });
      for (const typed of both("Xin chào, tui mới vô lần đầu, làm quen chút nghen")) expect(classifyByRules(typed).intent, typed).toBe("smalltalk");
      for (const typed of both("Bạn trả lời lẹ mà dễ hiểu hơn mấy tờ công văn nhiều đó nghen")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "compliment" });
    });

    it("reads thanks for having sent a report as thanks, 'có ai gọi lại … không' after one's own report as tracking, a mother off to fetch her child as a goodbye, a civil-service exam and an officer's powers as out of scope", () => {
      for (const typed of both("Cảm ơn nghen, vừa gửi xong cái phản ánh là thấy nhẹ cái bụng")) expect(classifyByRules(typed).intent, typed).toBe("smalltalk");
      for (const typed of both("Hôm bữa tui nhắn chuyện trường mẫu giáo thôn tui bị dột, chừ có ai gọi lại cho tui mà tui lỡ không nghe máy không?")) expect(classifyByRules(typed).intent, typed).toBe("tracking");
      for (const typed of both("thôi chị đi đón bé ở trường mầm non đây, mai nói tiếp nghen")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "goodbye" });
      for (const typed of both("rứa năm ni bên đó có thi tuyển công chức không, con tui mới ra trường muốn nộp hồ sơ")) expect(classifyByRules(typed, { history: ["Nghị quyết giao Ban Tổ chức Tỉnh ủy làm chi?"] }).intent, typed).toBe("out-of-scope");
      for (const typed of both("công an phường có được quyền bắt dân mở điện thoại cho xem không?")) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
    });

    it("reads how one is, told though nobody asked, as chat, and the same opening before a complaint or a question as what follows", () => {
      for (const typed of both("dạ cả nhà em vẫn khỏe, bữa ni mấy đứa nhỏ đi học hết nên rảnh ngồi nhắn")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "news" });
      for (const typed of both("tui khỏe re, con cái đi làm xa hết rồi")) expect(classifyByRules(typed).intent, typed).toBe("smalltalk");
      // Answered warmly and briefly, without the list of what the assistant does.
      const news = JSON.stringify(smalltalkReply(DEFAULT_ORGANISATION, "news"));
      expect(news).toContain("Vui được nghe bạn kể");
      expect(news).not.toContain("Bạn có thể:");
      for (const typed of both("dạ tui vẫn khỏe mà đường vô thôn sạt lở hết rồi, đề nghị xã cho người xuống coi")) expect(classifyByRules(typed).intent, typed).toBe("report");
      for (const typed of both("cả nhà vẫn khỏe, mà chi bộ thôn có phổ biến nghị quyết không?")) expect(classifyByRules(typed).intent, typed).toBe("question");
    });

    it("reads another law's rule as out of scope, an office's action thanked for and a rest after an errand as chat, a report told here and unanswered as tracking, teen code, and 'còn … thì sao' after an out-of-scope question as out of scope", () => {
      for (const typed of both("Theo Luật Thực hiện dân chủ ở cơ sở thì những việc nào xã phải đưa ra cho dân biểu quyết?")) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
      for (const typed of both("Tổ tui tính mời ông trưởng họ 80 tuổi vô tổ hòa giải, luật hòa giải ở cơ sở có giới hạn tuổi không")) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
      for (const typed of both("Cảm ơn nha, vụ tui báo cái hố ga hôm trước, sáng ni phường đặt rào chắn rồi.")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "resolved" });
      for (const typed of both("Mới đi làm đồng về, trời nóng quá, giờ ngồi nghỉ chút")) expect(classifyByRules(typed).intent, typed).toBe("smalltalk");
      for (const typed of both("Hôm trước tui có nói ở đây chuyện con mương bị lấp, tới giờ chưa thấy ai liên hệ")) expect(classifyByRules(typed).intent, typed).toBe("tracking");
      for (const typed of both("giờ muốn xem kq ở đâu vậy")) expect(classifyByRules(typed, { history: ["tuần trước tui có gửi phản ánh về đèn đường hư"] }).intent, typed).toBe("tracking");
      expect(classifyByRules("bot nay lm dc j z")).toMatchObject({ intent: "smalltalk", detail: "self" });
      for (const typed of both("phong trào DVK triển khai ở đâu vậy, toàn tỉnh hay chỉ mấy huyện khó khăn thôi")) expect(classifyByRules(typed).intent, typed).toBe("question");
      for (const typed of both("còn bò thì sao?")) expect(classifyByRules(typed, { history: ["lợn bị tiêu hủy vì dịch thì được hỗ trợ bao nhiêu một ký"] }).intent, typed).toBe("out-of-scope");
      // After a question on the documents, the same words ask them.
      expect(classifyByRules("còn mặt trận thì sao?", { history: ["Nghị quyết giao Ban Dân vận làm gì?"] }).intent).toBe("question");
    });

    it("reads a report named by its month before its sender, the heat and one's sweat, thanks after sending, people's say in policy, and an employee's insurance as what they are", () => {
      for (const typed of both("tháng trước báo vụ cây đổ chắn đường, giờ xử lý xong chưa?")) expect(classifyByRules(typed).intent, typed).toBe("tracking");
      for (const typed of both("Trưa ni oi bức quá hỉ, ngồi quạt mà mồ hôi vẫn chảy ròng ròng")) expect(classifyByRules(typed).intent, typed).toBe("smalltalk");
      for (const typed of both("Cảm ơn nghen, tui gửi phản ánh xong rồi")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "thanks" });
      for (const typed of both("Tỉnh sắp ra chính sách mới thì dân có quyền được góp ý trước không hay ban hành rồi mới biết?")) expect(classifyByRules(typed).intent, typed).toBe("question");
      // One's own case, whether one may complain of it, stays a complaint.
      for (const typed of both("Xã làm đường qua vườn tui mà không hỏi ý kiến, tui có quyền khiếu nại không?")) expect(classifyByRules(typed).intent, typed).toBe("report");
      for (const typed of both("Nhân viên hợp đồng ở trạm y tế xã có được đóng bảo hiểm xã hội không?")) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
    });

    it("reads 'tới phòng nào rồi' as asking after one's report, a named greeting asking after someone and a sleepless night's chat as chat, 'có mã rồi' with thanks as thanks, and the documents heard of as opening a question", () => {
      for (const typed of both("giờ đơn đó tới phòng nào rồi anh?")) expect(classifyByRules(typed, { history: ["hôm qua tui gửi phản ánh chuyện đèn đường"] }).intent, typed).toBe("tracking");
      for (const typed of both("Chào anh Tâm bên Ban Dân vận, lâu quá không gặp, anh khỏe không?")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "greeting" });
      // …but a question after the greeting is the question.
      for (const typed of both("Chào anh, anh khỏe không, cho tui hỏi nghị quyết giao Mặt trận làm chi?")) expect(classifyByRules(typed).intent, typed).toBe("question");
      for (const typed of both("gần 12 giờ đêm rồi, ngủ không được nên vô tám với bot chút cho vui")) expect(classifyByRules(typed).intent, typed).toBe("smalltalk");
      // Kept awake by a neighbour, it is a complaint.
      for (const typed of both("karaoke nhà bên hát tới 1 giờ sáng, ngủ không được")) expect(classifyByRules(typed).intent, typed).toBe("report");
      for (const typed of both("ok cảm ơn nghen, có mã rồi tui chụp màn hình giữ lại đó")) expect(classifyByRules(typed).intent, typed).toBe("smalltalk");
      const heard = "nghe nói nghị quyết có kể ra mấy chuyện dân bức xúc như đất đai, môi trường";
      for (const typed of both(heard)) expect(classifyByRules(typed).intent, typed).toBe("question");
      expect(classifyByRules("rứa trong mấy chuyện đó cái mô được nhấn mạnh nhất?", { history: [heard] }).intent).toBe("question");
    });

    it("reads a footnote asked while reading the documents aloud as a question, an official's phone and a wait quoted against the documents as a complaint, and answers praised over lecturers as praise", () => {
      for (const typed of both("Tui đọc nghị quyết cho chi đoàn nghe, tới cái chú thích dưới trang thì bản in mờ quá, khúc nói tổng thu ngân sách tăng mấy %, ai coi giùm")) expect(classifyByRules(typed).intent, typed).toBe("question");
      for (const typed of both("Nghị quyết nói cán bộ phải tận tình với dân, mà sáng ni tui lên xã xin giấy xác nhận, anh cán bộ lướt điện thoại bắt ngồi chờ cả buổi. Vậy có đúng nghị quyết không?")) expect(classifyByRules(typed).intent, typed).toBe("report");
      for (const typed of both("bạn trả lời dễ hiểu hơn mấy ông báo cáo viên về xóm tui nữa")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "compliment" });
    });

    it("reads whether carers are paid each month, and how much, as a question the documents cannot answer", () => {
      for (const typed of both("Má tui bị liệt, tui ở nhà chăm luôn. Người chăm như tui có được nhà nước trả tiền mỗi tháng không, mức bao nhiêu?")) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
      // Asking that the payment be made stays a complaint.
      for (const typed of both("Má tui bị liệt, xã hứa trả tiền chăm mỗi tháng mà nửa năm nay không thấy, đề nghị xã kiểm tra")) expect(classifyByRules(typed).intent, typed).toBe("report");
    });

    it("reads a place's ambulances and midwives counted, after a question on the documents, as beyond them; an ambulance needed stays a report", () => {
      const history = ["Nghị quyết có nói chi về đời sống bà con vùng biên giới không?"];
      for (const typed of both("rứa chừ trên đồn có mấy chiếc xe cấp cứu, trạm xá có mấy y sĩ trực đêm?")) expect(classifyByRules(typed, { history }).intent, typed).toBe("out-of-scope");
      for (const typed of both("Ông nội tui té cầu thang bất tỉnh, xin xã cho xe cấp cứu vô gấp")) expect(classifyByRules(typed).intent, typed).toBe("report");
    });

    it("reads what the bot can do for a thesis as about the assistant, someone old behind a locked door as a report whatever place it names, an unanswered message told here as tracking, a fire-danger level as a forecast, 'tỉnh ban hành' as no other province, and 'luôn hả, hay chỉ …' as asking", () => {
      for (const typed of both("Tui là học viên cao học, con bot ni giúp được tui những gì cho luận văn về nghị quyết dân vận?")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "self" });
      for (const typed of both("Ông cụ nhà bên ở một mình, con cái đi làm ở Bình Dương hết. Ba bữa ni cửa đóng im, kêu không thưa. Có nên phá cửa không, báo ai?")) expect(classifyByRules(typed).intent, typed).toBe("report");
      for (const typed of both("Tháng trước tui có nhắn vô đây chuyện cống bể trước chợ, đợi mãi mà không thấy ai nói gì hết.")) expect(classifyByRules(typed).intent, typed).toBe("tracking");
      for (const typed of both("bữa ni Phước Sơn cấp dự báo cháy rừng là cấp mấy vậy ad")) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
      for (const typed of both("Theo nghị quyết, dân có được tham gia vào việc tỉnh ban hành chủ trương lớn không?")) expect(classifyByRules(typed).intent, typed).toBe("question");
      const history = ["Theo nghị quyết, dân có được tham gia vào việc tỉnh ban hành chủ trương lớn không?"];
      for (const typed of both("tham gia từ đầu tới cuối luôn hả, hay chỉ được góp ý lúc có dự thảo")) expect(classifyByRules(typed, { history }).intent, typed).toBe("question");
    });

    it("reads news heard of a place praised as glad news passed on; a grievance told beside it stays a report", () => {
      for (const typed of both("Nghe mấy ông ngoài quán cà phê kể xã bên vừa được tỉnh công nhận là mô hình Dân vận khéo nhờ vận động bà con làm đường bê tông")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "news" });
      for (const typed of both("Nghe nói thôn bên vừa được huyện khen, mà đường vô thôn tui sạt lở cả tháng nay chưa ai sửa")) expect(classifyByRules(typed).intent, typed).toBe("report");
    });

    it("reads asking to have the complaint just told passed on as going on with it, and where to put one's name down for a festival's race as a procedure", () => {
      const history = ["xưởng nhuộm đầu thôn xả nước màu đỏ ra mương dẫn nước vô ruộng, lúa úa hết"];
      for (const typed of both("rứa ai lo vụ ni? bên mình chuyển lên giúp tui với")) expect(classifyByRules(typed, { history }).intent, typed).toBe("report");
      for (const typed of both("bên mình đã chuyển lên giúp tui chưa?")) expect(classifyByRules(typed, { history }).intent, typed).toBe("tracking");
      for (const typed of both("hội đua ghe mùng 10 tháng giêng, đội xóm tui muốn đăng ký thì nộp tên ở mô?")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "out-of-scope", detail: "procedure" });
    });

    it("reads status asked after something like a code as tracking, thanks for a fallen tree cleared as thanks, a warden's happy morning as chat, and which drug cures shrimp as know-how", () => {
      for (const typed of both("Hợp tác xã chúng tôi ở Phú Ninh đã gửi kiến nghị về cống tưới bị vỡ, mã PA-7QX2KD. Xin cho biết đã chuyển cơ quan nào xử lý.")) expect(classifyByRules(typed).intent, typed).toBe("tracking");
      for (const typed of both("Cảm ơn nghen, vụ cây dầu đổ chắn đường xóm tui báo tuần trước, chiều qua xã cho người cưa dọn xong rồi.")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "resolved" });
      for (const typed of both("Sáng ni tới phiên tui đứng cổng trường, tụi nhỏ chào lễ phép lắm, vui ghê. Nhắn khoe với bạn chút thôi.")) expect(classifyByRules(typed).intent, typed).toBe("smalltalk");
      for (const typed of both("hồ tôm nhà tui mấy bữa ni tôm bị đốm trắng, cho hỏi xài thuốc chi để trị")) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
    });

    it("reads whether one qualifies for an allowance under a decision as beyond the documents", () => {
      for (const typed of both("Ba tui đi dân công hỏa tuyến năm 1979, giờ có thuộc diện hưởng trợ cấp theo Quyết định 49 không?")) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
    });

    it("reads the assistant promoted in jest over a slow commune as a compliment, and whether what one does oneself breaks a law as beyond the documents", () => {
      for (const typed of both("Hỏi bot câu chi cũng trả lời liền, lên xã hỏi thì hẹn tới hẹn lui. Chắc bầu bot làm chủ tịch xã luôn cho rồi 😂")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "compliment" });
      for (const typed of both("Tui chụp hình cán bộ xã đang làm việc rồi đăng lên Facebook thì có phạm luật không?")) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
      // What an official did, asked whether it breaks a law, is still a matter to file.
      for (const typed of both("Ông trưởng thôn tự ý thu tiền mỗi hộ 200 ngàn làm cổng làng, làm rứa có trái luật không?")) expect(classifyByRules(typed).intent, typed).not.toBe("out-of-scope");
    });

    it("reads a licence or a Party badge's papers asked after an apology as a procedure, and when a result comes right after giving the code as tracking", () => {
      for (const typed of both("Xin lỗi làm phiền, cho hỏi mở tiệm sửa xe trong hẻm có phải xin giấy phép không?")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "out-of-scope", detail: "procedure" });
      for (const typed of both("Dạ cho hỏi hồ sơ đề nghị tặng huy hiệu 30 năm tuổi Đảng thì chi bộ làm hay gia đình tự nộp ạ?")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "out-of-scope", detail: "procedure" });
      for (const typed of both("Ủa bot ni là xã làm hay ai làm vậy?")) expect(classifyByRules(typed).intent, typed).not.toBe("out-of-scope");
      for (const typed of both("vậy bao giờ thì có kết quả?")) expect(classifyByRules(typed, { history: ["Tui gửi rồi nha, mã PA-2026-000412"] }).intent, typed).toBe("tracking");
    });

    it("reads a hypothetical asked of the passage just quoted as a question, answers praised with a saying and thanks hoping a report is seen to as chat, a saying's origin as beyond the documents", () => {
      const history = ["Phần quan điểm của nghị quyết có nói chuyện lợi ích của dân không?"];
      for (const typed of both("Giả sử mấy hộ nuôi cá lồng đụng với lợi ích chung khi xã làm cầu, thì theo đoạn đó phải tính răng?")) expect(classifyByRules(typed, { history }).intent, typed).toBe("question");
      for (const typed of both("Trả lời gọn mà dễ hiểu, đúng là 'nói ít hiểu nhiều' nghe")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "compliment" });
      for (const typed of both("Cảm ơn nghen, mong bên đó sớm xuống coi cái cống")) expect(classifyByRules(typed, { history: ["Báo giúp: cống thoát nước đầu xóm bể, nước tràn vô nhà dân"] }).intent, typed).toBe("smalltalk");
      for (const typed of both("Người xưa nói 'nước xa không cứu được lửa gần', câu đó xuất xứ từ đâu vậy?")) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
    });

    it("reads a rescue team's registration as a procedure, who signs for an absent official or a district's budget as beyond the documents, and a pump running again thanked as chat", () => {
      for (const typed of both("Nhóm cứu hộ bọn tui ở Đại Lộc có 8 người, giờ muốn đăng ký hoạt động thì nộp hồ sơ ở huyện phải không, mất mấy ngày?")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "out-of-scope", detail: "procedure" });
      // A plea for rescue is still asked of the authorities.
      for (const typed of both("Nước lên tới mái rồi, cứu tụi tui với, nhà có 2 đứa nhỏ ở thôn 3")) expect(classifyByRules(typed).intent, typed).toBe("report");
      const history = ["Nghị quyết biểu bên UBND ai phụ trách công tác dân vận?"];
      for (const typed of both("rứa chủ tịch đi công tác nước ngoài thì ai được ký thay, ủy quyền tối đa bao lâu?")) expect(classifyByRules(typed, { history }).intent, typed).toBe("out-of-scope");
      for (const typed of both("Chương trình mục tiêu quốc gia về nông thôn mới năm ni huyện Đại Lộc được phân bổ bao nhiêu tỷ?")) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
      for (const typed of both("Cảm ơn Ban nghen, cái máy bơm nước đầu thôn chạy lại rồi, bà con có nước xài")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "resolved" });
    });

    it("reads whether what one sees comes of one's suggestion, or a report's result asked after a saying, as tracking", () => {
      for (const typed of both("Tháng trước tui góp ý làm thêm gờ giảm tốc trước cổng chợ, sáng ni thấy người ra đo, có phải nhờ góp ý của tui không?")) expect(classifyByRules(typed).intent, typed).toBe("tracking");
      for (const typed of both("Mong như mong mẹ về chợ. Phản ánh vụ cột điện nghiêng ở xóm tui, gửi qua đây hôm thứ Hai, có kết quả chưa?")) expect(classifyByRules(typed).intent, typed).toBe("tracking");
    });

    it("reads a greeting, then a question with no question mark, as a question, though 'về làng nghề' folds like taking leave ('về … nghe')", () => {
      for (const typed of both("Chào Ban, cho em hỏi nghị quyết có nói gì về làng nghề đúc đồng không ạ")) expect(classifyByRules(typed).intent, typed).toBe("question");
      for (const typed of both("trả lời dài quá, thôi chào nghe")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "goodbye" });
    });

    it("reads how to register or make a file asked to be shown ('chỉ tui cách đăng ký') as a procedure, and guards searching people's bags or a cart snatched for money as a report", () => {
      for (const typed of both("Bot ơi chỉ tui cách đăng ký xe máy điện mới mua với")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "out-of-scope", detail: "procedure" });
      for (const typed of both("hướng dẫn giùm em cách làm hồ sơ xin cấp lại thẻ bảo hiểm y tế bị mất")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "out-of-scope", detail: "procedure" });
      for (const typed of both("Bảo vệ chợ đầu mối bắt mấy người bán rau đứng lại lục túi, ai cho phép họ làm vậy?")) expect(classifyByRules(typed).intent, typed).toBe("report");
      for (const typed of both("Sáng ni mấy người tự xưng trật tự đô thị giật xe bánh mì của má tui, biểu nộp 300 ngàn mới trả xe. Giờ tui biết kêu ai?")) expect(classifyByRules(typed).intent, typed).toBe("report");
    });

    it("reads answers praised over a local official ('rành hơn ông cán bộ thôn') as a compliment, a form's parts and file asked for as beyond the documents, and thanks closing a result told as chat", () => {
      for (const typed of both("bot trả lời rành hơn ông chủ tịch xã tui nữa, hay ghê")) expect(classifyByRules(typed, { history: ["Nghị quyết giao Mặt trận xã làm gì?"] }), typed).toMatchObject({ intent: "smalltalk", detail: "compliment" });
      for (const typed of both("Mẫu biên bản họp chi bộ gồm mấy phần vậy, có file word không?")) expect(classifyByRules(typed).intent, typed).toBe("out-of-scope");
      for (const typed of both("Tháng rồi tui báo xe rác bỏ qua xóm trong, chừ xe ghé đều rồi. Cảm ơn bên ni nghen.")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "resolved" });
    });

    it("never lets the learned model put out of scope what the resolution names and sets going ('Dân vận khéo là phong trào gì')", () => {
      for (const typed of both("Phong trào Dân vận khéo là gì vậy bot?")) expect(intentOf(typed), typed).toBe("question");
    });

    it("reads writing to calm one's nerves ('nhắn linh tinh cho đỡ run') and thanks with a report to be sent later as chat", () => {
      for (const typed of both("Sáng mai con thi tốt nghiệp, hồi hộp quá nên nhắn bot cho đỡ lo thôi")) expect(classifyByRules(typed), typed).toMatchObject({ intent: "smalltalk", detail: "news" });
      for (const typed of both("Cảm ơn nha, mai tui chụp cái cống bể rồi gửi lên sau")) expect(classifyByRules(typed, { history: ["Báo chuyện cống bể thì gửi ở đây được không?"] }), typed).toMatchObject({ intent: "smalltalk", detail: "thanks" });
    });

    it("ends a sentence at an emoji, so a question about the assistant after a long first line is still short", () => {
      const text = "Gõ mấy câu rồi mới nhớ ra chưa biết nên xưng với bạn là gì cho phải phép 🙏 bạn là máy trả lời tự động hay có người trực ở đây vậy?";
      for (const typed of both(text)) expect(classifyByRules(typed).detail, typed).toBe("self");
    });
  });

  it("knows the documents' domain: in it a question gets the nearest passage, outside it a decline", () => {
    expect(inDomain("Tỉnh có lo cho bà con vùng cao không?")).toBe(true);
    // The province measured against the country, as the resolution's target is.
    expect(inDomain("Đến năm 2030 Quảng Nam muốn đứng ở đâu so với cả nước?")).toBe(true);
    expect(inDomain("Văn bản có nhắc chuyện đi kiện không?")).toBe(true);
    expect(inDomain("Thủ tục đăng ký kết hôn ở xã cần giấy tờ gì?")).toBe(false);
    expect(inDomain("Nghị quyết 35 quy định gì về cán bộ?")).toBe(false);
  });
});
