// Dispatch: bytes -> DocModel, by the format the bytes show.
import type { DocModel, ParseOptions } from "../src/model.js";
import { detectFormat } from "./detect.js";
import { parseTxt } from "./txt.js";

export async function parseBytes(bytes: Uint8Array, opts: ParseOptions): Promise<DocModel> {
  const format = detectFormat(bytes, opts.fileName);
  switch (format) {
    case "pdf": {
      // loaded on demand: pdfjs, the OOXML reader and remark are heavy and only one format is needed per file
      const { parsePdf } = await import("./pdf.js");
      return parsePdf(bytes, opts);
    }
    case "docx": {
      const { parseDocx } = await import("./docx.js");
      return parseDocx(bytes, opts);
    }
    case "md": {
      const { parseMd } = await import("./md.js");
      return parseMd(bytes, opts);
    }
    default:
      return parseTxt(bytes, opts);
  }
}
