import { z } from "zod";
import { firstWords } from "../core/text.js";

/** Metadata of a source document, read from `<file>.meta.json` next to it in `knowledge/`. */
export const DocumentMetaSchema = z.object({
  title: z.string().min(1),
  shortTitle: z.string().min(1).optional(),
  number: z.string().optional(),
  issuer: z.string().optional(),
  date: z.string().optional(),
  status: z.enum(["draft", "in-force", "expired"]).default("in-force"),
  /** The primary document is cited by section alone ("Mục II.2"); others carry their short title. */
  primary: z.boolean().default(false),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

/** What kind of text a passage holds; decides how it is cited and displayed. */
export type PassageKind = "title" | "letterhead" | "heading" | "paragraph" | "footnote" | "recipients";

/** A section of a document: a part ("II"), a section ("II.2") or a subsection ("III.2.2"). */
export interface Section {
  /** Section path: "II", "II.2", "III.2.2"; "Điều 3" for articles. */
  readonly path: string;
  /** Heading in sentence case: "Mục tiêu", "Tình hình và nguyên nhân". */
  readonly heading: string;
  readonly level: number;
  /** Path of the enclosing section, if any. */
  readonly parent?: string;
}

/**
 * The unit of retrieval: a paragraph, or part of a long one, with its place in the document.
 * `text` is verbatim source text (footnote markers removed).
 */
export interface Passage {
  /** Stable id: `<docId>#<section>/<paragraph>.<chunk>`. */
  readonly id: string;
  readonly docId: string;
  readonly kind: PassageKind;
  /** Section key: a path such as "III.2.2", or "title", "letterhead", "footnote 1", "recipients". */
  readonly section: string;
  /** Heading of the section the passage belongs to (context for search and citation). */
  readonly heading: string;
  /** Headings from the outermost part down to the passage's section. */
  readonly context: readonly string[];
  readonly text: string;
  /** Index of the paragraph within its section, and of the chunk within the paragraph. */
  readonly paragraph: number;
  readonly chunk: number;
  /** Footnote numbers referenced in this passage. */
  readonly footnotes: readonly number[];
  /** Footnotes only: the path of the section whose paragraph refers to the note. */
  readonly within?: string;
  /** Footnotes only: the clause the note's marker closes, what the note elaborates; searched with the headings. */
  readonly anchor?: string;
}

/** A parsed document: metadata, sections in reading order and passages in reading order. */
export interface ParsedDocument {
  readonly id: string;
  readonly file: string;
  readonly meta: DocumentMeta;
  readonly sections: readonly Section[];
  readonly passages: readonly Passage[];
}

const SPECIAL_SECTION_LABELS: Record<string, string> = {
  title: "Tên văn bản",
  letterhead: "Phần đầu văn bản (cơ quan ban hành, số, ngày)",
  recipients: "Nơi nhận",
};

/**
 * Human citation of a passage: "Mục II.2 – Mục tiêu", "Mục III.2.2 – Phát huy vai trò, trách nhiệm của …",
 * "Chú thích 1 (Mục I – Tình hình và nguyên nhân)". Documents other than the primary one are prefixed
 * with their short title.
 */
export function citation(passage: Pick<Passage, "section" | "heading" | "kind" | "context">, doc?: DocumentMeta): string {
  const label = sectionLabel(passage);
  if (!doc || doc.primary) return label || "Phần mở đầu";
  const title = doc.shortTitle ?? doc.title;
  return label ? `${title}, ${label.charAt(0).toLowerCase()}${label.slice(1)}` : title;
}

function sectionLabel(passage: Pick<Passage, "section" | "heading" | "kind" | "context">): string {
  const special = SPECIAL_SECTION_LABELS[passage.section];
  if (special) return special;
  if (passage.kind === "footnote") {
    const number = passage.section.replace(/^footnote\s*/, "");
    return `Chú thích ${number} (${passage.heading})`;
  }
  if (!passage.section) return "";
  const prefix = passage.section.startsWith("Điều") ? passage.section : `Mục ${passage.section}`;
  return passage.heading && passage.heading !== passage.section ? `${prefix} – ${firstWords(passage.heading, 9)}` : prefix;
}

/**
 * Words people use when they ask for the special parts of a document ("tên đầy đủ", "tựa đề", "ban hành ngày
 * nào", "gửi cho ai"). These parts have no heading; the words are searched as part of their text.
 */
const SPECIAL_SECTION_SEARCH_WORDS: Record<string, string> = {
  title: "Tên văn bản, tên gọi, tiêu đề, tựa đề, trích yếu",
  letterhead: "Cơ quan ban hành, số hiệu văn bản, ngày tháng năm ban hành, người ký, ai ký",
  recipients: "Nơi nhận, gửi đến, phổ biến đến",
};

/** The two searched fields of a passage: its text, and the headings it sits under (weighted lower). */
export function searchFields(passage: Pick<Passage, "section" | "context" | "heading" | "kind" | "text" | "anchor">): { text: string; context: string } {
  const special = SPECIAL_SECTION_SEARCH_WORDS[passage.section];
  if (special) return { text: `${special}\n${passage.text}`, context: "" };
  const headings = passage.kind === "footnote" ? [passage.heading, passage.anchor ?? "", "chú thích, số liệu"] : passage.context;
  return { text: passage.text, context: headings.join("\n") };
}
