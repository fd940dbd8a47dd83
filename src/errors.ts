// Expected failures (a bad input file) are KehoachError: the CLI prints their
// message on one line, names the file, goes on with the other files and exits
// non-zero. Anything else is a bug: its stack goes to the debug log.
export class KehoachError extends Error {
  readonly file: string | null;
  readonly code: string;
  constructor(code: string, message: string, file: string | null = null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "KehoachError";
    this.code = code;
    this.file = file;
  }
}
