/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2), JSON: the topics as services; the
 * published results (/ket-qua) and the reports filed through the API as service requests with public
 * fields only — code, status (open/closed), the public summary (or the status's name) as
 * `status_notes`, service, dates, area — never the description, contact, location or photos. Any
 * other report answers 404 as if it did not exist.
 *
 * Other applications file requests (`POST requests.json`, form-encoded as the specification says, or
 * JSON) with a key an admin issued them (/open311-keys): filed as the chat's reports are (see
 * src/assistant/open311-filing.ts, which also makes a retried request file nothing twice), limited
 * per address (src/server/address-limiter.ts) and per key.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { Open311Filing } from "../../../assistant/open311-filing.js";
import type { Organisation } from "../../../core/organisation.js";
import { offlineClassifier } from "../../../feedback/classifier.js";
import { FORM_LIMITS } from "../../../feedback/flow.js";
import { FINAL_STATUSES, isStatus, STATUS_LABELS } from "../../../feedback/status.js";
import { topicLabelOf, type ReferenceData } from "../../../feedback/reference-data.js";
import { isTopic, TOPIC_DESCRIPTIONS, TOPICS } from "../../../feedback/taxonomy.js";
import { Open311Keys } from "../../../inbox/open311-keys.js";
import { Open311Requests, type Open311Row } from "../../../inbox/open311-requests.js";
import { parseTrackingCode } from "../../../inbox/reports.js";
import { SharedLimiter, tooManyRequestsMessage, type BucketLimits } from "../../address-limiter.js";
import type { WebDeps } from "../deps.js";

/** Where the API lives. */
export const OPEN311_BASE = "/open311/v2";
/** Requests answered at most per query, and the default window (GeoReport v2 suggests 90 days and 1,000). */
const MAX_REQUESTS = 1000;
const DEFAULT_WINDOW_MS = 90 * 24 * 3600_000;

/** Requests one key may file: a burst, then one every two seconds (per address, see `ADDRESS_LIMITS.open311File`). */
export const KEY_LIMITS: BucketLimits = { burst: 30, perSecond: 0.5 };

/** Optional text fields: an empty one is as good as left out. */
const optionalText = (max: number) => z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(max).optional());
const coordinate = (min: number, max: number) => z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().min(min).max(max).optional());

/** A service request as GeoReport v2 names its fields (the others it defines are accepted and not used). */
const RequestForm = z.object({
  service_code: z.string().max(40),
  description: z.string().trim().min(FORM_LIMITS.descriptionMin).max(FORM_LIMITS.descriptionCap),
  lat: coordinate(-90, 90),
  long: coordinate(-180, 180),
  address_string: optionalText(500),
  first_name: optionalText(80),
  last_name: optionalText(80),
  email: z.preprocess((value) => (value === "" ? undefined : value), z.email().max(200).optional()),
  phone: optionalText(30),
  media_url: z.preprocess((value) => (value === "" ? undefined : value), z.url({ protocol: /^https?$/u }).max(2000).optional()),
});

/** What the client reads when a field is wrong, per field, in Vietnamese and English. */
const FIELD_ERRORS: Readonly<Record<string, string>> = {
  service_code: "Thiếu service_code / service_code is required.",
  description: `description phải dài từ ${FORM_LIMITS.descriptionMin} đến ${FORM_LIMITS.descriptionCap} ký tự / description must be ${FORM_LIMITS.descriptionMin} to ${FORM_LIMITS.descriptionCap} characters.`,
  lat: "lat phải là vĩ độ từ -90 đến 90 / lat must be a latitude.",
  long: "long phải là kinh độ từ -180 đến 180 / long must be a longitude.",
  address_string: "address_string tối đa 500 ký tự / address_string is too long.",
  email: "email không hợp lệ / email is not valid.",
  media_url: "media_url phải là đường dẫn http(s) / media_url must be an http(s) URL.",
};

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
  const requests = new Open311Requests(deps.inbox.db);
  const keys = new Open311Keys(deps.inbox.db);
  const filing = new Open311Filing({ knowledge: deps.knowledge, service: deps.service, classifier: deps.classifier ?? offlineClassifier, reference: deps.reference, requests, leases: deps.inbox.leases });
  // Counted across the instances, as the per-address limits are.
  const perKey = new SharedLimiter("open311-key", KEY_LIMITS, deps.inbox.limits.addressBuckets);

  server.get(`${OPEN311_BASE}/services.json`, async () =>
    TOPICS.map((topic) => ({ service_code: topic, service_name: topicLabelOf(topic, deps.reference), description: TOPIC_DESCRIPTIONS[topic], metadata: false, type: "realtime", keywords: "", group: "" })),
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
    const found = await requests.find({ ...(codes ? { codes } : {}), ...(topic ? { topic } : {}), ...window }, MAX_REQUESTS);
    const wanted = status?.split(",");
    return found.map((row) => serviceRequest(row, deps.organisation, deps.reference)).filter((item) => !wanted || wanted.includes(item.status));
  });

  server.get<{ Params: { id: string } }>(`${OPEN311_BASE}/requests/:id`, async (request, reply) => {
    const match = /^(.+)\.json$/u.exec(request.params.id);
    const code = match ? parseTrackingCode(match[1]!) : undefined;
    const [found] = code ? await requests.find({ codes: [code] }, 1) : [];
    if (!found) return fail(reply, 404, "Không có yêu cầu công khai với mã này.");
    return [serviceRequest(found, deps.organisation, deps.reference)];
  });

  server.post(`${OPEN311_BASE}/requests.json`, async (request, reply) => {
    const body = (typeof request.body === "object" && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const client = typeof body.api_key === "string" ? await keys.verify(body.api_key) : undefined;
    if (!client) return fail(reply, 403, "api_key thiếu, sai hoặc đã bị thu hồi / api_key is missing, invalid or revoked.");
    const waitMs = await perKey.take(String(client.id), request.log);
    if (waitMs > 0) {
      const seconds = Math.max(1, Math.ceil(waitMs / 1000));
      reply.header("retry-after", String(seconds));
      return fail(reply, 429, tooManyRequestsMessage(seconds));
    }
    const form = RequestForm.safeParse(body);
    if (!form.success) {
      const field = String(form.error.issues[0]?.path[0] ?? "");
      return fail(reply, 400, FIELD_ERRORS[field] ?? `${field} không hợp lệ / ${field} is not valid.`);
    }
    const { service_code: topic, description, lat, long, address_string: address, first_name, last_name, email, phone, media_url: mediaUrl } = form.data;
    if (!isTopic(topic)) return fail(reply, 400, `service_code không có: ${topic}. Xem ${OPEN311_BASE}/services.json / unknown service_code, see services.json.`);
    const located = lat !== undefined && long !== undefined;
    if (!located && !address) return fail(reply, 400, "Cần vị trí: lat và long, hoặc address_string / a location is required: lat and long, or address_string.");
    const name = [first_name, last_name].filter(Boolean).join(" ");
    const filed = await filing.file(client, {
      topic,
      description,
      ...(located ? { location: { latitude: lat, longitude: long } } : {}),
      ...(address ? { address } : {}),
      ...(name ? { name } : {}),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      ...(mediaUrl ? { mediaUrl } : {}),
    });
    await keys.used(client.id, !filed.repeated);
    request.log.info({ report: filed.code, open311Key: client.id, repeated: filed.repeated }, "open311 request filed");
    return [{ service_request_id: filed.code, service_notice: `${deps.organisation.shortName} đã nhận phản ánh ${filed.code}; tiến độ xem tại ${OPEN311_BASE}/requests/${filed.code}.json.`, account_id: null }];
  });
}

/** GeoReport v2 errors: a list of `{code, description}`. */
function fail(reply: FastifyReply, code: number, description: string): FastifyReply {
  return reply.code(code).send([{ code, description }]);
}

function serviceRequest(row: Open311Row, organisation: Organisation, labels: Pick<ReferenceData, "topicLabels">): ServiceRequest {
  const closed = row.status === "da_giai_quyet" || (isStatus(row.status) && FINAL_STATUSES.has(row.status));
  return {
    service_request_id: row.code,
    status: closed ? "closed" : "open",
    // Not published yet (a request filed through the API): where it stands, in the status's name.
    status_notes: row.summary ?? (isStatus(row.status) ? STATUS_LABELS[row.status] : row.status),
    service_name: topicLabelOf(row.topic, labels),
    service_code: row.topic,
    agency_responsible: organisation.name,
    requested_datetime: vietnamTime(row.createdAt),
    updated_datetime: vietnamTime(row.updatedAt),
    expected_datetime: vietnamTime(row.dueAt),
    address: row.area,
  };
}

/** ISO 8601 in Vietnam's time, "2026-12-02T08:31:00+07:00", as GeoReport v2's examples give times. */
export function vietnamTime(date: Date): string {
  return `${new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
}
