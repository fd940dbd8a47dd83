// Builds small text PDFs in memory for parser tests: lines of runs, each run in a named font
// (not embedded, simple TrueType with WinAnsiEncoding and fixed widths), the bytes drawn as
// given. This is how a PDF printed from a `.VnTime` or `VNI-Times` document holds its text:
// the legacy bytes, in a font whose name says the encoding. (Scans: scripts/scan-pdf.ts.)

export interface PdfRun {
  /** the bytes to draw, as a Windows-1252/Latin-1 string (one character a byte) */
  bytes: Buffer;
  font: string;
}

export interface PdfOptions {
  size?: number; // font size, pt (12)
  leading?: number; // line advance, pt (18)
  /** extra advance before a line that starts a paragraph */
  gap?: number;
}

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 60;
const CHAR_W = 500; // every glyph half an em wide (FontDescriptor widths)

/** Wraps runs of one paragraph into lines of at most `max` characters, cutting at spaces. */
export function wrapRuns(runs: PdfRun[], max: number): PdfRun[][] {
  const lines: PdfRun[][] = [];
  let line: PdfRun[] = [];
  let len = 0;
  for (const run of runs) {
    // split the run at spaces so that a line can end inside it
    const parts = run.bytes.toString("latin1").split(/(?<= )/);
    for (const part of parts) {
      if (len + part.trimEnd().length > max && len > 0) {
        lines.push(line);
        line = [];
        len = 0;
      }
      const prev = line[line.length - 1];
      if (prev && prev.font === run.font) prev.bytes = Buffer.concat([prev.bytes, Buffer.from(part, "latin1")]);
      else line.push({ bytes: Buffer.from(part, "latin1"), font: run.font });
      len += part.length;
    }
  }
  if (line.length) lines.push(line);
  return lines;
}

/** A PDF of paragraphs (each an array of runs), wrapped to the page width, pages added as needed. */
export function makeTextPdf(paragraphs: PdfRun[][], opts: PdfOptions = {}): Buffer {
  const size = opts.size ?? 12;
  const leading = opts.leading ?? 18;
  const gap = opts.gap ?? 6;
  const maxChars = Math.floor((PAGE_W - 2 * MARGIN) / ((size * CHAR_W) / 1000));
  const fonts = [...new Set(paragraphs.flatMap((p) => p.map((r) => r.font)))];
  const fontRef = new Map(fonts.map((f, i) => [f, `F${i + 1}`]));

  // page content streams
  const pages: string[] = [];
  let ops: string[] = [];
  let y = PAGE_H - MARGIN;
  const newPage = () => {
    if (ops.length) pages.push(ops.join("\n"));
    ops = [];
    y = PAGE_H - MARGIN;
  };
  for (const para of paragraphs) {
    const lines = wrapRuns(para, maxChars);
    if (y - gap - leading * Math.min(lines.length, 2) < MARGIN) newPage();
    else if (y < PAGE_H - MARGIN) y -= gap;
    for (const line of lines) {
      if (y - leading < MARGIN) newPage();
      y -= leading;
      ops.push(`BT 1 0 0 1 ${MARGIN} ${y.toFixed(2)} Tm`);
      for (const run of line) ops.push(`/${fontRef.get(run.font)} ${size} Tf <${run.bytes.toString("hex")}> Tj`);
      ops.push("ET");
    }
  }
  newPage();

  // objects: 1 catalog, 2 pages, then per font a font and its descriptor, then per page a page and its stream
  const objs: string[] = [];
  const widths = `[${new Array(224).fill(CHAR_W).join(" ")}]`;
  const fontObj = new Map<string, number>();
  let n = 3;
  for (const f of fonts) {
    fontObj.set(f, n);
    const name = f.replace(/[^!-~]|[()<>[\]{}/%#]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
    objs[n] = `<< /Type /Font /Subtype /TrueType /BaseFont /${name} /FirstChar 32 /LastChar 255 /Widths ${widths} /Encoding /WinAnsiEncoding /FontDescriptor ${n + 1} 0 R >>`;
    objs[n + 1] = `<< /Type /FontDescriptor /FontName /${name} /Flags 32 /FontBBox [0 -250 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -250 /CapHeight 700 /StemV 80 /MissingWidth ${CHAR_W} >>`;
    n += 2;
  }
  const fontDict = `<< ${fonts.map((f) => `/${fontRef.get(f)} ${fontObj.get(f)} 0 R`).join(" ")} >>`;
  const kids: number[] = [];
  for (const content of pages) {
    kids.push(n);
    objs[n] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font ${fontDict} >> /Contents ${n + 1} 0 R >>`;
    objs[n + 1] = `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;
    n += 2;
  }
  objs[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objs[2] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;

  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  for (let i = 1; i < n; i++) {
    offsets[i] = Buffer.byteLength(out, "latin1");
    out += `${i} 0 obj\n${objs[i]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${n}\n0000000000 65535 f \n`;
  for (let i = 1; i < n; i++) out += `${String(offsets[i]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${n} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
