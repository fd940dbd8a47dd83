// The package's entry: `import { ingestFile } from "kehoach"`.
// What the CLI does, as functions: read a plan (file or bytes) into a validated
// PlanDocument, the contract itself (zod schema, its types, the JSON Schema), the
// SQLite store, the province-to-province diff and the export sheets.
// Heavy libraries load on first use: better-sqlite3 when a store is opened, pdf.js,
// the DOCX reader and remark when a file of their format is read, exceljs for XLSX.

// reading plans
export { ingestFile, ingestBytes, parseFile, type IngestOptions } from "./pipeline.js";
export { IsolatedIngester, DEFAULT_TIMEOUT_S, DEFAULT_MAX_MEMORY_MB, type IsolateOptions } from "./isolate.js";
export { DEFAULT_MAX_SIZE_MB } from "./read-input.js";
export { KehoachError } from "./ground/errors.js";
export type { DocModel, Block, BlockKind, Cell as DocCell, NoteRef } from "./ground/model.js";

// the contract: zod schemas (values) and their types (same names)
export {
  PlanDocument,
  Target,
  Task,
  Deadline,
  Footnote,
  Model,
  Theme,
  Meta,
  Quantity,
  Span,
  Precision,
  Warning,
  Signer,
  Schedule,
  type SpanT,
  type PrecisionT,
} from "../schemas/plan.js";
export { planJsonSchema } from "../schemas/json-schema.js";

// the store
export {
  openStore,
  type Store,
  type StoreOptions,
  type SaveResult,
  type DocumentSummary,
  type StoredPlan,
  type SearchHit,
  type SearchOptions,
} from "./store/sqlite.js";

// diff
export {
  diffPlans,
  diffSides,
  clauseRef,
  DEFAULT_THRESHOLD,
  type DiffResult,
  type DiffPair,
  type DiffOptions,
  type DiffSideInput,
  type Clause,
} from "./diff.js";
export { formatQuantity, formatQuantities } from "./ground/format.js";

// export: one row per item, as CSV, Markdown, JSON rows or XLSX
export { buildSheet, toXlsx, WHATS, type What, type ExportDoc } from "./cli/export.js";
export { toCsv, toMarkdown, toJsonRows, type Sheet, type Cell } from "./cli/output.js";
