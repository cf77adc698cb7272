/**
 * Photos people upload from the web chat: what they are, judged by their bytes and never by their
 * name or declared type (an SVG or a script renamed `.jpg` is not a photo), and the same photo
 * without the metadata that tells where it was taken. No I/O here.
 *
 * Metadata removed: in JPEG the APP1 segments (Exif, where GPS lives, and XMP), APP13 (Photoshop
 * IPTC, which may name a place) and comments; in PNG the eXIf and text chunks (XMP travels in iTXt);
 * in WebP the EXIF and XMP chunks. A JPEG's Exif orientation is written back alone, so that a phone
 * photo taken upright still shows upright.
 */

/** The photo types the web chat takes. */
export type PhotoType = "jpeg" | "png" | "webp";

/** Named limits of the web chat's photos (stated to the person in the chat). */
export const PHOTO_LIMITS = {
  /** Bytes of one photo. */
  maxBytes: 10 * 1024 * 1024,
  /** Photos sent with one message (as in a Telegram album). */
  perMessage: 10,
} as const;

/** Extension and served type of each photo type. */
export const PHOTO_FORMATS: Readonly<Record<PhotoType, { readonly ext: string; readonly contentType: string }>> = {
  jpeg: { ext: "jpg", contentType: "image/jpeg" },
  png: { ext: "png", contentType: "image/png" },
  webp: { ext: "webp", contentType: "image/webp" },
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The type of a photo from its content, checked beyond the first bytes (a JPEG's segments up to its
 * image data, a PNG's chunks, a WebP's RIFF container); undefined for anything else, a truncated
 * file included.
 */
export function photoType(bytes: Uint8Array): PhotoType | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegSegments(bytes) ? "jpeg" : undefined;
  if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return pngChunks(bytes) ? "png" : undefined;
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") return webpChunks(bytes) ? "webp" : undefined;
  return undefined;
}

/** The photo without its location metadata (see the module's comment); the bytes as they are for another type. */
export function withoutLocation(bytes: Uint8Array, type: PhotoType): Uint8Array {
  if (type === "jpeg") return stripJpeg(bytes);
  if (type === "png") return stripPng(bytes);
  return stripWebp(bytes);
}

// ---- JPEG ----

interface Segment {
  readonly marker: number;
  /** Offset of the 0xFF that starts it. */
  readonly start: number;
  /** Offset just after it (for SOS: the end of the file). */
  readonly end: number;
}

/** The segments of a JPEG up to and including its first scan, which runs to the end; undefined when malformed. */
function jpegSegments(bytes: Uint8Array): Segment[] | undefined {
  const segments: Segment[] = [];
  let offset = 2;
  let frame = false;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    let at = offset + 1;
    while (bytes[at] === 0xff && at < bytes.length) at++;
    const marker = bytes[at]!;
    const length = ((bytes[at + 1]! << 8) | bytes[at + 2]!) >>> 0;
    if (length < 2 || at + 1 + length > bytes.length) return undefined;
    const end = at + 1 + length;
    // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC): the frame header.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) frame = true;
    if (marker === 0xda) {
      if (!frame) return undefined;
      segments.push({ marker, start: offset, end: bytes.length });
      return segments;
    }
    segments.push({ marker, start: offset, end });
    offset = end;
  }
  return undefined;
}

/** APP1 (Exif, XMP), APP13 (Photoshop IPTC) and COM. */
const JPEG_METADATA = new Set([0xe1, 0xed, 0xfe]);

function stripJpeg(bytes: Uint8Array): Uint8Array {
  const segments = jpegSegments(bytes);
  if (!segments) return bytes;
  const orientation = segments.map((segment) => exifOrientation(bytes, segment)).find((value) => value !== undefined);
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let orientationWritten = orientation === undefined || orientation === 1;
  for (const segment of segments) {
    // Exif belongs right after JFIF's APP0 when there is one, else right after the start of image.
    if (!orientationWritten && segment.marker !== 0xe0) {
      parts.push(orientationSegment(orientation!));
      orientationWritten = true;
    }
    if (!JPEG_METADATA.has(segment.marker)) parts.push(bytes.subarray(segment.start, segment.end));
  }
  return concat(parts);
}

/** The Exif orientation (1–8) an APP1 segment holds, if it is an Exif segment that has one. */
function exifOrientation(bytes: Uint8Array, segment: Segment): number | undefined {
  if (segment.marker !== 0xe1) return undefined;
  const tiff = segment.start + 4 + 6;
  if (tiff + 8 > segment.end || ascii(bytes, segment.start + 4, 6) !== "Exif\0\0") return undefined;
  const little = ascii(bytes, tiff, 2) === "II";
  const read16 = (at: number) => (little ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!);
  const read32 = (at: number) => (little ? (read16(at) | (read16(at + 2) << 16)) >>> 0 : ((read16(at) << 16) | read16(at + 2)) >>> 0);
  const ifd = tiff + read32(tiff + 4);
  if (ifd + 2 > segment.end) return undefined;
  const count = read16(ifd);
  for (let index = 0; index < count; index++) {
    const entry = ifd + 2 + index * 12;
    if (entry + 12 > segment.end) return undefined;
    if (read16(entry) === 0x0112) {
      const value = read16(entry + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** An APP1 Exif segment holding only the orientation tag (big-endian TIFF, one IFD entry). */
function orientationSegment(orientation: number): Uint8Array {
  const body = [
    ...[0x45, 0x78, 0x69, 0x66, 0x00, 0x00], // "Exif\0\0"
    ...[0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08], // "MM", 42, IFD0 at 8
    ...[0x00, 0x01], // one entry
    ...[0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00], // Orientation, SHORT, 1
    ...[0x00, 0x00, 0x00, 0x00], // no next IFD
  ];
  const length = body.length + 2;
  return Uint8Array.from([0xff, 0xe1, length >> 8, length & 0xff, ...body]);
}

// ---- PNG ----

interface Chunk {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** The chunks of a PNG, IHDR first and IEND last; undefined when malformed. */
function pngChunks(bytes: Uint8Array): Chunk[] | undefined {
  const chunks: Chunk[] = [];
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = readUint32BE(bytes, offset);
    const end = offset + 12 + length;
    if (end > bytes.length) return undefined;
    const type = ascii(bytes, offset + 4, 4);
    chunks.push({ type, start: offset, end });
    if (type === "IEND") return chunks[0]?.type === "IHDR" ? chunks : undefined;
    offset = end;
  }
  return undefined;
}

/** eXIf, and the text chunks (XMP is an iTXt chunk). */
const PNG_METADATA = new Set(["eXIf", "tEXt", "iTXt", "zTXt"]);

function stripPng(bytes: Uint8Array): Uint8Array {
  const chunks = pngChunks(bytes);
  if (!chunks) return bytes;
  return concat([bytes.subarray(0, 8), ...chunks.filter((chunk) => !PNG_METADATA.has(chunk.type)).map((chunk) => bytes.subarray(chunk.start, chunk.end))]);
}

// ---- WebP ----

/** The chunks of a WebP's RIFF container, one with image data among them; undefined when malformed. */
function webpChunks(bytes: Uint8Array): Chunk[] | undefined {
  const riffEnd = 8 + readUint32LE(bytes, 4);
  if (riffEnd > bytes.length || riffEnd < 20) return undefined;
  const chunks: Chunk[] = [];
  let offset = 12;
  while (offset + 8 <= riffEnd) {
    const size = readUint32LE(bytes, offset + 4);
    // Chunks are padded to an even size.
    const end = offset + 8 + size + (size % 2);
    if (end > riffEnd) return undefined;
    chunks.push({ type: ascii(bytes, offset, 4), start: offset, end });
    offset = end;
  }
  return chunks.some((chunk) => chunk.type === "VP8 " || chunk.type === "VP8L" || chunk.type === "ANMF") ? chunks : undefined;
}

/** VP8X flags of the EXIF and XMP chunks. */
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

function stripWebp(bytes: Uint8Array): Uint8Array {
  const chunks = webpChunks(bytes);
  if (!chunks) return bytes;
  const kept = chunks.filter((chunk) => chunk.type !== "EXIF" && chunk.type !== "XMP ").map((chunk) => {
    const copy = bytes.slice(chunk.start, chunk.end);
    // The extended header says which metadata chunks follow: they no longer do.
    if (chunk.type === "VP8X") copy[8] = copy[8]! & ~(VP8X_EXIF | VP8X_XMP);
    return copy;
  });
  const body = concat(kept);
  const header = Uint8Array.from([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  return concat([header, body]);
}

// ---- bytes ----

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function readUint32BE(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function readUint32LE(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
