import { describe, expect, it } from "vitest";
import { foldDiacritics, foldKey, foldTone, sameVi } from "../src/text.js";

describe("Vietnamese text folding", () => {
  it("folds both tone-mark styles to one", () => {
    expect(foldTone("hoà")).toBe("hòa");
    expect(foldTone("Uỷ ban")).toBe("Ủy ban");
    expect(foldTone("thuỷ lợi")).toBe("thủy lợi");
    expect(foldTone("hoàn thành")).toBe("hoàn thành"); // a final consonant: the mark stays on a
    expect(foldTone("quý II")).toBe("quý II"); // after q the u is part of the consonant
    expect(sameVi("Hoà giải", "hòa giải")).toBe(true);
  });
  it("strips diacritics and đ, keeping the length", () => {
    for (const s of ["Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Uỷ ban nhân dân", "khoẻ mạnh"]) {
      expect(foldDiacritics(s).length).toBe(s.length);
      expect(foldTone(s).length).toBe(s.length);
    }
    expect(foldDiacritics("Đoàn Thanh niên")).toBe("Doan Thanh nien");
    expect(foldKey("  Chi hội   TRƯỞNG ")).toBe("chi hoi truong");
  });
});
