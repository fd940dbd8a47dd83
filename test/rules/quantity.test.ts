import { describe, expect, it } from "vitest";
import { findQuantities, parseNumber } from "../../rules/quantity.js";
// the corpus of rules/quantity.examples.ts runs in test/rules/examples.test.ts
import { cpuMs } from "../helpers/cpu.js";

describe("quantity numbers", () => {
  it("reads dot thousands, comma decimals and leading zeros", () => {
    expect(parseNumber("1.300")).toBe(1300);
    expect(parseNumber("2.500.000")).toBe(2_500_000);
    expect(parseNumber("23,2")).toBe(23.2);
    expect(parseNumber("0.5")).toBe(0.5);
    expect(parseNumber("12.53")).toBe(12.53);
    expect(parseNumber("01")).toBe(1);
  });
  it("keeps hits sorted and apart", () => {
    const hits = findQuantities("ít nhất một dịch vụ; 100% chi hội; 05/17 cơ sở Hội; từ 500 hộ có phụ nữ trở lên");
    expect(hits.length).toBe(4);
    for (let i = 1; i < hits.length; i++) expect(hits[i].start).toBeGreaterThanOrEqual(hits[i - 1].end);
  });
  it("runs in linear time on long runs of spaces, digits and dots", () => {
    const inputs = [
      " ".repeat(100_000),
      "1".repeat(100_000),
      ".".repeat(100_000),
      "1.".repeat(50_000),
      "1/".repeat(50_000),
      "1 . 1 / 2 ".repeat(10_000),
      "1% ".repeat(33_000),
      "“1 ".repeat(33_000),
      "ít nhất 1 hộ ".repeat(7_500),
      "1" + " ".repeat(100_000) + "hộ",
    ];
    for (const s of inputs) {
      const ms = cpuMs(() => {
        findQuantities(s);
      });
      expect(ms).toBeLessThan(1000);
    }
  });
});
