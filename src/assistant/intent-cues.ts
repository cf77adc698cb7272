/**
 * The words people use for each intent, as data: folded (no diacritics, lower case, đ → d), since
 * chat messages are often typed without them. Each list is matched as whole words. Written kind by
 * kind (greetings, complaints, asking about one's report), not sentence by sentence: to extend, add
 * the everyday phrase for a notion to its list and run `npm run bench:routing`.
 */

/** Greetings, thanks, goodbyes: a message made only of these (and particles) is smalltalk. */
export const SMALLTALK_PHRASES: readonly string[] = [
  "xin chao", "chao", "chao ban", "chao bot", "chao em", "chao anh", "chao chi", "hello", "hi", "hey", "alo", "a lo", "helo",
  "chao buoi sang", "chao buoi toi", "chao buoi chieu", "buoi sang", "buoi toi", "buoi chieu",
  "cam on", "cam on nhieu", "cam on ban", "cam on bot", "cam on nhe", "cam on nha", "thanks", "thank you", "thank", "tks", "thks", "ty", "camon", "cmon",
  "tam biet", "bye", "bai", "goodbye", "hen gap lai", "hen hom khac", "hen hom khac hoi tiep", "hen lan sau", "chuc ngu ngon", "ngu ngon",
  "ok", "oke", "okay", "okie", "uh", "u", "um", "vang", "da", "duoc roi", "hay qua", "tot qua", "tuyet", "rat hay",
  "lan dau dung", "hoi tiep", "hoi sau",
];

/** Words that carry no request of their own (particles, forms of address, the bot's names). */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  "a", "ah", "ha", "nha", "nhe", "nghen", "ne", "nhen", "hen", "nhi", "hi", "ho", "vay", "the", "roi", "luon", "nhieu", "lam", "qua", "moi", "nguoi",
  "ban", "bot", "em", "anh", "chi", "tro", "ly", "ad", "admin", "minh", "toi", "may", "oi", "voi", "va", "cung", "nay", "nua", "gio", "sang", "co", "trang",
  "hom", "khac", "tiep", "hoi", "biet", "gap", "lai", "sau", "lan", "nhu", "thi", "do",
]);

/** Asking the assistant about itself: what it is, what it can do, when it works. */
export const SELF_QUESTION_PATTERNS: readonly RegExp[] = [
  /\b(ban|bot|em|tro ly|may|nguoi) (la ai|la gi|ten (la )?gi|la nguoi hay may|la nguoi that|co phai (la )?(nguoi|may|robot|chatgpt|ai|tri tue nhan tao|chat gpt|nguoi that))/u,
  /\b(chatgpt|chat gpt|tri tue nhan tao|robot)\b.*\b(khong|a|ha)\b/u,
  /\b(ban|bot|em|tro ly) (lam|giup|ho tro) (duoc )?(nhung )?(gi|chi|viec gi)/u,
  /\b(lam duoc gi|giup duoc gi|biet lam gi|ho tro duoc gi|dung de lam gi|dung nhu the nao|su dung the nao|dung sao)\b/u,
  /\b(ban|bot|em|tro ly) co (truc|lam viec|hoat dong|tra loi)\b.*\b(dem|24|gio hanh chinh|cuoi tuan|chu nhat|khong)\b/u,
  /\b(ai|ai da) (tao ra|lam ra|viet ra) (ban|bot|em|tro ly)\b/u,
];

/** Rude words aimed at the bot: answered calmly, not searched. */
export const PROFANITY_WORDS: readonly string[] = ["dm", "dmm", "dcm", "vl", "vcl", "clgt", "cc", "do ngu", "ngu the", "bot ngu", "ngu vay", "ngu qua", "vo dung", "do vo dung", "dien a", "im di", "cut", "deo", "me may"];

/** Saying outright that this is a complaint, denunciation, request or suggestion. */
export const REPORT_VERBS: readonly string[] = [
  "phan anh", "khieu nai", "to cao", "to giac", "kien nghi", "de nghi", "yeu cau xu ly", "yeu cau giai quyet", "gop y", "de xuat", "muon khen", "xin khen", "khen ngoi", "bieu duong", "mong", "bo tri them", "thua kien", "keu cuu", "cuu voi", "cuu giup", "giup voi", "giup dum", "giup em voi",
  "khan cap", "bao tin", "trinh bao", "xin y kien", "nho can thiep", "can thiep", "xu ly giup", "xu ly gap", "xu ly dum", "giai quyet giup", "giai quyet dum",
  "xem xet giup", "xem xet lai", "kiem tra giup", "kiem tra lai", "mong cac cap", "mong chinh quyen", "mong ban", "mong lanh dao", "mong duoc", "xin cac cap", "xin chinh quyen",
  "xin xa", "xin huyen", "xin tinh", "de nghi xa", "de nghi huyen", "de nghi tinh", "buc xuc", "het chiu noi", "qua dang", "vo ly", "khong ai giai quyet", "khong ai xu ly",
  "chua ai giai quyet", "chua duoc giai quyet", "chua duoc xu ly", "khong duoc giai quyet", "dun day", "lam ngo", "ngo lo", "nhung nhieu", "hach sach", "an chan", "an hoi lo", "tham o",
];

/** The person's own life and place: a situation told from the first person is a report more often than a question. */
export const FIRST_PERSON_PLACES: readonly string[] = [
  "nha toi", "nha minh", "nha em", "nha con", "nha tui", "gia dinh toi", "gia dinh em", "gia dinh minh", "xa toi", "xa minh", "xa em", "thon toi", "thon minh", "thon em",
  "xom toi", "xom minh", "xom em", "khoi pho toi", "phuong toi", "huyen toi", "to toi", "khu toi", "doan duong nha", "hang xom", "dan o day",
  "toi bi", "em bi", "minh bi", "tui bi", "con toi", "chu toi", "me toi", "ba toi", "bo toi", "vo toi", "chong toi", "ong toi", "ba noi", "cha toi", "toi nop", "toi da nop", "toi gui", "toi bao",
  "em vay", "toi vay", "dat nha toi", "dat cua toi", "ruong nha", "vuon nha", "toi o", "em o", "minh o",
];

/** Words of a grievance told as a situation (damage, danger, wrongdoing). */
export const GRIEVANCE_WORDS: readonly string[] = [
  "hu hong", "hu", "xuong cap", "nut", "sup", "sat lo", "lo dat", "ngap", "o nhiem", "boc mui", "hoi thoi", "xa thai", "khoi den", "bui", "on ao", "no min", "doi no", "lai cao",
  "de doa", "bi danh", "danh dap", "danh nguoi", "danh hoi dong", "danh vo", "danh con", "chem", "lua dao", "ma tuy", "danh bac", "co bac", "chua tra", "chua duoc", "khong duoc", "khong co ai", "khong ai", "bi bat", "bat giu", "thu tien", "lay tien", "thu sai",
  "lan chiem", "lan dat", "cham tre", "ngam ho so", "hen di hen lai", "nhung nhieu", "tham nhung",
  "o ga", "o voi", "nat bet", "mat dien", "cup dien", "mat nuoc", "khong co nuoc", "bi tac", "tac nghen", "nghet", "dot", "khong ai cham", "cheo leo",
  "thot tim", "nguy hiem", "te nga", "gay tay", "chet", "bi thuong", "cap cuu",
];

/** Talking about the documents: a message that names them asks what they say. */
export const DOCUMENT_WORDS: readonly string[] = [
  "nghi quyet", "nq", "van ban", "tai lieu", "noi gi", "noi ve", "co noi", "co nhac", "nhac den", "nhac toi", "de cap", "quy dinh gi", "giao cho", "giao ban",
  "muc tieu", "quan diem", "nhiem vu", "giai phap", "chi tieu", "to chuc thuc hien",
];

/** Asking where one's own report is: the status words. */
export const STATUS_WORDS: readonly string[] = [
  "den dau", "toi dau", "tien do", "tinh trang", "tinh hinh xu ly", "xu ly chua", "xu ly den dau", "giai quyet chua", "nhan chua", "nhan duoc chua", "co ai nhan", "co ai xem",
  "tra loi chua", "bao gio", "khi nao", "may ngay", "lau vay", "lau qua", "sao roi", "the nao roi", "ra sao roi", "ket qua", "chuyen cho", "chuyen den", "co quan nao giai quyet",
  "xem duoc", "theo doi", "da xu ly", "dang xu ly", "co tra loi", "co phan hoi", "chua thay", "chua co",
];

/** Pointing at a report of one's own: "phản ánh của tôi", "vụ đó", "đơn tôi gửi". */
export const OWN_REPORT_WORDS: readonly string[] = [
  "phan anh cua toi", "phan anh cua minh", "phan anh cua em", "phan anh toi", "phan anh minh", "phan anh em", "don cua toi", "don cua minh", "don toi", "don minh", "kien nghi cua toi",
  "toi gui", "minh gui", "em gui", "toi da gui", "toi co gui", "minh da gui", "toi bao", "toi co bao", "da gui phan anh", "gui phan anh", "vu cua toi", "viec toi bao",
  "ma phan anh", "ma so",
];

/**
 * Kinds of question the documents never answer: prices and money of today, administrative
 * procedures, fines and other legal texts, news, sport, weather, schedules, general knowledge.
 * A question matching one, and not naming the documents, is out of scope without searching.
 */
export const OUT_OF_DOMAIN_PATTERNS: readonly RegExp[] = [
  /\b(gia (xang|dau|vang|dat|lua|gao|heo|ca phe|dien|nuoc|nha|thue|ve)|ty gia|lai suat|le phi|muc dong|dong bao nhieu|muc luong|tien luong|phu cap|tro cap bao nhieu|bao nhieu (mot|1|moi) (thang|nam|ngay|ho|nguoi|lo|m2|met))\b/u,
  /\b(thu tuc|giay to (gi|nao)|can (nhung )?giay to|ho so (gom|can)|nop (o|tai) dau|lam (o|tai) dau|gia han|dang ky (khai sinh|ket hon|thuong tru|tam tru|xe|kinh doanh|dat)|cap (lai |doi )?(so do|can cuoc|cccd|giay phep|ho chieu|bang lai)|lam (lai )?(so do|can cuoc|cccd|ho chieu|bang lai|giay khai sinh))\b/u,
  /\b(phat bao nhieu|muc phat|bi phat|vuot den do|nong do con)\b/u,
  /\b(thoi tiet|du bao|mua bao|ket qua (tran|xo so|thi)|xo so|bong da|tran dau|da tran|fc|world cup|lich (thi|nghi|chieu|tiem|cup dien)|may gio|ngay nao|to chuc vao|khai mac)\b/u,
  /\b(tong bi thu|bi thu|pho bi thu|chu tich|pho chu tich|giam doc|truong ban|pho truong ban|truong phong|truong thon|thu tuong|bo truong)\b.*\b(la ai|ten (la )?gi|la ong nao|la ba nao|ai dang giu)\b/u,
  /\b(thu do|dan so|dien tich|cach nau|mon an|nau (mi|com|canh)|cong thuc|benh vien nao|xe buyt|chuyen xe|ve may bay|khach san|du lich o dau|(bao nhieu|may) (huyen|xa|tinh|thanh pho|quan|di san)|di san (the gioi|van hoa)|danh lam|thang canh|dac san|le hoi)\b/u,
];

/**
 * Asking what another legal text decides ("nghị quyết 20 quy định …", "luật đất đai 2024 quy định …"):
 * out of scope even though it names a resolution.
 */
export const OTHER_DOCUMENT_PATTERN = /\b(luat|nghi dinh|thong tu|quyet dinh|nghi quyet|chi thi|ket luan) (so )?([a-z ]{0,20}\d{4}|\d{1,3}(?!\d)(?<!\b14))\b.*\b(quy dinh|noi|yeu cau|the nao|gi)\b/u;

/**
 * The documents' domain in everyday words: the people, bodies and work the resolution is about.
 * A question in this domain that the documents do not answer exactly gets the nearest passage, hedged.
 * Place words ("tỉnh", "xã", "thôn") are left out: any local question has them.
 */
export const DOMAIN_WORDS: readonly string[] = [
  "dan van", "can bo", "dang vien", "to chuc dang", "cap uy", "tinh uy", "huyen uy", "thi uy", "dang uy", "chi bo", "bi thu", "chinh quyen", "mat tran", "mttq", "doan the",
  "hoi nong dan", "hoi phu nu", "doan thanh nien", "cuu chien binh", "cong doan", "nhan dan", "ba con", "nguoi dan", "dong bao", "dan toc thieu so", "dtts", "ton giao", "chuc sac",
  "dan chu", "qcdc", "tiep dan", "doi thoai", "khieu nai", "to cao", "kien nghi", "long tin", "niem tin", "dan van kheo", "he thong chinh tri", "luc luong vu trang", "quan doi", "cong an",
  "vung kho khan", "mien nui", "vung cao", "vung nui", "nui cao", "hai dao", "ngoai dao", "bien gioi", "nguoi quang nam o nuoc ngoai", "kieu bao", "doanh nghiep", "nguoi lao dong",
  "cong nhan", "tri thuc", "thanh nien", "diem nong", "an ninh", "trat tu", "the luc thu dich", "mang xa hoi", "giai phong mat bang", "thu hoi dat", "tai dinh cu", "ho ngheo",
  "nha tam", "an sinh", "kho khan", "han che", "nguyen nhan", "thien tai", "bien doi khi hau", "lam quan", "cap tren", "cap duoi", "chinh sach",
];
