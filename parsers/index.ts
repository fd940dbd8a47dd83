// Dispatch: bytes -> DocModel, by the format the bytes show.
import type { DocModel, ParseOptions } from "../src/model.js";
import { detectFormat } from "./detect.js";
import { parseTxt } from "./txt.js";
import { parseMd } from "./md.js";

export async function parseBytes(bytes: Uint8Array, opts: ParseOptions): Promise<DocModel> {
  const format = detectFormat(bytes, opts.fileName);
  switch (format) {
    case "pdf": {
      const { parsePdf } = await import(/* late: pdfjs is heavy */ "./pdf.js" as string);
      return parsePdf(bytes, opts);
    }
    case "docx": {
      const { parseDocx } = await import("./docx.js" as string);
      return parseDocx(bytes, opts);
    }
    case "md":
      return parseMd(bytes, opts);
    default:
      return parseTxt(bytes, opts);
  }
}
