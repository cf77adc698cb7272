import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fold } from "../../src/core/text.js";
import { assessUrgency, classifyFeedback, classifyFeedbackByRules, offlineClassifier } from "../../src/feedback/classifier.js";
import { processingDeadlineDays, TOPIC_CUES, TOPIC_LABELS, TOPICS, URGENT_DEADLINE_DAYS, type Topic } from "../../src/feedback/taxonomy.js";
import { ROOT } from "../helpers/paths.js";

/** Each text, read by the rules alone, is urgent or not as `urgent` says. */
function expectUrgentByRules(texts: readonly string[], urgent: boolean): void {
  for (const text of texts) expect(classifyFeedbackByRules(text).urgent, text).toBe(urgent);
}

/** Each text, read by the rules alone, gets its topic. */
function expectTopicsByRules(cases: ReadonlyArray<readonly [string, Topic]>): void {
  for (const [text, topic] of cases) expect(classifyFeedbackByRules(text).topic, text).toBe(topic);
}

interface Message {
  id: string;
  text: string;
  topic: Topic;
  urgent: boolean;
}

function readMessages(name: string): Message[] {
  return readFileSync(join(ROOT, "bench", "data", name), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Message);
}

function scores(messages: readonly Message[], prepare: (text: string) => string = (text) => text) {
  const verdicts = messages.map((message) => ({ message, verdict: classifyFeedback(prepare(message.text)) }));
  const flagged = verdicts.filter(({ verdict }) => verdict.urgent);
  const urgent = verdicts.filter(({ message }) => message.urgent);
  const caught = flagged.filter(({ message }) => message.urgent).length;
  return {
    accuracy: verdicts.filter(({ message, verdict }) => verdict.topic === message.topic).length / verdicts.length,
    precision: caught / flagged.length,
    recall: caught / urgent.length,
    verdicts,
  };
}

describe("offline classifier on the evaluation sets", () => {
  // Floors of the project's targets: a change that breaks them fails here before the benchmark.
  it.each([
    ["dev set", "dev-feedback.jsonl"],
    ["own held-out set", "extra-feedback.jsonl"],
  ])("meets the floors on the %s, with and without diacritics", (_label, file) => {
    const messages = readMessages(file);
    for (const result of [scores(messages), scores(messages, fold)]) {
      expect(result.accuracy).toBeGreaterThanOrEqual(0.85);
      expect(result.recall).toBeGreaterThanOrEqual(0.9);
      expect(result.precision).toBeGreaterThanOrEqual(0.7);
    }
  });

  it("explains every urgent verdict with more than the topic", () => {
    for (const { verdict } of scores(readMessages("dev-feedback.jsonl")).verdicts.filter(({ verdict }) => verdict.urgent)) {
      expect(verdict.reasons.length).toBeGreaterThanOrEqual(2);
      expect(verdict.reasons.slice(1).join(" ")).toMatch(/nguy hiểm|bạo lực|tụ tập|đang xảy ra|đe dọa|gấp/);
    }
  });
});

describe("topics", () => {
  it.each([
    ["Dự án khu đô thị lấy đất ruộng của dân mà giá đền bù quá thấp", "dat_dai"],
    ["tau hut cat hoat dong ca dem o song thu bon, ruong bo song lo het", "khoang_san"],
    ["Lò mổ gia súc xả nước thải ra kênh, mùi hôi thối cả khu phố", "moi_truong"],
    ["mua lon may ngay nay, duong vao thon ngap sau, xe khong qua duoc", "thien_tai"],
    ["Có đối tượng lạ dụ dỗ học sinh hút bóng cười ở quán nước trước trường", "te_nan"],
    ["xin hoi lam giay khai sinh cho con can nhung giay to gi", "hanh_chinh"],
    ["Ông trưởng thôn vòi tiền các hộ muốn được xét hộ nghèo", "can_bo"],
    ["Cụ ông neo đơn, không nơi nương tựa, nhà dột nát, mong được giúp đỡ", "an_sinh"],
    ["Đề nghị lắp thêm đèn đường ở đoạn dốc gần chợ", "ha_tang"],
    ["cau treo qua suoi hu may tam van, de nghi xa sua gap", "ha_tang"],
    ["Gọi mãi mà công ty cấp nước không sửa đường ống nước bị vỡ trước nhà", "ha_tang"],
    ["Mưa chừng nửa tiếng là khu phố ngập tới đầu gối, mong nạo vét cống thoát nước", "thien_tai"],
  ])("%s → %s", (text, topic) => {
    expect(classifyFeedback(text).topic).toBe(topic);
  });

  it("gives the main topic when a message touches two", () => {
    // A cadre's misconduct is the report even when land is what was misused.
    const cadre = classifyFeedback("Chủ tịch xã nhận tiền để hợp thức hóa đất lấn chiếm cho người quen");
    expect(cadre.topic).toBe("can_bo");
    expect(cadre.reasons[0]).toMatch(/^cán bộ có dấu hiệu vi phạm \(chủ tịch/);
    // A land file stuck at the desk is an administrative-procedure report.
    expect(classifyFeedback("Hồ sơ cấp sổ đỏ nộp ở bộ phận một cửa đã quá hạn hai tháng vẫn chưa có kết quả").topic).toBe("hanh_chinh");
    // Rudeness at the one-stop desk is service, not cadre misconduct.
    expect(classifyFeedback("Cán bộ một cửa phường quát tháo, thái độ hách dịch với người dân").topic).toBe("hanh_chinh");
    // Banks eroded by dredgers: the dredging is the report.
    expect(classifyFeedback("Ghe hút cát ngày đêm làm bờ sông sạt lở vào tận vườn").topic).toBe("khoang_san");
    // A party member who gambles is a cadre report; gambling that officials ignore stays a vice report.
    expect(classifyFeedback("Đảng viên ở chi bộ thôn 3 tham gia đánh bạc ăn tiền").topic).toBe("can_bo");
    expect(classifyFeedback("Sới bạc ở thôn 3 mở suốt đêm, công an xã biết mà không dẹp").topic).toBe("te_nan");
  });

  it("is khac for praise, suggestions and text without a topic, and a polite closing is no praise", () => {
    expect(classifyFeedback("Xin cảm ơn đội cứu hộ đã tận tình giúp bà con").topic).toBe("khac");
    expect(classifyFeedback("Nhà tôi bị ngập sâu sau mưa, đề nghị khơi thông cống. Xin cảm ơn").topic).toBe("thien_tai");
    expect(classifyFeedback("alo alo")).toMatchObject({ topic: "khac", reasons: ["không thấy dấu hiệu của chủ đề cụ thể"] });
    expect(classifyFeedback("   ")).toMatchObject({ topic: "khac", urgent: false, reasons: ["tin nhắn không có nội dung chữ"] });
    expect(classifyFeedback("<p>!!! ???</p>").topic).toBe("khac");
  });

  it("gives the same verdict typed without diacritics", () => {
    const accented = "Nước lũ đang dâng nhanh, cả xóm bị cô lập, có người già mắc kẹt trên mái nhà";
    expect(classifyFeedback(fold(accented))).toMatchObject({ topic: classifyFeedback(accented).topic, urgent: true });
  });

  it("does not read words that merely fold alike", () => {
    // "lo" is worry in an accented message, never "lở".
    expect(classifyFeedback("Dân rất lo vì giá phân bón tăng").topic).toBe("khac");
    // "nuoc dang" is "nước đang", not "nước dâng"; "ông Tư sát khu dân cư" is not "tự sát".
    expect(classifyFeedback("nha may nuoc dang cap nuoc duc ngau, co mui clo").topic).toBe("moi_truong");
    expect(classifyFeedback("trai heo ong tu sat khu dan cu boc mui").urgent).toBe(false);
  });

  it("reports its scores and says it decided offline", async () => {
    const verdict = await offlineClassifier.classify("khai thác cát trái phép ban đêm");
    expect(verdict.by).toBe("offline");
    expect(verdict.scores?.khoang_san).toBeGreaterThan(verdict.scores?.dat_dai ?? 0);
  });
});

describe("urgency", () => {
  it.each([
    ["Đất đá trên đồi đang sạt xuống sát mấy nhà dân, bà con chưa kịp chạy", "đang xảy ra"],
    ["nuoc lu len nhanh qua, nha toi co ba cu 90 tuoi mac ket tren gac", "có người gặp nguy hiểm"],
    ["Hai nhóm thanh niên cầm mã tấu hỗn chiến trước quán karaoke", "có bạo lực"],
    ["Khoảng 200 người dân đang kéo đến trụ sở huyện phản đối dự án", "đông người tụ tập"],
    ["Bọn cho vay nặng lãi nhắn tin dọa đến nhà tôi nếu không trả tiền", "bị đe dọa"],
    // Told as people tell it in chat: loose counts, Quảng Nam words, what they see.
    ["Thằng hàng xóm say rượu vác rựa đứng trước ngõ đòi chém ông nội tui", "có bạo lực"],
    ["may chuc ho dan dang tap trung truoc uy ban xa doi gap chu tich", "đông người tụ tập"],
    ["Sáng ni cả trăm người kéo ra chặn xe chở đá ở đầu cầu", "đông người tụ tập"],
    ["Nước lên tới mái nhà rồi, hai đứa nhỏ nhà bên không ra được", "có người gặp nguy hiểm"],
    ["Tường kè sau nhà tui nứt ra từng giờ, vết nứt giờ to bằng bàn tay", "đang xảy ra"],
    ["Dây điện đứt nằm dưới mương ngay chỗ tụi nhỏ hay tắm", "có người gặp nguy hiểm"],
    ["tui no rut dao ra doa dam thang be o quan net", "có bạo lực"],
  ])("%s → urgent (%s)", (text, reason) => {
    const verdict = classifyFeedback(text);
    expect(verdict.urgent).toBe(true);
    expect(verdict.reasons.join(" | ")).toContain(reason);
  });

  it("does not flag chronic or past problems, and says why", () => {
    const chronic = classifyFeedback("Bờ biển ở thôn tôi bị sạt lở mấy năm nay, năm nào cũng mất vài mét đất");
    expect(chronic).toMatchObject({ topic: "thien_tai", urgent: false });
    expect(chronic.reasons.at(-1)).toMatch(/^sự việc kéo dài hoặc đã qua \(.*mấy năm/);
    expect(classifyFeedback("Năm ngoái có hai em bị đuối nước ở đoạn sông này, đề nghị làm biển cảnh báo").urgent).toBe(false);
    expect(classifyFeedback("Góp ý nên dạy bơi cho học sinh để phòng chống đuối nước").urgent).toBe(false);
    expect(classifyFeedback("Năm mô mùa mưa cũng có người chết đuối ở khúc sông ni, nên làm biển báo").urgent).toBe(false);
    expect(classifyFeedback("Cà phê nhà tui chừ bị thương lái ép giá quá").urgent).toBe(false);
    expect(classifyFeedback("Bộ phận một cửa người đông lắm, phải tập trung chờ cả buổi").urgent).toBe(false);
    expect(classifyFeedback("Đường hư lâu rồi không ai tới sửa, xin xã xem giùm với").urgent).toBe(false);
  });

  it("flags people waiting on a roof, a killing promised by lenders, people pulled from the sea, villages blocking a gate and a slope giving way", () => {
    for (const text of [
      "ca nha tui dang tren noc nha, chua ai toi cuu", "Tụi cho vay nhắn tin sẽ giết cả nhà nếu mai không trả tiền", "Ghe lật ngoài cửa biển, mới vớt được 2 người",
      "Bà con 4 thôn kéo ra chặn cổng nhà máy, công an đã tới", "ba con 3 thon keo ra chan cong nha may", "mưa từ khuya, taluy bắt đầu sụt xuống đường", "Cầu treo nghiêng hẳn một bên mà học sinh vẫn phải đi qua", "ông cụ sống một mình, mấy bữa ni thở yếu lắm",
    ]) {
      expect(classifyFeedback(text).urgent, text).toBe(true);
    }
  });

  it("does not flag what happens every evening, threats over a debt already paid, asking to prepare before the next flood, or relief asked for after it", () => {
    for (const text of [
      "Quán cà phê đầu xóm tối nào cũng tụ tập đông người đánh bài ăn tiền", "Hồi đầu năm tui bị app vay khủng bố tin nhắn, giờ trả xong rồi, muốn hỏi tố cáo ở đâu",
      "Năm rồi lũ cô lập thôn cả tuần; năm ni xin xã chuẩn bị sẵn ghe, đừng để nước lên rồi mới lo", "mong các cấp đến cứu trợ bà con sau lũ",
    ]) {
      expect(classifyFeedback(text).urgent, text).toBe(false);
    }
  });

  it("needs the 'now' close to the hazard", () => {
    expect(classifyFeedback("Xe múc đang múc đất ở đồi thông xã Tam Vinh chở đi bán khắp nơi, đồi sạt lở nham nhở").urgent).toBe(false);
    expect(classifyFeedback("Sườn đồi sau trường đang nứt toác, nước đục rỉ ra").urgent).toBe(true);
  });

  it("counts a crowd from ten people, and a threat as urgent only with loan sharks behind it", () => {
    expect(classifyFeedback("3 người tụ tập uống rượu ở bãi đất trống").urgent).toBe(false);
    expect(classifyFeedback("50 hộ dân tụ tập chặn xe thi công").urgent).toBe(true);
    expect(classifyFeedback("Cán bộ xã đe dọa không giải quyết hồ sơ nếu tôi còn khiếu nại").urgent).toBe(false);
    // Households filling a hall and not leaving are a crowd; deaths of a year gone by are not a danger now.
    expect(classifyFeedback("Khoảng 40 hộ đang ngồi kín hội trường xã đòi gặp chủ tịch, không ai chịu về").urgent).toBe(true);
    expect(classifyFeedback("Tàu hút cát để lại hố sâu, năm 2022 đã có 2 đứa nhỏ chết đuối ở đó, đề nghị cấm hẳn").urgent).toBe(false);
    // A live wire down by a school road is urgent; a quarry's blasts "có ngày chết người" and a storm "vừa rồi" are not now.
    expect(classifyFeedback("cột điện đầu hẻm vừa ngã, dây điện đang tóe lửa nằm giữa đường, con nít sắp đi học").urgent).toBe(true);
    expect(classifyFeedback("Mỏ đá chiều mô cũng nổ mìn, đá văng lên mái nhà, cứ cái đà ni có ngày chết người").urgent).toBe(false);
    expect(classifyFeedback("Cảm ơn các anh bộ đội đợt bão vừa rồi xuống dọn cây đổ").urgent).toBe(false);
  });

  it("is available alone for verdicts whose topic comes from elsewhere", () => {
    expect(assessUrgency("Cháy lớn, có người mắc kẹt trong nhà")).toMatchObject({ urgent: true, reasons: [expect.stringContaining("mắc kẹt")] });
    expect(assessUrgency("xin hỏi thủ tục cấp đổi căn cước")).toEqual({ urgent: false, reasons: [] });
  });

  // How long it takes is `npm run bench:classify`'s to say ("one 20,000-character message"): timed here, it failed on a busy machine.
  it("reads a 20,000-character message whole, with short reasons", () => {
    const text = "Nước lũ đang lên, bà con bị cô lập. ".repeat(560).slice(0, 20_000);
    const verdict = classifyFeedback(text);
    expect(verdict).toMatchObject({ topic: "thien_tai", urgent: true });
    expect(verdict.reasons.every((reason) => reason.length < 200)).toBe(true);
  });
});

describe("topics in everyday words, kind by kind", () => {
  it.each([
    ["nuoc len nhanh lam roi, nha ong ba toi o ven song", "thien_tai"],
    ["Trời ơi núi lở ầm ầm sau lưng làng", "thien_tai"],
    ["Đường lên thôn 2 vừa sạt một đoạn dài, có chiếc xe máy bị đất vùi", "thien_tai"],
    ["có thằng say rượu cầm dao rựa đi chém người ngoài chợ", "te_nan"],
    ["ong chong say xin danh vo chay mau dau", "te_nan"],
    ["o thon 3 co nha to chuc song bai danh bai an tien suot dem", "te_nan"],
    ["Cầu tràn qua suối thôn 4 nước chảy xiết, học sinh không qua được", "ha_tang"],
    ["mấy ông thi công đường ống nước đào xong bỏ đó, không lấp lại", "ha_tang"],
    ["Xưởng cưa gỗ chạy tới 11 giờ đêm, ồn không ngủ được", "moi_truong"],
    ["Lên xã xin xác nhận cư trú, xếp hàng từ 7 giờ tới trưa", "hanh_chinh"],
    ["Con ông chủ tịch xã được nhận vô làm công chức mà không qua thi tuyển", "can_bo"],
  ] as const)("%s → %s", (text, topic) => {
    expect(classifyFeedback(text).topic).toBe(topic);
    expect(classifyFeedback(fold(text)).topic).toBe(topic);
  });

  it("does not read a phone call as a power line, 'bộ đội' as a hill or 'xuống' as a workshop", () => {
    expect(classifyFeedback("gọi điện thoại hoài không ai nghe").scores?.ha_tang).toBe(0);
    expect(classifyFeedback("cam on cac chu bo doi da xuong giup ba con sau bao").topic).not.toBe("moi_truong");
    expect(classifyFeedback("cam on cac chu bo doi da giup ba con").scores?.thien_tai).toBe(0);
  });
});

describe("taxonomy", () => {
  it("names every topic and a processing time, shorter when urgent", () => {
    for (const topic of TOPICS) {
      expect(TOPIC_LABELS[topic]).toMatch(/\p{L}/u);
      expect(processingDeadlineDays(topic, true)).toBe(URGENT_DEADLINE_DAYS);
      expect(processingDeadlineDays(topic, false)).toBeGreaterThan(URGENT_DEADLINE_DAYS);
    }
  });
});

describe("urgency as people text it, kind by kind", () => {
  const urgent = (text: string) => classifyFeedback(text).urgent && classifyFeedback(fold(text)).urgent;
  const calm = (text: string) => !classifyFeedback(text).urgent && !classifyFeedback(fold(text)).urgent;

  it("hears a call for help, people trapped or in the water", () => {
    for (const text of ["Cứu tôi với, nước ngập hết rồi", "ba mẹ tôi bị kẹt trên mái nhà", "Thôn tôi bị chia cắt hoàn toàn, hết lương thực", "lật ghe ở cửa Đại, 3 người chưa tìm thấy", "có đứa nhỏ rớt xuống sông"]) {
      expect(urgent(text), text).toBe(true);
    }
  });

  it("hears a disaster told as just happened, also in Quảng Nam words", () => {
    for (const text of ["Núi sau nhà sạt rồi, cả nhà không dám ở", "nước lên ngập nhà rồi, bà con ở đây chưa ai tới", "Nước lên ngập nhà tới ngực", "nác lên tới nóc rồi bà con ơi", "mùi khí ga rò rỉ, mấy người đang khó thở"]) {
      expect(urgent(text), text).toBe(true);
    }
  });

  it("hears fights happening, threats to kill and crowds gathering", () => {
    for (const text of ["Hai nhóm thanh niên đang đánh nhau ở đầu cầu", "Thằng đó hăm giết cả nhà tôi", "bà con kéo tới ủy ban xã cả trăm người", "Dân tụ tập đông người trước ủy ban xã"]) {
      expect(urgent(text), text).toBe(true);
    }
  });

  it("hears a hazard followed by 'rồi', people fleeing the water or unable to, fires spreading and people held", () => {
    for (const text of [
      "nước lên nhanh lắm rồi, cả xóm chưa ai kịp dọn đồ", "Đất trên đồi sạt xuống lấp mất con đường rồi, xe cứu thương không vào được", "TRỜI ƠI CÓ AI KHÔNG, NƯỚC VÔ TỚI GIƯỜNG RỒI",
      "nac ngap toi cua so roi, tui voi may dua nho dang leo len gac", "cháy rừng lan tới sát nhà dân rồi, khói mù mịt", "Mấy đứa đòi nợ thuê bắt con tôi đi rồi, đòi 50 triệu mới thả",
      "mua lon qua, dat tren doi do xuong lap nua ngoi nha, nguoi trong nha chay kip ko biet", "thang hang xom xin ma tuy vao, dang dap pha nha, vo con no bo chay",
    ]) {
      expect(urgent(text), text).toBe(true);
    }
  });

  it("hears a fire or a collapse told with diacritics, someone about to take their life, and stays calm when it has lasted weeks", () => {
    expect(classifyFeedback("Kho hàng đầu chợ đang cháy, lửa lớn lắm").urgent).toBe(true);
    expect(classifyFeedback("Nhà văn hóa thôn vừa sập, mấy người đang họp bên trong").urgent).toBe(true);
    expect(urgent("Chị hàng xóm cãi nhau với chồng rồi đòi uống thuốc sâu")).toBe(true);
    expect(calm("Đường vô thôn ngập mấy tuần rồi mà chưa ai thông cống")).toBe(true);
    expect(classifyFeedback("chạy xe trên đường này sợ lắm").urgent).toBe(false);
  });

  it("hears rivers and the sea coming into the village, people not yet dug out, and ransoms, and keeps prices, leaking roofs and rough seas calm", () => {
    for (const text of [
      "moi nguoi oi nuoc song thu bon len nhanh lam, khu tui nuoc da vo toi nha", "dat tren nui do xuong ngay nha ong bay, ca nha ong 4 nguoi chua ai thay ra, ba con dang dao boi",
      "ad oi song to qua, nuoc bien tran vo xom, may cai ghe bi danh chim", "tui bi may thang no chan duong danh, dang chay tron trong nha nguoi quen, cuu tui",
    ]) {
      expect(urgent(text), text).toBe(true);
    }
    expect(classifyFeedback("thằng con tui bị bọn nó bắt giữ ở bên Campuchia, nó gọi về đòi tiền chuộc")).toMatchObject({ topic: "te_nan", urgent: true });
    for (const text of ["giá phân bón lên nhanh quá rồi, bà con không có lãi", "mái nhà bà cụ đang rỉ nước, mong được hỗ trợ sửa", "hôm nay sóng to, tàu thuyền không ra khơi được"]) {
      expect(calm(text), text).toBe(true);
    }
  });

  it("reads chat shorthand and words typed without diacritics inside an accented message", () => {
    expect(classifyFeedback("nc len nhanh qua, nha e ngap toi bung r, ko ra dc")).toMatchObject({ topic: "thien_tai", urgent: true });
    expect(classifyFeedback("nhà tôi bị ngap rồi, nươc lên nhanh").urgent).toBe(true);
    expect(classifyFeedback("Can bo xa hach sach dan khi lam giay to, hoi j cung ko tra loi").topic).toBe("can_bo");
  });

  it("stays calm about smoke, curt answers and plots of land followed by 'rồi', and about floods that come every rain", () => {
    for (const text of [
      "khói lò gạch bay vô nhà rồi, hôi lắm, mong xã kiểm tra", "Cán bộ một cửa trả lời cộc lốc, tui già rồi", "bí thư chi bộ lấy tên vợ mua lô đất dự án rồi bán lại",
      "đường này ngập rồi lại khô, năm nào cũng vậy, xin làm cống thoát nước", "Mưa chừng nửa tiếng là đường ngập tới đầu gối, nước tràn vô nhà dân",
    ]) {
      expect(calm(text), text).toBe(true);
    }
  });

  it("hears a child lost, someone fallen into water, boats not back in a storm, a live wire on the road and a bridge giving way under traffic", () => {
    for (const text of [
      "Em bé 3 tuổi ở xóm tôi đi lạc từ trưa, cả xóm đang tìm chưa thấy", "Ông cụ bị ngã xuống ao sau nhà, giờ không thấy đâu", "Ghe của anh tôi chưa vào bờ, mất liên lạc từ tối qua",
      "Dây điện trung thế đứt đang nằm trên đường, người đi qua lại đông", "Cầu đang rung lắc dữ dội, trụ cầu nứt, xe vẫn chạy qua", "Chồng tôi say rượu đang cầm dao đuổi đánh mẹ con tôi",
    ]) {
      expect(urgent(text), text).toBe(true);
    }
  });

  it("hears someone fainting in a crushing crowd, and an old woman who will not leave a house the neighbours are propping up", () => {
    for (const text of [
      "Ở bệnh viện huyện sáng ni cả trăm người chen lấn chờ khám, có ông cụ bị xỉu ngoài hành lang",
      "Nhà ông Tư mưa mấy ngày nay vách đổ một bên, ổng không chịu ra, anh em trong xóm đang chống tạm bằng cây tre",
    ]) {
      expect(urgent(text), text).toBe(true);
    }
  });

  it("reads a danger told in a clause about the past as past, even when another clause is about now; a year gone by is past, this year is not", () => {
    const year = new Date().getFullYear();
    for (const text of [
      "Năm kia lũ cuốn mất chiếc cầu tre, chừ bà con vẫn đi đò qua sông, xin làm cầu mới",
      `Hồi ${year - 3} cả trăm hộ kéo lên xã khiếu kiện vụ đền bù, tới chừ vẫn chưa giải quyết xong`,
      "Hồ sơ trợ cấp của ba tui nộp từ đầu năm, không biết kẹt ở mô, nhờ ban hỏi giùm",
      "Tụi tui ở gần sân bay Chu Lai, đề nghị làm lại con đường ra quốc lộ",
    ]) {
      expect(calm(text), text).toBe(true);
    }
    expect(urgent(`Năm ${year} rồi mà tụi nó vẫn cầm dao rượt chém nhau ngoài chợ`)).toBe(true);
  });

  it("stays calm about a danger that happened once before, patrols and prevention", () => {
    for (const text of ["Hồi tết có vụ đâm chém ở quán nhậu, giờ mong công an tuần tra nhiều hơn", "Năm ngoái lũ cuốn trôi cầu, mong tỉnh sớm xây lại cầu mới", "Dây điện trước nhà võng thấp lâu nay, đề nghị điện lực kéo lại", "Đề nghị lắp đèn ở khúc cua, để phòng tai nạn"]) {
      expect(calm(text), text).toBe(true);
    }
  });

  it("stays calm about the past, habits, traffic and relief, and about words that fold into danger words", () => {
    for (const text of [
      "Kẹt xe giờ cao điểm ở ngã tư", "Hồi năm ngoái hai nhóm đánh nhau, giờ yên rồi", "Cứu trợ lũ năm rồi chia không đều", "Năm nào cũng sạt lở, đề nghị làm kè",
      "Đề nghị tăng cường đoàn kết trong đồng bào có đạo", "Nhà chị ở thôn 2 dột nát sắp sập, mong được hỗ trợ xây nhà",
    ]) {
      expect(calm(text), text).toBe(true);
    }
    expect(classifyFeedback("nui sau nha sat roi, ca nha khong dam o").topic).not.toBe("te_nan");
  });
});

describe("dangers told as past or only feared, crowds and fainting (written for these rules, not taken from any evaluation set)", () => {
  const urgent = (text: string) => classifyFeedback(text).urgent && classifyFeedback(fold(text)).urgent;
  const calm = (text: string) => !classifyFeedback(text).urgent && !classifyFeedback(fold(text)).urgent;

  it("stays calm about a month gone by, loan sharks' threats that are over, a quarrel settled long ago and stuffy air typed without diacritics", () => {
    for (const text of [
      "Thay mặt chi hội phụ nữ thôn 3, em xin cảm ơn đoàn thanh niên đợt lũ tháng 11 vừa rồi đã về sửa nhà cho mẹ con chị Hoa, có bạn bị thương ở tay mà vẫn làm",
      "năm ngoái tụi cho vay khủng bố gọi điện cả tháng, chừ yên rồi, góp ý là nên dẹp mấy tờ rơi vay nợ",
      "hồi năm kia hai nhà căng lắm, còn đánh nhau, chừ hòa giải xong rồi mà ổng vẫn lấn đất",
      "khoi lo gach bay vo nha ngot ngat ca ngay",
    ]) {
      expect(calm(text), text).toBe(true);
    }
  });

  it("hears someone fainting told by who, a crowd losing its temper, and people agreeing to go up together to complain", () => {
    for (const text of [
      "Ở bộ phận một cửa đông quá, có bà cụ xỉu vì nóng",
      "Cả trăm người chờ từ sáng, bắt đầu la ó đập bàn với nhân viên",
      "Bà con thống nhất sáng thứ hai kéo nhau lên UBND tỉnh, mong các anh bố trí người tiếp",
    ]) {
      expect(urgent(text), text).toBe(true);
    }
    expect(calm("cong thoat nuoc nho xiu, mua la ngap")).toBe(true);
  });

  it("hears a crowd counted in words or told as the people of a place, and a roof sagging over someone who cannot get out", () => {
    for (const text of [
      "Từ sáng tới giờ bà con thôn 4 ngồi chắn cổng nhà máy gạch, xe không ra vô được, mấy ông tài xế cự cãi với dân",
      "Khoảng bốn chục hộ dân đang đứng chắn trước cổng công trường, không cho xe ủi vào",
      "Mái nhà bà Lành đang võng xuống, bà nằm trong nhà không tự đi ra được",
    ]) {
      expect(urgent(text), text).toBe(true);
    }
  });

  it("hears a crowd counted in the sentence next to what it does, people holding a dredger, and chemicals running into a stream people drink from", () => {
    for (const text of [
      "Chừng trăm người đang đứng trên bờ không cho tàu đi, hai bên đang đôi co",
      "Hơn 50 người dân đứng chật bộ phận một cửa từ sáng. Có ông lớn tuổi đập bàn, ngoài sân người ta kéo tới thêm",
      "Xe bồn bị lật ở khúc cua, hóa chất chảy xuống suối, dân dưới xuôi vẫn lấy nước suối ăn uống",
    ]) {
      expect(urgent(text), text).toBe(true);
    }
  });

  it("hears a hazard told in one sentence and people passing in the next, a door kicked in with threats, a thousand workers at the gate, a scuffle no guard can stop", () => {
    for (const text of [
      "Cầu treo vô thôn mục mấy tấm ván, cáp bên trái tưa ra, đi qua là nghiêng hẳn một bên. Sáng ni học sinh vẫn đi qua",
      "Trụ điện đầu đường bị xe tông nghiêng, dây điện thòng sát mặt đường, mối nối còn tóe lửa. Khoảng 20 phút nữa công nhân tan ca đi qua",
      "Ông hàng xóm say rượu đạp cửa nhà tui, nói sẽ cho tui biết tay",
      "Công nhân đứng kín trước cổng công ty, chắc cả ngàn người, vì bị nợ lương",
      "Ở bộ phận một cửa hai người xô nhau ngay quầy, bảo vệ can không nổi",
    ]) {
      expect(urgent(text), text).toBe(true);
    }
    // A bare "đang" further into the next sentence does not make a flood gone by current.
    expect(calm("Ruộng nhà em sau lũ bị bồi cát dày, em xúc cát bán thì có bị phạt không. Thôn em nhiều nhà đang làm rứa")).toBe(true);
    expect(calm("Coi trên mạng thấy người vay nóng ở tỉnh khác bị tạt mắm tôm, ở chợ mình giờ tờ rơi cho vay dán đầy, đề nghị dẹp sớm")).toBe(true);
  });

  it("hears people sitting in a hall until a leader comes, buses hired to go up together, and earth still sliding off a cracked hill", () => {
    for (const text of [
      "Khoảng 40 người là thân nhân liệt sĩ đang ngồi ở hội trường UBND huyện từ sáng, nói ngồi tới khi có lãnh đạo ra gặp",
      "Bà con khu tái định cư đã thuê 3 xe khách, sáng mai hơn 100 người lên UBND tỉnh",
      "Đồi sau nhà nứt một đường dài, đất cứ tuột từng mảng xuống, mưa vẫn to",
    ]) {
      expect(urgent(text), text).toBe(true);
    }
    expect(calm("Đề nghị làm thêm sân chơi cho con nít mấy thôn, hè tới tụi nhỏ toàn rủ nhau ra sông tắm")).toBe(true);
  });

  it("hears a child missing for hours with neighbours searching, a chemical tanker overturned into a stream and a wire snapped minutes ago; stays calm about flooding counted so far", () => {
    for (const text of [
      "Thằng cu nhà chị Lan 5 tuổi đi chơi từ trưa, tới giờ chưa về, cả thôn chia nhau đi tìm",
      "Xe chở hóa chất lật xuống sông đoạn qua cầu Câu Lâu, mùi hắc lắm, dân dưới xuôi vẫn lấy nước",
      "Chừng 5 phút trước dây điện trước chợ bị đứt, rớt xuống đường, còn nẹt lửa",
    ]) {
      expect(urgent(text), text).toBe(true);
    }
    expect(calm("Mới đầu mùa mưa mà khu chợ đã ngập ba lần rồi, đề nghị thành phố làm cống lớn hơn")).toBe(true);
  });

  it("hears a boat not back on a calm sea ('không có bão'); stays calm about an old landslide 'vẫn còn nguyên' and, typed without diacritics, 'chủ đầu tư vẫn' and 'là ở'", () => {
    expect(urgent("Ghe anh tui ra khơi từ hôm kia, hẹn chiều qua về mà tới giờ chưa về, gọi không liên lạc được. Biển êm, không có bão.")).toBe(true);
    expect(calm("Năm ngoái đồi sau trường sạt một mảng, tới chừ chỗ sạt vẫn còn nguyên, đề nghị làm kè trước mùa mưa")).toBe(true);
    expect(calm("Mua nhà ở dự án từ 2019 mà chủ đầu tư vẫn chưa làm sổ, cả khu mấy trăm căn y chang")).toBe(true);
    expect(calm("Tối thứ bảy nào cũng có đá gà ăn tiền ở vườn keo, người ta la ó cả xóm, cả năm rồi")).toBe(true);
  });

  it("hears a danger growing as one watches ('sụp thêm', 'nứt rộng hơn', 'đang rơi xuống') and, typed without diacritics, a smell that makes workers dizzy ('chong mat')", () => {
    expect(urgent("Bờ sông sụp thêm ba mét từ chiều qua, sáng ni vết nứt sau bếp rộng hơn, nhà có con nhỏ")).toBe(true);
    expect(urgent("Vách nhà bà cụ nghiêng ra, đất vẫn đang rơi xuống từng mảng, bà vẫn nằm trong đó")).toBe(true);
    expect(classifyFeedback(fold("Nhà máy bên cạnh xả mùi hắc, hơn 20 công nhân chóng mặt, 3 người ngất")).topic).toBe("moi_truong");
  });

  it("stays calm about a danger seen in the news elsewhere and a smell 'to faint from'", () => {
    for (const text of ["Nghe báo nói ở tỉnh khác có học sinh hút thuốc lá điện tử trộn ma túy bị ngộ độc, tôi lo ở trường mình cũng có", "Trại heo xả nước thải ra suối, mùi thối muốn ngất, đề nghị xử lý"]) {
      expect(calm(text), text).toBe(true);
    }
    expect(classifyFeedback("cho hoi dot rom ngoai dong khoi mu mit ca xom, xa co cam dc k").topic).toBe("moi_truong");
  });

  it("stays calm about a call for help over paperwork, a scuffle of months ago and old cracks before the rainy season", () => {
    for (const text of [
      "Cứu em với mọi người ơi, hồ sơ cấp đổi căn cước nộp lần thứ ba vẫn bị trả về",
      "Hồi tháng 3 hai nhà có xô xát, công an lập biên bản rồi, giờ ổng lại xây tường lấn qua",
      "Đồi sau thôn còn mấy vết nứt cũ, mùa mưa sắp tới rồi mà chưa ai lên khảo sát",
    ]) {
      expect(calm(text), text).toBe(true);
    }
  });

  it("stays calm about a road closed on the people who then suffer it, a gathering every Sunday, waves at high tide and a power line run 'tới nóc'; hears a crowd that blocks", () => {
    for (const text of [
      "Phường làm sự kiện rồi rào đường Phan Chu Trinh cả ngày không báo trước, bà con bán hàng ở đó phải nghỉ bán",
      "Tối thứ bảy nào cũng có mấy chục người tụ tập đánh bài trong nhà ông Tám, ồn không ngủ được",
      "Bờ biển thôn tui bị xâm thực nặng, nước lớn là sóng đánh vô tới hàng rào nhà dân, xin làm kè trước mùa mưa",
      "Xóm tui còn 15 hộ chưa có điện lưới, xin ngành điện kéo đường dây vô tới nóc",
      // "doi ban" typed without diacritics is a hill sold ("đồi bán"), no threat to shoot.
      "o thon 3 co may xuc dao dat doi ban cho cong trinh, dem nao cung cho ra",
    ]) {
      expect(calm(text), text).toBe(true);
    }
    expect(urgent("Mấy chục hộ dân đang kéo ra chặn đường không cho xe chở đất vô ruộng")).toBe(true);
  });
});

describe("the main topic, kind by kind (written for these rules, not taken from any evaluation set)", () => {
  const topicOf = (text: string) => [classifyFeedback(text).topic, classifyFeedback(fold(text)).topic];

  it("reads tones and names as people type them: hỏi for ngã inside a phrase, a capitalised place name is no word typed without diacritics, the police stopping someone is no 'ăn chặn'", () => {
    expect(classifyFeedback("Cán bộ địa chính xã nhũng nhiểu dân khi làm sổ đỏ, không đưa tiền là hồ sơ nằm đó").reasons.join(" ")).toContain("nhũng nhiễu");
    expect(classifyFeedback("Hàng xóm bảo là đường ống nước bể từ tối qua tới giờ").topic).toBe("ha_tang");
    expect(classifyFeedback("Nhà máy đá lạnh ở Tam Quang xả khí khai nồng nặc").topic).toBe("moi_truong");
    expect(classifyFeedback("Tối qua công an chặn đám thanh niên đua xe ở đường ven biển").topic).toBe("te_nan");
  });

  it("files an official's behaviour — asking for money, harassing, using the office — as a cadre report, and the land decision itself as land", () => {
    for (const text of [
      "Chủ tịch xã bắt nhà tôi phải đưa tiền mới cho làm sổ đỏ", "can bo dia chinh ga tien nha toi, khong dua thi khong do dat", "Cán bộ xã chửi bới, đe nẹt dân khi dân hỏi về tiền đền bù",
      "cán bộ thôn quấy rối, nhắn tin gạ gẫm con gái tôi", "Trưởng thôn cấu kết với chủ dự án chèn ép giá đền bù của dân", "ông cán bộ tư pháp xã gạ tôi nộp thêm tiền ngoài mới chứng thực nhanh",
    ]) {
      expect(topicOf(text), text).toEqual(["can_bo", "can_bo"]);
    }
    for (const text of ["Nhà tôi bị thu hồi 500 m2 đất nhưng chỉ được bồi thường 300 m2", "Đề nghị xem lại phương án tái định cư, lô đất được bốc thăm quá xa", "Cán bộ xã chưa chi tiền đền bù đất cho nhà tôi"]) {
      expect(topicOf(text), text).toEqual(["dat_dai", "dat_dai"]);
    }
  });

  it("files a hill dug away for fill as mining, a loan-shark family's door smeared with shrimp paste as a social evil, a widow asking about school fees as welfare", () => {
    const byRules = (text: string) => [classifyFeedbackByRules(text).topic, classifyFeedbackByRules(fold(text)).topic];
    expect(byRules("Có người thuê máy xúc múc đồi sau xóm, đất chở ra bán cho mấy công trình, quả đồi sắp mất rồi")).toEqual(["khoang_san", "khoang_san"]);
    expect(byRules("Nhóm cho vay tới tạt mắm tôm trước cổng nhà chị tui, nói tuần sau không trả nợ góp thì biết tay")).toEqual(["te_nan", "te_nan"]);
    expect(byRules("Tui góa chồng, nuôi 2 đứa đi học, xin hỏi con tui có được miễn giảm học phí không")).toEqual(["an_sinh", "an_sinh"]);
    expect(byRules("Hàng cứu trợ về thôn, ông trưởng thôn chia cho họ hàng trước, nhà ngập nặng không được chi")).toEqual(["can_bo", "can_bo"]);
    // The issue's first sentence: money taken against the rules by a commune official is about the official, not the land.
    expect(byRules("Tôi muốn phản ánh việc cán bộ xã thu tiền sai quy định khi làm giấy tờ đất")).toEqual(["can_bo", "can_bo"]);
    expect(assessUrgency("Hồ chứa trên xóm mực nước đã sát mép đập tràn, thân đập có chỗ rỉ nước").urgent).toBe(true);
  });

  it("files scams, brawling youths, thieves and gangs as social evils, and broken structures of everyday life as infrastructure", () => {
    for (const text of ["Em nhận được tin nhắn trúng thưởng, chuyển phí rồi mất luôn tiền", "thanh niên làng bên sang gây sự, ném đá vào nhà", "Đám thanh niên đang chém nhau ở bờ sông, có người nằm gục", "mẹ tôi bị giả công an gọi điện lừa chuyển tiền"]) {
      expect(topicOf(text), text).toEqual(["te_nan", "te_nan"]);
    }
    for (const text of ["Đường lên trường cấp 2 toàn đá hộc, mưa là trơn trượt", "Nhà văn hóa thôn xuống cấp, mái dột, tường nứt", "Đường điện hạ thế vào xóm chưa có, nhà tôi phải kéo nhờ", "Kênh thủy lợi bị bể, nước không về ruộng"]) {
      expect(topicOf(text), text).toEqual(["ha_tang", "ha_tang"]);
    }
    // Tap water cut off is a service to restore; tap water that smells is pollution.
    expect(topicOf("nước máy khu tui cúp 3 ngày rồi mà không báo trước")).toEqual(["ha_tang", "ha_tang"]);
    expect(topicOf("nước máy có mùi clo nặng, màu vàng, uống không được")).toEqual(["moi_truong", "moi_truong"]);
    // Drug slang, a leaking house, a "bồi dưỡng" asked for, a hill sliding told in plain words.
    expect(topicOf("tối nào cũng có đám thanh niên chơi đá ở quán cà phê đầu hẻm")).toEqual(["te_nan", "te_nan"]);
    expect(topicOf("mẹ tui ở một mình, nhà dột tứ bề, mưa là phải hứng nước")).toEqual(["an_sinh", "an_sinh"]);
    expect(topicOf("cán bộ địa chính đòi bồi dưỡng 3 triệu mới làm hồ sơ nhanh, tui có ghi âm")).toEqual(["can_bo", "can_bo"]);
    expect(topicOf("đồi sau nhà đang nứt toác, đất đang trượt xuống, mưa chưa ngừng")).toEqual(["thien_tai", "thien_tai"]);
    // A storm only feared leaves the leaning pole the subject; a hillside feared to slide, with nothing else, is still a hazard; a new football pitch asked for is a suggestion.
    expect(topicOf("Cột điện đầu ngõ nghiêng hẳn rồi, dây võng sát mái nhà, sợ mùa mưa bão tới gió to là ngã")).toEqual(["ha_tang", "ha_tang"]);
    expect(topicOf("Đồi sau nhà nứt mấy đường dài, sợ mùa mưa tới sạt lở xuống nhà")).toEqual(["thien_tai", "thien_tai"]);
    expect(topicOf("đề nghị xã làm thêm sân bóng cho thanh niên trong thôn")).toEqual(["khac", "khac"]);
    // Praise of a clerk is praise, a broken ditch to mend is infrastructure, a remark on this assistant and a missing child have no topic of their own.
    expect(topicOf("Tôi muốn khen chị Hạnh ở bộ phận một cửa xã, làm giấy tờ nhanh mà tận tình")).toEqual(["khac", "khac"]);
    expect(topicOf("mương dọc đường bể mấy đoạn, tấm đan sụp, đề nghị sửa lại mương")).toEqual(["ha_tang", "ha_tang"]);
    expect(topicOf("trang hỏi đáp ni chữ nhỏ quá, khó xài")).toEqual(["khac", "khac"]);
    expect(topicOf("con bé nhà hàng xóm đi lạc từ chiều, cả xóm chia nhau đi kiếm")).toEqual(["khac", "khac"]);
    // Relief signed for more than was paid, a cadre idling in office hours, a loan scheme asked for a trade.
    expect(topicOf("đợt lũ năm 2020 tui chỉ nhận 2 triệu mà phải ký giấy 5 triệu, ông chủ tịch xã hồi đó giờ xây nhà 3 tầng")).toEqual(["can_bo", "can_bo"]);
    expect(topicOf("cán bộ văn hóa xã giờ hành chính mà ngồi quán đánh bài ăn tiền, làm gương rứa à")).toEqual(["can_bo", "can_bo"]);
    expect(topicOf("ngư dân kiến nghị tỉnh cho vay ưu đãi để đóng mới ghe vỏ composite")).toEqual(["khac", "khac"]);
    // The sender's own past office is no cadre accused; an old village to keep; a bridge's cracked beams before the flood season.
    expect(topicOf("Tui là trưởng thôn nghỉ hưu, thấy quán karaoke đầu cầu có bán ma túy, sáng ra kim tiêm vứt đầy, tui không dám nói công khai")).toEqual(["te_nan", "te_nan"]);
    // ("nha co" is also "nhà có": only typed with diacritics.)
    expect(classifyFeedback("đề nghị tỉnh hỗ trợ giữ gìn làng cổ, mấy chục nhà cổ tường đá ong đang xuống cấp").topic).toBe("khac");
    expect(classifyFeedback("nuoc may mat 3 ngay roi, nha co con nho ko co nuoc tam").topic).toBe("ha_tang");
    expect(topicOf("cây cầu qua khe có vết nứt ngang dầm, sợ mùa lũ, nhờ huyện xuống kiểm tra gia cố")).toEqual(["ha_tang", "ha_tang"]);
    // A flood of years ago leaves the poor family's temporary house the subject; a brawl only feared does not make the police there its subject.
    expect(topicOf("Trận lũ năm 2020 cuốn sập nhà tui, giờ vẫn ở nhà vách tôn dựng tạm, tui là hộ nghèo")).toEqual(["an_sinh", "an_sinh"]);
    expect(classifyFeedback("Công an xã có mặt rồi mà người kéo tới càng đông, sợ xô xát, đất tụi tui chưa ai đền bù đồng nào").topic).toBe("dat_dai");
    // A cadre asked to act ("… xuống dẹp giùm với") is turned to, not reported; one who comes asking for money is.
    expect(classifyFeedback("Tụi thanh niên tối nào cũng tụ tập hút hít ở bãi đất trống, dân không dám nói, công an xã xuống dẹp giùm với").topic).toBe("te_nan");
    expect(classifyFeedback("Ông chủ tịch xã xuống nhà tui đòi tiền mới ký giấy").topic).toBe("can_bo");
    // Mining behind the mud in a stream or the machetes on a dredger is the report; a hotline is no ring of criminals.
    expect(classifyFeedback("Người lạ vô núi đào vàng, xài hóa chất, bùn xả xuống suối đục ngầu").topic).toBe("khoang_san");
    expect(classifyFeedback("Mấy chiếc tàu hút cát lại vô sông, người trên tàu cầm mã tấu dọa chém bà con ra quay phim").topic).toBe("khoang_san");
    expect(classifyFeedback("Đề nghị trang này có thêm số đường dây nóng cho người già").topic).not.toBe("te_nan");
    // Thanks said on behalf of others, after who they are from.
    expect(classifyFeedback("Thay mặt bà con thôn 5, tui xin cảm ơn anh em dân quân đã giúp dọn bùn sau lũ").topic).toBe("khac");
    for (const [text, topic] of [
      ["cống thoát nước trước nhà bể nắp cả tuần rồi", "ha_tang"], ["xe ben chở cát chạy suốt đêm qua đường làng", "khoang_san"], ["đoàn cưỡng chế tới phá nhà tui mà chưa có quyết định", "dat_dai"],
      ["ông trưởng thôn ăn chia tiền hỗ trợ lũ của bà con", "can_bo"], ["em lên mạng làm nhiệm vụ chốt đơn, nạp thêm tiền rồi mất hết", "te_nan"],
      // The police told or called ("báo công an", "công an xã ơi") are not the cadre the report is about.
      ["Con tôi nghiện đang lên cơn cầm dao. Công an xã ơi cứu với", "te_nan"], ["Em báo công an phường vụ bị lừa đảo qua mạng mà chưa thấy gì", "te_nan"],
    ] as const) {
      expect(topicOf(text), text).toEqual([topic, topic]);
    }
    for (const [text, topic] of [
      ["có đứa gọi xưng công an nói má tui dính đường dây rửa tiền, bắt chuyển tiền vô tài khoản tạm giữ", "te_nan"], ["ông chủ tịch xã cho con ruột vô làm, thi tuyển thì sắp xếp trước hết rồi", "can_bo"],
      ["nghe nói ông phó công an xã có phần trong mấy sới gà ở xóm, dân không dám báo", "can_bo"], ["khói lò gạch ngột quá không thở nổi", "moi_truong"],
      // Thanks or praise opening a message is what it is; "tuyến đường" is no "tuyên dương"; leaders asked to come are not in a brawl.
      ["Cảm ơn các anh bộ đội đợt bão vừa rồi xuống dọn cây đổ, lợp lại mái nhà cho bà con", "khac"], ["Tuyến đường vô thôn 5 hư hỏng nặng, ổ gà ổ voi, mùa mưa xe không vô được", "ha_tang"],
      ["Lãnh đạo phường xuống giải quyết gấp đi! Trăm phụ huynh chen lấn làm xác nhận cư trú, đã có người xô xát", "hanh_chinh"],
    ] as const) {
      expect(classifyFeedback(text).topic, text).toBe(topic);
    }
    // Lending apps that shame a borrower, a bribe asked for a signature, land taken for a road and priced per square metre, fields bulldozed before anyone is paid, a power line asked for.
    for (const [text, topic] of [
      ["Em vay mấy cái app trên mạng, giờ tụi nó gọi khắp danh bạ, ghép mặt em đăng lên Facebook", "te_nan"],
      ["Cán bộ tư pháp xã đòi tui 3 triệu mới ký giấy xác nhận, không đưa thì để đó", "can_bo"],
      ["Đất vườn nhà tui bị lấy làm đường tránh, tính có 900 ngàn một mét vuông, ngoài chợ bán cả chục triệu", "dat_dai"],
      ["Công ty cho xe vô ủi rẫy keo của mấy hộ, chưa ai nhận đồng nào, cũng chưa có quyết định chi", "dat_dai"],
      ["Thôn 4 còn chục hộ chưa có điện lưới, đề nghị kéo đường dây điện vô", "ha_tang"],
    ] as const) {
      expect(topicOf(text), text).toEqual([topic, topic]);
    }
    // A sawmill next door, syringes on waste ground, a public car on private trips, a sand wharf past its licence, boundary stakes moved.
    for (const [text, topic] of [
      ["Xưởng cưa kế bên chạy máy cả ngày, mùn cưa bay vô nhà, tiếng máy điếc tai", "moi_truong"],
      ["Bãi đất sau trường sáng nào cũng có ống chích vứt bừa", "te_nan"],
      ["Ông phó phòng lấy xe biển xanh chở cả nhà đi chơi cuối tuần", "can_bo"],
      ["Bến cát ở xóm tui giấy phép hết hạn rồi mà chủ bến vẫn cho bơm cát ban đêm", "khoang_san"],
      ["Nhà bên nhổ cọc ranh dời qua vườn tui cả thước", "dat_dai"],
    ] as const) {
      expect(topicOf(text), text).toEqual([topic, topic]);
    }
    // Typed without marks, "chỗ mô mà tập" is no grave ("mồ mả").
    expect(classifyFeedback("de nghi lam them cho tap the duc cho nguoi gia, chieu ra ngoi khong co cho mo ma tap").topic).not.toBe("dat_dai");
    // Asking whether a signature asked for at the counter is a rule or made up is about the procedure.
    expect(classifyFeedback("xin giấy xác nhận cư trú mà bắt về thôn lấy chữ ký trưởng thôn trước, có quy định vậy không hay tự đặt ra").topic).toBe("hanh_chinh");
    // A neighbour running from a son on drugs is no cadre report because nobody dares come near.
    expect(classifyFeedback("Thằng con nhà bên đang cầm dao rượt ba nó, hàng xóm không ai dám lại gần, gọi công an xã chưa thấy tới").topic).toBe("te_nan");
    // Rice ("lúa") is no scam ("lừa") once folded; to the rules a drain asked for against flooding stays a disaster
    // (the topic model, retrained with round 23, reads it as infrastructure at 80%, which the guide allows: drains to build are "ha_tang").
    expect(classifyFeedback("lua nha toi bi chuot an het").topic).not.toBe("te_nan");
    expect(classifyFeedbackByRules("Mưa lớn là đường ngập, đề nghị nâng cấp cống thoát nước").topic).toBe("thien_tai");
  });

  it("files street lenders' bills and collectors at the gate as social evils, clinic waste and factory smoke as environment, gold diggers as mining, praise after who gives it and crops' selling as other", () => {
    for (const [text, topic] of [
      ["Tờ rơi cho vay góp, vay tiền nhanh không thế chấp dán đầy trụ điện ngoài chợ, mấy chị bán rau bị dụ vay hoài", "te_nan"],
      ["Hai người lạ đi xe không biển số ngồi trước nhà tui cả buổi, nói khi nào trả đủ tiền lãi thì mới đi", "te_nan"],
      ["Ai đó đổ cả bao rác y tế, bông băng dính máu ra bãi đất trống sau chợ", "moi_truong"],
      ["Chiều nào xưởng nhựa cũng bay khói mùi khét qua xóm, con nít khó thở", "moi_truong"],
      ["Vàng tặc kéo lên đầu nguồn đào đãi, đổ hóa chất xuống suối", "khoang_san"],
      ["Bà con thôn 3 xin khen cô hiệu trưởng đã vận động quyên góp sửa lại phòng học", "khac"],
      ["Đề nghị tìm đầu ra cho trái bơ của bà con, thương lái ép giá quá", "khac"],
    ] as const) {
      expect(classifyFeedbackByRules(text).topic, text).toBe(topic);
      expect(classifyFeedbackByRules(fold(text)).topic, fold(text)).toBe(topic);
    }
    // Typed without diacritics, the commune "Đại Quang" is no "đãi quặng".
    expect(classifyFeedbackByRules("duong qua xa dai quang o ga chi chit, de nghi va lai").topic).toBe("ha_tang");
    // A quarrel turning to blows at the counter is a hot spot.
    expect(classifyFeedbackByRules("Ở bộ phận một cửa có người xô đổ bàn, đang cãi nhau to với bảo vệ").urgent).toBe(true);
  });

  it("files cadres gambling as a cadre report and rudeness at the counter as the procedure's; a company's truck is no public car, 'Tam Quang' typed plain no ore; wires burnt for copper are pollution", () => {
    expectTopicsByRules([
      ["Giờ hành chính mà trong phòng sau UBND xã có mấy người là cán bộ ngồi đánh bài ăn tiền", "can_bo"],
      ["Làm giấy khai sinh cho con, lần 1 thiếu bản sao, lần 2 sai tên đệm, lần 3 cô cán bộ quát tui, ngồi một cửa ăn lương tiền thuế của dân mà thái độ rứa", "hanh_chinh"],
      ["Bà con đứng chặn đường vô bãi titan không cho xe công ty chạy, vì họ múc cát sát nghĩa địa", "khoang_san"],
      ["nha toi o xa tam quang sat bai tap ket dam go, boc xep la bui go bay vao nha", "moi_truong"],
      ["Cơ sở phế liệu tối nào cũng đốt dây điện lấy đồng, khói đen khét lẹt", "moi_truong"],
      ["Có người gọi xưng nhân viên điện lực nói nhà nợ tiền điện, bảo cài ứng dụng, rồi tài khoản mất sạch", "te_nan"],
      ["Cán bộ địa chính đòi mỗi hộ 2 triệu mới chịu đi đo đất rẫy", "can_bo"],
    ]);
    // "cán bộ" cursed by a crowd, or money denied, is not a cadre doing the evil.
    expect(classifyFeedbackByRules("Tui ko nói cán bộ ăn tiền chi hết, chỉ mong cán bộ một cửa thái độ tử tế hơn khi làm hồ sơ, thủ tục").topic).toBe("hanh_chinh");
  });

  it("hears a gas leak making people dizzy, an elder failing alone, blasting that reaches homes, someone on a bridge rail and men at sea unheard from; not a weekly gathering, a crowd threatened for the year's end nor a death feared again", () => {
    expectUrgentByRules(
      [
        "Xưởng nước đá bị xì đường ống amoniac từ khoảng 30 phút trước, hai bà cụ chóng mặt, buồn nôn.",
        "Ông cụ sống một mình, sáng nay tui vô thấy ổng nằm dưới nền, nói không ra tiếng.",
        "Mỏ đá vừa nổ mìn, đá văng qua thủng mái tôn nhà tui.",
        "Có một cô gái đang ngồi trên lan can cầu, mặt quay ra sông, ai nói cũng không trả lời.",
        "Tàu câu của chồng em ra khơi, từ tối qua tới giờ không liên lạc được, đài báo áp thấp nhiệt đới đang vào.",
        "Dây điện bị đứt, một đầu rớt xuống mương ven đường trước cổng trường, chiều nay học sinh tan trường đi qua.",
      ],
      true,
    );
    expectUrgentByRules(
      [
        "cu sang chu nhat la trong rung keo co vai chuc nguoi tu tap da ga an tien",
        "Cuối năm ni mà không có câu trả lời thì bà con sẽ làm đơn tập thể kéo nhau lên tỉnh hết.",
        "Mùa hè nào ở đây cũng có trẻ chết đuối, đề nghị mở lớp dạy bơi, không thì lại có người chết nữa.",
      ],
      false,
    );
    expectTopicsByRules([
      ["Gia đình tôi ở nước ngoài muốn góp khoảng 200 triệu xây lại phòng học ở thôn cũ", "khac"],
      ["Nghe sắp sáp nhập xã, tôi xin góp ý khi đặt tên xã mới thì giữ lại tên làng xưa", "khac"],
      ["Bò giống cho hộ nghèo về làng, ông trưởng thôn chia cho bà con nhà ổng 3 con", "can_bo"],
      ["Chị hàng xóm nuôi hai đứa nhỏ một mình trong căn nhà tường đất, không được vô diện hỗ trợ", "an_sinh"],
      ["Mùa lũ năm mô sông cũng ăn vô đất bãi trồng bắp, bờ lở chừ sát con đường", "thien_tai"],
      ["Xin gửi lời cảm ơn mấy anh biên phòng đã cáng vợ tui đi cấp cứu đêm mưa", "khac"],
    ]);
  });

  it("hears someone hurt by a drunk official with a crowd gathering and a bridge giving way under children; not a storm season named, skimming called 'ăn chặn', a waste pond spilling nor a death dared", () => {
    expectUrgentByRules(
      [
        "Tối nay ông phó chủ tịch xã say rượu xô ngã một người dân, đầu đập vô cạnh bàn phải chở đi viện. Hiện giờ mấy chục người đang tụ lại trước nhà văn hóa.",
        "Cầu treo mấy tấm ván mục gãy, trưa nay có em học sinh lọt chân xuống khe. Chiều ni tụi nhỏ lại qua cầu về nhà.",
      ],
      true,
    );
    expect(classifyFeedbackByRules("Tối nay ông phó chủ tịch xã say rượu xô ngã một người dân, đầu đập vô cạnh bàn phải chở đi viện.").topic).toBe("can_bo");
    expectUrgentByRules(
      [
        "Năm nào lũ về thôn cũng bị cô lập, sắp tới mùa mưa bão rồi, đề nghị cấp thêm áo phao",
        "Cán bộ xã ăn chặn tiền hỗ trợ giống cây của bà con nghèo, bà con chỉ cầm có 800 ngàn",
        "Nhà máy mì để nước thải tràn xuống suối, mùi chua thối, dân chết dần chết mòn, phải đợi có người chết mới xử lý hả",
        "Titan bị đào lén, hố sâu cả mét, con nít lọt hố là chết người như chơi",
      ],
      false,
    );
  });

  it("files stones taken from a stream as mining, numbers games as a social evil, roads broken by mining trucks as mining, tickets and notices in a minority's language as other; an anger 'muốn chết' and a season feared are not urgent", () => {
    expectTopicsByRules([
      ["Người dưới xuôi thuê dân làng khiêng đá cuội dưới lòng suối chở về bán làm đá cảnh", "khoang_san"],
      ["tiem tap hoa o cho ghi so de cong khai, hoc sinh cung mua", "te_nan"],
      ["Máy xúc khai thác đất đồi không giấy phép, xe ben chở đất chạy ngày đêm làm nát đường bê tông của thôn", "khoang_san"],
      ["Đề nghị miễn vé tham quan phố cổ cho người dân trong tỉnh", "khac"],
      ["Góp ý các thông báo của tỉnh nên có thêm bản tiếng Cơ Tu cho người già trong làng", "khac"],
    ]);
    expectUrgentByRules(
      [
        "Bình xét hộ nghèo kiểu chi rứa, nhà tui khó vậy mà bị loại, bất công quá, tức muốn chết",
        "Mấy tháng ni sóng đánh lở bờ cát, hàng dương đổ gần hết. Bà con sợ mùa đông ni sóng lớn ăn vô tới nhà.",
      ],
      false,
    );
  });

  it("hears a baby ill in the cold rain, a live wire down where children walk and a trip of hundreds agreed for the morning; not litter stuck in a drain nor a death dared", () => {
    expectUrgentByRules(
      [
        "Có một chị ôm đứa con nhỏ ngồi ở trạm xe buýt từ tối qua. Trời mưa lạnh, đứa nhỏ sốt, bỏ bú.",
        "Dây điện bị đứt, một đầu rơi xuống ngay lối đi học của tụi nhỏ, tức là còn điện.",
        "Tối qua mấy trăm hộ họp nhau, thống nhất sáng mai thuê 4 xe khách lên tỉnh khiếu kiện chuyện 7 năm rồi chưa có sổ.",
      ],
      true,
    );
    expectUrgentByRules(
      [
        "Vỏ chai, bao thuốc trừ sâu vứt đầy mương, trôi kẹt ở miệng cống, đề nghị làm bể chứa vỏ thuốc",
        "Bờ sông năm mô cũng lở vô cả chục mét, làm đơn từ 2019 mà kè vẫn nằm trên giấy. Chờ tới lúc sụp nhà chết người mới làm hả??",
      ],
      false,
    );
  });

  it("files aid handed out short, pressure to drop a denunciation, a silted drain, fish floating dead above an intake, the tide eating a house and a remark on the bot by what they are about", () => {
    expectTopicsByRules([
      ["Hồi tháng 10 mỗi hộ được cứu trợ 2 thùng mì, thôn trưởng chỉ phát cho nhà tui 1 thùng, hỏi thì nói không có sổ sách chi", "can_bo"],
      ["Tui đứng đơn tố cáo chủ tịch xã lấy đất công, mấy bữa ni có người tới nhà biểu rút đơn đi", "can_bo"],
      ["Cống dọc đường bị rác lấp, nắp đan bể hết mấy tấm, mưa xuống là tràn lên đường, đề nghị phường nạo vét", "ha_tang"],
      ["Sáng ni cá chết nổi trắng khúc sông gần trạm bơm nước của thị trấn", "moi_truong"],
      ["Triều lên đêm qua sóng đánh sát móng nhà ông Năm, ông ở một mình", "thien_tai"],
      ["cai chatbot ni tra loi cham, nen them so dien thoai cho nguoi gia", "khac"],
    ]);
    expectUrgentByRules(
      [
        "Chiều ni có người đổ can hóa chất xuống giếng làng, tối 2 đứa nhỏ uống nước về bị nôn liền",
        "Cá chết nổi trắng ngay trên chỗ lấy nước của nhà máy, đề nghị cho ngưng bơm kiểm tra liền",
      ],
      true,
    );
  });

  it("hears a loan shark's threat against a child, a gas leak told by breathing, buses hired for a sit-in, a scam under way, an open manhole someone fell in and an old man too weak to speak; not an old fraud nor an old broken arm", () => {
    expectUrgentByRules(
      [
        "vay app 10 trieu gio no doi 40 trieu, sang ni tui no nhan hinh thang con tui o truong, noi neu khong chuyen tien truoc 5h thi dua chau di",
        "Từ 15 phút trước xóm tui mùi khai nồng nặc, ông nội thở khò khè, nghi xì khí ở kho lạnh",
        "Mấy chục hộ đã thuê 3 xe, 6h sáng mai xuất phát lên tỉnh ngồi trước cổng tới khi có lãnh đạo ra gặp",
        "Ba tui đang trên đường ra ngân hàng chuyển tiền cho tụi xưng công an, tắt máy không nghe con gọi, ai ở gần chặn lại giùm",
        "Nắp hố ga trước trường mất từ hôm qua, tối ni có ông chạy xe té xuống gãy chân, tui kéo cái thùng rác ra chặn tạm",
        "Ông Tư sống một mình, chiều ni qua thấy ổng sốt, nói không ra hơi, trong nhà không còn hạt gạo",
      ],
      true,
    );
    expectUrgentByRules(
      [
        "Tháng trước mạ tui bị gọi xưng công an, sợ quá chuyển vô tài khoản tạm giữ 50 triệu, giờ báo ở đâu để lấy lại",
        "Đường liên thôn ổ gà ổ voi, tối đi té như chơi, thằng cháu tui té gãy tay rồi, làm đi làm lại mấy lần vẫn vậy",
      ],
      false,
    );
    expectTopicsByRules([
      ["Ba tui ngồi chờ ở bộ phận một cửa từ sáng, xỉu trên ghế, cán bộ kêu người nhà tự lo", "hanh_chinh"],
      ["de nghi xa lam them san choi cho con nit o nha van hoa thon", "khac"],
    ]);
  });

  it("files a ransom abroad, a drought, a beaten child, a family-run commune, a drunk official, a hotline nobody answers and a crop price collapse by what they are about; hears a runaway's note, a rabid dog, a leak under way and machines on a crop, not a death dared", () => {
    expectTopicsByRules([
      ["con tui bị rủ qua Campuchia làm việc nhẹ lương cao, giờ tụi nó nhốt lại đòi 100 triệu chuộc về", "te_nan"],
      ["Nắng hạn cả tháng nay, ruộng nứt nẻ hết, xin tỉnh hỗ trợ bà con", "thien_tai"],
      ["Thằng nhỏ nhà bên bị ông dượng đánh, tay có vết dí tàn thuốc", "an_sinh"],
      ["Xã ni gia đình trị, chủ tịch đưa em vợ với con cháu vô làm hết", "can_bo"],
      ["Ông phó chủ tịch xã uống rượu say đứng trước nhà tui chửi", "can_bo"],
      ["gọi đường dây nóng của thị xã mấy ngày ni không ai bắt máy", "hanh_chinh"],
      ["đề nghị có chính sách hỗ trợ tiêu thụ nông sản, ớt rớt giá quá", "khac"],
    ]);
    expectUrgentByRules(
      [
        "Con gái tui 16 tuổi để lại tờ giấy rồi bỏ đi từ tối qua, điện thoại tắt tới giờ",
        "Có con chó nghi bị dại chạy trong xóm, đã cắn 2 người",
        "Sáng ni thấy mấy thùng phuy đang rỉ ra chất lỏng hôi ngay đầu nguồn nước sinh hoạt",
        "Công ty đưa máy múc vô ruộng lúa nhà tui, máy đang chạy, để trễ là mất trắng, nhờ xã xuống liền",
      ],
      true,
    );
    expectUrgentByRules(["Mỏ đá nổ mìn làm nhà tui nứt 3 năm rồi, chắc chờ sập nhà đè chết người mới xử"], false);
  });

  it("files relief signed for and kept, salt water, a sinkhole, carcasses thrown into a canal, praise for a clerk and a dark street by what they are about, and not under a cadre only asked to act; hears a ransom, a threat to stab, a crack widening, a mass poisoning and a child retching, not a house that will fall some day", () => {
    expectTopicsByRules([
      ["Tiền hỗ trợ sửa nhà sau bão, ông trưởng thôn ký nhận thay rồi giữ luôn", "can_bo"],
      ["Nước mặn lấn vô sông mấy tuần ni, lúa chết hết, xin làm đập ngăn mặn", "thien_tai"],
      ["Ruộng sau nhà tự nhiên sụt thành hố tử thần sâu 2 mét", "thien_tai"],
      ["Dịch tả heo ở xóm trên, có người bỏ xác heo chết xuống kênh", "moi_truong"],
      ["Cán bộ tư pháp xã hướng dẫn tận tình, đề nghị ghi nhận để khen thưởng", "khac"],
      ["Đèn đường cả tháng ni không sáng, tối thui, trộm cắp nhiều", "ha_tang"],
      ["Tối nào cũng có đám đánh bài ăn tiền ở nhà ông T, không ai dám nói, đề nghị công an xã kiểm tra", "te_nan"],
    ]);
    expectUrgentByRules(
      [
        "Con tui bị giữ trong một khu bên Campuchia, bị đánh bầm tím, tụi nó đòi 200 triệu chuộc",
        "Có ông say túm cổ áo cán bộ một cửa, nói không làm xong thì ổng đâm",
        "Vết nứt dọc bờ sông sau nhà, sáng ni đo thì rộng thêm 1 tấc, nhà bên trong vẫn có người ở",
        "Ăn đám giỗ xong hơn 20 người đau bụng, mấy cụ già mệt lả",
        "Họ đang phun thuốc cỏ sát trường mẫu giáo, có đứa ói",
      ],
      true,
    );
    expectUrgentByRules(["Mỏ đá nổ mìn mỗi chiều, tường nứt toác, sớm muộn nhà cũng sập đè chết cả nhà", "Bãi rác bốc mùi mấy năm nay, con nít trong xóm hay bị tiêu chảy"], false);
  });

  it("files boats out before a storm, people cut off by a stream, farmland taken cheaply, a child lured online and a hotline unanswered by what they are about; hears a machine keeping someone breathing, intensive care held up, children under a broken roof tonight and a meeting set with a stranger, not thanks for a rescue nor appliances burnt out", () => {
    expectTopicsByRules([
      ["ghe ong Bay di bien tu hom truoc, dai bao mai co ap thap, gio chua lien lac duoc", "thien_tai"],
      ["mấy người đi rẫy bên kia suối, suối lên cao không về được", "thien_tai"],
      ["ruộng nhà tui bị thu làm dự án mà đền có 50 ngàn một mét", "dat_dai"],
      ["con tui nhắn tin với người lạ trên Facebook hứa cho đi làm ở Sài Gòn", "te_nan"],
      ["đường dây nóng của xã gọi cả tuần không ai bắt máy", "hanh_chinh"],
    ]);
    expectUrgentByRules(
      [
        "Mất điện từ tối qua, mạ tui phải thở máy tạo oxy ở nhà, bình dự phòng sắp hết",
        "Ba tui đang nằm hồi sức, bệnh viện nói thẻ bảo hiểm sai nên chưa mổ",
        "cây đòn tay mục gãy, mái võng, tối nay mấy đứa nhỏ vẫn phải ngủ dưới đó",
        "con tui 13 tuổi hẹn 5 giờ chiều nay đón ở bến xe với người lạ quen trên mạng",
      ],
      true,
    );
    expectUrgentByRules(["Cảm ơn khoa cấp cứu bệnh viện tỉnh, tháng trước ba tui tưởng chết rồi mà giờ khỏe", "điện yếu quá, tủ lạnh cháy 2 cái rồi, xin nâng trạm biến áp"], false);
  });

  it("files a whirlwind and someone at a bridge rail by what they are about, 'vo ong' being 'vợ ông'; hears smoke making children retch, a deep pit where children swim, a guardrail gone above a drop, people staying out before a storm and a blast again this afternoon; not the sender's own hurry over a paper nor thanks for the last storm", () => {
    expectTopicsByRules([
      ["con loc chieu qua toc mai 5 nha, ba vo ong Hai bi thuong", "thien_tai"],
      ["có cô gái đứng sát lan can cầu cả tiếng rồi, cứ khóc", "khac"],
    ]);
    expectUrgentByRules(
      [
        "Lò đốt rác cạnh trường vẫn đang đốt, mấy cháu ho với ói",
        "Ghe hút cát để lại hố sâu ngay chỗ con nít tắm, ai ra canh giùm với",
        "Rào hộ lan trên đèo bị xe tông gãy, dưới là vực, chưa có rào tạm",
        "bão sắp vô mà mấy người vẫn ở lại trên lồng bè, biên phòng kêu vô mà không chịu",
        "Mỏ đá nổ mìn không đánh kẻng, đá rớt thủng mái, chiều ni nổ đợt nữa",
      ],
      true,
    );
    expectUrgentByRules(["KHẨN CẤP!!! cần giấy xác nhận cư trú cho con đi học, hạn thứ 6, giải quyết gấp", "Cảm ơn anh em điện lực đợt bão rồi leo cột sửa điện trong gió"], false);
  });

  it("files a craft dying out as a suggestion; hears a bridge with no other way across and a blast again after a stone came through a roof", () => {
    expectTopicsByRules([["nghề dệt chiếu ở làng tui sắp mất, lớp trẻ bỏ nghề hết, mong tỉnh hỗ trợ giữ nghề", "khac"]]);
    expectUrgentByRules(
      [
        "cầu tạm qua suối bị lũ làm lệch, mai tụi nhỏ đi học không có đường khác, nhờ xã ra chặn lại giùm",
        "mỏ đá nổ mìn đá văng làm thủng mái nhà tui, chiều ni còn nổ thêm một đợt",
      ],
      true,
    );
  });

  it("files tap water out for days, a cadre's extra papers, drunk cadres at the counter and a rotting house by what they are; hears a group trip to the province set for Monday and a lender's daily death threats, not capital stuck in a project nor a chairman's 'liệu hồn' alone", () => {
    expectTopicsByRules([
      ["nuoc may mat 3 ngay roi khong thong bao gi het, nha co nguoi gia voi con nho, phai mua nuoc binh ve nau an", "ha_tang"],
      ["công an xã bắt nộp thêm giấy xác nhận của thôn, trong khi nhà đứng tên ba mạ tui, quy định ở mô?", "hanh_chinh"],
      ["trưa nào cũng thấy mấy cán bộ xã ngồi quán nhậu, chiều dân tới làm giấy tờ thì nói năng lè nhè", "can_bo"],
      ["tường nứt toác, mái tôn mục hết, mùa mưa tới chắc không chịu nổi, xin chương trình hỗ trợ làm lại nhà", "an_sinh"],
    ]);
    expectUrgentByRules(
      [
        "khoảng 40 hộ đã thống nhất sáng thứ Hai tới thuê hai xe khách lên tỉnh khiếu nại chung vì 6 năm rồi chưa được cấp giấy",
        "vay qua app 5 triệu, chừ tụi nó đòi 30 triệu, ngày mô cũng nhắn tin gọi điện dọa giết cả nhà",
      ],
      true,
    );
    expectUrgentByRules(
      [
        "đóng đủ 95% tiền rồi mà chưa ra sổ hồng, hàng trăm người mua như tôi đang kẹt vốn",
        "tôi đăng Facebook chuyện đường bể, ông chủ tịch xã gọi lên nói 'mi liệu hồn', từ chừ hồ sơ chi xã cũng không ký",
        "ông phó chủ tịch xã chiều nào cũng nhậu, ai nói chi là dọa cho biết tay",
      ],
      false,
    );
  });

  it("files a crowd at the public-service centre, a paper unsigned, teachers short, an ID card for a bedridden mother, a resettlement plot with no discipline asked and a dog bite by what they are; hears a queue shoving the guard, a hillside cracking with people still below and a loose dog biting; not a flood gone by nor a pipe broken by the water", () => {
    expectTopicsByRules([
      ["Sáng ni ở Trung tâm hành chính công huyện có chừng 80, 90 người đứng chờ làm giấy tờ đất", "hanh_chinh"],
      ["Mai là hạn chót nộp hồ sơ học bổng cho con mà giấy xác nhận hộ cận nghèo xã chưa ký", "hanh_chinh"],
      ["de nghi tinh co chinh sach giu chan giao vien vung cao, truong con toi nam nao cung thieu thay", "khac"],
      ["lam lai cccd cho me toi nam liet giuong, cong an xa noi phai dua ba len tan noi chup hinh", "hanh_chinh"],
      ["bị thu hồi đất làm đường, chưa được bốc thăm lô tái định cư; lên hỏi anh địa chính xã thì nói chờ huyện, tui không cần ai xin lỗi hay kỷ luật ai hết", "dat_dai"],
      ["Con chó lạ vừa cắn liền 3 người trong nửa tiếng, người nhà đang chở mấy người bị cắn lên trạm y tế", "khac"],
    ]);
    expectUrgentByRules(
      [
        "Sáng ni có chừng 80, 90 người đứng chờ làm giấy tờ. Chừ người dồn ra tới ngoài sân, có xô đẩy, ông bảo vệ bị đẩy té.",
        "doi phia sau lang tu chieu toi gio cu nghe ran rac, dat da lan xuong. 4 nha o duoi chan doi van con nguoi o trong, troi van mua.",
        "Con chó lạ vừa cắn liền 3 người trong nửa tiếng, chưa ai bắt được",
      ],
      true,
    );
    expectUrgentByRules(
      [
        "Cảm ơn bộ đội biên phòng, bữa lụt rồi mấy anh chèo ghe tới chở mẹ con tui ra chỗ cao",
        "Lụt rút mấy ngày rồi mà xác heo chết trong kênh không ai vớt, mùi thối bay khắp xóm",
        "Lũ rút 4 ngày rồi mà chưa có nước máy, công ty nói đường ống chính bị nước cuốn bể",
      ],
      false,
    );
  });

  it("files an inheritance taken by a relative's papers as land, a hospital queue as a suggestion, oil on a river killing shrimp as pollution and a drunk vice-chairman typed without diacritics as a cadre; not a land registration held up", () => {
    expectTopicsByRules([
      ["ba tui mat de lai manh vuon, chu tui tu y lam giay to sang ten ong, xa van xac nhan. tui muon khieu nai thi nop o mo, can giay to j?", "dat_dai"],
      ["Bệnh viện huyện xếp hàng khám bảo hiểm từ 5h sáng tới trưa, người già đứng mỏi chân. Đề nghị tăng thêm bàn khám buổi sáng.", "khac"],
      ["doan song gan nha tui co vang dau noi len, nghi la xuong sua tau xa dau nhot xuong, tom chet hang loat. de nghi lay mau nuoc kiem tra", "moi_truong"],
      ["ong pho chu tich xa tui toi ni nhau say ngoai quan, danh 1 ong ban ve chai be dau chay mau, ng ta dang tu tap coi dong lam", "can_bo"],
      ["Đăng ký biến động sang tên đất hẹn 15 ngày mà tới nay 2 tháng chưa xong", "hanh_chinh"],
    ]);
  });

  it("files clearing told by voice-to-text as land, a sports ground and swimming lessons as suggestions, and a Women's Union cadre keeping savings as a cadre", () => {
    expectTopicsByRules([
      ["bên thi công đang cho máy múc dô san ủi đất nhà ông sáu mà nhà ổng chưa nhận tiền đèn bù chi hết hai bên đang xô xát có người bị đánh chảy máu đầu", "dat_dai"],
      ["de nghi tinh lam them san bong da voi nha van hoa cho thanh nien o cac xa mien nui, bon em ko co cho choi the thao", "khac"],
      ["Ban điều hành thôn xin góp ý: nên tổ chức lớp dạy bơi miễn phí cho trẻ em vùng trũng, vì mùa mưa năm mô ở đây cũng có nước lên", "khac"],
      ["mấy chị em góp tiền tiết kiệm qua chị cán bộ hội phụ nữ xã, tới hạn rút thì chị đó không trả, gặp thì né mặt. Nhờ cấp trên xem xét tư cách của người cán bộ này.", "can_bo"],
    ]);
  });

  it("files an urban-order team, a cadre shaming or threatening complainants, a digger in a stream, a tanker's spill, a poor family's crumbling house and tap water out under repair by what they are; hears an open pit a child nearly fell into", () => {
    expectTopicsByRules([
      ["Đội trật tự đô thị xuống dẹp chợ tạm đầu đường, giật thúng rau của một bà cụ, xô bà té đập đầu xuống lề", "can_bo"],
      ["Ông cán bộ văn hóa xã lên Facebook đăng bài chửi người dân phản ánh đường hư, còn chụp hình nhà tui đăng lên bêu tên", "can_bo"],
      ["ông cán bộ địa chính xã nói: ông mà còn gửi đơn lên huyện nữa thì đừng hòng làm được giấy tờ chi ở xã. Rứa là đe dọa dân", "can_bo"],
      ["o Tay Giang co may cai may muc xuong long suoi xuc soi cat chat len xe, suoi duc ngau, ca chet", "khoang_san"],
      ["Xe bồn chở hóa chất lật trên quốc lộ, chất lỏng màu vàng chảy tràn xuống mương thủy lợi, mùi hắc xộc lên mũi", "moi_truong"],
      ["Nhà ông Bảy hộ nghèo vách đất, mấy bữa mưa dầm tường hậu đã nứt toác nghiêng ra ngoài, cột kèo mục hết", "an_sinh"],
      ["nuoc may o khu pho tui mat 3 ngay nay, co luc co thi duc ngau, goi cong ty cap nuoc thi noi dang sua ong", "ha_tang"],
    ]);
    expectUrgentByRules(["Nắp hố ga trước cổng trường mầm non bị mất, hố sâu cỡ 2 mét. Chiều ni đã có 1 cháu trượt chân suýt lọt."], true);
  });

  it("files a crowd over skimmed flood aid, drinking in uniform, rank flaunted and a lavish wedding as a cadre's; hears waves undermining houses tonight; not 'sớm muộn cũng có người chết' nor a village 'rớt xuống sông hết'", () => {
    expectTopicsByRules([
      ["Hiện đang có khoảng 150 người dân kéo lên trụ sở UBND xã đòi gặp chủ tịch xã vì nghi ông ni ăn chặn tiền hỗ trợ lũ lụt", "can_bo"],
      ["can bo xa em moi 10h sang da ngoi quan nhau uong ruou, mac nguyen bo dong phuc, dan ra xa lam giay to thi phong trong", "can_bo"],
      ["Anh cán bộ văn hóa xã vay tiền bà con mấy chục triệu ko trả, ai đòi thì nói tau là cán bộ, mi làm chi được tau", "can_bo"],
      ["Ông phó bí thư đảng ủy xã làm đám cưới cho con 3 ngày liền, mấy trăm mâm, dựng rạp chiếm nửa đường liên thôn, còn lấy xe của xã đưa rước khách", "can_bo"],
    ]);
    expectUrgentByRules(["Sóng biển đánh sập móng 2 căn nhà ven bờ từ chiều, căn nhà tui cũng lòi móng ra rồi, khuya ni triều cường lên nữa chắc đổ. Trong nhà còn ông già nằm liệt giường."], true);
    expectUrgentByRules(["Đường huyện ổ gà ổ voi chi chít, kiểu ni sớm muộn cũng có người chết. Đề nghị huyện sớm dặm vá.", "cái kiểu hút cát ngày đêm như rứa thì chẳng mấy chốc cả làng tụi tui rớt xuống sông hết!"], false);
  });

  it("files a child left alone with no one to feed it as welfare and hears it ill now; not a gambling den's noise beside its owner's loans nor parents 'lo muốn chết' over children swimming in a river", () => {
    expectTopicsByRules([["Cháu bé 5 tuổi nhà bên ở 1 mình mấy ngày nay, cha mẹ đi làm xa, không ai cho ăn", "an_sinh"]]);
    expectUrgentByRules(["Cháu bé 5 tuổi nhà bên ở 1 mình mấy ngày nay, cha mẹ đi làm xa, không ai cho ăn, giờ đang sốt"], true);
    expectUrgentByRules(["Quán nhậu đầu xóm tối nào cũng có người đánh bài, la hét om sòm tới khuya, chủ quán còn cho vay lãi", "Xin xã làm cái hồ bơi cho con nít, hè tới tụi nhỏ ra sông tắm, cha mẹ lo muốn chết"], false);
  });

  it("files villages fighting over a plot, swidden land handed to a forest board, a mine's spoil heap, leachate, a cracked hillside, timber waved through by rangers who drink with the loggers and aid kept back by whom it is; hears people still in a flooded tunnel, an old woman drifting in and out, children retching after a stream and a pole swaying over a class", () => {
    expectTopicsByRules([
      ["Hai làng giành đất rẫy giáp ranh mấy năm nay, xã chưa phân định, đề nghị huyện xuống giải quyết", "dat_dai"],
      ["Rẫy tôi làm mấy chục năm, giờ xã nói đất đó giao cho Ban quản lý rừng, tôi không có giấy, vậy tôi lấy đất đâu làm ăn", "dat_dai"],
      ["Công ty vàng đổ đất đá thải thành đống cao ngay đầu khe phía trên thôn, mùa mưa tới mà trôi xuống thì lấp ruộng", "khoang_san"],
      ["Bãi rác thị trấn đổ sát bờ sông, mưa xuống là rác với nước rỉ trôi xuống hạ lưu", "moi_truong"],
      ["Núi sau làng tôi có đường nứt từ mùa mưa năm ngoái, xin nhà nước coi giùm", "thien_tai"],
      ["Xe chở gỗ lậu đi qua trạm kiểm lâm ban đêm, cán bộ ở trạm cho đi bình thường, sáng hôm sau lại ngồi nhậu chung với họ", "can_bo"],
      ["Gạo hỗ trợ học sinh bán trú mỗi em 15 kg mà hiệu trưởng chỉ cho nấu 10 kg, phần còn lại không rõ đi đâu", "can_bo"],
      ["Nhà nước cho bò giống hộ nghèo, trưởng thôn giữ lại 2 con nói để chăm giúp, rồi bán mất", "can_bo"],
    ]);
    expectUrgentByRules(
      [
        "Mưa lớn nước suối lên nhanh tràn vô hang đào vàng, còn 2 người ở dưới chưa ra",
        "Bà cụ sống một mình hết gạo mấy ngày rồi, giờ nằm một chỗ, không ăn uống được, lúc tỉnh lúc mê",
        "Nước suối sáng nay đục trắng, mấy đứa nhỏ tắm suối về thì nôn, ngứa đỏ người",
        "Trụ điện ở sân trường nứt chân, nghiêng ra phía lớp học, gió mạnh nó đang lắc, các cháu vẫn đang học",
      ],
      true,
    );
  });

  it("reads complaints dictated by voice: a quarry heard as 'mỏ đả', an ID card as 'căng cước', no one left to earn, money to pass a traffic checkpoint, a chief's kin on the poverty list and farmland dug before compensation by what they are; hears a blast that holed roofs with another due; not a father brought through intensive care", () => {
    expectTopicsByRules([
      ["sáng ni mỏ đả bên xã nổ mìn rung hết nhà", "khoang_san"],
      ["bà già tui muốn làm lại cái căng cước mà phải lên tận huyện", "hanh_chinh"],
      ["chồng tui mất rồi nói chung là nhà không còn ai làm ra tiền, mấy đứa nhỏ đi học có được hỗ trợ chi không", "an_sinh"],
      ["to csgt dung xe lien tuc, tai xe nao cung phai dua 200 nghin moi cho di, khong thi bat loi linh tinh", "can_bo"],
      ["ông trưởng thôn năm mô bình xét hộ nghèo cũng đưa bà con dòng họ nhà ổng vô, nhà khó khăn thật thì gạt ra", "can_bo"],
      ["máy múc bên thi công đang múc ruộng nhà tui mà chưa đền bù đồng nào, ba tui can thì bị đánh", "dat_dai"],
      ["cái ta luy sau nhà tui mưa mấy bữa nay nứt một đường dài mấy chục mét", "thien_tai"],
    ]);
    expectUrgentByRules(["Ờ sáng ni mỏ đá nổ mìn, đá văng qua tới xóm tui lủng mái tôn ba nhà, một cục rớt xém trúng thằng nhỏ. Chừ họ nói chiều nổ đợt hai"], true);
    expectUrgentByRules(["Tôi xin cảm ơn các bác sĩ khoa Hồi sức tích cực đã cứu chữa cho bố tôi qua cơn nguy kịch"], false);
  });

  it("files leachate-white water, an inheritance registered by a cousin old people talked into buying medicine and a caller posing as a hospital abroad by what they are; hears a father alone behind a locked door and a mother alone in a flood not answering; not a hotline nobody answers, a flood gone down with the family safe, fish dead 'từng đám' nor sand heaped higher than a roof", () => {
    expectTopicsByRules([
      ["nước tự chảy về thôn có màu trắng đục, mùi thuốc, mấy nhà uống vô bị đau bụng", "moi_truong"],
      ["mảnh đất hương hỏa ông bà để lại, một người em họ tự kê khai làm sổ đỏ đứng tên riêng", "dat_dai"],
      ["ông chú tôi đi hội thảo sức khỏe miễn phí bị dụ mua thuốc đặc trị 15 triệu, gọi lại thì số thuê bao", "te_nan"],
      ["Ba tôi vừa bị một người gọi điện xưng là bệnh viện bên Hàn, nói tôi bị tai nạn cần chuyển gấp 30 triệu, ba hoảng nên chuyển luôn", "te_nan"],
    ]);
    expectUrgentByRules(
      ["Ba em 80 tuổi ở một mình, từ sáng hôm qua em gọi không bắt máy, hàng xóm qua gõ cửa không ai mở, cửa khóa trong", "nghe tin lũ lớn mà từ tối qua em gọi mà không ai bắt máy, hàng xóm cũng không liên lạc được"],
      true,
    );
    expectUrgentByRules(
      [
        "gọi số hotline thì không ai bắt máy, cần gấp để nộp hồ sơ xin việc",
        "Lũ vừa rút sáng nay, nhà ngập 1m5, ba mẹ đã an toàn ở nhà văn hóa thôn, muốn hỏi bao giờ có hỗ trợ",
        "sông nước đen thui, cá chết nổi từng đám, người nuôi cá lo lắm",
        "cát đổ thành mấy đống cao hơn nóc nhà, xe ben ra vào từ sáng tới khuya",
      ],
      false,
    );
  });

  it("files a union chairman skimming subsidised fertiliser, a veteran's agent-orange benefits and tap water billed while it does not run by what they are, not maternity pay delayed as welfare; hears a parent held on a video call by fake police; not fertiliser sold 'cho dai ly' nor old people tired by a hospital queue", () => {
    expectTopicsByRules([
      ["chu tich hoi phu nu xa lay bot gao ho tro cua dan dem ban", "can_bo"],
      ["Ba tôi tham gia kháng chiến, bị nhiễm chất độc hóa học, hồ sơ đề nghị hưởng chế độ nộp từ năm 2022 đến nay chưa có quyết định", "an_sinh"],
      ["nuoc may o khu pho toi mat ca tuan nay, ma hoa don tien nuoc thang nao cung thu du", "ha_tang"],
      ["Hồ sơ hưởng chế độ thai sản của tui nộp qua công ty từ tháng 5, gọi lên BHXH huyện thì nói đang chờ", "hanh_chinh"],
    ]);
    expectUrgentByRules(["mẹ tôi đang bị người xưng là công an gọi video bắt ngồi một mình trong phòng khách sạn, giờ họ đang bắt mẹ đi vay thêm"], true);
    expectUrgentByRules(["chu tich hoi lay phan bon ho tro dem ban cho dai ly", "Chờ khám từ 6 giờ sáng tới 11 giờ, người già ngồi chờ mệt lả. Mong bệnh viện bố trí thêm bàn khám."], false);
  });

  it("reads an elder's letter by its grievance: the police written to are not the wrongdoer, commendation asked later on is praise, thirty households going up together by bus are a crowd", () => {
    expectTopicsByRules([
      ["Kính thưa các đồng chí công an xã Đại Hồng. Tôi 70 tuổi, thằng con rể nghiện ma túy, đang say thuốc cầm rựa đòi tiền, đập phá bàn ghế. Xin các đồng chí xuống ngay.", "te_nan"],
      ["Kính gửi Huyện đoàn. Tôi là thương binh hạng 2/4, năm nay 79 tuổi. Dịp 27/7 ngày Thương binh - Liệt sĩ vừa rồi các cháu thanh niên xã Quế Phú đến sửa lại mái bếp, trò chuyện với ông bà già chúng tôi. Tôi xin cảm ơn các cháu và kính đề nghị Huyện đoàn khen thưởng cho chi đoàn.", "khac"],
      ["Kính gửi UBND xã. Tôi kính đề nghị làm rõ việc khen thưởng cho ông trưởng thôn, vì ông ấy ăn chặn tiền hỗ trợ của dân.", "can_bo"],
    ]);
    expectUrgentByRules([
      "Kính gửi Ban Tiếp công dân tỉnh. Chúng tôi là 30 hộ dân thôn Phú Lộc, nhiều cụ đã ngoài tám mươi. Đất vườn bị thu hồi làm đường mà giá đền bù quá thấp, gửi đơn nhiều nơi chưa được trả lời. Chúng tôi đã bàn với nhau sáng thứ Tư tới thuê ba xe cùng lên tỉnh để trình bày. Xin cảm ơn.",
    ], true);
    // Counted as the senders but only writing again, nobody going anywhere: a land complaint like any other.
    expectUrgentByRules(["Chúng tôi là 30 hộ dân thôn Phú Lộc. Đất vườn bị thu hồi làm đường mà giá đền bù quá thấp. Kính đề nghị tỉnh xem xét lại đơn giá."], false);
  });

  it("reads complaints written for others by what they are about: a cockfight ring, a fight set for tonight told by a youth secretary, a fake teacher's emergency", () => {
    expectTopicsByRules([
      ["Chi hội Nông dân thôn 5 phản ánh: cứ chủ nhật là có trường gà ăn tiền sau đồi bạch đàn, người nơi khác kéo đến, tiền cược cả chục triệu. Đề nghị công an xã dẹp.", "te_nan"],
      ["Bí thư Chi đoàn khối phố 3 báo: tụi thanh niên hai xóm hẹn nhau tối nay ra bờ sông để thanh toán vụ nợ cá độ, nghe nói tụi nó chuẩn bị hung khí cả rồi. Xin công an phường can thiệp sớm.", "te_nan"],
    ]);
    expectUrgentByRules(["Bí thư Chi đoàn khối phố 3 báo: tụi thanh niên hai xóm hẹn nhau tối nay ra bờ sông để thanh toán vụ nợ cá độ, nghe nói tụi nó chuẩn bị hung khí cả rồi. Xin công an phường can thiệp sớm."], true);
    // The emergency is the caller's story; the money is already gone.
    expectUrgentByRules(["Tôi là cô giáo chủ nhiệm. Tuần rồi có phụ huynh nhận cuộc gọi giả danh nhà trường, báo cháu bị ngã đang cấp cứu, bảo chuyển tiền mổ ngay, đã mất 20 triệu. Nhờ công an cảnh báo giúp."], false);
  });

  it("reads the coast's complaints: betting in a harbour café, an insurance claim sent back and forth, fishermen going up together, a spring tide gone by", () => {
    expectTopicsByRules([
      ["quán nhậu đầu cảng cá tối nào cũng sát phạt, anh em bạn thuyền vô bạc độ bóng đá hết cả tiền đi biển", "te_nan"],
      ["hoi lam bao hiem that nghiep, chot so xong len xa thi bao len BHXH huyen, len huyen lai bao ve xa, di may chuyen roi", "hanh_chinh"],
    ]);
    expectUrgentByRules([
      "Trưa nay chừng 60 ngư dân Tam Hải kéo lên UBND xã ngồi kín hội trường, phản đối vì tiền hỗ trợ tàu hư sau bão chưa phát.",
      "Hơn 30 hộ ngư dân đã ký đơn tố cáo trưởng thôn ăn chặn tiền hỗ trợ, hẹn thứ Sáu này cùng lên huyện.",
    ], true);
    expectUrgentByRules(["Trận triều cường vừa qua nước mặn dâng vô xóm, ngập ba ngày mới rút, giếng nhiễm mặn hết. Xin hỗ trợ bà con khoan giếng mới."], false);
  });

  it("reads the towns' complaints: an order team kicking a vendor, an official with a stake in a bar, a copied booking page; asking to expand a night market is no crack widening", () => {
    expectTopicsByRules([
      ["Mấy người bên trật tự đô thị giật gánh hàng của chị bán xôi dạo trước cổng chợ, một người còn đạp ngã chị xuống đường.", "can_bo"],
      ["Nghe nói ông trưởng công an phường có góp vốn vô quán karaoke đầu hẻm, nên lần nào kiểm tra quán cũng được báo trước.", "can_bo"],
      ["Mình đặt tour thuyền qua một trang có tên giống hệt công ty thật, chuyển khoản cọc 2 triệu, tới bến thì không ai biết, trang đó chặn tôi luôn.", "te_nan"],
    ]);
    expectUrgentByRules(["Phố đi bộ tối thứ bảy vui lắm, bà con bán được hàng. Mong thành phố mở rộng thêm ra mấy con đường bên cạnh."], false);
    expectUrgentByRules(["vết nứt trên đồi sau nhà tui mở rộng thêm cả gang tay, bà con sợ lắm"], true);
  });

  it("reads two households' land quarrel turned to machetes as land, a dice-game den as a vice, a party member boasting of protectors as a cadre's conduct", () => {
    expectTopicsByRules([
      ["Hai nhà tranh chấp mảnh vườn cao su ở thôn 2 đang cầm dao rượt nhau, có người chảy máu rồi", "dat_dai"],
      ["Sòng xóc đĩa trong rẫy cao su thôn 4, tối nào cũng đông người tới chơi, xe đậu kín đường.", "te_nan"],
      ["Đảng viên ở tổ tui mở quán nhậu hát hò tới khuya, ai nhắc thì nói ổng là người của xã.", "can_bo"],
    ]);
    expectUrgentByRules(["Hai nhà tranh chấp mảnh vườn cao su ở thôn 2 đang cầm dao rượt nhau, có người chảy máu rồi"], true);
  });

  it("reads the farming seasons: favours to the head's clan, a boundary ploughed over, drift of sprayed herbicide, the tap water back, a drain to dredge, youth job fairs; a lender's men at the door, poisoned water still drunk are urgent; panned gold, acacia's price and cracked fields are not", () => {
    expectTopicsByRules([
      ["Phân bón hỗ trợ sau bão, ông thôn trưởng đem phát cho họ hàng ổng hết, xóm dưới chờ hoài không thấy.", "can_bo"],
      ["bon toi len uy ban xin xac nhan, ong pho chu tich say khong biet gi, rua ma cung lam can bo", "can_bo"],
      ["Thửa ruộng của ba tui bị nhà bên cày lấn gần nửa mét, nói hoài không chịu trả.", "dat_dai"],
      ["Hai ông chú trong họ cãi ranh giới rẫy keo rồi xô xát, giờ còn đứng chửi nhau ngoài đồi.", "dat_dai"],
      ["Tổ hợp tác phun thuốc diệt cỏ bằng drone sát vườn rau nhà tui, thuốc bay vào nhà nồng nặc.", "moi_truong"],
      ["Cả khu phố mất nước máy từ hôm kia, phải xin nước giếng nhà bên nấu cơm. Chừng mô mới có nước lại?", "ha_tang"],
      ["Đề nghị xã mời mấy công ty may về làm hội chợ việc làm, có hướng nghiệp cho học sinh lớp 12.", "khac"],
      ["Mua phân bón trên một trang mạng, chuyển khoản 5 triệu rồi bị chặn luôn, giờ không liên hệ được.", "te_nan"],
      ["Ra xã hỏi thủ tục cấp phép ghe câu, mỗi người nói một kiểu, đi bốn lần vẫn chưa biết nộp chỗ nào.", "hanh_chinh"],
      ["Con mương thoát nước sau chợ bị đất lấp kín, mưa xuống là ứ lại. Mong phường cho người xuống nạo vét sớm.", "ha_tang"],
    ]);
    expect(classifyFeedbackByRules("Ông chủ tịch xã nói một kiểu làm một kiểu, hứa làm đường rồi bỏ đó.").topic).not.toBe("hanh_chinh");
    expectUrgentByRules([
      "Ba đứa thanh niên xăm trổ đứng trước quán em từ trưa, nói là bên cho vay tới đòi, em trốn bên nhà chị không dám về.",
      "Có người đổ mấy bao thuốc sâu xuống đầu nguồn nước tự chảy trên núi, xin xã báo bà con ngưng sử dụng nước ngay.",
    ], true);
    expectUrgentByRules([
      "Dưới suối đầu làng có mấy chỗ đãi vàng chạy máy suốt ngày, nước đục ngầu, xin tỉnh dẹp.",
      "Lái buôn ép giá keo xuống thấp quá, bà con trồng 5 năm bán không đủ vốn.",
      "Nắng hạn hai tháng, ruộng nứt nẻ chân chim, xin hỗ trợ giống để trồng lại.",
    ], false);
  });

  it("reads the market and its services: a fire at the stalls and dyed food as other matters, a bamboo footbridge as infrastructure, a sick man with no kin as social support, a clinic sending buyers to the wife's shop and an order team pushing a seller down as a cadre's conduct", () => {
    expectTopicsByRules([
      ["Cháy lớn ở dãy sạp bán đồ khô, lửa lan sang hàng quần áo, xe cứu hỏa chưa vô được.", "khac"],
      ["Măng khô với tôm khô ở chợ nghi tẩm hóa chất cho đẹp màu, đề nghị kiểm tra.", "khac"],
      ["cay cau tre qua khe di ra ruong gay mat hai nhip, nguoi lon con nit di qua rat nguy hiem", "ha_tang"],
      ["Bà cụ tàn tật ở chòi sau chợ, không có ai thân thích, mấy bữa ni ốm không ai chăm.", "an_sinh"],
      ["Bác sĩ phòng khám xã kê toa xong bắt ra tiệm thuốc của vợ ông mua, thuốc ở trạm thì nói không có.", "can_bo"],
      ["Đội trật tự dẹp hàng rong ở ngã ba, giật gánh hàng của ông cụ làm ông té, bà con bu lại, sợ xảy ra ẩu đả.", "can_bo"],
    ]);
  });

  it("reads the flood season by what each message is about: carcasses, farm poison by the pumps, a scam caller posing as a cadre, a fake charity account, relief sold on, a visit for the camera, new alluvial land fenced, an old man with no kin, thanks in irony for a road already sunk", () => {
    expectTopicsByRules([
      ["Mấy con heo chết trôi mắc dưới cống đầu thôn, thúi không chịu nổi, ai xuống dọn giùm.", "moi_truong"],
      ["Lũ ngập cái kho chứa thuốc bảo vệ thực vật đầu làng, thuốc trôi ra kênh dẫn về trạm cấp nước, xin báo ngừng bơm.", "moi_truong"],
      ["Một ông tự xưng cán bộ xã gọi tới, nói nhà tôi có tiền hỗ trợ bão, biểu đọc mã OTP để nhận.", "te_nan"],
      ["Trên mạng có nhóm xin tiền cho bà con vùng lũ mà đưa số tài khoản cá nhân, nghi lừa đảo.", "te_nan"],
      ["Ông đảng viên ở thôn lấy mì gói cứu trợ đem về quán nhà bán lại cho dân.", "can_bo"],
      ["Cán bộ xã xuống tặng quà chụp hình là chính, bắt bà con đứng chờ ngoài nắng.", "can_bo"],
      ["Sau mùa nước, đất bãi bồi trước nhà tui bồi thêm ra, nhà bên cạnh rào luôn hết.", "dat_dai"],
      ["Ông Tư già rồi, không vợ không con, mưa xuống là phải đi ở nhờ nhà hàng xóm.", "an_sinh"],
      ["Cám ơn phường nhiều nha, đoạn đường nhựa mới trải tháng trước giờ đã lún thành ổ gà, đề nghị kiểm tra lại.", "ha_tang"],
      ["Cảm ơn chị Hoa ở quầy một cửa chỉ dẫn kỹ càng, mong xã xem xét khen thưởng cho chị.", "khac"],
    ]);
    expectUrgentByRules([
      "Nhà tui bị lũ cuốn mất hết sổ đỏ với giấy khai sinh, giờ làm lại ở đâu vậy?",
      "Tui cảm ơn các anh bên quân sự huyện về dọn bùn giúp xóm, mấy nhà bị lũ cuốn trôi đồ đạc ai cũng mừng.",
      "Xóm tui mất điện 4 ngày từ bữa bão, bên điện nói đang khắc phục.",
      "Tiền hỗ trợ sau lũ thôn tui chia toàn cho người quen trưởng thôn, nhà ngập tới nóc lại chẳng có phần.",
    ], false);
  });

  it("reads community life: graves moved for a project as land, a mediator siding with his kin as a cadre's conduct, lenders' flyers as a vice, a cemetery by the wells as environment, the village convention asked to be upheld as other", () => {
    expectTopicsByRules([
      ["Mấy chục hộ phải bốc dời mộ cho dự án đường tránh mà tiền hỗ trợ mỗi ngôi mộ không đủ thuê thợ.", "dat_dai"],
      ["Ông tổ trưởng hòa giải vụ tranh lối đi mà toàn bênh bên kia, vì bên đó là họ hàng của ổng.", "can_bo"],
      ["tren cot den duong ai dan day giay quang cao vay nhanh khong can the chap, lai cao lam, de nghi go bo", "te_nan"],
      ["Khu nghĩa trang mới làm sát mấy cái giếng của xóm, sợ nước ngầm nhiễm bẩn.", "moi_truong"],
      ["Đám cưới nhà bên mở nhạc tới khuya, mong thôn nhắc theo hương ước cho bà con ngủ.", "khac"],
    ]);
  });

  it("reads a child pulled out of an open pit today as urgent (not one long ago), the elderly's association affected by a water cut as infrastructure, and money demanded before aid is handed out as a cadre's conduct", () => {
    expectUrgentByRules(["Nắp cống trước nhà văn hóa thôn mất cả tháng nay, bữa ni thằng cu nhà bên sụp chân xuống, may ông bảo vệ kéo lên kịp. Xin làm nắp lại liền."], true);
    expectUrgentByRules(["Nắp cống trước nhà văn hóa thôn mất cả tháng nay, năm kia thằng cu nhà bên sụp chân xuống, may ông bảo vệ kéo lên kịp. Xin làm nắp lại."], false);
    expectTopicsByRules([
      ["Nước máy tổ 5 lúc có lúc không cả tuần, có bữa mất trắng, các cụ hội người cao tuổi phải xách xô đi xin nước giếng.", "ha_tang"],
      ["Trưởng thôn nói nhà nào đóng 300 nghìn mới cho nhận heo giống hỗ trợ, không đóng thì gạch tên khỏi danh sách.", "can_bo"],
    ]);
  });

  it("reads a head split in a boundary fight ('bo vo dau', folded like 'bỏ vợ') as a land dispute, not a cadre leaving his wife", () => {
    expectTopicsByRules([["hai nha tranh chap ranh dat dang danh nhau, ong Ba bi bo vo dau, cong an xa xuong gap", "dat_dai"]]);
  });

  it("reads a hazard as current when its sentence tells that people still pass it or are inside, however far apart; not when it has lasted for years", () => {
    expectUrgentByRules(["Cây cầu gỗ qua khe ở thôn 5 gãy một nhịp, mặt cầu nghiêng hẳn xuống phía suối nước chảy xiết, tụi nhỏ xóm trên đi học vẫn phải đi qua, xin chặn lại giùm."], true);
    expectUrgentByRules(["Cầu treo thôn 4 xuống cấp mấy năm nay, mặt cầu nghiêng hẳn về phía hạ lưu, ngày nào học sinh cũng vẫn phải đi qua, đề nghị làm cầu mới."], false);
  });

  it("reads traders' complaints: a market board's stall money off the books or without receipts and cash slipped to a checkpoint as a cadre's conduct, a permit sent back and forth as a procedure, the ground one falls on as no land; the sea at the houses as urgent", () => {
    expectTopicsByRules([
      ["Mấy ông ban quản lý chợ tháng nào cũng thu tiền sạp mà k đưa biên lai, hỏi thì ổng nói không thích thì dẹp.", "can_bo"],
      ["Hôm qua một ông quản lý chợ đẩy bà bán rau ngã đập đầu xuống đất vì không nộp tiền chỗ ngoài sổ.", "can_bo"],
      ["Ở trạm cân trên quốc lộ, tài xế nào kẹp tiền trong cuốn sổ xe là cho đi, không thì giữ xe.", "can_bo"],
      ["Xin giấy phép sửa mặt tiền quán, phòng này bảo qua phòng kia, đi tới đi lui cả tháng chưa xong.", "hanh_chinh"],
      ["Thầu xong cái mương thôn mà phó chủ tịch xã nói phải chi 5% mới ký quyết toán.", "can_bo"],
      // A decision just signed is no kickback.
      ["Ông chủ tịch xã mới ký quyết định giúp 5 hộ nghèo sửa lại nhà, bà con mừng lắm.", "an_sinh"],
    ]);
    expectUrgentByRules(["Sóng biển đánh sập hết mấy quán ven bờ, nước ăn vô tới hiên nhà, triều còn lên, mấy nhà đang dọn đồ chạy lên dốc."], true);
  });

  it("reads 'muốn chết' after dust, heat or noise as 'very', no danger; said of oneself it still is one", () => {
    expectUrgentByRules(["Xe ben chở đất chạy qua xóm suốt ngày, bụi muốn chết, xin cho tưới nước mặt đường."], false);
    expectUrgentByRules(["Em gái tui vừa nhắn là muốn chết, giờ gọi không bắt máy, ai giúp với."], true);
    // A month of harassment does not make a wish to die told now ("giờ nó …") a thing of the past.
    expectUrgentByRules(["Thằng em bị bên cho vay qua app gọi chửi cả tháng nay, gửi tin nhắn cho cả họ hàng, giờ nó nói muốn chết cho rồi."], true);
  });
  it("reads workers' and carers' complaints: coffee money before a signature, a caller posing as an official for a card's number, a fence moved onto one's land before a fight, a hand lost at work, a pavement a wheelchair cannot climb, family brought to the counter, compensation not yet paid (in a speech-to-text slip), thanks opening on 'dạ', drinking at noon", () => {
    expectTopicsByRules([
      ["Tui lên phường làm giấy xác nhận nơi ở, anh công an khu vực biểu 300 nghìn mới ký cho, không có thì hẹn tuần sau.", "can_bo"],
      ["Ông cán bộ chính sách xã nói muốn nhanh thì phải có chút đỉnh, hồ sơ trợ cấp của mạ tui nằm đó cả tháng.", "can_bo"],
      ["Có đứa gọi cho ông ngoại tui, xưng cán bộ bảo hiểm xã hội, biểu đọc số thẻ ngân hàng để nhận tiền thối lại, may ông chưa đọc.", "te_nan"],
      ["Ông hàng xóm dựng rào lấn 2 mét qua vườn nhà tui, chiều ni hai bên cự nhau, ổng cầm rựa đuổi đánh ba tui, nhờ xã xuống liền.", "dat_dai"],
      ["Chồng tui bị máy dập nát bàn tay ở xưởng cơ khí, mấy tháng ni không đi làm được, nhà ba đứa nhỏ, xin hội phụ nữ giúp đỡ.", "an_sinh"],
      ["Vỉa hè trước chợ Tam Kỳ lát lại mà chỗ lên xuống cao quá, người ngồi xe lăn như ông tui leo không nổi, mong làm lại cho thoai thoải.", "ha_tang"],
      ["Ba tui bị câm, lên xã làm lại giấy khai sinh cho cháu, cán bộ ngồi đó chẳng thèm đọc tờ giấy ổng viết, bảo về dẫn người nhà lên.", "hanh_chinh"],
      ["Hơn ba chục hộ ra đồng đứng trước xe ủi, không cho san ruộng khi chưa nhận tiền đền bụ, công ty cứ cho máy vô.", "dat_dai"],
      ["dạ em cảm ơn các chú dân quân hôm trước đã về khiêng đồ giùm nhà em, nhà có ba em khuyết tật nên quý lắm.", "khac"],
      ["may anh can bo dia chinh trua nao cung ngoi nhau quan dau ngo uy ban, chieu ve mat do gay ngoi tiep dan", "can_bo"],
    ]);
  });

  it("reads nobody hurt in a crash last Sunday as no danger, and no phrase across a comma; a scammed father on his way to the bank, and a water plant still pumping after a spill, as urgent", () => {
    expectUrgentByRules(["Chủ nhật rồi ông phó bí thư xã uống say lái xe tông vô tiệm tạp hóa nhà tui, may không ai bị thương, mà ổng cho người xuống dàn xếp êm."], false);
    // A phrase lies within one clause: "quán nước, may …" holds no "nước máy" (tap water).
    const crash = classifyFeedbackByRules("Xe ben lùi trúng quán nước, may lúc đó quán vắng.");
    expect(crash.scores?.ha_tang, crash.reasons.join("; ")).toBe(0);
    expectUrgentByRules(["ba tui bi tui no goi dien xung vien kiem sat bat chuyen tien, ba dang tren duong ra buu dien, tui o xa goi may lan ba khong bat may, nho ai ngan ba lai giup"], true);
    expectUrgentByRules(["Nước sông chỗ đầu trạm bơm nổi váng dầu với cá chết, trạm cấp nước của xã thì vẫn đang bơm về các xóm, sợ cả thôn uống phải."], true);
  });
  it("reads the harvest season: a field road sunk into puddles and a culvert broken under a concrete lane as infrastructure, a fight over a field's boundary bank as the land dispute, coffee money in millions and aid tied to the official's wife's shop as a cadre's conduct; a dredger crew quarrelling, weedkiller in an irrigation canal and a leaking dyke as urgent", () => {
    expectTopicsByRules([
      ["Đường ra đồng thôn 2 lún thành vũng sau mấy trận mưa, máy gặt vô không được, xin xã đổ đá giùm.", "ha_tang"],
      ["cai cong thoat nuoc duoi duong be tong xom 3 be mot mieng lon, xe may chay ngang lot banh, de nghi xa thay cong moi", "ha_tang"],
      ["Hai nhà ở xóm Bàu cãi nhau chuyện bờ ranh ruộng từ năm ngoái, trưa ni ra gặt lại xô xát, ông Năm vác dao đuổi chém, con ổng đứt tay. Xin công an xã xuống gấp.", "dat_dai"],
      ["Xin giấy xác nhận để làm lại sổ hộ nghèo, chị cán bộ văn phòng nói thẳng có 1 triệu cà phê thì mai có, không thì chờ.", "can_bo"],
      ["Ông trưởng thôn nói hộ nào muốn có tên nhận heo giống thì phải mua cám ở tiệm nhà vợ ổng, hộ nào mua ngoài thì bị gạch tên.", "can_bo"],
      // Folded, "do da" is also "đó đã": no stones laid.
      ["tui bao xa roi do da ma may ong cu qua cu lai hoai chua thay ai", "khac"],
    ]);
    expectUrgentByRules(
      [
        "Khuya ni cái ghe cát lại vô sát bờ xóm Bến, bà con ra tới nơi thì đám trên ghe cự qua cự lại, nhờ công an xuống ngay.",
        "Có người đổ cả can thuốc diệt cỏ xuống kênh tưới đồng Bàu Sấu, vịt thả dưới đó chết nổi, xin báo bà con đừng dùng nước kênh để rửa rau.",
        "Nước sông Ly Ly lên nhanh quá, con đê đất đầu xóm đã rò nước ba bốn chỗ, cả xóm đang vác đất đắp mà không xuể.",
      ],
      true,
    );
  });
  it("reads families' complaints: money asked to measure a plot and an official living openly with another woman as a cadre's conduct, a plastic recycler's smoke as pollution, a child put out at night as social support, the sender's own office hours as no misconduct; a parent on the way to the bank, a boy held and cut off, an old woman sitting in the bulldozer's way as urgent", () => {
    expectTopicsByRules([
      ["Xin đo lại thửa đất để chia cho thằng út, ông cán bộ địa chính nói phải lo 3 triệu thì mới xuống, không thì đợi.", "can_bo"],
      ["Ông phó thôn là đảng viên, vợ con đủ cả mà dọn qua chung sống với người đàn bà khác bên xóm dưới.", "can_bo"],
      ["xuong tai che nhua dau hem dem nao cung dot, khoi khet bay vo nha, may dua nho ho suot, bao phuong hoai khong ai toi", "moi_truong"],
      ["Nửa đêm có cô bé hàng xóm bị cha dượng đuổi ra khỏi nhà, ngồi khóc ngoài đường, xã có chỗ tạm lánh cho cháu không?", "an_sinh"],
      ["Cấp lại căn cước cho thằng nhỏ thì công an xã chỉ nhận giờ hành chính mà tôi đi ca, có bữa nào làm thứ bảy không?", "hanh_chinh"],
    ]);
    expectUrgentByRules(
      [
        "Ba tui 75 tuổi vừa bị gọi xưng viện kiểm sát đòi chuyển tiền, giờ ổng đang đi ra ngân hàng, tui gọi lại không bắt máy, nhờ người gần đó giữ ba lại giùm.",
        "Thằng em tui 16 tuổi theo người quen lên thành phố làm, tối ni nhắn lén về nói bị người ta giữ trong phòng, bị lấy điện thoại, cả nhà không biết báo ai.",
        "Xe ủi của công trình đang ủi tới chuồng bò nhà ngoại tui, ngoại ngồi lì trong chuồng không chịu ra, sợ xảy ra chuyện.",
      ],
      true,
    );
  });
  it("reads town complaints: a building site's uncovered trucks and an oily spill on a canal as pollution, a hint to 'lo' money before the work goes on as a cadre's conduct; children fainting from smoke, a worker buried in a sand pit and a father riding to the bank for a scammer as urgent", () => {
    expectTopicsByRules([
      ["Công trình nhà hàng đầu đường Phan Châu Trinh cho xe chở cát chạy không che bạt, phố xá bụi mù mịt, tối còn trộn bê tông tới khuya, cả xóm mất ngủ.", "moi_truong"],
      ["Có xe bồn xả thứ gì mùi hắc xuống mương thủy lợi gần trạm bơm, mặt nước loang đen cả khúc.", "moi_truong"],
      ["Anh cán bộ trật tự xây dựng phường ghé công trình nhà tui, gợi ý lo 5 triệu thì khỏi lập biên bản.", "can_bo"],
    ]);
    expectUrgentByRules(
      [
        "Lò đốt rác sát trường tiểu học xả khói đen từ sáng, một cháu xỉu, thầy hiệu trưởng đưa đi trạm y tế, các lớp khác vẫn đang học.",
        "bai cat sau xom vach cat do xuong, vui 2 nguoi dang boc cat, moi nguoi boi tay chua thay ai",
        "ông nội em bị tụi lừa gọi giả công an, giờ đang chạy xe ra ngân hàng chuyển tiền, em gọi ba không nghe máy, ai ở gần cản ông lại giúp",
      ],
      true,
    );
    // Folded, "boi tay" is also "bôi tay" (rubbed on the hands): no one dug for.
    expectUrgentByRules(["thuoc boi tay o tiem dau cho ban gia cao gap doi, de nghi kiem tra"], false);
  });

  it("reads relatives put on the payroll and relief skimmed as cadres, girls lured across the border as trafficking, a slaughterhouse and fish poison as pollution, boarding pupils' rice and a breadwinner unable to work as social support, labour offered for a road as infrastructure, roofs reached as a flood, a suggestion about language as other; someone missing with the village searching and a bank giving way in pieces as urgent", () => {
    expectTopicsByRules([
      ["Chủ tịch xã cho con cháu vào làm văn thư, người khác thi đậu lại bị loại", "can_bo"],
      ["Phó trưởng thôn ăn bớt tiền cứu trợ của mấy hộ nghèo trong xóm", "can_bo"],
      ["Có người lạ rủ mấy cô gái trong bản đi làm bên Trung Quốc, hứa trả lương cao", "te_nan"],
      ["Khu giết mổ vịt sát mương nước tưới, chiều nào cũng đổ lông với ruột xuống mương", "moi_truong"],
      ["Có người thả thuốc duốc cá ở nước suối đầu nguồn thôn", "moi_truong"],
      ["Mấy cháu học sinh bán trú chưa được nhận gạo hỗ trợ học kỳ này", "an_sinh"],
      ["Con đường vô xóm trong toàn bùn, xin bê tông hóa, bà con góp ngày công", "ha_tang"],
      ["Chồng tôi té giàn giáo gãy chân, không lao động được mấy tháng nay, nhà có được trợ giúp gì không", "an_sinh"],
      ["lu len nhanh, nuoc toi mai nha kho roi, can ca no cho nguoi", "thien_tai"],
      ["Góp ý: loa xã nên phát thêm bằng tiếng đồng bào, người già trong làng không rành tiếng Kinh", "khac"],
    ]);
    expectUrgentByRules(
      [
        "Ông ngoại em lên rẫy từ hôm qua chưa về, cả thôn đi tìm",
        "Bờ kè trước ngõ sụp từng mảng, căn nhà bà Năm sát mép",
      ],
      true,
    );
    // Folded, "duoc ca" is also "được cả" and "ca no" "(trả) cả nợ": no fish poisoned, no boat asked for.
    for (const text of ["duoc ca thon ung ho het, cam on xa nhieu", "tra ca no lan lai roi ma no van doi"]) {
      expect(classifyFeedbackByRules(text).topic, text).not.toMatch(/^(moi_truong|thien_tai)$/u);
    }
  });

  it("reads a sand yard's men beating someone who filmed it as mining, what the sender puts off for later as aside, papers asked again ('bổ sung') as a procedure, a rumour asked to be answered and payment by QR code as other, money pooled in a chat group that is then locked as a scam; a lender's men showing they know one's house as urgent", () => {
    expectTopicsByRules([
      ["Em trai tui bị đánh sưng mặt vì dám quay phim bãi cát lậu ở bến đò", "khoang_san"],
      ["Rác ở điểm tập kết đầu hẻm cả tuần không ai chở, bốc mùi. Tổ trưởng thu tiền rác mà không đưa biên lai, vụ đó để sau, giờ chỉ mong có xe tới chở rác", "moi_truong"],
      ["Cán bộ một cửa bắt tôi bổ sung ba lần, lần nào cũng đòi thêm một loại giấy khác", "hanh_chinh"],
      ["Trên mạng đồn chợ cá sắp đóng cửa, tiểu thương lo mất ngủ, mong có thông tin chính thức cho bà con khỏi hoang mang", "khac"],
      ["Đề nghị chợ đầu mối dán mã QR cho tiểu thương nhận tiền chuyển khoản, ban quản lý chợ hướng dẫn giùm", "khac"],
      ["Nhóm Zalo kêu góp vốn đầu tư cà phê lãi mỗi tháng 20%, giờ khóa nhóm rồi, mấy hộ trong thôn mất trắng", "te_nan"],
    ]);
    expectUrgentByRules(
      [
        "Chồng tôi nợ app vay, tụi nó gửi ảnh chụp nhà kèm tin nhắn mai ghé thăm, tối nay có người đứng canh trước cổng",
      ],
      true,
    );
  });

  it("reads a veteran of the youth volunteers unrecognised as social support, 'bồi dưỡng' by the thousand and 'cà phê cho anh em' to sign fast as a cadre's conduct; a file stuck between two offices and a road that floods whenever it rains, workers going home through it, as not urgent", () => {
    expectTopicsByRules([
      ["Ông nội tôi từng là thanh niên xung phong, giấy tờ đủ cả mà tới giờ chưa được hưởng chế độ, nhờ xã hướng dẫn làm hồ sơ", "an_sinh"],
      ["cong an khu vuc ghe khu nha tro kiem tra tam tru, phong nao chua khai bao thi xin boi duong 300 nghin la xong", "can_bo"],
      ["Anh cán bộ văn phòng xã bảo muốn ký nhanh thì phải có cà phê cho anh em", "can_bo"],
    ]);
    expectUrgentByRules(
      [
        "Hồ sơ vay vốn của em kẹt ở giữa ngân hàng với xã, hạn nộp sắp hết",
        "Trời mưa độ nửa tiếng là đường vào khu công nghiệp ngập, công nhân tan ca phải lội nước",
      ],
      false,
    );
  });

  it("reads a temporary bridge that lost spans to the flood as infrastructure, a collection handed over short and money borrowed by an official as a cadre's conduct; folded, 'hoi muon' is 'hỏi muốn'", () => {
    expectTopicsByRules([
      ["Cây cầu tạm qua khe ở thôn 5 bị nước cuốn mất 3 nhịp, trẻ con vẫn lội qua", "ha_tang"],
      ["Quyên góp cho ông Ba bị liệt được 15 triệu mà ông chỉ nhận 5 triệu, cán bộ mặt trận thôn giữ phần còn lại", "can_bo"],
      ["Cán bộ tư pháp hỏi mượn bà ngoại tôi 20 triệu rồi không trả, bà sống một mình", "can_bo"],
    ]);
    expect(classifyFeedbackByRules("cho hoi muon bao vu khai thac cat trai phep thi bao ai").topic).toBe("khoang_san");
  });

  it("reads vapes laced with something, a fake courier's link and a daily-interest loan threatened with a hand as social evils (the sender a retired party member), a scandal with another's wife as a cadre's conduct, earth that buried part of a lone disabled woman's house as a disaster, one paper short each visit as a procedure, a website and this channel as nothing of infrastructure; folded, 'o voi' is 'ở với' and 'lam thu ky' an office held; a clip spreading online is not urgent", () => {
    expectTopicsByRules([
      ["mấy đứa lớp con hút pod trong giờ ra chơi, bảo là có thứ nước vị pha thuốc gì đó, tuần rồi 1 đứa xỉu", "te_nan"],
      ["Có người giả shipper gọi nói hàng bị giữ, bảo tôi bấm vào link đóng phí kích hoạt để nhận tiền thu hộ, tôi mất 5 triệu", "te_nan"],
      ["Tôi là bộ đội về hưu, đảng viên, muốn góp ý chuyện thanh niên tụ tập khuya. Nhưng việc gấp là con trai tôi vay lãi ngày, tối qua mấy thanh niên xăm trổ tới dọa chặt tay nếu không trả.", "te_nan"],
      ["Clip phó bí thư Đoàn xã đi vào nhà nghỉ với chồng người khác đang lan khắp mạng, đề nghị làm rõ.", "can_bo"],
      ["mỗi bận ra ủy ban là thiếu 1 giấy, bữa sau đi nữa lại bị đòi thêm giấy khác, không ai chịu dặn một lượt cho xong", "hanh_chinh"],
      ["Đề nghị Ban đăng lên cổng thông tin điện tử mỗi quý bao nhiêu ý kiến đã nhận, bao nhiêu đã trả lời, để người dân tin kênh này hơn.", "khac"],
      ["e o voi ba noi tu nho, muon hoi co duoc giam hoc phi khong", "an_sinh"],
      // Earth that buried part of a house is the disaster, whoever lives there.
      ["Đồi sau nhà ông Ba (ông bị mù, ở một mình) vừa trượt xuống, lấp mất nửa gian bếp, mọi người qua phụ dọn giùm", "thien_tai"],
    ]);
    expectUrgentByRules(["Clip phó bí thư Đoàn xã đi vào nhà nghỉ với chồng người khác đang lan khắp mạng, đề nghị làm rõ."], false);
    // Folded, "lam thu" is also "lạm thu": an office once held is none.
    expect(classifyFeedbackByRules("truoc toi lam thu ky hoi nong dan, nay muon gop y them ve sinh hoat hoi").topic).not.toBe("can_bo");
  });

  it("reads a boat overturned gathering driftwood (its searchers 'chia nhau ra tìm', no sharing out), shelter asked before a storm and water at the windows as disasters; earth heard coming down with 'có ai lên được không' as urgent", () => {
    expectTopicsByRules([
      ["Chi đoàn thôn Phú Lộc báo: chiều nay hai thanh niên chèo ghe ra sông Vu Gia vớt củi bị lật thuyền, một người chưa tìm thấy, cả chi đoàn đang chia nhau ra tìm", "thien_tai"],
      ["bao sap vo, nha em gan bien, xin hoi truong hoc co mo cua cho dan toi tranh tru khong", "thien_tai"],
      ["nuoc toi cua so roi, ba con o trong nha khong ra duoc", "thien_tai"],
    ]);
    expectUrgentByRules(["Mưa to cả đêm, sau nhà nghe đất đổ ầm ầm, vách nhà nứt rồi, có ai lên được không"], true);
  });

  it("reads a caller posing as the compensation board (its office named in the pose) and a loan shark after the compensation as social evils, 'bồi dưỡng #' to count trees as a cadre's conduct, thanks in irony with a fix asked as infrastructure, a site's trucks raising dust as the environment; 'xung quanh' is no posing", () => {
    expectTopicsByRules([
      ["Một người xưng là nhân viên Ban bồi thường giải tỏa mặt bằng thị xã gọi mấy hộ trong dự án, nói muốn nhận tiền đền bù sớm thì nộp trước phí thẩm định 4 triệu vào tài khoản, nhà chị tôi nộp rồi mới biết bị lừa", "te_nan"],
      ["Từ hồi nhà nhận 2 tỷ bồi thường giải tỏa để làm khu đô thị, thằng em tôi dính vay nóng, bọn cho vay tới tạt sơn vô cổng dọa đốt nhà", "te_nan"],
      ["Tổ kiểm đếm nói nhà nào bồi dưỡng 4% thì cây keo được tính là cây lớn, không thì tính cây con", "can_bo"],
      ["Cảm ơn bên điện đã cho xóm tôi xài điện yếu như đom đóm mỗi tối, tủ lạnh không chạy nổi. Đề nghị nâng cấp trạm biến áp.", "ha_tang"],
      ["xe ben cho dat chay ca dem, bui bay mu mit khap xom, de nghi bat xe phai che phu, tuoi nuoc duong nhieu lan", "moi_truong"],
      ["Có người gọi xưng là người của ban dự án bên huyện, ảnh đọc đúng tên tôi với số thửa đất, bảo chuyển trước 2 triệu thì mới được nhận tiền đền bù", "te_nan"],
      ["Nhà tui và mấy nhà xung quanh ngửi thấy mùi dầu trong nước giếng, nghi cây xăng rò, xin lấy mẫu kiểm tra", "moi_truong"],
    ]);
  });

  it("reads thanks with a commendation asked for 'những người đã tham gia' as praise: typed with diacritics, 'những' is no 'nhưng'", () => {
    expectTopicsByRules([["Đêm qua cháy rừng thông ở đồi sau thôn, nhờ kiểm lâm với dân quân dập kịp nên không lan xuống nhà. Bà con rất cảm động, mong xã biểu dương những anh em đã tham gia.", "khac"]]);
  });

  it("reads thanks followed by a question of another topic as that topic, relatives' boundary fight as land ('bà con ruột' is no cadre's child), folded 'An Hiệp' and 'bị dự án' as no bullying or luring, a canal gone another colour as pollution; water at a bedridden man's bed as urgent", () => {
    expectTopicsByRules([
      ["Cảm ơn cô giáo đã báo kịp cho phụ huynh. Hôm qua có kẻ gọi tự xưng là bác sĩ, bảo cháu nhà tôi ngã cầu thang phải mổ gấp, đòi chuyển ngay 20 triệu, hóa ra là lừa đảo. Cho tôi hỏi giờ đi trình báo ở đâu?", "te_nan"],
      ["Cám ơn các anh chị đã giúp, đoàn xã đã về đo lại mảnh đất ruộng bị thu hồi của nhà tôi. Xin hỏi thêm: bao giờ có quyết định giao lô tái định cư?", "dat_dai"],
      ["Hai nhà bà con ruột giành nhau cái ranh đất vườn, bữa ni bên anh xây tường lấn qua, bên em ra đập, giờ cãi nhau to lắm mà chưa thấy công an xã xuống", "dat_dai"],
      ["dat nha toi o An Hiep bi du an duong lay mot phan, hoi boi thuong bao nhieu 1m2", "dat_dai"],
      ["Đoạn kênh thủy lợi qua thôn có cống lớn, nước kênh đổi màu đỏ quạch, bốc mùi hắc", "moi_truong"],
    ]);
    expectUrgentByRules(["Lũ lên nhanh, nhà bà Sáu bị liệt nằm một chỗ, nước đã tới giường, xin cho ghe vô chở bà ra"], true);
  });

  it("reads relief shared out to a cadre's own relatives as a cadre's conduct, a fight over which piece of land as land, a village emptied of its young and drink-driving in a suggestion as suggestions, a scam told in chat shorthand as a social evil; a loan shark's 'không yên đâu' at the door is urgent, a slaughterhouse's 'mau me' folded is not", () => {
    expectTopicsByRules([
      ["Gạo cứu đói của huyện gửi về, ông phó thôn đem phát cho bà con ruột của ổng trước, nhà nghèo thật thì không có. Mong cấp trên kiểm tra cán bộ thôn", "can_bo"],
      ["Hai chú cháu nhà ông Bảy đánh nhau bể đầu vì tranh mảnh đất cha mẹ chia", "dat_dai"],
      ["Góp ý: tỉnh nên có chỗ tư vấn việc làm để thanh niên ở lại, chứ làng giờ chỉ còn người già", "khac"],
      ["Góp ý: công an nên kiểm tra nồng độ cồn ban đêm nhiều hơn, xóm tui có người nhậu xong lái xe té gãy chân", "khac"],
      ["mua hang online ck coc 500k xong no chan luon, tk nhan tien ten TRAN VAN A", "te_nan"],
    ]);
    expectUrgentByRules(["bọn đòi nợ đứng chặn trước nhà, nói mai không trả thì không yên đâu"], true);
    expectUrgentByRules(["lo mo heo xa nuoc thai mau me ra muong, hoi qua troi"], false);
  });

  it("reads staff made to buy a head's insurance ('mua bảo' is no 'mưa bão'), a man mocked for his disability and money taken to arrange a benefit as a cadre's conduct, ramps for wheelchairs as infrastructure, a hall opened for children and meetings 'toàn người già' attend as suggestions", () => {
    expectTopicsByRules([
      ["Thầy hiệu phó là đảng viên, ép nhân viên văn phòng trường mua bảo hiểm của cửa hàng nhà thầy, ai từ chối là bị dồn việc", "can_bo"],
      ["Ông cán bộ xã xuống họp thôn, chú tui hỏi chuyện tiền làm đường thì ổng nói thằng què hỏi chi cho mệt", "can_bo"],
      ["Hội người khuyết tật đề nghị xây thêm lối dốc ở đầu vỉa hè đường Hùng Vương cho người đi xe lăn, chứ giờ tụi tui phải chạy dưới lòng đường", "ha_tang"],
      ["Góp ý: hè này xã nên mở cửa nhà văn hóa buổi chiều cho tụi nhỏ đọc sách, có người trông", "khac"],
      ["Đề nghị tổ dân phố đổi giờ họp sang tối, họp giờ hành chính thì toàn người già đi, người đi làm không góp ý được", "khac"],
      // Money taken from a family to arrange a benefit is the cadre's doing, not the benefit.
      ["Cán bộ tư pháp xã nhận của nhà tôi 3 triệu nói lo cho cháu suất học bổng, nửa năm rồi không thấy gì", "can_bo"],
    ]);
  });

  it("reads plastic litter as pollution, waves breaking a temporary embankment as a disaster, a damaged pier as infrastructure, a garden levelled unpaid as land and a tin shack on the list for replacement as social support; men unreachable at sea and all households going up together are urgent, years counted and seaweed buried are not", () => {
    expectTopicsByRules([
      ["Bãi biển An Bàng dạo ni túi ni lông, ly nhựa trôi dạt đầy, đề nghị dọn giùm", "moi_truong"],
      ["Sóng đang đánh sập kè tạm ở thôn Hà My, ba nhà sát mép biển nứt tường", "thien_tai"],
      ["Cầu cảng ở Tam Quang bị sóng đánh nứt mặt bê tông, ghe cập vô phải né", "ha_tang"],
      ["Máy ủi của công ty đang vô san vườn nhà chú tui, chưa đền bù đồng nào, ông con cầm dao ra đứng chặn, sắp đánh nhau rồi", "dat_dai"],
      ["Nhà tôn tạm của tui dựng sau bão 2017, năm mô cũng dột, tốc mái, có tên trong diện xóa nhà tạm nhưng chưa thấy chi", "an_sinh"],
    ]);
    expectUrgentByRules(["Chồng tui đi ghe từ tối qua, từ 2 giờ sáng tới giờ gọi không được, xin báo biên phòng", "Toàn bộ các hộ bị giải tỏa đã bàn nhau cùng lên trụ sở huyện sáng mai để khiếu nại"], true);
    expectUrgentByRules(["Chú trưởng thôn làm cán bộ mấy chục năm mà đêm đêm nhà chú tụ tập đánh bài", "ghe hút cát làm nước đục, rong biển bị vùi hết"], false);
  });

  it("reads a collapsed culvert workers' buses drive past as infrastructure (folded 'xe cong nhan' is no official car), paint fumes as pollution, workers' children going without lunch as social support, an app installed for a fake identity update and the account emptied as a social evil; folded 'cai app' is no app installed", () => {
    expectTopicsByRules([
      ["Xe công nhân ca đêm chạy qua cái cống sập một nửa trên đường vào khu công nghiệp, không có rào chắn", "ha_tang"],
      ["xuong son tinh dien sat vach, mui son nong nac ca dem, con nit ho suot", "moi_truong"],
      ["Mấy cháu con công nhân ở trọ không có tiền ăn trưa, có đứa ngồi nhịn, mong hội phụ nữ giúp", "an_sinh"],
      ["Có người gọi bảo cài app cập nhật định danh điện tử kẻo bị khóa căn cước, làm xong thì tiền trong tài khoản bị rút sạch", "te_nan"],
    ]);
    expect(classifyFeedbackByRules("huyen nen lam cai app de dan gop y cho nhanh").topic).not.toBe("te_nan");
  });

  it("reads a rumour one asks to have corrected and a call for an official channel against fake news as other matters, a fee for what is free as the cadre's, a link that takes over Zalo as a social evil, support asked in cash as social support, a desk used for games as the cadre's, a low-lying home as a disaster and a line for people to report on as a suggestion; gas let out as the old cough, families still in the houses the sentence after, fifty old people marching and a lender's threat to 'deal with' a daughter are urgent, a crack known for a year is not", () => {
    expectTopicsByRules([
      ["Trên mạng đang lan truyền tin xã sắp thu hồi sổ hộ nghèo của ai chưa cài ứng dụng, đề nghị có văn bản cải chính cho dân yên tâm.", "khac"],
      ["Đề nghị phường có kênh Zalo chính thức, vì tin giả về chuyện phát gạo cứu trợ cứ lan khắp nơi.", "khac"],
      ["Anh cán bộ tư pháp xã thu mỗi người 30 nghìn khi chứng thực giấy tờ, trong khi làm cái này miễn phí mà.", "can_bo"],
      ["Có kẻ gửi link mời bình chọn trong nhóm Zalo phụ huynh, mấy mẹ bấm vào thì bị chiếm Zalo luôn.", "te_nan"],
      ["Ông nội tôi nhận lương hưu qua thẻ mà không biết rút, xin cho nhận tiền mặt tại nhà như trước.", "an_sinh"],
      ["Chị kế toán xã chơi game tại phòng làm việc cả buổi sáng.", "can_bo"],
      ["Nhà tôi ở vùng trũng, năm nào mùa mưa cũng phải kê đồ lên cao, xin xã có phương án.", "thien_tai"],
      ["Nên có đường dây điện thoại riêng để dân phản ánh, người già không biết nhắn tin.", "khac"],
    ]);
    // Folded, "cai chinh" is "cái chính" too: no correction asked for.
    expect(classifyFeedbackByRules("cai chinh la duong vao thon bi lun, xe tai cho cat chay suot").scores?.khac).toBe(0);
    expectUrgentByRules(
      [
        "Xưởng gỗ đầu thôn đang xì khí gì nồng lắm, mấy cụ trong xóm ho liên tục.",
        "Đêm nay mưa lớn, taluy sau nhà bác Tư đã sạt một mảng lớn sát vách. Cả nhà bác vẫn còn ở trong đó.",
        "Chừng 50 cụ già trong xã đang kéo ra trụ sở đòi giải thích vụ cắt trợ cấp.",
        "Tụi cho vay lãi ngày nhắn nếu mai chưa trả thì xử đứa con gái tôi.",
      ],
      true,
    );
    expectUrgentByRules(["Tường nhà tôi nứt toác từ năm ngoái tới chừ. Cả nhà vẫn ở trong đó vì không có tiền sửa."], false);
  });

  it("reads loan leaflets on a substation as a social evil, tables across the pavement as other matters, goods seized with no record as the cadre's, workers laid off with no rice as social support, a fight at a sand yard as mining, a plot's file put off four times as administrative and a broken drain as infrastructure; a gang summoning a boy 'to talk' over a betting debt and waves hollowing out occupied houses are urgent, a cry for help about yearly flooding, water that cannot drain and a hill dug out for fill are not", () => {
    expectTopicsByRules([
      ["Mấy tờ rơi cho vay nóng dán kín tường trạm biến áp đầu hẻm, đề nghị gỡ bỏ.", "te_nan"],
      ["Mấy quán ăn bày bàn ghế chật vỉa hè trước chợ, người đi bộ phải xuống lòng đường.", "khac"],
      ["Mấy anh trật tự phường lấy gánh hàng của mẹ tôi mà không lập biên bản.", "can_bo"],
      ["Từ tháng trước xưởng may cho nghỉ việc cả tổ, nhà tôi hết gạo, con nhỏ không có sữa.", "an_sinh"],
      ["Chủ bãi tập kết cát cho người cầm gậy ra đánh dân đứng chặn xe.", "khoang_san"],
      ["Phường hẹn 4 lần mà giấy tách thửa đất nhà tôi vẫn chưa xong.", "hanh_chinh"],
      ["Đề nghị xã cho người sửa đoạn mương thoát nước đầu xóm bị bể.", "ha_tang"],
    ]);
    expectUrgentByRules(
      ["Thằng cháu tôi bị nhóm đòi nợ cá độ gọi ra sau trường để nói chuyện, từ chiều tới giờ chưa về.", "Đêm nay gió to, sóng lớn đánh vô kè, chân móng mấy nhà hàng bị khoét trống mà bên trong vẫn còn mấy hộ đang ở."],
      true,
    );
    expectUrgentByRules(
      ["CỨU VỚI!!! Hễ mưa to là đường trước nhà ngập tới đầu gối. Năm nào cũng vậy, bao giờ mới làm cống?", "Mương sau nhà sụp một đoạn, mưa xuống nước ứ đọng không thoát được.", "Đồi sau thôn bị khoét sâu mấy mét để lấy đất san lấp."],
      false,
    );
  });

  it("reads loans promised for a fee paid first as a scam, aid to be brought to one place and fertiliser prices as other matters, illegal sand the police ignore as mining and a stake fence across a shared lane as land; folded, 'ca do' and 'bao hanh' are no betting or violence unless said so ('ca do bong da'); a live wire 'dien van con' is urgent, being blocked by a scammer is not", () => {
    expectTopicsByRules([
      ["Có nhóm trên mạng hứa cho vay không lãi để hỗ trợ người già, bắt nộp trước phí 300 nghìn rồi chặn luôn.", "te_nan"],
      ["Sau bão có nhiều đoàn từ thiện về thôn, xin xã cử một đầu mối điều phối cho công bằng.", "khac"],
      ["Tỉnh nên có chính sách hỗ trợ nông dân tiền phân bón, giá vật tư giờ đắt gấp rưỡi.", "khac"],
      ["Bãi cát lậu bên sông đêm nào cũng múc, công an xã làm ngơ.", "khoang_san"],
      ["Nhà bên cắm cọc rào giữa lối đi chung, bảo một nửa là đất của họ, không cho ai qua.", "dat_dai"],
      ["may vua ca ruot ca do thang ra bien, ruoi bu day", "moi_truong"],
      ["den duong o kiet nha toi tat het, hoi thi noi het bao hanh", "ha_tang"],
      ["thang con toi choi ca do bong da no nan khap noi", "te_nan"],
    ]);
    expectUrgentByRules(["day dien trung the dut nam giua duong, dien van con"], true);
    expectUrgentByRules(["Cả chục người trong xóm nộp tiền rồi, nhắn lại thì bị chặn."], false);
  });

  it("reads a caller posing as a doctor as a scam, insured medicine sold outside and bad marks threatened as the cadre's, being sent between offices as administrative and medicine short at the hospital as other matters; a mother bleeding after birth behind a flooded road and children playing with dumped needles are urgent, a posed doctor's emergency and an accident only foretold are not", () => {
    expectTopicsByRules([
      ["Có đứa xưng bác sĩ gọi báo cháu nhà tôi bị té đang mổ, đòi chuyển tiền liền.", "te_nan"],
      ["Thuốc BHYT của dân bị ông trạm trưởng đem bán thuốc bảo hiểm cho tiệm thuốc tây.", "can_bo"],
      ["Cô giáo chủ nhiệm dọa học sinh nào không đi học thêm thì cho điểm kém.", "can_bo"],
      ["Xin giấy cận nghèo mà lên xã thì bảo về hỏi thôn, thôn lại bảo lên xã.", "hanh_chinh"],
      ["Bệnh viện huyện hết thuốc huyết áp cho người già cả tháng nay, phải ra ngoài mua.", "khac"],
    ]);
    expectUrgentByRules(["Đường vô thôn ngập sâu, có bà bầu đang băng huyết, xin ca nô vô chở gấp.", "Ai đổ bao rác y tế cạnh sân chơi, tụi nhỏ đang lượm kim tiêm ra chơi."], true);
    expectUrgentByRules(["Có người gọi xưng bác sĩ, nói con tôi đang cấp cứu cần chuyển tiền mổ, may tôi gọi cô giáo kịp.", "Xe tải chạy bạt mạng qua cổng trường, cứ rứa sớm muộn gì cũng chết người."], false);
  });

  it("reads a load piled 'cao ngất' as no one fainting", () => {
    expectUrgentByRules(["Xe tải chở đất cao ngất qua đầu ngõ, không che bạt, bụi mù."], false);
  });

  it("reads blasting rock for gold as mining, money asked of each house for support and a cadre's feast for contractors as the cadre's, a caller who only says he is a cadre as a scam and land drowned by a reservoir as land; someone bleeding and houses cut off by water are urgent typed without diacritics, a scammer blocking victims is no road blocked", () => {
    expectTopicsByRules([
      ["Tối qua có mấy người lạ dùng thuốc nổ phá đá tìm vàng ở khe suối đầu làng", "khoang_san"],
      ["Trưởng thôn nói nhà nào muốn được ghi vô danh sách nhận heo giống thì mỗi nhà đưa 500 nghìn", "can_bo"],
      ["Có người gọi điện cho mẹ tôi, người kia nói là cán bộ ngân hàng chính sách, bảo đọc mã gửi về máy để nhận tiền lương hưu, mẹ tôi đọc xong thì tài khoản bị rút sạch", "te_nan"],
      ["Ông chủ tịch xã làm đám giỗ linh đình, mời cả các nhà thầu công trình, dân thấy không xứng với tư cách cán bộ", "can_bo"],
      ["Hồi làm thủy điện, 3 hecta đất rẫy của làng bị ngập lòng hồ, đến giờ chưa được đền bù", "dat_dai"],
    ]);
    expectUrgentByRules(["ong hang xom te cau thang, bi chay mau dau", "xom duoi 5 nha bi nuoc vay, trong nha co ong gia bai liet"], true);
    expectUrgentByRules(["Một trang trên Facebook tuyển người đi làm ở nước ngoài, 12 người trong thôn chuyển tiền đặt cọc xong thì bị chặn liên lạc"], false);
  });

  it("reads a parent's signs of drugs by a riverside embankment as a social evil and grease poured into a river as the environment; someone alone not seen for days, a moan heard, is urgent, water let into fields and a pipe laid up to the village are not", () => {
    expectTopicsByRules([
      ["Thằng cháu dạo này đi chơi ngoài bờ kè về mắt đờ đẫn, tui lục cặp thấy gói bột lạ", "te_nan"],
      ["quan nuong dau hem sat bo song xa dau mo ra, mat nuoc noi vang mo", "moi_truong"],
    ]);
    expectUrgentByRules(["Bà cụ sống một mình, hai hôm nay không thấy mở cửa, qua gõ thì nghe tiếng rên trong nhà"], true);
    expectUrgentByRules(["Đợt hạn vừa rồi thủy lợi cho mở nước vào ruộng không đều, ruộng cuối kênh khô hết", "duong ong nuoc may keo toi cuoi xom roi bo do, may chuc ho phia trong chua co nuoc"], false);
  });

  it("reads common trees sold on a hamlet head's own say and a head's wedding for contractors as the cadre's, a burnt-out family lodged with neighbours as social support and sand dug without a permit as mining; litter nobody cleared ('chua ai don') is no one stranded", () => {
    expectTopicsByRules([
      ["Ông trưởng thôn tự ý bán cây bạch đàn trên đất công của thôn, không báo cáo với dân", "can_bo"],
      ["pho chu tich xa cuoi con gai 60 mam, gui thiep cho ca nha thau dang lam duong", "can_bo"],
      ["Nhà bà Tư cháy rụi, cả nhà phải ở tạm bên nhà hàng xóm, mong xã hỗ trợ dựng lại nhà", "an_sinh"],
      ["toi toi lai co may xuc cat khong giay phep ben song", "khoang_san"],
    ]);
    expectUrgentByRules(["sau dam cuoi rac vut day duong, 2 ngay roi chua ai don"], false);
  });

  it("reads sand of no known source sold by shops as mining, being told a certificate is not the ward's business as administrative and a market deputy head's 'tiền chạy' as the cadre's; a lender who has not threatened yet is not urgent", () => {
    expectTopicsByRules([
      ["Mấy tiệm vật liệu bán cát hút dưới sông không rõ nguồn gốc", "khoang_san"],
      ["len phuong xin giay chung nhan ho kinh doanh thi phuong noi khong phai viec cua phuong", "hanh_chinh"],
      ["Phó ban quản lý chợ đòi mỗi người tiền chạy chỗ ngồi", "can_bo"],
    ]);
    expectUrgentByRules(["Nhóm cho vay góp ở chợ lãi cao lắm, mẹ tôi vay rồi, chưa bị dọa gì nhưng tôi sợ"], false);
  });

  it("reads a girl lured by a summer job and held for ransom as a social evil, no cadre's bribe; old people still inside houses the waves crack are urgent, a drowning asked to be prevented and a wish 'vui nha' (folded 'vùi nhà') are not", () => {
    expectTopicsByRules([["Con gái hàng xóm đi làm thêm được hứa lương cao, giờ bị giữ ở Móng Cái, bọn nó đòi 50 triệu mới thả", "te_nan"]]);
    expectUrgentByRules(["Sóng đánh sập kè, mấy nhà sát biển nứt hết, trong đó vẫn còn người già"], true);
    expectUrgentByRules(["Hè này trẻ con hay tắm ở khúc sông có ghe hút cát, xin làm biển cấm trước khi có người chết đuối", "Mấy anh dân quân dọn đường xong rồi, chúc anh em ngày mới vui nha"], false);
  });

  it("reads boats unheard from in rough seas as a disaster, resettlement plots not handed over as land, a drain broken by a past flood and asked to be repaired as infrastructure, a fish market's waste as pollution and registering a land change as a procedure (no earthquake inside it); a collapse dated this morning is urgent beside a week of rain, boats kept ashore are not", () => {
    expectTopicsByRules([
      ["Biển động mạnh từ hôm qua, ghe của anh tui với hai bạn thuyền chưa về", "thien_tai"],
      ["Nhà tôi phải dời đi vì sạt lở bờ sông, xã hứa cấp đất tái định cư mà hai năm trời vẫn chưa giao lô", "dat_dai"],
      ["Cống thoát nước đầu hẻm bị sập từ đợt lũ tháng trước, đất đá lấp hết, xin phường sửa lại", "ha_tang"],
      ["Mấy sạp cá ngoài chợ xối nước rửa cá và ruột cá ra cống, hôi tanh khắp khu", "moi_truong"],
      ["Xin xã xem lại hồ sơ biến động đất đai nhà tôi nộp từ tháng Bảy", "hanh_chinh"],
    ]);
    expectUrgentByRules(["Người ta đào vàng dưới khe cả tháng nay, trưa ni miệng hầm sụp một mảng rồi", "Mưa dầm cả tuần, hồi sáng ni ta luy sau nhà sạt xuống một mảng"], true);
    expectUrgentByRules(["Biển động mạnh, ghe thuyền không ra được, mấy nhà hết gạo ăn rồi, xin xã hỗ trợ"], false);
  });

  it("reads swidden land a company takes as land, a thatched roof leaking with a house promised as social support, a crossing asked to be built as infrastructure (a bridge against floods stays a disaster), a night building site's noise and dust and a carcass in a canal as pollution, queue numbers and a held-up certificate as administrative, and an order team kicking over a seller's goods as the cadre's", () => {
    expectTopicsByRules([
      ["Công ty lâm nghiệp vô lấy đất rẫy của mấy hộ trong làng", "dat_dai"],
      ["Căn nhà mái tranh của bà cụ dột hết, xin xã xem xét", "an_sinh"],
      ["Mùa mưa suối lên là cả thôn bị cô lập, không qua được, xin xã làm cầu treo cho bà con", "ha_tang"],
      ["Thôn xin được xây một cây cầu vượt lũ thay cho cái ngầm", "thien_tai"],
      ["Cái công trình kế bên đổ bê tông cả đêm, inh ỏi không ngủ được", "moi_truong"],
      ["Đứa mô vứt xác heo xuống kênh thủy lợi đầu làng, cả xóm chịu không nổi", "moi_truong"],
      ["Làm căn cước ở huyện phải bốc số từ 4 giờ sáng, chen lấn quá trời, có người đánh nhau giành số", "hanh_chinh"],
      ["Đi xin giấy xác nhận cận nghèo cho con miễn học phí, xã kêu sai mẫu, rồi chờ chủ tịch ký hoài", "hanh_chinh"],
      ["Mấy người tổ trật tự giật cân, đá đổ mẹt cá của chị bán ven đường", "can_bo"],
    ]);
  });

  it("reads herbicide drifting over the houses as pollution (whoever's family it reaches), a new office-holder's unexplained land as the cadre's and 'Cho mình gửi lời khen …' as praise; wild elephants at the house tonight are urgent, 'ma tau' in a dredging complaint ('mà tàu vẫn hút') is no machete", () => {
    expectTopicsByRules([
      ["Ruộng kế bên phun thuốc cỏ bằng máy, người nhà tui với hàng xóm bị chóng mặt", "moi_truong"],
      ["Ông phó chủ tịch xã mới lên chức hai năm mà đã có ba lô đất, xin cấp trên làm rõ tài sản bất minh", "can_bo"],
      ["Cho tui gửi lời khen tới chị cán bộ nhận hồ sơ đất ở xã, làm nhanh, không bắt chờ", "khac"],
    ]);
    expectUrgentByRules(["Tối ni đàn voi về sát nhà, con nít trong nhà không dám ra"], true);
    expectUrgentByRules(["ghe cat dau ngay ben, bao hoai ma tau cu dau, xa biet ma lam ngo"], false);
  });

  it("reads a building site's trucks raising red dust ('vo cong truong' folded is no broken culvert) as pollution, an employer behind with the pay as another matter, a barn and a roof a past storm took as a disaster, a stamping machine at night as pollution, an illegal earth pit collapsing as mining and someone lying still on the road ('bat dong' folded) as no cadre's; someone not responding and a child nearly falling through a broken bridge are urgent", () => {
    expectTopicsByRules([
      [fold("xe ben chở đất vô công trường ngày đêm, bụi đỏ bám dày nhà"), "moi_truong"],
      ["Đề nghị bắt xe chở vật liệu phải tưới nước mặt đường liên thôn, nhà cửa bám đầy", "moi_truong"],
      ["Xưởng gỗ nợ lương công nhân ba tháng, anh em tính nghỉ hết", "khac"],
      ["Cơn bão tuần rồi làm sập chuồng heo, tốc mất mái bếp, xin hỏi xã hỗ trợ ra sao?", "thien_tai"],
      ["Tiệm gò hàn đầu hẻm chạy máy dập đến nửa đêm, mấy đứa nhỏ không ai ngủ được", "moi_truong"],
      ["Hố đào đất trái phép sau thôn sụp vách, đất lở xuống vườn nhà dân", "khoang_san"],
      [fold("Một anh chạy xe máy bị quẹt, nằm bất động bên lề, ai ở gần gọi xe cấp cứu với"), "khac"],
      // Written apart or with the sea "đang động", folded: still a disaster.
      [fold("Mưa cả đêm, ta luy đường lên bản tróc ra từng mảng"), "thien_tai"],
      [fold("Ghe anh tui ra khơi chiều qua, biển đang động mà chưa gọi về được"), "thien_tai"],
    ]);
    expectUrgentByRules(["Có cụ bà nằm ngoài hiên chợ từ tối qua, gọi không thấy phản ứng", "Cầu khỉ gãy hai thanh tre, trưa nay một cháu học sinh suýt tọt xuống mương"], true);
  });

  it("reads thanks sent in a closing sentence after work done as praise (not after a request), unsafe food as another matter, a party member neglecting his mother as the cadre's, a broken pavement as infrastructure, a leaf-roofed house as social support and registering a household business online as a procedure; waves still striking a house and pupils still clinging across a tilted bridge are urgent", () => {
    expectTopicsByRules([
      ["Mưa lớn cả đêm, mấy anh công nhân cấp nước sửa đường ống tới sáng, trưa có nước lại. Bà con khối phố gửi lời cảm ơn.", "khac"],
      ["Đề nghị phường sửa đường ống nước bể trước chợ. Xin gửi lời cảm ơn.", "ha_tang"],
      ["Quán chè đầu hẻm dùng dầu chiên cũ, bụi đường bay vô nồi, đề nghị đoàn an toàn thực phẩm xuống", "khac"],
      ["Ông đảng viên ở xóm tui bỏ mặc mẹ già đau ốm, hàng xóm phải lo cơm nước", "can_bo"],
      ["Vỉa hè trước chợ bong tróc, chỗ lồi lõm, mấy người già đi chợ vấp hoài", "ha_tang"],
      ["Nhà bà cụ lợp mái lá, tường vách đất, mưa dầm mấy hôm là nứt toác", "an_sinh"],
      ["Tiệm may của chị tôi cần đăng ký hộ kinh doanh, nghe nói giờ nộp online cũng xong, có thiệt không?", "hanh_chinh"],
    ]);
    expectUrgentByRules(["Khúc kè tạm bị sóng phá hồi khuya, nhà ông Năm chỉ cách mép nước mấy bước, sóng vẫn đang đánh tới.", "Cầu khỉ qua mương bị đứt dây neo, cầu nghiêng một bên mà bọn nhỏ vẫn bám qua mỗi sáng"], true);
  });

  it("reads 'xin ghi nhận cho anh' closing a story of good service as praise, a fisherman's widow asking for the families' benefit and a child with cerebral palsy as social support, vessel registration as a procedure, a herbicide smell in the tap water as pollution, a fight over swidden land as land, rumbling on the mountain as a disaster (bamboo clumps are no dust) and a food-safety certificate held up as a procedure", () => {
    expectTopicsByRules([
      ["Bữa trước lên phường xin giấy, anh cán bộ một cửa chỉ cặn kẽ, chưa tới trưa đã có giấy. Xin ghi nhận cho anh.", "khac"],
      ["Anh Ba bạn thuyền gặp nạn ngoài khơi không về, vợ ảnh muốn biết chế độ cho gia đình người đi biển thế nào", "an_sinh"],
      ["Con bé nhà tôi bại não, tám tuổi chưa nói được, có được cấp chi không?", "an_sinh"],
      ["Bà con làm nghề biển chờ đăng ký tàu hoài không xong, khai thác không được", "hanh_chinh"],
      ["Nước máy khu tui có mùi thuốc, hóa ra người ta phun thuốc sát chỗ trạm bơm", "moi_truong"],
      [fold("Hai nhóm tranh chấp rẫy keo, cầm dao rựa đuổi chém nhau"), "dat_dai"],
      ["Cả đêm núi sau làng có tiếng ầm ì, sáng ra mấy bụi tre nghiêng hết", "thien_tai"],
      // A food-safety certificate held up is the office's, whatever it certifies.
      ["Tiệm bánh tráng của tui chờ cái giấy an toàn thực phẩm ba tháng rồi, đoàn xuống khen sạch mà giấy chưa thấy", "hanh_chinh"],
    ]);
    // The praise the rules read stands against a model sure of the office praised.
    const praise = "Bữa trước lên phường xin giấy, anh cán bộ một cửa chỉ cặn kẽ, chưa tới trưa đã có giấy. Xin ghi nhận cho anh.";
    expect(classifyFeedback(praise).topic).toBe("khac");
  });

  it("reads a plot cut by land consolidation and a fight over a field's bank as land, a few cubic metres of sand dug as mining, harvest workers sleeping under a tarp as social support and 'đảng viên mà vậy' after a hamlet head's drinking as the cadre's", () => {
    expectTopicsByRules([
      [fold("Sau đợt dồn điền đổi thửa, ruộng nhà tôi bị chia ra mé bờ kênh, thiếu mấy chục mét so với sổ"), "dat_dai"],
      ["Hai nhà cãi nhau giành cái bờ thửa, giờ bên kia kéo thêm người ra đồng", "dat_dai"],
      // A fight over the land is about the land ("giành đất", like "tranh chấp").
      ["Hai xóm giành đất trồng keo, rồi cầm rựa đánh nhau, một người bị chém ở chân", "dat_dai"],
      ["Xúc chừng hai khối cát ngoài bãi sông về đổ nền nhà có bị phạt không?", "khoang_san"],
      ["Mấy người làm thuê từ xa tới ngủ dưới tấm bạt ngoài bãi, mưa ướt hết", "an_sinh"],
      [fold("Ông trưởng thôn nhậu xong chở cháu bằng xe máy, đảng viên mà vậy ai xử lý?"), "can_bo"],
    ]);
  });

  it("reads earth dug from a hill for building sites' fill as mining, loudspeakers at night as pollution, a beating over land left by one's grandparents as land and a hamlet head making each household pay as the cadre's", () => {
    expectTopicsByRules([
      [fold("Người ta xúc đồi đất sau thôn chở đi cho công trình san lấp khu dân cư, xe chạy suốt"), "khoang_san"],
      ["Nhà hàng tiệc cưới đầu xóm mở loa tới nửa đêm, cả xóm thức trắng", "moi_truong"],
      ["Bảo vệ công ty cầm gậy lao tới đánh người đang giữ đất ông bà để lại ngoài bãi, có người chảy máu", "dat_dai"],
      [fold("Trưởng thôn bắt mỗi hộ đóng 200 nghìn làm cổng làng, ai không đóng thì ổng không ký giấy tờ cho"), "can_bo"],
      // A fight told as what follows if no one comes is no evil the officials asked to come are in.
      ["Nhà thầu đưa máy ủi xuống ruộng khi chưa đền bù, dân kéo ra đông lắm. Lãnh đạo xã ra ngay đi chứ để vậy là đánh nhau", "dat_dai"],
    ]);
  });

  it("reads bleeding from within and a sinking bridge people still crowd over as urgent; a stabbing the police already dealt with, money counted in hundreds and a parking fee as not", () => {
    expectUrgentByRules([
      "Vợ tui có thai 7 tháng, chiều ni tự nhiên đau bụng ra máu, nhà xa trạm y tế",
      fold("Cây cầu gỗ qua kênh đang bị lún, người vẫn chen nhau qua coi pháo hoa"),
    ], true);
    expectUrgentByRules([
      "Hôm qua hai nhóm thanh niên đâm nhau trước quán karaoke, công an đã xuống bắt rồi. Đề nghị dẹp quán",
      "Đền bù có vài trăm nghìn một mét, trong khi bãi giữ xe thu tiền cả mùa lễ hội. Đề nghị công khai giá",
    ], false);
  });

  it("reads electing a block's management board and more kindergarten classes as other, an uncovered drain pit as infrastructure, a heavy drought as a disaster, water given to an official's relatives first and his threats over one's papers as the cadre's, a bank moved onto one's field and a developer holding the title as land, rubbish no truck collects as pollution and sand mining whose guards draw knives, the police asked to hurry, as mining", () => {
    expectTopicsByRules([
      ["Dọn về chung cư đã lâu mà chủ đầu tư chưa cho họp bầu ban quản trị, việc gì cũng phải xin", "khac"],
      [fold("Khu dân cư mới đông con nít mà thiếu lớp mẫu giáo, đề nghị mở thêm lớp"), "khac"],
      ["Hố ga chưa có nắp, mưa ngập trắng đường, một bà cụ sụp chân xuống, cứu hộ phải tới kéo lên", "ha_tang"],
      [fold("Hạn năm nay nặng, trên kênh không có nước, đồng nứt nẻ cả"), "thien_tai"],
      ["Nước cứu hạn chở về thôn, ông chủ tịch xã ưu tiên nhà bà con trước, cuối xóm chờ mãi", "can_bo"],
      [fold("Ông cán bộ xã trợn mắt dọa coi chừng hồ sơ nhà tui, cán bộ mà ăn nói như vậy được hả?"), "can_bo"],
      ["nang han ruong kho, ong ke ben doi bo lan qua phan dat cua toi ca thuoc", "dat_dai"],
      [fold("Mua lô đất nền của công ty, giờ công ty đòi thu thêm 10 triệu mới chịu giao sổ"), "dat_dai"],
      ["Khu đô thị mới cả tháng chưa thấy xe rác tới, rác chất đầy mấy lô đất trống, ai dọn?", "moi_truong"],
      ["Bà con ra chặn mấy xe chở cát lậu, tụi bảo kê rút dao nhảy khỏi xe, có người chảy máu, công an xã ra liền đi", "khoang_san"],
    ]);
  });

  it("reads well water turning brackish in a dry season as no bank giving way", () => {
    expectUrgentByRules([fold("Nước mặn lấn vô đồng, giếng nhà tui bắt đầu lợ lợ rồi, mong xã giúp giống lúa chịu mặn")], false);
  });

  it("reads children leaving school to work and a newborn left at a gate as social support, a bribe asked as coffee money as the cadre's and a certificate for a fee waiver still not given as a procedure", () => {
    expectTopicsByRules([
      [fold("Mấy đứa nhỏ trong xóm bỏ học đi làm thuê phụ hồ, mong đoàn thanh niên vận động tụi nó đi học lại"), "an_sinh"],
      [fold("Ai bỏ rơi một bé sơ sinh ngoài cổng trạm y tế, bé tím tái cả người"), "an_sinh"],
      ["Anh cán bộ địa chính nói muốn tách thửa lẹ thì gửi tiền uống cà phê, không thì để đó", "can_bo"],
      [fold("Để con được giảm học phí, tôi lên phường bốn bận lấy giấy xác nhận hộ nghèo, tới giờ chưa được cái giấy"), "hanh_chinh"],
    ]);
  });

  it("reads a baby gone blue, a mad dog loose and pupils cut off by a flood still rising as urgent; the market of Điện … folded is no mad dog", () => {
    expectUrgentByRules([
      fold("Ai bỏ rơi một bé sơ sinh ngoài cổng trạm y tế, bé tím tái cả người"),
      "Có con chó điên chạy ngoài đường, mọi người tránh xa",
      fold("Nước lũ lên nhanh, mấy em học sinh đứng bên kia ngầm chưa về được"),
    ], true);
    expectUrgentByRules([fold("Rác ở chợ Điện Bàn mấy bữa không ai dọn, bốc mùi")], false);
  });

  it("reads goods bought through a livestream and the shop blocking as a social evil, a market's gutters as infrastructure, kiosks given to an official's wife as the cadre's, fish kept with urea as other, a fishing licence as a procedure and drums of chemicals washed ashore as pollution", () => {
    expectTopicsByRules([
      ["Đặt mua áo qua livestream, nhận toàn hàng dỏm, hỏi lại thì bị shop chặn", "te_nan"],
      [fold("Máng xối chợ cá bể hết, mưa là nước đổ xuống lối đi"), "ha_tang"],
      ["Mấy ki ốt mặt tiền chợ mới về tay vợ ông phó ban, bốc thăm kiểu chi rứa?", "can_bo"],
      [fold("Sạp cá ngoài chợ ướp ure, có hóa chất nữa, mua về sợ lắm"), "khac"],
      [fold("Giấy phép khai thác thủy sản của tàu tui nộp cả tháng chưa có"), "hanh_chinh"],
      ["Sóng đánh dạt vô bãi mấy thùng phuy, mùi hăng hắc, tụi nhỏ mở ra nghịch", "moi_truong"],
    ]);
  });

  it("reads a dog biting a child in the face (folded 'vô mặt', not 'vợ mất') as other, a Party member's neglect put to his cell as the cadre's and a child beaten and starved by a stepfather as social support", () => {
    expectTopicsByRules([
      [fold("Con chó dại chạy rông cắn vô mặt thằng nhỏ, cả xóm sợ"), "khac"],
      [fold("Anh đó làm trên huyện, bỏ bê cha mẹ già, mong chi bộ nhắc nhở anh"), "can_bo"],
      ["Thằng nhỏ hàng xóm bị cha dượng đánh, bỏ đói cả ngày", "an_sinh"],
    ]);
  });

  it("reads a doctor sending patients to his wife's pharmacy as the cadre's, a house on fire and a bus route asked for as other", () => {
    expectTopicsByRules([
      ["Bác sĩ trạm xá khám xong toàn biểu qua nhà thuốc của vợ ổng mua, người già không dám cãi", "can_bo"],
      [fold("Cháy nhà ở xóm trên, khói đen mù mịt, xe chữa cháy chưa tới"), "khac"],
      ["Xin cho mở tuyến xe buýt về bệnh viện tỉnh, người nghèo đi khám khổ quá", "khac"],
    ]);
  });

  it("reads a place's name folded like a rabid dog ('chỗ Đại Hòa'), a death only dared ('chết người rồi mới làm'), tiredness from waiting in the sun and a wandering told as once ('có bữa') as not urgent; a rabid dog loose, folded, still is", () => {
    expectUrgentByRules([
      fold("Mấy ghe cát ở chỗ Đại Hòa chạy suốt, giấy phép ai ký vậy"),
      fold("Ngã ba không có đèn, xe chạy ào ào, xin làm sớm, đừng đợi chết người rồi mới làm"),
      "Xe buýt thưa chuyến, ông bà già ngồi chờ giữa nắng mệt lả, xin tăng chuyến",
      "Có bữa mệ đi lạc ra tới đường lớn, may người ta dắt về, xin xã để ý giúp",
    ], false);
    expectUrgentByRules([fold("Con chó dại chạy rông trong xóm, vừa cắn 2 người")], true);
  });

  it("reads life jackets asked for the flood season as disasters, a weir's stuck gate as infrastructure and a school's drinking-water fee among others as other", () => {
    expectTopicsByRules([
      ["Năm ngoái lụt xong cả xóm hết gạo phải đi mượn, năm nay đề nghị xã lo sẵn thêm áo phao với ghe trước mùa lũ", "thien_tai"],
      ["Cửa van của đập dâng ở xóm Bàu bị kẹt, nước không lên ruộng được, xin sửa giùm", "ha_tang"],
      ["Đầu năm trường thu tiền nước uống, tiền vệ sinh, quỹ phụ huynh, góp ý nên công khai từng khoản", "khac"],
    ]);
  });

  it("reads poison at a water intake still pumped to the taps as urgent; a drowning said in jest, a mine's collapse long ago and a street flooded whenever it rains half an hour as not", () => {
    expectUrgentByRules(["Có ai đổ cả chục bình thuốc trừ sâu xuống hồ lấy nước, cá nổi chết, mà trạm cấp nước vẫn bơm bình thường cho cả thôn"], true);
    expectUrgentByRules([
      "Con mương sau chợ đen ngòm, thằng em tui nói đùa ai lỡ té xuống chắc chết đuối vì mùi trước. Đề nghị nạo vét",
      fold("Hồi xưa bãi vàng đầu suối sập hầm chết người rồi, giờ lại thấy máy múc đào lên, nước suối đục ngầu"),
      "Mưa chừng nửa tiếng là ngã tư trước chợ ngập tới gối, học sinh tan trường phải lội nước. Năm mô cũng vậy",
    ], false);
  });

  it("reads a neighbour's camera aimed into the yard 'to watch for thieves' as other, and a power line running over a roof as no one on it", () => {
    expectTopicsByRules([["Hàng xóm lắp camera chĩa qua cửa sổ phòng ngủ nhà tôi, hỏi thì nói để canh trộm", "khac"]]);
    expectUrgentByRules(["Công ty điện dựng trụ trong vườn mà chưa bàn với gia đình, giờ dây chạy ngay trên mái nhà tôi, đề nghị xem lại"], false);
  });

  it("reads a brawl's blow ('phang vô') as crime and turns at the pump asked to be agreed, a fight only nearly come to, as other", () => {
    expectTopicsByRules([
      [fold("Tiệc sinh nhật trong xóm nhậu xỉn cãi nhau, thằng kia cầm ghế phang vô lưng anh tui"), "te_nan"],
      ["Hai xóm giành nước trạm bơm, năm rồi suýt đánh nhau, đề nghị xã định lịch bơm cho từng xóm", "khac"],
    ]);
  });

  it("reads a hill rumbling and a stream gone dry as urgent; waiting for the water warned against ('chớ chờ nước lên rồi mới …') and a swine fever spreading among herds as not", () => {
    expectUrgentByRules(["Mưa suốt từ chiều, trong núi sau xóm nghe tiếng ục ục, khe nước tự nhiên cạn queo, dưới chân núi còn mấy nhà"], true);
    expectUrgentByRules([
      "Xin xã lo chỗ tránh lũ cho mấy nhà ven sông, chớ chờ nước lên rồi mới lo dọn đồ",
      "Bệnh dịch tả lợn châu Phi đang lan qua mấy xóm, có nhà lén quăng lợn chết ra mương, đề nghị thú y xuống",
    ], false);
  });

  it("reads a drug party ('tiệc bay') by a river as crime, not the river's", () => {
    expectTopicsByRules([["Căn nhà nghỉ cuối xóm tuần nào cũng có khách thuê làm tiệc bay, sáng ra rác vứt ra bờ sông", "te_nan"]]);
  });

  it("reads litter piled up ('rác ngập') as pollution, a bribe asked ('bôi trơn') as the cadres' and water still rising as a disaster; an old soldier saying he will follow his comrades is urgent", () => {
    expectTopicsByRules([
      ["Bãi biển sau Tết rác ngập, chai lọ khắp nơi", "moi_truong"],
      ["muốn làm sổ nhanh thì phải bôi trơn, không thì để đó", "can_bo"],
      ["Nước ngoài sân đã qua đầu gối mà vẫn đang lên, trong nhà còn ông cụ bị liệt", "thien_tai"],
    ]);
    expectUrgentByRules(["Ông ngoại em, thương binh hạng 2, mấy bữa ni không ăn, hồi tối đem hết giấy khen cho con cháu, nói chắc sắp đi theo đồng đội"], true);
  });

  it("reads boats' used oil poured out as pollution, boats sheltering from the wind as a disaster, a referral paper as administration, money asked before a signature and relief shared with in-laws as the cadres', a living lost with a boat as welfare, a clinic short of medicine as other, and fishermen back from sea as no storm", () => {
    expectTopicsByRules([
      ["Mấy chủ tàu ở cảng cá Tam Quang thay nhớt xong đổ luôn xuống nước", "moi_truong"],
      ["Ghe ông Hai ra khơi từ sáng sớm tới giờ chưa vô, mấy ghe kia đã vào tránh gió hết", "thien_tai"],
      ["Bệnh viện huyện không nhận giấy chuyển tuyến vì ghi sai mã thẻ, bắt tôi đóng tiền dịch vụ", "hanh_chinh"],
      [fold("Làm giấy xác nhận ở đồn mỗi lần phải gửi 100 nghìn mới được ký, không gửi thì hẹn tới hẹn lui"), "can_bo"],
      ["Sau lũ thôn được phát mì gói, ông thôn trưởng phát cho bà con bên vợ trước, ai hỏi thì nói có là may rồi", "can_bo"],
      ["Bão tháng trước làm chìm ghe, giờ nhà tui không có nghề. Có hỗ trợ ngư dân mất ghe không", "an_sinh"],
      ["Trạm y tế phường thiếu thuốc tiểu đường cả tháng nay, người già phải đi mua ngoài", "khac"],
      [fold("Đèn đường ven biển tắt hết, mấy ông ngư dân đi biển về lúc khuya phải rọi đèn pin"), "ha_tang"],
    ]);
  });

  it("reads people leading bikes over a sagging bridge for want of another way, a crowd growing by the hour, a lender's threat with this week's deadline over an older loan and someone alone who cannot get up as urgent", () => {
    expectUrgentByRules([
      "Cầu gỗ qua khe bị gãy một thanh đỡ, sàn cầu võng xuống, người ta vẫn dắt xe qua lại, không còn đường khác",
      "Dân giữ hai xe chở cát trước nhà văn hóa từ sáng, người tụ tập mỗi lúc một đông",
      "Hồi tháng Giêng anh tôi vay góp 30 triệu, trả mỗi ngày 500 nghìn. Hôm qua tụi nó nhắn thứ Sáu này không đủ tiền thì đốt ghe",
      "Cụ ông ở kế nhà sống một mình, sáng nay gọi thì ông nói không dậy nổi, nhà không còn gì ăn",
    ], true);
  });

  it("reads a danger told as over by everyone safe or well again in another sentence ('về được hết', 'giờ nó khỏe rồi') as not urgent, unless what is said with it is now", () => {
    expectUrgentByRules([
      "Chiều qua thằng nhỏ nhà tui sốt cao co giật, chở lên huyện cấp cứu. Giờ nó khỏe rồi, tui chỉ hỏi sao trạm xã đóng cửa sớm vậy",
      "Ghe câu của chú Ba bị chìm ngoài cửa biển, bốn người trên ghe về được hết, xin xã xem hỗ trợ",
    ], false);
    expectUrgentByRules(["Mẹ tôi khỏe rồi, nhưng ba tôi đang bất tỉnh trong nhà, xin gọi xe cấp cứu giúp"], true);
  });

  it("reads cars parked over the pavements as other, a teacher pressing pupils into paid lessons as the cadres' and a drain filled in with concrete as infrastructure", () => {
    expectTopicsByRules([
      ["Xe máy của khách đậu tràn lên vỉa hè phố cổ, người đi bộ phải đi dưới lòng đường", "khac"],
      ["Thầy dạy toán lớp 9 nói em nào không đi học thêm thì cuối kỳ khó lên điểm", "can_bo"],
      [fold("Nhà bên cạnh sửa nhà, đổ bê tông lấp luôn cái mương sau xóm, mưa xuống nước không thoát"), "ha_tang"],
    ]);
  });

  it("reads parents counted as a crowd, a bank falling in, water to one's middle indoors and a child's photo sent by a lender as urgent; folded water that cannot flow, a husband dead and a stabbing 'hồi tháng Tư' as not", () => {
    expectUrgentByRules([
      "Khoảng 40 phụ huynh kéo tới phòng giáo dục đòi gặp trưởng phòng về khoản thu",
      fold("Bờ kè sau chợ đang sụt từng mảng, mấy nhà phía trên ai cũng lo"),
      "Trong nhà nước chừ tới ngang bụng rồi, tụi tui kê đồ lên cao",
      "Tôi vay app 3 triệu giờ đòi 12 triệu, chiều nay tụi nó gửi ảnh con trai tôi ở sân trường, nói không trả thì tự biết",
    ], true);
    expectUrgentByRules([
      fold("Cống trước nhà bị người ta lấp, nước không chảy được, phường xuống xem rồi mà chưa cho mở lại"),
      fold("Chồng mất rồi, một mình tôi nuôi hai đứa nhỏ, xin xét cho con tôi được miễn học phí"),
      "Hồi tháng Tư ở xóm có vụ chém nhau vì nợ, một người chết. Giờ quán bi-a đó vẫn mở tới khuya",
    ], false);
  });

  it("reads wages not paid as other, timber stolen from a watershed forest as the environment's and money asked before a paper is passed ('mới duyệt') as the cadres'", () => {
    expectTopicsByRules([
      ["Hơn trăm công nhân xưởng gỗ 3 tháng chưa được trả lương, chủ xưởng tránh mặt", "khac"],
      ["Cả tháng nay có nhóm người lên chặt trộm gỗ ở rừng đầu nguồn, nước khe về làng đục ngầu", "moi_truong"],
      ["Ở khu trọ, ông cảnh sát khu vực bắt tụi em mỗi đứa nộp 150 nghìn mới duyệt giấy tạm trú, đứa nào chưa nộp thì hồ sơ nằm đó", "can_bo"],
    ]);
  });

  it("reads a family threatened by men at a crime, a stream in spate cutting houses off, ground cracking wider each morning, children sick from the water and pupils still crossing a failing bridge as urgent; folded bikes that cannot run on a mud road as not", () => {
    expectUrgentByRules([
      "Mấy người đào vàng lậu nhắn cho anh Ba tổ bảo vệ rừng, dọa nếu còn báo kiểm lâm thì coi chừng vợ con ảnh",
      "Nước suối lên to lắm, hai nhà bên kia không qua được, bà cụ bệnh nằm một chỗ",
      "Vườn sau nhà đất nứt thành vệt dài, hôm nay rộng hơn hôm qua, trời còn mưa",
      "Giếng chung của xóm tự nhiên có mùi dầu, mấy đứa nhỏ uống xong kêu đau bụng",
      "Cầu tạm vô thôn đứt thêm một sợi dây chằng mà vẫn có 30 em đi học qua",
    ], true);
    expectUrgentByRules([fold("Đường đất vô xóm mùa mưa trơn trượt, xe máy không chạy được, tụi nhỏ phải lội bộ đi học")], false);
  });

  it("reads a crane over people's roofs and cattle let loose on the road as other and a permit to repair a house asked as administration", () => {
    expectTopicsByRules([
      ["Cần trục của công trình kế bên quay qua quay lại trên đầu nhà dân", "khac"],
      ["Mấy hộ chăn nuôi để bò thả rông nằm giữa đường, tối đi xe máy dễ tông", "khac"],
      [fold("xin phép sửa nhà thì nộp giấy ở mô"), "hanh_chinh"],
    ]);
  });

  it("reads a man down a pit who does not answer, water to half the window, strangers at the gate for today's money and a load swinging over an open street as urgent; a flood gone with no one left stranded as not", () => {
    expectUrgentByRules([
      fold("Anh tui xuống giếng đào vàng từ trưa, kêu không thấy trả lời, miệng giếng sụt đất"),
      "Trong nhà nước dâng tới nửa cửa sổ, hai bà cháu ngồi trên gác",
      "Hai thằng lạ mặt đậu xe trước ngõ từ sáng, nói ba tui vay 30 triệu, phải trả trong hôm nay",
      "Cần cẩu đang nâng cọc bê tông đung đưa trên đầu đường, không rào chắn gì",
    ], true);
    expectUrgentByRules(["Nước đã rút, thôn không còn ai bị kẹt nữa. Lúa bị bùn vùi lấp, xin hỗ trợ giống"], false);
  });

  it("reads market prices to be checked as other and a pavement stall's permit asked as administration; a live wire in a ditch pupils still pass is urgent, a bridge swept away with no one on it is not", () => {
    expectTopicsByRules([
      ["Rau, cá ở chợ lên giá hoài, lương hưu không đủ sống, đề nghị kiểm tra giá", "khac"],
      ["Muốn mở quán cà phê nhỏ trên vỉa hè, cần xin phép phường hay ở đâu?", "hanh_chinh"],
    ]);
    expectUrgentByRules(["Từ sáng dây điện bị cây đè đứt nằm dưới mương, học sinh vẫn đi ngang"], true);
    expectUrgentByRules(["Cầu gỗ tạm bị lũ cuốn hôm qua, may lúc đó không ai qua. Giờ phải đi vòng xa, xin làm lại cầu"], false);
  });

  it("reads money asked before medicine is handed out as the cadres' and a queue for the island boat as other; a ransom, a wasting child as urgent; a scratch, where money went and strangers typed without diacritics as not", () => {
    expectTopicsByRules([
      ["Ra trạm y tế có thẻ bảo hiểm, y sĩ vẫn thu 50 nghìn mới cấp thuốc cho người già", "can_bo"],
      ["Lễ 2/9 du khách phải xếp hàng chờ tàu ra đảo cả buổi dưới nắng, mong giới hạn số khách mỗi ngày", "khac"],
    ]);
    expectUrgentByRules([
      "Thằng em tui bị mấy người lạ giữ lại, nhắn về là gom đủ 30 triệu thì thả, dặn đừng báo công an",
      "Bé nhà hàng xóm sốt mấy bữa, người lả đi, ốm da bọc xương, nhà không có xe chở xuống huyện",
    ], true);
    expectUrgentByRules([
      fold("Khách tắm biển giẫm phải mảnh chai bị cào chảy máu chân, xin xã dọn bãi"),
      fold("Tháng nào tổ thu phí chợ cũng lấy 20 nghìn không biên lai, tiền đó vô đâu vậy"),
      fold("Mấy người lạ ở đâu tới dựng lán đào vàng trên đầu nguồn, xin huyện kiểm tra"),
    ], false);
  });

  it("keeps the urgency model from flagging a rescue told after the fact, everyone brought in and well", () => {
    const told = "Ghe câu mực của xóm tôi chết máy ngoài khơi khi sóng lớn, biên phòng ra kéo vô tới bờ an toàn, ai nấy đều khỏe, trưa nay đã về lại nhà";
    expect(classifyFeedback(told).urgent).toBe(false);
  });

  it("reads a bribe asked to look for stolen livestock as the cadres', a septic tank typed without diacritics as the environment, a movement permit and a claim said to be sent on as administration, a scam caller posing as police and smoking something unknown as public order", () => {
    expectTopicsByRules([
      ["Nhà tui bị trộm mất con heo nái, lên công an xã báo thì anh ở đó nói muốn đi tìm thì cũng phải lo cho anh em, đưa ít xăng xe", "can_bo"],
      [fold("Hầm cầu của dãy trọ sau chợ tràn ra đường mấy bữa nay, hôi không chịu nổi"), "moi_truong"],
      ["Cho hỏi làm giấy kiểm dịch cho đàn heo chở đi tỉnh khác thì lên đâu?", "hanh_chinh"],
      ["Đàn bò nhà tui chết vì lở mồm long móng, giấy đề nghị hỗ trợ gửi từ tháng tư, cán bộ xã cứ nói đã gửi lên trên rồi mà tới chừ im re", "hanh_chinh"],
      ["Hay có số máy lạ gọi tự xưng là công an, biểu cài thêm ứng dụng lạ cho đúng thông tin căn cước", "te_nan"],
      ["Thằng cháu đi chơi khuya về, hút cái gì đó với bạn xong nằm co giật", "te_nan"],
    ]);
  });

  it("reads a gas leak with someone vomiting, people on the roof, a lender's men coming tonight, a charge about to go off and a dyke seeping in streams as urgent", () => {
    expectUrgentByRules([
      "Xưởng bên cạnh hình như xì khí, mùi khai bay qua dãy trọ, mấy đứa ho sặc, có chị ói liên tục",
      fold("Nhà bà Tư nước tới mái rồi, 3 người đang ngồi trên nóc"),
      "Em vay qua mấy app, tụi nó dọa đêm nay sẽ kêu người tới nhà trọ xử em",
      "Mỏ đá bên kia đang khoan nạp mìn, chuẩn bị nổ, dưới chân núi còn mấy người cắt cỏ",
      "Con đê đất đầu làng bị rỉ, nước chảy thành dòng qua ruộng, sông vẫn còn lên",
    ], true);
  });

  it("reads dice gambling at a night market as public order (\"bầu cua\" with its marks: folded, a window sill), slash burnt after the acacia harvest as the environment, a hill's boundary as land, a scam posing as an official offering support as public order", () => {
    expectTopicsByRules([
      ["Chợ đêm có sạp lắc bầu cua ăn tiền, tụi nhỏ cấp hai xúm vô chơi", "te_nan"],
      ["Sau khai thác keo người ta đốt thực bì trên đồi, khói trùm vô lớp học", "moi_truong"],
      ["Hai nhà tranh cãi cái ranh đồi keo mấy năm ni, xin xã đo lại", "dat_dai"],
      ["Mấy hộ nghèo trong thôn được người xưng là cán bộ chính sách gọi, nói được hỗ trợ tiền sửa nhà, bảo chuyển khoản trước phí hồ sơ", "te_nan"],
    ]);
    expect(classifyFeedbackByRules(fold("Nước ngập lên tới bậu cửa sổ phòng học, mấy cháu với cô giáo đang ở trên lầu")).topic).not.toBe("te_nan");
  });

  it("reads a causeway still rising, a son held till a betting debt is paid, a blast's stone in a schoolyard, a live wire in a puddle, a hill shedding earth over lived-in houses and a fire coming down on the old as urgent; stone dust as not", () => {
    expectUrgentByRules([
      "Nước qua ngầm ngang đầu gối rồi mà vẫn đang lên, chảy rất xiết, mấy đứa nhỏ chiều ni phải lội qua",
      "Tụi nó giữ điện thoại thằng con tui không cho về, bắt mang tiền thua cá độ tới trả",
      "Trưa nay mỏ đá nổ mìn, có cục đá bay rớt xuống sân trường, họ nói chiều còn nổ đợt nữa",
      "Dây trung thế ở cổng trường bị đứt, một đầu rớt nằm dưới vũng nước, trời đang mưa",
      fold("Đồi sau lưng nhà tui rớt đất từng mảng, ba gia đình ở sát chân đồi giờ vẫn đang ở trong nhà"),
      "Lửa theo gió bò xuống xóm, nhà có người già chưa ai dời",
    ], true);
    expectUrgentByRules([fold("Xưởng cưa đá chạy suốt ngày, bụi đá bay phủ mái nhà, xin đo tiếng ồn")], false);
  });

  it("reads common ground leased to a business without asking as land and a class for the touch-screen phone as other; a stick, a knife fetched, chairs thrown, a gate kicked, a bank falling in, a house's footing undermined and a son held for money as urgent", () => {
    expectTopicsByRules([
      ["Xã tự cho doanh nghiệp thuê sân chơi của xóm làm chỗ chứa cát đá, dân không ai được hỏi", "dat_dai"],
      ["Ông nội tui giờ ngán nhất là cái điện thoại cảm ứng, ứng dụng VNeID bấm hoài không được, xin mở lớp chỉ người già xài điện thoại", "khac"],
    ]);
    expectUrgentByRules([
      "Ông đó cầm khúc cây rượt người ta ngoài sân, mọi người can không được",
      "Đám nhậu bên kia đang đạp cổng nhà tui đòi vô",
      "Ghe hút cát vẫn chạy, bờ sông tụt xuống từng mảng, mấy nhà đã dọn đồ ra",
      "Sóng đánh hẫng ra ngoài nửa cái móng nhà, trong nhà còn ông già chưa chịu đi",
      "Tụi nó nhắn đưa đủ 30 triệu thì mới cho về",
      "Hai người lạ đang cự nhau, một ông vừa chạy đi lấy con dao",
      "Hai nhóm đang quăng ghế với chai bia vô nhau trước sân khấu",
    ], true);
  });

  it("reads a village's cracked water tank as infrastructure, relief handed to the head's own kin as a cadre's conduct, a hotline's number asked to be posted and commendation asked for soldiers as other, a scoop dredging sand at night as mining; blood running down a face, a neighbour alone who does not answer behind a bolted door and a leaning tank children play under as urgent; a flood remembered and a fire of football joy said laughing as not", () => {
    expectTopicsByRules([
      ["Bể chứa nước của làng đặt trên đồi, thành bể nứt dọc, mấy tháng ni bà con phải gánh nước suối", "ha_tang"],
      ["Đợt lũ rồi có gạo cứu trợ gửi xuống, ông trưởng thôn đem phát cho bà con trong họ trước, mấy hộ nghèo không có phần", "can_bo"],
      [fold("Góp ý: xã nên in số điện thoại đường dây nóng lên tờ lịch phát cho các hộ, người già không rành điện thoại"), "khac"],
      ["Sau trận lũ, anh em dân quân về sửa lại mấy nhà sập cho làng, không nhận đồng nào. Xin các chú báo lên huyện khen mấy anh", "khac"],
      ["Đêm nào máy múc cát cũng chạy dưới bến, bờ sông lở vô vườn chuối nhà tui", "khoang_san"],
    ]);
    expectUrgentByRules([
      "Hai thằng say đánh nhau trước chợ, một đứa bị chai bia đập trúng, máu chảy đầy mặt mà tụi nó vẫn chưa chịu thôi",
      "Ông Bảy ở một mình cuối xóm, hai hôm nay không thấy ra đồng, con cháu qua kêu không thưa",
      "Bà Tư sống một mình, sáng ni không thấy bà quét sân, cửa nhà cài then bên trong",
      "Cái bồn nước trên trụ sắt ở sân trường nghiêng hẳn ra một bên. Tới giờ chơi tụi nhỏ vẫn chạy nhảy quanh chân trụ",
    ], true);
    expectUrgentByRules([
      "Trận lũ năm 2009 nước ngập tới nóc, cả xóm phải leo lên mái ngồi, chừ nhắc lại vẫn còn sợ. Xin xã xây thêm nhà tránh lũ",
      "Cả xóm đang bốc cháy vì tụi nhỏ thi đậu hết rồi haha, cảm ơn thầy cô trường làng",
    ], false);
  });

  it("reads a fire spreading through a market's stalls as other, a poverty list filled with the head's kin as the cadres', order officers snatching a vendor's load as the cadres', a meter box and its breaker as infrastructure and a street flooded since the night as a disaster; children to be called out of deep water, a woman dragged by the hair, a child retching from fumes, a wire fallen in a puddle, the power asked cut at once and a sit-in since this morning as urgent; a rescue thanked for, school books and a fire put out as not", () => {
    expectTopicsByRules([
      ["Khói đen bốc cao ở chợ, lửa đang lan sang mấy sạp vải, xe chữa cháy chưa vô được", "khac"],
      ["Bình xét hộ cận nghèo ở thôn, danh sách ông trưởng thôn đọc có người quen của ổng, có cả bà con ruột với vợ ổng", "can_bo"],
      ["Mấy cậu trật tự đô thị xuống chợ giật gánh bánh của bà cụ, bà khóc quá trời", "can_bo"],
      ["Hộp công tơ ở đầu dãy trọ kêu lụp bụp, chủ trọ đã cúp cầu dao", "ha_tang"],
      ["Mưa từ khuya, nước trong hẻm lên quá đầu gối, đồ đạc ướt hết", "thien_tai"],
    ]);
    expectUrgentByRules([
      "Có mấy đứa nhỏ đang tắm ở hố sâu dưới bến, tui kêu không được, ai ở gần kêu tụi nhỏ lên bờ giùm",
      "Hai thằng côn đồ vô quán nắm tóc chị chủ lôi ra đường, mọi người đứng coi không ai dám can",
      "Mùi hóa chất từ xưởng bên cạnh bay qua, thằng nhỏ nhà bên ói mấy lần, mặt tái xanh",
      "Sợi dây trên trụ chừ rớt xuống vũng nước ngay cổng trường, chưa ai dám lại gần",
      "Trụ điện trước nhà tui bốc lửa, nhờ bên điện cắt điện gấp",
      "Khoảng 50 hộ từ 6h sáng đã tập trung ngồi kín sân xã, nói sẽ ngồi tới khi chủ tịch ra gặp, vì đất đền bù 5 năm rồi chưa trả",
    ], true);
    expectUrgentByRules([
      "Cảm ơn mấy anh cứu hỏa đêm 3 vừa rồi dập kịp đám cháy ở xưởng gỗ. Không có các anh chắc cháy lan cả xóm, có người chết rồi",
      "Năm học mới con tui cần sách vở đầu năm gần 2 triệu, nhà nghèo không kham nổi, xin hỗ trợ",
      "Kho củi đầu xóm cháy, một ông bị kẹt trong đó. Công an đã dập tắt rồi, giờ chỉ còn khói.",
    ], false);
  });

  it("reads betting games for children as public order, a ferry as infrastructure, land measured short for a road as land and a staff fund a station head forces as the cadres'; a relative silent since a plea, someone left lying where she fell and a ferry loaded to the gunwale in the wind as urgent; what has gone on since Tết as not", () => {
    expectTopicsByRules([
      ["Mấy đứa nhỏ lớp 6 mê game bắn cá đổi thưởng, lấy tiền ăn sáng nạp thẻ", "te_nan"],
      ["Đò ngang qua sông chiều nào cũng chở chật người, không có áo phao", "ha_tang"],
      [fold("Kiểm kê mở đường ven sông, nhà tôi bị đo thiếu, khiếu nại ở đâu"), "dat_dai"],
      ["Ông trưởng trạm y tế bắt mỗi người góp 300 ngàn một quý làm quỹ tiếp khách", "can_bo"],
    ]);
    expectUrgentByRules([
      "Thằng em họ đi làm bên Campuchia, tối qua nhắn về một câu rồi tắt máy tới chừ, cả nhà lo lắm",
      "Bà cụ trượt chân té ngoài chợ, giờ vẫn nằm đó chưa dậy",
      "Đò ngang chở cả chục chiếc xe máy, nước lấp xấp mạn đò mà gió đang lên",
    ], true);
    expectUrgentByRules(["Từ Tết tới chừ xe ben chở đất chạy ầm ầm qua xóm, đất đá rơi vãi, đang lở một góc đường"], false);
  });

  it("reads smoke from a still and a neighbour's karaoke as the environment, a river's embankment, a street turned into a river and flood mud as disasters, relief goods taken home and meal money held back as the cadres', a posing official who then cannot be reached and drug use told as 'chích hút' as public order, a drunk coach driver as other and compensation received as land; water carried up from a stream, a crowd's scuffle written up and calm again and a fall feared 'bữa mô' as not urgent; a farewell with a motorbike left on a bridge, machetes carried in a land quarrel, a live line torn down, poisoned water still cooked with and a drunk driver who will not stop as urgent", () => {
    expectTopicsByRules([
      [fold("Lò nấu dầu quế đầu thôn đốt suốt, khói hắc bay vô nhà, ông bà già ho cả đêm"), "moi_truong"],
      ["Tối qua hai nhà xô xát vì bên kia hát karaoke quá khuya, tổ trưởng đã hòa giải, tối ni vẫn hát", "moi_truong"],
      ["Kè sông đoạn thôn Hà Mỹ bao giờ mới làm?", "thien_tai"],
      ["Mưa một trận là đường Phan Chu Trinh thành sông, xe chết máy hàng loạt", "thien_tai"],
      [fold("Nước rút rồi mà bùn non dày cả tấc trong trường mầm non, xin xã cho người xuống dọn"), "thien_tai"],
      ["Sau bão, trưởng thôn cho chở mấy thùng dầu ăn với gạo của đoàn từ thiện về nhà riêng, bà con chưa ai được chia", "can_bo"],
      ["Cô nuôi nói tiền chợ nhà trường đưa chỉ bằng nửa định mức, phần dư thầy hiệu phó nói để làm quỹ", "can_bo"],
      ["Bãi đất trống sau chợ tối tối có mấy người lạ tới chích hút", "te_nan"],
      ["Có kẻ tự xưng cán bộ ngân hàng chính sách gọi tới, bảo nộp 2 triệu để được vay ưu đãi; nộp xong thuê bao không liên lạc được", "te_nan"],
      ["Chiều ni tài xế uống rượu rồi lái xe buýt tuyến Hội An - Điện Bàn, lạng lách giữa phố", "khac"],
      ["Hồi làm đường tránh, cán bộ hứa xem xét phần còn lại, tui nhận tiền bồi thường đầy đủ, chừ đất còn 20 m2 không xây được, xin thu hồi luôn", "dat_dai"],
    ]);
    expectUrgentByRules([
      "Máy bơm nước của điểm trường hư, ống dẫn bể mấy đoạn, chừ các cháu phải gánh nước dưới suối lên tắm",
      "Hôm rồi bà con trong thôn vây chiếc xe chở gỗ lậu, có xô xát, công an tới lập biên bản xong, chừ êm rồi",
      "Lan can cầu gỗ gãy mấy đoạn, bữa mô có người té xuống sông thì ai chịu",
      "cho em phản ánh cái cầu treo ở thôn 4\nnó võng xuống một đoạn từ hồi lũ tới chừ, xe máy qua là lắc, bữa mô có đứa nhỏ rớt xuống sông thì sao",
    ], false);
    expectUrgentByRules([
      "Chồng tui nhắn 'anh xin lỗi' rồi tắt máy, người ta thấy xe máy ảnh dựng trên cầu Giao Thủy",
      "Hai họ giành nhau đám rẫy trên đồi, chiều ni hai phe đứng chửi nhau, bên nào cũng mang rựa",
      "Dây điện hạ thế bị xe tải móc đứt, một đầu rớt ngay cổng trường",
      "Nước đầu nguồn có mùi thuốc sâu, cá chết nổi, mấy nhà nấu cơm bằng nước đó rồi",
      "Tài xế xe khách tuyến Bắc Nam say xỉn, chạy ẩu, hành khách xin dừng mà không chịu",
    ], true);
  });

  it("reads compensation demanded as land, drinking at the bar in office hours and insurance money collected for cards never bought as the cadres'; a person alone who does not answer a call and a quarry charging its holes as urgent; 'từ từ' typed without marks as not", () => {
    expectTopicsByRules([
      ["Mấy chục hộ cầm băng rôn ngồi trước cổng huyện đòi tiền đền bù, chờ lãnh đạo ra tiếp", "dat_dai"],
      [fold("Ông phó chủ tịch phường cứ giờ hành chính ngồi quán bia với nhà thầu"), "can_bo"],
      ["Ông trưởng khu phố thu tiền mua thẻ BHYT của mấy hộ, đi khám mới biết thẻ không có", "can_bo"],
    ]);
    expectUrgentByRules([
      "Ông cụ ở một mình cạnh nhà tui, từ sáng tới giờ cửa khóa, gọi không nghe trả lời",
      "Công nhân mỏ đá đang nạp mìn mà dưới chân núi mấy đứa nhỏ vẫn chăn bò",
    ], true);
    expectUrgentByRules([fold("Tiền hỗ trợ chưa về, cán bộ xã nói cứ từ từ rồi sẽ có")], false);
  });

  it("reads office used to threaten and insurance drugs sold at home as the cadres', coal dug in an old mine as minerals and a pharmacy typed without marks as other; water still pumped from a poisoned canal, people below ground already split and a bridge tilted on a slipped cable still crossed as urgent; a cry for help said in jest and a flood named by its month as not", () => {
    expectTopicsByRules([
      ["Ông cán bộ tư pháp xã lấy chức vụ ra dọa, nói từ giờ không chứng giấy tờ cho nhà tui", "can_bo"],
      ["Cô y sĩ trạm y tế hay kêu bệnh nhân qua nhà chị mua thuốc, hộp còn in chữ thuốc BHYT không bán", "can_bo"],
      ["Mấy người đào than lậu ở mỏ than bỏ hoang, đất đá đổ xuống ruộng", "khoang_san"],
      [fold("Tiệm thuốc tây đầu chợ bán thuốc ngủ cho ai cũng được"), "khac"],
    ]);
    expectUrgentByRules([
      "Kênh tưới đầu làng nổi bọt trắng, cá chết, mà trạm cấp nước vẫn đang bơm cho cả xã",
      "Phía trên hầm vàng đất đã nứt một vệt dài. Dưới hố vẫn còn mấy người",
      "Cầu treo qua suối bị tuột dây cáp, mặt cầu nghiêng. Học trò vẫn đang đi qua để tới trường.",
    ], true);
    expectUrgentByRules([
      "Cứu với cả làng ơi 😅 (giỡn thôi, chưa ai sao). Bờ sông đoạn qua thôn 4 năm mô cũng lở thêm, chừ cách trạm y tế chưa tới 30 mét. Mong tỉnh làm kè sớm.",
      "Lũ tháng 11 nước ngập tới ngực, trôi hết lúa giống, mong xã hỗ trợ lúa giống",
    ], false);
  });

  it("reads a complaint told as settled and closing on thanks to those who acted as praise, a gravity-fed water tank as infrastructure, dust by the layer it leaves as environment, a deep pothole and a payout signed for in full but paid in part by its topic", () => {
    expectTopicsByRules([
      ["Hồi đầu năm xóm tui bị mấy thanh niên tụ tập nẹt pô tới khuya, có báo lên đây. Từ đó tới nay tụi nó không còn quay nữa, đêm yên tĩnh. Cảm ơn công an xã nhiều.", "khac"],
      ["Mùa mưa năm ngoái hẻm nhà tui ngập lút bánh xe. Nay đường đã được sửa, mưa lớn cũng không đọng nước. Xin cảm ơn các chú ở phường.", "khac"],
      ["Công trình nước tự chảy ở bản trên bị nứt, ống dẫn bể mấy khúc. Nguồn nước vẫn sạch, chỉ là không dẫn về được.", "ha_tang"],
      [fold("Xưởng sấy gần nhà ngày nào cũng xả, bàn ghế phủ một lớp bụi đen, phơi đồ không được"), "moi_truong"],
      [fold("Trước cổng chợ có cái ổ voi sâu hoắm, tối qua hai chiếc xe máy té liền"), "ha_tang"],
      ["Tiền hỗ trợ giống của hội viên, anh cán bộ hội bắt ký nhận đủ mà chỉ phát một nửa, ai hỏi thì nói năm sau khỏi nhận.", "can_bo"],
    ]);
    expectUrgentByRules([
      "Trận mưa đêm qua làm sập gian bếp nhà ông Tư, ông bị chân đau nằm bên trong không tự đi ra được, mong xã sai người tới.",
      "Vách hầm đào vàng ở khe trên thôn đổ xuống, anh em đang dùng tay moi tìm một người",
    ], true);
  });

  it("reads name-calling among pupils as other, a first land title with no dispute as paperwork, touts by Hội An's bridge as other, a lender's demand as the evil's, a bribe hinted, accounts demanded and a Party member's favours as the cadres', a warranty typed without marks as no storm", () => {
    expectTopicsByRules([
      ["Con tui bị mấy đứa cùng lớp bắt nạt, đặt biệt danh, chế ảnh đăng lên nhóm lớp, mong nhà trường nhắc nhở", "khac"],
      ["Xin cấp sổ đỏ cho 1 héc ta đất trồng keo, đất này không tranh chấp gì, đo đạc rồi mà nửa năm chưa có kết quả", "hanh_chinh"],
      ["Cò mồi ở bến sông gần chùa Cầu bám khách mời thả đèn, chặt chém giá gấp ba", "khac"],
      ["Chào cán bộ, em vay app 3 triệu mà tụi nó đòi 25 triệu, nói không đưa tiền thì tới tận nhà", "te_nan"],
      ["Anh địa chính xã bảo muốn lẹ thì gửi 3 triệu, tui chưa đưa nên hồ sơ tách thửa cứ nằm đó", "can_bo"],
      ["Bà con đòi ông trưởng thôn công khai khoản tiền góp làm nhà văn hóa mà ổng cứ lờ đi", "can_bo"],
      ["Tổ trưởng tổ dân phố, cũng là đảng viên mà làm ngược, đưa tên con gái vô danh sách cận nghèo dù nhà khá giả", "can_bo"],
      [fold("Đèn đường thôn 2 tắt cả tháng, gọi lên xã thì nói còn bảo hành, gọi công ty không ai nghe"), "ha_tang"],
    ]);
    expectUrgentByRules([
      "Bão vào gần bờ, chiếc ghe chở khách ra đảo đang chuẩn bị rời bến",
      "Ông ngoại em sống một mình ở xóm trên, cửa đóng từ hôm qua tới giờ, gọi không được",
    ], true);
    expectUrgentByRules(["Sà lan đang bơm cát giữa sông, lưới của tụi tui bị cuốn rách hết", fold("Sau bão đường vô thôn hư mặt, đất đá đã dọn rồi, xin làm lại mặt đường")], false);
  });

  it("reads a leak fixed and thanked for as praise, betting stalls typed without marks as public order, distrust of a Party member as the cadres', night building work as the environment, water chest-high as a disaster; a live wire sparking at school time as urgent, not a week-day gone by, mud in a stream or a traffic jam", () => {
    expectTopicsByRules([
      ["Hôm kia tui báo ống nước bể trước ngõ, sáng nay bên cấp nước lên thay đoạn ống khác, chừ vòi chảy mạnh lại rồi. Mấy anh làm lẹ quá, cảm ơn mấy anh.", "khac"],
      [fold("Hội làng năm nào cũng có lô tô ăn tiền với sạp bầu cua sát cổng đình"), "te_nan"],
      ["Cán bộ địa chính xã tông người rồi bỏ đi, xã biết mà im, rứa thì dân tin sao được", "can_bo"],
      ["Công trình bên cạnh xây ban đêm, cắt sắt tới 2 giờ sáng", "moi_truong"],
      ["Mưa suốt đêm, nước trong hẻm lên tới ngực, nhà bà Tư chưa ai vô được", "thien_tai"],
    ]);
    expectUrgentByRules(["Dây điện rơi xuống lề đường xẹt lửa liên tục, đang giờ tan học"], true);
    expectUrgentByRules(["Đám cháy rừng hôm thứ Sáu vừa rồi đã dập xong, cảm ơn mọi người", "Mỏ đất đang múc, trời mưa là bùn đất chảy xuống suối", "Hạn kéo dài, lúa đang làm đòng bị cháy lá cả cánh đồng", "Quốc lộ đoạn qua thị trấn chiều nay còn kẹt xe không"], false);
  });

  it("reads thanks with a reservation after it as that matter, thanks sent outright as praise, gambling at a mining camp as a social evil, land said to be settled as the other matter, kilns' smoke as the environment and a cadre's kin on a relief list as the cadres'; breath failing, someone who cannot be woken and households not yet out as urgent", () => {
    expectTopicsByRules([
      ["Cảm ơn phường đã trải nhựa xong kiệt 12. Có điều miệng cống đầu kiệt vẫn hở, tối đi dễ sụp chân, nhờ phường đậy lại giùm.", "ha_tang"],
      ["Gửi lời cảm ơn anh chị cán bộ địa chính đã tới tận nhà nói rõ từng khoản bồi thường cho ông bà tôi.", "khac"],
      ["Ở bãi đào vàng trên núi, đêm đêm có sòng xóc đĩa. Công an xã có bắt hồi tháng trước, giờ con bạc lại tụ tập y như cũ.", "te_nan"],
      ["Đất làm đường ven sông nhận đền bù xong từ năm ngoái, không tranh chấp gì về đất nữa. Chỉ là từ khi bỏ hoang, người ta đổ rác, xác gia cầm vô đó, bốc mùi cả xóm.", "moi_truong"],
      [fold("Lò than sau xóm hun khói suốt đêm, con nít ho hoài"), "moi_truong"],
      ["Xã cấp dê giống cho hộ nghèo, trong danh sách có con dâu với cháu ruột của ông cán bộ thôn, còn hộ nghèo thật sự trong thôn lại bị bỏ sót.", "can_bo"],
    ]);
    expectUrgentByRules([
      "Khói lò gạch bay qua từ chiều, ông tôi tức ngực không thở được mà khói vẫn đang bay vô nhà",
      "Ông cụ hàng xóm ở một mình, sáng nay sang thấy nằm trên nền nhà, gọi không tỉnh, xóm không ai có xe",
      "Mưa cả đêm, đất đá trên taluy lăn xuống mái, còn 4 hộ chưa ra khỏi nhà",
    ], true);
  });

  it("reads custom steered to a relative's shop as the cadres', a loan shark's painted advert as a social evil and a dye works' water as the environment; an ambulance's usual way in, someone supposed to fall and a child's fever gone as no emergency, someone found on the floor as one", () => {
    expectTopicsByRules([
      ["Thầy hiệu phó bắt học sinh mua vở, bút tại một cửa hàng gần trường, té ra tiệm ấy của em vợ thầy.", "can_bo"],
      [fold("Ai đó xịt sơn số điện thoại vay tiền chỉ cần CCCD lên tường trạm y tế xã"), "te_nan"],
      ["Mấy xưởng nhuộm vải đổ nước màu ra mương sau nhà", "moi_truong"],
      // Who the caller said they were is the scam's, not the office's: "tự nhận là người bên bảo hiểm".
      ["Có đứa gọi tự nhận là người bên bảo hiểm xã hội huyện, bảo ba tôi nhập mã OTP để lãnh lương hưu, tối đó tài khoản trống trơn", "te_nan"],
    ]);
    expectUrgentByRules([
      "Đường vô bệnh viện huyện ổ gà liên tục, xe cấp cứu chạy vào là người bệnh nằm trên xe bị xóc dữ lắm",
      "Bến đò chở khách đông mà không phát áo phao, lỡ có ai trượt chân té xuống sông thì sao",
      "Cảm ơn bác sĩ trực đêm qua, phòng hơi chật nhưng vẫn chăm kỹ khi thằng nhỏ nhà tôi lên cơn co giật vì sốt, nay nó đã hết sốt",
    ], false);
    expectUrgentByRules(["Qua đưa cơm thấy ông cụ nằm trên nền nhà từ hồi nào"], true);
  });

  it("reads frost killing cattle as a disaster, trees miscounted for compensation and a fight over a field's boundary as land; shooting at a gold pit as urgent, not talking it over typed without marks, rice not come or a crop buried", () => {
    expectTopicsByRules([
      ["Trận sương muối tháng Chạp làm chết mấy con bê của thôn, giờ chưa ai xuống thống kê", "thien_tai"],
      ["Tổ công tác đo đếm thiếu gần nửa số gốc bời lời trên rẫy nhà tôi", "dat_dai"],
      ["Hai nhà giành ranh rẫy mì từ năm ngoái, chiều qua bên kia cầm rựa qua chém ông anh tui bị thương", "dat_dai"],
    ]);
    expectUrgentByRules(["Ở bãi đào vàng trong rừng đang bắn nhau bằng súng tự chế"], true);
    expectUrgentByRules([fold("cả xóm bàn nhau gửi phản ánh, ghe hút cát sát nhà đêm nào cũng chạy"), "Gạo hỗ trợ bán trú cho tụi nhỏ tháng này tới giờ chưa về", "Cát tràn vô ruộng, cả đám lúa đang làm đòng bị vùi hết"], false);
  });

  it("reads children not back from the flats with relatives out searching as urgent and of no topic, a building site's night noise as the environment's, a caller posing as an office asking a fee as a scam that is no emergency, pupils' lunch money as welfare and a dune dug for sale as mining; a place named Sơn typed without marks is no loan shark's paint", () => {
    expectTopicsByRules([
      ["Tối rồi mà thằng cháu 10 tuổi đi cào nghêu ngoài bãi bồi cửa sông vẫn chưa thấy về, cả nhà với người nhà đi tìm khắp xóm, nhờ bộ đội biên phòng giúp", "khac"],
      [fold("Nhà 4 tầng bên cạnh khu phố An Sơn đổ sàn suốt đêm, xe bồn với máy bơm kêu ầm ầm, cả nhà không ai ngủ được"), "moi_truong"],
      ["Ba tui bị gọi điện xưng bên ngân hàng chính sách, đòi nộp phí xác minh hồ sơ vay, chuyển xong thì mất liên lạc", "te_nan"],
      [fold("Tụi nhỏ người Cơ Tu ở điểm trường bản tui cả học kỳ chưa thấy tiền ăn trưa hỗ trợ"), "an_sinh"],
      // Money not received is no cadre taking it: "chưa nhận tiền" is neutral, so the lunch money is read whole.
      ["Thằng út nhà tui học bán trú mà chưa nhận tiền ăn trưa tháng 10, tháng 11", "an_sinh"],
      ["Đồi cát sau làng bị múc đem bán cho công trình, mỗi đêm chục xe", "khoang_san"],
      // Drunk customers are no cadre drinking, a father's trade at sea no storm.
      ["Con bé hàng xóm nghỉ học đi phụ quán, khách say rượu chọc ghẹo hoài, ba đi biển cả tháng mới về, mong hội phụ nữ giúp cháu đi học lại", "an_sinh"],
    ]);
    expectUrgentByRules(["Tối rồi mà thằng cháu 10 tuổi đi cào nghêu ngoài bãi bồi cửa sông vẫn chưa thấy về, cả nhà với người nhà đi tìm khắp xóm, nhờ bộ đội biên phòng giúp"], true);
    expectUrgentByRules(["Ba tui bị gọi điện xưng bên ngân hàng chính sách, đòi nộp phí xác minh hồ sơ vay, chuyển xong thì mất liên lạc"], false);
  });

  it("reads a flood of scam texts and debts one drowns in as no weather, what is told before 'tôi chỉ phản ánh' as no matter; a hole in a road unseen at night, earth and stones coming down behind a house, people carrying children out of gas as urgent", () => {
    expectTopicsByRules([
      ["Mấy hôm nay bão tin nhắn báo trúng thưởng, kèm link lạ, bà con cẩn thận", "te_nan"],
      ["Ba tui ngập nợ app vay tiêu dùng, lãi chồng lãi", "te_nan"],
      ["Nhà tui hộ nghèo, trợ cấp nhận đủ, chuyện đó khỏi nói. Tui chỉ phản ánh hồ sơ xin cấp đổi thẻ BHYT nộp cả tháng rưỡi chưa có", "hanh_chinh"],
    ]);
    expectUrgentByRules(["Mấy hôm nay bão tin nhắn báo trúng thưởng, kèm link lạ, bà con cẩn thận"], false);
    expectUrgentByRules([
      "Cống qua đường liên xã bị sụp, giữa đường thủng một lỗ to, tối không ai thấy, xe máy qua lại nhiều",
      "Mưa suốt từ sáng, mái taluy sau nhà rớt đất xuống từng mảng, hồi nãy đá lăn xuống sát tường buồng ngủ",
      "Xưởng nước đá đầu xóm rò khí, mùi khai nồng nặc, hàng xóm bồng con chạy ra ngõ, tới gấp giùm",
    ], true);
  });

  it("reads a clay pit ('moong') as mining, a duck farm above the intake as the environment's, praise before 'Nhưng …' as no matter and 'làm vui' as no one buried", () => {
    expectTopicsByRules([
      ["Bờ moong sau nhà sụt thêm, cái moong đó sâu cả chục mét", "khoang_san"],
      ["Trên đầu nguồn trạm bơm có người rào sông nuôi vịt, phân vịt xả xuống, nước máy nhà tui giờ tanh rình", "moi_truong"],
      ["Trạm y tế mới sửa sạch đẹp, y sĩ ai cũng tận tình, đáng khen. Nhưng ông phụ trách trạm cứ biểu dân qua tiệm của vợ ổng mua thuốc", "can_bo"],
    ]);
    expectUrgentByRules(["Hội chợ làng nghề năm ni làm vui lắm. Tui chỉ nhắc bà cụ bán bánh sống một mình, căn nhà dột nát, mong xã hỗ trợ"], false);
  });

  it("reads a quarry widened into the village's forest as mining and a forest fire fought with firebreaks as a disaster; a file stuck and a fight nearly had as no emergency", () => {
    expectTopicsByRules([
      ["Công ty đá đang làm hồ sơ mở rộng mỏ sang rừng phòng hộ sau thôn mà chưa họp dân", "khoang_san"],
      ["Cháy rừng keo sau thôn từ trưa, lửa lan gần tới nhà cuối xóm, bà con phát đường băng không kịp, xin xe chữa cháy", "thien_tai"],
    ]);
    expectUrgentByRules(["Hồ sơ xin cấp phép của tổ hợp tác đang kẹt ở phòng nội vụ huyện hơn tháng nay, coi giùm", "Hai nhà xém đánh nhau vì lối đi chung, dân quân can kịp, giờ đã mở rào tạm cho xe qua"], false);
  });

  it("reads flood water rising round a stalled bus and a house knocked down by waves as disasters, a caller 'nói là công an' emptying a card as a scam, a misheard 'căn cứ công dân' as a procedure, a drunk official, 'ly cà phê' for the team and a member 'là đảng viên mà' running gambling as cadres', and praise after a letter's salutation as praise", () => {
    expectTopicsByRules([
      ["Xe khách chết máy giữa đoạn đường thấp gần cầu, nước đang dâng tới sàn xe, mấy bà cụ trên xe không dám xuống", "thien_tai"],
      ["Sóng đêm qua đánh sập hai căn chòi sát mép cát, sáng nay nước lại lên gần tới bếp nhà ông Tư", "thien_tai"],
      ["Ai đó gọi nói là công an tỉnh, biểu phải cài thêm một ứng dụng để cập nhật căn cước, xong tiền trong thẻ mất sạch", "te_nan"],
      ["tui đi làm căn cứ công dân cho mạ tui mà hẹn hoài không có", "hanh_chinh"],
      ["Ông phó chủ tịch phường uống say ngồi quán đầu làng chửi bới người bán hàng", "can_bo"],
      [fold("Cán bộ đo đạc của xã bảo muốn xong sớm thì gửi anh em ly cà phê nửa triệu"), "can_bo"],
      ["Nhờ xem giùm: ông chủ nhiệm hợp tác xã là đảng viên mà đêm đêm mở sới gà ăn tiền sau nhà", "can_bo"],
      ["Kính gửi UBND phường. Tôi ở khối 5, xin gửi lời cảm ơn phường đã cho người tới nạo vét mương trước mùa mưa. Còn một đoạn chưa làm tới, nếu được xin phường làm tiếp. Xin chân thành cảm ơn.", "khac"],
    ]);
  });

  it("reads a herbicide in a village's drinking water with people taken ill and someone out in the cold feared not to last the night as urgent; a smell carried to the houses, and waves coming in only if the digging goes on, as not", () => {
    expectUrgentByRules([
      "Có kẻ đổ thuốc trừ cỏ xuống giếng chung của xóm, từ tối qua mấy đứa nhỏ đau bụng, ói. Cả xóm chưa biết uống nước gì",
      "Ngoài trạm xe buýt có ông già nằm co ro từ hôm qua, hỏi không trả lời được, e là không qua được đêm",
    ], true);
    expectUrgentByRules([
      "Lò sấy mực ở đầu kiệt chiều nay lại đốt, mùi khét bay vô tới nhà",
      "Ghe cào ban ngày vô bãi múc cát, bãi đã mỏng, múc thêm thì mùa bão sóng vô tới nhà",
    ], false);
  });

  it("reads loudspeakers at full blast as the environment's, a cadre's share in an illegal pit and fining people while sparing cadres as the cadres', and a tent across a road as no repair; someone cold to the touch and only moaning as urgent", () => {
    expectTopicsByRules([
      [fold("Loa kéo của quán cà phê đầu ngõ mở hết cỡ từ sáng tới tối"), "moi_truong"],
      ["Ông chủ tịch phường có phần hùn trong bãi cát lậu, lần nào đoàn kiểm tra xuống cũng dẹp máy trước", "can_bo"],
      ["Nhà bên có đám tang dựng rạp kín đường xóm gần một tuần", "khac"],
      ["Xã phạt dân thả heo ngoài đường mà bỏ qua cán bộ thả trâu cả đàn", "can_bo"],
    ]);
    expectUrgentByRules(["Có bà cụ nằm dưới mái hiên chợ từ đêm qua, người lạnh ngắt, gọi thì chỉ ú ớ"], true);
  });

  it("reads repayments handed to a group head and overdue, a teacher or principal pressing for paid extra classes as the cadres', a dam rumoured to give way as a disaster, a late passport as a procedure and thugs smashing a shop over a debt as a social evil; a disabled child who cannot walk as no emergency", () => {
    expectTopicsByRules([
      ["Ngân hàng chính sách báo tổ vay vốn của tụi tui nợ lãi quá hạn, mà tiền lãi tháng nào tụi tui cũng đưa đủ cho chị tổ trưởng", "can_bo"],
      ["Thầy hiệu trưởng ép phụ huynh cho con học thêm ở trường, 500 nghìn một tháng", "can_bo"],
      ["Cô chủ nhiệm bắt học sinh học thêm ở nhà cô, ai không học thì bị trù", "can_bo"],
      ["Nghe đồn trên Zalo là đập hồ ở thôn trên sắp vỡ, nhiều nhà hoảng chở đồ đi", "thien_tai"],
      ["Làm hộ chiếu ở công an tỉnh hơn tháng chưa có, con sắp đi du học mà trễ là mất học bổng", "hanh_chinh"],
      ["Mấy thằng xăm trổ tới đập bể kính, đạp cửa nhà tui đòi tiền ông anh nợ", "te_nan"],
    ]);
    expectUrgentByRules(["Con tui bị bại não, không tự đi được, xin xét trợ cấp"], false);
    // In a flood, someone who cannot walk is in danger all the same.
    expectUrgentByRules(["Nước lên tới giường, bà tui bị liệt chân không tự đi được, xin xuồng vô cứu"], true);
  });

  it("reads water 'đã lên' as a disaster, power restored then thanks as praise, a faulty electricity meter as infrastructure, a public vehicle taken for one's relatives and 'chút cà phê' for the team as the cadres'", () => {
    expectTopicsByRules([
      ["Nước đã lên tới thềm nhà, đường ra xóm không đi được nữa", "thien_tai"],
      ["tu toi qua mat dien, vay ma sang nay tho dien da dung lai tru, nha nha co dien tro lai roi. xin cam on cac anh", "khac"],
      ["Đồng hồ điện nhà tui chắc bị hư, tiền điện tháng ni gấp ba, gọi thì hẹn mà 2 tuần chưa thấy ai", "ha_tang"],
      ["Ông chủ tịch xã lấy xe của trạm y tế chở họ hàng đi ăn giỗ ở Đà Nẵng", "can_bo"],
      ["Cán bộ tư pháp xã nói muốn lấy giấy trong ngày thì gửi anh em chút cà phê", "can_bo"],
      // A coach carrying a wedding party is no public car taken for one's kin.
      ["Xe khách chở họ hàng đi đám cưới bị lật xuống ruộng ở Quế Sơn, nhiều người bị thương", "khac"],
    ]);
  });

  it("reads threats after filming a gravel pit as mining's, police asked about for drinking and racing as the cadres' (not police asked for help), officials gambling after a clause of when as the cadres', a stream gone muddy with gold digging only rumoured upstream as the environment's and land lines crossed or fought over as land; a child retching from a smell every noon as not urgent; a baby left alone all day, a half-fallen hut with nowhere else to sleep and a road caved in under a rider as urgent", () => {
    expectTopicsByRules([
      ["tui đăng clip cái chỗ khai thác sỏi trái phép ở khe Trà Nú lên nhóm zalo xã, tối qua có người lạ tới ném đá vô nhà, nhờ công an can thiệp", "khoang_san"],
      ["cho hỏi công an xã mà đêm nào cũng ngồi nhậu ngoài quán rồi đua xe lạng lách thì có sai không", "can_bo"],
      // …but asked whether they can help, they are the ones asked.
      ["xin hỏi công an phường can thiệp được không, tụi cho vay cứ nhắn tin dọa", "te_nan"],
      ["Rằm tháng Giêng năm nay, ông trưởng thôn với phó chủ tịch xã chơi xóc đĩa ăn tiền trong hội trường tới sáng, đề nghị huyện xem lại.", "can_bo"],
      // …not the sender naming their own office after "Tôi,".
      ["Tôi, cán bộ xã Tam Hải, xin báo có sòng bạc trong vườn keo thôn 3", "te_nan"],
      ["Nước khe sau làng Cơ Tu, chỗ bà con gánh về nấu ăn, mấy tuần nay đục ngầu, trẻ con tắm thì nổi mẩn. Nghe nói phía trên có người đào vàng. Nhờ huyện lấy mẫu nước.", "moi_truong"],
      ["ong ke ben trong bui tre lan qua ranh vuon nha toi ca thuoc, muon hoa giai thi lam sao", "dat_dai"],
      ["Hai anh em họ giành khoảnh đất ven bến để phơi lưới, đã đánh nhau một trận.", "dat_dai"],
    ]);
    expectUrgentByRules(["Xưởng ủ phân sát nhà trẻ, trưa nào mùi cũng bay vô lớp, tụi nhỏ ngủ không được, có đứa ói. Mong xã kiểm tra."], false);
    expectUrgentByRules(
      [
        "Chị hàng xóm bị bệnh, đi đâu mất từ sáng, để đứa nhỏ 1 mình trong nhà khóc khản cả tiếng, nhờ xã xuống liền.",
        "Nhà tạm của bà Tư ở xóm Gò, đêm qua một góc mái với vách sập xuống, chỗ còn lại nghiêng hẳn vô chỗ bà nằm. Bà không có chỗ nào khác, tối nay vẫn ở đó.",
        "duong lien thon vua sut 1 ho sau ngay giua duong, khong co den, 1 anh chay xe may da te xuong, nho xa ra rao lien",
      ],
      true,
    );
  });

  it("reads a canal breach the irrigation company has not mended as infrastructure, sand left on fields by a flood as a disaster, a head's levy for an inspection and traders made to take his family's goods as the cadres', a duck farm above a water intake as pollution, topsoil dug and sold as mining, a cooperative head keeping fees as the cadres' (a place called Châu is no 'cháu'), pay rises held up as a procedure, an autistic child's mother losing her room as welfare, 'nác máy' and a village school to mend as infrastructure; a sagging ford bridge still crossed every morning and a leaning pole before a kindergarten opens are urgent", () => {
    expectTopicsByRules([
      ["kênh tưới đồng Duy Phước vỡ bờ mấy mét, nước không về ruộng, lúa nứt nẻ hết, báo công ty thủy lợi mà chưa ai tới", "ha_tang"],
      ["sau trận lũ vừa rồi cát bồi kín mấy sào ruộng của tổ hợp tác, bà con không dọn nổi, xin hỗ trợ để kịp gieo sạ", "thien_tai"],
      ["Thầy hiệu trưởng bắt mỗi thầy cô góp tiền lo đoàn kiểm tra, ai không góp thì cuối năm bị hạ thi đua.", "can_bo"],
      ["Ông phụ trách ban quản lý chợ ép tiểu thương mua hàng của nhà vợ, ai không lấy thì bị dời chỗ.", "can_bo"],
      ["Nhà máy nước bơm nước thô ngay dưới trại vịt xả phân xuống sông, nước máy về nhà có sạch không?", "moi_truong"],
      ["gan 50 ho dan keo nhau ra ubnd xa phan doi viec thu hoi bai boi lam san golf, dong lam", "dat_dai"],
      ["Tổ hợp tác cho người ngoài vô múc lớp đất mặt ruộng chở đi bán san lấp, như vậy có được không?", "khoang_san"],
      ["Chủ nhiệm hợp tác xã ở thôn Mỹ Châu là đảng viên, thu tiền nước tưới của xã viên mà hai vụ liền không nộp lên công ty.", "can_bo"],
      ["Hồ sơ nâng lương của 5 giáo viên trường tôi nộp huyện từ tháng tư, mãi chưa có quyết định; ra hỏi, huyện nói còn chờ thẩm định.", "hanh_chinh"],
      ["Chủ trọ đòi lại phòng cuối tháng, tôi có con bị tự kỷ, không biết dọn về đâu, nhà nước có hỗ trợ chỗ ở gì không?", "an_sinh"],
      // A hill cut bare with no licence to be seen, whatever rain may bring down; a levy for "outside relations" on pain of a low rating.
      ["Cả quả đồi sau xóm bị xẻ trơ trọi, chẳng thấy giấy phép gì, mưa xuống là đất trôi xuống ruộng.", "khoang_san"],
      ["Cô hiệu phó bắt giáo viên nộp tiền quỹ đối ngoại hằng tháng, ai không chịu đóng là bị xếp loại thấp.", "can_bo"],
      // Tap water said as Quảng Nam says it, and a village school building asked to be mended before the storms.
      ["nác máy xóm tui mất ba bữa rồi, gọi tổng đài mãi không được", "ha_tang"],
      ["Điểm trường tiểu học thôn 2 dột, tường nứt, mưa xuống nước tràn vô lớp, xin sửa trước mùa mưa bão.", "ha_tang"],
    ]);
    expectUrgentByRules(
      [
        "Cầu tràn thôn 4 xói mất một bên mố, mặt cầu võng xuống, vậy mà xe chở keo vẫn chạy qua, học trò sáng nào cũng qua lại đó.",
        "Xe cẩu quẹt gãy chân cột điện ngay cổng trường mầm non, cột nghiêng hẳn vô sân. Điện lực chưa tới mà sáng mai các cháu vào lớp.",
      ],
      true,
    );
  });

  it("reads drought told by its signs as a disaster, a fire and mediators thanked as other matters, and a cadre hiding behind his office from debts as the cadre's", () => {
    expectTopicsByRules([
      ["Hạn quá, từ tháng Tư tới giờ chưa có giọt mưa, kênh mương khô đáy, nước dưới sông thì mặn lên. Xin tỉnh tính cách chống hạn cho bà con.", "thien_tai"],
      ["Lửa bốc ngùn ngụt từ căn nhà cuối hẻm, khói đen kịt, bà con xách nước dập không nổi.", "khac"],
      ["Hai nhà tranh cãi vì cái cống thoát nước chung, nhờ tổ hòa giải thôn xuống mấy bận giờ đã vui vẻ. Xin khen tổ hòa giải.", "khac"],
      ["Ông phó ban văn hóa xã vay của mấy hộ trong xóm mấy chục triệu, tới hạn thì tránh mặt, gặp thì nói tao là cán bộ, làm chi được tao.", "can_bo"],
    ]);
  });

  it("reads no one in danger in someone unable to walk after a lasting injury told before, nor in a danger a shared rumour tells; children the flood has closed in on at school are in danger, of a disaster", () => {
    expectUrgentByRules(
      [
        "Ba tôi bị tai biến từ hồi Tết, chừ nằm một chỗ. Xin xã cử người tới nhà làm giấy vì ba không tự đi được.",
        "Mấy nhóm Facebook cứ share tin có người lạ bắt cóc trẻ em ở chợ Tam Kỳ, công an nói không có vụ nào, xin tỉnh lên tiếng bác tin giả.",
      ],
      false,
    );
    for (const text of ["Điểm trường thôn 5 bị nước bao quanh, sáu cháu với hai cô chưa kịp đưa về.", "diem truong thon 5 bi nuoc bao quanh, sau chau voi hai co chua kip dua ve"]) {
      expect(classifyFeedbackByRules(text), text).toMatchObject({ topic: "thien_tai", urgent: true });
    }
  });

  it("reads tourists overcharged with no price list, layoffs, a deposit taken by a page, a chairman's daughter hired and a level crossing by their topics; 'chuyện cộc lốc' is no deposit", () => {
    expectTopicsByRules([
      ["an toi o quan ven bien Cua Dai, con ca tinh 2 trieu, hoi thi noi gia vay, quan khong dan bang gia niem yet gi het", "khac"],
      ["Xưởng may thông báo cắt giảm lao động 300 người, không có trợ cấp thôi việc, anh chị em lo lắm.", "khac"],
      ["Tôi chuyển cọc 2 triệu thuê nhà nghỉ qua một trang mạng, tới nơi thì không có nhà nghỉ nào, số điện thoại khóa máy.", "te_nan"],
      ["Xã mới nhận con gái ông chủ tịch vào làm văn thư, tuyển dụng không thông báo gì, người có bằng thì không được xét.", "can_bo"],
      ["Cần chắn đường ngang qua đường sắt ở thôn tôi hư mấy bữa, không ai gác, xe qua lại nguy hiểm lắm.", "ha_tang"],
      ["chi can bo o quay mot cua xa toi noi chuyen coc loc qua, lan nao toi hoi cung gat, thai do vay sao duoc", "hanh_chinh"],
    ]);
  });

  it("reads a cash-on-delivery parcel no one ordered, daily-repaid loans, cockfights bet on, coal dug in an old pit and ballots swapped by their topics", () => {
    expectTopicsByRules([
      ["Có người giao gói hàng thu hộ 350 nghìn cho ba tôi, ba tôi không đặt gì cả, trả tiền rồi mới biết bên trong là mấy cái khăn rẻ tiền.", "te_nan"],
      ["ong hang xom vay bat ho 10 trieu, gop moi ngay 300 nghin, tre mot bua la bi toi tan nha chui", "te_nan"],
      ["Chủ nhật nào ở rẫy keo sau xóm cũng có sới gà, người đi xe máy tới đông lắm.", "te_nan"],
      ["Mấy thanh niên lén vào lò than cũ ở đầu thôn để đào than, bụi đen khắp đường.", "khoang_san"],
      ["Bầu tổ trưởng tổ dân phố xong, dân phát hiện tổ bầu cử tráo phiếu, người được dân tín nhiệm lại rớt.", "can_bo"],
    ]);
  });

  it("flags a youth hinting he will leave for good, a son held and a hand threatened; a flood earlier this season and a water scheme's broken headworks are not urgent", () => {
    expectUrgentByRules(
      [
        "lỡ tiêu hết tiền học của nhà rồi, con tính đi luôn cho bố mẹ khỏi khổ",
        "Tụi đòi nợ đang giữ thằng em tôi ở nhà trọ, nhắn về nói tối nay không đưa 30 triệu thì chặt tay.",
      ],
      true,
    );
    expectUrgentByRules(
      [
        "Hội phụ nữ thôn nấu cháo phát cho mấy nhà bị ngập trận lũ đầu mùa vừa rồi, quý lắm.",
        "Bể đầu mối công trình cấp nước của làng hư, bà con phải đi gánh nước ngoài suối.",
      ],
      false,
    );
  });

  it("reads a flat not handed over, a park asked for by a child, a new quarter's roads unbuilt, a child beaten by relatives, a file lost between offices, a boarding-house fire, drink-driving checks and water waist-high by their topics", () => {
    expectTopicsByRules([
      // Folded, "ở dự (án)" is no "ô dù".
      ["dat coc can ho o du an ven song tu 2021, chu dau tu hen giao nha 2023 ma chua ban giao nha", "dat_dai"],
      // …and football no meth ("chơi đá").
      ["khu cháu ở không có sân, tụi cháu ra đường chơi đá banh, cháu mong có công viên cho thiếu nhi", "khac"],
      ["Khu dân cư mới giao đất lâu rồi mà chưa làm xong hạ tầng, đường còn lầy, chừng nào mới làm đường?", "ha_tang"],
      ["Đứa nhỏ hàng xóm ở với chú thím, bị chú đánh bằng roi, bị nhốt trong kho cả ngày không cho ăn.", "an_sinh"],
      ["Mẹ tui xin chuyển nơi hưởng lương hưu về phường mới, bên cũ nói gửi rồi, bên mới bảo chưa thấy hồ sơ đâu.", "hanh_chinh"],
      ["Cháy phòng trọ ở kiệt sau chợ, chắc do sạc xe điện qua đêm, khói đen mù mịt.", "khac"],
      ["Đề nghị công an đo nồng độ cồn quanh mấy quán nhậu ven biển, thanh niên uống xong chạy lạng lách.", "khac"],
      ["nuoc dang len nhanh qua, trong nha toi nuoc ngang bung roi, ba toi nam liet", "thien_tai"],
    ]);
  });

  it("does not flag rice scorched by drought or a scuffle earlier this month", () => {
    expectUrgentByRules(
      [
        "Ruộng nhà tui bắt đầu khô nứt, lúa cháy đầu bông hết, xin huyện cho bơm nước chống hạn.",
        "Hồi đầu tháng có vụ xô xát lúc đo đất làm đường, chừ yên rồi, đề nghị xã họp dân giải thích giá đền bù.",
      ],
      false,
    );
  });

  it("reads ore and stone dug from hillsides as mining, someone held and mistreated by officials as the cadres', and a hamlet off the grid as infrastructure", () => {
    expectTopicsByRules([
      ["Từ đầu tháng, một nhóm người ngoài lên núi phía trên làng đào quặng, đêm nghe máy nổ ầm ầm, xin huyện cho kiểm tra.", "khoang_san"],
      ["Có mấy xe vô tận khe suối lấy đá hộc chở về xuôi, ai hỏi cũng nói có phép rồi, không thấy giấy tờ chi.", "khoang_san"],
      ["Người lạ đào đá thạch anh trên đồi keo của thôn, đào xong bỏ hố trống hoác, không biết ai cho phép.", "khoang_san"],
      ["Em trai tôi bị công an xã mời về làm việc từ sáng, tới chiều vẫn không cho người nhà vô gặp, cả nhà lo lắm.", "can_bo"],
      ["Ông phó chủ tịch xã tức lên, sai hai anh dân quân kéo chú tui vô phòng họp rồi khóa cửa lại, chỉ vì chú hỏi chuyện tiền đền bù.", "can_bo"],
      ["Xóm tui 25 hộ ở cuối thung lũng tới giờ chưa có điện lưới, có nhà tự mua máy phát thủy điện đặt dưới khe mà nước lũ cuốn mất.", "ha_tang"],
    ]);
  });

  it("reads an allowance's pay point, a queue machine and an address to correct after a merger, a water station's tank and cattle dead of cold by what they are", () => {
    expectTopicsByRules([
      ["Mẹ tôi liệt nằm một chỗ, tháng nào cũng phải thuê xe chở ra điểm chi trả ở trụ sở cũ, xin cho chuyển vào tài khoản ngân hàng.", "an_sinh"],
      ["Xã mới đặt máy lấy số tự động ở cửa, người già không biết bấm, đứng chờ cả buổi, xin bố trí người chỉ dẫn.", "hanh_chinh"],
      ["Giấy tờ đất nhà tui còn ghi tên xã cũ, giờ có phải làm thủ tục đính chính không, mất bao lâu?", "hanh_chinh"],
      ["Trạm cấp nước của thôn hư máy bơm cả tuần, bể nước khô cạn, chưa thấy ai lên sửa.", "ha_tang"],
      ["Trâu bò mấy hộ trên núi đói rét, nằm gục ngoài bãi, xin xã hướng dẫn cách giữ ấm chuồng trại.", "thien_tai"],
    ]);
  });

  it("flags a fishing boat adrift with its engine dead and someone still held, not a pit as deep as one's chest", () => {
    expectUrgentByRules(
      [
        "Ghe của ba em chết máy trôi ngoài cửa biển từ tối, gió to sóng lớn, gọi điện không được nữa, xin biên phòng cứu giúp.",
        "Anh tôi bị mấy người của ông trưởng thôn giữ ở nhà văn hóa từ trưa tới giờ chưa cho về, đứng ngoài nghe la hét.",
      ],
      true,
    );
    expectUrgentByRules(["Tụi nó đào xong bỏ lại cái hố sâu ngang ngực ngay bìa rẫy, xin xã bắt lấp lại."], false);
  });

  it("files a strange smell of gas as pollution (someone taken to the clinic is no bribe), unpublished accounts as the cadres', a loan app's doctored photos as a vice; explosives brought in above a hamlet are urgent", () => {
    expectTopicsByRules([
      ["Khí lạ nồng nặc từ xưởng nhựa bay qua khu dân cư, một cụ già ngất xỉu phải đưa đi bệnh viện", "moi_truong"],
      ["Tổ trưởng thu tiền sửa nhà văn hóa, ai đòi coi sổ thu chi là bị nói khó", "can_bo"],
      ["Cháu tôi vay qua ứng dụng trên mạng, giờ bị tụi nó đăng ảnh ghép lên Facebook bôi nhọ", "te_nan"],
    ]);
    expectUrgentByRules(["Nhóm khai thác đá lậu trên núi sau xóm chiều nay mang thuốc nổ lên, nhà dân ở ngay dưới chân núi"], true);
  });

  it("files gravel dug from a lake bed as mining and an association's fund lent out as the cadres'; a bus dead in the middle of a flooded ford is urgent", () => {
    expectTopicsByRules([
      ["Mùa khô người ta xuống lòng hồ múc sỏi hoài", "khoang_san"],
      ["Chị hội trưởng đem tiền quỹ hội cho mấy chỗ quen mượn, hội viên không hay biết", "can_bo"],
    ]);
    expectUrgentByRules(["Xe đưa rước học sinh chết máy giữa ngầm, nước dâng tới bánh xe"], true);
  });

  it("files renting out one's bank account as a vice, and 'Điện Bàn sáng …', 'bị đánh thức' as no sale or beating; a family put out with nowhere to go, a crowd gathered now or standing at the offices, and someone not yet dug out are urgent", () => {
    expectTopicsByRules([
      ["Có người trả 500k một tháng để thuê tài khoản ngân hàng của sinh viên", "te_nan"],
      ["cho em o Dien Ban sang som loa phuong mo am i, di ca dem ve ngu bi danh thuc", "khac"],
    ]);
    expectUrgentByRules(
      [
        "Chủ trọ đuổi hai mẹ con ra đường tối nay, con mới 3 tháng, không còn chỗ nào để đi",
        "Mấy chục hộ dân đang tụ ở hội trường thôn, đòi xã trả lời",
        "Sạt taluy đè một người thợ, tới giờ chưa moi ra được",
        "Gần 60 người đang đứng trước trụ sở xã, không chịu mức bồi thường",
      ],
      true,
    );
    // Standing before a loss ("đứng trước cảnh …") is no crowd at the offices.
    expectUrgentByRules(["Mấy chục hộ thôn tui đang đứng trước cảnh mất trắng đất sản xuất vì dự án mở rộng"], false);
  });

  it("files land handed over before the promised money as land, a wall out into a shared alley as land, a patrol paid off and an official slapping an old man as cadres', an investment group vanishing as a vice, a warden poaching what he guards as a cadre's", () => {
    expectTopicsByRules([
      ["Hồi đó cán bộ xuống làm dân vận, vận động tụi tui giao đất cho dự án mở rộng cao tốc trước rồi nhận tiền sau. Giờ hơn 8 tháng chưa thấy đồng mô. Đề nghị thị xã trả lời rõ.", "dat_dai"],
      ["Nhà bên cạnh xây tường rào lấn ra con kiệt chung hơn nửa mét, giờ xe máy đi vô khó. Tui đã nhờ thôn hòa giải một lần mà họ không chịu tháo.", "dat_dai"],
      ["Đêm mô cũng thấy tổ tuần tra giao thông chặn xe tải chở quá tải, tài xế xuống đưa cái gì đó rồi xe lại chạy tiếp. Đề nghị kiểm tra tác phong tổ tuần tra này.", "can_bo"],
      ["Chiều ni ở chỗ đo đạc giải phóng mặt bằng, một cán bộ địa chính xã cãi qua lại rồi tát một ông già trong thôn. Bà con kéo tới vây đông lắm, sợ xô xát.", "can_bo"],
      ["Chu toi duoc moi vao nhom Zalo 'dau tu sinh loi', ban dau rut ra duoc chut it nen tin, sau nap het tien tiet kiem thi nhom giai tan.", "te_nan"],
      ["Anh H., đảng viên, làm ở ban quản lý khu bảo tồn biển, tối nào cũng đi lặn bắt tôm hùm con trong vùng lõi. Người đi bảo vệ mà tự mình phá, bà con nói thì bị ổng hăm.", "can_bo"],
    ]);
    // A dune that shields the hamlet ("chắn gió chắn cát cho cả xóm", folded like "chặn") is no road blocked by a crowd.
    expectUrgentByRules(["Doi cat trang gan bien dang bi mot nhom dua may xuc toi xuc cat cho di ban, lam ca dem. Doi nay la cho chan gio chan cat cho ca xom."], false);
  });

  it("leaves an office's queue urgent only by the rules' sure signs, not by the model's likeness to crowds at offices", () => {
    const queue = "Bức xúc quá! Sáng ni tui lên bộ phận một cửa xã bên Núi Thành nộp hồ sơ mà chín giờ rồi vẫn chưa có ai ngồi, bà con chờ cả chục người. Đề nghị chấn chỉnh gấp giờ giấc làm việc.";
    expect(classifyFeedback(queue)).toMatchObject({ topic: "hanh_chinh", urgent: false });
    expect(classifyFeedback("Gần 60 người đang đứng trước trụ sở xã, không chịu mức bồi thường, có người đòi xông vô").urgent).toBe(true);
  });

  it("files a burst main, a leaking ferry, copies asked for at the desk, a paper passed from desk to desk, militia beating a man held overnight and a shop's goods in the lane where they belong", () => {
    expectTopicsByRules([
      ["Gấp nghen! Ống nước máy trên đường chính thị trấn bể xì nước lên trời ba bữa ni, nước chảy lênh láng, nhà dưới thì vòi yếu xìu.", "ha_tang"],
      ["Đò ngang chở học sinh qua sông sáng ni nước lên cao, ghe cũ rò nước, chở hơn chục đứa mà không có áo phao. Nói chủ đò không nghe.", "ha_tang"],
      ["Cho hoi sao lam giay to o xa cu bat nop ban photo co cong chung, trong khi nghe noi gio mang ban chinh de doi chieu la duoc roi.", "hanh_chinh"],
      ["Con tui đậu đại học, trường cho học bổng sinh viên nghèo nhưng cần giấy xác nhận hoàn cảnh của xã. Lên xã thì người ni đẩy qua người kia.", "hanh_chinh"],
      ["Tối qua em trai tui bị mấy anh dân quân dẫn lên trụ sở xã vì cãi nhau, sáng ra về thì mặt mũi bầm dập, ói ra máu.", "can_bo"],
      ["Nhà đầu hẻm mở tiệm bán vật liệu xây dựng, gạch cát chất kín nửa hẻm, xe tải vô bốc hàng là cả xóm kẹt.", "khac"],
    ]);
    // A family burnt out last night and sitting in the open is in danger now; a burst pipe spraying is no flood rising,
    // and a tarpaulin lived under since last month's storm is no emergency.
    expectUrgentByRules(["Khuya qua nhà tạm của hộ nghèo cuối xóm cháy rụi, cả nhà năm người giờ ngồi ngoài vườn dưới tấm bạt, mưa tới nơi rồi."], true);
    expectUrgentByRules(
      [
        "Ống nước máy trên đường chính bể xì nước lên trời ba bữa ni, gọi đường dây nóng mà chưa thấy ai tới sửa.",
        "Trận bão tháng trước làm tốc hết mái nhà chị Hoa, tới chừ mẹ con vẫn ở dưới tấm bạt căng tạm. Xin xã xem xét hỗ trợ.",
      ],
      false,
    );
  });

  it("files a chat-group admin silencing questions, money asked to sign fast, a fee with no ticket, public land leased, land taken unpaid and an old couple's leaking house where they belong, and suggestions for the chat group or a demonstration field as other", () => {
    expectTopicsByRules([
      ["Ông bí thư chi bộ làm admin nhóm Zalo thôn, ai hỏi tiền đóng góp tu sửa đình làng chi vô việc chi là ổng xóa bình luận, còn kick ra khỏi nhóm luôn.", "can_bo"],
      ["Làm giấy ủy quyền lãnh lương hưu thay ba, lên xã chứng thực thì anh cán bộ tư pháp nói phải bồi dưỡng hai trăm mới ký nhanh.", "can_bo"],
      ["Người thu phí chỗ ngồi ở chợ thị trấn thu tiền mà không xé vé, ai hỏi biên lai là tuần sau bị dời chỗ vô góc khuất.", "can_bo"],
      ["Thôn tụi tui nộp tờ trình xin phép tổ chức lễ hội đua ghe ở xã từ tháng trước mà chưa ai trả lời.", "hanh_chinh"],
      ["Mấy chục người trong thôn đang kéo lên trụ sở xã vì xã cho người ngoài thuê hết mấy sào đất công ích làm trại gà mà không họp dân.", "dat_dai"],
      ["Phường tui lấy đất trồng rau của mấy hộ làm bãi đỗ xe du lịch, cây cối hoa màu không đền một đồng.", "dat_dai"],
      ["Nhà tui có lọt vô diện đó không? Hai vợ chồng già, tường nứt, mái tôn thủng lỗ chỗ, mưa là dột.", "an_sinh"],
      ["nhom zalo cua thon gio nhieu nguoi dang ban hang, link la, tin nham qua. de nghi may ban admin dat noi quy, chi dang thong bao cua thon.", "khac"],
      ["Đề nghị trạm khuyến nông làm ruộng trình diễn giống đậu phộng mới ngay trên đất cát, để bà con thấy tận mắt năng suất.", "khac"],
    ]);
    // Who lives there is no topic: an electricity bill doubled for an old couple is the utility's.
    expectTopicsByRules([["Tháng ni hóa đơn tiền điện nhà tui lên tới 1 triệu 2, nhà có hai ông bà già, xài có cái quạt. Nhờ điện lực xuống kiểm tra cái đồng hồ.", "ha_tang"]]);
    // People gathering a fish kill to eat and sell are in danger now.
    expectUrgentByRules(["Cá chết nổi trắng một khúc sông từ sáng. Bà con đang chèo ghe ra vớt về ăn với đem bán, lỡ cá nhiễm độc thì nguy."], true);
  });

  it("files a water meter, fees taken only by transfer, a stage-managed voters' meeting, ore prospecting and a man out of prison seeking a trade where they belong, and an operation needed now with no money as urgent", () => {
    expectTopicsByRules([
      ["Công ty cấp nước thay đồng hồ mới cho nhà tui, từ đó hóa đơn tăng gấp đôi, khóa hết vòi mà đồng hồ vẫn quay. Đề nghị kiểm định lại đồng hồ.", "ha_tang"],
      ["Thị trấn giờ bắt nộp lệ phí bằng chuyển khoản hoặc quét mã, không nhận tiền mặt. Mạ tui không có tài khoản ngân hàng.", "hanh_chinh"],
      ["Buổi tiếp xúc cử tri vừa rồi, phường chỉ mời người quen, ai định hỏi chuyện khó thì bị cán bộ khu phố dặn đừng phát biểu.", "can_bo"],
      ["Loa xã đọc thông báo tỉnh cho một công ty vô thăm dò quặng trên núi đầu nguồn khe nước của thôn, không biết thăm dò xong có mở mỏ không.", "khoang_san"],
      ["Thằng em tui mới mãn hạn tù về, xin việc chỗ mô cũng bị từ chối. Có chương trình chi giúp người hoàn lương học nghề không?", "an_sinh"],
    ]);
    // Tap water yellow and smelling of chlorine is the environment's, whoever supplies it.
    expectTopicsByRules([["nuoc may may hom nay co mau vang va mui clo nang lam, co uong duoc khong, cong ty cap nuoc noi gi chua", "moi_truong"]]);
    expectUrgentByRules(["Chau nha hang xom bi tai nan, bac si noi phai mo gap, gia dinh khong co tien dat coc. Xin chinh quyen ho tro khan."], true);
  });

  it("reads \"ong cong an\" typed without diacritics as a policeman, and \"ong cong\" alone still as a culvert", () => {
    expectTopicsByRules([
      ["Ong cong an xa uong say o quan nhau ven duong, dang cam dao doa chem chu quan vi bi doi tien. Ai co tham quyen toi ngay giup.", "can_bo"],
      ["ong cong truoc nha vo ca thang roi khong ai sua", "ha_tang"],
    ]);
  });

  it("files voter lists, aid taken home by an official's kin, a sparking transformer, a stream swelling, goods over the pavement and a water bill where they belong, and never reads a place's name as a cue", () => {
    expectTopicsByRules([
      ["Danh sách cử tri dán ở nhà văn hóa thôn thiếu tên cả nhà tui 4 người, xin xã bổ sung cho kịp.", "hanh_chinh"],
      ["sap bau cu roi ma nha toi chua ai phat the cu tri, hang xom co het roi", "hanh_chinh"],
      ["Bồn chứa nước của chương trình, danh sách có tên nhà tui mà bồn lại về nhà mấy người bà con ông trưởng thôn.", "can_bo"],
      ["Trạm biến áp cuối xóm đang xẹt lửa, bốc khói đen, mùi khét, xin điện lực cắt điện gấp.", "ha_tang"],
      ["Suối đầu nguồn nghe ầm ầm, nước đục ngầu dâng lên từng chút, cây trôi về nhiều lắm, mấy hộ còn ở chòi rẫy dưới thung.", "thien_tai"],
      ["Mấy cửa hàng bày hàng với dựng xe kín hết vỉa hè, người đi bộ phải xuống lòng đường, đề nghị thị trấn nhắc nhở.", "khac"],
      ["Hóa đơn nước tháng ni nhà tui lên 800 nghìn, mọi tháng hơn trăm, không rò rỉ chi hết.", "ha_tang"],
      // "Điện" of Điện Thọ is no power line, "dang len nhom zalo" (posted to the group) no water rising.
      ["Nhà tui ở Điện Thọ, hàng xóm mở karaoke tới 1 giờ sáng đêm nào cũng vậy.", "moi_truong"],
    ]);
    expect(classifyFeedbackByRules("ong pho chu tich noi cam dot phao ma dem giao thua nha ong dot phao toi 1h sang, con dang len nhom zalo thon khoe").topic).not.toBe("thien_tai");
    // A field's bank sinking slowly beside a clay pit is a loss to look into; a river bank sinking is not.
    expectUrgentByRules(["Người ta đào đất sét dưới ruộng bán cho lò gạch, sâu 2m, bờ ruộng nhà bên sụt dần. Mong xã xuống coi.", "bo thua nha ben canh sut dan vi ho dao dat set"], false);
    expectUrgentByRules(["Bờ sông đoạn qua thôn tui cứ sụt dần, tối qua nghe ầm một tiếng, nhà sát mép bờ."], true);
  });

  it("files talk of ending one's life, riders' manners, sand dug under fields, lists signed for no one, a broken playground, ground both sides claim and a neighbour's waste water where they belong; a season guessed and scorched foil are no danger now", () => {
    expectTopicsByRules([
      ["Anh hàng xóm nuôi bò bị chết hết, vợ bỏ đi, mấy bữa ni cứ nói không muốn sống, tối qua mua chai thuốc cỏ để đầu giường.", "an_sinh"],
      ["hoc sinh chay xe may dien cho ba, khong doi mu, dan hang ba tren duong lien thon, de nghi nha truong nhac nho", "khac"],
      ["may ho cho nguoi ta moc cat duoi ruong lua de ban, ruong thanh ho sau, de nghi xa cam", "khoang_san"],
      ["Lớp dạy nghề chỉ học ba buổi mà danh sách có đủ ba mươi người học ba tháng, cán bộ xã ký khống để rút tiền hỗ trợ.", "can_bo"],
      ["Sân chơi thiếu nhi xuống cấp quá, xích đu gãy, cầu trượt rỉ sét thủng lỗ mà bọn nhỏ vẫn leo lên chơi.", "ha_tang"],
      ["Bãi bồi mới nổi giữa sông, thôn tui với thôn bên kia đều nói đất của mình, chiều ni hai bên đứng chặn nhau.", "dat_dai"],
      ["Nhà bên đặt ống cho nước xà phòng chảy qua sân nhà tui, hôi rình, muỗi cả đàn, mong phường giải quyết.", "moi_truong"],
    ]);
    expectUrgentByRules(["Lũ năm rồi làm lở bờ sông sát mép vườn, nhà còn xa, chưa nguy chi, mà mùa mưa ni chắc lở thêm. Xin làm kè."], false);
    expectUrgentByRules(["Sáng ni cô lao công lượm được mấy cái ống tiêm với giấy bạc cháy sém sát hàng rào trường, xin công an kiểm tra."], false);
  });

  it("files a communal house's beam, a bus shelter's roof, street names, money for an easy report or a queue number, sea water let in for shrimp and a man who cannot move left alone where they belong; an ambulance's bumpy way and praise for help given are no emergency, a sinkhole growing is", () => {
    expectTopicsByRules([
      ["Đình làng mục nát lâu rồi, sáng ni cây xà chính nứt toác, ngói rơi mấy viên, xin xã cho người xuống coi.", "ha_tang"],
      ["Mái nhà chờ ở bến xe thủng mấy lỗ, trời mưa hành khách ôm đồ đứng ướt hết, đề nghị sửa giùm.", "ha_tang"],
      ["De nghi khi dat ten duong moi thi uu tien ten cac anh hung, liet si cua dia phuong.", "khac"],
      ["Đoàn kiểm tra phòng cháy xuống xưởng tui, một anh nói lo 10 triệu thì biên bản nhẹ thôi, không thì đình chỉ.", "can_bo"],
      ["O tram y te co chi nhan vien ban so thu tu, ai dua 100 nghin thi duoc len dau.", "can_bo"],
      ["Mấy hồ tôm bơm nước mặn vô nuôi, nước mặn ngấm qua ruộng lúa với giếng nhà tui, nước giếng uống thấy lợ.", "moi_truong"],
      ["Anh Lực bị liệt hai chân, mẹ mất hôm qua, giờ ảnh nằm một mình, không tự nấu ăn được.", "an_sinh"],
    ]);
    expectUrgentByRules(["Buc lam roi, de nghi sua gap! Ngay cong trung tam y te co cai o ga to, xe cap cuu vo ra cu xoc."], false);
    expect(classifyFeedback("Xin khen tài xế với phụ xe: có cụ bà trên xe bị tụt huyết áp, hai anh dừng xe chở thẳng vô trạm y tế, chờ người nhà tới mới đi tiếp.").urgent).toBe(false);
    expectUrgentByRules(["Ruộng lúa sát nhà tui sau trận mưa sụt xuống một hố tròn, sáng to chừng cái nong mà giờ đã rộng cỡ 5 mét, nước xoáy xuống ào ào."], true);
  });

  it("files a classroom ceiling coming down, workers' families without power or water, market inspectors taking goods unpaid and a culvert under a farm road where they belong", () => {
    expectTopicsByRules([
      ["Trần phòng học lớp mầm non nứt toác, sáng ni vữa rơi xuống sát chỗ mấy cháu ngồi, xin kiểm tra ngay.", "ha_tang"],
      ["Mấy gia đình công nhân cạo mủ sống trong lán tôn giữa lô cao su, không điện không nước, con nít không đi học.", "an_sinh"],
      ["Mấy anh quản lý thị trường tối mô cũng ghé lấy đồ nướng không trả tiền, ai nói thì dọa kiểm tra giấy phép.", "can_bo"],
      // Folded, "xe cong nong" is a farm truck, no public car.
      ["cai cong qua duong vo ray bi sup mot nua, xe cong nong cho mi khong qua duoc, nho xa sua som", "ha_tang"],
    ]);
  });

  it("files a broker's promise of work abroad, an allowance paid short, an officer's slap, a field swapped by word of mouth and a family under a tarp where they belong; a pump that will not run and a chance missed are no danger and no erosion", () => {
    expectTopicsByRules([
      ["Có bà môi giới trong xã thu mỗi nhà 40 triệu, hứa đưa con đi làm bên Nhật, năm rưỡi rồi không thấy tin tức chi", "te_nan"],
      ["Đợt tiêm phòng vừa rồi ai đi phụ được ghi 200 ngàn bồi dưỡng mà chú phụ trách chỉ đưa 100, hỏi thì nói phần còn lại để chi phí", "can_bo"],
      ["Cán bộ quản lý thị trường giật giỏ hàng rồi tát chị bán rau trước mặt bà con ở chợ xã", "can_bo"],
      ["Hồi năm 2000 ba tui với chú Tư đổi miệng hai thửa ruộng, giờ chú mất, con chú đòi lại miếng ruộng nói không có giấy", "dat_dai"],
      ["Nhà tạm của anh Y Blin vừa sập, cả nhà năm người đang ngồi dưới tấm bạt bên đường, xin xã hỗ trợ chỗ ở tối ni", "an_sinh"],
      ["Thẻ BHYT của mẹ tui in sai năm sinh, lên xã thì xã biểu lên huyện, lên huyện thì biểu về xã", "hanh_chinh"],
      ["de nghi xa to chuc ngay hien mau vao chu nhat, dot roi lam ngay thuong nen cong nhan tui tui bo lo", "khac"],
    ]);
    expectUrgentByRules(["dien o thon tui yeu lam, may bom ko chay dc, tu lanh khong chay duoc, nho nganh dien nang cap tram"], false);
    expectUrgentByRules(["Gần 40 hộ đang ngồi trước trụ sở xã từ sáng, đòi trả lại đất rẫy, không khí căng lắm"], true);
  });

  it("files money beyond a receipt, a denouncer threatened, jobs for a leader's kin, a river over the fields, soapy water into a canal, a drug users' hideout, an old people's club, red stakes across a garden and a stranger nobody knows where they belong; lead in children's blood and a fever that leaves one speechless are urgent; folded 'den co' and 'da cua' are no temple and no door kicked", () => {
    expectTopicsByRules([
      ["Ở trạm kiểm dịch, anh cán bộ đòi mỗi xe hàng 50 ngàn ngoài phiếu, không đưa thì không cho qua", "can_bo"],
      ["Ông tổ trưởng tổ dân phố chửi bới trước cửa nhà tui cả buổi, chỉ vì tui gửi đơn tố ổng lên phường", "can_bo"],
      ["Xã tuyển 3 người vô làm văn thư, cả 3 đều là con cháu ông chủ tịch, người ngoài nộp hồ sơ không ai được gọi", "can_bo"],
      ["Nước sông đang tràn qua đồng thôn 2, lúa sắp gặt ngập hết, bà con lội ra cứu lúa", "thien_tai"],
      ["Cơ sở rửa xe tải ở đầu thôn xả thẳng ra kênh tưới, nước dầu mỡ đen ngòm, ni lông bay khắp ruộng", "moi_truong"],
      ["Căn nhà hoang sau chợ tối nào cũng có mấy thanh niên lạ, sáng ra thấy bật lửa với bình thủy tinh vứt đầy", "te_nan"],
      ["Câu lạc bộ dưỡng sinh của các cụ trong khối phố không có chỗ tập, xin phường cho mượn sân nhà văn hóa buổi sáng", "khac"],
      ["Có người vô ruộng nhà tui cắm mốc sơn đỏ, hỏi thì nói làm dự án, xã chưa thông báo chi hết", "dat_dai"],
      ["Có bà cụ lạ ngồi ở trạm chờ xe từ tối qua, không ai biết nhà bà ở đâu, hỏi thì bà không nhớ", "an_sinh"],
      ["khu dan cu moi den duong chua bat lan nao, cot den co san het roi ma khong ai dau noi dien", "ha_tang"],
    ]);
    expectUrgentByRules(["Lò nấu chì sau xóm chạy ban đêm, đi xét nghiệm mấy đứa nhỏ có chì trong máu cao", "Có ông già nằm trong chòi canh ruộng từ hôm qua, sốt hầm hập, hỏi không nói được"], true);
    expectUrgentByRules(["co nguoi vo suoi boc da cuoi ve ban, da cua suoi ma ai cho ho lay rua"], false);
  });

  it("files folk singing asked for, a commendation asked of one's superiors, a pontoon bridge, a leaning water tower, parcels nobody ordered and a militia commander's threats where they belong", () => {
    expectTopicsByRules([
      ["Đề nghị xã tổ chức hát bài chòi ở sân đình vào dịp rằm cho bà con trong thôn coi", "khac"],
      ["Chị nhân viên bưu điện xã tuần mô cũng mang lương hưu tới tận nhà các cụ, mong cấp trên khen chị một tiếng", "khac"],
      ["Cầu phao qua bãi giữa sông bị lủng mấy thùng phuy, một bên nghiêng xuống nước, bà con vẫn dắt xe qua", "ha_tang"],
      ["Tháp nước của thôn chân sắt rỉ mục, bồn nghiêng qua phía nhà văn hóa, xin cho người xả nước", "ha_tang"],
      ["Mấy ông bà già trong xóm nhận cả chục đơn thu hộ người lạ gửi, ghi là thuốc bổ, mở ra toàn kẹo", "te_nan"],
      ["Ông chỉ huy trưởng quân sự xã cầm súng hơi bắn dọa mấy nhà nuôi cá vì tranh chỗ đặt lồng", "can_bo"],
    ]);
  });

  it("files lightning, a girl held to serve guests, a turtles' beach lit at night, sour waste into a drinking-water lake, a chained child, a fee into a private account, surveyors held by villagers and a wait at the desk where they belong; 'bắt con viết lại' is no child seized", () => {
    expectTopicsByRules([
      ["Mưa dông dữ quá, sét vừa đánh trúng cái lều giữa ruộng, có người bị phỏng", "thien_tai"],
      ["Em gái tui đi làm quán ở xa, gọi về nói bị giữ giấy tờ, ép tiếp khách, không cho về", "te_nan"],
      ["Mùa rùa đẻ mà quán mới mở bật đèn pha chiếu ra bãi cả đêm, rùa biển con bò ngược vô bờ", "moi_truong"],
      ["Mấy lò làm bún xả nước chua xuống hồ, trạm nước bơm nước hồ ni lên cho cả xóm xài", "moi_truong"],
      ["Thằng nhỏ hàng xóm bị cha dượng xích chân vô cột cả ngày, người bầm tím", "an_sinh"],
      ["Anh trong ban quản lý cảng thu mỗi ghe 100 ngàn, không biên lai, biểu chuyển vô tài khoản riêng", "can_bo"],
      ["Bà con đang vây đoàn đo đạc của công ty làm dự án ngoài bãi, giữ máy đo không cho về", "dat_dai"],
      ["Lên xã xin giấy xác nhận, cô cán bộ lướt điện thoại bắt ngồi chờ 2 tiếng rồi biểu mai lên", "hanh_chinh"],
    ]);
    expectUrgentByRules(["Ra một cửa nộp hồ sơ, chị cán bộ trả về bắt con viết lại tới lần thứ ba chỉ vì sai một chữ"], false);
  });

  it("files a rotating-credit keeper run off, workers held without their papers, someone posing as an association, fingerprints only at the station, pupils beaten by a kitchen manager, minutes of meetings never held, a missing slow-witted brother, granite cut from a forest, an upland field cleared into and meeting notes asked for where they belong; folded 'cua da' is a stone crab", () => {
    expectTopicsByRules([
      ["Chị chủ hụi trong xóm ôm tiền trốn đi rồi, mấy chục chị em mất tiền", "te_nan"],
      ["Cò dẫn tụi nhỏ đi làm thuê xa, chủ giữ căn cước, không trả lương, bị nhốt trong lán", "te_nan"],
      ["Có người xưng người của hội người mù đi bán thẻ ưu tiên 200 ngàn từng nhà", "te_nan"],
      ["Con tui nằm một chỗ mà công an biểu phải chở lên trụ sở mới lăn tay làm căn cước được", "hanh_chinh"],
      ["Cô quản lý bếp ăn bán trú đánh học sinh bằng cái muỗng vì làm đổ cơm", "can_bo"],
      ["Ông trưởng thôn không họp lần mô mà biên bản vẫn ghi đủ các hộ dự họp, có chữ ký", "can_bo"],
      ["Thằng em tui bị thiểu năng, từ chiều qua đi đâu mất, trời mưa lớn, nhờ xã tìm giùm", "an_sinh"],
      ["Nhóm người lạ vô rừng đầu nguồn cưa đá granite chở đi bán ban đêm", "khoang_san"],
      ["Nương nhà tui bị người làng bên phát lấn qua nửa sào, già làng hòa giải rồi mà họ vẫn trồng", "dat_dai"],
      ["Góp ý: họp thôn xong xin dán tóm tắt nội dung lên bảng tin cho ai đi làm xa về còn biết", "khac"],
      ["di cu lao cham an trua, dia oc voi con cua da tinh 1tr8, khong co bang gia, de nghi quan ly gia cho du khach", "khac"],
    ]);
  });

  it("files pupils' meal money cut by a kitchen manager as an official's conduct, and praise sent up to the province as praise", () => {
    expectTopicsByRules([
      ["Cả tuần tụi nhỏ bán trú ăn rau với nước mắm, hỏi ra thì tiền ăn bị trừ bớt mỗi đứa 5 ngàn", "can_bo"],
      ["Muốn nhắn lên huyện khen chị cán bộ tư pháp xã, tối nào cũng ở lại làm giấy tờ cho bà con đi rẫy về", "khac"],
    ]);
  });

  it("reads ambulances counted as no one in danger", () => {
    expectUrgentByRules(["Trên đảo có mấy chiếc ca nô cấp cứu mà trạm y tế chỉ có một cô hộ sinh, đề nghị tỉnh tăng cường"], false);
  });

  it("files a hamlet chief's men smashing a hut and a police officer making a man kneel as officials' conduct and urgent, a school's leaning wall as infrastructure, sacks of gold ore as mining; reads 'khoan dùng nước' as danger, an old slide 'không còn sạt thêm' and a fire-danger forecast as none", () => {
    expectTopicsByRules([
      ["Ông trưởng thôn đang dẫn mấy người lên rẫy đập cái chòi giữ rẫy của nhà tui, mẹ tui ra can thì bị xô té", "can_bo"],
      ["Ông phó trưởng công an xã đánh một người chở keo rồi bắt quỳ giữa đường trước mặt bà con", "can_bo"],
      ["Tường rào trường tiểu học thôn 3 nứt dài, nghiêng ra đường, sáng nào học sinh cũng đi sát bên dưới", "ha_tang"],
      ["Đêm nào cũng có xe chở mấy bao quặng ra khỏi núi, tập kết ở cái kho sau nhà văn hóa thôn", "khoang_san"],
    ]);
    expectUrgentByRules([
      "Ông trưởng thôn đang dẫn mấy người lên rẫy đập cái chòi giữ rẫy của nhà tui, mẹ tui ra can thì bị xô té",
      "Có người đổ gà chết xuống suối ngay chỗ đặt ống nước tự chảy của thôn, xin báo bà con khoan dùng nước",
    ], true);
    expectUrgentByRules([
      "Đất sạt xuống đường từ mùa mưa năm ngoái, giờ không còn sạt thêm, chỉ xin xã cho máy vô dọn",
      "Hôm nay cấp dự báo cháy rừng ở huyện là cấp mấy, tui tính đốt thực bì",
    ], false);
  });

  it("files a fake office page's aid link that emptied an account and a blow to the face as public order", () => {
    expectTopicsByRules([
      ["Có trang mạng tự xưng của phường đăng hỗ trợ hộ nghèo 3 triệu, đăng ký tại link, ba tui bấm vô nhập số tài khoản thì bị rút hết tiền", "te_nan"],
      ["Thằng say ở quán đầu hẻm đánh vô mặt ông bán vé số chảy máu", "te_nan"],
    ]);
  });

  it("files a newborn left at a pagoda's gate as welfare, and a forged winning ticket and men dressed as the power company's staff as scams", () => {
    expectTopicsByRules([
      ["Sáng sớm có người để một bé sơ sinh trong thùng giấy trước cổng nhà thờ, bé khóc yếu lắm", "an_sinh"],
      ["Có người đưa tờ vé số bị cạo sửa đổi lấy tiền của ông bán vé số đầu chợ", "te_nan"],
      ["Hai người mặc áo giống bên cấp nước đi thu tiền thay đồng hồ, hỏi công ty thì nói không có cử ai", "te_nan"],
    ]);
  });

  it("files a low-lit coffee shop and a beating that drew blood as public order, a funeral allowance as welfare, cattle let loose as other, and contract farmers' gardens taken back as land", () => {
    expectTopicsByRules([
      ["Quán cà phê đèn mờ cuối xóm tối nào cũng có mấy cô lạ tới, khách ra vô tới 1 giờ sáng", "te_nan"],
      ["Hai thanh niên say rượu đánh chảy máu đầu ông bảo vệ chợ", "te_nan"],
      ["Nộp hồ sơ xin tiền mai táng cho ông nội từ tháng trước mà xã chưa trả", "an_sinh"],
      ["Trâu bò thả rông đầy đường liên xã, tối qua xe máy tông phải một con", "khac"],
      ["Mấy hộ nhận khoán cao su của nông trường bị đòi lấy lại vườn mà không tính công chăm", "dat_dai"],
    ]);
  });

  it("files praise of a cadre for what they did not do (no envelopes, a small wedding) as praise, and asking that a cadre be recognised as praise, not people's matters", () => {
    expectTopicsByRules([
      ["Ông chủ tịch xã tui cưới con chỉ đãi 10 mâm, không nhận phong bì. Cán bộ làm gương rứa dân mới tin, nhờ Ban ghi nhận cho ổng.", "khac"],
      ["Nhờ huyện ghi nhận giúp bà con thôn 2 kiến nghị làm lại cây cầu tràn bị sập", "ha_tang"],
    ]);
  });

  it("files forest rangers beating someone as an official's conduct, and reads 'bao' of a bag (\"thu bao than\") as no telling", () => {
    expectTopicsByRules([
      ["Kiểm lâm chốt Khe Hoa sáng ni tịch thu bao than của ba tui, ổng xin lại thì bị đánh chảy máu mũi", "can_bo"],
      ["Trạm kiểm lâm bắt mấy người chặt gỗ lậu ở rừng phòng hộ mà tuần sau tụi nó lại vô chặt tiếp", "moi_truong"],
    ]);
  });

  it("files a deposit for work at home as public order, a child locked in alone as welfare, a balcony shedding concrete as infrastructure, a market guard's blow as an official's conduct, pesticide bottles in canals as environment", () => {
    expectTopicsByRules([
      ["Có trang trên mạng tuyển cộng tác viên làm hương tại nhà, nộp cọc 300 nghìn lấy nguyên liệu, nộp xong thì bị chặn", "te_nan"],
      ["Đứa nhỏ nhà bên bị khóa trong nhà từ hôm qua, ba mẹ nó đi đâu không ai biết, cửa khóa ngoài", "an_sinh"],
      ["Chung cư nhà ở xã hội chỗ tui ban công tầng 3 nứt, sáng ni một mảng bê tông rớt xuống lối đi", "ha_tang"],
      ["Ở chợ đầu mối, một anh dân phòng đánh chị bán rau vì lấn lề", "can_bo"],
      ["Chai thuốc bỏ đầy dưới kênh nội đồng sau mùa phun xịt, nước chảy vô ruộng", "moi_truong"],
      // Only a grave evil right after the role is the official's: a word of saying keeps "cán bộ ăn tiền" from being one.
      ["Cán bộ một cửa nói trống không với người già. Tui ko nói cán bộ ăn tiền chi hết, chỉ mong tử tế hơn", "hanh_chinh"],
    ]);
    expectUrgentByRules(["Ban công khu nhà tụi tui nứt, một mảng vữa to rớt xuống sân chỗ con nít chơi, xin kiểm tra"], true);
    expectUrgentByRules(["Đoàn khoan thăm dò để lại mấy lỗ khoan không lấp, bò nhà tôi sụp chân một con, nhờ xã xuống coi"], false);
  });

  it("files a wartime militia member's allowance as welfare, missing markers at a low-water crossing as infrastructure ('sau bao nhieu' is how deep, no storm); a boat that cannot run flees nothing", () => {
    expectTopicsByRules([
      ["Ông nội tui đi dân công hỏa tuyến năm 1979, hồ sơ nộp từ năm ngoái mà chưa được hưởng chế độ", "an_sinh"],
      ["Ngam tran vo xom khong co coc tieu, khong co cot do muc nuoc, nuoc len khong ai biet sau bao nhieu, xin lam bien canh bao", "ha_tang"],
    ]);
    expectUrgentByRules(["Giấy đăng kiểm ghe nộp hai tháng chưa có, hết mùa này ghe không chạy được thì cả nhà lấy chi ăn"], false);
  });

  it("files poison tipped into a drinking stream as environment; kaolin, hot mineral water and a mound sold as fill as mining; a late certificate as paperwork, whoever it is for; shouting by an officer as conduct, at the counter as service", () => {
    expectTopicsByRules([
      ["Có người đổ thuốc xuống suối đầu nguồn để bắt cá, cả làng lấy nước suối đó về uống", "moi_truong"],
      ["Mấy người lạ đào cao lanh trên đồi sau xóm, đêm mô cũng chở đi", "khoang_san"],
      ["Có công ty bơm nước khoáng nóng ở đầu làng đóng chai bán, không thấy giấy phép", "khoang_san"],
      ["Tui muốn tự xúc đất bán cho người ta san nền, có phải xin phép không?", "khoang_san"],
      ["Nộp hồ sơ xin giấy xác nhận con thương binh ở phòng lao động hai tuần, hẹn hoài chưa có, sắp hết hạn đăng ký", "hanh_chinh"],
      ["Anh công an xã quát tháo ông già người dân tộc chỉ vì ông nói chưa rành tiếng Kinh", "can_bo"],
      ["Ngồi ở bộ phận một cửa phường, chị cán bộ quát tháo người già hỏi lại, thái độ rứa mà tiếp dân", "hanh_chinh"],
    ]);
    expectUrgentByRules(["Ba tui bệnh phổi mạn phải thở máy ở nhà, nhờ tui lên xã làm giấy mà xã không cho", "Đề nghị xã mở lớp kỹ năng sơ cứu cho thanh niên trong hè"], false);
  });

  it("files a stranger lying unfed as welfare, youths with machetes over a hill field as land, a hamlet head holding back shared money as conduct, a fallen low-voltage line as infrastructure, an advance fee then blocking as a scam", () => {
    expectTopicsByRules([
      ["Ở chợ có một người đàn ông lạ nằm co ro hai ngày nay, gọi không trả lời, xin ai tới giúp", "an_sinh"],
      ["Hai nhóm thanh niên đang cầm rựa đứng ở đầu cầu treo, giành nhau khoảnh rẫy bên khe", "dat_dai"],
      ["Ông trưởng thôn thu tiền bán keo của tổ hợp tác rồi giữ luôn không chia, bà con hỏi thì né", "can_bo"],
      ["Dây điện hạ thế ngoài bãi cát đứt rơi xuống đất, con nít hay chơi gần đó", "ha_tang"],
      ["Có trang nhận làm hồ sơ vay vốn giùm, thu trước 2 triệu rồi chặn hết mọi người", "te_nan"],
    ]);
  });

  it("files a child with autism kept out of class or lost as welfare, battery acid poured out as environment, a fishing pier giving way as infrastructure", () => {
    expectTopicsByRules([
      ["Cháu ngoại tui bị tự kỷ, trường mầm non nói không nhận vô lớp hòa nhập, biểu về nhà", "an_sinh"],
      ["Tiệm sửa xe điện đổ nước axit từ bình ắc quy cũ xuống rãnh sau nhà dân", "moi_truong"],
      ["cau tau o ben ca bi nut, san be tong lun xuong mot goc, ghe cap vo rat nguy hiem", "ha_tang"],
    ]);
  });

  it("files an application to borrow a hall left unanswered under procedures, not the hall", () => {
    expectTopicsByRules([
      ["Hội người cao tuổi thôn nộp đơn xin mượn nhà văn hóa để tập dưỡng sinh buổi sáng, một tháng rồi xã chưa trả lời có hay không.", "hanh_chinh"],
    ]);
  });

  it("reads a pipe or a line laid up to a house ('kéo tới') as no crowd gathering, while people going there still are one", () => {
    expectUrgentByRules(["Dây điện ở xóm tui kéo tới nhà bà Tư thì thôi, hơn 15 hộ phía trong vẫn câu nhờ điện nhà hàng xóm."], false);
    expectUrgentByRules(["Hơn 15 hộ phía trong xóm đang kéo tới nhà ông trưởng thôn đòi chia lại tiền kéo điện."], true);
  });

  it("files an official striking the teller or their kin, or aid handed over for the camera and taken back, under officials; a field priced as another crop under land", () => {
    expectTopicsByRules([
      ["Anh cán bộ thuế xã đi ra quát rồi tát em tôi trước cổng chợ chỉ vì dựng xe sai chỗ.", "can_bo"],
      ["Ông phó chủ tịch xã cãi với tui rồi đấm tui chảy máu mũi ngay trong hội trường.", "can_bo"],
      ["Đoàn về trao heo giống cho 3 hộ nghèo, chụp hình xong chở heo về lại, tới giờ chẳng hộ nào có con nào.", "can_bo"],
      ["Vườn bưởi nhà tui bị thu hồi làm khu dân cư mà họ tính giá như đất trồng lúa, nói vậy là đúng khung.", "dat_dai"],
    ]);
  });

  it("reads a live wire bared that has just killed an animal, with people passing, as urgent", () => {
    expectUrgentByRules(["Tủ điện đầu hẻm bị bể cửa, dây điện lòi ra ngoài, con gà nhà bên chạy ngang bị giật chết, tụi nhỏ đi học ngang đó hoài."], true);
  });

  it("files a company's men fencing fields under land, a contract fee taken by a fake buyer under crime, fields buried by the last flood under disasters, a fee with no receipt under officials, a wish for the assistant under other", () => {
    expectTopicsByRules([
      ["Công ty cho người xuống rào rẫy keo của mấy hộ trong thôn, hai bên cự nhau, sợ đánh nhau lắm.", "dat_dai"],
      ["Một người trên Zalo xưng là công ty thu mua nấm, thu mỗi hộ 1 triệu phí ký hợp đồng rồi khóa máy luôn.", "te_nan"],
      ["Lũ vừa rồi bùn phủ kín mấy sào đậu xanh của xóm tui, xin xã hỗ trợ giống để trồng lại.", "thien_tai"],
      ["Hội nông dân phát không phân bón mà ông trưởng thôn thu mỗi nhà 50 ngàn, không biên nhận chi hết.", "can_bo"],
      ["Mong trợ lý thêm chức năng gửi tin nhắn thoại cho mấy ông bà già không biết gõ chữ.", "khac"],
    ]);
  });

  it("lists each topic cue once: the matcher uses the first entry of a phrase, so a second would never count", () => {
    const phrases = Object.values(TOPIC_CUES).flatMap((cues) => cues.map(([phrase]) => phrase.normalize("NFC").toLowerCase()));
    expect(phrases.filter((phrase, index) => phrases.indexOf(phrase) !== index)).toEqual([]);
  });
});
