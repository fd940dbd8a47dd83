// Provenance a person can check (issue 11): for every item of every fixture, in every format,
// `source.text.slice(start, end)` is the item's words up to white space: a target or task from its
// label to its end, a quantity or deadline its raw words, a footnote its body, a model its name.
// Text and Markdown spans also give the line and column where those words start in the file.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { ingestBytes } from "../src/pipeline.js";
import { decodeText } from "../parsers/decode.js";
import { strFromU8, unzipSync } from "fflate";
import { XMLParser } from "fast-xml-parser";
import type { PlanDocument, SpanT } from "../schemas/plan.js";

// the regression plans, every blind round's files and the real web copies (fixtures/real)
const DIRS = ["fixtures/plans", "fixtures/real", ...fs.readdirSync("fixtures").filter((d) => d.startsWith("blind-")).map((d) => `fixtures/${d}`)];
const FILES = DIRS.flatMap((d) =>
  fs
    .readdirSync(d)
    .filter((f) => /\.(txt|md|docx|pdf)$/.test(f) && !/README|HOLDOUT|SOURCES/.test(f))
    .map((f) => path.join(d, f)),
);

const ws = (s: string) => s.replace(/\s+/gu, " ").trim();
const squeeze = (s: string) => s.normalize("NFC").replace(/\s+/gu, "").toLowerCase();

type XmlNode = Record<string, unknown>;
/** The tag of a node of fast-xml-parser's ordered output. */
const tagOf = (n: XmlNode) => Object.keys(n).find((k) => k !== ":@")!;
/** The text a list of nodes holds (field codes and deleted text aside). */
const text = (list: XmlNode[]): string =>
  list
    .map((n) => {
      const tag = tagOf(n);
      if (tag === "#text") return String(n[tag]);
      if (tag === "w:instrText" || tag === "w:delText") return "";
      return Array.isArray(n[tag]) ? text(n[tag] as XmlNode[]) : "";
    })
    .join("");

/** The text of each body element of a DOCX (w:p, w:tbl, in reading order, into content controls), white space removed. */
function docxBodyTexts(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" })["word/document.xml"]!);
  const doc = new XMLParser({ preserveOrder: true, ignoreAttributes: true, trimValues: false, parseTagValue: false }).parse(xml) as XmlNode[];
  const kids = (list: XmlNode[], tag: string) => (list.find((n) => tagOf(n) === tag)?.[tag] as XmlNode[] | undefined) ?? [];
  const body = kids(kids(doc, "w:document"), "w:body");
  const out: string[] = [];
  const walk = (list: XmlNode[]) => {
    for (const n of list) {
      const tag = tagOf(n);
      if (tag === "w:p" || tag === "w:tbl") out.push(squeeze(text(n[tag] as XmlNode[])));
      else if (tag === "w:sdt") walk(kids(n[tag] as XmlNode[], "w:sdtContent"));
      else if (tag === "w:customXml" || tag === "w:ins" || tag === "w:moveTo") walk(n[tag] as XmlNode[]);
    }
  };
  walk(body);
  return out;
}

/** The text of each note of word/footnotes.xml or word/endnotes.xml by its w:id, white space removed. */
function docxNoteTexts(bytes: Uint8Array, part: "footnotes" | "endnotes"): Map<number, string> {
  const name = `word/${part}.xml`;
  const file = unzipSync(bytes, { filter: (f) => f.name === name })[name];
  const out = new Map<number, string>();
  if (!file) return out;
  const doc = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false, parseTagValue: false }).parse(strFromU8(file)) as XmlNode[];
  const holder = doc.find((n) => tagOf(n) === `w:${part}`)?.[`w:${part}`] as XmlNode[] | undefined;
  for (const n of holder ?? []) {
    if (tagOf(n) !== (part === "footnotes" ? "w:footnote" : "w:endnote")) continue;
    const id = Number((n[":@"] as Record<string, string> | undefined)?.["@_w:id"]);
    out.set(id, squeeze(text(n[tagOf(n)] as XmlNode[])));
  }
  return out;
}

/** Every checkable span of a plan with the words it must hold; `tail` for items (label before). */
export function provenanceChecks(plan: PlanDocument): Array<{ what: string; where: SpanT; words: string; tail?: boolean; unquote?: boolean }> {
  const out: Array<{ what: string; where: SpanT; words: string; tail?: boolean; unquote?: boolean }> = [];
  for (const t of [...plan.targets, ...plan.tasks]) out.push({ what: `item ${t.id}`, where: t.where, words: t.text, tail: true });
  for (const t of plan.targets)
    for (const q of t.quantities) if (q.where) out.push({ what: `quantity of ${t.id} "${q.raw}"`, where: q.where, words: q.raw });
  for (const d of plan.deadlines) if (d.where) out.push({ what: `deadline "${d.raw}"`, where: d.where, words: d.raw });
  for (const f of plan.footnotes) if (f.where) out.push({ what: `footnote ${f.marker}`, where: f.where, words: f.text, tail: true });
  // a model's name without the quotes it stood in ("gia đình nhà giáo “5 không, 3 sạch”")
  for (const m of plan.models) if (m.where) out.push({ what: `model "${m.name}"`, where: m.where, words: m.name, unquote: true });
  return out;
}

describe("every span holds the words it was read from", () => {
  let total = 0;
  for (const file of FILES) {
    it(file, async () => {
      const bytes = fs.readFileSync(file);
      const plan = await ingestBytes(bytes, file);
      const text = plan.source.text!;
      expect(typeof text).toBe("string");
      const checks = provenanceChecks(plan);
      // every regression and blind-round plan has items; a web copy in fixtures/real may have
      // none that kehoach reads (what it misses there is scored by test/real-plans.test.ts)
      if (!file.startsWith("fixtures/real/")) expect(checks.length).toBeGreaterThan(0);
      const bad: string[] = [];
      for (const c of checks) {
        const raw = text.slice(c.where.start, c.where.end);
        const slice = ws(c.unquote ? raw.replace(/[“”"]/gu, "") : raw);
        const want = ws(c.words);
        // an item's slice starts at its label ("2.1.", "a)", "Chỉ tiêu 3:", its row's number cell)
        const ok = c.tail ? slice.endsWith(want) && slice.length - want.length <= 24 : slice === want;
        if (!ok) bad.push(`${c.what}: got "${slice.slice(0, 80)}", want "${want.slice(0, 80)}"`);
      }
      // a footnote's reference marks: empty spans just after the word the marker was glued to
      for (const f of plan.footnotes)
        for (const r of f.refs ?? []) {
          const before = text.slice(Math.max(0, r.start - 1), r.start);
          if (r.end !== r.start || !/\S/u.test(before)) bad.push(`footnote ${f.marker} reference at ${r.start}: after "${before}"`);
          total++;
        }
      total += checks.length;
      expect(bad).toEqual([]);
    });
  }
  it("checked spans in every fixture", () => expect(total).toBeGreaterThan(1000));
});

describe("places in the original file", () => {
  for (const file of FILES.filter((f) => /\.(txt|md)$/.test(f))) {
    it(`text and Markdown spans give line and column of their first character: ${file}`, async () => {
      const bytes = fs.readFileSync(file);
      const plan = await ingestBytes(bytes, file);
      const lines = decodeText(bytes, file).text.split(/\r?\n/);
      const bad: string[] = [];
      for (const c of provenanceChecks(plan)) {
        const { line, column } = c.where;
        if (line === undefined || column === undefined) {
          bad.push(`${c.what}: no line/column`);
          continue;
        }
        const first = plan.source.text!.slice(c.where.start).trimStart().normalize("NFC")[0];
        const atFile = (lines[line - 1] ?? "").slice(column - 1).normalize("NFC")[0];
        if (first !== atFile) bad.push(`${c.what}: ${line}:${column} holds "${atFile}", want "${first}"`);
      }
      // a reference mark: its line and column are the marker's in the file ("1", "[^1]", "<sup>1</sup>")
      for (const f of plan.footnotes)
        for (const r of f.refs ?? []) {
          const rest = (lines[(r.line ?? 0) - 1] ?? "").slice((r.column ?? 0) - 1).trimStart();
          const ok = r.line !== undefined && r.column !== undefined && [f.marker, `[^${f.marker}]`, `^${f.marker}`, "<sup"].some((m) => rest.startsWith(m));
          if (!ok) bad.push(`reference of footnote ${f.marker} at ${r.line}:${r.column}: "${rest.slice(0, 12)}"`);
        }
      expect(bad).toEqual([]);
    });
  }

  // every span of every PDF fixture: a page and a line on it; on one page, words further into the
  // text stand on the same or a later line (footnote bodies, at the page's foot, after the body)
  for (const file of FILES.filter((f) => f.endsWith(".pdf")))
    it(`PDF spans give their page and the line on it: ${file}`, async () => {
      const plan = await ingestBytes(fs.readFileSync(file), file);
      const checks = provenanceChecks(plan);
      expect(checks.length).toBeGreaterThan(0);
      const refs = plan.footnotes.flatMap((f) => (f.refs ?? []).map((r) => ({ what: `reference of footnote ${f.marker}`, where: r })));
      const bad = [...checks, ...refs].filter((c) => c.where.page === null || !(c.where.page >= 1) || c.where.line === undefined || !(c.where.line >= 1)).map((c) => c.what);
      expect(bad).toEqual([]);
      const byPage = new Map<number, Array<{ start: number; line: number; what: string }>>();
      for (const c of checks.filter((x) => !x.what.startsWith("footnote")))
        (byPage.get(c.where.page!) ?? byPage.set(c.where.page!, []).get(c.where.page!)!).push({ start: c.where.start, line: c.where.line!, what: c.what });
      const backwards: string[] = [];
      for (const [page, cs] of byPage) {
        cs.sort((a, b) => a.start - b.start || a.line - b.line);
        for (let i = 1; i < cs.length; i++) if (cs[i].line < cs[i - 1].line) backwards.push(`p. ${page}: ${cs[i].what} on line ${cs[i].line} after ${cs[i - 1].what} on line ${cs[i - 1].line}`);
      }
      expect(backwards).toEqual([]);
    });

  // every span of every DOCX fixture names the body element (paragraph or table) that holds its
  // words, read here from word/document.xml on its own (fflate + fast-xml-parser, not kehoach's
  // reader); a footnote's text stands in word/footnotes.xml, outside the body: its span names the
  // note there (part and w:id), read the same way
  for (const file of FILES.filter((f) => f.endsWith(".docx")))
    it(`DOCX spans name the body element or the note that holds their words: ${file}`, async () => {
      const bytes = fs.readFileSync(file);
      const elements = docxBodyTexts(bytes);
      const notes = { footnotes: docxNoteTexts(bytes, "footnotes"), endnotes: docxNoteTexts(bytes, "endnotes") };
      const plan = await ingestBytes(bytes, file);
      const bad: string[] = [];
      let n = 0;
      let inNotes = 0;
      for (const c of provenanceChecks(plan)) {
        const note = c.where.note;
        if (c.what.startsWith("footnote") && !note) {
          bad.push(`${c.what}: a footnote's text names no note`);
          continue;
        }
        if (note) {
          if (c.where.paragraph !== undefined) bad.push(`${c.what}: a note's words named body element ${c.where.paragraph}`);
          const words = squeeze(plan.source.text!.slice(c.where.start, c.where.end));
          const held = notes[note.part].get(note.id) ?? "";
          if (!held.includes(words.slice(0, 40))) bad.push(`${c.what}: ${note.part} ${note.id} holds "${held.slice(0, 60)}", not "${words.slice(0, 30)}"`);
          inNotes++;
          continue;
        }
        n++;
        const p = c.where.paragraph;
        if (p === undefined) {
          bad.push(`${c.what}: no paragraph`);
          continue;
        }
        // the words as the file holds them: white space aside; an item's slice may begin with a
        // label Word draws from its numbering ("2.1.", "a)"), which is in no w:t
        const words = squeeze(plan.source.text!.slice(c.where.start, c.where.end));
        const el = elements[p] ?? "";
        let found = false;
        for (let i = 0; i <= Math.min(12, Math.max(0, words.length - 8)) && !found; i++) found = el.includes(words.slice(i, i + 10));
        if (!found) bad.push(`${c.what}: body element ${p} of ${elements.length} holds "${el.slice(0, 60)}", not "${words.slice(0, 30)}"`);
      }
      // a reference mark: the body element of the word it was glued to
      for (const f of plan.footnotes)
        for (const r of f.refs ?? []) {
          const before = squeeze(plan.source.text!.slice(Math.max(0, r.start - 12), r.start)).slice(-6);
          if (r.paragraph === undefined || !(elements[r.paragraph] ?? "").includes(before)) bad.push(`reference of footnote ${f.marker}: body element ${r.paragraph} lacks "${before}"`);
        }
      expect(n).toBeGreaterThan(0);
      expect(inNotes).toBe(plan.footnotes.length + provenanceChecks(plan).filter((c) => !c.what.startsWith("footnote") && c.where.note).length);
      expect(bad).toEqual([]);
    });

  it("a DOCX footnote's text names its note: part and w:id", async () => {
    const plan = await ingestBytes(fs.readFileSync("fixtures/plans/000_ae60fdb8b20bdd06.docx"), "000.docx");
    expect(plan.footnotes.length).toBeGreaterThan(2);
    expect(plan.footnotes.map((f) => f.where?.note)).toEqual(plan.footnotes.map((_, i) => ({ part: "footnotes", id: i + 1 })));
  });

  it("PDF spans give the line on their page", async () => {
    const plan = await ingestBytes(fs.readFileSync("fixtures/plans/001_1396b3c07450a05b.pdf"), "001.pdf");
    const items = [...plan.targets, ...plan.tasks];
    expect(items.every((t) => t.where.page !== null && t.where.line !== undefined && t.where.line >= 1)).toBe(true);
    // items further down a page stand on later lines
    const onPage2 = items.filter((t) => t.where.page === 2);
    expect(onPage2.length).toBeGreaterThan(2);
    const ls = onPage2.map((t) => t.where.line!);
    expect([...ls].sort((a, b) => a - b)).toEqual(ls);
  });

  it("DOCX spans give the body paragraph", async () => {
    const plan = await ingestBytes(fs.readFileSync("fixtures/plans/001_1396b3c07450a05b.docx"), "001.docx");
    const ps = [...plan.targets, ...plan.tasks].map((t) => t.where.paragraph);
    expect(ps.every((p) => typeof p === "number")).toBe(true);
    expect(new Set(ps).size).toBe(ps.length); // one item per paragraph in this plan
  });
});
