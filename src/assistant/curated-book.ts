/**
 * The curated answers the assistant gives before searching: loaded from the inbox, matched by the
 * knowledge core's analyser, reloaded when the staff add or withdraw one.
 */
import type { CuratedAnswers } from "../inbox/curated-answers.js";
import { CuratedMatcher, type CuratedEntry } from "../knowledge/curated.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";

export class CuratedBook {
  private matcher: CuratedMatcher | undefined;

  constructor(
    private readonly store: CuratedAnswers,
    private readonly knowledge: KnowledgeBase,
  ) {}

  /** Reloads the active answers (after the staff changed them). */
  async refresh(): Promise<void> {
    const entries = await this.store.active();
    const { analyzer, lexical } = this.knowledge.index;
    this.matcher = new CuratedMatcher(analyzer, (key) => lexical.idf(key), entries);
  }

  /** The curated answer for a question, if one was written for it or a close paraphrase. */
  async find(question: string): Promise<CuratedEntry | undefined> {
    if (!this.matcher) await this.refresh();
    return this.matcher?.match(question)?.entry;
  }
}
