// kehoach review and kehoach diff --format html as users run them (the built binary).
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { esc, jsonForScript } from "../src/review/escape.js";

const BIN = path.resolve("dist/bin/kehoach.js");
const run = (args: string[], cwd = process.cwd()) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const CAO_BANG = path.resolve("fixtures/plans/001_1396b3c07450a05b.txt");
const NAM_DINH = path.resolve("fixtures/plans/000_ae60fdb8b20bdd06.txt");

describe("kehoach review", () => {
  it("writes one self-contained page for a plan file to stdout", () => {
    const r = run(["review", CAO_BANG]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain('<html lang="vi">');
    expect(r.stdout).toContain("Content-Security-Policy");
    // nothing to fetch: no external script, style, font or image
    expect(r.stdout).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=/i);
    expect(r.stdout).not.toMatch(/https?:\/\//);
  });

  it("writes --out FILE for one plan, and one page per plan into --out DIR for several", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-review-"));
    try {
      const one = path.join(dir, "cao-bang.html");
      expect(run(["review", CAO_BANG, "--out", one]).code).toBe(0);
      expect(fs.readFileSync(one, "utf8")).toContain("Cao Bằng");
      const r = run(["review", CAO_BANG, NAM_DINH, "--out", dir]);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(fs.readdirSync(dir).sort()).toEqual(["000_ae60fdb8b20bdd06.txt.review.html", "001_1396b3c07450a05b.txt.review.html", "cao-bang.html"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a DOCX footnote's text tells its note in the hover: the part and the note's w:id", async () => {
    const { renderReview } = await import("../src/review/page.js");
    const { ingestBytes } = await import("../src/pipeline.js");
    const plan = await ingestBytes(fs.readFileSync("fixtures/plans/000_ae60fdb8b20bdd06.docx"), "000.docx");
    const html = renderReview(plan);
    expect(plan.footnotes.length).toBeGreaterThan(0);
    for (const f of plan.footnotes) expect(html).toContain(`chú thích (footnotes.xml) ${f.where!.note!.id}`);
    expect(html).toContain("note (footnotes.xml) 1");
  });

  it("asks for a folder when several plans would go to stdout", () => {
    const r = run(["review", CAO_BANG, NAM_DINH]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--out DIR");
    expect(r.stdout).toBe("");
  });

  it("reviews a stored document, whose text the database keeps", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-review-db-"));
    try {
      const db = path.join(dir, "k.db");
      expect(run(["ingest", CAO_BANG, "--db", db, "--out", dir]).code).toBe(0);
      const r = run(["review", "cao-bang", "--db", db]);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(r.stdout).toContain('data-goto="t1"');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("source.text through the CLI", () => {
  it("ingest --stdout --jobs 2 (worker threads) gives each plan its text; show and export read the database that keeps it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-text-cli-"));
    try {
      const pdf = path.resolve("fixtures/plans/001_1396b3c07450a05b.pdf");
      const docx = path.resolve("fixtures/plans/002_ed1a53c65c1a9ed0.docx");
      const r = run(["ingest", CAO_BANG, pdf, docx, "--stdout", "--jobs", "2", "--db", path.join(dir, "k.db")]);
      expect(r.code).toBe(0);
      const plans = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as import("../schemas/plan.js").PlanDocument);
      expect(plans.map((p) => p.source.format)).toEqual(["txt", "pdf", "docx"]);
      for (const p of plans) {
        const text = p.source.text!;
        expect(text.length).toBeGreaterThan(1000);
        for (const t of [...p.targets, ...p.tasks]) expect(text.slice(t.where.start, t.where.end).replace(/\s+/g, " ")).toContain(t.text.replace(/\s+/g, " ").slice(0, 40));
      }
      // the same files again: skipped before parsing, their JSON Lines from the database, text included
      const again = run(["ingest", CAO_BANG, pdf, docx, "--stdout", "--db", path.join(dir, "k.db")]);
      expect(again.code).toBe(0);
      expect(again.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { source: { text?: string } }).source.text)).toEqual(plans.map((p) => p.source.text));
      const show = run(["show", "cao-bang", "--db", path.join(dir, "k.db")]);
      expect([show.code, show.stderr]).toEqual([0, ""]);
      expect(show.stdout).toContain("2.1");
      const exp = run(["export", "--what", "targets", "--format", "json", "--db", path.join(dir, "k.db")]);
      expect([exp.code, exp.stderr]).toEqual([0, ""]);
      // the PDF of the Cao Bằng plan replaced its text version (same plan): two documents stored
      expect((JSON.parse(exp.stdout) as unknown[]).length).toBe(plans[1].targets.length + plans[2].targets.length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("kehoach diff --format html", () => {
  it("writes a page with the pairs and the unpaired targets of both sides", () => {
    const r = run(["diff", CAO_BANG, NAM_DINH, "--format", "html"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain('id="h-paired"');
    expect(r.stdout).toContain('id="h-only-a"');
    expect(r.stdout).toContain('id="h-only-b"');
  });
  it("names each side's documents with their year, or their term written 2022–2027, in every format", () => {
    const TERM_A = path.resolve("fixtures/plans/002_ed1a53c65c1a9ed0.txt"); // Nam Định, nhiệm kỳ 2022 - 2027
    const TERM_B = path.resolve("fixtures/plans/003_bb17a3663816f093.txt"); // Thái Nguyên, nhiệm kỳ 2021 - 2026
    for (const format of ["table", "md", "html"]) {
      const r = run(["diff", TERM_A, TERM_B, "--format", format]);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(r.stdout).toContain("002_ed1a53c65c1a9ed0.txt (2022–2027)");
      expect(r.stdout).toContain("003_bb17a3663816f093.txt (2021–2026)");
    }
    expect(run(["diff", CAO_BANG, TERM_A]).stdout).toContain("001_1396b3c07450a05b.txt (2024)");
    const json = JSON.parse(run(["diff", TERM_A, TERM_B, "--format", "json"]).stdout) as { a: { documents: Array<{ year: number | null; period: unknown }> } };
    expect(json.a.documents[0]).toMatchObject({ year: null, period: { from: 2022, to: 2027 } });
  });
  it("labels its counts and its confidence words in Vietnamese, with English behind the toggle", () => {
    const html = run(["diff", CAO_BANG, NAM_DINH, "--format", "html"]).stdout;
    expect(html).toMatch(/<span data-l="paired">Các cặp chỉ tiêu<\/span>: \d+/);
    expect(html).toMatch(/<span data-l="onlyIn">Chỉ có ở<\/span> [^:]+: \d+/);
    const badges = [...html.matchAll(/class="badge (high|medium|low)"[^>]*><span data-l="(\w+)">([^<]+)<\/span>/g)];
    expect(badges.length).toBeGreaterThan(0);
    for (const [, cls, key, word] of badges) {
      expect(key).toBe(cls);
      expect(["cao", "trung bình", "thấp"]).toContain(word);
    }
  });
});

describe("escaping", () => {
  it("writes the five HTML specials as entities", () => expect(esc(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"));
  it("keeps JSON in a script element from ending it", () => {
    const s = jsonForScript({ t: "</script><script>alert(1)</script><!--\u2028" });
    expect(s).not.toContain("<");
    expect(JSON.parse(s)).toEqual({ t: "</script><script>alert(1)</script><!--\u2028" });
  });
});

describe("marked text", () => {
  /** The text inside each data-mark, all pieces joined, read from the HTML (entities decoded). */
  const textOfMarks = (html: string): Map<string, string> => {
    const out = new Map<string, string>();
    const stack: Array<string | null> = [];
    for (const m of html.matchAll(/<(\/?)span([^>]*)>|([^<]+)|<a[^>]*><\/a>/g)) {
      if (m[3] !== undefined) {
        const t = m[3].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
        for (const id of stack) if (id) out.set(id, (out.get(id) ?? "") + t);
      } else if (m[1] === "/") stack.pop();
      else if (m[0].startsWith("<span")) stack.push(/data-mark="([^"]*)"/.exec(m[2] ?? "")?.[1] ?? null);
    }
    return out;
  };

  it("cuts crossing marks into pieces whose text together is the mark's slice", async () => {
    const { markedText } = await import("../src/review/marks.js");
    const text = "Một <b> hai\n\nba & bốn năm";
    const marks = [
      { id: "a", kind: "target" as const, start: 0, end: 15, tip: [] },
      { id: "b", kind: "quantity" as const, start: 4, end: 20, tip: [] },
      { id: "c", kind: "model" as const, start: 8, end: 11, tip: [] },
      { id: "r", kind: "fnref" as const, start: 11, end: 11, tip: [["marker", "1"] as ["marker", string]] },
    ];
    const html = markedText(text, marks, [{ page: 1, start: 0 }, { page: 2, start: 13 }]);
    const got = textOfMarks(html);
    for (const m of marks.filter((x) => x.end > x.start)) expect(got.get(m.id)).toBe(text.slice(m.start, m.end));
    expect(html).not.toContain("<b>");
    expect(html.match(/class="pg"/g)?.length).toBe(2);
    expect(html).toContain('data-n="1"');
  });
});
