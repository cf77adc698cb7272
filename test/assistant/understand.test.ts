/**
 * Private-chat messages understood before they are answered, through the real assistant on a real
 * SQLite file: reports in plain words (with one confirmation), smalltalk, tracking, declines, follow-ups,
 * and the bad inputs the issue lists.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { REPORT_CHOICE, reportConfirmText, ENGLISH_REPLY, PAPER_REPLY, CONTEST_REPLY, PROCEDURE_REPLY, FORECAST_REPLY, ERRAND_REPLY, JUDGEMENT_REPLY, FULL_TEXT_REPLY, insteadOfDecline, SELF_HARM_CARE } from "../../src/assistant/intent-replies.js";
import type { ReplyTarget } from "../../src/assistant/turn.js";
import { parseState } from "../../src/assistant/state.js";
import { plainInline, type Channel, type Inbound, type Reply } from "../../src/core/messages.js";
import { DEFAULT_ORGANISATION } from "../../src/core/organisation.js";
import { parseForm } from "../../src/feedback/flow.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { testAssistant } from "../helpers/assistant.js";
import { openTestInbox } from "../helpers/database.js";
import { openTestKnowledge } from "../helpers/knowledge.js";

/** What the default organisation's assistant asks before filing, and says after a decline. */
const REPORT_CONFIRM_TEXT = reportConfirmText(DEFAULT_ORGANISATION);
const INSTEAD_OF_DECLINE = insteadOfDecline(DEFAULT_ORGANISATION);

let knowledge: KnowledgeBase;
let inbox: Inbox;
beforeAll(async () => {
  knowledge = await openTestKnowledge();
  inbox = await openTestInbox();
});

let nextUpdate = 1;
function text(value: string, chat: string, options: { buttons?: boolean; group?: boolean } = {}): Inbound {
  return {
    updateId: `u${nextUpdate++}`,
    chat: { channel: "web", id: chat, type: options.group ? "group" : "private" },
    sender: { id: chat },
    content: { kind: "text", text: value },
    receivedAt: new Date(),
    buttons: options.buttons ?? true,
  };
}
const choice = (value: string, chat: string): Inbound => ({ ...text("", chat), content: { kind: "choice", value } });

function recorder(): ReplyTarget & { replies: Reply[] } {
  const replies: Reply[] = [];
  return { replies, send: async (reply) => (replies.push(reply), { id: String(replies.length) }), typing: async () => undefined };
}

/** All the text of a reply, quotes and lists included. */
/** The section a reply's quote cites ("Mục III.6 – …"). */
function cited(reply: Reply | undefined): string | undefined {
  return reply?.blocks.flatMap((block) => (block.type === "quote" && block.source ? [block.source] : []))[0];
}

function said(reply: Reply | undefined): string {
  return (reply?.blocks ?? []).map((block) => (block.type === "paragraph" ? plainInline(block.content) : block.type === "quote" ? block.text : block.items.map(plainInline).join("\n"))).join("\n");
}

async function talk(chat: string, ...messages: Array<string | Inbound>): Promise<Reply[]> {
  const assistant = testAssistant(knowledge, inbox);
  const target = recorder();
  for (const message of messages) await assistant.handle(typeof message === "string" ? text(message, chat) : message, target);
  return target.replies;
}

describe("understanding private-chat messages", () => {
  it("asks once before a complaint in plain words becomes a report, then starts the form with the text in it", async () => {
    // No place named: the form then waits at the area step (a known place would file it at once).
    const complaint = "Tôi muốn phản ánh việc cán bộ xã thu tiền sai quy định khi làm giấy tờ đất";
    const replies = await talk("web-understand-report", complaint);
    expect(replies).toHaveLength(1);
    expect(said(replies[0])).toContain(REPORT_CONFIRM_TEXT);
    expect(replies[0]!.choices).toEqual([[{ label: "Có", value: REPORT_CHOICE.yes }], [{ label: "Không, đây là câu hỏi", value: REPORT_CHOICE.no }]]);
    // Nothing is quoted from the resolution in answer to a complaint.
    expect(replies[0]!.blocks.some((block) => block.type === "quote" && block.source)).toBe(false);
    await talk("web-understand-report", choice(REPORT_CHOICE.yes, "web-understand-report"));
    const form = parseForm(parseState(await inbox.states.load("web", "web-understand-report")).feedback);
    expect(form?.description).toBe(complaint);
    expect(form?.quick).toBe(true);
    // Not urgent: no emergency numbers before the question.
    expect(said(replies[0])).not.toContain("113");
  });

  it("joins a detail put right to the report waiting to be confirmed, so the form holds both", async () => {
    const chat = "web-understand-report-corrected";
    const report = "Phản ánh: đèn đường trên đường Lê Lợi tắt hết cả tuần nay, tối đi làm về tối om";
    const correction = "à nhầm, không phải đường Lê Lợi, mà là đường Phan Châu Trinh đoạn gần chợ, tui nhớ lộn";
    const [, corrected] = await talk(chat, report, correction);
    expect(said(corrected)).toContain(REPORT_CONFIRM_TEXT);
    await talk(chat, choice(REPORT_CHOICE.yes, chat));
    expect(parseForm(parseState(await inbox.states.load("web", chat)).feedback)?.description).toBe(`${report}\n${correction}`);
  });

  it("adds a detail put right soon after a report was sent to that report, and answers it as usual once the report is old", async () => {
    const file = async (chat: string, ago: number) =>
      (
        await inbox.reports.create(
          { channel: "web", chatId: chat, reporter: { id: chat }, topic: "ha_tang", urgent: false, urgentReasons: [], description: "Đèn đường trên đường Lê Lợi tắt cả tuần nay.", descriptionCut: false, attachments: [], anonymous: true, sections: [], suggestedUnit: "UBND phường", dueAt: new Date(Date.now() + 10 * 86_400_000) },
          () => [],
          new Date(Date.now() - ago),
        )
      ).code;
    const correction = "à nhầm, không phải đường Lê Lợi mà là đường Phan Châu Trinh đoạn gần chợ";
    const recent = await file("web-understand-corrected-after", 5 * 60_000);
    const [added] = await talk("web-understand-corrected-after", correction);
    expect(said(added)).toContain(`Đã ghi phần đính chính vào phản ánh ${recent} bạn vừa gửi`);
    expect((await inbox.reports.findByCode(recent))?.events.some((event) => event.type === "info_added" && event.text === correction)).toBe(true);
    // An hour later it is no longer taken as that report's.
    const old = await file("web-understand-corrected-late", 60 * 60_000);
    const [answered] = await talk("web-understand-corrected-late", correction);
    expect(said(answered)).not.toContain("Đã ghi phần đính chính");
    expect((await inbox.reports.findByCode(old))?.events.some((event) => event.type === "info_added")).toBe(false);
  });

  it("tells someone in danger whom to call before asking to confirm the report", async () => {
    const [reply] = await talk("web-understand-urgent", "Nước ngập tới mái, ba mẹ con tui đang ngồi trên nóc, chưa thấy ai vô cứu");
    expect(said(reply)).toContain("113 (công an), 114 (cứu nạn) hoặc 115 (cấp cứu)");
    expect(said(reply)).toContain(REPORT_CONFIRM_TEXT);
  });

  it("asks someone who hints at taking their own life not to stay alone, before the numbers to call; a flood gets the numbers alone", async () => {
    const [hint] = await talk("web-understand-self-harm", "bị lừa mất hết tiền ba mẹ gửi đi học rồi, con tính đi luôn cho bố mẹ khỏi khổ");
    expect(said(hint)).toContain(SELF_HARM_CARE);
    expect(said(hint).indexOf(SELF_HARM_CARE)).toBeLessThan(said(hint).indexOf("115 (cấp cứu)"));
    const [flood] = await talk("web-understand-self-harm-flood", "Nước ngập tới mái, ba mẹ con tui đang ngồi trên nóc, chưa thấy ai vô cứu");
    expect(said(flood)).not.toContain(SELF_HARM_CARE);
  });

  it("answers the text as a question when the person says it is one", async () => {
    const chat = "web-understand-not-report";
    const replies = await talk(chat, "Cho tôi hỏi sao xã tôi làm đường mà không họp dân, nhà tôi bị lấn mất 2 mét đất?", choice(REPORT_CHOICE.no, chat));
    expect(said(replies[0])).toContain(REPORT_CONFIRM_TEXT);
    expect(replies).toHaveLength(2);
    expect(said(replies[1])).not.toContain(REPORT_CONFIRM_TEXT);
    expect(parseState(await inbox.states.load("web", chat)).feedback).toBeUndefined();
  });

  it("takes the confirmation as a typed number on a channel without buttons", async () => {
    const chat = "web-understand-numbered";
    const replies = await talk(chat, text("Đường vào thôn 5 xã tôi sạt lở mất nửa mặt đường, xe không qua được, đề nghị huyện sửa gấp", chat, { buttons: false }), text("1", chat, { buttons: false }));
    expect(said(replies[0])).toContain(REPORT_CONFIRM_TEXT);
    expect(parseForm(parseState(await inbox.states.load("web", chat)).feedback)?.description).toMatch(/^Đường vào thôn 5/);
  });

  it("files a few words going on with the complaint waiting for its confirmation together with it", async () => {
    const chat = "web-understand-goes-on";
    const complaint = "Khúc sông gần nhà tui đêm mô cũng có ghe hút cát, máy nổ ầm ầm tới 2 giờ sáng, bờ sông lở vô sát vườn nhà tui rồi.";
    const more = "rứa ai lo vụ ni? báo xã mấy lần rồi mà không thấy ai xuống";
    const replies = await talk(chat, complaint, more, choice(REPORT_CHOICE.yes, chat));
    expect(said(replies[1])).toContain(REPORT_CONFIRM_TEXT);
    expect(parseForm(parseState(await inbox.states.load("web", chat)).feedback)?.description).toBe(`${complaint}\n${more}`);
  });

  it("reminds someone asking after their report that the complaint just typed is not sent yet, and files it on “Có”", async () => {
    const chat = "web-understand-unsent";
    const complaint = "Ống nước sạch chạy dọc đường bê tông ra chợ bị vỡ từ hôm qua, nước chảy lênh láng mà mấy nhà cuối xóm không còn nước dùng.";
    const replies = await talk(chat, complaint, "vụ ống nước bể sao rồi bot");
    expect(said(replies[1])).toContain("chưa được gửi đi nên chưa có mã theo dõi");
    expect(said(replies[1])).toContain(complaint);
    expect(replies[1]!.choices?.[0]).toEqual([{ label: "Có", value: REPORT_CHOICE.yes }]);
    await talk(chat, choice(REPORT_CHOICE.yes, chat));
    expect(parseForm(parseState(await inbox.states.load("web", chat)).feedback)?.description).toBe(complaint);
  });

  it("answers a phone number typed before the complaint is sent with where to give it and the same choices, and keeps it out of the report's text", async () => {
    const chat = "web-understand-phone-early";
    const complaint = "Xưởng làm bún đầu thôn xả nước chua ra mương cả tuần nay, mùi thối bay vô mấy nhà gần đó.";
    const replies = await talk(chat, complaint, "dạ số 0905 123 456, ở thôn 4 xã Đại Hiệp");
    expect(said(replies[1])).toContain("số điện thoại liên hệ thì để lại ở bước sau");
    expect(said(replies[1])).toContain(complaint);
    expect(replies[1]!.choices?.[0]).toEqual([{ label: "Có", value: REPORT_CHOICE.yes }]);
    await talk(chat, choice(REPORT_CHOICE.yes, chat));
    expect(parseForm(parseState(await inbox.states.load("web", chat)).feedback)?.description).toBe(complaint);
  });

  it("keeps a complaint of 5,000 characters whole in the form", async () => {
    const chat = "web-understand-long";
    const long = `Tôi xin phản ánh việc xe chở cát chạy suốt đêm qua thôn tôi. ${"Bụi mù mịt, nhà cửa nứt, con nít ho suốt đêm. ".repeat(120)}`.slice(0, 5000);
    await talk(chat, long, choice(REPORT_CHOICE.yes, chat));
    expect(parseForm(parseState(await inbox.states.load("web", chat)).feedback)?.description).toBe(long);
  });

  it("answers greetings with emoji, thanks and rudeness with a short friendly reply and what it can do", async () => {
    const [greeting, rude] = await talk("web-understand-smalltalk", "Chào bạn 👋😊", "bot ngu thế");
    expect(said(greeting)).toMatch(/^Chào bạn! Tôi là Trợ lý Dân vận/);
    expect(said(greeting)).toContain("/gopy");
    expect(said(rude)).toMatch(/^Tôi rất tiếc/);
    expect(said(rude)).toContain("/theodoi");
  });

  it("answers a wish asked of it with a wish, without the list of what it does", async () => {
    const [reply] = await talk("web-understand-wish", "nhà tui mới có cháu nội, bot chúc gia đình tui một câu nha");
    expect(said(reply)).toMatch(/^Chúc bạn và gia đình luôn mạnh khỏe/);
    expect(reply!.blocks.some((block) => block.type === "list")).toBe(false);
  });

  it("shows the status for a tracking code alone, and says “not found” for someone else's code", async () => {
    const [own] = await talk("web-understand-tracking", "PA-2026-999999");
    expect(said(own)).toMatch(/Không tìm thấy phản ánh có mã này/);
    const [words] = await talk("web-understand-tracking-2", "phản ánh của tôi gửi hôm qua đến đâu rồi?");
    expect(said(words)).toMatch(/chưa có phản ánh nào đang xử lý/);
    // …and what to do when it was told but never sent.
    expect(said(words)).toMatch(/chưa nhận được mã phản ánh thì phản ánh chưa được gửi/);
    // Sent from another account, it opens with its code and PIN, here or on the lookup page.
    expect(said(words)).toContain("/theodoi <mã> <PIN>");
    expect(said(words)).toContain("/tra-cuu");
    // Read out to a voice keyboard, the code is looked up as typed.
    const [spoken] = await talk("web-understand-tracking-3", "ờ cho tui hỏi phản ánh của tui mã số pê a hai không hai sáu chín chín chín chín chín chín giờ tới đâu rồi");
    expect(said(spoken)).toMatch(/Không tìm thấy phản ánh có mã này/);
  });

  it("says what a code looks like when the one typed is not a code, then what the person has sent", async () => {
    const [hint, list] = await talk("web-understand-loose-code", "mã PA-7Q2X của tui tới đâu rồi");
    expect(said(hint)).toMatch(/“PA-7Q2X” không phải là mã phản ánh\. Mã phản ánh có dạng PA-2026-000123, nằm trong tin nhắn xác nhận/);
    expect(said(list)).toMatch(/chưa có phản ánh nào đang xử lý/);
  });

  it("tells someone who lost the code where a code is and that there is no lookup by phone, then what they have sent", async () => {
    const [where, list] = await talk("web-understand-lost-code", "em quên mất mã rồi, tra bằng số điện thoại được không ạ");
    expect(said(where)).toMatch(/^Mã phản ánh có dạng PA-2026-000123, nằm trong tin nhắn xác nhận/);
    expect(said(where)).toContain("không tra cứu theo số điện thoại");
    expect(said(list)).toMatch(/chưa có phản ánh nào đang xử lý/);
  });

  it("tells someone who wants to add photos to a report sent before how, then what they have sent", async () => {
    const [how, list] = await talk("web-understand-add-info", "hôm kia tui có gửi phản ánh vụ xe ben cày nát đường, giờ có thêm mấy tấm hình, muốn bổ sung vào phản ánh đó thì làm sao?");
    expect(said(how)).toMatch(/^Để bổ sung thông tin hoặc hình ảnh cho phản ánh đã gửi, bạn chọn phản ánh đó rồi bấm “➕ Bổ sung thông tin”/);
    expect(said(how)).toContain("/theodoi <mã> <mã PIN>");
    expect(said(list)).toMatch(/chưa có phản ánh nào đang xử lý/);
  });

  it("declines an out-of-domain question with what it can do instead, reports included", async () => {
    const [reply] = await talk("web-understand-decline", "Thủ đô của Pháp là gì?");
    expect(said(reply)).toMatch(/^Nghị quyết không đề cập đến nội dung này/);
    expect(said(reply)).toContain(INSTEAD_OF_DECLINE);
    expect(reply!.blocks.some((block) => block.type === "quote")).toBe(false);
  });

  it("points a few status words asked with nothing sent before to /theodoi as well, and not a question on the resolution's dates", async () => {
    const [status] = await talk("web-understand-status-alone", "bao giờ có kết quả vậy");
    expect(said(status)).toContain(insteadOfDecline(DEFAULT_ORGANISATION, true));
    expect(said(status)).toContain("/theodoi");
    const [dates] = await talk("web-understand-status-resolution", "Khi nào nghị quyết hết hiệu lực?");
    expect(said(dates)).not.toContain("/theodoi");
  });

  it("says yes to writing for a relative, and what to tell, before anything is sent", async () => {
    const [reply] = await talk("web-understand-proxy", "Ông ngoại em không biết xài Zalo, em nhắn thay cho ông được không?");
    expect(said(reply)).toMatch(/^Dạ được\. Bạn cứ kể sự việc thay cho người nhà/);
    expect(said(reply)).toContain("/gopy");
  });

  it("says it runs no errands (a call, an email, a form) and who helps with a form", async () => {
    const [reply] = await talk("web-understand-errand", "Gọi điện giùm tui cho chị Lan bên hội phụ nữ, nói mai tui vắng");
    expect(said(reply)).toBe(said(ERRAND_REPLY));
  });

  it("says it quotes and does not judge when asked for its own judgement of the resolution, and what can be asked instead", async () => {
    const [reply] = await talk("web-understand-judgement", "Nói thật lòng nghe ad, ad thấy văn bản ni có hiệu quả không hay chỉ trên giấy?");
    expect(said(reply)).toBe(said(JUDGEMENT_REPLY));
    expect(reply!.blocks.some((block) => block.type === "quote")).toBe(false);
  });

  it("declines a subject the resolution never speaks of, asked of it by name, instead of quoting the nearest passage as if it were close", async () => {
    const [reply] = await talk("web-understand-unspoken", "Nghị quyết có chủ trương gì cho ngành du lịch biển không?");
    expect(said(reply)).toMatch(/^Nghị quyết không đề cập đến nội dung này/);
    expect(said(reply)).not.toContain("nội dung gần nhất");
    expect(reply!.blocks.some((block) => block.type === "quote")).toBe(false);
  });

  it("says what its answers rest on, the resolution's own text with its sections and nothing added, when asked whether it makes them up", async () => {
    const [reply] = await talk("web-understand-sources", "Mấy câu bot trả lời lấy từ đâu ra, có phải bot tự soạn không?");
    expect(said(reply)).toMatch(/^Câu trả lời về nghị quyết chỉ dựa vào chính văn bản/);
    expect(said(reply)).toContain("không thêm ý ngoài văn bản");
    const [who] = await talk("web-understand-who", "Bạn là ai vậy?");
    expect(said(who)).not.toContain("không thêm ý ngoài văn bản");
  });

  it("names the channels this deployment answers on when asked where it can be reached, and where to look when it does not know them", async () => {
    const asked = "bot này có nhắn qua zalo được không hay chỉ trên web thôi?";
    const reachedOn = async (channelsOn: readonly Channel[] | undefined, chat: string) => {
      const target = recorder();
      await testAssistant(knowledge, inbox, channelsOn ? { channelsOn } : {}).handle(text(asked, chat), target);
      return said(target.replies[0]);
    };
    const webOnly = await reachedOn(["web"], "web-understand-channels-1");
    expect(webOnly).toMatch(/^Hiện trợ lý chỉ trả lời trên trang web của Ban Dân vận, chưa có trên Telegram hay Zalo\. Ở đây/);
    expect(await reachedOn(["web", "telegram", "zalo"], "web-understand-channels-3")).toMatch(/^Trợ lý đang trả lời trên trang web, Telegram và Zalo của Ban Dân vận\. Ở kênh nào/);
    expect(await reachedOn(["web", "zalo"], "web-understand-channels-2")).toMatch(/^Trợ lý đang trả lời trên trang web và Zalo của Ban Dân vận, chưa có trên Telegram\./);
    expect(await reachedOn(undefined, "web-understand-channels-0")).toMatch(/^Trợ lý có thể trả lời trên trang web, Telegram và Zalo, tùy kênh Ban Dân vận mở/);
  });

  it("says it reads and answers only in Vietnamese when asked about a minority's tongue, and that a relative may write for one", async () => {
    const [reply] = await talk("web-understand-tongue", "Mẹ tui quen nói tiếng Cơ Tu hơn, bot có đọc được tiếng Cơ Tu không?");
    expect(said(reply)).toMatch(/^Trợ lý chỉ đọc và trả lời bằng tiếng Việt, chưa dùng được tiếng Cơ Tu, Xơ Đăng/);
    expect(said(reply)).toContain("Người nhà có thể nhắn giùm");
  });

  it("says it works in Vietnamese to a question in English", async () => {
    const [reply] = await talk("web-understand-english", "What does the resolution say about religion?");
    expect(reply).toEqual(ENGLISH_REPLY);
  });

  it("says it writes no one's paper, offering the resolution's words instead, when asked to write an essay", async () => {
    const [reply] = await talk("web-understand-paper", "bot soạn giùm tôi bài tham luận cho hội nghị khu dân cư tuần sau nhé");
    expect(reply).toEqual(PAPER_REPLY);
  });

  it("gives no contest's answers, offering to answer each question instead", async () => {
    const [reply] = await talk("web-understand-contest", "cho mình xin đáp án 20 câu tuần này với ad");
    expect(reply).toEqual(CONTEST_REPLY);
  });

  it("points a Party member's own procedure (a fee's exemption) to the cell where one is a member", async () => {
    const [reply] = await talk("web-understand-party-fee", "Người trên 80 tuổi có được miễn đóng đảng phí không?");
    expect(said(reply)).toContain("việc của đảng viên (đảng phí, chuyển sinh hoạt đảng, huy hiệu) thì hỏi chi bộ nơi mình sinh hoạt");
  });

  it("points a procedure asked ('thì làm ở đâu') to the commune's counter and the public services portal, saying a delay can be reported", async () => {
    const [reply] = await talk("web-understand-procedure", "Cấp lại sổ hộ nghèo bị thất lạc thì làm ở đâu vậy bot?");
    expect(reply).toEqual(PROCEDURE_REPLY);
    expect(said(reply)).toContain("Bộ phận một cửa");
  });

  it("points a forecast asked (rain tomorrow, a forest-fire warning level) to where forecasts are published, with the number to call in danger", async () => {
    const [rain] = await talk("web-understand-forecast-rain", "mai Tam Kỳ có mưa không bot?");
    expect(rain).toEqual(FORECAST_REPLY);
    const [fire] = await talk("web-understand-forecast-fire", "hôm nay Nam Giang cấp dự báo cháy rừng là cấp mấy vậy ad");
    expect(fire).toEqual(FORECAST_REPLY);
    expect(said(fire)).toContain("114");
  });

  it("points a request for the resolution's full text or a copy (a PDF, a printed one, one in sign language) to its reading page, not to a passage", async () => {
    for (const [chat, asked] of [
      ["web-understand-full-text-pdf", "Cho tôi xin file PDF nghị quyết dân vận để gửi chi bộ"],
      ["web-understand-full-text-print", "chỗ mô có bản đầy đủ của nghị quyết để tui in ra cho mấy ông trong chi hội"],
      ["web-understand-full-text-sign", "Nghị quyết có bản ngôn ngữ ký hiệu cho người điếc không ạ?"],
    ] as const) {
      const [reply] = await talk(chat, asked);
      expect(reply, asked).toEqual(FULL_TEXT_REPLY);
    }
    expect(said(FULL_TEXT_REPLY)).toContain("/nghi-quyet");
    // What the full text holds is still asked of it.
    const [parts] = await talk("web-understand-full-text-parts", "Nghị quyết bản đầy đủ gồm mấy phần?");
    expect(parts).not.toEqual(FULL_TEXT_REPLY);
  });

  it("says where the previous answer is when asked ('ý đó nằm ở mục nào?'), quoting it again", async () => {
    const [first, where] = await talk("web-understand-where", "Mục tiêu xóa nhà tạm là bao nhiêu căn?", "ý đó nằm ở mục nào vậy bot?");
    expect(said(first)).toContain("xóa hơn 15.000 nhà tạm");
    expect(said(where)).toMatch(/^Nội dung này nằm ở mục III\.2\.2/);
    expect(said(where)).toContain("xóa hơn 15.000 nhà tạm");
    // The question to follow up on is still the one answered, not where it is.
    expect(parseState(await inbox.states.load("web", "web-understand-where")).lastQuestion?.text).toBe("Mục tiêu xóa nhà tạm là bao nhiêu căn?");
  });

  it("says where the previous answer is also when that answer was only the nearest passage, and the quote is asked for", async () => {
    const [first, where] = await talk(
      "web-understand-where-nearest",
      "Dân buôn bán nhỏ chợ tui dính vay nóng quá trời, văn bản có đề cập chuyện tín dụng đen không ad?",
      "Có thì chép y câu đó ra cho tui, nằm ở mục nào luôn",
    );
    expect(said(first)).toMatch(/^Nghị quyết không nói trực tiếp điều này; nội dung gần nhất là:/);
    expect(said(where)).toMatch(/^Nội dung này nằm ở mục III\.1\.2/);
    expect(said(where)).toContain("tín dụng đen");
  });

  it("asks 'thế có nhắc riêng tới …' within the previous question's subject, even when the message alone finds a passage", async () => {
    const [, narrowed] = await talk("web-understand-narrowed", "Văn bản có nhắc chuyện giáo dục pháp luật trong dân không?", "Thế có nhắc riêng tới lớp trẻ, học sinh không?");
    expect(said(narrowed)).toContain("thế hệ trẻ");
  });

  it("says the answer is in the passage just quoted when a question going on from it is answered by the same words", async () => {
    const [first, who] = await talk("web-understand-again", "Văn bản có dặn soạn hướng dẫn chung để nơi nào làm Dân vận khéo cũng giống nhau hông?", "rứa ai lo chuyện ni?");
    expect(said(first)).toContain("Ban Dân vận Tỉnh ủy chủ trì");
    expect(said(who)).toMatch(/^Điều bạn hỏi nằm ngay trong đoạn vừa trích:\n/);
    expect(said(who)).toContain("Ban Dân vận Tỉnh ủy chủ trì");
  });

  it("says the answer is in the passage just quoted when 'những kẻ phá cái đó' is asked after great unity", async () => {
    const [, against] = await talk("web-understand-pointed", "Khối đại đoàn kết toàn dân tộc thì nghị quyết biểu cấp ủy làm chi?", "còn những kẻ phá cái đó thì sao?");
    expect(said(against)).toMatch(/^Điều bạn hỏi nằm ngay trong đoạn vừa trích:\n/);
    expect(said(against)).toContain("phá hoại khối đại đoàn kết toàn dân tộc");
  });

  it("says it quotes and does not reword when the phrase just quoted is asked for in plain words", async () => {
    const [first, plain] = await talk("web-understand-plain", "câu 'trọng dân, gần dân' có ghi trong nghị quyết không?", "câu đó hiểu nôm na là sao?");
    expect(said(first)).toContain("trọng dân, gần dân");
    expect(said(plain)).toMatch(/^Trợ lý chỉ trích đúng lời nghị quyết, không tự rút gọn hay diễn giải lại; ý bạn hỏi nằm ngay trong đoạn vừa trích:\n/);
    expect(said(plain)).toContain("trọng dân, gần dân");
  });

  it("answers a request for more of the previous answer ('nói rõ hơn …') from the previous question's subject", async () => {
    const [, more] = await talk("web-understand-more", "Mục tiêu của văn bản là gì?", "nói rõ hơn cái mốc 2030 đó, tới lúc ấy tỉnh thành ra sao?");
    expect(said(more)).toContain("tỉnh phát triển khá");
  });

  it("asks the previous question about the new subject in a follow-up, without repeating the previous answer", async () => {
    const [first, second] = await talk("web-understand-follow", "Nghị quyết nói gì về vùng đồng bào dân tộc thiểu số?", "còn tôn giáo thì sao?");
    const quoteOf = (reply: Reply | undefined) => reply?.blocks.find((block) => block.type === "quote");
    expect(quoteOf(first)).toBeDefined();
    expect(quoteOf(second)).toBeDefined();
    expect(said(second)).not.toBe(said(first));
    expect(said(second)).toMatch(/tôn giáo/);
    // What the follow-up leaned on is kept with the chat (on a channel with buttons too), rewritten.
    expect(parseState(await inbox.states.load("web", "web-understand-follow")).lastQuestion?.text).toBe("Nghị quyết nói gì về tôn giáo?");
  });

  it("answers a follow-up on another figure of the previous answer's sentence when “1 người 1 năm” only counts units", async () => {
    const [, income] = await talk("web-understand-per-head", "Năm 2023 GRDP tính trên đầu người ở Quảng Nam được bao nhiêu?", "còn thu nhập bình quân 1 người 1 năm thì sao");
    expect(said(income)).toMatch(/48 triệu/);
  });

  it("answers a follow-up naming the targets from the section “Mục tiêu” before a task holding a year too", async () => {
    const [, targets] = await talk("web-understand-targets", "Nghị quyết đưa ra mấy quan điểm về dân vận?", "còn mục tiêu thì đặt ra mốc năm mấy?");
    expect(said(targets)).toContain("sớm trở thành tỉnh phát triển khá của cả nước vào năm 2030");
  });

  it("answers a request for the resolution's main points, told as a request without a question mark, with its outline", async () => {
    const [reply] = await talk("web-understand-main-points", "Tối mai họp tổ dân vận, tóm tắt giúp em mấy nội dung chính của nghị quyết");
    expect(said(reply)).toMatch(/gồm bốn phần:\nI\. Tình hình và nguyên nhân\.\nII\. Quan điểm, mục tiêu\.\nIII\. Nhiệm vụ và giải pháp:/u);
    expect(said(reply)).toContain("IV. Tổ chức thực hiện:");
    // …and a part asked after it by its number, as a follow-up, lists that part's sections.
    const [, part] = await talk("web-understand-main-points-part", "văn bản này gồm mấy phần vậy?", "còn phần III thì sao?");
    expect(said(part)).toMatch(/^Mục III – Nhiệm vụ và giải pháp gồm:/u);
  });

  it("answers a follow-up from the previous answer's passage when other sentences of it answer, and never with the same sentences", async () => {
    // GRDP per head and the budget are both in footnote 1.
    const [first, second] = await talk("web-understand-same-passage", "GRDP bình quân đầu người năm 2023 của tỉnh là bao nhiêu?", "còn thu ngân sách năm 2022 thì sao?");
    expect(said(first)).toMatch(/76 triệu/);
    expect(said(second)).toMatch(/33,5 nghìn tỷ/);
    expect(said(second)).not.toBe(said(first));
    expect(parseState(await inbox.states.load("web", "web-understand-same-passage")).lastQuestion?.quote).toMatch(/33,5 nghìn tỷ/);
    // …unless the same sentence names the new subject too: one sentence cites both resolutions.
    const [, cited] = await talk("web-understand-same-sentence", "Nghị quyết 16-NQ/TU được nêu trong nghị quyết này nói về chuyện gì?", "rứa còn nghị quyết 04 thì răng?");
    expect(said(cited)).toMatch(/04-NQ\/TU/);
    // …or names it by a word the language data holds for it: the veterans' association is one of "các tổ chức CT-XH".
    const [, veterans] = await talk("web-understand-same-concept", "Tỉnh đoàn có nhiệm vụ gì trong việc thực hiện nghị quyết này?", "còn hội cựu chiến binh thì răng");
    expect(said(veterans)).toContain("các tổ chức CT-XH tỉnh, Ban Thường vụ Tỉnh đoàn");
    // …or announces the subject as a matter ("còn vụ …") and says it in everyday words the language data holds for the sentence's.
    const [, flooding] = await talk("web-understand-matter", "Ô nhiễm môi trường có được nghị quyết nhắc tới không bot?", "còn vụ ngập đường phố mỗi khi mưa to thì răng?");
    expect(said(flooding)).toContain("ngập úng tại đô thị");
    // Asking more of it than the previous question did, the passage stays set aside.
    const [, more] = await talk("web-understand-same-concept-more", "Tỉnh đoàn có nhiệm vụ gì trong việc thực hiện nghị quyết này?", "còn hội cựu chiến binh dưới cơ sở thì cần thay cách hoạt động ra sao");
    expect(said(more)).not.toContain("Ban Thường vụ Tỉnh đoàn");
  });

  it("answers a follow-up pointing back at a resolution the previous answer cited (“NQ ấy …”) from that passage", async () => {
    const [, pointed] = await talk("web-understand-pointed", "Văn bản này có viện dẫn NQ nào về chuyển đổi số không?", "NQ ấy ký ngày mấy, của cơ quan nào?");
    expect(said(pointed)).toMatch(/04-NQ\/TU, ngày 12\/4\/2021/);
  });

  it("answers a question going on from the previous one with that one's subject, when the message alone points there", async () => {
    const going = "rồi bên mô lo cho các nơi làm mô hình giống nhau?";
    const [alone] = await talk("web-understand-going-alone", going);
    expect(said(alone)).toMatch(/^Nghị quyết không đề cập đến nội dung này/);
    const [, after] = await talk("web-understand-going", "Phong trào Dân vận khéo trong nghị quyết nói sao?", going);
    expect(said(after)).toContain("ban hành hướng dẫn về xây dựng thực hiện mô hình");
    // Said in the words the language data knows ("soạn cái hướng dẫn chung"), it is answered on its own.
    const [own] = await talk("web-understand-going-own", "rồi ai lo soạn cái hướng dẫn chung cho các nơi làm mô hình cho giống nhau?");
    expect(said(own)).toContain("ban hành hướng dẫn về xây dựng thực hiện mô hình");
    // "cái đó" points back by itself.
    const [, when] = await talk("web-understand-going-back", "Mục tiêu của nghị quyết là gì?", "dạ rứa tới năm mấy thì tỉnh mình đạt được cái đó ạ");
    expect(said(when)).not.toMatch(/^Nghị quyết không đề cập/);
    // A figure asked without its subject ("rứa tính làm bao nhiêu căn") is asked of the previous question's.
    const [, figure] = await talk("web-understand-going-figure", "nghị quyết có nhắc vụ làm nhà cho mấy hộ ở nhà tạm, nhà dột không?", "rứa tính làm bao nhiêu căn, chừng mô thì xong?");
    expect(said(figure)).toContain("xóa hơn 15.000 nhà tạm");
    // "rứa" alone goes on too, and a deadline ("hạn chót") is the language data's word for the date the target is set for.
    const [, deadline] = await talk("web-understand-going-deadline", "nghị quyết có nói chuyện xóa nhà tạm, nhà dột nát không?", "rứa hạn chót là năm mô, được mấy căn?");
    expect(said(deadline)).toContain("xóa hơn 15.000 nhà tạm");
    // Asking only something more of it, with no word marking it as going on: the previous subject is what it asks about.
    const [, bare] = await talk("web-understand-going-bare", "văn bản có nhắc tới chuyện dẹp nhà tạm, nhà dột cho dân nghèo không?", "thời hạn chót là tháng mấy vậy ad");
    expect(said(bare)).toContain("xóa hơn 15.000 nhà tạm");
    const [, concrete] = await talk("web-understand-going-concrete", "Tỉnh ủy có đề cập cho vay nặng lãi, tín dụng đen không?", "co noi can lam gi khong ad");
    expect(said(concrete)).toMatch(/tín dụng đen/);
    // The previous subject alone does not make an answer: a question of its own the documents lack stays declined.
    const [, device] = await talk("web-understand-going-off", "Nghị quyết có nói gì về chuyển đổi số không?", "thế cài ứng dụng định danh điện tử thì làm thế nào?");
    expect(said(device)).toMatch(/^Nghị quyết không đề cập đến nội dung này/);
  });

  it("gives the nearest passage to a message going on from an in-domain question whose words the documents do not cover, without the hedge when it plainly answers; flatly declines it alone", async () => {
    const going = "rứa nó phổ biến xuống tới tận cấp mô?";
    const [alone] = await talk("web-understand-inherit-alone", going);
    expect(said(alone)).toMatch(/^Nghị quyết không đề cập đến nội dung này/);
    const [, after] = await talk("web-understand-inherit", "Ai có trách nhiệm đưa nghị quyết ni về quán triệt ở huyện?", going);
    // First by words and by meaning, and close in meaning: the answer, not "không nói trực tiếp".
    expect(said(after)).toMatch(/^Nghị quyết này phổ biến đến chi bộ\./);
  });

  it("answers asking more of the previous answer (shorter, an example, applied to one's place) from the previous subject, and where else it is said from another section", async () => {
    const [, shorter] = await talk("web-understand-more-short", "cán bộ chuyên trách dân vận thì ngoài tiêu chuẩn chung còn phải có mấy yếu tố riêng chi nữa?", "noi gon lai giup, 1 dong thoi");
    // Asked in fewer words, it says it only quotes: it does not shorten the resolution.
    expect(said(shorter)).toMatch(/^Trợ lý chỉ trích đúng lời nghị quyết, không tự rút gọn/);
    expect(cited(shorter)).toMatch(/^Mục III\.6 /);
    const [, example] = await talk("web-understand-more-example", "mấy chuyện dân bức xúc mà nghị quyết muốn giải quyết dứt điểm là những chuyện chi", "cho vi du ve thien tai coi, cu the la loai nao");
    expect(cited(example)).toMatch(/^Mục III\.1\.2 /);
    const [, applied] = await talk("web-understand-more-applied", "vùng hải đảo thì nghị quyết tính làm dân vận răng?", "áp dụng vô Tân Hiệp, Cù Lao Chàm chỗ tui ở thì cụ thể là làm chi?");
    expect(said(applied)).toMatch(/hải đảo/);
    expect(cited(applied)).toMatch(/^Mục III\.4 /);
    // An acknowledgement before going on ("ừ đúng rồi, rứa …") still goes on from the previous question: the nearest passage, not a flat decline.
    const [, acknowledged] = await talk("web-understand-more-acknowledged", "Nghị quyết có chịu nhận là còn nhiều hạn chế không?", "ừ đúng rồi, rứa nó nói tại răng mà ra nông nỗi đó?");
    expect(said(acknowledged)).not.toMatch(/^Nghị quyết không đề cập/);
    // "ngoài …, còn … mô nữa" asks what else the passage just quoted names: it is said to be there.
    const [, besides] = await talk("web-understand-more-besides", "Chỗ em đang mở rộng sân bay, dân trong xóm xì xào nhiều. Nghị quyết nói răng về việc nắm tình hình dân cho khỏi phát sinh điểm nóng?", "rứa ngoài vùng có dự án lớn như chỗ em, còn vùng mô nữa phải để mắt kỹ hỉ?");
    expect(cited(besides)).toMatch(/^Mục III\.1\.2 /);
    expect(said(besides)).toContain("vùng đồng bào DTTS, miền núi");
    const [first, elsewhere] = await talk("web-understand-elsewhere", "người đứng đầu chính quyền phải gặp dân đối thoại định kỳ, cái ni nghị quyết ghi ở phần mô rứa?", "còn chỗ mô nói nữa không?");
    expect(cited(first)).toMatch(/^Mục III\.1\.1 /);
    expect(said(elsewhere)).toMatch(/^Nghị quyết còn nói tới điều này ở mục III\.2\.1/);
    expect(said(elsewhere)).toContain("đối thoại với Nhân dân");
    // Asked again, a third place; asked then in fewer words, the first question is still what is shortened.
    const [, , third, shorter2] = await talk("web-understand-elsewhere-again", "người đứng đầu chính quyền phải gặp dân đối thoại định kỳ, cái ni nghị quyết ghi ở phần mô rứa?", "còn chỗ mô nói nữa không?", "còn chỗ nào khác nói nữa không?", "nói gọn lại giúp, 1 dòng thôi");
    expect(cited(third)).not.toMatch(/^Mục III\.(1\.1|2\.1) /);
    expect(cited(shorter2)).toMatch(/^Mục III\.1\.1 /);
  });

  it("answers 'within that part' from the part just asked about, and declines a movement the resolution never names", async () => {
    const [, within] = await talk("web-understand-within-part", "Phần mục tiêu của nghị quyết nói những gì vậy?", "trong phần đó có nói đội ngũ cán bộ, công chức phải cỡ nào không? tui đang viết tờ trình xin cử cán bộ xã đi học");
    expect(cited(within)).toMatch(/^Mục II\.2 /);
    expect(said(within)).toContain("năng lực, trình độ, tâm huyết");
    const [, movement] = await talk("web-understand-unknown-movement", "Phong trào thi đua Dân vận khéo là phong trào gì?", "vậy còn phong trào thi đua Quyết thắng của quân đội là gì?");
    expect(said(movement)).toMatch(/^Nghị quyết không nhắc tới phong trào hay cuộc vận động bạn hỏi/);
    // A word quoted from the part one is reading is asked of that part, whatever the rest sounds like.
    const [, word] = await talk("web-understand-word-read", "em đang đọc phần mục tiêu của nghị quyết dân vận", "chữ 'sâu sát cơ sở' trong đó có phải là đặt trụ sở cơ quan sát nhà dân không anh?");
    expect(cited(word)).toMatch(/^Mục II\.2 /);
  });

  it("answers the same asked of another body, a figure for some of the years, and whether it goes as far ('luôn hả') from the passage that holds them", async () => {
    const [, same] = await talk("web-understand-same-of-another", "Nghị quyết có giao Mặt trận và các đoàn thể huy động nguồn lực cho an sinh xã hội không?", "vậy đoàn thanh niên cũng phải làm vậy à?");
    expect(cited(same)).toMatch(/^Mục III\.3 /);
    const [, years] = await talk("web-understand-some-years", "Thu ngân sách của tỉnh giai đoạn 2021-2023 tăng bình quân bao nhiêu?", "còn riêng hai năm 21, 22 thì tăng mấy phần trăm?");
    expect(cited(years)).toMatch(/^Chú thích 1 /);
    expect(said(years)).toContain("13,8%");
    const [, far] = await talk("web-understand-as-far", "Theo nghị quyết, dân có được tham gia vào việc tỉnh ban hành chủ trương lớn không?", "tham gia từ đầu tới cuối luôn hả, hay chỉ được góp ý lúc có dự thảo?");
    expect(cited(far)).toMatch(/^Mục III\.2\.2 /);
  });

  it("answers 'phần đó có nói …' from the part just asked about, and 'phối hợp với ai' as what is done, not who is charged", async () => {
    const [, part] = await talk("web-understand-that-part", "nghị quyết có phần đánh giá tình hình không", "phần đó có nói chi về cán bộ, đảng viên suy thoái không?");
    expect(cited(part)).toMatch(/^Mục I /);
    const [withWhom] = await talk("web-understand-with-whom", "Phong trào thi đua yêu nước thì nghị quyết muốn MTTQ và các tổ chức CT-XH tự làm hay phối hợp với ai?");
    expect(cited(withWhom)).toMatch(/^Mục III\.3 /);
  });

  it("answers a follow-up asking which office and 'người đó' from the previous subject", async () => {
    const [, office] = await talk("web-understand-which-office", "Ở ủy ban xã, nghị quyết có bắt phải phân công người phụ trách dân vận không?", "Rứa chức mô được giao, phó chủ tịch hay chủ tịch? Người đó còn lo thêm việc chi không?");
    expect(cited(office)).toMatch(/^Mục III\.2\.1 /);
  });

  it("answers a follow-up with no earlier message on its own", async () => {
    const [reply] = await talk("web-understand-lone-follow", "còn tôn giáo thì sao?");
    expect(reply!.blocks.find((block) => block.type === "quote")).toBeDefined();
    expect(said(reply)).toMatch(/tôn giáo/);
  });

  it("keeps today's rules in groups: text there is a question, never a report to confirm", async () => {
    const chat = "web-understand-group";
    const [reply, capital] = await talk(chat, text("Tôi muốn phản ánh việc cán bộ xã thu tiền sai quy định", chat, { group: true }), text("Thủ đô của Pháp là gì?", chat, { group: true }));
    expect(said(reply)).not.toContain(REPORT_CONFIRM_TEXT);
    // Declining right holds in groups too.
    expect(said(capital)).toMatch(/^Nghị quyết không đề cập đến nội dung này/);
  });
});
