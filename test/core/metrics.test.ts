/**
 * The Prometheus metrics: their names and labels in the exposition text, one registry per app,
 * and the queue gauges filled at scrape time (emptied between scrapes, left out when the reader fails).
 */
import { describe, expect, it } from "vitest";
import { createMetrics, type QueueSnapshot } from "../../src/core/metrics.js";
import { captureLogs } from "../helpers/knowledge.js";

/** The sample lines of one metric in the exposition text (no HELP/TYPE). */
function samples(text: string, name: string): string[] {
  return text.split("\n").filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `));
}

describe("createMetrics", () => {
  it("exposes every metric with its type, and Node's process metrics", async () => {
    const text = await createMetrics().registry.metrics();
    const expected = {
      tldv_messages_in_total: "counter",
      tldv_messages_out_total: "counter",
      tldv_deliveries_retried_total: "counter",
      tldv_deliveries_failed_total: "counter",
      tldv_reports_filed_total: "counter",
      tldv_answer_latency_seconds: "histogram",
      tldv_queue_oldest_seconds: "gauge",
      tldv_queue_length: "gauge",
      tldv_requests_limited_total: "counter",
    };
    for (const [name, type] of Object.entries(expected)) expect(text).toContain(`# TYPE ${name} ${type}\n`);
    expect(text).toContain("# TYPE process_resident_memory_bytes gauge");
    expect(text).toContain("# TYPE nodejs_eventloop_lag_seconds gauge");
  });

  it("counts with the labels given", async () => {
    const metrics = createMetrics();
    metrics.messagesIn.inc({ channel: "telegram" });
    metrics.messagesIn.inc({ channel: "telegram" });
    metrics.messagesIn.inc({ channel: "zalo" });
    metrics.messagesOut.inc({ channel: "web", purpose: "notice" });
    metrics.reportsFiled.inc({ channel: "zalo", urgent: "true" });
    metrics.deliveriesRetried.inc({ channel: "telegram" });
    metrics.deliveriesFailed.inc({ channel: "zalo" });
    metrics.requestsLimited.inc({ route: "GET /api/ask" });
    const text = await metrics.registry.metrics();
    expect(samples(text, "tldv_messages_in_total")).toEqual(['tldv_messages_in_total{channel="telegram"} 2', 'tldv_messages_in_total{channel="zalo"} 1']);
    expect(text).toContain('tldv_messages_out_total{channel="web",purpose="notice"} 1');
    expect(text).toContain('tldv_reports_filed_total{channel="zalo",urgent="true"} 1');
    expect(text).toContain('tldv_deliveries_retried_total{channel="telegram"} 1');
    expect(text).toContain('tldv_deliveries_failed_total{channel="zalo"} 1');
    expect(text).toContain('tldv_requests_limited_total{route="GET /api/ask"} 1');
  });

  it("measures answer latency in seconds on the agreed buckets", async () => {
    const metrics = createMetrics();
    metrics.answerLatency.observe({ channel: "web" }, 0.03);
    metrics.answerLatency.observe({ channel: "web" }, 3);
    const text = await metrics.registry.metrics();
    const buckets = samples(text, "tldv_answer_latency_seconds_bucket").map((line) => /le="([^"]+)"/u.exec(line)![1]);
    expect(buckets).toEqual(["0.01", "0.05", "0.1", "0.25", "0.5", "1", "2", "5", "10", "20", "+Inf"]);
    expect(text).toContain('tldv_answer_latency_seconds_bucket{le="0.01",channel="web"} 0');
    expect(text).toContain('tldv_answer_latency_seconds_bucket{le="0.05",channel="web"} 1');
    expect(text).toContain('tldv_answer_latency_seconds_bucket{le="5",channel="web"} 2');
    expect(text).toContain('tldv_answer_latency_seconds_count{channel="web"} 2');
  });

  it("keeps each app's metrics in its own registry", async () => {
    const first = createMetrics();
    const second = createMetrics();
    first.messagesIn.inc({ channel: "web" });
    expect(await first.registry.metrics()).toContain('tldv_messages_in_total{channel="web"} 1');
    expect(samples(await second.registry.metrics(), "tldv_messages_in_total")).toEqual([]);
  });
});

describe("the queue gauges", () => {
  it("are read once per scrape, and a drained queue disappears at the next one", async () => {
    const metrics = createMetrics();
    let reads = 0;
    let queues: QueueSnapshot[] = [
      { queue: "outbox", channel: "telegram", oldestSeconds: 42.5, count: 3 },
      { queue: "intake", channel: "zalo", oldestSeconds: 2, count: 1 },
    ];
    metrics.setQueueReader(async () => {
      reads++;
      return queues;
    });
    const before = await metrics.registry.metrics();
    expect(reads).toBe(1);
    expect(before).toContain('tldv_queue_oldest_seconds{queue="outbox",channel="telegram"} 42.5');
    expect(before).toContain('tldv_queue_length{queue="outbox",channel="telegram"} 3');
    expect(before).toContain('tldv_queue_length{queue="intake",channel="zalo"} 1');

    queues = [{ queue: "intake", channel: "zalo", oldestSeconds: 7, count: 2 }];
    const after = await metrics.registry.metrics();
    expect(reads).toBe(2);
    expect(samples(after, "tldv_queue_oldest_seconds")).toEqual(['tldv_queue_oldest_seconds{queue="intake",channel="zalo"} 7']);
    expect(samples(after, "tldv_queue_length")).toEqual(['tldv_queue_length{queue="intake",channel="zalo"} 2']);
  });

  it("are left out of a scrape whose reader fails, which still succeeds and is logged", async () => {
    const { logger, lines } = captureLogs();
    const metrics = createMetrics({ logger });
    let failing = false;
    metrics.setQueueReader(async () => {
      if (failing) throw new Error("database is locked");
      return [{ queue: "outbox", channel: "web", oldestSeconds: 1, count: 1 }];
    });
    expect(samples(await metrics.registry.metrics(), "tldv_queue_length")).toHaveLength(1);
    failing = true;
    metrics.messagesIn.inc({ channel: "web" });
    const text = await metrics.registry.metrics();
    expect(text).toContain('tldv_messages_in_total{channel="web"} 1');
    expect(samples(text, "tldv_queue_length")).toEqual([]);
    expect(samples(text, "tldv_queue_oldest_seconds")).toEqual([]);
    expect(lines.filter((line) => String(line.msg).includes("reading the queues for /metrics failed"))).toHaveLength(1);
  });

  it("survive a reader that throws before returning a promise", async () => {
    const metrics = createMetrics();
    metrics.setQueueReader(() => {
      throw new Error("not connected");
    });
    expect(samples(await metrics.registry.metrics(), "tldv_queue_length")).toEqual([]);
  });
});
