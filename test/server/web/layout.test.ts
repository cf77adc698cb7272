/**
 * The organisation's name is configuration in the web app's shell and in what citizens read: with
 * ORG_NAME and ORG_SHORT_NAME of another organisation, the header, the footer, the sign-in page, the
 * error pages and the replies to a citizen name it and never "Ban Dân vận"; unset, they read as
 * before ("Ban Dân vận").
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { briefNameOf, DEFAULT_ORGANISATION } from "../../../src/core/organisation.js";
import { page } from "../../../src/server/web/layout.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, replyText, signedInStaff, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

const OTHER = { ORG_NAME: "Hội Nông dân tỉnh Quảng Ngãi", ORG_SHORT_NAME: "Hội Nông dân tỉnh" };
const STAFF = { type: "staff" as const, id: "web:0", name: "Cán bộ thử" };

let app: TestWebApp;

beforeAll(async () => {
  app = await openTestWebApp(await openTestKnowledge(), await openTestInbox(), { organisation: loadConfig(OTHER).organisation });
}, 60_000);

describe("unset", () => {
  it("names the default commission as before: “Ban Dân vận” in the shortest texts", () => {
    for (const env of [{}, { ORG_SHORT_NAME: DEFAULT_ORGANISATION.shortName }]) expect(briefNameOf(loadConfig(env).organisation)).toBe("Ban Dân vận");
    const shell = page({ title: "Thử", organisation: DEFAULT_ORGANISATION, body: "" });
    expect(shell).toContain("<strong>Trợ lý Dân vận</strong><small>Ban Dân vận</small>");
    expect(shell).toContain('<footer class="foot">Trợ lý Dân vận · dữ liệu lưu trên máy chủ của Ban Dân vận · không dùng dịch vụ bên ngoài</footer>');
  });
});

describe("another organisation", () => {
  it("is named in the header and footer of every page, the sign-in page and the error pages", async () => {
    const visitor = new WebClient(app.server);
    const staff = await signedInStaff(app, "hoi.nong.dan", "staff");
    const pages = {
      chat: (await visitor.get("/")).body,
      login: (await visitor.get("/login")).body,
      lookup: (await visitor.get("/tra-cuu")).body,
      missing: (await visitor.get("/khong-co-trang-nay")).body,
      inbox: (await staff.get("/inbox")).body,
      forbidden: (await staff.get("/topics")).body,
    };
    expect(pages.login).toContain("Dành cho cán bộ Hội Nông dân tỉnh. Người dân gửi phản ánh tại");
    expect(pages.chat).toContain("gửi phản ánh, kiến nghị đến Hội Nông dân tỉnh.");
    for (const [name, body] of Object.entries(pages)) {
      expect(body, name).toContain("<small>Hội Nông dân tỉnh</small>");
      expect(body, name).toContain("dữ liệu lưu trên máy chủ của Hội Nông dân tỉnh");
      expect(body, name).not.toContain("Ban Dân vận");
    }
  });

  it("is who receives, answers and thanks in the citizen's chat", async () => {
    const citizen = new WebChat(new WebClient(app.server));
    const code = await citizen.report("Đèn đường trên tuyến Lê Lợi tắt cả tháng nay, tối đi lại rất nguy hiểm", "ha_tang");
    expect((await app.service.changeStatus(code, "da_tiep_nhan", STAFF)).ok).toBe(true);
    expect(await citizen.waitFor(/tiếp nhận/u)).toBe(`🔔 Phản ánh ${code} đã được Hội Nông dân tỉnh tiếp nhận.`);
    expect((await app.service.reply(code, "Điện lực đã hẹn thay bóng trong tuần này.", STAFF)).ok).toBe(true);
    expect(await citizen.waitFor(/trả lời phản ánh/u)).toContain(`💬 Hội Nông dân tỉnh trả lời phản ánh ${code}:`);
    const [status] = await citizen.say(`/theodoi ${code}`);
    expect(replyText(status!)).toContain("Hội Nông dân tỉnh trả lời: Điện lực đã hẹn thay bóng");
    const [greeting] = await citizen.say("xin chào");
    expect(replyText(greeting!)).toContain("gửi phản ánh, kiến nghị đến Hội Nông dân tỉnh: cứ kể sự việc");
    expect(citizen.replies.map(replyText).join("\n")).not.toContain("Ban Dân vận");
  });
});
