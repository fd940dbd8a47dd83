// The one place a pattern is compiled from a string, and the escaping of a literal in one: the ground's,
// because the label shapes (src/ground/label.ts) build patterns from their words as the rules build theirs
// from the vocabulary tables (rules/vocab/pattern.ts adds the tables' matching style: alt, words, Phrases).

/**
 * The one place a pattern is compiled from a string (rules build theirs from vocabulary tables; the
 * linter forbids `new RegExp` elsewhere). It refuses a source where an unbounded repetition (`+`,
 * `*`, `{n,}`) applies to a group that itself holds one: "(?:\\s+\\w)+" can backtrack
 * exponentially, and every pattern must run in linear time.
 */
export function regex(source: string, flags = ""): RegExp {
  const nested = nestedRepetition(source);
  // an internal invariant (a pattern of the code, refused when its module loads), never a user's input: English
  if (nested >= 0) throw new Error(`pattern with a repetition inside a repeated group at ${nested}: ${source.slice(Math.max(0, nested - 40), nested + 1)}`);
  return new RegExp(source, flags);
}

/** An unbounded quantifier at `i` of `src` ("+", "*", "{n,}"): its length, else 0. */
function unboundedAt(src: string, i: number): number {
  const c = src[i];
  if (c === "+" || c === "*") return 1;
  if (c === "{") {
    const m = /^\{\d{1,6},\}/.exec(src.slice(i, i + 10));
    if (m) return m[0].length;
  }
  return 0;
}

/** The index of a repeated group holding an unbounded repetition, or -1. One pass over the source. */
function nestedRepetition(src: string): number {
  const stack: boolean[] = []; // per open group: holds an unbounded repetition
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") { i++; continue; }
    if (inClass) { if (c === "]") inClass = false; continue; }
    if (c === "[") { inClass = true; continue; }
    if (c === "(") { stack.push(false); continue; }
    if (c === ")") {
      const holds = stack.pop() ?? false;
      const q = unboundedAt(src, i + 1);
      if (q && holds) return i;
      if (holds && stack.length) stack[stack.length - 1] = true;
      if (q && stack.length) stack[stack.length - 1] = true;
      continue;
    }
    if (unboundedAt(src, i) && stack.length) stack[stack.length - 1] = true;
  }
  return -1;
}

/** Escape a literal for use inside a RegExp. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The entries as written, in the order given, as the alternatives of a pattern (no group, no folding, no
 * reordering); a space is `space`. For a short closed list the rule's pattern reads on the text as it stands
 * (rules/vocab/words.ts), where the pattern around it sets the case and the order is the rule's.
 */
export const anyOf = (entries: readonly string[], space = " "): string => entries.map((e) => escapeRe(e).replace(/ /g, space)).join("|");
