// DOCX -> DocModel. Reads the OOXML parts directly (document, styles, numbering,
// footnotes, endnotes, settings) because the rules need what a Word user sees:
// list labels generated from numbering.xml, footnote markers, table header rows,
// merged cells and the two-column header/closing layout. See DOCX-NOTES.md.
//
// Nothing here looks at Vietnamese words: every decision is taken from layout
// facts (styles, borders, column counts, position in the document).
import zlib from "node:zlib";
import { XMLParser } from "fast-xml-parser";
import type { Block, DocModel, NoteRef } from "../src/model.js";
import { DocBuilder } from "../src/doc-builder.js";
import { KehoachError } from "../src/errors.js";
import { nfc } from "../src/text.js";

// ---------------------------------------------------------------- limits

/** Refuse archives that would inflate past this: declared sizes checked before inflating, actual bytes counted while inflating. */
const MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024;
/** No one part (document.xml, styles.xml, …) may inflate past this (counted while inflating). */
const MAX_PART_UNCOMPRESSED = 50 * 1024 * 1024;
/** Deeper XML than this is no Word document (a table in a table in a table … is about 8 levels each). */
const MAX_XML_DEPTH = 100;
/** A cell spans at most this many grid columns (w:gridSpan, w:gridBefore, w:gridAfter are read from the file). */
const MAX_SPAN = 64;
/** List and note counters start at most here (Word's own limit is 32767). */
const MAX_COUNTER = 32767;
/** Deflate cannot exceed ~1032:1; a larger declared ratio is a lie or a bomb. */
const MAX_RATIO = 1100;
/** Only parts above this size are ratio-checked (tiny parts have meaningless ratios). */
const RATIO_MIN_SIZE = 1024 * 1024;

// ---------------------------------------------------------------- zip directory

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  size: number;
  offset: number; // of its local header
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 2 ** 32;

/** Reads the central directory (sizes as declared), without inflating anything. */
function readZipDirectory(b: Uint8Array, fileName: string): ZipEntry[] | null {
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  const minPos = Math.max(0, b.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = b.length - 22; i >= minPos; i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = u16(b, eocd + 10);
  let cdOffset = u32(b, eocd + 16);
  if (cdOffset === 0xffffffff || count === 0xffff) {
    // ZIP64: the locator is just before the EOCD record.
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== 0x07064b50) return null;
    const z = u64(b, loc + 8);
    if (z + 56 > b.length || u32(b, z) !== 0x06064b50) return null;
    count = u64(b, z + 32);
    cdOffset = u64(b, z + 48);
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50)
      throw new KehoachError("docx/corrupt", "the DOCX (zip) file is damaged: its central directory is unreadable; re-save it in Word", fileName);
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let compressed = u32(b, p + 20);
    let size = u32(b, p + 24);
    let offset = u32(b, p + 42);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    const name = Buffer.from(b.subarray(p + 46, p + 46 + nameLen)).toString("utf8");
    // ZIP64 extra field: the 64-bit sizes, in this order, for the fields that are 0xFFFFFFFF.
    let e = p + 46 + nameLen;
    const eEnd = e + extraLen;
    while (e + 4 <= eEnd) {
      const id = u16(b, e);
      const len = u16(b, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) { size = u64(b, q); q += 8; }
        if (compressed === 0xffffffff) { compressed = u64(b, q); q += 8; }
        if (offset === 0xffffffff) { offset = u64(b, q); q += 8; }
      }
      e += 4 + len;
    }
    entries.push({ name, method, flags, compressed, size, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function checkBomb(entries: ZipEntry[], fileName: string): void {
  const total = entries.reduce((n, e) => n + e.size, 0);
  if (total > MAX_TOTAL_UNCOMPRESSED)
    throw new KehoachError(
      "docx/zip-bomb",
      `refusing to unpack: the parts declare ${Math.round(total / 1048576)} MB uncompressed (limit ${MAX_TOTAL_UNCOMPRESSED / 1048576} MB); split or re-save the document`,
      fileName,
    );
  for (const e of entries) {
    const ratio = e.size / Math.max(1, e.compressed);
    if (e.size > RATIO_MIN_SIZE && ratio > MAX_RATIO)
      throw new KehoachError(
        "docx/zip-bomb",
        `refusing to unpack: part ${e.name} declares ${e.size} bytes from ${e.compressed} (ratio ${Math.round(ratio)}:1), a zip bomb or a damaged file; re-save the document in Word`,
        fileName,
      );
  }
}

/**
 * Inflates the wanted parts, counting the bytes actually produced (declared sizes
 * can lie): a part past MAX_PART_UNCOMPRESSED, or all parts together past
 * MAX_TOTAL_UNCOMPRESSED, is refused as soon as the inflater reaches the limit.
 */
class ZipReader {
  private inflated = 0;
  private readonly byName = new Map<string, ZipEntry>();
  constructor(private readonly bytes: Uint8Array, entries: ZipEntry[], private readonly fileName: string) {
    for (const e of entries) if (!this.byName.has(e.name)) this.byName.set(e.name, e);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  read(names: Iterable<string>): Record<string, Uint8Array> {
    const out: Record<string, Uint8Array> = {};
    for (const name of names) {
      const e = this.byName.get(name);
      if (e) out[name] = this.inflate(e);
    }
    return out;
  }

  private corrupt(why: string, cause?: unknown): KehoachError {
    return new KehoachError("docx/corrupt", `the DOCX (zip) file is damaged and cannot be unpacked (${why}); re-save it in Word`, this.fileName, { cause });
  }

  private inflate(e: ZipEntry): Uint8Array {
    const b = this.bytes;
    const h = e.offset;
    if (h + 30 > b.length || u32(b, h) !== 0x04034b50) throw this.corrupt(`no local header for ${e.name}`);
    const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
    if (start + e.compressed > b.length) throw this.corrupt(`${e.name} is cut short`);
    const data = b.subarray(start, start + e.compressed);
    const limit = Math.min(MAX_PART_UNCOMPRESSED, MAX_TOTAL_UNCOMPRESSED - this.inflated);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method === 8) {
      try {
        // maxOutputLength: zlib stops as soon as the output passes the limit (actual bytes, not declared)
        out = zlib.inflateRawSync(data, { maxOutputLength: limit + 1 });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") this.tooBig(e, limit, err);
        throw this.corrupt(`${e.name}: ${(err as Error).message}`, err);
      }
    } else throw this.corrupt(`${e.name} uses compression method ${e.method}`);
    if (out.length > limit) this.tooBig(e, limit);
    this.inflated += out.length;
    return out;
  }

  private tooBig(e: ZipEntry, limit: number, cause?: unknown): never {
    const whole = limit < MAX_PART_UNCOMPRESSED;
    throw new KehoachError(
      "docx/zip-bomb",
      whole
        ? `refusing to unpack: the parts inflate past ${MAX_TOTAL_UNCOMPRESSED / 1048576} MB together (at ${e.name}), a zip bomb or not a plan`
        : `refusing to unpack: part ${e.name} inflates past ${MAX_PART_UNCOMPRESSED / 1048576} MB (it declares ${e.size} bytes), a zip bomb or not a plan`,
      this.fileName,
      { cause },
    );
  }
}

// ---------------------------------------------------------------- XML tree

interface XNode {
  tag: string; // canonical prefix: "w:p", "m:t", "mc:AlternateContent"
  attrs: Record<string, string>;
  children: XNode[];
  text?: string; // for "#text" nodes
}

// Canonical prefixes by namespace URI, so that a document written with other
// prefixes (or Strict OOXML URIs) reads the same.
const NS_PREFIX: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
  "http://purl.oclc.org/ooxml/officeDocument/math": "m",
  "http://schemas.openxmlformats.org/package/2006/relationships": "pr",
};

const xmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false, // w:t keeps its spaces
  parseTagValue: false, // "011" stays a string
  parseAttributeValue: false,
  // Entities are decoded by us in one pass (decodeEntities): fast-xml-parser's own
  // entity handling runs one regex per known entity over every value (3x slower on a
  // 450 KB document.xml) and would expand DOCTYPE entities (billion laughs).
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type FxpNode = Record<string, unknown>;

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The five XML entities and numeric character references, in one linear pass. */
function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return XML_ENTITIES[e] ?? m;
  });
}

/** What is wrong with an XML text's structure (kind and detail), or null; one linear pass. */
export function xmlProblem(xml: string, maxDepth = MAX_XML_DEPTH): { kind: "depth" | "form"; detail: string } | null {
  const stack: string[] = [];
  const NAME = /[^\s/>]+/y;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    const c = xml[lt + 1];
    const skipTo = (end: string, what: string) => {
      const e = xml.indexOf(end, lt + 2);
      if (e < 0) return `${what} is not closed`;
      i = e + end.length;
      return null;
    };
    if (c === "!" || c === "?") {
      const bad = xml.startsWith("<!--", lt)
        ? skipTo("-->", "a comment")
        : xml.startsWith("<![CDATA[", lt)
          ? skipTo("]]>", "a CDATA section")
          : c === "?"
            ? skipTo("?>", "a processing instruction")
            : xml.startsWith("<!DOCTYPE", lt) && xml.indexOf("[", lt) >= 0 && xml.indexOf("[", lt) < xml.indexOf(">", lt)
              ? skipTo("]>", "the DOCTYPE")
              : skipTo(">", "a declaration");
      if (bad) return { kind: "form", detail: bad };
      continue;
    }
    // the tag's end: the first ">" outside a quoted attribute value
    let j = lt + 1;
    let quote = "";
    for (; j < xml.length; j++) {
      const ch = xml[j];
      if (quote) {
        if (ch === quote) quote = "";
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === ">") break;
      else if (ch === "<") return { kind: "form", detail: `a tag at offset ${lt} is not closed` };
    }
    if (j >= xml.length) return { kind: "form", detail: `a tag at offset ${lt} is not closed` };
    if (c === "/") {
      NAME.lastIndex = lt + 2;
      const name = NAME.exec(xml)?.[0] ?? "";
      const open = stack.pop();
      if (open !== name) return { kind: "form", detail: open ? `<${open}> is closed by </${name}>` : `</${name}> closes no element` };
    } else if (xml[j - 1] !== "/") {
      NAME.lastIndex = lt + 1;
      stack.push(NAME.exec(xml)?.[0] ?? "");
      if (stack.length > maxDepth) return { kind: "depth", detail: `XML nested deeper than ${maxDepth} levels` };
    }
    i = j + 1;
  }
  if (stack.length) return { kind: "form", detail: `<${stack[stack.length - 1]}> is not closed` };
  return null;
}

class XmlError extends Error {
  constructor(readonly kind: "depth" | "form", readonly detail: string) {
    super(detail);
  }
}

function parseXml(xml: string): XNode {
  const problem = xmlProblem(xml);
  if (problem) throw new XmlError(problem.kind, problem.detail);
  const raw = xmlParser.parse(xml) as FxpNode[];
  const root: XNode = { tag: "#root", attrs: {}, children: [] };
  let rename = new Map<string, string>();
  const convert = (list: FxpNode[], parent: XNode, top: boolean) => {
    for (const item of list) {
      const attrsIn = (item[":@"] ?? {}) as Record<string, string>;
      for (const key of Object.keys(item)) {
        if (key === ":@") continue;
        if (key === "#text") {
          parent.children.push({ tag: "#text", attrs: {}, children: [], text: decodeEntities(String(item[key])) });
          continue;
        }
        if (top) {
          // Namespace declarations sit on the root element in Word's output.
          rename = new Map();
          for (const [k, v] of Object.entries(attrsIn)) {
            if (!k.startsWith("xmlns:")) continue;
            const canon = NS_PREFIX[v];
            if (canon) rename.set(k.slice(6), canon);
          }
        }
        const fix = (name: string) => {
          const c = name.indexOf(":");
          if (c < 0) return name;
          const pre = rename.get(name.slice(0, c));
          return pre ? `${pre}:${name.slice(c + 1)}` : name;
        };
        const attrs: Record<string, string> = {};
        for (const [k, v] of Object.entries(attrsIn)) attrs[fix(k)] = decodeEntities(String(v));
        const node: XNode = { tag: fix(key), attrs, children: [] };
        parent.children.push(node);
        const kids = item[key];
        if (Array.isArray(kids)) convert(kids as FxpNode[], node, false);
      }
    }
  };
  convert(raw, root, true);
  return root;
}

const child = (n: XNode | undefined, tag: string): XNode | undefined => n?.children.find((c) => c.tag === tag);
const kids = (n: XNode | undefined, tag: string): XNode[] => (n ? n.children.filter((c) => c.tag === tag) : []);
const val = (n: XNode | undefined): string | undefined => n?.attrs["w:val"];

/** OOXML on/off properties: present without val = on; "0", "false", "off", "none" = off. */
function onOff(n: XNode | undefined): boolean | undefined {
  if (!n) return undefined;
  const v = n.attrs["w:val"];
  return v === undefined || !/^(0|false|off|none)$/i.test(v);
}

/** The same rule for an on/off attribute. */
const truthy = (v: string | undefined): boolean => v !== undefined && !/^(0|false|off|none)$/i.test(v);

// ---------------------------------------------------------------- styles

interface StyleInfo {
  id: string;
  name: string;
  type: string;
  basedOn?: string;
  pPr?: XNode;
  rPr?: XNode;
  tblPr?: XNode;
}

class Styles {
  readonly byId = new Map<string, StyleInfo>();
  defaultRPr?: XNode;
  defaultParagraph?: string;
  defaultTable?: string;

  constructor(root: XNode | null) {
    const styles = root ? child(root, "w:styles") : undefined;
    this.defaultRPr = child(child(child(styles, "w:docDefaults"), "w:rPrDefault"), "w:rPr");
    for (const s of kids(styles, "w:style")) {
      const id = s.attrs["w:styleId"];
      if (!id) continue;
      const type = s.attrs["w:type"] ?? "paragraph";
      const info: StyleInfo = {
        id,
        type,
        name: (val(child(s, "w:name")) ?? id).toLowerCase(),
        basedOn: val(child(s, "w:basedOn")),
        pPr: child(s, "w:pPr"),
        rPr: child(s, "w:rPr"),
        tblPr: child(s, "w:tblPr"),
      };
      this.byId.set(id, info);
      if (truthy(s.attrs["w:default"])) {
        if (type === "paragraph") this.defaultParagraph = id;
        if (type === "table") this.defaultTable = id;
      }
    }
  }

  /** The style and its ancestors, nearest first (cycles cut). */
  chain(id: string | undefined): StyleInfo[] {
    const out: StyleInfo[] = [];
    const seen = new Set<string>();
    let cur = id;
    while (cur && !seen.has(cur) && out.length < 32) {
      seen.add(cur);
      const s = this.byId.get(cur);
      if (!s) break;
      out.push(s);
      cur = s.basedOn;
    }
    return out;
  }

  /** First value a property has along the style chain. */
  find<T>(id: string | undefined, pick: (s: StyleInfo) => T | undefined): T | undefined {
    for (const s of this.chain(id)) {
      const v = pick(s);
      if (v !== undefined) return v;
    }
    return undefined;
  }
}

// ---------------------------------------------------------------- numbering

interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  restart?: number; // w:lvlRestart (1-based; 0 = never)
  isLgl: boolean;
  bold?: boolean;
  italic?: boolean;
  pStyle?: string;
}

interface NumDef {
  key: string; // counter set: the abstract list, or this instance when it overrides a start
  levels: Map<number, LevelDef>;
  startOverride: Map<number, number>;
}

function formatNumber(n: number, fmt: string): string {
  // a counter read from the file (w:start, w:startOverride, w:numStart) is bounded: "a".repeat(n / 26) must stay small
  n = Number.isFinite(n) ? Math.max(0, Math.min(MAX_COUNTER, Math.trunc(n))) : 0;
  switch (fmt) {
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "lowerLetter":
    case "upperLetter": {
      // Word repeats the letter: a..z, aa..zz
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return fmt === "upperLetter" ? letter.toUpperCase() : letter;
    }
    case "lowerRoman":
    case "upperRoman": {
      const r = toRoman(n);
      return fmt === "upperRoman" ? r : r.toLowerCase();
    }
    case "chicago":
      return ["*", "†", "‡", "§"][(n - 1) % 4].repeat(Math.floor((n - 1) / 4) + 1);
    case "none":
      return "";
    default:
      return String(n); // decimal and the formats we cannot render (ordinal text etc.)
  }
}

function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/** Typable bullet characters the rules know; other glyphs are mapped by level. */
const KEEP_BULLETS = new Set(["-", "+", "*", "•"]);
const DASHES = new Set(["–", "—", "‒", "−", "‐", "‑"]);

function bulletLabel(glyph: string, level: number): string {
  const g = glyph.trim();
  if (KEEP_BULLETS.has(g)) return g;
  if (DASHES.has(g)) return "-";
  // U+F0B7 in the Symbol font is Word's default bullet and shows as "•"
  if (g === "\uF0B7" || g === "●" || g === "·") return "•";
  // Other Symbol/Wingdings private-use glyphs, "○", "■", "o" (Courier) …: the usual
  // Vietnamese plan hierarchy is "-" then "+".
  return level === 0 ? "-" : "+";
}

class Numbering {
  private readonly nums = new Map<string, NumDef>();
  private readonly counters = new Map<string, Map<number, number>>();
  private readonly startedInstances = new Set<string>();

  constructor(root: XNode | null, private readonly styles: Styles) {
    const numbering = root ? child(root, "w:numbering") : undefined;
    const abstracts = new Map<string, XNode>();
    for (const a of kids(numbering, "w:abstractNum")) abstracts.set(a.attrs["w:abstractNumId"] ?? "", a);
    const numsByAbstract = new Map<string, XNode>();
    for (const n of kids(numbering, "w:num")) numsByAbstract.set(n.attrs["w:numId"] ?? "", n);
    const resolveAbstract = (id: string, depth = 0): XNode | undefined => {
      const a = abstracts.get(id);
      // numStyleLink: the list is defined by a numbering style whose numPr points at another w:num
      const link = val(child(a, "w:numStyleLink"));
      if (a && link && depth < 4) {
        const numId = styles.find(link, (s) => val(child(child(s.pPr, "w:numPr"), "w:numId")));
        const target = numId ? numsByAbstract.get(numId) : undefined;
        const absId = val(child(target, "w:abstractNumId"));
        if (absId !== undefined && absId !== id) return resolveAbstract(absId, depth + 1) ?? a;
      }
      return a;
    };
    for (const n of kids(numbering, "w:num")) {
      const numId = n.attrs["w:numId"] ?? "";
      const absId = val(child(n, "w:abstractNumId")) ?? "";
      const a = resolveAbstract(absId);
      const levels = new Map<number, LevelDef>();
      const readLvl = (l: XNode) => {
        const ilvl = Number(l.attrs["w:ilvl"] ?? "0");
        const rPr = child(l, "w:rPr");
        const restart = val(child(l, "w:lvlRestart"));
        levels.set(ilvl, {
          start: Number(val(child(l, "w:start")) ?? "0"),
          numFmt: val(child(l, "w:numFmt")) ?? "decimal",
          lvlText: val(child(l, "w:lvlText")) ?? "",
          restart: restart === undefined ? undefined : Number(restart),
          isLgl: onOff(child(l, "w:isLgl")) ?? false,
          bold: onOff(child(rPr, "w:b")),
          italic: onOff(child(rPr, "w:i")),
          pStyle: val(child(l, "w:pStyle")),
        });
      };
      for (const l of kids(a, "w:lvl")) readLvl(l);
      const startOverride = new Map<number, number>();
      for (const o of kids(n, "w:lvlOverride")) {
        const ilvl = Number(o.attrs["w:ilvl"] ?? "0");
        const so = val(child(o, "w:startOverride"));
        if (so !== undefined) startOverride.set(ilvl, Number(so));
        const l = child(o, "w:lvl");
        if (l) readLvl({ ...l, attrs: { ...l.attrs, "w:ilvl": String(ilvl) } });
      }
      // Instances of one abstract list share their counters (Word continues the list)
      // unless the instance restarts a level with startOverride.
      const key = startOverride.size ? `num:${numId}` : `abs:${absId}`;
      this.nums.set(numId, { key, levels, startOverride });
    }
  }

  /** The level of a style-linked list (abstractNum lvl w:pStyle), for styles that name only a numId. */
  levelForStyle(numId: string, styleId: string | undefined): number | undefined {
    if (!styleId) return undefined;
    const def = this.nums.get(numId);
    if (!def) return undefined;
    for (const [ilvl, l] of def.levels) if (l.pStyle === styleId) return ilvl;
    return undefined;
  }

  /** Advances the counters (Word numbers a paragraph even when it is empty) and renders the label. */
  next(numId: string, ilvl: number): { label: string; bold?: boolean; italic?: boolean } | null {
    const def = this.nums.get(numId);
    if (!def) return null;
    const lvl = def.levels.get(ilvl);
    if (!lvl) return null;
    let counters = this.counters.get(def.key);
    if (!counters) this.counters.set(def.key, (counters = new Map()));
    const startOf = (l: number) => def.startOverride.get(l) ?? def.levels.get(l)?.start ?? 0;
    const cur = counters.get(ilvl);
    counters.set(ilvl, cur === undefined ? startOf(ilvl) : cur + 1);
    // Deeper levels restart after a higher level unless lvlRestart says otherwise.
    for (const [d, dl] of def.levels) {
      if (d <= ilvl) continue;
      const r = dl.restart ?? d; // 1-based index of the last level that restarts it
      if (r > 0 && ilvl <= r - 1) counters.delete(d);
    }
    this.startedInstances.add(numId);
    if (lvl.numFmt === "bullet" && !lvl.lvlText.trim()) return null; // a bullet level that draws nothing
    if (lvl.numFmt === "bullet") return { label: bulletLabel(lvl.lvlText, ilvl), bold: lvl.bold, italic: lvl.italic };
    // "%1.%2." -> the current counter of each level, in that level's own format.
    const label = lvl.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const l = Number(d) - 1;
      const n = counters.get(l) ?? startOf(l);
      const fmt = lvl.isLgl ? "decimal" : def.levels.get(l)?.numFmt ?? "decimal";
      return formatNumber(n, fmt === "bullet" ? "decimal" : fmt);
    });
    return { label: label.trim(), bold: lvl.bold, italic: lvl.italic };
  }
}

// ---------------------------------------------------------------- reading paragraphs

type Kind = "paragraph" | "heading" | "listItem";

interface Para {
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

type NoteKind = "footnote" | "endnote";

interface NoteSeq {
  fmt: string;
  start: number;
  next: number; // count of automatically numbered references seen
  order: Array<{ id: string; marker: string }>;
  seen: Map<string, string>;
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

class Reader {
  private readonly warned = new Set<string>();
  private fieldStack: Array<"instr" | "result"> = [];
  readonly notes: Record<NoteKind, NoteSeq>;

  constructor(
    private readonly b: DocBuilder,
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    settings: XNode | null,
    sectPr: XNode | undefined,
  ) {
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
    this.notes = { footnote: mk("w:footnotePr", "decimal"), endnote: mk("w:endnotePr", "lowerRoman") };
  }

  unknown(tag: string): void {
    if (this.warned.has(tag)) return;
    this.warned.add(tag);
    this.b.warn("docx/unknown-element", `unknown Word element <${tag}>: its text (if any) was read, its meaning ignored`);
  }

  resetFields(): void {
    this.fieldStack = [];
  }

  private noteMarker(kind: NoteKind, id: string, custom: string | null): string {
    const seq = this.notes[kind];
    const prev = seq.seen.get(id);
    if (prev !== undefined) return prev;
    const marker = custom ?? formatNumber(seq.start + seq.next++, seq.fmt);
    seq.seen.set(id, marker);
    seq.order.push({ id, marker });
    return marker;
  }

  /** Reads one w:p. `inNote`: footnote/endnote bodies (their own references are not counted). */
  paragraph(p: XNode, inNote = false): Para {
    const pPr = child(p, "w:pPr");
    const styleId = val(child(pPr, "w:pStyle")) ?? this.styles.defaultParagraph;
    const parts: string[] = [];
    let len = 0;
    const refsRaw: NoteRefRaw[] = [];
    const extra: Para[] = [];
    const runFlags: Array<{ bold: boolean; italic: boolean }> = [];
    const styleBold = this.styles.find(styleId, (s) => onOff(child(s.rPr, "w:b"))) ?? onOff(child(this.styles.defaultRPr, "w:b")) ?? false;
    const styleItalic = this.styles.find(styleId, (s) => onOff(child(s.rPr, "w:i"))) ?? onOff(child(this.styles.defaultRPr, "w:i")) ?? false;

    const push = (s: string) => {
      if (!s) return;
      parts.push(s);
      len += s.length;
    };
    const hidden = () => this.fieldStack.includes("instr");

    const textBoxes = (n: XNode) => {
      // Text boxes (DrawingML wps:txbx or VML v:textbox) hold w:txbxContent with ordinary paragraphs.
      const stack = [n];
      while (stack.length) {
        const x = stack.pop() as XNode;
        if (x.tag === "w:txbxContent") {
          for (const bl of this.blockItems(x.children)) {
            if (bl.tag === "w:p") {
              const q = this.paragraph(bl, inNote);
              if (q.text) extra.push(q);
              extra.push(...q.extra);
            } else for (const q of this.flattenTable(bl, inNote)) extra.push(q);
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
    };

    const run = (r: XNode) => {
      const rPr = child(r, "w:rPr");
      const rStyle = val(child(rPr, "w:rStyle"));
      const bold = onOff(child(rPr, "w:b")) ?? this.styles.find(rStyle, (s) => onOff(child(s.rPr, "w:b"))) ?? styleBold;
      const italic = onOff(child(rPr, "w:i")) ?? this.styles.find(rStyle, (s) => onOff(child(s.rPr, "w:i"))) ?? styleItalic;
      const vanish = onOff(child(rPr, "w:vanish")) ?? false;
      let customMark: { kind: NoteKind; id: string; at: number } | null = null;
      let visible = false;
      for (const c of r.children) {
        switch (c.tag) {
          case "w:t": {
            if (hidden() || vanish) break;
            const t = c.children.map((x) => x.text ?? "").join("");
            if (customMark) {
              // w:customMarkFollows: the run's text is the footnote mark itself
              const { kind, id, at } = customMark;
              if (!inNote) refsRaw.push({ at, marker: this.noteMarker(kind, id, t.trim() || "*") });
              customMark = null;
              break;
            }
            if (/\S/.test(t)) visible = true;
            push(t);
            break;
          }
          case "w:tab":
          case "w:ptab":
            if (!hidden()) push("\t");
            break;
          case "w:br":
          case "w:cr":
            if (!hidden()) push(" ");
            break;
          case "w:noBreakHyphen":
            if (!hidden()) { push("-"); visible = true; }
            break;
          case "w:softHyphen":
            break;
          case "w:sym": {
            const code = parseInt(c.attrs["w:char"] ?? "", 16);
            if (!hidden() && Number.isFinite(code)) { push(String.fromCharCode(code)); visible = true; }
            break;
          }
          case "w:fldChar": {
            const t = c.attrs["w:fldCharType"];
            if (t === "begin") this.fieldStack.push("instr");
            else if (t === "separate" && this.fieldStack.length) this.fieldStack[this.fieldStack.length - 1] = "result";
            else if (t === "end") this.fieldStack.pop();
            break;
          }
          case "w:footnoteReference":
          case "w:endnoteReference": {
            const kind: NoteKind = c.tag === "w:footnoteReference" ? "footnote" : "endnote";
            const id = c.attrs["w:id"] ?? "";
            if (truthy(c.attrs["w:customMarkFollows"])) {
              customMark = { kind, id, at: len };
            } else if (!inNote) refsRaw.push({ at: len, marker: this.noteMarker(kind, id, null) });
            break;
          }
          case "w:drawing":
          case "w:pict":
          case "mc:AlternateContent":
            textBoxes(c);
            break;
          case "w:ruby": {
            const base = child(c, "w:rubyBase");
            for (const rr of kids(base, "w:r")) run(rr);
            break;
          }
          default:
            if (!SKIP_SILENTLY.has(c.tag)) {
              this.unknown(c.tag);
              // read any plain text below it rather than drop it
              const t = deepText(c);
              if (t && !hidden()) { push(t); visible = true; }
            }
        }
      }
      if (visible) runFlags.push({ bold, italic });
    };

    const inline = (nodes: XNode[]) => {
      for (const n of nodes) {
        if (n.tag === "w:r") run(n);
        else if (RUN_CONTAINERS.has(n.tag)) inline(n.children);
        else if (n.tag === "w:sdt") inline(child(n, "w:sdtContent")?.children ?? []);
        else if (n.tag === "mc:AlternateContent") {
          const pick = child(n, "mc:Choice") ?? child(n, "mc:Fallback");
          if (pick) inline(pick.children);
        } else if (n.tag === "m:oMath" || n.tag === "m:oMathPara") {
          const t = mathText(n);
          if (t) { push(t); runFlags.push({ bold: false, italic: false }); }
        } else if (!SKIP_SILENTLY.has(n.tag)) {
          this.unknown(n.tag);
          inline(n.children);
        }
      }
    };
    inline(p.children);

    // Kind, label, level
    const styleChain = this.styles.chain(styleId);
    let heading: number | undefined;
    for (const s of styleChain) {
      const m = /^heading ([1-9])$/.exec(s.name);
      if (m) { heading = Number(m[1]); break; }
    }
    if (heading === undefined) {
      const ol = val(child(pPr, "w:outlineLvl")) ?? this.styles.find(styleId, (s) => val(child(s.pPr, "w:outlineLvl")));
      if (ol !== undefined && Number(ol) <= 8) heading = Number(ol) + 1;
    }
    if (heading !== undefined && heading > 3) heading = undefined; // the model knows Heading 1-3

    const directNum = child(pPr, "w:numPr");
    let numId = val(child(directNum, "w:numId"));
    let ilvlS = val(child(directNum, "w:ilvl"));
    if (numId === undefined) {
      numId = this.styles.find(styleId, (s) => val(child(child(s.pPr, "w:numPr"), "w:numId")));
      if (ilvlS === undefined && numId !== undefined)
        ilvlS = this.styles.find(styleId, (s) => val(child(child(s.pPr, "w:numPr"), "w:ilvl")));
    }
    let label: string | undefined;
    let level: number | undefined;
    let labelBold: boolean | undefined;
    let labelItalic: boolean | undefined;
    if (numId !== undefined && numId !== "0") {
      const ilvl = ilvlS !== undefined ? Number(ilvlS) : this.numbering.levelForStyle(numId, styleId) ?? 0;
      const got = this.numbering.next(numId, ilvl);
      if (got && got.label) {
        label = got.label;
        level = ilvl;
        // The label is drawn with the paragraph mark's formatting plus the level's own.
        const markRPr = child(pPr, "w:rPr");
        labelBold = got.bold ?? onOff(child(markRPr, "w:b")) ?? styleBold;
        labelItalic = got.italic ?? onOff(child(markRPr, "w:i")) ?? styleItalic;
      }
    }

    // Text: NFC, ends trimmed; reference offsets follow both.
    const raw = parts.join("");
    const body = nfc(raw);
    const lead = body.length - body.replace(/^\s+/u, "").length;
    const trimmed = body.trim();
    const prefix = label !== undefined && trimmed ? `${label} ` : "";
    const refs: NoteRef[] = refsRaw.map((r) => {
      const atNfc = nfc(raw.slice(0, r.at)).length;
      const at = Math.min(Math.max(0, atNfc - lead), trimmed.length) + prefix.length;
      return { marker: r.marker, at };
    });
    const text = trimmed ? prefix + trimmed : "";
    if (label !== undefined && trimmed) runFlags.unshift({ bold: labelBold ?? false, italic: labelItalic ?? false });

    const jc = val(child(pPr, "w:jc")) ?? this.styles.find(styleId, (s) => val(child(s.pPr, "w:jc")));
    const para: Para = {
      kind: heading !== undefined ? "heading" : label !== undefined ? "listItem" : "paragraph",
      text,
      refs,
      extra,
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
    const out: XNode[] = [];
    const walk = (list: XNode[]) => {
      for (const n of list) {
        if (n.tag === "w:tr") out.push(n);
        else if (n.tag === "w:sdt") walk(child(n, "w:sdtContent")?.children ?? []);
        else if (n.tag === "w:customXml" || n.tag === "w:ins" || n.tag === "w:moveTo") walk(n.children);
        else if (!SKIP_SILENTLY.has(n.tag)) this.unknown(n.tag);
      }
    };
    walk(tbl.children);
    return out;
  }

  cells(tr: XNode): XNode[] {
    const out: XNode[] = [];
    const walk = (list: XNode[]) => {
      for (const n of list) {
        if (n.tag === "w:tc") out.push(n);
        else if (n.tag === "w:sdt") walk(child(n, "w:sdtContent")?.children ?? []);
        else if (n.tag === "w:customXml" || n.tag === "w:ins" || n.tag === "w:moveTo") walk(n.children);
        else if (!SKIP_SILENTLY.has(n.tag)) this.unknown(n.tag);
      }
    };
    walk(tr.children);
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

/** Plain text under an element (for unknown elements: read, never dropped). */
function deepText(n: XNode): string {
  let s = "";
  const stack = [n];
  while (stack.length) {
    const x = stack.pop() as XNode;
    if (x.tag === "w:t" || x.tag === "m:t") s += x.children.map((c) => c.text ?? "").join("");
    else if (x.tag === "w:delText" || x.tag === "w:instrText") continue;
    else for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i]);
  }
  return s;
}

function mathText(n: XNode): string {
  let s = "";
  const stack = [n];
  while (stack.length) {
    const x = stack.pop() as XNode;
    if (x.tag === "m:t") s += x.children.map((c) => c.text ?? "").join("");
    else for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i]);
  }
  return s;
}

const hasText = (n: XNode): boolean => /\S/.test(deepText(n));

// ---------------------------------------------------------------- tables

interface CellRead {
  paras: Para[];
  span: number;
  continued: boolean; // a vMerge continuation: shown empty
}

interface RowRead {
  header: boolean;
  cells: CellRead[];
}

function borderVisible(n: XNode | undefined): boolean {
  if (!n) return false;
  const v = n.attrs["w:val"];
  if (!v || v === "none" || v === "nil") return false;
  const color = (n.attrs["w:color"] ?? "").toUpperCase();
  return color !== "FFFFFF"; // white lines on white paper are not visible
}

const BORDER_SIDES = ["w:top", "w:left", "w:bottom", "w:right", "w:start", "w:end", "w:insideH", "w:insideV"];

/** Whether any line of the table is drawn: table borders (direct or from its style) or cell borders. */
function tableHasBorders(tbl: XNode, styles: Styles): boolean {
  const tblPr = child(tbl, "w:tblPr");
  const styleId = val(child(tblPr, "w:tblStyle")) ?? styles.defaultTable;
  const direct = child(tblPr, "w:tblBorders");
  const fromStyle = styles.find(styleId, (s) => child(s.tblPr, "w:tblBorders"));
  for (const side of BORDER_SIDES) {
    const d = child(direct, side);
    const eff = d ?? child(fromStyle, side);
    if (borderVisible(eff)) return true;
  }
  const stack = [tbl];
  while (stack.length) {
    const x = stack.pop() as XNode;
    if (x.tag === "w:tcBorders") {
      for (const side of BORDER_SIDES) if (borderVisible(child(x, side))) return true;
      continue;
    }
    if (x.tag === "w:p") continue; // paragraph borders are not table lines
    for (const c of x.children) stack.push(c);
  }
  return false;
}

// ---------------------------------------------------------------- parts

const DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const STRICT_DOC_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const dir = base.includes("/") ? base.slice(0, base.lastIndexOf("/") + 1) : "";
  const parts = (dir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

function relsPath(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

function readRels(xml: string | undefined, base: string): Array<{ type: string; target: string; external: boolean }> {
  if (!xml) return [];
  const root = parseXml(xml);
  const rels = root.children.find((c) => c.tag.endsWith("Relationships"));
  return (rels?.children ?? [])
    .filter((c) => c.tag.endsWith("Relationship"))
    .map((c) => ({
      type: c.attrs.Type ?? "",
      external: c.attrs.TargetMode === "External",
      target: resolveTarget(base, c.attrs.Target ?? ""),
    }));
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptionInfo" as a UTF-16LE directory entry name of an OLE file. */
function isEncryptedOoxml(b: Uint8Array): boolean {
  const needle = Buffer.from("EncryptionInfo", "utf16le");
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(needle) >= 0;
}

function xmlError(err: unknown, part: string, fileName: string): KehoachError {
  if (err instanceof XmlError && err.kind === "depth")
    return new KehoachError("docx/xml-too-deep", `the DOCX part ${part} has ${err.detail}: not a Word document as Word writes it`, fileName, { cause: err });
  const detail = err instanceof XmlError ? ` (${err.detail})` : "";
  return new KehoachError("docx/bad-xml", `the DOCX part ${part} is XML not well-formed${detail}; re-save the document in Word`, fileName, { cause: err });
}

// ---------------------------------------------------------------- entry point

export async function parseDocx(bytes: Uint8Array, opts: { fileName: string }): Promise<DocModel> {
  const fileName = opts.fileName;
  if (OLE.every((x, i) => bytes[i] === x)) {
    // Word saves password-protected .docx files as an OLE container; detect.ts sends
    // every OLE file to the legacy-.doc refusal, which we repeat here for direct callers.
    if (isEncryptedOoxml(bytes))
      throw new KehoachError("docx/encrypted", "the Word document is password-protected (encrypted); open it in Word, remove the password and save it again", fileName);
    throw new KehoachError("docx/legacy-doc", "this is a legacy binary Word document (.doc); open it in Word or LibreOffice and save it as .docx", fileName);
  }
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
  const entries = isZip ? readZipDirectory(bytes, fileName) : null;
  if (!entries) throw new KehoachError("docx/not-zip", "not a DOCX (zip) file: the file is damaged or is not a Word document; re-save it as .docx", fileName);
  checkBomb(entries, fileName);
  if (entries.some((e) => e.flags & 1))
    throw new KehoachError("docx/encrypted", "the DOCX (zip) parts are encrypted; save the document again without a password", fileName);

  const zip = new ZipReader(bytes, entries, fileName);
  let files: Record<string, Uint8Array>;
  const unzip = (want: Set<string>) => zip.read(want);
  const utf8 = (u: Uint8Array | undefined) => (u ? new TextDecoder("utf-8").decode(u) : undefined);

  // 1. Which part is the main document (package relationships), and its related parts.
  files = unzip(new Set(["_rels/.rels"]));
  const rels = (part: string, base: string) => {
    try {
      return readRels(utf8(files[part]), base);
    } catch (err) {
      throw xmlError(err, part, fileName);
    }
  };
  const pkgRels = rels("_rels/.rels", "");
  let docPart = pkgRels.find((r) => r.type === DOC_REL || r.type === STRICT_DOC_REL)?.target ?? "word/document.xml";
  if (!zip.has(docPart) && zip.has("word/document.xml")) docPart = "word/document.xml";
  if (!zip.has(docPart))
    throw new KehoachError("docx/no-document", "no main document part: is this a Word .docx file? (word/document.xml is missing)", fileName);
  files = unzip(new Set([relsPath(docPart)]));
  const docRels = rels(relsPath(docPart), docPart);
  const partOf = (suffix: string, fallback: string) => {
    const r = docRels.find((x) => !x.external && x.type.endsWith(`/${suffix}`));
    return r?.target ?? fallback;
  };
  const dir = docPart.slice(0, docPart.lastIndexOf("/") + 1);
  const parts = {
    styles: partOf("styles", `${dir}styles.xml`),
    numbering: partOf("numbering", `${dir}numbering.xml`),
    footnotes: partOf("footnotes", `${dir}footnotes.xml`),
    endnotes: partOf("endnotes", `${dir}endnotes.xml`),
    settings: partOf("settings", `${dir}settings.xml`),
  };
  files = unzip(new Set([docPart, ...Object.values(parts)]));
  const xmlOf = (name: string): XNode | null => {
    const s = utf8(files[name]);
    if (!s) return null;
    try {
      return parseXml(s);
    } catch (err) {
      throw xmlError(err, name, fileName);
    }
  };

  const docRoot = xmlOf(docPart);
  const body = child(child(docRoot ?? undefined, "w:document"), "w:body");
  if (!body) throw new KehoachError("docx/no-body", "the Word document has no body (w:body); re-save it in Word", fileName);

  const b = new DocBuilder("docx");
  const styles = new Styles(xmlOf(parts.styles));
  const numbering = new Numbering(xmlOf(parts.numbering), styles);
  const finalSectPr = child(body, "w:sectPr");
  const reader = new Reader(b, styles, numbering, xmlOf(parts.settings), finalSectPr);

  // 2. The body, in reading order.
  const items = reader.blockItems(body.children);
  // For each item: does any later item hold text? (a layout table after the last text is the closing block)
  const textAfter: boolean[] = new Array(items.length).fill(false);
  for (let i = items.length - 2; i >= 0; i--) {
    const next = items[i + 1];
    textAfter[i] = textAfter[i + 1] || (next.tag === "w:p" ? hasText(next) : !isLayoutCandidate(next, styles) && hasText(next));
  }
  let bodySeen = false;
  let tableIndex = 0;

  const addPara = (p: Para, zone: Block["zone"]) => {
    if (p.text) {
      b.add({
        kind: p.kind,
        text: p.text,
        refs: p.refs,
        ...(p.label !== undefined ? { label: p.label } : {}),
        ...(p.level !== undefined ? { level: p.level } : {}),
        ...(p.bold ? { bold: true } : {}),
        ...(p.italic ? { italic: true } : {}),
        ...(p.align ? { align: p.align } : {}),
        zone,
      });
    }
    for (const x of p.extra) addPara(x, zone);
  };

  const readItem = (item: XNode, i: number) => {
    if (item.tag === "w:p") {
      const p = reader.paragraph(item);
      if (p.text || p.extra.length) bodySeen = true;
      addPara(p, "body");
      return;
    }
    const rows = readTable(item, reader);
    // A borderless two- or three-column block before the body (issuer | national title)
    // or after it (recipients | signature) is page layout, not data: its paragraphs are
    // read row by row, left cell first. A borderless table amid the body stays a table.
    const side = !bodySeen ? "header" : !textAfter[i] ? "closing" : null;
    if (side && isLayoutCandidate(item, styles) && isLayoutText(rows)) {
      for (const row of rows) {
        const n = row.cells.length;
        row.cells.forEach((c, ci) => {
          const zone = `${side}-${ci < n / 2 || n === 1 ? "left" : "right"}` as const;
          for (const p of c.paras) addPara(p, zone);
        });
      }
      return;
    }
    bodySeen = true;
    emitDataTable(rows, tableIndex++, b);
  };
  items.forEach((item, i) => {
    const first = b.blocks.length;
    readItem(item, i);
    // the body element each block came from: the place a person finds it in Word
    for (let k = first; k < b.blocks.length; k++) b.blocks[k].paragraph = i;
  });
  const bodyBlocks = b.blocks.length;

  // 3. Footnotes, then endnotes, in reference order.
  for (const kind of ["footnote", "endnote"] as const) {
    const seq = reader.notes[kind];
    if (!seq.order.length) continue;
    const root = xmlOf(kind === "footnote" ? parts.footnotes : parts.endnotes);
    const holder = child(root ?? undefined, kind === "footnote" ? "w:footnotes" : "w:endnotes");
    const byId = new Map<string, XNode>();
    for (const n of kids(holder, kind === "footnote" ? "w:footnote" : "w:endnote")) {
      const type = n.attrs["w:type"];
      if (type && type !== "normal") continue; // separator, continuationSeparator, continuationNotice
      byId.set(n.attrs["w:id"] ?? "", n);
    }
    for (const { id, marker } of seq.order) {
      const note = byId.get(id);
      if (!note) {
        b.warn(`docx/missing-${kind}`, `${kind} ${marker} is referenced but its text is missing from the document`);
        continue;
      }
      reader.resetFields();
      const texts: string[] = [];
      for (const bl of reader.blockItems(note.children)) {
        const ps = bl.tag === "w:p" ? (() => { const p = reader.paragraph(bl, true); return [p, ...p.extra]; })() : reader.flattenTable(bl, true);
        for (const p of ps) if (p.text) texts.push(p.text);
      }
      const text = texts.join(" ").replace(/^\s+/u, "");
      if (!text) {
        b.warn(`docx/empty-${kind}`, `${kind} ${marker} has no text`);
        continue;
      }
      b.add({ kind: "footnote", text, marker });
    }
  }

  if (bodyBlocks === 0)
    throw new KehoachError("docx/no-text", "the Word document has no text in its body (scanned images or an empty file?); nothing to extract", fileName);
  return b.build(null);
}

// ---------------------------------------------------------------- table helpers

function gridColumns(tbl: XNode): number {
  return kids(child(tbl, "w:tblGrid"), "w:gridCol").length;
}

/** Layout facts only: no drawn lines, two or three grid columns, few rows. */
function isLayoutCandidate(tbl: XNode, styles: Styles): boolean {
  if (tbl.tag !== "w:tbl") return false;
  const cols = gridColumns(tbl);
  const rows = kids(tbl, "w:tr").length;
  return cols >= 2 && cols <= 3 && rows >= 1 && rows <= 4 && !tableHasBorders(tbl, styles);
}

/** Short text: every paragraph a line or two, every cell a short block. */
function isLayoutText(rows: RowRead[]): boolean {
  for (const r of rows)
    for (const c of r.cells) {
      let total = 0;
      for (const p of c.paras) {
        if (p.text.length > 300) return false;
        total += p.text.length;
      }
      if (total > 1500) return false;
    }
  return true;
}

function readTable(tbl: XNode, reader: Reader): RowRead[] {
  const out: RowRead[] = [];
  for (const tr of reader.rows(tbl)) {
    const trPr = child(tr, "w:trPr");
    if (child(trPr, "w:del")) continue; // a row deleted with tracked changes on
    const header = onOff(child(trPr, "w:tblHeader")) ?? false;
    const cells: CellRead[] = [];
    const before = Math.min(MAX_SPAN, Number(val(child(trPr, "w:gridBefore")) ?? "0") || 0);
    // Columns skipped before the first cell still count, so column indexes line up across rows.
    if (before > 0) cells.push({ paras: [], span: before, continued: false });
    for (const tc of reader.cells(tr)) {
      const tcPr = child(tc, "w:tcPr");
      const span = Math.min(MAX_SPAN, Math.max(1, Number(val(child(tcPr, "w:gridSpan")) ?? "1") || 1));
      const vm = child(tcPr, "w:vMerge");
      const continued = vm !== undefined && vm.attrs["w:val"] !== "restart";
      // Continuation cells are read anyway (numbering and note counters run through them).
      const paras = reader.cellParas(tc, false);
      cells.push({ paras: continued ? [] : paras, span, continued });
    }
    const after = Math.min(MAX_SPAN, Number(val(child(trPr, "w:gridAfter")) ?? "0") || 0);
    if (after > 0) cells.push({ paras: [], span: after, continued: false });
    out.push({ header, cells });
  }
  return out;
}

interface CellOut {
  text: string;
  span?: number;
  refs: Array<{ marker: string; at: number }>;
}

function emitDataTable(rows: RowRead[], table: number, b: DocBuilder): void {
  const build = (r: RowRead) => {
    let allBold = true;
    let allItalic = true;
    let anyRun = false;
    const cells: CellOut[] = r.cells.map((c) => {
      const texts: string[] = [];
      const refs: CellOut["refs"] = [];
      let off = 0;
      for (const p of c.paras) {
        if (!p.text) continue;
        if (texts.length) off += 1; // the joining space
        for (const ref of p.refs) refs.push({ marker: ref.marker, at: off + ref.at });
        texts.push(p.text);
        off += p.text.length;
        if (p.runs) {
          anyRun = true;
          if (!p.bold) allBold = false;
          if (!p.italic) allItalic = false;
        }
      }
      return { text: texts.join(" ").replace(/[\t\n\r]/g, " "), refs, ...(c.span > 1 ? { span: c.span } : {}) };
    });
    return { cells, bold: anyRun && allBold, italic: anyRun && allItalic };
  };
  const key = (cells: CellOut[]) => cells.map((c) => `${c.span ?? 1}:${c.text}`).join("\u0001");
  // Header rows: the leading run of w:tblHeader rows. Later rows that repeat them
  // (a header typed again after each page break) are dropped.
  const headerKeys = new Set<string>();
  let leading = true;
  for (const r of rows) {
    const built = build(r);
    const k = key(built.cells);
    const isHeader = leading && r.header;
    if (!isHeader) leading = false;
    if (!isHeader && headerKeys.has(k)) continue;
    if (isHeader) headerKeys.add(k);
    if (built.cells.every((c) => !c.text)) continue; // a row with nothing in it
    b.add({
      kind: "tableRow",
      cells: built.cells.map((c) => ({ text: c.text, ...(c.span ? { span: c.span } : {}), ...(c.refs.length ? { refs: c.refs } : {}) })),
      table,
      ...(isHeader ? { header: true } : {}),
      ...(built.bold ? { bold: true } : {}),
      ...(built.italic ? { italic: true } : {}),
      zone: "body",
    });
  }
}
