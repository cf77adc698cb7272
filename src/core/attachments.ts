/**
 * Attachments a channel keeps by reference (a Telegram `file_id`), fetched on demand for the web
 * inbox. Each channel that holds such references provides a source; URLs (Zalo) need none.
 */

/** The bytes of an attachment and how to serve them. */
export interface AttachmentFile {
  readonly bytes: Uint8Array;
  /** An image type for photos; anything else is served as a download. */
  readonly contentType: string;
  readonly name: string;
}

/** Fetches the file a reference stands for. */
export interface AttachmentSource {
  /** @throws UpstreamApiError (the platform refused: file gone, too large) or UpstreamUnreachableError */
  fetch(ref: string): Promise<AttachmentFile>;
}

/** Largest attachment served (bytes): Telegram lets bots download up to 20 MB. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

const IMAGE_TYPES: Readonly<Record<string, string>> = { jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", webp: "image/webp", gif: "image/gif" };

/** The type to serve a file as, from its name: images as themselves, the rest as binary. */
export function contentTypeOf(name: string): string {
  return IMAGE_TYPES[name.slice(name.lastIndexOf(".") + 1).toLowerCase()] ?? "application/octet-stream";
}
