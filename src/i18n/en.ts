// The English message catalogue: every word kehoach says to people (help, table headers,
// messages on stderr, export column headers). vi.ts has the same keys (its type is this
// object's type, so a missing or extra key fails typecheck). JSON keys and database names
// are not here: they stay English in both languages.
import { INPUT_REFUSALS, WARNINGS, type RefusalCode, type WarningCode } from "../ground/codes.js";
import { libraryWords } from "./library-words.js";

const list = (xs: readonly string[]) => xs.join(", ");

/** What is wrong with a part of a DOCX's zip (docxCorrupt; parsers/docx/zip.ts). */
export type ZipProblem = "no-header" | "cut-short" | "inflate" | "method";

export const en = {
  // ---- the program and commander's own words
  program: "Extract targets, tasks, deadlines, footnotes and models from Vietnamese plan documents (KẾ HOẠCH)",
  optVersion: "print the version",
  optLogLevel: (levels: readonly string[]) => `log level on stderr: ${list(levels)} (default: warn)`,
  optLogFormat: (formats: readonly string[]) => `messages on stderr as plain lines or JSON lines: ${list(formats)} (default: plain)`,
  optLang: "language of help, tables, messages and export column headers: vi or en (default: vi when LC_ALL, LC_MESSAGES or LANG starts with vi, else en)",
  optHelp: "display help for command",
  helpCommand: "display help for command",
  helpTitle: { "Usage:": "Usage:", "Options:": "Options:", "Commands:": "Commands:", "Arguments:": "Arguments:", "Global Options:": "Global Options:" },
  helpDefault: "default",
  usageOptions: "[options]",
  usageCommand: "[command]",
  /** commander's error lines, matched by their English form (see src/i18n/index.ts) */
  commanderErrors: {
    unknownOption: (o: string) => `error: unknown option '${o}'`,
    unknownCommand: (c: string) => `error: unknown command '${c}'`,
    missingArgument: (a: string) => `error: missing required argument '${a}'`,
    missingValue: (o: string) => `error: option '${o}' argument missing`,
    tooManyArguments: (c: string) => `error: too many arguments for '${c}'`,
    invalidArgument: (o: string, why: string) => `error: option '${o}' argument is invalid. ${why}`,
  },
  badLang: (v: string) => `--lang must be vi or en, not "${v}"`,
  badLogLevel: (levels: readonly string[], v: string) => `--log-level must be one of ${list(levels)}, not "${v}"`,
  badLogFormat: (formats: readonly string[], v: string) => `--log-format must be one of ${list(formats)}, not "${v}"`,
  notPositive: "not a positive number",

  // ---- message lines on stderr: "kehoach: warning: FILE: message"
  level: { error: "error", warning: "warning", info: "info", debug: "debug", trace: "trace" },
  internalError: (m: string) => `internal error: ${m}`,
  where: (page: number | null | undefined, start: number, end: number) => `${page ? `page ${page}, ` : ""}characters ${start}–${end}`,

  // ---- options shared by the database commands
  optDb: "SQLite database",
  optProvince: "only this province (diacritics and case optional: nam-dinh)",
  optYear: "only plans for this year (or whose term covers it)",
  optFormat: (formats: readonly string[]) => `${formats.slice(0, -1).join(", ")} or ${formats[formats.length - 1]}`,
  optOut: "write to this file instead of stdout",

  // ---- messages of the database commands
  noDatabase: (file: string) => `no database here: run "kehoach ingest FILES --db ${file}" first`,
  namesSeveral: (ref: string, year: number | undefined, n: number, verb: "taking" | "showing" | "comparing" | "reviewing", doc: string, rule: string, others: string) =>
    `"${ref}"${year !== undefined ? ` in ${year}` : ""} names ${n} documents; ${verb} ${doc} by the rule: ${rule}. Others: ${others}. To take another, give its id${year === undefined ? " or --year" : ""}.`,
  more: (n: number) => `… ${n} more`,
  noProvince: (p: string, known: string) => `no province "${p}" in the database (provinces in the database: ${known || "none"})`,
  badYear: (v: string) => `--year wants a year like 2024, not "${v}"`,
  outIsDir: "--out wants a file, and this is a directory",
  diskFull: "disk full: nothing written",
  cannotWrite: (why: string) => `cannot be written (${why})`,
  permissionDenied: "permission denied",
  fileInPath: "a file stands in its folder's path",
  unknownFormat: (f: string) => `unknown format "${f}"`,
  badFormat: (allowed: readonly string[], f: string) => `--format must be one of ${list(allowed)}, not "${f}"`,
  /** under a table that left columns out to fit the terminal */
  columnsLeftOut: (n: number, width: number, names: string) => `${n} column${n === 1 ? "" : "s"} left out to fit ${width} columns (${names}): a wider terminal, COLUMNS=… or --format csv shows ${n === 1 ? "it" : "them"}`,

  // ---- list
  listDescription: "list the documents in the database: province, issuer, number, date, year, counts",
  noDocuments: "no documents",

  // ---- show
  showDescription: "show one document: themes, targets with quantities, tasks, deadlines, footnotes",
  showDoc: "document id, path as ingested (or file name), sha256 prefix, or province (several: the newest year; see --year)",
  showYear: "with a province: the plan for this year",
  showJson: "print the stored JSON instead of tables",
  document: (id: number) => `Document ${id}`,
  pages: (n: number) => `${n} pages`,
  show: {
    field: "field", value: "value", province: "province", issuer: "issuer", number: "number", date: "date", year: "year",
    period: "period", signer: "signer", bases: "bases", file: "file",
    themes: "Themes", targets: "Targets", tasks: "Tasks", deadlines: "Deadlines", footnotes: "Footnotes", models: "Models", warnings: "Warnings",
    theme: "theme", from: "from", code: "code", parent: "parent", target: "target", quantities: "quantities", schedule: "schedule", page: "page",
    task: "task", responsible: "responsible", item: "item", asWritten: "as written", start: "from", end: "to", precision: "precision",
    marker: "marker", text: "text", model: "model", definition: "definition", footnote: "footnote", message: "message",
  },

  // ---- search
  searchDescription: "full-text search of targets, tasks, footnotes, themes and models (diacritics optional)",
  searchWords: 'words to find, e.g. "chi hoi truong tap huan"',
  searchYear: "only plans for this year",
  searchKind: (kinds: readonly string[]) => `only ${list(kinds)}`,
  searchLimit: "at most this many results",
  badKind: (kinds: readonly string[]) => `--kind must be one of ${list(kinds)}`,
  badLimit: "--limit wants a positive whole number",
  noMatch: "no match",
  search: { doc: "doc", province: "province", year: "year", kind: "kind", code: "code", snippet: "snippet" },

  // ---- words for values people read in tables (the JSON keeps the English codes)
  kind: { target: "target", task: "task", footnote: "footnote", theme: "theme", model: "model" },
  precision: { day: "day", week: "week", month: "month", quarter: "quarter", half: "half", year: "year", range: "range" },
  source: { body: "body", footnote: "footnote" },
  /** a quantity's comparator in exports (CSV, XLSX, Markdown); English keeps the code */
  comparator: { ">=": ">=", ">": ">", "=": "=", "<=": "<=", "<": "<" } as Record<">=" | ">" | "=" | "<=" | "<", string>,
  /** a yes/no value in a table or an export (year_inferred) */
  yesNo: { yes: "yes", no: "no" },
  /** the names of commander's placeholders in help (<file>, <dir>…): by their English name */
  placeholders: {} as Record<string, string>,

  // ---- diff
  diffDescription: "align the targets of two provinces (or documents, or files) by what they measure",
  diffA: 'province ("nam-dinh", "Cao Bằng"), document id or plan file',
  diffB: "the same for the other side",
  diffYear: "the plans for this year",
  diffThreshold: "minimum score of a pair, 0..1",
  diffPassword: "password of encrypted PDFs given as files",
  badThreshold: "--threshold wants a number between 0 and 1",

  // ---- review
  reviewDescription: "write a review page (self-contained HTML) per plan: its text with every extracted value highlighted",
  reviewDocs: "stored documents (id, province, file name) or plan files",
  reviewYear: "for a province: its plan for this year",
  reviewOut: "the page's file (one plan), or a folder for several (default: stdout for one plan)",
  logPageWritten: "review page written",
  /** messages at --log-level info (their fields stay as they are: keys and codes) */
  log: { skipped: "stored before with the same path and sha256: not read again", stored: "stored", ingested: "ingested", summary: "summary" },
  reviewSeveral: (n: number) => `${n} plans make ${n} pages: give a folder for them with --out DIR`,
  diff: {
    match: "match", paired: "paired", code: "code", target: "target", value: "value", comparison: "comparison", score: "score",
    confidence: "confidence", why: "why", pairedTargets: "Paired targets",
  },
  /** why two targets were paired (src/diff.ts PairReason), by its kind */
  reason: {
    sameSubject: (subject: string) => `same subject: ${subject}`,
    sharedPhrases: (phrases: readonly string[]) => `shared: ${phrases.map((p) => `«${p}»`).join(", ")}`,
    sameUnit: (unit: string) => `same unit: ${unit}`,
    compatibleUnits: (a: string, b: string) => `compatible units: ${a} / ${b}`,
    unitsDiffer: (a: readonly string[], b: readonly string[]) => `units differ: ${a.join(", ")} / ${b.join(", ")}`,
    oneSidedQuantity: "a quantity on one side only",
    differentSubjects: (a: string, b: string) => `different subjects: ${a} / ${b}`,
  },
  confidence: { high: "high", medium: "medium", low: "low" },
  /** between the two values of a pair that differ: "100% vs 60%" */
  versus: "vs",
  /** a score or a threshold as people read it */
  decimal: (n: number) => String(n),
  onlyIn: (label: string) => `only in ${label}`,
  nothingOnlyIn: (label: string) => `nothing only in ${label}`,
  diffHead: (pairs: number, onlyA: number, a: string, onlyB: number, b: string, threshold: number) =>
    `${pairs} paired, ${onlyA} only in ${a}, ${onlyB} only in ${b} (threshold ${threshold})`,

  // ---- export
  exportDescription: "export one row per item as XLSX (typed cells: for spreadsheets), CSV (UTF-8 with BOM, text as written: for tools), JSON or Markdown",
  logExported: "exported",
  exportWhat: (whats: readonly string[], all: string) => `${list(whats)}, or ${all} (XLSX: one sheet per kind)`,
  badWhat: (whats: readonly string[], all: string, v: string) => `--what must be one of ${list(whats)} or ${all}, not "${v}"`,
  whatAllFormat: (all: string) => `--what ${all} makes one sheet per kind: use --format xlsx or json`,
  xlsxToFile: (out: string) => `XLSX is not written to the terminal: writing ${out}`,
  /** sheet names of an XLSX export */
  sheet: { targets: "targets", tasks: "tasks", deadlines: "deadlines", footnotes: "footnotes", models: "models", themes: "themes" },
  /** column headers of exports (CSV, XLSX, Markdown) and of `list`; JSON keeps the keys */
  columns: {
    id: "id", document_id: "document_id", province: "province", issuer: "issuer", number: "number", date: "date", year: "year",
    period: "period", period_from: "period_from", period_to: "period_to", document: "document", source_file: "source_file",
    title: "title", format: "format", targets: "targets", tasks: "tasks", deadlines: "deadlines", footnotes: "footnotes",
    models: "models", file: "file", code: "code", parent_code: "parent_code", section: "section", text: "text",
    quantities: "quantities", responsible: "responsible", partners: "partners", funding: "funding", deadline: "deadline",
    deadline_start: "deadline_start", deadline_end: "deadline_end", deadline_precision: "deadline_precision",
    page: "page", start_offset: "start_offset", end_offset: "end_offset", item_id: "item_id", item_kind: "item_kind",
    item_code: "item_code", item_text: "item_text", raw: "raw", start: "start", end: "end", precision: "precision",
    year_inferred: "year_inferred", marker: "marker", name: "name", definition: "definition", footnote: "footnote",
    theme_year: "theme_year", source: "source",
  },
  quantityColumn: (n: string, field: "value" | "comparator" | "unit" | "raw") => `q${n}_${field}`,
  scheduleColumn: (period: string) => `schedule_${period}`,

  // ---- check
  checkDescription: "re-ingest every plan file in DIR and compare with its <file>.expected.json (exit 1 on any change)",
  checkDir: "directory of plan files",
  checkUpdate: "accept the new output: write the expected files",
  check: {
    ok: "ok",
    changes: (n: number) => `${n} change${n === 1 ? "" : "s"}`,
    missing: "no expected output: run with --update",
    created: "expected output created",
    updated: (n: number) => `expected output updated (${n} change${n === 1 ? "" : "s"})`,
    error: "error",
    noFiles: "no plan files found",
    differ: (bad: number, all: number) => `${bad} of ${all} files differ from their expected output`,
    /** the closing line CI tools read */
    closing: (passed: number, failed: number) => `check: ${passed} passed, ${failed} failed`,
    cannotIngest: (why: string) => `cannot be ingested: ${why}`,
    notJson: (file: string, why: string) => `${file} is not JSON: ${why}`,
    none: "(none)",
    place: (page: number | null, start: number, end: number) => `${page ? `page ${page}, ` : ""}characters ${start}–${end}`,
    removed: (what: string) => `removed ${what}`,
    added: (what: string) => `added ${what}`,
    orderChanged: "order changed",
    of: (code: string) => `of ${code}`,
    /** the kinds of items and the fields compared, as the per-item lines name them */
    kinds: { theme: "theme", target: "target", task: "task", deadline: "deadline", footnote: "footnote", model: "model", warning: "warning", source: "source", meta: "meta" },
    fields: {
      format: "format", sha256: "sha256", pages: "pages", year: "year", text: "text", source: "source", position: "position", code: "code", parent: "parent",
      section: "section", footnotes: "footnotes", quantities: "quantities", "quantity words": "quantity words", schedule: "schedule", responsible: "responsible",
      partners: "partners", funding: "funding", item: "item", start: "start", end: "end", precision: "precision", "year inferred": "year inferred",
      definition: "definition", footnote: "footnote", message: "message",
      issuer: "issuer", body: "body", province: "province", number: "number", title: "title", subtitle: "subtitle", place: "place",
      issuedAt: "issuedAt", period: "period", signer: "signer", bases: "bases", recipients: "recipients", theme: "theme",
    } as Record<string, string>,
  },

  // ---- ingest
  ingestDescription: "read plans (PDF, DOCX, TXT, MD) and write <stem>.json for each, and store them in the database",
  ingestInputs: 'plan files, folders (their .pdf, .docx, .txt, .md files) or quoted glob patterns ("plans/**/*.pdf"); "-" reads standard input (named "stdin")',
  ingestRecursive: "read the sub-folders of the folders given too",
  ingestJobs: "files read at once, each in a child process (default: the number of cores)",
  ingestOut: "directory for the JSON files (default: the current directory)",
  ingestStdout: "print the JSON on stdout instead of writing files: JSON Lines, one plan a line, for any number of files",
  ingestDb: "SQLite database to store the plans in",
  ingestNoDb: "do not write to a database",
  ingestPassword: "password of encrypted PDFs",
  ingestForce: "store texts that are not plans too (no plan header and no targets or tasks)",
  ingestTimeout: "stop a file past this many seconds of CPU time (or ten times it of wall time)",
  ingestOcr: "OCR also the pages without text of a PDF that has text elsewhere (a PDF with no text at all, a scan, is read by OCR without it)",
  ingestNoOcr: "never OCR: a scanned PDF is refused",
  ingestOcrTimeout: "seconds added to --timeout for each page read by OCR",
  ingestMaxMemory: "stop a file that needs more memory than this",
  ingestMaxSize: "refuse files larger than this",
  ingestMaxPages: "refuse PDFs with more pages than this",
  outWantsDir: "--out wants a directory, and this is a file",
  cannotMakeDir: (why: string) => `cannot make the output directory (${why})`,
  fileInItsPath: "a file stands in its path",
  stdinOnce: 'standard input ("-") can be read once in a run',
  cannotUseDb: (reason: string) => `cannot use the database: ${reason}; writing JSON only`,
  subfoldersSkipped: (n: number) => `${n} sub-folder${n === 1 ? "" : "s"} not read (--recursive reads them)`,
  interrupted: (sig: string, again: string) => `interrupted (${sig}): stopping; the same command again finishes the job (${again} again to stop at once)`,
  jsonNotWritten: (why: string, stored: boolean) => `JSON not written: ${why}${stored ? " (the plan is still stored in the database)" : ""}`,
  /** what src/plan-kind.ts finds a text that is not a plan to be */
  notAPlan: "not a plan (no title, number, issuer or signer, and no targets or tasks)",
  forceStoresIt: "(--force stores it)",
  diskFullShort: "disk full",
  notStoredNotPlan: (reason: string, db: string) => `${reason}: not stored in ${db} (--force stores it)`,
  notStored: (db: string, why: string) => `not stored in ${db}: ${why}`,
  diskFullWriting: (db: string) => `disk full writing ${db}`,
  summary: (files: number, seconds: string, ingested: number, inserted: number, replaced: number, unchanged: number, refused: number, warnings: number) =>
    `${files} file${files === 1 ? "" : "s"} in ${seconds} s: ${ingested} ingested${inserted + replaced ? ` (${inserted} new, ${replaced} replaced)` : ""}, ` +
    `${unchanged} unchanged, ${refused} refused, ${warnings} warning${warnings === 1 ? "" : "s"}`,
  refusedLine: "refused",
  /** cli-progress's format: {bar} {value} {total} {rate} {file} are filled in */
  progressBar: " {bar} {value}/{total} files | {rate} files/s | {file}",
  interruptedLine: (n: number) => `interrupted: ${n} file${n === 1 ? "" : "s"} not done; the same command again finishes them`,
  outcome: {
    stored: "stored (new)",
    replaced: "stored (replaced an older version)",
    sameContent: "unchanged (same content stored from another path)",
    unchanged: "unchanged",
    ingested: "ingested",
    counts: (what: string, targets: number, tasks: number) => `${what}, ${targets} targets, ${tasks} tasks`,
  },

  /** input refusals (src/ground/codes.ts), by code: the English text is the one in codes.ts */
  refusals: INPUT_REFUSALS as Record<RefusalCode, string>,
  /**
   * a plan's warnings by code (src/ground/codes.ts WARNINGS): in English the message itself is said
   * (it names the particulars); in another language, this meaning of its code (planWarning)
   */
  warnings: WARNINGS as Record<WarningCode, string>,
  /**
   * errors raised outside the CLI with a fixed English text (src/read-input.ts, parsers/, the
   * store), said in another language by their exact English text (sayError); the English
   * catalogue needs none. test/cli-lang-width.test.ts checks each text is still in the sources.
   */
  fixedErrors: {} as Record<string, string>,
  /**
   * errors that name particulars, said by key (KehoachError.say, made by \`sayable\` in
   * src/i18n/said.ts): the English text here is also the error's message
   */
  errors: {
    newerSchema: (version: number, supported: number) => `database schema version ${version} is newer than this kehoach (${supported}): upgrade kehoach`,
    foreignDb: (tables: readonly string[]) =>
      `not a kehoach database${tables.length ? ` (its tables: ${tables.slice(0, 5).join(", ")}${tables.length > 5 ? `, … ${tables.length - 5} more` : ""})` : ""}: kehoach changes nothing in it; use another --db`,
    // SQLite's errors by kind (src/i18n/library.ts), SQLite's own words after them
    damaged: (detail: string) => `database is damaged${libraryWords("SQLite", detail)}: restore a copy or use another --db`,
    dbLocked: (words: string) => `the database is in use by another program (another kehoach run, or a tool holding it with unsaved changes): try again when it is done${libraryWords("SQLite", words)}`,
    dbReadOnly: (words: string) => `the database cannot be written (a read-only file or folder, or a file moved while open): check its permissions or use another --db${libraryWords("SQLite", words)}`,
    dbFolderReadOnly: (words: string) => `cannot open the database: its folder cannot be written (a read-only disk or share), and SQLite writes its -wal and -shm files beside the database even to read it; copy the database to a folder you can write to${libraryWords("SQLite", words)}`,
    dbCannotOpen: (words: string) => `cannot open the database file (its folder is missing, or no permission to read it)${libraryWords("SQLite", words)}`,
    dbIo: (words: string) => `the disk failed while reading or writing the database${libraryWords("SQLite", words)}`,
    dbFull: (words: string) => `disk full: cannot write the database${libraryWords("SQLite", words)}`,
    damagedCheck: (first: string) => `database is damaged (PRAGMA quick_check: ${first}): kehoach will not write to it; restore a copy or use another --db`,
    cannotOpen: (detail: string) => `cannot open database: ${detail}`,
    readOnly: () => "database opened read-only",
    emptyRef: () => "empty document reference: give a document id, a path, a sha256 prefix or a province (see kehoach list)",
    ambiguous: (by: "path" | "sha256", ref: string, n: number, docs: string) =>
      `${by === "path" ? "the path" : "the sha256 prefix"} "${ref}" names ${n} documents: ${docs}; give the path as ingested or the id`,
    noDocForYear: (province: string, year: number, years: string) => `no document of ${province} for ${year} in the database (it has: ${years})`,
    noDocument: (ref: string, provinces: string) =>
      `no document "${ref}" in the database: not an id, a path, a sha256 prefix or a province of it (provinces in the database: ${provinces || "none"}; see kehoach list)`,
    noText: (file: string) => `${file} was stored without its text (ingested by an older kehoach): ingest the file again`,
    // the limits of a run (src/read-input.ts, src/isolate.ts, parsers/pdf/load.ts) and what a worker finds
    tooLarge: (size: string, limit: string) => `too large: ${size} (limit ${limit}, see --max-size)`,
    tooLargeStdin: (limit: string) => `too large: over ${limit} (see --max-size)`,
    tooManyPages: (n: number, limit: number) => `too many pages: ${n} (limit ${limit}, see --max-pages)`,
    timeout: (seconds: number) => `took longer than ${seconds} s and was stopped (see --timeout)`,
    timeoutOcr: (total: number, base: number, perPage: number) => `took longer than ${total} s (${base} s, and ${perPage} s a page of OCR) and was stopped (see --timeout, --ocr-timeout)`,
    memory: (mb: number) => `needed more than ${mb} MB of memory and was stopped (see --max-memory)`,
    readerEnded: (signal: string | null, code: number | null) =>
      signal
        ? `the reader process ended with signal ${signal} while reading this file${signal === "SIGKILL" ? " (killed from outside: the system's out-of-memory killer, or a person)" : signal === "SIGSEGV" || signal === "SIGBUS" ? " (a crash in native code)" : ""}`
        : `the reader process exited with code ${code} while reading this file (a library ended it)`,
    readerLost: (detail: string) => `the reader process stopped answering while reading this file (its channel to kehoach broke: ${detail})`,
    tooDeep: () => "nested too deeply to be read (the reader ran out of stack)",
    formatDamaged: (what: string, detail: string) => `the ${what} is damaged and cannot be read (${detail})`,
    docxCorrupt: (why: ZipProblem, part: string, detail: string) =>
      `the DOCX (zip) file is damaged and cannot be unpacked (${why === "no-header" ? `no local header for ${part}` : why === "cut-short" ? `${part} is cut short` : why === "method" ? `${part} uses compression method ${detail}` : `${part}: ${detail}`}); re-save it in Word`,
    docxDirectory: () => "the DOCX (zip) file is damaged: its central directory is unreadable; re-save it in Word",
    zipBombTotal: (mb: number, limit: number) => `refusing to unpack: the parts declare ${mb} MB uncompressed (limit ${limit} MB); split or re-save the document`,
    zipBombRatio: (part: string, size: number, compressed: number, ratio: number) =>
      `refusing to unpack: part ${part} declares ${size} bytes from ${compressed} (ratio ${ratio}:1), a zip bomb or a damaged file; re-save the document in Word`,
    zipBombWhole: (limit: number, part: string) => `refusing to unpack: the parts inflate past ${limit} MB together (at ${part}), a zip bomb or not a plan`,
    zipBombPart: (part: string, limit: number, size: number) => `refusing to unpack: part ${part} inflates past ${limit} MB (it declares ${size} bytes), a zip bomb or not a plan`,
    xmlTooDeep: (part: string, detail: string) => `the DOCX part ${part} has ${detail}: not a Word document as Word writes it`,
    xmlBad: (part: string, detail: string) => `the DOCX part ${part} is XML not well-formed${detail ? ` (${detail})` : ""}; re-save the document in Word`,
    pdfRender: (detail: string) => `a page could not be drawn for OCR: ${detail}`,
    // (detail: each engine's reason, "; " between them: the engine's own words, or a fixed text of ours)
    ocrUnavailable: (detail: string) => `no text layer, and OCR could not start (${detail})`,
    ocrFailed: (engine: string, detail: string) => `OCR failed (${engine}): ${detail}`,
    // pdf.js's errors by kind (src/i18n/library.ts), pdf.js's own words after them
    pdfInvalid: (words: string) => `damaged or not a PDF: its structure cannot be read${libraryWords("pdf.js", words)}`,
    pdfBadData: (words: string) => `damaged PDF: part of its content cannot be decoded${libraryWords("pdf.js", words)}`,
    pdfDamaged: (words: string) => `damaged or not a PDF${libraryWords("pdf.js", words)}`,
    cannotRead: (detail: string) => `cannot be read (${detail})`,
  },
  /** how a province that names several documents is decided (said with namesSeveral) */
  pickRule: "newest year first (a term plan counts from its first year), then newest issue date, then latest ingested",
};

export type Messages = typeof en;
