import { describe, expect, it } from "vitest";
import { parseMdString } from "../../parsers/md.js";
import { bareNumber, runRules, splitLeadPartners } from "../../rules/index.js";

// Tables of Word plans: a unit column ("Đơn vị tính", "ĐVT") beside per-year numbers, and one
// column "Đơn vị chủ trì / phối hợp" naming the lead unit and its partners.
const plan = (table: string) =>
  runRules(parseMdString(`KẾ HOẠCH\n\nCông tác năm 2025\n\nII. CHỈ TIÊU\n\n${table}\n\nIII. NHIỆM VỤ VÀ GIẢI PHÁP\n\n| TT | Nội dung hoạt động | Đơn vị chủ trì / phối hợp | Thời gian thực hiện |\n|---|---|---|---|\n| 1 | Hội nghị triển khai kế hoạch | Văn phòng / Sở Tư pháp, Sở Tài chính | Quý II/2025 |\n| 2 | Tập huấn cán bộ | Ban Tư vấn - Hỗ trợ | Tháng 6/2025 |\n`, "x.md"));

describe("table columns", () => {
  it("a unit column gives the unit of the per-year numbers", () => {
    const r = plan("| TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2026 |\n|---|---|---|---|---|\n| 1 | Số hợp tác xã thành lập mới | HTX | 25 | 1.200 |\n| 2 | Tỷ lệ đảng viên dùng Sổ tay | % | ≥ 95 | x |");
    expect(r.targets.map((t) => t.quantities.map((q) => [q.value, q.unit, q.comparator, q.raw]))).toEqual([
      [[25, "htx", "=", "25"], [1200, "htx", "=", "1.200"]],
      [[95, "%", ">=", "≥ 95"]],
    ]);
    expect(r.targets[0].schedule).toEqual({ "2025": "25", "2026": "1.200" });
  });
  it("'ĐVT' and a goal column", () => {
    const r = plan("| TT | Chỉ tiêu | ĐVT | Mức phấn đấu |\n|---|---|---|---|\n| 1 | Lớp tập huấn kỹ năng số | Lớp | 06 |");
    expect(r.targets[0].quantities.map((q) => [q.value, q.unit])).toEqual([[6, "lớp"]]);
  });
  it("a 'chủ trì / phối hợp' column splits into responsible and partners", () => {
    const r = plan("| TT | Chỉ tiêu | ĐVT | Năm 2025 |\n|---|---|---|---|\n| 1 | Tổ công nghệ số | Tổ | 10 |");
    expect(r.tasks.map((t) => [t.responsible, t.partners])).toEqual([
      [["Văn phòng"], ["Sở Tư pháp, Sở Tài chính"]],
      [["Ban Tư vấn - Hỗ trợ"], []],
    ]);
  });
  it("bare numbers and lead/partner cells", () => {
    expect(bareNumber("2,5")?.value).toBe(2.5);
    expect(bareNumber("70%")?.raw).toBe("70%");
    expect(bareNumber("x")).toBeNull();
    expect(bareNumber("Tăng 5%")).toBeNull();
    expect(splitLeadPartners("Chủ trì: Phòng Văn hóa; phối hợp: Công an xã")).toEqual(["Phòng Văn hóa", ["Công an xã"]]);
  });
});

describe("a table inside a list", () => {
  const md = (lead: string, label: string) => `KẾ HOẠCH\n\n## III. NHIỆM VỤ VÀ GIẢI PHÁP\n\n**1. Củng cố tổ chức Hội**\n\na) Kiện toàn Ban Chấp hành các xã; hoàn thành trong quý II/2025.\n\n${label} Phát triển chi hội khuyến học trong dòng họ.\n\n${lead}\n\n| TT | Nội dung | Thời gian thực hiện |\n|---|---|---|\n| 1 | Hội nghị tổng kết | Tháng 02/2025 |\n| 2 | Trao học bổng | Tháng 8/2025 |\n\nc) Sơ kết công tác khuyến học.\n`;
  const parents = (text: string) => {
    const r = runRules(parseMdString(text, "x.md"));
    const code = new Map(r.tasks.map((t) => [t.id, t.code]));
    return r.tasks.map((t) => [t.code, t.parent ? code.get(t.parent) : null, t.section]);
  };
  it("rows numbered from 1 after a sentence item belong to the bare heading above; the list goes on after the table", () => {
    expect(parents(md("Các hoạt động trọng tâm trong năm:", "b)"))).toEqual([
      ["1", null, "NHIỆM VỤ VÀ GIẢI PHÁP"], ["a", "1", "NHIỆM VỤ VÀ GIẢI PHÁP"], ["b", "1", "NHIỆM VỤ VÀ GIẢI PHÁP"],
      ["1", "1", "NHIỆM VỤ VÀ GIẢI PHÁP"], ["2", "1", "NHIỆM VỤ VÀ GIẢI PHÁP"], ["c", "1", "NHIỆM VỤ VÀ GIẢI PHÁP"],
    ]);
  });
});
