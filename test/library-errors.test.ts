// The errors of pdf.js and SQLite by kind (src/i18n/library.ts): each known kind gets its code and
// its words in the language, the library's own words kept after them; anything else is left alone.
import { afterEach, describe, expect, it } from "vitest";
import { KehoachError } from "../src/ground/errors.js";
import { sayFailure, setLang } from "../src/i18n/index.js";
import { libraryError } from "../src/i18n/library.js";

const sqlite = (code: string, message: string) => Object.assign(new Error(message), { name: "SqliteError", code });
const pdfjs = (name: string, message: string) => Object.assign(new Error(message), { name });

afterEach(() => setLang("en"));

describe("libraryError", () => {
  it("knows SQLite's errors by their primary result code, extended codes too", () => {
    const cases: Array<[string, string, string, RegExp]> = [
      ["SQLITE_BUSY", "database is locked", "store/locked", /in use by another program/],
      ["SQLITE_BUSY_SNAPSHOT", "database is locked", "store/locked", /in use by another program/],
      ["SQLITE_LOCKED_SHAREDCACHE", "database table is locked", "store/locked", /in use by another program/],
      ["SQLITE_READONLY", "attempt to write a readonly database", "store/read-only", /cannot be written/],
      ["SQLITE_READONLY_DBMOVED", "attempt to write a readonly database", "store/read-only", /cannot be written/],
      ["SQLITE_CORRUPT", "database disk image is malformed", "store/corrupt", /database is damaged/],
      ["SQLITE_CORRUPT_VTAB", "database disk image is malformed", "store/corrupt", /database is damaged/],
      ["SQLITE_CANTOPEN", "unable to open database file", "store/open", /cannot open the database file/],
      ["SQLITE_IOERR_READ", "disk I/O error", "store/io", /disk failed/],
      ["SQLITE_FULL", "database or disk is full", "store/disk-full", /disk full/],
    ];
    for (const [code, words, want, text] of cases) {
      const k = libraryError(sqlite(code, words), "k.db");
      expect(k, code).toBeInstanceOf(KehoachError);
      expect(k!.code, code).toBe(want);
      expect(k!.file).toBe("k.db");
      expect(k!.message, code).toMatch(text);
      expect(k!.message, code).toContain(`(SQLite: «${words}»)`);
    }
  });

  it("knows pdf.js's exceptions by their name", () => {
    expect(libraryError(pdfjs("InvalidPDFException", "Invalid PDF structure."), "a.pdf")!.message).toBe(
      "damaged or not a PDF: its structure cannot be read (pdf.js: «Invalid PDF structure.»)",
    );
    expect(libraryError(pdfjs("FormatError", "Bad FCHECK in flate stream: 120, 253"), "a.pdf")!.message).toMatch(/^damaged PDF: part of its content cannot be decoded \(pdf\.js: «Bad FCHECK/);
    expect(libraryError(pdfjs("UnknownErrorException", "Bad encoding in flate stream"), "a.pdf")!.code).toBe("pdf/damaged");
    // found only at the page that needs it, after the PDF opened: said in the same form
    const late = libraryError(pdfjs("XRefEntryException", "Bad (uncompressed) XRef entry: 7R"), "a.pdf")!;
    expect(late.code).toBe("pdf/damaged");
    expect(late.message).toBe("damaged or not a PDF (pdf.js: «Bad (uncompressed) XRef entry: 7R»)");
  });

  it("leaves alone what it does not know: other SQLite codes (a bug of ours), other errors", () => {
    expect(libraryError(sqlite("SQLITE_ERROR", "no such table: x"), null)).toBeNull();
    expect(libraryError(new TypeError("x is undefined"), null)).toBeNull();
    expect(libraryError(pdfjs("toString", "x"), null)).toBeNull();
    expect(libraryError("a string", null)).toBeNull();
  });

  it("keeps the first line of the library's words, at most 200 characters", () => {
    const m = libraryError(sqlite("SQLITE_IOERR", `${"x".repeat(300)}\nsecond line`), null)!.message;
    expect(m).not.toContain("second line");
    expect(m).toContain(`«${"x".repeat(199)}…»`);
  });
});

describe("sayFailure", () => {
  it("says a library's error in the language, with its words kept", () => {
    setLang("vi");
    expect(sayFailure(sqlite("SQLITE_BUSY", "database is locked"))).toMatch(/^cơ sở dữ liệu đang được một chương trình khác dùng .* \(SQLite: «database is locked»\)$/);
    expect(sayFailure(sqlite("SQLITE_READONLY", "attempt to write a readonly database"))).toMatch(/^không ghi được vào cơ sở dữ liệu .*\(SQLite: «attempt to write a readonly database»\)$/);
    expect(sayFailure(pdfjs("InvalidPDFException", "Invalid PDF structure."))).toBe("tệp hỏng hoặc không phải PDF: không đọc được cấu trúc của nó (pdf.js: «Invalid PDF structure.»)");
  });
  it("says other errors by their own words", () => {
    setLang("vi");
    expect(sayFailure(new Error("something else"))).toBe("something else");
  });
});
