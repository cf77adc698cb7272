/**
 * The topics citizens' feedback is sorted into, what each is called in Vietnamese, which unit usually
 * handles it, how long it may take, and the words that signal it (the offline classifier's lexicon).
 *
 * Pure data and lookups: no I/O. The topic list follows the shared evaluation set
 * (`../shared/eval/README.md`); the lexicon is written for the kind of message, not for its sentences.
 */

/** Topic codes, as stored and exchanged (JSON, the inbox, the evaluation set). */
export const TOPICS = ["dat_dai", "khoang_san", "moi_truong", "thien_tai", "te_nan", "hanh_chinh", "can_bo", "an_sinh", "ha_tang", "khac"] as const;

export type Topic = (typeof TOPICS)[number];

/** True when `value` is one of the topic codes. */
export function isTopic(value: unknown): value is Topic {
  return typeof value === "string" && (TOPICS as readonly string[]).includes(value);
}

/** Short Vietnamese names shown to staff and citizens. */
export const TOPIC_LABELS: Readonly<Record<Topic, string>> = {
  dat_dai: "Đất đai, bồi thường, tái định cư",
  khoang_san: "Khai thác khoáng sản",
  moi_truong: "Môi trường",
  thien_tai: "Thiên tai, sạt lở, ngập lụt",
  te_nan: "Tệ nạn, an ninh trật tự",
  hanh_chinh: "Thủ tục hành chính",
  can_bo: "Cán bộ, đảng viên",
  an_sinh: "An sinh xã hội",
  ha_tang: "Hạ tầng: đường, cầu, điện, nước",
  khac: "Góp ý, khen ngợi và nội dung khác",
};

/** What each topic covers, in the words of the evaluation guide; the LLM classifier's prompt uses them. */
export const TOPIC_DESCRIPTIONS: Readonly<Record<Topic, string>> = {
  dat_dai: "thu hồi đất, bồi thường, giải phóng mặt bằng, tái định cư, dự án nhà ở thương mại, tranh chấp đất",
  khoang_san: "khai thác khoáng sản, cát sỏi trái phép",
  moi_truong: "ô nhiễm, rác thải, mùi, nguồn nước",
  thien_tai: "ngập úng, sạt lở, xâm thực bờ biển, bờ sông, bão lũ",
  te_nan: "ma túy, tín dụng đen, lừa đảo qua mạng, cờ bạc",
  hanh_chinh: "thủ tục hành chính, chậm trễ, thái độ phục vụ tại bộ phận một cửa",
  can_bo: "cán bộ, đảng viên vi phạm đạo đức, lối sống, nhũng nhiễu",
  an_sinh: "hộ nghèo, nhà tạm, nhà dột nát, đối tượng chính sách, người yếu thế",
  ha_tang:
    "đường sá, cầu, điện, nước sạch/nước máy, đèn đường, thoát nước cần sửa chữa hoặc làm mới (ngập úng đô thị và sạt lở vẫn là thien_tai, ô nhiễm nguồn nước vẫn là moi_truong)",
  khac: "khen ngợi, góp ý khác",
};

/**
 * Default processing time in working days (`knowledge/deadlines.json` overrides it). Land and cadre
 * cases need checking on site and match the 30 days the complaints law allows for a first decision;
 * administrative procedures are a matter of days; disasters and security cannot wait for a monthly
 * cycle.
 */
export const DEADLINE_DAYS: Readonly<Record<Topic, number>> = {
  dat_dai: 30,
  khoang_san: 15,
  moi_truong: 15,
  thien_tai: 7,
  te_nan: 7,
  hanh_chinh: 10,
  can_bo: 30,
  an_sinh: 15,
  ha_tang: 15,
  khac: 15,
};

/** An urgent report (risk to life, a hot spot) is followed up within a day, whatever its topic. */
export const URGENT_DEADLINE_DAYS = 1;

/** Default processing time in days for a report on `topic`. */
export function processingDeadlineDays(topic: Topic, urgent: boolean): number {
  return urgent ? URGENT_DEADLINE_DAYS : DEADLINE_DAYS[topic];
}

/** A phrase of the lexicon and how strongly it signals its topic (1 = a hint, 4–5 = unmistakable). */
export type WeightedPhrase = readonly [phrase: string, weight: number];

/**
 * Phrases that signal each topic, written with diacritics; messages typed without them are matched
 * on folded forms. Multi-word phrases are preferred because single syllables collide once folded
 * ("ma" is "ma túy" or "mà", "lo" is "lở" or "lo"). Phrases are matched longest first and a word
 * counts once, so "sạt lở đất" is a disaster, not land.
 *
 * `can_bo` lists misconduct only: who is involved comes from `OFFICIAL_ROLES`, because a message
 * merely naming a cadre ("cán bộ một cửa bảo…") is about something else; a cadre who is the subject
 * of a `te_nan` vice ("đảng viên đánh bạc") is a `can_bo` report too.
 */
export const TOPIC_CUES: Readonly<Record<Topic, readonly WeightedPhrase[]>> = {
  dat_dai: [
    // Contract farmers' rubber gardens taken back: "hơn 30 hộ nhận khoán cao su … công ty đòi lấy lại vườn cây".
    ["khoán cao su", 3], ["lấy lại vườn", 3],
    // A field taken for a road and priced below its crop: "ruộng lác … bị thu hồi làm đường, họ chỉ tính giá như ruộng lúa".
    ["tính giá như", 3],
    // A field swapped by word of mouth decades ago, now claimed back: "đổi miệng miếng ruộng …, con ổng … đòi lại miếng ruộng".
    ["đổi miệng", 3], ["đòi lại miếng", 3], ["đòi lại mảnh", 3], ["đòi lại thửa", 3],
    // A neighbouring village clearing into one's upland field: "nương … bị người làng bên phát lấn qua chừng nửa sào".
    ["phát lấn", 4],
    // Villagers holding a company's surveyors on land it wants: "đang vây đoàn đo đạc của công ty điện gió ngoài bãi".
    ["đoàn đo đạc", 3],
    // Red-painted stakes put across a garden for a project nobody announced: "có người vô cắm mốc sơn đỏ chạy ngang, hỏi thì nói làm dự án".
    ["cắm mốc sơn đỏ", 4],
    // Ground two sides both claim: "bãi bồi giữa sông, thôn tui với thôn bên kia đều nói đất của mình".
    ["đất của mình", 3],
    // Compensation received or demanded is land's, no cadre taking money: "đã giao đất, nhận tiền bồi thường xong", "kéo lên huyện đòi tiền đền bù".
    ["nhận tiền bồi thường", 4], ["nhận tiền đền bù", 4], ["đòi tiền đền bù", 4], ["đòi tiền bồi thường", 4],
    // …or promised after the land was handed over: "vận động tụi tui giao đất cho dự án trước rồi nhận tiền sau".
    ["giao đất cho dự án", 3], ["giao đất trước", 3], ["nhận tiền sau", 3],
    // Land taken with nothing paid, or the commune's public land leased out: "… đất trồng rau của mấy hộ …, hoa màu không đền một đồng",
    // "xã cho người ngoài thuê hết mấy sào đất công ích".
    ["không đền", 3], ["đất công ích", 4],
    // A flat bought off the plan and not handed over (commercial housing): "đặt cọc căn hộ …, chủ đầu tư hẹn mà chưa giao nhà".
    ["mua căn hộ", 3], ["dự án chung cư", 3], ["chưa giao nhà", 3], ["chưa bàn giao nhà", 3],
    // Swidden land a company claims: "họ rào đất rẫy mà bà con canh tác từ đời ông bà".
    // "lấy đất" alone is earth dug for fill (mining); the land of a field or a village taken is land.
    ["đất rẫy", 3], ["rẫy của làng", 3], ["từ đời ông bà", 2], ["lấy đất rẫy", 4], ["lấy đất ruộng", 4], ["lấy đất của dân", 4], ["lấy đất của làng", 4],
    // Resettlement plots not handed over, whatever moved the family: "dời nhà vì bờ sông lở, đợi mấy năm chưa được giao lô".
    ["giao lô", 3], ["bốc thăm lô", 3], ["chưa bố trí tái định cư", 4],
    // Farmland dug up for a project before any compensation: "máy múc … đang múc ruộng nhà tui … mà chưa đền bù đồng nào".
    ["múc ruộng", 3],
    // The mountains: villages fighting over a boundary plot ("giành đất trồng keo"), swidden land handed to a forest board.
    ["giành đất", 4], ["ban quản lý rừng", 3],
    // A garden levelled for a project not yet paid for: "máy ủi … vô san vườn nhà ông Tám, chưa nhận đồng bồi thường nào".
    ["san vườn", 4], ["ủi vườn", 4],
    // A fight over which piece of land: "hai anh em … đánh nhau vì tranh miếng đất hương hỏa".
    ["tranh miếng đất", 4], ["tranh mảnh đất", 4], ["tranh lô đất", 4], ["giành miếng đất", 4], ["giành mảnh đất", 4], ["giành khoảnh đất", 4], ["giành nhau khoảnh đất", 4],
    // Land the river laid down, claimed by a neighbour: "bãi bồi thêm ra mấy chục mét, … ông hàng xóm rào luôn phần mới bồi".
    ["đất bãi bồi", 4], ["bồi thêm ra", 3], ["rào luôn", 2],
    // Graves moved for a project, and what is paid for each: "hơn 50 hộ có mộ phải bốc dời cho dự án khu công nghiệp, … giá hỗ trợ mỗi ngôi mộ".
    ["bốc dời", 3], ["dời mộ", 3], ["di dời mộ", 4], ["ngôi mộ", 2],
    // An inheritance taken by a relative's papers: "chú tui tự ý làm giấy tờ sang tên ông" for "mảnh vườn" ("sang tên" alone is also a registration held up).
    ["mảnh vườn", 3], ["thừa kế", 3], ["tự ý làm giấy tờ", 3],
    // Land measured short for a road, before anyone was paid: "kiểm kê thiếu 40m2", "chưa ai nhận tiền" (no cadre took money).
    ["kiểm kê", 3], ["đo thiếu", 3], ["chưa ai nhận tiền", 3],
    // Clearing told by voice-to-text: "máy múc dô san ủi đất nhà ông sáu … chưa nhận tiền đèn bù".
    ["đèn bù", 3], ["đền bụ", 3], ["san ủi", 2], ["san ruộng", 2], ["chặn xe ủi", 3], ["đoàn cưỡng chế", 4],
    ["thu hồi đất", 4], ["bị thu hồi", 3], ["thu hồi", 2], ["bồi thường", 3], ["đền bù", 3], ["giải phóng mặt bằng", 4],
    ["gpmb", 4], ["mặt bằng", 1], ["tái định cư", 4], ["tđc", 3], ["giải tỏa", 3], ["cưỡng chế", 3], ["kiểm đếm", 3], ["đo đếm", 3],
    ["áp giá", 3], ["đơn giá", 2], ["hoa màu", 2], ["vật kiến trúc", 2], ["dự án", 1], ["chủ đầu tư", 2], ["giao sổ", 3], ["đất nền", 2],
    ["nhà ở thương mại", 3], ["khu đô thị", 2], ["khu dân cư mới", 2], ["quy hoạch", 2], ["dự án treo", 3],
    ["quy hoạch treo", 3], ["tranh chấp đất", 4], ["tranh chấp rẫy", 4], ["khoảnh rẫy", 4], ["đám rẫy", 3], ["ranh đồi", 3], ["tranh chấp", 2], ["cho doanh nghiệp thuê", 3], ["dồn điền đổi thửa", 4], ["dồn điền", 3], ["bờ thửa", 3],
    // "Hai nhà tranh chấp đám rẫy": read from "nhà" it would be "nhà tranh" (a hut).
    ["nhà tranh chấp", 4], ["lấn chiếm", 2], ["lấn đất", 3], ["lấn sang", 2], ["cắm cọc rào", 3], ["là đất của họ", 3],
    ["lấn qua", 2], ["lấn qua phần", 3], ["lấn sang phần", 3], ["dời bờ", 3], ["ranh giới", 2], ["cãi ranh giới", 4], ["tranh chấp ranh giới", 4], ["cày lấn", 3], ["lấn qua bờ", 3], ["ranh đất", 3], ["ranh rẫy", 3], ["giành ranh", 3], ["cọc ranh", 4], ["nhổ cọc", 3], ["dời cọc", 3], ["lấn qua vườn", 3], ["mốc giới", 2],
    // A fence moved onto one's land, told by the metres: "nhà bên tự dựng rào lấn qua 3 mét đất".
    ["rào lấn", 3], ["lấn # mét", 3], ["lấn qua # mét", 3],
    // A company sending men to fence people's fields, the fight it brings being about the land: "thuê cả chục thanh niên cầm cây xuống rào ruộng đậu phộng".
    ["rào ruộng", 4], ["rào rẫy", 4], ["rào vườn", 3],
    // A wall built out into a shared alley or path: "xây tường rào lấn ra con kiệt chung hơn nửa mét".
    ["lấn ra", 2], ["kiệt chung", 3], ["hẻm chung", 3],
    // A neighbour's bamboo row over the garden's line: "lấn qua ranh vườn".
    ["ranh vườn", 3], ["lấn qua ranh", 4],
    // A field's boundary bank: "tranh chấp bờ ranh đám ruộng".
    ["bờ ranh", 3], ["tranh chấp bờ", 3], ["đất đai", 2], ["đất", 2], ["mảnh đất", 2],
    ["lô đất", 2], ["thửa đất", 2], ["phần đất", 2], ["đất ở", 2], ["đất nông nghiệp", 2], ["đất lúa", 2],
    ["đất rừng", 2], ["đất sản xuất", 2], ["đất hương hỏa", 3], ["hương hỏa", 3], ["ông bà để lại", 2], ["đất ông bà để lại", 3], ["giấy tay", 2], ["sổ đỏ", 2], ["quyền sử dụng đất", 2],
    ["tách thửa", 2], ["chuyển mục đích", 2], ["san nền", 2], ["phân lô", 2], ["bán nền", 2], ["giao đất", 2],
    ["cấp đất", 2], ["đất công", 2], ["di dời", 1], ["sổ hồng", 2], ["thuê đất", 2], ["lấn chiếm đất", 3],
    ["lối đi chung", 2], ["hàng rào", 2], ["lấy mặt bằng", 3], ["san lấp", 2], ["san lấp ruộng", 3], ["xe ủi", 1], ["đường đi chung", 2], ["mồ mả", 2], ["bốc mộ", 2], ["giá đất", 3], ["bảng giá đất", 3],
    ["tiền sử dụng đất", 3], ["đo đạc", 2], ["tường rào", 1], ["sân golf", 2], ["đất nhà", 2], ["đất của", 2],
    ["đất vườn", 2], ["miếng đất", 2],
    // Land taken for a project and priced by the square metre: "đất nhà tôi bị lấy làm đường 129 mà tính giá 1tr2 một mét vuông".
    ["lấy làm đường", 3], ["bị lấy đất", 3], ["một mét vuông", 2], ["mét vuông", 1],
    // Fields bulldozed before anyone was paid: "ủi rẫy keo", "chưa ai nhận đồng nào", "chưa thấy quyết định gì".
    // Land a reservoir took, its compensation owed, is no flood: "rẫy của làng bị ngập lòng hồ, chưa được đền bù".
    ["ngập lòng hồ", 3],
    ["ủi rẫy", 3], ["ủi ruộng", 3], ["ủi đất", 2], ["chưa nhận đồng nào", 2], ["chưa ai nhận đồng nào", 3], ["chưa thấy quyết định", 2], ["chưa có quyết định", 2], ["khu đất", 2], ["khu du lịch", 1], ["nhà đầu tư", 1],
    // Farmland taken for a project and paid little: "2 sào ruộng … bị thu làm dự án resort …, đền có 40 ngàn một mét".
    ["bị thu làm dự án", 4], ["thu làm dự án", 4], ["đền có", 3], ["sào ruộng", 2],
  ],
  khoang_san: [
    // Granite cut from a headwater forest: "nhóm người lạ cưa đá granite thành từng khối".
    ["cưa đá", 4], ["đá granite", 4],
    // Ore prospecting announced above a village's water: "tỉnh cho một công ty vô thăm dò quặng trên núi đầu nguồn", "… có mở mỏ không".
    ["thăm dò quặng", 4], ["mở mỏ", 3],
    // Ore tunnelled for, stone and crystals dug from a hillside: "lên núi đào quặng", "đào đá thạch anh về bán", "xe vô khe lấy đá hộc".
    ["lấy quặng", 4], ["đào quặng", 4], ["thạch anh", 3], ["đá phong thủy", 3], ["đào đá", 3], ["lấy đá hộc", 4], ["lấy đá", 2],
    // Coal dug in an abandoned mine: "lén đào than ở mỏ bỏ hoang".
    ["đào than", 3], ["mỏ than", 3], ["than lậu", 3],
    // …down an old pit, which is no charcoal kiln smoking: "lén vào lò than cũ ở đầu thôn để đào than".
    ["lò than cũ", 4], ["lò than bỏ hoang", 4], ["hầm than", 3],
    // A quarry as a voice keyboard hears it in Quảng Nam: "mỏ đả" for "mỏ đá".
    ["mỏ đả", 3],
    // A mine's spoil heaped above a village: "đổ đất đá thải thành đống cao ngay đầu khe".
    ["đất đá thải", 4], ["bãi thải", 2],
    ["khoáng sản", 4], ["khai thác", 2], ["khai thác cát", 5], ["khai thác đất", 4], ["khai thác đá", 4],
    // A digger scooping a stream bed: "máy múc xuống lòng suối xúc sỏi cát chất lên xe".
    ["sỏi cát", 4], ["xúc sỏi", 3], ["xúc cát", 3], ["lòng suối", 2],
    ["cát sỏi", 4], ["hút cát", 4], ["tàu hút cát", 5], ["ghe hút cát", 5], ["ghe cát", 3], ["thuyền hút cát", 5], ["tàu hút", 3],
    ["ghe hút", 3], ["sà lan", 2], ["bãi cát", 2], ["mỏ cát", 4], ["bến cát", 4], ["bơm cát", 4], ["chủ bến", 3], ["giấy phép hết hạn", 2], ["mỏ đá", 4], ["mỏ đất", 4], ["mỏ vàng", 4],
    // Sand dug without a licence and its trucks at night: "nhóm người của bãi cát lậu", "quay clip xe cát chạy đêm".
    ["cát lậu", 4], ["bãi cát lậu", 4], ["xe cát", 2],
    ["mỏ titan", 4], ["chủ mỏ", 3], ["mỏ này", 3], ["đào vàng", 4], ["tìm vàng", 4], ["hầm vàng", 4], ["cát không giấy phép", 4], ["cát không phép", 4], ["cát hút", 3], ["nguồn cát", 3], ["cát trái phép", 4], ["bãi vàng", 3], ["phu vàng", 3],
    ["sa khoáng", 4], ["quặng titan", 4], ["khai thác quặng", 4], ["chở quặng", 3], ["titan", 3], ["nổ mìn", 3], ["đào cát", 4], ["múc cát", 4], ["móc cát", 4], ["múc sỏi", 4], ["máy múc cát", 4],
    ["lấy cát", 3], ["cát tặc", 4], ["bãi bồi", 2], ["đồi cát", 2], ["mở rộng mỏ", 3], ["công ty đá", 3], ["múc đem bán", 3], ["múc bán", 3], ["moong", 3], ["đất sét", 2], ["đào đất sét", 3], ["lòng sông", 2], ["giấy phép khai thác", 4], ["cấp phép", 1],
    ["cắm mốc", 1], ["xe chở đất", 3], ["xe chở cát", 3], ["xe chở đá", 3], ["lấy đất", 2], ["đất san lấp", 2],
    // Kaolin dug without a licence and its slurry pond; hot mineral water bottled; a garden mound sold as fill: "điểm đào cao lanh lậu, họ đắp hồ chứa bùn thải",
    // "bơm nước khoáng nóng … đóng chai bán", "tự xúc đất bán vậy có phải xin phép không".
    ["cao lanh", 4], ["hồ chứa bùn thải", 4], ["khoáng nóng", 4], ["xúc đất bán", 4], ["đất gò", 2],
    ["tận thu", 2], ["bãi tập kết", 2], ["bãi tập kết cát", 4], ["vật liệu xây dựng", 1], ["máy xúc", 1], ["máy múc", 1], ["máy cuốc", 1],
    ["xe tải", 1], ["khai thác trái phép", 4], ["chở cát", 2], ["xe ben", 2], ["xe múc", 2], ["chở đi bán", 2], ["đãi vàng", 4], ["bạt núi", 3],
    ["múc đất", 3], ["xúc đất", 2], ["đào đất", 2], ["đào đất trái phép", 4], ["khối cát", 3], ["đất đồi", 1],
    // Gold diggers in the hills: "vàng tặc lại vô núi đào đãi".
    ["vàng tặc", 5], ["đào đãi", 4],
    // …and their ore carried out at night: "xe bán tải … chở mấy bao quặng vàng ra, chỗ tập kết là cái kho sau đồi".
    ["bao quặng", 3],
    // Gravel dug from a stream bed: "3 máy cào ngồi giữa lòng suối sàng sỏi".
    ["sàng sỏi", 4], ["lấy sỏi", 4], ["cào sỏi", 4], ["máy cào", 2], ["khai thác sỏi", 4], ["sỏi trái phép", 4], ["bãi sỏi", 3],
    // Stones taken from a stream bed to sell: "thuê dân làng khiêng đá cuội, đá có vân đẹp … bán làm đá cảnh".
    ["đá cảnh", 4], ["đá cuội", 3], ["khiêng đá", 3], ["đào xới", 2],
    // Hills dug away and the soil sold for fill: "múc đất đồi chở ra bán san lấp", "quả đồi bị khoét trụi".
    ["chở ra bán", 2], ["bán san lấp", 3], ["bán đất san lấp", 3], ["khoét đồi", 3], ["múc đồi", 3], ["bạt đồi", 3], ["quả đồi", 2], ["xẻ trơ trọi", 3], ["xẻ đồi", 3],
    // …or to fill building sites: "múc đất chở tới mấy công trình san lấp ngoài quốc lộ".
    ["công trình san lấp", 3], ["đồi đất", 1],
    // …or the topsoil of the fields after harvest: "lấy lớp đất mặt của ruộng đem bán".
    ["lớp đất mặt", 3], ["đất mặt ruộng", 4], ["đào lấy lớp đất", 4],
  ],
  moi_truong: [
    // Turtles' nesting beach lit and built over, sour waste water into the lake a water station draws from.
    ["rùa biển", 3], ["mùa rùa đẻ", 3], ["xả nước chua", 3],
    // Soapy water and mud from washing old bags let into a canal: "nước xà bông với bùn xả thẳng ra kênh, ni lông bay khắp ruộng".
    ["xả thẳng ra kênh", 3], ["ni lông bay", 2],
    // Smoke from a cinnamon-oil still into the houses, a neighbour's karaoke late: "khói hắc bay vô nhà", "hát karaoke tới khuya".
    ["khói hắc", 3], ["khói bay vô nhà", 3], ["khói bay vào nhà", 3], ["hát karaoke", 3],
    // Charcoal kilns smoking the hamlet all night: "lò than … hun khói cả đêm".
    ["lò than", 3], ["lò đốt than", 3], ["hun khói", 3],
    // Dye works letting coloured water out: "mấy cơ sở nhuộm vải xả nước màu xuống mương".
    ["nhuộm vải", 3], ["cơ sở nhuộm", 3], ["xưởng nhuộm", 3], ["nước màu", 2],
    // Drums of an unknown liquid washed up, stinging to the touch: "mấy thùng phuy chất lỏng mùi hăng hắc dạt vô bãi".
    ["thùng phuy", 3], ["hăng hắc", 2],
    // Spraying drifting over houses: "ruộng bên phun thuốc cỏ, gió tạt vô nhà".
    ["phun thuốc cỏ", 3], ["xịt thuốc cỏ", 3], ["gió tạt", 1],
    // A building site at night (its noise "inh ỏi", its cement dust), a carcass in a canal ("trôi lềnh bềnh", "nghe mùi").
    ["inh ỏi", 3], ["bụi xi măng", 3], ["thi công ban đêm", 3], ["lềnh bềnh", 2], ["nghe mùi", 2],
    // A fish market's waste into the river: its washing water ("nước rửa cá"), the guts ("ruột cá"), the stench ("hôi tanh").
    ["nước rửa cá", 3], ["ruột cá", 3], ["hôi tanh", 3], ["tanh hôi", 3], ["bịt mũi", 2],
    // Leachate, a stream turned milky, poison tipped into it: "rác với nước rỉ trôi xuống", "nước suối đục trắng", "màu trắng đục, mùi thuốc", "đổ thuốc".
    ["nước rỉ", 3], ["đục trắng", 2], ["trắng đục", 2], ["mùi thuốc", 2], ["đổ thuốc", 2],
    ["ô nhiễm", 4], ["môi trường", 3], ["rác", 2], ["rác thải", 3], ["bãi rác", 3], ["thu gom rác", 3], ["xà bần", 3], ["rác ngập", 4], ["ngập rác", 4],
    // Water poisoned at its source: "can nhựa bỏ đầu nguồn khe, nác có mùi lạ, nổi bọt trắng", "thuốc diệt cỏ".
    ["thuốc diệt cỏ", 3], ["nổi bọt", 2], ["mùi lạ", 2], ["khí lạ", 2], ["nồng nặc", 2], ["mùi hắc", 3], ["thuốc tẩy", 2],
    // A duck farm letting its droppings into the river above a water plant's intake: "trạm bơm nước thô nằm dưới trại vịt xả phân
    // xuống sông" (folded, "xa phan" alone is also "xã phản đối").
    ["xả phân xuống", 3], ["nước thô", 2],
    // A septic tank overflowing: folded, "ham cau tran" would be the spillway bridge ("cầu tràn").
    ["hầm cầu", 4],
    ["chất thải", 3], ["nước thải", 4], ["xả thải", 4], ["xả", 1], ["mùi hôi", 3], ["mùi sơn", 3], ["hôi thối", 3], ["bốc mùi", 3],
    // Kitchen and bath water let into a neighbour's yard: "nước xà phòng, cơm thừa chảy lênh láng, hôi rình, muỗi cả đàn".
    ["nước xà phòng", 3], ["hôi rình", 3], ["muỗi cả đàn", 2],
    // Sea water let in for shrimp, seeping into fields and wells: "mấy hồ tôm bơm nước mặn vô nuôi, nước mặn ngấm qua ruộng lúa với giếng".
    ["bơm nước mặn", 3],
    // Slash burnt after the acacia harvest: "đốt thực bì sau khi bán keo" (no mining).
    ["đốt thực bì", 4], ["thực bì", 3],
    ["mùi", 2], ["khói", 2], ["khói bụi", 3], ["đốt rơm", 3], ["đốt rơm rạ", 4], ["khói mù mịt", 3], ["hóa chất chảy", 4], ["bụi", 2], ["tiếng ồn", 3],
    // A sawmill or workshop next door: "mùn cưa bay vô nhà", "tiếng máy rít điếc tai".
    ["mùn cưa", 3], ["bụi gỗ", 3], ["điếc tai", 3], ["tiếng máy", 2], ["máy rít", 2], ["nước giếng", 2], ["nguồn nước", 3],
    ["nước sinh hoạt", 2], ["cá chết", 3], ["nổi trắng", 3], ["chết hàng loạt", 2], ["chăn nuôi", 2], ["trại heo", 3], ["trại lợn", 3],
    ["trại gà", 3], ["lò mổ", 2], ["nhà máy", 1], ["cụm công nghiệp", 1], ["rác thải nhựa", 3], ["dầu vón cục", 3],
    // A slaughterhouse draining into a ditch, fish poison tipped into the stream above a village: "khu giết mổ heo … xả máu vs lông xuống mương", "thả thuốc duốc cá".
    ["giết mổ", 2], ["khu giết mổ", 3], ["lò giết mổ", 3], ["thả thuốc", 3], ["duốc cá", 4], ["thuốc duốc", 4],
    // …"người đổ thuốc xuống suối để bắt cá" above a village that drinks it.
    ["đổ thuốc xuống suối", 4], ["thuốc xuống suối", 3],
    ["váng", 2], ["đốt rác", 3], ["hóa chất", 2], ["thuốc trừ sâu", 2], ["phá rừng", 3], ["chặt trộm gỗ", 4], ["chặt trộm cây", 4], ["nước đen", 2],
    // Spraying that drifts into homes: "phun thuốc cỏ bằng máy bay không người lái, thuốc bay vô nhà".
    ["phun thuốc", 2], ["thuốc cỏ", 2], ["thuốc bay vô nhà", 4], ["thuốc bay vào nhà", 4],
    ["màu đen", 1], ["cống chung", 1], ["ruồi nhặng", 2], ["vệ sinh môi trường", 3], ["xác động vật", 2],
    ["xét nghiệm", 1], ["nước rỉ rác", 4], ["rỉ rác", 3], ["khí thải", 3], ["khí độc", 3], ["xì khí", 3], ["rò rỉ khí", 3], ["amoniac", 3], ["bùn thải", 3], ["đổ trộm", 3],
    ["nước bẩn", 2], ["xác heo", 3], ["karaoke", 2], ["ồn ào", 2], ["loa kẹo kéo", 2], ["loa kéo", 2], ["mở hết cỡ", 2], ["rao đi rao lại", 2], ["mở loa", 2], ["loa công suất lớn", 3], ["loa thùng", 2], ["mở nhạc", 2], ["nhạc xập xình", 3], ["thức trắng", 1], ["chặt cây", 2],
    ["rừng phòng hộ", 2], ["lâm tặc", 3], ["khai thác gỗ", 3], ["thủy sản chết", 3], ["tôm chết", 2],
    // Oil on a river from a shipyard, shrimp dying: "vang dau noi len", "xa dau nhot xuong", "de nghi lay mau nuoc kiem tra".
    ["váng dầu", 4], ["dầu nhớt", 3], ["lấy mẫu nước", 3],
    // Eateries pouring dishwater and grease into a river: "quán đổ dầu mỡ xuống sông, mặt nước nổi váng mỡ".
    ["dầu mỡ", 3], ["váng mỡ", 3], ["nước rửa chén", 2],
    // A chemical tanker overturned, its load in a canal: "xe bồn chở hóa chất lật …, chất lỏng màu vàng chảy tràn xuống mương", "nước kênh đổi màu".
    ["chở hóa chất", 3], ["chất lỏng", 2], ["nước đổi màu", 3], ["kênh đổi màu", 3], ["sông đổi màu", 3], ["suối đổi màu", 3],
    ["ô nhiễm không khí", 4], ["khói đen", 3], ["thải khói", 3], ["bốc khói", 3], ["khói bay", 2], ["mùi nhựa", 2],
    ["nước đục", 2], ["đục ngầu", 3], ["mùi clo", 3],
    // Smoke from a factory, and waste from a clinic: "chiều nào cũng bay khói mùi khét, khó thở", "rác y tế, kim tiêm, bông băng dính máu".
    ["bay khói", 3], ["mùi khét", 3], ["khó thở", 2], ["rác y tế", 5], ["chất thải y tế", 5], ["bông băng", 3],
    // Wires burnt for copper, pesticide packs left in the canals: "đốt dây điện với vỏ nhựa để lấy đồng", "vỏ chai, bao thuốc trừ sâu vứt đầy",
    // "bao giấy bọc trái với chai thuốc bỏ tràn dưới mương".
    ["đốt dây điện", 5], ["khét lẹt", 3], ["phế liệu", 2], ["vỏ thuốc", 4], ["vỏ chai thuốc", 4], ["chai thuốc bỏ", 3], ["bao thuốc trừ sâu", 4], ["dăm gỗ", 2],
    // Old batteries' acid poured out by an e-bike repair shop: "đổ bình ắc quy cũ ra bãi đất sau tiệm, nước axit chảy loang".
    ["bình ắc quy", 3], ["nước bình acquy", 3], ["nước axit", 3], ["vỏ pin", 2],
    ["gỗ rừng", 3], ["gỗ lậu", 3], ["chặt phá", 3], ["lâm sản", 3],
    // Noise and litter in everyday words: "ồn không ngủ được", "xưởng cưa chạy tới khuya", "rác nhựa".
    ["lò gạch", 3], ["không thở nổi", 2], ["ngột", 1],
    // A plastic recycling shed burning at night: "xưởng tái chế nhựa sát vách vẫn đốt, khói khét vào tận phòng ngủ".
    ["tái chế nhựa", 3], ["khói khét", 3],
    // Ducks penned on the river above a water intake: "rào sông nuôi vịt, phân vịt xả xuống".
    ["phân vịt", 3], ["trại vịt", 2],
    // A building site's trucks and night work: "xe chở đất đá ra vô không che bạt, bụi mù mịt", "đổ bê tông ầm ầm … mất ngủ";
    // an oily spill on a canal: "mùi hắc như dầu …, mặt nước loang đen".
    ["không che bạt", 3], ["không phủ bạt", 3], ["bụi mù mịt", 3], ["rơi vãi", 2],
    // …and what is asked of them: "bụi bay mù mịt vào nhà dân … đề nghị bắt các xe phải che phủ và tưới nước đường".
    ["bụi bay mù mịt", 3], ["che phủ", 2], ["tưới nước đường", 3], ["tưới nước mặt đường", 3], ["bụi đỏ", 3], ["mất ngủ", 2], ["loang đen", 3],
    // Dust told by what it leaves, which reads as dust typed without marks too ("bui" alone is also "bùi"): "bàn ghế phủ một lớp bụi đen".
    ["lớp bụi", 3], ["bụi đen", 3],
    // …and what it stops at home: "bụi phủ kín nhà, phơi đồ không được".
    ["phơi đồ không được", 3],
    // Building work through the night: "xây ban đêm, cắt sắt tới khuya, cả xóm mất ngủ" (the site itself is no structure to repair).
    ["xây ban đêm", 3], ["cắt sắt", 2], ["cả xóm mất ngủ", 3],
    // …and its machines heard at night: "đổ bê tông tới 3 giờ sáng, máy bơm kêu ầm ầm".
    ["kêu ầm ầm", 2],
    ["ồn", 2], ["ồn quá", 3], ["không ngủ được", 2], ["không ai ngủ được", 2], ["chạy máy dập", 3], ["tiếng máy dập", 3], ["xưởng", 1], ["xưởng cưa", 2], ["rác nhựa", 3], ["túi ni lông", 2], ["túi nilon", 2], ["ly nhựa", 2], ["chai nhựa", 2], ["thu gom", 2], ["vứt rác", 3], ["xả rác", 3], ["xe rác", 2], ["ai dọn", 2], ["nhạc to", 2],
    // Carcasses of a herd disease thrown into the water: "dịch tả heo …, bỏ xác heo chết vô bao tải quăng xuống mương".
    ["dịch tả", 3], ["bỏ xác", 3], ["xác heo chết", 3],
    // Carcasses the flood left, rotting where people live: "heo chết trôi về mắc ở bờ tre, … thúi không chịu nổi, ruồi bu đen".
    // Ground water a new cemetery may foul: "nghĩa trang mới quy hoạch sát giếng nước, … nước ngầm bị nhiễm bẩn".
    ["nước ngầm", 3], ["nhiễm bẩn", 3],
    ["heo chết", 3], ["gia súc chết", 3], ["xác gia súc", 3], ["thúi không chịu nổi", 3], ["thối không chịu nổi", 3], ["ruồi bu", 2],
    // Farm poison washed towards the water people drink: "lũ tràn vô kho thuốc bảo vệ thực vật, … chảy về phía trạm bơm nước sinh hoạt".
    // …and the pumps asked to stop for it: "đề nghị báo trạm cấp nước ngừng bơm".
    ["thuốc bảo vệ thực vật", 4], ["ngừng bơm", 3], ["ngưng bơm", 3],
    // Boats' used oil poured into the river: "tàu thay nhớt xong đổ luôn ra sông".
    ["thay nhớt", 3], ["đổ nhớt", 3], ["nhớt thải", 3], ["đổ thẳng xuống sông", 3],
    // Pesticide packets thrown into the fields' canals: "vỏ gói thuốc vứt đầy kênh" (bottles, "vỏ chai thuốc", are listed above).
    ["vỏ gói thuốc", 3], ["vỏ thuốc trừ sâu", 3], ["vỏ bao thuốc", 3],
  ],
  thien_tai: [
    // Fields buried by the last flood's mud, seed asked to sow again: "Lũ vừa rồi bùn phủ hết mấy sào bắp non" (the flood named as past
    // only dates an aftermath: "giếng bị ngập trong lũ vừa rồi, giờ nước đục" is the well's water).
    ["bùn phủ", 3],
    // Water rising in the house, told by how high it stands on someone: "nước đang lên nhanh, trong nhà tới ngang bụng rồi".
    ["nước đang lên", 3], ["ngang bụng", 2],
    // A river bank's embankment before the rains, the mud a flood leaves in the houses: "kè sông … làm tới mô rồi", "bùn non ngập sân".
    ["kè sông", 3], ["bùn non", 4],
    // A street turned into a river by half an hour's rain: "mưa nửa tiếng là đường thành sông".
    ["thành sông", 3],
    // A street flooded by a night's rain, the water still coming up: "mưa từ khuya, nước trong hẻm lên quá đầu gối".
    ["mưa từ khuya", 2], ["lên quá đầu gối", 3], ["vẫn còn lên", 2],
    // A crack across a hillside: "núi trên làng tôi có đường nứt", "ta luy sau nhà … nứt một đường dài" (a road cracked is "đường nứt" alone).
    ["có đường nứt", 3], ["nứt một đường", 3], ["một đường nứt", 3],
    // Earth come down over part of a house: "đồi đất sau nhà … trượt xuống một mảng, lấp mất nửa cái bếp".
    ["lấp mất", 3],
    ["thiên tai", 4], ["sạt lở", 4], ["lở đất", 4], ["lở núi", 4], ["bị lở", 3], ["lở vào", 3], ["lở thêm", 3],
    // The sea at the houses: "sóng biển … đánh sập luôn mấy ki ốt, giờ nước ăn vô sát móng mấy nhà dân, triều còn lên nữa".
    ["sóng biển", 3], ["nước ăn vô", 3], ["triều còn lên", 3],
    ["xâm thực", 4], ["sóng ăn", 3], ["sóng đánh", 2], ["sóng đang đánh", 3], ["kè tạm", 3], ["mép biển", 2], ["bờ lở", 3], ["ăn vô đất", 3], ["áp thấp nhiệt đới", 4], ["áp thấp", 3], ["bờ biển", 2], ["bờ sông", 2], ["làm kè", 3], ["bờ kè", 3],
    ["kè chống", 3], ["xây kè", 3], ["kè biển", 3], ["ngập", 3], ["lên tới ngực", 3], ["vùng trũng", 2], ["ngập úng", 4], ["ngập lụt", 4], ["ngập sâu", 3],
    ["nước lũ", 3], ["mưa lũ", 3], ["lũ lụt", 4], ["lũ quét", 4], ["lũ ống", 4], ["lũ", 3], ["lụt", 3], ["cơn bão", 3],
    ["bão số", 3], ["mưa bão", 3], ["bão lũ", 4], ["bão", 3], ["lốc xoáy", 4], ["lốc", 2], ["tốc mái", 3],
    ["triều cường", 4], ["triều lên", 3], ["mưa lớn", 2], ["mưa to", 2], ["nước dâng", 2], ["đang dâng", 3],
    // A stream swelling upstream, trees carried down: "nước đục ngầu dâng lên từng chút, cây trôi về nhiều lắm" (the muddy water is the flood's).
    ["dâng lên", 3], ["cây trôi", 3], ["nước lại lên", 3], ["nước đã lên", 3], ["đánh sập", 2], ["xả lũ", 3], ["sụt lún", 2], ["lún", 1],
    ["vết nứt", 2], ["đất đá", 2], ["đá lăn", 2], ["taluy", 3], ["ta luy", 3], ["biển đang động", 3], ["sơ tán", 2], ["cô lập", 2], ["chống ngập", 3],
    // Ready for the flood season: "xin cấp áo phao cho mấy hộ ven sông trước mùa lũ"; the water still rising ("đã tới bậc thềm mà vẫn đang lên").
    ["áo phao", 2], ["vẫn đang lên", 3],
    ["thoát nước", 2], ["hạn hán", 4], ["khô hạn", 3], ["hạn nặng", 3], ["nặng hạn", 3], ["hạn năm nay", 3], ["hạn năm ni", 3], ["xâm nhập mặn", 3], ["giông", 2], ["sét đánh", 3], ["sét vừa đánh", 3], ["mưa dông", 2],
    // A forest fire, fought with firebreaks: "cháy rừng keo …, bà con phát đường băng cản lửa" (a house on fire is other).
    ["cháy rừng keo", 4], ["phát đường băng", 3], ["đường băng cản lửa", 3],
    ["cháy rừng", 3], ["động đất", 4], ["mùa mưa", 1], ["ứng phó", 2], ["cứu hộ", 1], ["gió giật", 3], ["bão lớn", 3], ["sập chuồng", 3], ["tốc mất", 3], ["tiếng ầm ì", 3], ["ầm ì trên núi", 4],
    ["đi biển", 2], ["tàu cá", 2], ["ngư dân", 1], ["gió lớn", 2], ["mưa đá", 3], ["thủy điện", 2], ["thủy điện xả", 3],
    ["đê bao", 2], ["nhà tránh lũ", 4], ["nhà chống lũ", 4], ["nhà phòng tránh lũ", 4], ["nhà cộng đồng tránh lũ", 4], ["ngầm tràn", 2], ["rét hại", 3], ["đói rét", 3], ["rét đậm", 3], ["sương muối", 3], ["chết rét", 3], ["sau bão", 2], ["sau lũ", 2], ["cứu nạn", 2],
    ["tìm kiếm cứu nạn", 3], ["khắc phục hậu quả", 2],
    // Help asked once the flood has gone: "lũ rút rồi, … tiền khắc phục sau lũ".
    ["khắc phục sau lũ", 3], ["lũ rút", 2],
    // Told as people see it: water rising, hills sliding, earth pouring down, houses falling.
    ["nước lên", 3], ["nác lên", 3], ["nác ngập", 3], ["nước ngập", 3], ["nước lụt", 3], ["núi lở", 4], ["đồi lở", 4], ["đất lở", 4], ["sạt", 3], ["sạt núi", 4],
    ["đất trôi", 3], ["đất đổ", 3], ["đất sụt", 3], ["đất nứt", 3], ["đất tràn", 3], ["đất vùi", 3], ["đất lấp", 3], ["đất sạt", 4], ["vùi lấp", 3], ["bị vùi", 3],
    ["nứt đồi", 3], ["đồi nứt", 3], ["núi nứt", 3], ["bị sập", 1], ["nhà sập", 3], ["sập nhà", 3], ["đổ sập", 3], ["sập một góc", 3], ["tràn đê", 3], ["vỡ đê", 4],
    ["vỡ đập", 4], ["sắp vỡ", 3], ["đập hồ", 2], ["nước cuốn", 4], ["lũ cuốn", 4], ["cuốn trôi", 3], ["ven sông", 1], ["chạy lũ", 3], ["mùa lũ", 2], ["ngập nhà", 3], ["trôi xuống", 2], ["đồi", 1], ["nước suối", 2], ["lũ suối", 3], ["suối dâng", 3], ["nước bao vây", 3], ["nước xoáy", 2], ["nước vô", 2], ["nước vô nhà", 3], ["nước vào nhà", 3], ["sụt", 2], ["từng mảng", 1], ["lan xuống", 1],
    ["đất trượt", 3], ["trượt xuống", 2], ["nứt toác", 3], ["chưa ngừng", 1], ["không ngớt", 1], ["chưa ngớt", 1], ["kẽ nứt", 3], ["đang nứt", 2], ["chân đồi", 2], ["chân núi", 2],
    // Rivers, the sea and dams as people tell them: "nước sông lên", "sóng to đánh chìm ghe", "đập rỉ nước".
    ["nước sông", 2], ["nước biển", 2], ["sóng to", 3], ["sóng lớn", 3], ["bị đánh chìm", 3], ["đánh chìm", 3], ["tràn vô xóm", 3], ["tràn vào làng", 3],
    ["đập thủy lợi", 2], ["hồ chứa", 2], ["hạ lưu", 2], ["đổ xuống", 2], ["bị nước cuốn", 4],
    // Drought: "nắng hạn từ tháng 4, hồ đập cạn trơ đáy, lúa nứt nẻ".
    ["nắng hạn", 4], ["nứt nẻ", 3], ["cạn trơ đáy", 3], ["thiệt hại do hạn", 4],
    // …told by what it does: "hạn quá, từ tháng 5 không có giọt mưa, mương khô đáy, nước mặn lên", and the plan against it asked for.
    ["hạn quá", 3], ["giọt mưa", 2], ["khô đáy", 3], ["mặn lên", 3], ["chống hạn", 4],
    // Houses braced before a storm is forecast: "thôn có ai phụ chằng chống nhà trước bão không".
    ["chằng chống", 4], ["có bão", 2],
    // A place the flood has closed in on: "điểm trường bị nước bao quanh".
    ["nước bao quanh", 3],
    // Fields buried in sand after a flood: "cát bồi kín ruộng sau trận lũ".
    ["trận lũ", 3], ["tràn qua đồng", 3], ["cát bồi", 3], ["cát vùi", 3], ["bồi lấp ruộng", 3],
    // Salt water coming up the river: "nước mặn lấn vô sông Cổ Cò …, đề nghị làm đập ngăn mặn".
    ["nước mặn", 3], ["ngăn mặn", 4], ["nhiễm mặn", 3],
    // The ground giving way: "sụt xuống một cái hố tròn sâu cỡ 3 mét", "hố tử thần".
    ["hố tử thần", 4], ["hố sụt", 3],
    // Boats at sea before a storm, people cut off by a stream in spate: "ghe … đi biển từ tuần trước, … đài báo sáng mai bão vào", "suối lên cao, không qua được".
    ["đài báo", 2], ["suối lên", 3], ["nước suối lên", 3],
    // Rough seas and the winter monsoon, where boats go missing: "biển động mấy bữa, tàu chưa vô bờ được".
    ["biển động", 3], ["biển động mạnh", 4], ["gió mùa", 2], ["gió mùa đông bắc", 3], ["không vào bờ được", 2],
    // A whirlwind told as one: "cơn lốc lúc gần 4h chiều quét qua xóm".
    ["cơn lốc", 4],
    // A flood told by the roofs it reaches and the boats asked for: "lũ lên nhanh, nước tới mái rồi, cần ca nô gấp".
    ["lũ lên", 3], ["nước tới mái", 3], ["nước tới cửa sổ", 3], ["ca nô", 3],
    // What floods bring on the river and whom they send to shelter: "chèo thuyền ra giữa sông vớt củi trôi thì thuyền bị lật",
    // "nhà văn hóa thôn có mở cửa cho bà con đến tránh trú không".
    ["vớt củi", 3], ["thuyền bị lật", 3], ["lật thuyền", 3], ["tránh trú", 3], ["trú bão", 3],
    // Boats at sea when the wind rises: "ghe kia đã vô tránh gió", "ra khơi mấy bữa chưa về".
    ["tránh gió", 3], ["ra khơi", 2],
  ],
  te_nan: [
    // A buyer met on Facebook taking a contract fee, then unreachable: "xưng là công ty thu mua kén, … bắt mỗi hộ đóng 2 triệu phí ký hợp đồng".
    ["phí ký hợp đồng", 3], ["xưng là công ty", 3],
    // A rotating-credit keeper run off with the pot, a broker's workers held without pay or papers, someone posing as an association:
    // "Chị chủ hụi … ôm tiền bỏ đi", "chủ vườn giữ căn cước, không trả tiền, … bị nhốt trong lán", "xưng người của hội người khuyết tật".
    ["chủ hụi", 4], ["giựt hụi", 4], ["bể hụi", 4], ["giữ căn cước", 4], ["nhốt trong lán", 3], ["xưng người của", 3],
    // A girl taken to work far away and held: "bị giữ điện thoại với căn cước, ép tiếp khách, không cho về".
    ["ép tiếp khách", 4],
    // Cash-on-delivery parcels nobody ordered, sent to old people: "cả chục đơn thu hộ gửi tới mấy ông bà già, … ghi là thuốc bổ".
    ["đơn thu hộ", 3],
    // What drug users leave behind at night: "sáng ra thấy ống hút, bật lửa với mấy cái bình thủy tinh vứt đầy".
    ["bình thủy tinh", 2], ["bật lửa", 2],
    // A broker paid to send children to work abroad, and nothing since: "thu tiền …, hứa đưa con đi làm ở Hàn Quốc, hai năm chừ không thấy chi".
    ["hứa đưa con đi", 4], ["hứa đưa đi làm", 4],
    // Someone posing as a project's official, unreachable once paid: "tự xưng cán bộ xã, lấy tiền rồi thuê bao không liên lạc được".
    ["tự xưng cán bộ", 3], ["thuê bao không liên lạc được", 3],
    // …or a page taking deposits and gone: "đặt cọc qua trang mạng xong, gọi lại thì khóa máy".
    ["chuyển cọc", 3], ["khóa máy", 2],
    // Betting games online among children: "game bắn cá đổi thưởng", "chơi tài xỉu trên mạng".
    ["bắn cá đổi thưởng", 4], ["đổi thưởng", 3], ["tài xỉu", 3],
    // Bought through a livestream and blocked after paying: "đặt hàng trên live Facebook, nhận hàng giả, nhắn lại thì shop chặn".
    ["shop chặn", 3], ["live facebook", 2], ["livestream", 2], ["đặt hàng trên mạng", 2],
    // Work at home offered for a deposit: "tuyển cộng tác viên đan mây tre tại nhà, nộp cọc 500 nghìn … nhắn tin thì bị chặn".
    ["nộp cọc", 3], ["tuyển cộng tác viên", 2], ["nhắn tin thì bị chặn", 3],
    // …or papers promised for a fee taken in advance, then everyone blocked: "nhận làm hồ sơ …, thu trước 3,5 triệu một người rồi chặn hết".
    ["rồi chặn hết", 3], ["nhận làm hồ sơ", 2],
    // A head split open in a fight ("bổ vỡ đầu chảy máu"): folded it reads "bỏ vợ" (a cadre leaving his wife).
    ["bổ vỡ đầu", 1],
    // Old people talked into buying "medicine" at a free health talk: "bị dụ mua thuốc đặc trị tiểu đường giá 15 triệu … gọi lại thì số thuê bao".
    ["bị dụ", 3], ["bị dụ dỗ", 3], ["dụ mua", 3], ["thuốc đặc trị", 2],
    // Charity asked for in a disaster's name into a stranger's account, a code asked for on the phone by someone claiming an office:
    // "kêu gọi quyên góp … số tài khoản cá nhân lạ hoắc", "đòi đọc mã OTP", "tự xưng cán bộ xã".
    ["tài khoản cá nhân", 3], ["mã otp", 4], ["đọc mã", 3], ["tự xưng", 2],
    // A caller posing as the police has an app installed and the account emptied: "cài app để cập nhật định danh … tài khoản bị rút sạch".
    ["cài app", 2], ["rút sạch", 3],
    // Paying first to be paid, by a caller who knows one's details: "đọc đúng tên tôi, số thửa đất …, bảo chuyển trước 3,5 triệu … thì mới nhận được tiền đền bù".
    ["chuyển trước # triệu", 3], ["đọc đúng tên", 3],
    // A caller posing as an official who asks for a card's number: "gọi xưng cán bộ Phòng Lao động, … bảo đọc số thẻ ngân hàng".
    ["xưng cán bộ", 3], ["xưng là cán bộ", 3], ["số thẻ ngân hàng", 3], ["thủ đoạn", 2],
    // Lenders' flyers: "tờ rơi cho vay không cần thế chấp dán đầy cột điện".
    ["không cần thế chấp", 4],
    // A caller posing as a hospital abroad: "gọi điện xưng là bệnh viện bên Nhật, nói tôi bị tai nạn cần chuyển gấp 50 triệu".
    ["xưng là", 2], ["gọi điện xưng là", 3], ["chuyển gấp", 2], ["truy giúp số tài khoản", 3],
    // A caller claiming to be from an office, asking a fee: "cuộc gọi xưng bên bảo hiểm …, đòi chuyển trước một khoản phí xác minh".
    ["xưng bên", 3], ["phí xác minh", 3],
    ["ma túy", 4], ["hút chích", 4], ["chích hút", 4], ["hút hít", 4], ["tụ vô hút", 3], ["tụ tập hút", 3], ["hút chi đó", 3], ["hút gì đó", 3], ["hút cái chi đó", 3], ["hút cái gì đó", 3], ["chích choác", 4], ["con nghiện", 4], ["nghiện", 3], ["bóng cười", 4],
    // Loan sharks' adverts, painted or stuck up: "vay vốn chỉ cần CCCD", sprayed on walls ("xịt sơn").
    ["chỉ cần cccd", 5], ["chỉ cần căn cước", 5], ["xịt sơn", 2],
    ["thuốc lắc", 4], ["cần sa", 4], ["tín dụng đen", 5], ["vay nặng lãi", 5], ["nặng lãi", 4], ["vay app", 3],
    ["app vay", 3], ["mượn tài khoản", 3], ["thuê tài khoản", 3], ["vay qua app", 3], ["vay qua ứng dụng", 4], ["vay tiền qua ứng dụng", 4],
    // Numbers games sold in the open: "tiệm tạp hóa ghi số đề công khai".
    ["số đề", 4], ["ghi đề", 4], ["lô đề", 4],
    // Street lenders' bills: "cho vay góp, vay tiền nhanh không thế chấp dán đầy cột điện", "bị dụ vay hoài".
    ["vay góp", 4], ["cho vay góp", 5], ["vay tiền nhanh", 4], ["không thế chấp", 2], ["dụ vay", 3],
    // Collectors waiting at one's gate: "3 người lạ đi xe không biển số … khi nào trả đủ tiền lãi thì mới đi".
    ["tiền lãi", 2], ["không biển số", 2],
    // Callers posing as staff ("xưng nhân viên điện lực nói nhà nợ tiền điện … tài khoản mất sạch").
    ["xưng nhân viên", 4], ["xưng là nhân viên", 4], ["mất sạch", 2],
    // How lending apps collect: "gọi khắp danh bạ", "ghép mặt nó lên nhóm Zalo".
    ["danh bạ", 3], ["ghép mặt", 3], ["ghép hình", 3], ["ghép ảnh", 3], ["ảnh ghép", 3], ["khủng bố tin nhắn", 3], ["khủng bố điện thoại", 3], ["vay online", 3], ["chủ nợ", 3], ["đòi nợ", 3], ["siết nợ", 3],
    ["xã hội đen", 3], ["cờ bạc", 4], ["đánh bạc", 4], ["cá độ", 4], ["cá độ bóng đá", 4], ["cá độ đá banh", 4], ["chơi cá độ", 4], ["nợ cá độ", 4], ["cá độ qua mạng", 4], ["đá gà", 3], ["sới bạc", 4],
    // Cockfights and bets: "trường gà ăn tiền trong rẫy keo", "tiền cược lớn", "sòng bạc".
    ["xóc đĩa", 4], ["trường gà", 4], ["gà ăn tiền", 4], ["tiền cược", 3], ["cá cược", 4], ["sòng bạc", 4],
    // Betting on football in a café: "tối nào cũng sát phạt, … vào bạc độ bóng đá".
    ["sát phạt", 4], ["bạc độ", 4], ["độ bóng đá", 4],
    // A booking page posing as a real one: "trang Facebook có tên giống hệt homestay thật, chuyển khoản cọc …, giờ chặn tôi rồi".
    ["tên giống hệt", 3], ["trang giả", 3], ["fanpage giả", 4], ["chuyển khoản cọc", 2], ["chặn tôi", 2], ["chặn tui", 2], ["bị chặn luôn", 2], ["chuyển khoản", 2],
    // …in chat shorthand ("ck cọc 1tr2 xong nó chặn luôn", "tk nhận tiền tên …"): the account the money went to.
    ["ck cọc", 2], ["nó chặn luôn", 2], ["tk nhận tiền", 3], ["tài khoản nhận tiền", 3],
    // A winning ticket forged to cheat a seller, men dressed as the power company's staff: "số bị cạo sửa", "mặc áo giống bên điện lực … điện lực nói không có cử ai".
    ["cạo sửa", 3], ["mặc áo giống", 3], ["không có cử ai", 3],
    ["lừa đảo", 4], ["bị lừa", 4], ["lừa tiền", 4], ["giả danh", 4], ["xưng bác sĩ", 3], ["giả mạo", 4], ["bị hack", 3], ["kẻ gian", 3],
    ["chiếm quyền", 2], ["đánh hội đồng", 3], ["bạn xấu", 2], ["chuyển tiền", 2], ["chiếm đoạt", 3],
    ["việc nhẹ lương cao", 4], ["mua bán người", 5], ["trộm", 3], ["trộm cắp", 4], ["cướp giật", 4], ["mại dâm", 4],
    ["đuổi chém", 3], ["hỗn chiến", 3], ["hung khí", 3], ["đánh nhau", 3], ["hành hung", 3], ["băng nhóm", 3],
    ["an ninh trật tự", 3], ["tệ nạn", 4], ["qua mạng", 1], ["tiền chuộc", 3], ["bắt cóc", 4], ["tố giác", 2],
    ["tạt axit", 3], ["lãi cắt cổ", 5], ["cho vay lãi", 4], ["tiền góp", 3], ["góp ngày", 3],
    ["ổ nhóm", 2],
    // What users leave behind: "ống chích với mấy bịch nylon nhỏ".
    ["ống chích", 4], ["xi lanh", 3], ["bơm kim tiêm", 4], ["thuốc nổ", 3], ["ngáo đá", 4], ["ma túy đá", 4], ["chơi đá", 4], ["hút đá", 4], ["hít đá", 4], ["bay lắc", 4], ["tiệc bay", 4], ["tụ tập", 1], ["kim tiêm", 3], ["giấy bạc", 2], ["heroin", 4], ["thuốc lá điện tử", 3],
    // A parent's signs of drugs: "đi chơi về mắt đờ đẫn, trong cặp có gói bột lạ".
    ["gói bột lạ", 3], ["bột trắng lạ", 3], ["mắt đờ đẫn", 2],
    ["chất lạ", 2], ["chất cấm", 3], ["hàng cấm", 3], ["giữ hộ chiếu", 4], ["không cho về", 2], ["lừa sang", 3],
    ["bán sang", 3], ["campuchia", 2], ["trộm chó", 4], ["cẩu tặc", 4], ["trộm bò", 4], ["đa cấp", 3],
    ["chiếm đoạt tài sản", 4],
    // A ring of crime, not a power line ("kéo đường dây điện"): "đường dây ma túy", "đường dây lừa đảo".
    ["đường dây ma túy", 4], ["đường dây lừa đảo", 4], ["đường dây đa cấp", 3], ["đường dây cá độ", 4], ["đường dây đánh bạc", 4], ["đường dây buôn", 3], ["đường dây cho vay", 4], ["tội phạm", 3], ["đua xe", 3], ["quậy phá", 3], ["gây rối", 3],
    ["trấn lột", 4], ["bạo lực học đường", 3], ["xâm hại", 4], ["hiếp dâm", 4], ["dâm ô", 4], ["buôn lậu", 3],
    ["súng", 2],
    // How loan sharks frighten a family: shrimp paste and paint thrown at the door, "nhóm cho vay", "nợ góp".
    ["mắm tôm", 3], ["sơn đỏ", 2], ["tạt sơn", 3], ["nhóm cho vay", 4], ["nợ góp", 3], ["cho vay", 2],
    // …a daily-interest loan, a hand threatened, the tattooed men who come: "vay lãi ngày", "không trả … sẽ chặt tay cháu", "4 thanh niên xăm trổ".
    // Loans advertised on leaflets stuck to poles: "tờ rơi cho vay nóng 'giải ngân trong ngày' dán đầy cột điện".
    ["tờ rơi cho vay", 4], ["cho vay nóng", 4], ["giải ngân trong ngày", 3],
    ["vay lãi ngày", 4], ["lãi ngày", 3], ["chặt tay", 3], ["xăm trổ", 2], ["vay nóng", 3], ["bọn cho vay", 3],
    // Vapes laced with drugs among pupils: "hút pod", "loại 'nước vị' pha chất j đó".
    ["hút pod", 3], ["vape", 3], ["nước vị", 3],
    // A fake courier's link that empties the account: "xưng shipper gọi báo đơn bị kẹt, bắt em bấm link đóng phí kích hoạt ví".
    // …or a fake page of an office offering aid: "'Hỗ trợ hộ khó khăn 2 triệu/hộ, đăng ký tại link …'. Mẹ tui bấm vô nhập số tài khoản, mất sạch".
    ["tại link", 3], ["vô link", 3], ["nhập số tài khoản", 3],
    ["bấm link", 3], ["bấm vào link", 3], ["nhấn vào link", 3], ["phí kích hoạt", 3], ["xưng shipper", 3], ["giả shipper", 3],
    // A link sent round a chat group that takes over the account: "gửi link 'nhận trợ cấp …', bấm vào là bị chiếm Zalo".
    ["gửi link", 3], ["chiếm zalo", 4],
    // Loans promised in a chat group for a fee paid first: "hứa cho vay không lãi, phải nộp trước phí hồ sơ 500 nghìn".
    ["hứa cho vay", 3], ["cho vay không lãi", 3], ["nộp trước phí", 3], ["chiếm facebook", 4], ["chiếm tài khoản", 4],
    // Violence and fights told as what happens: "cầm dao chém người", "bị bạn đánh ở trường", "đánh vợ" (bullying alone, names called
    // online, is no public-order matter: "bắt nạt" only adds to blows told).
    ["chém người", 3], ["đâm người", 3], ["đâm chém", 3], ["bị đâm", 3], ["bị chém", 3], ["cầm dao", 3], ["dao rựa", 2], ["mã tấu", 3], ["rượt chém", 3],
    ["rượt đánh", 3], ["đánh người", 3], ["bị đánh", 3], ["bị bạn đánh", 3], ["bắt nạt", 1], ["ăn hiếp", 3], ["bị ăn hiếp", 3], ["ăn hiếp dân", 3], ["đánh vợ", 3], ["đánh con", 2], ["bạo hành", 4], ["bị bạo hành", 4], ["bạo hành gia đình", 4],
    // …a hut on an upland field smashed: "lên rẫy đập cái chòi của gia đình".
    ["đập cái chòi", 3],
    // Coffee shops lit low where girls are brought in at night; a beating that drew blood: "quán cà phê võng … đèn mờ, có mấy cô ở đâu tới".
    ["đèn mờ", 3], ["đánh chảy máu", 3],
    // …someone beaten, named after the blow: "một người bên ban quản lý chợ đánh anh Sáu chạy xe ôm chảy máu đầu".
    ["đánh anh", 3], ["đánh chị", 3], ["đánh ông", 3],
    // …a blow to the face: "anh công an tưởng nó láo, đánh vô mặt".
    ["đánh vô mặt", 3], ["đánh vào mặt", 3],
    ["đập phá", 3], ["đập bể", 2], ["đạp cửa", 2], ["phê ma túy", 4], ["đánh bài", 4], ["bầu cua", 4], ["lắc bầu cua", 4], ["sòng bài", 4], ["bài bạc", 4], ["ăn tiền", 1], ["đánh bài ăn tiền", 5], ["đòi nợ thuê", 4], ["đánh lộn", 3], ["ẩu đả", 3], ["xô xát", 2], ["trộm xe", 4], ["mất trộm", 4], ["dọa giết", 3], ["dọa chém", 3], ["hăm giết", 3], ["đòi giết", 3], ["dọa đánh", 2], ["giằng co", 2], ["đòi tiền chuộc", 5], ["chặn đường đánh", 4], ["lạng lách", 3], ["đánh võng", 3],
    // Struck with a bottle or a stick in a brawl: "cầm cây phang vào vai".
    ["phang vô", 3], ["phang vào", 3], ["phang trúng", 3],
    // Betting stalls at a festival, which read so typed without marks too: "lô tô ăn tiền, rồi sạp bầu cua dựng ngay cổng chùa".
    ["sạp bầu cua", 4], ["lô tô ăn tiền", 4],
    // Scams as they reach people ("trúng thưởng", "giả công an", "app đầu tư"), gangs and brawling youths ("gây sự", "chém nhau"), thieves.
    ["lừa", 3], ["lừa đảo qua mạng", 5], ["trúng thưởng", 3], ["chuyển phí", 3], ["mạo danh", 4], ["giả công an", 4], ["xưng là công an", 4], ["nói là công an", 4], ["tiền trong thẻ mất", 4], ["mất hết tiền trong", 4], ["chuyển khoản trước", 3], ["gọi lại không ai bắt máy", 3], ["cảnh giác", 2], ["ứng dụng lạ", 3], ["giả làm", 3], ["link lạ", 3], ["tin nhắn lạ", 2], ["sàn ảo", 4], ["tiền ảo", 3], ["app đầu tư", 3],
    ["đầu tư qua app", 4], ["không rút được", 3], ["làm nhiệm vụ", 3], ["chốt đơn", 2], ["nạp thêm", 3], ["hoa hồng", 2],
    // An "investment" group that paid a little, took the savings and vanished: "nhóm Zalo 'đầu tư sinh lời', … nạp hết tiền tiết kiệm thì nhóm giải tán".
    ["đầu tư sinh lời", 4], ["nhóm giải tán", 3], ["nạp hết tiền", 3], ["nạp tiền", 2],
    // Money pooled in a chat group at a promised monthly rate, then the group locked: "mời góp vốn đầu tư … lãi 30%/tháng, … admin khóa nhóm".
    ["góp vốn đầu tư", 3], ["khóa nhóm", 3],
    // A girl lured by a summer job and held for ransom: "hứa lương cao, … bị giữ ở gần biên giới, đòi 80 triệu mới thả".
    ["hứa lương", 3], ["bị giữ ở", 3], ["đòi # triệu mới thả", 5],
    // A parcel no one ordered, paid cash on delivery: "giao gói hàng thu hộ cho ba tôi, ba không đặt gì cả".
    ["hàng thu hộ", 4], ["gói hàng thu hộ", 4], ["không đặt gì", 3], ["không đặt hàng", 3], ["không hề đặt", 3],
    // Daily-repaid street loans ("vay bát họ", "góp mỗi ngày") and cockfights bet on ("sới gà", "gà đá ăn tiền").
    ["vay bát họ", 5], ["bát họ", 4], ["góp mỗi ngày", 3], ["sới gà", 4], ["gà đá ăn tiền", 4], ["đá gà ăn tiền", 4],
    // A caller posing as the police: "xưng công an", "liên quan đường dây rửa tiền", "chuyển vô tài khoản tạm giữ".
    ["xưng công an", 4], ["rửa tiền", 3], ["tài khoản tạm giữ", 4], ["vô tài khoản", 2], ["vào tài khoản", 2], ["truy tài khoản", 3], ["thuốc giả", 2], ["gây sự", 3], ["gây gổ", 3], ["chém nhau", 4], ["đâm nhau", 4], ["choai choai", 2], ["giang hồ", 3], ["móc túi", 4], ["giật túi", 4], ["cướp", 3], ["ăn trộm", 4], ["kẻ trộm", 4], ["nẹt pô", 3],
    // Lured abroad and held for ransom: "rủ qua Campuchia làm việc nhẹ lương 20 triệu … đòi 150 triệu chuộc về".
    ["qua campuchia", 4], ["chuộc về", 4], ["buôn người", 4], ["việc nhẹ lương", 3],
    // A child lured by a stranger online: "nhắn tin với một người lạ trên Facebook hứa cho đi làm phục vụ quán ở Sài Gòn".
    ["hứa cho đi làm", 3], ["người lạ trên facebook", 3], ["người lạ trên mạng", 3],
    // …or across the northern border: "dụ mấy em gái … đi làm bên TQ, nói lương 15tr/tháng".
    ["đi làm bên tq", 4], ["đi làm bên trung quốc", 4], ["qua trung quốc", 3], ["sang trung quốc", 3],
  ],
  hanh_chinh: [
    // Fingerprints for an ID card taken only at the station: "phải chở cháu lên trụ sở mới chụp hình lăn tay làm căn cước".
    ["lăn tay", 3],
    // Kept waiting at the desk by an official on the phone: "cô cán bộ lướt điện thoại bắt ngồi chờ 2 tiếng rồi biểu mai lên".
    ["lướt điện thoại", 3], ["bắt ngồi chờ", 3],
    // A card or a paper printed wrong and sent from office to office: "thẻ BHYT của cháu in sai năm sinh …, lên xã … xã báo lên BHXH huyện".
    ["in sai", 3], ["sai năm sinh", 3],
    // An election's papers, a service of the commune: "danh sách cử tri niêm yết ở thôn thiếu tên cả nhà", "chưa ai nhận thẻ cử tri".
    ["danh sách cử tri", 3], ["thẻ cử tri", 3],
    // The paper itself held back: "đi mấy bận vẫn chưa được cái giấy xác nhận hộ nghèo".
    ["giấy xác nhận hộ", 3], ["chưa được cái giấy", 3],
    // A file moved between two offices and lost there: "chuyển nơi hưởng" of a pension or an allowance, "hồ sơ đang kẹt" between them.
    ["chuyển nơi hưởng", 4], ["hồ sơ đang kẹt", 3], ["chưa nhận được hồ sơ", 3],
    // A fishing licence ("giấy phép khai thác thủy sản") is a procedure, not a mining licence.
    ["giấy phép khai thác thủy sản", 5], ["khai thác thủy sản", 2],
    // Queue numbers at an office, a certificate held up: "phải bốc số từ tờ mờ sáng", "hẹn hoài vì sai mẫu".
    // A queue machine one cannot use, an address to correct on one's papers after a merger: "máy lấy số bằng màn hình cảm ứng", "thủ tục đính chính".
    ["máy lấy số", 3], ["không lấy được số", 3], ["đính chính", 3], ["thủ tục đính chính", 4], ["đơn vị hành chính mới", 2],
    ["bốc số", 3], ["phát số", 3], ["lấy số thứ tự", 3], ["sai mẫu", 3], ["chờ chủ tịch ký", 3], ["chờ ký", 2],
    // Registering a change to one's land ("nộp đơn đăng ký biến động cho thửa đất", "biến động đất đai"): a procedure, and no earthquake ("động đất") inside it.
    ["đăng ký biến động", 4], ["biến động đất đai", 2],
    // Sent back for one more paper each time: "lần nào cũng bị báo thiếu 1 giấy, lần sau lại đòi thêm giấy khác" (registering a household business).
    ["thiếu # giấy", 3], ["đòi thêm giấy", 3],
    // Asked at the commune and told differently each time: "lên xã hỏi ba lần, mỗi lần một người nói một kiểu" (a cadre who
    // "nói một kiểu làm một kiểu" is no counter's muddle).
    ["người nói một kiểu", 3], ["người nói một phách", 3],
    // A permit asked for and the applicant sent back and forth: "xin giấy phép đào đường …, hẹn 5 ngày làm việc giờ gần 3 tuần",
    // "hỏi phường nói lên phòng kinh tế, lên đó nói về phường, đi tới đi lui".
    // Sent away as not one's business: "lên phường xin giấy chứng nhận thì phường nói không phải việc của phường".
    ["không phải việc của phường", 3], ["không phải việc của xã", 3], ["làm giấy chứng nhận", 3],
    ["xin giấy phép", 3], ["ngày làm việc", 2], ["đi tới đi lui", 3], ["đi lên đi xuống", 3],
    // The ID card as a voice keyboard hears it: "làm lại cái căng cước".
    ["căng cước", 3],
    ["thủ tục", 3], ["thủ tục hành chính", 4], ["hồ sơ", 2], ["nộp hồ sơ", 3], ["bộ phận một cửa", 4], ["một cửa", 4],
    // The public-service centre and its numbers, a paper left unsigned, extra papers demanded: "Trung tâm hành chính công huyện …
    // không phát số", "giấy xác nhận … xã chưa ký", "công an xã bắt nộp thêm giấy xác nhận của thôn".
    ["trung tâm hành chính công", 5], ["hành chính công", 4], ["chưa ký", 2], ["bắt nộp thêm giấy", 3], ["nộp thêm giấy", 3],
    ["dịch vụ công", 4], ["trực tuyến", 1], ["nộp online", 3], ["nộp trực tuyến", 3], ["đăng ký tàu", 3], ["hồ sơ cấp phép", 2], ["đủ điều kiện an toàn thực phẩm", 4], ["chứng nhận an toàn thực phẩm", 4], ["giấy an toàn thực phẩm", 4], ["đăng ký hộ kinh doanh", 4], ["quá hạn", 3], ["trễ hẹn", 3], ["hẹn", 1], ["hẹn lại", 2], ["hẹn hoài", 2], ["hẹn # lần", 3], ["hẹn mấy lần", 3],
    // Sent from one office to the other: "hỏi trường thì bảo lên xã, lên xã bảo về hỏi trường".
    ["bảo lên xã", 2], ["bảo về hỏi", 3], ["trả về", 2],
    ["trình ký", 2], ["chưa có kết quả", 2], ["giấy tờ", 2], ["giấy khai sinh", 4], ["khai sinh", 3], ["khai tử", 3],
    ["đăng ký kết hôn", 4], ["tình trạng hôn nhân", 4], ["chứng thực", 3], ["công chứng", 3], ["sao y", 3],
    // Copies asked for where the original shown should do: "bắt nộp bản photo có công chứng, … mang bản chính để đối chiếu là được".
    ["bản photo", 3], ["bản chính", 2], ["đối chiếu", 2],
    // Papers for an inheritance: "làm giấy chứng tử của ba tui để làm thủ tục thừa kế", "lên 2 lần đều nói thiếu giấy".
    ["giấy chứng tử", 4], ["chứng tử", 3], ["thủ tục thừa kế", 4], ["thiếu giấy", 2],
    // Teachers' pay rises waiting months at the district: "hồ sơ nâng lương … nộp lên huyện nửa năm, … đang chờ thẩm định".
    ["hồ sơ nâng lương", 3], ["nâng lương", 2], ["chờ thẩm định", 2],
    // A file passed between offices: "hỏi bên nào cũng nói bên kia đang giữ" ("chưa có quyết định" is the land's cue).
    ["bên nào cũng nói bên kia", 4], ["đùn qua đùn lại", 4],
    // …or said to be sent on, the next office not having it ("huyện nói đã gửi lên tỉnh, tỉnh chưa thấy"); a movement permit for livestock.
    ["nói đã gửi lên", 3], ["giấy kiểm dịch", 4],
    // …or sent back and forth ("lên phường thì bảo lên BHXH, lên BHXH lại báo về phường"); closing an insurance book to claim from it.
    ["lại báo về", 2], ["lại bảo về", 2], ["đẩy qua đẩy lại", 4], ["đá qua đá lại", 4], ["chốt sổ", 3],
    // A paper the commune must sign, passed from desk to desk: "cần giấy xác nhận hoàn cảnh của xã …, người ni đẩy qua người kia".
    ["xác nhận hoàn cảnh", 4], ["đẩy qua người kia", 4], ["không thuộc phần việc", 3],
    // A permit asked for and unanswered: "nộp tờ trình xin phép ở xã … từ tháng trước mà chưa ai trả lời".
    ["tờ trình xin phép", 4], ["nộp tờ trình", 3],
    // Fees taken only by transfer: "bắt nộp lệ phí bằng chuyển khoản hoặc quét mã, không nhận tiền mặt".
    ["không nhận tiền mặt", 4], ["nộp tiền mặt", 3], ["nộp lệ phí", 3],
    ["thường trú", 3], ["tạm trú", 3], ["hộ chiếu", 3], ["hộ khẩu", 3], ["căn cước", 3], ["căn cứ công dân", 3], ["cccd", 3], ["định danh", 2], ["vneid", 3],
    ["giấy phép lái xe", 3], ["bằng lái", 3], ["giấy phép xây dựng", 3], ["cấp đổi", 2], ["cấp lại", 2],
    ["chữ ký số", 2], ["lệ phí", 2], ["nghe máy", 2], ["thái độ", 2], ["cộc lốc", 2], ["quát", 1], ["hách dịch", 2], ["hách", 2], ["chỉ mặt", 2], ["ăn nói", 1],
    ["đi làm trễ", 2], ["về sớm", 2], ["không ai trực", 2], ["hệ thống lỗi", 2], ["báo lỗi", 2], ["lỗi hệ thống", 2],
    ["chậm trễ", 2], ["đăng ký", 1], ["chưa xong", 2], ["làm sổ đỏ", 3], ["cấp sổ đỏ", 3], ["# tháng chưa", 2],
    ["# ngày chưa", 2], ["# tuần chưa", 2], ["bảo chờ", 2], ["chờ mãi", 2], ["nộp ở đâu", 3], ["làm ở đâu", 2],
    ["làm online", 2], ["đi lại nhiều lần", 2], ["bổ sung hồ sơ", 3], ["thời hạn giải quyết", 3],
    // Papers asked for again ("bổ sung rồi thì lần sau lại đòi …"): "sung" here is no "súng" (a gun) typed without its mark.
    ["bổ sung", 1],
    ["giải quyết hồ sơ", 2], ["bao nhiêu ngày", 2], ["giấy hẹn", 3], ["phiếu hẹn", 3], ["trích lục", 3], ["hộ tịch", 3],
    ["giấy xác nhận", 2], ["ký xác nhận", 2], ["đóng dấu", 2],
    // At the counter: "xin xác nhận cư trú", "xếp hàng từ sáng", "chỉ có một người làm".
    ["xác nhận", 2], ["cư trú", 3], ["xếp hàng", 2], ["một người làm", 2], ["chờ cả buổi", 2], ["chờ từ sáng", 2],
    // An office's hotline nobody answers: "gọi đường dây nóng của huyện cả tuần nay k ai bắt máy" (a utility not answering is its service's).
    ["ai bắt máy", 1], ["ai nghe máy", 1], ["gọi đường dây nóng", 2], ["đường dây nóng của huyện", 2], ["đường dây nóng của xã", 2], ["đường dây nóng của tỉnh", 2],
    // A clinic's papers for the insurance: "giấy chuyển tuyến ghi nhầm mã thẻ nên không được hưởng đúng tuyến".
    ["giấy chuyển tuyến", 3], ["sai mã thẻ", 3], ["đúng tuyến", 2],
    // Where a permit to repair a house is made: "xin giấy phép sửa nhà nộp chỗ mô".
    ["giấy phép sửa nhà", 3], ["phép sửa nhà", 3],
    // A permit asked of the ward or commune: "bán quán nhỏ thì xin phép phường chỗ mô".
    ["xin phép phường", 3], ["xin phép xã", 3],
    // An application left unanswered, whatever it asks to borrow: "nộp đơn xin mượn nhà văn hóa thôn …. Hai tháng rồi xã chưa trả lời có hay không".
    ["đơn xin mượn", 3], ["trả lời có hay không", 2],
  ],
  can_bo: [
    // Money taken for what a programme gives free, with no receipt: "phát không cây dâu giống …, cán bộ thôn thu mỗi nhà hai ngàn một cây, … không biên nhận".
    ["không biên nhận", 3],
    // A school kitchen's manager beating pupils, a hamlet head's minutes of meetings never held:
    // "đánh học sinh bằng cái vun xới cơm", "biên bản gửi lên xã vẫn ghi đủ 40 hộ dự họp".
    ["đánh học sinh", 3], ["vẫn ghi đủ", 3],
    // Money taken beyond the receipt, and a head of hamlet coming after who denounced him: "đòi mỗi con heo 20 ngàn ngoài phiếu",
    // "kéo tới nhà chú Sáu, chỉ vì chú gửi đơn tố ổng lên xã"; jobs handed to a leader's kin: "4 người đầu là con cháu ông phó chủ tịch".
    ["ngoài phiếu", 3], ["gửi đơn tố", 3], ["là con cháu ông", 3],
    // A fee taken by a port official into his own account: "thu 100 ngàn tiền phí, không đưa biên lai, … chuyển khoản vô tài khoản riêng".
    ["tài khoản riêng", 4], ["ban quản lý cảng", 2],
    // An allowance paid short by the one handing it out: "mỗi người … ghi 100 ngàn bồi dưỡng mà anh phụ trách … chỉ đưa 50".
    ["chỉ đưa #", 3],
    // An officer striking a woman before the village: "anh cán bộ thú y xã xô chị té rồi tát chị trước mặt bà con".
    ["tát chị", 3], ["trước mặt bà con", 2],
    // Someone held by the police or the commune and mistreated: "tới chiều vẫn không cho người nhà vô gặp", "sai dân quân kéo ông
    // vô phòng họp rồi khóa cửa lại".
    ["bức cung", 4], ["ép cung", 4], ["nhục hình", 4], ["không cho gia đình vô gặp", 3], ["không cho gia đình vào gặp", 3], ["không cho người nhà vô gặp", 3],
    ["không cho người nhà vào gặp", 3], ["nhốt trong phòng", 3], ["kéo vô phòng", 2], ["kéo vào phòng", 2], ["khóa cửa lại", 2], ["nổi nóng", 1],
    // …or taken to the commune's office overnight and sent home beaten: "bị mấy anh dân quân dẫn lên trụ sở xã …, sáng ra về thì mặt mũi bầm dập".
    ["dẫn lên trụ sở", 3], ["dẫn về trụ sở", 3], ["dân quân dẫn", 3],
    // Ballots swapped by the election team: "dân phát hiện tổ bầu cử tráo phiếu", "gian lận bầu cử".
    ["tráo phiếu", 4], ["gian lận bầu cử", 4], ["tổ bầu cử", 3], ["thùng phiếu", 2],
    // A patrol stopping overloaded trucks that drive on after the driver hands something over: "tài xế xuống đưa cái gì đó rồi xe lại chạy".
    ["xuống đưa", 3], ["đưa cái gì đó", 3], ["tổ tuần tra", 2], ["tác phong", 2],
    // An official striking a citizen: "cán bộ địa chính xã cãi qua lại rồi tát một ông già".
    // A warden who poaches what he guards and threatens who speaks: "người đi bảo vệ mà tự mình phá, bà con nói thì bị ổng hăm".
    ["tự mình phá", 3], ["bị ổng hăm", 3], ["ổng hăm", 2],
    // An admin of the village's chat group silencing questions: "ai hỏi tiền đóng góp … là ổng xóa bình luận, còn kick ra khỏi nhóm".
    ["xóa bình luận", 3], ["kick ra khỏi nhóm", 3], ["đuổi ra khỏi nhóm", 3],
    // Money asked to sign fast, a fee taken with no ticket and who asks moved away: "phải bồi dưỡng hai trăm mới ký nhanh", "thu tiền mà không xé vé, ai hỏi biên lai là … bị dời chỗ".
    ["phải bồi dưỡng", 4], ["mới ký nhanh", 4], ["không xé vé", 4], ["hỏi biên lai", 3],
    // A voters' meeting stage-managed: "phường chỉ mời người quen, ai định hỏi chuyện khó thì bị cán bộ khu phố dặn đừng phát biểu".
    ["chỉ mời người quen", 3], ["đừng phát biểu", 4], ["cách làm của cán bộ", 3],
    ["tát một ông", 3], ["tát một bà", 3], ["tát ông", 3], ["tát bà", 3], ["tát dân", 4],
    // …or the one telling it, or their kin: "cán bộ địa chính xã vừa tát em tôi ngoài ruộng", "anh cán bộ … đá xe em ngã, còn đấm em chảy máu".
    ["tát em", 3], ["tát anh", 3], ["tát tui", 3], ["tát tôi", 3], ["tát con", 3], ["tát cháu", 3], ["đấm em", 3], ["đấm tui", 3], ["đấm tôi", 3], ["đá xe em", 3],
    // A hamlet head beating a village elder at a meeting: "ông trưởng thôn cãi nhau rồi lấy gậy đánh già làng bị thương".
    ["đánh già làng", 4],
    // Aid handed over for the camera, then taken back: "trao bò cho 5 hộ nghèo, chụp hình xong chở bò đi mất".
    ["chụp hình xong chở", 4], ["chụp ảnh xong chở", 4], ["trao xong lấy lại", 4],
    // A post given to a leader's child over better-qualified applicants: "xã nhận con gái ông chủ tịch làm văn thư, tuyển dụng không ai hay".
    ["con gái ông chủ tịch", 4], ["con trai ông chủ tịch", 4], ["tuyển dụng không", 3],
    // Relief goods taken home, pupils' meal money held back: "chở hàng cứu trợ về nhà riêng", "tiền ăn còn dư ông hiệu trưởng giữ lại để làm quỹ".
    ["về nhà riêng", 3], ["để làm quỹ", 3], ["nửa định mức", 3],
    // Office used to threaten, insurance drugs sold at home: "lấy chức vụ ra ép", "biểu bệnh nhân qua nhà chị mua, thuốc bảo hiểm không bán".
    ["lấy chức vụ", 4], ["thuốc bhyt không bán", 4], ["thuốc bảo hiểm không bán", 4], ["qua nhà chị mua", 3], ["qua nhà ổng mua", 3], ["qua nhà bả mua", 3],
    // …or at his wife's shop: "khám xong bảo bệnh nhân ra tiệm nhà ổng lấy thuốc".
    ["tiệm của vợ ổng", 3], ["tiệm nhà ổng", 3],
    // At the bar in office hours, insurance money collected and no card bought: "giờ hành chính ngồi quán với nhà thầu", "thu tiền mua thẻ bảo hiểm … mới biết thẻ không có".
    ["giờ hành chính ngồi quán", 4], ["giờ hành chính đi nhậu", 4], ["giờ hành chính ngồi nhậu", 4], ["mới biết thẻ không có", 3], ["thu tiền mua thẻ", 2],
    // Patients sent to a doctor's wife's pharmacy: "qua nhà thuốc của vợ ổng mà mua".
    ["của vợ ổng", 3],
    // A Party member's conduct put to his cell: "mong chi bộ nhắc nhở anh ta".
    ["đề nghị chi bộ", 3], ["chi bộ nhắc nhở", 3],
    // Order teams kicking a seller's goods, stalls handed to officials' kin: "đá thúng rau của bà cụ", "ki ốt về tay vợ ông phó chủ tịch".
    ["đá thúng", 3], ["giật thúng", 3], ["thông đồng", 3], ["về tay vợ", 3], ["về tay người nhà", 3],
    // Wealth an office cannot explain, relatives given posts: "mới lên chức vài năm đã nhà lầu, đất đai", "kiểm tra tài sản giùm".
    ["kiểm tra tài sản", 3], ["tài sản bất minh", 4], ["mới lên chức", 2], ["vô làm hợp đồng", 2], ["đưa con cháu", 2],
    // Aid that goes astray, officials drinking with those they should stop: "phần còn lại không rõ đi đâu", "sáng hôm sau lại thấy họ ngồi nhậu chung".
    ["không rõ đi đâu", 3], ["nhậu chung", 2], ["ngồi nhậu chung", 3],
    ["tham nhũng", 4], ["nhũng nhiễu", 4], ["hối lộ", 4], ["vòi tiền", 4], ["vòi vĩnh", 4], ["đòi tiền", 3], ["bôi trơn", 4],
    // Money held back from those it is owed to: "tiền bán gỗ rừng cộng đồng mà ông giữ hai năm nay không chia".
    ["đòi # triệu", 3], ["mỗi nhà đưa #", 3], ["mỗi hộ đưa #", 3], ["đòi tôi # triệu", 3], ["đòi tui # triệu", 3], ["đòi em # triệu", 3], ["đòi mình # triệu", 3], ["triệu mới ký", 4], ["mới chịu ký", 3], ["không đưa thì", 3], ["tiền bôi trơn", 4], ["phong bì", 3], ["lót tay", 4], ["tiêu cực", 3], ["ăn chặn", 4], ["không chia", 2],
    ["cắt xén", 3], ["giữ lại", 2], ["bớt xén", 3], ["trục lợi", 4], ["lợi dụng chức vụ", 4], ["lạm quyền", 4],
    ["sai phạm", 3], ["vi phạm", 1], ["đạo đức", 3], ["lối sống", 3], ["suy thoái", 3], ["xúc phạm", 3], ["lăng mạ", 3],
    // Sending the people one serves to one's own family's shop: "kê đơn xong biểu ra tiệm thuốc của vợ ổng mua".
    ["tiệm của vợ", 3], ["tiệm thuốc của vợ", 4], ["quầy thuốc của vợ", 4],
    // An official with a stake in what he should inspect: "phó chủ tịch phường có góp vốn vào quán bar, … đoàn kiểm tra xuống là quán được báo trước".
    // Boasting of one's protectors: "nhắc thì nói 'tau là người của phường'".
    ["người của phường", 3], ["người của xã", 3], ["người của huyện", 3],
    ["góp vốn vào quán", 3], ["góp vốn vô quán", 3], ["có cổ phần", 2], ["được báo trước", 3],
    // …or in an illegal mine, warned before each inspection: "ông phó có phần hùn, … đoàn chưa tới đã dẹp máy trước".
    ["phần hùn", 3], ["dẹp máy trước", 3],
    // …the whole class made to, those who do not singled out, parents pressed (see the lessons at a teacher's home below): "sợ bị trù".
    ["bắt cả lớp học thêm", 3], ["bị trù", 3], ["ép phụ huynh", 3],
    // Members' repayments handed to a branch head and not paid in: "ngân hàng báo cả tổ nợ lãi quá hạn".
    ["nợ lãi quá hạn", 3],
    // Fining the people and sparing oneself: "phạt người dân, bỏ qua cán bộ".
    ["bỏ qua cán bộ", 3], ["bỏ qua cho cán bộ", 3],
    // Street vendors handled by the order teams: "giật gánh hàng của chị bán bánh mì, … đạp chị ngã".
    ["giật gánh hàng", 3], ["giật gánh", 3], ["giật hàng", 2], ["đạp ngã", 2], ["đạp người", 2],
    // …made to kneel in the road by the one who stopped him: "đang đánh một thanh niên …, bắt quỳ giữa đường".
    ["bắt quỳ giữa đường", 3],
    ["đánh dân", 3], ["say xỉn", 3], ["nhậu nhẹt", 3], ["nhậu", 2], ["nhậu say", 3], ["uống say", 3], ["lè nhè", 2], ["uống rượu", 2], ["xe công", 3], ["ngoại tình", 3], ["bồ nhí", 3],
    // Gifts for the poor shared out to the cadres' own relatives: "đem chia cho bà con ruột của mấy ổng mấy bả".
    ["quỹ tiếp khách", 3], ["tiền quỹ hội", 3], ["quỹ hội cho", 3], ["bắt mỗi người góp", 3], ["bà con ruột của", 3], ["bà con ruột với", 3], ["người quen của ổng", 3], ["người quen của ông", 3], ["cho bà con ruột", 3],
    // Money taken from a family to "arrange" something: "nhận của nhà e 7tr để lo hồ sơ xin học bổng".
    ["nhận của nhà", 3], ["nhận của dân", 3],
    // Money asked as a drink for the team: "muốn xong sớm thì 'gửi anh em ly cà phê'".
    ["anh em ly cà phê", 3], ["gửi ly cà phê", 3], ["anh em chút cà phê", 3],
    // A public vehicle taken for one's family: "lấy xe của trạm chở họ hàng đi ăn giỗ".
    ["chở họ hàng", 3],
    // Staff made to buy from a head's family, a man mocked for his disability at a meeting: "ép giáo viên mua bảo hiểm …",
    // "thằng què biết chi mà hỏi, không thích thì đi kiện".
    ["ép giáo viên", 3], ["ép nhân viên", 3], ["ép mua", 3], ["thằng què", 3], ["không thích thì đi kiện", 3], ["nói với dân như rứa", 3], ["cán bộ mà ăn nói", 3], ["cán bộ mà nói", 2], ["nói với dân như vậy", 3],
    // …or made to pay towards "looking after" an inspection, low ratings for those who will not, traders made to take a head's
    // family's goods: "ai không góp thì cuối năm bị hạ thi đua", "ép tiểu thương lấy hàng … của nhà vợ ông".
    ["xếp loại thi đua thấp", 3], ["hạ thi đua", 3], ["bị xếp loại thấp", 3], ["quỹ đối ngoại", 3], ["ai không góp", 3], ["lo đoàn kiểm tra", 3], ["ép tiểu thương", 3], ["hàng của nhà vợ", 3], ["ai không lấy thì", 2],
    // Rank flaunted, a wedding of hundreds of tables on the road with the commune's car: "tau là cán bộ, mi làm chi được tau", "phô trương".
    ["tau là cán bộ", 4], ["phô trương", 3], ["mấy trăm mâm", 3], ["xe của xã", 3],
    // Skimming named with the money outweighs what the money was for: "nghi ông ni ăn chặn tiền hỗ trợ lũ lụt".
    ["ăn chặn tiền", 5],
    // A cadre's conduct with members' money: "góp tiền tiết kiệm qua chị cán bộ hội …, gặp thì né mặt … xem xét tư cách".
    ["xem xét tư cách", 3], ["tư cách của", 2], ["né mặt", 2],
    // …or invoked by the people who watch it: "dân thấy không xứng với tư cách cán bộ".
    ["tư cách cán bộ", 3], ["tư cách đảng viên", 3],
    // …and a head's wedding for the contractors working in the commune: "cưới con 60 mâm, gửi thiệp cho cả nhà thầu đang làm đường".
    ["# mâm", 2], ["gửi thiệp", 2], ["cưới hỏi của đảng viên", 3],
    // Common property sold on one's own say, the money kept from the people: "tự ý bán cây trên đất công của thôn, không báo cáo với dân".
    ["tự ý bán", 3], ["tự ý cho chặt", 3], ["không báo cáo với dân", 3],
    // Stalls sold by the market's managers: "phó ban quản lý chợ đòi tiền chạy chỗ ngồi".
    ["chạy vị trí", 3], ["tiền chạy", 3],
    // A cadre shaming or threatening people who complain: "đăng bài chửi người dân … bêu tên", "còn gửi đơn lên huyện nữa thì … đừng hòng".
    ["bêu tên", 3], ["chửi người dân", 3], ["chửi dân", 3], ["đe dọa dân", 3], ["đừng hòng", 2],
    // Urban-order teams handling street sellers: "đội trật tự đô thị xuống dẹp chợ tạm, giật thúng rau của một bà cụ", "tổ trật tự xuống dẹp hàng, đá đổ thúng".
    ["đội trật tự", 3], ["dẹp chợ", 2], ["dẹp hàng rong", 2], ["tổ trật tự", 3], ["dẹp hàng", 2], ["đá đổ", 2],
    // Relief sold on, visits made for the camera: "nhận hàng cứu trợ … đem ra tiệm tạp hóa nhà mình bán lại", "phát quà thì chụp hình là chính".
    // Not "bớt hình thức" alone: a suggestion to spend less on festivals says it too.
    ["bán lại", 2], ["chụp hình là chính", 3], ["chụp ảnh là chính", 3],
    // A mediator siding with his own kin: "đi hòa giải … mà cứ bênh bên kia vì là bà con họ của ổng".
    ["bênh bên kia", 3], ["bênh vực bên kia", 3], ["bà con họ của ổng", 3], ["họ hàng của ổng", 3],
    // Aid diverted to an official's kin: "bồn lại về nhà mấy người bà con ông trưởng thôn".
    ["bà con ông trưởng thôn", 3], ["bà con ông chủ tịch", 3], ["bà con ông bí thư", 3], ["người nhà ông trưởng thôn", 3],
    // Lists signed for people who never came, to draw the money: "danh sách điểm danh đủ ba mươi người, … cán bộ xã ký khống để rút tiền hỗ trợ".
    ["ký khống", 4], ["khai khống", 4], ["điểm danh khống", 4],
    // Officers taking goods unpaid and threatening checks: "mặc sắc phục quản lý thị trường … lấy đồ nướng không trả tiền, ai nói thì dọa kiểm tra giấy phép".
    ["dọa kiểm tra", 3], ["không trả tiền", 2],
    // Money asked to go easy or jump a queue: "lo 10 triệu thì biên bản nhẹ thôi", "bán số thứ tự cho ai đưa 100 nghìn thì được lên đầu",
    // "đưa 300 ngàn thì cho đi khỏi lập biên bản".
    ["biên bản nhẹ", 4], ["lo # triệu", 3], ["bán số thứ tự", 4], ["đưa # nghìn thì", 3], ["đưa # ngàn thì", 3], ["khỏi lập biên bản", 4],
    ["bỏ vợ", 2], ["bao che", 3], ["làm ngơ", 2], ["tiếp tay", 3], ["người nhà", 2], ["thiên vị", 3],
    ["ưu ái", 2], ["khuất tất", 3], ["không minh bạch", 2], ["đứng tên", 2], ["lấy tên", 2], ["kiếm chênh lệch", 2],
    ["ăn chênh lệch", 3],
    // A public car for private trips: "lấy xe biển xanh chở vợ con về quê".
    ["xe biển xanh", 4], ["biển xanh", 3], ["tiền thuế của dân", 2], ["tổ chức đảng", 3], ["ủy ban kiểm tra", 3], ["kỷ luật", 2], ["cửa quyền", 3],
    ["gây khó dễ", 3], ["hạch sách", 3], ["biết điều", 3], ["chia cho bà con nhà", 4], ["cho người nhà", 3], ["người nhà ổng", 3], ["đòi mỗi hộ", 4], ["say rượu", 3], ["không công khai", 2], ["sổ sách không công khai", 4], ["bằng giả", 3], ["chạy chức", 4], ["bảo kê", 3], ["nhận tiền", 3],
    ["hợp thức hóa", 3], ["bỏ túi", 3], ["chiếm dụng", 3], ["biển thủ", 4], ["tham ô", 4], ["quan liêu", 3],
    ["vô cảm", 2], ["không tiếp dân", 2], ["kết luận thanh tra", 2], ["chạy chọt", 3], ["ô dù", 3], ["lộng quyền", 4],
    ["ức hiếp", 3], ["trù dập", 4], ["chiếm đất công", 3], ["lấy đất công", 3], ["không ai dám nói", 2], ["không ai dám phản ánh", 3], ["không ai dám lên tiếng", 3], ["không dám nói", 2], ["lạm thu", 4],
    ["thu thêm", 2], ["ngoài quy định", 2], ["thu sai", 3],
    // Signed for more than was paid out: "chỉ nhận được 2 triệu, ký thì ký giấy 5 triệu".
    ["ký giấy # triệu", 3], ["ký nhận # triệu", 3], ["ký # triệu", 2], ["nhận có # triệu", 2],
    // A bribe hinted ("muốn nhanh thì bồi dưỡng"), money collected and not accounted for ("công khai khoản tiền dân góp"), a Party
    // member's favours called out ("đảng viên mà làm rứa").
    ["muốn nhanh thì", 3], ["muốn lẹ thì", 3], ["công khai khoản", 3], ["công khai các khoản", 3], ["đảng viên mà làm", 3], ["cán bộ mà làm", 3],
    // …or whose conduct makes one ask how people could trust them ("… thì dân tin sao được", "xã biết mà im"; not "cán bộ như rứa", which praises as often).
    ["dân tin sao được", 3], ["thì dân tin sao", 3], ["biết mà im", 2],
    // Support handed to the official's own kin, the really poor left off: "… có con dâu của ông cán bộ thôn, hộ nghèo thật thì không";
    // custom steered to a relative's shop: "bắt mua ở một cửa hàng, sau mới biết là của em chồng cô".
    ["của ông cán bộ", 3], ["của bà cán bộ", 3], ["hộ nghèo thật", 3], ["của em chồng", 3], ["của em vợ", 3], ["của chồng cô", 3], ["của vợ ông", 3],
    // …or for the full amount, and handed a part: "bắt ký nhận đủ mà phát có phân nửa", "hỏi tới thì không chịu thì năm sau cắt".
    ["bắt ký nhận", 3], ["ký nhận đủ", 3], ["phát có một nửa", 3], ["phát có phân nửa", 3], ["chỉ phát một nửa", 3], ["không chịu thì năm sau", 3],
    // Idling in office hours: "giờ hành chính mà ngày nào cũng ngồi quán", "cán bộ mà làm gương rứa" (not meetings held in office hours).
    ["giờ hành chính mà", 2], ["trong giờ làm", 2], ["làm gương", 2],
    // Selling online at one's desk (told by the desk: a trader livestreams too): "livestream bán mỹ phẩm …, ngồi ngay tại phòng làm việc".
    ["ngay tại phòng làm việc", 3], ["tại phòng làm việc", 2],
    // Levies a cadre makes up: "tự đặt ra thu mỗi hộ", "không có biên lai".
    ["tự đặt ra thu", 3], ["tự đặt ra khoản", 3], ["tự đặt ra mức", 3], ["tự đặt ra tiền", 3], ["tự ý thu", 3], ["tự thu", 2], ["ép đóng", 3], ["bắt đóng", 2], ["bắt mỗi hộ", 3], ["bắt từng hộ", 3], ["bắt dân đóng", 3], ["bắt dân nộp", 3], ["bắt nộp", 2], ["thu mỗi hộ", 2],
    ["không có biên lai", 3], ["không biên lai", 3], ["không có hóa đơn", 2],
    // …collected with no receipt given or off the books, a kickback asked before signing, cash slipped into papers at a checkpoint:
    // "thu tiền sạp hằng tháng mà k đưa biên lai", "tiền chỗ ngồi ngoài sổ", "phải chi 10% mới ký nghiệm thu" ("%" is dropped in reading), "kẹp tiền vô giấy tờ là cho đi".
    ["không đưa biên lai", 3], ["k đưa biên lai", 3], ["ko đưa biên lai", 3], ["ngoài sổ", 3], ["thì mới ký", 3], ["mới ký nghiệm thu", 3], ["chi # mới ký", 3], ["kẹp tiền", 3], ["là cho đi", 2],
    // Drinking in office hours: "giờ hành chính toàn ngồi quán nhậu, … uống bia lúc 2h chiều" (office hours alone are a timetable's).
    ["uống bia", 2],
    // Wealth beyond a salary: "mới làm 3 năm mà xây nhà 3 tầng", "làm rõ nguồn gốc tài sản".
    ["nguồn gốc tài sản", 4], ["chia tiền", 3], ["ăn chia", 4], ["giải trình", 2],
    // Jobs arranged for relatives, a share in a gambling den, money taken and kept: "cho con ruột vô làm", "có phần trong mấy sới gà", "ôm tiền".
    ["con ruột", 2], ["sắp xếp trước", 3], ["đảng viên mà vậy", 2], ["đảng viên mà rứa", 2], ["đảng viên mà như vậy", 2], ["đảng viên mà như rứa", 2], ["xây nhà # tầng", 2], ["xây nhà ba tầng", 2], ["bỏ mặc mẹ", 3], ["bỏ mặc cha", 3], ["bất hiếu", 3], ["thi tuyển", 2], ["có phần trong", 3], ["chống lưng", 4], ["đòi bồi dưỡng", 4], ["ôm tiền", 4], ["không nộp cho công ty", 3], ["thu mà không nộp", 3], ["không nộp lên", 3], ["thu của mỗi hộ", 3], ["kê khai tài sản", 3], ["giàu nhanh", 3], ["giàu lên", 2], ["lương cán bộ", 2],
    // Jobs for relatives: "nhận vô làm công chức mà không qua thi tuyển".
    ["không qua thi tuyển", 3], ["không qua thi", 3], ["chạy việc", 3], ["nhận vô làm", 2], ["con cháu", 1], ["đi nhậu", 3], ["bỏ trụ sở", 3], ["bỏ cơ quan", 3],
    // Relatives put on the payroll, relief skimmed: "đưa con cháu vào làm hợp đồng ở UBND", "trưởng thôn ăn bớt gạo cứu đói".
    ["đưa con cháu vào", 3], ["cho con cháu vào", 3], ["con cháu vào làm", 3], ["ăn bớt", 4],
    // The official's behaviour, however the land or benefit it is about: asking for money ("gạ tiền", "phải đưa tiền mới …"),
    // harassing ("quát nạt", "đe nẹt", "gạ gẫm"), using the office ("cậy quyền", "ép dân", "cấu kết với chủ dự án").
    ["gạ tiền", 4], ["sổ thu chi", 3], ["uống cà phê", 3], ["không thì cứ chờ", 3], ["gạ", 2], ["gạ gẫm", 3], ["đưa tiền", 3], ["phải đưa", 2], ["bắt đưa", 3], ["đòi đưa", 3], ["tiền ngoài", 3], ["chi ngoài", 3], ["nộp thêm tiền", 3], ["bồi dưỡng", 1], ["bồi dưỡng # triệu", 4], ["ghi âm", 2], ["tiền cà phê", 3], ["tiền trà nước", 3],
    ["quát nạt", 3], ["quát mắng", 3], ["quát tháo", 2], ["chửi mắng", 3], ["đe nẹt", 3], ["nạt nộ", 3], ["quấy rối", 3], ["sàm sỡ", 3], ["mắng dân", 3], ["hăm dọa dân", 3],
    ["cậy quyền", 4], ["dùng quyền", 3], ["lợi dụng", 2], ["ép dân", 3], ["ép buộc", 2], ["chèn ép", 3], ["cấu kết", 3], ["móc ngoặc", 4], ["bắt tay với", 2], ["làm khó", 3], ["gây khó", 3], ["chia cho người nhà", 4], ["ưu tiên người nhà", 4], ["người nhà trước", 3], ["nhà bà con trước", 3], ["nhà ổng trước", 3], ["chia nhau", 2],
    // …or the office held over people one owes: "vay của hàng xóm không trả, hỏi thì tránh mặt, gặp thì nói 'tao là cán bộ đó'".
    ["tao là cán bộ", 4], ["tránh mặt", 2],
    // Relief or support handed to one's own first: "chia cho bà con họ hàng ổng trước", "thiên vị".
    ["chia cho họ hàng", 4], ["bà con họ hàng", 3], ["chia không công bằng", 3], ["chia không đều", 3],
    // …to one's clan: "nhà bà con dòng họ ổng thì mỗi nhà mấy bao"; drunk at work and unfit for it: "chiều thì say không biết gì, vậy mà cũng làm cán bộ".
    ["dòng họ ổng", 3], ["bà con dòng họ", 3], ["bà con trong họ", 3], ["mấy nhà quen", 2], ["họ hàng ổng", 3], ["say không biết gì", 3], ["mà cũng làm cán bộ", 3],
    // Money taken against the rules by the one who serves: "cán bộ xã thu tiền sai quy định khi làm giấy tờ đất".
    // Goods seized with no record kept: "tịch thu gánh hàng … không lập biên bản rồi chở về nhà luôn".
    ["không lập biên bản", 3],
    ["thu tiền sai", 4], ["thu sai quy định", 4], ["thu tiền trái quy định", 4], ["thu trái quy định", 4], ["thu tiền của dân", 3],
    // …or a "fee" for what is free: "công an viên … thu mỗi người 100 nghìn gọi là phí hỗ trợ kích hoạt VNeID, … miễn phí mà, tiền đó đi đâu?".
    ["thu mỗi người", 3], ["miễn phí mà", 3], ["tiền đó đi đâu", 3],
    // Insured medicine sold outside, a pupil threatened with bad marks: "bán thuốc BHYT ra ngoài", "nếu không sẽ cho điểm kém".
    ["bán thuốc bhyt", 3], ["bán thuốc bảo hiểm", 3], ["cho điểm kém", 3],
    // Aid handed out short with no books kept: "trưởng thôn chỉ phát cho tụi tui 500 nghìn …, không có sổ sách chi".
    ["chỉ phát cho", 3], ["không có sổ sách", 3], ["không sổ sách", 3],
    // Aid kept back and sold: "trưởng thôn giữ lại 2 con nói để chăm giúp, rồi bán mất", "lấy bớt phân bón hỗ trợ của dân đem bán".
    ["giữ lại # con", 2], ["bán mất", 2], ["lấy bớt", 3],
    // …or pupils' meal money cut by a kitchen manager: "tiền ăn bị trừ bớt để nộp quỹ trường".
    ["trừ bớt", 3],
    // Money to pass a checkpoint, faults made up otherwise: "tài xế nào cũng phải kẹp 200-500 nghìn mới cho đi, không thì bắt lỗi linh tinh";
    // the chief's own kin put on the poverty list: "đưa bà con dòng họ nhà ổng vô".
    ["mãi lộ", 4], ["mới cho đi", 3], ["bắt lỗi linh tinh", 3], ["dòng họ nhà", 3],
    // Paying the one in charge to get aid, struck off otherwise: "bắt mỗi hộ nộp 500 nghìn mới cho nhận bò giống, hộ nào ko nộp thì gạch tên".
    ["mới cho nhận", 3], ["thì gạch tên", 3],
    // Pressed to withdraw a denunciation: "tôi là người đứng đơn tố cáo …, nhận tin nhắn 'rút đơn đi'".
    ["rút đơn", 3], ["đứng đơn tố cáo", 3], ["trả thù", 2],
    // A commune run by one family, drunk officials, idling in cafés: "gia đình trị", "uống rượu say", "ngồi quán cà phê cả buổi sáng giờ hành chính".
    ["gia đình trị", 4], ["em vợ", 2], ["vô làm hết", 3], ["uống rượu say", 3], ["rượu say", 2], ["ngồi quán cà phê", 3], ["cà phê cả buổi", 3],
    // Coffee money asked before a signature or a paper: "nói khéo 'cà phê' 200 nghìn mới ký", "phải có chút đỉnh cà phê mới làm",
    // "phải 'chi' 2 triệu để lo cho hội đồng"; drinking at noon in office hours: "ngồi nhậu ở quán …, mặt đỏ gay về ngồi làm".
    ["# nghìn mới ký", 3], ["# ngàn mới ký", 3], ["# triệu mới ký", 3], ["chút đỉnh cà phê", 3], ["phải có chút đỉnh", 3], ["cà phê mới làm", 3],
    // A bribe named by its share or sum after "bồi dưỡng": "muốn tính đủ cây … thì bồi dưỡng 5% tổng tiền" ("%" is dropped in reading).
    ["bồi dưỡng #", 3],
    ["phải chi # triệu", 3], ["phải lo # triệu", 3], ["lo cho hội đồng", 3], ["gợi ý lo", 3], ["chút bồi dưỡng", 3], ["muốn nhanh thì phải", 3], ["muốn ký nhanh", 3], ["cà phê cho anh em", 4], ["bồi dưỡng # nghìn", 4], ["bồi dưỡng # ngàn", 4], ["ngồi nhậu", 2], ["mặt đỏ gay", 2], ["# triệu cà phê", 3], ["# nghìn cà phê", 3],
    // Money taken from the people an official serves: "hỏi mượn mẹ tôi … 30 triệu, hứa làm sổ đỏ cho nhanh"; a collection for the disabled handed over short:
    // "tổ chức quyên góp … được 20 triệu nhưng bà chỉ nhận 8 triệu".
    ["hỏi mượn", 2], ["mượn # triệu", 3], ["chỉ nhận # triệu", 3], ["chỉ nhận được # triệu", 3],
    // Aid tied to buying from the official's family, struck off otherwise: "phải mua phân ở đại lý của nhà vợ ổng … ai không mua thì bị gạch tên".
    ["bị gạch tên", 3], ["nhà vợ ổng", 2],
    // A married official openly living with another woman: "có vợ con đàng hoàng mà công khai chung sống với người phụ nữ khác".
    ["chung sống với người", 3],
    // …or caught with another's spouse, a scandal: "clip ông chủ tịch Hội … vào nhà nghỉ với vợ người khác", "bê bối động trời".
    ["vợ người khác", 3], ["chồng người khác", 3], ["vào nhà nghỉ", 2], ["bê bối", 2],
    // Relief signed for in others' names and kept: "ông trưởng thôn ký nhận thay mấy hộ rồi giữ luôn".
    ["ký nhận thay", 4], ["ký thay", 3], ["ăn cả tiền", 3], ["giữ luôn", 2],
    // Money asked before a paper is passed: "đòi nộp tiền mới duyệt hồ sơ".
    ["mới duyệt", 3], ["mới chịu duyệt", 3], ["nộp # nghìn mới", 3],
    // …or before a case is looked into: "lo cho anh em", "gửi ít xăng xe".
    ["lo cho anh em", 3], ["ít xăng xe", 3],
    // …or before what the health card already pays for: "phải đưa 50 nghìn mới cấp thuốc".
    ["# nghìn mới cấp", 3], ["# ngàn mới cấp", 3], ["mới cấp thuốc", 3], ["đòi # nghìn", 3], ["đòi # ngàn", 3],
    // A teacher pressing pupils into paid lessons at home: "em nào không chịu học thêm nhà cô thì bị trù".
    ["ép học thêm", 3], ["bắt học thêm", 3], ["học thêm ở nhà cô", 3], ["học thêm nhà cô", 3], ["học thêm ở nhà thầy", 3], ["không đi học thêm", 3],
    // Money asked before a signature: "muốn xong giấy phải gửi 300 nghìn, không gửi thì làm khó"; relief shared out to one's in-laws first.
    ["phải gửi # nghìn", 3], ["phải gửi # triệu", 3], ["không gửi thì", 3], ["mới được ký", 2], ["bà con bên vợ", 4], ["bà con bên chồng", 4], ["họ hàng bên vợ", 4], ["có là may rồi", 2],
  ],
  an_sinh: [
    // Someone who cannot move left alone: "bị liệt hai chân, … mẹ mất, giờ ảnh nằm một mình, không tự nấu ăn".
    ["liệt hai chân", 3], ["nằm một mình", 3],
    // Workers' families living without the basics: "sống trong lán tôn giữa lô cao su, không điện không nước, con nít không đi học".
    ["không điện không nước", 3], ["lán tôn", 2],
    // Someone speaking of ending their life, in need of care: "bò chết hết, vợ bỏ đi, cứ nói không muốn sống" (with lenders in it, the lenders' evil scores more).
    ["không muốn sống", 3], ["chán sống", 3],
    // Someone out of prison starting again: "mới mãn hạn tù về, … có chương trình chi giúp người hoàn lương học nghề".
    ["hoàn lương", 3], ["mãn hạn tù", 3], ["học nghề", 2],
    // An old couple's house falling apart: "hai vợ chồng già, tường nứt, mái tôn thủng lỗ chỗ, mưa là dột".
    ["vợ chồng già", 2], ["mưa là dột", 2],
    // How an allowance reaches those who cannot travel for it, which a money transfer's words are no scam in: "điểm chi trả xa quá, xin chuyển vào tài khoản".
    ["điểm chi trả", 3], ["chi trả trợ cấp", 3], ["chi trả tận nhà", 3],
    // Children left alone, living on raw cassava: "mấy đứa nhỏ phải ăn sắn sống".
    ["ăn sắn sống", 3],
    // A child beaten and starved at home: "bị cha dượng đánh, bỏ đói".
    ["cha dượng", 2], ["bị bỏ đói", 3], ["bỏ đói", 2],
    // …or by the relatives it was left with, beaten, starved, locked in: "ở với chú thím", "không cho ăn", "đánh bằng roi", "nhốt trong kho".
    ["ở với cậu mợ", 2], ["ở với chú thím", 2], ["không cho ăn", 3], ["nhốt trong kho", 3], ["lấy dây điện quất", 3], ["đánh bằng roi", 3],
    // …or locked in alone, the parent gone: "đứa nhỏ chừng 5 tuổi bị mẹ khóa trong nhà hai ngày nay … cửa khóa ngoài".
    ["khóa trong nhà", 3], ["cửa khóa ngoài", 2], ["khóa cửa ngoài", 2],
    // Children kept from school by want, a newborn left at a gate: "bỏ học đi làm thuê vì nhà không có gạo", "trẻ sơ sinh bị bỏ rơi".
    ["bỏ học đi làm", 3], ["lao động trẻ em", 3], ["đi học lại", 2], ["không có gạo", 2], ["bị bỏ rơi", 3], ["bỏ rơi", 2], ["sơ sinh bị bỏ", 4],
    // …told as what was found: "có người bỏ một bé sơ sinh còn dây rốn trong giỏ trước cổng chùa".
    ["bé sơ sinh", 3], ["còn dây rốn", 3],
    // The funeral allowance of an elderly person on benefits: "nộp hồ sơ xin tiền mai táng phí 2 lần rồi mà chưa nhận".
    ["mai táng phí", 4], ["tiền mai táng", 4],
    // A thatched roof leaking, a house promised and not built: "nhà mái tranh, mưa xuống dột hết", "có ghi tên làm nhà mà không thấy làm".
    ["mái tranh", 3], ["dột hết", 2], ["bị dột", 2], ["ghi tên làm nhà", 3],
    // Burnt-out families still lodged in the village hall, no help yet to rebuild: "cả nhà phải ở tạm nhà hàng xóm, mong hỗ trợ dựng lại nhà".
    ["ở tạm", 2], ["dựng lại nhà", 3],
    // Veterans' benefits: "tham gia kháng chiến, bị nhiễm chất độc hóa học, … hồ sơ đề nghị hưởng chế độ".
    ["chất độc hóa học", 4], ["hưởng chế độ", 1],
    // …and the wartime militia's and front-line labourers' allowances under their decisions: "đi dân quân du kích … chưa được hưởng chế độ theo Quyết định 62".
    ["chưa được hưởng chế độ", 3], ["dân quân du kích", 2], ["dân công hỏa tuyến", 2], ["quyết định 62", 2], ["quyết định 49", 2], ["quyết định 290", 2],
    // No one left to earn: "nói chung là nhà không còn ai làm ra tiền".
    ["không còn ai làm ra tiền", 3], ["không ai làm ra tiền", 3],
    ["hộ nghèo", 4], ["cận nghèo", 4], ["nhà nghèo", 3], ["nghèo", 2], ["nhà tạm", 4], ["xóa nhà tạm", 4], ["nhà tôn tạm", 3],
    ["nhà dột nát", 4], ["dột nát", 3], ["nhà tranh", 2], ["xuống cấp", 1], ["trợ cấp", 3], ["trợ cấp xã hội", 4],
    ["bảo trợ xã hội", 4], ["người có công", 4], ["liệt sĩ", 4], ["thương binh", 4], ["bệnh binh", 4],
    // Service in the war still unrecognised: "trước kia là thanh niên xung phong …, đến giờ vẫn chưa được hưởng chế độ gì".
    ["thanh niên xung phong", 4], ["tnxp", 3],
    ["chất độc da cam", 4], ["gia đình chính sách", 4], ["đối tượng chính sách", 4], ["chính sách", 1],
    // Hurt at work and out of it: "bị máy cưa cắt đứt 3 ngón tay, giờ không đi làm được".
    ["không đi làm được", 3], ["tai nạn lao động", 3], ["không lao động được", 3],
    // Boarding pupils' rice not come: "học sinh bán trú … chưa nhận dc gạo hỗ trợ".
    ["gạo hỗ trợ", 3], ["học sinh bán trú", 2],
    // Put out of the house at night with nowhere to go: "bị chồng đuổi ra khỏi nhà … xã có chỗ nào cho mẹ con tạm lánh".
    ["tạm lánh", 3], ["đuổi ra khỏi nhà", 3], ["không có đồng nào", 2],
    ["khuyết tật", 4], ["người già", 2], ["người cao tuổi", 3], ["neo đơn", 4], ["sống một mình", 3], ["sống 1 mình", 3], ["ở 1 mình", 3], ["không ai cho ăn", 3], ["mồ côi", 4],
    // Someone with no kin to care for him: "ông cụ tàn tật sống ở gầm cầu, … không có ai thân thích".
    ["tàn tật", 3], ["không ai thân thích", 3], ["không có ai thân thích", 3], ["không người thân", 3],
    ["không vợ không con", 4], ["ở nhờ", 2],
    ["không nơi nương tựa", 4], ["hoàn cảnh khó khăn", 3], ["khó khăn", 1], ["thiếu ăn", 3], ["thiếu gạo", 3],
    // School meals paid for poor or minority pupils: "học sinh bán trú cả kỳ chưa thấy tiền ăn trưa".
    // (Read whole: "chưa nhận tiền" alone is a neutral phrase, "nhận tiền" a cadre's cue.)
    ["tiền ăn trưa", 3], ["hỗ trợ tiền ăn", 3], ["nhận tiền ăn trưa", 3], ["chưa nhận tiền ăn", 3], ["chưa được nhận tiền ăn", 3],
    ["giáp hạt", 3], ["cứu đói", 4], ["hỗ trợ", 1], ["trợ giúp", 1], ["giúp đỡ", 1], ["áo ấm", 2], ["học bổng", 2],
    ["nghỉ học", 1], ["đồng bào", 1], ["dân tộc thiểu số", 1], ["bảo hiểm y tế", 1], ["lương hưu", 2], ["chế độ", 1],
    ["nhà tình nghĩa", 4], ["nhà đại đoàn kết", 4], ["an sinh", 4], ["việc làm", 2], ["thất nghiệp", 3],
    ["mất việc", 3], ["bệnh hiểm nghèo", 4], ["ốm đau", 2], ["một mình nuôi", 2], ["chồng mất", 2], ["vợ mất", 2],
    ["sửa chữa nhà", 1], ["mất trắng", 2], ["nhà hảo tâm", 3], ["hảo tâm", 2], ["bệnh tật", 2], ["viện phí", 2],
    // A stranger lying for days where no one cares for him: "một người đàn ông lạ … nằm từ hôm kia tới giờ".
    ["người đàn ông lạ", 3],
    // A child with autism, whom schools or searchers must make room for: "con tui 7 tuổi bị tự kỷ, trường … không nhận vô lớp hòa nhập".
    ["bị tự kỷ", 3], ["lớp hòa nhập", 2],
    ["tâm thần", 2], ["vô gia cư", 3], ["lang thang", 2], ["hộ khó khăn", 3], ["ngồi nhịn", 3], ["nhịn ăn", 3], ["hết gạo", 3], ["hết cả gạo", 3], ["cho nghỉ việc", 2], ["tiền ăn bán trú", 3],
    ["bảo hiểm xã hội", 3], ["bị mù", 3], ["xiêu vẹo", 3], ["chồng bỏ đi", 2],
    // A house that lets the rain in and the help to rebuild it: "nhà dột tứ bề", "hết suất hỗ trợ làm nhà".
    ["nhà dột", 3], ["hỗ trợ làm nhà", 3], ["ở một mình", 3], ["hết suất", 2],
    // A house falling apart and help asked to rebuild it: "mái tôn mục hết", "chương trình hỗ trợ làm lại nhà", "vách đất, … cột kèo mục hết".
    ["hỗ trợ làm lại nhà", 3], ["mái tôn mục", 2], ["mái mục", 2], ["vách đất", 2], ["mái lá", 3], ["kèo mục", 2], ["bại não", 3], ["chế độ cho gia đình", 3], ["gặp nạn", 2], ["ngủ dưới tấm bạt", 3], ["chỗ ngủ tạm", 3],
    // A family out in the rain once its hut fell: "… ngồi dưới tấm bạt ngoài trời … Xin xã hỗ trợ chỗ ở ngay tối ni".
    ["hỗ trợ chỗ ở", 3], ["ngồi dưới tấm bạt", 3],
    // A slow-witted brother gone missing in the rain: "Em trai tui bị thiểu năng, … đi đâu mất tới giờ chưa về".
    ["thiểu năng", 5],
    // A child chained to a post by a stepfather: "cha dượng đi làm là xích chân nó vô cột".
    ["xích chân", 3],
    // A stranger found lying ill whom nobody knows: "Có ông già lạ nằm co ro …, không ai biết nhà ổng ở mô".
    ["không ai biết nhà", 3],
    // A widowed parent raising children alone, and the help with school fees asked for.
    ["miễn giảm học phí", 4], ["học phí", 2], ["mẹ đơn thân", 3], ["nuôi con một mình", 3], ["con bị tự kỷ", 3], ["chính sách nhà ở", 3], ["nuôi hai đứa nhỏ một mình", 4], ["không được vô diện", 3], ["vô diện hỗ trợ", 3], ["tường đất", 2], ["góa chồng", 3], ["bán vé số", 2],
    // A child beaten at home: "bị ông dượng đánh thường xuyên, … mấy vết tròn như bị dí tàn thuốc".
    ["dí tàn thuốc", 3], ["ông dượng", 2], ["trẻ bị đánh", 3],
    // A living lost with the boat, a past storm's: "ghe chìm hồi bão, cả nhà không có nghề", "có hỗ trợ ngư dân mất ghe không".
    ["không có nghề", 3], ["hỗ trợ ngư dân", 2], ["mất tàu", 2], ["mất ghe", 2],
  ],
  // Roads, bridges, power, water supply and drains as services or structures to repair or build.
  ha_tang: [
    // A pontoon bridge to a river island, a village water tower leaning on rusted legs: structures to mend or make safe.
    ["cầu phao", 4], ["tháp nước", 3],
    // …a school's wall cracked and leaning over where parents wait: "tường rào trường mẫu giáo … nứt một đường dài, nghiêng hẳn ra phía đường".
    ["tường rào trường", 4],
    // A water meter of the water company: "đồng hồ nước … nhảy 46 khối", "khóa hết vòi mà đồng hồ vẫn quay" (the water itself, yellow or
    // smelling of chlorine, is the environment's).
    ["đồng hồ nước", 3], ["đồng hồ vẫn quay", 3],
    // A burst main spraying in the street ("ống nước máy … bể xì nước lên trời"): the pipe's, no flood rising.
    ["ống nước máy", 3], ["xì nước lên", 3], ["phun nước lên", 3],
    // A village the grid has not reached: "cả xóm chưa có điện lưới, tối học bằng đèn pin".
    ["chưa có điện lưới", 4],
    // A level crossing's barrier or keeper missing: "đường ngang tàu hỏa hư cần chắn, không ai gác".
    ["đường ngang", 3], ["cần chắn", 3], ["gác chắn", 3], ["đường sắt", 2],
    // A new quarter's roads and drains left unbuilt, the land long handed over: "chưa làm xong hạ tầng", "chừng nào mới làm đường".
    ["làm xong hạ tầng", 4], ["mới làm đường", 3],
    // A market's roof and gutters: "mái tôn chợ thủng, máng xối bể, mưa xuống dột ướt hàng".
    ["máng xối", 3], ["mái chợ", 3], ["thủng lỗ chỗ", 2],
    // Tap water billed while it does not run: "mất cả tuần … mà hóa đơn tiền nước tháng nào cũng thu đủ".
    ["tiền nước", 2], ["hóa đơn tiền nước", 3], ["hóa đơn nước", 3],
    // Irrigation works: "cửa van đập dâng bị kẹt, nước không vô ruộng".
    ["đập dâng", 3], ["cửa van", 2],
    // A village's water tank cracked: "bể chứa nước của làng …, thành bể nứt dọc" (a tank of pesticide bottles is no water supply).
    ["bể chứa nước", 3], ["thành bể", 2],
    // …or the gravity-fed water works of a mountain village: "bể nước tự chảy của bản bị nứt", "công trình nước tự chảy hư".
    ["bể nước tự chảy", 3], ["công trình nước tự chảy", 3], ["hệ thống nước tự chảy", 3],
    // A hamlet's water station: "trạm cấp nước hư máy bơm, bể nước khô".
    ["trạm cấp nước", 3], ["bể nước", 2],
    // A meter box smoking, the breaker switched off: "hộp công tơ tổng … đang bốc khói", "đã cúp cầu dao".
    ["hộp công tơ", 3], ["cầu dao", 2],
    // Pavements and the way up them: "vỉa hè mới làm, chỗ lên xuống cho xe lăn dốc đứng".
    ["vỉa hè", 2], ["bong tróc", 2], ["lồi lõm", 2], ["chỗ lên xuống", 2], ["lối lên xuống", 2],
    // Kerbs a wheelchair cannot climb: "khi sửa vỉa hè thì làm lối dốc cho xe lăn".
    ["lối dốc", 3], ["sửa vỉa hè", 3], ["cầu cảng", 3],
    ["đèn đường", 3], ["đèn chiếu sáng", 3], ["trụ đèn", 3], ["đèn năng lượng mặt trời", 3], ["cột điện", 3], ["dây điện", 3], ["mất điện", 3], ["cúp điện", 3], ["điện yếu", 3], ["điện lưới", 3], ["kéo điện", 3], ["đường dây điện", 3], ["kéo đường dây", 3], ["chưa có điện", 3],
    // The grid's own fault, whatever smoke it gives: "trạm biến áp đang xẹt lửa lách tách, bốc khói đen", "xin điện lực cắt điện gấp".
    ["xẹt lửa", 2], ["nẹt lửa", 2], ["chập điện", 2], ["cắt điện", 2],
    // A playground's broken things, to mend or take away: "xích đu gãy, cầu trượt rỉ sét thủng lỗ mà bọn nhỏ vẫn leo lên chơi".
    ["xích đu gãy", 3], ["cầu trượt rỉ", 3], ["rỉ sét", 2],
    // A communal house about to fall: "đình làng mục nát, cây xà chính nứt toác, ngói rơi mấy viên" (the communal house alone is where a rite is held).
    ["xà chính", 3], ["ngói rơi", 2],
    // A classroom's ceiling coming down: "trần phòng học nứt toác, sáng ni vữa rơi xuống sát chỗ mấy cháu ngồi"; a culvert under a farm road.
    ["vữa rơi", 3], ["cống qua đường", 3],
    // A block's balcony cracking, concrete falling into the yard: "ban công tầng 4 bị nứt, một mảng bê tông to bằng cái mâm rớt xuống sân".
    ["ban công", 2], ["mảng bê tông", 3], ["nứt chân chim", 2],
    // A bus shelter's roof full of holes: "mái nhà chờ ở bến xe thủng mấy lỗ, trời mưa hành khách ướt hết" (someone lying in a shelter is no roof to mend).
    ["mái nhà chờ", 3],
    // A fishing port's pier giving way: "sàn bê tông cầu tàu bến cá bị sụp một mảng sát mép nước".
    ["cầu tàu", 3], ["sàn bê tông", 2],
    // Markers missing at a low-water crossing: "ngầm tràn … không có cọc tiêu hai bên, không có cột đo mực nước … xin làm biển cảnh báo".
    ["cọc tiêu", 1], ["cột đo mực nước", 3], ["biển cảnh báo", 2],
    // Typed without marks "ổ voi" alone is also "ở với" (lives with); a deep one is a pothole either way: "ổ voi sâu tới đầu gối".
    ["trạm biến áp", 3], ["điện lực", 2], ["đồng hồ điện", 3], ["công tơ điện", 3], ["ổ gà", 4], ["ổ voi", 4], ["ổ voi sâu", 4], ["ổ gà sâu", 4], ["hư hỏng nặng", 1], ["nát bét", 3],
    ["mặt đường", 2], ["đường sá", 3], ["con đường", 2], ["tuyến đường", 2], ["đoạn đường", 2], ["đường liên thôn", 3],
    ["đường liên xã", 3], ["đường bê tông", 2], ["bê tông", 1], ["làm đường", 3], ["sửa đường", 4], ["nâng cấp đường", 3],
    ["trải nhựa", 3], ["cầu treo", 4], ["cầu tạm", 4], ["cây cầu tạm", 4], ["cầu gỗ", 4], ["cầu sắt", 3], ["xây cầu", 3], ["sửa cầu", 4],
    // A bridge's spans counted as the flood took them: "cây cầu tạm bằng gỗ … bị lũ cuốn mất 2 nhịp".
    ["# nhịp", 2],
    ["cầu cống", 3], ["nắp cống", 4], ["hố ga", 4], ["chưa có nắp", 3], ["không có nắp", 3],
    ["cống", 2], ["mất nước", 3], ["cúp nước", 3], ["không có nước", 3], ["đường ống nước", 4], ["vỡ ống", 4],
    // Tap water as a service (its pollution is `moi_truong`, by the words of pollution): "nước máy cúp 3 bữa", "công ty cấp nước".
    ["nước máy", 2], ["nước máy mất", 4], ["nước máy cúp", 4], ["có nước lại", 3],
    // Said as Quảng Nam says it ("nác máy … mất 4 ngày"); a classroom the rain comes into ("nước mưa chảy vô lớp").
    ["nác máy", 2], ["chảy vô lớp", 2], ["chảy vào lớp", 2], ["tràn vô lớp", 2], ["tràn vào lớp", 2],
    // A drain to dredge is a structure to repair, whatever flooding it is feared to bring ("mương thoát nước … bồi lấp, đề nghị nạo vét");
    // a road flooding till a drain is built stays `thien_tai` ("mưa lớn là ngập qua đầu gối, đề nghị … làm mương thoát nước").
    ["nạo vét", 4], ["mương bể", 3], ["mương bị bể", 3], ["mua nước bình", 2], ["xin nước giếng", 2], ["đi xin nước", 2], ["nước sạch", 2], ["nhà máy nước", 2], ["cấp nước", 1], ["sửa ống", 2], ["nc máy", 2], ["cúp nc", 3], ["mất nc", 3], ["bể nắp", 3], ["vỡ nắp", 3], ["làm cầu", 3], ["làm lại cầu", 3], ["cầu cao", 2],
    ["công trình", 2], ["chất lượng công trình", 3], ["thi công", 2], ["nhà thầu", 2], ["lan can", 3],
    ["biển báo", 3], ["đèn tín hiệu", 3], ["đèn giao thông", 3], ["sóng điện thoại", 2], ["trường học", 1], ["kênh mương", 3],
    // Everyday words: "cầu tràn", "đường làng", "xe quá tải", "ống nước bể", "điện chập chờn".
    ["cầu tràn", 3], ["cầu tre", 4], ["đường làng", 2], ["đường thôn", 2], ["đường xóm", 2], ["đường hẻm", 2], ["đường vô", 1], ["đường vào", 1], ["xe quá tải", 3], ["quá tải", 1],
    ["ống nước", 3], ["bể ống", 4], ["nước xài", 2], ["điện chập chờn", 4], ["chập chờn", 2], ["điện", 1], ["đèn", 1],
    ["mương", 2], ["tấm đan", 3], ["sửa mương", 3], ["sửa lại mương", 3], ["làm lại mương", 3], ["đường nứt", 3], ["sụt lún đường", 3], ["lún đường", 3], ["đào đường", 3], ["lấp lại", 2],
    ["đường ống", 3], ["cầu", 1], ["cây cầu", 2], ["dầm cầu", 3], ["ngang dầm", 3], ["gia cố", 2], ["ngầm", 1], ["nhựa đường", 2], ["đá dăm", 2], ["hư đường", 3], ["nát đường", 3], ["đường hư", 3], ["đường nát", 3],
    // Structures of everyday life: broken drains ("bể cống"; a drain asked for against flooding stays `thien_tai`), irrigation, power lines, roads of dirt and rock,
    // public buildings falling apart ("nhà văn hóa dột"), warning signs and speed bumps.
    ["vỡ cống", 4], ["bể cống", 4], ["ống cống", 3], ["thủy lợi", 2], ["kênh thủy lợi", 4], ["mương thủy lợi", 4], ["trạm bơm", 3], ["kênh", 1],
    // A canal's bank broken, the irrigation company not come to mend it: "kênh N6 … bị vỡ bờ 5 mét, nước không về ruộng".
    ["công ty thủy lợi", 3], ["nước không về ruộng", 3], ["nước không về đồng", 3],
    ["đường điện", 3], ["lưới điện", 3], ["điện hạ thế", 3], ["dây trung thế", 3], ["dây điện trung thế", 4], ["dây điện hạ thế", 4], ["hệ thống nước", 3], ["nước sinh hoạt tập trung", 4], ["công trình nước", 3],
    // Field roads and culverts under village roads: "đường ra đồng … lún thành vũng, máy gặt vô không được", "cống thoát nước qua đường bê tông bị vỡ".
    ["đường ra đồng", 3], ["đường nội đồng", 3], ["lún thành vũng", 2], ["đổ đá", 2], ["cống thoát nước", 2], ["mương thoát nước", 2],
    ["đường đất", 2], ["lầy lội", 3], ["bê tông hóa", 3], ["đá hộc", 2], ["trơn trượt", 2], ["đường lên", 1], ["nhà văn hóa", 2], ["phòng học", 2], ["lớp học", 1], ["gờ giảm tốc", 3], ["khúc cua", 2], ["lắp đèn", 3],
    // Labour offered for the road ("dân sẵn sàng góp ngày công"), not a loan paid back by the day ("góp ngày").
    ["góp ngày công", 2],
    // A drain filled in by a neighbour's building work: "sửa sân đổ bê tông lấp luôn mương".
    ["đổ bê tông lấp", 3], ["lấp mương", 3], ["lấp cống", 3],
    ["trụ cầu", 3], ["mặt cầu", 3], ["thành cầu", 3], ["cầu yếu", 3], ["cầu gãy", 3], ["bến đò", 2], ["đò ngang", 3],
    // The ferry itself unsafe, whatever the river does: "ghe cũ rò nước, chở hơn chục đứa mà không có áo phao", "nói chủ đò không nghe".
    ["chủ đò", 3], ["rò nước", 2], ["chở học sinh qua sông", 3],
    // A drain silted up and its covers broken: "mương thoát nước … bị đất với rác lấp, nắp đan bể", "cho nạo vét".
    ["nắp đan", 3], ["nạo vét mương", 3], ["nạo vét cống", 3],
    // A culvert under a road washed out, a street dark: "cái cống ngang dưới đường bị vỡ, … mặt nhựa bên trên vẫn nguyên", "tối thui như hũ nút".
    ["cống ngang", 3], ["mặt nhựa", 2], ["tối thui", 2],
  ],
  khac: [
    // A wish for the assistant itself: "Mong thêm chức năng nói vô là hiểu, đọc câu trả lời ra tiếng cho người già".
    ["thêm chức năng", 3],
    // An old people's exercise club asking for a place: "Câu lạc bộ dưỡng sinh người cao tuổi … không có chỗ tập".
    ["câu lạc bộ dưỡng sinh", 4], ["clb dưỡng sinh", 4],
    // Asking the superiors to commend someone is praise, whatever the work praised: "Mong cấp trên khen anh một tiếng".
    ["cấp trên khen", 4], ["khen anh một tiếng", 4], ["khen chị một tiếng", 4],
    // Folk singing asked for the village, not only for tourists: "tổ chức hát bài chòi mỗi tối thứ bảy ở khu bến đò cũ".
    ["bài chòi", 3],
    // What a hamlet meeting decided, asked to be posted: "xin thôn dán tóm tắt nội dung lên bảng tin đầu ngõ".
    ["dán tóm tắt", 3],
    // A coach driver drinking on the road is traffic safety, no vice: "tài xế uống bia rồi chạy ẩu".
    ["tài xế uống", 4], ["tài xế say", 4], ["tài xế nhậu", 4],
    ["cảm ơn", 3], ["cám ơn", 3], ["khen", 2], ["khen thưởng", 3], ["biểu dương", 3], ["tuyên dương", 3],
    ["hài lòng", 2], ["góp ý", 2], ["để dân phản ánh", 3], ["cho dân phản ánh", 3], ["mở thêm", 2], ["xe buýt", 2], ["đối thoại", 2],
    ["tổ chức thêm", 1], ["nên có", 1], ["nghị quyết", 2], ["hoan nghênh", 3], ["nhiệt liệt", 2],
    ["giống cây", 2], ["nông sản", 2], ["đã giúp", 2], ["tận tình", 2], ["nhiệt tình", 2], ["kịp thời", 1],
    ["cảm kích", 3], ["tri ân", 3], ["nông thôn mới", 2],
    // The elderly's association relaying or affected ("mấy cụ trong hội người cao tuổi phải đi gánh nước giếng"): who tells, not old age's needs.
    ["hội người cao tuổi", 1],
    // A hospital's queue: a suggestion on a public service with no topic of its own ("khám bảo hiểm từ 5h sáng tới trưa").
    ["khám bảo hiểm", 3], ["bàn khám", 3], ["xếp hàng khám", 3],
    // Places for the young to play, swimming lessons for children: "làm thêm sân bóng đá … chỗ chơi thể thao", "lớp dạy bơi miễn phí".
    ["sân bóng đá", 3], ["thể thao", 2], ["dạy bơi", 4], ["học bơi", 3],
    // A new block's residents running it themselves, school places for a new quarter: "xin tổ chức họp cư dân bầu ban quản trị", "mở thêm lớp mẫu giáo".
    ["ban quản trị", 3], ["hội nghị nhà chung cư", 4], ["mở thêm lớp", 3], ["thiếu lớp", 3], ["thiếu trường", 3],
    // A house on fire, a bus route asked for, a measles outbreak: "cháy nhà, xe chữa cháy chưa tới", "mở tuyến xe buýt lên huyện", "dịch sởi".
    ["cháy nhà", 3], ["xe chữa cháy", 3], ["tuyến xe buýt", 3], ["mở tuyến", 2], ["dịch sởi", 3],
    // A boarding house on fire from an e-bike charging, drink-driving checks asked for: "cháy phòng trọ", "sạc xe điện qua đêm", "kiểm tra nồng độ cồn".
    ["cháy phòng trọ", 4], ["cháy dãy trọ", 4], ["sạc xe điện", 3], ["nồng độ cồn", 4],
    // A rumour one asks the authorities to answer: "trên mạng đang truyền nhau …, mong tỉnh có thông tin chính thức … khỏi hoang mang theo tin đồn",
    // "đang lan truyền tin …, đề nghị xã có văn bản cải chính".
    ["tin đồn", 3], ["thông tin chính thức", 3], ["hoang mang", 2], ["lan truyền", 2], ["cải chính", 3],
    // …or an official channel asked for against them: "nên lập một kênh Zalo chính thức …, tin thật tin giả lẫn lộn".
    ["tin giả", 3], ["kênh zalo", 2],
    // A fire spreading through a market's stalls: "lửa đang lan qua các ki-ốt" (no topic of its own; a landfill burning is the environment's).
    ["lửa đang lan", 2],
    // A hotline's number asked to be made known ("nên in số điện thoại đường dây nóng lên tờ lịch"); one nobody answers is the office's ("đường dây nóng gọi hoài không ai nghe").
    ["số điện thoại đường dây nóng", 3],
    // Food sold unsafe, for the food-safety inspectors: "chiên bằng dầu cũ đen kịt", "thịt bơm nước".
    ["an toàn thực phẩm", 2], ["dầu chiên", 2], ["ngộ độc thực phẩm", 3], ["thực phẩm bẩn", 3], ["thịt bơm nước", 3],
    // An employer behind with the pay, or laying people off without severance: a dispute for the union and the labour office, not
    // social support ("công ty nợ lương hai tháng", "cắt giảm lao động, không nhắc tới trợ cấp thôi việc").
    ["cắt giảm lao động", 4], ["trợ cấp thôi việc", 4],
    ["nợ lương", 3], ["chậm lương", 3], ["chậm trả lương", 3], ["nợ tháng lương", 3], ["cắt thưởng", 2], ["trả lương", 2], ["được trả lương", 3], ["chưa trả lương", 3],
    // Medicine short at the hospital, bought outside: "bệnh viện huyện hết thuốc tiểu đường, … kê đơn xong bảo ra ngoài mua".
    ["hết thuốc", 3], ["ra ngoài mua", 2],
    // Aid after a flood brought to one place: "đề nghị xã có một đầu mối điều phối để khỏi chỗ nhận mấy lần, chỗ không ai tới".
    ["đầu mối điều phối", 4], ["đoàn từ thiện", 2],
    // Prices of farm supplies: a policy suggestion ("hỗ trợ giống lúa, phân bón cho nông dân lúc giá vật tư tăng cao").
    ["giống lúa", 2], ["phân bón", 2], ["giá vật tư", 3],
    // Pavements taken over by tables and parked coaches: order in the streets, no repair ("bày bàn ghế kín vỉa hè, … lập lại trật tự vỉa hè").
    ["bày bàn ghế", 3], ["trật tự vỉa hè", 4], ["lấn chiếm vỉa hè", 3], ["chiếm vỉa hè", 3],
    // …by goods and motorbikes, walkers sent into the road: "bày hàng với dựng xe máy kín hết vỉa hè, người đi bộ phải xuống lòng đường".
    ["kín hết vỉa hè", 3], ["kín vỉa hè", 3], ["bày hàng", 2], ["xuống lòng đường", 3],
    // …or a shop's goods piled into the lane ("tiệm bán vật liệu xây dựng, gạch cát chất kín nửa hẻm"): trade blocking a way, no mining.
    ["tiệm bán vật liệu", 4], ["chất kín", 2], ["kín nửa hẻm", 3], ["kín nửa kiệt", 3],
    // Suggestions for the village's chat group or the extension station: "đề nghị mấy bạn admin đặt nội quy", "làm ruộng trình diễn giống đậu phộng mới".
    ["đặt nội quy", 3], ["nội quy nhóm", 3], ["ruộng trình diễn", 4], ["trình diễn giống", 4],
    // Traders taking payment by phone: "dán mã QR chung …, hướng dẫn nhận tiền chuyển khoản" (no cadre taking money).
    ["mã qr", 2], ["nhận tiền chuyển khoản", 2],
    // Schools short of teachers: a policy suggestion, no social support ("chính sách giữ chân giáo viên vùng cao").
    ["giáo viên", 2], ["thiếu thầy", 3], ["thiếu giáo viên", 3], ["giữ chân giáo viên", 4],
    // Being told things in one's own language: "loa xã nên phát thêm bằng tiếng Cơ Tu, người già nghe tiếng Kinh ko hiểu".
    ["tiếng kinh", 2], ["tiếng dân tộc", 2], ["tiếng đồng bào", 2],
    ["trạm y tế", 2], ["sân chơi", 3],
    // Riders' manners, no road to mend: "chạy xe máy điện chở ba, không đội mũ, dàn hàng ba trên đường liên xã".
    ["không đội mũ", 3], ["dàn hàng ba", 3], ["dàn hàng hai", 3],
    // Naming streets, whoever they are named after (the martyrs named weigh for welfare): "đặt tên đường mới thì ưu tiên tên các anh hùng, liệt sĩ".
    ["đặt tên đường", 5],
    // A park and a library asked for the children of a new quarter: "mong có công viên, thư viện cho thiếu nhi".
    ["công viên", 2], ["thư viện", 2], ["cho thiếu nhi", 2],
    // A wedding's or funeral's tent put up across a road: custom and order, nothing to repair ("dựng rạp chắn ngang đường xóm").
    ["dựng rạp", 3], ["rạp đám cưới", 3], ["rạp đám tang", 3], ["rạp cưới", 3], ["rạp đám", 3], ["sân bóng", 2], ["lắp camera", 2], ["dân vận khéo", 3], ["nhóm zalo", 3], ["lập nhóm", 1],
    // An old village to keep: "làng cổ", "nhà cổ … tường rào đá ong".
    ["làng cổ", 3], ["nhà cổ", 3], ["đá ong", 2],
    // Someone missing, the neighbours out searching: no topic of its own ("cháu … ra ngõ chơi … chưa về, cả xóm chia nhau đi kiếm").
    ["ngồi trên lan can", 5], ["đứng trên lan can", 5], ["đứng sát lan can", 5], ["đi lạc", 3], ["bị lạc", 3], ["chia nhau đi kiếm", 3], ["chia nhau đi tìm", 3], ["người nhà đi tìm", 3], ["người nhà đi dọc", 3], ["người nhà đi kiếm", 3], ["tới giờ chưa về", 3], ["không liên lạc được", 2],
    // Help asked for a trade ("cho vay ưu đãi để đóng mới ghe"): a policy suggestion, no loan shark.
    ["cho vay ưu đãi", 3], ["vay ưu đãi", 3], ["vay vốn ưu đãi", 3],
    // Giving to one's home village, keeping its old names: "muốn góp khoảng 200 triệu xây lại phòng học", "đặt tên xã mới, xin giữ lại tên làng".
    ["muốn góp", 3], ["muốn đóng góp", 3], ["muốn ủng hộ", 3], ["đặt tên", 3], ["tên làng", 3], ["tên thôn", 2], ["xin góp ý", 3],
    // Selling the crop, and learning new things: "thương lái ép giá, đầu ra", "mở lớp hướng dẫn ông bà dùng điện thoại thông minh".
    // Tickets, and notices in a minority's language: "miễn vé tham quan phố cổ cho người dân trong tỉnh", "nên có thêm bản tiếng Cơ Tu".
    ["vé tham quan", 4], ["miễn vé", 4], ["bản tiếng", 3], ["song ngữ", 3],
    ["đầu ra", 3], ["ép giá", 3], ["thương lái", 2], ["cây giống", 2], ["con giống", 2], ["mở lớp", 3], ["lớp hướng dẫn", 3], ["điện thoại thông minh", 2], ["điện thoại cảm ứng", 3], ["xài điện thoại", 2],
    // About this assistant itself: "cái trang hỏi đáp ni chữ nhỏ quá", "sửa cho dễ xài".
    ["trang hỏi đáp", 3], ["chữ nhỏ", 2], ["dễ xài", 2], ["dễ dùng", 2], ["khó xài", 2], ["khó dùng", 2],
    ["chatbot", 3], ["cái bot", 3], ["trả lời chậm", 2],
    // Selling the harvest: "chính sách hỗ trợ tiêu thụ nông sản, dưa hấu rớt giá".
    ["tiêu thụ nông sản", 4], ["rớt giá", 3],
    // Crafts dying out: "nghề làm gốm làng Thanh Hà đang chết dần, … chính sách hỗ trợ giữ nghề".
    ["giữ nghề", 3], ["làng nghề", 3], ["bỏ nghề", 2],
    // Praise asked for an official: "ghi nhận để khen thưởng cho em", "hướng dẫn tận tình".
    ["để khen thưởng", 3], ["hướng dẫn tận tình", 4],
    // Jobs near home for the young, a suggestion with no one in need named: "tổ chức ngày hội việc làm ngay tại huyện, có tư vấn học nghề".
    ["ngày hội việc làm", 4], ["hội chợ việc làm", 4], ["tư vấn học nghề", 3], ["hướng nghiệp", 3],
    // The village's own convention asked to be upheld: "mong thôn nhắc nhở theo đúng hương ước".
    ["hương ước", 3],
    // A fire at the market or on the hill, whatever smoke it gives: "đang cháy lớn ở dãy ki-ốt, lửa lan, … cứu hỏa chưa tới".
    ["cháy lớn", 3], ["lửa lan", 3], ["cứu hỏa", 3], ["đám cháy", 3], ["chữa cháy", 3], ["lửa bốc", 4],
    // Prices charged to tourists with none posted: "đĩa ốc tính cả triệu, không có bảng giá niêm yết".
    ["giá niêm yết", 3], ["bảng giá", 2], ["chặt chém", 3],
    // Village mediators thanked for settling a quarrel, whatever it was about: "xin khen tổ hòa giải thôn đã giúp hai nhà làm lành".
    ["tổ hòa giải", 2], ["khen tổ", 3],
    // Food at the market made unsafe or kept fresh with chemicals, no pollution: "ớt bột, măng khô … nghi ngâm hóa chất", "cá ướp ure".
    ["ngâm hóa chất", 4], ["tẩm hóa chất", 4], ["ướp ure", 3], ["ướp hóa chất", 3], ["hàn the", 3],
    // A school's drinking water among the fees asked of parents, no water bill: "tiền nước uống, tiền giấy thi, quỹ hội phụ huynh".
    ["tiền nước uống", 2],
    // A neighbour's camera aimed into one's yard, "to watch for thieves": privacy, no theft ("gắn camera chĩa vô sân, nói là canh trộm").
    ["camera chĩa", 3], ["chĩa camera", 3], ["canh trộm", 1], ["chống trộm", 1],
    // Two villages' turns at the pump asked to be agreed, the fight only nearly come to: "đề nghị họp hai thôn định lịch bơm, năm rồi suýt đánh nhau".
    ["lịch bơm", 3], ["lịch bơm tưới", 3], ["suýt đánh nhau", 1],
    // Parking on the pavements: "xe đậu tràn lên vỉa hè", "giữ xe tự phát thu 20 nghìn", "quy hoạch bãi giữ xe".
    ["bãi giữ xe", 3], ["giữ xe tự phát", 3], ["đậu tràn", 3], ["đậu xe trên vỉa hè", 3], ["đỗ xe trên vỉa hè", 3],
    // A building site over the street, and animals let loose on the roads: "giàn giáo chiếm hết vỉa hè", "cần trục quay ngang qua đầu đường", "bò, chó thả rông".
    ["giàn giáo", 3], ["cần trục", 3], ["cẩu tháp", 3], ["thả rông", 3], ["trâu bò thả rông", 4],
    // Street vendors and market prices: "phường dẹp hết hàng rong", "giá chợ lên vùn vụt, xin cho người kiểm tra giá".
    ["hàng rong", 3], ["bán rong", 3], ["kiểm tra giá", 3],
    // The commune clinic's medicines, and a stroke's first signs out at sea (no storm): "trạm y tế thiếu thuốc", "đang làm thì méo miệng, nói ngọng".
    ["thiếu thuốc", 3], ["méo miệng", 3],
    // Visitors queueing for the island boat, asked to be capped: "xếp hàng chờ tàu ra đảo từ sáng", "giới hạn số khách mỗi ngày".
    ["xếp hàng chờ tàu", 3], ["chờ tàu ra đảo", 3], ["giới hạn số khách", 3], ["đông nghẹt", 2],
  ],
};

/**
 * People whose misconduct makes a message a `can_bo` report: when one of them is named together with
 * misconduct, the cadre is the main topic even if land or benefits are what was misused.
 */
export const OFFICIAL_ROLES: readonly string[] = [
  "cán bộ", "cán bộ địa chính", "cán bộ chính sách", "cán bộ tư pháp", "công chức", "viên chức", "đảng viên", "bí thư",
  "chủ tịch", "trưởng thôn", "thôn trưởng", "phó thôn", "công an viên", "trưởng ban", "trưởng phòng", "lãnh đạo", "chi bộ", "công an xã",
  "địa chính", "kế toán xã", "tổ trưởng", "khối trưởng", "chánh văn phòng", "cảnh sát", "cảnh sát giao thông", "csgt", "trưởng công an", "kế toán",
  "hiệu trưởng", "phó ban", "trật tự đô thị", "dân phòng", "công an phường", "trưởng trạm y tế", "trạm trưởng",
  // Those who run a market and collect its stall money: "ông trong ban quản lý chợ … xô ngã một chị bán trái cây".
  "ban quản lý chợ", "quản lý chợ", "tổ trật tự", "đội trật tự",
  // The ward's own police officer: "anh công an khu vực lần mô cũng nói khéo 'cà phê'"; the market inspectors.
  "công an khu vực", "quản lý thị trường",
  // Typed without diacritics, "ong cong an" is read here before "ống cống" (a culvert) can take its first two words.
  "ông công an",
  // The commune's military commander and the militia: "Ông chỉ huy trưởng quân sự xã đang cầm súng hơi … bắn dọa".
  "chỉ huy trưởng", "chỉ huy trưởng quân sự", "xã đội trưởng",
  // Forest rangers are officials too: "Kiểm lâm trạm … thu bao than, anh tui cãi lại bị 2 người đánh chảy máu đầu".
  "kiểm lâm", "kiểm lâm viên", "trạm kiểm lâm",
];

/**
 * Weather words as figures of speech, neither a disaster's topic nor an emergency: a flood of scam texts, prices in a storm, debts
 * one drowns in ("bão tin nhắn báo trúng thưởng", "ngập nợ app vay tiêu dùng").
 */
export const WEATHER_FIGURES: readonly string[] = ["bão tin nhắn", "bão cuộc gọi", "bão giá", "ngập nợ", "ngập trong nợ", "nợ ngập đầu"];

/**
 * Words that look like cues but are something else; matching them first keeps their syllables from
 * counting ("quán nhậu" is a place, not a cadre drinking; "đất nước" is the country, "điện thoại" no power line; "xin cảm ơn"
 * closes many complaints and is no praise; "công an chặn" is the police, no "ăn chặn"; "không có bão" says there was none;
 * "xe công ty" is a company's truck, no public car; "kêu người nhà tự lo" is one's family, no cadre's; "xe cộ đâm nhau" is a crash).
 */
export const NEUTRAL_PHRASES: readonly string[] = [
  // Water seeping from a cracked tank is no landfill's leachate: "nước rỉ ra từng dòng".
  "nước rỉ ra",
  // A district's name and being woken are no sale or beating: "Điện Bàn sáng nào cũng …" folds to "ban sang", "bị đánh thức".
  "điện bàn", "bị đánh thức",
  // A farm tractor-truck is no public car: "xe công nông chở mì không qua được".
  "xe công nông",
  // Someone taken to the clinic is no bribe "phải đưa": "ông cụ ngất, phải đưa đi bệnh viện".
  "phải đưa đi",
  // A family's own micro-hydro turbine in a stream is no dam releasing water: "nhà tự mua máy phát thủy điện đặt dưới khe".
  "máy phát thủy điện", "máy thủy điện",
  "không có bão", "không có lũ", "quán nhậu", "đất nước", "xin cảm ơn", "em cảm ơn", "cảm ơn ạ", "cám ơn ạ", "điện thoại", "gọi điện", "công an", "đường dây nóng", "xe công ty", "xe công trình",
  "kêu người nhà", "gọi người nhà", "báo người nhà", "người nhà tự lo", "xe cộ đâm nhau", "xe đâm nhau",
  // Lying still is no forced payment ("bat dong" folded is also "bắt đóng"), nor is real estate.
  "nằm bất động", "bất động sản",
  // Football is no drug ("chơi đá" is meth): "tụi cháu phải chơi đá banh dưới hầm xe".
  "chơi đá banh", "chơi đá bóng",
  // How deep, typed without marks, is no storm: "nước dâng lên là không ai biết sâu bao nhiêu" ("sau bao").
  "sâu bao nhiêu",
  // Clumps of bamboo are no dust ("bụi tre sau nhà nghiêng"), a fishing licence no mine's ("được cấp phép khai thác thủy sản").
  "bụi tre", "bụi chuối", "khai thác thủy sản", "cấp phép khai thác thủy sản",
  // One's own family brought along, and compensation not yet paid: "kêu về dẫn người nhà tới", "chưa nhận tiền đền bù".
  // A working day wished well is no file's delay: "chúc một ngày làm việc suôn sẻ".
  "chúc một ngày làm việc", "chúc ngày làm việc", "chúc buổi làm việc",
  // Who one was before retiring is no school's problem: "bác là giáo viên về hưu".
  "giáo viên về hưu", "giáo viên nghỉ hưu", "giáo viên hưu trí",
  "dẫn người nhà", "dắt người nhà", "chở người nhà", "chưa nhận tiền", "chưa được nhận tiền", "chưa nhận được tiền",
  // Support paid in cash, as before the bank accounts: "xin cho mẹ tôi nhận tiền mặt như trước".
  "nhận tiền mặt",
  // Where a message passed on was seen is no suggestion to set up a group: "ai đó đăng trong nhóm Zalo tổ dân phố cái tin này".
  "vô nhóm zalo", "vào nhóm zalo", "trong nhóm zalo", "từ nhóm zalo",
  // A coach carrying a wedding party is no public car taken for one's kin: "xe khách chở họ hàng đi đám cưới bị lật".
  "xe chở họ hàng", "xe khách chở họ hàng",
  // The sender's own office hours: "giờ hành chính mà tui làm công nhân không xin nghỉ được".
  "giờ hành chính mà tui", "giờ hành chính mà tôi", "giờ hành chính mà em", "giờ hành chính mà mình",
  // A house in one's parents' name is whose it is, no cadre hiding land: "trong khi nhà đứng tên ba mạ tui".
  "nhà đứng tên", "đất đứng tên", "sổ đứng tên",
  // Relatives taking the bitten to the clinic, an old mother to be brought to the counter, discipline not asked for:
  // "người nhà đang chở mấy người bị cắn", "phải đưa bà lên tận nơi", "tui không cần ai xin lỗi hay kỷ luật ai hết".
  "người nhà đang", "người nhà chở", "người nhà đưa", "phải đưa bà", "phải đưa ông", "phải đưa mẹ", "phải đưa ba", "phải đưa người",
  "kỷ luật ai", "không cần kỷ luật",
  // Where to find land to farm is no soil dug: "vậy tôi lấy đất đâu làm ăn".
  "lấy đất đâu", "lấy đất mô",
  // The ground one falls on is no land: "chị đập đầu xuống đất chảy máu".
  "xuống đất", "dưới đất",
  // A water source said to be clean is no pollution told: "chỉ ống hư thôi, nguồn nước vẫn sạch"; land with no quarrel over it no dispute:
  // "đất khai hoang, không tranh chấp với ai"; Hội An's landmark bridge and the lanterns floated on the river no road or street light.
  "không tranh chấp", "không có tranh chấp", "chùa cầu", "thả đèn", "đèn hoa đăng", "đèn lồng",
  // A shop is no one-stop desk: "mua ở một cửa hàng gần trường".
  "một cửa hàng", "một cửa tiệm",
  // Typed without marks, a warranty still running is no storm: "con bao hanh" is "còn bảo hành", not "cơn bão".
  "còn bảo hành",
  "nguồn nước vẫn sạch", "nguồn nước còn sạch", "nguồn nước vẫn trong",
  // Bottled water is no stream: "thùng nước suối còn nguyên dòng chữ hàng cứu trợ".
  "thùng nước suối", "chai nước suối", "lốc nước suối",
  // …and water carried up from a stream no stream rising: "cô giáo gánh nước dưới suối lên".
  "dưới suối lên", "từ suối lên",
  // Relatives calling down a shaft are no cadre's kin, a pharmacy's medicine no bleach: "người nhà kêu vọng xuống hầm", "tiệm thuốc tây".
  "người nhà kêu", "người nhà gọi", "thuốc tây",
  // "em vo" is also "em vô" (going in): "em vô làm đây", "em vô ca rồi".
  "em vô làm", "em vô ca",
  ...WEATHER_FIGURES,
  // Drunk customers of a bar are no cadre drinking: "phụ bưng bê ở quán, khách say rượu trêu ghẹo".
  "khách say rượu", "khách say",
  // One's family's trade, no boat at sea in a storm: "ba đi biển, mạ làm thuê", "chồng tôi đi biển quanh năm".
  "ba tui đi biển", "ba đi biển", "cha đi biển", "bố đi biển", "chồng đi biển", "ba tôi đi biển", "bố tôi đi biển", "chồng tui đi biển", "chồng tôi đi biển", "chồng em đi biển",
  // A website and this channel are no power line or canal: "công khai trên trang thông tin điện tử", "tin tưởng kênh này hơn".
  "thông tin điện tử", "thư điện tử", "ví điện tử", "kênh này", "kênh ni", "qua kênh",
  // Folded, an office held is no over-collection: "trước làm thư ký hội nông dân" ("lam thu" is also "lạm thu").
  "làm thư ký", "làm thủ quỹ", "làm thủ kho",
  // Splitting up to search is no sharing out: "đoàn viên đang chia nhau đi dọc bờ tìm".
  "chia nhau đi", "chia nhau tìm", "chia nhau ra tìm",
  // A village emptied of its young is no old person in need, drinking before driving no cadre's drinking:
  // "làng chỉ còn người già với con nít", "nhậu xong lái xe tông chết người".
  "chỉ còn người già", "còn lại người già", "toàn người già", "nhậu xong lái xe", "nhậu rồi lái xe", "nhậu say lái xe", "uống rượu lái xe", "uống rượu bia lái xe",
  // Insurance bought is no storm ("mua bảo" is "mưa bão" to a word typed without marks); a hall opened for children is no repair.
  "mua bảo hiểm", "mở cửa nhà văn hóa",
  // Workers' buses are no official car, though "xe công nhân" begins with "xe công".
  "xe công nhân", "xe đưa đón công nhân",
  // Blood relatives are no cadre's child given a job: "hai nhà bà con ruột tranh chấp ranh đất" (the cadres' own, "bà con ruột của mấy ổng", are).
  "bà con ruột", "anh em ruột", "chị em ruột",
  // A fisherman coming back from sea is no storm: "ngư dân đi biển về lúc nửa đêm".
  "đi biển về",
];

/**
 * Phrases that mean several things once folded ("lu" is "lũ" or "lu", "nhau" is "nhậu" or "nhau",
 * "dat" is "đất" or "đặt", "nuoc dang" is "nước dâng" or "nước đang"): matched only in messages typed
 * with diacritics.
 */
export const AMBIGUOUS_WITHOUT_DIACRITICS: ReadonlySet<string> = new Set([
  "lũ", "bão", "lốc", "khói", "bụi", "mùi", "xả", "quát", "lún", "giông", "váng", "nhậu", "đất", "nợ", "nước dâng",
  "tự sát", "lấn sang", "lấn qua", "chừ", "sụp", "cống",
  // "chu em" is also "chú em", "gio em roi" "giờ em rời".
  "chừ êm", "giờ êm rồi",
  // "tu tu" is also "từ từ" (slowly): "cứ để từ từ"; "ban nhau" "bàn nhau" (talked it over): "cả xóm bàn nhau gửi đơn".
  "tự tử", "bắn nhau",
  // "bat ho" is also "bắt họ" (arrest them), "trao phieu" "trao phiếu" (hand out ballots).
  "bát họ", "tráo phiếu",
  // "bang gia" is also "bảng giá" (a price list), "chuyen coc" "chuyện cộc (lốc)" (curt talk).
  "bằng giả", "chuyển cọc",
  // "thuoc tay" is also "thuốc tây" (a pharmacy's medicine).
  "thuốc tẩy",
  // "tam dan" is also the commune of Tam Dân, "cho dien" the market of Điện Ngọc ("chợ Điện …"), "cho dai" "chỗ Đại (Hòa)", "can 2 dua" "cần 2 đứa".
  "tấm đan", "chó điên", "chó dại", "cắn # đứa",
  // "doi ban" is also "đồi bán", "he" "hè", "moi toi" "mới tới", "moi dem" "mới đem", "mo ma" "mô mà" ("chỗ mô mà tập").
  "đòi bắn", "hễ", "mỗi tối", "mỗi đêm", "mồ mả",
  // "tu van" is also "(chủ đầu) tư vẫn", "la o" "là ở".
  "tự vẫn", "la ó",
  // "lam vui" is also "làm vui" (made merry: "hội làng năm ni làm vui lắm").
  "làm vùi",
  // "vua roi" is also "vừa rồi" (just now: "giếng bị ngập trong lũ vừa rồi").
  "vữa rơi",
  // "chan song" is also "chắn sóng" (a breakwater: "bao cát chắn sóng rách nát").
  "chán sống",
  // "bo lo" is also "bỏ lỡ" (missed: "không xin nghỉ được nên bỏ lỡ").
  "bờ lở",
  // "den co" is also "đèn có" (lamp posts: "cột đèn có sẵn hết rồi"), "da cua" "đá của" (a stream's stones: "đá của suối mà ai cho họ lấy").
  "đền có", "đá cửa",
  // "cua da" is also "cua đá" (a stone crab on a menu).
  "cưa đá",
  // "dang len" is also "đăng lên" (posted: "đăng lên nhóm zalo thôn khoe") and "đang lên".
  "dâng lên",
  // "son do" is also a place's name and what follows it ("khối phố An Sơn đổ móng", "thôn Sơn đó").
  "sơn đỏ",
  // "dap dang" is also "đập đang (rỉ nước)", "cua van" "của văn (phòng)".
  "đập dâng", "cửa van",
  // "chong mat" is also "chóng mặt", "vo mat" "(cắn) vô mặt", "danh ba" "đánh bà (con)", "nha co" "nhà có".
  "chồng mất", "vợ mất", "danh bạ", "nhà cổ", "làng cổ",
  // "bien dong" is also "biến động" (a change: "biến động đất đai") and "Biển Đông" (the sea's name), "gio mua" "giờ mua".
  "biển động", "biển động mạnh", "gió mùa",
  // "giao lo" is also "giao lộ" (a crossroads).
  "giao lô",
  // "dot het", "bi dot" are also "đốt hết", "bị đốt" (burnt).
  "dột hết", "bị dột",
  // "phat so" is also "phát sợ" (scared), "cho ky" "cho kỹ" (carefully), "da do" "đã đổ" (has fallen).
  "phát số", "chờ ký", "đá đổ",
  // "ma tau" is also "mà tàu" (the dredger still …).
  "mã tấu",
  // "ca do" is also "cá đổ" ("ruột cá đổ thẳng ra bãi"), "bao hanh" "bảo hành" (a warranty): folded, only "ca do bong da", "bi bao hanh" and the like count.
  // "cai chinh" is also "cái chính" ("cái chính là …").
  "cải chính", "cá độ", "bạo hành",
  // "o du" is also "ở dự (án)": "đặt cọc căn hộ ở dự án ven sông".
  "ô dù",
  // "do da" is also "đó đã", "cu qua cu lai" "cứ qua cứ lại", "boi tay" "bôi tay", "chau xiu" "cháu xíu".
  "đổ đá", "cự qua cự lại", "bới tay", "cháu xỉu",
  // "lam san" is also "làm sân (chơi)", "vo ong" "vợ ông", "duoc ca" "được cả", "thuoc duoc" "thuốc được", "ca no" "(trả) cả nợ",
  // "hoi muon" "hỏi muốn", "muon # trieu" "muốn # triệu".
  "lâm sản", "vỡ ống", "duốc cá", "thuốc duốc", "ca nô", "hỏi mượn", "mượn # triệu",
  // "o voi" is also "ở với (bà nội)", "lai ngay" "lại ngay", "vo cong" "vô công (trường)".
  "ổ voi", "lãi ngày", "vỡ cống",
  // Folded, these are other words: "dam o" is also "dám ở", "co dao" "có đạo", "doan ket trong" "đoàn kết trong",
  // "de nguoi" "để người", "xoi" "xôi", "vay" "vậy", "do mau" "đo máu", "chay roi" "chạy rồi", "lo roi" "lo rồi", "vo roi" "vô rồi".
  "dâm ô", "có dao", "mang dao", "kẹt trên", "kẹt ở", "kẹt giữa", "kẹt dưới", "kẹt trong", "kẹt ngoài", "đè người", "bị đè", "đè chết", "đè trúng",
  "xói", "vây", "đổ máu", "bể đầu", "cháy rồi", "lở rồi", "vỡ rồi", "sập rồi",
  // "sat" is also "sát" (near) and "sắt" (iron), "sat nui" "sát núi", "dat do" "đặt đồ", "lap lai" "lặp lại", "dien" "điên", "den" "đến", "cau" "câu", "doi" "đội", "xuong" "xuống", "sut" "sút", "bao cho" "báo cho", "chay" "chạy", "sap" "sắp", "may thang" "mấy thằng", "dang chay" "đang chạy", "lua" "lúa", "ga" "gà".
  // "an hiep" is also the commune "An Hiệp" ("Tân An, Hiệp Đức"), "bi du" "bị dự (án … lấy)", "cho xuong vo" "cho xuống vô".
  "ăn hiếp", "bị dụ", "cho xuồng vô", "cho xuồng vào",
  // "mau me" is also "màu mè" (showy), "cai app" "cái app".
  "máu me", "cài app",
  // "dau mo" is also "đâu mô" (where), "chua ai don" "chưa ai dọn" (nobody cleared it), "o tam" "ở Tam (Kỳ)", "vui nha" "vùi nhà" (a wish, "ngày mới vui nha").
  "dầu mỡ", "chưa ai đón", "ở tạm", "vùi nhà",
  // "nguoi la" is also "người lạ" (a stranger), "la di" "là đi", "tro xuong" "trở xuống", "bau cua" "bậu cửa" (a window sill).
  "người lả", "lả đi", "lả người", "trơ xương", "bầu cua",
  "lừa", "gạ", "sạt", "sạt núi", "đất đổ", "đất lấp", "lấp lại", "điện", "đèn", "cầu", "mương", "ngầm", "đồi", "đồi lở", "ồn", "lở đất", "xưởng", "sụt", "bảo chờ", "cháy", "sập", "đất lở", "nước lụt", "mấy tháng", "đang cháy",
]);
