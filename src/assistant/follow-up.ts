/**
 * Follow-ups: "còn vùng DTTS thì sao?", "rứa còn quan điểm thì răng?" ask the previous question
 * about something else. The previous question's subject is replaced by the new one, so that the
 * search is not pulled back to the previous answer; a follow-up that asks something of its own
 * ("còn khoáng sản thì có nói không?") is asked on its own.
 */
import { withoutHesitations } from "../core/chat-shorthand.js";
import { fold, hasDiacritics } from "../core/text.js";
import { locatedAnswer, quotedAgainAnswer, type Answer } from "../knowledge/answer.js";
import type { AskOptions, KnowledgeBase } from "../knowledge/knowledge-base.js";
import { asksForNumber, FOLDED_STOPWORDS, synonymGroupPhrase } from "../knowledge/language.js";
import { siblingNamed } from "../knowledge/question-focus.js";
import { AS_FAR, asksOnlyAnAspect, asksWhereThatIs, MORE_OF_IT, NARROWED, SAID_ELSEWHERE, WHAT_ABOUT_OPENING } from "./intent-cues.js";
import { inDomain, outOfDomain } from "./intent.js";

/**
 * Typed with diacritics, "còn" is told from "con" ("con em đồng bào…"); typed without, it is not.
 * "rứa", "răng" are how Quảng Nam says "vậy", "sao".
 */
const FOLLOW_UP_ACCENTED = /^((vậy|thế|rứa|vậy thì|thế thì)\s+)?(còn)(?=[\s,]|$)|(thì sao|thì s|thế thì sao|ra sao|thì răng|răng rứa|thì thế nào)\s*\??$/u;
const WHAT_ABOUT_CLOSING_FOLDED = /\b(thi sao|thi s|the thi sao|ra sao|thi rang|rang rua|thi the nao)\s*\??$/u;
/** "… cũng phải làm vậy hả?", "… cũng rứa không?": the same asked of someone else ("vậy hội nông dân cũng phải làm vậy hả"). */
const SAME_OF_ANOTHER = /[\s,]+(cũng|cung)\s+((phải|phai)\s+)?((làm|lam|như|nhu)\s+)?(vậy|vay|rứa|rua|thế|the)(\s+(hả|ha|à|a|không|khong|ko|hông|hong|luôn|luon|nữa|nua))*\s*\??\s*$/iu;

/**
 * The opening and closing words of a follow-up, around its subject ("rứa ở xã thì răng?", "rứa hội cựu chiến binh thì răng?" open
 * without "còn", and "rồi mục 7 thì răng?" with "and then"; not "thế", which opens "thế hệ trẻ thì sao?"), maybe after taking the
 * answer in ("ok còn …", "dạ còn …").
 */
const OPENING = /^\s*((ok|oke|okay|ừ|ờ|dạ|vâng|da|vang)[\s,]+)?(((vậy|thế|rứa|vay|the|rua)(\s+thì|\s+thi)?\s+)?(còn|con)\s+|(rứa|vậy|rua|vay)(\s+thì|\s+thi)?\s+|(rồi|roi)\s+((còn|con)\s+)?)((về|ve|với|voi)\s+)?/iu;

/** A subject that only places the previous one: "còn ở xã thì sao?", "rứa cấp huyện thì răng?" ask the same thing there. */
const PLACE_ONLY = /^(ở|o|tại|tai|trong|cấp|cap)\s/iu;
/** "thì s" is "thì sao" typed fast. */
const CLOSING = /[\s,]*((thì|thi)\s+s|(thì|thi|thế|the)?\s*(sao|ra sao|răng|rang|thế nào|the nao|như thế nào|nhu the nao)?\s*(vậy|vay|rứa|rua|nữa|nua)?)(\s+(bot|ad|admin|trợ lý|tro ly))?\s*[?.!]*\s*$/iu;

/** A subject asking a particular of what was asked before ("còn khóa mấy nữa?" after "… hội nghị lần thứ mấy?"), by its last word. */
const PARTICULAR_ASKED = /(?<![\p{L}])(mấy|may|nào|nao|mô|mo)$/iu;

/**
 * A follow-up that asks something itself, not only "what about X" ("còn thu nhập thì răng, có tăng không?", "còn mấy vùng dễ
 * thành điểm nóng thì dặn để ý chỗ mô?", "còn chuyển đổi số thì theo nghị quyết số mấy?", "còn hộ nghèo thì văn bản nhận xét sao?", "còn riêng từng vị đại biểu, văn bản đòi hỏi gì?").
 */
const ASKS_ITSELF = /(?<![\p{L}\p{N}])((nghị quyết|văn bản|nq|nghi quyet|van ban) (nhận xét|đánh giá|nêu|ghi|viết|nhan xet|danh gia|neu|viet)|có nói|co noi|có nhắc|co nhac|nhắc (đến|tới)|nhac (den|toi)|đề cập|de cap|là gì|la gi|làm gì|lam gi|làm những gì|lam nhung gi|ra sao|thế nào|the nao|quy định|quy dinh|ai|bao nhiêu|bao nhieu)(?![\p{L}\p{N}])|(?<![\p{L}])(có|co)( [\p{L}\d]+){1,10} (không|khong|ko|hông|hong)(?![\p{L}])|(?<![\p{L}])((chỗ|chổ|cho|cái|cai|phần|phan|điều|dieu|việc|viec|nơi|noi|khâu|khau) (mô|mo|nào|nao)|(làm|lam|nói|noi|dặn|dan) (chi|gì|gi)|(yêu cầu|yeu cau|đòi hỏi|doi hoi)( những| nhung)? (chi|gì|gi)|(ở|o) (đâu|dau)|(số|so) (mấy|may|nào|nao|mô|mo))(?![\p{L}])/iu;

/** Where the previous question names its subject; the first pattern that matches is used. */
const SUBJECT_PATTERNS: readonly RegExp[] = [
  // (Not "về việc gì", "về chuyện gì vậy": asking what something is about names no subject there; nor "tới năm nào", which asks when.)
  /(?<lead>\b(?:về|đến|tới|đối với|ve|den|toi|doi voi)\s+)(?<subject>(?!(?:việc|viec|vấn đề|van de|chuyện|chuyen|nội dung|noi dung)\s+(?:gì|gi|chi)(?:\s+(?:vậy|vay|thế|the|rứa|rua|ạ|a|hả|ha|bot|ad))*\s*\??$)(?!(?:năm|nam|lúc|luc|khi|ngày|ngay|tháng|thang)\s+(?:nào|nao|mấy|may|mô|mo)\b).+?)(?<tail>\s+(?:không|chưa|như thế nào|thế nào|ra sao|là gì|gì|nào|khong|chua|nhu the nao|the nao|la gi|gi|nao))?\s*\??$/iu,
  /^(?<subject>.+?)(?<tail>\s+(?:của|trong|theo|cua|theo)\s+(?:nghị quyết|văn bản|nq|nghi quyet|van ban)\b.*)$/iu,
  // "nguyên nhân mấy cái hạn chế nq nêu là j": what the documents name of something.
  /^(?<subject>.+?)(?<tail>\s+(?:nghị quyết|văn bản|nq|nghi quyet|van ban)\s+(?:nêu|nói|đề ra|đặt ra|xác định|chỉ ra|neu|noi|de ra|dat ra|xac dinh|chi ra)\b.*)$/iu,
  // "… được nghị quyết giao nhiệm vụ gì", "… được giao gì": what someone is charged with, maybe naming who charges them.
  /^(?<subject>.+?)(?<tail>\s+(?:phải|cần|có|được|phai|can|duoc)\s+(?:(?:nghị quyết|nghi quyet|nq|văn bản|van ban)\s+)?(?:giao\s+(?:gì|gi|chi)(?![\p{L}])|(?:giao\s+)?(?:làm gì|làm những gì|lam gi|lam nhung gi|nhiệm vụ gì|nhiem vu gi|trách nhiệm gì|trach nhiem gi|những việc gì|nhung viec gi|việc gì|viec gi)).*)$/iu,
  // "Phần tổ chức thực hiện giao Ban Dân vận Tỉnh ủy làm những gì?": whom a task is given to.
  /(?<lead>\b(?:giao cho|giao|giao nhiệm vụ cho|giao nhiem vu cho)\s+)(?<subject>.+?)(?<tail>\s+(?:làm|lam|phải|phai|những|nhung|nhiệm vụ|nhiem vu)\b.*)$/iu,
  // "bộ đội với công an có phải làm dân vận không": whether someone must do something.
  /^(?<subject>.+?)(?<tail>\s+(?:có phải|có cần|có được|co phai|co can|co duoc)\s+.*)$/iu,
  // "Nghị quyết nói bí thư xã phải trực tiếp đối thoại đúng không?": whom the documents are said to oblige.
  /^(?<lead>(?:nghị quyết|nghi quyet|nq|văn bản|van ban)\s+(?:nói|noi|bảo|bao|biểu|bieu|ghi|yêu cầu|yeu cau)\s+(?:là\s+|la\s+)?)(?<subject>.+?)(?<tail>\s+(?:phải|phai|cần|can|được|duoc)\s+.*)$/iu,
  // "GRDP bình quân đầu người năm 2023 của tỉnh là bao nhiêu?": a figure asked of something.
  /^(?<subject>.+?)(?<tail>\s+(?:(?:của|cua)\s+(?:tỉnh|tinh|quảng nam|quang nam|qn)\s+)?(?:(?:là|la|được|duoc|đạt|dat)\s+)?(?:bao nhiêu|bao nhieu|mấy|may|nhiêu|nhieu)(?=[\s?.!]|$).*)$/iu,
];

/**
 * Saying what one did not mean before what one did ("không phải chuyện thi đua, ý tui là nghị quyết nói động lực … là gì", "không phải vậy,
 * tui hỏi …"): only what one meant is searched, or the words taken back would find their own passage first.
 */
const CORRECTION_OPENING =
  /^\s*(không phải|khong phai|ko phai|hông phải|hong phai)(?![\p{L}])[^,.;:!?]{0,80}[,.;:]\s*((ý|y) (tui|tôi|toi|em|mình|minh|con|cháu|chau) (là|la)|(tui|tôi|toi|em|mình|minh|con|cháu|chau) (hỏi|hoi)( (là|la))?)(?![\p{L}])[\s,:]*/iu;

/** "Còn nữa, …", "còn một câu nữa: …" open another question ("also"), not "what about". */
const ANOTHER_QUESTION = /^\s*((vậy|thế|rứa|vay|the|rua)\s+)?(còn|con)\s+((một|mot)\s+)?((câu|cau|cái|cai|chuyện|chuyen|việc|viec|điều|dieu)\s+)?(nữa|nua)\s*[,:.]\s*(?=\S)/iu;

/** Whether a message only makes sense after the previous question. */
export function isFollowUp(text: string): boolean {
  if (ANOTHER_QUESTION.test(text)) return false;
  const typed = text.trim().toLowerCase().normalize("NFC");
  const folded = fold(typed);
  return SAME_OF_ANOTHER.test(typed) || (typed === folded ? WHAT_ABOUT_OPENING.test(folded) || WHAT_ABOUT_CLOSING_FOLDED.test(folded) : FOLLOW_UP_ACCENTED.test(typed));
}

/** What one tells after asking "what about" ("…thì răng, xã tui có giáo xứ lớn lắm"): why one asks, not what. */
const ASIDE_AFTER_CLOSING = /(?<=\s(thì|thi)\s+(sao|răng|rang|thế nào|the nao))\s*[,;.]\s*[^?]*$/iu;

/** What a follow-up asks about: "vùng DTTS" in "còn vùng DTTS thì sao?" and in "rứa còn vùng DTTS thì răng, xã tui đông lắm". */
export function followUpSubject(text: string): string {
  return text.trim().replace(ASIDE_AFTER_CLOSING, "").replace(OPENING, "").replace(SAME_OF_ANOTHER, "").replace(CLOSING, "").trim();
}

/** The question to search for a message: rewritten from the previous one (`followUp`) about a new `subject`, or the message itself. */
export interface ResolvedQuestion {
  readonly question: string;
  readonly followUp: boolean;
  readonly subject?: string;
  /** The previous question asked of someone else ("… cũng phải làm vậy hả"): the same passage may well answer it. */
  readonly sameOfAnother?: boolean;
}

/**
 * The question to search for a message, given the previous question of the same chat (if any);
 * `followUp` when it was rewritten from the previous question (whose answer must not come back).
 */
export function resolveFollowUp(said: string, previous: string | undefined): ResolvedQuestion {
  const text = withoutHesitations(said).replace(CORRECTION_OPENING, "");
  if (ANOTHER_QUESTION.test(text)) return { question: text.replace(ANOTHER_QUESTION, ""), followUp: false };
  // "Của nó" right after the resolution was named ("ten day du cua no la gi" after "nghi quyet dan van tinh uy ban hanh thang 12/2023") is the resolution's.
  if (previous && ITS.test(text) && RESOLUTION_NAMED.test(fold(previous))) return { question: text.replace(ITS, (its) => (hasDiacritics(its) ? "của nghị quyết" : "cua nghi quyet")), followUp: false };
  if (!isFollowUp(text)) return { question: text, followUp: false };
  const subject = followUpSubject(text);
  const stripped = text.trim().replace(OPENING, "").trim();
  if (!subject) return { question: previous ?? text, followUp: previous !== undefined };
  // Another item by its number ("còn cái thứ 6?" after "nhiệm vụ thứ 2 của phần III …"): what that item holds.
  const sibling = previous === undefined ? undefined : siblingNamed(subject, previous);
  if (sibling) return { question: `mục ${sibling} nói gì?`, followUp: true, subject };
  // Asking only a particular of the same thing, it is asked beside the previous question, whose subject it keeps.
  if (previous && asksOnlyAnAspect(subject) && (PARTICULAR_ASKED.test(subject) || asksForNumber(subject))) return { question: `${previous.trim().replace(/[\s?.!]+$/u, "")}, ${subject}?`, followUp: true, subject };
  // Standing on its own, it is answered on its own (and may well share the previous answer's passage:
  // "còn thu nhập bình quân thì răng, được mấy chục triệu?" after the budget is in the same footnote).
  if (ASKS_ITSELF.test(stripped) || asksForNumber(stripped) || !previous) return { question: stripped, followUp: false };
  // Typed without diacritics after a question typed with them, the whole question is searched without them: the
  // search reads a text as typed with diacritics or not, and "toa an" typed so is no "tòa án" to it.
  const sameOfAnother = SAME_OF_ANOTHER.test(text);
  const typed = (question: string) => ({ question: hasDiacritics(subject) ? question : fold(question), followUp: true, subject, ...(sameOfAnother ? { sameOfAnother } : {}) });
  const asked = previous.trim();
  for (const pattern of SUBJECT_PATTERNS) {
    const match = pattern.exec(asked);
    if (match?.groups?.subject) {
      // "Trong phần tổ chức thực hiện, Ban Tuyên giáo …": what comes before a comma frames the question, it is not its subject;
      // after "về", "giao cho" a comma only lists ("về đất đai, giải phóng mặt bằng"): the whole list is the subject.
      const comma = match.groups.lead ? -1 : match.groups.subject.lastIndexOf(", ");
      const start = match.index + (match.groups.lead?.length ?? 0) + (comma >= 0 ? comma + 2 : 0);
      const previousSubject = match.groups.subject.slice(comma >= 0 ? comma + 2 : 0);
      // "Cái đó" in the new subject is the previous one ("còn bọn phá cái đó thì sao?" after "Đại đoàn kết toàn dân tộc thì …").
      const pointed = POINTED_BACK.test(subject) ? subject.replace(POINTED_BACK, previousSubject.replace(TRAILING_THEN, "")) : undefined;
      const asksThere = pointed ?? (PLACE_ONLY.test(subject) ? `${previousSubject} ${subject}` : subject);
      const question = `${asked.slice(0, start)}${asksThere}${match.groups.tail ?? ""}`;
      return typed(asked.endsWith("?") && !question.endsWith("?") ? `${question}?` : question);
    }
  }
  return typed(`${subject} ${previous}`);
}

/** Going on from the previous question: "rồi …", "rứa …", "vậy thì …", "mà …" opening the message, maybe after "dạ", "vâng", "ừ đúng rồi". */
const CONTINUATION = /^\s*((dạ|vâng|ừ|ờ|da|vang|đúng rồi|phải rồi|dung roi|phai roi)[\s,]+)*(rồi|rứa|vậy|thế|vậy thì|thế thì|rứa thì|mà|roi|rua|vay|the|vay thi|the thi|rua thi|ma)(?=[\s,]|$)/iu;

/** What the previous question was about, pointed back at inside a new subject: "cái đó", "chuyện đó", as typed. */
const POINTED_BACK = /(?<![\p{L}])(cái đó|cái ni|cái nớ|cái này|chuyện đó|việc đó|vụ đó|cai do|cai ni|cai no|cai nay|chuyen do|viec do|vu do)(?![\p{L}])/iu;
/** "thì" closing a subject: "Đại đoàn kết toàn dân tộc thì …". */
const TRAILING_THEN = /\s+(thì|thi)$/iu;

/** "Của nó" (its), as typed. */
const ITS = /(?<![\p{L}])(của nó|cua no)(?![\p{L}])/iu;
/** The resolution named as such, folded: "nghị quyết dân vận", "NQ … tỉnh ủy ban hành", "nghị quyết số …". */
const RESOLUTION_NAMED = /\b(nghi quyet|nq)( [a-z0-9/]+){0,3} (dan van|tinh uy|ban hanh|so)\b/u;

/** A clause opening on the documents' name, after a comma: "…, nghị quyết dân vận có chỗ mô nói tới lực lượng vũ trang không?". */
const DOCUMENTS_CLAUSE = /,\s*(?=(?:nghị quyết|nghi quyet|nq|văn bản|van ban)(?![\p{L}]))/iu;
/** The asker in a clause, folded: "em mới chuyển về làm …", "tui là …". */
const ASKER = /\b(em|tui|toi|minh|chau)\b/u;
/** Asked already before the documents are named, folded: "có được tham gia … không", "?". */
const ASKED_BEFORE = /\?|\b(khong|ko|chua|sao|rang|the nao)\b/u;
/** Fewer words than this, the clause naming the documents only closes the question ("nghị quyết nói răng?"). */
const SUBJECT_CLAUSE_MIN_WORDS = 7;

/**
 * A question without the clauses telling who asks before the one naming the documents ("Xin lỗi làm phiền, em mới chuyển về làm chính trị
 * viên xã đội ở Tiên Phước, nghị quyết dân vận có chỗ mô nói tới lực lượng vũ trang không?"): its subject is in that clause, not in "chuyển về …".
 */
function withoutOwnPreamble(question: string): string {
  const at = question.search(DOCUMENTS_CLAUSE);
  if (at <= 0) return question;
  const before = fold(question.slice(0, at));
  const clause = question.slice(at).replace(/^,\s*/u, "");
  // (Not when the clauses before ask it, the one after only closing: "Dân … có được tham gia … không, nghị quyết nói răng?".)
  const tellsOnly = ASKER.test(before) && !ASKED_BEFORE.test(before) && clause.split(/\s+/u).length >= SUBJECT_CLAUSE_MIN_WORDS;
  return tellsOnly ? clause : question;
}

/**
 * For a question going on from the previous one ("rồi cơ quan mô lo ra cái hướng dẫn chung?" after a
 * question on "Dân vận khéo") or pointing back at it ("NQ đó số mấy, ban hành ngày nào?" after one on the
 * resolutions it cites), the question with the previous one's subject added: what to search
 * when the message alone is not answered. Undefined when it does not go on from one.
 */
export function withPreviousSubject(said: string, previous: string | undefined): string | undefined {
  const text = withoutHesitations(said);
  // Asking more of it ("nói rõ hơn cái mốc đó, tới lúc đó ra sao?") goes on from it even when it closes like "what about X".
  const more = MORE_OF_IT.test(fold(text)) || NARROWED.test(fold(text));
  if (!previous || !(CONTINUATION.test(text) || asksOnlyAnAspect(text) || POINTING_BACK.test(text) || more) || (isFollowUp(text) && !more)) return undefined;
  const asked = withoutOwnPreamble(previous.trim());
  // Whether it goes as far ("… luôn hả") is asked of the whole previous question, whose subject alone ("dân" of "dân có được tham gia …") says too little.
  const subject = AS_FAR.test(fold(text)) ? asked : (SUBJECT_PATTERNS.map((pattern) => pattern.exec(asked)?.groups?.subject).find(Boolean) ?? asked);
  const searched = `${text.trim().replace(CONTINUATION, "").replace(/^[\s,]+/u, "")} (${subject.trim()})`;
  // Typed without diacritics, the whole is searched without them (as `resolveFollowUp` does).
  return hasDiacritics(text) ? searched : fold(searched);
}

/**
 * Whether a question is in the documents' domain (hedged rather than flatly declined when not answered
 * exactly), counting a message that goes on from an in-domain previous question ("rứa nó phổ biến xuống tới
 * tận cấp mô?" after one on spreading the resolution): it is about what that one was about, unless it asks a kind
 * of thing the documents never answer ("còn mỗi căn được hỗ trợ bao nhiêu tiền?").
 */
export function inDomainAfter(question: string, said: string, previous: string | undefined): boolean {
  const text = withoutHesitations(said);
  return inDomain(question) || (previous !== undefined && (CONTINUATION.test(text) || isFollowUp(text) || asksOnlyAnAspect(text)) && inDomain(previous) && !outOfDomain(text));
}

/**
 * Words pointing back at what was asked before: "cái đó", "việc ni", "chuyện nớ", "câu đó" (a phrase quoted), "người đó" (who was asked about); "NQ đó" (not "nghị quyết này", which is this one);
 * the time it was asked about ("tới lúc đó thì …" after "mục tiêu tới năm nào").
 */
const POINTING_BACK =
  /(?<![\p{L}])((cái|việc|điều|chuyện|vụ|câu|cai|viec|dieu|chuyen|vu|cau) (đó|ấy|này|ni|nớ|đấy|do|ay|nay|no|day)|(người|vị|nguoi|vi) (đó|ấy|nớ|đấy|do|ay|no|day)|(nghị quyết|nghi quyet|nq|văn bản|van ban|lúc|luc|khi|thời điểm|thoi diem|giai đoạn|giai doan) (đó|ấy|nớ|đấy|kia|do|ay|no|day))(?![\p{L}])/iu;

/** A message opening on a thing pointed back at: "cái đó …", "dạ việc ni …", "rứa chuyện nớ …". */
const POINTING_BACK_OPENING =
  /^\s*((dạ|vâng|ừ|ờ|rứa|vậy|thế|mà|da|vang|rua|vay|the|ma)[\s,]+)?(cái|việc|điều|chuyện|vụ|cai|viec|dieu|chuyen|vu) (đó|ấy|này|ni|nớ|đấy|do|ay|nay|no|day)(?![\p{L}])/iu;

/** What `answerGoingOn` needs of the knowledge base. */
export interface GoingOnSearch {
  /** Answers a question. */
  ask(question: string): Promise<Answer>;
  /** The sections of the passages found for a question, best first, whether it is answered or not. */
  sections(question: string): Promise<readonly string[]>;
}

/**
 * When `first` (the answer to the message alone) found nothing exact and the message goes on from the
 * previous question, asks again with that question's subject. That answer counts only when the best
 * passage for the message alone was already in its section; else the previous subject alone found it
 * ("vậy cài VNeID thì làm sao?" after a question on digital change stays unanswered). Returns the
 * better answer, and what was searched for it.
 */
export async function answerGoingOn(text: string, previous: string | undefined, first: Answer, search: GoingOnSearch): Promise<{ readonly answer: Answer; readonly searched?: string }> {
  // Without its subject, a message asking a figure ("rứa tính làm bao nhiêu căn?") finds no passage holding one either.
  // Asking only something more of it ("hạn chót là khi nào vậy"), it has no subject of its own to be answered on.
  const aspect = asksOnlyAnAspect(text);
  // Whether it names someone in particular ("thế có nhắc riêng tới lớp trẻ không?") is asked within the previous subject, however the message alone is answered.
  const narrowed = NARROWED.test(fold(text));
  // Opening on what it points back at ("cái đó đặt ra để làm chi, bà con được lợi gì?"), it asks of the previous subject, whatever the rest finds alone.
  const pointsBackFirst = POINTING_BACK_OPENING.test(text);
  // Asking more of it ("nói gọn lại giúp", "cho ví dụ về thiên tai coi") asks of the previous subject, whatever its own words find alone.
  const more = MORE_OF_IT.test(fold(text)) || narrowed;
  const unanswered = (first.declined && (first.reason === "not-covered" || first.reason === "no-figure")) || first.hedged === true || aspect || more || pointsBackFirst;
  const searched = unanswered && !SAID_ELSEWHERE.test(fold(text)) ? withPreviousSubject(text, previous) : undefined;
  if (!searched) return { answer: first };
  const [second, alone] = await Promise.all([search.ask(searched), search.sections(text)]);
  // "cái đó", "việc ni" point back by themselves, as does asking more of it ("nói rõ hơn …"), which is about the previous subject even
  // when both answers are only the nearest; else the message alone must already point at the section.
  const pointed = second.source !== undefined && (POINTING_BACK.test(text) || more || aspect || alone[0] === second.source.section);
  return pointed && !second.declined && (!second.hedged || first.declined || aspect || more) ? { answer: second, searched } : { answer: first };
}

/** `GoingOnSearch` over the knowledge base: answers hedged in the documents' domain, as any question. */
export function goingOnSearch(knowledge: KnowledgeBase, k?: number): GoingOnSearch {
  return {
    ask: (question) => knowledge.ask(question, { ...(k ? { k } : {}), hedge: inDomain(question) }),
    sections: async (question) => (await knowledge.search(question)).hits.map((hit) => hit.passage.section),
  };
}

/** Asking for what was quoted in plain or fewer words: "câu đó hiểu nôm na là sao", "nói cho dễ hiểu giùm", "giải thích lại đi", "nói gọn lại". */
const PLAIN_WORDS_ASKED = /\b(nom na|(cho|cach|hon|noi|giai thich)( [a-z]+){0,2} de hieu|giai thich (lai|ro|them|giup|gium|dum)|noi gon|ngan gon|tom (tat|lai))\b/u;

/**
 * The answer, said to be in the passage just quoted when its words are those the previous answer quoted ("rứa ai lo chuyện
 * đó?" answered by the sentence that named who): the same quote given bare would read as if nothing had been heard; asked
 * for in plain words (`said`), it says it quotes and does not reword.
 */
export function notNewIfQuoted(answer: Answer, previous: PreviousAnswer | undefined, said = ""): Answer {
  const quotedAgain = previous?.quote !== undefined && answer.quote !== undefined && previous.quote.includes(answer.quote);
  return quotedAgain ? quotedAgainAnswer(answer, PLAIN_WORDS_ASKED.test(fold(said))) : answer;
}

/** The previous question of a chat and what its answer quoted: the passage, and the sentences (extractive answers). */
export interface PreviousAnswer {
  readonly text: string;
  readonly passage?: string;
  readonly quote?: string;
}

/**
 * Whether a message asks where the previous answer is in the documents ("ý đó nằm ở mục nào vậy bot?"): that answer is
 * given again with its place, and the previous question stays the one to follow up on.
 */
export function asksWherePreviousIs(text: string, previous: PreviousAnswer | undefined): previous is PreviousAnswer {
  return previous !== undefined && asksWhereThatIs(fold(withoutHesitations(text)));
}

/**
 * Whether a message asks where the previous answer is ("ý đó nằm ở mục nào?") or where else it is said ("còn chỗ mô nói nữa
 * không?"): either way the previous question stays the one to follow up on ("nói gọn lại giúp" after it shortens that one).
 */
export function keepsPreviousQuestion(text: string, previous: PreviousAnswer | undefined): previous is PreviousAnswer {
  return asksWherePreviousIs(text, previous) || (previous !== undefined && SAID_ELSEWHERE.test(fold(withoutHesitations(text))));
}

/**
 * Asks a question that may be a follow-up without giving the previous answer again. The same passage may
 * answer it with other sentences ("còn thu ngân sách năm 2022 thì sao?" after GRDP per head: both are in
 * footnote 1), or with the same one when it names the new subject too ("còn nghị quyết 04 thì sao?" after
 * Nghị quyết 16: one sentence cites both) or reaches the passage through a word the language data holds
 * for it ("còn hội phụ nữ thì sao?" after the Youth Union: both are among "các tổ chức CT-XH"), so the
 * passage is set aside only when the answer would quote nothing new; a generated answer (no quote to
 * compare) sets it aside from the start.
 */
export async function askFollowingOn(knowledge: Pick<KnowledgeBase, "ask">, resolved: ResolvedQuestion, previous: PreviousAnswer | undefined, options: AskOptions = {}): Promise<Answer> {
  const { question, followUp, subject } = resolved;
  // Asking where else it is said ("còn chỗ nào khác nói nữa không?", which also reads as asking where), another place.
  if (previous?.passage && SAID_ELSEWHERE.test(fold(question)) && !options.outOfScope) {
    const { elsewhere, first, searchedAll } = await askElsewhere(knowledge, resolveFollowUp(previous.text, undefined).question, previous.passage, options);
    // Only the nearest passage there, it keeps its hedge: "còn nói tới điều này" would claim what the search did not find.
    if (elsewhere) return elsewhere.hedged ? elsewhere : locatedAnswer(elsewhere, "also");
    // Said to be the only place only when nothing else came up at all; having stopped looking, it only says where that is.
    if (!first.declined && first.source) return locatedAnswer(first, searchedAll ? "only" : "here");
  }
  // Asking where that is ("ý đó nằm ở phần mấy của nghị quyết?"), the previous answer is given again with its place; also one given
  // as the nearest passage ("… có nói tới vay nặng lãi không" after a story of one's market), which is what the asker read.
  if (asksWherePreviousIs(question, previous) && !options.outOfScope) {
    const again = await knowledge.ask(resolveFollowUp(previous.text, undefined).question, { ...(options.k ? { k: options.k } : {}), hedge: true });
    if (!again.declined && again.source) return locatedAnswer(again);
  }
  if (!followUp || !previous?.passage) return knowledge.ask(question, options);
  const avoiding = { ...options, avoid: [...(options.avoid ?? []), previous.passage] };
  if (previous.quote === undefined) return knowledge.ask(question, avoiding);
  const answer = await knowledge.ask(question, options);
  // The same asked of someone else is answered by the same passage when that passage names them ("hội nông dân" among "các tổ chức CT-XH").
  const repeats =
    answer.source?.passageId === previous.passage && answer.quote !== undefined && previous.quote.includes(answer.quote) && !namesNewSubject(answer, subject, previous.text, resolved.sameOfAnother ? "passage" : "quote");
  return repeats ? knowledge.ask(question, avoiding) : answer;
}

/** How many passages of the sections already given are set aside, at most, looking for another section saying the same. */
const ELSEWHERE_TRIES = 6;

/**
 * Asked where else the documents say what was asked ("còn chỗ mô nói nữa không?"), the previous question answered from
 * another section than both its `first` answer's and the last quoted `passage`'s (asked again, the place given last is
 * not given twice): their passages are set aside one by one as they come up. `elsewhere` is undefined when no other
 * section answers it; `searchedAll` says whether the search ran out of passages rather than of tries. The searches
 * stream nothing: only the one answer chosen is given.
 */
async function askElsewhere(
  knowledge: Pick<KnowledgeBase, "ask">,
  asked: string,
  passage: string,
  options: AskOptions,
): Promise<{ readonly elsewhere?: Answer; readonly first: Answer; readonly searchedAll: boolean }> {
  const section = (id: string) => id.slice(0, id.lastIndexOf("/"));
  const quiet = { ...(options.k ? { k: options.k } : {}), hedge: true };
  const first = await knowledge.ask(asked, quiet);
  const given = new Set([section(passage), ...(first.source ? [section(first.source.passageId)] : [])]);
  const avoid = [...(options.avoid ?? []), passage];
  for (let tries = 0; tries < ELSEWHERE_TRIES; tries++) {
    const answer = await knowledge.ask(asked, { ...quiet, avoid });
    if (answer.declined || !answer.source) return { first, searchedAll: true };
    if (!given.has(section(answer.source.passageId))) return { elsewhere: answer, first, searchedAll: false };
    avoid.push(answer.source.passageId);
  }
  return { first, searchedAll: false };
}

/**
 * Whether an answer names what a follow-up's subject adds to the previous question: its quote holds the
 * words ("04" of "nghị quyết 04" after "Nghị quyết 16 …"), or they are a concept of the language data the
 * quote names by its first term ("hội phụ nữ" is one of "các tổ chức CT-XH"), or years it holds ("riêng hai năm 21, 22" after the
 * figure of 2021–2023). A single digit counts units ("thu nhập bình quân 1 người 1 năm" is "per head per year"), no name.
 */
function namesNewSubject(answer: Answer, subject: string | undefined, previous: string, within: "quote" | "passage"): boolean {
  const words = (text: string) => new Set(fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const asked = words(previous);
  const added = [...words(subject ?? "")].filter((word) => !asked.has(word) && !/^\d$/u.test(word));
  if (added.length === 0) return false;
  const quoted = words(answer.quote ?? "");
  // Only a particular asked (`asksOnlyAnAspect`) of years it holds, said whole or by their last two digits ("riêng năm 2022", "hai năm 21, 22"
  // for the quote's "2021", "2022"): those years are the new subject.
  const years = added.filter((word) => /^(\d{2}|(19|20)\d{2})$/u.test(word));
  if (years.length > 0 && asksOnlyAnAspect(subject ?? "") && years.every((year) => quoted.has(year) || quoted.has(`20${year}`))) return true;
  if (added.every((word) => quoted.has(word))) return true;
  // The concept must be in the quoted sentences, by its group's first term, not only elsewhere in the passage (unless the same is asked
  // of someone else: `within` the passage or its heading), and the subject must add nothing else ("… dưới xã thì sao, phải thay đổi cách làm" asks more than who).
  const source = answer.hits.find((hit) => hit.passage.id === answer.source?.passageId);
  const naming = within === "passage" ? words(`${source?.passage.heading ?? ""} ${source?.passage.text ?? ""}`) : quoted;
  const named = (source?.why.matched ?? [])
    .filter((term) => synonymGroupPhrase(term.key)?.split(" ").every((word) => naming.has(word)))
    .flatMap((term) => [...words(term.term)]);
  return named.length > 0 && added.every((word) => quoted.has(word) || named.includes(word) || FOLDED_STOPWORDS.has(word) || MATTER_WORDS.has(word));
}

/** Words that only announce a subject ("còn vụ ngập …", "còn chuyện …", "việc …", "bọn phá …", "kẻ …"), folded: they add nothing to what is asked. */
const MATTER_WORDS: ReadonlySet<string> = new Set(["vu", "chuyen", "viec", "cai", "bon", "ke", "dam"]);
