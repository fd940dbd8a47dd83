// The format-independent document model. Parsers (parsers/*.ts) turn bytes into
// a DocModel; rules (rules/*.ts) read only this model and never a file format.
//
// Offsets: `DocModel.text` is the one NFC text of the document. Every block has
// `start`/`end` into it (end exclusive, UTF-16 code units, like unist positions),
// and `doc.text.slice(block.start, block.end) === block.text`.
// Build a DocModel with `DocBuilder` (src/ground/doc-builder.ts), which assigns offsets
// in one place.
import type { WarningCode } from "./codes.js";

export type BlockKind =
  | "paragraph" // a paragraph of body text (typed labels stay in the text: "2.1. Mỗi …")
  | "heading" // a paragraph the source marks as a heading (Word Heading 1-3, Markdown #)
  | "listItem" // a paragraph numbered or bulleted by the format itself (Word numPr, Markdown list)
  | "tableRow" // one row of a table, with its cells
  | "footnote"; // the body of a footnote, with its marker

/** A footnote reference found inside a block's text (the marker itself is removed from the text). */
export interface NoteRef {
  marker: string; // "1"
  at: number; // offset in the block text where the marker stood (relative to block.text)
  cell?: number; // for table rows: the index of the cell that holds it
}

export interface Cell {
  text: string; // NFC, lines joined with single spaces
  start: number; // offsets into DocModel.text
  end: number;
  /** how many grid columns the cell spans (Word gridSpan, a PDF cell over several columns) */
  span?: number;
}

export interface Block {
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
  page: number | null; // 1-based page where the block starts, when the format has pages
  /** list items: the label the format generated ("1.", "2.1.", "-", "+"); it is also the first thing in `text`. */
  label?: string;
  /** list nesting (0 = outermost) for listItem blocks; heading level (1 = top) for heading blocks */
  level?: number;
  /** list items whose nesting is their indentation alone (Markdown): `level` says how deep the item
   *  sits, whatever its bullet or number (a Word list level goes with its own label style) */
  nestsByIndent?: boolean;
  /** table rows: the cells in column order, and the table they belong to */
  cells?: Cell[];
  table?: number; // 0-based index of the table in the document
  header?: boolean; // a header row of its table (repeated headers are dropped by the parser)
  /** footnote bodies: their marker ("1") */
  marker?: string;
  /** inline footnote references inside this block */
  refs?: NoteRef[];
  /** presentation hints a parser knows; rules may use them as hints, never as the only evidence */
  bold?: boolean; // the whole paragraph (or its label) is bold
  italic?: boolean;
  align?: "left" | "center" | "right" | "justify";
  /** where the block sits in the page layout, when the parser knows: the two-column
   *  header block, the body, or the closing block ("Nơi nhận" / signature) */
  zone?: "header-left" | "header-right" | "body" | "closing-left" | "closing-right";
  /** PDF: where each printed line of the block starts in `text`, with its 1-based line number on the page */
  lines?: Array<{ at: number; line: number }>;
  /** DOCX: the 0-based index of the body element (w:p or w:tbl) the block comes from */
  paragraph?: number;
  /** DOCX footnote and endnote bodies: the part that holds the note and the note's w:id there */
  note?: NotePlace;
}

/** Where a DOCX note's text stands: `<w:footnote w:id="3">` of word/footnotes.xml is { part: "footnotes", id: 3 }. */
export interface NotePlace {
  part: "footnotes" | "endnotes";
  id: number;
}

export interface Warning {
  code: WarningCode; // "area/what", one of the list in src/ground/codes.ts: "txt/page-number", "structure/no-items"
  message: string;
  where: { page: number | null; start: number; end: number } | null;
}

export interface DocModel {
  text: string;
  blocks: Block[];
  pages: number | null; // PDF page count, else null
  format: "pdf" | "docx" | "txt" | "md";
  warnings: Warning[];
  /** text and Markdown: the decoded file as it was (line breaks kept), to give lines and columns in it */
  source?: string;
}

export interface ParseOptions {
  fileName: string;
  password?: string;
  /** largest PDF read, in pages (default DEFAULT_MAX_PAGES) */
  maxPages?: number;
  /**
   * OCR of PDF pages without text: "auto" (default) when the whole PDF has no text layer (a scan),
   * "on" also for the pages without text of a PDF that has some, "off" never (a scan is refused)
   */
  ocr?: OcrMode;
  /** told how many pages OCR will read, before it starts (the per-file time limit grows with them) */
  onOcr?: (pages: number) => void;
}

export type OcrMode = "auto" | "on" | "off";

/** Default page limit of a PDF (the CLI's --max-pages). */
export const DEFAULT_MAX_PAGES = 2000;
