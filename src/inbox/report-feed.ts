/**
 * Changes to reports as they happen, for the inbox pages that stay open (server-sent events).
 * Whoever files or changes a report publishes here, and every open inbox page hears it. With one
 * process (SQLite) the feed is that process's; when several instances share a PostgreSQL database, a
 * relay (src/inbox/report-feed-relay.ts) carries each change through the database to every instance,
 * this one included, before it is delivered. Ids are each instance's own: a page that reconnects to
 * another instance is told to reload, as when the feed cannot replay what it missed.
 */
import { randomBytes } from "node:crypto";

/** What happened to a report: filed just now, or changed (status, reply, correction, merge…). */
export type ReportChangeKind = "filed" | "changed";

/** One published change. `id` orders changes within this process start ("<start>.<number>"). */
export interface ReportChange {
  readonly id: string;
  readonly kind: ReportChangeKind;
  readonly code: string;
}

/** Carries changes to every instance sharing the database, and back (see `ReportFeed`). */
export interface FeedRelay {
  send(kind: ReportChangeKind, code: string): void;
  /** Registers what every change sent by any instance is given to. */
  onChange(deliver: (kind: ReportChangeKind, code: string) => void): void;
}

/** Hears every change published after it subscribed. */
export type ReportChangeListener = (change: ReportChange) => void;

/** How many recent changes are kept for a page that reconnects (a dropped connection, a laptop waking up). */
export const REPLAYED_CHANGES = 500;

/** Publishes report changes to the listeners of this process, and replays recent ones. */
export class ReportFeed {
  private readonly listeners = new Set<ReportChangeListener>();
  private readonly recent: ReportChange[] = [];
  /** Tells this process start's ids from another's: after a restart, numbers begin again. */
  private readonly start = randomBytes(4).toString("hex");
  private count = 0;

  /** @param relay carries changes between instances; without it, the changes stay in this process */
  constructor(private readonly relay?: FeedRelay) {
    relay?.onChange((kind, code) => this.deliver(kind, code));
  }

  /** Tells every listener of every instance. */
  publish(kind: ReportChangeKind, code: string): void {
    if (this.relay) this.relay.send(kind, code);
    else this.deliver(kind, code);
  }

  /** Tells this instance's listeners; one that throws does not keep the change from the others. */
  private deliver(kind: ReportChangeKind, code: string): void {
    const change = { id: `${this.start}.${++this.count}`, kind, code };
    this.recent.push(change);
    if (this.recent.length > REPLAYED_CHANGES) this.recent.shift();
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch {
        // A listener is an open page; its own failure ends its own stream (see the inbox's event route).
      }
    }
  }

  /** Adds a listener; returns what removes it. */
  subscribe(listener: ReportChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The changes published after the one with id `lastId`, oldest first; undefined when that cannot
   * be told (an id from another process start, or older than the changes kept).
   */
  since(lastId: string): readonly ReportChange[] | undefined {
    const [start, number] = lastId.split(".");
    const seen = Number(number);
    if (start !== this.start || !Number.isInteger(seen) || seen > this.count) return undefined;
    const oldestKept = this.count - this.recent.length;
    if (seen < oldestKept) return undefined;
    return this.recent.slice(seen - oldestKept);
  }
}
