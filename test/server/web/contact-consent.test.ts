/**
 * The report page tells staff, with the revealed contact, how the person agreed to leave their
 * number and when: typed after the consent notice, or shared through Zalo's consent form.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Inbox } from "../../../src/inbox/inbox.js";
import type { PhoneConsent, ReportDraft } from "../../../src/inbox/reports.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, signedInStaff, type WebClient } from "../../helpers/web.js";

let inbox: Inbox;
let staff: WebClient;

beforeAll(async () => {
  inbox = await openTestInbox();
  staff = await signedInStaff(await openTestWebApp(await openTestKnowledge(), inbox), "canbo", "staff");
});

async function fileWith(chatId: string, phone: string, consent: PhoneConsent, name?: string): Promise<string> {
  const draft: ReportDraft = {
    channel: "zalo",
    chatId,
    reporter: { id: chatId, ...(name ? { name } : {}) },
    topic: "khac",
    urgent: false,
    urgentReasons: [],
    description: "Cầu tràn thôn 4 bị nước cuốn trôi lan can, người đi đường dễ té ngã.",
    descriptionCut: false,
    attachments: [],
    anonymous: false,
    phone,
    phoneConsent: consent,
    sections: [],
    suggestedUnit: "UBND xã",
    dueAt: new Date(Date.now() + 10 * 86_400_000),
  };
  return (await inbox.reports.create(draft, () => [])).code;
}

describe("the consent behind a revealed contact", () => {
  it("says a number came through Zalo's consent form, with the name given there and the time", async () => {
    const code = await fileWith("oa:8300001", "0905111222", "consent_form", "Nguyễn Thị Lan");
    expect((await staff.get(`/inbox/${code}`)).body).not.toContain("biểu mẫu đồng ý");
    const revealed = await staff.post(`/inbox/${code}/reveal`);
    expect(revealed.body).toMatch(/Nguyễn Thị Lan · 0905111222 \(Zalo\) — chia sẻ qua biểu mẫu đồng ý của Zalo, \d{2}\/\d{2}\/\d{4}/u);
  });

  it("says a number was left in the chat after the consent notice", async () => {
    const code = await fileWith("8300002", "0905333444", "typed");
    const revealed = await staff.post(`/inbox/${code}/reveal`);
    expect(revealed.body).toContain("0905333444");
    expect(revealed.body).toContain("để lại số trong trò chuyện sau lời nhắc đồng ý");
  });
});
