// The output contract (CONTRACT.md, schema version 1) in code. Every document is
// validated against it before it is written; schemas/plan.schema.json is generated
// from it (npm run schema) and committed for users of other languages. Every field has a
// description (.describe), carried into the JSON Schema; test/schema.test.ts fails on a
// field without one.
import { z } from "zod";

export const Span = z
  .object({
    page: z.number().int().positive().nullable().describe("1-based page of a PDF; null for other formats"),
    start: z.number().int().nonnegative().describe("offset of the first character, in UTF-16 code units, into the document's normalized text (source.text)"),
    end: z.number().int().nonnegative().describe("offset just after the last character (exclusive), in the same text: source.text.slice(start, end) is the words"),
    // added fields: where a person finds `start` in the original file (vfile-style, 1-based)
    line: z.number().int().positive().optional().describe("text and Markdown: 1-based line of the file where the words start; PDF: 1-based line on `page`"),
    column: z.number().int().positive().optional().describe("text and Markdown: 1-based column of that line (UTF-16 units of the decoded file)"),
    paragraph: z.number().int().nonnegative().optional().describe("DOCX: 0-based index of the body element (w:p paragraph or w:tbl table) in reading order"),
    note: z
      .object({
        part: z.enum(["footnotes", "endnotes"]).describe("the part that holds the note: word/footnotes.xml or word/endnotes.xml"),
        id: z.number().int().nonnegative().describe("the note's w:id in that part (<w:footnote w:id=\"3\">)"),
      })
      .optional()
      .describe("DOCX: the words are a footnote's or endnote's text, which stands outside the body (no `paragraph`): the note that holds them"),
  })
  .describe("where words stand in the document (provenance)");

export const Quantity = z
  .object({
    value: z.number().describe('the number as a number: "1.300" is 1300, "23,2" is 23.2, "01" is 1, "0,5%" is 0.5'),
    unit: z.string().describe('"%", or the counted noun as written, lower-cased: "hộ", "hội viên", "htx", "hoạt động"'),
    comparator: z
      .enum([">=", ">", "=", "<=", "<"])
      .describe('">=" for "ít nhất", "từ … trở lên", "tối thiểu"; ">" for "trên", "hơn"; "<" for "dưới"; "<=" for "không quá", "tối đa"; else "="'),
    raw: z.string().describe('the words the quantity was read from: "ít nhất 161 hộ"'),
    where: Span.optional().describe("where those words stand in the document"),
  })
  .describe("a number a target sets, with its unit and how it compares");

const ItemBase = z.object({
  id: z.string().min(1).describe('stable within the document: "t1", "t1.2", "k3"; other items point to it by this id'),
  code: z.string().nullable().describe('the label as written, without trailing dot or spaces: "(1)", "2.1", "1.1.3", "Chỉ tiêu 1"; null for "-" or "+" bullets'),
  parent: z.string().nullable().describe("id of the enclosing item of the same kind, else null"),
  section: z.string().nullable().describe('heading of the section the item sits in, as written: "Chỉ tiêu", "Một số chỉ tiêu cơ bản"'),
  text: z.string().describe("the item's own text, without its label, lines joined, footnote markers removed"),
  footnotes: z.array(z.string()).describe("markers of the footnotes referenced in its text"),
  where: Span.describe("where the item stands in the document"),
});

export const Schedule = z
  .record(z.string(), z.string())
  .nullable()
  .describe('per-year cells of a table row, as written: {"2022": "500", "2023": "500"}; "x" kept as "x"; null when the item is not a table row');

export const Target = ItemBase.extend({
  quantities: z.array(Quantity).describe("the numbers the target sets, in the order written"),
  schedule: Schedule,
}).describe("a target (chỉ tiêu): a numbered or bulleted item of a section of targets, or an item that calls itself one");

export const Task = ItemBase.extend({
  responsible: z.array(z.string()).describe('units named as responsible (table columns "Cấp thực hiện", "Đơn vị thực hiện"), else empty'),
  partners: z.array(z.string()).describe('units named as partners ("Cơ quan/Đơn vị phối hợp"), else empty'),
  funding: z.string().nullable().describe('the source of funds as written ("Nguồn kinh phí"), else null'),
  schedule: Schedule.optional(),
}).describe("a task (nhiệm vụ, giải pháp, hoạt động, sự kiện): an item of a section of tasks, solutions or activities");

export const Precision = z
  .enum(["day", "week", "month", "quarter", "half", "year", "range"])
  .describe("what the expression names: a day, a week, a month, a quarter, a half-year, a year, or a range between two of these");
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Deadline = z
  .object({
    item: z.string().nullable().describe("id of the target or task it belongs to, else null"),
    raw: z.string().describe('as written: "Tháng 02/2024", "Quý II", "quý IV năm 2025", "28/6/2024", "15/11-15/12"'),
    start: IsoDate.describe('first day the expression covers, ISO date: "2024-02-01"'),
    end: IsoDate.describe('last day the expression covers, ISO date: "2024-02-29"'),
    precision: Precision,
    where: Span.optional().describe("where the expression stands in the document"),
    yearInferred: z.boolean().optional().describe("true when the year came from the plan (its year or term), not from the words"),
  })
  .describe("a time by which or in which something is to happen or be done");

export const Footnote = z
  .object({
    marker: z.string().describe('the marker, as written: "1"'),
    text: z.string().describe("the whole footnote, lines joined with single spaces"),
    item: z.string().nullable().describe("id of the target or task whose text carries the marker, else null"),
    where: Span.optional().describe("where the footnote's text stands in the document"),
    refs: z
      .array(Span)
      .optional()
      .describe("where its reference marks stood: the marks are not in source.text, so each is an empty span (start = end) just after the word they were glued to"),
  })
  .describe("a footnote: text at the foot of a page (a Word footnote in DOCX) and the marker that refers to it");

export const Model = z
  .object({
    name: z.string().describe('the model\'s name: "1+1", "3 có, 3 biết"'),
    definition: z.string().nullable().describe("what the document says the model is, when it defines it, else null"),
    footnote: z.string().nullable().describe("marker of the footnote that defines it, else null"),
    where: Span.optional().describe("where the name stands in the document"),
  })
  .describe('a named model ("mô hình") or campaign model, above all those defined in footnotes');

export const Theme = z
  .object({
    year: z.number().int().nullable().describe("the year the theme is for: 2024"),
    text: z.string().describe("the theme, without surrounding quotes or final period"),
    source: z.enum(["body", "footnote"]).describe('"body", or "footnote" for themes of earlier years listed in a footnote'),
    where: Span.optional().describe("where the theme stands in the document"),
  })
  .describe("the year's theme (chủ đề năm)");

export const Signer = z
  .object({
    name: z.string().describe('the name of the person who signs: "Nguyễn Văn An"'),
    title: z.string().nullable().describe('the title above the name: "CHỦ TỊCH"'),
    onBehalfOf: z.string().nullable().describe('on behalf of whom: "TM. BAN THƯỜNG VỤ"'),
  })
  .describe("who signs the plan");

export const Meta = z
  .object({
    title: z.string().nullable().describe('the title: "KẾ HOẠCH"'),
    subtitle: z.string().nullable().describe('the line(s) after the title, joined: "Định hướng nhiệm vụ công tác trọng tâm năm 2024"'),
    issuer: z.string().nullable().describe('"Hội LHPN tỉnh Nam Định" as written in the header, else as named in the text'),
    body: z.string().nullable().describe('the issuing body: "BAN CHẤP HÀNH", "BAN THƯỜNG VỤ"'),
    province: z.string().nullable().describe('canonical name with diacritics: "Nam Định", "Cao Bằng"'),
    number: z.string().nullable().describe('the document number: "12/KH-UBND"; null when it is left blank ("Số:    /KH-BTV")'),
    issuedAt: IsoDate.nullable().describe('the date of issue, ISO: "2023-07-04"; null when day or month is blank'),
    place: z.string().nullable().describe('the place before the date: "Nam Định" from "Nam Định, ngày 04 tháng 7 năm 2023"'),
    year: z.number().int().nullable().describe("the year the plan is for: 2024; null for a term plan"),
    period: z
      .object({
        from: z.number().int().describe("first year of the term"),
        to: z.number().int().describe("last year of the term"),
      })
      .nullable()
      .describe('the term a plan covers: "nhiệm kỳ 2022 - 2027" is {from: 2022, to: 2027}; written "2022–2027" wherever people read it'),
    signer: Signer.nullable().describe("who signs the plan, else null"),
    bases: z.array(z.string()).describe('the legal bases: each document cited after "Căn cứ" or "Thực hiện"'),
    recipients: z.array(z.string()).describe('the "Nơi nhận:" list, one entry per line, without the leading "- " and trailing ";"'),
  })
  .describe("what the plan says about itself: title, issuer, number, date, year or term, signer, bases, recipients");

export const Warning = z
  .object({
    code: z.string().describe('what kind of warning, a stable code: "txt/page-number" (README lists them)'),
    message: z.string().describe("the warning in words (English)"),
    where: Span.nullable().describe("where it applies in the document, else null"),
  })
  .describe("something the extractor noticed and could not settle: a dropped line, a guess");

export const PlanDocument = z
  .object({
    schemaVersion: z.literal(1).describe("version of this contract: 1"),
    source: z
      .object({
        file: z.string().describe("base name of the input file"),
        format: z.enum(["pdf", "docx", "txt", "md"]).describe("the format the input was read as"),
        sha256: z.string().regex(/^[0-9a-f]{64}$/).describe("SHA-256 of the input bytes, lower-case hex"),
        pages: z.number().int().positive().nullable().describe("page count of a PDF, else null"),
        text: z
          .string()
          .optional()
          .describe('the document\'s text as kehoach read it (NFC, blocks joined by "\\n\\n", table cells by "\\t", footnote markers removed): every `where` counts into it'),
        pageStarts: z
          .array(
            z
              .object({
                page: z.number().int().positive().describe("1-based page"),
                start: z.number().int().nonnegative().describe("offset in `text` where a run of that page's text starts"),
              })
              .describe("a page change in the text"),
          )
          .optional()
          .describe("PDF: where each page's text starts in `text`, in text order (footnote bodies, gathered at the end, start a run of their page again)"),
      })
      .describe("the file the plan was read from"),
    meta: Meta,
    themes: z.array(Theme).describe("the year's themes"),
    targets: z.array(Target).describe("the targets (chỉ tiêu), in document order"),
    tasks: z.array(Task).describe("the tasks (nhiệm vụ, giải pháp, hoạt động), in document order"),
    deadlines: z.array(Deadline).describe("the deadlines, in document order"),
    footnotes: z.array(Footnote).describe("the footnotes, in document order"),
    models: z.array(Model).describe("the named models"),
    warnings: z.array(Warning).describe("what the extractor warns about this document"),
  })
  .describe("one Vietnamese plan document (KẾ HOẠCH) as structured data");

export type PlanDocument = z.infer<typeof PlanDocument>;
export type Target = z.infer<typeof Target>;
export type Task = z.infer<typeof Task>;
export type Deadline = z.infer<typeof Deadline>;
export type Footnote = z.infer<typeof Footnote>;
export type Model = z.infer<typeof Model>;
export type Theme = z.infer<typeof Theme>;
export type Meta = z.infer<typeof Meta>;
export type Quantity = z.infer<typeof Quantity>;
export type SpanT = z.infer<typeof Span>;
export type PrecisionT = z.infer<typeof Precision>;
