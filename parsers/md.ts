import type { DocModel, ParseOptions } from "../src/model.js";
import { parseTxt } from "./txt.js";
export function parseMd(bytes: Uint8Array, opts: ParseOptions): DocModel { return parseTxt(bytes, opts); }
