// The state the PDF pipeline's stages share (parsers/pdf.ts runs them in order): the loaded pages,
// the builder, and what each stage leaves for the next.
import type { DocBuilder } from "../../src/ground/doc-builder.js";
import type { FootnoteOut, GridRowOut, Line, SideLines } from "./layout.js";
import type { PageData } from "./load.js";

export type Unit =
  | { kind: "line"; line: Line; y: number; page: number }
  | { kind: "row"; row: GridRowOut; piece: number; y: number; page: number };

export interface Piece {
  page: number;
  rows: GridRowOut[];
  cols: number;
}

/** What the stages share: the loaded pages, the builder, and what each stage leaves for the next. */
export interface PdfState {
  pages: PageData[];
  b: DocBuilder;
  /** The body font size, and the narrowest gap between the two columns of a header or closing table. */
  bodySize: number;
  minGap: number;
  /** Table pieces (one per page a table crosses) and the reading-order units: lines and table rows. */
  pieces: Piece[];
  pageLines: Line[][];
  units: Unit[];
  running: Set<Line>;
  notes: FootnoteOut[];
  header: SideLines | null;
  closing: SideLines | null;
  /** Table merge: the table of each piece, header rows, and header rows repeated on a later page. */
  tableOf: Map<number, number>;
  headerRows: Set<GridRowOut>;
  dropRows: Set<GridRowOut>;
  /** The baselines of every line of each page (tables, running lines and notes included), top first:
   *  a block's line on the page counts the lines a reader sees above it. */
  baselines: Map<number, number[]>;
}

export interface Stage {
  id: string;
  run(s: PdfState): void;
}
