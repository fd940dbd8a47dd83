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
