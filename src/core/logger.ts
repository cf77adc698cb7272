/**
 * Structured logging with pino. Secrets and citizens' contact details never reach a log line:
 * known secret fields are redacted, and phone numbers, ID numbers and e-mail addresses are masked
 * in every logged field. Free text belongs in fields, never in the message string (not masked).
 */
import pino from "pino";
import { maskLogFields } from "./privacy.js";

/** The logger every module receives; a pino logger or a child of one. */
export type Logger = pino.Logger;

/** Field paths that may carry secrets or personal data if someone logs a whole object. */
const REDACT_PATHS = [
  "token",
  "*.token",
  "apiKey",
  "*.apiKey",
  "password",
  "*.password",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "phone",
  "*.phone",
  "secret",
  "*.secret",
];

export interface LoggerOptions {
  readonly level: string;
  /** Where to write: stdout for the server, stderr for CLIs whose stdout is data. */
  readonly destination?: 1 | 2;
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    { level: options.level, redact: { paths: REDACT_PATHS, censor: "[ẩn]" }, base: undefined, formatters: { log: maskLogFields } },
    pino.destination({ fd: options.destination ?? 1, sync: true }),
  );
}
