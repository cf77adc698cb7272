/**
 * Structured logging with pino. Secrets and citizens' contact details never reach a log line:
 * known secret fields are redacted here, and free text is masked by its producer before logging.
 */
import pino from "pino";

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
    { level: options.level, redact: { paths: REDACT_PATHS, censor: "[ẩn]" }, base: undefined },
    pino.destination({ fd: options.destination ?? 1, sync: true }),
  );
}
