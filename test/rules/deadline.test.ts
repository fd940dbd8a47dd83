import { describe, expect, it } from "vitest";
import { findDeadlines } from "../../rules/deadline.js";
import { parseTxtString } from "../../parsers/txt.js";
import { runRules } from "../../rules/index.js";
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

// A plan whose list the structure does not recognise still says when things are due: the paragraphs
// outside every item give their deadlines with item null (rules/plan-span.ts, looseDeadlines).

describe("deadlines of paragraphs outside every item", () => {
  const run = (lines: string[]) => runRules(parseTxtString(lines.join("\n"))).deadlines.map((d) => [d.raw, d.start, d.end, d.item]);
  const header = ["ỦY BAN NHÂN DÂN XÃ AN BÌNH", "Số: 12/KH-UBND", "An Bình, ngày 15 tháng 01 năm 2026", "KẾ HOẠCH", "Phát triển kinh tế - xã hội"];
  it("reads a limit in a paragraph no item owns", () => {
    expect(run([...header, "Đến năm 2027, 100% thôn có nhà văn hóa đạt chuẩn."])).toEqual([["Đến năm 2027", "2027-01-01", "2027-12-31", null]]);
  });
  it("reads a line that is nothing but a time (a time heading)", () => {
    expect(run([...header, "QUÝ II/2026 (Tháng 4 – 6)", "Tổ chức hội nghị sơ kết."])).toEqual(
      expect.arrayContaining([["QUÝ II/2026", "2026-04-01", "2026-06-30", null]]),
    );
  });
  it("leaves out the document's date, a page's date and a time over by the signing date", () => {
    expect(run([...header, "Ngày đăng 16/01/2026 | Lượt xem: 120", "Đánh giá kết quả tháng 12/2025: các thôn hoàn thành kế hoạch."])).toEqual([]);
  });
});
