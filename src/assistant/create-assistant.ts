/** The assistant with its features in order; the unhandled feature last. */
import type { Logger } from "../core/logger.js";
import type { Pseudonymizer } from "../core/pseudonym.js";
import type { Classifier } from "../feedback/classifier.js";
import type { ReferenceData } from "../feedback/reference-data.js";
import type { Inbox } from "../inbox/inbox.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { Assistant } from "./assistant.js";
import { askFeature } from "./features/ask.js";
import { feedbackFeature } from "./features/feedback.js";
import { readingFeature } from "./features/reading.js";
import { staffFeature } from "./features/staff.js";
import { startFeature } from "./features/start.js";
import { trackingFeature } from "./features/tracking.js";
import { unhandledFeature } from "./features/unhandled.js";
import type { RateLimiter } from "./rate-limiter.js";
import { ReportService, type StaffChat } from "./report-service.js";

export interface CreateAssistantDeps {
  readonly knowledge: KnowledgeBase;
  readonly inbox: Inbox;
  readonly logger: Logger;
  readonly pseudonym: Pseudonymizer;
  readonly reference: ReferenceData;
  readonly classifier: Classifier;
  /** Where new report cards go, and whose members may act on them. */
  readonly staffChat?: StaffChat;
  /** Platform user ids allowed to act on reports from any chat. */
  readonly staffIds?: ReadonlySet<string>;
  /** Called when messages were written to the outbox (wakes the dispatcher). */
  readonly onEnqueued?: () => void;
  readonly rateLimiter?: RateLimiter;
}

export function createAssistant(deps: CreateAssistantDeps): Assistant {
  const { knowledge, inbox } = deps;
  const service = new ReportService({ reports: inbox.reports, onEnqueued: deps.onEnqueued ?? (() => undefined), ...(deps.staffChat ? { staffChat: deps.staffChat } : {}) });
  return new Assistant(
    { states: inbox.states, updates: inbox.updates, logger: deps.logger, pseudonym: deps.pseudonym, ...(deps.rateLimiter ? { rateLimiter: deps.rateLimiter } : {}) },
    [
      startFeature,
      staffFeature({ service, units: inbox.units, outbox: inbox.outbox, staffIds: deps.staffIds ?? new Set(), ...(deps.staffChat ? { staffChat: deps.staffChat } : {}) }),
      trackingFeature(service),
      feedbackFeature({ knowledge, service, classifier: deps.classifier, reference: deps.reference }),
      readingFeature(knowledge),
      askFeature({ knowledge, questions: inbox.questions }),
      unhandledFeature,
    ],
  );
}
