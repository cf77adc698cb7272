/**
 * Small named errors. Messages for operators are English and say how to fix the problem; messages
 * for people using the assistant are Vietnamese and live in `userMessage`.
 */

/** Base of every error this project throws on purpose. */
export class AppError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The environment or a configuration file is invalid; raised at start-up, before anything runs. */
export class ConfigError extends AppError {}

/** A file in `knowledge/` cannot be used (unreadable, invalid metadata, no documents at all). */
export class KnowledgeSourceError extends AppError {}

/** The built index cannot be used as it is (stale, corrupt or from another embedder); it gets rebuilt. */
export class IndexUnusableError extends AppError {}

/** An upstream service (LLM, embeddings, Zalo…) answered, but with an error. */
export class UpstreamApiError extends AppError {
  constructor(
    readonly service: string,
    readonly status: number | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${service} answered with an error${status ? ` (${status})` : ""}: ${message}`, options);
  }
}

/** An upstream service could not be reached, or did not answer in time. */
export class UpstreamUnreachableError extends AppError {
  constructor(
    readonly service: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${service} could not be reached: ${message}`, options);
  }
}

/** Input a person typed that cannot be handled as it is; `userMessage` tells them what to do, in Vietnamese. */
export class UserInputError extends AppError {
  constructor(
    readonly userMessage: string,
    message: string = userMessage,
  ) {
    super(message);
  }
}

/** One line for a log or a terminal: the message and its causes, no stack. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    parts.push(current instanceof Error ? current.message : String(current));
    // A cause that is neither an error nor text (a driver's details object) would read "[object Object]".
    current = current instanceof Error && (current.cause instanceof Error || typeof current.cause === "string") ? current.cause : undefined;
  }
  return parts.join(" ← ");
}
