// The CLI: commander only. A file per command; each turns flags into one call.
// Start-up loads only the command that runs: its module is imported when argv names it
// (all of them only for the overall help), and the heavy libraries (the parsers, the
// rules, zod, better-sqlite3, exceljs, pdf.js) are imported inside the commands that use them.
import fs from "node:fs";
import { Command, Help, Option } from "commander";
import { langInArgv, setLang, t, type Messages } from "../i18n/index.js";
import { configureLog, LOG_FORMATS, LOG_LEVELS } from "../log.js";

type Register = (program: Command) => void;
interface Entry {
  load: () => Promise<Register>;
  /** what the overall help lists of it, without loading its module: its arguments and description */
  args: string[];
  description: (m: Messages) => string;
}
const COMMANDS: Record<string, Entry> = {
  ingest: { load: async () => (await import("./ingest.js")).registerIngest, args: ["<inputs...>"], description: (m) => m.ingestDescription },
  list: { load: async () => (await import("./list.js")).registerList, args: [], description: (m) => m.listDescription },
  show: { load: async () => (await import("./show.js")).registerShow, args: ["<doc>"], description: (m) => m.showDescription },
  search: { load: async () => (await import("./search.js")).registerSearch, args: ["<words...>"], description: (m) => m.searchDescription },
  diff: { load: async () => (await import("./diff.js")).registerDiff, args: ["<a>", "<b>"], description: (m) => m.diffDescription },
  export: { load: async () => (await import("./export.js")).registerExport, args: [], description: (m) => m.exportDescription },
  check: { load: async () => (await import("./check.js")).registerCheck, args: ["[dir]"], description: (m) => m.checkDescription },
  review: { load: async () => (await import("./review.js")).registerReview, args: ["<docs...>"], description: (m) => m.reviewDescription },
};

/**
 * A command as the overall help lists it (`kehoach --help`, no command, an unknown one): its name,
 * "[options]", its arguments and its description, without loading its module (test/cli-help.test.ts
 * holds this listing equal to the one the real commands give).
 */
function listOnly(program: Command, name: string, e: Entry, m: Messages): void {
  const cmd = program.command(name).description(e.description(m));
  for (const a of e.args) cmd.argument(a);
  cmd.addOption(new Option("--options").hideHelp()); // every command has options: "[options]"
}

/** The version in package.json (two folders up from dist/src/cli or src/cli). */
export function version(): string {
  for (const rel of ["../../../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(new URL(rel, import.meta.url), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "kehoach" && pkg.version) return pkg.version;
    } catch {
      // not this folder
    }
  }
  return "unknown";
}

/** The command argv names: the first word that is not an option (nor the value of a global option). */
export function commandOf(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--log-level" || a === "--log-format" || a === "--lang") i++;
    else if (!a.startsWith("-")) return a;
  }
  return undefined;
}

/** commander's English error lines in the language (the others as they are). */
export function translateCommanderError(line: string, m: Messages = t()): string {
  const e = m.commanderErrors;
  const patterns: Array<[RegExp, (...g: string[]) => string]> = [
    [/^error: unknown option '([^']*)'/, (o) => e.unknownOption(o!)],
    [/^error: unknown command '([^']*)'/, (c) => e.unknownCommand(c!)],
    [/^error: missing required argument '([^']*)'/, (a) => e.missingArgument(m.placeholders[a!] ?? a!)],
    [/^error: option '([^']*)' argument missing/, (o) => e.missingValue(o!)],
    [/^error: too many arguments for '([^']*)'/, (c) => e.tooManyArguments(c!)],
    [/^error: option '([^']*)' argument '[^']*' is invalid\. (.*)$/, (o, why) => e.invalidArgument(o!, why === "not a positive number" ? m.notPositive : why!)],
  ];
  for (const [re, say] of patterns) {
    const g = re.exec(line);
    if (g) return line.replace(g[0], say(...g.slice(1)));
  }
  return line;
}

/** The names in "<file>", "[dir]", "<inputs...>" of a help text in the language (m.placeholders). */
export function localizePlaceholders(s: string, m: Messages = t()): string {
  return s.replace(/([<[])([^<>[\]\s]{1,40})([>\]])/g, (all, open: string, name: string, close: string) => {
    const said = m.placeholders[name] ?? (name.endsWith("...") ? m.placeholders[name.slice(0, -3)]?.concat("...") : undefined);
    return said ? `${open}${said}${close}` : all;
  });
}

/** Help and commander's own words (titles, "(default: …)", "[options]", argument names) in the language. */
function localizeCommander(program: Command, m: Messages): void {
  const base = new Help();
  const names = (s: string) => localizePlaceholders(s, m);
  program
    .helpOption("-h, --help", m.optHelp)
    .helpCommand(`help ${m.usageCommand}`, m.helpCommand)
    .configureHelp({
      styleTitle: (s: string) => m.helpTitle[s as keyof Messages["helpTitle"]] ?? s,
      optionDescription: (o) => base.optionDescription(o).replace("(default: ", `(${m.helpDefault}: `),
      argumentDescription: (a) => base.argumentDescription(a).replace("(default: ", `(${m.helpDefault}: `),
      commandUsage: (c) => names(base.commandUsage(c).replace("[options]", m.usageOptions).replace("[command]", m.usageCommand)),
      subcommandTerm: (c) => names(base.subcommandTerm(c).replace("[options]", m.usageOptions)),
      optionTerm: (o) => names(base.optionTerm(o)),
      argumentTerm: (a) => m.placeholders[base.argumentTerm(a)] ?? base.argumentTerm(a),
    })
    .configureOutput({ outputError: (str, write) => write(str.split("\n").map((l) => translateCommanderError(l, m)).join("\n")) });
}

export async function buildProgram(argv: string[] = [], opts: { all?: boolean } = {}): Promise<Command> {
  // the language first: the help, the messages and the tables are written in it
  setLang(langInArgv(argv.slice(2)));
  const m = t();
  const program = new Command();
  localizeCommander(program, m);
  program
    .name("kehoach")
    .description(m.program)
    .version(version(), "-V, --version", m.optVersion)
    .option("--lang <lang>", m.optLang)
    .option("--log-level <level>", m.optLogLevel(LOG_LEVELS))
    .option("--log-format <format>", m.optLogFormat(LOG_FORMATS))
    .hook("preAction", (cmd) => {
      const o = cmd.opts<{ logLevel?: string; logFormat?: string }>();
      configureLog({ level: o.logLevel, format: o.logFormat });
    });
  // the command that runs is loaded (for "help X", X); otherwise each is only listed (opts.all: loaded)
  const args = argv.slice(2);
  let name = commandOf(args);
  if (name === "help") name = commandOf(args.slice(args.indexOf("help") + 1));
  if (name !== undefined && name in COMMANDS) (await COMMANDS[name]!.load())(program);
  else if (opts.all) for (const register of await Promise.all(Object.values(COMMANDS).map((e) => e.load()))) register(program);
  else for (const [n, e] of Object.entries(COMMANDS)) listOnly(program, n, e, m);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // a reader that stops early (kehoach export | head) closes the pipe: the run ends there, with
  // exit 0, not with an EPIPE stack
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
  const program = await buildProgram(argv);
  await program.parseAsync(argv);
}
