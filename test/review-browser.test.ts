// The review pages in a real browser: Debian's chromium driven by playwright-core (no browser
// download). Clicking an item of the panel must flash exactly the item's words of source.text;
// the largest fixture's page must render in under 1 s and weigh under 1 MB; a plan's text must
// never become markup. Screenshots go to test-output/review/ for the person changing the page.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { ingestBytes } from "../src/pipeline.js";
import { renderReview } from "../src/review/page.js";
import { renderDiffHtml } from "../src/review/diff-page.js";
import { diffPlans } from "../src/diff.js";
import { LABELS } from "../src/review/labels.js";
import { reasonText } from "../src/i18n/index.js";
import { formatQuantities } from "../src/ground/format.js";
import { vi } from "../src/i18n/vi.js";
import type { PlanDocument } from "../schemas/plan.js";

const CHROMIUM = process.env.KEHOACH_CHROMIUM ?? "/usr/bin/chromium";
// playwright-core is a devDependency: missing only from a node_modules made before it was added
const DRIVER = (() => {
  try {
    createRequire(import.meta.url).resolve("playwright-core");
    return true;
  } catch {
    return false;
  }
})();
const HAVE = fs.existsSync(CHROMIUM) && DRIVER;
if (!fs.existsSync(CHROMIUM))
  console.warn(
    `\n*** review-browser tests SKIPPED: no Chromium at ${CHROMIUM}. Install it (Debian: apt-get install -y chromium) ` +
      `or set KEHOACH_CHROMIUM to a Chromium binary; .ci/run installs it. ***\n`,
  );
else if (!DRIVER) console.warn("\n*** review-browser tests SKIPPED: playwright-core is not installed (npm install, or npm ci). ***\n");

const OUT = "test-output/review";
const ONE_PER_FORMAT = [
  "fixtures/plans/003_bb17a3663816f093.pdf", // Thái Nguyên, the largest: also timed and weighed
  "fixtures/plans/002_ed1a53c65c1a9ed0.docx",
  "fixtures/plans/001_1396b3c07450a05b.txt",
  "fixtures/blind-text1/u3_ccb_quangninh_nhiemky.md",
];

let browser: Browser;
const plans = new Map<string, PlanDocument>();

async function pageFile(name: string, html: string): Promise<string> {
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.resolve(OUT, name);
  fs.writeFileSync(file, html);
  return file;
}

async function open(file: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`file://${file}`);
  return { page, requests, errors };
}

describe.skipIf(!HAVE)("review pages in headless Chromium", () => {
  beforeAll(async () => {
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    for (const f of ONE_PER_FORMAT) plans.set(f, await ingestBytes(fs.readFileSync(f), f));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  for (const f of ONE_PER_FORMAT) {
    it(`clicking each entry of the panel flashes exactly its words: ${path.basename(f)}`, { timeout: 240_000 }, async () => {
      const plan = plans.get(f)!;
      const text = plan.source.text!;
      const file = await pageFile(`${path.basename(f)}.html`, renderReview(plan));
      const { page, requests, errors } = await open(file);
      try {
        // the slice every entry must show: items, deadlines, footnotes, models
        const want = new Map<string, string>();
        for (const t of [...plan.targets, ...plan.tasks]) want.set(t.id, text.slice(t.where.start, t.where.end));
        plan.deadlines.forEach((d, i) => d.where && want.set(`d${i}`, text.slice(d.where.start, d.where.end)));
        plan.footnotes.forEach((x, i) => x.where && want.set(`f${i}`, text.slice(x.where.start, x.where.end)));
        plan.models.forEach((x, i) => x.where && want.set(`m${i}`, text.slice(x.where.start, x.where.end)));
        const ids = await page.$$eval("nav [data-goto]", (bs) => bs.map((b) => b.getAttribute("data-goto")!).filter((id) => !id.startsWith("w")));
        expect(ids.length).toBe(want.size);
        expect(ids.length).toBeGreaterThan(10);
        const bad: string[] = [];
        for (const id of ids) {
          await page.click(`nav [data-goto="${id}"]`);
          const got = await page.$$eval(`#text [data-mark="${id}"]`, (es) => ({
            text: es.map((e) => e.textContent).join(""),
            flashed: es.length > 0 && es.every((e) => e.classList.contains("flash")),
            visible: es.length > 0 && es[0].getBoundingClientRect().top >= 0 && es[0].getBoundingClientRect().top < innerHeight,
          }));
          if (got.text !== want.get(id) || !got.flashed || !got.visible) bad.push(`${id}: ${JSON.stringify(got).slice(0, 160)} want "${want.get(id)!.slice(0, 60)}"`);
        }
        expect(bad).toEqual([]);
        // the whole text is on the page, once, with nothing added to it
        expect(await page.$eval("#text", (e) => e.textContent)).toBe(text);
        // hovering a quantity shows what was read
        const q = await page.$("#text .mk.quantity");
        if (q) {
          await q.hover();
          const tip = await page.$eval("#tip", (e) => ({ hidden: (e as HTMLElement).hidden, text: e.textContent }));
          expect(tip.hidden).toBe(false);
          expect(tip.text).toMatch(/Định lượng.*Giá trị: .*So sánh: .*Đơn vị: /);
        }
        // hovering a deadline shows its ISO start–end and precision
        const d = plan.deadlines.findIndex((x) => x.where && x.where.end > x.where.start);
        if (d >= 0) {
          await page.click(`nav [data-goto="d${d}"]`);
          await page.hover(`#text [data-mark="d${d}"]`);
          const tip = await page.$eval("#tip", (e) => e.textContent ?? "");
          expect(tip).toContain(`Từ ngày: ${plan.deadlines[d].start}`);
          expect(tip).toContain(`Đến ngày: ${plan.deadlines[d].end}`);
          expect(tip).toMatch(/Độ chính xác: \S/);
        }
        // a reference mark stands inside the block of the word it was glued to, never alone
        // between two blocks (where it would float in the margin)
        expect(await page.$$eval("#text > .fnref", (es) => es.length)).toBe(0);
        // PDF page numbers in the margin: one per page run of the text
        expect(await page.$$eval("#text .pg", (es) => es.length)).toBe(plan.source.pageStarts?.length ?? 0);
        await page.click("nav [data-goto]");
        await page.screenshot({ path: path.join(OUT, `${path.basename(f)}.png`) });
        // printed: the text without the panel, highlights kept
        await page.emulateMedia({ media: "print" });
        expect(await page.$eval("nav", (e) => getComputedStyle(e).display)).toBe("none");
        expect(await page.$eval("#text .mk.target, #text .mk.task", (e) => getComputedStyle(e).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
        await page.emulateMedia({ media: "screen" });
        expect(requests).toEqual([`file://${file}`]); // nothing fetched: no network, no CDN
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it("the panel holds the tree: sections, targets with code, quantities and schedule, tasks with responsible, partners, funding and deadlines", async () => {
    let responsible = 0;
    let partners = 0;
    let funding = 0;
    let schedules = 0;
    let nested = 0;
    for (const f of ONE_PER_FORMAT) {
      const plan = plans.get(f)!;
      const { page } = await open(await pageFile(`panel-${path.basename(f)}.html`, renderReview(plan)));
      try {
        const deadlinesOf = new Map<string, string[]>();
        for (const d of plan.deadlines) if (d.item) (deadlinesOf.get(d.item) ?? deadlinesOf.set(d.item, []).get(d.item)!).push(d.raw);
        const sched = (x: Record<string, string> | null | undefined) => (x ? Object.entries(x).map(([k, v]) => `${k}: ${v}`).join("; ") : undefined);
        const bad: string[] = [];
        for (const kind of ["targets", "tasks"] as const) {
          const items = plan[kind];
          const ids = new Set(items.map((i) => i.id));
          // top-level items under their section headings, in reading order
          const sections = await page.$$eval(`section[aria-labelledby="h-${kind}"] h4.sec`, (hs) => hs.map((h) => h.textContent ?? ""));
          const wantSections: string[] = [];
          for (const it of items.filter((i) => !i.parent || !ids.has(i.parent))) if (wantSections[wantSections.length - 1] !== (it.section ?? "(ngoài các phần)")) wantSections.push(it.section ?? "(ngoài các phần)");
          expect(sections.map((x) => x.replace(/…$/, ""))).toEqual(wantSections.map((x, i) => x.slice(0, sections[i]?.endsWith("…") ? 119 : undefined)));
          for (const it of items) {
            const got = await page.$eval(`nav li:has(> [data-goto="${it.id}"])`, (li) => {
              const facts: Record<string, string> = {};
              const dl = li.querySelector(":scope > dl.facts");
              if (dl) for (const dt of dl.querySelectorAll("dt")) facts[dt.getAttribute("data-l")!] = dt.nextElementSibling?.textContent ?? "";
              const parent = li.parentElement?.closest("li")?.querySelector(":scope > [data-goto]")?.getAttribute("data-goto") ?? null;
              const code = li.querySelector(":scope > [data-goto] .code")?.textContent ?? null;
              return { facts, parent, code };
            });
            const want: Record<string, string> = {};
            const put = (k: string, v: string | null | undefined) => v && (want[k] = v);
            if (kind === "targets") {
              const t = it as (typeof plan.targets)[number];
              put("quantity", formatQuantities(t.quantities));
              put("schedule", sched(t.schedule));
              schedules += t.schedule ? 1 : 0;
            } else {
              const t = it as (typeof plan.tasks)[number];
              put("responsible", t.responsible.join(", "));
              put("partners", t.partners.join(", "));
              put("funding", t.funding);
              put("schedule", sched(t.schedule));
              responsible += t.responsible.length ? 1 : 0;
              partners += t.partners.length ? 1 : 0;
              funding += t.funding ? 1 : 0;
            }
            const dls = deadlinesOf.get(it.id);
            // deadlines: the words as written with their ISO days
            const gotDeadlines = got.facts.deadlines;
            delete got.facts.deadlines;
            if (dls && !dls.every((raw) => gotDeadlines?.includes(raw))) bad.push(`${it.id}: deadlines ${gotDeadlines} lack ${dls.join("; ")}`);
            if (!dls && gotDeadlines) bad.push(`${it.id}: deadlines ${gotDeadlines} for none`);
            if (JSON.stringify(got.facts) !== JSON.stringify(want)) bad.push(`${it.id}: ${JSON.stringify(got.facts).slice(0, 200)} want ${JSON.stringify(want).slice(0, 200)}`);
            const parent = it.parent && ids.has(it.parent) ? it.parent : null;
            if (got.parent !== parent) bad.push(`${it.id}: under ${got.parent}, want ${parent}`);
            nested += parent ? 1 : 0;
            if (got.code !== (it.code ?? null)) bad.push(`${it.id}: code ${got.code}, want ${it.code}`);
          }
        }
        expect(bad).toEqual([]);
      } finally {
        await page.close();
      }
    }
    // not vacuous: the four plans have all of these
    expect({ responsible: responsible > 10, partners: partners > 10, funding: funding > 5, schedules: schedules > 10, nested: nested > 10 }).toEqual({ responsible: true, partners: true, funding: true, schedules: true, nested: true });
  });

  it("each kind is drawn in its own colour, the same in the text as in the colour key", async () => {
    const seen = new Map<string, Set<string>>();
    for (const f of ONE_PER_FORMAT) {
      const { page } = await open(await pageFile(`colours-${path.basename(f)}.html`, renderReview(plans.get(f)!)));
      try {
        const colours = await page.evaluate(() =>
          ["target", "task", "quantity", "deadline", "model", "footnote"].map((k) => {
            const inText = document.querySelector(`#text .mk.${k}`);
            const inKey = document.querySelector(`header .legend .mk.${k}`);
            return { k, text: inText ? getComputedStyle(inText).backgroundColor : null, key: inKey ? getComputedStyle(inKey).backgroundColor : null };
          }),
        );
        for (const c of colours) {
          if (c.text === null) continue; // this plan has none of that kind
          expect(c.text, c.k).not.toBe("rgba(0, 0, 0, 0)");
          expect(c.key, c.k).toBe(c.text);
          (seen.get(c.k) ?? seen.set(c.k, new Set()).get(c.k)!).add(c.text);
        }
        // a footnote reference has its own (red) mark
        const ref = await page.$("#text .fnref");
        if (ref) expect(await ref.evaluate((e) => getComputedStyle(e).color)).toBe("rgb(185, 28, 28)");
      } finally {
        await page.close();
      }
    }
    // every kind met on these pages, each in one colour, no two kinds alike
    expect([...seen.keys()].sort()).toEqual(["deadline", "footnote", "model", "quantity", "target", "task"]);
    for (const [k, cs] of seen) expect(cs.size, k).toBe(1);
    expect(new Set([...seen.values()].map((cs) => [...cs][0])).size).toBe(6);
  });

  it("lists the warnings with their places; a placed one goes to its words", async () => {
    const plan = structuredClone(plans.get(ONE_PER_FORMAT[2])!); // Cao Bằng TXT: places are line and column
    const t = plan.targets[3];
    plan.warnings = [
      { code: "footnote/no-reference", message: "Footnote 9 has a body but no reference marker in the text", where: t.where },
      { code: "txt/page-number", message: 'Dropped a line holding only "2" (a page number)', where: null },
    ];
    const { page, errors } = await open(await pageFile("warnings.html", renderReview(plan)));
    try {
      expect(await page.$eval("#h-warnings", (e) => e.textContent)).toBe("Cảnh báo (2)");
      const items = await page.$$eval("#h-warnings + ul > li", (ls) => ls.map((l) => ({ text: l.textContent ?? "", button: !!l.querySelector("button[data-goto]") })));
      expect(items).toHaveLength(2);
      expect(items[0].text).toContain("footnote/no-reference");
      expect(items[0].text).toContain(`(dòng ${t.where.line}, cột ${t.where.column})`);
      expect(items[0].button).toBe(true);
      expect(items[1]).toMatchObject({ button: false });
      expect(items[1].text).toContain("txt/page-number");
      await page.click('nav [data-goto="w0"]');
      const at = await page.$eval("#w0", (e) => {
        const r = e.getBoundingClientRect();
        return { visible: r.top >= 0 && r.top < innerHeight, inTarget: e.closest(`[data-mark]:not(#w0)`)?.getAttribute("data-mark") ?? e.nextElementSibling?.getAttribute("data-mark") ?? null, mark: getComputedStyle(e, "::after").content };
      });
      expect(at.visible).toBe(true);
      expect(at.mark).toBe('"⚠"');
      // the anchor stands where the target's words start
      const before = await page.evaluate(() => {
        const w = document.getElementById("w0")!;
        const r = document.createRange();
        r.setStart(document.getElementById("text")!, 0);
        r.setEndBefore(w);
        return r.toString().length;
      });
      expect(before).toBe(t.where.start);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("prints readably: page margins, the text within the paper's width, no panel; the diff's columns keep their share", async () => {
    const plan = plans.get(ONE_PER_FORMAT[0])!;
    const r = diffPlans(plans.get(ONE_PER_FORMAT[2])!, await ingestBytes(fs.readFileSync("fixtures/plans/000_ae60fdb8b20bdd06.txt"), "000.txt"));
    for (const [name, html] of [
      ["print-review.html", renderReview(plan)],
      ["print-diff.html", renderDiffHtml(r)],
    ] as const) {
      // about the width of A4 less its margins, at 96 px to the inch
      const page = await browser.newPage({ viewport: { width: 700, height: 1000 } });
      try {
        await page.goto(`file://${await pageFile(name, html)}`);
        await page.emulateMedia({ media: "print" });
        const got = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          pageRule: [...document.styleSheets].some((s) => [...s.cssRules].some((x) => x instanceof CSSPageRule && /mm|cm|in|pt/.test(x.style.margin))),
          nav: document.querySelector("nav") ? getComputedStyle(document.querySelector("nav")!).display : "none",
          toggle: getComputedStyle(document.getElementById("lang")!).display,
          cols: [...document.querySelectorAll("#h-paired + table thead th")].map((th) => th.getBoundingClientRect().width / th.closest("table")!.getBoundingClientRect().width),
        }));
        expect(got, name).toMatchObject({ overflow: 0, pageRule: true, nav: "none", toggle: "none" });
        // the two sides' texts at least a quarter of the table each, the values and reasons a tenth
        if (name === "print-diff.html") {
          expect(got.cols).toHaveLength(5);
          expect(Math.min(got.cols[0], got.cols[3])).toBeGreaterThan(0.25);
          expect(Math.min(got.cols[1], got.cols[2], got.cols[4])).toBeGreaterThan(0.1);
        }
        const pdf = await page.pdf({ format: "A4", path: path.join(OUT, name.replace(/\.html$/, ".pdf")) });
        expect(pdf.length).toBeGreaterThan(10_000);
      } finally {
        await page.close();
      }
    }
  });

  it("renders the largest fixture (Thái Nguyên) in under 1 s, and its page weighs under 1 MB", async () => {
    const plan = plans.get(ONE_PER_FORMAT[0])!;
    expect(plan.targets.length + plan.tasks.length).toBeGreaterThan(100);
    const html = renderReview(plan);
    const bytes = Buffer.byteLength(html);
    expect(bytes).toBeLessThan(1_000_000);
    const file = await pageFile("largest.html", html);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      // from the start of navigation to the second frame after load: parsed, styled, laid out and
      // painted (performance.now() counts from the navigation's start); recorded by a script the
      // test adds, as the page has no timing code of its own. Median of 3 loads after a first one
      // (which also pays for the browser's font set-up).
      await page.addInitScript(() =>
        addEventListener("load", () => requestAnimationFrame(() => requestAnimationFrame(() => ((window as unknown as { rendered: number }).rendered = performance.now())))),
      );
      const times: number[] = [];
      for (let k = 0; k < 4; k++) {
        await page.goto(`file://${file}`);
        await page.waitForFunction(() => (window as unknown as { rendered?: number }).rendered !== undefined);
        times.push(await page.evaluate(() => (window as unknown as { rendered: number }).rendered));
      }
      const ms = times.slice(1).sort((x, y) => x - y)[1];
      console.log(`review page of ${plan.source.file}: ${(bytes / 1024).toFixed(0)} kB, rendered in ${ms.toFixed(0)} ms (loads: ${times.map((t) => t.toFixed(0)).join(", ")} ms)`);
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThan(1000);
    } finally {
      await page.close();
    }
  });

  it("shows a plan's text as text: markup in a plan runs nothing and makes no element", async () => {
    const evil = [
      "KẾ HOẠCH",
      "Thực hiện nhiệm vụ năm 2025 <script>window.pwned=1</script>",
      "I. CHỈ TIÊU",
      '1. Phấn đấu 100% chi hội "><img src=x onerror="window.pwned=2"> có mô hình “</script><script>window.pwned=3</script>”.',
      "2. Tăng 500 hội viên <!-- & &amp; <b onclick=alert(1)>đậm</b> ' \" \u2028 trong năm 2025.",
      "II. NHIỆM VỤ",
      "1. Tổ chức hội nghị </textarea><svg onload=alert(4)> trong quý II/2025.",
    ].join("\n\n");
    const plan = await ingestBytes(new TextEncoder().encode(evil), 'x"><img src=y onerror=alert(5)>.txt');
    const html = renderReview(plan);
    const { page, errors } = await open(await pageFile("injection.html", html));
    try {
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.$$("img, svg, #text script, b[onclick]")).toEqual([]);
      expect(await page.$eval("#text", (e) => e.textContent)).toBe(plan.source.text);
      expect(await page.$eval("#text", (e) => e.textContent)).toContain("<script>window.pwned=1</script>");
      expect(await page.$eval("h1", (e) => e.textContent)).not.toContain("<img");
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("moves through the panel with the keyboard, and switches its labels to English", async () => {
    const plan = plans.get(ONE_PER_FORMAT[0])!; // the PDF: its header also counts pages
    const { page } = await open(await pageFile("keys.html", renderReview(plan, { origin: ONE_PER_FORMAT[0] })));
    try {
      expect(await page.$$eval("header, nav, main", (es) => es.map((e) => e.tagName))).toEqual(["HEADER", "NAV", "MAIN"]);
      await page.focus("nav [data-goto]");
      await page.keyboard.press("ArrowDown");
      const second = await page.evaluate(() => document.activeElement?.getAttribute("data-goto"));
      const ids = await page.$$eval("nav [data-goto]", (bs) => bs.map((b) => b.getAttribute("data-goto")));
      expect(second).toBe(ids[1]);
      await page.keyboard.press("Enter");
      expect(await page.$$eval(`#text [data-mark="${second}"]`, (es) => es.every((e) => e.classList.contains("flash")))).toBe(true);
      expect(await page.$eval("#h-targets", (e) => e.textContent)).toMatch(/^Chỉ tiêu/);
      await page.click("#lang");
      expect(await page.$eval("#h-targets", (e) => e.textContent)).toMatch(/^Targets/);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      // every label of the page is in English now (the plan's own words stay as written)
      const shown = await page.$$eval("[data-l]", (es) => es.map((e) => [e.getAttribute("data-l")!, e.textContent ?? ""]));
      expect(shown.length).toBeGreaterThan(10);
      for (const [k, v] of shown) expect(v).toBe(LABELS[k as keyof typeof LABELS][1]);
      // a file given by its path is named once, by that path
      const file = await page.$eval("header .file", (e) => e.textContent ?? "");
      expect(file).toMatch(new RegExp(`^File: ${ONE_PER_FORMAT[0].replace(/[.]/g, "\\.")} \\(pdf, \\d+ pp\\.\\)`));
      expect(file.split(path.basename(ONE_PER_FORMAT[0])).length).toBe(2);
      // a term plan's years, written as everywhere people read them
      expect(file).toMatch(/ · Thái Nguyên · 2021–2026$/);
    } finally {
      await page.close();
    }
  });

  it("the diff page shows the pairs with their values and reasons, then the unpaired targets", async () => {
    const a = plans.get(ONE_PER_FORMAT[2])!; // Cao Bằng
    const b = await ingestBytes(fs.readFileSync("fixtures/plans/000_ae60fdb8b20bdd06.txt"), "000.txt"); // Nam Định
    const r = diffPlans(a, b);
    const file = await pageFile("diff.html", renderDiffHtml(r));
    const { page, requests, errors } = await open(file);
    try {
      const rows = await page.$$eval("#h-paired + table tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
      expect(rows.length).toBe(r.pairs.length);
      expect(rows.length).toBeGreaterThan(0);
      rows.forEach((cells, i) => {
        expect(cells[0]).toContain(r.pairs[i].a.text);
        expect(cells[1]).toBe(formatQuantities(r.pairs[i].a.quantities));
        expect(cells[2]).toBe(formatQuantities(r.pairs[i].b.quantities));
        expect(cells[3]).toContain(r.pairs[i].b.text);
        for (const why of r.pairs[i].reasons) expect(cells[4]).toContain(reasonText(why, vi));
      });
      expect(await page.$$eval("#h-only-a + table tbody tr", (trs) => trs.length)).toBe(r.onlyA.length);
      expect(await page.$$eval("#h-only-b + table tbody tr", (trs) => trs.length)).toBe(r.onlyB.length);
      // each value column names its side
      const heads = await page.$$eval("#h-paired + table thead th", (ths) => ths.map((th) => th.textContent ?? ""));
      expect(heads).toEqual([r.a.label, `Giá trị${r.a.label}`, `Giá trị${r.b.label}`, r.b.label, "Lý do ghép cặp"]);
      // landmarks, and the labels in English behind the toggle
      expect(await page.$$eval("header, main", (es) => es.map((e) => e.tagName))).toEqual(["HEADER", "MAIN"]);
      await page.focus("#lang");
      await page.keyboard.press("Enter");
      expect(await page.$eval("#h-paired", (e) => e.textContent)).toMatch(/^Paired targets/);
      await page.screenshot({ path: path.join(OUT, "diff.png"), fullPage: false });
      expect(requests).toEqual([`file://${file}`]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
