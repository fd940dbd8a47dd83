// DOCX -> DocModel. Reads the OOXML parts directly (document, styles, numbering,
// footnotes, endnotes, settings) because the rules need what a Word user sees:
// list labels generated from numbering.xml, footnote markers, table header rows,
// merged cells and the two-column header/closing layout.
//
// Nothing here looks at Vietnamese words: every decision is taken from layout
// facts (styles, borders, column counts, position in the document).
//
// The stages, in order: openPackage (signatures, zip directory, bomb and encryption checks)
// → locateParts (relationships) → readBody (paragraphs and tables in reading order)
// → emitNotes (footnotes, then endnotes). Readers in parts: zip.ts, xml.ts, styles.ts,
// numbering.ts, paragraph.ts, table.ts, notes.ts; every number in thresholds.ts.
import type { Block, DocModel } from "../../src/ground/model.js";
import { DocBuilder } from "../../src/ground/doc-builder.js";
import { refusal } from "../../src/ground/codes.js";
import { isEncryptedOoxml, isOle, isZip } from "../signatures.js";
import { emitNotes } from "./notes.js";
import { Numbering } from "./numbering.js";
import { LegacyFonts } from "./legacy-fonts.js";
import { Reader, type Para } from "./paragraph.js";
import { Styles } from "./styles.js";
import { emitDataTable, isLayoutCandidate, isLayoutText, readTable } from "./table.js";
import { checkBomb, readZipDirectory, ZipReader } from "./zip.js";
import { child, hasText, parseXml, xmlError, type XNode } from "./xml.js";

// ---------------------------------------------------------------- relationships

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
// ---------------------------------------------------------------- stages

/** Signatures, the zip directory, the bomb check on declared sizes and the encryption flag. */
function openPackage(bytes: Uint8Array, fileName: string): ZipReader {
  if (isOle(bytes)) {
    // Word saves password-protected .docx files as an OLE container; detect.ts sends
    // every OLE file to the legacy-.doc refusal, which we repeat here for direct callers.
    if (isEncryptedOoxml(bytes))
      throw refusal("docx/encrypted", fileName);
    throw refusal("docx/legacy-doc", fileName);
  }
  const entries = isZip(bytes) ? readZipDirectory(bytes, fileName) : null;
  if (!entries) throw refusal("docx/not-zip", fileName);
  checkBomb(entries, fileName);
  if (entries.some((e) => e.flags & 1)) throw refusal("docx/encrypted", fileName); // zip-level encryption of the parts
  return new ZipReader(bytes, entries, fileName);
}

interface Parts {
  document: string;
  styles: string;
  numbering: string;
  footnotes: string;
  endnotes: string;
  settings: string;
}

const utf8 = (u: Uint8Array | undefined) => (u ? new TextDecoder("utf-8").decode(u) : undefined);

/** Which part is the main document (package relationships), and its related parts. */
function locateParts(zip: ZipReader, fileName: string): Parts {
  const rels = (part: string, base: string) => {
    try {
      return readRels(utf8(zip.read([part])[part]), base);
    } catch (err) {
      throw xmlError(err, part, fileName);
    }
  };
  const pkgRels = rels("_rels/.rels", "");
  let docPart = pkgRels.find((r) => r.type === DOC_REL || r.type === STRICT_DOC_REL)?.target ?? "word/document.xml";
  if (!zip.has(docPart) && zip.has("word/document.xml")) docPart = "word/document.xml";
  if (!zip.has(docPart)) throw refusal("docx/no-document", fileName);
  const docRels = rels(relsPath(docPart), docPart);
  const partOf = (suffix: string, fallback: string) => {
    const r = docRels.find((x) => !x.external && x.type.endsWith(`/${suffix}`));
    return r?.target ?? fallback;
  };
  const dir = docPart.slice(0, docPart.lastIndexOf("/") + 1);
  return {
    document: docPart,
    styles: partOf("styles", `${dir}styles.xml`),
    numbering: partOf("numbering", `${dir}numbering.xml`),
    footnotes: partOf("footnotes", `${dir}footnotes.xml`),
    endnotes: partOf("endnotes", `${dir}endnotes.xml`),
    settings: partOf("settings", `${dir}settings.xml`),
  };
}

/** A paragraph (and the text boxes anchored in it) as blocks of one zone. */
function addPara(b: DocBuilder, p: Para, zone: Block["zone"]): void {
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
  for (const x of p.extra) addPara(b, x, zone);
}

/** The body, in reading order: paragraphs, layout tables read as header or closing zones, data tables. */
function readBody(body: XNode, reader: Reader, styles: Styles, b: DocBuilder): void {
  const items = reader.blockItems(body.children);
  // For each item: does any later item hold text? (a layout table after the last text is the closing block)
  const textAfter: boolean[] = new Array(items.length).fill(false);
  for (let i = items.length - 2; i >= 0; i--) {
    const next = items[i + 1];
    textAfter[i] = textAfter[i + 1] || (next.tag === "w:p" ? hasText(next) : !isLayoutCandidate(next, styles) && hasText(next));
  }
  let bodySeen = false;
  let tableIndex = 0;
  const readItem = (item: XNode, i: number) => {
    if (item.tag === "w:p") {
      const p = reader.paragraph(item);
      if (p.text || p.extra.length) bodySeen = true;
      addPara(b, p, "body");
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
          for (const p of c.paras) addPara(b, p, zone);
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
}

// ---------------------------------------------------------------- entry point

export async function parseDocx(bytes: Uint8Array, opts: { fileName: string }): Promise<DocModel> {
  const fileName = opts.fileName;
  const zip = openPackage(bytes, fileName);
  const parts = locateParts(zip, fileName);
  const files = zip.read(new Set(Object.values(parts)));
  const xmlOf = (name: string): XNode | null => {
    const s = utf8(files[name]);
    if (!s) return null;
    try {
      return parseXml(s);
    } catch (err) {
      throw xmlError(err, name, fileName);
    }
  };

  const docRoot = xmlOf(parts.document);
  const body = child(child(docRoot ?? undefined, "w:document"), "w:body");
  if (!body) throw refusal("docx/no-body", fileName);

  const b = new DocBuilder("docx");
  const styles = new Styles(xmlOf(parts.styles));
  const numbering = new Numbering(xmlOf(parts.numbering), styles);
  const legacy = new LegacyFonts(styles, body);
  const reader = new Reader(b, styles, numbering, xmlOf(parts.settings), child(body, "w:sectPr"), legacy);
  readBody(body, reader, styles, b);
  const bodyBlocks = b.blocks.length;
  emitNotes(reader, { footnote: () => xmlOf(parts.footnotes), endnote: () => xmlOf(parts.endnotes) }, b);

  if (bodyBlocks === 0) throw refusal("docx/no-text", fileName);
  b.warnings.unshift(...legacy.warnings());
  return b.build(null);
}
