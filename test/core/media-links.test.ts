/**
 * Sealed picture links: what a token stands for comes back only from an untouched token sealed under
 * the same key before it expired, and the reference cannot be read from it.
 */
import { describe, expect, it } from "vitest";
import { createMediaTokens, MEDIA_LINK_DEFAULTS, publicMediaUrl } from "../../src/core/media-links.js";

const KEY = "a-server-key-for-the-media-link-tests";
const T0 = 1_750_000_000_000;
const TARGET = { channel: "telegram", ref: "AgACAgUAAxkBAAIBZ2dQ-staff-photo_file-id" } as const;

describe("createMediaTokens", () => {
  it("opens what it sealed until the link expires, and not after", () => {
    const tokens = createMediaTokens(KEY);
    const token = tokens.seal(TARGET, T0)!;
    expect(token).toMatch(/^[\w-]+$/u);
    expect(tokens.open(token, T0)).toEqual(TARGET);
    expect(tokens.open(token, T0 + MEDIA_LINK_DEFAULTS.ttlMs - 1000)).toEqual(TARGET);
    expect(tokens.open(token, T0 + MEDIA_LINK_DEFAULTS.ttlMs + 1000)).toBeUndefined();
  });

  it("takes the lifetime it is given", () => {
    const tokens = createMediaTokens(KEY, { ttlMs: 60_000 });
    const token = tokens.seal(TARGET, T0)!;
    expect(tokens.open(token, T0 + 59_000)).toEqual(TARGET);
    expect(tokens.open(token, T0 + 61_000)).toBeUndefined();
  });

  it("refuses a token with any byte changed, the expiry included", () => {
    const tokens = createMediaTokens(KEY);
    const bytes = Buffer.from(tokens.seal(TARGET, T0)!, "base64url");
    for (let index = 0; index < bytes.length; index++) {
      const changed = Buffer.from(bytes);
      changed[index] = changed[index]! ^ 0x01;
      expect(tokens.open(changed.toString("base64url"), T0), `byte ${index}`).toBeUndefined();
    }
    // Cut short or lengthened.
    expect(tokens.open(bytes.subarray(0, bytes.length - 1).toString("base64url"), T0)).toBeUndefined();
    expect(tokens.open(Buffer.concat([bytes, Buffer.from([0])]).toString("base64url"), T0)).toBeUndefined();
  });

  it("refuses a token sealed under another key, and anything that is no token", () => {
    const token = createMediaTokens("another-server-key-entirely").seal(TARGET, T0)!;
    const tokens = createMediaTokens(KEY);
    expect(tokens.open(token, T0)).toBeUndefined();
    for (const garbage of ["", "abc", "../../etc/passwd", "A".repeat(80), "x".repeat(MEDIA_LINK_DEFAULTS.maxTokenChars + 1)]) expect(tokens.open(garbage, T0)).toBeUndefined();
  });

  it("hides the reference: it cannot be read from the token, and two seals of it differ", () => {
    const tokens = createMediaTokens(KEY);
    const first = tokens.seal(TARGET, T0)!;
    const second = tokens.seal(TARGET, T0)!;
    expect(first).not.toBe(second);
    const decoded = Buffer.from(first, "base64url").toString("latin1");
    for (const part of ["telegram", "AgAC", "staff-photo"]) {
      expect(decoded).not.toContain(part);
      expect(first).not.toContain(part);
    }
  });

  it("seals no reference too long for a token the server accepts", () => {
    const tokens = createMediaTokens(KEY);
    expect(tokens.seal({ channel: "telegram", ref: "x".repeat(200) }, T0)!.length).toBeLessThanOrEqual(MEDIA_LINK_DEFAULTS.maxTokenChars);
    expect(tokens.seal({ channel: "telegram", ref: "x".repeat(400) }, T0)).toBeUndefined();
  });
});

describe("publicMediaUrl", () => {
  it("points under the public address, at /media/<token>", () => {
    const tokens = createMediaTokens(KEY);
    const url = publicMediaUrl({ baseUrl: "https://tro-ly.example.vn", tokens }, TARGET)!;
    expect(url).toMatch(/^https:\/\/tro-ly\.example\.vn\/media\/[\w-]+$/u);
    expect(tokens.open(url.slice("https://tro-ly.example.vn/media/".length))).toEqual(TARGET);
    expect(publicMediaUrl({ baseUrl: "https://tro-ly.example.vn", tokens }, { channel: "telegram", ref: "x".repeat(400) })).toBeUndefined();
  });
});
