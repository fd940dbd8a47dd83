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
        expect(cells[3]).toContain(r.pairs[i].b.text);
        for (const why of r.pairs[i].reasons) expect(cells[4]).toContain(reasonText(why, vi));
      });
      expect(await page.$$eval("#h-only-a + table tbody tr", (trs) => trs.length)).toBe(r.onlyA.length);
      await page.screenshot({ path: path.join(OUT, "diff.png"), fullPage: false });
      expect(requests).toEqual([`file://${file}`]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
