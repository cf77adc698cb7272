/**
 * Pseudonymous references to chats and people (keyed hash): the same chat is recognisable across
 * logs and records, the person behind it is not.
 */
import { createHmac } from "node:crypto";

export type Pseudonymizer = (value: string) => string;

export function createPseudonymizer(key: string): Pseudonymizer {
  return (value) => createHmac("sha256", key).update(value).digest("base64url").slice(0, 16);
}
