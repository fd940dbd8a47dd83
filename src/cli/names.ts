// The names of the JSON files one `kehoach ingest` run writes. Within a run no output ever
// overwrites another:
//   1. `<stem>.json` (plan.txt → plan.json);
//   2. inputs sharing a stem with different extensions (the same plan as .txt, .docx, .pdf):
//      `<stem>.<ext>.json`;
//   3. names still shared (plan.txt in two folders): the folders above each file, as many as
//      tell them apart, joined with "_" in front: a/plan.txt → a_plan.json, b/plan.txt → b_plan.json;
//   4. anything still shared (the same file given twice): `-2`, `-3`, … before `.json`.
import path from "node:path";

const stemOf = (file: string) => path.basename(file).replace(/\.[^.]+$/, "");

/** The output name of each input, in the order of `files` (the same file twice gets two names). */
export function outputNames(files: string[]): string[] {
  // rule 1 and 2
  const extOf = (f: string) => path.extname(f).slice(1).toLowerCase();
  const exts = new Map<string, Set<string>>();
  for (const f of files) exts.set(stemOf(f), (exts.get(stemOf(f)) ?? new Set()).add(extOf(f)));
  let names = files.map((f) => (exts.get(stemOf(f))!.size > 1 && extOf(f) ? `${stemOf(f)}.${extOf(f)}` : stemOf(f)));
  // rule 3: folders in front, one more level at a time, for names shared by different files
  const abs = files.map((f) => path.resolve(f));
  const dirs = abs.map((f) => path.dirname(f).split(path.sep).filter(Boolean));
  const base = [...names];
  const clash = () => {
    const m = new Map<string, Set<string>>();
    names.forEach((n, i) => m.set(n, (m.get(n) ?? new Set()).add(abs[i]!)));
    return m;
  };
  for (let depth = 1; depth <= Math.max(0, ...dirs.map((d) => d.length)); depth++) {
    const c = clash();
    if (![...c.values()].some((s) => s.size > 1)) break;
    names = names.map((n, i) => {
      if (c.get(n)!.size <= 1) return n;
      const d = dirs[i]!;
      return [...d.slice(Math.max(0, d.length - depth)), base[i]!].join("_");
    });
  }
  // rule 4
  const seen = new Map<string, number>();
  const taken = new Set(names);
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    if (k === 1) return `${n}.json`;
    let j = k;
    while (taken.has(`${n}-${j}`)) j++;
    taken.add(`${n}-${j}`);
    return `${n}-${j}.json`;
  });
}
