// Markdown plans, parsed with unified + remark-parse (+ remark-gfm for tables
// and footnotes). The mdast tree becomes blocks: headings, paragraphs, list
// items (label and nesting level kept), table rows, footnote bodies and refs.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import type { DocModel, NoteRef, ParseOptions } from "../src/model.js";
import { DocBuilder } from "../src/doc-builder.js";
import { decodeText } from "./decode.js";

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
  const { text } = decodeText(bytes, opts.fileName);
  return { ...parseMdString(text), source: text }; // the file as read: spans get its lines and columns
}

export function parseMdString(source: string): DocModel {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(source) as unknown as MdNode;
  const b = new DocBuilder("md");
  const notes: MdNode[] = [];
  const markerOf = new Map<string, string>(); // footnote identifier -> displayed marker (1, 2, … in reference order)
  let tableIndex = -1;

  const inline = (nodes: MdNode[] | undefined): { text: string; refs: NoteRef[]; strongOnly: boolean } => {
    let text = "";
    const refs: NoteRef[] = [];
    let strongOnly = true;
    const walk = (n: MdNode, inStrong: boolean) => {
      switch (n.type) {
        case "text":
        case "inlineCode":
          if (n.value && n.value.trim() && !inStrong) strongOnly = false;
          text += (n.value ?? "").replace(/\s*\n\s*/g, " ");
          break;
        case "break":
          text += " ";
          break;
        case "html": {
          // <sup>1</sup> written by hand: a footnote reference
          const sup = /^<sup>\s*(\d{1,3})\s*<\/sup>$/i.exec((n.value ?? "").trim());
          if (sup) refs.push({ marker: sup[1], at: text.replace(/\s+$/, "").length });
          // "<br>" breaks a line inside a table cell ("LĐLĐ TỈNH X<br>**CÔNG ĐOÀN NGÀNH Y**"): a space, never glued words
          else text += (n.value ?? "").replace(/<br\s{0,3}\/?>/gi, " ").replace(/<[^>]{0,200}>/g, "");
          break;
        }
        case "footnoteReference": {
          const id = n.identifier ?? "";
          if (!markerOf.has(id)) markerOf.set(id, /^\d{1,3}$/.test(n.label ?? "") ? (n.label as string) : String(markerOf.size + 1));
          refs.push({ marker: markerOf.get(id)!, at: text.replace(/\s+$/, "").length });
          break;
        }
        default:
          for (const c of n.children ?? []) walk(c, inStrong || n.type === "strong");
      }
    };
    for (const n of nodes ?? []) walk(n, false);
    const lead = text.length - text.trimStart().length;
    return { text: text.trim(), refs: refs.map((r) => ({ ...r, at: Math.max(0, r.at - lead) })), strongOnly: strongOnly && text.trim() !== "" };
  };

  const block = (n: MdNode, listLevel: number) => {
    switch (n.type) {
      case "heading": {
        const r = inline(n.children);
        if (r.text) b.add({ kind: "heading", text: r.text, level: n.depth, refs: r.refs, bold: true });
        break;
      }
      case "paragraph": {
        const r = inline(n.children);
        if (r.text) b.add({ kind: "paragraph", text: r.text, refs: r.refs, bold: r.strongOnly || undefined });
        break;
      }
      case "list": {
        (n.children ?? []).forEach((item, idx) => {
          const marker = n.ordered ? `${(n.start ?? 1) + idx}.` : bulletChar(source, item);
          const [first, ...rest] = item.children ?? [];
          if (first && first.type === "paragraph") {
            const r = inline(first.children);
            const prefix = `${marker} `;
            b.add({ kind: "listItem", text: prefix + r.text, label: marker, level: listLevel, refs: r.refs.map((x) => ({ ...x, at: x.at + prefix.length })) });
          } else {
            b.add({ kind: "listItem", text: marker, label: marker, level: listLevel });
            if (first) block(first, listLevel + 1);
          }
          for (const c of rest) block(c, c.type === "list" ? listLevel + 1 : listLevel);
        });
        break;
      }
      case "table": {
        tableIndex++;
        (n.children ?? []).forEach((row, ri) => {
          const cells = (row.children ?? []).map((cell) => {
            const r = inline(cell.children);
            return { text: r.text, refs: r.refs };
          });
          b.add({ kind: "tableRow", cells, table: tableIndex, header: ri === 0 || undefined });
        });
        break;
      }
      case "footnoteDefinition":
        notes.push(n);
        break;
      case "blockquote":
        for (const c of n.children ?? []) block(c, listLevel);
        break;
      case "code":
        if (n.value?.trim()) b.add({ kind: "paragraph", text: n.value });
        break;
      case "html": {
        const t = (n.value ?? "").replace(/<[^>]{0,200}>/g, " ").trim();
        if (t) b.add({ kind: "paragraph", text: t });
        break;
      }
      default:
        for (const c of n.children ?? []) block(c, listLevel);
    }
  };
  for (const c of tree.children ?? []) block(c, 0);
  for (const n of notes) {
    const id = n.identifier ?? "";
    const marker = markerOf.get(id) ?? (/^\d{1,3}$/.test(n.label ?? "") ? (n.label as string) : id);
    const parts = (n.children ?? []).map((c) => inline(c.children ?? [c]).text).filter(Boolean);
    b.add({ kind: "footnote", text: parts.join(" "), marker });
  }
  return b.build(null);
}

/** "-", "+" or "*": mdast does not keep the bullet character, the source does. */
function bulletChar(source: string, item: MdNode): string {
  const at = item.position?.start.offset;
  const ch = at !== undefined ? source[at] : "-";
  return ch === "+" ? "+" : ch === "*" ? "*" : "-";
}
