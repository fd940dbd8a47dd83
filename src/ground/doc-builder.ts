// The one place where offsets into DocModel.text are assigned (like
// mdast-util-from-markdown's enter/exit). Parsers add blocks in reading order;
// blocks are separated by "\n\n" in the document text, table cells by "\t".
import type { Block, BlockKind, Cell, DocModel, NoteRef, Warning } from "./model.js";
import { nfc } from "./text.js";
import type { WarningCode } from "./codes.js";

export interface BlockInput {
  kind: BlockKind;
  text?: string; // not for tableRow
  cells?: Array<{ text: string; span?: number; refs?: Array<{ marker: string; at: number }> }>;
  page?: number | null;
  refs?: NoteRef[];
  label?: string;
  level?: number;
  nestsByIndent?: boolean;
  table?: number;
  header?: boolean;
  marker?: string;
  bold?: boolean;
  italic?: boolean;
  align?: Block["align"];
  zone?: Block["zone"];
  lines?: Block["lines"];
  paragraph?: number;
  note?: Block["note"];
}

// every optional field of BlockInput (a new field fails to compile until it is listed here)
const OPTIONAL_KEYS: Record<Exclude<keyof BlockInput, "kind" | "text" | "cells" | "page" | "refs">, true> = {
  label: true,
  level: true,
  nestsByIndent: true,
  table: true,
  header: true,
  marker: true,
  bold: true,
  italic: true,
  align: true,
  zone: true,
  lines: true,
  paragraph: true,
  note: true,
};
const OPTIONAL = Object.keys(OPTIONAL_KEYS);

/**
 * The block with the optional fields that are set, always added in one order: blocks then share a
 * few V8 shapes (an object spread of each input gave every block shapes of its own, ~250 bytes each).
 */
function withOptional(block: Block, input: BlockInput): Block {
  const into = block as unknown as Record<string, unknown>;
  const from = input as unknown as Record<string, unknown>;
  for (const key of OPTIONAL) if (from[key] !== undefined) into[key] = from[key];
  return block;
}

// The text is joined a piece at a time, about this many characters, and the blocks of each piece
// re-sliced from it: the strings a parser gave (lines, joined paragraphs) are let go as it goes
const SEAL_CHARS = 1 << 20;

/** Blocks from `from` on take their texts from `text`, which starts at offset `at` of the document. */
function reslice(blocks: Block[], from: number, text: string, at: number): void {
  for (let k = from; k < blocks.length; k++) {
    const block = blocks[k];
    block.text = text.slice(block.start - at, block.end - at);
    if (block.cells) for (const cell of block.cells) cell.text = text.slice(cell.start - at, cell.end - at);
  }
}

export class DocBuilder {
  private parts: string[] = [];
  private partsLength = 0;
  private sealed: string[] = []; // joined pieces of the text, in order
  private sealedLength = 0;
  private firstOpen = 0; // the first block whose text is not yet in a sealed piece
  private length = 0;
  readonly blocks: Block[] = [];
  readonly warnings: Warning[] = [];

  constructor(private readonly format: DocModel["format"]) {}

  private append(s: string): number {
    if (this.length > 0) {
      this.parts.push("\n\n");
      this.length += 2;
    }
    const start = this.length;
    this.parts.push(s);
    this.length += s.length;
    this.partsLength += s.length + 2;
    return start;
  }

  /** Joins the open parts into one piece of the text and points the open blocks' texts into it. */
  private seal(): void {
    if (this.parts.length === 0) return;
    const piece = this.parts.join("");
    this.parts = [];
    this.partsLength = 0;
    reslice(this.blocks, this.firstOpen, piece, this.sealedLength);
    this.firstOpen = this.blocks.length;
    this.sealed.push(piece);
    this.sealedLength += piece.length;
  }

  add(input: BlockInput): Block {
    if (input.kind === "tableRow") {
      const cellsIn = input.cells ?? [];
      const texts = cellsIn.map((c) => nfc(c.text).replace(/[\t\n\r]+/g, " "));
      const joined = texts.join("\t");
      const start = this.append(joined);
      const cells: Cell[] = [];
      const refs: NoteRef[] = [...(input.refs ?? [])];
      let off = start;
      texts.forEach((t, i) => {
        cells.push({ text: t, start: off, end: off + t.length, ...(cellsIn[i].span ? { span: cellsIn[i].span } : {}) });
        for (const r of cellsIn[i].refs ?? []) refs.push({ marker: r.marker, at: off - start + r.at, cell: i });
        off += t.length + 1;
      });
      const block: Block = withOptional({ kind: "tableRow", text: joined, start, end: start + joined.length, page: input.page ?? null, cells }, input);
      if (refs.length) block.refs = refs;
      this.blocks.push(block);
      if (this.partsLength > SEAL_CHARS) this.seal();
      return block;
    }
    const text = nfc(input.text ?? "").replace(/\n+/g, " ");
    const start = this.append(text);
    const block: Block = withOptional({ kind: input.kind, text, start, end: start + text.length, page: input.page ?? null }, input);
    if (input.refs?.length) block.refs = input.refs;
    this.blocks.push(block);
    if (this.partsLength > SEAL_CHARS) this.seal();
    return block;
  }

  warn(code: WarningCode, message: string, where: Warning["where"] = null): void {
    this.warnings.push({ code, message, where });
  }

  build(pages: number | null = null): DocModel {
    this.seal();
    const pieces = this.sealed.length;
    const text = pieces === 1 ? this.sealed[0] : this.sealed.join("");
    this.sealed = [];
    // each block's text (and cell's) becomes a view of the document text, the same characters at
    // the same offsets: the blocks then hold no second copy of the document (V8 slices share it)
    if (pieces > 1) reslice(this.blocks, 0, text, 0);
    return { text, blocks: this.blocks, pages, format: this.format, warnings: this.warnings };
  }
}
