// Words of labels, one table each (CONTRIBUTING.md, "How a table row matches" does not apply: these
// are read as written, case aside, one space after them).

/**
 * The words of a label that names its item ("Chỉ tiêu 3:", "Nhiệm vụ 1:", "Mục tiêu 2.", a campaign's
 * round "Đợt 1:", a step "Bước 2:", a stage "Giai đoạn 1:"), read by src/ground/label.ts in this order.
 * `task`: an item so named is a task wherever it stands (rules/structure/builder.ts).
 */
export const NAMED_LABELS: ReadonlyArray<{ word: string; task?: true }> = [
  { word: "Chỉ tiêu" },
  { word: "Nhiệm vụ", task: true },
  { word: "Mục tiêu" },
  { word: "Giải pháp", task: true },
  { word: "Hoạt động" },
  { word: "Nội dung" },
  { word: "Chương trình", task: true },
  { word: "Đợt", task: true },
  { word: "Bước", task: true },
  { word: "Giai đoạn", task: true },
];

/** The word of a part of the plan or an article of a resolution: "Phần II.", "ĐIỀU 2." (as written, in these cases). */
export const PART_WORDS = ["Phần", "PHẦN", "Điều", "ĐIỀU"];

/** The letters of a lettered label in their order ("a)", "đ)", "A."): the Vietnamese alphabet's "đ" after "d". */
export const LOWER_LETTERS = "abcdđefghijklmnopqrstuvwxyz";
/** The capitals a plan letters its parts with ("A.", "Đ."). */
export const UPPER_LETTERS = "ABCDĐEFGH";

/** The hour of a clock time after a number and a dash ("1- 8 giờ 30: …" is a time, not a label "1-"); rules/vocab/words.ts reads it too. */
export const HOUR_WORD = "giờ";
