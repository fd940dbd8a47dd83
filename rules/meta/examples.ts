// The shared part of the meta corpora (rules/meta.examples.ts and rules/meta/*.examples.ts, one
// file a field): a made-up plan and the meta fields it sets, read through extractMeta.
import type { Meta } from "../../schemas/plan.js";
import { parseTxtString } from "../../parsers/txt.js";
import { extractMeta } from "../meta.js";
import { examplesOf, type AnyExamples } from "../examples.js";

export interface MetaExample {
  name: string;
  text: string;
  expect: Partial<Meta>;
}

/** White space folded in every string (the fields are compared as a reader sees them). */
export const fold = (v: unknown): unknown => {
  if (typeof v === "string") return v.normalize("NFC").replace(/\s+/g, " ").trim();
  if (Array.isArray(v)) return v.map(fold);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fold(x)]));
  return v;
};

/** A corpus of made-up plans (rules/examples.ts): each plan's meta contains its `expect`. */
export const metaCorpus = (id: string, examples: readonly MetaExample[]): AnyExamples =>
  examplesOf<string, Partial<Meta>>({
    id,
    rule: "meta",
    read: (text) => fold(extractMeta(parseTxtString(text)).meta) as Meta,
    rows: examples.map((ex) => [ex.text, fold(ex.expect) as Partial<Meta>, ex.name]),
  });
