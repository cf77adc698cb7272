/**
 * Sealing small values with AES-256-GCM under a server key: what the public media links and the
 * stored two-factor secrets share. The AES key is derived from the server key with HMAC-SHA256 and
 * a purpose label, so any key string works and each purpose gets a key that serves nothing else.
 * A sealed value is `iv | ciphertext | tag`; GCM's tag authenticates it together with the caller's
 * additional data (a link's expiry, say).
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Bytes a sealed value has on top of its plaintext. */
export const SEAL_OVERHEAD = IV_BYTES + TAG_BYTES;

/** Seals and opens values under one derived key. */
export interface Sealer {
  seal(plain: string, additionalData?: Buffer): Buffer;
  /** The plaintext; undefined when `sealed` is malformed, tampered with or sealed under another key or purpose. */
  open(sealed: Buffer, additionalData?: Buffer): string | undefined;
}

/** A sealer under the key derived from `key` for `purpose` (a fixed label naming its use and version). */
export function createSealer(key: string, purpose: string): Sealer {
  const aesKey = createHmac("sha256", key).update(purpose).digest();
  return {
    seal(plain, additionalData = Buffer.alloc(0)) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", aesKey, iv).setAAD(additionalData);
      const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return Buffer.concat([iv, sealed, cipher.getAuthTag()]);
    },
    open(sealed, additionalData = Buffer.alloc(0)) {
      if (sealed.length <= SEAL_OVERHEAD) return undefined;
      const decipher = createDecipheriv("aes-256-gcm", aesKey, sealed.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES }).setAAD(additionalData);
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]).toString("utf8");
      } catch {
        return undefined;
      }
    },
  };
}
