// The width of a text as a terminal shows it (string-width), loaded when a table is first drawn:
// string-width compiles its emoji pattern at import (about 30 ms of CPU), which `kehoach --help`
// and `ingest` never need. The commands that draw tables load it before their action (cli/index.ts,
// a dynamic import); a direct caller (a test, the library) gets it on first use.
import { createRequire } from "node:module";

type Width = (s: string) => number;
let width: Width | null = null;

/** string-width's answer for `s`. */
export function stringWidth(s: string): number {
  // (require of an ES module: Node 20.19 and later; older ones take the preload below)
  width ??= (createRequire(import.meta.url)("string-width") as { default: Width }).default;
  return width(s);
}

/** Loads string-width ahead of a command that draws tables. */
export async function preloadStringWidth(): Promise<void> {
  width ??= (await import("string-width")).default;
}
