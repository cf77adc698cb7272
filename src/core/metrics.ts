/**
 * Prometheus metrics: what came in, what went out, what is waiting and how long answers take, for
 * an operator to graph and alert on. Each app builds its own registry (never prom-client's global
 * one) so that several apps in one process, as in the tests, do not share or collide.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { describeError } from "./errors.js";
import type { Logger } from "./logger.js";

/** The queues whose backlog is measured: incoming messages not yet handled, and messages not yet delivered. */
export type QueueName = "intake" | "outbox";

/** What one queue holds for one channel at the moment of a scrape. */
export interface QueueSnapshot {
  readonly queue: QueueName;
  readonly channel: string;
  /** Age in seconds of the oldest waiting message. */
  readonly oldestSeconds: number;
  readonly count: number;
}

/** Reads the queues at scrape time (a database query); queues that are empty may be left out. */
export type QueueReader = () => Promise<ReadonlyArray<QueueSnapshot>>;

/** Buckets of {@link Metrics.answerLatency}, in seconds: an extractive answer takes milliseconds, an LLM's seconds. */
export const ANSWER_LATENCY_BUCKETS: readonly number[] = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20];

/** The application's metrics and the registry `/metrics` serves them from. */
export interface Metrics {
  readonly registry: Registry;
  /** Incoming messages accepted, per channel. */
  readonly messagesIn: Counter<"channel">;
  /** Messages delivered, per channel and purpose. */
  readonly messagesOut: Counter<"channel" | "purpose">;
  /** Deliveries that failed and were scheduled again. */
  readonly deliveriesRetried: Counter<"channel">;
  /** Deliveries given up: refused for good, or out of attempts. */
  readonly deliveriesFailed: Counter<"channel">;
  /** Deliveries a crash cut short after the platform call began: not sent again (see `Outbox`). */
  readonly deliveriesUnconfirmed: Counter<"channel">;
  /** Reports filed; `urgent` is "true" or "false". */
  readonly reportsFiled: Counter<"channel" | "urgent">;
  /** Seconds from a message's arrival to the assistant's first reply. */
  readonly answerLatency: Histogram<"channel">;
  /** Age in seconds of the oldest waiting message, filled at scrape time by the queue reader. */
  readonly queueOldest: Gauge<"queue" | "channel">;
  /** Messages waiting, filled at scrape time by the queue reader. */
  readonly queueLength: Gauge<"queue" | "channel">;
  /** Requests refused by the per-address limits, per route. */
  readonly requestsLimited: Counter<"route">;
  /** Incoming messages discarded (a webhook body whose signature does not match), per source. */
  readonly webhooksDiscarded: Counter<"source">;
  /**
   * Sets how the queue gauges are filled. The reader runs once per scrape; the gauges are emptied
   * first, so a drained queue disappears, and a failing reader leaves them out of that scrape only.
   */
  setQueueReader(read: QueueReader): void;
}

/**
 * Builds the metrics on a registry of their own, with Node's default process metrics.
 * @param options.logger where a failing queue reader is reported (the scrape itself still succeeds)
 */
export function createMetrics(options: { logger?: Logger } = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  let reader: QueueReader | undefined;
  // Both gauges are collected concurrently within one scrape: they share one read of the queues.
  let pending: Promise<ReadonlyArray<QueueSnapshot>> | undefined;
  const readQueues = (): Promise<ReadonlyArray<QueueSnapshot>> => {
    const read = reader;
    if (!read) return Promise.resolve([]);
    // Called inside an async function so that a reader throwing at once is caught like one rejecting.
    pending ??= (async () => read())()
      .catch((error: unknown) => {
        options.logger?.warn({ error: describeError(error) }, "reading the queues for /metrics failed; the queue gauges are left out of this scrape");
        return [];
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
  const queueGauge = (name: string, help: string, value: (snapshot: QueueSnapshot) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ["queue", "channel"] as const,
      registers,
      async collect() {
        const snapshots = await readQueues();
        this.reset();
        for (const snapshot of snapshots) this.set({ queue: snapshot.queue, channel: snapshot.channel }, value(snapshot));
      },
    });

  return {
    registry,
    messagesIn: new Counter({ name: "tldv_messages_in_total", help: "Incoming messages accepted, per channel", labelNames: ["channel"] as const, registers }),
    messagesOut: new Counter({ name: "tldv_messages_out_total", help: "Messages delivered, per channel and purpose", labelNames: ["channel", "purpose"] as const, registers }),
    deliveriesRetried: new Counter({ name: "tldv_deliveries_retried_total", help: "Deliveries that failed and were scheduled again", labelNames: ["channel"] as const, registers }),
    deliveriesFailed: new Counter({ name: "tldv_deliveries_failed_total", help: "Deliveries given up (refused for good or out of attempts)", labelNames: ["channel"] as const, registers }),
    deliveriesUnconfirmed: new Counter({ name: "tldv_deliveries_unconfirmed_total", help: "Deliveries cut short by a crash after the platform call began, not sent again", labelNames: ["channel"] as const, registers }),
    reportsFiled: new Counter({ name: "tldv_reports_filed_total", help: "Reports filed, per channel and urgency", labelNames: ["channel", "urgent"] as const, registers }),
    answerLatency: new Histogram({
      name: "tldv_answer_latency_seconds",
      help: "Seconds from a message's arrival to the assistant's first reply",
      labelNames: ["channel"] as const,
      buckets: [...ANSWER_LATENCY_BUCKETS],
      registers,
    }),
    queueOldest: queueGauge("tldv_queue_oldest_seconds", "Age in seconds of the oldest waiting message, per queue and channel", (snapshot) => snapshot.oldestSeconds),
    queueLength: queueGauge("tldv_queue_length", "Messages waiting, per queue and channel", (snapshot) => snapshot.count),
    requestsLimited: new Counter({ name: "tldv_requests_limited_total", help: "Requests refused by the per-address limits, per route", labelNames: ["route"] as const, registers }),
    webhooksDiscarded: new Counter({ name: "tldv_incoming_discarded_total", help: "Incoming messages discarded (bad signature or body), per source", labelNames: ["source"] as const, registers }),
    setQueueReader(read) {
      reader = read;
    },
  };
}
