// Builds tiny purpose-made DOCX files in memory for parser tests: only the parts a
// test needs, with the WordprocessingML namespace declared once on each root.
import { strToU8, zipSync } from "fflate";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface DocxParts {
  /** the children of w:body (paragraphs, tables, sectPr) */
  body: string;
  /** children of w:styles */
  styles?: string;
  /** children of w:numbering */
  numbering?: string;
  /** children of w:footnotes (the separator notes are added) */
  footnotes?: string;
  /** children of w:endnotes */
  endnotes?: string;
  /** children of w:settings */
  settings?: string;
  /** leave word/document.xml out (to test the refusal) */
  omitDocument?: boolean;
  /** extra files, by zip path */
  extra?: Record<string, string>;
}

const root = (tag: string, inner: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${tag} xmlns:w="${W_NS}" xmlns:r="${R_NS}">${inner}</w:${tag}>`;

/** A paragraph with plain runs: p("text") or p("text", "<w:pPr>…</w:pPr>"). */
export const p = (text: string, pPr = "") => `<w:p>${pPr}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

export const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function makeDocx(parts: DocxParts): Uint8Array {
  const rels: string[] = [];
  const types: string[] = [];
  const files: Record<string, Uint8Array> = {};
  const add = (name: string, relType: string, ctype: string, xml: string) => {
    files[`word/${name}`] = strToU8(xml);
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${REL}/${relType}" Target="${name}"/>`);
    types.push(`<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${ctype}+xml"/>`);
  };
  if (parts.styles !== undefined) add("styles.xml", "styles", "styles", root("styles", parts.styles));
  if (parts.numbering !== undefined) add("numbering.xml", "numbering", "numbering", root("numbering", parts.numbering));
  if (parts.settings !== undefined) add("settings.xml", "settings", "settings", root("settings", parts.settings));
  const separators = (kind: string) =>
    `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>` +
    `<w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`;
  if (parts.footnotes !== undefined)
    add("footnotes.xml", "footnotes", "footnotes", root("footnotes", separators("footnote") + parts.footnotes));
  if (parts.endnotes !== undefined) add("endnotes.xml", "endnotes", "endnotes", root("endnotes", separators("endnote") + parts.endnotes));
  if (!parts.omitDocument) {
    files["word/document.xml"] = strToU8(root("document", `<w:body>${parts.body}</w:body>`));
    types.push(`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`);
  }
  files["word/_rels/document.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  files["_rels/.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  files["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${types.join("")}</Types>`,
  );
  for (const [name, xml] of Object.entries(parts.extra ?? {})) files[name] = strToU8(xml);
  return zipSync(files, { level: 6, mtime: new Date("2024-01-01T00:00:00Z") });
}

/**
 * Rewrites the uncompressed size a zip's central directory declares for one entry
 * (and its local header), without touching the data: a zip bomb as a parser sees
 * it before inflating, without spending the time to make 300 MB of zeros.
 */
export function declareSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = zip.slice();
  const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const name = new TextEncoder().encode(entryName);
  const nameAt = (at: number, len: number) => len === name.length && name.every((c, i) => out[at + i] === c);
  let found = false;
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = dv.getUint32(i, true);
    if (sig === 0x02014b50 && nameAt(i + 46, dv.getUint16(i + 28, true))) {
      dv.setUint32(i + 24, size, true);
      found = true;
    } else if (sig === 0x04034b50 && nameAt(i + 30, dv.getUint16(i + 26, true))) {
      dv.setUint32(i + 22, size, true);
    }
  }
  if (!found) throw new Error(`no zip entry ${entryName}`);
  return out;
}
