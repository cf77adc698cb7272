import type { Assistant } from "../../src/assistant/assistant.js";
import { createAssistant, type CreateAssistantDeps } from "../../src/assistant/create-assistant.js";
import { ReportService } from "../../src/assistant/report-service.js";
import { DEFAULT_ORGANISATION } from "../../src/core/organisation.js";
import { offlineClassifier } from "../../src/feedback/classifier.js";
import { loadReferenceData } from "../../src/feedback/reference-data.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { testPseudonym } from "./database.js";
import { testLogger } from "./knowledge.js";
import { KNOWLEDGE_DIR } from "./paths.js";

/** The project's areas, units and holidays. */
export const testReference = loadReferenceData(KNOWLEDGE_DIR);

/**
 * The real assistant on the given knowledge base and inbox, offline classifier, quiet logger, the
 * default organisation; its report service tells `onEnqueued` about outbox messages (a dispatcher's `kick`).
 */
export function testAssistant(knowledge: KnowledgeBase, inbox: Inbox, overrides: Partial<CreateAssistantDeps> & { onEnqueued?: () => void } = {}): Assistant {
  const { onEnqueued, organisation = DEFAULT_ORGANISATION, reference = testReference, ...rest } = overrides;
  const service = new ReportService({ reports: inbox.reports, organisation, reference, onEnqueued: onEnqueued ?? (() => undefined), ...(overrides.staffChat ? { staffChat: overrides.staffChat } : {}) });
  return createAssistant({ knowledge, inbox, service, organisation, logger: testLogger, pseudonym: testPseudonym, reference, classifier: offlineClassifier, ...rest });
}
