// Markdown plans, parsed with unified + remark-parse (+ remark-gfm for tables
// and footnotes). The mdast tree becomes blocks: headings, paragraphs, list
// items (label and nesting level kept), table rows, footnote bodies and refs.
import { splitFlatLists } from "./flat-list.js";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import type { DocModel, NoteRef, ParseOptions } from "../src/ground/model.js";
import { DocBuilder } from "../src/ground/doc-builder.js";
import { decodeText, legacyWarning } from "./decode.js";

// A minimal view of the mdast nodes we read (the types package is not a dependency).
interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  identifier?: string;
  label?: string | null;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

export function parseMd(bytes: Uint8Array, opts: ParseOptions): DocModel {
  const { text, legacy } = decodeText(bytes, opts.fileName);
  const doc = parseMdString(text);
  if (legacy) doc.warnings.unshift(legacyWarning(legacy));
  return { ...doc, source: text }; // the file as read: spans get its lines and columns
}

/** CommonMark: an ordered list marker has at most nine digits. */
const ORDERED_MARKER_DIGITS = 9;
/** CommonMark: four spaces of indentation make a line code, not a paragraph's text. */
const CODE_INDENT = 4;
/** "[", by its char code. */
const OPEN_BRACKET = 91;
/** Containers (block quotes, list items) nested deeper than this on one line are read as this deep. */
export const MAX_MD_NESTING = 16;
/** Leading white space wider than this (in columns) is read as this wide. */
export const MAX_MD_INDENT = 64;

/**
 * micromark's cost grows with the nesting of containers (its work per line is the
 * depth times the indentation: a list nested 1,000 deep took 84 s, 50,000 ">" a
 * stack overflow). Before parsing, each line's container prefix is capped: at most
 * MAX_MD_NESTING quote or list markers, at most MAX_MD_INDENT columns of leading
 * white space. The text of the lines is kept; only absurd nesting is flattened.
 * One pass over the text, no regular expression.
 */
export function capNesting(source: string): { text: string; capped: number } {
  let capped = 0;
  const lines = source.split("\n");
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    let i = 0;
    let col = 0;
    let markers = 0;
    let out = "";
    let changed = false;
    let wsStart = 0;
    const flushWs = () => {
      // leading white space of this segment, capped
      const ws = line.slice(wsStart, i);
      if (col > MAX_MD_INDENT) {
        out += " ".repeat(MAX_MD_INDENT);
        changed = true;
      } else out += ws;
    };
    for (;;) {
      wsStart = i;
      col = 0;
      while (i < line.length && (line[i] === " " || line[i] === "\t")) {
        col += line[i] === "\t" ? 4 - (col % 4) : 1;
        i++;
      }
      flushWs();
      // a container marker: ">", or a bullet / ordered list marker followed by a space
      let end = -1;
      const c = line[i];
      if (c === ">") end = i + 1;
      else if ((c === "-" || c === "+" || c === "*") && (line[i + 1] === " " || line[i + 1] === "\t")) end = i + 1;
      else if (c >= "0" && c <= "9") {
        let j = i;
        while (j < line.length && j - i < ORDERED_MARKER_DIGITS && line[j] >= "0" && line[j] <= "9") j++;
        if ((line[j] === "." || line[j] === ")") && (line[j + 1] === " " || line[j + 1] === "\t")) end = j + 1;
      }
      if (end < 0) break;
      if (++markers > MAX_MD_NESTING) changed = true;
      else out += line.slice(i, end);
      i = end;
    }
    if (changed) {
      capped++;
      lines[li] = out + line.slice(i);
    }
  }
  return { text: capped ? lines.join("\n") : source, capped };
}

/** A run of plain lines longer than this is read as several paragraphs. */
export const MAX_MD_PARAGRAPH_LINES = 100;

/**
 * micromark merges a paragraph's text tokens with one array splice per line, each
 * as long as the paragraph (with GFM's autolink literals every word is a token):
 * a paragraph of 32,000 lines took 22 s. A blank line is put after every
 * MAX_MD_PARAGRAPH_LINES plain lines in a row (a line that does not start a list
 * item, quote, heading, table, HTML or code block, outside fenced code): the text stays, absurd paragraphs are cut.
 */
// first characters of lines that may start or end a block other than a paragraph
const NOT_PLAIN_START = new Set([">", "-", "+", "*", "#", "|", "=", "<", "`", "~", "_", "[", "\t", " "]);
const ORDERED_MARKER = /^\d{1,9}[.)](?:[ \t]|$)/;

export function cutLongParagraphs(source: string): { text: string; cut: number } {
  const lines = source.split("\n");
  let run = 0;
  let cut = 0;
  let fence = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.trimStart();
    if (t.startsWith("```") || t.startsWith("~~~")) {
      if (!fence) fence = t.slice(0, 3);
      else if (t.startsWith(fence)) fence = "";
      run = 0;
      continue;
    }
    const plain = !fence && line.length - t.length < CODE_INDENT && t !== "" && !NOT_PLAIN_START.has(t[0]) && !ORDERED_MARKER.test(t) && !line.includes("|");
    if (!plain) {
      run = 0;
      continue;
    }
    if (++run > MAX_MD_PARAGRAPH_LINES) {
      lines[i] = "\n" + line;
      run = 1;
      cut++;
    }
  }
  return { text: cut ? lines.join("\n") : source, cut };
}

/** A paragraph with more "[" than this has its brackets read as plain characters. */
export const MAX_MD_BRACKETS = 100;
const DEF_PREFIX = /^ {0,3}\[\^?[^\]\n]{1,200}\]:/;

// Brackets of a flooded paragraph stand in the source as private-use characters.
const BR_OPEN = "\uE002";
const BR_CLOSE = "\uE003";

/**
 * Each "[" may open a link or footnote label, and micromark's work on labels grows
 * with the square of their number in a paragraph ("[" x n "a" "]" x n took 253 s at
 * 100 KB; "[a]" x 30,000 19 s; escaping them does not help, each escape is a token).
 * In a paragraph (lines between blank lines) with more than MAX_MD_BRACKETS of them,
 * every bracket is replaced by a private-use character that the parser reads as
 * plain text, and put back in the text read (`restoreBrackets`): the text is kept,
 * its links are not made. Definitions' own labels are left alone. A source that
 * already holds those characters has its brackets removed from such paragraphs.
 */
export function hideBracketFloods(source: string): { text: string; flooded: number } {
  if (!source.includes("[")) return { text: source, flooded: 0 };
  const taken = source.includes(BR_OPEN) || source.includes(BR_CLOSE);
  const lines = source.split("\n");
  let flooded = 0;
  let start = 0;
  const skip = (line: string) => DEF_PREFIX.exec(line)?.[0].length ?? 0;
  const flush = (end: number) => {
    let count = 0;
    for (let i = start; i < end && count <= MAX_MD_BRACKETS; i++) {
      const line = lines[i];
      for (let k = skip(line); k < line.length; k++) if (line.charCodeAt(k) === OPEN_BRACKET) count++;
    }
    if (count <= MAX_MD_BRACKETS) return;
    flooded++;
    for (let i = start; i < end; i++) {
      const line = lines[i];
      const from = skip(line);
      const rest = line.slice(from);
      lines[i] = line.slice(0, from) + (taken ? rest.replace(/[[\]]/g, "") : rest.replaceAll("[", BR_OPEN).replaceAll("]", BR_CLOSE));
    }
  };
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || lines[i].trim() === "") {
      flush(i);
      start = i + 1;
    }
  }
  return { text: flooded ? lines.join("\n") : source, flooded };
}

const restoreBrackets = (s: string) => (s.includes(BR_OPEN) || s.includes(BR_CLOSE) ? s.replaceAll(BR_OPEN, "[").replaceAll(BR_CLOSE, "]") : s);

// Footnote references stand in the source as a private-use pair around an index
// (see hideNoteRefs).
const REF_OPEN = "\uE000";
const REF_CLOSE = "\uE001";
const HIDDEN_REF = /\uE000(\d{1,7})\uE001/g;
const NOTE_DEF = /^ {0,3}\[\^([^\]\s]{1,200})\]:/gm;
const NOTE_REF = /\[\^([^\]\s]{1,200})\]/g;
const noteId = (label: string) => label.toLowerCase().toUpperCase();

/**
 * micromark resolves each footnote call by splicing the whole event list of its
 * paragraph: 10,000 references took 119 s. References to a defined footnote are
 * taken out of the source before parsing (a private-use pair around their index,
 * which the parser reads as plain text) and read back in `inline`: linear. A
 * source that already holds those characters is parsed as it is.
 */
export function hideNoteRefs(source: string): { text: string; labels: string[] } | null {
  if (!source.includes("[^") || source.includes(REF_OPEN)) return null;
  const defined = new Set<string>();
  const defAt = new Set<number>();
  for (const m of source.matchAll(NOTE_DEF)) {
    defined.add(noteId(m[1]));
    defAt.add(m.index + m[0].indexOf("["));
  }
  if (!defined.size) return null;
  const labels: string[] = [];
  const text = source.replace(NOTE_REF, (m, label: string, at: number) => {
    if (defAt.has(at) || !defined.has(noteId(label))) return m;
    labels.push(label);
    return `${REF_OPEN}${labels.length - 1}${REF_CLOSE}`;
  });
  return { text, labels };
}

/** Newlines and the white space around them folded to one space (split and trim: linear, unlike /\s*\n\s*\/). */
function foldNewlines(s: string): string {
  if (!s.includes("\n")) return s;
  const parts = s.split("\n");
  return parts.map((p, i) => (i === 0 ? p.trimEnd() : i === parts.length - 1 ? p.trimStart() : p.trim())).join(" ");
}

/** The length of s without its trailing white space (no copy: a paragraph's many references stay linear). */
function trimmedLength(s: string): number {
  let n = s.length;
  while (n > 0 && /\s/.test(s[n - 1])) n--;
  return n;
}

export function parseMdString(input: string): DocModel {
  const { text: capped0, capped } = capNesting(input);
  const { text: cut0, cut } = cutLongParagraphs(capped0);
  const hidden = hideNoteRefs(cut0);
  const { text: source, flooded } = hideBracketFloods(hidden?.text ?? cut0);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(source) as unknown as MdNode;
  const b = new DocBuilder("md");
  if (flooded) b.warn("md/brackets", `${flooded} paragraphs with more than ${MAX_MD_BRACKETS} "[" were read without links`);
  if (cut) b.warn("md/long-paragraph", `${cut} times a paragraph ran past ${MAX_MD_PARAGRAPH_LINES} lines: read as several paragraphs`);
  if (capped)
    b.warn("md/deep-nesting", `${capped} lines nested deeper than ${MAX_MD_NESTING} levels or indented more than ${MAX_MD_INDENT} columns were read as that deep`);
  const reader = new MdReader(b, source, hidden);
  for (const c of tree.children ?? []) reader.block(c, 0);
  reader.footnotes();
  return splitFlatLists(b.build(null)); // a list a web copy flattened into one paragraph
}

interface Inline {
  text: string;
  refs: NoteRef[];
  /** every word of it is strong (bold) */
  strongOnly: boolean;
}

/** The mdast tree read into blocks, in order; footnote bodies last, with the markers their references got. */
class MdReader {
  private readonly notes: MdNode[] = [];
  /** footnote identifier -> displayed marker (1, 2, … in reference order) */
  private readonly markerOf = new Map<string, string>();
  private tableIndex = -1;

  constructor(
    private readonly b: DocBuilder,
    private readonly source: string,
    private readonly hidden: { labels: string[] } | null,
  ) {}

  /** the source as written: hidden references and brackets put back */
  private unhide(s: string): string {
    const hidden = this.hidden;
    return restoreBrackets(hidden && s.includes(REF_OPEN) ? s.replace(HIDDEN_REF, (_m, i: string) => `[^${hidden.labels[Number(i)]}]`) : s);
  }

  /** The text of inline nodes, newlines folded, with its footnote references (offsets into the text). */
  inline(nodes: MdNode[] | undefined): Inline {
    const out = { text: "", refs: [] as NoteRef[], strongOnly: true };
    for (const n of nodes ?? []) this.walk(n, false, out);
    const text = out.text;
    const lead = text.length - text.trimStart().length;
    return { text: text.trim(), refs: out.refs.map((r) => ({ ...r, at: Math.max(0, r.at - lead) })), strongOnly: out.strongOnly && text.trim() !== "" };
  }

  private ref(out: Inline, label: string, identifier: string): void {
    if (!this.markerOf.has(identifier)) this.markerOf.set(identifier, /^\d{1,3}$/.test(label) ? label : String(this.markerOf.size + 1));
    out.refs.push({ marker: this.markerOf.get(identifier)!, at: trimmedLength(out.text) });
  }

  private walk(n: MdNode, inStrong: boolean, out: Inline): void {
    switch (n.type) {
      case "text":
      case "inlineCode": {
        const value = n.type === "text" ? n.value ?? "" : this.unhide(n.value ?? "");
        if (value.trim() && !inStrong) out.strongOnly = false;
        if (n.type === "text" && this.hidden && value.includes(REF_OPEN)) this.withHiddenRefs(value, out);
        else out.text += foldNewlines(restoreBrackets(value));
        break;
      }
      case "break":
        out.text += " ";
        break;
      case "html": {
        // <sup>1</sup> written by hand: a footnote reference
        const sup = /^<sup>\s*(\d{1,3})\s*<\/sup>$/i.exec((n.value ?? "").trim());
        if (sup) out.refs.push({ marker: sup[1], at: trimmedLength(out.text) });
        // "<br>" breaks a line inside a table cell ("LĐLĐ TỈNH X<br>**CÔNG ĐOÀN NGÀNH Y**"): a space, never glued words
        else out.text += this.unhide(n.value ?? "").replace(/<br\s{0,3}\/?>/gi, " ").replace(/<[^>]{0,200}>/g, "");
        break;
      }
      case "footnoteReference":
        this.ref(out, n.label ?? "", n.identifier ?? "");
        break;
      default:
        for (const c of n.children ?? []) this.walk(c, inStrong || n.type === "strong", out);
    }
  }

  /** text holding hidden footnote references (hideNoteRefs): the text between them, a reference at each */
  private withHiddenRefs(value: string, out: Inline): void {
    let last = 0;
    for (const m of value.matchAll(HIDDEN_REF)) {
      out.text += foldNewlines(restoreBrackets(value.slice(last, m.index)));
      const label = this.hidden!.labels[Number(m[1])];
      this.ref(out, label, noteId(label).toLowerCase());
      last = m.index + m[0].length;
    }
    out.text += foldNewlines(restoreBrackets(value.slice(last)));
  }

  block(n: MdNode, listLevel: number): void {
    const b = this.b;
    switch (n.type) {
      case "heading": {
        const r = this.inline(n.children);
        if (r.text) b.add({ kind: "heading", text: r.text, level: n.depth, refs: r.refs, bold: true });
        break;
      }
      case "paragraph": {
        const r = this.inline(n.children);
        if (r.text) b.add({ kind: "paragraph", text: r.text, refs: r.refs, bold: r.strongOnly || undefined });
        break;
      }
      case "list":
        this.list(n, listLevel);
        break;
      case "table":
        this.table(n);
        break;
      case "footnoteDefinition":
        this.notes.push(n);
        break;
      case "blockquote":
        for (const c of n.children ?? []) this.block(c, listLevel);
        break;
      case "code":
        if (n.value?.trim()) b.add({ kind: "paragraph", text: this.unhide(n.value) });
        break;
      case "html": {
        const t = this.unhide(n.value ?? "").replace(/<[^>]{0,200}>/g, " ").trim();
        if (t) b.add({ kind: "paragraph", text: t });
        break;
      }
      default:
        for (const c of n.children ?? []) this.block(c, listLevel);
    }
  }

  private list(n: MdNode, listLevel: number): void {
    (n.children ?? []).forEach((item, idx) => {
      const marker = n.ordered ? `${(n.start ?? 1) + idx}.` : bulletChar(this.source, item);
      const [first, ...rest] = item.children ?? [];
      if (first && first.type === "paragraph") {
        const r = this.inline(first.children);
        const prefix = `${marker} `;
        this.b.add({ kind: "listItem", text: prefix + r.text, label: marker, level: listLevel, nestsByIndent: true, refs: r.refs.map((x) => ({ ...x, at: x.at + prefix.length })) });
      } else {
        this.b.add({ kind: "listItem", text: marker, label: marker, level: listLevel, nestsByIndent: true });
        if (first) this.block(first, listLevel + 1);
      }
      for (const c of rest) this.block(c, c.type === "list" ? listLevel + 1 : listLevel);
    });
  }

  private table(n: MdNode): void {
    this.tableIndex++;
    (n.children ?? []).forEach((row, ri) => {
      const cells = (row.children ?? []).map((cell) => {
        const r = this.inline(cell.children);
        return { text: r.text, refs: r.refs };
      });
      this.b.add({ kind: "tableRow", cells, table: this.tableIndex, header: ri === 0 || undefined });
    });
  }

  /** the footnote bodies, each with the marker its first reference got */
  footnotes(): void {
    for (const n of this.notes) {
      const id = n.identifier ?? "";
      const marker = this.markerOf.get(id) ?? (/^\d{1,3}$/.test(n.label ?? "") ? (n.label as string) : id);
      const parts = (n.children ?? []).map((c) => this.inline(c.children ?? [c]).text).filter(Boolean);
      this.b.add({ kind: "footnote", text: parts.join(" "), marker });
    }
  }
}

/** "-", "+" or "*": mdast does not keep the bullet character, the source does. */
function bulletChar(source: string, item: MdNode): string {
  const at = item.position?.start.offset;
  const ch = at !== undefined ? source[at] : "-";
  return ch === "+" ? "+" : ch === "*" ? "*" : "-";
}
