/**
 * Time-based one-time codes (TOTP, RFC 6238) for staff two-factor sign-in, with `otplib`: SHA-1,
 * 30-second steps, 6 digits — what every authenticator app (Google Authenticator, Microsoft
 * Authenticator, FreeOTP…) reads from an `otpauth://` QR code. Secrets are stored sealed under a
 * server key (core/sealing.ts), so a copy of the database alone signs nobody in.
 */
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { createSealer } from "./sealing.js";

/** Named defaults: one step either side of now is accepted, for a phone's clock a little off. */
export const TOTP = { periodSeconds: 30, digits: 6, toleranceSteps: 1 } as const;

/** The issuer authenticator apps show next to the account name. */
const ISSUER = "Trợ lý Dân vận";

/** Two-factor codes of staff accounts under one server key. */
export interface Totp {
  /** A new random secret (Base32, 160 bits) for an account to enrol. */
  newSecret(): string;
  /** The secret sealed for storage. */
  seal(secret: string): string;
  /** The stored secret opened; undefined when it was sealed under another key or tampered with. */
  open(sealed: string): string | undefined;
  /** The enrolment QR code of `account` (its `otpauth://` URI) as an SVG drawing. */
  qrSvg(secret: string, account: string): Promise<string>;
  /**
   * The time step of `code` when it is right at `now` (within one step either side) and later than
   * `afterStep` (the step of the last code accepted, so a code is accepted once); undefined otherwise.
   */
  check(secret: string, code: string, options?: { afterStep?: number | null; now?: number }): Promise<number | undefined>;
}

/** TOTP with secrets sealed under `key` (a secret of the server, kept in the data folder). */
export function createTotp(key: string): Totp {
  const sealer = createSealer(key, "tro-ly-dan-van totp secrets v1");
  return {
    newSecret: () => generateSecret({ length: 20 }),
    seal: (secret) => sealer.seal(secret).toString("base64url"),
    open: (sealed) => sealer.open(Buffer.from(sealed, "base64url")),
    qrSvg: (secret, account) => QRCode.toString(generateURI({ issuer: ISSUER, label: account, secret }), { type: "svg", errorCorrectionLevel: "M", margin: 2 }),
    async check(secret, code, options = {}) {
      const token = code.replace(/\s/gu, "");
      if (!new RegExp(`^\\d{${TOTP.digits}}$`, "u").test(token)) return undefined;
      const result = await verify({
        secret,
        token,
        algorithm: "sha1",
        digits: TOTP.digits,
        period: TOTP.periodSeconds,
        epoch: Math.floor((options.now ?? Date.now()) / 1000),
        epochTolerance: TOTP.toleranceSteps * TOTP.periodSeconds,
        ...(options.afterStep !== undefined && options.afterStep !== null ? { afterTimeStep: options.afterStep } : {}),
      });
      // The functional API types HOTP's results too; a TOTP result names its time step.
      return result.valid && "timeStep" in result ? result.timeStep : undefined;
    },
  };
}
