// Errors that name particulars and are said in the reader's language: the English text (the
// error's message, what the library says) and the key and particulars the CLI says it again
// with, from its catalogue (sayError in src/i18n/index.ts). Only the English catalogue is
// loaded here, so the store and the parsers do not load the other languages.
import { KehoachError } from "../ground/errors.js";
import { en, type Messages } from "./en.js";

export type ErrorTexts = Messages["errors"];
export type { ZipProblem } from "./en.js";
export type ErrorKey = keyof ErrorTexts;

/** A KehoachError whose text is `errors[key](...args)` of the catalogue of the language. */
export function sayable<K extends ErrorKey>(code: string, file: string | null, key: K, args: Parameters<ErrorTexts[K]>, cause?: unknown): KehoachError {
  const message = (en.errors[key] as (...a: unknown[]) => string)(...args);
  return new KehoachError(code, message, file, { cause, say: { key, args } });
}
