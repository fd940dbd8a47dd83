// Small helpers shared by the meta rules: cleaning a block's text, upper-case lines,
// splitting outside quotes. Matching on folded text is in src/ground/text.ts.
import type { Block, DocModel } from "../../src/ground/model.js";

/** Text of a block with Markdown emphasis and white space runs folded (tabs kept as cell separators). */
export const clean = (s: string): string => unescapeBreaks(s).replace(/\*\*/g, "").replace(/[ \u00a0]+/g, " ").trim();

/**
 * A copy that kept a page source's escaped line breaks as characters ("ỦY BAN NHÂN DÂN \r\n", "… số
 * 12/QĐ-TTg\r\nngày …"): each is read as a space (gold README, escaped line breaks).
 */
export const unescapeBreaks = (s: string): string => (s.includes("\\") ? s.replace(/(?:\\r)?\\n|\\r/g, " ") : s);

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
