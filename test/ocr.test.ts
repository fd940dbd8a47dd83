// Scanned PDFs, read by OCR (parsers/pdf/ocr.ts). In the set-up a fixture PDF is drawn to page
// images and put back into a PDF of images with no text layer (scripts/scan-pdf.ts), as an
// office's scanner would give it; that scan is ingested (OCR starts by itself: no text layer) and
// scored against the fixture's hand-checked answer with fixtures/tools/score.mjs, beside the
// PDF with its text layer: targets and quantities within 0.10 F1 of it. One fixture (4 pages)
// here; `npm run ocr-bench` runs all five and gives the figures in README.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseHocr } from "../parsers/pdf/ocr.js";
import { boldWords, ruleRuns, rulesOf, strokeWidth, withoutRules, type Gray } from "../parsers/pdf/ocr-image.js";
import { itemsOf, splitGlued, type MarkerCount } from "../parsers/pdf/ocr-words.js";
import { parsePdf } from "../parsers/pdf.js";
import { ingestBytes } from "../src/pipeline.js";
import type { PlanDocument } from "../schemas/plan.js";
import { scanOf } from "../scripts/scan-pdf.js";
import { FIXTURES, STEMS } from "./helpers/plan-factory.js";

const STEM = STEMS.namDinh2024;

/** `tesseract` on PATH with the Vietnamese model (tesseract-ocr-vie). */
const SYSTEM_TESSERACT = (() => {
  try {
    return /^vie$/m.test(execFileSync("tesseract", ["--list-langs"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
  } catch {
    return false;
  }
})();
if (!SYSTEM_TESSERACT) console.warn("test/ocr.test.ts: no system tesseract with the Vietnamese model on PATH: its end-to-end test is SKIPPED (apt-get install tesseract-ocr tesseract-ocr-vie)");
const PDF = path.join(FIXTURES, `${STEM}.pdf`);

/** F1 of targets and quantities of one plan against its gold answer. */
function score(plan: PlanDocument): { targets: number; quantities: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-ocr-"));
  const pred = path.join(dir, "pred.json");
  fs.writeFileSync(pred, JSON.stringify(plan));
  const out = execFileSync(process.execPath, ["fixtures/tools/score.mjs", "--gold", path.join(FIXTURES, `${STEM}.gold.json`), "--pred", pred, "--json"], { encoding: "utf8" });
  const s = JSON.parse(out).summary as Record<string, { f: number }>;
  return { targets: s.targets.f, quantities: s.quantities.f };
}

describe("scanned PDFs (OCR)", () => {
  let scan: Buffer;
  let cpuS = 0;
  let scanned: PlanDocument;

  beforeAll(async () => {
    scan = await scanOf(fs.readFileSync(PDF), 200);
    const t0 = process.cpuUsage();
    scanned = await ingestBytes(scan, `${STEM}.pdf`);
    const d = process.cpuUsage(t0);
    cpuS = (d.user + d.system) / 1e6;
  }, 600_000);

  it("the scan has no text layer; OCR reads it, with a warning naming the engine", async () => {
    await expect(parsePdf(scan, { fileName: "scan.pdf", ocr: "off" })).rejects.toMatchObject({ code: "pdf/no-text-layer" });
    const w = scanned.warnings.find((x) => x.code === "input/ocr");
    expect(w?.message).toMatch(/every page .* recognised by OCR \(tesseract/);
    expect(scanned.source.pages).toBe(4);
  });

  it("targets and quantities score within 0.10 F1 of the PDF with its text layer", async () => {
    const text = await ingestBytes(fs.readFileSync(PDF), `${STEM}.pdf`);
    const a = score(text);
    const b = score(scanned);
    console.log(`OCR ${STEM}: targets F1 ${b.targets.toFixed(3)} (text layer ${a.targets.toFixed(3)}), quantities ${b.quantities.toFixed(3)} (${a.quantities.toFixed(3)}); ${cpuS.toFixed(1)} s of CPU for 4 pages`);
    expect(b.targets).toBeGreaterThanOrEqual(a.targets - 0.1);
    expect(b.quantities).toBeGreaterThanOrEqual(a.quantities - 0.1);
    // bounded: about 4 s of CPU a page on the 2-core machine; a runaway would be far above
    expect(cpuS).toBeLessThan(4 * 30);
  });

  // The system tesseract (hOCR output), the engine used when tesseract.js cannot start, read end to
  // end where it is installed with its Vietnamese model; skipped, with a message, elsewhere.
  it.skipIf(!SYSTEM_TESSERACT)("the system tesseract (tesseract-ocr-vie) reads the same scan as well", async () => {
    const before = process.env.KEHOACH_OCR_ENGINE;
    process.env.KEHOACH_OCR_ENGINE = "system";
    let plan: PlanDocument;
    try {
      plan = await ingestBytes(scan, `${STEM}.pdf`);
    } finally {
      if (before === undefined) delete process.env.KEHOACH_OCR_ENGINE;
      else process.env.KEHOACH_OCR_ENGINE = before;
    }
    expect(plan.warnings.find((x) => x.code === "input/ocr")?.message).toMatch(/\(tesseract \(system\), Vietnamese/);
    const a = score(await ingestBytes(fs.readFileSync(PDF), `${STEM}.pdf`));
    const b = score(plan);
    console.log(`OCR (system tesseract) ${STEM}: targets F1 ${b.targets.toFixed(3)}, quantities ${b.quantities.toFixed(3)}`);
    expect(b.targets).toBeGreaterThanOrEqual(a.targets - 0.1);
    expect(b.quantities).toBeGreaterThanOrEqual(a.quantities - 0.1);
    expect(plan.meta.title).toBe(scanned.meta.title);
  }, 600_000);

  it("the title and the province come through OCR as the text layer has them", async () => {
    const text = await ingestBytes(fs.readFileSync(PDF), `${STEM}.pdf`);
    expect(scanned.meta.title).toBe(text.meta.title);
    expect(scanned.meta.province).toBe(text.meta.province);
  });
});

describe("OCR output to positioned runs", () => {
  it("hOCR (the system tesseract) gives words on their baseline, in pt", () => {
    const hocr = `<div class='ocr_page'><span class='ocr_line' id='line_1_1' title="bbox 200 300 900 340; baseline 0.001 -8; x_size 36; x_descenders 8; x_ascenders 9">
      <span class='ocrx_word' id='word_1_1' title='bbox 200 300 330 340; x_wconf 95'>Kế</span>
      <span class='ocrx_word' id='word_1_2' title='bbox 345 300 520 340; x_wconf 91'><strong>hoạch</strong></span>
      <span class='ocrx_word' id='word_1_3' title='bbox 540 300 560 340; x_wconf 5'>~</span></span></div>`;
    const lines = parseHocr(hocr);
    expect(lines).toHaveLength(1);
    expect(lines[0].words.map((w) => w.text)).toEqual(["Kế", "hoạch", "~"]);
    const { items, words } = itemsOf(lines, 200 / 72);
    // the low-confidence speck is dropped; a space follows every word but the last
    expect(items.map((i) => i.str)).toEqual(["Kế ", "hoạch"]);
    expect(words).toBe(2);
    expect(items[0].x).toBeCloseTo(72, 0);
    expect(items[0].y).toBeCloseTo((332 + 0.001 * 265) * 0.36, 0);
    expect(items[0].size).toBeGreaterThan(11);
    expect(items[0].size).toBeLessThan(15);
  });
});

describe("words run together, and a table's ruling read as a bar", () => {
  // a bold heading in a table cell as tesseract.js reads it: the space between its first two words
  // left out, though the image shows it (11 px between C and H, 1-2 px between letters)
  const glued = {
    text: "THỰCHIỆN",
    x0: 295,
    x1: 486,
    y0: 683,
    y1: 717,
    conf: 68,
    chars: [..."THỰCHIỆN"].map((text, i) => ({ text, x0: [295, 329, 344, 371, 402, 429, 441, 463][i], x1: [342, 349, 369, 391, 427, 440, 461, 486][i] })),
  };
  const word = (text: string, x0: number, x1: number) => ({ text, x0, x1, y0: 683, y1: 717, conf: 90 });

  it("a word is split where its characters leave a word space (0.2 em or more)", () => {
    expect(splitGlued(glued, 36).map((w) => [w.text, w.x0, w.x1])).toEqual([
      ["THỰC", 295, 391],
      ["HIỆN", 402, 486],
    ]);
    // letters set closer than 0.2 em stay one word; without character boxes nothing is split
    expect(splitGlued(glued, 60).map((w) => w.text)).toEqual(["THỰCHIỆN"]);
    expect(splitGlued({ ...glued, chars: undefined }, 36).map((w) => w.text)).toEqual(["THỰCHIỆN"]);
  });

  it("positioned runs: glued words apart, bars at a word's edges dropped, a lone bar dropped", () => {
    const line = { words: [word("|", 266, 296), glued, word("CHỈ", 497, 557), word("|kiện|", 567, 647)], baseY: 712, slope: 0, size: 40 };
    const { items } = itemsOf([line], 200 / 72);
    expect(items.map((i) => i.str)).toEqual(["THỰC ", "HIỆN ", "CHỈ ", "kiện"]);
  });
});

describe("what OCR does not give, read from the page image", () => {
  /** A white page image with black rectangles [x0, y0, x1, y1) in pixels. */
  const page = (w: number, h: number, boxes: Array<[number, number, number, number]>): Gray => {
    const px = new Uint8Array(w * h).fill(255);
    for (const [x0, y0, x1, y1] of boxes) for (let y = y0; y < y1; y++) px.fill(0, y * w + x0, y * w + x1);
    return { w, h, px };
  };
  const scale = 200 / 72;

  it("ruling lines: a footnote separator and a table's rules, not the strokes of letters", () => {
    const g = page(1654, 2339, [
      [236, 2010, 561, 2012], // footnote separator, 117 pt long, 2 px thick
      [300, 500, 1400, 502], // a table's top and bottom rules and its two sides
      [300, 700, 1400, 702],
      [300, 500, 302, 702],
      [1398, 500, 1400, 702],
      [600, 1000, 606, 1036], // a letter's stem: 13 pt tall
      [700, 1200, 900, 1240], // a block of ink (a stamp): not a line
    ]);
    const segs = rulesOf(g, scale).map((s) => [s.x0, s.y0, s.x1, s.y1].map((v) => Math.round(v)));
    expect(segs).toHaveLength(5);
    expect(segs).toContainEqual([85, 724, 202, 724]);
    expect(segs.filter((s) => s[0] === s[2])).toHaveLength(2); // the two vertical rules
  });

  it("bold: words whose strokes are thicker than the page's", () => {
    // words of strokes 4 px wide (regular) and 7 px wide (bold), as vertical bars
    const word = (x: number, y: number, stroke: number): Array<[number, number, number, number]> =>
      [0, 1, 2].map((k) => [x + k * 20, y, x + k * 20 + stroke, y + 30]);
    const boxes: Array<[number, number, number, number]> = [];
    const words = [];
    for (let i = 0; i < 12; i++) {
      const bold = i < 2;
      const x = 100 + i * 100;
      boxes.push(...word(x, 100, bold ? 7 : 4));
      words.push({ text: `w${i}`, x0: x, x1: x + 60, y0: 100, y1: 130, conf: 90 });
    }
    const g = page(1400, 300, boxes);
    expect(strokeWidth(g, 100, 100, 160, 130)).toBeCloseTo(7, 0);
    expect(strokeWidth(g, 300, 100, 360, 130)).toBeCloseTo(4, 0);
    const bold = boldWords([{ words, baseY: 126, slope: 0, size: 40 }], g);
    expect([...bold].map((w) => w.text)).toEqual(["w0", "w1"]);
  });
});

describe("note markers (superscripts) told by their boxes", () => {
  // a line of 13 pt text at 200 dpi: baseline at y 868, letters 31 px high (x-height 14 px)
  const chars = (text: string, x: number, y0 = 837, y1 = 868) =>
    [...text].map((c, i) => ({ text: c, x0: x + i * 18, x1: x + i * 18 + 16, y0, y1 }));
  const word = (text: string, x: number, extra?: Array<{ text: string; x0: number; x1: number; y0: number; y1: number }>) => {
    const cs = [...chars(text, x), ...(extra ?? [])];
    return { text: cs.map((c) => c.text).join(""), x0: x, x1: cs[cs.length - 1].x1, y0: 837, y1: 868, conf: 92, chars: cs };
  };
  const line = (words: ReturnType<typeof word>[]) => ({ words, baseY: 868, slope: 0, size: 38 });
  // a raised glyph 11 px high ending 16 px above the baseline: a superscript "1" read as an apostrophe
  const raised = (text: string, x: number) => ({ text, x0: x, x1: x + 8, y0: 841, y1: 852 });

  it("an apostrophe glued to a word's end, raised and small, is a reference marker numbered in order", () => {
    const count: MarkerCount = { ref: 0, note: 0 };
    const { items } = itemsOf([line([word("Trong", 100), word("năm", 220, [raised("'", 276)]), word("2021", 300)])], 200 / 72, new Set(), count);
    expect(items.map((i) => i.str)).toEqual(["Trong ", "năm ", "1 ", "2021"]);
    const mark = items[2];
    expect(mark.size).toBeLessThan(0.75 * items[1].size);
    expect(items[1].y - mark.y).toBeGreaterThan(0.12 * items[1].size);
    // the next page goes on from the count: the next raised glyph is marker 2, a "?" too
    const next = itemsOf([line([word("Hội", 100), word("viên", 180, [raised("?", 252)]), word("mới", 300)])], 200 / 72, new Set(), count);
    expect(next.items.map((i) => i.str)).toEqual(["Hội ", "viên ", "2 ", "mới"]);
    expect(count).toEqual({ ref: 2, note: 0 });
  });

  it("a note's own marker at its line's start, alone or glued to the dash after it, counted apart from references", () => {
    const count: MarkerCount = { ref: 3, note: 0 };
    const alone = { text: "'", x0: 60, x1: 64, y0: 841, y1: 852, conf: 65, chars: [raised("'", 60)] };
    const dashed = { text: "“-", x0: 60, x1: 90, y0: 841, y1: 866, conf: 40, chars: [raised("“", 60), { text: "-", x0: 76, x1: 90, y0: 860, y1: 863 }] };
    const a = itemsOf([line([alone, word("CB", 80), word("chuyên", 140)])], 200 / 72, new Set(), count);
    const b = itemsOf([{ ...line([dashed, word("Trung", 100)]), baseY: 868 }], 200 / 72, new Set(), count);
    expect(a.items.map((i) => i.str)).toEqual(["1", "CB ", "chuyên"]);
    expect(b.items.map((i) => i.str)).toEqual(["2", "- ", "Trung"]);
    expect(count).toEqual({ ref: 3, note: 2 });
  });

  it("quote marks, a square unit and digits on the line are text, not markers", () => {
    const open = { text: "“Tập", x0: 100, x1: 180, y0: 837, y1: 868, conf: 90, chars: [raised("“", 100), ...chars("Tập", 112)] };
    const close = word("sạch", 300, [raised("”", 372)]);
    const m2 = word("m", 500, [raised("2", 518)]);
    const year = word("202", 600, [{ text: "1", x0: 654, x1: 668, y0: 845, y1: 868 }]);
    const { items } = itemsOf([line([open, close, m2, year])], 200 / 72);
    expect(items.map((i) => i.str)).toEqual(["“Tập ", "sạch” ", "m2 ", "2021"]);
  });

  it("a raised digit read as another number is the next in order, unless read with high confidence", () => {
    const count: MarkerCount = { ref: 0, note: 1 };
    const low = { text: "3", x0: 60, x1: 67, y0: 841, y1: 852, conf: 54 };
    expect(itemsOf([line([low, word("CT", 80)])], 200 / 72, new Set(), count).items[0].str).toBe("2");
    const sure = { ...low, text: "5", conf: 93 };
    expect(itemsOf([line([sure, word("CT", 80)])], 200 / 72, new Set(), count).items[0].str).toBe("5");
  });
});

describe("specks and ruling lines, before and after recognition", () => {
  it("a line of tiny words (tone marks, a stamp's edge) is dropped; small punctuation stays", () => {
    const w = (text: string, x0: number, y0: number, y1: number) => ({ text, x0, x1: x0 + 40, y0, y1, conf: 60 });
    const text = { words: [w("Mỗi", 296, 588, 610), w("năm", 359, 588, 617), w("tăng", 425, 588, 617), w("từ", 490, 588, 610)], baseY: 610, slope: 0, size: 34 };
    const specks = { words: [w("An", 629, 586, 592), w("1A", 784, 586, 592), w("-", 900, 588, 590)], baseY: 592, slope: 0, size: 35 };
    const { items } = itemsOf([text, specks], 200 / 72);
    expect(items.map((i) => i.str.trim())).toEqual(["Mỗi", "năm", "tăng", "từ", "-"]);
  });

  it("a word read at low confidence is kept when well formed: letters of the text's height, or numbers apart", () => {
    const w = (text: string, x0: number, x1: number, conf: number) => ({ text, x0, x1, y0: 688, y1: 718, conf });
    const body = { words: [w("Thực", 100, 180, 95), w("hiện", 190, 260, 96), w("Nghị", 270, 340, 96), w("quyết", 350, 430, 96)], baseY: 712, slope: 0, size: 38 };
    // the bold "I" and "THỰC" of a group row at confidence 4; noise at that confidence
    const group = { words: [w("I", 212, 230, 4), w("THỰC", 295, 391, 4), w("HIỆN", 402, 486, 90), w("C#ccÐ", 500, 603, 8), w("xs....", 620, 900, 4)], baseY: 812, slope: 0, size: 38 };
    // a row of years read as one word at confidence 0, with dots in the gaps
    const digits = [..."2022...2023..2024.."];
    const xs = [880, 896, 912, 928, 946, 951, 956, 998, 1014, 1030, 1046, 1064, 1069, 1116, 1132, 1148, 1164, 1183, 1188];
    const chars = digits.map((text, i) => ({ text, x0: xs[i], x1: xs[i] + (text === "." ? 3 : 15), y0: 690, y1: 713 }));
    const years = { words: [{ text: digits.join(""), x0: 880, x1: 1191, y0: 690, y1: 713, conf: 0, chars }], baseY: 912, slope: 0, size: 38 };
    // the same with the dots' boxes filling the gaps (no word space between the characters)
    const filled = digits.map((text, i) => ({ text, x0: xs[i], x1: i + 1 < xs.length ? xs[i + 1] - 1 : 1191, y0: 690, y1: 713 }));
    const joined = { words: [{ ...years.words[0], chars: filled }], baseY: 1012, slope: 0, size: 38 };
    const { items } = itemsOf([body, group, years, joined], 200 / 72);
    expect(items.map((i) => i.str.trim())).toEqual(["Thực", "hiện", "Nghị", "quyết", "I", "THỰC", "HIỆN", "2022", "2023", "2024", "2022", "2023", "2024"]);
    expect(items.slice(-3).map((i) => Math.round(i.x * 200 / 72))).toEqual([880, 998, 1116]);
  });

  it("the recogniser reads the page with its ruling lines whitened; the lines are kept as segments", () => {
    const w = 400, h = 200;
    const px = new Uint8Array(w * h).fill(255);
    const box = (x0: number, y0: number, x1: number, y1: number, v = 0) => {
      for (let y = y0; y < y1; y++) px.fill(v, y * w + x0, y * w + x1);
    };
    box(20, 50, 380, 52); // a table's rule, 2 px, with an anti-aliased edge below
    box(20, 52, 380, 53, 120);
    box(100, 20, 102, 180); // a vertical rule
    box(150, 80, 160, 110); // a letter's stroke: not a rule
    const g: Gray = { w, h, px };
    const runs = ruleRuns(g, 200 / 72);
    expect(runs).toHaveLength(2);
    const clean = withoutRules(g, runs);
    const ink = (gr: Gray) => gr.px.reduce((n, v) => n + (v < 200 ? 1 : 0), 0);
    expect(ink(clean)).toBe(10 * 30);
    expect(g.px[51 * w + 200]).toBe(0); // the page itself is not changed
    expect(rulesOf(g, 200 / 72, runs)).toHaveLength(2);
  });

  it("hOCR with character boxes (hocr_char_boxes) gives each character's box", () => {
    const hocr = `<span class='ocr_line' id='line_1_1' title="bbox 887 172 995 202; baseline 0 -6; x_size 30; x_descenders 6">
      <span class='ocrx_word' id='word_1_1' title='bbox 887 172 952 196; x_wconf 95'>
       <span class='ocrx_cinfo' title='x_bboxes 887 174 917 196; x_conf 99.5'>M</span>
       <span class='ocrx_cinfo' title='x_bboxes 905 172 926 196; x_conf 99.4'>ứ</span>
       <span class='ocrx_cinfo' title='x_bboxes 919 172 952 196; x_conf 99.3'>c</span>
      </span>
      <span class='ocrx_word' id='word_1_2' title='bbox 962 172 995 202; x_wconf 96'>&amp;</span></span>`;
    const [l] = parseHocr(hocr);
    expect(l.words.map((x) => x.text)).toEqual(["Mức", "&"]);
    expect(l.words[0].chars?.map((c) => [c.text, c.x0, c.y0, c.x1, c.y1])).toEqual([
      ["M", 887, 174, 917, 196],
      ["ứ", 905, 172, 926, 196],
      ["c", 919, 172, 952, 196],
    ]);
    expect(l.words[1].chars).toBeUndefined();
  });
});
