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

import { parseTxtString } from "../../parsers/txt.js";
import { extractMeta } from "../../rules/meta.js";

describe("signer (blind round 2)", () => {
  // a made-up party committee's closing: "K/T" is kept as written, "KT" gets its dot
  const closing = (ob: string) => [
    "KẾ HOẠCH", "Tổ chức hội nghị", "I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm thiết thực.",
    `Nơi nhận:                                 ${ob}`, "- Thường trực Huyện ủy (b/c),        PHÓ TRƯỞNG BAN",
    "- Lưu Văn phòng.                            Trần Văn Bình",
  ].join("\n");
  const cases: Array<[string, string]> = [["K/T TRƯỞNG BAN", "K/T TRƯỞNG BAN"], ["KT TRƯỞNG BAN", "KT. TRƯỞNG BAN"], ["T/M BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ"]];
  for (const [ob, want] of cases) {
    it(`signer › ${ob}`, () => {
      const { meta } = extractMeta(parseTxtString(closing(ob)));
      expect(meta.signer?.onBehalfOf).toBe(want);
      expect(meta.recipients).toEqual(["Thường trực Huyện ủy", "Lưu Văn phòng"]);
    });
  }
});
