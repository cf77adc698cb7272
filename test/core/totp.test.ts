/**
 * TOTP codes (RFC 6238) and their secrets at rest: a code is right for its 30-second step and one
 * step either side, never after a later code was accepted, and a sealed secret opens only under
 * its key.
 */
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { createTotp, TOTP } from "../../src/core/totp.js";

const totp = createTotp("test-key-of-the-server");
const now = Date.UTC(2026, 11, 5, 8, 0, 15);
const stepOf = (ms: number) => Math.floor(ms / 1000 / TOTP.periodSeconds);
const codeAt = (secret: string, ms: number) => generate({ secret, epoch: Math.floor(ms / 1000) });

describe("TOTP codes", () => {
  it("match RFC 6238's SHA-1 test vector (6 digits of 94287082 at T = 59 s)", async () => {
    // The RFC's secret "12345678901234567890" in Base32.
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(await totp.check(secret, "287082", { now: 59_000 })).toBe(1);
  });

  it("are accepted for the current step and one step either side, not two", async () => {
    const secret = totp.newSecret();
    for (const offset of [-1, 0, 1]) expect(await totp.check(secret, await codeAt(secret, now + offset * 30_000), { now }), `${offset}`).toBe(stepOf(now) + offset);
    for (const offset of [-2, 2, 10]) expect(await totp.check(secret, await codeAt(secret, now + offset * 30_000), { now }), `${offset}`).toBeUndefined();
  });

  it("are refused once a code of the same or a later step was accepted (no replay)", async () => {
    const secret = totp.newSecret();
    const code = await codeAt(secret, now);
    expect(await totp.check(secret, code, { now, afterStep: stepOf(now) - 1 })).toBe(stepOf(now));
    expect(await totp.check(secret, code, { now, afterStep: stepOf(now) })).toBeUndefined();
    expect(await totp.check(secret, await codeAt(secret, now - 30_000), { now, afterStep: stepOf(now) })).toBeUndefined();
  });

  it("refuse what is not six digits, and take a code typed with a space", async () => {
    const secret = totp.newSecret();
    const code = await codeAt(secret, now);
    for (const bad of ["", "12345", "1234567", "abcdef", `${code}0`]) expect(await totp.check(secret, bad, { now }), bad).toBeUndefined();
    expect(await totp.check(secret, `${code.slice(0, 3)} ${code.slice(3)}`, { now })).toBe(stepOf(now));
  });
});

describe("secrets at rest", () => {
  it("are sealed (the stored text does not contain the secret) and open only under their key", () => {
    const secret = totp.newSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/u);
    const sealed = totp.seal(secret);
    expect(sealed).not.toContain(secret);
    expect(totp.seal(secret)).not.toBe(sealed);
    expect(totp.open(sealed)).toBe(secret);
    expect(createTotp("another-key").open(sealed)).toBeUndefined();
    const tampered = Buffer.from(sealed, "base64url");
    tampered[20]! ^= 1;
    expect(totp.open(tampered.toString("base64url"))).toBeUndefined();
    expect(totp.open("")).toBeUndefined();
  });

  it("give an enrolment QR code as an SVG drawing", async () => {
    const svg = await totp.qrSvg(totp.newSecret(), "can.bo");
    expect(svg).toMatch(/^<svg [^>]*viewBox/u);
    expect(svg).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/u);
  });
});
