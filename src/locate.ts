// Where a person finds an offset of `DocModel.text` in the original file: the line and column of
// a text or Markdown file (vfile-style, 1-based), the line on a PDF page, the body paragraph of a
// DOCX or, for a footnote's or endnote's text, its note in word/footnotes.xml or endnotes.xml. Offsets themselves stay in `DocModel.text` (the text that is written out as
// `source.text`); this only adds the places a person can check in the file they have.
//
// Text and Markdown parsers rebuild paragraphs (lines re-joined, white space folded, <b>/<sup>
// tags and footnote zones taken out), so the place in the file is found by aligning the
// document's text with the file's text: each block is found by its first characters, then its
// characters are matched one by one, white space ignored, skipping what the parser removed.
import type { Block, DocModel, NotePlace } from "./ground/model.js";
import type { PlanDocument, SpanT } from "../schemas/plan.js";

export interface Place {
  line?: number;
  column?: number;
  paragraph?: number;
  note?: NotePlace;
}

export type Locate = (offset: number) => Place | null;

/**
 * The place-finder of one document, or null when its format gives no places. `wanted`: the offsets
 * that will be asked (a text or Markdown file then aligns only what they need; without it, all).
 */
export function locator(doc: DocModel, wanted?: readonly number[]): Locate {
  if ((doc.format === "txt" || doc.format === "md") && doc.source !== undefined) return textLocator(doc, doc.source, wanted);
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
      // a note's text is outside the body: its place is the note in its part
      if (b?.note) return { note: b.note };
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

/** White space as `\s` (Unicode) sees it, by code unit. */
function isWs(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Each code unit's class for the stream: 0 a character kept as it is, 1 white space, 2 a combining
// mark or a surrogate (its piece is read by clusters, normalised, as the slow path below)
const CLASS = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (isWs(c)) t[c] = 1;
    else if (c >= 0xd800 && c <= 0xdfff) t[c] = 2;
    else if (c >= 0x300 && /\p{M}/u.test(String.fromCharCode(c))) t[c] = 2;
  }
  return t;
})();
const CLUSTER = /\P{M}\p{M}*/gu;
const WS = /\s/u;
const SPACES = /\s+/g;
// how far past the expected character the alignment looks: a removed tag ("<sup>12</sup>", "**")
// or a glued footnote marker is short; anything longer is text the parser did not keep
const LOOKAHEAD = 40;
// the characters of a block's start searched for in the file, first within this many characters
// after the last block (what the parser skipped between two blocks: a footnote zone, a header)
const KEY = 8;
const NEAR = 2_000;
const WINDOW = 20_000;
// the file's non-white characters are made a piece of about this many file characters at a time
const PIECE = 1 << 20;

interface Piece {
  text: string;
  pos: Int32Array;
}

/**
 * The file's non-white characters, NFC (a decomposed "ý" is two units in the file, one here), each
 * with its offset in the file: the "stream" the alignment reads. A large file never has its whole
 * stream in memory: it is cut into pieces (at cluster boundaries) whose start in the stream is
 * counted once, and the pieces around the place being read are made on demand (the last few kept).
 */
class Stream {
  /** per piece: where it starts in the file, in the stream, and whether it holds combining marks */
  private readonly fileAt: number[] = [];
  private readonly streamAt: number[] = [];
  private readonly marked: boolean[] = [];
  readonly length: number;
  private readonly made = new Map<number, Piece>();

  constructor(private readonly source: string) {
    let n = 0;
    for (let at = 0; at < source.length; ) {
      let end = Math.min(source.length, at + PIECE);
      // a piece never ends inside a cluster (before a combining mark)
      while (end < source.length && CLASS[source.charCodeAt(end)] === 2) end++;
      this.fileAt.push(at);
      this.streamAt.push(n);
      let kept = 0;
      let marks = false;
      for (let i = at; i < end; i++) {
        const c = CLASS[source.charCodeAt(i)];
        if (c === 0) kept++;
        else if (c === 2) marks = true;
      }
      this.marked.push(marks);
      n += marks ? this.slow(at, end, null) : kept;
      at = end;
    }
    this.length = n;
  }

  /** Piece k, made (or as made before). */
  private piece(k: number): Piece {
    const old = this.made.get(k);
    if (old) return old;
    const at = this.fileAt[k]!;
    const end = this.fileAt[k + 1] ?? this.source.length;
    const pos = new Int32Array((this.streamAt[k + 1] ?? this.length) - this.streamAt[k]!);
    let text: string;
    if (this.marked[k]) {
      const texts: string[] = [];
      this.slow(at, end, { texts, pos });
      text = texts.join("");
    } else {
      const s = this.source;
      text = s.slice(at, end).replace(SPACES, "");
      for (let i = at, o = 0; i < end; i++) if (CLASS[s.charCodeAt(i)] === 0) pos[o++] = i;
    }
    const p = { text, pos };
    if (this.made.size >= 4) this.made.delete(this.made.keys().next().value!);
    this.made.set(k, p);
    return p;
  }

  /** A piece with combining marks, cluster by cluster: its units counted, or written to `out`. */
  private slow(at: number, end: number, out: { texts: string[]; pos: Int32Array } | null): number {
    let n = 0;
    for (const m of this.source.slice(at, end).matchAll(CLUSTER)) {
      const cluster = m[0];
      if (WS.test(cluster)) continue;
      const c = cluster.normalize("NFC");
      if (out) {
        out.texts.push(c);
        for (let k = 0; k < c.length; k++) out.pos[n + k] = at + m.index!;
      }
      n += c.length;
    }
    return n;
  }

  // the two pieces read now: A holds stream units [aFrom, aTo), B (the next piece) [aTo, bTo)
  private aFrom = 0;
  private aTo = 0;
  private bTo = 0;
  private A: Piece = { text: "", pos: new Int32Array(0) };
  private B: Piece = { text: "", pos: new Int32Array(0) };

  /** The piece holding stream unit k, and the next, made the two read now. */
  private reach(k: number): void {
    let a = 0;
    let b = this.streamAt.length - 1;
    while (a < b) {
      const mid = (a + b + 1) >> 1;
      if (this.streamAt[mid]! <= k) a = mid;
      else b = mid - 1;
    }
    this.A = this.piece(a);
    this.aFrom = this.streamAt[a]!;
    this.aTo = this.streamAt[a + 1] ?? this.length;
    if (a + 1 < this.streamAt.length) {
      this.B = this.piece(a + 1);
      this.bTo = this.streamAt[a + 2] ?? this.length;
    } else {
      this.B = { text: "", pos: new Int32Array(0) };
      this.bTo = this.aTo;
    }
  }

  /** The code unit at stream offset k (0 <= k < length). */
  code(k: number): number {
    if (k < this.aFrom || k >= this.bTo) this.reach(k);
    return k < this.aTo ? this.A.text.charCodeAt(k - this.aFrom) : this.B.text.charCodeAt(k - this.aTo);
  }

  /** The file offset of stream unit k. */
  fileOffset(k: number): number {
    if (k < this.aFrom || k >= this.bTo) this.reach(k);
    return k < this.aTo ? this.A.pos[k - this.aFrom]! : this.B.pos[k - this.aTo]!;
  }

  /** The first `key` that lies whole in stream units [lo, hi), else -1 (hi - lo is at most a piece's length). */
  indexIn(key: string, lo: number, hi: number): number {
    hi = Math.min(hi, this.length);
    if (hi - lo < key.length) return -1;
    if (lo < this.aFrom || lo >= this.bTo) this.reach(lo);
    if (lo >= this.aTo) this.reach(lo); // B becomes A: the window then lies in A and the next piece
    const inA = this.A.text.slice(lo - this.aFrom, Math.min(hi, this.aTo) - this.aFrom);
    const window = hi <= this.aTo ? inA : inA + this.B.text.slice(0, Math.min(hi, this.bTo) - this.aTo);
    const i = window.indexOf(key);
    return i >= 0 ? lo + i : -1;
  }

  /** The first `key` anywhere in the stream, else -1 (a piece at a time). */
  indexOf(key: string): number {
    for (let k = 0; k < this.streamAt.length; k++) {
      const lo = this.streamAt[k]!;
      const end = this.streamAt[k + 1] ?? this.length;
      // what starts in piece k (and may end in the next)
      const j = this.indexIn(key, lo, Math.min(this.length, end + key.length - 1));
      if (j >= 0) return j;
    }
    return -1;
  }
}

/** Sorted, merged intervals [o, o + 64) of the offsets asked for. */
function wantedRanges(wanted: readonly number[] | undefined, length: number): Int32Array {
  if (!wanted) return Int32Array.from([0, length]);
  const starts = [...new Set(wanted.map((o) => Math.max(0, o)))].sort((a, b) => a - b);
  const out: number[] = [];
  for (const s of starts) {
    const e = s + 64;
    if (out.length && s <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, e);
    else out.push(s, e);
  }
  return Int32Array.from(out);
}

function textLocator(doc: DocModel, source: string, wanted?: readonly number[]): Locate {
  const lineStarts = lineStartsOf(source);
  const found = new Aligner(doc.text, source, wantedRanges(wanted, doc.text.length)).align(doc.blocks);
  const text = doc.text;
  return (offset) => {
    // the first character found at or after the offset (a span starts on a word, not on white space)
    let o = Math.max(0, offset);
    const limit = Math.min(text.length, o + 64);
    while (o < limit && !found.has(o)) o++;
    if (o >= limit) return null;
    const at = found.get(o)!;
    const line = lastAtOrBefore(lineStarts, at);
    return { line: line + 1, column: at - lineStarts[line]! + 1 };
  };
}

/** Where each line of the file starts (line 1 at 0). */
function lineStartsOf(source: string): Int32Array {
  let lines = 1;
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) lines++;
  const lineStarts = new Int32Array(lines);
  for (let i = source.indexOf("\n"), n = 1; i >= 0; i = source.indexOf("\n", i + 1)) lineStarts[n++] = i + 1;
  return lineStarts;
}

/** The index of the last of the sorted `starts` at or before `at` (0 when none is). */
function lastAtOrBefore(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The alignment of the document's text with the file's, block by block, in three steps each:
 * find where the block starts in the file (`findStart`), match the characters before that key
 * backwards (`alignBefore`), then the rest forwards (`alignFrom`). What it finds: doc offset ->
 * file offset, for the non-white characters that were found and are asked for.
 */
class Aligner {
  readonly found = new Map<number, number>();
  private readonly stream: Stream;
  /** the first range that ends after the block being read */
  private r = 0;
  /** where the last block ended in the stream: the next one is searched for from there */
  private cursor = 0;
  // searches of the whole file for a block not found after the last one (footnote bodies moved
  // to the end): bounded, so that a file of many such blocks stays linear
  private anywhere = 200;
  private budget: number;
  /** doc offsets of the block's non-white units (the first `count`) */
  private units = new Int32Array(1024);
  private count = 0;
  /** whether some range touches the block: a block no range touches is aligned but not kept */
  private keep = false;

  constructor(
    private readonly text: string,
    private readonly source: string,
    private readonly ranges: Int32Array,
  ) {
    this.stream = new Stream(source);
    this.budget = 40 * this.stream.length + 200_000;
  }

  align(blocks: readonly Block[]): Map<number, number> {
    for (const b of blocks) this.block(b);
    return this.found;
  }

  private block(b: Block): void {
    const { text, ranges } = this;
    if (this.units.length < b.end - b.start) this.units = new Int32Array(b.end - b.start);
    let count = 0;
    for (let o = b.start; o < b.end; o++) if (CLASS[text.charCodeAt(o)] !== 1) this.units[count++] = o;
    this.count = count;
    if (!count) return;
    while (this.r < ranges.length && ranges[this.r + 1]! <= b.start) this.r += 2;
    this.keep = this.r < ranges.length && ranges[this.r]! < b.end;
    const start = this.findStart();
    if (!start) return;
    this.alignBefore(start.first, start.at);
    this.cursor = this.alignFrom(start.first, start.at);
  }

  /** Whether doc offset `o` is asked for (in a range from the block's on). */
  private asked(o: number): boolean {
    const { ranges } = this;
    for (let q = this.r; q < ranges.length && ranges[q]! <= o; q += 2) if (o < ranges[q + 1]!) return true;
    return false;
  }

  /** A unit of the block found at stream unit `k`: kept when asked for. */
  private note(u: number, k: number): void {
    if (this.keep && this.asked(this.units[u]!)) this.found.set(this.units[u]!, this.stream.fileOffset(k));
  }

  /** The block's KEY non-white characters from its unit `from`. */
  private keyOf(from: number): string {
    let key = "";
    for (let u = from; u < Math.min(this.count, from + KEY); u++) key += this.text[this.units[u]!];
    return key;
  }

  /**
   * The block's first characters after where the last block ended, or a few characters further
   * in (past a label the parser made, the "1." of a Markdown list, or a tag inside them,
   * "<b>1</b>"); else anywhere (footnote bodies are moved to the end of the document). Each
   * search is bounded (first near the last block, then further), and all of them together by
   * `budget`, so that the work stays linear in the file's length whatever the file. Gives the
   * stream unit where the key starts and the block's unit it starts with, or null.
   */
  private findStart(): { at: number; first: number } | null {
    const { stream } = this;
    for (const window of [NEAR, WINDOW]) {
      for (const from of [0, 4, 8, 16]) {
        if (from >= this.count || this.budget <= 0) return this.anywhereStart();
        this.budget -= window;
        const ahead = stream.indexIn(this.keyOf(from), this.cursor, this.cursor + window);
        if (ahead >= 0) return { at: ahead, first: from };
      }
    }
    return this.anywhereStart();
  }

  private anywhereStart(): { at: number; first: number } | null {
    if (this.anywhere <= 0 || this.budget <= 0) return null;
    this.anywhere--;
    this.budget -= this.stream.length;
    const at = this.stream.indexOf(this.keyOf(0));
    return at >= 0 ? { at, first: 0 } : null;
  }

  /**
   * The characters before the key, found backwards on the same line of the file (the "1" of
   * "<b>1</b>"; not the "." of a heading above for the "1." a Markdown list made of "1)").
   */
  private alignBefore(first: number, j: number): void {
    const { stream, text } = this;
    const lineStart = this.source.lastIndexOf("\n", stream.fileOffset(j)) + 1;
    // (code units compared as numbers: a character of a two-byte string read as a string is a new string each time)
    for (let u = first - 1, k = j - 1; u >= 0; u--) {
      const ch = text.charCodeAt(this.units[u]!);
      let q = k;
      while (q >= 0 && q > k - LOOKAHEAD && stream.fileOffset(q) >= lineStart && stream.code(q) !== ch) q--;
      if (q >= 0 && stream.fileOffset(q) < lineStart) continue;
      if (q >= 0 && stream.code(q) === ch) {
        this.note(u, q);
        k = q - 1;
      }
    }
  }

  /** The block's characters from the key on, each looked for a little ahead; gives where the block ends in the stream. */
  private alignFrom(first: number, j: number): number {
    const { stream, text } = this;
    for (let u = first; u < this.count; u++) {
      const ch = text.charCodeAt(this.units[u]!);
      let k = j;
      while (k < stream.length && k < j + LOOKAHEAD && stream.code(k) !== ch) k++;
      if (k < stream.length && stream.code(k) === ch) {
        this.note(u, k);
        j = k + 1;
      }
    }
    return j;
  }
}

/** A span with the place of its start added (a span is left as it is where no place is known). */
export function placed<S extends SpanT>(span: S, locate: Locate): S {
  const p = locate(span.start);
  return p ? { ...span, ...p } : span;
}

/** Every span of an extraction with its place in the file. */
export function placeAll<T extends Omit<PlanDocument, "schemaVersion" | "source">>(x: T, doc: DocModel): T {
  const starts: number[] = [];
  const add = (s: SpanT | undefined | null) => {
    if (s) starts.push(s.start);
  };
  for (const t of x.themes) add(t.where);
  for (const t of x.targets) {
    add(t.where);
    for (const q of t.quantities) add(q.where);
  }
  for (const t of x.tasks) add(t.where);
  for (const d of x.deadlines) add(d.where);
  for (const f of x.footnotes) {
    add(f.where);
    for (const r of f.refs ?? []) if (r.start > 0) starts.push(r.start - 1);
  }
  for (const m of x.models) add(m.where);
  for (const w of x.warnings) add(w.where);
  const locate = locator(doc, starts);
  const at = <S extends SpanT>(s: S): S => placed(s, locate);
  const opt = <S extends SpanT>(s: S | undefined | null) => (s ? at(s) : s);
  // a reference mark is an empty span just after the word it was glued to (the marker is not in
  // the text): its place is that of the marker in the file, the column after the word's last
  // character, on the word's line, paragraph or page line
  const atRef = <S extends SpanT>(r: S): S => {
    const p = r.start > 0 ? locate(r.start - 1) : null;
    return p ? { ...r, ...p, ...(p.column !== undefined ? { column: p.column + 1 } : {}) } : r;
  };
  return {
    ...x,
    themes: x.themes.map((t) => ({ ...t, where: opt(t.where) })),
    targets: x.targets.map((t) => ({ ...t, where: at(t.where), quantities: t.quantities.map((q) => ({ ...q, where: opt(q.where) })) })),
    tasks: x.tasks.map((t) => ({ ...t, where: at(t.where) })),
    deadlines: x.deadlines.map((d) => ({ ...d, where: opt(d.where) })),
    footnotes: x.footnotes.map((f) => ({ ...f, where: opt(f.where), ...(f.refs ? { refs: f.refs.map(atRef) } : {}) })),
    models: x.models.map((m) => ({ ...m, where: opt(m.where) })),
    warnings: x.warnings.map((w) => ({ ...w, where: opt(w.where) })),
  };
}
