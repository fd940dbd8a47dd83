// Logs go through pino to stderr (fd 2); data goes to stdout or files.
//
// Two forms of the same messages (see README, "Messages"):
// - plain (the default, on a terminal or not): one line a message,
//   "kehoach: warning: FILE: message (key=value, …)", "kehoach: error: FILE: reason";
// - json (--log-format json, or KEHOACH_LOG_FORMAT=json): pino's own JSON lines.
// pino writes synchronously to fd 2 in both (no worker-thread transport): a message is
// on stderr before the process exits. pino itself is loaded on the first message.
import { createRequire } from "node:module";
import type { Logger } from "pino";
import { KehoachError } from "./ground/errors.js";
import { sayError, t } from "./i18n/index.js";
import { currentDatabase } from "./store/current.js";
import { libraryError } from "./i18n/library.js";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export const LOG_FORMATS = ["plain", "json"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

let level: string = "warn";
let format: LogFormat = "plain";
let current: Logger | null = null;

/** Sets the level and form of the messages; an unknown one is a usage error naming the valid ones. */
export function configureLog(o: { level?: string; format?: string }): void {
  if (o.level !== undefined) {
    if (!(LOG_LEVELS as readonly string[]).includes(o.level)) {
      throw new KehoachError("cli/usage", t().badLogLevel(LOG_LEVELS, o.level));
    }
    level = o.level;
  }
  if (o.format !== undefined) {
    if (!(LOG_FORMATS as readonly string[]).includes(o.format)) {
      throw new KehoachError("cli/usage", t().badLogFormat(LOG_FORMATS, o.format));
    }
    format = o.format as LogFormat;
  }
  current = null;
}


// The environment gives defaults (ignored when not valid, so that a stray variable never stops the tool).
if ((LOG_LEVELS as readonly string[]).includes(process.env.KEHOACH_LOG_LEVEL ?? "")) level = process.env.KEHOACH_LOG_LEVEL!;
if (process.env.KEHOACH_LOG_FORMAT === "json") format = "json";

// the level of a plain line in words of the language ("warning", "cảnh báo")
const LEVEL_WORDS: Array<[number, "error" | "warning" | "info" | "debug" | "trace"]> = [[50, "error"], [40, "warning"], [30, "info"], [20, "debug"], [0, "trace"]];
const levelWord = (n: number): string => t().level[LEVEL_WORDS.find(([min]) => n >= min)![1]];

const value = (k: string, v: unknown): string => {
  if (k === "where" && v && typeof v === "object" && "start" in v && "end" in v) {
    const w = v as { page?: number | null; start: number; end: number };
    return t().where(w.page, w.start, w.end);
  }
  return typeof v === "string" ? v : JSON.stringify(v);
};

/** One of pino's JSON records as one plain line (a stack, when there is one, on the lines below). */
export function plainLine(rec: Record<string, unknown>): string {
  // the code of a message is in the JSON form; the plain line keeps to words
  const { level: n, time: _time, msg, file, err, code: _code, ...rest } = rec;
  const extras = Object.entries(rest)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}=${value(k, v)}`);
  let line = `kehoach: ${levelWord(Number(n))}: ${file ? `${String(file)}: ` : ""}${String(msg ?? "")}`;
  if (extras.length) line += ` (${extras.join(", ")})`;
  const stack = err && typeof err === "object" && "stack" in err ? String((err as { stack: unknown }).stack) : "";
  if (stack) line += "\n" + stack.split("\n").map((l) => `  ${l}`).join("\n");
  return line + "\n";
}

/** While a progress bar holds the terminal, plain lines are written through it (setPlainSink). */
let sink: ((line: string) => void) | null = null;
export function setPlainSink(s: ((line: string) => void) | null): void {
  sink = s;
}
const toStderr = (line: string) => (sink ? sink(line) : process.stderr.write(line));

const plainDestination = {
  write(chunk: string): void {
    let rec: Record<string, unknown>;
    try {
      rec = JSON.parse(chunk) as Record<string, unknown>;
    } catch {
      toStderr(chunk);
      return;
    }
    toStderr(plainLine(rec));
  },
};

/** The form messages are in now ("plain" or "json"). */
export const logFormat = (): LogFormat => format;

function makeLogger(): Logger {
  const require = createRequire(import.meta.url);
  const pino = require("pino") as typeof import("pino");
  const opts = { level, base: undefined };
  return format === "json" ? pino.pino(opts, pino.destination({ dest: 2, sync: true })) : pino.pino(opts, plainDestination);
}

/** The logger's methods the project uses. */
export type Log = Pick<Logger, "trace" | "debug" | "info" | "warn" | "error" | "fatal" | "isLevelEnabled">;

// pino's numbers for the levels: a message below the level is dropped before pino is loaded, so a
// run that says nothing (most runs, and every child process reading a file) never loads it
const LEVEL_VALUES: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };
const enabled = (l: string): boolean => LEVEL_VALUES[l]! >= LEVEL_VALUES[level]!;
const real = (): Logger => (current ??= makeLogger());
const method =
  (l: "trace" | "debug" | "info" | "warn" | "error" | "fatal") =>
    (...args: unknown[]): void => {
      if (enabled(l)) (real()[l] as (...a: unknown[]) => void)(...args);
    };
const facade = {
  trace: method("trace"),
  debug: method("debug"),
  info: method("info"),
  warn: method("warn"),
  error: method("error"),
  fatal: method("fatal"),
  isLevelEnabled: (l: string): boolean => l in LEVEL_VALUES && enabled(l),
} as unknown as Log;

export function log(): Log {
  return facade;
}

const isSqliteError = (e: unknown): boolean => e instanceof Error && String((e as { code?: unknown }).code).startsWith("SQLITE_");

/** The CLI's line for a failure: "kehoach: error: FILE: reason" (a JSON record with --log-format json). */
export function reportError(e: unknown, file?: string | null): void {
  // an error of SQLite's raised after the database opened names the database the command opened
  if (!file && isSqliteError(e)) file = currentDatabase();
  // SQLite's and pdf.js's errors of a known kind (a locked or damaged database) are not bugs
  e = e instanceof KehoachError ? e : (libraryError(e, file ?? null) ?? e);
  if (e instanceof KehoachError) {
    // an input refusal is said in the language by its code (src/ground/codes.ts, i18n refusals)
    const said = sayError(e.code, e.message, e.say);
    log().error({ file: e.file ?? file ?? undefined, code: e.code }, said);
  } else {
    const message = e instanceof Error ? e.message : String(e);
    log().error({ file: file ?? undefined }, t().internalError(message));
    log().debug({ err: e }, "stack");
  }
}
