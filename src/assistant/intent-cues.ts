/**
 * The words people use for each intent, as data: folded (no diacritics, lower case, đ → d), since
 * chat messages are often typed without them. Each list is matched as whole words. Written kind by
 * kind (greetings, complaints, asking about one's report), not sentence by sentence: to extend, add
 * the everyday phrase for a notion to its list and run `npm run bench:routing`.
 */
import { withoutHesitations } from "../core/chat-shorthand.js";
import { fold } from "../core/text.js";

/** Greetings, thanks, goodbyes: a message made only of these (and particles) is smalltalk. */
export const SMALLTALK_PHRASES: readonly string[] = [
  "xin chao", "chao", "chao ban", "chao bot", "chao em", "chao anh", "chao chi", "hello", "hi", "hey", "alo", "a lo", "helo",
  "chao buoi sang", "chao buoi toi", "chao buoi chieu", "buoi sang", "buoi toi", "buoi chieu",
  "cam on", "cam on nhieu", "cam on ban", "cam on bot", "cam on nhe", "cam on nha", "thanks", "thank you", "thank", "tks", "thks", "ty", "camon", "cmon",
  "tam biet", "bye", "bai", "goodbye", "hen gap lai", "hen hom khac", "hen hom khac hoi tiep", "hen lan sau", "chuc ngu ngon", "ngu ngon",
  "ok", "oke", "okay", "okie", "uh", "u", "um", "vang", "da", "duoc roi", "hay qua", "tot qua", "tuyet", "rat hay",
  "lan dau dung", "dung lan dau", "moi dung", "lan dau", "hoi tiep", "hoi sau", "mai hoi tiep", "mai hoi", "hoi tiep sau",
  // An elder new to the phone, and leaving for the day's work: "bác mới xài Zalo nên gõ chậm", "thôi tui đi ra ghe, chiều về hỏi tiếp".
  "moi xai", "moi xai zalo", "moi dung zalo", "moi tap dung", "moi tap xai", "moi tap xai zalo", "tap xai dien thoai", "moi tap xai dien thoai", "go cham", "go cham nghe", "xai chua quen", "chua ranh",
  // A new hand at the commune trying it out: "con mới vô làm ở xã, lần đầu xài cái ni ạ".
  "moi vo lam", "moi vao lam", "moi vo lam o xa", "moi vao lam o xa", "xai cai ni", "xai cai nay", "dung cai ni", "dung cai nay",
  "moi tap nhan tin", "tap nhan tin", "nhan tin tren dien thoai", "tren dien thoai", "co gi thong cam", "thong cam", "thong cam nghe", "thong cam nha",
  "di ra ghe", "di ghe", "di ra dong", "di lam da", "chieu ve hoi tiep", "toi ve hoi tiep", "ve hoi tiep",
  // A driver off on his run, a newcomer saying hello: "ok hiểu rồi, thôi tui chạy chuyến xe chiều đây", "tui mới vô lần đầu, làm quen chút nghen".
  "hieu roi", "ok hieu roi", "chay chuyen xe", "chay chuyen xe chieu", "chay xe", "lam quen", "lam quen chut", "vo lan dau", "moi vo lan dau",
  "di nau com", "nau com", "di an com", "an com", "di cho", "don con", "di lam", "co viec", "ban roi", "bua khac", "hom khac", "khi khac", "luc khac", "bua sau",
  // Going on shift at the factory: "tới giờ vào ca, hết ca mình nhắn tiếp".
  "vo ca", "vao ca", "di ca", "len ca", "tan ca", "het ca",
  // Thanks and goodbyes as typed in chat and said in Quảng Nam ("mơn nha", "cám ơn nghen", "thôi chào nghen").
  "cam on nhieu nghe", "cam on nghe", "cam on nghen", "cam on nhiu", "cam on ad", "cam on em", "cam on anh", "cam on chi", "cam on da", "cam on da giup", "cam on da ho tro",
  "mon", "mon nha", "mon nhieu", "thank nha", "thanks nha", "tks nha", "thank u", "thx", "many thanks", "cam on a", "xin cam on", "chan thanh cam on",
  "thoi chao", "chao nha", "chao nghen", "chao nhe", "chao tam biet", "tam biet nha", "bai bai", "bb", "pp", "thoi nghi", "di ngu", "good night", "good morning", "good bye",
  "vay thoi", "the thoi", "thoi", "chuc", "mot ngay tot lanh", "ngay tot lanh", "chuc suc khoe", "chuc mung nam moi",
  // Understood, agreed: "rõ rồi", "hiểu rồi", "uk".
  "hieu roi", "da hieu", "ro roi", "biet roi", "vay la ro", "nam duoc roi", "uk", "ukm", "uhm", "um um", "oki", "okela", "okk", "dc roi", "duoc", "vang a", "da vang", "a",
  // Compliments to the bot.
  "gioi qua", "gioi ghe", "gioi", "thong minh", "thong minh ghe", "thong minh qua", "hay do", "hay ghe", "hay lam", "tra loi hay", "tra loi hay qua", "tra loi tot", "tra loi nhanh",
  "huu ich", "huu ich qua", "tuyet voi", "qua dinh", "10 diem", "like", "de thuong", "cute", "dang yeu", "xinh", "vui tinh",
  // Chitchat: how one feels, the social questions of a chat ("ăn cơm chưa", "mệt quá trời"), laughter.
  "an com chua", "an sang chua", "an trua chua", "dang lam gi", "lam gi do", "ngu chua", "met qua", "met", "buon qua", "buon", "chan qua", "chan", "vui qua", "vui", "nhot qua",
  "haha", "hehe", "hihi", "hoho", "kaka", "keke", "kk", "kkk", "lol", "hic", "huhu",
  // Calling the bot: "bot ơi", "ê bot", "xin chào Ban Dân vận", "dạ con chào cô chú bên Ban Dân vận ạ".
  "e", "ey", "ban dan van", "tro ly dan van", "ben ban dan van", "co chu", "cac co chu", "cac anh chi",
  // The same in English: a greeting or thanks typed in English is still smalltalk, not an English question.
  "how are you", "thank you very much", "thank you so much", "thanks a lot", "thanks so much", "good job", "nice", "great", "cool", "good afternoon", "good evening", "see you", "see you later",
  "good", "sorry", "so sorry",
  // Apologies: "xin lỗi, em gõ nhầm", "sorry bot, nhắn nhầm", "xin lỗi đã làm phiền", "gửi lộn tin rồi, bỏ qua dùm nghen".
  "xin loi", "cho xin loi", "thanh that xin loi", "go nham", "nhan nham", "bam nham", "gui nham", "viet nham", "nham", "lam phien", "da lam phien", "noi hoi nang", "noi nang",
  "nham tin", "gui nham tin", "nhan nham tin", "bam nham tin", "gui lon", "gui lon tin", "nhan lon", "nhan lon tin", "bo qua gium", "bo qua dum", "bo qua giup",
  // Wishes: "chúc bot buổi tối vui vẻ", "chúc ngày mới vui vẻ", "chúc mừng năm mới".
  "vui ve", "manh khoe", "thanh cong", "cong tac tot", "de mai hoi", "de mai", "de sau", "de hoi sau", "de lan sau", "chao oi", "troi oi", "ngay moi", "ngay moi vui ve", "buoi toi vui ve", "cuoi tuan vui ve", "suc khoe", "an khang", "thinh vuong", "binh an", "may man", "nam moi", "chuc mung", "kinh chuc",
  "chao mung", "kinh chao", "quy co quan", "co chu", "anh chi", "moi nguoi",
  // Acknowledging: "à ra vậy", "vậy hả", "ô kê", "ờ", "thôi được rồi".
  "ra vay", "vay ha", "the a", "rua ha", "rua a", "vay a", "o", "o ke", "okela", "ok con", "duoc roi", "thoi duoc roi", "khong sao", "dung roi", "chuan roi",
  // Compliments in chat words: "bot đỉnh quá", "ngon lành", "trả lời dễ hiểu lắm".
  "dinh", "dinh qua", "ngon lanh", "ngon", "de hieu", "tra loi de hieu", "tra loi de hieu lam", "chuan", "qua hay", "hay", "hay that", "hay thiet",
  // Leaving the chat: "thôi tui đi ngủ đây", "mai nói chuyện tiếp nghen".
  "da tra loi", "da giai thich", "giai thich", "da giai dap", "da huong dan", "da giup do", "da chi dan", "da lang nghe",
  "rat chi tiet", "chi tiet", "tra loi chi tiet", "ro rang", "de hieu qua", "hay he", "hay ha", "gioi rua", "gioi ha", "xin qua", "xin xo", "xin ghe",
  "lo tay", "lo tay bam", "bam lon", "sr", "xl", "sorry nha", "chao buoi trua", "buoi trua", "cam on ban dan van", "cam on tro ly", "cam on ban dan van nhieu",
  // Announcing a question, asking for a chat: "mình cần hỏi chút", "cho mình hỏi chút được không", "nói chuyện với tui đi".
  "can hoi chut", "cho minh hoi chut", "cho toi hoi chut", "cho em hoi chut", "cho tui hoi chut", "cho hoi", "tra loi", "hoi chut", "hoi ti", "hoi xiu", "cho hoi chut", "muon hoi chut", "hoi chut duoc khong", "hoi duoc khong", "duoc khong", "noi chuyen voi tui", "noi chuyen", "tam su",
  "di ngu day", "di lam day", "di day", "xin phep dung o day", "dung o day", "noi chuyen tiep", "mai noi chuyen", "mai noi chuyen tiep", "nc sau", "noi chuyen sau", "khi khac", "lan khac", "hom khac",
  // Calling out, announcing a question in other words: "a lô a lô", "cho tui hỏi cái", "xin phép hỏi xíu".
  "alo alo", "a lo a lo", "alooo", "aloo", "hoi cai", "cho hoi cai", "hoi mot chut", "hoi chut xiu", "hoi ty", "hoi it", "xin phep", "xin phep hoi", "xin phep hoi chut", "hoi mot cau", "hoi cau nay",
  // Testing the bot: "test", "test thử", "thử coi", "123".
  "test", "test thu", "test thu coi", "testing", "thu", "thu coi", "thu xem", "thu nghiem", "thu cai", "kiem tra thu", "check", "123", "1 2 3", "1234", "12345",
  // Come to try it, told where it was seen: "mới thấy trên zalo của xã, xài thử coi ri", "mới biết trang ni qua nhóm Zalo của Đoàn trường", "có chạy ko".
  "co chay khong", "chay duoc khong", "co hoat dong khong", "van su nhu y", "nhu y", "phat tai", "xuan moi", "tan xuan", "anh chi em", "trang ni", "trang nay", "nhom zalo", "qua nhom zalo", "doan truong", "doan xa", "xai thu", "xai thu coi", "dung thu", "dung thu coi", "vo thu", "vao thu", "vo coi", "moi thay", "moi biet", "nhan thu", "nhan thu mot cai", "co ai doc khong", "co ai doc ko", "tro ly ni", "cai tro ly ni", "cai tro ly nay", "thay tren zalo", "tren zalo", "tren zalo cua xa", "zalo cua xa", "trang cua xa", "nghe con noi", "nghe noi co",
  // Stickers and pictures as some apps pass them on as text: "[sticker]", "[hình dán]", "[emoji]".
  "sticker", "hinh dan", "emoji", "bieu tuong cam xuc", "gif", "anh dong", "like",
  // Reactions: "wow", "ủa", "trời ơi là trời", "sao kỳ vậy", "tuyệt vời ông mặt trời".
  "wow", "woa", "oa", "ui", "ui da", "ua", "ha", "he", "hu", "ui troi", "troi oi la troi", "troi dat oi", "troi dat", "sao ky", "sao ky vay", "ky vay", "ky ghe", "la vay", "la ghe", "la nhi", "sao vay",
  "ong mat troi", "tuyet voi ong mat troi", "ghe chua", "ghe vay", "hay ta", "hay ghe ta", "that luon", "that ha", "that a", "thiet ha", "thiet a", "vay sao", "chet cha", "ui chet",
  // Waiting, leaving it there: "chờ chút", "đợi tí nha", "thôi khỏi", "để tui suy nghĩ đã", "để mai tính tiếp".
  // Asking it to wait while one gets ready: "từ từ nghe, bác già rồi, để bác đeo kính đã".
  "tu tu", "go chu cham", "gia roi", "deo kinh", "de tui deo kinh da", "de toi deo kinh da", "de bac deo kinh da",
  "cho chut", "cho ti", "cho xiu", "cho mot chut", "doi chut", "doi ti", "doi xiu", "doi mot chut", "doi", "thoi khoi", "khoi", "khoi di", "thoi khong hoi nua", "khong hoi nua", "thoi bo qua", "bo qua",
  "suy nghi da", "de suy nghi", "de suy nghi da", "de tinh", "de tinh sau", "tinh sau", "tinh tiep", "mai tinh", "de mai tinh", "de mai tinh tiep",
  // Asking leave to ask, without the question yet: "hôm nay mình hỏi vài chuyện được không", "cho em hỏi chút xíu", "hỏi một chuyện nghen".
  "hoi chuyen", "chut chuyen", "mot chuyen", "hoi chut chuyen", "cho tui hoi chut chuyen", "cho toi hoi chut chuyen", "cho em hoi chut chuyen", "cho minh hoi chut chuyen", "hoi vai chuyen", "hoi vai cau", "hoi vai dieu", "hoi vai cai", "hoi may cau", "hoi may chuyen", "hoi may cai", "hoi mot so", "chut xiu", "ti xiu", "mot xiu",
  // Done asking, leaving for the day's work: "tui hỏi xong rồi", "rứa là được rồi", "đi nấu cơm đây", "mai rảnh hỏi tiếp".
  "hoi xong", "hoi xong roi", "xong roi", "het roi", "la duoc roi", "rua la duoc", "vay la duoc", "the la duoc", "nau com", "di nau com", "di cho", "di lam", "ranh", "mai ranh", "khi nao ranh", "luc khac",
  // An elder's apology for the phone: "bác lớn tuổi rồi bấm điện thoại không rành, có gì con thông cảm".
  "thong cam", "co gi thong cam", "co gi", "thong cam nghe", "thong cam nha", "lon tuoi", "lon tuoi roi", "gia roi", "khong ranh", "bam khong ranh", "khong biet bam", "bam dien thoai", "dien thoai khong ranh",
];

/** Words that carry no request of their own (particles, forms of address, the bot's names). */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  "so", "much", "very", "lot", "you", "too",
  "a", "ah", "ha", "nha", "nhe", "nghen", "ne", "nhen", "hen", "nhi", "hi", "ho", "vay", "the", "roi", "luon", "nhieu", "lam", "qua", "moi", "nguoi",
  "ban", "bot", "em", "anh", "chi", "tro", "ly", "ad", "admin", "minh", "toi", "may", "oi", "voi", "va", "cung", "nay", "nua", "gio", "sang", "co", "trang",
  "hom", "khac", "tiep", "hoi", "biet", "gap", "lai", "sau", "lan", "nhu", "thi", "do",
  "nghe", "nhiu", "ghe", "rua", "ri", "hung", "chu", "ne", "nhat", "that", "su", "ca", "nha", "ngay", "nhe", "nghen", "con", "chau", "ong", "ba", "co", "chu", "bac",
  "thiet", "troi", "mai", "chua", "di", "xiu", "ti", "nen",
  "tui", "tau", "day", "ta", "cha", "ne", "ua", "quy", "cac", "cau", "he", "rua", "hi", "can", "cua",
  // "cho tui hỏi cái", "để tui nghĩ đã": no request of their own either.
  "cho", "de", "da",
]);

/** Asking the bot for a wish: "hôm nay sinh nhật tui tròn 60 tuổi nè, bot chúc tui một câu coi". */
export const WISH_ASKED = /\b(bot|tro ly|ad|admin)( oi)? chuc (tui|toi|minh|em|chau|con|bac|ong|ba|gia)\b/u;

/**
 * Where its answers come from and whether it makes them up: "câu trả lời của bot lấy từ đâu ra", "bạn tự viết ra hay
 * người khác soạn", "trả lời dựa trên cái gì, có tự bịa không", whether it has read the resolution ("bot đọc hết nghị
 * quyết chưa mà trả lời"). Answered with what the answers rest on.
 */
export const SOURCES_ASKED =
  /\b(ban|bot|em|tro ly|ad)( da| co)? (doc|hoc|thuoc)( het| xong| ky| thuoc long| qua)?( ca| het)?( cai)? (nghi quyet|van ban)\b( [a-z0-9]+){0,5} (chua|roi chua)\b|\b(tra loi|cau tra loi)( cua (ban|bot|em|tro ly))?( [a-z]+){0,3} (la )?(tu nghi ra|tu viet ra|tu soan|lay (o|tu) dau ra|co (ai|nguoi) (soan|viet)|dua (vao|tren) (dau|cai gi|gi|chi))\b|\b(ban|bot|em|tro ly) (tu nghi ra|tu viet ra|tu tra loi) hay\b|\b(ban|bot|em|tro ly)( [a-z]+){0,5} co (tu )?bia( ra)? (khong|ko|hong)\b/u;

/** Where the assistant can be reached: "trợ lý có chat qua Telegram được không", "bạn có dùng trên điện thoại được hông", "bot có nhắn qua Zalo được không". */
export const CHANNELS_ASKED =
  /\b(ban|bot|em|tro ly)( nay| ni)? co( the)? (xai|dung|su dung|chay|nhan tin|nhan|hoi|chat|tra loi)( duoc)? (tren|qua|bang|o) (zalo|telegram|facebook|messenger|fb|dien thoai|app)\b/u;

/** Taken for another office's line: "đây có phải đường dây nóng của xã Tiên Sơn không?", "số này là tổng đài công an huyện hả", folded. */
export const ANOTHER_OFFICES_LINE =
  /\b(day|trang nay|kenh nay|cho nay|so nay|zalo nay)( co)?( phai)?( la)? (duong day nong|tong dai|hotline|so dien thoai)( [a-z]+){0,2} (cua |ben )?(xa|phuong|huyen|thi tran|cong an|uy ban|ubnd)\b/u;

/** Whether it waits for a slow typist: "trợ lý có chờ tui gõ từ từ được không hay để lâu là bị tắt ngang?" (answered like typing asked). */
export const SLOW_TYPING_ASKED = /\b(ban|bot|em|tro ly)( nay| ni)? co (cho|doi)( [a-z]+){0,3} (go|nhan|viet)\b|\bde lau( [a-z]+){0,2} (bi )?(tat|ngat|thoat|mat)( ngang)?\b/u;

/** Asking the assistant about itself: what it is, what it can do, when it works. */
export const SELF_QUESTION_PATTERNS: readonly RegExp[] = [
  /\b(ban|bot|em|tro ly|may|m|nguoi) (la ai|la gi|ten (la )?gi|la (nguoi|ng) hay may|la (nguoi|ng) that|co phai (la )?(nguoi|may|robot|chatgpt|ai|tri tue nhan tao|chat gpt|nguoi that))\b/u,
  /\b(chatgpt|chat gpt|tri tue nhan tao|robot)\b.*\b(khong|a|ha)\b/u,
  /\b(ban|bot|em|tro ly) (lam|giup|ho tro) (duoc )?(nhung )?(gi|chi|viec gi)/u,
  /^((ban|bot|em|tro ly|mi|ad|admin|oi|a|vay|the|cai nay|app nay|trang nay|cho (toi|tui|minh|em) hoi) )*(co the )?(lam duoc gi|giup duoc gi|biet lam gi|ho tro duoc gi|dung de lam gi|dung nhu the nao|su dung the nao|dung sao)\b/u,
  /\b(ban|bot|em|tro ly) co (truc|lam viec|hoat dong|tra loi)\b.*\b(dem|24|gio hanh chinh|cuoi tuan|chu nhat|khong)\b/u,
  /\b(ai|ai da) (tao ra|lam ra|viet ra|lap ra|che ra) (con )?(ban|bot|em|tro ly)\b/u,
  // "Đây là người thật hay máy trả lời tự động?", "cái này là chương trình AI tự trả lời à", "có phải người thật đang ngồi gõ hay là máy", "bot ni người thật hay AI v", "đây có phải trang chat của Ban Dân vận không, hay của bên mô?"
  /\b(nguoi that|nguoi|ng|that|can bo|nhan vien)( [a-z]+){0,3} hay (la )?(may|bot|robot|tu dong|chuong trinh|phan mem|ai(?=( (v|vay|z|a|ha|day|the))*$))\b|\b(may|chuong trinh|phan mem)( may tinh| ai)? ((tra loi )?tu dong|tu tra loi)\b/u,
  // "bot biết làm mấy cái j v", "trang này giúp được người dân những việc gì?", "ứng dụng này làm được gì cho dân vậy?", "bot này ngoài nghị quyết ra còn làm được gì nữa",
  // "app ni giúp được chi cho dân trên xã mình", "con bot ni giúp được em những gì cho khóa luận về nghị quyết" (not "các đơn vị vũ trang làm những gì").
  /\b(ban|bot|em|tro ly|(?<!vu )trang|app|ung dung|kenh|cho nay)( nay| ni)?( ngoai( [a-z]+){1,3} ra)?( con)? (biet |co the )?(lam|giup|ho tro)( duoc)?( [a-z]+){0,4} (gi|chi|viec gi)( nua)?( cho (dan|nguoi dan|ba con|toi|tui|minh|em|chung toi)( (o|tren|trong) (lang|thon|xom|ban|xa|que|vung cao|mien nui)( (nay|ni|minh|toi|tui))?)?| cho (bai|bai viet|bai luan|khoa luan|luan van|tieu luan|bai thu hoach|bai thi)( [a-z]+){0,8})?( (vay|v|a|ha|the|nhi|day|rua|khong|ko|hong))*$/u,
  /\b(day|trang nay|kenh nay|cho nay|zalo nay|tai khoan nay|so nay) (co phai |phai )?(la )?((trang|kenh|tai khoan|zalo|page|fanpage|so|nick|ben|cho)( chat| nhan tin| hoi dap| chinh thuc){0,2} (cua |ben )?|(cua|ben) )(ban dan van|dan van|ai|ben nao|ben mo|co quan nao|tinh uy|nha nuoc)\b/u,
  // "dân thường dùng cái ni được việc chi?", "xài app này thì được cái gì".
  /\b(dung|xai|su dung) (cai|app|trang|ung dung|bot|tro ly|kenh)( nay| ni| do)?( thi)? (duoc|lam duoc|giup duoc) (viec |cai )?(gi|chi)\b/u,
  SLOW_TYPING_ASKED,
  ANOTHER_OFFICES_LINE,
  /\b(who are you|what are you|what can you do|are you (a )?(bot|robot|human|real)|what is your name|your name)\b/u,
  // Quảng Nam "mi" (you), "chi" (what): "mi là ai", "bot ni là chi rứa", "bot tên chi".
  /\b(ban|bot|em|tro ly|mi|may|ad|admin)( ni| nay| do)? (la ai|la chi|ten chi|ten la chi|ten gi)\b/u,
  /\b(ai dang (tra loi|nhan tin|chat|noi chuyen)|(dang )?noi chuyen voi ai|(dang )?chat voi ai|nhan tin voi ai|day la ai|ai (lap trinh|viet|lam|tao|quan ly|van hanh) (ra )?(ban|bot|em|tro ly|cai nay))\b/u,
  // Whose the bot is ("bạn là của cơ quan nào", "bot này là của ai lập ra"); folded, "văn bản của ai" is no "bạn của ai".
  /\b(?<!van )(ban|bot|em|tro ly)( nay| ni)?( la)? (cua|thuoc|do) (co quan|don vi|ai|ben) ?(nao|quan ly|lam|lap ra|tao ra|lam ra)?\b/u,
  // Still on duty at night, a machine after all: "khuya rồi mà bạn vẫn còn trực hả", "vậy là máy thiệt hả".
  /\b(ban|bot|em|tro ly|ad) (van |con |van con )(dang )?truc\b|\b(la|dung la) may (that|thiet) (ha|a|sao|roi)\b/u,
  // Who made it, whose it is: "bot này ai làm vậy, của Ban Dân vận thiệt hả?", "cái bot này của Ban Dân vận Tỉnh ủy làm hả?" (not "ban" alone: "Ban này ai làm trưởng ban" asks who holds an office).
  /\b(bot|tro ly|trang nay|app nay|ung dung nay)( nay| ni)? (do )?ai (lam|tao|lap|lap trinh|viet|quan ly|van hanh)( ra)?\b|\b(bot|tro ly|trang|kenh)( nay| ni)?( (la|co phai|phai))? (cua|thuoc|ben) (ban dan van|dan van|tinh uy|nha nuoc|chinh quyen)( tinh uy)?( (lam|lap|tao|lap ra|lam ra))?( (that|thiet|that su|chinh thuc))?( (ha|a|khong|ko|hong|phai khong|vay|rua))*$/u,
  // The province's or a company's: "app này của huyện làm hay của công ty tư nhân".
  /\b(bot|tro ly|trang|app|ung dung|kenh)( nay| ni)? (la )?(cua|do) ([a-z]+ ){1,6}hay (la )?(cua |do )?(cong ty|doanh nghiep|tu nhan|ca nhan|ben nao|ben mo)\b/u,
  // What the channel is for, asked by one just added to it: "em mới vô nhóm, kênh này dùng để làm gì" (Quảng Nam "mần chi").
  /\b(bot|tro ly|trang|kenh|app|ung dung|nhom|cho)( nay| ni)? (dung de|de) (lam|man) (gi|chi)\b/u,
  // How the bot itself fares, asked in jest: "khuya rồi mà còn trả lời, bot có bị mắng không", "ad có mệt không", "bot có lương không",
  // "bot không ngủ hả".
  /\b(ban|bot|tro ly|ad|admin)( nay| ni)? (co )?(bi (la|mang|chui|phat|tru luong)|met|buon|gian|ngu|thuc khuya|doi bung|co luong|duoc nghi)( [a-z]+){0,2} (khong|ko|hong|hok|chua)\b|\b(ban|bot|tro ly|ad|admin)( nay| ni)?( van)? (khong|ko|hong|chua|chang) (ngu|nghi|met|biet met|an com)( (a|ha|ak|ah|sao|luon|vay|nhi|he))+$/u,
  // Whether what one sends here reaches the authorities, nothing sent yet: "gửi chuyện ở thôn vô đây thì có tới tay xã không".
  /\b(nhan|gui|bao|phan anh|go)( [a-z]+){0,5} (vo|vao|qua|len|o) (day|bot|trang nay|kenh nay|app nay)( thi)? (co )?(toi|den) tay (chinh quyen|xa|lanh dao|can bo|co quan|cap tren|ben tren)\b/u,
  // Whether it takes complaints too: "ngoài hỏi về nghị quyết thì bot có nhận phản ánh chuyện đền bù … không hay phải lên xã nộp đơn?".
  /\b(bot|tro ly|trang nay|app nay|ung dung nay|ben minh)( nay| ni)? (co )?(nhan|tiep nhan|nhan luon) (phan anh|don|kien nghi|y kien|gop y)( [a-z]+){0,8} (khong|ko|hong)\b/u,
  SOURCES_ASKED,
  // The bot called "con"/"cháu" by an elderly sender: "bác mới dùng cái này lần đầu, con giúp được bác những việc gì?".
  /\b(con|chau) (co the )?(giup|lam|ho tro)( duoc)? (bac|ba|ong|co|chu|di|me|cau|mo|o)( (nhung|may))?( (viec|cai|chuyen))? (gi|chi)\b/u,
  // Asked to be shown how to ask it, by an elderly sender: "con chỉ bác hỏi cái ni răng cho đúng với".
  /\b(con|chau|bot|ban|em|ad|tro ly)( oi)? (chi|huong dan|bay)( giup| dum| gium)?( (bac|ba|ong|co|chu|tui|toi|minh|gia|me|di|cau))? (cach )?(hoi|dung|xai|bam|go|nhan tin)( (cai|may cai|chuyen) (ni|nay))? (rang|sao|the nao|nhu the nao|ra sao|lam sao)\b/u,
  // What it helps with and how to use it, in chat words: "ad hỗ trợ đc mấy vụ chi v, e k hiểu lắm cách xài".
  /\b(ho tro|giup)( duoc| dc| đc)? (may|nhung) (vu|viec|cai|chuyen) (gi|chi)\b|\b(k|ko|khong|chua) (hieu|biet)( lam)? cach (xai|dung|su dung)\b/u,
  // What one may ask it for: "mình có thể nhờ bot những việc chi".
  /\bnho (ban|bot|tro ly|em|mi|ad)( duoc)? (lam )?(nhung )?(viec |cai )?(gi|chi)\b/u,
  // What it can do, how to use it.
  /\b(huong dan ((toi|tui|minh|em|voi|giup|dum) )?(su dung|dung|cach dung|cach su dung)|cach (su dung|dung) (bot|tro ly|ban)|(toi|minh|em|tui) (co the |duoc )?hoi ((ban|bot|em|tro ly|ad) )?(duoc )?(nhung )?(chuyen |cau |viec |cai )?(gi|chi)|hoi duoc (nhung )?(chuyen |cau |viec |cai )?(gi|chi)|(ban|bot|em|tro ly) biet (nhung )?(gi|chi)|(ban|bot|em|tro ly) (co the|biet) (lam|giup|tra loi) (nhung )?(gi|chi))\b/u,
  // Which kinds of questions it answers: "trợ lý giải đáp được loại câu hỏi gì", "bot trả lời được những vấn đề chi".
  /\b(ban|bot|em|tro ly) (co the )?(tra loi|giai dap) (duoc )?(nhung )?(loai |kieu |dang )?(cau hoi|cau|chuyen|van de|viec)( [a-z]+)? (gi|chi|nao)\b/u,
  // Are you there, how are you, can you hear me (said to a voice keyboard: "alo alo có nghe tui nói không bot ơi"), or understand me
  // (from one still learning Vietnamese: "tui nói chưa rành, em hiểu tui nói không").
  /\b(co )?(nghe|hieu) (tui|toi|em|con|chau|bac|minh|gia) noi( gi)? (khong|ko|hong|duoc khong)\b/u,
  /\b(ban|bot|em|tro ly|ad|admin|mi)( (hom nay|dao nay|van|co))* khoe (khong|ko|hong|hok|chu|a|ha|re)\b/u,
  // How to use it: "tôi có thể gửi phản ánh qua đây không", "làm sao để gửi góp ý", "bạn giúp tôi được không".
  /^(cho (toi|tui|minh|em) hoi )?((toi|tui|minh|em|nguoi dan|ba con) )?(co the |muon |duoc |phai )?(lam (sao|the nao) de |cach )?(gui|nop|gop y|phan anh|kien nghi|bao tin|hoi)( (phan anh|gop y|kien nghi|y kien|don|cau hoi|thac mac))?( (qua|o|tren|vao|cho|voi) (day|bot|ban|tro ly|nay|trang nay|kenh nay|zalo|telegram|ai))?( thi)?( (duoc|nhu the nao|the nao|ra sao|o dau|sao|bang cach nao|lam sao|lam the nao|phai lam sao|phai lam gi|lam gi))*( (khong|a|vay|ha|nhi))*$/u,
  /\b(ban|bot|tro ly|em|ad)( oi)? (co the )?(giup|ho tro|tu van) (toi|tui|minh|em|chau|con)( (mot chut|chut|voi|duoc|dum|giup|chut xiu))*( (khong|duoc khong|nhe|nha|a|di))*$/u,
  // Whether it does more than answer on the resolution: "bot viết giùm kế hoạch được không, hay là chỉ hỏi đáp về văn bản".
  /\bhay (la )?chi (tra loi|hoi dap|biet|lam|noi)( ve| duoc)?( [a-z]+){0,2} (nghi quyet|van ban)( (nay|ni|thoi|a|vay|v))*$/u,
  // What it takes: "bot ni chỉ trả lời mấy câu về nghị quyết thôi hay nhận luôn phản ánh của dân?".
  /\b(ban|bot|tro ly|em|mi|trang|kenh)( ni| nay)? (chi )?(tra loi|nhan|hoi dap|lam)\b.*\b(thoi hay|hay (nhan|tra loi|lam) (luon|ca|them))\b/u,
  // Asked in English whether it speaks it ("Do you speak English? …", "can you understand Vietnamese").
  /\b(can|do) you (speak|understand|read|reply in|answer in) (english|vietnamese)\b/u,
  // Its age, place, languages: "bot bao nhiêu tuổi", "bot ở đâu", "bạn có hiểu tiếng Quảng không", "em hiểu tiếng Giẻ Triêng không", "em nói tiếng Hàn được không".
  /\b(ban|bot|em|tro ly|mi|ad)( ni| nay)? (bao nhieu tuoi|may tuoi|co nguoi yeu|co (hieu|biet|noi duoc|noi|biet noi|biet noi duoc) tieng|hieu tieng|biet tieng|biet noi( duoc)? tieng|noi duoc tieng|noi tieng|doc duoc tieng|nghe hieu)/u,
  // Trying it out, and whether chatting with it costs anything: "test thử cái, có ai trả lời không ta", "nói chuyện với bot có bị trừ tiền điện thoại không".
  /^test( thu)?\b|^thu (xem|coi|chut) (bot|cai nay|app|trang nay|co)\b|\bco ai tra loi (khong|ko|hong)\b/u,
  /\b(noi chuyen|nhan tin|chat|hoi|dung|xai)( voi| qua)? (bot|tro ly|ban|cai nay|app nay|trang nay)( [a-z]+){0,3} (tru tien|mat tien|ton tien|tinh tien|mat phi|ton phi|tinh phi|co phi)\b/u,
  // Where it is: not "Ban" (the committee, whose address is a contact detail the documents lack).
  /\b(bot|tro ly|mi)( ni| nay)? (o dau|o mo|song o dau)/u,
  // The bot named in Quảng Nam or chat words: "mi làm được chi", "bot ni biết chi không".
  /\b(mi|may|ban|bot|tro ly)( ni| nay| do)? (lam|giup|ho tro|biet|biet lam|co the lam|co the giup) (duoc )?(nhung )?(viec |cai )?(gi|chi)\b/u,
  // "… làm được chi thì chỉ bác với": asking to be shown what it does.
  /\b(lam|giup|biet lam) duoc (nhung )?(viec |cai )?(gi|chi) thi (chi|huong dan|noi|bao|ke)\b/u,
  /\b(tra loi|hoi) duoc (nhung )?(cau hoi |cau |viec |chuyen |cai )?(gi|chi|nao)\b|\b(nen|co the|duoc) hoi (nhung )?(gi|chi|cai gi|cai chi)\b|\b(co the )?(giup|ho tro) (toi|tui|minh|em|duoc)( duoc)? (viec |nhung viec |cai )?(gi|chi)\b/u,
  /^(ai|ai do|ai day|ai the|day la ai|do la ai)( (vay|the|a|ha|ne|rua))*$|\b(co )?nguoi that (tra loi|dang tra loi|tra loi khong|khong)|\b(ban|bot|ad|admin|em|tro ly)( la)? (nguoi|robot|may)( that| hay may| hay nguoi)? ?(ha|a|khong|ko|vay|rua)?$|\b(chau|con) la (robot|may)( (ha|hi|he|a|rua|roi))?$/u,
  /^((alo|a lo|e|oi|hi|hello|chao|xin chao)( (ban|bot|em|ad|admin|anh|chi))? )?(co ai (o do |do |day |ben do )?(khong|ko|hong|hok)|(ban|bot|em|tro ly|ad|admin) (con )?(o do|con do|do|con thuc|thuc|online|hoat dong|con hoat dong|con song) (khong|ko|hong|hok|chu|a)|(ban|bot|em|tro ly|ad) (co )?khoe (khong|ko|hong|hok|chu)|khoe khong)( (a|vay|ha|nhi|the|ban|bot|em|tro ly))*$/u,
];

/**
 * Asking who reads what one sends and whether one's name or number is kept back ("nhắn ở đây có ai đọc được tin của tui không?
 * có giữ kín tên tui không"), or whether what one asks is kept or passed on ("bot có ghi lại không, có gửi cho ai đọc không"; not
 * "bot có lưu ý gì", nor "gửi cho ai xem xét", whom to send a petition to): how messages and reports are handled, answered before
 * anything is sent.
 */
export const PRIVACY_ASKED = /\b(giu kin|bao mat|giau|che) (ten|thong tin|so dien thoai|sdt|danh tinh)\b|\bgui an danh\b|\b(co )?ai (doc|xem|thay|biet)( duoc)? (tin|tin nhan)\b|\b(nhan|gui) (vo|vao|len|qua) (day|bot|trang nay)( [a-z]+){0,2} co ai (doc|xem)( duoc)? (khong|ko|hong)\b|\b(bot|tro ly|ad|admin|he thong) (co )?(luu lai|ghi lai|giu lai|luu(?! y\b))\b|\b(gui|chuyen) (cho|toi|den) ai (coi|xem(?! xet)|doc)\b/u;

/**
 * Asking whether one may write for someone else ("mẹ tui không biết nhắn tin, tui nhắn giùm bả được không",
 * "gửi thay cho ông nội được không"): one's own "nhắn giùm", or "thay cho" a relative; not the bot asked to pass something on.
 */
export const PROXY_ASKED =
  /\b(?:(?:toi|tui|em|con|chau|minh|t)(?: co the| muon| xin)? (?:nhan|gui|bao|phan anh|hoi|go|viet)(?: phan anh| kien nghi| tin)? (?:gium|dum|ho|giup|thay)|(?:thay|thay cho|thay mat|dai dien cho) (?:ba|me|ma|bo|cha|ong|ong ba|ba ma|ba me|bo me|cha me|nguoi nha|nguoi than|gia dinh|hang xom|nguoi khac))\b.{0,60}\b(?:duoc|dc) (?:khong|ko|k|hong|hok|kg|chang|chu)\b/u;

/** Asking whether it understands: "bot có hiểu không", "bạn đọc được không", "em hiểu tui nói không", "bot đọc được chữ gõ không dấu không". */
export const TYPING_UNDERSTOOD = /\b(ban|bot|em|tro ly|ad|admin|mi)( ni| nay)? (co )?(hieu|doc|doc hieu|hieu ra|doc ra)( (toi|tui|em|minh|con|chau|bac) (noi|viet|go)| duoc (tin nhan|tin|chu|cau)( [a-z]+){0,3})?( duoc)? (khong|ko|hong|hok|k)\b/u;
/**
 * Whether the assistant reads or answers in a tongue other than Vietnamese, the province's minorities' first of all: "trợ lý
 * đọc được tiếng Cơ Tu không", "bot trả lời bằng tiếng dân tộc được không".
 */
export const OTHER_TONGUE_ASKED =
  /\b(ban|bot|em|tro ly|ad)( [a-z]+){0,6} (hieu|doc|noi|tra loi|viet|nhan)( [a-z]+){0,4} (tieng|bang tieng) (co tu|xo dang|ca dong|gie trieng|bh noong|ta oi|co|dan toc|dong bao|do)\b( [a-z]+){0,3} (duoc )?(khong|ko|hong|k)\b/u;

/**
 * Telling how one types: dictated to the phone ("nói vô cho điện thoại nó ghi ra chữ"), without diacritics, misspelt, in the
 * local speech, in Vietnamese learnt as a second language ("viết tiếng Kinh chưa rành"). With `TYPING_UNDERSTOOD`, a question
 * about the assistant however long.
 */
export const HOW_ONE_TYPES =
  /\b(go|viet|nhan|noi|doc)( [a-z]+){0,4} (khong dau|sai chinh ta|sai|loi|tieng dia phuong)\b|\b(dien thoai|may) (no )?(ghi|go|viet|chep|danh) (ra |lai )?(chu|thanh chu)\b|\b(giong noi|noi vo may|noi vao may|noi vo dien thoai|noi vao dien thoai)\b|\b(noi|viet|go|biet) tieng (kinh|viet|pho thong)( [a-z]+){0,2} (chua|khong|ko|it) (gioi|ranh|thao|duoc|lam)\b/u;

/**
 * Saying the bot's answer was slow, wrong or hard to follow ("bot trả lời chậm quá", "hỏi một đằng trả lời một nẻo", "hỏi chi cũng trả lời không biết"):
 * feedback on the assistant itself, answered calmly like rudeness, not searched or filed. "bạn dở" only closing the message or before a particle:
 * folded it is also "ban đó" (that board), "vậy ban đó lo việc gì".
 */
export const BOT_COMPLAINT_PATTERN =
  /\b(tra loi|rep|phan hoi|noi)( gi| cai gi| kieu gi| the nao| vay)?( ma| sao)? (cham|sai|lung tung|linh tinh|kho hieu|khong dung|khong hieu|vo nghia|lac de|lac de roi|khong lien quan|khong trung|ngo ngan|te|do|chan|vong vo|dai dong|khong ro|mu mo)\b(?! (dau|ai|vi|nao|gi)\b)|\b(bot|tro ly|mi|(?<!\bso )may|(?<!\b(truong|pho|cac|moi|tung|hai|mot|nhung|uy vien|thanh vien) )ban)( nay| ni)? (do(?=[\s,.!?]*$|[\s,.!?]+(qua|the|vay|ghe|lam|roi|that|thiet|te|oi|troi|vl|v|z)\b)|te|kem|cham|lo|chan|vo dung|khong hieu gi|chang hieu gi|khong biet gi|ngo|ngao|ngu)\b|\bhoi mot dang tra loi mot neo\b|\bhoi (hoai|mai)( ma)? (khong|ko|chang|hong) ra (cai )?(chi|gi)\b|\bkhong (dung|trung) (y|cau) (toi|tui|minh|em)( hoi)?\b|\b((bot|tro ly)( nay| ni)? )?hoi (gi|chi|cai gi|cai chi|cau nao)( [a-z]+){0,2} cung (noi|tra loi|bao|rep) (khong|ko|k) (biet|co|ro|thay|tim thay)\b|^(sao )?(cham|lau) (qua|the|vay|ghe|lam)( (troi|vay|the|ta|nha|bot|ban))*$/u;

/** Asking for a person, or whether anyone is there: "cho gặp người thật", "sáng ni có ai trực không đó", "có nhân viên nào không". */
export const HUMAN_PATTERN =
  /\b(noi chuyen|gap|lien he|chat|nhan tin|ket noi|goi|chuyen)( truc tiep)? (voi |cho |toi |den )?(nguoi that|nguoi|nhan vien|can bo truc|nguoi truc|admin|ad|quan tri vien|tong dai vien|tu van vien)( that| truc| nao| cua ban| cua ban dan van)?( (duoc )?(khong|ko|a|voi|di|giup|dum|nhe|nha))*$|^(((sang|trua|chieu|toi|dem|khuya) (ni|nay)|bay gio|gio nay|chu|luc nay|hom nay) )?(co )?(ai|nhan vien|can bo|nguoi|admin|ad)( nao)? ((truc|dang truc)( o day| o do| ben do)?|o do|online|tra loi|dang tra loi|doc|doc tin|doc duoc|day|o day)( (khong|ko|hong|hok|a|vay|the|ha|nhi|he|hen|ta|do))+$|^(((sang|trua|chieu|toi|dem|khuya) (ni|nay)|bay gio|gio nay|chu|luc nay|hom nay) )?co (ai|nhan vien|can bo|nguoi|admin|ad)( nao)?( (khong|ko|hong|hok|a|vay|ha|nhi|he|hen|ta|do))+$|^(co )?ai (do )?(tra loi|rep|giup|ho tro)( (gium|dum|giup|voi|cho|toi|tui|em|minh|di))+$|\b(bot|tro ly|ban)( nay| ni)?( co| con)? (chay|hoat dong|lam viec|dung duoc)( duoc)? (khong|ko|hong|chua)\b/u;

/**
 * Leaving for the day's work and asking later: "rứa thôi hỉ, tui đi nấu cơm cho mấy đứa nhỏ đây, bữa mô rảnh tui hỏi tiếp nghe",
 * "thôi chị chào em nghen, mai rảnh chị nhắn hỏi tiếp", in chat "mình off đây, mai rảnh vô hỏi tiếp", "thôi khuya rồi, mai mình hỏi tiếp. Bot nghỉ ngơi nha".
 * Both halves are needed: going somewhere "… đây" (or to one's shift, "vô ca đây"; to the fields, "ra rẫy nghen"; busy now, "đang họp chi bộ"), and coming back to ask
 * ("hỏi tiếp", "bữa khác", "rảnh nhắn tiếp", "lát nói chuyện tiếp") or a goodbye.
 */
export const LEAVING_PATTERN = /\b(di|phai di|ve|ra|xuong|len)( [a-z]+){1,6} (day|nghe|nha|nhe|da)\b|\b(ra|di ra|len|xuong) (ray|dong|ruong|vuon|nuong)( [a-z]+){0,2} (nghen|nhen)\b|\b(vo|vao) (ca|lam)( [a-z]+){0,3} (day|nghe|nha|nhe|da)\b|^((vay|rua|the) )?thoi (chao|nghe|nha|nhe)\b|^((vay|rua|the) )?thoi (khuya|tre|muon|toi) roi\b|\b(bot|ban|ad|em|tro ly)( cung)? nghi ngoi (nha|nhe|nghe|di)\b|\bthoi( (chi|em|anh|tui|toi|bac|con|chau|co|chu|ba|ong|minh))? chao\b|\bchuc( [a-z]+){0,2} ngu ngon\b|\boff (day|nha|nhe|nghe|truoc|luon)\b|\bdang (hop|ban hop|lai xe|chay xe)\b/u;
export const LATER_PATTERN = /\b(hoi tiep|hoi sau|hoi them|bua (mo|khac|sau|nao)|hom (khac|sau|nao)|luc khac|khi khac|lan sau|bye|(?<!(nop|lam|hoc|viet|doc|giai|cham|soan) )bai|tam biet|chao( (ad|admin|bot|ban|em|chi|anh|co|chu|bac|con|chau))? (nhe|nghe|nghen|nha)|mai( (toi|tui|em|minh|con|chau|bac))? (quay lai|ghe lai|vo lai|vao lai|nhan tiep)|ranh( [a-z]+)? nhan tiep|(noi chuyen|tam|nhan|noi) tiep)\b/u;

/**
 * Holding the documents up against what happens at one's place ("nghị quyết biểu cán bộ phải gương mẫu …, rứa mà ông bí thư
 * chi bộ thôn chỗ tui … chửi bà con", "nghị quyết nói cán bộ phải gương mẫu … mà ông phó chủ tịch xã tui …", "nghị quyết nói … xóa
 * hơn 15.000 nhà tạm, mà nhà bà … vẫn dột", "nghị quyết bảo phải lắng nghe dân, vậy cái cống nghẹt …", "… mà quán nhậu đầu hẻm …"): a complaint that
 * quotes them, not a question about them.
 */
export const QUOTED_AGAINST_PATTERN =
  /\b(rua ma|vay ma|the ma|ay vay ma|nhung ma|ma sao)\b|\b(nghi quyet|nq)( [a-z]+){0,2} (noi|bieu|bao|yeu cau|de ra)( [a-z0-9.]+){2,14} (ma (ong|ba|anh|chi|may ong|can bo|xa|thon|phuong|o|nha(?! nuoc)|quan|xuong|cong ty|nha may|doanh nghiep)|(vay|rua|the) (cai|con|vu|chuyen|viec))\b/u;

/**
 * Opening with news one has heard ("nghe nói tuần rồi … lại sạt lở, có ai bị sao không, báo chí nói gì") or a notice someone passed on
 * ("Có người chuyển vô nhóm Zalo thôn cái tin này: …"); "… nghe nói tỉnh xóa nhà tạm mà răng chưa tới" after a story is not.
 */
export const HEARSAY_PATTERN = /^((a|da|oi|ad|bot|ban|cho (toi|tui|em|minh) hoi|sang nay|sang ni|hom nay|hom ni|bua ni|hom qua|toi qua|moi|vua) )*(nghe noi|nghe dau|nghe bao|nghe tin|doc bao thay|thay tren mang|thay tren tivi|thay tren tv|nghe tren (tiktok|facebook|fb|mang|zalo|youtube)|(co nguoi|ai do)( vua| moi)? (gui|chuyen|share|dang|chia se)( [a-z]+){0,6} (cai|bai|tin|thong bao|tin nhan)\b)/u;

/**
 * Telling who one is or where one writes from ("xin chào, tôi là Lan, giáo viên ở Tam Kỳ", "mình nhắn tin từ Đài Loan nè", "anh mới
 * về nhận công tác ở Ban Dân vận huyện"): with nothing else in it, a greeting.
 */
export const SELF_INTRODUCTION_PATTERN =
  /^((xin )?chao( (ban|bot|ad|admin|em|anh|chi|chau|con|ca nha|moi nguoi))? )?(toi|tui|minh|em|con|chau|bac|gia|anh|chi|co|chu) (la|ten la|ten|nhan tin tu|dang o|o ben|song o|moi ve|moi duoc (dieu dong|phan cong|bo nhiem|bau|bau vao|bau lam|cu vao|cu lam)|moi nhan (cong tac|nhiem vu)) /u;

/** Rude words aimed at the bot: answered calmly, not searched. */
export const PROFANITY_WORDS: readonly string[] = ["dm", "dmm", "dcm", "vl", "vcl", "clgt", "cc", "do ngu", "ngu the", "bot ngu", "bot ni ngu", "bot nay ngu", "ngu vay", "ngu qua", "ngu thiet", "ngu that", "vo dung", "do vo dung", "dien a", "im di", "cut", "deo", "me may"];

/** Saying outright that this is a complaint, denunciation, request or suggestion. */
export const REPORT_VERBS: readonly string[] = [
  "phan anh", "khieu nai", "to cao", "to giac", "kien nghi", "de nghi", "yeu cau xu ly", "yeu cau giai quyet", "gop y", "de xuat", "muon khen", "xin khen", "khen ngoi", "bieu duong", "mong", "bo tri them", "thua kien", "keu cuu", "cuu voi", "cuu giup", "giup voi", "giup dum", "giup em voi", "giup tim", "tim giup", "tim dum", "xin ba con", "nho ba con",
  // Asked bluntly of whoever is in charge: "đèn hẻm tắt cả tháng, ai lo đi".
  "ai lo di", "ai lo dum", "ai lo gium", "ai lo giup",
  "khan cap", "bao tin", "trinh bao", "xin y kien", "nho can thiep", "can thiep", "xu ly giup", "xu ly gap", "xu ly dum", "giai quyet giup", "giai quyet dum", "hoa giai giup", "hoa giai gium", "hoa giai dum", "xuong do dac",
  "xem xet giup", "xem xet lai", "kiem tra giup", "kiem tra lai", "mong cac cap", "mong chinh quyen", "mong ban", "mong lanh dao", "mong duoc", "xin cac cap", "xin chinh quyen",
  "xin xa", "xin huyen", "xin tinh", "de nghi xa", "de nghi huyen", "de nghi tinh", "buc xuc", "het chiu noi", "qua dang", "vo ly", "khong ai giai quyet", "khong ai xu ly",
  "chua ai giai quyet", "chua duoc giai quyet", "chua duoc xu ly", "khong duoc giai quyet", "dun day", "lam ngo", "ngo lo", "nhung nhieu", "hach sach", "an chan", "an hoi lo", "tham o",
  // Suggestions ("nên mở thêm …") and thanks to a local body or its people (a compliment is a report too).
  "nen mo", "nen co them", "nen lam them", "nen xay", "nen sua", "nen lap", "nen bo tri", "nen tang cuong", "nen to chuc", "nen cho", "can phai lam", "can som",
  "cam on doan", "cam on xa", "cam on huyen", "cam on can bo", "cam on chinh quyen", "cam on cong an", "cam on bo doi", "cam on hoi", "cam on mat tran", "cam on uy ban",
  "cam on thon", "cam on ban quan ly", "cam on anh em", "cam on cac co", "cam on cac chu", "cam on doi", "cam on to",
  "cam on cac anh", "cam on cac chi", "cam on cac bac", "cam on dan quan", "cam on bac si", "cam on y te", "cam on dien luc", "cam on cong ty", "cam on thay co", "cam on nha truong",
];

/** The person's own life and place: a situation told from the first person is a report more often than a question. */
export const FIRST_PERSON_PLACES: readonly string[] = [
  "nha toi", "nha minh", "nha em", "nha con", "nha tui", "gia dinh toi", "gia dinh em", "gia dinh minh", "xa toi", "xa minh", "xa em", "thon toi", "thon minh", "thon em",
  "xom toi", "xom minh", "xom em", "khoi pho toi", "phuong toi", "huyen toi", "to toi", "khu toi", "doan duong nha", "hang xom", "dan o day",
  "toi bi", "em bi", "minh bi", "tui bi", "con toi", "chu toi", "me toi", "ba toi", "bo toi", "vo toi", "chong toi", "ong toi", "ba noi", "cha toi", "toi nop", "toi da nop", "toi gui", "toi bao",
  "em vay", "toi vay", "dat nha toi", "dat cua toi", "ruong nha", "vuon nha", "toi o", "em o", "minh o",
  // The same typed "tui" (tôi), and the people of one's place: "xóm tui", "bà con thôn", "dân xóm".
  "xa tui", "thon tui", "xom tui", "khu tui", "phuong tui", "huyen tui", "to tui", "khoi tui", "gia dinh tui", "con tui", "me tui", "ba tui", "vo tui", "chong tui",
  "khu em", "khu minh", "phuong em", "phuong minh", "chung toi", "bon toi", "tui toi", "bon tui", "dan minh", "dan xom", "dan thon", "ba con thon", "ba con xom", "ba con trong",
];

/** Words of a grievance told as a situation (damage, danger, wrongdoing). */
export const GRIEVANCE_WORDS: readonly string[] = [
  "hu hong", "hu", "xuong cap", "nut", "sup", "sat lo", "lo dat", "ngap", "o nhiem", "boc mui", "hoi thoi", "xa thai", "khoi den", "bui", "on ao", "no min", "doi no", "lai cao",
  "de doa", "bi danh", "danh dap", "danh nguoi", "danh hoi dong", "danh vo", "danh con", "chem", "lua dao", "ma tuy", "danh bac", "co bac", "chua tra", "chua duoc", "khong duoc", "khong co ai", "khong ai", "bi bat", "bat giu", "thu tien", "lay tien", "thu sai",
  "lan chiem", "lan dat", "cham tre", "ngam ho so", "hen di hen lai", "nhung nhieu", "tham nhung",
  // Kept waiting by an official on the phone: "cô cán bộ lướt điện thoại bắt ngồi chờ 2 tiếng".
  "bat ngoi cho", "luot dien thoai",
  // People searched by guards, with no right to it asked: "bảo vệ … chặn công nhân lại lục túi, hỏi ai cho phép họ làm vậy?".
  "luc tui", "luc soat", "kham xet nguoi", "ai cho phep ho", "ai cho phep ong", "ai cho phep ba",
  // Things snatched by people passing for officials, for money: "mấy người tự xưng dân phòng giật xe ba gác, đòi 500 ngàn mới trả".
  "bi giat", "giat xe", "giat mat", "tu xung", "moi tra xe", "moi tra lai",
  "o ga", "o ga o voi", "nhieu o voi", "nat bet", "mat dien", "cup dien", "mat nuoc", "cup nuoc", "cup nc", "mat nc", "khong thong bao", "khong co nuoc", "bi tac", "tac nghen", "nghet", "khong ai cham", "cheo leo",
  // Burning ("đốt"), but not "dột nát" nor "đột xuất", which fold the same.
  "dot rac", "dot nha", "dot xe", "bi dot", "dot pha", "dot lop", "dot rom", "dot khoi",
  "thot tim", "nguy hiem", "te nga", "gay tay", "chet", "bi thuong", "cap cuu",
  // Noise, lost sleep, weak signal: told as what it does to people.
  "on qua", "on lam", "khong ngu duoc", "mat ngu", "rot mang", "mat song", "song yeu", "yeu qua", "loi hoai", "bao loi", "hu hoai", "cup hoai",
  // Damage left unrepaired, trucks and dust day and night.
  // What it stops people doing: "không qua được", "phải lội qua", "con tui không học được".
  "khong qua duoc", "khong di duoc", "khong hoc duoc", "khong song duoc", "khong lam an duoc", "khong buon ban duoc", "khong chiu noi", "chiu khong noi", "khong dam di",
  "khong dam ra", "phai loi", "loi qua", "loi nuoc", "loi suoi", "nguy hiem lam", "nguy hiem qua", "so lam", "so qua",
  // What is missing or kept from people: "không có đèn đường", "chưa có nước", "không công khai".
  "khong co den", "chua co den", "khong co duong", "chua co duong", "chua co nuoc", "khong co dien", "chua co dien", "khong cong khai", "chua cong khai", "khong minh bach",
  // Nobody in charge, again and again: "có ai quản lý … không", "có ai quản không hay dân phải tự đi bắt", "cúp hoài", "cứ ngập".
  "co ai quan ly", "co ai quan", "khong ai quan ly", "co ai xu ly", "co ai lo", "khong ai lo", "xe qua tai", "cu cup", "cu mat", "cu ngap",
  // Seen night after night: "tối nào cũng thấy người lạ tụ tập chích hút sau chợ" (not "năm nào cũng", which the documents ask of bodies).
  "toi nao cung", "dem nao cung", "toi mo cung", "dem mo cung", "sang nao cung", "chieu nao cung",
  // Out of order for days: "đèn tắt cả tuần rồi", "mấy bữa ni", "cả tháng nay".
  "tat ca tuan", "tat ca thang", "khong sang", "khong chay", "khong hoat dong", "ca tuan nay", "ca thang nay", "ca tuan roi", "ca thang roi", "may thang nay", "may tuan nay",
  "may ngay nay", "may bua nay", "may bua ni", "may hom nay", "may thang roi", "ca nam nay", "ca nam roi",
  // Still not done after a courtesy: "cảm ơn, nhưng đường vẫn chưa sửa", "ok nhưng đèn vẫn tắt".
  "van chua", "van tat", "van hu", "van ngap", "van chua co", "van khong", "van con", "van y nguyen", "van nhu cu", "toi gio van", "den gio van", "toi chu van",
  "chua sua", "van chua sua", "chua khac phuc", "toc mai", "rai dat", "roi vai", "chay suot", "suot dem", "suot ngay dem",
  // An official's misconduct told as what was done: "đòi 5 triệu mới ký", "gạ tiền", "quát nạt", "cậy quyền ép dân".
  // Someone missing: "bé bị lạc từ sáng", "tìm chưa thấy".
  "bi lac", "di lac", "mat tich", "chua tim thay", "tim chua thay", "tim khong thay",
  // A file left lying for want of it: "tui không chịu đưa nên hồ sơ nằm im từ tháng Giêng".
  "ho so nam do", "ho so nam im", "ho so nam yen",
  "lan nao cung", "bat bo sung", "bo sung hoai", "di lai nhieu lan", "di may lan", "hanh dan", "lam kho dan",
  "xe cong", "tai san cong", "cua cong", "cong quy", "cho vo con", "dung xe cong",
  "doi tien", "ga tien", "dua tien", "vui tien", "an tien", "bat dua", "boi tron", "moi ky", "moi cho lam", "moi giai quyet", "moi chay", "phai boi duong", "lam kho", "gay kho", "quat nat", "chui boi", "chui mang", "de net", "ep dan", "cay quyen", "cau ket",
  // Land promised and not handed over, people renting meanwhile: "mấy năm chưa giao đất tái định cư, dân ở thuê hoài".
  "chua giao dat", "o thue hoai", "phai o thue", "phai di thue",
  // People turned away: "dân lên gặp thì đuổi về", "không tiếp dân".
  "duoi ve", "duoi dan", "khong tiep dan", "khong chiu tiep",
];

/** Talking about the documents: a message that names them asks what they say. */
export const DOCUMENT_WORDS: readonly string[] = [
  "nghi quyet", "nq", "van ban", "tai lieu", "noi gi", "co noi", "co nhac", "nhac den", "de cap", "quy dinh gi", "giao cho", "giao ban",
  // What it tells people to mind: "có dặn dò gì không" ("dan do" folded; not "hướng dẫn đó", which folds the same).
  "co dan do", "dan do gi", "dan do chi", "dan do nhung", "dan do the nao", "dan do ra sao", "co dan",
  // Who issues the guidance it calls for: "có cơ quan nào của tỉnh ra hướng dẫn chung không" (the "Dân vận khéo" models of III.5).
  "ra huong dan chung", "huong dan chung cua tinh",
  "muc tieu", "quan diem", "nhiem vu", "giai phap", "chi tieu", "to chuc thuc hien", "phan dau",
  // A passage just quoted, asked of ("giả sử … đụng với lợi ích chung … thì theo đoạn đó phải tính răng?").
  "theo doan do", "theo doan ni", "theo doan nay", "theo phan do",
];

/** Asking where one's own report is: the status words. */
export const STATUS_WORDS: readonly string[] = [
  "den dau", "toi dau", "tien do", "tinh trang", "tinh hinh xu ly", "xu ly chua", "xu ly den dau", "giai quyet chua", "nhan chua", "nhan duoc chua", "co ai nhan", "co ai xem",
  "tra loi chua", "bao gio", "khi nao", "may ngay", "bao nhieu ngay", "may bua", "may hom", "buoc nao", "buoc mo", "khau mo", "giai doan nao", "chuyen ve", "chuyen len", "cai nao chua", "lau vay", "lau qua", "sao roi", "the nao roi", "ra sao roi", "ket qua", "chuyen cho", "chuyen den", "co quan nao giai quyet", "chuyen co quan nao", "co quan nao xu ly",
  "xem duoc", "theo doi", "da xu ly", "dang xu ly", "co tra loi", "co phan hoi", "chua thay", "chua co",
  // Gone from view: "cái đơn tuần rồi của tui biến mất rồi", "mở lại không thấy nữa".
  "mat tieu", "bien mat", "khong thay nua", "dau mat",
  // Quảng Nam and chat forms: "ra răng rồi", "tới mô rồi", "tới phòng mô rồi", "có ai coi chưa".
  "ra rang", "rang roi", "toi mo", "den mo", "toi phong mo", "toi phong nao", "den phong nao", "toi ban nao", "toi ban mo", "coi chua", "co ai coi", "co ai doc", "doc chua", "xem chua", "hoi am", "co hoi am", "co tin gi", "co gi moi", "tin tuc gi",
  "co ket qua", "ket qua giai quyet", "ket qua xu ly", "duoc xu ly chua", "chuyen chua", "chuyen di chua", "kiem tra chua", "xuong kiem tra chua", "xuong chua", "xuong xem chua",
  "khong thay ai", "khong thay tra loi", "khong thay hoi am", "im ru", "hoi tham", "xem giup", "xem dum", "xem ho", "coi giup", "coi dum", "coi ho", "co ai lo", "ai lo chua",
  "chua thay ai", "chua thay tra loi", "chua ai tra loi", "chua thay hoi am", "chang thay ai", "chang thay tra loi", "chang ai tra loi", "chang thay hoi am", "chua nghe", "im luon", "im re", "ngam luon", "bi ngam", "bat tin", "tra cuu", "xem lai cac", "xem lai giup", "danh sach",
  // Whether anyone has taken it up: "có ai liên hệ chưa", "tình hình cái việc …", "đã tới tay cán bộ chưa".
  "chuyen xuong", "da chuyen", "xu ly roi", "cai nao da", "cai nao duoc", "dang thu ly", "khau nao", "ai thu ly", "thu ly chua",
  "dang o dau", "dang nam o dau", "dang o mo", "o dau roi", "o mo roi", "tinh hinh", "bao lau", "chung nao", "lien he chua", "co ai lien he", "chua ai lien he", "chua ai toi", "chua ai xuong", "nhan viec", "toi tay", "den tay", "co ai dong y", "co nguoi nhan",
  // What its page still shows, and whether to send it again: "trang vẫn để 'chờ tiếp nhận', có cần gửi lại".
  "cho tiep nhan", "can gui lai",
  // Who has it now: "cái tôi báo hôm qua đó, giờ ai đang giải quyết vậy bot?".
  "ai dang giai quyet", "ai dang xu ly", "ai dang lo", "ben nao dang giai quyet", "ben nao dang xu ly", "ben mo giu", "ben nao giu", "ai dang giu", "ai giu",
  // …and who took it up: "phản ánh tui gửi tuần trước giờ bên nào thụ lý, cho xin tên người phụ trách".
  "co quan nao thu ly", "ben nao thu ly", "do ai thu ly", "ai phu trach", "can bo phu trach", "ben nao dang cam", "ai dang cam", "cai nao dang",
  // Where it was sent and when the answer is due: "đã được chuyển tới cơ quan nào và dự kiến thời hạn trả lời bằng văn bản".
  "chuyen toi", "thoi han tra loi", "han tra loi",
  // What state it is in: "giờ đang ở trạng thái nào rồi".
  "trang thai nao", "trang thai gi", "trang thai chi", "o trang thai",
  // Whether it arrived: "gửi phản ánh xong mà sao không thấy tin nhắn xác nhận đã nhận gì hết".
  "tin nhan xac nhan", "xac nhan da nhan", "nhan duoc chua", "da nhan chua", "khong thay tin nhan", "chua thay tin nhan", "chua nhan duoc tin",
  // Still waiting, or to send it again: "còn đang chờ xử lý hay phải gửi lại", "để số điện thoại rồi mà chưa ai gọi".
  "dang cho xu ly", "con cho xu ly", "phai gui lai", "gui lai tu dau", "chua ai goi", "chua ai goi lai", "chua ai lien he", "chua thay ai goi",
  // Closed on its page with no answer in hand: "trang báo đã đóng mà chưa thấy văn bản trả lời".
  "bao da dong", "da dong ma", "chua nhan duoc van ban", "van ban tra loi",
];

/**
 * Pointing at something sent earlier by when it was sent ("cái phản ánh hôm trước về đèn đường", "hồ sơ bữa trước", "hôm thứ 2") or
 * by this channel ("Đơn kiến nghị của HTX tụi tui … gửi qua đây hồi tháng 8", "nhờ cháu nội gửi giùm qua đây một ý kiến"), or the time first, the sender left out ("tháng trước báo vụ xe chở đất …"): with status words, asking after it.
 */
export const EARLIER_SUBMISSION_PATTERN =
  /\b(hom truoc|hom qua|hom kia|tuan truoc|tuan roi|bua truoc|thang truoc|thang roi)( (da|co|cung))? (bao|gui|phan anh|ke) (vu|chuyen|ve|cai)\b|\b(phan anh|don|ho so|kien nghi|gop y|y kien|thu|vu|chuyen|tin nhan)\b( [a-z0-9]+){0,5} (hom truoc|hom qua|tuan truoc|tuan roi|bua truoc|bua hom|hom bua|thang truoc|thang roi|lan truoc|dot truoc|may bua truoc|may hom truoc|hom kia|sang nay|hoi sang|(hom|bua|hoi) (thu (hai|ba|tu|nam|sau|bay|2|3|4|5|6|7)|chu nhat))\b|\b(phan anh|don|kien nghi|gop y)\b( [a-z0-9]+){0,16} gui (qua|len|vo|vao) (day|trang nay|trang ni|kenh nay)( (hoi|tu|hom|bua|thang))?\b|\bgui (phan anh|don|kien nghi|gop y|y kien)( [a-z0-9]+){0,3} (qua|len|vo|vao) (day|trang nay|trang ni|kenh nay|kenh ni)\b|\bgui( (giup|dum|gium|ho))? (qua|len|vo|vao) (day|trang nay|trang ni|kenh nay|kenh ni)( [a-z]+){0,2} (phan anh|don|kien nghi|gop y|y kien)\b/u;

/** A body writing of what it sent itself: "Ban CTMT khu dân cư tổ 12 … có gửi kiến nghị". */
export const SENDING_BODY = "(ban ctmt|ban cong tac mat tran|khu dan cu|to dan pho|chi hoi)";

/**
 * Telling that one sent something, the sender first and the time before or after: "hôm kia tôi có phản ánh việc
 * …", "mình đã nhắn chuyện …", "Đoàn xã em tuần rồi gửi 2 phản ánh", neighbours sending it together ("bà con trong tổ cùng phản ánh …"), told here ("tui có kể ở đây chuyện …"): with status words, asking after it ("xã tui có bao nhiêu
 * nhà" folds like "tui có báo", and is not).
 */
export const SENT_BY_ME_PATTERN = new RegExp(
  String.raw`\b(toi|tui|minh|em|(?<!\bba )con|chau|bac|ong|lao|nha toi|gia dinh toi)( da| co| da co| cung)?( (tuan roi|tuan truoc|hom qua|hom truoc|hom kia|thang roi|thang truoc|bua truoc|bua hom)( da| co)?)? (gui|nop|bao(?! (nhieu|gio|lau)\b)|nhan|phan anh|kien nghi|gop y|khieu nai|to cao|trinh bao|goi)\b|\b(gui|nop|nhan|bao)( [a-z]+)? (gium|giup|dum|ho) (toi|tui|minh|em|bac|chau|con|me|ma|ba|ong|gia)\b|\b${SENDING_BODY}( [a-z0-9]+){0,5} (da |co |da co )?(gui|nop)\b|\b(ae|anh em|ba con|hang xom)( trong (xom|thon|khu|to))?( (toi|tui|em|minh))? cung (gui|nop|bao|phan anh|kien nghi)\b|\b(toi|tui|minh|em|con|chau|bac)( da| co| da co)? (ke|noi) (o|qua|len|vo|vao) (day|bot|trang nay|trang ni|kenh nay)\b`,
  "u",
);

/**
 * A file lodged with another office ("hồ sơ cấp sổ đỏ nộp ở một cửa", "đơn xin xác nhận … xã giữ"), or a matter told to
 * one ("báo xã mấy lần rồi mà không thấy ai xuống", "báo điện lực cả tuần nay"): its delay is a complaint about that office, not a question about a
 * report sent here.
 */
export const OTHER_OFFICE_FILE_PATTERN =
  /\b(ho so|giay to|don) (cap|xin|lam|dang ky|de nghi cap|chuyen|tach|sang ten|hoan cong|tro cap|ho ngheo|den bu|boi thuong)\b|\b(nop|lam) (ho so |giay to |don )?(o|tai|len|cho|ve|ra) (mot cua|bo phan|xa|huyen|tinh|phuong|ubnd|uy ban|dia chinh|cong an|so|ngan hang)\b|\b(xa|huyen|phuong|mot cua|dia chinh|ubnd|uy ban) (nhan|giu|dang giu|chua tra|hen)\b|\b(bao|phan anh|kien nghi|trinh bao) (voi |len |cho )?(xa|thon|huyen|phuong|cong an|uy ban|ubnd|truong thon|dien luc|ben dien|cong ty (dien|cap nuoc|moi truong)) ((may|nhieu|bao nhieu|\d+) lan|roi|ca (tuan|thang|nam)|may (bua|hom|ngay|tuan|thang))\b/u;

/**
 * Whether someone has come or answered yet, about what one told ("bên xã đã xuống chưa", "bao giờ thì có người xuống coi", "chừ có ai gọi
 * lại cho tui mà tui lỡ không nghe máy không?"):
 * asking after it even without naming it; someone falling "xuống biển" ("bữa mô có đứa té xuống biển") comes to no one.
 */
export const AUTHORITY_VISIT_PATTERN =
  /\b(xa|huyen|phuong|thon|ben xa|ben huyen|ben dien|chinh quyen|can bo|co quan|cong an|dien luc|ai|co ai|nguoi|co nguoi)( da| co| da co)?( cu| cho| dua)?( nguoi| can bo| ai)? (xuong|toi|den|ve|lien he|goi lai|goi|phan hoi|tra loi|hoi am)( [a-z]+){0,4} chua\b|\b(bao gio|bao lau|chung nao|khi nao|khi mo|chung mo|chu mo|bua mo|hom mo|may bua|may ngay|may hom)( thi)?( moi)? (co nguoi|co ai|xa|can bo|ben xa|chinh quyen|huyen|ai)( [a-z]+){0,2} (xuong(?! (bien|song|suoi|nuoc|ho|vuc|ao|muong)\b)|toi|den|ve|lien he|sua|xu ly|tra loi|phan hoi|hoi am)\b|\b(co ai|co nguoi|ai)( da)? (goi lai|lien he lai|phan hoi|tra loi|hoi am)( [a-z]+){0,8} (khong|ko|hong) ?$/u;

/**
 * Pointing at something one told before without naming it: "việc tôi báo", "đơn nhà tui", "vụ cái đèn đường đó" (opening
 * the message: "báo lại chuyện đó" inside a question is not), "chuyện con đường tôi nói", "báo mấy bữa rồi", "gửi từ hồi tháng 10": with status words, asking after it.
 */
export const TOLD_BEFORE_PATTERN =
  /\b(don|ho so|thu|tin nhan|phan anh|kien nghi|y kien|gop y|vu|viec|chuyen)( (tren|do|nay|ni|vua roi))?( cua)? (nha |gia dinh |thon |xom )?(toi|tui|minh|em|con|chau)\b|^((a|da|oi|ad|bot|ban|anh|chi|em|con|the|vay|rua|cho (toi|tui|em|minh) hoi) )*(vu|viec|chuyen|cai vu|cai viec)( [a-z]+){0,4} (do|kia|ay)\b|\b(vu|viec|chuyen|cai|don)( [a-z]+){0,4} (ma )?(toi|tui|minh|em|con|chau)( da| co| vua| moi)? (noi|bao|gui|nhan|ke|phan anh|nop)\b|\b(bao|gui|nhan|phan anh|nop|cho|doi)( [a-z]+){0,2} (may bua|may hom|may ngay|may tuan|ca tuan|ca thang|lau roi|tu hom|tu tuan|tu thang|tu hoi|hom bua|bua truoc|tuan truoc|hom kia|lan truoc|hom qua|tuan roi|thang truoc|thang roi|truoc do)\b/u;

/** Pointing at a report of one's own: "phản ánh của tôi", "vụ đó", "đơn tôi gửi". */
export const OWN_REPORT_WORDS: readonly string[] = [
  "phan anh cua toi", "phan anh cua minh", "phan anh cua em", "phan anh toi", "phan anh minh", "phan anh em", "don cua toi", "don cua minh", "don toi", "don minh", "kien nghi cua toi",
  "toi gui", "minh gui", "em gui", "toi da gui", "toi co gui", "minh da gui", "toi bao", "toi co bao", "da gui phan anh", "gui phan anh", "vu cua toi", "viec toi bao",
  "ma phan anh", "ma so", "phan anh cua tui", "phan anh tui", "cai phan anh", "cai don",
  // The report as the object of the status words: "xem tình trạng phản ánh", "tiến độ xử lý đơn".
  "tinh trang phan anh", "tien do phan anh", "ket qua phan anh", "tinh trang don", "tien do don", "tinh trang ho so", "tien do ho so", "tinh trang xu ly phan anh", "tien do xu ly phan anh",
  // Any thing one sent, named as people name it: "hồ sơ của tôi", "đơn tui gửi", "cái tôi gửi lên".
  "ho so cua toi", "ho so cua tui", "ho so cua minh", "ho so cua em", "ho so toi", "ho so tui", "ho so minh", "ho so em", "don cua tui", "don cua em", "don tui", "don em",
  "don cua gia dinh toi", "don cua gia dinh", "don nha toi", "thu toi", "thu cua toi", "y kien cua toi", "y kien toi", "y kien cua minh", "gop y cua toi", "gop y cua minh",
  "kien nghi cua minh", "kien nghi cua thon toi", "kien nghi cua xa toi", "kien nghi cua ba con", "khieu nai cua toi", "to cao cua toi",
  "tui gui", "tui goi", "toi goi", "em goi", "minh goi", "toi nop", "tui nop", "em nop", "minh nop", "toi bao", "tui bao", "em bao", "minh bao", "toi nhan", "em nhan", "tui nhan",
  // Having messaged here to tell it: "bữa trước tui có nhắn tin báo chuyện …"; being the one who told it (oneself, not "ông trưởng
  // thôn là người báo"): "em là người báo vụ … đó".
  "em la nguoi bao", "em la nguoi gui", "em la nguoi phan anh", "tui la nguoi bao", "tui la nguoi gui", "toi la nguoi bao", "toi la nguoi gui", "toi la nguoi phan anh",
  "con la nguoi bao", "chau la nguoi bao", "minh la nguoi bao", "minh la nguoi gui",
  "toi co nhan tin", "tui co nhan tin", "em co nhan tin", "minh co nhan tin", "con co nhan tin", "chau co nhan tin",
  // "Hôm bữa tui nhắn chuyện nhà trẻ bị dột, chừ có ai gọi lại …": what one wrote about, named by it.
  "toi nhan chuyen", "tui nhan chuyen", "em nhan chuyen", "minh nhan chuyen", "con nhan chuyen", "chau nhan chuyen", "toi nhan vu", "tui nhan vu", "em nhan vu",
  "toi phan anh", "tui phan anh", "em phan anh", "minh phan anh", "da gui", "da nop", "gui len", "nop len", "cac don da", "cac don cua", "cac don toi", "cac don tui", "cac don em", "cac don minh", "cac don gui", "cac don nop", "may cai toi gui", "cai toi gui",
];

/**
 * Personal legal advice ("ly hôn thì con ở với ai", "bị nợ lương thì kiện sao", "án phí bao nhiêu"), or whether one's
 * household qualifies for a benefit ("thu nhập cả nhà 5 triệu thì có được xếp hộ nghèo không", "có thuộc diện hưởng trợ cấp một lần theo
 * Quyết định 62 không"), or how to clear one's bad-debt
 * record ("dính nợ xấu CIC r, giờ làm răng xóa được"), or whether one must hold a licence ("con lớp 9 chạy xe máy điện thì có phải thi bằng lái không") or an officer may make one do
 * something ("công an phường có được quyền bắt dân mở điện thoại cho xem không"), or whether what one does oneself breaks a law ("phóng viên cộng tác như tui ghi âm … thì có phạm luật không"), or is insured ("cô giáo hợp đồng có được đóng bảo hiểm xã hội không"), or who signs for an absent official and for how long ("ai được ký thay, luật cho ủy quyền tối đa bao lâu"): asked about one's own
 * case but answered by a lawyer, a court or the commune's review, not the resolution; out of scope even with one's situation told.
 */
export const LEGAL_ADVICE_PATTERN =
  /\b(no xau|cic)\b( [a-z]+){0,8} (xoa|go|rut|thoat)\b|\b(xoa|go|rut|thoat)( [a-z]+){0,2} (no xau|cic)\b|\b((co )?bi( [a-z]+){0,3} (ky luat|khai tru|xu ly ky luat)( gi)? (khong|ko|hong)|(co )?duoc (xep|xet|cong nhan|coi la|tinh la|huong)( vao| vo| la)? (ho ngheo|ho can ngheo|can ngheo|dien chinh sach|dien ho tro|tro cap)( [a-z]+){0,3} (khong|ko|hong|chua)|(co )?duoc (dong|huong|tham gia|mua) (bao hiem xa hoi|bhxh|bao hiem y te|bhyt|bao hiem that nghiep|che do thai san|luong huu)( [a-z]+){0,3} (khong|ko|hong|chua)|(co )?thuoc dien (duoc )?(huong|nhan)( [a-z0-9]+){0,8} (khong|ko|hong|chua)|ly hon|ly di|thua ke|chia tai san|di chuc|quyen nuoi con|nuoi con|cap duong|an phi|luat su|tu van phap luat|khoi kien|(?<!\b(khieu|y|su|dieu) )kien (o dau|the nao|sao|ra toa|len toa|duoc khong|ai|duoc)|nop don (ra|len|o) toa|hop dong (thue|mua ban|lao dong|vay)|theo luat (thi|la|co)|ai (duoc )?ky thay|(uy quyen|ky thay)( [a-z]+){0,4} (toi da )?(bao lau|may thang|may ngay)|(phai|can) (thi|co|hoc) (bang lai|bang|giay phep lai xe)( [a-z]+){0,3} (khong|ko|hong)|co (duoc )?quyen (bat|buoc|yeu cau|kiem tra|thu|giu|khong cho)( [a-z]+){0,6} (khong|ko|hong)|\b(toi|tui|minh)\b( [a-z]+){0,14} (co )?(pham luat|trai luat|vi pham phap luat|bi phat)( gi)? (khong|ko|hong))\b/u;

/**
 * Asking the assistant's own opinion on a personal decision ("Bot thấy có nên cho tụi nó cưới không?", "theo bạn tui có
 * nên …"): nothing the resolution says, nothing asked of the authorities.
 */
export const OPINION_PATTERN = /\b((bot|ban|ad|admin|tro ly|em|chau|con) (thay|nghi|khuyen|tu van)|theo (bot|ban|ad|admin|tro ly|em|chau|con)( thi)?)( [a-z]+){0,4} (co )?nen\b/u;

/** Asking for contact details or an account to pay into ("cho tui xin số tài khoản Quỹ …, tui muốn chuyển ít tiền"): no grievance told, an answer wanted. */
export const CONTACT_REQUEST_PATTERN = /\b(xin|cho (toi|tui|em|minh|chau|con) (xin|biet|hoi))( [a-z]+){0,2} (so tai khoan|stk|so dien thoai|sdt|so hotline|duong day nong|email|dia chi lien he)\b/u;

/** Where a saying comes from, folded: "câu ni xuất xứ từ đâu, ai nói đầu tiên", "nguồn gốc câu … ở mô". */
export const SAYING_ORIGIN_ASKED = /\b(xuat xu|nguon goc)( tu)? (dau|mo|nao|o dau|o mo)\b|\bai (noi|dat ra|nghi ra) (dau tien|truoc tien|dau)\b/u;

/** A copy of the resolution, folded: its full text, a file, a printed or recorded one, a link to it, one in sign language. */
const COPY_OF = "(toan van|ban day du|ban goc|ban in|ban scan|file( (word|pdf|mem))?|pdf|link|duong dan|ngon ngu ky hieu|chu noi|ban ghi am|sach noi)";
/**
 * Asking for the resolution's full text or a copy of it ("cho tui xin file pdf toàn văn nghị quyết", "ở đâu có bản đầy đủ của nghị quyết ni
 * để in", "có bản nghị quyết bằng ngôn ngữ ký hiệu không"): where it is read, not a passage of it.
 */
export const FULL_TEXT_ASKED = new RegExp(
  `\\b(xin|gui|lay|tai|coi|doc|in|co|o dau|cho nao|cho mo|noi nao)( [a-z]+){0,4} ${COPY_OF}( [a-z]+){0,4} (nghi quyet|nq)\\b|\\b(nghi quyet|nq)( [a-z]+){0,4} ${COPY_OF}( [a-z]+){0,4} (o dau|cho nao|cho mo|khong|ko|hong)\\b`,
  "u",
);

/**
 * Asking for a form or a file ("cho em xin mẫu biên bản sinh hoạt chi bộ, file word càng tốt", "bot gửi giúp tôi mẫu báo cáo sơ kết
 * nghị quyết được không", "Mẫu bản kiểm điểm đảng viên cuối năm gồm mấy phần, có file không?"): the documents hold none, whatever they are named for, and nothing is asked of the authorities. Not a
 * file one sends ("em gửi kèm file word đơn phản ánh").
 */
export const FORM_REQUEST_PATTERN =
  /\b(xin|gui (giup|gium|dum)|(gui )?cho (toi|tui|em|minh|chau|con))( [a-z]+){0,3} (bieu mau|mau don( (de nghi|xin|khieu nai|to cao))?|mau (bien ban|bao cao|to trinh|ke hoach|cong van|giay)|file (word|excel|pdf|mem))\b|\bmau (ban kiem diem|kiem diem|bien ban|bao cao|to trinh|ke hoach|don)\b.*\b(co file|file (word|mem)|gom may phan|may phan)\b/u;

/**
 * Asking the assistant itself to come up with something ("Bot gợi ý giùm vài trò chơi dân gian …", "bạn nghĩ giúp mấy câu
 * khẩu hiệu"): no request to the authorities, and nothing the resolution says.
 */
export const IDEAS_PATTERN = /\b(bot|ban|ad|admin|tro ly)( oi)? (goi y|de xuat|nghi|tim|chi|liet ke|ke|soan|viet)( giup| gium| dum| ho)?( cho)?( (tui|toi|em|minh|chau|con))?( [a-z]+){0,2} (vai|may|mot so|mot it|mot vai|it|y tuong)\b/u;

/**
 * Advice on a private purchase, a house's orientation or an investment ("loại mô xài bền mà dưới 5 triệu", "cửa chính nên quay
 * hướng mô cho hợp phong thủy", "đất nền … có nên ôm vô không"): for a shop, a geomancer or one's own judgement, whatever
 * village body the money or the house is for; so is which provider takes a private service ("có trung tâm nào ở Hội An nhận
 * chăm người già ban ngày không").
 */
export const PRIVATE_ADVICE_PATTERN =
  /\bco (trung tam|co so|cho|noi|dich vu|lop)( [a-z]+){0,2} (nao|mo)( (o|tai) [a-z]+( [a-z]+){0,2})? (nhan|day|giu|kham|sua|ban|cho thue) ([a-z]+ ){0,8}(khong|ko|hong)\b|\b(loai|hieu|hang|mau) (nao|mo) (xai|dung|tot|ben|re|ngon)\b|\bnen mua (loai|hieu|cai) (nao|mo|gi|chi)\b|\b(phong thuy|hop tuoi|xem ngay tot|ngay tot)\b|\bco nen (om|mua|dau tu|xuong tien|gom|ban) ([a-z]+ ){0,4}(khong|ko|hong)\b/u;

/**
 * Explaining how nature or technique works, or which option is better ("theo cơ chế khoa học chi vậy, sóng với dòng chảy tác
 * động ra răng?", "kè mềm với kè bê tông thì loại mô … bền hơn?"), or where funding is to be had ("có quỹ quốc tế mô tài trợ
 * mảng ni không"): for experts and funders, whatever disaster or body it is about. So is whether a message one got is genuine ("tin
 * nhắn … bấm link để nhận là thật hay lừa đảo"): for the police or the bank, unless one asks them to act; and which bank or shop is
 * cheaper ("ngân hàng nào miễn phí phí thường niên").
 */
export const EXPERT_QUESTION_PATTERN =
  /\b(co che (khoa hoc|vat ly|hinh thanh)|giai thich (khoa hoc|hien tuong))\b|\b(that|that su) hay (la )?(gia|lua|lua dao)\b|\b(ngan hang|nha mang|cua hang|tiem|hang) (nao|mo) (mien phi|re|tot|uy tin|lai thap|lai suat thap)\b|\b(loai|cach|kieu|phuong an) (nao|mo)( [a-z]+){0,8} (ben|tot|hieu qua|re|nhanh|phu hop) hon\b|\b(quy|to chuc|nha tai tro|chuong trinh)( quoc te| nuoc ngoai| phi chinh phu)? (nao|mo) (hay )?(tai tro|ho tro von|cap von)\b/u;

/**
 * Practical know-how asked of the assistant ("chỉnh ISO với tốc độ bao nhiêu cho khỏi nhòe", "về số mấy, bóp thắng sao cho khỏi
 * cháy bố thắng", "néo dây kẽm kiểu răng cho chắc", "có mẹo chi để nói khỏi run", "nên nói câu gì", "dây loa loại mấy li"), or
 * what an animal eats and how it lives, how to tend a crop or a herd ("lúa vàng lá thì bón chi", "rửa mặn răng cho lúa đỡ", "tôm phân trắng, xài thuốc
 * chi để trị"): a craft, a
 * technique or nature, whatever work of the Front or the villages it serves.
 * Not how to bring people somewhere ("làm sao cho bà con khỏi khiếu kiện", "cho dân dễ gửi ý kiến"): that is the work itself.
 */
export const KNOW_HOW_PATTERN =
  /\b(sao|rang|the nao|nhu the nao|kieu rang|kieu nao|kieu gi|ra sao|bao nhieu|may) cho(?! (dan|ba con|nhan dan|nguoi dan|dong bao|hoi vien|doan vien|can bo)\b)( [a-z]+){0,2} (khoi|chac|de|nhanh|dep|ben|khong bi)\b|\b(co )?meo (gi|chi|nao)\b|\bnen noi (cau )?(gi|chi)\b|\bloai (may|bao nhieu) (li|ly|mm)\b|\b(an|hay an) (loai )?(la|trai|con)? ?(gi|chi)\b.*\bsong (thanh dan|o dau|ra sao|ra rang|the nao)\b|\b(bon|phun|xit|rai) (phan |thuoc )?(gi|chi|loai nao|loai gi)\b|\b(xai|dung|cho an|tron) (loai )?thuoc (gi|chi|nao)( de| ma)? (tri|chua)\b|\brua (man|phen)( [a-z]+){0,2} (sao|rang|the nao|ra sao)\b|\b(chua|tri) (benh )?(cho )?(lua|cay|heo|lon|bo|ga|vit|tom|ca|de)( [a-z]+){0,4} (sao|rang|the nao|ra sao|bang gi|bang chi)\b|\b(heo|lon|bo|ga|vit|tom|lua|cay) bi( [a-z]+){1,4} (thi )?(chua|tri|cuu) (sao|rang|the nao|ra sao)\b|\b(gieo|trong|cay|sa) (giong |loai )?(lua|bap|ngo|dau|rau|cay|keo|que|mi|san)?( [a-z]+)? (gi|chi|nao) cho (chiu|khoi|de|nhanh|tot|sai)\b/u;

/**
 * A sum to work out ("… mỗi người đóng 120 nghìn, trừ đi 1tr2 … thì còn lại bao nhiêu"): arithmetic on figures one gives,
 * in whatever words of the resolution it is told. Folded "tru" alone is also "trú", "trụ": only "trừ đi/ra/hết".
 */
export const ARITHMETIC_PATTERN = /\b(tru di|tru ra|tru het|tru bot|cong lai|cong them|cong voi|nhan voi|nhan cho|chia deu|chia cho|chia ra)( [a-z]+){0,3} [0-9][a-z0-9]*\b.*\b(bao nhieu|nhieu|bn|may)\b/u;

/** Asking for health advice on one's own case ("con tui sốt 39 độ, uống thuốc gì"): for a doctor or a clinic, not the resolution; each phrase is a question. */
export const MEDICAL_ADVICE_PATTERN =
  /\b(uong thuoc gi|thuoc gi|uong gi|benh gi|ha sot (the nao|sao|bang gi)|chua (benh )?(o dau|the nao|bang gi)|kham o dau)\b/u;

/**
 * Forecasts: "mai Tam Kỳ có mưa không", "tuần ni có bão vô không", "cơn bão sắp tới có vô không" (a storm told as happening is a report, read before this),
 * whether schools close for it ("mai học sinh Điện Bàn có được nghỉ học vì bão không"), and a warning level ("cấp dự báo cháy rừng hôm nay là cấp mấy").
 */
export const FORECAST_PATTERN =
  /\b(duoc|cho|co) nghi hoc( [a-z]+){0,4} (khong|ko|hong|chua)\b|\b(bao|mua|lu|ap thap|dot mua|con bao)( [a-z]+){0,2} (sap toi|sap den|toi day|sap vo|sap vao)\b.*\b(khong|ko|hong|chua|ngay mo|ngay nao|khi nao|bao gio|luc nao)\b|\b(mai|ngay mai|ngay mot|mai mot|tuan sau|tuan toi|tuan nay|tuan ni|thang toi|thang sau|thang nay|thang ni|hom nay|hom ni|bua ni|toi nay|toi ni|chieu nay|chieu ni|dem nay|dem ni|cuoi tuan|sap toi|may ngay toi|may bua toi|tet nay)\b.*\b(co (mua|bao|lu|nang|ret|lanh|nong|ap thap|gio mua|suong mu|mua da)|mua (khong|ko|hong|chua)|nang (khong|ko|hong)|nhiet do|may do)\b|\bnhiet do\b|\bcap (du bao|canh bao)( [a-z]+){0,3} (chay rung|lu|ngap)\b/u;

/**
 * Whether a body must do something ("cấp ủy có kiểm tra giám sát chuyện dân vận không, bao lâu 1 lần", "khối dân vận xã
 * có phải lập chương trình cả năm không", "nghị quyết có bắt đoàn, hội phải báo lại … không"; of a union, "gửi qua công đoàn rồi
 * công đoàn có phải trả lời lại cho anh em không"), or whether the work is part of one
 * ("công tác dân vận có nằm trong nội dung kiểm tra hằng năm … không"), or to whom a mass organisation passes what it gathers
 * ("Chi hội … nhận kiến nghị của chị em thì chuyển lên cho ai"): what the resolution decides, asked, not a complaint.
 */
export const DUTY_QUESTION_PATTERN =
  /\b(mat tran|doan the|hoi (phu nu|nong dan|cuu chien binh|ccb|nguoi cao tuoi|chu thap do)|chi hoi|doan thanh nien|cong doan)\b( [a-z0-9]+){0,14} (phan anh|chuyen|gui|bao cao|kien nghi) (len|cho|den|toi|ve)( cho)? (ai|dau|cap nao|co quan nao|noi nao)\b|\b(cap uy|dang uy|chi bo|chinh quyen|mat tran|doan the|hoi (phu nu|nong dan|cuu chien binh|nguoi cao tuoi|chu thap do)|doan thanh nien|cong doan|(roi|thi) hoi|lanh dao|can bo|ubnd|uy ban|khoi dan van|to dan van|ban dan van|hdnd|hoi dong nhan dan|bi thu|chu tich|nguoi dung dau)\b( [a-z0-9]+){0,10} co (bat buoc |bi buoc |trach nhiem |nhiem vu )?(phai|kiem tra|giam sat|dinh ky|lap|xay dung|doi thoai|tiep dan)\b.*\b(khong|hong|ko|hay|bao lau)\b|\b(nghi quyet|nq)( nay| ni)? co (bat|buoc|yeu cau|doi hoi|giao)\b.*\b(phai|lam)\b.*\b(khong|hong|ko)\b|\bdan van co (nam|duoc dua) (trong|vao)( [a-z]+){1,16} (khong|hong|ko)\b/u;

/** Whether it goes as far, folded: "tham gia từ khâu đầu tới khâu cuối luôn hả". */
export const AS_FAR = /\bluon (ha|a)\b/u;

/**
 * Asking for more of what was just asked: an example, more detail, a plainer or shorter word, how it applies somewhere, what else
 * besides what it named ("ví dụ cụ thể đi", "nói rõ hơn chỗ …", "nói gọn lại", "áp dụng vô xã tui", "ngoài vùng có dự án, còn vùng mô
 * nữa"), or whether it goes as far ("tham gia từ khâu đầu tới khâu cuối luôn hả"), folded.
 */
export const MORE_OF_IT = new RegExp(String.raw`\b(vi du|noi ro hon|noi ro them|giai thich them|giai thich ro|cu the hon|chi tiet hon|noi them|noi gon|tom (tat|lai)|ap dung (vo|vao|cho|o|tai))\b|^((rua|vay|the|con) )?ngoai\b.*\bcon( [a-z]+){1,3} (nao|mo|gi|chi) nua\b|${AS_FAR.source}`, "u");

/** Asking where else the documents say what was just asked: "còn chỗ mô nói nữa không?", "có đoạn nào khác nhắc tới không", folded. */
export const SAID_ELSEWHERE = /\b(cho|doan|phan|muc|noi|cau) (nao|mo) (khac )?(con )?(noi|nhac|de cap|viet)( [a-z]+){0,3} nua\b|\b(cho|doan|phan|muc|noi|cau) (nao )?khac (co |cung )?(noi|nhac|de cap|viet)\b/u;

/**
 * Asking whether what was just asked names someone in particular ("thế có nhắc riêng tới lớp trẻ, học sinh không?"), or
 * something within the part it was about ("trong phần đó có nói đội ngũ cán bộ phải cỡ nào không?", "phần đó có nói chi về mấy cán bộ sống sa đọa
 * không"), folded.
 */
export const NARROWED = /\b(nhac|noi|de cap|neu) rieng (toi|den|ve|cho)\b|\b(trong|o) (phan|muc|doan|cho) (do|ay|ni|nay|no|tren)\b|^(phan|muc|doan) (do|ay|ni|nay|no) co (noi|nhac|de cap|neu)\b/u;

/**
 * How it was done before, then whether it is so this time ("Ngày trước chấm đảng viên theo báo cáo. Đợt này có hỏi tới dân
 * không?", "Nhiệm kỳ trước … Lần này có hẹn mốc …"): what this resolution holds, asked by someone who knew the earlier ones.
 */
export const THIS_TIME_ASKED =
  /\b(ngay truoc|truoc day|truoc kia|nhiem ky truoc|khoa truoc|hoi truoc|may nam truoc)\b.*\b(lan nay|nhiem ky nay|khoa nay|dot nay)( [a-z]+){0,3} (co|thi co|cung co|co con)\b/u;

/**
 * The documents asked whether they hold something so ("nghị quyết có coi chuyện … là vấn đề bức xúc … không", "theo nghị quyết thì Mặt trận
 * có phải báo lại … không", however much is said of when between: "theo nghị quyết mới thì sau khi bên xã làm xong, chi hội có phải …"):
 * what follows is theirs to say, not the asker's request, whatever was told before it.
 */
export const ASKS_DOCUMENTS_WHETHER =
  /\b(theo (nghi quyet|nq|van ban)\b( [a-z]+){0,14} co (phai|bat buoc|trach nhiem)|(nghi quyet|nq|van ban)( [a-z]+){0,4} co (coi|xem|nhin nhan|danh gia|xac dinh))\b.*\b(khong|ko|hong)\b/u;

/**
 * Asking the documents in the negative, as one who has read them: "đọc hết NQ mà … chẳng lẽ không có con số nào để đo?", "NQ không
 * nhắc gì tới lừa đảo trên mạng à?". Whether they hold it is the search's to say, however much it sounds like a grumble.
 */
export const ASKS_DOCUMENTS_IN_NEGATIVE =
  /\b(nghi quyet|nq|van ban)\b.*\b(chang le|le nao|khong le)( [a-z]+){0,2} (khong|chang) (co|nhac|noi|de cap|neu)\b|\b(nghi quyet|nq|van ban)( [a-z]+){0,3} (khong|chang|ko) (nhac|noi|de cap|neu|co)( gi| chi)?( [a-z]+){0,8} (a|ha|sao|u|hay sao)$/u;

/** Where in the documents something is: "nằm ở phần mấy", "mục nào", "trích ở đâu", "ghi nguồn". */
const WHERE_ASKED = /\b((nam|o) (o |trong )?(phan|muc|doan|chuong|dieu|trang|cho) (may|nao|mo|so may|so nao)|(phan|muc|doan) (may|nao|mo|so may) (cua|trong) (nghi quyet|nq|van ban)|ghi nguon|trich (dan )?(o|tu) (dau|muc nao|phan nao))\b/u;
/** …of what was just said: "ý đó", "câu ni", "nội dung trên", "cái ý vừa rồi". */
const THAT_POINTED = /\b(y|cai|cau|doan|noi dung|dieu|chuyen|viec) (do|ay|nay|ni|no|tren|vua roi|vua noi)\b/u;

/** Whether a message asks where what was just answered is in the documents ("ý đó nằm ở phần mấy của nghị quyết rứa?"), folded. */
export function asksWhereThatIs(folded: string): boolean {
  return WHERE_ASKED.test(folded) && THAT_POINTED.test(folded);
}

/**
 * Where in the documents something is said: "câu … nằm ở phần mô trong nghị quyết", "đoạn nào của văn bản nói …", "trong đó có câu nào nói tới …",
 * or which of two parts says it ("chuyện ấy nằm ở phần quan điểm hay là ở phần nhiệm vụ?").
 */
export const WHERE_IN_DOCUMENTS_PATTERN =
  /\b(phan|muc|doan|cho|trang|dong) (mo|nao) (trong|cua) (nghi quyet|nq|van ban)\b|\btrong (do|nghi quyet|nq|van ban)( nay| ni)? co (cau|cho|doan|phan|muc|dong|y) (nao|mo) (noi|nhac|de cap|ghi)\b|\b(thuoc|nam o|nam trong|o) (phan|muc|doan)( [a-z]+){1,10} hay (la )?(o |thuoc )?(phan|muc|doan)\b/u;

/**
 * How many the province means to clear, build or reach ("tỉnh tính dẹp chừng bao nhiêu căn nhà tạm?"): the resolution's
 * targets asked, however much of one's own house is told before it.
 */
export const TARGET_QUESTION_PATTERN = /\b(tinh|nghi quyet|nq|nha nuoc)\b( [a-z]+){0,6} bao nhieu (can|nha|ho|xa|thon|phan tram)\b/u;

/** How to go through a procedure: "xin phép ai", "làm hồ sơ ra sao", "cần điều kiện chi", "làm đơn ở mô", "lệ phí hết bao nhiêu", "mấy ngày mới có", "đăng ký ở đâu", "làm giấy ủy quyền ở đâu", "phải làm đơn gì, nộp ở xã hay huyện", "làm tờ trình gửi ai, theo mẫu nào", "năm ni có thi tuyển công chức không", "nuôi yến … có phải xin giấy phép không", "hồ sơ … chi bộ làm hay gia đình tự nộp" (not a complaint about one). */
export const PROCEDURE_QUESTION_PATTERN =
  /\b((co )?(phai|can) xin (giay )?phep( [a-z]+){0,3} (khong|ko|hong)|(lam|nop) hay (la )?(gia dinh|nguoi nha|ca nhan|minh|tui|toi|em|xa|huyen|chi bo)( [a-z]+)? (tu )?(lam|nop)|dang ky (ket hon|khai sinh|tam tru|thuong tru|ho kinh doanh)( [a-z]+){0,3} (lam |nop )?(o|tai) (phuong|xa|huyen|thi tran)( [a-z]+){0,5} (duoc khong|duoc ko|hay (phai|la) ve)|xin phep (ai|o dau|o mo|cho nao|cho mo|ben nao|ben mo)|lam (ho so|giay to|giay|thu tuc|don|lai)( [a-z]+){0,5} (ra sao|the nao|nhu the nao|o dau|o mo|rang|ra rang|lam sao)|lam don (o|tai) (dau|mo)|(mat|het|ton) (may|bao nhieu|bn) (ngay|tien)|may ngay (moi|thi) (co|xong|lay duoc)|le phi( [a-z]+){0,3} (bao nhieu|het bao nhieu)|(can|phai|phai co|can co|mang|phai mang|can mang)( theo)? (nhung )?(giay to|giay|giay phep|dieu kien|thu tuc) (gi|chi|nao)|(khai|khai bao|dang ky) (luu tru|tam tru|tam vang|thuong tru)|nop( ho so| don| giay to| ten| danh sach)? (o|tai) (dau|mo)|(dang ky|xin)( xin| nhan| lam)? (o|tai) (dau|mo)|(nop|dang ky|lam)( ho so| don| giay to)? (o|tai)( [a-z]+){1,3} (duoc khong|duoc ko|duoc hong|duoc k|hay phai)|(dang ky|nop ho so)( [a-z]+){0,3} (khi nao|bao gio|ngay nao|ngay may)|nop( ho so| don| giay to)? cho ai|(co )?(phai|can) hen truoc|thu tuc (ra sao|the nao|nhu the nao|gom nhung gi)|(khieu nai|khoi kien|kien|nop don|gui don) (len|o|toi|den|cho) (dau|mo|ai|co quan nao)|thoi han bao lau|thi (ra|len|toi|den) (dau|mo)( (lam|dang ky|nop))?$|thi lam (o|tai) (dau|mo)\b|(co )?mat phi (khong|ko|hong|bao nhieu)|thu tuc( [a-z]+){0,6} (can|gom|phai co) (nhung )?(giay to|ho so|gi)|(hoi phi|dang phi|doan phi|le phi|phi)( [a-z]+){0,6} (la )?(bao nhieu|bn|het bao nhieu|nhieu)|(dang phi|doan phi|hoi phi)( [a-z0-9]+){1,8} hay\b|duoc mien (dong|dang phi|doan phi|hoi phi|hoc phi|le phi|phi|ve)( [a-z]+){0,2} (khong|ko|hong|hem)|(phai|can) lam (don|giay|giay to|ho so|thu tuc) (gi|chi|nao)|(to trinh|cong van|don|ho so|giay to)( [a-z]+){0,3} (gui|nop) (ai|cho ai|o dau|dau|mo)|theo mau (nao|gi|chi)|(chi|huong dan|bay)( [a-z]+){0,3} cach (dang ky|xin cap|lam (ho so|giay to|thu tuc)( xin( cap)?)?)|ho so( [a-z]+){0,2} (lam sao|the nao|nhu the nao|ra sao|lam rang|ra rang)|(nop|gui) (o|tai|len|cho) (xa|huyen|phuong|tinh|thon) hay (o |tai |len |cho )?(xa|huyen|phuong|tinh|thon)|(xa|huyen|phuong|tinh) hay (ubnd |uy ban )?(xa|huyen|phuong|tinh) (ky|duyet|phe duyet|cong nhan|xac nhan|cap))\b|\b(co )?(thi|xet) tuyen( cong chuc| vien chuc| can bo)?( [a-z]+){0,2} (khong|ko|hong|chua)\b/u;

/** Apps, accounts and devices one sets up: what "cài" (not "cái") and "tải" are done to. */
const APP_WORDS = "app|ung dung|phan mem|excel|google sheet|bang tinh|vneid|dinh danh|tai khoan|zalo|facebook|fb|tiktok|messenger|chu ky so|dich vu cong|cong dich vu|mat khau|otp|xac thuc 2 lop|dien thoai|may tinh|wifi";
const HOW_TO = "ra rang|ra sao|the nao|nhu the nao|lam sao|lam rang|lam the nao|cach nao|bang cach nao";

/**
 * How to set up or get into an app or account ("cài VNeID mức 2 ra răng", "cài định danh cho ba má ở quê thì làm răng", "chỉ cách bật xác thực 2 lớp cho zalo",
 * "đăng nhập dịch vụ công làm sao"), which formula counts a spreadsheet's rows ("file excel … dùng hàm gì, countifs hay pivot"), or how to fix it ("zalo của tôi không gửi được file ảnh …, sửa sao vậy", "tài khoản bị khóa, giờ mở khóa lại làm sao", "đăng nhập định danh không được …, chỉ giùm tui"): help with a tool, asked however stuck one is ("loay hoay hoài không được"), not a
 * complaint to the authorities. Typed without diacritics "cai" is also "cái" and "cai dat" "cái đất", so those need an app
 * after them ("cái cống nghẹt hoài thì làm sao" is no setting up).
 */
export const SETTING_UP_PATTERN = new RegExp(
  `\\b(${APP_WORDS})\\b( [a-z0-9]+){0,12} (mo lai|mo khoa|lay lai|khoi phuc|kich hoat lai|dang nhap lai)( [a-z]+){0,2} (${HOW_TO}|sao|rang)\\b|\\b(${APP_WORDS})\\b( [a-z0-9]+){0,6} (khong|ko|chang) [a-z]+( [a-z]+)? duoc\\b.*\\b(sua|khac phuc|lam|xu ly) (${HOW_TO}|sao|rang)\\b|\\b(excel|google sheet|bang tinh)\\b.*\\b(dung ham|ham (gi|nao|chi)|cong thuc|countif|countifs|pivot|vlookup|sumif)\\b|\\b((cai|cai dat|tai|mo khoa|lay lai|doi)( [a-z0-9]+){0,3} (${APP_WORDS})( [a-z0-9]+){0,10}|(dang nhap|kich hoat|xac thuc)( [a-z0-9]+){0,8}) (${HOW_TO})\\b|\\b(${APP_WORDS}|phan mem)\\b( [a-z0-9]+){0,8} (bao loi|bi loi)\\b.*\\b(co )?(cach nao|lam sao|lam the nao)( de)?( tu)? (khac phuc|sua|xu ly)\\b|\\b(dang nhap|kich hoat|xac thuc)( [a-z0-9]+){0,3} (${APP_WORDS})\\b( [a-z0-9]+){0,3} (khong|ko|chang) (duoc|vo duoc|vao duoc)\\b.*\\b(chi|huong dan|bay) (giup|dum|gium|cho) (tui|toi|em|minh|con|chau)\\b|\\b(chi|huong dan|bay)( giup| dum| gium)?( cach| tui| toi| em| minh| con)+( [a-z]+){0,2} (cai|bat|tat|doi|lay lai|mo khoa|dang nhap|kich hoat|xac thuc)( [a-z0-9]+){0,6} (${APP_WORDS})\\b`,
  "u",
);

/**
 * "What about …" opening a message, folded ("rứa còn Ban Dân vận?", "vậy thì còn về cấp xã?"): the follow-up reads and
 * the intent rules both need it.
 */
export const WHAT_ABOUT_OPENING = /^((vay|the|rua)( thi)? )?con\b/u;

/**
 * How much support, compensation or a loan comes to ("mỗi căn được hỗ trợ bao nhiêu tiền", "hỗ trợ mỗi hộ nuôi bò sinh sản bao nhiêu tiền", "mức trợ cấp hằng tháng … là bao nhiêu", "giá bồi thường đất lúa … bao nhiêu
 * một mét vuông", "làm ăn thì hộ nghèo được vay tối đa bn", "làm lại nhà thì hỗ trợ được mấy triệu", "người nhà chăm thương binh có được nhà nước trả tiền hằng tháng
 * không, mức bao nhiêu"): the resolution gives no such amount.
 */
const SUPPORT_WORDS = "ho tro|tro cap|boi thuong|den bu|phu cap";
export const SUPPORT_AMOUNT_PATTERN = new RegExp(
  `\\bmuc (tro cap|ho tro|phu cap|boi thuong)( [a-z0-9]+){0,16} (la )?(bao nhieu|nhieu|bn)\\b|\\bduoc( nha nuoc| xa| huyen| tinh)? (tra|cap|chi) tien( [a-z]+){0,4} (khong|ko|hong)( [a-z]+){0,2} muc (la )?(bao nhieu|nhieu|bn)\\b|\\b(${SUPPORT_WORDS})( [a-z]+){0,7} (bao nhieu|nhieu|bn) (tien|trieu|dong|phan tram)\\b|\\b(duoc (${SUPPORT_WORDS})|(${SUPPORT_WORDS})( [a-z]+){0,5} duoc) may (chuc |tram )?(trieu|ngan|nghin)\\b|\\b(${SUPPORT_WORDS}) (moi|1|mot) [a-z]+ may (chuc |tram )?(trieu|ngan|nghin)\\b|\\bgia (boi thuong|den bu)( [a-z]+){0,8} (bao nhieu|nhieu|bn)\\b|\\bduoc vay (toi da |toi thieu )?(bao nhieu|nhieu|bn)\\b|\\bvay (toi da|toi thieu) (bao nhieu|nhieu|bn)\\b|\\blai suat( [a-z]+){0,2} (bao nhieu|may phan tram|the nao|ra sao)\\b`,
  "u",
);

/**
 * Kinds of question the documents never answer: prices and money of today, administrative
 * procedures, fines and other legal texts, news, sport, weather, schedules, general knowledge.
 * A question matching one, and not naming the documents, is out of scope without searching.
 */
export const OUT_OF_DOMAIN_PATTERNS: readonly RegExp[] = [
  // Which number to call if something befalls one ("nhà cháy thì gọi số mấy", "bị giật đồ thì liên hệ số nào"): a hotline, not the documents.
  /\b(goi|bam|lien he) (so nao|so may|so gi|so dien thoai nao|duong day nong nao)\b/u,
  // Schooling's own calendar and money: a cut-off score, an enrolment or exam date, a scholarship's deadline or amount
  // ("điểm chuẩn lớp 10 năm nay bao nhiêu", "học bổng … hạn chót là ngày nào", "mức học bổng bao nhiêu").
  /\b(diem chuan|diem san|diem thi|diem xet tuyen|tuyen sinh( lop)? (10|6|1|dau cap)|lich thi|thi vao lop (10|6))\b|\bhoc bong\b( [a-z0-9]+){0,12} (han nop|han chot|muc|bao nhieu|bn|dieu kien|xet the nao|lam ho so|nop o dau|khi nao|luc nao)\b/u,
  // When the next meeting or reception day is, and who the deputies are ("khi mô có đợt tiếp xúc cử tri tiếp theo",
  // "đại biểu HĐND tỉnh đơn vị bầu cử Thăng Bình gồm những ai"): a calendar and a list of today's office-holders.
  /\b(khi nao|khi mo|bao gio|chung nao|ngay nao|hom nao)( [a-z]+){0,3} (dot|buoi|cuoc|ky hop|phien|lich)( [a-z]+){0,5} (tiep theo|sap toi|toi day|toi)\b|\blich (tiep xuc cu tri|tiep dan|tiep cong dan)\b|\bdai bieu( hdnd| hoi dong nhan dan| quoc hoi)?( [a-z]+){0,8} (gom nhung ai|gom ai|la nhung ai|la ai)\b/u,
  /\b(gia (xang|dau|vang|dat|lua|gao|heo|ca phe|dien|nuoc|nha|thue|ve)|ty gia|lai suat|le phi|muc dong|dong bao nhieu|muc luong|tien luong|luong huu|luong co so|luong toi thieu|tang luong|phu cap|tro cap bao nhieu|bao nhieu (mot|1|moi) (thang|ngay|ho|nguoi|lo|m2|met|tiet|buoi)|(bao nhieu|bn) tien (mot|1|moi) (nguoi|luot|ve|cho|chiec|dem)|(bao nhieu|nhieu|bn)( tien)? (mot|1|moi) (thang|ngay)|luong( [a-z]+){0,6} (duoc )?(bao nhieu|nhieu|bn)|bao nhieu tien (mot|1|moi) (khoi|kg|ky|can|tan|m2|m3|met|cay|bao|xe|thung)|(ban|mua|gia) (bao nhieu|nhieu|bn)( tien)? (mot|1|moi) (khoi|kg|ky|can|ta|tan|trai|con|cay|bao)|gia (bap|ngo|san|mi|keo|tieu|rau|thit|phan bon)( [a-z]+){0,8} (bao nhieu|nhieu|bn)( tien)? (mot|1|moi) (kg|ky|can|ta|tan|trai|con|cay|bao))\b/u,
  /\b(thu tuc|giay to (gi|nao)|can (nhung )?giay to|ho so (gom|can)|nop (o|tai) dau|lam (o|tai) dau|gia han|dang ky (khai sinh|ket hon|thuong tru|tam tru|xe|kinh doanh|dat)|cap (lai |doi )?(so do|can cuoc|cccd|giay phep|ho chieu|bang lai)|dinh danh dien tu|tai khoan dinh danh|vneid|(co )?mat phi (khong|ko|hong|bao nhieu)|lam (lai )?(so do|can cuoc|cccd|ho chieu|bang lai|giay khai sinh))\b/u,
  /\b(phat bao nhieu|muc phat|bi phat|vuot den do|nong do con)\b/u,
  // Jobs, unemployment and maternity benefits, leave and pay owed by an employer ("KCN Tam Thăng có công ty nào đang tuyển công nhân nữ không",
  // "hồ sơ hưởng bảo hiểm thất nghiệp nộp ở mô", "chế độ thai sản", "nghỉ ốm mấy ngày thì xưởng có tính lương không").
  /\b((dang|can|co|con) tuyen (cong nhan|lao dong|nhan vien|tho|nguoi|lai xe|bao ve|nu|nam)|tuyen dung|(tim|kiem|xin) (viec|viec lam|cho lam)( [a-z]+){0,6} (o dau|o mo|nao|khong|ko|hong|chi|gi)|(bao hiem|tro cap) that nghiep|bhtn|(che do|tien|tro cap) thai san|nghi (thai san|sinh|de|om|phep|phep nam)( [a-z]+){0,3} (duoc )?(may|bao nhieu|bn|bao lau)|(cong ty|doanh nghiep|xi nghiep|xuong|chu)( [a-z]+){0,2} co (phai |duoc )?(tra|tinh) luong|(bhxh|bao hiem xa hoi) tu nguyen)\b/u,
  /\b(thoi tiet|du bao|mua bao|ket qua (tran|xo so|thi)|xo so|bong da|tran dau|da tran|fc|world cup|ty so|doi tuyen|tuyen viet nam|v league|sea games|aff cup|vo dich|ghi ban|cau thu|lich (thi|nghi|chieu|tiem|cup dien|xa nuoc|xa lu|tuoi|cap nuoc|tiep (cong )?dan|tiep xuc( cu tri)?|lam viec|hop|truc)|bao so (may|bao nhieu)|may gio|ngay nao|to chuc vao|khai mac)\b/u,
  /\b(tong bi thu|bi thu|pho bi thu|chu tich|pho chu tich|giam doc|truong ban|pho truong ban|pho ban|truong phong|truong thon|thu tuong|bo truong)\b.*\b(la ai|ten (la )?gi|la ong nao|la ba nao|ai dang giu|ong hay ba nao|ong nao|ba nao|nguoi nao|dong chi nao)\b/u,
  // Who wrote a song, when a province or body was founded, its signer: "bài hát … của nhạc sĩ nào", "Quảng Nam tái lập tỉnh năm mô", "người ký là ai"
  // ("ai ký …", asked even of the resolution, is in `BEYOND_DOCUMENT_PATTERNS`).
  /\b(nhac si|bai hat|ca khuc|sang tac|nguoi ky)\b|\b(tai lap|thanh lap|chia tach|sap nhap)( [a-z]+){0,4} (nam nao|nam mo|nam may|khi nao|hoi nao|bao gio)\b/u,
  // Contact details, addresses and accounts of offices: not in the resolution ("chuyển qua tài khoản nào của Mặt trận tỉnh?").
  /\b(so dien thoai|sdt|hotline|duong day nong|dia chi (email|mail|cua|lien he|tru so)|email|website|trang web|fanpage|tru so|so tai khoan|stk|tai khoan (nao|mo|gi|chi)|(chuyen|gui)( tien)? (qua|vao|vo|ve) tai khoan)\b/u,
  // A court's verdict on a case in the news: "tòa xử chưa, bị bao nhiêu năm".
  /\b(toa (xu|tuyen|xet xu)|xu (an|may nam|bao nhieu nam)|tuyen an|bi (bao nhieu|may) nam( tu)?|an tu|ngoi tu)\b/u,
  // Whether a named person is a Party member or a cadre, or a named household on a list: "tra giùm tui ông Lê Văn Tư … có phải
  // đảng viên không", "tra giúp nhà ông Hồ Văn Lâm … có tên trong danh sách hộ nghèo năm nay không".
  /\b(tra|tra cuu|kiem tra|coi|xem)( giup| gium| dum| ho)?( tui| toi| em| minh| chau| con)? (nha |ho )?(ong|ba|anh|chi|chu|co|bac|thang|con)\b.*\b(co phai (la )?(dang vien|can bo|cong an|bo doi)|co ten trong|co trong danh sach|thuoc (dien )?(ho ngheo|can ngheo))\b/u,
  // How to tell a fraud ("làm sao nhận biết app cho vay là tín dụng đen … có dấu hiệu gì không").
  /\b(lam sao|cach|the nao de) (nhan biet|phan biet)\b|\bdau hieu (nhan biet|lua dao)\b/u,
  // Whether a rumour is true: "Nghe trên Tiktok nói … tin đó có thiệt không bot?".
  /\btin (do|nay|ni|no|ay)( [a-z]+)? co (that|thiet|dung|chinh xac) (khong|ko|hong)\b|\bco (that|thiet) (vay|rua|the|khong|ko|hong)\b.*\b(tiktok|facebook|tren mang|nghe noi|tin do)\b/u,
  // Cooking: "cách làm cơm lam với gà nướng kiểu đồng bào Cơ Tu".
  /\b(cach (lam|nau|uop|nuong|che bien) (com|banh|mon|ga|thit|ca|ruou|canh|xoi|mam|nem|cha)|com lam|ga nuong|cong thuc nau|uop (thit|ga|ca))\b/u,
  // The way somewhere and how long it takes: "từ Tam Kỳ lên xã A Xan chạy xe máy thì đi đường mô, mất chừng mấy tiếng".
  /\b(di|chay|toi|den|len) (duong|ngo|loi) (nao|mo)\b|\bmat (chung |khoang |tam )?(may|bao nhieu) (tieng|gio|phut)\b|\bcach (chung |khoang )?(bao xa|bao nhieu (km|cay so))\b/u,
  // What to wear and what is taboo where one goes: "có bắt buộc mặc áo dài không", "vô nhà gươl có kiêng cữ chi không".
  /\b(mac (ao dai|dong phuc|ao|vay|quan)|trang phuc|an mac)\b.*\b(khong|ko|hay|duoc|bat buoc)\b|\b(kieng cu|kieng ky|kieng gi|kieng chi|coi la mat long|mat long (khong|ko|hong))\b/u,
  // When and where an event is held: "hội nghị biểu dương … năm ni tổ chức bữa mô, ở hội trường nào"; which day a feast falls on ("lễ Vu Lan nhằm ngày mấy dương lịch").
  /\b(to chuc|hop|khai mac|dien ra)( vao)? (bua|ngay|hom|luc) (mo|nao)\b|\bo hoi truong (nao|mo)\b|\b(nham|roi vao) (ngay|thu) (may|nao|mo)\b|\bngay (may|nao|mo) (duong lich|am lich)\b/u,
  // The history of the notions it uses: Bác Hồ's article "Dân vận", when a body was founded, its anniversaries.
  /\b(bac ho|ho chi minh|bai bao dan van|bai dan van|tac pham dan van)\b.*\b(viet|dang|ra doi|nam nao|ngay nao|khi nao|bao gio|bao nao|o dau|hoan canh|y nghia)\b/u,
  /\b(thanh lap|ra doi|phat dong|khoi xuong|ky niem|ngay truyen thong|ngay thanh lap|nam thanh lap|lich su hinh thanh|lich su ra doi)\b.*\b(nam nao|ngay nao|khi nao|bao gio|bao nhieu nam|la ngay|tu nam|tu khi)\b/u,
  /\b(co tu|ra doi( tu)?|xuat hien tu|bat dau tu|khoi nguon tu)( hoi| khi| luc| vao)?( nam)? (nao|mo)\b/u,
  /\b(ban hanh|co hieu luc|het hieu luc)\b.*\b(nam nao|ngay nao|khi nao|bao gio|tu khi nao|tu ngay)\b/u,
  // Counts of members and the like: no such figure in the resolution.
  /\b(bao nhieu|may) (hoi vien|doan vien|thanh vien|nguoi dung|tai khoan|dan toc|ton giao|tin do|co so tho tu|nha tho|ngoi chua)\b/u,
  // …and of an epidemic's cases and deaths ("đợt dịch đó tỉnh có bao nhiêu ca nhiễm, mấy người tử vong").
  /\b(bao nhieu|may) (ca (mac|nhiem|benh|tu vong|duong tinh)|nguoi (chet|tu vong|thiet mang|mat)\b(?! (dat|nha|viec|tien|tich|lien lac)\b))/u,
  // Who holds an office, asked the other way round: "ai đang làm chủ tịch Mặt trận tỉnh?"; where an office is.
  /\b(ai|ong nao|ba nao|nguoi nao) (dang |hien dang |hien )?(lam|la|giu chuc|giu|dung dau|ngoi ghe)\b.*\b(chu tich|bi thu|truong ban|giam doc|truong phong|truong thon|pho chu tich|pho bi thu|thu tuong|bo truong)\b/u,
  /\b(ban|so|uy ban|van phong|co quan|tru so|hoi)( [a-z]+){1,4} (nam |dat |lam viec )?o (dau|cho nao|mo)( (vay|a|ha|nhi))?$/u,
  FORECAST_PATTERN,
  PROCEDURE_QUESTION_PATTERN,
  SETTING_UP_PATTERN,
  // Local history and its facts: "chiến thắng Núi Thành năm nào", "Quảng Nam có tên từ khi nào", "ai đặt tên …".
  /\b(chien thang|tran danh|giai phong(?! mat bang)|khoi nghia|tai lap tinh|chia tach tinh|tach tinh|sap nhap tinh|dat ten|mang ten|ten goi|nhan (duoc )?ten|duoc dat ten|trieu dai|doi vua|di tich)\b.*\b(nam nao|nam may|ngay nao|khi nao|bao gio|thoi nao|the ky nao|tu khi nao|tu bao gio)\b|\bai (la nguoi )?(dat ten|sang lap|xay dung nen|khai pha)\b/u,
  // Other agencies' procedures told by what they need or how long they take: "vay vốn … cần gì", "đăng ký … mất mấy ngày".
  /\b(vay von|xin|dang ky|cap|thanh lap|nop|lam (giay|ho so|so|the|can cuoc|ho chieu|bang|khai sinh))( [a-z]+){0,5} (can|phai co|gom|can co) (nhung )?(gi|giay gi|giay to gi|ho so gi|dieu kien gi|thu tuc gi)$|\b(mat|het) (may|bao nhieu) ngay\b|\bmat bao lau\b|\b(vay von|von vay|goi vay)\b.*\b(can gi|can nhung gi|dieu kien|lai suat|o dau|thu tuc|ho so)\b/u,
  // The days of a cut announced ahead: "tuần sau cúp nước mấy ngày …, cúp từ ngày mô tới ngày mô rứa?".
  /\b(lichcup|cup (nuoc|dien))\b.*\b(tu ngay (nao|mo)|toi ngay (nao|mo)|den ngay (nao|mo)|may gio|gio nao)\b/u,
  // A tax or fee on one's land or papers, whether and how much one pays: "còn tiền sử dụng đất thì tính răng, có phải đóng không?".
  /\b(tien su dung dat|tien thue dat|thue dat|thue nha dat|le phi truoc ba|phi truoc ba|thue truoc ba|le phi cap so|le phi)\b.*\b(co phai dong|phai dong|phai nop|dong bao nhieu|nop bao nhieu|tinh (sao|rang|the nao|ra sao)|mien|giam)\b/u,
  // Translating ("'Dân vận khéo' dịch qua tiếng Anh sao cho chuẩn"): the resolution is in Vietnamese only.
  /\b(dich (qua|sang|ra) tieng|tieng (anh|phap|trung|han|nhat) (la gi|goi la gi|noi sao|noi the nao|la sao|viet sao|ghi sao))\b/u,
  // News of the day: "tin tức hôm nay", "thời sự".
  /\b(tin tuc|thoi su|ban tin|tin moi nhat|tin nong|bao hom nay|doc bao|(bao chi|bao dai|tren bao|tren mang|tv|tivi) (noi|dua tin|viet|bao) (gi|sao|the nao|ra sao))\b/u,
  LEGAL_ADVICE_PATTERN,
  /\b(thu do|dan so|dien tich|cach nau|mon an|(?<!\bdi )nau (mi|com|canh)|cong thuc|benh vien nao|xe buyt|chuyen xe|ve may bay|ve xe|ve tau|gia ve|nha xe nao|khach san|du lich o dau|(bao nhieu|(?<!\b(o|tai|cho|cua|tren|chi) )may) (huyen|xa|tinh|thanh pho|quan|di san)(?! uy)|di san (the gioi|van hoa)|danh lam|thang canh|dac san|le hoi)\b/u,
];

/** Provinces and cities other than Quảng Nam, folded: what they do is not in the resolution ("tỉnh bạn", not "tỉnh ban hành"). */
export const OTHER_PROVINCES =
  "quang ngai|quang tri|quang binh|da nang|thua thien hue|tp hue|thanh pho hue|tinh hue|kon tum|gia lai|binh dinh|phu yen|khanh hoa|dak lak|ha noi|thanh pho ho chi minh|tp hcm|tphcm|sai gon|hai phong|can tho|nghe an|ha tinh|thanh hoa|lam dong|tinh ban(?! hanh)|tinh khac|cac tinh khac";

/** A question framed by another province ("Ở Đà Nẵng có chính sách … không, con tui sắp vô lớp 10?"): one's own situation told after it is only why one asks. */
export const ELSEWHERE_OPENING = new RegExp(`^(o|tai|ben|ngoai) (${OTHER_PROVINCES})\\b`, "u");
/** A figure or a rule asked of another law ("theo nghị định mới thì tiền thưởng bàn giao sớm tính bao nhiêu"): one's own case told before it is only why one asks. */
export const ASKED_OF_ANOTHER_LAW =
  /\btheo (luat|bo luat|nghi dinh|thong tu)( [a-z0-9]+){1,9} thi\b.*\b(bao nhieu|may|the nao|ra sao|tinh sao|(viec|nhung viec|truong hop) (mo|nao|gi))\b|\b(luat|bo luat|nghi dinh|thong tu)( [a-z0-9]+){1,6} co (quy dinh|gioi han|cho phep|bat buoc|cam|yeu cau)( [a-z0-9]+){0,8} (khong|ko|hong)\b/u;

/** The bot's own judgement of the resolution ("nói thật lòng nghe ad, ad thấy văn bản ni có hiệu quả không", "theo ad thì có làm được không"): it quotes, it does not judge. */
export const JUDGEMENT_ASKED =
  /\bnoi that long\b.*\b(bot|ban|ad|tro ly)\b|\b((bot|ban|ad|tro ly)( [a-z]+)? (thay|nghi|danh gia)|theo (bot|ban|ad|tro ly)( thi)?)( [a-z]+){0,6} (lam duoc|hieu qua|thuc chat|kha thi|co tac dung)( [a-z]+){0,3} (khong|ko|hay)\b/u;

/**
 * Questions no part of the documents can answer even when they name them or reuse their words:
 * another province's resolution or work ("Quảng Ngãi", "tỉnh nào … nhất"), what a law or another
 * legal text says ("Luật Khiếu nại", "Hiến pháp", "Điều lệ Đảng"), and figures of the years after
 * the resolution ("năm 2024 còn bao nhiêu hộ nghèo", "kết quả thực hiện năm 2025") — but not its own
 * targets for those years ("đến cuối năm 2024", "giai đoạn 2021 - 2025", "phấn đấu"); amounts of
 * support, who qualifies for a benefit, a national programme's criteria and advice for an exam.
 */
export const BEYOND_DOCUMENT_PATTERNS: readonly RegExp[] = [
  JUDGEMENT_ASKED,
  // Theory taught elsewhere, whatever "nói gì" asks of it: "Chủ nghĩa Mác - Lênin lập luận ra răng về …".
  /\b(chu nghia mac|mac lenin|ly luan mac|triet hoc mac)\b/u,
  // A resolution of the Party's Central Committee, asked of itself: "Nghị quyết Trung ương khóa XII về xây dựng Đảng có mấy nhóm giải
  // pháp" (ours follows the centre's documents, never sets out theirs).
  /\b(nghi quyet|nq)( cua)? (trung uong|ban chap hanh trung uong|bo chinh tri|bch trung uong|tw)( khoa (xiii|xii|xi|13|12|11))?\b(?!.*\b(nghi quyet|nq) (nay|ni|dan van|tinh uy)\b)/u,
  // The centre's other documents asked of themselves: "Quy định 102 của Bộ Chính trị có mấy chương", "Chỉ thị 05 của Bộ Chính trị".
  /\b(quy dinh|chi thi|ket luan|huong dan)( so)? \d+( ?(qd|ct|kl|hd) ?tw)?( [a-z]+){0,2} (cua )?(bo chinh tri|ban bi thu|trung uong|ban chap hanh trung uong)\b/u,
  // The resolution of the previous term, to compare with: "so với nghị quyết về công tác dân vận … nhiệm kỳ trước thì có điểm chi mới".
  /\b(nghi quyet|nq)( [a-z0-9]+){0,10} (nhiem ky truoc|khoa truoc|ky truoc)\b/u,
  new RegExp(`\\b(${OTHER_PROVINCES})\\b`, "u"),
  /\b(tinh|dia phuong|huyen|nuoc) nao\b.*\b(nhat|tot nhat|hay nhat|gioi nhat|dan dau|cao nhat|thap nhat)\b/u,
  // What another legal text lays down, asked of it ("theo quy chế dân chủ ở cơ sở thì dân được bàn mấy việc", "theo quy định, trạm nước
  // làm xong thì giao cho xã hay …"), not of the resolution.
  /^(?!.*\b(nghi quyet|nq)\b).*\btheo (quy che|quy dinh|luat|bo luat|nghi dinh|thong tu|hien phap|phap lenh)\b( [a-z]+){0,8} thi\b/u,
  /\b(luat (dat dai|khieu nai|to cao|tiep cong dan|thuc hien dan chu|dan chu|hinh su|dan su|giao thong|hon nhan|bau cu|dau tu|xay dung|nha o|bao hiem|lao dong|can bo|cong chuc|vien chuc|mat tran|thanh nien|tin nguong|ton giao|an ninh mang|bien gioi|nghia vu quan su|cu tru|doanh nghiep|thue|bao ve moi truong|khoang san|tre em|phong chong [a-z]+|hoa giai|hoa giai o co so|lam nghiep|thuy san|chan nuoi|thu y|trong trot|giao duc|kham benh|dan quan tu ve|cong an nhan dan|nguoi cao tuoi|nguoi khuyet tat|binh dang gioi|hop tac xa|thi dua khen thuong|to chuc chinh quyen dia phuong|so \d+)|bo luat|hien phap|dieu le dang|dieu le (hoi|doan|cong doan|mat tran)|(?<!hoi )nghi dinh (so )?\d+|thong tu (so )?\d+)\b/u,
  // (Not a year the documents set as a milestone: "tới cái mốc 2030 thì tỉnh thành ra sao"; nor "bà con" after one's own report of a year:
  // "báo cáo tổng kết mùa mưa bão 2025 …, vận động bà con thêm khó".)
  /^(?!.*\b(phan dau|muc tieu|chi tieu|dinh huong|ke hoach|nhiem ky|dat moc|moc)\b).*(?<!\b(den|toi|truoc|cuoi|giai doan|doan|pa|\d{4})( nam)? )\b(202[4-9]|203\d)\b(?! (2|3)\d{3}).*\b(bao nhieu|duoc nhieu|(?<!\bba )con|da|dat duoc|ket qua|ty le|ra sao|the nao|nhu the nao)\b/u,
  // Whether it has been reviewed yet, after it was issued: "rứa tới chừ sơ kết nghị quyết nớ chưa, làm được tới đâu rồi?" (who reviews it is asked of it).
  /\b(so ket|tong ket)( nghi quyet| nq)?( [a-z]+){0,2} (chua|roi chua)\b/u,
  // Last year, after the resolution: "năm rồi tập thể nào được khen", "rứa năm ngoái huyện Đại Lộc được công nhận mấy mô hình" (asked in a few words,
  // not last year told in a story and a question long after it).
  /(?<!\b(nhung|may|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|\d+) )\b(nam roi|nam ngoai|nam vua roi)\b( [a-z0-9]+){0,8} (nao|ai|bao nhieu|gi|may (mo hinh|ho|nguoi|can|xa|thon|tap the|ca nhan|don vi|cong trinh|vu))\b/u,
  // (Now said as Quảng Nam says it, "rứa chừ", "tới chừ": "rứa chừ Quảng Nam còn bao nhiêu phần trăm hộ nghèo?"; and what a place has, counted:
  // "rứa chừ ngoài đảo có mấy chiếc ca nô cấp cứu, trạm y tế có mấy cô hộ sinh trực đêm?")
  /\b(hien nay|hien tai|bay gio|luc nay|den nay|hien|(rua|vay|the|toi|den|bay) chu)\b.*\b(con bao nhieu|co bao nhieu|da co bao nhieu|bao nhieu (ho|nguoi|nha|dang vien|xa|thon)|co may (chiec|cai|xe|ca no|tram|co|chu|bac si|y si|nguoi))\b/u,
  // What was achieved this year ("huyện Quế Sơn năm ni được hỗ trợ làm mấy căn", "năm ni xã tui có bao nhiêu nhà được hỗ trợ"), unless a target is asked.
  /^(?!.*\b(phan dau|muc tieu|chi tieu|dinh huong|ke hoach|nghi quyet|nq)\b).*\b(nam nay|nam ni)\b.*\b(duoc|co)( [a-z]+){0,3} (bao nhieu|may) (ho|nguoi|nha|can|dang vien|xa|thon|ty|trieu)\b/u,
  // When and whom military service calls up ("đợt khám nghĩa vụ là khi nào", "em trai tui có phải nhập ngũ không", "được tạm hoãn không"): the service law and the district's call-up.
  /\b(nghia vu quan su|nvqs|nghia vu cong an|nhap ngu|kham tuyen|giao quan)\b.*\b(dot may|dot nao|khi nao|bao gio|ngay nao|co phai di|phai di khong|phai di ko|duoc hoan|tam hoan|duoc mien|may tuoi|bao nhieu tuoi)\b/u,
  // The criteria of a national programme ("lên nông thôn mới nâng cao phải đạt bao nhiêu tiêu chí"): the resolution sets none.
  /\b(dat|dat du) (bao nhieu|may) tieu chi\b|\b(nong thon moi|ntm)\b.*\b(tieu chi|chi tieu|dieu kien|can gi|phai dat|dat chuan)\b/u,
  // A budget allocated or spent ("chương trình mục tiêu quốc gia … Nam Trà My được phân bổ bao nhiêu tỷ, giải ngân được mấy % rồi"): figures it never gives.
  /\b(phan bo|giai ngan|rot von|cap von|bo tri von)( duoc)? (bao nhieu|may)\b/u,
  // An amount of support, even asked of the resolution ("NQ nói xóa nhà tạm, rứa mỗi căn được hỗ trợ bao nhiêu tiền?").
  SUPPORT_AMOUNT_PATTERN,
  // A fine's amount, even asked of the resolution ("nghị quyết dân vận ni có nói mức phạt xe tải chở quá tải là bao nhiêu"): the law sets it.
  /\b(muc phat|tien phat)\b|\bphat (bao nhieu|nhieu|bn|may (trieu|tram))\b/u,
  // How a household business is taxed ("bỏ thuế khoán, phải tự kê khai doanh thu"), even asked of the resolution: tax law decides it.
  /\b(thue khoan|ke khai (thue|doanh thu)|khai thue|ma so thue|quyet toan thue|hoa don dien tu|thue (mon bai|thu nhap ca nhan|tncn|gtgt|vat))\b/u,
  // Pay and allowances raised or set, even asked of the resolution ("Nghị quyết dân vận có tăng phụ cấp cho y tế thôn bản không?"): it sets none.
  // (Not "nâng lương": folded, it is "năng lượng".)
  /\b(tang|giam|cat|dieu chinh|muc) (phu cap|luong|tien luong|thu lao|tien boi duong)\b|\b(phu cap|tien luong|thu lao)( [a-z]+){0,6} (bao nhieu|nhieu|bn)\b/u,
  // Since the resolution until now ("từ lúc có NQ ni tới giờ … được tới đâu rồi").
  /\btu (luc|khi|hoi) (co|ban hanh|ra)( nghi quyet| nq)?( nay| ni)? (toi|den) (gio|nay|bay gio|chu)\b/u,
  // Who qualifies for a benefit, by a threshold ("thu nhập mỗi tháng dưới bao nhiêu thì được xét hộ nghèo", "chuẩn nghèo là bao nhiêu"): set by national rules, not the resolution.
  /\b(duoi|tren|it hon|nhieu hon|tu) (bao nhieu|nhieu|bn|muc nao)( [a-z]+){0,3} (thi|moi) (duoc |bi )?(xet|coi la|tinh la|cong nhan|vao|huong)\b|\bchuan (ho )?ngheo\b.*\b(bao nhieu|the nao|ra sao|la gi|chi)\b/u,
  // Advice for an exam ("sắp thi công chức, nên ôn theo tài liệu nào cho dễ đậu", "có nên ôn kỹ mảng dân vận không, tài liệu ở mô"): the resolution is no study guide.
  /\b(thi (cong chuc|vien chuc|tuyen|dau vao)|on thi|on tap|de dau|cho dau)\b.*\b(tai lieu|sach|giao trinh|on|hoc|meo)\b.*\b(nao|gi|chi|mo|dau|khong)\b/u,
  // How far it has got since ("rứa chừ tỉnh làm được bao nhiêu căn rồi?"): the resolution was written before.
  /\bduoc( [a-z]+){0,3} (bao nhieu|may) (?!lan\b)[a-z]+( [a-z]+){0,3} roi\b/u,
  // What was said at a meeting ("bài phát biểu bế mạc của đồng chí Bí thư nhấn mạnh những ý gì"): the resolution is not its minutes.
  // Not one's own speech, what goes into it or is written ("muốn đưa câu đó vô bài phát biểu, … ở đoạn nào"): the quote for it is asked of the documents.
  /\b(?<!\b(?:vo|vao|soan|viet) )(bai phat bieu|loi phat bieu|dien van|phat bieu (be mac|khai mac|chi dao|ket luan|tai hoi nghi))\b.*\b(gi|chi|nao|sao|the nao|ra sao)\b/u,
  // Help writing one's own paper ("viết bài tham luận …, bố cục nên chia mấy phần, mở bài sao cho hay"): no writing guide either.
  /\b(viet|soan|lam)( [a-z]+){0,2} (bai|tham luan|bai phat bieu|bao cao|dien van|bai thu hoach|bai du thi)\b.*\b(bo cuc|mo bai|ket bai|than bai|chia may phan|may phan|cach viet|viet sao|viet the nao|viet ra sao|goi y|dan y)\b/u,
  // The assistant's opinion of a person ("bạn đánh giá sao về đồng chí Trưởng ban …"): it gives none.
  /\b(ban|bot|em|ad|tro ly) (danh gia|nghi|thay|nhan xet)( the nao| sao| ra sao| gi)? ve (dong chi|ong|ba|anh|chi|co|thay|lanh dao|ca nhan)\b/u,
  // Who won a contest ("hội thi Dân vận khéo của huyện, đội mô đoạt giải nhất?"): events after the resolution.
  /\b(doat giai|dat giai|giai nhat|giai nhi|giai ba|giai dac biet|vo dich|xep hang nhat)\b.*\b(nao|mo|ai|gi|chi)\b|\b(doi|don vi|xa|huyen|ai|nguoi) (nao|mo) (doat|dat|duoc|gianh|an) giai\b/u,
  // Who was commended, or how many ("năm 2023 tỉnh khen thưởng những mô hình dân vận khéo nào"): the resolution names none.
  /\bkhen thuong\b.*\b(nao|ai|bao nhieu|mo|danh sach)\b|\b(nao|mo|ai)( [a-z]+){0,4} duoc( [a-z]+){0,2} khen( thuong)?\b/u,
  // Who signed it ("còn ai ký ban hành nghị quyết đó vậy?"): this text is a draft and names no signer.
  /\b(ai|nguoi nao|ong nao|ba nao|dong chi nao) ky\b/u,
  // Whether the authorities give a group money or a loan ("lao động đi Hàn về nước đúng hạn thì tỉnh có hỗ trợ tiền hay cho vay vốn làm ăn không").
  /\b(tinh|nha nuoc|xa|huyen) co (ho tro tien|ho tro von|cho vay( von)?|cap tien|tro cap)\b( [a-z]+){0,8} (khong|hong)\b/u,
  // Support in kind for a trade ("hỗ trợ dầu cho tàu cá", "cấp lúa giống", "bù phân bón"): a programme's to give, which the resolution never names.
  /\b(ho tro|cap|bu) (dau|xang|nhien lieu|giong|lua giong|cay giong|con giong|phan bon|ngu cu)\b/u,
  // Free health insurance for a group ("hộ cận nghèo có được cấp thẻ bảo hiểm y tế miễn phí không"): national rules say who gets it.
  /\b(co )?duoc( [a-z]+){0,2} (the )?(bao hiem y te|bhyt) mien phi( [a-z]+){0,5} (khong|ko|hong|chua)\b/u,
  // What makes a household poor by national criteria ("hộ nghèo đa chiều là sao, thiếu mấy chỉ số thì được xếp vô"): not the resolution's to say.
  /\b(ho ngheo|ho can ngheo|ngheo da chieu|can ngheo)\b.*\b(la sao|la gi|nghia la gi|thieu may|may chi so|chi so nao|tieu chi nao|tieu chi gi|xep vo|xep vao|duoc xet vao)\b/u,
  // The odds of a lawsuit ("đưa ra tòa thì có mấy phần thắng, kéo dài mấy năm"): for a lawyer. Folded, "tháng. Kiến nghị …" is no "thắng kiện".
  /\b(kha nang thang|thang kien(?! nghi)|thang duoc (may|bao nhieu) phan|co thang (duoc )?(khong|ko|hong))\b|\b(kien|khoi kien)( [a-z]+){0,6} (mat|ton|keo dai) (may|bao nhieu) (nam|thang)\b/u,
  // What something costs and who pays ("in nghị quyết phát xuống … tốn chừng bao nhiêu tiền, ai chi trả").
  /\b(ton|het|mat)( chung| khoang| het)? (bao nhieu|may|bn)( tien| trieu| ty)\b|\bai (chi tra|tra tien|bo tien|chiu chi phi)\b/u,
  // How a past meeting or event ended ("buổi đối thoại … hồi tháng trước kết luận ra răng rồi").
  /\b(buoi|cuoc|phien|ky hop|hoi nghi|dot)( [a-z0-9]+){1,20} (hoi|hom|bua|tuan|thang|nam) (truoc|roi|qua|ngoai)( [a-z]+){0,4} (ket luan|ket qua|ra sao|ra rang|the nao|sao roi)\b/u,
  // Other countries ("bên Trung Quốc với Lào có làm kiểu dân vận không"), not Vietnamese abroad; nor the country across the
  // province's own border ("xã ở biên giới với Lào", "sát nách với Lào", a village twinned with one there: "kết nghĩa với bản bạn bên Lào"),
  // whose villages the documents' border work is about.
  /\b(?<!\b(bien gioi|giap|giap ranh|sat|sat nach|ke|ke ben|canh|ket nghia|ket nghia voi mot ban|ket nghia voi ban|mot ban|ban) (voi )?)(trung quoc|campuchia|thai lan|han quoc|nhat ban|nuoc my|ben my|lien xo|nuoc nga|(ben|nuoc|voi|o|va) lao(?! dong))\b/u,
  // How another body is staffed ("Mặt trận cấp xã có mấy phó chủ tịch, ai giữ chức ủy viên thường trực").
  // …or how many it has and who heads it ("khối dân vận phường gồm mấy người, ai làm trưởng khối"), which bodies make it up ("HTCT gồm những tổ chức nào").
  /\b(co|gom) (may|bao nhieu|bn) (pho chu tich|pho bi thu|pho truong ban|pho giam doc|uy vien|chuc danh)\b|\bgom (nhung |cac )?(doan the|to chuc|hoi|co quan|don vi) (nao|gi|chi)\b|\bai giu chuc\b|\bgom (may|bao nhieu|bn) (nguoi|thanh vien)\b|\bai (lam|giu) (truong|pho) (khoi|ban|to|doan|hoi)\b/u,
  // Personal career choices ("nên thi vô ban dân vận hay hội phụ nữ, chỗ nào dễ thăng tiến").
  /\b(thang tien|de len chuc|luong cao hon|(nen|co nen) (thi|chon|xin(?! hoi| phep| cam on| loi)|nop ho so)( vo| vao)?)\b/u,
  // Making media for a cause ("quay clip TikTok tuyên truyền …, nên làm nội dung kiểu gì cho viral"): no media guide.
  /\b(viral|nhieu view|nhieu luot xem|tang tuong tac|len xu huong)\b|\b(quay|lam|dung|edit) (clip|video|tiktok|reels|phong su)( [a-z]+){0,12} (kieu gi|kieu nao|the nao|ra sao|sao cho|nhu the nao)\b/u,
  // What became of the resolution since ("sáp nhập tỉnh xong thì nghị quyết ni còn hiệu lực không"), the provinces merged, the conference's other resolutions.
  // …the two-level local government and the communes merged since ("chính quyền địa phương 2 cấp là sao", "sáp nhập xã").
  /\b(con|het|mat|co con) hieu luc\b|\b(sap nhap|sat nhap|nhap) (tinh|xa|huyen|phuong)\b|\b(chinh quyen|mo hinh)( dia phuong)? (2|hai) cap\b|\b(thong qua|ban hanh|ra)( [a-z]+){0,4} (nhung )?(nghi quyet|nq|van ban) (nao|gi|chi) (khac|nua)\b/u,
  // Reading to recommend ("gợi ý giùm em mấy cuốn sách với bài báo khoa học để tham khảo"): no bibliography.
  // ("chính sách" folds to "chinh sach": a book is "cuốn sách", "sách tham khảo").
  /\b(goi y|gioi thieu|tim giup|tim dum|tim gium|cho xin)( [a-z]+){0,6} (cuon sach|quyen sach|sach tham khao|bai bao|tai lieu tham khao|giao trinh|luan van|bai nghien cuu|cong trinh nghien cuu)\b/u,
  // Whether a custom is allowed or forbidden ("theo đạo Tin Lành rồi thì còn được làm lễ đâm trâu không, Mặt trận có cấm không").
  /\b(con )?duoc (lam le|cung bai|cung|to chuc le|an le)( [a-z]+){0,4} (khong|ko|hong)\b|\bco cam (khong|ko|hong)\b/u,
  // How far a target has got ("tới chừ tỉnh đã xóa xong hết 15.000 căn nhà tạm chưa hay còn dở dang"), and rankings ("GRDP … xếp thứ mấy").
  /\b(toi chu|den nay|toi gio|den gio|toi nay|hien nay)\b( [a-z0-9]+){0,4} da( [a-z0-9]+){1,10} (chua|hay con|hay chua)\b|\b(xep|dung|dung hang) thu (may|bao nhieu|nao|mo)\b|\bxep hang (may|bao nhieu|the nao|ra sao)\b/u,
  // What sanction a wrong carries ("cán bộ hách dịch thì bị kỷ luật mức nào, khiển trách hay cách chức"): the rules on discipline say, not the resolution.
  /\b(ky luat|xu ly|xu phat|phat)( [a-z]+){0,2} (muc nao|muc gi|muc chi|hinh thuc nao|hinh thuc gi|hinh thuc chi|toi muc nao|nang nhat)\b|\b(khien trach|canh cao|cach chuc|buoc thoi viec|ha bac|khai tru) hay (la )?(khien trach|canh cao|cach chuc|buoc thoi viec|ha bac|khai tru)\b/u,
  // A body's legal powers ("Mặt trận xã có được nhận đơn rồi tự ra quyết định giải quyết không", "thẩm quyền của ai"): the law sets them.
  /\btham quyen\b|\b(co duoc|co quyen|duoc phep|duoc quyen)( [a-z]+){0,10} tu (ra quyet dinh|giai quyet|xu ly|xu phat|cuong che)\b/u,
  // A case in the news ("vụ công an triệt phá đường dây … tuần rồi là răng, bắt mấy người?"): how many were caught, charged or hurt, or how a recent case went.
  /\b(bat|bat giu|khoi to|truy to|xu phat|tuyen an|tu vong|chet|bi thuong|thiet mang)( duoc)? (may|bao nhieu|bn) (nguoi|doi tuong|ten|dua|nan nhan)\b|\bvu\b( [a-z]+){1,14} (hom qua|hom kia|tuan roi|tuan truoc|thang roi|thang truoc|moi day|vua roi|bua truoc|bua qua|sang nay|toi qua|dem qua)( [a-z]+){0,2} (la rang|ra rang|the nao|ra sao|nhu the nao)\b/u,
  // How long a hamlet head serves and what share of the vote elects one ("trưởng khu phố làm mấy năm một khóa, cần bao nhiêu phần trăm
  // hộ tán thành"): the rules on electing them say, not the resolution.
  /\bnhiem ky( cua)? (truong thon|truong khu pho|pho thon|to truong|truong ban)( [a-z]+){0,3} (la )?(may|bao nhieu|bn) nam\b|\b(may|bao nhieu|bn) phan tram( [a-z]+){0,4} (dong y|tan thanh|bau|bo phieu)( [a-z]+){0,2} (moi|thi) (trung|dac cu|duoc bau|dau)\b/u,
  // Subjects the resolution never speaks of, asked of it by name ("văn bản có chủ trương gì cho ngành du lịch", "có nhắc tới bóng đá không"):
  // it has no passage to quote, and the nearest one would answer something else.
  /\b(noi|de cap|nhac|dinh huong|chu truong|chinh sach|quy dinh|chi dao|gi|chi) (gi |chi )?(ve|toi|den|cho) ((viec|chuyen|linh vuc|nganh|phat trien|thi truong|hoat dong|kinh doanh|cac|nhung) )*(du lich|the thao|bong da|chung khoan|tien ao|gia xang|gia vang|ca nhac|phim anh|tro choi dien tu|xuat khau|nhap khau)\b/u,
];

/**
 * How two notions differ ("chuyển đổi số với số hóa khác nhau chỗ mô"): a definition the resolution does not give, unless
 * what it requires of them is asked too (`DOCUMENTS_ASKED`).
 */
export const NOTIONS_COMPARED = /\bkhac nhau (cho|o|diem|the|nhu) ?(mo|nao|gi|chi|sao)\b|\bphan biet( giup| dum| gium)?( [a-z]+){1,6} (voi|va)\b/u;
/** What the documents require or say of something, asked: "nghị quyết yêu cầu củng cố tổ nào", "NQ bắt …". */
export const DOCUMENTS_ASKED = /\b(nghi quyet|nq|van ban)( nay| ni)? (co )?(bat|buoc|yeu cau|doi hoi|quy dinh|giao|chi dao)\b/u;

/**
 * Asking what another legal text decides ("nghị quyết 20 quy định …", "nghị quyết 04 có bắt … không", "luật đất đai 2024 quy định …",
 * a law named as new: "Luật Dược mới có bắt …"; the resolution names no law),
 * or another conference of the committee ("hội nghị lần thứ 9 của tỉnh ủy quyết định những gì"; this resolution is the 14th's),
 * or a summary of another numbered text ("tóm lại nghị quyết 25 giùm"; the resolution cites it, it does not hold it):
 * out of scope even though it names a resolution; not a year the resolution is asked about ("nghị quyết có ghi năm 2022 …", "nghị quyết đặt mốc
 * năm 2030 để …").
 */
export const OTHER_DOCUMENT_PATTERN =
  /\b(luat|nghi dinh|thong tu|quyet dinh|nghi quyet|nq|chi thi|ket luan) (so )?((?![a-z ]*\b(den|toi|giai doan|cuoi|thi|co|ghi|noi|neu|nhac|dat moc|dat ra|de ra)\b)[a-z ]{0,20}\d{4}|\d{1,3}(?!\d)(?<!\b14))\b.*\b(quy dinh|noi|yeu cau|bat|bat buoc|cho phep|the nao|gi|chi|nao|bao nhieu|may|ra sao|sao|gom nhung)\b|\bhoi nghi( [a-z]+){0,4} lan (thu )?(?!14\b)\d{1,2}\b.*\b(ban|quyet|noi|gi|chi|ra sao|sao|the nao)\b|(?<!\b(phap|ky|hien) )\bluat (?!(su|le|phap|choi)\b)[a-z]+( [a-z]+){0,3} (moi|sua doi)\b.*\b(quy dinh|noi|yeu cau|bat|bat buoc|cho phep|the nao|gi|chi|nao|bao nhieu|may|ra sao|sao|ap dung)\b|\b(tom tat|tom lai|tom luoc|noi gon|noi so qua)( [a-z]+){0,2} (luat|nghi dinh|thong tu|quyet dinh|nghi quyet|nq|chi thi|ket luan) (so )?\d{1,3}(?!\d)(?<!\b14)\b/u;

/**
 * The documents' domain in everyday words: the people, bodies and work the resolution is about.
 * A question in this domain that the documents do not answer exactly gets the nearest passage, hedged.
 * Place words ("tỉnh", "xã", "thôn") are left out: any local question has them.
 */
export const DOMAIN_WORDS: readonly string[] = [
  "dan van", "can bo", "dang vien", "to chuc dang", "cap uy", "tinh uy", "huyen uy", "thi uy", "dang uy", "chi bo", "bi thu", "chinh quyen", "mat tran", "mttq", "doan the",
  "hoi nong dan", "hoi phu nu", "doan thanh nien", "cuu chien binh", "cong doan", "nhan dan", "ba con", "nguoi dan", "dong bao", "dan toc thieu so", "dtts", "ton giao", "chuc sac",
  "dan chu", "qcdc", "tiep dan", "doi thoai", "khieu nai", "to cao", "kien nghi", "long tin", "niem tin", "dan van kheo", "he thong chinh tri", "luc luong vu trang", "quan doi", "cong an",
  "lanh dao", "voi dan", "vung kho khan", "mien nui", "vung cao", "vung nui", "nui cao", "hai dao", "ngoai dao", "bien gioi", "nguoi quang nam o nuoc ngoai", "kieu bao", "doanh nghiep", "nguoi lao dong",
  "cong nhan", "tri thuc", "thanh nien", "diem nong", "an ninh", "trat tu", "the luc thu dich", "mang xa hoi", "giai phong mat bang", "thu hoi dat", "tai dinh cu", "ho ngheo",
  "nha tam", "an sinh", "kho khan", "han che", "nguyen nhan", "thien tai", "bien doi khi hau", "lam quan", "cap tren", "cap duoi", "chinh sach",
  // The review's figures (its footnote): "GRDP bình quân mỗi người"; the province measured against the country, as its 2030 target is.
  "grdp", "binh quan dau nguoi", "so voi ca nuoc", "phat trien kha",
];

/**
 * The words of a message that only asks something more of what the previous question was about, naming nothing
 * else: when, how many (roughly: "khoảng", "tầm", "ước"), how often ("bao lâu một lần", "định kỳ hay tùy thích"), who, why, whether concretely
 * ("hạn chót là khi nào vậy", "có nói phải làm gì cụ thể không hay chỉ nêu tên vậy thôi"); folded syllables, with the chat words around them.
 */
const ASPECT_WORDS = new Set(
  (
    "da vang u o vay the rua thi roi a ha hi nhi ne nha nhe bot ad admin oi ban em anh thoi luon nua ma " +
    "co noi nhac neu de cap phai lam gi j chi cu khong ko k hong hok hay ten hua con so bao nhieu may nhieu ai lo chiu trach nhiem giao cho " +
    "tai sao vi rang nguyen nhan do dau la han chot khi nao mo luc gio chung nam thang xong hoan thanh dat duoc chua toi den tu truoc " +
    "ra nhu can ngan nghin trieu ty tram chuc phan tong cong khoang tam uoc ho v z r hk lau lan mot dinh ky thich tuy " +
    // The documents' own particulars: "còn khóa mấy nữa bot?", "ban hành ngày mấy?".
    "khoa thu ky hop ngay ban hanh " +
    // For which years it holds: "việc đó áp dụng giai đoạn mấy"; how much a figure rose in some of them: "còn riêng hai năm 21, 22 thì tăng bao nhiêu?".
    "ap dung giai doan rieng hai tang giam"
  ).split(" "),
);
/** Longer than this, a message says something of its own. */
const ASPECT_MAX_WORDS = 16;

/** Words pointing back at what the previous question was about ("việc đó", "cái ni", "chuyện nớ"), folded: they name nothing else. */
const POINTED_BACK_PAIR = /\b(viec|cai|chuyen|dieu|vu|cau) (do|ay|nay|ni|no|day)\b/gu;

/** Whether a message only asks something more of the previous question's subject (see `ASPECT_WORDS`), maybe pointing back at it ("vậy ai lo việc đó?"). */
export function asksOnlyAnAspect(said: string): boolean {
  const words = fold(withoutHesitations(said)).replace(POINTED_BACK_PAIR, " ").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length > 0 && words.length <= ASPECT_MAX_WORDS && words.every((word) => ASPECT_WORDS.has(word) || /^\d+$/u.test(word));
}
