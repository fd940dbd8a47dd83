import { describe, expect, it } from "vitest";
import { parseLabel } from "../../rules/label.js";
import { examples as labelExamples } from "../../rules/label.examples.js";
import { findStructure } from "../../rules/structure.js";
import { sectionKind } from "../../rules/sections.js";
import { parseTxtString } from "../../parsers/txt.js";
import { parseMdString } from "../../parsers/md.js";
import { runRules } from "../../rules/index.js";

describe("label", () => {
  for (const [text, want] of labelExamples.positive) {
    it(`label › ${text}`, () => {
      const l = parseLabel(text);
      expect(l).not.toBeNull();
      expect({ style: l!.style, code: l!.code, depth: l!.depth, rest: text.slice(l!.length) }).toEqual(want);
    });
  }
  for (const text of labelExamples.negative) {
    it(`label › not a label: ${text}`, () => expect(parseLabel(text)).toBeNull());
  }
});

describe("section headings", () => {
  const cases: Array<[string, string | null]> = [
    ["Chỉ tiêu", "target"], ["Một số chỉ tiêu cơ bản:", "target"], ["CÁC CHỈ TIÊU CHỦ YẾU", "target"],
    ["THỰC HIỆN CHỈ TIÊU NHIỆM KỲ", "target"], ["Mục tiêu, chỉ tiêu", "target"],
    ["Nhiệm vụ trọng tâm", "task"], ["Nhiệm vụ và giải pháp", "task"], ["NHIỆM VỤ, GIẢI PHÁP", "task"],
    ["NỘI DUNG HOẠT ĐỘNG", "task"], ["Tổ chức các hoạt động", "task"], ["Tổ chức một số hoạt động, sự kiện trong năm 2026", "task"],
    ["CÁC NHIỆM VỤ TRỌNG TÂM", "task"], ["Tổ chức thực hiện", "task"], ["Giải pháp chủ yếu", "task"],
    ["NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN", "task"], ["Các nội dung trọng tâm", "task"], ["CÁC HOẠT ĐỘNG CHỦ YẾU", "task"],
    ["Phân công nhiệm vụ", "task"], ["Chỉ tiêu đến năm 2030", "target"],
    ["MỤC ĐÍCH, YÊU CẦU", "other"], ["Kinh phí thực hiện", "other"], ["Mục tiêu chung", "other"],
    ["Mục tiêu cụ thể", "target"], ["Các mục tiêu cụ thể đến năm 2026", "target"],
    ["Hội LHPN tỉnh", null], ["Công tác cán bộ nữ", null],
  ];
  for (const [text, kind] of cases) it(`section › ${text}`, () => expect(sectionKind(text)).toBe(kind));
});

const tree = (doc: ReturnType<typeof parseTxtString>) => {
  const { items } = findStructure(doc);
  const byId = new Map(items.map((i) => [i.id, i]));
  return items.map((i) => {
    const p = i.parent ? byId.get(i.parent)! : null;
    return [i.kind, i.code, p ? p.code ?? p.text.slice(0, 12).trim() : null, i.section, i.text];
  });
};

describe("structure", () => {
  it("reads numbered sections with bullets, restarts and inline tasks", () => {
    const doc = parseTxtString([
      "KẾ HOẠCH",
      "Công tác Đoàn năm 2026",
      "1. Chủ đề năm 2026: Tuổi trẻ sáng tạo",
      "2. Chỉ tiêu",
      "(1) Kết nạp 2.000 đoàn viên mới.",
      "(2) Phấn đấu:",
      "- 100% chi đoàn sinh hoạt định kỳ.",
      "+ Trong đó 50% chi đoàn khá.",
      "- Mỗi huyện có 01 công trình thanh niên.",
      "3. Nhiệm vụ và giải pháp",
      "(1) Đổi mới nội dung sinh hoạt:",
      "1.1. Tổ chức diễn đàn.",
      "Các cơ sở chủ động thực hiện.",
      "1.2. Tổ chức hội thi.",
      "4. Chỉ đạo các cụm thi đua: Các cụm tổ chức giao ban hằng quý.",
      "5. Tổ chức thực hiện",
      "1. Ban Thường vụ tỉnh",
      "2. Các huyện đoàn",
      "Nơi nhận:",
      "- Như trên;",
    ].join("\n"));
    expect(tree(doc)).toEqual([
      ["target", "(1)", null, "Chỉ tiêu", "Kết nạp 2.000 đoàn viên mới."],
      ["target", "(2)", null, "Chỉ tiêu", "Phấn đấu:"],
      ["target", null, "(2)", "Chỉ tiêu", "100% chi đoàn sinh hoạt định kỳ."],
      ["target", null, "100% chi đoà", "Chỉ tiêu", "Trong đó 50% chi đoàn khá."],
      ["target", null, "(2)", "Chỉ tiêu", "Mỗi huyện có 01 công trình thanh niên."],
      ["task", "(1)", null, "Nhiệm vụ và giải pháp", "Đổi mới nội dung sinh hoạt:"],
      ["task", "1.1", "(1)", "Nhiệm vụ và giải pháp", "Tổ chức diễn đàn. Các cơ sở chủ động thực hiện."],
      ["task", "1.2", "(1)", "Nhiệm vụ và giải pháp", "Tổ chức hội thi."],
      ["task", "4", null, null, "Chỉ đạo các cụm thi đua: Các cụm tổ chức giao ban hằng quý."],
      ["task", "1", null, "Tổ chức thực hiện", "Ban Thường vụ tỉnh"],
      ["task", "2", null, "Tổ chức thực hiện", "Các huyện đoàn"],
    ]);
  });

  it("reads roman sections, a typed * above -, and a numbering slip by its depth", () => {
    const doc = parseTxtString([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Nâng cao chất lượng hoạt động.",
      "II. NỘI DUNG HOẠT ĐỘNG",
      "1. Công tác tuyên truyền",
      "1.1. Tuyên truyền trực tiếp",
      "* Ở cơ sở",
      "- Tổ chức nói chuyện chuyên đề.",
      "+ Mỗi quý một lần.",
      "* Ở cấp huyện",
      "1.2. Tuyên truyền trên mạng",
      "2.2. Xây dựng trang tin",
      "III. TỔ CHỨC THỰC HIỆN",
      "Các đơn vị căn cứ kế hoạch này triển khai.",
    ].join("\n"));
    expect(tree(doc)).toEqual([
      ["task", "1", null, "NỘI DUNG HOẠT ĐỘNG", "Công tác tuyên truyền"],
      ["task", "1.1", "1", "NỘI DUNG HOẠT ĐỘNG", "Tuyên truyền trực tiếp"],
      ["task", null, "1.1", "NỘI DUNG HOẠT ĐỘNG", "Ở cơ sở"],
      ["task", null, "Ở cơ sở", "NỘI DUNG HOẠT ĐỘNG", "Tổ chức nói chuyện chuyên đề."],
      ["task", null, "Tổ chức nói", "NỘI DUNG HOẠT ĐỘNG", "Mỗi quý một lần."],
      ["task", null, "1.1", "NỘI DUNG HOẠT ĐỘNG", "Ở cấp huyện"],
      ["task", "1.2", "1", "NỘI DUNG HOẠT ĐỘNG", "Tuyên truyền trên mạng"],
      ["task", "2.2", "1", "NỘI DUNG HOẠT ĐỘNG", "Xây dựng trang tin"],
    ]);
  });

  it("reads a plan table: TT codes, sub-rows without a code, column roles", () => {
    const doc = parseTxtString([
      "TT\tNội dung\tNăm 2026\tNăm 2027\tCấp thực hiện\tĐơn vị thực hiện\tĐơn vị phối hợp\tNguồn kinh phí",
      "I\tCHỈ TIÊU\t\t\t\t\t\t",
      "1\tChỉ tiêu 1: Kết nạp 1.000 hội viên mỗi năm\t\t\t\t\t\t",
      "1.1\tKết nạp hội viên mới\t1.000\t1.000\tCác cấp Hội\tBan Tổ chức\tCác ngành\tNSNN",
      "\tCấp huyện\t400\t400\t\t\t\t",
      "II\tNHIỆM VỤ TRỌNG TÂM\t\t\t\t\t\t",
      "1\tTổ chức hội thi\tx\t\tCấp tỉnh\tBan Tuyên giáo\tSở Văn hóa\tNSNN",
    ].join("\n"));
    const { items } = findStructure(doc);
    expect(items.map((i) => [i.kind, i.code, i.text])).toEqual([
      ["target", "1", "Chỉ tiêu 1: Kết nạp 1.000 hội viên mỗi năm"],
      ["target", "1.1", "Kết nạp hội viên mới"],
      ["target", null, "Cấp huyện"],
      ["task", "1", "Tổ chức hội thi"],
    ]);
    expect(items[2].parent).toBe(items[1].id);
    expect(items[3].columns).toMatchObject({ code: 0, content: 1, years: [{ col: 2, year: "2026" }, { col: 3, year: "2027" }], level: [4], unit: [5], partners: [6], funding: [7] });
  });

  it("follows Markdown list nesting rather than the bullet character", () => {
    const doc = parseMdString(["## Chỉ tiêu", "", "1. Kết nạp đoàn viên", "   - 100% chi đoàn", "     - 50% chi đoàn khá", "   - 01 công trình", "2. Tổ chức hội thi"].join("\n"));
    expect(tree(doc)).toEqual([
      ["target", "1", null, "Chỉ tiêu", "Kết nạp đoàn viên"],
      ["target", null, "1", "Chỉ tiêu", "100% chi đoàn"],
      ["target", null, "100% chi đoà", "Chỉ tiêu", "50% chi đoàn khá"],
      ["target", null, "1", "Chỉ tiêu", "01 công trình"],
      ["target", "2", null, "Chỉ tiêu", "Tổ chức hội thi"],
    ]);
  });

  it("reads a table's time column as the row's deadline", () => {
    const doc = parseMdString([
      "KẾ HOẠCH", "", "Công tác Mặt trận năm 2026", "", "## II. CÁC HOẠT ĐỘNG CHỦ YẾU", "",
      "| TT | Nội dung | Thời gian thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Kinh phí |",
      "|---|---|---|---|---|---|",
      "| 1 | Hội nghị triển khai | Quý I/2026 | Ban Phong trào | Văn phòng | Ngân sách |",
      "| 2 | Ngày hội Đại đoàn kết | Tháng 10-11/2026 | Ban Thường trực cấp xã | Các đoàn thể | Xã hội hóa |",
      "| 3 | Vận động Quỹ Vì người nghèo | Cả năm | Ban Phong trào | | |",
      "| 4 | Giám sát ở cơ sở | Thường xuyên | Ban Dân chủ | | |",
    ].join("\n"));
    const r = runRules(doc);
    expect(r.tasks.map((t) => [t.code, t.section, t.responsible, t.partners, t.funding])).toEqual([
      ["1", "CÁC HOẠT ĐỘNG CHỦ YẾU", ["Ban Phong trào"], ["Văn phòng"], "Ngân sách"],
      ["2", "CÁC HOẠT ĐỘNG CHỦ YẾU", ["Ban Thường trực cấp xã"], ["Các đoàn thể"], "Xã hội hóa"],
      ["3", "CÁC HOẠT ĐỘNG CHỦ YẾU", ["Ban Phong trào"], [], null],
      ["4", "CÁC HOẠT ĐỘNG CHỦ YẾU", ["Ban Dân chủ"], [], null],
    ]);
    const code = new Map(r.tasks.map((t) => [t.id, t.code]));
    expect(r.deadlines.map((d) => [code.get(d.item ?? ""), d.raw, d.start, d.end, d.precision])).toEqual([
      ["1", "Quý I/2026", "2026-01-01", "2026-03-31", "quarter"],
      ["2", "Tháng 10-11/2026", "2026-10-01", "2026-11-30", "range"],
      ["3", "Cả năm", "2026-01-01", "2026-12-31", "year"],
    ]);
    for (const d of r.deadlines) expect(doc.text.slice(d.where!.start, d.where!.end)).toBe(d.raw);
  });

  it("opens a sub-section at a bare nested heading and closes it at its next sibling", () => {
    const doc = parseTxtString([
      "KẾ HOẠCH", "Công tác Hội năm 2026",
      "I. MỤC TIÊU, CHỈ TIÊU",
      "1. Mục tiêu chung",
      "Nâng cao đời sống hội viên.",
      "2. Chỉ tiêu cụ thể",
      "(1) Kết nạp 500 hội viên.",
      "(2) 100% chi hội sinh hoạt định kỳ.",
      "3. Các chỉ tiêu khác do cấp huyện giao.",
      "II. NHIỆM VỤ, GIẢI PHÁP",
      "1. Tổ chức các hoạt động kỷ niệm Ngày thành lập Hội",
      "- Gặp mặt cán bộ Hội qua các thời kỳ.",
    ].join("\n"));
    expect(tree(doc)).toEqual([
      ["target", "(1)", null, "Chỉ tiêu cụ thể", "Kết nạp 500 hội viên."],
      ["target", "(2)", null, "Chỉ tiêu cụ thể", "100% chi hội sinh hoạt định kỳ."],
      ["target", "3", null, "MỤC TIÊU, CHỈ TIÊU", "Các chỉ tiêu khác do cấp huyện giao."],
      ["task", "1", null, "NHIỆM VỤ, GIẢI PHÁP", "Tổ chức các hoạt động kỷ niệm Ngày thành lập Hội"],
      ["task", null, "1", "NHIỆM VỤ, GIẢI PHÁP", "Gặp mặt cán bộ Hội qua các thời kỳ."],
    ]);
  });

  it("reads parts numbered by capital letters or 'Phần' as the top headings", () => {
    const doc = parseTxtString([
      "KẾ HOẠCH", "Công tác Hội Nông dân năm 2026",
      "A. MỤC ĐÍCH, YÊU CẦU", "- Nâng cao nhận thức.",
      "B. CHỈ TIÊU", "1. Kết nạp 500 hội viên mới.",
      "C. NHIỆM VỤ VÀ GIẢI PHÁP", "1. Tuyên truyền trong quý II.",
      "D. TỔ CHỨC THỰC HIỆN", "1. Các ban chủ trì.",
      "Phần II. NHIỆM VỤ TRỌNG TÂM", "1. Tập huấn.",
    ].join("\n"));
    expect(tree(doc)).toEqual([
      ["target", "1", null, "CHỈ TIÊU", "Kết nạp 500 hội viên mới."],
      ["task", "1", null, "NHIỆM VỤ VÀ GIẢI PHÁP", "Tuyên truyền trong quý II."],
      ["task", "1", null, "TỔ CHỨC THỰC HIỆN", "Các ban chủ trì."],
      ["task", "1", null, "NHIỆM VỤ TRỌNG TÂM", "Tập huấn."],
    ]);
  });

  it("reads a bare kind-named heading after item siblings as one more item, with the table under it as its children", () => {
    const doc = parseTxtString([
      "II. CHỈ TIÊU", "a) Kết nạp 300 hội viên mới.",
      "III. NỘI DUNG VÀ GIẢI PHÁP",
      "1. Công tác tuyên truyền", "Tuyên truyền trên đài truyền thanh.",
      "2. Các hoạt động chính", "Phân công tại bảng dưới đây:",
      "TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian",
      "1\tHội nghị triển khai\tVăn phòng\tTháng 02/2026",
      "2\tHội thi nhà nông giỏi\tBan Kinh tế\tQuý III/2026",
      "Các đơn vị chủ động bố trí kinh phí.",
      "3. Sơ kết, tổng kết",
      "IV. TỔ CHỨC THỰC HIỆN", "1. Văn phòng theo dõi.",
    ].join("\n"));
    expect(tree(doc)).toEqual([
      ["target", "a", null, "CHỈ TIÊU", "Kết nạp 300 hội viên mới."],
      ["task", "1", null, "NỘI DUNG VÀ GIẢI PHÁP", "Công tác tuyên truyền Tuyên truyền trên đài truyền thanh."],
      ["task", "2", null, "NỘI DUNG VÀ GIẢI PHÁP", "Các hoạt động chính Phân công tại bảng dưới đây:"],
      ["task", "1", "2", "NỘI DUNG VÀ GIẢI PHÁP", "Hội nghị triển khai"],
      ["task", "2", "2", "NỘI DUNG VÀ GIẢI PHÁP", "Hội thi nhà nông giỏi"],
      // a paragraph after the table continues no row; "3." is a sibling of "2." again
      ["task", "3", null, "NỘI DUNG VÀ GIẢI PHÁP", "Sơ kết, tổng kết"],
      ["task", "1", null, "TỔ CHỨC THỰC HIỆN", "Văn phòng theo dõi."],
    ]);
  });

  it("reads numbered topics of a plan without kind sections as tasks with section null", () => {
    const doc = parseTxtString([
      "KẾ HOẠCH", "Công tác Hội năm 2026",
      "Ban Thường vụ Hội xây dựng kế hoạch như sau:",
      "1. Công tác tuyên truyền",
      "1.1. Tổ chức học tập nghị quyết.",
      "1.2. Nắm tình hình tư tưởng hội viên.",
      "2. Các phong trào thi đua",
      "Đẩy mạnh phong trào, chú trọng:",
      "- Giúp nhau giảm nghèo;",
      "3. Chỉ tiêu chủ yếu",
      "TT\tChỉ tiêu\tMức phấn đấu",
      "1\tTỷ lệ cơ sở Hội vững mạnh\t85%",
      "4. Tổ chức thực hiện",
      "Các huyện báo cáo kết quả trước ngày 10/12/2026.",
    ].join("\n"));
    expect(tree(doc)).toEqual([
      ["task", "1", null, null, "Công tác tuyên truyền"],
      ["task", "1.1", "1", null, "Tổ chức học tập nghị quyết."],
      ["task", "1.2", "1", null, "Nắm tình hình tư tưởng hội viên."],
      ["task", "2", null, null, "Các phong trào thi đua Đẩy mạnh phong trào, chú trọng:"],
      ["task", null, "2", null, "Giúp nhau giảm nghèo;"],
      ["target", "1", null, "Chỉ tiêu chủ yếu", "Tỷ lệ cơ sở Hội vững mạnh"],
    ]);
    // the prose of "Tổ chức thực hiện" belongs to no item, but its date is a deadline
    const out = runRules(doc);
    expect(out.deadlines.map((d) => [d.item, d.raw, d.start])).toEqual([[null, "trước ngày 10/12/2026", "2026-12-10"]]);
    // the "Mức phấn đấu" column holds the target's level
    expect(out.targets[0].quantities.map((q) => [q.value, q.unit, q.comparator])).toEqual([[85, "%", "="]]);
  });
});
