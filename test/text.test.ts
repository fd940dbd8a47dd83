import { describe, expect, it } from "vitest";
import { foldDiacritics, foldForMatch, foldKey, foldTone, sameVi } from "../src/ground/text.js";

// The folds as they were written first (a regex over non-ASCII characters, tone style folded
// before matching): the per-unit tables must give the same strings, character for character.
const foldCharRef = (ch: string): string => {
  const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return ch === "đ" || ch === "\u00f0" ? "d" : ch === "Đ" || ch === "\u00d0" ? "D" : base.length === ch.length ? base : ch;
};
const foldDiacriticsRef = (s: string): string => s.normalize("NFC").replace(/[^\u0000-\u007f]/g, foldCharRef);
const foldForMatchRef = (s: string): string => foldDiacriticsRef(foldTone(s)).toLowerCase();

describe("Vietnamese text folding", () => {
  it("folds both tone-mark styles to one", () => {
    expect(foldTone("hoà")).toBe("hòa");
    expect(foldTone("Uỷ ban")).toBe("Ủy ban");
    expect(foldTone("thuỷ lợi")).toBe("thủy lợi");
    expect(foldTone("hoàn thành")).toBe("hoàn thành"); // a final consonant: the mark stays on a
    expect(foldTone("quý II")).toBe("quý II"); // after q the u is part of the consonant
    expect(sameVi("Hoà giải", "hòa giải")).toBe(true);
    // the eth of pages converted from old encodings is the Vietnamese Đ
    expect(foldTone("Ðến năm")).toBe("Đến năm");
    expect(foldForMatch("ÐOÀN")).toBe("doan");
  });
  it("strips diacritics and đ, keeping the length", () => {
    for (const s of ["Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Uỷ ban nhân dân", "khoẻ mạnh"]) {
      expect(foldDiacritics(s).length).toBe(s.length);
      expect(foldTone(s).length).toBe(s.length);
    }
    expect(foldDiacritics("Đoàn Thanh niên")).toBe("Doan Thanh nien");
    expect(foldKey("  Chi hội   TRƯỞNG ")).toBe("chi hoi truong");
  });
  it("the per-unit fold tables agree with the regex folds on every BMP character and on mixed strings", () => {
    const all: string[] = [];
    for (let c = 1; c < 0x10000; c++) all.push(String.fromCharCode(c));
    for (const ch of all) {
      expect(foldDiacritics(ch)).toBe(foldDiacriticsRef(ch));
      expect(foldForMatch(ch)).toBe(foldForMatchRef(ch));
    }
    const mixed = [
      "Uỷ ban nhân dân TỈNH QUẢNG NINH: hoà giải, thuỷ lợi, Đoàn",
      "ΣΟΦΙΑ ΣΑΣ và Ủy ban", // Σ: its lower case depends on its place in the word
      "İstanbul Ǆ ﬁ", // lower cases longer than one unit, ligatures
      "𐐀 Deseret \ud800 lone surrogate",
      "e\u0301 decomposed, a\u0323\u0302",
      "x".repeat(70_000) + "Đ", // longer than the shared buffer
    ];
    for (const s of mixed) {
      expect(foldDiacritics(s)).toBe(foldDiacriticsRef(s));
      expect(foldForMatch(s)).toBe(foldForMatchRef(s));
    }
  });
});
