/**
 * Reading the documents: `/mucluc` (table of contents as a menu: part → section → its text, paged)
 * and "Xem nguyên văn" under an answer (the full section the answer quotes: the proof).
 */
import type { Block, Choice, Reply } from "../../core/messages.js";
import { truncate } from "../../core/text.js";
import type { Passage, Section } from "../../knowledge/document.js";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.js";
import { resolveSectionRef, sectionRef, type ResolvedSection } from "../section-ref.js";
import { STALE_BUTTON } from "../replies.js";
import type { Feature } from "../turn.js";

/** Characters of document text per page: one Telegram message (4,096) with room for headings. */
export const PAGE_CHARS = 3000;
const BUTTON_LABEL_CHARS = 48;

export function readingFeature(knowledge: KnowledgeBase): Feature {
  return {
    name: "reading",
    handles: (message) =>
      (message.content.kind === "command" && message.content.command === "mucluc") ||
      (message.content.kind === "choice" && /^(toc|src|page)(:|$)/u.test(message.content.value)),
    async handle(turn) {
      const { content } = turn.message;
      if (content.kind === "command") return void (await turn.reply(tableOfContents(knowledge, false)));
      if (content.kind !== "choice") return;
      await turn.reply(choiceReply(knowledge, content.value) ?? STALE_BUTTON);
    },
  };
}

function choiceReply(knowledge: KnowledgeBase, value: string): Reply | undefined {
  if (value === "toc") return tableOfContents(knowledge, true);
  const match = /^(toc|src|page):(\d{1,3}:[^:]{1,40})(?::(\d{1,3}))?$/u.exec(value);
  const resolved = match ? resolveSectionRef(knowledge, match[2]!) : undefined;
  if (!match || !resolved) return undefined;
  if (match[1] === "toc") return sectionMenu(knowledge, resolved);
  // "Xem nguyên văn" opens the text in a new message under the answer; paging replaces it.
  return sectionText(knowledge, resolved, Number(match[3] ?? 1), match[1] === "page");
}

/** The first menu: the primary document's parts, and the other documents. */
function tableOfContents(knowledge: KnowledgeBase, replaceOriginal: boolean): Reply {
  const choices: Choice[][] = [];
  knowledge.documents.forEach((doc, index) => {
    for (const section of doc.sections.filter((candidate) => candidate.level === 1)) {
      choices.push([{ label: label(section), value: `toc:${sectionRef(index, section)}` }]);
    }
  });
  const titles = knowledge.documents.map((doc) => doc.meta.shortTitle ?? doc.meta.title);
  return {
    blocks: [
      { type: "paragraph", content: [{ bold: "Mục lục" }] },
      { type: "paragraph", content: [titles.join("; ")] },
      { type: "paragraph", content: ["Chọn một phần để xem các mục bên trong."] },
    ],
    choices,
    replaceOriginal,
  };
}

/** A section with subsections: a menu of them; a section without: its text. */
function sectionMenu(knowledge: KnowledgeBase, resolved: ResolvedSection): Reply {
  const { documentIndex, section } = resolved;
  const sections = knowledge.documents[documentIndex]?.sections ?? [];
  const children = sections.filter((candidate) => candidate.parent === section.path);
  if (children.length === 0) return sectionText(knowledge, resolved, 1, true);
  const back = section.parent ? `toc:${documentIndex}:${section.parent}` : "toc";
  return {
    blocks: [{ type: "paragraph", content: [{ bold: `${section.path}. ${section.heading}` }] }],
    choices: [
      ...children.map((child) => [{ label: label(child), value: `toc:${sectionRef(documentIndex, child)}` }]),
      [
        { label: "📄 Đọc toàn bộ phần này", value: `page:${sectionRef(documentIndex, section)}:1` },
        { label: "↩ Quay lại", value: back },
      ],
    ],
    replaceOriginal: true,
  };
}

/** The verbatim text of a section (with its subsections and footnotes), one page of it. */
function sectionText(knowledge: KnowledgeBase, resolved: ResolvedSection, page: number, replaceOriginal: boolean): Reply {
  const { documentIndex, documentId, section } = resolved;
  const passages = knowledge.sectionPassages(documentId, section.path);
  const referenced = new Set(passages.flatMap((passage) => passage.footnotes.map((number) => `footnote ${number}`)));
  const notes = knowledge.index.passages.filter((passage) => passage.kind === "footnote" && passage.docId === documentId && referenced.has(passage.section));
  const pages = paginate([...passages, ...notes].flatMap((passage) => passageBlocks(passage, section.path)));
  const current = Math.min(Math.max(page, 1), pages.length);
  const ref = sectionRef(documentIndex, section);
  const navigation: Choice[] = [];
  if (current > 1) navigation.push({ label: "◀ Trang trước", value: `page:${ref}:${current - 1}` });
  if (current < pages.length) navigation.push({ label: "Trang sau ▶", value: `page:${ref}:${current + 1}` });
  const pageNote = pages.length > 1 ? ` (trang ${current}/${pages.length})` : "";
  const title = `Mục ${section.path}. ${section.heading}`;
  return {
    blocks: [{ type: "paragraph", content: [{ bold: title }, pageNote] }, ...(pages[current - 1] ?? [])],
    choices: [navigation, [{ label: "📖 Mục lục", value: section.parent ? `toc:${documentIndex}:${section.parent}` : "toc" }]].filter((row) => row.length > 0),
    replaceOriginal,
    sectionLinks: [{ label: title, section: ref }],
  };
}

/** A passage as reading text: subsection headings in bold, paragraphs as they are, notes marked. */
function passageBlocks(passage: Passage, path: string): Block[] {
  if (passage.kind === "heading") return passage.section === path ? [] : [{ type: "paragraph", content: [{ bold: `${passage.section}. ${passage.text}` }] }];
  if (passage.kind === "footnote") return [{ type: "paragraph", content: [{ italic: `Chú thích ${passage.section.replace(/^footnote /, "")}: ${passage.text}` }] }];
  const marks = passage.footnotes.length ? ` [${passage.footnotes.join(", ")}]` : "";
  return [{ type: "paragraph", content: [passage.text + marks] }];
}

/** Splits blocks into pages of about PAGE_CHARS characters; a block is never cut. */
function paginate(blocks: Block[]): Block[][] {
  const pages: Block[][] = [[]];
  let size = 0;
  for (const block of blocks) {
    const length = blockLength(block);
    if (size > 0 && size + length > PAGE_CHARS) {
      pages.push([]);
      size = 0;
    }
    pages[pages.length - 1]!.push(block);
    size += length;
  }
  return pages;
}

function blockLength(block: Block): number {
  return JSON.stringify(block).length;
}

function label(section: Section): string {
  return truncate(`${section.path}. ${section.heading}`, BUTTON_LABEL_CHARS);
}
