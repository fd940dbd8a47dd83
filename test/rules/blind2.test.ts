// Rules added after the second blind round (fixtures/unseen2): made-up rows, one per convention.
import { describe, expect, it } from "vitest";
import { sectionKind } from "../../rules/sections.js";

describe("section headings (blind round 2)", () => {
  const cases: Array<[string, string | null]> = [
    ["TIẾN ĐỘ THỰC HIỆN", "task"], ["Tiến độ triển khai", "task"], ["Lộ trình, tiến độ thực hiện", "task"],
    ["CÁC HOẠT ĐỘNG KỶ NIỆM", "task"], ["Các hoạt động hưởng ứng", "task"], ["Hoạt động chào mừng", "task"],
    ["CHỦ ĐỀ, THỜI GIAN", "other"], ["Chủ đề năm 2026", "other"],
    ["Tiến độ giải ngân vốn", null],
  ];
  for (const [text, kind] of cases) it(`section › ${text}`, () => expect(sectionKind(text)).toBe(kind));
});
