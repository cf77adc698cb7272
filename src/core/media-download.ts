/**
 * Downloads a file a person sent by URL (Zalo gives voice notes, photos and documents as links that
 * expire), within limits: size (checked on `Content-Length` and again while the bytes arrive, so a
 * server that lies is cut off), kept types only (see `keptType`), no program, a time limit, and
 * only from the hosts allowed (the platform's own: a link in a message must not make the server
 * fetch an address of the internal network), redirects included. The URL may hold a token: it never
 * appears in an error message.
 */
import { ATTACHMENT_MAX_BYTES, keptType, looksExecutable, redactUrl } from "./attachments.js";
import { AppError, UpstreamUnreachableError, describeError } from "./errors.js";

/** Named defaults of a download. */
export const MEDIA_DOWNLOAD_DEFAULTS = {
  maxBytes: ATTACHMENT_MAX_BYTES,
  /** The whole download, headers and body. */
  timeoutMs: 30_000,
  /** Redirects followed, each to an allowed host. */
  maxRedirects: 3,
} as const;

/**
 * Whether `hostname` is one of `hosts` or under one of them (`zadn.vn` allows `photo.zadn.vn`, not
 * `evilzadn.vn`).
 */
export function hostAllowed(hosts: readonly string[], hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/u, "");
  return hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** Why a file is not kept, for good: retrying would give the same answer. */
export type MediaRefusal = "too_large" | "type" | "gone" | "host";

/** The file will not be kept: too large, of a type not kept, no longer offered, or on a host not allowed. */
export class MediaRefusedError extends AppError {
  constructor(
    readonly reason: MediaRefusal,
    message: string,
  ) {
    super(message);
  }
}

/** A downloaded file. */
export interface DownloadedMedia {
  readonly bytes: Buffer;
  readonly contentType: string;
  /** The extension of its kept type ("aac", "pdf"). */
  readonly ext: string;
}

/**
 * Downloads `url`. `name` is the file's name as the platform gave it, when it did; otherwise the
 * URL's last path segment stands in for it (only to read an extension from).
 * @throws MediaRefusedError (too large, type not kept, refused by the server) or
 *   UpstreamUnreachableError (no answer, a server error, too slow: worth trying again later)
 */
export async function downloadMedia(url: string, options: { hosts: readonly string[]; name?: string; maxBytes?: number; timeoutMs?: number }): Promise<DownloadedMedia> {
  const maxBytes = options.maxBytes ?? MEDIA_DOWNLOAD_DEFAULTS.maxBytes;
  const where = redactUrl(url);
  const signal = AbortSignal.timeout(options.timeoutMs ?? MEDIA_DOWNLOAD_DEFAULTS.timeoutMs);
  let response: Response | undefined;
  let next = url;
  for (let hop = 0; hop <= MEDIA_DOWNLOAD_DEFAULTS.maxRedirects; hop++) {
    let target: URL;
    try {
      target = new URL(next);
    } catch {
      throw new MediaRefusedError("gone", `not a URL: ${where}`);
    }
    if (target.protocol !== "http:" && target.protocol !== "https:") throw new MediaRefusedError("gone", `not an http(s) URL: ${where}`);
    if (!hostAllowed(options.hosts, target.hostname)) throw new MediaRefusedError("host", `${where} (or a redirect from it) is on ${target.hostname}, not an allowed media host`);
    try {
      response = await fetch(target, { signal, redirect: "manual" });
    } catch (error) {
      throw new UpstreamUnreachableError("media host", `${where}: ${describeError(error)}`);
    }
    const location = response.status >= 300 && response.status < 400 ? response.headers.get("location") : null;
    if (!location) break;
    await response.body?.cancel();
    next = new URL(location, target).href;
    response = undefined;
  }
  if (!response) throw new MediaRefusedError("gone", `${where} redirects more than ${MEDIA_DOWNLOAD_DEFAULTS.maxRedirects} times`);
  if (!response.ok) {
    await response.body?.cancel();
    // Rate limits, timeouts and server errors pass; anything else means the link is dead.
    if (response.status >= 500 || response.status === 429 || response.status === 408) throw new UpstreamUnreachableError("media host", `${where} answered ${response.status}`);
    throw new MediaRefusedError("gone", `${where} answered ${response.status}`);
  }
  const type = keptType(response.headers.get("content-type") ?? undefined, options.name ?? lastSegment(url));
  if (!type) {
    await response.body?.cancel();
    throw new MediaRefusedError("type", `${where} is of a type not kept (${response.headers.get("content-type") ?? "no type"})`);
  }
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new MediaRefusedError("too_large", `${where} is ${declared} bytes, over the limit of ${maxBytes}`);
  }
  const bytes = await readAtMost(response, maxBytes, where);
  if (looksExecutable(bytes)) throw new MediaRefusedError("type", `${where} is a program`);
  return { bytes, contentType: type.contentType, ext: type.ext };
}

/** The body, stopped as soon as it passes `maxBytes`. */
async function readAtMost(response: Response, maxBytes: number, where: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new MediaRefusedError("too_large", `${where} is over the limit of ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof MediaRefusedError) throw error;
    throw new UpstreamUnreachableError("media host", `${where}: ${describeError(error)}`);
  }
  return Buffer.concat(chunks);
}

function lastSegment(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "") || undefined;
  } catch {
    return undefined;
  }
}
