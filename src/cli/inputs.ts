// What `kehoach ingest` arguments name: files, folders (their plan files: .pdf, .docx, .doc,
// .txt, .md; sub-folders with --recursive) and glob patterns (tinyglobby), in a stable order.
// An argument that is none of these stays as given: reading it says why ("no such file").
import fs from "node:fs";
import path from "node:path";
// tinyglobby (and picomatch) are loaded when a folder or a pattern is given: not for files, nor for --help
const globber = () => import("tinyglobby");

/** The files a folder contributes: plan formats, and .doc so that it is named with its reason. */
export const PLAN_EXTENSIONS = ["pdf", "docx", "doc", "txt", "md", "markdown"] as const;

export interface ExpandedInputs {
  files: string[];
  /** a folder or a glob was given: a batch, with progress and a summary */
  batch: boolean;
  /** arguments that named nothing to read (a glob matching no file, a folder with no plan file) */
  empty: Array<{ arg: string; reason: string }>;
  /** sub-folders of the folders given that were not read (no --recursive) */
  subfoldersSkipped: number;
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function expandInputs(args: string[], opts: { recursive?: boolean } = {}): Promise<ExpandedInputs> {
  const out: ExpandedInputs = { files: [], batch: false, empty: [], subfoldersSkipped: 0 };
  const seen = new Set<string>();
  // a file a folder or a glob finds again (given before, or found by two of them) is read once;
  // a file named twice by itself is read twice, as asked
  const add = (f: string, found = true) => {
    const key = f === "-" ? f : path.resolve(f);
    if (found && seen.has(key)) return;
    seen.add(key);
    out.files.push(f);
  };
  for (const arg of args) {
    if (arg === "-") {
      add(arg, false);
      continue;
    }
    const st = fs.statSync(arg, { throwIfNoEntry: false });
    if (st?.isDirectory()) {
      out.batch = true;
      const { glob } = await globber();
      const found = await glob([`${opts.recursive ? "**/" : ""}*.{${PLAN_EXTENSIONS.join(",")}}`], {
        cwd: arg,
        caseSensitiveMatch: false,
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
      });
      if (!opts.recursive) {
        out.subfoldersSkipped += fs.readdirSync(arg, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith(".")).length;
      }
      if (found.length === 0) out.empty.push({ arg, reason: `no plan file (${PLAN_EXTENSIONS.map((e) => "." + e).join(", ")}) in this folder${opts.recursive ? " or below" : " (see --recursive)"}` });
      for (const rel of found.sort(byPath)) add(path.join(arg, rel));
    } else if (!st && (await globber()).isDynamicPattern(arg)) {
      out.batch = true;
      // an absolute pattern gives absolute paths, a relative one paths relative to here
      const { glob } = await globber();
      const found = await glob([arg], { onlyFiles: true, dot: false, expandDirectories: false, absolute: path.isAbsolute(arg) });
      if (found.length === 0) out.empty.push({ arg, reason: "no file matches this pattern" });
      for (const f of found.sort(byPath)) add(f);
    } else {
      add(arg, false);
    }
  }
  return out;
}
