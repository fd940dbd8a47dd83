// The database file the command opened last, so that an error SQLite raises later, at query
// time (a page found damaged by a SELECT, a lock taken by another program), is said naming the
// file like one raised while opening it. No import: the CLI's error path reads it without loading
// better-sqlite3.
let current: string | null = null;

export function setCurrentDatabase(file: string): void {
  current = file;
}

/** The database file opened last in this process, or null when none was. */
export function currentDatabase(): string | null {
  return current;
}
