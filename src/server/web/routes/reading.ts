/**
 * The reading page of the whole resolution (`/nghi-quyet`): its table of contents, then every
 * section with an anchor of its own (see reading-links), footnotes and the recipients: the proof
 * behind every citation in the web chat, which links here.
 */
import type { FastifyInstance } from "fastify";
import type { DocumentMeta, Passage, Section } from "../../../knowledge/document.js";
import type { IndexedDocument } from "../../../knowledge/index-store.js";
import type { WebDeps } from "../deps.js";
import { html, type Html } from "../html.js";
import { page } from "../layout.js";
import { primaryDocument, READING_PATH, sectionAnchor } from "../reading-links.js";

const STATUS_NOTES: Record<DocumentMeta["status"], string> = {
  draft: "Dự thảo",
  "in-force": "Đang có hiệu lực",
  expired: "Hết hiệu lực",
};

/** `GET /nghi-quyet`: the primary document, whole. */
export function readingRoutes(server: FastifyInstance, deps: WebDeps): void {
  server.get(READING_PATH, async (request, reply) => {
    const doc = primaryDocument(deps.knowledge);
    if (!doc) return reply.code(404).type("text/html").send(page({ organisation: deps.organisation, title: "Không có văn bản", active: "reading", body: html`<p>Chưa có văn bản nào.</p>` }));
    const passages = deps.knowledge.index.passages.filter((passage) => passage.docId === doc.id);
    return reply.type("text/html").send(page({ organisation: deps.organisation, title: doc.meta.shortTitle ?? doc.meta.title, active: "reading", body: documentBody(doc, passages), ...(request.staff ? { session: request.staff } : {}) }));
  });
}

function documentBody(doc: IndexedDocument, passages: readonly Passage[]): Html {
  const { meta } = doc;
  const notes = passages.filter((passage) => passage.kind === "footnote");
  const recipients = passages.find((passage) => passage.kind === "recipients");
  const known = new Set(doc.sections.map((section) => section.path));
  // Text before the first section (an introduction) has no section of its own.
  const preamble = passages.filter((passage) => passage.kind === "paragraph" && !known.has(passage.section));
  return html`
    <article class="reading">
      <header class="reading-head">
        <h1>${meta.title}</h1>
        <p class="muted">${[meta.issuer, meta.number ? `Số ${meta.number}` : "", meta.date ? `tháng ${monthYear(meta.date)}` : "", STATUS_NOTES[meta.status]].filter(Boolean).join(" · ")}</p>
        <p><a href="/">Hỏi trợ lý về nghị quyết này</a></p>
      </header>
      <nav class="toc card" aria-labelledby="toc-title">
        <h2 id="toc-title">Mục lục</h2>
        ${tocList(doc.sections, undefined)}
      </nav>
      ${paragraphs(preamble)}
      ${doc.sections.map((section) => sectionBlock(passages, section))}
      ${notes.length ? html`<section class="notes" aria-labelledby="chu-thich"><h2 id="chu-thich">Chú thích</h2>${notes.map(noteBlock)}</section>` : ""}
      ${recipients ? html`<section class="recipients" aria-labelledby="noi-nhan"><h2 id="noi-nhan">Nơi nhận</h2><p>${recipients.text}</p></section>` : ""}
    </article>`;
}

/** The table of contents as nested lists, each entry a link to its section's anchor. */
function tocList(sections: readonly Section[], parent: string | undefined): Html | "" {
  const children = sections.filter((section) => section.parent === parent);
  if (children.length === 0) return "";
  return html`<ol>${children.map((section) => html`<li><a href="#${sectionAnchor(section.path)}">${section.path}. ${section.heading}</a>${tocList(sections, section.path)}</li>`)}</ol>`;
}

function sectionBlock(passages: readonly Passage[], section: Section): Html {
  const level = Math.min(section.level + 1, 6);
  const heading = html`<a class="anchor" href="#${sectionAnchor(section.path)}">${section.path}.</a> ${section.heading}`;
  const own = passages.filter((passage) => passage.section === section.path && passage.kind === "paragraph");
  return html`<section class="doc-section level-${section.level}" aria-labelledby="${sectionAnchor(section.path)}">
    ${headingElement(level, sectionAnchor(section.path), heading)}
    ${paragraphs(own)}
  </section>`;
}

function headingElement(level: number, id: string, content: Html): Html {
  if (level === 2) return html`<h2 id="${id}">${content}</h2>`;
  if (level === 3) return html`<h3 id="${id}">${content}</h3>`;
  return html`<h4 id="${id}">${content}</h4>`;
}

/** Paragraphs from their passages: the chunks of a long paragraph joined again, footnote marks linked. */
function paragraphs(passages: readonly Passage[]): Html[] {
  const byParagraph = new Map<string, Passage[]>();
  for (const passage of passages) {
    const key = `${passage.section}/${passage.paragraph}`;
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), passage]);
  }
  return [...byParagraph.values()].map((chunks) => {
    const marks = [...new Set(chunks.flatMap((chunk) => chunk.footnotes))];
    return html`<p>${chunks.map((chunk) => chunk.text).join(" ")}${marks.map((number) => html`<sup><a href="#${sectionAnchor(`footnote ${number}`)}" aria-label="Chú thích ${number}">[${number}]</a></sup>`)}</p>`;
  });
}

function noteBlock(note: Passage): Html {
  const number = note.section.replace(/^footnote\s*/u, "");
  const back = note.within ? html` <a href="#${sectionAnchor(note.within)}">Về mục ${note.within}</a>` : "";
  return html`<p id="${sectionAnchor(note.section)}"><strong>${number}.</strong> ${note.text}${back}</p>`;
}

/** "2023-12" → "12/2023". */
function monthYear(date: string): string {
  const match = /^(\d{4})-(\d{2})/u.exec(date);
  return match ? `${match[2]}/${match[1]}` : date;
}
