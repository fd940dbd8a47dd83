// The CLI: commander only. A file per command; each turns flags into one call.
// Start-up loads only the command that runs: its module is imported when argv names it
// (all of them only for the overall help), and the heavy libraries (the parsers, the
// rules, zod, better-sqlite3, exceljs, pdf.js) are imported inside the commands that use them.
import fs from "node:fs";
import { Command } from "commander";
import { configureLog, LOG_FORMATS, LOG_LEVELS } from "../log.js";

type Register = (program: Command) => void;
const COMMANDS: Record<string, () => Promise<Register>> = {
  ingest: async () => (await import("./ingest.js")).registerIngest,
  list: async () => (await import("./list.js")).registerList,
  show: async () => (await import("./show.js")).registerShow,
  search: async () => (await import("./search.js")).registerSearch,
  diff: async () => (await import("./diff.js")).registerDiff,
  export: async () => (await import("./export.js")).registerExport,
  check: async () => (await import("./check.js")).registerCheck,
  review: async () => (await import("./review.js")).registerReview,
};

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
    if (a === "--log-level" || a === "--log-format") i++;
    else if (!a.startsWith("-")) return a;
  }
  return undefined;
}

export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command();
  program
    .name("kehoach")
    .description("Extract targets, tasks, deadlines, footnotes and models from Vietnamese plan documents (KẾ HOẠCH)")
    .version(version(), "-V, --version", "print the version")
    .option("--log-level <level>", `log level on stderr: ${LOG_LEVELS.join(", ")} (default: warn)`)
    .option("--log-format <format>", `messages on stderr as plain lines or JSON lines: ${LOG_FORMATS.join(", ")} (default: plain)`)
    .hook("preAction", (cmd) => {
      const o = cmd.opts<{ logLevel?: string; logFormat?: string }>();
      configureLog({ level: o.logLevel, format: o.logFormat });
    });
  const name = commandOf(argv.slice(2));
  const wanted = name !== undefined && name in COMMANDS ? [name] : Object.keys(COMMANDS);
  for (const register of await Promise.all(wanted.map((n) => COMMANDS[n]!()))) register(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = await buildProgram(argv);
  await program.parseAsync(argv);
}
