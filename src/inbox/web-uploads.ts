/**
 * Photos uploaded from the web chat, kept in the data folder (`<dataDir>/uploads/<chat id>/<id>.<ext>`)
 * from the moment they arrive: the message that sends them, and the report it joins, refer to them
 * as `<chat id>/<id>.<ext>`, the way a Telegram photo is referred to by its file id. Each is checked
 * by its content (JPEG, PNG or WebP, at most `PHOTO_LIMITS.maxBytes`) and stored without location
 * metadata unless the person shared their location. Staff are served them through the attachments
 * route (this store is the web channel's `AttachmentSource`); uploads no report or added information
 * refers to are deleted after `UPLOAD_RETENTION_MS`.
 */
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, statfs, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { contentTypeOf, type AttachmentFile, type AttachmentSource } from "../core/attachments.js";
import { describeError, UpstreamApiError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { PHOTO_FORMATS, PHOTO_LIMITS, photoType, withoutLocation } from "../core/photos.js";
import type { Database } from "./database.js";

/** An upload no report refers to is deleted after this long (a form in progress may take days). */
export const UPLOAD_RETENTION_MS = 7 * 24 * 3600 * 1000;

/**
 * Free space an upload must leave on the data folder's disk: uploads are limited per address, not in
 * total, and the database on the same disk must never be the one to run out of room.
 */
export const UPLOAD_MIN_FREE_BYTES = 1024 ** 3;

/** Why an upload was refused. */
export type UploadRefusal = "too_large" | "not_photo" | "no_space";

/** An upload refused for its content: `reason` says why, `message` tells the person in Vietnamese. */
export class UploadRefusedError extends Error {
  constructor(
    readonly reason: UploadRefusal,
    message: string,
  ) {
    super(message);
    this.name = "UploadRefusedError";
  }
}

/** What the person reads when a photo is refused. */
export const UPLOAD_MESSAGES: Readonly<Record<UploadRefusal, string>> = {
  too_large: `Ảnh lớn hơn ${PHOTO_LIMITS.maxBytes / 1024 / 1024} MB nên không gửi được. Bạn chọn ảnh nhỏ hơn, hoặc chụp lại với độ phân giải thấp hơn nhé.`,
  not_photo: "Tệp này không phải ảnh JPEG, PNG hay WebP (dù tên tệp có thể ghi như vậy) nên trợ lý không nhận. Bạn chọn ảnh chụp khác nhé.",
  no_space: "Máy chủ tạm thời không nhận thêm ảnh. Bạn cứ gửi phản ánh bằng chữ trước, ảnh gửi sau nhé.",
};

/** A reference to an upload: `<chat id>/<uuid>.<ext>`, nothing that could leave the folder. */
const REF = /^([A-Za-z0-9_-]{22,64})\/([0-9a-f-]{36})\.(jpg|png|webp)$/u;

/** A stored photo: what the message that sends it carries. */
export interface StoredUpload {
  readonly ref: string;
  readonly type: string;
  readonly size: number;
}

export class WebUploads implements AttachmentSource {
  private readonly folder: string;

  /**
   * @param dataDir the data folder; uploads go to `<dataDir>/uploads/`
   * @param options `minFreeBytes` overrides `UPLOAD_MIN_FREE_BYTES` (tests raise it to see the refusal)
   */
  constructor(
    private readonly db: Database,
    private readonly dataDir: string,
    private readonly logger: Logger,
    private readonly options: { minFreeBytes?: number } = {},
  ) {
    this.folder = join(dataDir, "uploads");
  }

  /**
   * Checks and stores a photo of a chat; `keepLocation`: the person shared their location, so the
   * photo is kept whole. @throws UploadRefusedError for a file too large or that is not a photo
   */
  async store(chatId: string, bytes: Uint8Array, keepLocation: boolean): Promise<StoredUpload> {
    if (bytes.length > PHOTO_LIMITS.maxBytes) throw new UploadRefusedError("too_large", UPLOAD_MESSAGES.too_large);
    const type = photoType(bytes);
    if (!type) throw new UploadRefusedError("not_photo", UPLOAD_MESSAGES.not_photo);
    const kept = keepLocation ? bytes : withoutLocation(bytes, type);
    const disk = await statfs(this.dataDir);
    if (disk.bavail * disk.bsize - kept.length < (this.options.minFreeBytes ?? UPLOAD_MIN_FREE_BYTES)) {
      this.logger.error({ freeBytes: disk.bavail * disk.bsize }, "the data folder's disk is nearly full: web chat photos are refused until space is freed");
      throw new UploadRefusedError("no_space", UPLOAD_MESSAGES.no_space);
    }
    const ref = `${chatId}/${randomUUID()}.${PHOTO_FORMATS[type].ext}`;
    if (!REF.test(ref)) throw new RangeError(`not a web chat id: ${chatId}`);
    await mkdir(join(this.folder, chatId), { recursive: true, mode: 0o700 });
    // Written aside and renamed: a half-written file is never served.
    const path = join(this.folder, ref);
    await writeFile(`${path}.part`, kept, { mode: 0o600 });
    await rename(`${path}.part`, path);
    return { ref, type: PHOTO_FORMATS[type].contentType, size: kept.length };
  }

  /** Whether `ref` is an upload of this chat that is still stored. */
  async has(chatId: string, ref: string): Promise<boolean> {
    const match = REF.exec(ref);
    if (!match || match[1] !== chatId) return false;
    return stat(join(this.folder, ref)).then(
      (info) => info.isFile(),
      () => false,
    );
  }

  /** The stored photo (staff's attachments route). @throws UpstreamApiError when it is not stored */
  async fetch(ref: string): Promise<AttachmentFile> {
    const match = REF.exec(ref);
    if (!match) throw new UpstreamApiError("web upload", 404, `not an upload reference: ${ref}`);
    try {
      const bytes = await readFile(join(this.folder, ref));
      return { bytes, contentType: contentTypeOf(ref), name: `${match[2]}.${match[3]}` };
    } catch (error) {
      throw new UpstreamApiError("web upload", 404, `upload missing: ${describeError(error)}`);
    }
  }

  /** Deletes uploads older than the retention that no attachment refers to; how many went. */
  async prune(now = Date.now()): Promise<number> {
    let removed = 0;
    const chats = await readdir(this.folder).catch(() => [] as string[]);
    for (const chat of chats) {
      const files = await readdir(join(this.folder, chat)).catch(() => [] as string[]);
      for (const file of files) {
        const ref = `${chat}/${file}`;
        const info = await stat(join(this.folder, ref)).catch(() => undefined);
        if (!info || now - info.mtimeMs < UPLOAD_RETENTION_MS) continue;
        if (await this.db.attachment.count({ where: { channel: "web", ref } })) continue;
        await rm(join(this.folder, ref), { force: true });
        removed++;
      }
    }
    if (removed) this.logger.info({ removed }, "unsent web chat photos deleted");
    return removed;
  }
}
