/**
 * The report feed's relay between instances sharing a PostgreSQL database: a change is sent with
 * NOTIFY and every instance, the sender included, hears it through LISTEN on a connection of its own
 * (a pooled connection cannot listen). A lost connection is opened again; changes sent meanwhile are
 * not heard here, which open pages survive (they reload on the next change they cannot place).
 * The same connection hears that an admin changed a list (areas, topics, holidays) on any instance,
 * so that every instance reloads its lists, not only the one that took the form.
 */
import pg from "pg";
import { describeError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { FeedRelay, ReportChangeKind } from "./report-feed.js";

/** The channel of the report changes. */
const CHANNEL = "report_feed";
/** The channel of "the lists changed". */
const LISTS_CHANNEL = "reference_lists";
/** Wait before opening a lost connection again. */
const RECONNECT_MS = 1000;

export class PostgresFeedRelay implements FeedRelay {
  private client: pg.Client | undefined;
  private deliver: (kind: ReportChangeKind, code: string) => void = () => undefined;
  private listsChanged: () => void = () => undefined;
  private closed = false;

  private constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  /** Connects and listens. @throws when the database cannot be reached */
  static async start(url: string, logger: Logger): Promise<PostgresFeedRelay> {
    const relay = new PostgresFeedRelay(url, logger);
    await relay.connect();
    return relay;
  }

  onChange(deliver: (kind: ReportChangeKind, code: string) => void): void {
    this.deliver = deliver;
  }

  send(kind: ReportChangeKind, code: string): void {
    const client = this.client;
    if (!client) return this.logger.warn({ code }, "the report feed is not connected: open inbox pages miss a change");
    client.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ kind, code })]).catch((error: unknown) => this.logger.warn({ error: describeError(error) }, "could not send a report change to the other instances"));
  }

  /** Registers what runs when another instance changed a list (not this one: it reloaded already). */
  onListsChanged(reload: () => void): void {
    this.listsChanged = reload;
  }

  /** Tells the other instances that a list changed. */
  sendListsChanged(): void {
    const client = this.client;
    if (!client) return this.logger.warn("the instances' notifications are not connected: the others keep their lists until they restart or hear a later change");
    client.query("SELECT pg_notify($1, '')", [LISTS_CHANNEL]).catch((error: unknown) => this.logger.warn({ error: describeError(error) }, "could not tell the other instances that a list changed"));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 5000 });
    let backend: number | undefined;
    client.on("notification", (message) => {
      // Sent from this very connection: this instance reloaded its lists when it changed them.
      if (message.channel === LISTS_CHANNEL) return message.processId === backend ? undefined : this.listsChanged();
      if (message.channel !== CHANNEL || !message.payload) return;
      const change = JSON.parse(message.payload) as { kind: ReportChangeKind; code: string };
      this.deliver(change.kind, change.code);
    });
    client.on("error", (error) => this.logger.warn({ error: describeError(error) }, "the report feed's connection failed"));
    client.on("end", () => {
      // Only the connection in use is replaced; one that failed while opening is retried by reconnectLater.
      if (this.client !== client) return;
      this.client = undefined;
      this.reconnectLater();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}; LISTEN ${LISTS_CHANNEL}`);
      backend = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
  }

  private reconnectLater(): void {
    if (this.closed) return;
    setTimeout(() => {
      if (this.closed) return;
      this.connect().catch((error: unknown) => {
        this.logger.warn({ error: describeError(error) }, "could not reconnect the report feed; trying again");
        this.reconnectLater();
      });
    }, RECONNECT_MS).unref();
  }
}
