/** The assistant with its features in order; the unhandled feature last. */
import type { Logger } from "../core/logger.js";
import type { Pseudonymizer } from "../core/pseudonym.js";
import type { Inbox } from "../inbox/inbox.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { Assistant } from "./assistant.js";
import { askFeature } from "./features/ask.js";
import { readingFeature } from "./features/reading.js";
import { startFeature } from "./features/start.js";
import { unhandledFeature } from "./features/unhandled.js";
import type { RateLimiter } from "./rate-limiter.js";

export interface CreateAssistantDeps {
  readonly knowledge: KnowledgeBase;
  readonly inbox: Inbox;
  readonly logger: Logger;
  readonly pseudonym: Pseudonymizer;
  readonly rateLimiter?: RateLimiter;
}

export function createAssistant(deps: CreateAssistantDeps): Assistant {
  const { knowledge, inbox } = deps;
  return new Assistant(
    { states: inbox.states, updates: inbox.updates, logger: deps.logger, pseudonym: deps.pseudonym, ...(deps.rateLimiter ? { rateLimiter: deps.rateLimiter } : {}) },
    [startFeature, readingFeature(knowledge), askFeature({ knowledge, questions: inbox.questions }), unhandledFeature],
  );
}
