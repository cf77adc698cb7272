/**
 * Compact references to document sections for button values ("0:III.2.2"): Telegram allows 64 bytes
 * of callback data, and a reference must survive being typed back as a numbered-menu answer.
 */
import type { Section } from "../knowledge/document.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";

export interface ResolvedSection {
  readonly documentIndex: number;
  readonly documentId: string;
  readonly section: Section;
}

/**
 * "<document index>:<section path>" of the section a passage belongs to (a footnote belongs to the
 * section that refers to it); undefined for parts outside any section (title, recipients).
 */
export function sectionRefOfPassage(knowledge: KnowledgeBase, passageId: string): string | undefined {
  const passage = knowledge.passage(passageId);
  if (!passage) return undefined;
  const documentIndex = knowledge.documents.findIndex((doc) => doc.id === passage.docId);
  const path = passage.kind === "footnote" ? passage.within : passage.section;
  const section = knowledge.documents[documentIndex]?.sections.find((candidate) => candidate.path === path);
  return section ? `${documentIndex}:${section.path}` : undefined;
}

/** "<document index>:<section path>" of a section. */
export function sectionRef(documentIndex: number, section: Section): string {
  return `${documentIndex}:${section.path}`;
}

/** Resolves a reference from a button; undefined for an old or forged one. */
export function resolveSectionRef(knowledge: KnowledgeBase, ref: string): ResolvedSection | undefined {
  const match = /^(\d{1,3}):(.{1,40})$/u.exec(ref);
  if (!match) return undefined;
  const documentIndex = Number(match[1]);
  const doc = knowledge.documents[documentIndex];
  const section = doc?.sections.find((candidate) => candidate.path === match[2]);
  return doc && section ? { documentIndex, documentId: doc.id, section } : undefined;
}
