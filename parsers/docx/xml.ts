// The XML of a DOCX part as a small tree (XNode), with namespace prefixes made canonical,
// a one-pass structure check before parsing, and the accessors every reader uses.
import { XMLParser } from "fast-xml-parser";
import { KehoachError } from "../../src/ground/errors.js";
import { sayable } from "../../src/i18n/said.js";
import { MAX_XML_DEPTH } from "./thresholds.js";

export interface XNode {
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

export class XmlError extends Error {
  constructor(readonly kind: "depth" | "form", readonly detail: string) {
    super(detail);
  }
}

export function parseXml(xml: string): XNode {
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

export const child = (n: XNode | undefined, tag: string): XNode | undefined => n?.children.find((c) => c.tag === tag);
export const kids = (n: XNode | undefined, tag: string): XNode[] => (n ? n.children.filter((c) => c.tag === tag) : []);
export const val = (n: XNode | undefined): string | undefined => n?.attrs["w:val"];

/** OOXML on/off properties: present without val = on; "0", "false", "off", "none" = off. */
export function onOff(n: XNode | undefined): boolean | undefined {
  if (!n) return undefined;
  const v = n.attrs["w:val"];
  return v === undefined || !/^(0|false|off|none)$/i.test(v);
}

/** The same rule for an on/off attribute. */
export const truthy = (v: string | undefined): boolean => v !== undefined && !/^(0|false|off|none)$/i.test(v);

/** Plain text under an element (for unknown elements: read, never dropped). */
export function deepText(n: XNode): string {
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

export function mathText(n: XNode): string {
  let s = "";
  const stack = [n];
  while (stack.length) {
    const x = stack.pop() as XNode;
    if (x.tag === "m:t") s += x.children.map((c) => c.text ?? "").join("");
    else for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i]);
  }
  return s;
}

export const hasText = (n: XNode): boolean => /\S/.test(deepText(n));

/** The error for a part that is not XML as Word writes it (too deep, or not well-formed). */
export function xmlError(err: unknown, part: string, fileName: string): KehoachError {
  if (err instanceof XmlError && err.kind === "depth")
    return sayable("docx/xml-too-deep", fileName, "xmlTooDeep", [part, err.detail], err);
  return sayable("docx/bad-xml", fileName, "xmlBad", [part, err instanceof XmlError ? err.detail : ""], err);
}
