import { describe, expect, it } from "vitest";
import { findDeadlines } from "../../rules/deadline.js";
// the corpus of rules/deadline.examples.ts runs in test/rules/examples.test.ts
import { cpuMs } from "../helpers/cpu.js";

describe("deadline hits", () => {
  it("are sorted by start and do not overlap", () => {
    const text = "Tháng 3 và tháng 10/2025; (Quý II); từ ngày 01/4 đến ngày 31/5/2025; 28/6; đến năm 2027";
    const hits = findDeadlines(text, { planYear: 2025 });
    expect(hits.length).toBe(6);
    for (let i = 1; i < hits.length; i++) expect(hits[i].start).toBeGreaterThanOrEqual(hits[i - 1].end);
  });
  it("take no year when the plan has none", () => {
    expect(findDeadlines("(Quý II)", { planYear: null })).toEqual([]);
  });
  it("read the end of the term only when the context knows it", () => {
    expect(findDeadlines("đến cuối nhiệm kỳ", { planYear: 2024 })).toEqual([]);
  });
  it("run in linear time on long runs of spaces, digits and dots", () => {
    const inputs = [
      " ".repeat(100_000),
      "1".repeat(100_000),
      ".".repeat(100_000),
      "1.".repeat(50_000),
      "1/".repeat(50_000),
      ("12/12" + " ".repeat(20)).repeat(4_000), // dense dates: each is a real candidate
      "tháng ".repeat(16_000),
      "quý ".repeat(25_000) + "I",
      "ngày 1 ".repeat(14_000),
      ("năm 2025 - " + " ".repeat(20)).repeat(3_000),
      "đến     ".repeat(12_000),
    ];
    for (const s of inputs) {
      const ms = cpuMs(() => {
        findDeadlines(s, { planYear: 2025 });
      });
      expect(ms).toBeLessThan(1000);
    }
  });
});
