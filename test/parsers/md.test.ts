import { describe, expect, it } from "vitest";
import { parseMdString } from "../../parsers/md.js";

const md = `# KẾ HOẠCH

**Công tác Hội Nông dân năm 2026**

Căn cứ Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ X[^1], Ban Thường vụ xây dựng kế hoạch như sau:

## 1. Chỉ tiêu

- 100% chi hội sinh hoạt định kỳ.
  + Trong đó 60% chi hội khá.
- Kết nạp **1.200** hội viên mới.

| TT | Nội dung | Năm 2026 |
| --- | --- | --- |
| 1 | Tập huấn chi hội trưởng | 300 |

[^1]: Nhiệm kỳ 2023 - 2028.
`;

describe("md parser", () => {
  const doc = parseMdString(md);
  it("turns headings, paragraphs, nested lists and tables into blocks", () => {
    expect(doc.blocks.map((b) => [b.kind, b.kind === "tableRow" ? b.cells!.map((c) => c.text).join("|") : b.text, b.level ?? null])).toEqual([
      ["heading", "KẾ HOẠCH", 1],
      ["paragraph", "Công tác Hội Nông dân năm 2026", null],
      ["paragraph", "Căn cứ Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ X, Ban Thường vụ xây dựng kế hoạch như sau:", null],
      ["heading", "1. Chỉ tiêu", 2],
      ["listItem", "- 100% chi hội sinh hoạt định kỳ.", 0],
      ["listItem", "+ Trong đó 60% chi hội khá.", 1],
      ["listItem", "- Kết nạp 1.200 hội viên mới.", 0],
      ["tableRow", "TT|Nội dung|Năm 2026", null],
      ["tableRow", "1|Tập huấn chi hội trưởng|300", null],
      ["footnote", "Nhiệm kỳ 2023 - 2028.", null],
    ]);
  });
  it("keeps footnote references with their place and marks bold paragraphs", () => {
    const p = doc.blocks[2];
    expect(p.refs).toEqual([{ marker: "1", at: p.text.indexOf(",") }]);
    expect(doc.blocks[1].bold).toBe(true);
    expect(doc.blocks[7].header).toBe(true);
    for (const b of doc.blocks) expect(doc.text.slice(b.start, b.end)).toBe(b.text);
  });
});

describe("md: a line break inside a table cell", () => {
  it("reads '<br>' as a space, never gluing two names", () => {
    const doc = parseMdString("| LĐLĐ TỈNH GIA LAI<br>**CÔNG ĐOÀN NGÀNH Y TẾ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|---|---|\n| Số: 02/KH-CĐN | Gia Lai, ngày 05 tháng 01 năm 2027 |\n", "x.md");
    expect(doc.blocks[0].cells!.map((c) => c.text)).toEqual(["LĐLĐ TỈNH GIA LAI CÔNG ĐOÀN NGÀNH Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
  });
});

describe("md parser: a list flattened onto one paragraph (a web page's copy)", () => {
  it("cuts it back into its heading and items, each block its own slice of the text", () => {
    const doc = parseMdString("Các chỉ tiêu chủ yếu: (1) Thu ngân sách tăng 10%/năm. (2) Tỷ lệ hộ nghèo dưới 1%. (3) Kết nạp 10 đảng viên.\n");
    expect(doc.blocks.map((b) => b.text)).toEqual([
      "Các chỉ tiêu chủ yếu:",
      "(1) Thu ngân sách tăng 10%/năm.",
      "(2) Tỷ lệ hộ nghèo dưới 1%.",
      "(3) Kết nạp 10 đảng viên.",
    ]);
    for (const b of doc.blocks) expect(doc.text.slice(b.start, b.end)).toBe(b.text);
  });
});
