// The CLI: commander only. A file per command; each turns flags into one call.
import { Command } from "commander";
import { setLogLevel } from "../log.js";
import { registerIngest } from "./ingest.js";
import { registerList } from "./list.js";
import { registerShow } from "./show.js";
import { registerSearch } from "./search.js";
import { registerDiff } from "./diff.js";
import { registerExport } from "./export.js";
import { registerCheck } from "./check.js";

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("kehoach")
    .description("Extract targets, tasks, deadlines, footnotes and models from Vietnamese plan documents (KẾ HOẠCH)")
    .option("--log-level <level>", "log level on stderr: fatal, error, warn, info, debug, trace, silent", "warn")
    .hook("preAction", (cmd) => setLogLevel(String(cmd.opts().logLevel ?? "warn")));
  registerIngest(program);
  registerList(program);
  registerShow(program);
  registerSearch(program);
  registerDiff(program);
  registerExport(program);
  registerCheck(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
