// Pages scanned upside down or on their side (parsers/pdf/ocr-orient.ts): turned upright before
// they are read. Synthetic images and a fake recogniser for the rule; a turned scan of fixture 000
// (two pages: one upside down, one on its side) read end to end.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseOsd } from "../parsers/pdf/ocr.js";
import type { Gray } from "../parsers/pdf/ocr-image.js";
import { readUpright, turnGray, type Orientation, type Turn } from "../parsers/pdf/ocr-orient.js";
import { parseFile } from "../src/pipeline.js";
import { scanOf } from "../scripts/scan-pdf.js";
import { FIXTURES, STEMS } from "./helpers/plan-factory.js";

/** A 3×2 image with pixels 1…6, row by row. */
const small: Gray = { w: 3, h: 2, px: Uint8Array.from([1, 2, 3, 4, 5, 6]) };

describe("turning a page image", () => {
  it("quarter turns clockwise, a half turn, and back", () => {
    // 1 2 3      4 1        6 5 4      3 6
    // 4 5 6  →   5 2   ,    3 2 1 ,    2 5
    //            6 3                   1 4
    expect(turnGray(small, 90)).toEqual({ w: 2, h: 3, px: Uint8Array.from([4, 1, 5, 2, 6, 3]) });
    expect(turnGray(small, 180)).toEqual({ w: 3, h: 2, px: Uint8Array.from([6, 5, 4, 3, 2, 1]) });
    expect(turnGray(small, 270)).toEqual({ w: 2, h: 3, px: Uint8Array.from([3, 6, 2, 5, 1, 4]) });
    expect(turnGray(turnGray(small, 90), 270)).toEqual(small);
    expect(turnGray(small, 0)).toBe(small);
  });

  it("the system tesseract's OSD report", () => {
    const report = "Page number: 0\nOrientation in degrees: 90\nRotate: 270\nOrientation confidence: 16.94\nScript: Latin\nScript confidence: 5.63\n";
    expect(parseOsd(report)).toEqual({ turn: 270, confidence: 16.94 });
    expect(parseOsd("Too few characters. Skipping this page\n")).toBeNull();
  });
});

describe("a page read upright", () => {
  // The fake recogniser reads well (60 words at 95 %) only when pixel 1 is at the top left, as
  // upright; otherwise 60 words at 35 %, as tesseract reads a page upside down or on its side.
  const upright = (g: Gray) => g.px[0] === 1;
  const read = async (g: Gray) => ({ result: upright(g) ? "text" : "noise", conf: Array<number>(60).fill(upright(g) ? 95 : 35) });
  /** OSD that answers the turn bringing pixel 1 to the top left (or a set answer). */
  const osd = (answer?: Orientation) => {
    const calls: Gray[] = [];
    const fn = async (g: Gray): Promise<Orientation> => {
      calls.push(g);
      if (answer) return answer;
      const turn = ([0, 90, 180, 270] as Turn[]).find((t) => upright(turnGray(g, t)))!;
      return { turn, confidence: 15 };
    };
    return { fn, calls };
  };

  it("an upright page is read once; OSD is not asked", async () => {
    const o = osd();
    const r = await readUpright(small, read, o.fn);
    expect(r).toMatchObject({ result: "text", turn: 0 });
    expect(o.calls).toHaveLength(0);
  });

  it("a page upside down or on its side reads badly, is asked its orientation, turned and read again", async () => {
    for (const t of [90, 180, 270] as Turn[]) {
      const scanned = turnGray(small, t);
      const o = osd();
      const r = await readUpright(scanned, read, o.fn);
      expect(r.result).toBe("text");
      expect(r.turn).toBe((360 - t) % 360);
      expect(r.image).toEqual(small);
      expect(o.calls).toHaveLength(1);
    }
  });

  it("a wrong or unsure answer keeps the first reading", async () => {
    const scanned = turnGray(small, 180);
    expect(await readUpright(scanned, read, osd({ turn: 90, confidence: 15 }).fn)).toMatchObject({ result: "noise", turn: 0 });
    expect(await readUpright(scanned, read, osd({ turn: 180, confidence: 0.5 }).fn)).toMatchObject({ result: "noise", turn: 0 });
    expect(await readUpright(scanned, read, undefined)).toMatchObject({ result: "noise", turn: 0 });
  });
});

describe("a scan with pages turned, end to end", () => {
  it("fixture 000, page 1 upside down and page 2 on its side: both read upright, said in the warning", async () => {
    const pdf = fs.readFileSync(path.join(FIXTURES, `${STEMS.namDinh2024}.pdf`));
    const scan = await scanOf(pdf, 200, [1, 2], { 1: 180, 2: 90 });
    const model = await parseFile(scan, "turned.pdf");
    const text = await parseFile(pdf, "text.pdf");
    const words = (blocks: typeof model.blocks) =>
      blocks.flatMap((b) => (b.kind === "tableRow" ? (b.cells ?? []).map((c) => c.text) : [b.text])).join(" ").toLowerCase().split(/\s+/).filter((w) => /\p{L}{3}/u.test(w));
    const want = words(text.blocks.filter((b) => (b.page ?? 0) <= 2));
    const got = new Set(words(model.blocks));
    const found = want.filter((w) => got.has(w)).length / want.length;
    console.log(`turned scan of ${STEMS.namDinh2024} (pages 1–2): ${(found * 100).toFixed(1)}% of the text layer's words read`);
    expect(found).toBeGreaterThan(0.9);
    const w = model.warnings.find((x) => x.code === "input/ocr");
    expect(w?.message).toMatch(/page 1 turned 180°.*page 2 turned 270°/);
  }, 600_000);
});
