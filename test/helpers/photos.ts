/**
 * Photos for the upload tests: small real images (test/fixtures/photos, made with Chromium), and
 * the same with location metadata added the way a phone camera writes it (Exif GPS, XMP).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { ROOT } from "./paths.js";

/** A fixture photo: "jpg", "png" or "webp". */
export function fixturePhoto(ext: "jpg" | "png" | "webp"): Buffer {
  return readFileSync(join(ROOT, "test", "fixtures", "photos", `road.${ext}`));
}

/** The latitude written (15° 52' 30.12" N), as its three rationals: what must not survive stripping. */
export const GPS_LATITUDE_BYTES = Buffer.from([0, 0, 0, 15, 0, 0, 0, 1, 0, 0, 0, 52, 0, 0, 0, 1, 0, 0, 0x0b, 0xc4, 0, 0, 0, 100]);

/**
 * A big-endian TIFF block as Exif holds it: IFD0 with the orientation and a GPS IFD pointer, the GPS
 * IFD with latitude (and its reference "N").
 */
export function exifTiff(orientation = 6): Buffer {
  const ifd0 = Buffer.alloc(2 + 2 * 12 + 4);
  ifd0.writeUInt16BE(2, 0);
  entry(ifd0, 2, 0x0112, 3, 1, orientation << 16);
  const gpsAt = 8 + ifd0.length;
  entry(ifd0, 14, 0x8825, 4, 1, gpsAt);
  const gps = Buffer.alloc(2 + 2 * 12 + 4);
  gps.writeUInt16BE(2, 0);
  entry(gps, 2, 0x0001, 2, 2, 0x4e000000);
  entry(gps, 14, 0x0002, 5, 3, gpsAt + gps.length);
  return Buffer.concat([Buffer.from("MM\0*\0\0\0\x08", "latin1"), ifd0, gps, GPS_LATITUDE_BYTES]);
}

function entry(ifd: Buffer, at: number, tag: number, type: number, count: number, value: number): void {
  ifd.writeUInt16BE(tag, at);
  ifd.writeUInt16BE(type, at + 2);
  ifd.writeUInt32BE(count, at + 4);
  ifd.writeUInt32BE(value >>> 0, at + 8);
}

/** An XMP packet naming the place. */
export const XMP_PLACE = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description exif:GPSLatitude="15,52.502N" photoshop:City="Tam Kỳ"/></x:xmpmeta>';

/** The JPEG with an Exif APP1 (orientation and GPS) and an XMP APP1 inserted after its JFIF header. */
export function jpegWithGps(jpeg = fixturePhoto("jpg"), orientation = 6): Buffer {
  const exif = Buffer.concat([Buffer.from("Exif\0\0", "latin1"), exifTiff(orientation)]);
  const xmp = Buffer.concat([Buffer.from("http://ns.adobe.com/xap/1.0/\0", "latin1"), Buffer.from(XMP_PLACE)]);
  const segment = (body: Buffer) => Buffer.concat([Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body]);
  const jfifEnd = 4 + jpeg.readUInt16BE(4);
  return Buffer.concat([jpeg.subarray(0, jfifEnd), segment(exif), segment(xmp), jpeg.subarray(jfifEnd)]);
}

/** The PNG with an eXIf chunk (GPS) and an iTXt XMP chunk after IHDR. */
export function pngWithGps(png = fixturePhoto("png")): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, "latin1");
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdrEnd = 8 + 12 + png.readUInt32BE(8);
  const xmp = Buffer.concat([Buffer.from("XML:com.adobe.xmp\0\0\0\0\0", "latin1"), Buffer.from(XMP_PLACE)]);
  return Buffer.concat([png.subarray(0, ihdrEnd), chunk("eXIf", exifTiff()), chunk("iTXt", xmp), png.subarray(ihdrEnd)]);
}

/** The WebP (extended format) with EXIF and XMP chunks appended and flagged in its VP8X header. */
export function webpWithGps(webp = fixturePhoto("webp")): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, "latin1");
    head.writeUInt32LE(data.length, 4);
    return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
  };
  const body = Buffer.from(webp.subarray(12));
  if (body.toString("latin1", 0, 4) !== "VP8X") throw new Error("the WebP fixture is not in the extended format");
  body[8] = body[8]! | 0x08 | 0x04;
  const all = Buffer.concat([body, chunk("EXIF", exifTiff()), chunk("XMP ", Buffer.from(XMP_PLACE))]);
  const header = Buffer.from("RIFF\0\0\0\0WEBP", "latin1");
  header.writeUInt32LE(all.length + 4, 4);
  return Buffer.concat([header, all]);
}
