/**
 * Open311 GeoReport v2, read side: topics as services; published results as requests with public
 * fields only (no description, contact or place); a report not published is 404 like an unknown one;
 * a wrong service_code or date is refused in the specification's error format.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { PublicResults } from "../../../src/inbox/public-results.js";
import type { KnowledgeBase } from "../../../src/knowledge/knowledge-base.js";
import { openTestInbox } from "../../helpers/database.js";
import { openTestKnowledge } from "../../helpers/knowledge.js";
import { openTestWebApp, WebChat, WebClient, type TestWebApp } from "../../helpers/web.js";

let knowledge: KnowledgeBase;
let app: TestWebApp;
let published: string;
let unpublished: string;
const client = () => new WebClient(app.server);
const SYSTEM = { type: "staff" as const, id: "web:0", name: "Cán bộ thử" };

beforeAll(async () => {
  knowledge = await openTestKnowledge();
  app = await openTestWebApp(knowledge, await openTestInbox());
  published = await new WebChat(client()).report("Nhà văn hóa thôn 3 xã Tam Ngọc, Tam Kỳ dột nát, gọi 0905123456", "ha_tang");
  unpublished = await new WebChat(client()).report("Đường vào thôn 5 xã Tam Phú, Tam Kỳ ngập sâu mỗi khi mưa lớn", "ha_tang");
  for (const code of [published, unpublished]) for (const status of ["da_tiep_nhan", "da_giai_quyet"] as const) await app.service.changeStatus(code, status, SYSTEM);
  expect(await new PublicResults(app.inbox.db).publish(published, "Huyện đã cấp kinh phí sửa mái nhà văn hóa thôn 3, xong trong tháng.", SYSTEM)).toEqual({ ok: true });
}, 60_000);

describe("GeoReport v2", () => {
  it("lists the topics as services", async () => {
    const services = JSON.parse((await client().get("/open311/v2/services.json")).body) as Array<Record<string, unknown>>;
    expect(services.find((service) => service.service_code === "ha_tang")).toEqual({
      service_code: "ha_tang",
      service_name: "Hạ tầng: đường, cầu, điện, nước",
      description: expect.any(String),
      metadata: false,
      type: "realtime",
      keywords: "",
      group: "",
    });
  });

  it("lists published requests with public fields only", async () => {
    const response = await client().get("/open311/v2/requests.json");
    expect(response.status).toBe(200);
    const requests = JSON.parse(response.body) as Array<Record<string, unknown>>;
    expect(requests).toHaveLength(1);
    expect(Object.keys(requests[0]!).sort()).toEqual(["address", "agency_responsible", "expected_datetime", "requested_datetime", "service_code", "service_name", "service_request_id", "status", "status_notes", "updated_datetime"]);
    const topic = (await app.inbox.reports.findByCode(published))!.topic;
    expect(requests[0]).toMatchObject({ service_request_id: published, status: "closed", service_code: topic, status_notes: "Huyện đã cấp kinh phí sửa mái nhà văn hóa thôn 3, xong trong tháng." });
    expect(requests[0]!.requested_datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/u);
    expect(response.body).not.toContain("0905");
    expect(response.body).not.toContain(unpublished);
  });

  it("filters by id, service and status", async () => {
    const byId = JSON.parse((await client().get(`/open311/v2/requests.json?service_request_id=${published},${unpublished}`)).body) as unknown[];
    expect(byId).toHaveLength(1);
    const topic = (await app.inbox.reports.findByCode(published))!.topic;
    expect(JSON.parse((await client().get(`/open311/v2/requests.json?service_code=${topic}`)).body)).toHaveLength(1);
    expect(JSON.parse((await client().get(`/open311/v2/requests.json?service_code=${topic === "moi_truong" ? "dat_dai" : "moi_truong"}`)).body)).toEqual([]);
    expect(JSON.parse((await client().get("/open311/v2/requests.json?status=open")).body)).toEqual([]);
  });

  it("reads one request; a report not published is 404 like an unknown one", async () => {
    const one = await client().get(`/open311/v2/requests/${published}.json`);
    expect(one.status).toBe(200);
    expect(JSON.parse(one.body)[0].service_request_id).toBe(published);
    for (const code of [unpublished, "PA-2026-999999"]) {
      const missing = await client().get(`/open311/v2/requests/${code}.json`);
      expect(missing.status).toBe(404);
      expect(JSON.parse(missing.body)).toEqual([{ code: 404, description: "Không có yêu cầu công khai với mã này." }]);
    }
  });

  it("refuses a wrong service_code or date in the specification's error format", async () => {
    const service = await client().get("/open311/v2/requests.json?service_code=potholes");
    expect(service.status).toBe(400);
    expect(JSON.parse(service.body)[0]).toMatchObject({ code: 400, description: expect.stringContaining("service_code không có: potholes") });
    expect((await client().get("/open311/v2/requests.json?start_date=hom-qua")).status).toBe(400);
  });
});
