/**
 * Open311 GeoReport v2, filing: a client with an admin-issued key files a request (form-encoded or
 * JSON) and reads it back with public fields only; it is filed as the chat's reports are (urgency,
 * deadline, trail, staff card). Refused in the specification's error format: no key, a wrong or
 * revoked key (403), a wrong service_code or no location (400), too many requests per address or
 * per key (429). A retried request files nothing twice; HTML in a description stays text.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { relatedSections } from "../../../src/assistant/features/feedback.js";
import { Open311Filing } from "../../../src/assistant/open311-filing.js";
import { ReportService } from "../../../src/assistant/report-service.js";
import { DEFAULT_ORGANISATION } from "../../../src/core/organisation.js";
import { offlineClassifier } from "../../../src/feedback/classifier.js";
import { Open311Keys } from "../../../src/inbox/open311-keys.js";
import { Open311Requests } from "../../../src/inbox/open311-requests.js";
import type { KnowledgeBase } from "../../../src/knowledge/knowledge-base.js";
import { KEY_LIMITS } from "../../../src/server/web/routes/open311.js";
import { testReference } from "../../helpers/assistant.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, signedInStaff, type TestWebApp } from "../../helpers/web.js";

const URL = "/open311/v2/requests.json";
const ISSUER = { id: 0, name: "Quản trị thử" };

let knowledge: KnowledgeBase;
let app: TestWebApp;
let keys: Open311Keys;
let key: string;
let address = 0;

/** Each call from a new address, so that the per-address limit is met only where a test wants it. */
function post(body: Record<string, string | number>, options: { json?: boolean; remoteAddress?: string } = {}) {
  const remoteAddress = options.remoteAddress ?? `198.51.100.${++address % 250}`;
  return app.server.inject(
    options.json
      ? { method: "POST", url: URL, remoteAddress, payload: body }
      : { method: "POST", url: URL, remoteAddress, headers: { "content-type": "application/x-www-form-urlencoded" }, payload: new URLSearchParams(Object.entries(body).map(([name, value]): [string, string] => [name, String(value)])).toString() },
  );
}

const REQUEST = { service_code: "ha_tang", description: "Cầu treo thôn 2 xã Trà Giác, Bắc Trà My hư hỏng nặng, ván cầu mục nhiều chỗ.", lat: 15.2, long: 108.1 };

beforeAll(async () => {
  knowledge = await openTestKnowledge();
  app = await openTestWebApp(knowledge, await openTestInbox());
  keys = new Open311Keys(app.inbox.db);
  key = (await keys.issue("Ứng dụng thử", ISSUER)).key;
}, 60_000);

describe("filing a request", () => {
  it("files a form-encoded request and reads it back with public fields only", async () => {
    const response = await post({ api_key: key, ...REQUEST, first_name: "Lê", last_name: "Thị Hoa", phone: "0905123456", email: "hoa@example.vn", address_string: "Thôn 2, xã Trà Giác" });
    expect(response.statusCode).toBe(200);
    const [filed] = JSON.parse(response.body) as Array<{ service_request_id: string; service_notice: string; account_id: null }>;
    expect(filed!.service_request_id).toMatch(/^PA-\d{4}-\d{6}$/u);
    expect(filed!.service_notice).toContain(filed!.service_request_id);

    const report = (await app.inbox.reports.findByCode(filed!.service_request_id))!;
    expect(report).toMatchObject({ channel: "open311", topic: "ha_tang", latitude: 15.2, longitude: 108.1, status: "moi", pinHash: null });
    expect(report.description).toContain("Địa chỉ: Thôn 2, xã Trà Giác");
    expect(report.events.map((event) => event.type)).toEqual(["created"]);
    expect(report.dueAt.getTime()).toBeGreaterThan(report.createdAt.getTime());
    const contact = await app.inbox.db.contact.findUnique({ where: { id: report.contactId! } });
    expect(contact).toMatchObject({ displayName: "Lê Thị Hoa · hoa@example.vn", phone: "0905123456", phoneConsentVia: "open311" });
    // The client has the code in the answer: nothing waits in the outbox for a chat that does not exist.
    expect(await app.inbox.db.outboxMessage.count({ where: { reportId: report.id } })).toBe(0);

    const read = await app.server.inject({ method: "GET", url: `/open311/v2/requests/${filed!.service_request_id}.json` });
    expect(read.statusCode).toBe(200);
    const [request] = JSON.parse(read.body) as Array<Record<string, unknown>>;
    expect(request).toMatchObject({ service_request_id: filed!.service_request_id, status: "open", status_notes: "Mới", service_code: "ha_tang" });
    for (const secret of ["0905", "hoa@", "Hoa", "Cầu treo", "15.2"]) expect(read.body).not.toContain(secret);
    // Listed too, where a published result would be.
    expect(JSON.parse((await app.server.inject({ method: "GET", url: "/open311/v2/requests.json" })).body)).toContainEqual(request);
    expect((await keys.list())[0]).toMatchObject({ requestCount: 1, lastUsedAt: expect.any(Date) });
  });

  it("takes JSON too; an address alone is a location", async () => {
    const response = await post({ api_key: key, service_code: "moi_truong", description: "Bãi rác tự phát ven đường ĐT 616 bốc mùi hôi thối nhiều ngày nay.", address_string: "Thôn 1, xã Trà Giác" }, { json: true });
    expect(response.statusCode).toBe(200);
    const code = (JSON.parse(response.body) as Array<{ service_request_id: string }>)[0]!.service_request_id;
    expect(await app.inbox.reports.findByCode(code)).toMatchObject({ topic: "moi_truong", latitude: null, contactId: null });
  });

  it("refuses without a key, with a wrong one and with a revoked one (403)", async () => {
    const revoked = await keys.issue("Ứng dụng cũ", ISSUER);
    expect(await keys.revoke(revoked.info.id)).toBe("Ứng dụng cũ");
    for (const body of [REQUEST, { ...REQUEST, api_key: "tldv311_doan-bua" }, { ...REQUEST, api_key: revoked.key }]) {
      const response = await post(body);
      expect(response.statusCode).toBe(403);
      expect(JSON.parse(response.body)).toEqual([{ code: 403, description: expect.stringContaining("api_key") }]);
    }
    expect(await app.inbox.db.report.count({ where: { description: { startsWith: REQUEST.description } } })).toBe(1);
  });

  it("refuses a wrong service_code, a missing location and a short description (400)", async () => {
    const wrong = await post({ ...REQUEST, api_key: key, service_code: "potholes" });
    expect(wrong.statusCode).toBe(400);
    expect(JSON.parse(wrong.body)).toEqual([{ code: 400, description: expect.stringMatching(/service_code không có: potholes.*unknown service_code/u) }]);
    const nowhere = await post({ api_key: key, service_code: "ha_tang", description: "Đèn đường hỏng cả tháng nay chưa ai sửa." });
    expect(nowhere.statusCode).toBe(400);
    expect(JSON.parse(nowhere.body)[0].description).toContain("address_string");
    const half = await post({ api_key: key, service_code: "ha_tang", description: "Đèn đường hỏng cả tháng nay chưa ai sửa.", lat: 15.5 });
    expect(half.statusCode).toBe(400);
    expect((await post({ ...REQUEST, api_key: key, description: "hỏng" })).statusCode).toBe(400);
    expect((await post({ ...REQUEST, api_key: key, lat: 123 })).statusCode).toBe(400);
    const malformed = await app.server.inject({ method: "POST", url: URL, headers: { "content-type": "application/json" }, payload: "{\"api_key\": " });
    expect(malformed.statusCode).toBe(400);
    expect(JSON.parse(malformed.body)).toEqual([{ code: 400, description: "Yêu cầu không hợp lệ." }]);
  });

  it("files a retried request once, also when the copies arrive together", async () => {
    const body = { api_key: key, service_code: "dat_dai", description: "Tranh chấp ranh giới đất giữa hai hộ ở thôn 4 xã Tam Ngọc kéo dài.", address_string: "Thôn 4, Tam Ngọc" };
    const responses = await Promise.all([post(body), post(body), post(body, { json: true })]);
    const codes = responses.map((response) => (JSON.parse(response.body) as Array<{ service_request_id: string }>)[0]!.service_request_id);
    expect(new Set(codes).size).toBe(1);
    const again = JSON.parse((await post(body)).body)[0].service_request_id;
    expect(again).toBe(codes[0]);
    expect(await app.inbox.db.report.count({ where: { description: { startsWith: body.description } } })).toBe(1);
    // Another place is another request.
    const elsewhere = JSON.parse((await post({ ...body, address_string: "Thôn 5, Tam Ngọc" })).body)[0].service_request_id;
    expect(elsewhere).not.toBe(codes[0]);
  });

  it("keeps HTML in a description as text, on the API and on the staff page", async () => {
    const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)> Cống thoát nước thôn 6 bị tắc`;
    const code = JSON.parse((await post({ ...REQUEST, api_key: key, description: hostile, media_url: "https://anh.example.vn/cong.jpg" })).body)[0].service_request_id as string;
    const read = await app.server.inject({ method: "GET", url: `/open311/v2/requests/${code}.json` });
    expect(read.body).not.toContain("<script>");
    expect(read.body).not.toContain("onerror");
    const staff = await signedInStaff(app, "xu.ly", "staff");
    const page = await staff.get(`/inbox/${code}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(page.body).not.toContain("<img src=x");
    expect(page.body).toContain("https://anh.example.vn/cong.jpg");
    expect(page.body).toContain("Open311");
  });

  it("limits each key (429, in the specification's format)", async () => {
    const busy = (await keys.issue("Ứng dụng bận", ISSUER)).key;
    const body = { ...REQUEST, api_key: busy, description: "Đường liên thôn 7 xã Tam Phú sụt lún nhiều đoạn, xe máy khó đi." };
    const statuses: number[] = [];
    for (let i = 0; i <= KEY_LIMITS.burst; i++) statuses.push((await post(body)).statusCode);
    expect(statuses.slice(0, KEY_LIMITS.burst).every((status) => status === 200)).toBe(true);
    const refused = await post(body);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBeDefined();
    expect(JSON.parse(refused.body)).toEqual([{ code: 429, description: expect.stringContaining("thử lại sau") }]);
    // Other keys are not held back by this one.
    expect((await post({ ...body, api_key: key })).statusCode).toBe(200);
  }, 60_000);
});

describe("limits per address", () => {
  it("refuses the Open311 routes past their limit with 429 in the specification's format", async () => {
    const limited = await openTestWebApp(knowledge, await openTestInbox(), { http: { limits: { open311File: { burst: 2, perSecond: 0.001 }, open311Read: { burst: 3, perSecond: 0.001 } } } });
    const limitedKey = (await new Open311Keys(limited.inbox.db).issue("Ứng dụng thử", ISSUER)).key;
    const send = () => limited.server.inject({ method: "POST", url: URL, remoteAddress: "203.0.113.40", payload: { ...REQUEST, api_key: limitedKey } });
    expect([(await send()).statusCode, (await send()).statusCode]).toEqual([200, 200]);
    const refused = await send();
    expect(refused.statusCode).toBe(429);
    expect(JSON.parse(refused.body)).toEqual([{ code: 429, description: expect.stringContaining("thử lại sau") }]);
    const read = () => limited.server.inject({ method: "GET", url: "/open311/v2/services.json", remoteAddress: "203.0.113.40" });
    for (let i = 0; i < 3; i++) expect((await read()).statusCode).toBe(200);
    expect((await read()).statusCode).toBe(429);
    // Another address is served.
    expect((await limited.server.inject({ method: "GET", url: "/open311/v2/services.json", remoteAddress: "203.0.113.41" })).statusCode).toBe(200);
  });
});

describe("filed as the chat's reports are", () => {
  it("flags an urgent request, sends the staff card and starts the trail", async () => {
    const service = new ReportService({ reports: app.inbox.reports, organisation: DEFAULT_ORGANISATION, reference: testReference, onEnqueued: () => undefined, staffChat: { channel: "telegram", chatId: "-1001" } });
    const filing = new Open311Filing({ knowledge, service, classifier: offlineClassifier, reference: testReference, requests: new Open311Requests(app.inbox.db), leases: app.inbox.leases });
    const { code, repeated } = await filing.file({ id: 99, name: "Ứng dụng thử" }, { topic: "moi_truong", description: "Cháy lớn ở bãi rác thôn 8 xã Tam Phú, có người mắc kẹt trong nhà gần đó", address: "Thôn 8, Tam Phú" });
    expect(repeated).toBe(false);
    const report = (await app.inbox.reports.findByCode(code))!;
    expect(report.urgent).toBe(true);
    expect(JSON.parse(report.urgentReasons).join(" ")).toContain("mắc kẹt");
    expect(JSON.parse(report.sections)).toEqual(await relatedSections(knowledge, report.description));
    const outbox = await app.inbox.db.outboxMessage.findMany({ where: { reportId: report.id } });
    expect(outbox.map((message) => [message.channel, message.purpose])).toEqual([["telegram", "staff_card"]]);
    expect(outbox[0]!.payload).toContain("Open311");
  });
});
