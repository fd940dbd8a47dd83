// The shape of the code that no linter rule checks (issue 10; eslint.config.js holds the sizes: no
// source file over 500 lines, no function over 80):
// - every ratio a parser or the diff decides with is a named constant with its reason (as pdf.js
//   names its thresholds): no fractional number written in the code itself;
// - layers: the ground (src/ground/: the document model, the builder, text functions, errors and codes,
//   label shapes) imports nothing above it; parsers import only the ground, never rules/; rules see the
//   document model, never its format;
// - no rule writes a Vietnamese word in its code: the words are tables in rules/vocab/ (issue 10);
// - the README's table of libraries says what every dependency of package.json does (issue 8).
import { describe, expect, it } from "vitest";
import ts from "typescript";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { staleSources } from "./helpers/built.js";

const ROOT = path.resolve(".");

function tsFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(rel);
    return e.name.endsWith(".ts") ? [rel] : [];
  });
}

/** A declaration of a named constant: `const NAME = …`, `export const NAME: T = …`. */
const NAMED = /^\s*(?:export\s+)?const\s+[A-Z][A-Z0-9_]*\s*[:=]/;
/** A fractional number written as such (0.75, .5, 1.3), not part of a name, a version or an escaped dot. */
const FRACTION = /(?<![\w.\\])\d*\.\d+(?![\w.])/g;

/** The lines of a source text as code: strings emptied, comments and named constants' lines left out ([line number, code]). */
function codeLines(source: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  let inBlock = false;
  source.split("\n").forEach((raw, i) => {
    let line = raw;
    if (inBlock) {
      const end = line.indexOf("*/");
      if (end < 0) return;
      line = line.slice(end + 2);
      inBlock = false;
    }
    // strings first (a "//" or a number inside one is text), then comments
    line = line.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\\n]|\\.)*`/g, '""');
    line = line.replace(/\/\*.*?\*\//g, " ");
    const open = line.indexOf("/*");
    if (open >= 0) {
      inBlock = true;
      line = line.slice(0, open);
    }
    const comment = line.indexOf("//");
    if (comment >= 0) line = line.slice(0, comment);
    if (NAMED.test(line)) return;
    out.push([i + 1, line]);
  });
  return out;
}

/** The fractional numbers of a source text outside named constants, comments and strings: "line: number". */
export function unnamedFractions(source: string): string[] {
  return codeLines(source).flatMap(([n, line]) => [...line.matchAll(FRACTION)].map((m) => `${n}: ${m[0]}`));
}

/** A regex literal after an operator, a bracket, a comma or `return` (its digits are a pattern's, not numbers). */
const REGEX_LITERAL = /(^|[=(,:!&|?]\s*|return\s+)\/(?![*/])(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[a-z]*/g;
/** An integer compared (`<`, `<=`, `>`, `>=`, `===`, `!==`) on either side; shifts (`<<`, `>>`) are no comparison. */
const COMPARED = /(?<![<>])(?:[<>]=?|[!=]==)(?![<>])\s*(?<a>\d+)(?![\w.])|(?<![\w.$\]])(?<b>\d+)\s*(?<![<>])(?:[<>]=?|[!=]==)(?![<>])/g;

/** The integers above 2 a source compares with outside named constants, comments, strings and patterns: "line: number". */
export function unnamedIntegers(source: string): string[] {
  return codeLines(source).flatMap(([n, line]) =>
    [...line.replace(REGEX_LITERAL, "$1RE").matchAll(COMPARED)].map((m) => Number(m.groups!.a ?? m.groups!.b)).filter((v) => v > 2).map((v) => `${n}: ${v}`),
  );
}

/**
 * Integers a parser compares with that are no layout number, each for its reason ("file: value"):
 * char codes (a line feed, a carriage return) and the degrees of a quarter turn of a scanned page.
 */
const INTEGERS_MAY_STAY = new Set([
  "parsers/txt.ts: 10", // "\n"
  "parsers/txt.ts: 13", // "\r"
  "parsers/pdf/ocr.ts: 90", // a page turned a quarter,
  "parsers/pdf/ocr.ts: 180", // half,
  "parsers/pdf/ocr.ts: 270", // or three quarters
  "parsers/pdf/ocr-orient.ts: 90",
  "parsers/pdf/ocr-orient.ts: 180",
  "parsers/pdf/ocr.ts: 4", // a character's box has four coordinates (hOCR x_bboxes)
]);

describe("named thresholds", () => {
  it("finds what it checks (the scan itself works)", () => {
    const src = [
      "const SUP_HEIGHT = 0.75; // named: fine",
      "export const BOLD_SHARE: number = 0.9;",
      "/** 0.7 em in a comment */",
      'const s = "version 5.6.205";',
      "const re = /\\d{1,3}\\.\\d{1,3}/;",
      "if (h < 0.75 * size) x = 1;",
      "/* a block",
      "   0.5 inside it */ const y = w * .5;",
    ].join("\n");
    expect(unnamedFractions(src)).toEqual(["6: 0.75", "8: .5"]);
  });

  it("finds the integers it checks (the scan itself works)", () => {
    const src = [
      "const MAX_DEPTH = 3; // named: fine",
      "if (depth <= 3) x();",
      "if (a[3] > 1 || n === 0) y();",
      "const u = b[o] | (b[o + 1] << 8);",
      "if (/\\d{1,9}/.test(s) && 12 < w) z();",
      "// if (n > 40) a comment",
    ].join("\n");
    expect(unnamedIntegers(src)).toEqual(["2: 3", "5: 12"]);
  });

  const parserFiles = tsFiles("parsers");
  it(`no integer above 2 compared with outside a named constant in parsers/ (${parserFiles.length} files)`, () => {
    const found = parserFiles.flatMap((f) => unnamedIntegers(fs.readFileSync(path.join(ROOT, f), "utf8")).map((h) => `${f}: ${h.split(": ")[1]}@${h.split(": ")[0]}`));
    expect(found.filter((h) => !INTEGERS_MAY_STAY.has(h.split("@")[0]))).toEqual([]);
  });

  const files = [...tsFiles("parsers"), "src/diff.ts"];
  it(`no fractional number outside a named constant in parsers/ and src/diff.ts (${files.length} files)`, () => {
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap((f) => unnamedFractions(fs.readFileSync(path.join(ROOT, f), "utf8")).map((h) => `${f}:${h}`));
    expect(found).toEqual([]);
  });
});

/** A Vietnamese letter: one with a diacritic of the language, or "đ". */
const VI_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
/** A word: two letters or more in a row (a single "đ" in an alphabet's class is a letter, not a word). */
const WORD = /\p{L}{2,}/gu;
/** A message a rule reports (English that quotes the plan's words): `warn(code, message)`, `warning(code, message)`. */
const MESSAGE_CALLS = new Set(["warn", "warning"]);

/**
 * The Vietnamese words a source writes in its code: in a regex literal (its character classes aside),
 * a string or a template (a pattern's source, a list of phrases, a word compared with), not in a
 * comment nor in a message a rule reports. "line: word".
 */
export function vietnameseWords(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const K = ts.SyntaxKind;
  const literal = new Set([K.RegularExpressionLiteral, K.StringLiteral, K.NoSubstitutionTemplateLiteral, K.TemplateHead, K.TemplateMiddle, K.TemplateTail]);
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const callee = ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : ts.isIdentifier(n.expression) ? n.expression.text : "";
      if (MESSAGE_CALLS.has(callee)) return;
    }
    if (literal.has(n.kind)) {
      let text = n.getText(sf);
      if (n.kind === K.RegularExpressionLiteral) text = text.replace(/\[(?:[^\]\\]|\\.)*\]/gu, "[]");
      for (const m of text.matchAll(WORD)) if (VI_LETTER.test(m[0])) out.push(`${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}: ${m[0]}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/**
 * Rule files that may write Vietnamese words, each for its reason:
 * - rules/deadline/patterns.ts is itself a table, the shapes of a date (`PATTERNS`, CONTRIBUTING.md "Add a
 *   deadline phrase"): each row is a pattern whose words are its grammar ("ngày 5 tháng 3 năm 2025",
 *   "từ … đến …", "tuần thứ hai"), with its example rows in rules/deadline.examples.ts.
 * Example files (`*.examples.ts`) are example rows: made-up plan text, as a table's rows are.
 */
const WORDS_MAY_STAY = ["rules/deadline/patterns.ts"];

describe("vocabularies as data", () => {
  it("finds what it checks (the scan itself works)", () => {
    const src = [
      "// căn cứ: a comment is fine",
      "const A = /^(?:căn cứ|theo)\\s/iu;",
      "const B = /^[a-zđ]\\)/u; // an alphabet's class",
      'const C = regex(`${X}năm${S}`, "u");',
      'const D = alt(["thực hiện", "xet"]);',
      'ctx.warn("x/y", "Found no title (\\"KẾ HOẠCH\\")");',
      'if (w === "trên") x();',
    ].join("\n");
    expect(vietnameseWords("a.ts", src)).toEqual(["2: căn", "2: cứ", "4: năm", "5: thực", "5: hiện", "7: trên"]);
  });

  const files = tsFiles("rules").filter((f) => !f.startsWith("rules/vocab/") && !f.endsWith(".examples.ts") && !WORDS_MAY_STAY.includes(f));
  it(`no rule outside rules/vocab/ writes a Vietnamese word in a pattern or a list (${files.length} files)`, () => {
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((f) => vietnameseWords(f, fs.readFileSync(path.join(ROOT, f), "utf8")).map((h) => `${f}:${h}`));
    expect(found).toEqual([]);
  });
});

/** The files a source file imports from this repository, as paths from the root ("src/ground/model.ts"). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  return [...text.matchAll(/(?:from|import\()\s*"(\.{1,2}\/[^"]+)"/g)].map((m) =>
    path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), m[1])).replace(/\.js$/, ".ts"),
  );
}

/**
 * The ground (src/ground/): what every layer above reads — the document model and its builder, text
 * functions, errors and codes, formats, the label shapes of a paragraph (with their words) and the one
 * place a pattern is compiled. It imports nothing above it (schemas aside).
 */
const GROUND = tsFiles("src/ground");
/** Messages said in the language (a parser's refusal names its reason by a catalogue key). */
const MESSAGES = ["src/i18n/said.ts", "src/i18n/library.ts"];

describe("layers", () => {
  it("finds the imports it checks (the scan itself works)", () => {
    expect(importsOf("src/ground/doc-builder.ts")).toEqual(expect.arrayContaining(["src/ground/model.ts", "src/ground/text.ts"]));
    expect(importsOf("parsers/txt.ts")).toContain("src/ground/label.ts");
    expect(GROUND).toEqual(expect.arrayContaining(["src/ground/model.ts", "src/ground/text.ts", "src/ground/label.ts", "src/ground/regex.ts"]));
  });

  it("the ground imports only the ground (and the schema)", () => {
    const up = GROUND.flatMap((f) => importsOf(f).filter((i) => !GROUND.includes(i) && !i.startsWith("schemas/")).map((i) => `${f} -> ${i}`));
    expect(up).toEqual([]);
  });

  it("parsers import only parsers, the ground and the message catalogue: never rules/", () => {
    const ok = (i: string) => i.startsWith("parsers/") || GROUND.includes(i) || MESSAGES.includes(i) || i.startsWith("schemas/");
    const up = tsFiles("parsers").flatMap((f) => importsOf(f).filter((i) => !ok(i)).map((i) => `${f} -> ${i}`));
    expect(up).toEqual([]);
  });

  it("rules import only rules, the ground and the schema; none asks the document's format", () => {
    const files = tsFiles("rules");
    const up = files.flatMap((f) => importsOf(f).filter((i) => !i.startsWith("rules/") && !GROUND.includes(i) && !i.startsWith("schemas/") && !(f.endsWith("examples.ts") && i.startsWith("parsers/"))).map((i) => `${f} -> ${i}`));
    expect(up).toEqual([]);
    // examples read their made-up plans with a parser (rules/examples.ts picks it); no rule reads the format
    const asks = files.filter((f) => f !== "rules/examples.ts" && /\.format\b/.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(asks).toEqual([]);
  });
});

describe("errors a user can meet have a code and a Vietnamese message", () => {
  const files = ["src", "parsers", "rules"].flatMap(tsFiles);
  it(`every plain Error thrown in src/, parsers/, rules/ is an internal invariant or a fixed text, said so beside it (${files.length} files)`, () => {
    expect(files.length).toBeGreaterThan(100);
    const bare = files.flatMap((f) => {
      const lines = fs.readFileSync(path.join(ROOT, f), "utf8").split("\n");
      return lines.flatMap((l, i) => (/throw new Error\(/.test(l) && !/internal|fixed text/i.test(lines.slice(Math.max(0, i - 4), i + 1).join(" ")) ? [`${f}:${i + 1}`] : []));
    });
    expect(bare).toEqual([]);
  });
});

describe("the README's table of libraries", () => {
  it("has a row for every dependency of package.json, and none for a package that is not one", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const start = readme.indexOf("| dependency | what kehoach uses it for |");
    expect(start, "the table's header row").toBeGreaterThan(0);
    const rows = readme.slice(start).split("\n").slice(2);
    const table = rows.slice(0, rows.findIndex((l) => !l.startsWith("|")));
    const named = new Set(table.flatMap((row) => [...row.split("|")[1].matchAll(/`([^`\s]+)`/g)].map((m) => m[1])));
    expect([...Object.keys(pkg.dependencies)].filter((d) => !named.has(d)), "dependencies without a row").toEqual([]);
    expect([...named].filter((d) => !(d in pkg.dependencies)), "rows of packages that are not dependencies").toEqual([]);
  });
});

describe("the tests run what is built from the sources", () => {
  it("finds a source newer than its build, and one never built (vitest's global set-up then builds)", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-built-"));
    try {
      for (const f of ["src/a.ts", "src/b.ts", "rules/c.ts", "dist/src/a.js", "dist/src/b.js"]) {
        fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
        fs.writeFileSync(path.join(root, f), "");
      }
      const old = new Date(Date.now() - 60_000);
      fs.utimesSync(path.join(root, "dist/src/b.js"), old, old);
      expect(staleSources(root).sort()).toEqual(["rules/c.ts", "src/b.ts"]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("dist/ here is as new as every source (the set-up built it when it was not)", () => {
    expect(staleSources(ROOT)).toEqual([]);
  });
});

describe("fixtures/FIXTURES-README.md", () => {
  it("has a row for every folder of fixtures/, and none for a folder that is not there", () => {
    const readme = fs.readFileSync(path.join(ROOT, "fixtures/FIXTURES-README.md"), "utf8");
    const rows = new Set([...readme.matchAll(/^\| `([^`/]+)\/` \|/gm)].map((m) => m[1]));
    const folders = fs.readdirSync(path.join(ROOT, "fixtures"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !rows.has(f)), "folders without a row").toEqual([]);
    expect([...rows].filter((r) => !folders.includes(r)), "rows without a folder").toEqual([]);
  });
});
