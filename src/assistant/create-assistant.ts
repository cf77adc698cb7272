/** The assistant with its features in order; the unhandled feature last. */
import type { Logger } from "../core/logger.js";
import type { Channel } from "../core/messages.js";
import type { Metrics } from "../core/metrics.js";
import type { Organisation } from "../core/organisation.js";
import type { Pseudonymizer } from "../core/pseudonym.js";
import type { RateLimiter } from "../core/rate-limiter.js";
import type { Classifier } from "../feedback/classifier.js";
import type { ReferenceData } from "../feedback/reference-data.js";
import type { Inbox } from "../inbox/inbox.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { Assistant } from "./assistant.js";
import { askFeature, type AskDeps } from "./features/ask.js";
import { feedbackFeature, type FeedbackDeps } from "./features/feedback.js";
import { understandFeature } from "./features/understand.js";
import { offlineIntentClassifier, type IntentClassifier } from "./intent.js";
import { readingFeature } from "./features/reading.js";
import { staffFeature } from "./features/staff.js";
import { startFeature } from "./features/start.js";
import { trackingFeature } from "./features/tracking.js";
import { unhandledFeature } from "./features/unhandled.js";
import type { CuratedBook } from "./curated-book.js";
import type { ReportService, StaffChat } from "./report-service.js";

export interface CreateAssistantDeps {
  readonly knowledge: KnowledgeBase;
  readonly inbox: Inbox;
  /** Report operations with their messages (shared with the web inbox). */
  readonly service: ReportService;
  /** The organisation the assistant speaks for, named when it introduces itself. */
  readonly organisation: Organisation;
  /** The channels this deployment answers on (named when asked where the assistant can be reached). */
  readonly channelsOn?: readonly Channel[];
  /** Staff-written answers, given before searching. */
  readonly curated?: CuratedBook;
  readonly logger: Logger;
  readonly pseudonym: Pseudonymizer;
  readonly reference: ReferenceData;
  readonly classifier: Classifier;
  /** What private-chat messages mean; the offline rules when not given. */
  readonly intents?: IntentClassifier;
  /** The staff group, whose members may act on report cards. */
  readonly staffChat?: StaffChat;
  /** Platform user ids allowed to act on reports from any chat. */
  readonly staffIds?: ReadonlySet<string>;
  /** The inbox's (shared by the instances of a PostgreSQL database) when not given. */
  readonly rateLimiter?: RateLimiter;
  readonly metrics?: Metrics;
}

export function createAssistant(deps: CreateAssistantDeps): Assistant {
  const { knowledge, inbox, service } = deps;
  const ask: AskDeps = { knowledge, questions: inbox.questions, organisation: deps.organisation, ...(deps.curated ? { curated: deps.curated } : {}) };
  const feedback: FeedbackDeps = { knowledge, service, classifier: deps.classifier, reference: deps.reference };
  return new Assistant(
    { states: inbox.states, logger: deps.logger, pseudonym: deps.pseudonym, rateLimiter: deps.rateLimiter ?? inbox.limits.rateLimiter(), ...(deps.metrics ? { metrics: deps.metrics } : {}) },
    [
      startFeature(deps.organisation),
      staffFeature({ service, units: inbox.units, outbox: inbox.outbox, staffIds: deps.staffIds ?? new Set(), ...(deps.staffChat ? { staffChat: deps.staffChat } : {}) }),
      trackingFeature(service, inbox.access),
      feedbackFeature(feedback),
      readingFeature(knowledge),
      understandFeature({ intents: deps.intents ?? offlineIntentClassifier, ask, feedback, service, access: inbox.access, organisation: deps.organisation, ...(deps.channelsOn ? { channelsOn: deps.channelsOn } : {}) }),
      askFeature(ask),
      unhandledFeature(deps.organisation),
    ],
  );
}
