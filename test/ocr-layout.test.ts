// Layout rules for pages read by OCR (parsers/pdf/ocr-layout.ts), on rows and codes as tesseract
// gives them: a table's header rows repeated on each page and read a little differently, and item
// codes whose dot was lost.
import { describe, expect, it } from "vitest";
import { mendCodes, rowsAlike } from "../parsers/pdf/ocr-layout.js";

describe("a repeated header row read by OCR", () => {
  const first = ["TT", "Mục tiêu/Chỉ tiêu Nghị quyết Đại hội/ hoạt động chính/chỉ tiêu", "Mức độ chỉ tiêu hoặc hoạt động từng năm", "hiện", "Đơn vị thực hiện", "Cơ quan/Đơn vị phối hợp", "Nguồn kinh phí"];

  it("is the same row though spaces and a few letters differ", () => {
    expect(rowsAlike(first, ["TT", "Mục tiêu/Chỉ tiêu Nghị quyết Đại hội/ hoạt động chính/chỉ tiêu", "Mức độ chỉ tiêu hoặc hoạt động từng năm", "hiện", "Đơn vị thực hiện", "Cơquan/Đơnvị phối hợp", "Nguồn kinh phí"])).toBe(true);
    expect(rowsAlike(first, ["TT", "Mục tiêu/Chỉ tiêu Nghị quyết Đại hội/ hoạt động chính/chí tiêu", "năm", "hiện", "Đơn vị thực hiện", "Cơquan/Đơn vị phối hợp", "Nguồn kinh phí"])).toBe(true);
    // the years lost: "Năm" for "Năm 2022" in each cell
    const years = ["", "", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025", "Năm 2026"];
    expect(rowsAlike(years, ["", "", "Năm", "Năm", "Năm", "Năm", "Năm"])).toBe(true);
  });

  it("is not a data row of the same table, nor a row of another shape", () => {
    expect(rowsAlike(first, ["2.1", "Hàng năm, toàn tỉnh giúp từ 500 hộ có phụ nữ trở lên thoát nghèo", "500", "500", "Các cấp Hội", "Ban GDKH- KT", "NSNN"])).toBe(false);
    expect(rowsAlike(first, first.slice(0, 6))).toBe(false);
    // a cell filled in one and empty in the other, for most cells
    expect(rowsAlike(["", "", "Năm 2022", "Năm 2023"], ["Năm 2022", "Năm 2023", "", ""])).toBe(false);
    expect(rowsAlike(["1", "x", "x"], ["2", "x", "x"])).toBe(false);
  });
});

describe("item codes read by OCR, mended by their sequence", () => {
  it("a code that lost its dot and breaks the sequence is the expected one", () => {
    expect(mendCodes(["2", "2.1", "2.2", "23", "3", "3.1", "3 2"])).toEqual(["2", "2.1", "2.2", "2.3", "3", "3.1", "3.2"]);
    // the dot read into a digit: "8.1" as "84", "1.1.7" as "14.7"; a letter for a 1: "7i"
    expect(mendCodes(["8", "84", "82", "83", "8 4"])).toEqual(["8", "8.1", "8.2", "8.3", "8.4"]);
    expect(mendCodes(["1.1.5", "1.1.6", "14.7", "1.1.8"])).toEqual(["1.1.5", "1.1.6", "1.1.7", "1.1.8"]);
    expect(mendCodes(["7", "7i", "7.2", "73"])).toEqual(["7", "7.1", "7.2", "7.3"]);
    // the next parent's first child; a code whose parent row lost its code, told by the next code
    expect(mendCodes(["5.2", "53", "61", "6.2"])).toEqual(["5.2", "5.3", "6.1", "6.2"]);
    expect(mendCodes(["8.3", "8.4", "II", "", "", "1.11", "1.1.2"])).toEqual(["8.3", "8.4", "II", "", "", "1.1.1", "1.1.2"]);
  });

  it("a lone empty cell between two codes that leave one out gets it; sub-rows without codes stay empty", () => {
    expect(mendCodes(["1", "", "1.2", "1.3"])).toEqual(["1", "1.1", "1.2", "1.3"]);
    expect(mendCodes(["6", "6.1", "", "", "", "6.2"])).toEqual(["6", "6.1", "", "", "", "6.2"]);
    expect(mendCodes(["6.1", "", "6.2"])).toEqual(["6.1", "", "6.2"]);
  });

  it("codes that fit, numbers in sequence and columns that are not codes stay as read", () => {
    // top-level items numbered past 10: 23 follows 22
    const many = Array.from({ length: 30 }, (_, i) => String(i + 1));
    expect(mendCodes(many)).toEqual(many);
    // a code with its dot that skips one is as printed (no dot was lost)
    expect(mendCodes(["2.1", "2.2", "2.5"])).toEqual(["2.1", "2.2", "2.5"]);
    const text = ["Cấp tỉnh", "Các huyện", "23", "Cấp cơ sở", "Chi hội trưởng"];
    expect(mendCodes(text)).toEqual(text);
  });
});
