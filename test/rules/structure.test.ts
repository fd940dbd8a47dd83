import { describe, expect, it } from "vitest";
import { findStructure } from "../../rules/structure.js";
import { parseTxtString } from "../../parsers/txt.js";
import { parseMdString } from "../../parsers/md.js";
import { runRules } from "../../rules/index.js";

// the label, section-heading and structure corpora (rules/*.examples.ts) run in test/rules/examples.test.ts

const tree = (doc: ReturnType<typeof parseTxtString>) => {
  const { items } = findStructure(doc);
  const byId = new Map(items.map((i) => [i.id, i]));
  return items.map((i) => {
    const p = i.parent ? byId.get(i.parent)! : null;
    return [i.kind, i.code, p ? p.code ?? p.text.slice(0, 12).trim() : null, i.section, i.text];
  });
};

describe("structure", () => {
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

  it("says so when it reads a numbered list without a section heading", () => {
    const doc = parseTxtString([
      "KẾ HOẠCH", "Công tác Đội tháng 12/2026",
      "Chủ đề: “Tự hào truyền thống”",
      "1. Tổ chức sơ kết tháng 11, triển khai kế hoạch tháng 12.",
      "2. Tổ chức các hoạt động kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam.",
      "Tuyên truyền, vận động đội viên viết thư chúc Tết các chiến sỹ.",
      "3. Hoàn thành sổ sách Đội trước ngày 25/12.",
    ].join("\n"));
    expect(tree(doc).map(([kind, code, parent, section]) => [kind, code, parent, section])).toEqual([
      ["task", "1", null, null], ["task", "2", null, null], ["task", "3", null, null],
    ]);
    const out = runRules(doc);
    const w = out.warnings.filter((x) => x.code.startsWith("structure/"));
    expect(w.map((x) => [x.code, x.message])).toEqual([
      ["structure/no-section", 'No section heading recognised (chỉ tiêu, nhiệm vụ …); read 3 numbered lines from "1. Tổ chức sơ kết tháng 11, triển khai k…" as tasks with no section'],
    ]);
    expect(doc.text.slice(w[0].where!.start, w[0].where!.end)).toBe("1. Tổ chức sơ kết tháng 11, triển khai kế hoạch tháng 12.");
  });

  it("reads a bare numbered list whose lines state levels as targets, and an empty plan says so", () => {
    const doc = parseTxtString(["NGHỊ QUYẾT", "1. Kinh tế:", "- Thu nhập bình quân đạt 70 triệu đồng, tăng 8%.", "- Tỷ lệ hộ nghèo còn 0,5%.", "2. Xã hội:", "- 100% thôn có nhà văn hóa."].join("\n"));
    expect(tree(doc).map(([kind, code]) => [kind, code])).toEqual([["target", "1"], ["target", null], ["target", null], ["target", "2"], ["target", null]]);
    const none = runRules(parseTxtString("Thông báo lịch tiếp công dân tháng 12."));
    expect(none.warnings.map((x) => x.code)).toContain("structure/no-items");
    // nor is a numbered list in English (a README's steps)
    expect(tree(parseTxtString(["Usage", "1. Put the plan into fixtures/plans/.", "2. Run npm test."].join("\n")))).toEqual([]);
    // a list inside "I. MỤC ĐÍCH, YÊU CẦU" is not the plan's list
    expect(tree(parseTxtString(["I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao nhận thức.", "2. Đảm bảo an toàn."].join("\n")))).toEqual([]);
  });
});
