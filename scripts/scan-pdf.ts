// A scanned copy of a PDF, as an office's scanner makes it: every page drawn to a grayscale
// image (pdfjs on @napi-rs/canvas, parsers/pdf/load.ts) and put back into a PDF of images with no
// text layer. Used by the OCR test (test/ocr.test.ts) and `npm run ocr-bench`.
import { deflateSync } from "node:zlib";
import { openPdf } from "../parsers/pdf/load.js";
import { turnGray, type Turn } from "../parsers/pdf/ocr-orient.js";
/** A page image: its size in pt and its grayscale pixels (8 bits, rows top to bottom). */
export interface ImagePage {
  width: number;
  height: number;
  pxWidth: number;
  pxHeight: number;
  gray: Uint8Array;
}

/** An image-only PDF (what a scanner gives): each page one grayscale image (Flate), no text. */
export function makeImagePdf(pages: ImagePage[]): Buffer {
  const chunks: Buffer[] = [];
  let size = 0;
  const offsets: number[] = [];
  const write = (b: Buffer | string) => {
    const buf = typeof b === "string" ? Buffer.from(b, "latin1") : b;
    chunks.push(buf);
    size += buf.length;
  };
  const n = 3 + pages.length * 3;
  write("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
  const obj = (i: number, body: string, stream?: Buffer) => {
    offsets[i] = size;
    write(`${i} 0 obj\n${body}\n`);
    if (stream) {
      write("stream\n");
      write(stream);
      write("\nendstream\n");
    }
    write("endobj\n");
  };
  obj(1, "<< /Type /Catalog /Pages 2 0 R >>");
  const kids = pages.map((_, i) => `${3 + i * 3} 0 R`).join(" ");
  obj(2, `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  pages.forEach((p, i) => {
    const id = 3 + i * 3;
    const content = Buffer.from(`q ${p.width.toFixed(2)} 0 0 ${p.height.toFixed(2)} 0 0 cm /Im0 Do Q`, "latin1");
    obj(id, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${p.width.toFixed(2)} ${p.height.toFixed(2)}] /Resources << /XObject << /Im0 ${id + 2} 0 R >> >> /Contents ${id + 1} 0 R >>`);
    obj(id + 1, `<< /Length ${content.length} >>`, content);
    const data = deflateSync(p.gray);
    obj(id + 2, `<< /Type /XObject /Subtype /Image /Width ${p.pxWidth} /Height ${p.pxHeight} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>`, data);
  });
  const xref = size;
  let table = `xref\n0 ${n}\n0000000000 65535 f \n`;
  for (let i = 1; i < n; i++) table += `${String(offsets[i]).padStart(10, "0")} 00000 n \n`;
  write(table + `trailer\n<< /Size ${n} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(chunks);
}


/** The PGM bytes PdfFile.render gives → width, height and pixels. */
function fromPgm(pgm: Uint8Array): { w: number; h: number; gray: Uint8Array } {
  const head = Buffer.from(pgm.subarray(0, 40)).toString("latin1");
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(head);
  if (!m) throw new Error("not a binary PGM");
  return { w: Number(m[1]), h: Number(m[2]), gray: pgm.subarray(m[0].length) };
}

/**
 * An image-only copy of a PDF (or of some of its pages), each page drawn at `dpi`; `turns` puts
 * pages in the scanner turned (page number → degrees clockwise: 180 upside down, 90 or 270 on its side).
 */
export async function scanOf(pdf: Uint8Array, dpi = 200, only?: number[], turns: Record<number, Turn> = {}): Promise<Buffer> {
  const file = await openPdf(pdf, "scan-source.pdf");
  const pages: ImagePage[] = [];
  try {
    await file.render(only ?? Array.from({ length: file.numPages }, (_, i) => i + 1), dpi, async (r) => {
      const { w, h, gray } = fromPgm(r.pgm);
      const turn = turns[r.page] ?? 0;
      const t = turnGray({ w, h, px: new Uint8Array(gray) }, turn);
      const side = turn === 90 || turn === 270;
      pages.push({ width: side ? r.height : r.width, height: side ? r.width : r.height, pxWidth: t.w, pxHeight: t.h, gray: t.px });
    });
  } finally {
    await file.close();
  }
  return makeImagePdf(pages);
}
