// Expected failures (a bad input file) are KehoachError: the CLI prints their
// message on one line, names the file, goes on with the other files and exits
// non-zero. Anything else is a bug: its stack goes to the debug log.
//
// `message` is English (what the library says). An error whose words the CLI says in the
// reader's language also carries `say`: the key of its text in the catalogues' `errors`
// (src/i18n/en.ts) and the particulars it names; see `sayable` in src/i18n/said.ts.
export interface Said {
  key: string;
  args: unknown[];
}

export class KehoachError extends Error {
  readonly file: string | null;
  readonly code: string;
  readonly say?: Said;
  constructor(code: string, message: string, file: string | null = null, options?: { cause?: unknown; say?: Said }) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = "KehoachError";
    this.code = code;
    this.file = file;
    if (options?.say) this.say = options.say;
  }
}
