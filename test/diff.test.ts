import { describe, expect, it } from "vitest";
import { clauseRef, diffPlans, diffSides, splitTarget, unitMatch, type DiffPair } from "../src/diff.js";
import { en } from "../src/i18n/en.js";
import { reasonText } from "../src/i18n/index.js";

const why = (p: DiffPair) => p.reasons.map((r) => reasonText(r, en));
import { makePlan, planFromGold, q, STEMS, target } from "./helpers/plan-factory.js";

describe("diff Nam Định vs Cao Bằng 2024 (plans shaped like the real ones)", () => {
  const nd = planFromGold(STEMS.namDinh2024);
  const cb = planFromGold(STEMS.caoBang2024);
  const r = diffPlans(nd, cb);

  it("pairs the computers, the chi hội trưởng training and the IT-skill activities", () => {
    const find = (a: RegExp) => r.pairs.find((p) => a.test(p.a.text));
    const computers = find(/máy tính/)!;
    expect(computers.b.text).toMatch(/Hội LHPN xã, phường, thị trấn được trang bị máy tính/);
    expect(computers.comparison).toBe("100% = 100%");
    expect(why(computers).join(" ")).toMatch(/same subject: cơ sở Hội/);
    const training = find(/Chi hội trưởng được tập huấn/)!;
    expect(training.b.text).toBe("60% chi hội trưởng được tập huấn nghiệp vụ công tác Hội");
    expect(clauseRef(training.b)).toBe("2.6 (2/3)");
    expect(training.comparison).toBe("100% vs 60%");
    const it = find(/kỹ năng ứng dụng CNTT/)!;
    expect(it.b.code).toBe("2.10");
    expect(it.b.part).toBe(3);
    expect(it.comparison).toContain("≥ 1 hoạt động = ≥ 1 hoạt động");
    for (const p of [computers, training, it]) expect(p.confidence).toBe("high");
  });

  it("pairs nothing else (nothing that measures different things)", () => {
    expect(r.pairs).toHaveLength(3);
    // everything else is listed on its side
    expect(r.onlyA.map((c) => c.text).join("\n")).toMatch(/trang thông tin điện tử/);
    expect(r.onlyB.some((c) => /cán bộ Hội chuyên trách các cấp sử dụng thành thạo/.test(c.text))).toBe(true);
    expect(r.onlyB.some((c) => /500 hội viên phụ nữ ưu tú/.test(c.text))).toBe(true);
  });

  it("is symmetric on these plans", () => {
    const back = diffPlans(cb, nd);
    expect(back.pairs.map((p) => [p.b.text, p.a.text]).sort()).toEqual(r.pairs.map((p) => [p.a.text, p.b.text]).sort());
  });
});

describe("alignment rules", () => {
  it("splits a target into clauses and gives each its quantities", () => {
    const t = planFromGold(STEMS.caoBang2024).targets.find((x) => x.code === "2.6")!;
    const parts = splitTarget(t);
    expect(parts.map((p) => p.quantities.map((x) => x.value))).toEqual([[100], [60], [100]]);
    expect(parts[1]!.text).toBe("60% chi hội trưởng được tập huấn nghiệp vụ công tác Hội");
  });

  it("never pairs different subjects, however many words they share", () => {
    const a = makePlan({ targets: [target("t1", "100% Chi hội trưởng được tập huấn nghiệp vụ công tác Hội.", [q(100, "%")])] });
    const b = makePlan({
      meta: { province: "Cao Bằng" },
      targets: [target("t1", "100% cán bộ Hội chuyên trách được tập huấn nghiệp vụ công tác Hội.", [q(100, "%")])],
    });
    expect(diffPlans(a, b).pairs).toEqual([]);
  });

  it("uses the vocabulary of equivalent phrases and explains the pair", () => {
    const a = makePlan({ targets: [target("t1", "Toàn tỉnh giới thiệu được ít nhất 500 hội viên phụ nữ ưu tú trở lên cho Đảng xem xét, kết nạp.", [q(500, "hội viên", ">=", "ít nhất 500 hội viên phụ nữ ưu tú trở lên")])] });
    const b = makePlan({
      meta: { province: "Thái Bình" },
      targets: [
        target("t1", "Giới thiệu 300 hội viên ưu tú cho Đảng xem xét kết nạp.", [q(300, "hội viên")]),
        target("t2", "Kết nạp mới 1.000 hội viên.", [q(1000, "hội viên")]),
      ],
    });
    const r = diffPlans(a, b);
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0]!.b.targetId).toBe("t1");
    expect(why(r.pairs[0]!).join("; ")).toMatch(/same subject: hội viên ưu tú.*Đảng.*same unit: hội viên/);
    expect(r.pairs[0]!.comparison).toBe("≥ 500 hội viên vs 300 hội viên");
    expect(r.onlyB.map((c) => c.targetId)).toEqual(["t2"]);
  });

  it("units: equal, compatible or different", () => {
    expect(unitMatch("%", "%")).toBe("same");
    expect(unitMatch("hoạt động", "loại hình hoạt động")).toBe("compatible");
    expect(unitMatch("htx", "hợp tác xã")).toBe("compatible");
    expect(unitMatch("%", "hội viên")).toBeNull();
    expect(unitMatch("hộ", "hội viên")).toBeNull();
  });

  it("several plans per side", () => {
    const r = diffSides(
      { label: "Nam Định", plans: [{ plan: planFromGold(STEMS.namDinh2024), documentId: 1 }, { plan: planFromGold(STEMS.namDinhTerm), documentId: 2 }] },
      { label: "Cao Bằng", plans: [{ plan: planFromGold(STEMS.caoBang2024), documentId: 3 }] },
    );
    expect(r.a.documents.map((d) => d.id)).toEqual([1, 2]);
    expect(r.pairs.length).toBeGreaterThanOrEqual(3);
  });
});
