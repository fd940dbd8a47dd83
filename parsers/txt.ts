// Plain-text plans. Two kinds reach analysts:
//  - clean text: one paragraph per line (blank lines optional);
//  - text copied out of a PDF: every line broken where the page broke it, blank
//    lines between lines, footnote bodies dropped in mid-text at page bottoms
//    after a separator line of spaces, reference markers glued to words ("năm1").
// Also tab-separated tables (a table copied out of Word/PDF) with <b>, <i>, <sup>
// tags, whose header rows repeat at every page break.
import type { DocModel, NoteRef, ParseOptions } from "../src/ground/model.js";
import { DocBuilder } from "../src/ground/doc-builder.js";
import { startsWithLabel } from "../src/ground/label.js";
import { decodeText, legacyWarning } from "./decode.js";
import { flatListPieces } from "./flat-list.js";
import { dedupeTableHeaders, isTableLine, layoutTables } from "./txt/tables.js";
import {
  BLANK_BREAK_MAX_SHARE, COLUMN_GAP, DEFAULT_LINE_WIDTH, FIRST_LINE_INDENT_MAX, FIRST_LINE_INDENT_MIN, FULL_LINE_SHARE,
  MARGIN_INDENT_MAX, NOTE_ZONE_MAX_LINES, PDF_RUN_ON_SHARE, SHORT_LAST_LINE_SHARE, SPLIT_HEADING_FIRST_MAX, SPLIT_HEADING_SECOND_MAX,
  TYPICAL_WIDTH_QUANTILE, CAPITAL_LINE_MIN_LETTERS, ROW_NUMBER_GAP, ROW_NUMBER_RUN_MIN, ROW_NUMBER_TAIL,
} from "./txt/thresholds.js";

interface Line {
  raw: string; // without the newline
  text: string; // trimmed, white space runs folded
  blankBefore: boolean;
}

interface Para {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

const SEPARATOR = /^(?:[ \u00a0]{10,}|[_\-–—]{5,}\s*)$/; // a footnote separator: a line of spaces or rules
// "1 - Năm 2021: …", "2- Mô hình …", "3 Tính đến …", "<sup>1</sup> CB …"
const NOTE_START = /^\s{0,6}(?:<sup>\s{0,3}(?<s>\d{1,3})\s{0,3}<\/sup>|(?<n>\d{1,2})(?:\s{0,3}[-–.)]\s{0,3}|\s{1,3}(?=\p{Lu})))/u;
const TERMINAL = /[.:;!?…](?:[”"’')\]]{0,2})$/u;
const LOWER_START = /^[\p{Ll}]/u;
// a line holding only a page number (a running footer copied with the text): "2", "- 3 -"
const PAGE_NUMBER = /^(?:[-–]\s{0,3})?\d{1,3}(?:\s{0,3}[-–])?$/;
const TAG = /<\/?(?:b|i|u|strong|em)>/g;
// a reference: "<sup>1</sup>", or Markdown's "[^1]" (a Word file converted to text by pandoc keeps its notes so)
const SUP = /<sup>\s{0,3}(\d{1,3})\s{0,3}<\/sup>|\[\^(\d{1,3})\]/g;
// a Markdown footnote body on a line of its own: "[^1]: Năm 2024 toàn tỉnh có …"
const MD_NOTE = /^\s{0,3}\[\^(\d{1,3})\]:\s{0,5}/;

// A run of white space other than one plain space ("  ", a tab, a no-break space): folded to one space.
// A line that has none is returned as it is (no copy: a 50 MB text keeps one copy of its lines).
const SPACE_RUN = /[\t\u00a0][ \t\u00a0]*| [ \t\u00a0]+/g;
const fold = (s: string) => s.replace(SPACE_RUN, " ").trim();
const isUpperLine = (s: string) => {
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length >= CAPITAL_LINE_MIN_LETTERS && letters === letters.toUpperCase();
};

/** Strip Markdown-style emphasis a text export may carry ("**KẾ HOẠCH**", "Số: *11*"), not "* " bullets. */
const stripEmphasis = (s: string) => s.replace(/\*\*(?=\S)([^*]{1,500}?)(?<=\S)\*\*/g, "$1").replace(/(?<![*\w])\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*(?!\*)/g, "$1");

export function parseTxt(bytes: Uint8Array, opts: ParseOptions): DocModel {
  // the file as read is kept (spans get its lines and columns): the lines are slices of it
  const { text, legacy } = decodeText(bytes, opts.fileName);
  const doc = parseTxtString(text);
  if (legacy) doc.warnings.unshift(legacyWarning(legacy));
  return { ...doc, source: text };
}

export function parseTxtString(input: string): DocModel {
  return parseTxtLines(splitLines(input));
}

/**
 * The lines of a text (without their breaks: LF, CRLF or CR), as `replace(/\r\n?/g, "\n").split("\n")`
 * gives them, but a line at a time in a loop: one native split of a 30 MB text allocates all its
 * lines at once, and in a worker near its memory budget that allocation ended the whole process
 * (V8's fatal "heap out of memory", signal 6) instead of the worker.
 */
function splitLines(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  if (s.indexOf("\r") < 0) {
    for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", from)) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  } else {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      out.push(s.slice(from, i));
      if (c === 13 && s.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

type Note = { marker: string; text: string };
/** A paragraph kept as its lines until it is joined (one paragraph's text at a time), or a table row's cells. */
type TxtPara = { kind: "p" | "row"; parts?: string[]; cells?: string[]; header?: boolean };
/** What the whole text says of how its lines break. */
interface LineLayout {
  /** copied out of a PDF: lines broken where the page broke them */
  pdfCopied: boolean;
  /** a blank line ends a paragraph (a layout copy, not a viewer's copy with blank lines everywhere) */
  blankBreaks: boolean;
  /** the width of a full line, in characters */
  typical: number;
}

/** The plan read from its lines (emptied on the way: a large text is not held twice). */
function parseTxtLines(source: string[]): DocModel {
  const b = new DocBuilder("txt");
  const rawLines = layoutTables(source);
  source.length = 0;
  // ---- pass 1: lines, tables, footnote zones
  const lines = physicalLines(rawLines);
  const notes: Note[] = [];
  const paras = readParagraphs(lines, lineLayout(lines, rawLines), notes, b);
  // the lines are done with: only the paragraphs' own lines stay (pass 3 joins them one at a time)
  lines.length = 0;
  rawLines.length = 0;
  // ---- pass 2: tables: header rows once
  const rowsOut = dedupeTableHeaders(paras);
  // ---- pass 3: footnote references glued to words, only for markers that have a body
  addBlocks(b, rowsOut, new Set(notes.map((n) => n.marker)));
  for (const n of notes) b.add({ kind: "footnote", text: n.text.replace(TAG, ""), marker: n.marker });
  return b.build(null);
}

/** The non-blank lines, each column of a two-column line a line of its own (left first). */
function physicalLines(rawLines: string[]): Line[] {
  const lines: Line[] = [];
  let blank = false;
  for (const raw of rawLines) {
    if (raw.trim() === "" && !SEPARATOR.test(raw)) {
      blank = true;
      continue;
    }
    // two columns side by side (the header block, "Nơi nhận:" beside the signature):
    // each column's words are a line of their own, left first
    columns(raw).forEach((piece, k) => lines.push({ raw: piece, text: fold(piece), blankBefore: k === 0 ? blank : false }));
    blank = false;
  }
  return lines;
}

function lineLayout(lines: Line[], rawLines: string[]): LineLayout {
  const nonTable = lines.filter((l) => !isTableLine(l.raw));
  const pdfCopied = looksPdfCopied(rawLines);
  // a layout copy (pdftotext -layout) keeps blank lines only between blocks, while a copy out of a
  // PDF viewer puts one after almost every line: in the former a blank line ends a paragraph
  const blankBreaks = pdfCopied && blankLineShare(rawLines) < BLANK_BREAK_MAX_SHARE;
  const widths = nonTable.map((l) => l.text.length).sort((x, y) => x - y);
  const typical = widths.length ? widths[Math.floor(widths.length * TYPICAL_WIDTH_QUANTILE)] : DEFAULT_LINE_WIDTH;
  return { pdfCopied, blankBreaks, typical };
}

/**
 * Lines holding only a number that are a table's row numbers, not page numbers: a table flattened one cell
 * per line ("1" / "Tốc độ tăng trưởng …" / "6,5" / "2" / …) numbers its rows one after the other a few lines
 * apart, where page numbers stand a page apart: a run of three lone numbers or more at the left margin, each
 * one more than the one before and a few lines after it, are row numbers, and the lone numbers among them
 * (and just after the last) are cells.
 */
function tableRowNumbers(lines: Line[]): Set<number> {
  // at the left margin (a page number is often centred or right-aligned)
  const at: Array<[number, number]> = [];
  lines.forEach((l, i) => { if (/^ {0,3}\d{1,3}\s*$/.test(l.raw)) at.push([i, Number(l.text)]); });
  // each number's successor: the next number one more, a few lines after it (other numbers, a row's cells, may stand between)
  const next = at.map(([i, n], k) => {
    for (let j = k + 1; j < at.length && at[j][0] - i <= ROW_NUMBER_GAP; j++) if (at[j][1] === n + 1) return j;
    return -1;
  });
  const out = new Set<number>();
  const linked = new Set<number>(next.filter((j) => j >= 0));
  for (let k = 0; k < at.length; k++) {
    if (linked.has(k)) continue; // not the start of a run
    const run = [k];
    while (next[run[run.length - 1]] >= 0) run.push(next[run[run.length - 1]]);
    if (run.length < ROW_NUMBER_RUN_MIN) continue;
    // the run's numbers, and the lone numbers among its rows (cells holding a number: "67", "94")
    const from = at[run[0]][0];
    const to = at[run[run.length - 1]][0] + ROW_NUMBER_TAIL;
    for (const [i] of at) if (i >= from && i <= to) out.add(i);
  }
  return out;
}

/**
 * The lines as paragraphs and table rows; footnote bodies (after a separator, "[^1]: …", "<sup>1</sup> …")
 * go to `notes`, lone page numbers are dropped.
 */
function readParagraphs(lines: Line[], layout: LineLayout, notes: Note[], b: DocBuilder): TxtPara[] {
  // A paragraph is kept as its lines until pass 3 joins it: one paragraph's text at a time, not a
  // second copy of the whole text beside the lines (a 50 MB text held 20 times its size).
  const paras: TxtPara[] = [];
  let current: string[] | null = null; // the lines of the paragraph being built
  let lastPhysical = ""; // the last source line of the paragraph being built (the width test needs it)
  let lastIndent = 0; // its leading spaces (a layout copy indents a paragraph's first line only)
  const flush = () => {
    if (current !== null && current.some((part) => part.trim() !== "")) paras.push({ kind: "p", parts: current });
    current = null;
  };
  const rowNumbers = tableRowNumbers(lines);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    // a lone page number (a running footer copied with the text)
    if (PAGE_NUMBER.test(line.text) && !rowNumbers.has(i)) {
      b.warn("txt/page-number", `Dropped a line holding only "${line.text}" (a page number)`);
      i++;
      continue;
    }
    if (SEPARATOR.test(line.raw)) {
      // footnote zone: bodies until the interrupted paragraph resumes
      // ("đảng.3": a glued reference marker after the full stop does not reopen the sentence)
      const bodyOpen = current !== null && !TERMINAL.test(current.join(" ").trim().replace(/(?<=[.:;!?…”"])\d{1,2}$/u, ""));
      i = readNoteZone(lines, i + 1, bodyOpen, notes);
      continue;
    }
    const note = noteLine(line);
    if (note) {
      if (note.flush) flush();
      notes.push(note.note);
      i++;
      continue;
    }
    if (isTableLine(line.raw)) {
      flush();
      paras.push({ kind: "row", cells: line.raw.split("\t") });
      i++;
      continue;
    }
    const t = stripEmphasis(line.text);
    if (current === null) {
      current = [t];
    } else if (layout.blankBreaks && line.blankBefore && !LOWER_START.test(t)) {
      flush();
      current = [t];
    } else if (continues(lastPhysical, t, line, layout.pdfCopied, layout.typical) || wrapsFirstLine(lastPhysical, lastIndent, t, line, layout.typical)) {
      current[current.length - 1] = current[current.length - 1].trimEnd();
      current.push(t);
    } else {
      flush();
      current = [t];
    }
    lastPhysical = t;
    lastIndent = indentOf(line.raw);
    i++;
  }
  flush();
  return paras;
}

/** A footnote body on a line of its own outside a table: Markdown's "[^1]: …" (it ends the paragraph) or "<sup>1</sup> …". */
function noteLine(line: Line): { note: Note; flush: boolean } | null {
  if (isTableLine(line.raw)) return null;
  const mdNote = MD_NOTE.exec(line.raw);
  if (mdNote) return { note: { marker: mdNote[1], text: fold(line.raw.slice(mdNote[0].length)) }, flush: true };
  if (!/^\s{0,6}<sup>/.test(line.raw)) return null;
  const m = NOTE_START.exec(line.raw);
  return m ? { note: { marker: m.groups!.s ?? m.groups!.n, text: fold(line.raw.slice(m[0].length)) }, flush: false } : null;
}

/** The paragraphs and table rows as blocks, their footnote references read (glued ones only for markers in `known`). */
function addBlocks(b: DocBuilder, paras: TxtPara[], known: Set<string>): void {
  let tableIndex = -1;
  let prevWasRow = false;
  const refState = { nextMarkerIdx: 0, order: [...known].sort((a, x) => Number(a) - Number(x)) };
  for (const p of paras) {
    if (p.kind === "row") {
      if (!prevWasRow) tableIndex++;
      prevWasRow = true;
      const row = rowCells(p.cells!);
      b.add({ kind: "tableRow", cells: row.cells, table: tableIndex, header: p.header, bold: row.bold });
      continue;
    }
    prevWasRow = false;
    const para = tagged(p.parts!.join(" "));
    p.parts = undefined;
    const { text, refs } = extractSupRefs(para.text);
    const glued = known.size ? extractGluedRefs(text, refState) : { text, refs: [] as NoteRef[] };
    const allRefs = [...refs, ...glued.refs];
    for (const { text: piece, refs: own } of flatListPieces(glued.text, allRefs)) b.add({ kind: "paragraph", text: piece, refs: own, bold: para.bold, italic: para.italic });
  }
}

/** A row's cells with their references, and whether every cell with text is bold ("<b>…</b>"). */
function rowCells(raw: string[]): { cells: Array<{ text: string; refs: NoteRef[] }>; bold: true | undefined } {
  const cells = raw.map((c) => {
    const clean = c.replace(/\s+$/, "");
    const bold = /^\s*<b>/.test(clean) && /<\/b>\s*$/.test(clean);
    const { text, refs } = extractSupRefs(fold(clean.replace(TAG, "")));
    return { text: stripEmphasis(text), refs, bold };
  });
  const rowBold = cells.some((c) => c.text !== "") && cells.filter((c) => c.text !== "").every((c) => c.bold);
  return { cells: cells.map((c) => ({ text: c.text, refs: c.refs })), bold: rowBold || undefined };
}

function tagged(s: string): Para {
  const bold = /^\s*<b>.*<\/b>\s*$/.test(s);
  const italic = /^\s*<i>.*<\/i>\s*$/.test(s);
  return { text: fold(s.replace(TAG, "")), bold: bold || undefined, italic: italic || undefined };
}

/** The columns of a physical line: split at wide gaps (never inside a tab-separated table row). */
function columns(raw: string): string[] {
  if (isTableLine(raw) || SEPARATOR.test(raw)) return [raw];
  // PDF text keeps the two columns of the header block and of the closing on one line
  const pieces = raw.split(COLUMN_GAP);
  if (pieces.length < 2 || pieces.some((p) => p.trim().length < 2)) return [raw];
  return pieces;
}

/** The share of non-empty lines followed by a blank line. */
function blankLineShare(rawLines: string[]): number {
  let nonEmpty = 0;
  let followed = 0;
  for (let k = 0; k < rawLines.length; k++) {
    if (!rawLines[k].trim()) continue;
    nonEmpty++;
    if (k + 1 < rawLines.length && rawLines[k + 1].trim() === "") followed++;
  }
  return nonEmpty ? followed / nonEmpty : 0;
}

/** PDF-copied text: many sentences run on into the next line (the copy breaks lines where the page did). */
function looksPdfCopied(rawLines: string[]): boolean {
  let nonEmpty = 0;
  let runOn = 0;
  const ne: string[] = [];
  for (let k = 0; k < rawLines.length; k++) {
    const t = rawLines[k].trim();
    if (!t) continue;
    nonEmpty++;
    ne.push(t);
  }
  for (let k = 0; k + 1 < ne.length; k++) {
    if (!TERMINAL.test(ne[k]) && LOWER_START.test(ne[k + 1])) runOn++;
  }
  return nonEmpty > 0 && runOn / nonEmpty >= PDF_RUN_ON_SHARE;
}

const indentOf = (raw: string): number => /^[ \f]*/.exec(raw)![0].replace(/\f/g, "").length;

/**
 * A layout copy (pdftotext -layout) indents a paragraph's first line and starts the
 * wrapped lines at the margin: "     Thực hiện Chương trình … tỉnh Hà Tĩnh;" / "Nghị quyết số 05 …".
 * A full-width indented line followed by a margin line is one paragraph even after ";" or
 * ":" and a capital, which otherwise end a line (list items stand at the same indent).
 */
function wrapsFirstLine(last: string, lastIndent: number, next: string, line: Line, typical: number): boolean {
  if (startsWithLabel(next)) return false;
  if (lastIndent < FIRST_LINE_INDENT_MIN || lastIndent > FIRST_LINE_INDENT_MAX) return false;
  if (indentOf(line.raw) > MARGIN_INDENT_MAX) return false;
  if (!/[:;,](?:[”"’')\]]{0,2})$/u.test(last) && TERMINAL.test(last)) return false;
  return last.length + lastIndent >= typical * FULL_LINE_SHARE;
}

// A heading in capitals broken after a comma, "VÀ" or a dash ("II. NỘI DUNG," / "NHIỆM VỤ"; "MỤC
// TIÊU VÀ" / "CHỈ TIÊU"): a web page's narrow column wraps a heading where a sentence never ends.
const OPEN_END = /(?:,|\sVÀ|\s[-–])$/u;
const splitHeading = (last: string, next: string): boolean =>
  isUpperLine(last) && OPEN_END.test(last) && isUpperLine(next) && next.length <= SPLIT_HEADING_SECOND_MAX && last.length <= SPLIT_HEADING_FIRST_MAX;

// A list label alone on its line, its words on the next ("2." / "Tham mưu với …"): a web page that
// puts the number in a cell or a span of its own. (A bare number, "2", is a flattened table's cell.)
const LONE_LABEL = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)/]|[IVX]{1,5}[.)/]|[a-zđ][.)/])$/u;

/** Does line `next` continue paragraph `cur`? */
function continues(last: string, next: string, line: Line, pdfCopied: boolean, typical: number): boolean {
  if (LONE_LABEL.test(last) && !startsWithLabel(next) && /^\p{L}/u.test(next)) return true;
  if (startsWithLabel(next)) return false;
  if (splitHeading(last, next)) return true;
  if (!pdfCopied) {
    // clean text: a blank line or a new line ends a paragraph unless the sentence plainly runs on
    if (line.blankBefore) return false;
    return !TERMINAL.test(last) && LOWER_START.test(next);
  }
  if (isUpperLine(last) && !LOWER_START.test(next)) return false; // headings, header block lines
  // a full stop ends the paragraph unless the sentence runs on in lower case;
  // ":" and ";" end a line inside a sentence often ("… trong dịp 8/3;" + "20/10; …"), so only a capital after them does
  if (/[.!?…](?:[”"’')\]]{0,2})$/u.test(last) && !LOWER_START.test(next)) return false;
  if (/[:;](?:[”"’')\]]{0,2})$/u.test(last) && /^\p{Lu}/u.test(next)) return false;
  if (last.length < typical * SHORT_LAST_LINE_SHARE && !LOWER_START.test(next)) return false; // the short last line of a paragraph
  return true;
}


/**
 * Reads footnote bodies after a separator. `bodyOpen`: the paragraph the page
 * break interrupted is not finished, so the body resumes with a continuation
 * (a line starting in lower case); otherwise it resumes with a new paragraph.
 */
function readNoteZone(lines: Line[], from: number, bodyOpen: boolean, notes: Array<{ marker: string; text: string }>): number {
  let k = from;
  let cur: { marker: string; text: string } | null = null;
  const limit = Math.min(lines.length, from + NOTE_ZONE_MAX_LINES);
  while (k < limit) {
    const l = lines[k];
    // pdftotext -layout prints a superscript marker on a line of its own at the left margin,
    // the body on the next line ("1" / "  Danh hiệu … được công nhận …"); a page number is
    // indented (centred or right-aligned), so only a margin number that is the next marker and is
    // followed at once (no blank line) by a sentence's start opens a note; a copy with blank lines
    // between lines prints the page number so ("3" / "" / "Nơi nhận:"), and a page break inside a
    // sentence resumes in lower case
    const lone = /^( {0,2})(\d{1,2})\s*$/.exec(l.raw);
    const want = cur ? String(Number(cur.marker) + 1) : null;
    const after = lines[k + 1];
    if (lone && (want === null ? k === from : lone[2] === want) && after && !after.blankBefore && /^[\p{Lu}“"(]/u.test(after.text) && !PAGE_NUMBER.test(after.text) && !SEPARATOR.test(after.raw)) {
      if (cur) notes.push(cur);
      cur = { marker: lone[2], text: "" };
      k++;
      continue;
    }
    // the page number printed below the footnotes ends the page, and so the zone
    // ("… giảm phát thải." / "2" / "hạn không quá 1,5%."): without this stop the
    // body would run on into the next page
    if (PAGE_NUMBER.test(l.text)) break;
    const m = NOTE_START.exec(l.raw);
    const expected = cur ? String(Number(cur.marker) + 1) : null;
    if (m && (cur === null || (m.groups!.n ?? m.groups!.s) === expected)) {
      if (cur) notes.push(cur);
      cur = { marker: m.groups!.s ?? m.groups!.n, text: fold(l.raw.slice(m[0].length)) };
      k++;
      continue;
    }
    if (cur === null) break; // no footnote after the separator after all
    const prevDone = TERMINAL.test(cur.text);
    if (prevDone) {
      // the previous footnote line ended a sentence: does the body resume here?
      if (bodyOpen && LOWER_START.test(l.text)) break;
      if (!bodyOpen && (startsWithLabel(l.text) || /^\p{Lu}/u.test(l.text))) break;
    }
    cur.text = cur.text ? cur.text + " " + l.text : l.text;
    k++;
  }
  if (cur) notes.push(cur);
  return k;
}

function extractSupRefs(text: string): { text: string; refs: NoteRef[] } {
  const refs: NoteRef[] = [];
  let out = "";
  let last = 0;
  for (const m of text.matchAll(SUP)) {
    out += text.slice(last, m.index).replace(/\s+$/, "");
    refs.push({ marker: m[1] ?? m[2], at: out.length });
    last = m.index! + m[0].length;
  }
  out += text.slice(last);
  return { text: fold(out), refs };
}

// A marker glued after a word, a closing quote or a full stop: "năm1 ", "“1+1”2;", "đảng.3"
// or after a document number's upper-case code ("Nghị quyết số 12/2024/NQ-HĐND1 của …", checked below)
const GLUED = /(?<=[\p{Ll}\p{Lu}”"’)\].,;])(\d{1,2})(?=[\s.,;:)”]|$)/gu;

function extractGluedRefs(text: string, state: { nextMarkerIdx: number; order: string[] }): { text: string; refs: NoteRef[] } {
  const refs: NoteRef[] = [];
  let out = "";
  let last = 0;
  for (const m of text.matchAll(GLUED)) {
    const want = state.order[state.nextMarkerIdx];
    if (want === undefined || m[1] !== want) continue;
    // "17.8", "2.1": digits after a dot that follows a digit are a number, not a marker
    const before = text.slice(Math.max(0, m.index! - 2), m.index!);
    if (/\d[.,]$/.test(before)) continue;
    // after a capital only at the end of a document number ("NQ-HĐND1"): "COVID19", "F0" are names
    if (/\p{Lu}$/u.test(before) && !/\/[^\s/]{1,20}$/u.test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
    out += text.slice(last, m.index);
    refs.push({ marker: m[1], at: out.length });
    last = m.index! + m[0].length;
    state.nextMarkerIdx++;
  }
  out += text.slice(last);
  return { text: out.replace(/ {2,}/g, " "), refs };
}
