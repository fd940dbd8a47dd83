// Dispatch: bytes -> DocModel, by the format the bytes show.
import type { DocModel, ParseOptions } from "../src/ground/model.js";
import { KehoachError } from "../src/ground/errors.js";
import { sayable } from "../src/i18n/said.js";
import { libraryError } from "../src/i18n/library.js";
import { detectFormat, type Format } from "./detect.js";
import { parseTxt } from "./txt.js";
import { splitFlatLists } from "./flat-list.js";

export async function parseBytes(bytes: Uint8Array, opts: ParseOptions): Promise<DocModel> {
  const format = detectFormat(bytes, opts.fileName);
  try {
    return await parseAs(format, bytes, opts);
  } catch (e) {
    throw asInputError(e, format, opts.fileName);
  }
}

/**
 * A library that reads the format (pdfjs, the XML parser, the unzipper) throwing on the
 * bytes means a damaged file, not a bug of ours: say so on one line (pdf.js's errors in the form
 * src/i18n/library.ts gives them, with pdf.js's own words). Errors raised in our own code keep
 * their stack.
 */
function asInputError(e: unknown, format: Format, fileName: string): unknown {
  if (e instanceof KehoachError || !(e instanceof Error)) return e;
  const top = (e.stack ?? "").split("\n").slice(1, 4).join("\n");
  if (!/node_modules[\\/]/.test(top) && !/Exception$/.test(e.name)) return e;
  const known = libraryError(e, fileName);
  if (known) return known;
  if (format === "pdf") return sayable("pdf/damaged", fileName, "pdfDamaged", [e.message.slice(0, 120)], e);
  const what = format === "docx" ? "DOCX" : "file";
  return sayable(`${format}/damaged`, fileName, "formatDamaged", [what, e.message.slice(0, 120)], e);
}

async function parseAs(format: Format, bytes: Uint8Array, opts: ParseOptions): Promise<DocModel> {
  switch (format) {
    case "pdf": {
      // loaded on demand: pdfjs, the OOXML reader and remark are heavy and only one format is needed per file
      const { parsePdf } = await import("./pdf.js");
      return splitFlatLists(await parsePdf(bytes, opts));
    }
    case "docx": {
      const { parseDocx } = await import("./docx.js");
      return splitFlatLists(await parseDocx(bytes, opts));
    }
    case "md": {
      const { parseMd } = await import("./md.js");
      return parseMd(bytes, opts); // cuts flattened lists itself (parseMdString)
    }
    default:
      return parseTxt(bytes, opts); // cuts flattened lists as it builds its paragraphs
  }
}
