// Small helpers shared by the meta rules: matching on folded text (tone style,
// diacritics and case removed, same length) and reading the matched words back
// from the original text.
import type { Block, DocModel } from "../../src/model.js";
import { L, squash } from "../../src/text.js";
import { foldForMatch } from "../provinces.js";

export { foldForMatch };

/** Left / right boundaries for Vietnamese words (JS \b is ASCII-only). */
export const B = `(?<![${L}])`;
export const E = `(?![${L}])`;

/** Run a regex written for folded text (lower case, no diacritics) on `s`; groups are read from `s` itself. */
export function execFolded(re: RegExp, s: string): { index: number; text: string; groups: Record<string, string | undefined>; end: number } | null {
  const folded = foldForMatch(s);
  if (folded.length !== s.length) return null;
  re.lastIndex = 0;
  const m = re.exec(folded);
  if (!m) return null;
  const groups: Record<string, string | undefined> = {};
  const idx = (m as RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }).indices?.groups ?? {};
  for (const [k, span] of Object.entries(idx)) groups[k] = span ? s.slice(span[0], span[1]) : undefined;
  return { index: m.index, text: s.slice(m.index, m.index + m[0].length), groups, end: m.index + m[0].length };
}

/** All matches of a global folded regex (`g` and `d` flags). */
export function allFolded(re: RegExp, s: string): Array<{ index: number; end: number; groups: Record<string, string | undefined>; spans: Record<string, [number, number] | undefined> }> {
  const folded = foldForMatch(s);
  if (folded.length !== s.length) return [];
  const out: Array<{ index: number; end: number; groups: Record<string, string | undefined>; spans: Record<string, [number, number] | undefined> }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const spans = (m as RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }).indices?.groups ?? {};
    const groups: Record<string, string | undefined> = {};
    for (const [k, span] of Object.entries(spans)) groups[k] = span ? s.slice(span[0], span[1]) : undefined;
    out.push({ index: m.index, end: m.index + m[0].length, groups, spans });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Text of a block with Markdown emphasis and white space runs folded (tabs kept as cell separators). */
export const clean = (s: string): string => s.replace(/\*\*/g, "").replace(/[ \u00a0]+/g, " ").trim();

export const oneLine = (s: string): string => squash(s);

/** Letters only upper case (at least 2 letters)? */
export const isUpper = (s: string): boolean => {
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase();
};

/** The blocks of the body and the closing (everything but footnote bodies), in reading order. */
export const mainBlocks = (doc: DocModel): Block[] => doc.blocks.filter((b) => b.kind !== "footnote");

/** Split on a separator outside quotes (“…”, "…", «…») and parentheses. */
export function splitOutsideQuotes(s: string, sep: string, quotes = true): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let depthCurly = 0;
  let straight = false;
  let paren = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quotes && (c === "“" || c === "«")) depthCurly++;
    else if (quotes && (c === "”" || c === "»") && depthCurly > 0) depthCurly--;
    else if (quotes && c === '"') straight = !straight;
    else if (c === "(") paren++;
    else if (c === ")" && paren > 0) paren--;
    else if (c === sep && depthCurly === 0 && !straight && paren === 0) {
      out.push({ text: s.slice(from, i), start: from });
      from = i + 1;
    }
  }
  out.push({ text: s.slice(from), start: from });
  // an unclosed quote (a typing slip) would swallow the rest: split ignoring quotes
  if (quotes && (depthCurly > 0 || straight)) return splitOutsideQuotes(s, sep, false);
  return out;
}
