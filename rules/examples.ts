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

export type Row<I, O> = readonly [input: I, expected: O, note?: string];

export interface Examples<I = string, O = unknown> {
  /** names each test: "deadline › quý IV năm 2025" */
  id: string;
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
