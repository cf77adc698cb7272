/**
 * Which part of a resolution a question wants, as pure functions over the retrieved hits:
 * - the letterhead and the recipients list ("Nơi nhận") are never an answer, unless asked for;
 * - "nghị quyết nói gì về X" wants what the resolution decides (parts II–IV: viewpoints, targets,
 *   tasks, implementation) rather than the review of the situation (part I), unless the question asks
 *   about the situation, results, shortcomings or causes, or only the review names X;
 * - asking how the work went (results, shortcomings, causes, the resolution's own assessment) wants the review (I);
 * - "ai / cơ quan nào chịu trách nhiệm …" wants the part that assigns the work (IV), or a passage that does ("… chủ trì"),
 *   most of all a passage opening by assigning the body the question names ("các tổ chức CT-XH tỉnh …:" for "hội phụ nữ tỉnh");
 * - "ai ký …" wants the letterhead, whatever "ai" would otherwise ask;
 * - a bare heading stands for its section's first paragraph.
 * Hits are re-scored by named factors and re-sorted; each kept hit is unchanged otherwise.
 */
import { fold, splitSentences } from "../core/text.js";
import type { Passage } from "./document.js";
import { FOLDED_STOPWORDS, synonymGroupPhrase } from "./language.js";
import type { Hit } from "./retriever.js";

/** Named defaults of the preferences. */
export const FOCUS_DEFAULTS = {
  /**
   * For a question about what is decided, hits from parts II–IV scoring at least this share of the
   * best hit come before the situation review (part I); for one about how the work went, the other way round.
   */
  decidedMinShare: 0.3,
  /** Score factor of an implementation hit (part IV), or of a passage elsewhere that gives a body its work, for a "who is responsible" question. */
  responsibilityFactor: 1.25,
  /** …and for "who carries out the resolution itself" ("ai chịu trách nhiệm tổ chức thực hiện nghị quyết"), part IV's own title. */
  implementationFactor: 1.5,
  /**
   * …and, on top, for a passage that opens by assigning work to the body asked about ("Đảng đoàn Ủy ban MTTQ Việt Nam, các
   * tổ chức CT-XH tỉnh, …: …" for "hội phụ nữ, hội nông dân tỉnh được giao làm gì?").
   */
  namedBodyFactor: 2,
  /** Contribution a concept of the question must make to the review's best hit for it to answer "nói gì về X" when no decided passage names X. */
  reviewNotionMin: 1,
  /** Score factor of the section headed "Mục tiêu" for a question naming the targets ("mục tiêu là tới năm nào?"). */
  targetsFactor: 1.25,
  /**
   * Share of a quoted saying's words that one sentence of a passage holds in the same order, at least this, and the saying is
   * taken as misquoted from it ("không để ai tụt lại đằng sau" of "không để ai bị bỏ lại phía sau": 5 of 7).
   */
  misquotedMinShare: 0.6,
  /** Fewer words than this, a saying quoted is not looked for with words changed: too many sentences would hold most of them. */
  misquotedMinWords: 4,
  /** …and the sentence's words it holds spread over at most this many times its length: scattered, they are no saying. */
  misquotedMaxSpread: 1.5,
} as const;

/** Passage kinds that are front or back matter, not content. */
const FRONT_MATTER: ReadonlySet<string> = new Set(["letterhead", "recipients"]);

/** Asking for the front matter itself: who receives it, its number, who signed. */
const ASKS_FRONT_MATTER = /\b(noi nhan|gui (den|cho|toi) (ai|nhung ai|nhung noi nao|co quan nao|dau)|so hieu|ky hieu|ai ky|nguoi ky|ban hanh)\b/u;

/** Asking who signed it: the letterhead says whether it is signed at all (this text is a draft, "Dự thảo", with no signer). */
/**
 * The resolution's name asked, or checked ("Nghị quyết ni tên là “…” đúng không", "tên đầy đủ của NQ là gì", "tựa của nghị quyết có cụm … phải hông"): its title is the answer, whatever
 * words of a name quoted wrongly pull up.
 */
const ASKS_NAME = /\b(nghi quyet|nq|van ban)( (nay|ni|do|dan van|cua tinh|tinh minh))*( (co|la|duoc))? (ten|ten goi|ten day du|tieu de|trich yeu)( (day du|chinh xac|cu the))?( (la|gi|chi|nhu the nao|ra sao))\b|\b(ten|ten goi|ten day du|tieu de|trich yeu|tua|tua de)( day du)? (cua )?(nghi quyet|nq|van ban)\b/u;
const ASKS_SIGNER = /\b(ai ky|nguoi ky|ky ban hanh|ky ten)\b/u;

/** Asking what the resolution says or decides about something ("có dặn chi về …", "phải triển khai gì"), or what it aims at ("nhắm tới điều gì", "mục đích"). */
const ASKS_WHAT_DECIDED = /\b(noi gi|noi ve|noi the nao|de cap|nhac (den|toi)|co nhac|co noi|quy dinh gi|chu truong|dinh huong|phai lam gi|can lam gi|lam gi|trien khai (gi|chi|nhung gi)|lam nhung gi|nhung viec gi|giai phap|nhiem vu|the nao ve|duoc giao|giao cho|co nhiem vu|theo huong (nao|mo)|nghi quyet( nay| ni)? (bieu|bao|yeu cau|doi hoi)|co dan( do)? (chi|gi|ve|nhung gi)|nham (toi|den)|huong (toi|den) (dieu )?(gi|chi)|muc dich)\b/u;

/** Asking about the situation review: the situation (not "nắm tình hình", a task), results, shortcomings, causes, consequences, what it owns ("nhận là có cán bộ … hư hỏng"), whether life is still hard ("đời sống còn khó không"). */
const ASKS_SITUATION = /\b((?<!\bnam )(?<!\bnam bat )tinh hinh|thuc trang|ket qua|dat duoc|lam duoc(?! \d)|thanh tuu|han che|yeu kem|ton tai|nguyen nhan|vi sao|tai sao|nhung nam qua|may nam qua|thoi gian qua|boi canh|kho khan|con kho|chua lam duoc|thua nhan|(co )?nhan (la|rang)|hau qua|khuyet diem|danh gia|so voi (ca nuoc|mat bang chung|cac tinh))\b/u;

/** Asking what must be done ("khắc phục hạn chế … phải gắn với gì"): what is decided answers, even about shortcomings. */
const ASKS_DUTY = /\b(khac phuc|sua chua|phai|can phai)\b/u;

/** Asking how the work went, or whether the resolution owns its failings ("có nhận là … không hay toàn khen"): the review (part I) answers, ahead of what is decided. */
const ASKS_REVIEW =
  /\b(thuc trang|lam duoc(?! \d)|thanh tuu|han che|yeu kem|nguyen nhan|chua lam duoc|khuyet diem|tu danh gia|danh gia( cu the)? (the nao|ra sao|sao|ra rang|rang)|(phan|cho|doan) danh gia tinh hinh|thua nhan|(co )?nhan (la|rang)|toan khen|chi khen|tu phe binh|chi ra (nhung )?(han che|yeu kem|thieu sot|sai sot|khuyet diem)|con (yeu|kem|nhieu yeu kem)|loi (tai|do|o) (dau|mo|ai))\b/u;

/** Carrying out the resolution itself: what part IV ("Tổ chức thực hiện") assigns. */
const ASKS_IMPLEMENTATION = /\b(thuc hien|trien khai|to chuc thuc hien|quan triet|hoc tap) (nghi quyet|nq)\b/u;

/**
 * Naming the resolution's targets ("mục tiêu", "chỉ tiêu") or what it hopes for by a year ("hướng tới năm 2030 thì tỉnh sẽ ra sao"): its
 * section headed "Mục tiêu" answers, other passages holding a target only when they outscore it.
 */
const NAMES_TARGETS = /\b(muc tieu|chi tieu|cai dich|dich den)\b|\b(mong|mong muon|muon|phan dau|huong)( cho)? (toi|den) (nam )?20[0-9]{2}\b/u;

/** A section heading that names the targets: "Mục tiêu", "Mục tiêu cụ thể". */
const TARGETS_HEADING = /^(muc tieu|chi tieu)\b/u;

/** Naming the part on implementation ("trong phần tổ chức thực hiện, … được giao làm gì?"): its passages answer first. */
const NAMES_IMPLEMENTATION_PART = /\b(phan|muc) (to chuc thuc hien|iv)\b/u;

/** Asking what a body is charged with ("… được nghị quyết giao nhiệm vụ gì", "được giao làm những gì", "giao cho Ban Tổ chức việc gì"): answered where the work is given out, as "who". */
const ASKS_CHARGE = /\b(duoc|bi|nghi quyet|nq)( nghi quyet| nq)? giao( cho)?( lam)?( nhung| cac)? (nhiem vu|viec|cong viec|lam) (gi|nao|chi)\b|\bgiao lam (nhung )?(gi|chi)\b|\bgiao cho( [a-z]+){1,10} (nhiem vu|viec|nhung viec|lam) (gi|nao|chi)\b/u;

/** Asking who is responsible (not with whom: "tự làm hay phải phối hợp với ai"). */
const ASKS_WHO = /(^|\s)(?<!\b(voi|cung) )(ai|co quan nao|don vi nao|ban nao|to chuc nao|cap nao|ben nao|ben mo|co quan mo|don vi mo|ban mo|to chuc mo)(\s|$|\?)|\b(chiu trach nhiem|chu tri|phu trach|tham muu|theo doi|giam sat viec thuc hien)\b/u;

/** A role asked by name: who leads ("chủ trì"), advises ("tham mưu") or is in charge ("phụ trách"). */
const ROLE_ASKED = /\b(chu tri|tham muu|phu trach)\b/u;

/** A passage that gives a body its work ("Ban Dân vận Tỉnh ủy chủ trì, phối hợp …"): an answer to "who", wherever it stands. */
const ASSIGNS = /\b(chu tri|tham muu|phu trach)\b/u;

/**
 * Asking to have something summed up ("tóm giùm mấy ý chính", "nói gọn giúp tui mấy điểm chính", "tóm tắt nội dung chính"), folded:
 * a question whether or not it is marked as one.
 */
export const SUMMARY_ASKED = /\b(tom tat|tom luoc|tom|noi gon|khai quat)( lai)? ((giup|gium|dum|ho)( (toi|tui|em|minh|con|chau))? )?((may|nhung|cac|vai) )?(y chinh|noi dung chinh|diem chinh|viec chinh|noi dung)\b/u;

/** Asking what the whole resolution is made of: its main points, its outline, its parts. */
const MAIN_POINTS = new RegExp(`${SUMMARY_ASKED.source}|\\b(y chinh|noi dung chinh|diem chinh|dai y|bo cuc)\\b|\\bgom (nhung |may |bao nhieu )?(phan|muc|noi dung) (nao|gi|chi|chinh)\\b|\\bgom (may|bao nhieu) (phan|muc)\\b|\\bco (may|bao nhieu) phan\\b|\\b(tom tat|tom luoc|noi gon|khai quat)( lai)?( (giup|gium|dum|ho))?( (toi|tui|em|minh|con|chau))? (nghi quyet|nq|van ban)\\b|\\bnoi ve (cai |chuyen )?(gi|chi)\\b`, "u");

/** Words that name the resolution itself, and the courtesies around a request ("… của nghị quyết ni với"), folded. */
const ABOUT_THE_WHOLE: ReadonlySet<string> = new Set([
  "nghi", "quyet", "nq", "van", "ban", "nay", "ni", "do", "no", "cua", "ve", "cho", "voi", "giup", "gium", "dum", "ho", "toi", "tui", "em", "minh", "con", "chau", "bot",
  "a", "nha", "nhe", "nghen", "di", "vay", "the", "la", "gi", "chi", "nao", "khong", "ko", "duoc", "co", "may", "nhung", "cac", "vai", "ra", "sao", "lai", "cai", "chuyen",
  // Quảng Nam "rứa", "răng" (so, how) and calling the one who answers: "mục III.7 nói cái chi rứa ad".
  "rua", "rang", "ad", "admin",
]);

/**
 * Whether a question asks for the main points of the whole resolution ("Mai họp chi bộ, tóm giùm mấy ý chính của nghị quyết ni với",
 * "nghị quyết gồm những phần nào", "văn bản ni nói về cái gì"): the clause asking names nothing but the resolution ("mục tiêu gồm những nội dung nào" names a part).
 */
export function asksMainPoints(question: string): boolean {
  // A saying quoted is what is asked about ("câu 'không để ai tụt lại đằng sau' … nằm ở phần mô, nói về chuyện chi?").
  return onlyAsking(question, MAIN_POINTS, ABOUT_THE_WHOLE) !== undefined && quotedSaying(question) === "";
}

/**
 * Asking when the resolution itself came out, in everyday words ("nghị quyết ni ra đời khi nào", "NQ có từ năm nào", "ra hồi
 * tháng 11 năm 2022 hả"). The resolution is named as such, with nothing after its name but "này", "ni", "dân vận" and the
 * like: "Nghị quyết 04 ban hành năm nào" asks about another one.
 */
const ASKS_ISSUED =
  /\b(nghi quyet|nq|van ban)( (nay|ni|dan van|ve dan van|cua tinh|tinh minh|tinh))* (duoc |da )?(((ra doi|ra|thong qua|ky|ban hanh|dua ra|cong bo)( (tu|hoi|vao|luc|tu hoi|tu khi|vao luc))?)|co tu( hoi| khi)?) (khi nao|ngay nao|nam nao|thang nao|thang may|hoi nao|bao gio|luc nao|nam may|ngay may|(thang|nam) \d)/u;

/**
 * Asking who issued the resolution ("nghị quyết ni do ai ban hành", "có phải là nghị quyết của HĐND tỉnh không hay ai ban hành vậy?"),
 * the resolution named as in `ASKS_ISSUED`.
 */
const ASKS_ISSUER =
  /\b(nghi quyet|nq|van ban)( (nay|ni|dan van|ve dan van|ve cong tac dan van|cua tinh|cua tinh minh|tinh minh|tinh))* (la )?(do |cua )?(ai|co quan nao|co quan mo|ben nao|ben mo|cap nao) (ban hanh|ra(?=( (vay|v|a|ha|rua|the|nhi))* ?$))\b|\bco phai (la )?(nghi quyet|nq|van ban) cua (hdnd|hoi dong nhan dan|ubnd|uy ban nhan dan|uy ban|quoc hoi|chinh phu|mttq|mat tran)\b/u;

/** Whether a question asks when the resolution came out, or who issued it (see `ASKS_ISSUED`, `ASKS_ISSUER`): its title and date answer both. */
export function asksWhenIssued(question: string): boolean {
  const words = foldedWords(question);
  return ASKS_ISSUED.test(words) || ASKS_ISSUER.test(words);
}

/**
 * The first clause of a question where `pattern` matches and every other word is in `allowed`, folded; its match. A
 * clause ends at a comma, ";", "!", "?", a line break or a full stop before a space ("III.5" stays whole).
 */
function onlyAsking(question: string, pattern: RegExp, allowed: ReadonlySet<string>): RegExpExecArray | undefined {
  for (const clause of question.split(/[,;!?\n]|\.(?=\s|$)/u)) {
    const folded = ` ${foldedWords(clause).trim()} `;
    const match = pattern.exec(folded);
    if (!match) continue;
    const rest = `${folded.slice(0, match.index)} ${folded.slice(match.index + match[0].length)}`.split(" ").filter(Boolean);
    if (rest.every((word) => allowed.has(word))) return match;
  }
  return undefined;
}

/** Roman numerals of the parts, for a part named by its digit ("phần 3"). */
const PART_NUMERALS = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];

/** A section named by its number, folded: "muc iii 5", "phan 3", "tieu muc iii 2 2", "muc so iv". */
const SECTION_NUMBER = /\b(tieu muc|muc|phan)( so)? ([ivx]+|[1-9])((?: \d{1,2}){0,2})\b/u;

/** What else a clause naming a section may say while only asking what it holds ("còn phần III thì sao", "mục III.5 nói gì vậy"). */
const ASKS_WHAT_IT_HOLDS: ReadonlySet<string> = new Set([...ABOUT_THE_WHOLE, "noi", "dung", "gom", "thi", "viet", "de", "cap", "nhac", "den", "phan", "muc"]);

/**
 * The path of a section named by its number in a question that only asks what it holds ("mục III.5 nói gì?", "Phần III của
 * nghị quyết nói gì?", "còn phần 4 thì sao", "nhiệm vụ thứ 2 nói gì"); undefined when the question asks more of it or names none.
 */
export function sectionNamed(question: string): string | undefined {
  for (const { pattern, path } of [...ITEM_REFERENCES, { pattern: SECTION_NUMBER, path: numberedPath }]) {
    const match = onlyAsking(question, pattern, ASKS_WHAT_IT_HOLDS);
    if (match) return path(match);
  }
  return undefined;
}

/** A section's path from a part's numeral, Roman or a digit ("iii", "3"), and the numbers after it (" 5", ".2.2"): "III.5". */
function sectionPath(numeral: string, numbers = ""): string {
  const part = /^\d$/u.test(numeral) ? PART_NUMERALS[Number(numeral)] : numeral.toUpperCase();
  return [part, ...numbers.split(/[.\s]/u).filter(Boolean)].join(".");
}

/** A section's path from a numbered reference's part numeral (group 3) and the numbers after it (group 4). */
function numberedPath(match: RegExpExecArray): string {
  return sectionPath(match[3]!, match[4]);
}

/** A pattern naming a section, and the section's path from its match. */
interface SectionPattern {
  readonly pattern: RegExp;
  readonly path: (match: RegExpExecArray) => string;
}

/** Words naming an item of a part, as typed with diacritics or not: "điểm 2", "nhiệm vụ thứ 4", "nv thứ 6", "ý số 3". */
const ITEM_WORD = String.raw`(?:điểm|diem|mục|muc|khoản|khoan|ý|nhiệm vụ|nhiem vu|nv)(?:\s+(?:thứ|thu|số|so))?`;
/** Words naming a part: "phần IV", "phan 3". */
const PART_WORD = String.raw`(?:phần|phan)\s+([ivx]+|[1-9])`;
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;

/**
 * An item named with its part, either way round ("nhiệm vụ thứ 2 của phần III", "điểm 1 trong phần IV", "phan IV muc 3"), and a
 * task named by its place ("nhiệm vụ thứ 3", "nv thứ 6", "giải pháp thứ 7": the tasks and solutions are part III). Both numbers
 * named, or the word "nhiệm vụ", a digit is a section's number typed without diacritics too.
 */
const ITEM_REFERENCES: readonly SectionPattern[] = [
  {
    pattern: new RegExp(`${WORD_START}${ITEM_WORD}\\s+(\\d{1,2})\\s+(?:(?:của|cua|trong|ở|o|thuộc|thuoc)\\s+)?${PART_WORD}${WORD_END}`, "iu"),
    path: (match) => sectionPath(match[2]!, ` ${match[1]}`),
  },
  { pattern: new RegExp(`${WORD_START}${PART_WORD}[\\s,]+${ITEM_WORD}\\s+(\\d{1,2})${WORD_END}`, "iu"), path: (match) => sectionPath(match[1]!, ` ${match[2]}`) },
  { pattern: new RegExp(`${WORD_START}(?:nhiệm vụ|nhiem vu|nv|giải pháp|giai phap)(?:\\s+(?:thứ|thu|số|so))?\\s+([1-9])${WORD_END}`, "iu"), path: (match) => `III.${match[1]}` },
];

/**
 * A section named by its number as typed: "mục III.5", "Phần 4", "tiểu mục III.2.2"; without diacritics only by a Roman
 * numeral ("muc iii 5"), since "muc 2 trieu" is "mức 2 triệu" and "phan 2 bao" "phân 2 bao". Items named with their part come first.
 */
const SECTION_REFERENCES: readonly SectionPattern[] = [
  ...ITEM_REFERENCES,
  { pattern: /(?<![\p{L}\p{N}])(tiểu mục|mục|phần)(\s+số)?\s+([ivx]+|[1-9])((?:[.\s]\d{1,2}(?![\p{L}\p{N}])){0,2})(?![\p{L}\p{N}])/iu, path: numberedPath },
  { pattern: /(?<![\p{L}\p{N}])(tieu muc|muc|phan)(\s+so)?\s+([ivx]+)((?:[.\s]\d{1,2}(?![\p{L}\p{N}])){0,2})(?![\p{L}\p{N}])/iu, path: numberedPath },
];

/**
 * A section named by its number in a question that asks something of it ("mục III.5 nói gì về khen thưởng?", "Trong
 * phần IV, ai theo dõi việc thực hiện?"): its path, and the question without the reference, which is what to search for.
 */
export function sectionMentioned(question: string): { path: string; rest: string } | undefined {
  const found = SECTION_REFERENCES.map(({ pattern, path }) => ({ match: pattern.exec(question), path })).find(({ match }) => match !== null);
  if (!found?.match) return undefined;
  const { match } = found;
  const path = found.path(match);
  const rest = `${question.slice(0, match.index)} ${question.slice(match.index + match[0].length)}`.replace(/\s+/gu, " ").replace(/ (?=[,.;:?!])/gu, "").trim();
  return { path, rest };
}

/** Words asking what a section assigns or lists, folded: "giao cho ai", "những việc gì, kể ra giúp", "bên Tỉnh đoàn". */
const ASKS_WHAT_IT_ASSIGNS: ReadonlySet<string> = new Set(["giao", "liet", "ke", "giup", "dum", "gium", "ben", "nhiem", "vu", "cu", "the", "nhung", "viec", "ra", "lo", "chu", "tri"]);

/**
 * Whether what is asked of a named section asks nothing it does not name: every word is one of asking (stopwords, `ASKS_WHAT_IT_ASSIGNS`)
 * or in the section's text ("giao cho Tỉnh đoàn những việc gì" of IV.3, which assigns them).
 */
export function asksNothingBeyond(asked: string, sectionText: string): boolean {
  const named = new Set(foldedWords(sectionText).split(" "));
  return foldedWords(asked)
    .split(" ")
    .filter(Boolean)
    .every((word) => FOLDED_STOPWORDS.has(word) || ASKS_WHAT_IT_ASSIGNS.has(word) || named.has(word));
}

/** Another item named by its number alone, folded: "cai thu 5", "y 2", "diem so 3", "thu 4". */
const ITEM_NUMBER_ONLY = /^(?:(?:cai|y|diem|muc|khoan|nhiem vu|nv)(?: thu| so)?|thu|so) (\d{1,2})$/u;

/**
 * After a question naming an item of a part ("nhiệm vụ thứ 2 của phần III nhắm vào ai?"), another item named by its number
 * alone ("cái thứ 6"): that item's path ("III.6"); undefined when either names none.
 */
export function siblingNamed(subject: string, previous: string): string | undefined {
  const number = ITEM_NUMBER_ONLY.exec(foldedWords(subject).trim())?.[1];
  const path = number === undefined ? undefined : sectionMentioned(previous)?.path;
  if (!path?.includes(".")) return undefined;
  return `${path.slice(0, path.lastIndexOf("."))}.${number}`;
}

/** The part ("I", "IV") a section key belongs to; footnotes and the title belong to none. */
function partOf(section: string): string | undefined {
  return /^([IVX]+)(\.|$)/u.exec(section)?.[1];
}

/** The hits that can be an answer: front matter only when the question asks for it. */
export function answerableHits(question: string, hits: readonly Hit[]): Hit[] {
  if (ASKS_FRONT_MATTER.test(fold(question))) return [...hits];
  return hits.filter((hit) => !FRONT_MATTER.has(hit.passage.kind));
}

/**
 * A bare heading is never the answer: a heading hit stands for its section, so the section's first
 * paragraph (`firstParagraph`) comes just before it, at the heading's score (moved up when it was
 * further down). The heading stays in the list, after it, as what matched.
 */
export function headingsAsSections(hits: readonly Hit[], firstParagraph: (section: string, docId: string) => Passage | undefined): Hit[] {
  const placed = new Set<string>();
  const result: Hit[] = [];
  for (const hit of hits) {
    if (placed.has(hit.passage.id)) continue;
    const paragraph = hit.passage.kind === "heading" ? firstParagraph(hit.passage.section, hit.passage.docId) : undefined;
    if (paragraph && !placed.has(paragraph.id)) {
      const found = hits.find((other) => other.passage.id === paragraph.id);
      result.push({ ...(found ?? hit), passage: paragraph, score: hit.score });
      placed.add(paragraph.id);
    }
    result.push(hit);
    placed.add(hit.passage.id);
  }
  return result;
}

/**
 * Re-scores hits by the part of the document the question wants (see the module comment); a saying quoted from a passage
 * ("cái 'thế trận lòng dân' là lực lượng vũ trang phải làm chi") puts the passages holding it first, whatever else is named.
 */
export function preferParts(question: string, hits: readonly Hit[]): Hit[] {
  const preferred = preferPartsAsked(question, hits);
  const quoted = (hit: Hit) => quotesPassage(question, hit, SAYING_FIRST_MIN_WORDS);
  const sayingFirst = preferred.some(quoted) ? first(preferred, quoted) : preferred;
  // What a name means is said under the heading that names it, not where it is only mentioned ("Dân vận khéo có phải là …").
  const term = meaningAsked(question);
  const headed = (hit: Hit) => ` ${foldedWords(hit.passage.heading)} `.includes(` ${term} `);
  return term.split(" ").length >= SAYING_MIN_WORDS && sayingFirst.some(headed) ? first(sayingFirst, headed) : sayingFirst;
}

/** Asking what a name means, folded: "có phải là", "nghĩa là gì", "hiểu là", "là gì"; the name before it, with the word that calls it one. */
const MEANING_ASKED = "(?:co phai la|nghia la|hieu la|la gi)";
const ASKS_MEANING = new RegExp(`\\b${MEANING_ASKED}\\b`, "u");
const NAME_BEFORE_MEANING = new RegExp(`^(?:(?:chu|cum tu|tu|cai|khai niem|phong trao)\\s+)?(.+?)\\s+${MEANING_ASKED}\\b`, "u");

/** The name whose meaning a question asks, folded (quoted, or what it opens on: "dân vận khéo có phải là …"); empty when it asks none. */
function meaningAsked(question: string): string {
  const folded = foldedWords(question).trim();
  if (!ASKS_MEANING.test(folded)) return "";
  return quotedSaying(question) || (NAME_BEFORE_MEANING.exec(folded)?.[1] ?? "");
}

function preferPartsAsked(question: string, hits: readonly Hit[]): Hit[] {
  const folded = foldedWords(question);
  if (ASKS_SIGNER.test(folded)) return first(hits, (hit) => hit.passage.kind === "letterhead");
  if (ASKS_NAME.test(folded)) return [...hits.filter((hit) => hit.passage.kind === "title"), ...hits.filter((hit) => hit.passage.kind !== "title")];
  if (ASKS_FRONT_MATTER.test(folded)) return [...hits];
  if (NAMES_IMPLEMENTATION_PART.test(folded)) return first(hits, (hit) => partOf(hit.passage.section) === "IV");
  const targeted = NAMES_TARGETS.test(folded) ? rescore(hits, (hit) => (TARGETS_HEADING.test(fold(hit.passage.heading)) ? FOCUS_DEFAULTS.targetsFactor : 1)) : hits;
  const decided = ASKS_WHAT_DECIDED.test(folded) && !ASKS_SITUATION.test(folded);
  const who = ASKS_WHO.test(folded) || ASKS_CHARGE.test(folded);
  if (!decided && !who) return ASKS_REVIEW.test(folded) && !ASKS_DUTY.test(folded) ? first(targeted, (hit) => partOf(hit.passage.section) === "I") : [...targeted];
  const factor = ASKS_IMPLEMENTATION.test(folded) ? FOCUS_DEFAULTS.implementationFactor : FOCUS_DEFAULTS.responsibilityFactor;
  // The role asked ("ai lo chủ trì …") is named by the passage that gives it.
  const role = ROLE_ASKED.exec(folded)?.[1];
  const factorOf = (hit: Hit) =>
    (partOf(hit.passage.section) === "IV" ? factor : ASSIGNS.test(fold(hit.passage.text)) ? FOCUS_DEFAULTS.responsibilityFactor : 1) *
    (namesAskedBody(hit) ? FOCUS_DEFAULTS.namedBodyFactor : 1) *
    (role && ` ${foldedWords(hit.passage.text)} `.includes(` ${role} `) ? FOCUS_DEFAULTS.responsibilityFactor : 1);
  const rescored = who ? rescore(targeted, factorOf) : [...targeted];
  if (!decided) return rescored;
  const isDecided = (hit: Hit) => ["II", "III", "IV"].includes(partOf(hit.passage.section) ?? "");
  // A concept of the question that only the review names ("có đề cập công nhân không" where the tasks never name workers):
  // the review is the nearest answer, as scored.
  if (reviewOnlyNotion(rescored, isDecided)) return rescored;
  return first(rescored, isDecided);
}

/**
 * The best hit is in the review (part I) and matched a concept of the question (a notion of the language data, however
 * worded: "công nhân", "DTTS") that no hit from parts II–IV matched. Word pairs do not count: the tasks may say the
 * same in other words ("tổ chức chính trị - xã hội" is "CT-XH" there).
 */
function reviewOnlyNotion(hits: readonly Hit[], isDecided: (hit: Hit) => boolean): boolean {
  const best = hits.reduce<Hit | undefined>((top, hit) => (!top || hit.score > top.score ? hit : top), undefined);
  if (!best || partOf(best.passage.section) !== "I") return false;
  const decidedKeys = new Set(hits.filter(isDecided).flatMap((hit) => hit.why.matched.map((term) => term.key)));
  return best.why.matched.some((term) => term.kind === "concept" && term.contribution >= FOCUS_DEFAULTS.reviewNotionMin && !decidedKeys.has(term.key));
}

/** The text before an assignment's colon ("Ban Dân vận Tỉnh ủy …: Chủ trì …"), folded: the bodies it assigns. */
function assignedBodies(passage: Passage): string {
  const colon = passage.text.indexOf(":");
  return colon > 0 && colon < ASSIGNEE_MAX_CHARS ? ` ${foldedWords(passage.text.slice(0, colon))} ` : "";
}
/** Longer than this before the colon, the text is no list of bodies. */
const ASSIGNEE_MAX_CHARS = 200;

/**
 * Whether a passage opens by assigning work to a body the question named by a synonym group ("hội phụ nữ" is "CT-XH").
 * Not by an abbreviation: "Mặt trận" or "HTCT" stand at the head of so many tasks that favouring them moved other
 * questions off their sections.
 */
function namesAskedBody(hit: Hit): boolean {
  const bodies = assignedBodies(hit.passage);
  if (!bodies) return false;
  return hit.why.matched.some((term) => {
    const phrase = term.kind === "concept" ? synonymGroupPhrase(term.key) : undefined;
    return phrase !== undefined && bodies.includes(` ${phrase} `);
  });
}

/** Folded words separated by single spaces: what the patterns here are written against. */
function foldedWords(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, " ");
}

/** The hits with their scores multiplied by `factorOf`, best first. */
function rescore(hits: readonly Hit[], factorOf: (hit: Hit) => number): Hit[] {
  return hits.map((hit) => ({ ...hit, score: hit.score * factorOf(hit) })).sort((a, b) => b.score - a.score);
}

/** The hits of the wanted part scoring at least `decidedMinShare` of the best, then the others, each in order. */
function first(hits: readonly Hit[], wanted: (hit: Hit) => boolean): Hit[] {
  const floor = (hits[0]?.score ?? 0) * FOCUS_DEFAULTS.decidedMinShare;
  const preferred = (hit: Hit) => wanted(hit) && hit.score >= floor;
  return [...hits.filter(preferred), ...hits.filter((hit) => !preferred(hit))];
}

/** A saying named in a question between quotation marks (single ones too, as phones type them); `SAYING_AFTER_CAU` reads the other way of naming one. */
const QUOTED_SAYING = /["“«‘]([^"”»’\n]{4,120})["”»’]|(?<![\p{L}])'([^'\n]{4,120})'(?![\p{L}])/u;
/** A saying named after "câu" up to the verb ("câu lấy dân làm gốc có trong mục nào"), read only when no quotation marks name one ("câu 'không để ai …' trong nghị quyết nằm …" quotes what is marked). */
const SAYING_AFTER_CAU = /(?<![\p{L}])câu\s+([^?,.\n]{4,80}?)\s+(?:được|đc|nằm|có trong|ở|nghĩa)(?![\p{L}])/iu;
/** Fewer words than this, a quoted saying is too short to tell its passage ("“dân”"). */
const SAYING_MIN_WORDS = 2;
/** Fewer words than this, a quoted saying is a common word of many passages ("toàn “tăng cường”, “nâng cao”"), not one to put first. */
const SAYING_FIRST_MIN_WORDS = 3;

/**
 * Whether a question names a saying the hit's passage holds word for word ("câu “gần dân, hiểu dân” nằm ở mục nào"): that passage
 * answers it plainly, however few of the question's other words (the pupil, the homework) the documents hold.
 */
export function quotesPassage(question: string, hit: Hit | undefined, minWords = SAYING_MIN_WORDS): boolean {
  const saying = quotedSaying(question);
  return hit !== undefined && saying.split(" ").filter(Boolean).length >= minWords && ` ${foldedWords(hit.passage.text)} `.includes(` ${saying} `);
}

/** A saying named as one right before the quotation marks, folded: "cái câu '…'", "phương châm “…”", "khẩu hiệu '…'". */
const SAYING_NAMED_BEFORE = /\b(cau|khau hieu|phuong cham|cum tu|chu)\s*$/u;

/** A saying quoted with words changed, and the documents' own wording of it. */
export interface Misquote {
  /** As it was typed between the quotation marks. */
  readonly typed: string;
  /** As the documents write it: the words of their sentence from the first to the last of the saying's words it holds. */
  readonly written: string;
}

/**
 * A saying quoted with words changed ("câu 'không để ai tụt lại đằng sau' nằm ở phần mô"): the sentence holding the most of its words in
 * order, `misquotedMinShare` of them at least, gives its wording ("không để ai bị bỏ lại phía sau"). Undefined when the saying is held
 * word for word, or too short to tell (`misquotedMinWords`), or no sentence holds enough of it.
 */
export function misquote(question: string, passages: readonly Passage[]): Misquote | undefined {
  const match = QUOTED_SAYING.exec(question);
  const typed = match?.[1] ?? match?.[2];
  const saying = foldedWords(typed ?? "").trim().split(" ").filter(Boolean);
  if (!match || !typed || saying.length < FOCUS_DEFAULTS.misquotedMinWords || !SAYING_NAMED_BEFORE.test(foldedWords(question.slice(0, match.index)))) return undefined;
  let best: { share: number; words: readonly string[]; from: number; to: number } | undefined;
  for (const passage of passages) {
    if (` ${foldedWords(passage.text)} `.includes(` ${saying.join(" ")} `)) return undefined;
    for (const sentence of splitSentences(passage.text)) {
      const words = sentence.text.split(/\s+/u).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).filter(Boolean);
      const span = inOrder(saying, words.map((word) => fold(word)));
      const share = span.count / saying.length;
      const compact = span.to - span.from + 1 <= saying.length * FOCUS_DEFAULTS.misquotedMaxSpread;
      if (share >= FOCUS_DEFAULTS.misquotedMinShare && compact && share > (best?.share ?? 0)) best = { share, words, from: span.from, to: span.to };
    }
  }
  return best && { typed, written: best.words.slice(best.from, best.to + 1).join(" ") };
}

/** How many of `words` `sentence` holds in the same order (their longest common subsequence), and where in it the first and last of them are. */
function inOrder(words: readonly string[], sentence: readonly string[]): { readonly count: number; readonly from: number; readonly to: number } {
  const table = [new Array<number>(sentence.length + 1).fill(0)];
  for (const [i, word] of words.entries()) {
    const row = [0];
    for (let j = 0; j < sentence.length; j++) row.push(word === sentence[j] ? table[i]![j]! + 1 : Math.max(table[i]![j + 1]!, row[j]!));
    table.push(row);
  }
  // Walked back from the end, the sentence positions matched.
  const matched: number[] = [];
  for (let i = words.length, j = sentence.length; i > 0 && j > 0; ) {
    if (words[i - 1] === sentence[j - 1]) {
      matched.push(j - 1);
      i--;
      j--;
    } else if (table[i - 1]![j]! >= table[i]![j - 1]!) i--;
    else j--;
  }
  return { count: matched.length, from: matched.at(-1) ?? 0, to: matched[0] ?? 0 };
}

/** The saying a text names (`QUOTED_SAYING`), folded; empty when it names none. */
export function quotedSaying(text: string): string {
  const match = QUOTED_SAYING.exec(text);
  return foldedWords(match?.[1] ?? match?.[2] ?? SAYING_AFTER_CAU.exec(text)?.[1] ?? "").trim();
}

/** Asking where something is put in the documents: "nêu ở phần nào", "nằm ở mục mấy", "ghi ở đoạn nào". */
const WHERE_PUT = /\b(neu|nam|ghi|noi|nhac|viet|co) (o|tai|trong) (phan|muc|doan|cho) (nao|mo|may)\b/u;

/** Asking whether the documents mention something at all, folded: "có nhắc tới … không", "có đề cập … không", "có nói gì về … không". */
const WHETHER_MENTIONED = /\b(co )?(nhac|de cap|noi gi|noi|neu|ghi)( (toi|den|ve|gi ve|chi ve))?( [a-z0-9]+){1,8} (khong|ko|k|hong|hem|chua)\s*$/u;

/**
 * Whether a question asks if the documents mention something at all (`WHETHER_MENTIONED`): when too little of it is in
 * them, the nearest passage is no answer to it, only a passage that shares a syllable ("nghệ nhân" and "công nghệ").
 */
export function asksWhetherMentioned(question: string): boolean {
  return WHETHER_MENTIONED.test(foldedWords(question));
}

/** Whether a question asks where in the documents something is put (`WHERE_PUT`): its answer says so. */
export function asksWherePut(question: string): boolean {
  return WHERE_PUT.test(foldedWords(question));
}
