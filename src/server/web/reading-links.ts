/**
 * Addresses of the sections of the resolution on its reading page (`/nghi-quyet`): one anchor per
 * section, derived from the section paths the knowledge core gives ("II.2" → `#muc-ii-2`), so that a
 * citation anywhere can link to the text it quotes.
 */
import { fold } from "../../core/text.js";
import type { Reply, SectionLink } from "../../core/messages.js";
import type { WebChatEntry } from "../../inbox/web-chat.js";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.js";
import { resolveSectionRef } from "../../assistant/section-ref.js";

/** The reading page of the primary document. */
export const READING_PATH = "/nghi-quyet";

/** The id of a section's heading: "II.2" → "muc-ii-2", "Điều 3" → "dieu-3", "footnote 1" → "chu-thich-1". */
export function sectionAnchor(path: string): string {
  const footnote = /^footnote\s*(\d+)$/u.exec(path);
  if (footnote) return `chu-thich-${footnote[1]}`;
  const slug = fold(path)
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");
  return /^(?:dieu|khoan)-/u.test(slug) ? slug : `muc-${slug}`;
}

/** Where a section reference ("0:II.2") opens on the reading page; undefined for a document it does not show. */
export function sectionHref(knowledge: KnowledgeBase, ref: string): string | undefined {
  const resolved = resolveSectionRef(knowledge, ref);
  if (!resolved || resolved.documentId !== primaryDocument(knowledge)?.id) return undefined;
  return `${READING_PATH}#${sectionAnchor(resolved.section.path)}`;
}

/** The document the reading page shows: the primary one (cited by section alone). */
export function primaryDocument(knowledge: KnowledgeBase) {
  return knowledge.documents.find((doc) => doc.meta.primary) ?? knowledge.documents[0];
}

/** A citation with the address the browser opens. */
export type LinkedSection = SectionLink & { readonly href: string };

/** The web chat's messages with an address on each citation the reading page can show. */
export function withSectionHrefs(knowledge: KnowledgeBase, entries: readonly WebChatEntry[]): WebChatEntry[] {
  return entries.map((entry) => ("reply" in entry && entry.reply.sectionLinks ? { ...entry, reply: linkedReply(knowledge, entry.reply) } : entry));
}

function linkedReply(knowledge: KnowledgeBase, reply: Reply): Reply {
  const sectionLinks = (reply.sectionLinks ?? []).flatMap((link): LinkedSection[] => {
    const href = sectionHref(knowledge, link.section);
    return href ? [{ ...link, href }] : [];
  });
  return { ...reply, sectionLinks };
}
