// Where a person finds an offset of `DocModel.text` in the original file: the line and column of
// a text or Markdown file (vfile-style, 1-based), the line on a PDF page, the body paragraph of a
// DOCX. Offsets themselves stay in `DocModel.text` (the text that is written out as
// `source.text`); this only adds the places a person can check in the file they have.
//
// Text and Markdown parsers rebuild paragraphs (lines re-joined, white space folded, <b>/<sup>
// tags and footnote zones taken out), so the place in the file is found by aligning the
// document's text with the file's text: each block is found by its first characters, then its
// characters are matched one by one, white space ignored, skipping what the parser removed.
import type { Block, DocModel } from "./model.js";
import type { PlanDocument, SpanT } from "../schemas/plan.js";

export interface Place {
  line?: number;
  column?: number;
  paragraph?: number;
}

export type Locate = (offset: number) => Place | null;

/** The place-finder of one document, or null when its format gives no places. */
export function locator(doc: DocModel): Locate {
  if ((doc.format === "txt" || doc.format === "md") && doc.source !== undefined) return textLocator(doc, doc.source);
  const blockAt = blockFinder(doc.blocks);
  if (doc.format === "pdf") {
    return (offset) => {
      const b = blockAt(offset);
      if (!b?.lines?.length) return null;
      let line = b.lines[0].line;
      for (const l of b.lines) if (l.at <= offset - b.start) line = l.line;
      return { line };
    };
  }
  if (doc.format === "docx") {
    return (offset) => {
      const b = blockAt(offset);
      return b?.paragraph !== undefined ? { paragraph: b.paragraph } : null;
    };
  }
  return () => null;
}

/** The block that holds `offset` (or the next one, for an offset in the "\n\n" between blocks). */
function blockFinder(blocks: Block[]): (offset: number) => Block | undefined {
  return (offset) => {
    let lo = 0;
    let hi = blocks.length - 1;
    // blocks are in text order: binary search for the last block starting at or before offset
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const b = blocks[lo];
    if (!b) return undefined;
    return offset <= b.end ? b : blocks[lo + 1] ?? b;
  };
}

const WS = /\s/u;
// how far past the expected character the alignment looks: a removed tag ("<sup>12</sup>", "**")
// or a glued footnote marker is short; anything longer is text the parser did not keep
const LOOKAHEAD = 40;
// the characters of a block's start searched for in the file, first within this many characters
// after the last block (what the parser skipped between two blocks: a footnote zone, a header)
const KEY = 8;
const NEAR = 2_000;
const WINDOW = 20_000;

function textLocator(doc: DocModel, source: string): Locate {
  // the file's non-white characters, NFC (a decomposed "ý" is two units in the file, one here),
  // each with its offset in the file
  let stream = "";
  const pos: number[] = [];
  for (const m of source.matchAll(/\P{M}\p{M}*/gu)) {
    const cluster = m[0];
    if (WS.test(cluster)) continue;
    const n = cluster.normalize("NFC");
    stream += n;
    for (let k = 0; k < n.length; k++) pos.push(m.index!);
  }
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1);

  // doc offset -> file offset, for the document's non-white characters that were found
  const map = new Int32Array(doc.text.length).fill(-1);
  let cursor = 0;
  // searches of the whole file for a block not found after the last one (footnote bodies moved
  // to the end): bounded, so that a file of many such blocks stays linear
  let anywhere = 200;
  let budget = 40 * stream.length + 200_000;
  for (const b of doc.blocks) {
    const units: number[] = []; // doc offsets of the block's non-white units
    for (let o = b.start; o < b.end; o++) if (!WS.test(doc.text[o])) units.push(o);
    if (!units.length) continue;
    const keyOf = (from: number) => units.slice(from, from + KEY).map((o) => doc.text[o]).join("");
    // the block's first characters after where the last block ended, or a few characters further
    // in (past a label the parser made, the "1." of a Markdown list, or a tag inside them,
    // "<b>1</b>"); else anywhere (footnote bodies are moved to the end of the document). Each
    // search is bounded (first near the last block, then further), and all of them together by
    // `budget`, so that the work stays linear in the file's length whatever the file
    let j = -1;
    let first = 0;
    search: for (const window of [NEAR, WINDOW]) {
      for (const from of [0, 4, 8, 16]) {
        if (from >= units.length || budget <= 0) break search;
        budget -= window;
        const ahead = stream.slice(cursor, cursor + window).indexOf(keyOf(from));
        if (ahead >= 0) {
          j = cursor + ahead;
          first = from;
          break search;
        }
      }
    }
    if (j < 0 && anywhere > 0 && budget > 0) {
      anywhere--;
      budget -= stream.length;
      j = stream.indexOf(keyOf(0));
      first = 0;
    }
    if (j < 0) continue;
    // the characters before the key, found backwards on the same line of the file (the "1" of
    // "<b>1</b>"; not the "." of a heading above for the "1." a Markdown list made of "1)")
    const lineStart = source.lastIndexOf("\n", pos[j]) + 1;
    for (let u = first - 1, k = j - 1; u >= 0; u--) {
      const ch = doc.text[units[u]];
      let q = k;
      while (q >= 0 && q > k - LOOKAHEAD && pos[q] >= lineStart && stream[q] !== ch) q--;
      if (q >= 0 && pos[q] < lineStart) continue;
      if (q >= 0 && stream[q] === ch) {
        map[units[u]] = pos[q];
        k = q - 1;
      }
    }
    for (let u = first; u < units.length; u++) {
      const ch = doc.text[units[u]];
      let k = j;
      while (k < stream.length && k < j + LOOKAHEAD && stream[k] !== ch) k++;
      if (k < stream.length && stream[k] === ch) {
        map[units[u]] = pos[k];
        j = k + 1;
      }
    }
    cursor = j;
  }

  return (offset) => {
    // the first character found at or after the offset (a span starts on a word, not on white space)
    let o = Math.max(0, offset);
    const limit = Math.min(map.length, o + 64);
    while (o < limit && map[o] < 0) o++;
    if (o >= limit) return null;
    const at = map[o];
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - lineStarts[lo] + 1 };
  };
}

/** A span with the place of its start added (a span is left as it is where no place is known). */
export function placed<S extends SpanT>(span: S, locate: Locate): S {
  const p = locate(span.start);
  return p ? { ...span, ...p } : span;
}

/** Every span of an extraction with its place in the file. */
export function placeAll<T extends Omit<PlanDocument, "schemaVersion" | "source">>(x: T, locate: Locate): T {
  const at = <S extends SpanT>(s: S): S => placed(s, locate);
  const opt = <S extends SpanT>(s: S | undefined | null) => (s ? at(s) : s);
  return {
    ...x,
    themes: x.themes.map((t) => ({ ...t, where: opt(t.where) })),
    targets: x.targets.map((t) => ({ ...t, where: at(t.where), quantities: t.quantities.map((q) => ({ ...q, where: opt(q.where) })) })),
    tasks: x.tasks.map((t) => ({ ...t, where: at(t.where) })),
    deadlines: x.deadlines.map((d) => ({ ...d, where: opt(d.where) })),
    footnotes: x.footnotes.map((f) => ({ ...f, where: opt(f.where) })),
    models: x.models.map((m) => ({ ...m, where: opt(m.where) })),
    warnings: x.warnings.map((w) => ({ ...w, where: opt(w.where) })),
  };
}
