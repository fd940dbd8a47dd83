// One format for the examples of every rule and vocabulary (duckling's Corpus, remark-lint's
// @example blocks): a rule's examples live beside it in `NAME.examples.ts`, are registered in
// rules/corpus.ts, and test/rules/examples.test.ts runs every row of every corpus.
//
// A row is [input, expected, note?]. `read(input)` runs the rule and returns its findings in
// the shape of `expected`; the row holds when `expected` is contained in what was read:
// an object's fields left out are not checked, an array must have the same length and each
// element must contain the expected one (vitest's toMatchObject); a string, number or null
// must be equal. A row in `none` is an input in which the rule finds nothing (`nothing`).
// Rows are made up, in the general phrasing of plans of any province or organisation.

import { parseMdString } from "../parsers/md.js";
import { parseTxtString } from "../parsers/txt.js";
import { runRules, type Extracted } from "./index.js";

export type Row<I, O> = readonly [input: I, expected: O, note?: string];

export interface Examples<I = string, O = unknown> {
  /** names each test: "deadline › quý IV năm 2025" */
  id: string;
  /** the id of the rule in RULES (rules/index.ts) whose work the rows show */
  rule: string;
  /** runs the rule on one input, its findings in the shape of the rows */
  read: (input: I) => O;
  rows: ReadonlyArray<Row<I, O>>;
  /** inputs in which nothing is found */
  none?: readonly I[];
  /** what `read` gives when nothing is found */
  nothing?: O;
  /** a test's name for an input (default: the input when a string, else the row's note) */
  name?: (input: I) => string;
  /** a property every reading must have (null when it holds, else what is wrong) */
  check?: (input: I, output: O) => string | null;
}

/** Examples of any input and output, for the registry of all corpora. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExamples = Examples<any, any>;

/** Examples typed by their rows, stored as AnyExamples in a corpus list. */
export const examplesOf = <I, O>(ex: Examples<I, O>): AnyExamples => ex as AnyExamples;

/** The rules' output for a made-up plan, one paragraph a line (plain text, or Markdown for tables and footnotes). */
export function planOf(lines: readonly string[], format: "txt" | "md" = "txt"): Extracted {
  const text = lines.join("\n");
  return runRules(format === "md" ? parseMdString(text) : parseTxtString(text));
}
