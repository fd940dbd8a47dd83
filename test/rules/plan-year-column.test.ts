import { describe, expect, it } from "vitest";
import { parseMdString } from "../../parsers/md.js";
import { runRules } from "../../rules/index.js";

// Made-up target tables whose level stands in one plan-year column ("Kế hoạch 2025", "KH năm 2026")
// beside the wording, with or without a unit column.
const plan = (table: string) => runRules(parseMdString(`KẾ HOẠCH\n\nCông tác dân số năm 2026\n\nII. CÁC CHỈ TIÊU CHỦ YẾU\n\n${table}\n`, "x.md"));

describe("a plan-year column holds the level a target row sets", () => {
  it("'Kế hoạch 2026' with an 'ĐVT' column", () => {
    const r = plan("| STT | Chỉ tiêu | ĐVT | Kế hoạch 2026 | Ghi chú |\n|---|---|---|---|---|\n| 1 | Tỷ lệ trẻ sơ sinh được sàng lọc | % | ≥ 90 | |\n| 2 | Số người mới sử dụng biện pháp tránh thai | Người | 1.850 | |");
    expect(r.targets.map((t) => t.quantities.map((q) => [q.value, q.unit, q.comparator]))).toEqual([
      [[90, "%", ">="]],
      [[1850, "người", "="]],
    ]);
  });
  it("'KH năm 2026' whose cells carry their own unit", () => {
    const r = plan("| TT | Nội dung chỉ tiêu | KH năm 2026 |\n|---|---|---|\n| 1 | Chi hội có mô hình sinh kế | 30 chi hội |");
    expect(r.targets[0].quantities.map((q) => [q.value, q.unit])).toEqual([[30, "chi hội"]]);
  });
});
