// Rules added after the second blind round (fixtures/blind-text2): made-up rows, one per convention.
import { describe, expect, it } from "vitest";

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

import { parseMdString } from "../../parsers/md.js";
import { runRules } from "../../rules/index.js";

describe("markdown plans (blind round 2)", () => {
  const md = [
    "**HỘI NÔNG DÂN HUYỆN X**", "", "Số: 05/KH-HND", "", "## KẾ HOẠCH", "", "### Tổ chức Ngày hội nông dân năm 2026", "",
    "Căn cứ Kế hoạch số 12/KH-HND ngày 02/01/2026 của Ban Thường vụ Hội Nông dân tỉnh, Ban Thường vụ Hội Nông dân huyện xây dựng kế hoạch như sau:", "",
    "## I. NỘI DUNG HOẠT ĐỘNG", "", "1. Tổ chức gian hàng nông sản trong tháng 3/2026.", "2. Tổ chức tọa đàm nông dân giỏi.", "",
    "| **Nơi nhận:** | **TM. BAN THƯỜNG VỤ** |", "|---|:---:|", "| - Hội Nông dân tỉnh (b/c); | **CHỦ TỊCH** |", "| - Lưu: VT. | **Lò Văn Sơn** |",
  ].join("\n");
  const out = runRules(parseMdString(md));
  it("a heading under the title is the subtitle, and the opening after it is read", () => {
    expect(out.meta.subtitle).toBe("Tổ chức Ngày hội nông dân năm 2026");
    expect(out.meta.bases).toEqual(["Kế hoạch số 12/KH-HND ngày 02/01/2026 của Ban Thường vụ Hội Nông dân tỉnh"]);
  });
  it("a closing typed as a table holds no items", () => {
    expect(out.tasks.map((t) => t.code)).toEqual(["1", "2"]);
    expect(out.meta.signer?.name).toBe("Lò Văn Sơn");
  });
});

import { readHeader } from "../../rules/meta/header.js";

describe("issuer under its parent body (blind round 2)", () => {
  const cases: Array<[string[], string]> = [
    [["UBND TỈNH LẠNG SƠN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ TÀI CHÍNH                       Độc lập - Tự do - Hạnh phúc"], "SỞ TÀI CHÍNH"],
    [["TỔNG LĐLĐ VIỆT NAM LĐLĐ TỈNH AN GIANG Số: 15/KH-LĐLĐ"], "LĐLĐ TỈNH AN GIANG"],
    [["HỘI LHPN TỈNH ĐIỆN BIÊN HỘI LHPN XÃ MƯỜNG PHĂNG"], "HỘI LHPN XÃ MƯỜNG PHĂNG"],
    [["ỦY BAN MTTQ VIỆT NAM", "TỈNH HÀ TĨNH"], "ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH"], // a wrapped name, not a parent
    [["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỘI AN"], "ỦY BAN NHÂN DÂN THÀNH PHỐ HỘI AN"], // "Hội" in a place name
  ];
  for (const [lines, want] of cases) it(`issuer › ${lines.join(" / ")}`, () => expect(readHeader(lines).issuer).toBe(want));
});

import { DocBuilder } from "../../src/ground/doc-builder.js";
import { findModels } from "../../rules/model.js";

describe("a model defined by the footnote glued to its name (blind round 2)", () => {
  const docOf = (body: string, at: number, note: string) => {
    const b = new DocBuilder("txt");
    b.add({ kind: "paragraph", text: body, refs: [{ marker: "3", at }] });
    b.add({ kind: "footnote", text: note, marker: "3" });
    return b.build();
  };
  it("the whole footnote is the definition", () => {
    const body = "Mỗi xã duy trì mô hình “Tổ an ninh tự quản” trở lên.";
    const doc = docOf(body, body.indexOf("” trở") + 1, "Tổ gồm 10-15 hộ liền kề, tuần tra ban đêm, hòa giải mâu thuẫn tại khu dân cư.");
    expect(findModels(doc)).toMatchObject([{ name: "Tổ an ninh tự quản", definition: "Tổ gồm 10-15 hộ liền kề, tuần tra ban đêm, hòa giải mâu thuẫn tại khu dân cư.", footnote: "3" }]);
  });
  it("a marker further along the sentence defines nothing", () => {
    const body = "Mỗi xã duy trì mô hình “Tổ an ninh tự quản” trở lên.";
    const doc = docOf(body, body.length - 1, "Theo Kế hoạch số 5/KH-UBND.");
    expect(findModels(doc)).toMatchObject([{ name: "Tổ an ninh tự quản", definition: null, footnote: null }]);
  });
});

describe("the plan's own span outside items (blind round 2)", () => {
  const txt = (lines: string[]) => runRules(parseTxtString(lines.join("\n")));
  it("a 'Thời gian:' line in a section of no kind gives a deadline with no item", () => {
    const out = txt([
      "KẾ HOẠCH", "Tổ chức Tháng hành động năm 2026", "I/ CHỦ ĐỀ, THỜI GIAN", "1/ Chủ đề: “Hành động vì cộng đồng”.",
      "2/ Thời gian: từ ngày 01/5 đến 31/5/2026.", "II/ NỘI DUNG HOẠT ĐỘNG", "1/ Tổ chức lễ phát động trước ngày 05/5/2026.",
    ]);
    expect(out.deadlines.map((d) => [d.start, d.end, d.item === null])).toEqual(
      expect.arrayContaining([["2026-05-01", "2026-05-31", true]]),
    );
  });
  it("the paragraph under a heading 'THỜI GIAN THỰC HIỆN' too", () => {
    const out = txt([
      "KẾ HOẠCH", "Tổ chức hội thi năm 2026", "I. NỘI DUNG HOẠT ĐỘNG", "1. Tổ chức vòng sơ khảo.", "II. THỜI GIAN THỰC HIỆN",
      "Từ tháng 6 đến tháng 8/2026.", "III. TỔ CHỨC THỰC HIỆN", "1. Văn phòng chủ trì.",
    ]);
    expect(out.deadlines.filter((d) => d.item === null).map((d) => [d.start, d.end])).toEqual([["2026-06-01", "2026-08-31"]]);
  });
});
