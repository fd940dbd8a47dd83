// The language people read kehoach in: Vietnamese (vi) or English (en).
// Chosen by --lang; by default from the environment as gettext reads it: KEHOACH_LANG, then the
// first set of LC_ALL, LC_MESSAGES, LANG; Vietnamese when it starts with "vi", else English.
// Every word is in one catalogue per language (en.ts, vi.ts, same typed keys). What a
// program reads stays English in both: JSON keys, database tables and columns, codes.
import { KehoachError, type Said } from "../ground/errors.js";
import type { PairReason, ValuePair } from "../diff.js";
import { formatQuantity } from "../ground/format.js";
import { en, type Messages } from "./en.js";
import { vi } from "./vi.js";
import { libraryError } from "./library.js";

export const LANGS = ["vi", "en"] as const;
export type Lang = (typeof LANGS)[number];
export type { Messages };

const CATALOGUES: Record<Lang, Messages> = { vi, en };

/** The language the environment asks for. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const asked = env.KEHOACH_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^vi/i.test(asked) ? "vi" : "en";
}

let current: Lang | null = null;

export const lang = (): Lang => (current ??= langFromEnv());

/** The catalogue of the current language. */
export const t = (): Messages => CATALOGUES[lang()];

/** The catalogue of a language. */
export const catalogue = (l: Lang): Messages => CATALOGUES[l];

/**
 * Sets the language (--lang). KEHOACH_LANG is set too, so that worker threads and child
 * processes started afterwards speak it. An unknown value is a usage error.
 */
export function setLang(l: string | undefined): void {
  if (l === undefined) return;
  if (!(LANGS as readonly string[]).includes(l)) throw new KehoachError("cli/usage", t().badLang(l));
  current = l as Lang;
  process.env.KEHOACH_LANG = l;
}

/** The value of --lang in argv ("--lang vi" or "--lang=vi"), if any. */
export function langInArgv(args: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") break;
    if (a === "--lang") found = args[++i];
    else if (a.startsWith("--lang=")) found = a.slice("--lang=".length);
  }
  return found;
}

/**
 * The header people read for a column key (CSV, XLSX, Markdown, terminal tables). Keys stay
 * English (JSON, column types); "q2_unit" and "schedule_2024" are built from their parts.
 */
export function header(key: string, m: Messages = t()): string {
  const known = (m.columns as Record<string, string>)[key];
  if (known !== undefined) return known;
  const q = /^q(\d+)_(value|comparator|unit|raw)$/.exec(key);
  if (q) return m.quantityColumn(q[1]!, q[2] as "value" | "comparator" | "unit" | "raw");
  const s = /^schedule_(.+)$/.exec(key);
  if (s) return m.scheduleColumn(s[1]!);
  return key;
}

/**
 * A KehoachError's message in the language: one that names particulars by its key (`say`, see
 * src/i18n/said.ts), an input refusal by its code, a fixed English text by that text.
 */
export function sayError(code: string, message: string, say?: Said): string {
  const m = t();
  if (say) {
    const text = (m.errors as Record<string, ((...a: unknown[]) => string) | undefined>)[say.key];
    if (text) return text(...say.args);
  }
  return (m.refusals as Record<string, string>)[code] ?? m.fixedErrors[message] ?? message;
}

/**
 * A plain Error's words: a fixed text (one of the Vietnamese catalogue's `fixedErrors`, such as a run
 * stopped before the file was read) is said as that text in the language; anything else is an
 * internal error, said as one with its words.
 */
export function sayPlainError(words: string): string {
  if (!(words in vi.fixedErrors)) return t().internalError(words);
  return t().fixedErrors[words] ?? words;
}

/**
 * What a failure says in the language: a KehoachError by its key or code (sayError), a known
 * library error (SQLite's, pdf.js's) by its kind (src/i18n/library.ts), else its own words.
 */
export function sayFailure(e: unknown): string {
  const k = e instanceof KehoachError ? e : libraryError(e, null);
  if (k) return sayError(k.code, k.message, k.say);
  return e instanceof Error ? e.message : String(e);
}

/**
 * A plan's warning as said on stderr: in English its message (which names the particulars); in
 * another language the meaning of its code from the catalogue (where it stands is said beside
 * it), or the message when the code is not listed.
 */
export function planWarning(code: string, message: string): string {
  if (lang() === "en") return message;
  return (t().warnings as Record<string, string>)[code] ?? message;
}

/** A value people read in a table, in words of the language (kinds, precisions, sources, comparators); else as is. */
export function word(table: "kind" | "precision" | "source" | "comparator" | "confidence", v: string | null | undefined, m: Messages = t()): string | null {
  if (v === null || v === undefined) return null;
  return (m[table] as Record<string, string>)[v] ?? v;
}

/** yes or no in words of the language; null stays null (not known). */
export const yesNo = (v: boolean | null | undefined, m: Messages = t()): string | null => (v === null || v === undefined ? null : v ? m.yesNo.yes : m.yesNo.no);

/** Why two targets were paired, in words of the language. */
export function reasonText(r: PairReason, m: Messages = t()): string {
  const w = m.reason;
  switch (r.kind) {
    case "same-subject":
      return w.sameSubject(r.subject);
    case "shared-phrases":
      return w.sharedPhrases(r.phrases);
    case "same-unit":
      return w.sameUnit(r.unit);
    case "compatible-units":
      return w.compatibleUnits(r.a, r.b);
    case "units-differ":
      return w.unitsDiffer(r.a, r.b);
    case "one-sided-quantity":
      return w.oneSidedQuantity;
    case "different-subjects":
      return w.differentSubjects(r.a, r.b);
  }
}

/** The values of a pair side by side: "100% = 100%; ≥ 1 hoạt động vs —" ("so với" in Vietnamese). */
export function comparisonText(values: readonly ValuePair[], m: Messages = t()): string {
  const q = (x: ValuePair["a"]) => (x ? formatQuantity(x) : "—");
  return values.map((v) => `${q(v.a)} ${v.relation === "=" ? "=" : m.versus} ${q(v.b)}`).join("; ");
}
