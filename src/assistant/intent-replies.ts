/** What the assistant says for each intent that is not a question: shared by the chat and `npm run ask`. */
import { CHANNELS, textReply, type Channel, type Reply } from "../core/messages.js";
import { briefNameOf, type Organisation } from "../core/organisation.js";
import { hintsSelfHarm } from "../feedback/classifier.js";
import type { IntentDetail } from "./intent.js";

/** What the assistant can do, in one short list (after a greeting or a decline). */
function canDo(organisation: Organisation): readonly string[] {
  return [
    "hỏi về Nghị quyết Tỉnh ủy lần thứ 14 về công tác dân vận (trả lời kèm trích dẫn nguyên văn);",
    `gửi phản ánh, kiến nghị đến ${briefNameOf(organisation)}: cứ kể sự việc, hoặc gõ /gopy;`,
    "theo dõi phản ánh đã gửi: gõ /theodoi kèm mã (ví dụ /theodoi PA-2026-000123).",
  ];
}

/** Buttons that go with a smalltalk answer. */
const SMALLTALK_CHOICES: Reply["choices"] = [
  [
    { label: "📖 Mục lục nghị quyết", value: "toc" },
    { label: "✍️ Gửi phản ánh", value: "gopy" },
  ],
];

/** How a reply names each channel. */
const CHANNEL_NAMES: Readonly<Record<Channel, string>> = { web: "trang web", telegram: "Telegram", zalo: "Zalo" };

/** "a, b và c". */
function spokenList(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} và ${items.at(-1)}`;
}

/**
 * Where the assistant can be reached: the channels this deployment runs when the caller knows them (the server does),
 * else every adapter there is, as the commission opens them (`npm run ask` knows no deployment).
 */
function channelsOpening(organisation: Organisation, channelsOn?: readonly Channel[]): string {
  const brief = briefNameOf(organisation);
  const everywhere = "phản ánh gửi ở kênh nào thì kết quả báo về đúng kênh đó. Bạn có thể:";
  if (!channelsOn?.length) return `Trợ lý có thể trả lời trên trang web, Telegram và Zalo, tùy kênh ${brief} mở và công bố địa chỉ. Ở kênh nào bạn cũng hỏi về nghị quyết và gửi phản ánh được; ${everywhere}`;
  // Asked "có trên Zalo không", the answer says plainly where it is not yet.
  const off = CHANNELS.filter((channel) => !channelsOn.includes(channel)).map((channel) => CHANNEL_NAMES[channel]);
  const notYet = off.length ? `, chưa có trên ${off.join(" hay ")}` : "";
  const on = spokenList(channelsOn.map((channel) => CHANNEL_NAMES[channel]));
  if (channelsOn.length === 1) return `Hiện trợ lý chỉ trả lời trên ${on} của ${brief}${notYet}. Ở đây bạn hỏi về nghị quyết và gửi phản ánh được; kết quả phản ánh báo về ngay cuộc trò chuyện này. Bạn có thể:`;
  return `Trợ lý đang trả lời trên ${on} của ${brief}${notYet}. Ở kênh nào bạn cũng hỏi về nghị quyết và gửi phản ánh được; ${everywhere}`;
}

type OpeningDetail = "greeting" | "self" | "not-office" | "sources" | "channels" | "typing" | "language" | "privacy" | "proxy" | "profanity";

const SMALLTALK_OPENING: Readonly<Record<OpeningDetail, (organisation: Organisation, channelsOn?: readonly Channel[]) => string>> = {
  greeting: (organisation) => `Chào bạn! Tôi là Trợ lý Dân vận của ${organisation.name}. Bạn có thể:`,
  self: (organisation) => `Tôi là Trợ lý Dân vận, một chương trình trả lời tự động của ${organisation.name} (không phải người thật), làm việc cả ngày lẫn đêm. Bạn có thể:`,
  "not-office": (organisation) =>
    `Đây không phải đường dây nóng hay tổng đài của xã, phường hay công an. Tôi là Trợ lý Dân vận, chương trình trả lời tự động của ${organisation.name}: phản ánh gửi ở đây được chuyển đến cán bộ ${briefNameOf(organisation)} xem xét và báo kết quả qua tin nhắn này. Việc khẩn cấp, bạn ${EMERGENCY_NUMBERS}. Bạn có thể:`,
  sources: () =>
    "Câu trả lời về nghị quyết chỉ dựa vào chính văn bản Nghị quyết Tỉnh ủy lần thứ 14 về công tác dân vận: trợ lý trích đoạn liên quan, ghi rõ mục để bạn đối chiếu, không thêm ý ngoài văn bản. Điều gì nghị quyết không đề cập, trợ lý nói rõ là không có. Bạn có thể:",
  channels: channelsOpening,
  typing: () =>
    "Dạ, bạn cứ gõ từ từ, trợ lý không tắt ngang; tin nhắn không dấu, gõ sai chính tả, viết tiếng Việt chưa rành hay đọc cho điện thoại ghi lại trợ lý vẫn đọc được; nếu trả lời chưa đúng ý, bạn cứ nói lại theo cách khác. Bạn có thể:",
  language: () =>
    "Trợ lý chỉ đọc và trả lời bằng tiếng Việt, chưa dùng được tiếng Cơ Tu, Xơ Đăng hay tiếng dân tộc khác. Người nhà có thể nhắn giùm bằng tiếng Việt, không dấu hay gõ sai chính tả cũng được; mã theo dõi và kết quả phản ánh vẫn báo về cuộc trò chuyện này. Bạn có thể:",
  privacy: (organisation) =>
    `Tin nhắn ở đây do trợ lý tự động trả lời; phản ánh bạn gửi thì cán bộ ${briefNameOf(organisation)} đọc và xử lý. Bạn có thể chọn gửi ẩn danh (không để lại số điện thoại) mà vẫn nhận được mã và kết quả qua tin nhắn này; nếu để lại số, cán bộ chỉ dùng số đó để liên hệ về phản ánh, và số được che khi chuyển cho các đơn vị. Bạn có thể:`,
  proxy: (organisation) =>
    `Dạ được. Bạn cứ kể sự việc thay cho người nhà (việc gì, ở đâu, từ khi nào); mã theo dõi và kết quả xử lý của ${briefNameOf(organisation)} sẽ gửi về cuộc trò chuyện này để bạn báo lại. Nếu muốn cán bộ liên hệ thẳng với người nhà, bạn để lại số điện thoại của người đó khi gửi. Bạn có thể:`,
  profanity: () => "Tôi rất tiếc nếu câu trả lời trước chưa giúp được bạn. Bạn cứ nói rõ điều cần hỏi hoặc cần phản ánh, tôi sẽ cố gắng giúp. Bạn có thể:",
};

/** Thanks (for an answer, or for a report's result come), goodbyes, apologies, compliments, "ok" after an answer, a wish asked for, being asked to wait, a joke about the assistant's lot and one's own news told close a turn: a short answer, without the list of what the assistant does. */
const CLOSING: Readonly<Record<ClosingDetail, string>> = {
  thanks: "Không có chi ạ! Khi cần, bạn cứ hỏi thêm về nghị quyết hoặc gõ /gopy để gửi phản ánh nhé.",
  resolved: "Mừng là việc bạn báo đã được giải quyết, cảm ơn bạn đã báo lại! Khi có việc khác cần phản ánh hay muốn hỏi về nghị quyết, bạn cứ nhắn nhé.",
  compliment: "Cảm ơn bạn đã động viên! Khi cần, bạn cứ hỏi thêm về nghị quyết hoặc gõ /gopy để gửi phản ánh nhé.",
  wish: "Chúc bạn và gia đình luôn mạnh khỏe, bình an, mọi việc như ý! Khi cần, bạn cứ hỏi về nghị quyết hoặc kể sự việc cần phản ánh nhé.",
  goodbye: "Chào bạn, chúc bạn mọi điều tốt lành! Khi cần, bạn cứ nhắn lại cho Trợ lý Dân vận nhé.",
  apology: "Không sao đâu ạ! Khi cần, bạn cứ hỏi về nghị quyết hoặc kể sự việc cần phản ánh nhé.",
  acknowledgement: "Dạ. Bạn cần hỏi thêm về nghị quyết hoặc muốn gửi phản ánh thì cứ nhắn nhé.",
  wait: "Dạ, bạn cứ từ từ, không vội đâu ạ. Khi sẵn sàng, bạn nhắn câu hỏi về nghị quyết hoặc kể sự việc cần phản ánh nhé.",
  news: "Vui được nghe bạn kể! Chúc bạn và gia đình luôn mạnh khỏe. Khi cần, bạn cứ hỏi về nghị quyết hoặc kể sự việc cần phản ánh nhé.",
  joke: "😄 Trợ lý chỉ là chương trình máy tính, không biết nóng lạnh hay mệt mỏi, nên lúc nào cũng sẵn sàng giúp bạn. Bạn giữ gìn sức khỏe nhé! Khi cần, bạn cứ hỏi về nghị quyết hoặc kể sự việc cần phản ánh.",
};

type ClosingDetail = "thanks" | "resolved" | "goodbye" | "apology" | "wish" | "compliment" | "acknowledgement" | "wait" | "joke" | "news";

function isClosing(detail: IntentDetail | undefined): detail is ClosingDetail {
  return detail !== undefined && detail in CLOSING;
}

function hasOpening(detail: IntentDetail | undefined): detail is OpeningDetail {
  return detail !== undefined && detail in SMALLTALK_OPENING;
}

/** The short friendly answer to a greeting, thanks, goodbye, apology, a compliment, "ok" after an answer, a wish asked for, "bạn là ai", "trả lời dựa vào đâu" (its sources), "bot có hiểu không" (how one types), "có ai đọc tin của tui không" (privacy), "tôi nhắn giùm ba tôi được không" (for someone else), "có chat qua Zalo được không" (the channels in `channelsOn`, when known), or rudeness (a calm one), naming `organisation`. */
export function smalltalkReply(organisation: Organisation, detail: IntentDetail | undefined, channelsOn?: readonly Channel[]): Reply {
  if (isClosing(detail)) return textReply(CLOSING[detail]);
  const opening = SMALLTALK_OPENING[hasOpening(detail) ? detail : "greeting"](organisation, channelsOn);
  return { blocks: [{ type: "paragraph", content: [opening] }, { type: "list", items: canDo(organisation).map((item) => [item]) }], choices: SMALLTALK_CHOICES };
}

/** Where a tracking code is found and what it looks like: said to someone who mistyped or lost one. */
const WHERE_THE_CODE_IS = "Mã phản ánh có dạng PA-2026-000123, nằm trong tin nhắn xác nhận khi bạn gửi phản ánh.";

/** A mistyped code (`typed`): what a code looks like. */
export function notACodeReply(typed: string): Reply {
  return textReply(`“${typed}” không phải là mã phản ánh. ${WHERE_THE_CODE_IS}`);
}

/** Before listing one's reports, to someone who has lost the code: where it is, and why there is no lookup by phone. */
export const LOST_CODE_REPLY: Reply = textReply(
  `${WHERE_THE_CODE_IS} Để giữ kín thông tin của người phản ánh, trợ lý không tra cứu theo số điện thoại hay họ tên; phản ánh gửi từ chính cuộc trò chuyện này thì xem được ngay bên dưới.`,
);

/** Wanting to add words or photos to a report sent before: how, before the list of one's reports. */
export const ADD_INFO_REPLY: Reply = textReply(
  "Để bổ sung thông tin hoặc hình ảnh cho phản ánh đã gửi, bạn chọn phản ánh đó rồi bấm “➕ Bổ sung thông tin”. Nếu đã gửi từ nơi khác, bạn gõ /theodoi <mã> <mã PIN> (mã PIN được gửi cùng mã phản ánh) để mở phản ánh ở đây.",
);

/** A message in English: the assistant works in Vietnamese. */
export const ENGLISH_REPLY: Reply = textReply(
  "Xin lỗi, trợ lý chỉ hiểu tiếng Việt. Bạn vui lòng hỏi bằng tiếng Việt về Nghị quyết công tác dân vận, hoặc gõ /gopy để gửi phản ánh. (Sorry, this assistant only understands Vietnamese.)",
);

/** Asked to write one's essay, speech, office letter, quiz or slogans, or to translate: it writes no one's paper, but quotes the resolution for it. */
export const PAPER_REPLY: Reply = textReply(
  "Trợ lý không viết bài, soạn văn bản hay dịch thay cho bạn được. Bạn có thể hỏi từng nội dung của nghị quyết (quan điểm, mục tiêu, nhiệm vụ, giải pháp…) để có trích dẫn nguyên văn làm tư liệu cho việc của mình.",
);

/** Asked for a contest's answers: it gives none, but each question can be asked of the resolution. */
export const CONTEST_REPLY: Reply = textReply(
  "Trợ lý không cung cấp đáp án cho các cuộc thi. Bạn có thể hỏi từng câu, từng nội dung của nghị quyết để tự tìm câu trả lời, kèm trích dẫn nguyên văn và số mục.",
);

/** Asked how an office's procedure goes (papers, fees, where to file, how much support): where that is answered (a Party member's own matters at their cell), and that a delay can be reported. */
export const PROCEDURE_REPLY: Reply = textReply(
  "Trợ lý chỉ trả lời về Nghị quyết công tác dân vận, không hướng dẫn được thủ tục, hồ sơ (giấy tờ, lệ phí, nơi nộp, mức hỗ trợ). Bạn nên hỏi trực tiếp nơi giải quyết việc đó; nếu là thủ tục hành chính thì hỏi Bộ phận một cửa của UBND xã, phường nơi mình ở hoặc tra cứu trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn); việc của đảng viên (đảng phí, chuyển sinh hoạt đảng, huy hiệu) thì hỏi chi bộ nơi mình sinh hoạt. Nếu hồ sơ bị chậm trễ hay bị gây khó khăn, bạn cứ kể rõ sự việc hoặc gõ /gopy để gửi phản ánh.",
);

/** Asked for a forecast (weather, a storm, a flood, a forest-fire warning level): where forecasts are published, and what to do in danger. */
export const FORECAST_REPLY: Reply = textReply(
  "Trợ lý không có bản tin dự báo thời tiết, mưa bão, lũ hay cấp dự báo cháy rừng. Bạn theo dõi bản tin dự báo của cơ quan khí tượng thủy văn trên đài phát thanh, truyền hình và thông báo trên loa của xã, phường; cấp dự báo cháy rừng thì hỏi kiểm lâm địa bàn. Nếu đang có nguy hiểm, bạn gọi ngay 114 (cứu nạn) hoặc báo UBND xã, phường.",
);

/** Asked to run an errand (call someone, send an email, fill in or file a form): it does none, and says who helps with a form. */
export const ERRAND_REPLY: Reply = textReply(
  "Trợ lý không làm thay được các việc như gọi điện, gửi email, nhắn tin cho người khác hay điền, nộp hồ sơ giúp bạn. Với hồ sơ, thủ tục hành chính, Bộ phận một cửa của UBND xã, phường hướng dẫn và nhận hồ sơ trực tiếp. Trợ lý trả lời câu hỏi về Nghị quyết công tác dân vận và chuyển phản ánh, kiến nghị của bạn đến cơ quan có trách nhiệm.",
);

/** Asked for its own judgement of the resolution: it quotes, it does not judge; what can be asked instead, and that a failing at one's place can be reported. */
export const JUDGEMENT_REPLY: Reply = textReply(
  "Trợ lý chỉ trích dẫn đúng nội dung nghị quyết, không đưa ra nhận định hay đánh giá riêng về nghị quyết. Bạn có thể hỏi nghị quyết đặt ra quan điểm, mục tiêu, nhiệm vụ gì (kèm trích dẫn nguyên văn); nếu thấy việc thực hiện ở nơi mình chưa đúng, bạn cứ kể rõ sự việc hoặc gõ /gopy để gửi phản ánh.",
);

/** Asked for the resolution's full text or a copy (a file, a printed or recorded one, one in sign language): where it is read, and where the sealed copy is. */
export const FULL_TEXT_REPLY: Reply = textReply(
  "Toàn văn nghị quyết có ở mục “Toàn văn Nghị quyết” (",
  // A page's address as code: Telegram would make "/nghi-quyet" outside code a tappable command "/nghi".
  { code: "/nghi-quyet" },
  ") trên trang web của Trợ lý Dân vận: đọc được trên điện thoại, in ra được, có mục lục theo từng phần. Trợ lý không gửi được tệp PDF, bản ghi âm hay bản ngôn ngữ ký hiệu qua tin nhắn; bản chính thức có đóng dấu thì bạn hỏi cấp ủy, chi bộ hoặc Ban Dân vận nơi mình sinh hoạt, công tác. Bạn cũng có thể hỏi từng phần ngay tại đây, ví dụ: “Mục III.5 nói gì?”.",
);

const FIXED_DECLINES: Partial<Record<IntentDetail, Reply>> = { english: ENGLISH_REPLY, paper: PAPER_REPLY, contest: CONTEST_REPLY, procedure: PROCEDURE_REPLY, forecast: FORECAST_REPLY, errand: ERRAND_REPLY, judgement: JUDGEMENT_REPLY, "full-text": FULL_TEXT_REPLY };

/** The fixed answer to a decline of a known kind (English, a paper to write, a contest's answers, an office's procedure, a forecast, an errand, a judgement of the resolution, a copy of it); undefined for a question the search declines. */
export function fixedDeclineReply(detail: IntentDetail | undefined): Reply | undefined {
  return detail === undefined ? undefined : FIXED_DECLINES[detail];
}

/** Asked once before a report typed in plain words is filed (to `organisation`). */
export function reportConfirmText(organisation: Organisation): string {
  return `Gửi nội dung này thành phản ánh đến ${briefNameOf(organisation)}?`;
}

/**
 * Asked after one's report while the complaint just typed still waits for its confirmation and nothing is open: it was
 * not sent, so it has no code yet; the same choices file it.
 */
export function notSentYetReply(text: string, organisation: Organisation, urgent = false): Reply {
  return confirmationAfter("Nội dung bạn vừa nhắn chưa được gửi đi nên chưa có mã theo dõi:", text, organisation, urgent);
}

/** The confirmation of `text` again, after `lead`. */
function confirmationAfter(lead: string, text: string, organisation: Organisation, urgent: boolean): Reply {
  const confirmation = reportConfirmReply(text, organisation, urgent);
  return { ...confirmation, blocks: [{ type: "paragraph", content: [lead] }, ...confirmation.blocks] };
}

/**
 * A phone number typed while the complaint waits for its confirmation: not sent yet, where the number is given, then the same
 * choices (the number is asked for after "Có", so that sending anonymously stays possible).
 */
export function phoneBeforeSendingReply(text: string, organisation: Organisation, urgent = false): Reply {
  const where = "Phản ánh của bạn chưa được gửi đi. Bạn bấm “Có” để gửi; số điện thoại liên hệ thì để lại ở bước sau, khi trợ lý hỏi (chọn “📞 Để lại số điện thoại”).";
  return confirmationAfter(where, text, organisation, urgent);
}

/** Choice values of the confirmation. */
export const REPORT_CHOICE = { yes: "intent:report", no: "intent:question" } as const;

/** Whom to call when a life is at risk: said before an urgent report is confirmed, and again when it is filed. */
export const EMERGENCY_NUMBERS = "gọi ngay 113 (công an), 114 (cứu nạn) hoặc 115 (cấp cứu)";

/** Said first when a message tells that someone may take their own life (`hintsSelfHarm`): whoever it is, not to be left alone. */
export const SELF_HARM_CARE = "Nếu bạn hoặc người thân đang nghĩ đến chuyện làm hại bản thân, xin đừng ở một mình lúc này: hãy nói ngay với người nhà hoặc một người bạn tin cậy. Chuyện gì cũng còn cách gỡ.";

/**
 * The confirmation, quoting the start of what will be sent to `organisation`; for a message read as `urgent`, whom to call
 * first, since the report reaches the staff only once it is confirmed and placed (and, when someone may take their own life,
 * not to leave them alone).
 */
export function reportConfirmReply(text: string, organisation: Organisation, urgent = false): Reply {
  const care = urgent && hintsSelfHarm(text) ? [{ type: "paragraph" as const, content: [SELF_HARM_CARE] }] : [];
  const call = urgent ? [...care, { type: "paragraph" as const, content: [`⚠ Nếu đang có nguy hiểm đến tính mạng, bạn ${EMERGENCY_NUMBERS} trước đã.`] }] : [];
  return {
    blocks: [{ type: "quote", text: text.length > 300 ? `${text.slice(0, 300)}…` : text }, ...call, { type: "paragraph", content: [reportConfirmText(organisation)] }],
    choices: [[{ label: "Có", value: REPORT_CHOICE.yes }], [{ label: "Không, đây là câu hỏi", value: REPORT_CHOICE.no }]],
  };
}

/** Said after a decline: what the assistant can do instead (forward a report to `organisation`; follow one sent, when `status` words were asked). */
export function insteadOfDecline(organisation: Organisation, status = false): string {
  const report = `Nếu bạn muốn phản ánh, kiến nghị một sự việc, cứ kể rõ sự việc hoặc gõ /gopy, trợ lý sẽ chuyển đến ${briefNameOf(organisation)}.`;
  return status ? `Nếu bạn hỏi về phản ánh đã gửi, gõ /theodoi kèm mã (ví dụ /theodoi PA-2026-000123) để xem tình trạng. ${report}` : report;
}
