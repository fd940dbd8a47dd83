import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTxt, parseTxtString } from "../../parsers/txt.js";
import { extractMeta } from "../../rules/meta.js";
import { readHeader } from "../../rules/meta/header.js";
import { PROVINCES } from "../../rules/vocab/provinces.js";
import type { Meta } from "../../schemas/plan.js";
import { cpuMs } from "../helpers/cpu.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/plans");
const STEMS = ["000_ae60fdb8b20bdd06", "001_1396b3c07450a05b", "002_ed1a53c65c1a9ed0", "003_bb17a3663816f093", "004_9b4c08f78589e4eb"];

const fold = (s: unknown) => String(s ?? "").normalize("NFC").replace(/\s+/g, " ").trim();
const norm = (s: unknown) => fold(s).toLowerCase().replace(/[“”"]/g, '"').replace(/^[\s.,;:"'()-]+|[\s.,;:"'()-]+$/g, "");
const words = (s: string) => norm(s).split(/[\s,;:()"'/]+/).filter(Boolean);
/** The scorer's lenient match for citations and recipients: equal, or one of ≥5 words inside the other. */
const sameCitation = (a: string, b: string) => {
  const [s, l] = [norm(a), norm(b)].sort((x, y) => x.length - y.length);
  return s === l || (words(s).length >= 5 && l.includes(s));
};
const sameSet = (gold: string[], got: string[]) =>
  gold.length === got.length && gold.every((g) => got.some((p) => sameCitation(g, p)));

function fieldOk(key: string, gold: unknown, got: unknown): boolean {
  if (key === "bases" || key === "recipients") return sameSet(gold as string[], got as string[]);
  if (gold === null) return got === null || got === undefined;
  if (typeof gold === "object") {
    if (!got || typeof got !== "object") return false;
    return Object.entries(gold as Record<string, unknown>).every(([k, v]) =>
      v === null ? (got as Record<string, unknown>)[k] == null : norm(v) === norm((got as Record<string, unknown>)[k]));
  }
  if (typeof gold === "number") return got === gold;
  return norm(gold) === norm(got);
}

// the meta corpora (rules/meta.examples.ts: whole plans and provinces; rules/meta/*.examples.ts: one
// field each, with the bases and recipient corpora) run in test/rules/examples.test.ts

describe("header › lines a PDF wrapped inside the header table's cells", () => {
  it("joins the motto and the date line split over two lines", () => {
    const h = readHeader([
      "HỘI CỰU CHIẾN BINH VIỆT NAM", "HỘI CỰU CHIẾN BINH", "TỈNH GIA LAI", "Số: 05/KH-CCB",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM", "Độc lập - Tự do - Hạnh phúc", "Gia Lai, ngày 14 tháng 02 năm", "2027",
    ]);
    expect(h).toMatchObject({ issuer: "HỘI CỰU CHIẾN BINH TỈNH GIA LAI", number: "05/KH-CCB", issuedAt: "2027-02-14", place: "Gia Lai" });
  });
});

describe("provinces", () => {
  it("holds the 63 provinces before 2025 and the 34 after", () => {
    expect(PROVINCES.filter((p) => p.name !== "Huế").length).toBe(63);
    expect(PROVINCES.filter((p) => p.after2025).length).toBe(34);
  });
});

describe("meta › the five text fixtures", () => {
  let total = 0;
  let good = 0;
  for (const stem of STEMS) {
    it(`meta › ${stem} equals its gold answer`, () => {
      const gold = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${stem}.gold.json`), "utf8")).meta as Record<string, unknown>;
      const doc = parseTxt(fs.readFileSync(path.join(FIXTURES, `${stem}.txt`)), { fileName: `${stem}.txt` });
      const { meta } = extractMeta(doc);
      const wrong: string[] = [];
      for (const [k, v] of Object.entries(gold)) {
        total++;
        if (fieldOk(k, v, meta[k as keyof Meta])) good++;
        else wrong.push(`${k}: want ${JSON.stringify(v)} got ${JSON.stringify(meta[k as keyof Meta])}`);
      }
      expect(wrong).toEqual([]);
    });
  }
  it("meta › accuracy over the five fixtures is at least 0.9", () => {
    expect(total).toBeGreaterThan(0);
    expect(good / total).toBeGreaterThanOrEqual(0.9);
  });
});

describe("meta › robustness", () => {
  it("returns nulls for an empty document", () => {
    const { meta } = extractMeta(parseTxtString(""));
    expect(meta.title).toBeNull();
    expect(meta.bases).toEqual([]);
    expect(meta.signer).toBeNull();
  });
  it("reads 100 kB of space runs and repeated header words in under 1 s", () => {
    const chunk = "Số:" + " ".repeat(300) + "ngày" + " ".repeat(300) + "tháng" + " ".repeat(300) + "Căn cứ Nghị quyết, Kế hoạch, " + "Nơi nhận: TM. ";
    const text = ["KẾ HOẠCH", chunk.repeat(Math.ceil(100_000 / chunk.length))].join("\n");
    const doc = parseTxtString(text);
    const ms = cpuMs(() => {
      extractMeta(doc);
      // the same text as one header line, as a PDF copy may produce
      extractMeta(parseTxtString(chunk.repeat(Math.ceil(100_000 / chunk.length)) + "\nKẾ HOẠCH"));
    });
    expect(ms).toBeLessThan(1000);
  });
});
