/**
 * Keeps the files people sent by URL (Zalo's voice notes, photos, documents): their links expire, so
 * each is downloaded into the data folder as soon as its report is filed (`kick`), within the limits
 * of src/core/media-download.ts. A report never waits for a download and never depends on one: a
 * file refused for good is marked `failed` with the reason staff are shown; one whose host could not
 * be reached stays `pending` and is tried again later, `KEEPER_DEFAULTS.attempts` times in all.
 * Once a file is stored or refused, its URL (which may hold a token) is kept only without query and
 * token. Stored paths are made of the report code, the attachment id and the type's extension.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { redactUrl, safeFileName } from "../core/attachments.js";
import { describeError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { downloadMedia, MediaRefusedError, type MediaRefusal } from "../core/media-download.js";
import type { Database } from "./database.js";
import type { Attachment } from "./generated/client.js";

/** Named defaults. */
export const KEEPER_DEFAULTS = {
  /** Tries of a download whose host cannot be reached, before it is given up. */
  attempts: 5,
  /** A failed try waits this long before the next; also how often pending downloads are looked for. */
  retryMs: 5 * 60_000,
  /** Downloads under way at once. */
  concurrency: 3,
} as const;

/** Why a download did not give a file: a refusal for good, or a host not reached. */
export type DownloadFailure = MediaRefusal | "unreachable";

/** The state of an attachment kept by URL. */
export const DOWNLOAD = { pending: "pending", stored: "stored", failed: "failed" } as const;

/** A stored file, ready to serve. */
export interface KeptFile {
  readonly bytes: Buffer;
  readonly contentType: string;
  /** The name to offer it under (safe, with the type's extension). */
  readonly name: string;
}

/** Where a file sent by URL waits to be downloaded: "pending" when the reference is a URL. */
export function initialDownload(ref: string): string | null {
  return isUrl(ref) ? DOWNLOAD.pending : null;
}

/** Whether a reference is a URL (Zalo, web) rather than a platform's file id (Telegram). */
export function isUrl(ref: string): boolean {
  return /^https?:\/\//iu.test(ref);
}

/** What the keeper may fetch, and how. */
export interface KeeperOptions {
  /** Hosts files are downloaded from, with their subdomains (see `hostAllowed`). */
  readonly hosts: readonly string[];
  readonly attempts?: number;
  readonly retryMs?: number;
  readonly concurrency?: number;
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
}

export class AttachmentKeeper {
  private readonly options: KeeperOptions & { attempts: number; retryMs: number; concurrency: number };
  private readonly inFlight = new Map<number, Promise<Attachment>>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  /**
   * @param dataDir the data folder; files go to `<dataDir>/attachments/<report code>/`
   * @param options the hosts files are fetched from, limits and timings (tests shorten them)
   */
  constructor(
    private readonly db: Database,
    private readonly dataDir: string,
    private readonly logger: Logger,
    options: KeeperOptions,
  ) {
    this.options = { ...KEEPER_DEFAULTS, ...options };
  }

  /** Looks for pending downloads now and every `retryMs` (those left by a stop or a crash too). */
  start(): void {
    this.kick();
    this.timer = setInterval(() => this.kick(), this.options.retryMs);
    this.timer.unref();
  }

  /**
   * Stops looking; downloads under way get `waitMs` to finish. One cut off stays pending and is
   * tried again at the next start.
   */
  async stop(waitMs = 2000): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([this.running, new Promise<void>((resolve) => (timeout = setTimeout(resolve, waitMs)))]);
    clearTimeout(timeout);
  }

  /** Downloads what is pending, soon (called when a report with attachments was filed). */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass()
      .catch((error: unknown) => this.logger.warn({ error: describeError(error) }, "attachment downloads failed"))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Until nothing pending is due: resolves once the downloads kicked so far are done (tests). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  /** One pass over the pending downloads that are due. */
  private async pass(): Promise<void> {
    const due = new Date(Date.now() - this.options.retryMs);
    const pending = await this.db.attachment.findMany({
      where: { download: DOWNLOAD.pending, OR: [{ triedAt: null }, { triedAt: { lt: due } }] },
      orderBy: { id: "asc" },
    });
    const queue = [...pending];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await this.keep(next);
    };
    await Promise.all(Array.from({ length: this.options.concurrency }, worker));
  }

  /**
   * Downloads one attachment now (a pending one: another is returned as it is) and records the
   * outcome; what the row is afterwards. Two calls for the same attachment share one download.
   */
  keep(attachment: Attachment): Promise<Attachment> {
    if (attachment.download !== DOWNLOAD.pending) return Promise.resolve(attachment);
    const current = this.inFlight.get(attachment.id);
    if (current) return current;
    const kept = this.download(attachment).finally(() => this.inFlight.delete(attachment.id));
    this.inFlight.set(attachment.id, kept);
    return kept;
  }

  private async download(attachment: Attachment): Promise<Attachment> {
    const report = await this.db.report.findUnique({ where: { id: attachment.reportId }, select: { code: true } });
    const log = this.logger.child({ report: report?.code, attachment: attachment.id, kind: attachment.kind });
    const now = new Date();
    try {
      const media = await downloadMedia(attachment.ref, {
        hosts: this.options.hosts,
        ...(attachment.name ? { name: attachment.name } : {}),
        ...(this.options.maxBytes ? { maxBytes: this.options.maxBytes } : {}),
        ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}),
      });
      const folder = join("attachments", report?.code ?? String(attachment.reportId));
      const file = join(folder, `${attachment.id}.${media.ext}`);
      await mkdir(join(this.dataDir, folder), { recursive: true });
      // Written aside and renamed: a half-written file is never served.
      const partial = join(this.dataDir, `${file}.part`);
      await writeFile(partial, media.bytes);
      await rename(partial, join(this.dataDir, file));
      log.info({ bytes: media.bytes.byteLength, type: media.contentType }, "attachment stored");
      return await this.db.attachment.update({
        where: { id: attachment.id },
        data: { download: DOWNLOAD.stored, failure: null, file, contentType: media.contentType, size: media.bytes.byteLength, ref: redactUrl(attachment.ref), attempts: { increment: 1 }, triedAt: now },
      });
    } catch (error) {
      const refused = error instanceof MediaRefusedError;
      const attempts = attachment.attempts + 1;
      const givenUp = refused || attempts >= this.options.attempts;
      const failure: DownloadFailure = refused ? error.reason : "unreachable";
      log.warn({ failure, attempts, givenUp, error: describeError(error) }, "attachment not downloaded");
      return this.db.attachment.update({
        where: { id: attachment.id },
        data: { failure, attempts, triedAt: now, ...(givenUp ? { download: DOWNLOAD.failed, ref: redactUrl(attachment.ref) } : {}) },
      });
    }
  }

  /** The stored file of an attachment; undefined when it has none or it is missing from the folder. */
  async read(attachment: Attachment): Promise<KeptFile | undefined> {
    if (!attachment.file || !attachment.contentType) return undefined;
    try {
      const bytes = await readFile(join(this.dataDir, attachment.file));
      const ext = attachment.file.slice(attachment.file.lastIndexOf(".") + 1);
      return { bytes, contentType: attachment.contentType, name: safeFileName(attachment.name ?? undefined, ext, fallbackName(attachment)) };
    } catch (error) {
      this.logger.warn({ attachment: attachment.id, error: describeError(error) }, "stored attachment unreadable");
      return undefined;
    }
  }
}

/** The name of a file sent without one: "tin-nhan-thoai-12", "anh-12", "tep-12". */
function fallbackName(attachment: Pick<Attachment, "id" | "kind">): string {
  const word = attachment.kind === "voice" ? "tin-nhan-thoai" : attachment.kind === "photo" ? "anh" : "tep";
  return `${word}-${attachment.id}`;
}
