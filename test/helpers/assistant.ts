import type { Assistant } from "../../src/assistant/assistant.js";
import { createAssistant, type CreateAssistantDeps } from "../../src/assistant/create-assistant.js";
import { offlineClassifier } from "../../src/feedback/classifier.js";
import { loadReferenceData } from "../../src/feedback/reference-data.js";
import type { Inbox } from "../../src/inbox/inbox.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { testPseudonym } from "./database.js";
import { testLogger } from "./knowledge.js";
import { KNOWLEDGE_DIR } from "./paths.js";

/** The project's areas, units and holidays. */
export const testReference = loadReferenceData(KNOWLEDGE_DIR);

/** The real assistant on the given knowledge base and inbox, offline classifier, quiet logger. */
export function testAssistant(knowledge: KnowledgeBase, inbox: Inbox, overrides: Partial<CreateAssistantDeps> = {}): Assistant {
  return createAssistant({ knowledge, inbox, logger: testLogger, pseudonym: testPseudonym, reference: testReference, classifier: offlineClassifier, ...overrides });
}
