/**
 * Structure-aware parser for Vietnamese administrative documents (Nghị quyết, Chỉ thị, Kế hoạch…)
 * exported to plain text: letterhead, title, parts "I.", sections "1." and "1.1.", articles
 * "Điều 1.", bullet paragraphs, footnotes ("[footnoteRef:1]" … "[1: text]") and the list of
 * recipients ("Nơi nhận:"). Markdown headings ("# …") are understood too, so a note written in
 * Markdown can be dropped into `knowledge/` as well. Pure: text in, structure out.
 */
import { nfc, splitSentences } from "../core/text.js";
import type { DocumentMeta, ParsedDocument, Passage, PassageKind, Section } from "./document.js";

/** How long paragraphs are cut into passages. */
export interface ChunkOptions {
  /** Paragraphs longer than this many characters are split on sentence boundaries. */
  readonly maxChars: number;
}

/** Named default: long enough for a whole thought, short enough to quote in a chat message. */
export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { maxChars: 1500 };

const DOCUMENT_TYPES = "NGHỊ QUYẾT|CHỈ THỊ|KẾT LUẬN|QUYẾT ĐỊNH|HƯỚNG DẪN|KẾ HOẠCH|QUY ĐỊNH|QUY CHẾ|THÔNG BÁO|BÁO CÁO|CHƯƠNG TRÌNH|ĐỀ ÁN|LUẬT|NGHỊ ĐỊNH|THÔNG TƯ";
const DOCUMENT_TYPE_LINE = new RegExp(`^(${DOCUMENT_TYPES})$`, "u");
const ROMAN_PART = /^([IVX]{1,5})\.\s+(.+)$/u;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(.+)$/u;
const ARTICLE = /^(Điều\s+\d+)\.\s*(.*)$/u;
const CHAPTER = /^(Chương\s+[IVXLC\d]+)\.?\s*(.*)$/u;
const MARKDOWN_HEADING = /^(#{1,4})\s+(.+)$/u;
const FOOTNOTE_TEXT = /\[(\d+):\s*([^\]]*)\]/gu;
const FOOTNOTE_REF = /\[footnoteRef:(\d+)\]/gu;
const EDITOR_MARKUP = /\[bookmark:[^\]]*\]/gu;
const RECIPIENTS = /^Nơi nhận\s*:?\s*$/u;
const SEPARATOR = /^[-–_=*]{3,}$/u;
const CLOSING_SENTENCE = new RegExp(`^(${DOCUMENT_TYPES})\\s+này\\b`, "iu");

interface Block {
  kind: PassageKind;
  section: string;
  within?: string;
  anchor?: string;
  heading: string;
  context: string[];
  text: string;
  paragraph: number;
  footnotes: number[];
}

/**
 * Parses one document.
 * @param id short document id (the file name without extension)
 * @param file file name, kept for error messages and citations
 * @param meta metadata; a missing title is taken from the document's own title block
 */
export function parseDocument(
  id: string,
  file: string,
  source: string,
  meta: Partial<DocumentMeta> = {},
  chunking: ChunkOptions = DEFAULT_CHUNK_OPTIONS,
): ParsedDocument {
  const lines = nfc(source).replace(/\r\n?/g, "\n").split("\n").map((line) => line.replace(EDITOR_MARKUP, "").trim());
  const state = new ParserState();
  const typeLine = lines.findIndex((line) => DOCUMENT_TYPE_LINE.test(line));
  let index = 0;

  if (typeLine > 0) {
    const letterhead = lines.slice(0, typeLine).filter((line) => line && line !== "*").map((line) => line.replace(/\s{2,}/g, " "));
    if (letterhead.length) state.add("letterhead", "letterhead", "", [], letterhead.join("\n"));
  }
  if (typeLine >= 0) {
    const titleLines: string[] = [];
    for (index = typeLine; index < lines.length; index++) {
      const line = lines[index] ?? "";
      if (SEPARATOR.test(line) || ROMAN_PART.test(line) || MARKDOWN_HEADING.test(line)) break;
      if (line) titleLines.push(line);
      else if (titleLines.length > 1) break;
    }
    state.add("title", "title", "", [], titleLines.join(" "));
  } else {
    // A Markdown document's first "# " heading is its title.
    const first = lines.findIndex((line) => line !== "");
    const heading = MARKDOWN_HEADING.exec(lines[first] ?? "");
    if (heading?.[1] === "#") {
      state.add("title", "title", "", [], heading[2] ?? "");
      index = first + 1;
    }
  }

  for (; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (!line || line === "*" || SEPARATOR.test(line)) continue;
    if (RECIPIENTS.test(line)) {
      state.add("recipients", "recipients", "Nơi nhận", [], collectRecipients(lines.slice(index + 1)));
      break;
    }
    state.line(line);
  }

  const title = meta.title ?? state.blocks.find((block) => block.kind === "title")?.text ?? id;
  const fullMeta: DocumentMeta = { status: "in-force", primary: false, ...meta, title };
  return { id, file, meta: fullMeta, sections: state.sections, passages: toPassages(id, state.blocks, chunking) };
}

class ParserState {
  readonly sections: Section[] = [];
  readonly blocks: Block[] = [];
  private current: Section | undefined;
  private paragraphInSection = 0;
  /** Sections opened by numbered lines are nested under the latest Roman part or chapter. */
  private part: Section | undefined;

  line(line: string): void {
    const markdown = MARKDOWN_HEADING.exec(line);
    if (markdown) return this.openMarkdown(markdown[1]?.length ?? 1, markdown[2] ?? "");
    const chapter = CHAPTER.exec(line);
    if (chapter) return this.openPart(chapter[1] ?? "", chapter[2] ?? "");
    const roman = ROMAN_PART.exec(line);
    if (roman && isUpperHeading(roman[2] ?? "")) return this.openPart(roman[1] ?? "", roman[2] ?? "");
    const article = ARTICLE.exec(line);
    if (article) return this.openNumbered(article[1] ?? "", article[2] ?? "", false);
    const numbered = NUMBERED.exec(line);
    if (numbered && this.part) return this.openNumbered(numbered[1] ?? "", numbered[2] ?? "", true);
    this.paragraph(line.replace(/^[-–•+]\s+/u, ""));
  }

  add(kind: PassageKind, section: string, heading: string, context: string[], text: string, footnotes: number[] = []): void {
    this.blocks.push({ kind, section, heading, context, text, paragraph: 0, footnotes });
  }

  private openPart(path: string, heading: string): void {
    this.part = this.open({ path, heading: sentenceCase(heading), level: 1 });
  }

  private openMarkdown(level: number, heading: string): void {
    const path = heading.trim();
    const section: Section =
      level === 1 || !this.part
        ? { path, heading: path, level: 1 }
        : { path, heading: path, level: 2, parent: this.part.path };
    this.open(section);
    if (level === 1 || !this.part) this.part = section;
  }

  private openNumbered(number: string, rest: string, nested: boolean): void {
    const parentPath = nested && this.part ? this.part.path : undefined;
    const path = parentPath ? `${parentPath}.${number}` : number;
    const depth = number.split(".").length;
    const inline = isInlineItem(rest);
    const heading = inline ? inlineHeading(rest) : rest.replace(/:$/u, "");
    const parent = depth > 1 ? path.slice(0, path.lastIndexOf(".")) : parentPath;
    this.open({ path, heading, level: depth + (parentPath ? 1 : 0), ...(parent ? { parent } : {}) });
    if (inline) this.paragraph(rest);
    else if (heading.split(/\s+/).length >= HEADING_PASSAGE_MIN_WORDS) {
      // Long headings of this kind of document are statements in their own right ("Công tác dân vận
      // phải gắn kết chặt chẽ với …"): people ask about them, so they are passages too.
      this.blocks.push(this.block("heading", heading, []));
    }
  }

  private open(section: Section): Section {
    this.sections.push(section);
    this.current = section;
    this.paragraphInSection = 0;
    return section;
  }

  private paragraph(text: string): void {
    const footnotes: number[] = [];
    const notes: Array<{ number: number; text: string }> = [];
    const anchors = new Map<number, string>();
    const body = text
      .replace(FOOTNOTE_TEXT, (_match, number: string, note: string) => {
        notes.push({ number: Number(number), text: note.replace(/\s+/g, " ").trim() });
        return "";
      })
      .replace(FOOTNOTE_REF, (_match, number: string, offset: number, whole: string) => {
        footnotes.push(Number(number));
        anchors.set(Number(number), anchorClause(whole.slice(0, offset)));
        return "";
      })
      .trim();
    if (!body) return;
    // "Nghị quyết này phổ biến đến chi bộ." closes the whole part, not its last numbered item.
    if (this.part && this.current !== this.part && CLOSING_SENTENCE.test(body)) this.current = this.part;
    const block = this.block("paragraph", body, footnotes);
    this.blocks.push(block);
    for (const note of notes) {
      const label = this.current ? `Mục ${this.current.path} – ${this.current.heading}` : "";
      const anchor = anchors.get(note.number);
      this.blocks.push({ ...block, kind: "footnote", section: `footnote ${note.number}`, within: block.section, heading: label, text: note.text, paragraph: 0, footnotes: [], ...(anchor ? { anchor } : {}) });
    }
  }

  private block(kind: PassageKind, text: string, footnotes: number[]): Block {
    const section = this.current;
    return {
      kind,
      section: section?.path ?? "",
      heading: section?.heading ?? "",
      context: section ? this.contextOf(section) : [],
      text,
      paragraph: kind === "heading" ? 0 : ++this.paragraphInSection,
      footnotes,
    };
  }

  private contextOf(section: Section): string[] {
    const chain: string[] = [];
    let cursor: Section | undefined = section;
    while (cursor) {
      chain.unshift(cursor.heading);
      const parentPath: string | undefined = cursor.parent;
      cursor = parentPath ? this.sections.find((candidate) => candidate.path === parentPath) : undefined;
    }
    return chain;
  }
}

/** Headings of at least this many words are also passages (see `openNumbered`). */
const HEADING_PASSAGE_MIN_WORDS = 10;

function isUpperHeading(text: string): boolean {
  return text === text.toUpperCase() && /\p{Lu}/u.test(text);
}

/** "Quan điểm" is a heading; "Đảng đoàn HĐND tỉnh, …: Chỉ đạo rà soát … ." is an item with its body inline. */
function isInlineItem(text: string): boolean {
  return /[.!?…;]["”]?$/u.test(text) || /:\s+\p{Lu}/u.test(text);
}

function inlineHeading(text: string): string {
  const colon = text.indexOf(":");
  if (colon > 0 && colon < 160) return text.slice(0, colon).trim();
  const words = text.split(/\s+/);
  return words.length <= 12 ? text.replace(/[.;]$/u, "") : `${words.slice(0, 12).join(" ").replace(/[,;]$/u, "")} …`;
}

/** "TÌNH HÌNH VÀ NGUYÊN NHÂN" → "Tình hình và nguyên nhân". Abbreviations inside keep their case. */
function sentenceCase(text: string): string {
  if (!isUpperHeading(text)) return text;
  const lower = text.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/** "- Ban Bí thư Trung ương Đảng," lines, continuation lines joined to their item. */
function collectRecipients(lines: string[]): string {
  const items: string[] = [];
  for (const line of lines) {
    if (!line) continue;
    if (/^[-–•]/u.test(line) || items.length === 0) items.push(line.replace(/^[-–•]\s*/u, ""));
    else items[items.length - 1] = `${items[items.length - 1]} ${line}`;
  }
  return items.map((item) => `- ${item}`).join("\n");
}

/**
 * The clause a footnote marker closes, which the note elaborates: "thực hiện thắng lợi nhiệm vụ phát triển KT-XH của tỉnh" before
 * "[footnoteRef:1]" (the note gives the figures of that development, in words of its own).
 */
function anchorClause(before: string): string {
  const plain = before.replace(FOOTNOTE_REF, "");
  return plain.slice(plain.search(/[^.;:,!?]*$/u)).trim();
}

function toPassages(docId: string, blocks: Block[], chunking: ChunkOptions): Passage[] {
  const passages: Passage[] = [];
  for (const block of blocks) {
    const chunks = block.kind === "paragraph" ? chunkParagraph(block.text, chunking.maxChars) : [block.text];
    chunks.forEach((text, chunk) => {
      passages.push({
        id: `${docId}#${block.section}/${block.paragraph}.${chunk}`,
        docId,
        kind: block.kind,
        section: block.section,
        heading: block.heading,
        context: block.context,
        text,
        paragraph: block.paragraph,
        chunk,
        footnotes: block.footnotes,
        ...(block.within ? { within: block.within } : {}),
        ...(block.anchor ? { anchor: block.anchor } : {}),
      });
    });
  }
  return passages;
}

/**
 * Splits a long paragraph into runs of whole sentences of at most `maxChars` (a single longer
 * sentence stays whole). Chunks never cross the paragraph, so a passage is never longer than it.
 */
export function chunkParagraph(text: string, maxChars: number): string[] {
  if (text.length <= maxChars) return [text];
  const sentences = splitSentences(text);
  const chunks: string[] = [];
  let start = -1;
  let end = -1;
  for (const sentence of sentences) {
    if (start >= 0 && sentence.end - start > maxChars) {
      chunks.push(text.slice(start, end));
      start = -1;
    }
    if (start < 0) start = sentence.start;
    end = sentence.end;
  }
  if (start >= 0) chunks.push(text.slice(start, end));
  return balanceTail(chunks, maxChars);
}

/** A last chunk of a few words reads badly on its own: merge it back when the result still fits. */
function balanceTail(chunks: string[], maxChars: number): string[] {
  if (chunks.length < 2) return chunks;
  const last = chunks[chunks.length - 1] ?? "";
  const previous = chunks[chunks.length - 2] ?? "";
  if (last.length < maxChars / 4 && previous.length + last.length + 1 <= maxChars * 1.25) {
    return [...chunks.slice(0, -2), `${previous} ${last}`];
  }
  return chunks;
}
