// Paragraphs: runs, fields, symbols, note references and text boxes read into text with its
// formatting, then the paragraph's kind (heading, list item), Word's list label and alignment.
// Unknown elements are read for their text and reported once (as mammoth's body reader does).
import type { Block, NoteRef } from "../../src/ground/model.js";
import type { DocBuilder } from "../../src/ground/doc-builder.js";
import { nfc } from "../../src/ground/text.js";
import { NoteNumbers, type NoteKind } from "./notes.js";
import type { Numbering } from "./numbering.js";
import type { Styles } from "./styles.js";
import type { LegacyFonts, RunFont } from "./legacy-fonts.js";
import { MAX_HEADING_LEVEL, MAX_OUTLINE_LEVEL } from "./thresholds.js";
import { child, deepText, kids, mathText, onOff, truthy, val, type XNode } from "./xml.js";

export type Kind = "paragraph" | "heading" | "listItem";

export interface Para {
  kind: Kind;
  text: string; // NFC, trimmed, label included
  refs: NoteRef[];
  label?: string;
  level?: number;
  bold?: boolean;
  italic?: boolean;
  align?: Block["align"];
  extra: Para[]; // paragraphs of text boxes anchored in this one, in order
  runs: number; // runs with visible text (including a Word label)
}

interface NoteRefRaw {
  at: number; // raw offset (before NFC / trimming)
  marker: string;
}

const ALIGN: Record<string, Block["align"]> = {
  left: "left", start: "left", center: "center", right: "right", end: "right", both: "justify", distribute: "justify",
};

// Elements read for their children (containers of runs or paragraphs).
const RUN_CONTAINERS = new Set(["w:hyperlink", "w:ins", "w:moveTo", "w:smartTag", "w:customXml", "w:fldSimple", "w:dir", "w:bdo"]);
// Elements that carry no text (marks, properties, ranges) or whose text must not be read.
const SKIP_SILENTLY = new Set([
  "w:pPr", "w:rPr", "w:del", "w:moveFrom", "w:bookmarkStart", "w:bookmarkEnd", "w:proofErr", "w:permStart", "w:permEnd",
  "w:commentRangeStart", "w:commentRangeEnd", "w:commentReference", "w:annotationRef", "w:lastRenderedPageBreak",
  "w:moveFromRangeStart", "w:moveFromRangeEnd", "w:moveToRangeStart", "w:moveToRangeEnd", "w:customXmlInsRangeStart",
  "w:customXmlInsRangeEnd", "w:customXmlDelRangeStart", "w:customXmlDelRangeEnd", "w:delText", "w:delInstrText",
  "w:instrText", "w:separator", "w:continuationSeparator", "w:footnoteRef", "w:endnoteRef", "w:sdtPr", "w:sdtEndPr",
  "w:object", "w:contentPart", "w:sectPr", "w:tblPr", "w:tblGrid", "w:trPr", "w:tcPr", "w:tblPrEx", "w:pgNum",
  "w:dayShort", "w:dayLong", "w:monthShort", "w:monthLong", "w:yearShort", "w:yearLong", "w:subDoc", "#text",
  "w:fitText", "w:rubyPr", "w:rt", "w:oMathParaPr",
]);

type Flags = { bold: boolean; italic: boolean };

/** The state of one run being read. */
interface RunState {
  bold: boolean;
  italic: boolean;
  vanish: boolean;
  customMark: { kind: NoteKind; id: string; at: number } | null;
  visible: boolean;
  /** the run's font is one of an old Vietnamese encoding (TCVN3, VNI) */
  font: RunFont | null;
}

/** What one paragraph's runs produce: raw text, note references, text-box paragraphs and run formatting. */
class ParaText {
  readonly parts: string[] = [];
  len = 0;
  readonly refsRaw: NoteRefRaw[] = [];
  readonly extra: Para[] = [];
  readonly runFlags: Flags[] = [];

  constructor(
    private readonly reader: Reader,
    private readonly styles: Styles,
    private readonly inNote: boolean,
    private readonly style: Flags,
    private readonly styleId: string | undefined,
  ) {}

  private push(s: string): void {
    if (!s) return;
    this.parts.push(s);
    this.len += s.length;
  }

  private hidden(): boolean {
    return this.reader.inFieldInstruction();
  }

  /** Text boxes (DrawingML wps:txbx or VML v:textbox) hold w:txbxContent with ordinary paragraphs. */
  private textBoxes(n: XNode): void {
    const stack = [n];
    while (stack.length) {
      const x = stack.pop() as XNode;
      if (x.tag === "w:txbxContent") {
        for (const bl of this.reader.blockItems(x.children)) {
          if (bl.tag === "w:p") {
            const q = this.reader.paragraph(bl, this.inNote);
            if (q.text) this.extra.push(q);
            this.extra.push(...q.extra);
          } else for (const q of this.reader.flattenTable(bl, this.inNote)) this.extra.push(q);
        }
        continue;
      }
      if (x.tag === "mc:AlternateContent") {
        const pick = child(x, "mc:Choice") ?? child(x, "mc:Fallback");
        if (pick) stack.push(pick);
        continue;
      }
      for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i]);
    }
  }

  /** Paragraph content: runs, and the containers of runs (links, revisions, content controls, math). */
  inline(nodes: XNode[]): void {
    for (const n of nodes) {
      if (n.tag === "w:r") this.run(n);
      else if (RUN_CONTAINERS.has(n.tag)) this.inline(n.children);
      else if (n.tag === "w:sdt") this.inline(child(n, "w:sdtContent")?.children ?? []);
      else if (n.tag === "mc:AlternateContent") {
        const pick = child(n, "mc:Choice") ?? child(n, "mc:Fallback");
        if (pick) this.inline(pick.children);
      } else if (n.tag === "m:oMath" || n.tag === "m:oMathPara") {
        const t = mathText(n);
        if (t) { this.push(t); this.runFlags.push({ bold: false, italic: false }); }
      } else if (!SKIP_SILENTLY.has(n.tag)) {
        this.reader.unknown(n.tag);
        this.inline(n.children);
      }
    }
  }

  private run(r: XNode): void {
    const rPr = child(r, "w:rPr");
    const rStyle = val(child(rPr, "w:rStyle"));
    const st: RunState = {
      bold: onOff(child(rPr, "w:b")) ?? this.styles.find(rStyle, (s) => onOff(child(s.rPr, "w:b"))) ?? this.style.bold,
      italic: onOff(child(rPr, "w:i")) ?? this.styles.find(rStyle, (s) => onOff(child(s.rPr, "w:i"))) ?? this.style.italic,
      vanish: onOff(child(rPr, "w:vanish")) ?? false,
      customMark: null,
      visible: false,
      font: this.reader.legacy ? this.reader.legacy.runFont(rPr, this.styleId) : null,
    };
    for (const c of r.children) this.runChild(c, st);
    if (st.visible) this.runFlags.push({ bold: st.bold, italic: st.italic });
  }

  private text(c: XNode, st: RunState): void {
    if (this.hidden() || st.vanish) return;
    const t = c.children.map((x) => x.text ?? "").join("");
    if (st.customMark) {
      // w:customMarkFollows: the run's text is the footnote mark itself
      const { kind, id, at } = st.customMark;
      if (!this.inNote) this.refsRaw.push({ at, marker: this.reader.notes.marker(kind, id, t.trim() || "*") });
      st.customMark = null;
      return;
    }
    if (/\S/.test(t)) st.visible = true;
    this.push(this.reader.legacy ? this.reader.legacy.convert(t, st.font) : t);
  }

  private noteReference(c: XNode, st: RunState): void {
    const kind: NoteKind = c.tag === "w:footnoteReference" ? "footnote" : "endnote";
    const id = c.attrs["w:id"] ?? "";
    if (truthy(c.attrs["w:customMarkFollows"])) st.customMark = { kind, id, at: this.len };
    else if (!this.inNote) this.refsRaw.push({ at: this.len, marker: this.reader.notes.marker(kind, id, null) });
  }

  private runChild(c: XNode, st: RunState): void {
    switch (c.tag) {
      case "w:t":
        return this.text(c, st);
      case "w:tab":
      case "w:ptab":
        if (!this.hidden()) this.push("\t");
        return;
      case "w:br":
      case "w:cr":
        if (!this.hidden()) this.push(" ");
        return;
      case "w:noBreakHyphen":
        if (!this.hidden()) { this.push("-"); st.visible = true; }
        return;
      case "w:softHyphen":
        return;
      case "w:sym": {
        const code = parseInt(c.attrs["w:char"] ?? "", 16);
        if (!this.hidden() && Number.isFinite(code)) { this.push(String.fromCharCode(code)); st.visible = true; }
        return;
      }
      case "w:fldChar":
        return this.reader.field(c.attrs["w:fldCharType"]);
      case "w:footnoteReference":
      case "w:endnoteReference":
        return this.noteReference(c, st);
      case "w:drawing":
      case "w:pict":
      case "mc:AlternateContent":
        return this.textBoxes(c);
      case "w:ruby":
        for (const rr of kids(child(c, "w:rubyBase"), "w:r")) this.run(rr);
        return;
      default:
        if (!SKIP_SILENTLY.has(c.tag)) {
          this.reader.unknown(c.tag);
          // read any plain text below it rather than drop it
          const t = deepText(c);
          if (t && !this.hidden()) { this.push(t); st.visible = true; }
        }
    }
  }
}

interface ListLabel {
  label?: string;
  level?: number;
  labelBold?: boolean;
  labelItalic?: boolean;
}

export class Reader {
  private readonly warned = new Set<string>();
  private fieldStack: Array<"instr" | "result"> = [];
  readonly notes: NoteNumbers;

  constructor(
    private readonly b: DocBuilder,
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    settings: XNode | null,
    sectPr: XNode | undefined,
    /** text in the fonts of the old Vietnamese encodings, converted as it is read */
    readonly legacy: LegacyFonts | null = null,
  ) {
    this.notes = new NoteNumbers(settings, sectPr);
  }

  unknown(tag: string): void {
    if (this.warned.has(tag)) return;
    this.warned.add(tag);
    this.b.warn("docx/unknown-element", `unknown Word element <${tag}>: its text (if any) was read, its meaning ignored`);
  }

  resetFields(): void {
    this.fieldStack = [];
  }

  /** A w:fldChar: a field's instruction (hidden) runs from "begin" to "separate", its result to "end". */
  field(type: string | undefined): void {
    if (type === "begin") this.fieldStack.push("instr");
    else if (type === "separate" && this.fieldStack.length) this.fieldStack[this.fieldStack.length - 1] = "result";
    else if (type === "end") this.fieldStack.pop();
  }

  inFieldInstruction(): boolean {
    return this.fieldStack.includes("instr");
  }

  /** Reads one w:p. `inNote`: footnote/endnote bodies (their own references are not counted). */
  paragraph(p: XNode, inNote = false): Para {
    const pPr = child(p, "w:pPr");
    const styleId = val(child(pPr, "w:pStyle")) ?? this.styles.defaultParagraph;
    const style: Flags = {
      bold: this.styles.find(styleId, (s) => onOff(child(s.rPr, "w:b"))) ?? onOff(child(this.styles.defaultRPr, "w:b")) ?? false,
      italic: this.styles.find(styleId, (s) => onOff(child(s.rPr, "w:i"))) ?? onOff(child(this.styles.defaultRPr, "w:i")) ?? false,
    };
    const t = new ParaText(this, this.styles, inNote, style, styleId);
    t.inline(p.children);
    const heading = this.headingLevel(pPr, styleId);
    const list = this.listLabel(pPr, styleId, style);
    return this.finish(t, pPr, styleId, heading, list);
  }

  /** Heading 1–3 from the style chain's name, else from an outline level. */
  private headingLevel(pPr: XNode | undefined, styleId: string | undefined): number | undefined {
    let heading: number | undefined;
    for (const s of this.styles.chain(styleId)) {
      const m = /^heading ([1-9])$/.exec(s.name);
      if (m) { heading = Number(m[1]); break; }
    }
    if (heading === undefined) {
      const ol = val(child(pPr, "w:outlineLvl")) ?? this.styles.find(styleId, (s) => val(child(s.pPr, "w:outlineLvl")));
      if (ol !== undefined && Number(ol) <= MAX_OUTLINE_LEVEL) heading = Number(ol) + 1;
    }
    return heading !== undefined && heading > MAX_HEADING_LEVEL ? undefined : heading;
  }

  /** Word's list label (direct numbering, else the style's), advancing the counters. */
  private listLabel(pPr: XNode | undefined, styleId: string | undefined, style: Flags): ListLabel {
    const directNum = child(pPr, "w:numPr");
    let numId = val(child(directNum, "w:numId"));
    let ilvlS = val(child(directNum, "w:ilvl"));
    if (numId === undefined) {
      numId = this.styles.find(styleId, (s) => val(child(child(s.pPr, "w:numPr"), "w:numId")));
      if (ilvlS === undefined && numId !== undefined)
        ilvlS = this.styles.find(styleId, (s) => val(child(child(s.pPr, "w:numPr"), "w:ilvl")));
    }
    if (numId === undefined || numId === "0") return {};
    const ilvl = ilvlS !== undefined ? Number(ilvlS) : this.numbering.levelForStyle(numId, styleId) ?? 0;
    const got = this.numbering.next(numId, ilvl);
    if (!got || !got.label) return {};
    // The label is drawn with the paragraph mark's formatting plus the level's own.
    const markRPr = child(pPr, "w:rPr");
    return {
      label: got.label,
      level: ilvl,
      labelBold: got.bold ?? onOff(child(markRPr, "w:b")) ?? style.bold,
      labelItalic: got.italic ?? onOff(child(markRPr, "w:i")) ?? style.italic,
    };
  }

  /** Text: NFC, ends trimmed, the label in front; reference offsets follow all three. */
  private finish(t: ParaText, pPr: XNode | undefined, styleId: string | undefined, heading: number | undefined, list: ListLabel): Para {
    const { label, level } = list;
    const raw = t.parts.join("");
    const body = nfc(raw);
    const lead = body.length - body.replace(/^\s+/u, "").length;
    const trimmed = body.trim();
    const prefix = label !== undefined && trimmed ? `${label} ` : "";
    const refs: NoteRef[] = t.refsRaw.map((r) => {
      const atNfc = nfc(raw.slice(0, r.at)).length;
      const at = Math.min(Math.max(0, atNfc - lead), trimmed.length) + prefix.length;
      return { marker: r.marker, at };
    });
    const text = trimmed ? prefix + trimmed : "";
    const runFlags = t.runFlags;
    if (label !== undefined && trimmed) runFlags.unshift({ bold: list.labelBold ?? false, italic: list.labelItalic ?? false });

    const jc = val(child(pPr, "w:jc")) ?? this.styles.find(styleId, (s) => val(child(s.pPr, "w:jc")));
    const para: Para = {
      kind: heading !== undefined ? "heading" : label !== undefined ? "listItem" : "paragraph",
      text,
      refs,
      extra: t.extra,
      runs: runFlags.length,
    };
    if (heading !== undefined) para.level = heading;
    if (label !== undefined && trimmed) para.label = label;
    if (heading === undefined && level !== undefined) para.level = level;
    if (runFlags.length && runFlags.every((f) => f.bold)) para.bold = true;
    if (runFlags.length && runFlags.every((f) => f.italic)) para.italic = true;
    if (jc && ALIGN[jc]) para.align = ALIGN[jc];
    if (para.kind === "listItem" && !trimmed) para.kind = "paragraph"; // an empty numbered paragraph is skipped anyway
    return para;
  }

  /** Body-level children in reading order: w:p and w:tbl, looking through content controls and revisions. */
  blockItems(nodes: XNode[]): XNode[] {
    const out: XNode[] = [];
    const walk = (list: XNode[]) => {
      for (const n of list) {
        if (n.tag === "w:p" || n.tag === "w:tbl") out.push(n);
        else if (n.tag === "w:sdt") walk(child(n, "w:sdtContent")?.children ?? []);
        else if (n.tag === "w:customXml" || n.tag === "w:ins" || n.tag === "w:moveTo") walk(n.children);
        else if (n.tag === "mc:AlternateContent") {
          const pick = child(n, "mc:Choice") ?? child(n, "mc:Fallback");
          if (pick) walk(pick.children);
        } else if (n.tag === "m:oMathPara") out.push({ tag: "w:p", attrs: {}, children: [n] });
        else if (n.tag === "w:altChunk") {
          this.unknown(n.tag);
        } else if (!SKIP_SILENTLY.has(n.tag)) {
          this.unknown(n.tag);
          walk(n.children);
        }
      }
    };
    walk(nodes);
    return out;
  }

  /** Rows of a table, looking through content controls around rows and cells. */
  rows(tbl: XNode): XNode[] {
    return this.through(tbl.children, "w:tr");
  }

  cells(tr: XNode): XNode[] {
    return this.through(tr.children, "w:tc");
  }

  /** The children tagged `tag` (rows, cells), looking through content controls and revisions. */
  private through(nodes: XNode[], tag: "w:tr" | "w:tc"): XNode[] {
    const out: XNode[] = [];
    const walk = (list: XNode[]) => {
      for (const n of list) {
        if (n.tag === tag) out.push(n);
        else if (n.tag === "w:sdt") walk(child(n, "w:sdtContent")?.children ?? []);
        else if (n.tag === "w:customXml" || n.tag === "w:ins" || n.tag === "w:moveTo") walk(n.children);
        else if (!SKIP_SILENTLY.has(n.tag)) this.unknown(n.tag);
      }
    };
    walk(nodes);
    return out;
  }

  /** All paragraphs inside a cell (nested tables flattened), in order, empty ones dropped. */
  cellParas(tc: XNode, inNote: boolean): Para[] {
    const out: Para[] = [];
    for (const bl of this.blockItems(tc.children)) {
      if (bl.tag === "w:p") {
        const p = this.paragraph(bl, inNote);
        if (p.text) out.push(p);
        out.push(...p.extra);
      } else out.push(...this.flattenTable(bl, inNote));
    }
    return out;
  }

  /** A table read as plain paragraphs (nested tables, tables inside notes or text boxes). */
  flattenTable(tbl: XNode, inNote: boolean): Para[] {
    const out: Para[] = [];
    for (const tr of this.rows(tbl)) for (const tc of this.cells(tr)) out.push(...this.cellParas(tc, inNote));
    return out;
  }
}
