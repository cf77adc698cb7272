/**
 * The organisation is configuration: with ORG_NAME and ORG_SHORT_NAME of another committee, the web
 * chat page, the /start and greeting replies, the tracking-code message, the public results page,
 * its Atom feed and the Open311 API name that organisation, and the default one appears nowhere.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { DEFAULT_ORGANISATION } from "../../src/core/organisation.js";
import { openTestInbox } from "../helpers/database.js";
import { openTestKnowledge } from "../helpers/knowledge.js";
import { DA_NANG, DEFAULT_NAME } from "../helpers/organisation.js";
import { openTestWebApp, replyText, signedInStaff, WebChat, WebClient, type TestWebApp } from "../helpers/web.js";

const SYSTEM = { type: "staff" as const, id: "web:0", name: "Cán bộ thử" };

let app: TestWebApp;
let chat: WebChat;

beforeAll(async () => {
  const config = loadConfig({ ORG_NAME: DA_NANG.name, ORG_SHORT_NAME: DA_NANG.shortName });
  expect(config.organisation).toEqual(DA_NANG);
  app = await openTestWebApp(await openTestKnowledge(), await openTestInbox(), { organisation: config.organisation });
  chat = new WebChat(new WebClient(app.server));
}, 60_000);

describe("ORG_NAME and ORG_SHORT_NAME", () => {
  it("default to the commission the project was built for", () => {
    expect(loadConfig({ ORG_NAME: "", ORG_SHORT_NAME: "" }).organisation).toEqual(DEFAULT_ORGANISATION);
  });

  it("are refused when empty of meaning or on several lines, naming the variable", () => {
    expect(() => loadConfig({ ORG_NAME: "Ba" })).toThrow(/ORG_NAME: must be a name of 3–120 characters on one line/u);
    expect(() => loadConfig({ ORG_SHORT_NAME: "Ban Dân vận\nThành ủy" })).toThrow(/ORG_SHORT_NAME: must be a name/u);
  });
});

describe("another organisation", () => {
  it("introduces the web chat", async () => {
    const body = (await new WebClient(app.server).get("/")).body;
    expect(body).toContain("Tôi là Trợ lý Dân vận của Ban Dân vận Thành ủy Đà Nẵng.");
    expect(body).not.toMatch(DEFAULT_NAME);
  });

  it("is who the assistant says it is, at /start and when greeted", async () => {
    const start = (await chat.say("/start")).map(replyText).join("\n");
    expect(start).toContain("Xin chào! Tôi là Trợ lý Dân vận của Ban Dân vận Thành ủy Đà Nẵng.");
    const greeting = (await chat.say("xin chào")).map(replyText).join("\n");
    expect(greeting).toContain("Chào bạn! Tôi là Trợ lý Dân vận của Ban Dân vận Thành ủy Đà Nẵng.");
    const self = (await chat.say("bạn là ai")).map(replyText).join("\n");
    expect(self).toContain("một chương trình trả lời tự động của Ban Dân vận Thành ủy Đà Nẵng");
    expect([start, greeting, self].join("\n")).not.toMatch(DEFAULT_NAME);
  });

  it("is where a report is sent, and publishes its results on the page, in the feed and through Open311", async () => {
    // A chat of its own: the greetings above show an example code, which `report` would take for the new one.
    const reporter = new WebChat(new WebClient(app.server));
    const code = await reporter.report("Đèn đường trên tuyến Bạch Đằng hỏng cả tháng nay, tối đi lại rất nguy hiểm", "ha_tang");
    const confirmation = await reporter.waitFor(new RegExp(code, "u"));
    expect(confirmation).toContain("✅ Phản ánh của bạn đã được gửi đến Ban Dân vận Thành ủy.");
    expect(confirmation).not.toMatch(DEFAULT_NAME);

    for (const status of ["da_tiep_nhan", "da_giai_quyet"] as const) expect((await app.service.changeStatus(code, status, SYSTEM)).ok).toBe(true);
    const staff = await signedInStaff(app, "cong.khai", "staff");
    await staff.get(`/inbox/${code}`);
    expect((await staff.post(`/inbox/${code}/publish`, { summary: "Điện lực đã thay toàn bộ bóng đèn hỏng trên tuyến trong 3 ngày." })).redirectedFrom?.status).toBe(303);

    const visitor = new WebClient(app.server);
    const results = (await visitor.get("/ket-qua")).body;
    expect(results).toContain("Ban Dân vận Thành ủy Đà Nẵng công khai kết quả giải quyết");
    expect(results).toContain(code);
    const feed = (await visitor.get("/ket-qua/atom.xml")).body;
    expect(feed).toContain("<title>Kết quả giải quyết phản ánh · Ban Dân vận Thành ủy Đà Nẵng</title>");
    expect(feed).toContain("<author><name>Ban Dân vận Thành ủy Đà Nẵng</name></author>");
    const open311 = JSON.parse((await visitor.get(`/open311/v2/requests/${code}.json`)).body) as Array<Record<string, unknown>>;
    expect(open311[0]).toMatchObject({ service_request_id: code, agency_responsible: "Ban Dân vận Thành ủy Đà Nẵng" });
    expect([results, feed].join("\n")).not.toMatch(DEFAULT_NAME);
  });
});
