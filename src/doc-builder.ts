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
  table?: number;
  header?: boolean;
  marker?: string;
  bold?: boolean;
  italic?: boolean;
  align?: Block["align"];
  zone?: Block["zone"];
  lines?: Block["lines"];
  paragraph?: number;
}

export class DocBuilder {
  private parts: string[] = [];
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
    return start;
  }

  add(input: BlockInput): Block {
    const { cells: cellInputs, text: rawText, ...rest } = input;
    if (input.kind === "tableRow") {
      const cellsIn = cellInputs ?? [];
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
      const block: Block = {
        ...rest,
        kind: "tableRow",
        text: joined,
        start,
        end: start + joined.length,
        page: input.page ?? null,
        cells,
        ...(refs.length ? { refs } : {}),
      };
      this.blocks.push(block);
      return block;
    }
    const text = nfc(rawText ?? "").replace(/\n+/g, " ");
    const start = this.append(text);
    const block: Block = { ...rest, kind: input.kind, text, start, end: start + text.length, page: input.page ?? null };
    if (!block.refs?.length) delete block.refs;
    this.blocks.push(block);
    return block;
  }

  warn(code: WarningCode, message: string, where: Warning["where"] = null): void {
    this.warnings.push({ code, message, where });
  }

  build(pages: number | null = null): DocModel {
    return { text: this.parts.join(""), blocks: this.blocks, pages, format: this.format, warnings: this.warnings };
  }
}
