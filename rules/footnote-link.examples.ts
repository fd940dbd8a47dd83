// Examples of footnote links (rules/footnote-link.ts): a made-up plan (Markdown) and its footnotes.
import { examplesOf, planOf, type Row } from "./examples.js";

const notes: Array<Row<readonly string[], unknown>> = [
  [
    ["# KẾ HOẠCH", "", "Công tác Hội năm 2026", "", "## II. NHIỆM VỤ", "", "1. Nhân rộng mô hình “Tổ phụ nữ tiết kiệm”[^1].", "", "[^1]: Mỗi tổ từ 10 đến 15 hội viên."],
    [{ marker: "1", item: "k1", text: "Mỗi tổ từ 10 đến 15 hội viên." }],
    "a footnote whose marker an item carries",
  ],
];

export const corpus = [
  examplesOf({ id: "footnote links", rule: "footnote-links", read: (l: readonly string[]) => planOf(l, "md").footnotes, rows: notes, name: () => "" }),
];
