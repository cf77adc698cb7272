/**
 * `/tra-cuu`: a reporter looks a report up from any browser with its tracking code and PIN, sees
 * its status and public timeline (status changes with their message, staff replies; never internal
 * notes, contacts or staff names), and adds information or rates it. Every form carries the code and
 * PIN, checked again on each post (see inbox/report-access.ts: one answer for every wrong case,
 * failures limited per code and per address). The browser then follows the report in its web chat.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { maskPersonalData } from "../../../core/privacy.js";
import type { MessageContext } from "../../../assistant/report-messages.js";
import { briefNameOf } from "../../../core/organisation.js";
import { topicLabelOf } from "../../../feedback/reference-data.js";
import { isOpen, STATUS_LABELS, type Status } from "../../../feedback/status.js";
import { parsePin, PIN_DIGITS } from "../../../inbox/report-access.js";
import { parseTrackingCode, type ChangeResult, type ReportWithTrail } from "../../../inbox/reports.js";
import type { WebDeps } from "../deps.js";
import { formatDate, formatDateTime, statusBadge } from "../format.js";
import { html, type Html } from "../html.js";
import { page } from "../layout.js";
import { chatIdOf } from "./chat.js";

/** The public lookup page. */
export const LOOKUP_PATH = "/tra-cuu";

/** What a wrong code and a wrong PIN both get. */
export const LOOKUP_NOT_FOUND = "Không tìm thấy phản ánh với mã theo dõi và mã PIN này. Bạn kiểm tra lại cả hai mã trong tin nhắn xác nhận đã gửi phản ánh.";

const LookupForm = z.object({
  ma: z.string().max(40).default(""),
  pin: z.string().max(20).default(""),
  /** What to do once the report is open: only look (default), add information, or rate. */
  action: z.enum(["xem", "bo-sung", "danh-gia"]).default("xem"),
  text: z.string().max(4000).optional(),
  rating: z.string().max(2).optional(),
  /** One per rendered form: the same form sent twice records its action once. */
  form: z.uuid().optional(),
});
type LookupInput = z.infer<typeof LookupForm>;

interface Notice {
  readonly kind: "ok" | "error";
  readonly text: string;
}

/** `GET /tra-cuu` (the form; `?ma=` fills in the code) and `POST /tra-cuu` (look up, add information, rate). */
export function lookupRoutes(server: FastifyInstance, deps: WebDeps): void {
  server.get<{ Querystring: { ma?: string } }>(LOOKUP_PATH, async (request, reply) => {
    const code = typeof request.query.ma === "string" ? (parseTrackingCode(request.query.ma) ?? "") : "";
    return send(request, reply, lookupForm(code));
  });

  server.post(LOOKUP_PATH, async (request, reply) => {
    const form = LookupForm.safeParse(request.body);
    if (!form.success) return send(request, reply.code(400), lookupForm("", { kind: "error", text: "Yêu cầu không hợp lệ." }));
    const input = form.data;
    const code = parseTrackingCode(input.ma);
    const pin = parsePin(input.pin);
    if (!code || !pin) {
      const text = !code ? "Mã theo dõi có dạng PA-2026-000123." : `Mã PIN gồm ${PIN_DIGITS} chữ số.`;
      return send(request, reply.code(400), lookupForm(input.ma, { kind: "error", text }));
    }
    const access = await deps.inbox.access.open(code, pin, `address:${request.ip}`);
    if (!access.ok) {
      if (access.reason === "not-found") return send(request, reply, lookupForm(code, { kind: "error", text: LOOKUP_NOT_FOUND }));
      const minutes = Math.max(1, Math.ceil(access.retryAfterMs / 60_000));
      return send(request, reply.code(429).header("retry-after", String(Math.ceil(access.retryAfterMs / 1000))), lookupForm(code, { kind: "error", text: `Đã nhập sai quá nhiều lần. Bạn thử lại sau ${minutes} phút.` }));
    }
    // This browser follows the report from now on: its web chat is told of each change.
    const chatId = chatIdOf(request, reply);
    let report = await deps.inbox.access.follow(access.report, "web", chatId);
    const acted = await act(deps, report, chatId, input);
    if (acted?.result.ok) report = acted.result.report;
    request.log.info({ code, action: input.action }, "report looked up with its PIN");
    return send(request, reply.code(acted && !acted.result.ok ? 400 : 200), reportView(report, pin, deps.service.messages, acted?.notice));
  });
}

/** The action the form asked for, if any, with what the reporter is told about it. */
async function act(deps: WebDeps, report: ReportWithTrail, chatId: string, input: LookupInput): Promise<{ result: ChangeResult | { ok: false }; notice: Notice } | undefined> {
  const actor = { type: "citizen" as const, ...(input.form ? { source: `lookup:${input.form}` } : {}) };
  if (input.action === "bo-sung") {
    const text = input.text?.trim() ?? "";
    if (!text) return { result: { ok: false }, notice: { kind: "error", text: "Bạn nhập nội dung cần bổ sung." } };
    const result = await deps.service.addInfo(report.code, "web", chatId, { text }, actor);
    return { result, notice: result.ok ? { kind: "ok", text: "Đã bổ sung thông tin. Cảm ơn bạn!" } : { kind: "error", text: "Phản ánh này đã kết thúc nên không bổ sung được nữa." } };
  }
  if (input.action === "danh-gia") {
    const rating = Number(input.rating);
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) return { result: { ok: false }, notice: { kind: "error", text: "Bạn chọn mức đánh giá từ 1 đến 5 sao." } };
    const result = await deps.service.rate(report.code, "web", chatId, rating, actor);
    return { result, notice: result.ok ? { kind: "ok", text: "Cảm ơn bạn đã đánh giá!" } : { kind: "error", text: "Phản ánh này hiện không đánh giá được." } };
  }
  return undefined;
}

function send(request: FastifyRequest, reply: FastifyReply, body: Html): FastifyReply {
  // A page with a PIN in its forms is never kept by the browser or a proxy.
  return reply
    .type("text/html")
    .header("cache-control", "no-store")
    .send(page({ organisation: request.organisation, title: "Tra cứu phản ánh", active: "lookup", body, ...(request.staff ? { session: request.staff } : {}) }));
}

function lookupForm(code: string, notice?: Notice): Html {
  return html`
    <section class="card narrow lookup">
      <h1>Tra cứu phản ánh</h1>
      <p>Nhập mã theo dõi và mã PIN trong tin nhắn xác nhận khi bạn gửi phản ánh (qua Telegram, Zalo hoặc trang web này).</p>
      ${notice ? html`<p class="flash ${notice.kind}" role="alert">${notice.text}</p>` : ""}
      <form method="post" action="${LOOKUP_PATH}" autocomplete="off">
        <div class="field"><label for="ma">Mã theo dõi</label><input id="ma" name="ma" value="${code}" placeholder="PA-2026-000123" required maxlength="40" autocapitalize="characters" spellcheck="false"></div>
        <div class="field"><label for="pin">Mã PIN (${PIN_DIGITS} chữ số)</label><input id="pin" name="pin" type="password" inputmode="numeric" required maxlength="20" autocomplete="off"></div>
        <button class="primary">Tra cứu</button>
      </form>
    </section>`;
}

/** What the public timeline shows of an event (`organisation` replied); undefined for what stays internal. */
function publicEvent(event: ReportWithTrail["events"][number], organisation: string): { what: string; text?: string } | undefined {
  switch (event.type) {
    case "created":
      return { what: "Gửi phản ánh" };
    case "status": {
      const label = STATUS_LABELS[event.toStatus as Status] ?? event.toStatus ?? "";
      // A duplicate's note is the original's code, which belongs to someone else.
      return event.toStatus === "trung_lap" ? { what: label } : { what: label, ...(event.text ? { text: event.text } : {}) };
    }
    case "reply":
      return { what: `${organisation} trả lời`, ...(event.text ? { text: event.text } : {}) };
    case "info_added":
      return { what: "Bạn bổ sung thông tin" };
    case "rating":
      return { what: `Bạn đánh giá ${event.text ?? ""}/5` };
    default:
      return undefined;
  }
}

function reportView(report: ReportWithTrail, pin: string, context: MessageContext, notice?: Notice): Html {
  const status = report.status as Status;
  const hidden = (action: string) => html`<input type="hidden" name="ma" value="${report.code}"><input type="hidden" name="pin" value="${pin}"><input type="hidden" name="action" value="${action}"><input type="hidden" name="form" value="${randomUUID()}">`;
  const timeline = report.events.flatMap((event) => {
    const shown = publicEvent(event, briefNameOf(context.organisation));
    return shown ? [{ ...shown, at: event.createdAt, kind: event.type }] : [];
  });
  return html`
    <section class="card lookup-report">
      <h1>Phản ánh <span class="nowrap">${report.code}</span></h1>
      ${notice ? html`<p class="flash ${notice.kind}" role="status">${notice.text}</p>` : ""}
      <dl class="facts">
        <dt>Tình trạng</dt><dd>${statusBadge(report.status)}${report.unit ? html` – ${report.unit.name}` : ""}</dd>
        <dt>Lĩnh vực</dt><dd>${topicLabelOf(report.topic, context.reference)}</dd>
        <dt>Địa bàn</dt><dd>${report.area ?? "không rõ"}</dd>
        <dt>Ngày gửi</dt><dd>${formatDateTime(report.createdAt)}</dd>
        <dt>Hạn xử lý</dt><dd>${formatDate(report.dueAt)}</dd>
      </dl>
      <h2>Nội dung</h2>
      <p class="description">${maskPersonalData(report.description)}</p>
      <h2>Quá trình xử lý</h2>
      <ol class="timeline">
        ${timeline.map((item) => html`<li class="${item.kind === "reply" ? "reply" : ""}"><span class="when">${formatDateTime(item.at)}</span> <strong>${item.what}</strong>${item.text ? html`<div class="event-text">${item.text}</div>` : ""}</li>`)}
      </ol>
    </section>
    ${isOpen(status)
      ? html`<section class="card action"><h2 id="bo-sung">Bổ sung thông tin</h2>
          <form method="post" action="${LOOKUP_PATH}">${hidden("bo-sung")}
            <div class="field"><label for="text">Nội dung bổ sung</label><textarea id="text" name="text" maxlength="4000" required></textarea></div>
            <button class="primary">Gửi bổ sung</button>
          </form></section>`
      : ""}
    ${status === "da_giai_quyet"
      ? html`<section class="card action"><h2>Đánh giá kết quả giải quyết</h2>
          <form method="post" action="${LOOKUP_PATH}">${hidden("danh-gia")}
            <fieldset class="rating"><legend>Bạn hài lòng với kết quả ở mức nào?</legend>
              ${[5, 4, 3, 2, 1].map((stars) => html`<label class="choice"><input type="radio" name="rating" value="${stars}" required> ${stars} sao${stars === 5 ? " – rất hài lòng" : stars === 1 ? " – không hài lòng" : ""}</label>`)}
            </fieldset>
            <button class="primary">Gửi đánh giá</button>
          </form></section>`
      : ""}
    <p><a href="${LOOKUP_PATH}">Tra cứu phản ánh khác</a> · <a href="/">Về trang hỏi đáp</a></p>`;
}
