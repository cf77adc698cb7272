/**
 * Shared start-up of the command-line tools: configuration, a logger on stderr (stdout carries
 * the tool's output), and failures reported in one line without a stack trace.
 */
import { parseArgs } from "node:util";
import { loadConfig, loadDotEnv, type Config } from "../config.js";
import { AppError, describeError } from "../core/errors.js";
import { createLogger, type Logger } from "../core/logger.js";

/** A mistake in how the tool was called; printed with the usage text, exit code 2. */
export class UsageError extends AppError {}

/** The `--to <value>` option of a tool (db:copy, db:backup); a malformed command line is a UsageError. */
export function toOption(): string | undefined {
  try {
    return parseArgs({ options: { to: { type: "string" } } }).values.to;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Runs a tool's main function and turns any failure into a one-line message and an exit code. */
export async function runCli(usage: string, main: (context: { config: Config; logger: Logger }) => Promise<void>): Promise<void> {
  try {
    loadDotEnv();
    const config = loadConfig();
    // Tools log warnings only unless asked for more: their output is the point.
    const logger = createLogger({ level: process.env.LOG_LEVEL ? config.logLevel : "warn", destination: 2 });
    await main({ config, logger });
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`Lỗi: ${error.message}\n${usage}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`Lỗi: ${describeError(error)}\n`);
    process.exitCode = 1;
  }
}
