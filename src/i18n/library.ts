// The errors of the libraries kehoach reads with, by kind: pdf.js's by the name of its exception,
// SQLite's (better-sqlite3's SqliteError) by its result code. A known kind is said from the
// catalogue (`errors` in en.ts and vi.ts) in the reader's language, with the library's own words
// after it in «…» (`libraryWords`), so that a report can still quote them; an unknown one is left
// to its caller (a bug, or the caller's own wording).
import type { KehoachError } from "../ground/errors.js";
import { sayable, type ErrorKey } from "./said.js";

/** What each kind is: the error's code and the catalogue's text for it (each takes the library's words). */
type Kind = { code: string; key: ErrorKey & ("pdfInvalid" | "pdfBadData" | "pdfDamaged" | "damaged" | "dbLocked" | "dbReadOnly" | "dbCannotOpen" | "dbIo" | "dbFull") };

/**
 * pdf.js's exceptions, when a PDF is opened or when a page fails later (a broken cross-reference
 * table is often found only at the page that needs it, and may reach us as a rejection nobody
 * awaited: src/ingest-worker.ts). PasswordException is said by parsers/pdf/load.ts: it asks for
 * --password. Another pdf.js error is said as a damaged PDF by parsers/index.ts, in the same form.
 */
const PDF_KINDS: Record<string, Kind> = {
  InvalidPDFException: { code: "pdf/damaged", key: "pdfInvalid" },
  FormatError: { code: "pdf/damaged", key: "pdfBadData" },
  UnknownErrorException: { code: "pdf/damaged", key: "pdfDamaged" },
  XRefEntryException: { code: "pdf/damaged", key: "pdfDamaged" },
  XRefParseException: { code: "pdf/damaged", key: "pdfDamaged" },
  MissingDataException: { code: "pdf/damaged", key: "pdfDamaged" },
};

/** SQLite's primary result codes: an extended code (SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DBMOVED) is of its primary's kind. */
const SQLITE_KINDS: Record<string, Kind> = {
  SQLITE_BUSY: { code: "store/locked", key: "dbLocked" },
  SQLITE_LOCKED: { code: "store/locked", key: "dbLocked" },
  SQLITE_READONLY: { code: "store/read-only", key: "dbReadOnly" },
  SQLITE_PERM: { code: "store/read-only", key: "dbReadOnly" },
  SQLITE_CORRUPT: { code: "store/corrupt", key: "damaged" },
  SQLITE_CANTOPEN: { code: "store/open", key: "dbCannotOpen" },
  SQLITE_IOERR: { code: "store/io", key: "dbIo" },
  SQLITE_FULL: { code: "store/disk-full", key: "dbFull" },
};

/** The kind of a library's error, or null when it is not one kehoach knows. */
function kindOf(e: unknown): { kind: Kind; library: string } | null {
  if (!(e instanceof Error)) return null;
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string" && code.startsWith("SQLITE_")) {
    const primary = /^SQLITE_[A-Z]+/.exec(code)![0];
    const kind = SQLITE_KINDS[primary];
    return kind ? { kind, library: "SQLite" } : null;
  }
  const kind = Object.hasOwn(PDF_KINDS, e.name) ? PDF_KINDS[e.name] : undefined;
  return kind ? { kind, library: "pdf.js" } : null;
}

/** A known library error as a KehoachError said in the reader's language (its cause the error itself), else null. */
export function libraryError(e: unknown, file: string | null): KehoachError | null {
  const k = kindOf(e);
  if (!k) return null;
  return sayable(k.kind.code, file, k.kind.key, [(e as Error).message], e);
}
