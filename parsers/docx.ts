// The DOCX reader lives in parsers/docx/ (index.ts is the entry point); this file keeps the old import path.
export { parseDocx } from "./docx/index.js";
