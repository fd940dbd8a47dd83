// A plan's JSON as UTF-8 bytes, in pieces, without its text ever being copied whole: the plan is
// written with a stand-in for `source.text`, and the text goes in its place a piece at a time
// (each piece escaped for JSON and encoded). The bytes equal those of JSON.stringify(plan) (pretty
// with two spaces, or compact) encoded as UTF-8. The child process that reads a file sends these
// pieces (and the text's own bytes, for the database) to the main process as bytes: a 50 MB text
// is never held as one more string of twice its size on either side.
import { randomUUID } from "node:crypto";
import type { PlanDocument } from "../schemas/plan.js";

// the text is escaped and encoded this many UTF-16 units at a time
const PIECE = 1 << 20;
const encoder = new TextEncoder();

/** `text` escaped for JSON (without quotes) and encoded, a piece at a time; a surrogate pair is never cut. */
function textPieces(text: string, out: Uint8Array[]): void {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + PIECE);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(encoder.encode(JSON.stringify(text.slice(at, end)).slice(1, -1)));
    at = end;
  }
}

/** JSON.stringify(plan, null, pretty ? 2 : undefined) (and a line feed), as UTF-8 pieces. */
export function planJsonPieces(plan: PlanDocument, opts: { pretty: boolean }): Uint8Array[] {
  const text = plan.source.text;
  const indent = opts.pretty ? 2 : undefined;
  if (text === undefined || text.length < PIECE) return [encoder.encode(JSON.stringify(plan, null, indent) + "\n")];
  const mark = `kehoach-text-${randomUUID()}`;
  const json = JSON.stringify({ ...plan, source: { ...plan.source, text: mark } }, null, indent);
  const at = json.indexOf(`"${mark}"`);
  const out = [encoder.encode(json.slice(0, at + 1))];
  textPieces(text, out);
  out.push(encoder.encode(json.slice(at + 1 + mark.length) + "\n"));
  return out;
}
