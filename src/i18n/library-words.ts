// How a message quotes a library's own words (pdf.js, SQLite), the same in every language:
// kept after the message, in «…», so that a report can quote them (src/i18n/library.ts).

/** The library's own words after a message: " (SQLite: «database is locked»)"; the first line, at most 200 characters. */
export function libraryWords(library: string, words: string): string {
  const line = words.split("\n")[0]!.trim();
  return line ? ` (${library}: «${line.length > 200 ? `${line.slice(0, 199)}…` : line}»)` : "";
}
