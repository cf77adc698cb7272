/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2), read side, JSON: the topics as
 * services, and the published results (/ket-qua) as service requests with public fields only —
 * code, status (open/closed), the public summary as `status_notes`, service, dates, area — never
 * the description, contact, location or photos. A report not published answers 404 as if it did
 * not exist. Filing requests (`POST requests.json` with an API key) is not offered yet.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { FINAL_STATUSES, isStatus } from "../../../feedback/status.js";
import { isTopic, TOPIC_DESCRIPTIONS, TOPIC_LABELS, TOPICS } from "../../../feedback/taxonomy.js";
import { PublicResults, type PublicResult } from "../../../inbox/public-results.js";
import { parseTrackingCode } from "../../../inbox/reports.js";
import type { WebDeps } from "../deps.js";

/** Where the API lives. */
export const OPEN311_BASE = "/open311/v2";
/** Requests answered at most per query, and the default window (GeoReport v2 suggests 90 days and 1,000). */
const MAX_REQUESTS = 1000;
const DEFAULT_WINDOW_MS = 90 * 24 * 3600_000;

const RequestsQuery = z.object({
  service_request_id: z.string().max(2000).optional(),
  service_code: z.string().max(40).optional(),
  start_date: z.iso.datetime({ offset: true }).optional(),
  end_date: z.iso.datetime({ offset: true }).optional(),
  status: z.string().max(20).optional(),
});

/** One service request as GeoReport v2 names its fields. */
export interface ServiceRequest {
  readonly service_request_id: string;
  readonly status: "open" | "closed";
  readonly status_notes: string;
  readonly service_name: string;
  readonly service_code: string;
  readonly agency_responsible: string;
  readonly requested_datetime: string;
  readonly updated_datetime: string;
  readonly expected_datetime: string;
  readonly address: string | null;
}

export function open311Routes(server: FastifyInstance, deps: WebDeps): void {
  const results = new PublicResults(deps.inbox.db);

  server.get(`${OPEN311_BASE}/services.json`, async () =>
    TOPICS.map((topic) => ({ service_code: topic, service_name: TOPIC_LABELS[topic], description: TOPIC_DESCRIPTIONS[topic], metadata: false, type: "realtime", keywords: "", group: "" })),
  );

  server.get(`${OPEN311_BASE}/requests.json`, async (request, reply) => {
    const query = RequestsQuery.safeParse(request.query);
    if (!query.success) return fail(reply, 400, "Tham số không hợp lệ: start_date và end_date theo ISO 8601 (ví dụ 2026-12-01T00:00:00+07:00).");
    const { service_request_id: ids, service_code: topic, start_date: start, end_date: end, status } = query.data;
    if (topic !== undefined && !isTopic(topic)) return fail(reply, 400, `service_code không có: ${topic}. Xem ${OPEN311_BASE}/services.json.`);
    if (status !== undefined && !status.split(",").every((value) => value === "open" || value === "closed")) return fail(reply, 400, "status chỉ nhận open hoặc closed.");
    const codes = ids?.split(",").map((id) => parseTrackingCode(id)).filter((code): code is string => code !== undefined);
    // Asked by id, the ids alone decide (as the specification says); otherwise the last 90 days.
    const window = codes ? {} : { from: start ? new Date(start) : new Date((end ? new Date(end).getTime() : Date.now()) - DEFAULT_WINDOW_MS), ...(end ? { to: new Date(end) } : {}) };
    const found = await results.find({ ...(codes ? { codes } : {}), ...(topic ? { topic } : {}), ...window }, MAX_REQUESTS);
    const wanted = status?.split(",");
    return found.map(serviceRequest).filter((item) => !wanted || wanted.includes(item.status));
  });

  server.get<{ Params: { id: string } }>(`${OPEN311_BASE}/requests/:id`, async (request, reply) => {
    const match = /^(.+)\.json$/u.exec(request.params.id);
    const code = match ? parseTrackingCode(match[1]!) : undefined;
    const [found] = code ? await results.find({ codes: [code] }, 1) : [];
    if (!found) return fail(reply, 404, "Không có yêu cầu công khai với mã này.");
    return [serviceRequest(found)];
  });
}

/** GeoReport v2 errors: a list of `{code, description}`. */
function fail(reply: FastifyReply, code: number, description: string): FastifyReply {
  return reply.code(code).send([{ code, description }]);
}

function serviceRequest(result: PublicResult & { status: string }): ServiceRequest {
  const closed = result.status === "da_giai_quyet" || (isStatus(result.status) && FINAL_STATUSES.has(result.status));
  return {
    service_request_id: result.code,
    status: closed ? "closed" : "open",
    status_notes: result.summary,
    service_name: isTopic(result.topic) ? TOPIC_LABELS[result.topic] : result.topic,
    service_code: result.topic,
    agency_responsible: "Ban Dân vận Tỉnh ủy Quảng Nam",
    requested_datetime: vietnamTime(result.createdAt),
    updated_datetime: vietnamTime(result.publishedAt),
    expected_datetime: vietnamTime(result.dueAt),
    address: result.area,
  };
}

/** ISO 8601 in Vietnam's time, "2026-12-02T08:31:00+07:00", as GeoReport v2's examples give times. */
export function vietnamTime(date: Date): string {
  return `${new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
}
