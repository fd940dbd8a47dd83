// The corpus of rules/model.ts. Rows are made up: body paragraphs and footnotes
// (marker, text), and the models expected, in order.
import { DocBuilder } from "../src/ground/doc-builder.js";
import { findModels, modelKey } from "./model.js";
import { examplesOf, planOf, type Row } from "./examples.js";

export interface ExpectedModel {
  name: string;
  definition?: string | null;
  footnote?: string | null;
}

export interface ModelExample {
  body: string[];
  footnotes?: Array<[string, string]>;
  expect: ExpectedModel[];
}

export const examples: ModelExample[] = [
  { body: ["Xây dựng và nhân rộng mô hình “Tổ phụ nữ tiết kiệm” tại các thôn."], expect: [{ name: "Tổ phụ nữ tiết kiệm" }] },
  // a list after "Mô hình:"
  {
    body: ["(3) - 100% cơ sở Hội duy trì Mô hình: “2+2”; “4 có, 2 biết”; “Chi hội phụ nữ cùng tiến”; “Tổ liên kết vượt khó”."],
    expect: [{ name: "2+2" }, { name: "4 có, 2 biết" }, { name: "Chi hội phụ nữ cùng tiến" }, { name: "Tổ liên kết vượt khó" }],
  },
  // "mô hình điểm", "các mô hình … như:", inner spaces in quotes, "và"
  {
    body: [
      "Đánh giá mô hình điểm “Phụ nữ livestream bán nông sản” tại xã để nhân rộng.",
      "Duy trì các mô hình “2 sạch” như: “Bếp ăn 2 sạch”, “ Khu dân cư 2 sạch ”... và mô hình “Câu lạc bộ phụ nữ khuyết tật”.",
    ],
    expect: [
      { name: "Phụ nữ livestream bán nông sản" }, { name: "2 sạch" }, { name: "Bếp ăn 2 sạch" },
      { name: "Khu dân cư 2 sạch" }, { name: "Câu lạc bộ phụ nữ khuyết tật" },
    ],
  },
  // the family campaign models, with or without quotes and comma; one model each
  {
    body: [
      "Tiếp tục thực hiện Cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”; vận động 300 hộ đạt tiêu chí gia đình 5 không 3 sạch.",
      "Thí điểm mô hình “Gia đình 5 có, 3 sạch” ở xã nông thôn mới kiểu mẫu.",
    ],
    expect: [{ name: "gia đình 5 không, 3 sạch" }, { name: "Gia đình 5 có, 3 sạch" }],
  },
  // the families named before a quoted slogan
  {
    body: ["Vận động xây dựng gia đình công nhân “5 không, 3 sạch” tại các khu trọ."],
    expect: [{ name: "gia đình công nhân 5 không, 3 sạch" }],
  },
  // a model defined in a footnote: the body spelling, the footnote's definition and marker
  {
    body: ["Hướng dẫn cơ sở xây dựng mô hình “2 có, 2 biết”."],
    footnotes: [["4", "Mô hình “2 có + 2 biết”: có sổ theo dõi, có sinh hoạt định kỳ; biết hoàn cảnh và biết nhu cầu hội viên."]],
    expect: [{ name: "2 có, 2 biết", definition: "có sổ theo dõi, có sinh hoạt định kỳ; biết hoàn cảnh và biết nhu cầu hội viên.", footnote: "4" }],
  },
  // a model only in a footnote
  {
    body: ["Các cấp Hội nhân rộng cách làm hay."],
    footnotes: [["1", "- Mô hình “Nhà an toàn”: nơi tạm lánh cho phụ nữ, trẻ em bị bạo lực."]],
    expect: [{ name: "Nhà an toàn", definition: "nơi tạm lánh cho phụ nữ, trẻ em bị bạo lực.", footnote: "1" }],
  },
];

/** Paragraphs with no model. */
export const negative: string[] = [
  "Mỗi cơ sở Hội xây dựng ít nhất 01 mô hình phát triển kinh tế hiệu quả.",
  "Tổ chức Hội thi “Cán bộ Hội cơ sở giỏi” cấp huyện.",
  "Thực hiện Chương trình “Mẹ đỡ đầu” và Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.",
  "Chi hội điển hình 5 không 3 sạch được biểu dương.", // no "gia đình", no "mô hình"
];

// ---------------------------------------------------------------- the corpus (rules/examples.ts)

type Input = Pick<ModelExample, "body" | "footnotes">;
type Read = Array<{ name: string; definition: string | null; footnote: string | null; placed?: boolean }>;

function modelsOf({ body, footnotes = [] }: Input): Read {
  const b = new DocBuilder("txt");
  for (const text of body) b.add({ kind: "paragraph", text });
  for (const [marker, text] of footnotes) b.add({ kind: "footnote", text, marker });
  const doc = b.build();
  // placed: the model's span holds its name
  return findModels(doc).map((m) => ({
    name: m.name, definition: m.definition ?? null, footnote: m.footnote ?? null,
    placed: modelKey(doc.text.slice(m.where!.start, m.where!.end)) === modelKey(m.name),
  }));
}

// Whole plans: a week's schedule ("LỊCH LÀM VIỆC …") names the models its leaders visit or run, not the plan's
const schedules: Array<Row<readonly string[], string[]>> = [
  [
    ["LỊCH LÀM VIỆC CỦA LÃNH ĐẠO UBND XÃ AN PHÚ", "(Tuần 10, từ ngày 08/3/2027 đến ngày 12/3/2027)", "THỨ HAI (08/3/2027):",
      "1. Chủ tịch UBND xã: Thực hiện mô hình “Ngày thứ Bảy vì dân”."],
    [],
    "a schedule's entry that runs a model",
  ],
  [
    ["KẾ HOẠCH", "Công tác Hội năm 2027", "I. NHIỆM VỤ", "1. Nhân rộng mô hình “Ngày thứ Bảy vì dân” ở các chi hội."],
    ["Ngày thứ Bảy vì dân"],
    "the same words in a plan's task: a model",
  ],
];

export const corpus = [
  examplesOf({ id: "models of a schedule", rule: "models", read: (l: readonly string[]) => planOf(l).models.map((m) => m.name), rows: schedules, name: () => "" }),
  examplesOf<Input, Read>({
    id: "model",
    rule: "models",
    read: modelsOf,
    rows: examples.map((ex) => [ex, ex.expect.map((e) => ({ name: e.name, definition: e.definition ?? null, footnote: e.footnote ?? null, placed: true }))]),
    none: negative.map((text) => ({ body: [text] })),
    nothing: [],
    name: (input) => input.body[0].slice(0, 70),
  }),
];
