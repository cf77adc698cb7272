/**
 * Attachments a channel keeps by reference (a Telegram `file_id`), fetched on demand for the web
 * inbox. Each channel that holds such references provides a source; URLs (Zalo) are downloaded into
 * the data folder instead (src/inbox/attachment-keeper.ts), within the limits below: what types are
 * kept, how names are made safe, how a URL is stripped of what may be secret in it.
 */
import { fold } from "./text.js";

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

/**
 * The types of file kept from what people send, by extension: voice and audio, images, office
 * documents, short videos. Anything else (executables above all) is refused.
 */
export const KEPT_TYPES: Readonly<Record<string, string>> = {
  aac: "audio/aac",
  m4a: "audio/mp4",
  mp3: "audio/mpeg",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  opus: "audio/ogg",
  amr: "audio/amr",
  wav: "audio/wav",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  heic: "image/heic",
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  txt: "text/plain",
  mp4: "video/mp4",
};

/** Other names servers give the kept types. */
const TYPE_ALIASES: Readonly<Record<string, string>> = {
  "audio/x-aac": "aac",
  "audio/aacp": "aac",
  "audio/x-m4a": "m4a",
  "audio/m4a": "m4a",
  "audio/mp3": "mp3",
  "audio/x-mpeg": "mp3",
  "audio/opus": "ogg",
  "audio/3gpp": "amr",
  "audio/x-wav": "wav",
  "audio/wave": "wav",
  "audio/vnd.wave": "wav",
  "image/jpg": "jpg",
  "image/pjpeg": "jpg",
};

/** Types that say nothing about the content: the file's name decides. */
const GENERIC_TYPES = new Set(["", "application/octet-stream", "binary/octet-stream", "application/binary", "application/unknown", "application/download", "application/force-download"]);

/** Extensions refused whatever type a server claims: programs and scripts. */
const EXECUTABLE_EXTENSIONS = new Set(["exe", "com", "bat", "cmd", "scr", "msi", "dll", "pif", "cpl", "js", "jse", "vbs", "vbe", "wsf", "ps1", "sh", "jar", "apk", "app", "dmg", "elf", "bin", "lnk", "hta", "html", "htm", "svg"]);

/** The extension of a file name, lower case; "" when it has none. */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** The type to serve a file as, from its name: kept types as themselves, the rest as binary. */
export function contentTypeOf(name: string): string {
  return KEPT_TYPES[extensionOf(name)] ?? "application/octet-stream";
}

/**
 * The kept type of a downloaded file, from the type its server declared and the name it goes by;
 * undefined when it is not kept. A name with a program's extension is refused whatever the declared
 * type; a generic declared type (octet-stream) lets the name's extension decide.
 */
export function keptType(declared: string | undefined, name: string | undefined): { readonly ext: string; readonly contentType: string } | undefined {
  const nameExt = name ? extensionOf(name) : "";
  if (EXECUTABLE_EXTENSIONS.has(nameExt)) return undefined;
  const type = (declared ?? "").split(";")[0]!.trim().toLowerCase();
  if (GENERIC_TYPES.has(type)) return KEPT_TYPES[nameExt] ? { ext: nameExt, contentType: KEPT_TYPES[nameExt] } : undefined;
  // The name's own extension is kept when it means the declared type (".jpeg" for image/jpeg).
  if (KEPT_TYPES[nameExt] === type) return { ext: nameExt, contentType: type };
  const ext = TYPE_ALIASES[type] ?? Object.keys(KEPT_TYPES).find((candidate) => KEPT_TYPES[candidate] === type);
  return ext ? { ext, contentType: KEPT_TYPES[ext]! } : undefined;
}

/** Whether bytes start like a program (Windows, Linux, macOS, Java, a script), whatever they are called. */
export function looksExecutable(bytes: Uint8Array): boolean {
  const starts = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
  return (
    starts(0x4d, 0x5a) || // MZ: Windows programs
    starts(0x7f, 0x45, 0x4c, 0x46) || // ELF
    starts(0x23, 0x21) || // #! scripts
    starts(0xca, 0xfe, 0xba, 0xbe) ||
    starts(0xfe, 0xed, 0xfa, 0xce) ||
    starts(0xfe, 0xed, 0xfa, 0xcf) ||
    starts(0xce, 0xfa, 0xed, 0xfe) ||
    starts(0xcf, 0xfa, 0xed, 0xfe)
  );
}

/** Characters of a file name's stem kept. */
const NAME_STEM_MAX = 80;

/**
 * A file name safe to offer for download: no folders, control characters or characters Windows
 * refuses, at most 80 characters before the extension, which is always `ext` (the kept type's).
 * `fallback` stands in for a name that is empty once cleaned.
 */
export function safeFileName(name: string | undefined, ext: string, fallback: string): string {
  const base = (name ?? "").normalize("NFC").replace(/^.*[/\\]/u, "");
  const stem = (extensionOf(base) ? base.slice(0, base.lastIndexOf(".")) : base)
    .replace(/[\p{Cc}\p{Cf}"<>:*?|%]/gu, "")
    .replace(/\s+/gu, " ")
    .replace(/^[\s.]+|[\s.]+$/gu, "");
  const cut = Array.from(stem).slice(0, NAME_STEM_MAX).join("").trim();
  return `${cut || fallback}.${ext}`;
}

/** A `Content-Disposition` header for a file name: an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(disposition: "inline" | "attachment", name: string): string {
  const ascii = fold(name).replace(/[^\w.-]+/gu, "_");
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * A URL without what may be secret in it: user info, query, fragment, and a path segment holding a
 * bot token (`/bot12345:abc-xyz/`, as Bot API file links do). What is kept once a file is downloaded or refused.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname
      .split("/")
      .map((segment) => (/\d{3,}:[\w-]{6,}/u.test(decodeURIComponent(segment)) ? "bot…" : segment))
      .join("/");
    return `${parsed.protocol}//${parsed.host}${path}`;
  } catch {
    return "(địa chỉ không hợp lệ)";
  }
}
