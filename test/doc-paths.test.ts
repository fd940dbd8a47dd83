// Every file path named in a comment of the code (src, parsers, rules, bin, scripts, test, schemas)
// or in CONTRIBUTING.md / README.md exists in this repository, so a reader who follows one finds it.
// Not checked: example paths of a user's files ("a/plan.txt", "plans/x.txt"), placeholders
// ("rules/NAME.ts", "parsers/FORMAT.ts"), and the project's shared folder beside the repository
// ("../shared/gold/README.md"). A glob ("parsers/*.ts") or braces ("parsers/docx/{zip,xml}.ts") must match.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const CODE_DIRS = ["src", "parsers", "rules", "bin", "scripts", "test", "schemas"];
const DOCS = ["CONTRIBUTING.md", "README.md"];
/** First folders of example paths in the docs: a user's files, the package's export name. */
const EXAMPLE_ROOTS = new Set(["a", "b", "x", "y", "plans", "kehoach"]);
const OUTSIDE = /^\.\.\/shared\//;
const PLACEHOLDER = /(?:^|\/)(?:NAME|FORMAT)(?:[./]|$)/;

// a path: folders, then a file name with an extension; globs and braces allowed in the last part
const PATH = /(?<![\w./-])((?:\.\.?\/)*(?:[\w.-]+\/)+[\w.*{},-]+\.(?:ts|js|mjs|json|md|txt|docx|pdf|sql|py))(?![\w/])/g;

function codeFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, d), { withFileTypes: true })) {
      const rel = path.join(d, e.name);
      if (e.isDirectory()) walk(rel);
      else if (/\.(?:ts|mjs|js)$/.test(e.name)) out.push(rel);
    }
  };
  for (const d of CODE_DIRS) walk(d);
  return out;
}

/** The paths named in comments of a code file, or anywhere in a Markdown file. */
function namedPaths(): Array<{ file: string; named: string }> {
  const out: Array<{ file: string; named: string }> = [];
  for (const file of codeFiles()) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    for (const c of text.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)) for (const m of c[0].matchAll(PATH)) out.push({ file, named: m[1] });
  }
  for (const file of DOCS) for (const m of fs.readFileSync(path.join(ROOT, file), "utf8").matchAll(PATH)) out.push({ file, named: m[1] });
  return out;
}

/** "parsers/docx/{zip,xml}.ts" -> ["parsers/docx/zip.ts", "parsers/docx/xml.ts"]. */
const expandBraces = (p: string): string[] => {
  const m = /\{([^{}]*)\}/.exec(p);
  return m ? m[1].split(",").flatMap((alt) => expandBraces(p.slice(0, m.index) + alt + p.slice(m.index + m[0].length))) : [p];
};

/** Does the path name something here: a file (from the root or from the naming file's folder), or a glob's match. */
function exists(named: string, from: string): boolean {
  return expandBraces(named).every((p) =>
    [path.join(ROOT, p), path.join(ROOT, path.dirname(from), p)].some((abs) => {
      if (!abs.includes("*")) return fs.existsSync(abs);
      const dir = path.dirname(abs);
      const re = new RegExp(`^${path.basename(abs).replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}$`);
      return fs.existsSync(dir) && fs.readdirSync(dir).some((f) => re.test(f));
    }),
  );
}

describe("file paths in comments and docs", () => {
  const all = namedPaths();

  it("finds the paths it checks (the scan itself works)", () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.some((p) => p.named === "rules/vocab/pattern.ts" && p.file === "CONTRIBUTING.md")).toBe(true);
  });

  it("every named path exists in the repository", () => {
    const checked = all.filter(({ named }) => !OUTSIDE.test(named) && !PLACEHOLDER.test(named) && !EXAMPLE_ROOTS.has(named.replace(/^\.\//, "").split("/")[0]));
    expect(checked.filter(({ file, named }) => !exists(named, file)).map(({ file, named }) => `${file}: ${named}`)).toEqual([]);
  });
});
