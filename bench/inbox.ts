/**
 * `npm run bench:inbox [-- reports]`: the staff inbox's pages on a database of 10,000 reports
 * (topics, areas, statuses and dates spread over a year), requested through the real HTTP server
 * (Fastify `inject`, signed in as staff), against the same pages on 100 reports in the same run.
 * Prints p50/p95 per page and the ratio; target: every page p95 under 200 ms at 10,000 reports.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAssistant } from "../src/assistant/create-assistant.js";
import { CuratedBook } from "../src/assistant/curated-book.js";
import { IntakeWorker } from "../src/assistant/intake-worker.js";
import { ReportService } from "../src/assistant/report-service.js";
import { webHandler } from "../src/channels/web/adapter.js";
import { createLogger } from "../src/core/logger.js";
import { DEFAULT_ORGANISATION } from "../src/core/organisation.js";
import { createPseudonymizer } from "../src/core/pseudonym.js";
import { createTotp } from "../src/core/totp.js";
import { offlineClassifier } from "../src/feedback/classifier.js";
import { LiveReference } from "../src/feedback/live-reference.js";
import { loadReferenceData } from "../src/feedback/reference-data.js";
import { STATUSES } from "../src/feedback/status.js";
import { TOPICS } from "../src/feedback/taxonomy.js";
import { openInbox } from "../src/inbox/inbox.js";
import { migrateDatabase } from "../src/inbox/migrate.js";
import { searchTextOf } from "../src/inbox/reports.js";
import { sqlTime } from "../src/inbox/sql.js";
import { KnowledgeBase } from "../src/knowledge/knowledge-base.js";
import { createHttpServer } from "../src/server/http-server.js";
import { LoginLimiter } from "../src/server/web/auth.js";
import { percentile } from "./stats.js";

const REPORTS = Number(process.argv[2] ?? 10_000);
const BASELINE_REPORTS = 100;
const RUNS = 30;
const TARGET_P95_MS = 200;
const PASSWORD = "bench-inbox-password";

const logger = createLogger({ level: "warn", destination: 2 });
const work = mkdtempSync(join(tmpdir(), "bench-inbox-"));
const base = join(work, "base.db");
await migrateDatabase(`file:${base}`);
const knowledge = await KnowledgeBase.open({ knowledgeDir: "knowledge", indexDir: join(work, "index"), embedder: { kind: "corpus" }, logger });
const reference = new LiveReference(loadReferenceData("knowledge"));
const pseudonym = createPseudonymizer("bench-inbox-pseudonym-key");
const PHRASES = ["đường bị sạt lở", "khói bụi nhà máy", "hồ sơ đất đai chậm", "tiền hỗ trợ chưa về", "đua xe ban đêm", "rác thải ùn ứ", "mỏ cát hút sát bờ sông", "cán bộ gây phiền hà"];


/** A database with `count` reports spread over the last year, in one transaction. */
async function seeded(count: number): Promise<string> {
  const file = join(work, `inbox-${count}.db`);
  copyFileSync(base, file);
  const inbox = await openInbox(`file:${file}`, pseudonym);
  await inbox.units.seed(reference.units);
  const areas = reference.areas.map((area) => area.name);
  const now = Date.now();
  await inbox.db.$transaction(
    Array.from({ length: count }, (_, index) => {
      const id = index + 1;
      const code = `PA-2026-${String(id).padStart(6, "0")}`;
      const area = areas[id % areas.length]!;
      const description = `Người dân phản ánh ${PHRASES[id % PHRASES.length]} ở thôn ${id % 12}, số ${id}.`;
      const created = new Date(now - ((id * 7919) % (365 * 86_400_000 / 1000)) * 1000);
      const status = STATUSES[id % STATUSES.length]!;
      return inbox.db.$executeRaw`INSERT INTO "Report" ("id", "code", "channel", "topic", "area", "description", "status", "urgent", "createdAt", "updatedAt", "dueAt", "searchText", "rating", "firstResponseAt", "resolvedAt")
        VALUES (${id}, ${code}, ${["telegram", "zalo", "web"][id % 3]}, ${TOPICS[id % TOPICS.length]}, ${area}, ${description}, ${status}, ${id % 17 === 0}, ${sqlTime(created)}, ${sqlTime(created)},
                ${sqlTime(new Date(created.getTime() + 15 * 86_400_000))}, ${searchTextOf(code, area, description)}, ${status === "dong" ? (id % 5) + 1 : null},
                ${sqlTime(new Date(created.getTime() + 3_600_000))}, ${status === "da_giai_quyet" || status === "dong" ? sqlTime(new Date(created.getTime() + 9 * 86_400_000)) : null})`;
    }),
  );
  await inbox.close();
  return file;
}

async function measure(count: number): Promise<Map<string, number[]>> {
  const file = await seeded(count);
  const inbox = await openInbox(`file:${file}`, pseudonym);
  const service = new ReportService({ reports: inbox.reports, organisation: DEFAULT_ORGANISATION, reference, onEnqueued: () => undefined });
  const curated = new CuratedBook(inbox.curated, knowledge);
  const assistant = createAssistant({ knowledge, inbox, service, organisation: DEFAULT_ORGANISATION, curated, logger, pseudonym, reference, classifier: offlineClassifier, staffIds: new Set() });
  const worker = new IntakeWorker(inbox.intake, logger);
  worker.register("web", webHandler(assistant, inbox.webChat));
  const server = createHttpServer({ knowledge, logger, web: { inbox, knowledge, organisation: DEFAULT_ORGANISATION, worker, service, reference, curated, logger, loginLimiter: new LoginLimiter(), totp: createTotp("bench-two-factor-key") } });
  await inbox.staff.create("bench", "Cán bộ thử", PASSWORD, "staff");
  const loginPage = await server.inject({ method: "GET", url: "/login" });
  const loginCookie = loginPage.cookies.find((cookie) => cookie.name === "tldv_login")!.value;
  const csrf = /name="_csrf" value="([^"]+)"/u.exec(loginPage.body)![1]!;
  const signedIn = await server.inject({
    method: "POST",
    url: "/login",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: `tldv_login=${loginCookie}` },
    payload: new URLSearchParams({ username: "bench", password: PASSWORD, _csrf: csrf }).toString(),
  });
  const cookie = `tldv_staff=${signedIn.cookies.find((entry) => entry.name === "tldv_staff")!.value}`;
  const middle = `PA-2026-${String(Math.ceil(count / 2)).padStart(6, "0")}`;
  const pages: Record<string, string> = {
    "health check (baseline)": "/healthz",
    "inbox, first page": "/inbox",
    "inbox, last page": "/inbox?page=100000",
    "inbox, search (no diacritics)": "/inbox?q=khoi+bui+nha+may",
    "inbox, open + topic + date range": "/inbox?status=open&topic=moi_truong&from=2026-01-01&to=2026-12-31",
    "inbox, overdue": "/inbox?overdue=1",
    "report page": `/inbox/${middle}`,
    dashboard: "/dashboard",
    "CSV export (all)": "/inbox/export.csv",
  };
  const times = new Map<string, number[]>();
  for (const [name, url] of Object.entries(pages)) {
    const samples: number[] = [];
    for (let run = 0; run < RUNS + 3; run++) {
      const started = performance.now();
      const response = await server.inject({ method: "GET", url, headers: { cookie } });
      const elapsed = performance.now() - started;
      if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
      if (run >= 3) samples.push(elapsed);
    }
    times.set(name, samples);
  }
  await server.close();
  await inbox.close();
  return times;
}

process.stdout.write(`bench:inbox — staff inbox pages through the HTTP server, ${RUNS} requests each, signed in as staff\n\n`);
const baseline = await measure(BASELINE_REPORTS);
const full = await measure(REPORTS);
rmSync(work, { recursive: true, force: true });

const column = (text: string, width: number) => text.padStart(width);
process.stdout.write(`${"page".padEnd(36)}${column(`${BASELINE_REPORTS} p50`, 12)}${column(`${BASELINE_REPORTS} p95`, 12)}${column(`${REPORTS} p50`, 13)}${column(`${REPORTS} p95`, 13)}${column("p95 ratio", 11)}\n`);
let worst = 0;
for (const [name, samples] of full) {
  const small = baseline.get(name)!;
  const p95 = percentile(samples, 95);
  if (!name.startsWith("CSV") && !name.startsWith("health")) worst = Math.max(worst, p95);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  process.stdout.write(
    `${name.padEnd(36)}${column(ms(percentile(small, 50)), 12)}${column(ms(percentile(small, 95)), 12)}${column(ms(percentile(samples, 50)), 13)}${column(ms(p95), 13)}${column(`${(p95 / percentile(small, 95)).toFixed(1)}×`, 11)}\n`,
  );
}
process.stdout.write(`\nslowest page at ${REPORTS} reports: p95 ${worst.toFixed(1)} ms — target < ${TARGET_P95_MS} ms: ${worst < TARGET_P95_MS ? "met" : "NOT MET"} (the CSV export of everything is a download, not a page)\n`);
