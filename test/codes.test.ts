// The codes a run reports are one list (src/ground/codes.ts): every warning raised in the source names a
// listed code, every listed code is raised somewhere, and README.md documents each of them.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ERRORS, INPUT_REFUSALS, WARNINGS } from "../src/ground/codes.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const SOURCE_DIRS = ["src", "parsers", "rules"];

function sources(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith(".ts") && !e.name.endsWith(".examples.ts")) out.push({ file: rel, text: fs.readFileSync(path.join(ROOT, rel), "utf8") });
    }
  };
  for (const d of SOURCE_DIRS) walk(d);
  return out;
}

/** The first argument of every `warn(` / `warning(` call (not the logger's `log().warn({…}, …)`). */
function warnCalls(): Array<{ file: string; line: number; arg: string }> {
  const calls: Array<{ file: string; line: number; arg: string }> = [];
  const re = /(?:(?<!\))\.warn|(?<![\w.])warning)\(\s{0,20}([^,\n]{1,200}),/g;
  for (const { file, text } of sources()) {
    if (file === path.join("src", "codes.ts")) continue;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const line = text.slice(0, m.index).split("\n").length;
      calls.push({ file, line, arg: m[1].trim() });
    }
  }
  return calls;
}

const CODE_LITERAL = /"([a-z]+\/[a-z-]+)"/g;
const listed = new Set(Object.keys(WARNINGS));

describe("warning codes", () => {
  const calls = warnCalls();

  it("finds the warn calls it checks (the scan itself works)", () => {
    expect(calls.length).toBeGreaterThanOrEqual(20);
    expect(calls.some((c) => c.arg === '"txt/page-number"')).toBe(true);
  });

  it("every warn(…) names its code as a literal from the list", () => {
    const bad: string[] = [];
    for (const c of calls) {
      const codes = [...c.arg.matchAll(CODE_LITERAL)].map((m) => m[1]);
      // the metadata rule forwards warnings it collected with warning("…"): typed as listed codes
      const forwarded = c.arg === "w.code" && c.file === path.join("rules", "meta.ts");
      if (!forwarded && codes.length === 0) bad.push(`${c.file}:${c.line} warns with ${c.arg}, not a listed literal`);
      for (const code of codes) if (!listed.has(code)) bad.push(`${c.file}:${c.line} warns with "${code}", not in src/ground/codes.ts WARNINGS`);
    }
    expect(bad).toEqual([]);
  });

  it("every listed code is raised somewhere", () => {
    const used = new Set(calls.flatMap((c) => [...c.arg.matchAll(CODE_LITERAL)].map((m) => m[1])));
    expect([...listed].filter((code) => !used.has(code))).toEqual([]);
  });
});

/** The code of every error the source makes: `new KehoachError("…"`, `sayable("…"`, `refusal("…"`, and the library maps' `code: "…"`. */
function errorCodes(): Array<{ file: string; line: number; code: string }> {
  const re = /(?:new KehoachError|sayable|refusal)\(\s{0,20}"([a-z]+\/[a-z-]+)"|(?<![\w.])code: "([a-z]+\/[a-z-]+)"/g;
  return sources().flatMap(({ file, text }) =>
    [...text.matchAll(re)].map((m) => ({ file, line: text.slice(0, m.index).split("\n").length, code: m[1] ?? m[2] })),
  );
}

describe("error codes", () => {
  const made = errorCodes();
  const known = new Set([...Object.keys(ERRORS), ...Object.keys(INPUT_REFUSALS)]);

  it("finds the errors it checks (the scan itself works)", () => {
    expect(made.length).toBeGreaterThanOrEqual(60);
    expect(made.some((c) => c.code === "docx/zip-bomb")).toBe(true);
    expect(made.some((c) => c.code === "store/locked" && c.file.endsWith("library.ts"))).toBe(true);
  });

  it("every error's code is listed, in ERRORS or INPUT_REFUSALS (src/ground/codes.ts)", () => {
    expect(made.filter((c) => !known.has(c.code)).map((c) => `${c.file}:${c.line} ${c.code}`)).toEqual([]);
  });

  it("every listed error code is made somewhere", () => {
    const used = new Set(made.map((c) => c.code));
    expect(Object.keys(ERRORS).filter((code) => !used.has(code))).toEqual([]);
  });
});

describe("codes in README.md", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const rows = new Set([...readme.matchAll(/^\| `([a-z]+\/[a-z-]+)` \|/gm)].map((m) => m[1]));

  it("has a row for every warning, refusal and error code", () => {
    const all = [...Object.keys(WARNINGS), ...Object.keys(INPUT_REFUSALS), ...Object.keys(ERRORS)];
    expect(all.filter((code) => !rows.has(code))).toEqual([]);
  });

  it("has no row for a code that is not in the list", () => {
    const known = new Set([...Object.keys(WARNINGS), ...Object.keys(INPUT_REFUSALS), ...Object.keys(ERRORS)]);
    expect([...rows].filter((code) => !known.has(code))).toEqual([]);
  });
});
