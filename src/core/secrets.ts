/** Comparing secrets a caller presents (webhook tokens, API tokens). */
import { createHash, timingSafeEqual } from "node:crypto";

/** Constant-time comparison; hashing first makes the lengths equal, so the length leaks nothing either. */
export function secretsMatch(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}
