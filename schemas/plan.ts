// The output contract (CONTRACT.md, schema version 1) in code. Every document is
// validated against it before it is written; schemas/plan.schema.json is generated
// from it (npm run schema) and committed for users of other languages.
import { z } from "zod";

// `start`/`end` count UTF-16 units into `source.text` (end exclusive, like unist positions):
// `source.text.slice(start, end)` is the words the value was read from.
export const Span = z.object({
  page: z.number().int().positive().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  // added fields: where a person finds `start` in the original file (vfile-style, 1-based).
  // Text and Markdown: line and column of the file; PDF: the line on `page` (no column);
  // DOCX: the 0-based index of the body element (paragraph or table, w:p / w:tbl) in reading order.
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  paragraph: z.number().int().nonnegative().optional(),
});

export const Quantity = z.object({
  value: z.number(),
  unit: z.string(),
  comparator: z.enum([">=", ">", "=", "<=", "<"]),
  raw: z.string(),
  where: Span.optional(), // added field: where the words it was read from stand
});

const ItemBase = z.object({
  id: z.string().min(1),
  code: z.string().nullable(),
  parent: z.string().nullable(),
  section: z.string().nullable(),
  text: z.string(),
  footnotes: z.array(z.string()),
  where: Span,
});

export const Schedule = z.record(z.string(), z.string()).nullable();

export const Target = ItemBase.extend({
  quantities: z.array(Quantity),
  schedule: Schedule,
});

export const Task = ItemBase.extend({
  responsible: z.array(z.string()),
  partners: z.array(z.string()),
  funding: z.string().nullable(),
  schedule: Schedule.optional(),
});

export const Precision = z.enum(["day", "week", "month", "quarter", "half", "year", "range"]);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Deadline = z.object({
  item: z.string().nullable(),
  raw: z.string(),
  start: IsoDate,
  end: IsoDate,
  precision: Precision,
  where: Span.optional(), // added field
  yearInferred: z.boolean().optional(), // added field: the year came from the plan, not the text
});

export const Footnote = z.object({
  marker: z.string(),
  text: z.string(),
  item: z.string().nullable(),
  where: Span.optional(), // added field
  // added field: where the reference marks stood in the text; the marks are not in source.text,
  // so each is an empty span (start === end) just after the word they were glued to
  refs: z.array(Span).optional(),
});

export const Model = z.object({
  name: z.string(),
  definition: z.string().nullable(),
  footnote: z.string().nullable(),
  where: Span.optional(), // added field
});

export const Theme = z.object({
  year: z.number().int().nullable(),
  text: z.string(),
  source: z.enum(["body", "footnote"]),
  where: Span.optional(), // added field
});

export const Signer = z.object({
  name: z.string(),
  title: z.string().nullable(),
  onBehalfOf: z.string().nullable(),
});

export const Meta = z.object({
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  issuer: z.string().nullable(),
  body: z.string().nullable(),
  province: z.string().nullable(),
  number: z.string().nullable(),
  issuedAt: IsoDate.nullable(),
  place: z.string().nullable(),
  year: z.number().int().nullable(),
  period: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  signer: Signer.nullable(),
  bases: z.array(z.string()),
  recipients: z.array(z.string()),
});

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  where: Span.nullable(),
});

export const PlanDocument = z.object({
  schemaVersion: z.literal(1),
  source: z.object({
    file: z.string(),
    format: z.enum(["pdf", "docx", "txt", "md"]),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    pages: z.number().int().positive().nullable(),
    // added field: the document's text as kehoach read it (NFC, blocks joined by "\n\n", table
    // cells by "\t", footnote markers removed); every `where` counts into it
    text: z.string().optional(),
    // added field (PDF): where each page's text starts in `text`, in text order (footnote bodies,
    // gathered at the end of the text, start a run of their page again)
    pageStarts: z.array(z.object({ page: z.number().int().positive(), start: z.number().int().nonnegative() })).optional(),
  }),
  meta: Meta,
  themes: z.array(Theme),
  targets: z.array(Target),
  tasks: z.array(Task),
  deadlines: z.array(Deadline),
  footnotes: z.array(Footnote),
  models: z.array(Model),
  warnings: z.array(Warning),
});

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
