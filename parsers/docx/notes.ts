// Footnotes and endnotes: markers numbered as Word numbers them (w:footnotePr / w:endnotePr,
// custom marks), and the note bodies read separately and linked by id, in reference order.
import type { DocBuilder } from "../../src/ground/doc-builder.js";
import { formatNumber } from "./numbering.js";
import type { Reader } from "./paragraph.js";
import { child, kids, val, type XNode } from "./xml.js";

export type NoteKind = "footnote" | "endnote";

interface NoteSeq {
  fmt: string;
  start: number;
  next: number; // count of automatically numbered references seen
  order: Array<{ id: string; marker: string }>;
  seen: Map<string, string>;
}

/** The two note sequences of a document and the markers given out so far. */
export class NoteNumbers {
  readonly seq: Record<NoteKind, NoteSeq>;

  constructor(settings: XNode | null, sectPr: XNode | undefined) {
    const s = settings ? child(settings, "w:settings") : undefined;
    const mk = (tag: string, defFmt: string): NoteSeq => {
      // section properties override the document settings
      const pr = child(sectPr, tag) ?? child(s, tag);
      return {
        fmt: val(child(pr, "w:numFmt")) ?? defFmt,
        start: Number(val(child(pr, "w:numStart")) ?? "1"),
        next: 0,
        order: [],
        seen: new Map(),
      };
    };
    this.seq = { footnote: mk("w:footnotePr", "decimal"), endnote: mk("w:endnotePr", "lowerRoman") };
  }

  /** The marker of a reference (the same id keeps its first marker); `custom` is a w:customMarkFollows mark. */
  marker(kind: NoteKind, id: string, custom: string | null): string {
    const seq = this.seq[kind];
    const prev = seq.seen.get(id);
    if (prev !== undefined) return prev;
    const marker = custom ?? formatNumber(seq.start + seq.next++, seq.fmt);
    seq.seen.set(id, marker);
    seq.order.push({ id, marker });
    return marker;
  }
}

/** The normal notes of a notes part by id (separator, continuationSeparator and continuationNotice skipped). */
function notesById(root: XNode | null, kind: NoteKind): Map<string, XNode> {
  const holder = child(root ?? undefined, kind === "footnote" ? "w:footnotes" : "w:endnotes");
  const byId = new Map<string, XNode>();
  for (const n of kids(holder, kind === "footnote" ? "w:footnote" : "w:endnote")) {
    const type = n.attrs["w:type"];
    if (type && type !== "normal") continue;
    byId.set(n.attrs["w:id"] ?? "", n);
  }
  return byId;
}

/** A note's text: its paragraphs (and flattened tables) joined by spaces. */
function noteText(note: XNode, reader: Reader): string {
  reader.resetFields();
  const texts: string[] = [];
  for (const bl of reader.blockItems(note.children)) {
    const ps = bl.tag === "w:p" ? (() => { const p = reader.paragraph(bl, true); return [p, ...p.extra]; })() : reader.flattenTable(bl, true);
    for (const p of ps) if (p.text) texts.push(p.text);
  }
  return texts.join(" ").replace(/^\s+/u, "");
}

/** Footnotes, then endnotes (each part parsed on demand), in reference order, as footnote blocks; a missing or empty note is a warning. */
export function emitNotes(reader: Reader, parts: Record<NoteKind, () => XNode | null>, b: DocBuilder): void {
  for (const kind of ["footnote", "endnote"] as const) {
    const seq = reader.notes.seq[kind];
    if (!seq.order.length) continue;
    const byId = notesById(parts[kind](), kind); // the part is read only when a note is referenced
    for (const { id: noteId, marker } of seq.order) {
      const note = byId.get(noteId);
      if (!note) {
        b.warn(kind === "footnote" ? "docx/missing-footnote" : "docx/missing-endnote", `${kind} ${marker} is referenced but its text is missing from the document`);
        continue;
      }
      const text = noteText(note, reader);
      if (!text) {
        b.warn(kind === "footnote" ? "docx/empty-footnote" : "docx/empty-endnote", `${kind} ${marker} has no text`);
        continue;
      }
      // the place of its text: the note's w:id in its part (a person finds it in word/footnotes.xml)
      const id = Number(noteId);
      b.add({ kind: "footnote", text, marker, ...(Number.isInteger(id) && id >= 0 ? { note: { part: kind === "footnote" ? "footnotes" : "endnotes", id } } : {}) });
    }
  }
}
