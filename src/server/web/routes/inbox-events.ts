/**
 * The live inbox: `/inbox/events` streams, as server-sent events, the reports filed or changed while
 * an inbox page is open, each as the row that page shows (public/inbox-live.js puts it in place).
 * It takes the page's filters, so a page sees only reports it would list. Signed-in staff only, as
 * the inbox: the session is looked at again (without extending it) before each event and every
 * heartbeat, so signing out, an expired session or a locked account ends the stream.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { describeError } from "../../../core/errors.js";
import type { ReportChange } from "../../../inbox/report-feed.js";
import { requireStaff } from "../auth.js";
import { scopeOf } from "../report-scope.js";
import type { WebDeps } from "../deps.js";
import { filtersOf, ListQuery, reportRow } from "./inbox.js";

/** A comment line this often keeps proxies from closing a quiet stream, and checks the session. */
const HEARTBEAT_MS = 25_000;

/** What a page is sent about a change: the row to show, or that the report left its list. */
interface RowEvent {
  readonly code: string;
  readonly kind: ReportChange["kind"];
  readonly urgent?: boolean;
  readonly html?: string;
}

/** The event stream of the inbox page; streams still open end when the server closes. */
export function inboxEventRoutes(server: FastifyInstance, deps: WebDeps): void {
  const open = new Set<() => void>();
  server.addHook("preClose", async () => {
    for (const end of open) end();
  });

  server.get("/inbox/events", { preHandler: requireStaff("viewer") }, async (request, reply) => {
    const scope = scopeOf(request.staff!);
    const filters = filtersOf(ListQuery.parse(request.query ?? {}), scope);
    const token = request.staffToken!;
    const feed = deps.service.feed;
    reply.hijack();
    const stream = reply.raw;
    stream.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", "x-accel-buffering": "no", "x-content-type-options": "nosniff" });
    // The browser waits this long before reconnecting, then sends the last id it saw (replayed below).
    stream.write("retry: 3000\n\n");

    let ended = false;
    let pending = Promise.resolve();
    const end = () => {
      if (ended) return;
      ended = true;
      unsubscribe();
      clearInterval(heartbeat);
      open.delete(end);
      stream.end();
    };
    /** Runs one step after the previous one, so a page gets the changes in order; a failure ends the stream. */
    const then = (step: () => Promise<void>) => {
      pending = pending.then(() => (ended ? undefined : step())).catch((error: unknown) => {
        request.log.error({ error: describeError(error) }, "live inbox: an event could not be sent");
        end();
      });
    };
    const signedIn = async () => {
      if (await deps.inbox.staff.session(token, new Date(), { touch: false })) return true;
      stream.write("event: ended\ndata: {}\n\n");
      end();
      return false;
    };
    const send = (change: ReportChange) =>
      then(async () => {
        if (!(await signedIn())) return;
        const row = await deps.inbox.queries.row(change.code, filters);
        // A new report this page would not list is none of its business; a changed one may have left it,
        // unless it is outside the account's scope (another unit's): a unit's account hears nothing of it.
        if (!row && (change.kind === "filed" || !(await deps.inbox.queries.visible(change.code, scope)))) return;
        const event: RowEvent = row ? { code: change.code, kind: change.kind, urgent: row.urgent, html: reportRow(row, new Date(), deps.reference).value } : { code: change.code, kind: change.kind };
        if (!ended) stream.write(`id: ${change.id}\nevent: report\ndata: ${JSON.stringify(event)}\n\n`);
      });

    const unsubscribe = feed.subscribe(send);
    const heartbeat = setInterval(() => then(async () => void ((await signedIn()) && stream.write(": ping\n\n"))), HEARTBEAT_MS);
    open.add(end);
    stream.on("close", end);
    replayMissed(request, feed.since.bind(feed), send, () => stream.write("event: stale\ndata: {}\n\n"));
  });
}

/**
 * A page that reconnects names the last change it got: what it missed is sent again, or, when this
 * process cannot tell (restarted, or too long ago), the page is told to reload.
 */
function replayMissed(request: FastifyRequest, since: (id: string) => readonly ReportChange[] | undefined, send: (change: ReportChange) => void, stale: () => void): void {
  const lastId = request.headers["last-event-id"];
  if (typeof lastId !== "string" || !lastId) return;
  const missed = since(lastId);
  if (missed) for (const change of missed) send(change);
  else stale();
}
