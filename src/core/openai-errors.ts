/**
 * Errors of the OpenAI SDK as the project's own: a server that answered with an error, or one that
 * could not be reached (including the time limit running out). Shared by every LLM caller.
 */
import OpenAI from "openai";
import { UpstreamApiError, UpstreamUnreachableError } from "./errors.js";

export function fromOpenAIError(error: unknown, signal: AbortSignal): UpstreamApiError | UpstreamUnreachableError {
  if (signal.aborted || error instanceof OpenAI.APIConnectionTimeoutError) {
    return new UpstreamUnreachableError("LLM", "no answer within the time limit (OPENAI_TIMEOUT_MS)", { cause: error });
  }
  if (error instanceof OpenAI.APIConnectionError) return new UpstreamUnreachableError("LLM", error.message, { cause: error });
  if (error instanceof OpenAI.APIError) return new UpstreamApiError("LLM", error.status, error.message, { cause: error });
  return new UpstreamUnreachableError("LLM", error instanceof Error ? error.message : String(error), { cause: error });
}
