/**
 * What a unit's account may reach, decided here only. It sees and acts on the reports assigned to
 * its unit: the list, search, export, live feed and dashboard read through `scopeOf`, and every route
 * of one report (`/inbox/:code…`: the page, attachments, actions) passes `reportScopeGuard`, which
 * answers another unit's report with the same 404 as a report that does not exist. The pages about
 * the whole commission's work are 404 to it too.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ReportScope } from "../../inbox/report-queries.js";
import type { StaffSession } from "../../inbox/staff-accounts.js";
import type { WebDeps } from "./deps.js";
import { messagePage } from "./layout.js";

/** The reports this account may see: all, or its unit's. */
export function scopeOf(session: StaffSession): ReportScope {
  return session.user.unit ? { unitId: session.user.unit.id } : {};
}

/** Routes about the commission's own work rather than reports (cadres' questions, the classifier's corrections). */
const COMMISSION_ROUTES: readonly string[] = ["/questions", "/inbox/corrections.csv", "/inbox/corrections.jsonl"];

/** The answer to a report that does not exist, or that the account may not see: the same for both. */
export function reportNotFound(reply: FastifyReply, code: string): FastifyReply {
  return reply.code(404).type("text/html").send(messagePage("Không tìm thấy phản ánh", `Không có phản ánh mã ${code}.`, "/inbox", reply.request));
}

/** A preHandler of every route: keeps a unit's account to its unit's reports. */
export function reportScopeGuard(deps: Pick<WebDeps, "inbox">) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const session = request.staff;
    if (!session?.user.unit) return undefined;
    const route = request.routeOptions.url ?? "";
    if (COMMISSION_ROUTES.some((closed) => route === closed || route.startsWith(`${closed}/`))) {
      return reply.code(404).type("text/html").send(messagePage("Không tìm thấy trang", "Trang bạn tìm không có hoặc đã được chuyển đi.", "/inbox", request));
    }
    const code = (request.params as { code?: unknown } | undefined)?.code;
    if (!route.startsWith("/inbox/:code") || typeof code !== "string") return undefined;
    return (await deps.inbox.queries.visible(code, scopeOf(session))) ? undefined : reportNotFound(reply, code);
  };
}
