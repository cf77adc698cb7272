/**
 * Photos judged by their bytes (an SVG, a script or a page renamed .jpg is not a photo) and their
 * location metadata removed: Exif GPS and XMP in JPEG, eXIf and iTXt in PNG, EXIF and XMP in WebP;
 * a JPEG keeps its orientation.
 */
import { describe, expect, it } from "vitest";
import { photoType, withoutLocation } from "../../src/core/photos.js";
import { fixturePhoto, GPS_LATITUDE_BYTES, jpegWithGps, pngWithGps, webpWithGps, XMP_PLACE } from "../helpers/photos.js";

const contains = (bytes: Uint8Array, part: Uint8Array | string) => Buffer.from(bytes).includes(typeof part === "string" ? Buffer.from(part) : Buffer.from(part));

describe("photoType", () => {
  it("recognises JPEG, PNG and WebP by their content", () => {
    expect(photoType(fixturePhoto("jpg"))).toBe("jpeg");
    expect(photoType(fixturePhoto("png"))).toBe("png");
    expect(photoType(fixturePhoto("webp"))).toBe("webp");
  });

  it("refuses what only a name would call a photo", () => {
    for (const text of ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>', "#!/bin/sh\nrm -rf /\n", "<script>alert(1)</script>", "GIF89a", ""]) {
      expect(photoType(Buffer.from(text))).toBeUndefined();
    }
    // A photo's first bytes followed by anything else, and a photo cut short.
    expect(photoType(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("<script>alert(1)</script>")]))).toBeUndefined();
    expect(photoType(fixturePhoto("jpg").subarray(0, 100))).toBeUndefined();
    expect(photoType(fixturePhoto("png").subarray(0, 200))).toBeUndefined();
    expect(photoType(fixturePhoto("webp").subarray(0, 40))).toBeUndefined();
  });
});

describe("withoutLocation", () => {
  it("removes a JPEG's Exif GPS and XMP, keeps its orientation, and leaves a JPEG", () => {
    const located = jpegWithGps();
    expect(contains(located, GPS_LATITUDE_BYTES)).toBe(true);
    const stripped = withoutLocation(located, "jpeg");
    expect(contains(stripped, GPS_LATITUDE_BYTES)).toBe(false);
    expect(contains(stripped, "Tam K")).toBe(false);
    expect(contains(stripped, "http://ns.adobe.com/xap")).toBe(false);
    expect(photoType(stripped)).toBe("jpeg");
    // Orientation 6 (rotated 90°) is written back, alone: Exif, "MM", one entry 0x0112 = 6.
    expect(contains(stripped, Buffer.from([0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06]))).toBe(true);
    // The image data itself is untouched: it is the fixture's, after the same header.
    const original = fixturePhoto("jpg");
    expect(Buffer.from(stripped).subarray(-1000).equals(original.subarray(-1000))).toBe(true);
  });

  it("adds nothing to a JPEG that had no orientation", () => {
    const plain = fixturePhoto("jpg");
    expect(Buffer.from(withoutLocation(plain, "jpeg")).equals(plain)).toBe(true);
    const upright = withoutLocation(jpegWithGps(plain, 1), "jpeg");
    expect(Buffer.from(upright).equals(plain)).toBe(true);
  });

  it("removes a PNG's eXIf and XMP chunks", () => {
    const stripped = withoutLocation(pngWithGps(), "png");
    expect(contains(stripped, GPS_LATITUDE_BYTES)).toBe(false);
    expect(contains(stripped, XMP_PLACE.slice(0, 20))).toBe(false);
    expect(Buffer.from(stripped).equals(fixturePhoto("png"))).toBe(true);
  });

  it("removes a WebP's EXIF and XMP chunks and their flags", () => {
    const located = webpWithGps();
    const stripped = Buffer.from(withoutLocation(located, "webp"));
    expect(contains(stripped, GPS_LATITUDE_BYTES)).toBe(false);
    expect(contains(stripped, "EXIF")).toBe(false);
    expect(photoType(stripped)).toBe("webp");
    expect(stripped.readUInt32LE(4)).toBe(stripped.length - 8);
    expect(stripped[20]! & 0x0c).toBe(0);
    expect(stripped.equals(fixturePhoto("webp"))).toBe(true);
  });
});
