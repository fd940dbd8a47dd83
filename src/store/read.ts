// Reading documents back: summaries (from the v_documents view), a stored plan, and the one
// document a reference names (an id, a path, a sha256 prefix or a province, by PICK_ORDER).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { KehoachError } from "../ground/errors.js";
import { sayable } from "../i18n/said.js";
import type { PlanDocument } from "../../schemas/plan.js";
import { documentFilter, provinceKey } from "./keys.js";
import type { SchemaParts } from "./open.js";

export interface DocumentSummary {
  id: number;
  province: string | null;
  year: number | null;
  periodFrom: number | null;
  periodTo: number | null;
  issuer: string | null;
  body: string | null;
  number: string | null;
  issuedAt: string | null;
  title: string | null;
  subtitle: string | null;
  sourceFile: string;
  /** the path as given on the command line when it was ingested */
  sourcePath: string;
  format: string;
  pages: number | null;
  sha256: string;
  ingestedAt: string;
  targets: number;
  tasks: number;
  deadlines: number;
  footnotes: number;
  models: number;
  themes: number;
  warnings: number;
}

/**
 * One rule, everywhere a province (or a province and year) names several documents: newest
 * year first (a term plan by its first year), then newest issue date, then latest ingested
 * (said to people as `pickRule` of the catalogues, src/i18n/en.ts and vi.ts).
 */
const PICK_ORDER = "ORDER BY coalesce(d.year, d.period_from) DESC NULLS LAST, d.issued_at DESC NULLS LAST, d.ingested_at DESC, d.id DESC";

export interface Pick {
  doc: DocumentSummary;
  /** the other documents the reference names, in the order of PICK_ORDER */
  others: DocumentSummary[];
  by: "id" | "sha256" | "path" | "province";
}

/** "#3 a/plan.txt (Nam Định 2024, 12/KH-HPN)" */
export function describeDocument(d: DocumentSummary): string {
  const year = d.year ?? (d.periodFrom !== null ? `${d.periodFrom}–${d.periodTo}` : null); // the term as everywhere: "2022–2027"
  const what = [[d.province, year].filter((x) => x !== null && x !== undefined).join(" "), d.number, d.issuedAt].filter(Boolean).join(", ");
  return `#${d.id} ${d.sourcePath}${what ? ` (${what})` : ""}`;
}

export interface StoredPlan {
  id: number;
  plan: PlanDocument;
}

/** the sha256 of a regular file that exists, else null (for references by path) */
function sha256OfFile(file: string): string | null {
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > 512 * 1024 * 1024) return null;
    return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  } catch {
    return null;
  }
}

/** The columns of v_documents that a summary has under the same name. */
type SameName = "province" | "year" | "issuer" | "number" | "title" | "subtitle" | "format" | "pages" | "sha256" | "targets" | "tasks" | "deadlines" | "footnotes" | "models" | "themes" | "warnings";

/** A row of v_documents, as far as a summary reads it (`Pick` is the reference type below, hence the mapped type). */
type DocRow = { [K in SameName]: DocumentSummary[K] } & {
  document_id: number;
  period_from: number | null;
  period_to: number | null;
  issuing_body: string | null;
  issued_at: string | null;
  source_file: string;
  source_path?: string;
  ingested_at: string;
};

// in the order of DocumentSummary: `list --format json` writes them so
const toSummary = (r: DocRow): DocumentSummary => ({
  id: r.document_id,
  province: r.province,
  year: r.year,
  periodFrom: r.period_from,
  periodTo: r.period_to,
  issuer: r.issuer,
  body: r.issuing_body,
  number: r.number,
  issuedAt: r.issued_at,
  title: r.title,
  subtitle: r.subtitle,
  sourceFile: r.source_file,
  sourcePath: r.source_path ?? r.source_file,
  format: r.format,
  pages: r.pages,
  sha256: r.sha256,
  ingestedAt: r.ingested_at,
  targets: r.targets,
  tasks: r.tasks,
  deadlines: r.deadlines,
  footnotes: r.footnotes,
  models: r.models,
  themes: r.themes,
  warnings: r.warnings,
});

// the documents as the view for people gives them (v_documents of a database of schema 1, read-only,
// has no source_path: toSummary takes source_file); `d` is there for the conditions and the order
const SUMMARY_SQL = "SELECT v.* FROM v_documents v JOIN documents d ON d.id = v.document_id";

/**
 * The documents of a database, read as people name them. `schema`: what the database has (a
 * read-only database of an older schema lacks source_path or text).
 */
export class DocumentReader {
  /** each statement prepared once for this database (`ingest` asks storedAs of every file) */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly file: string,
    private readonly schema: SchemaParts,
  ) {}

  /** The statement of `sql`, prepared on its first use and kept for the store's life. */
  private statement<P extends unknown[], R>(sql: string): Database.Statement<P, R> {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st as unknown as Database.Statement<P, R>;
  }

  private summaries(where: string, params: unknown[]): DocumentSummary[] {
    return (this.statement<unknown[], DocRow>(`${SUMMARY_SQL} ${where}`).all(...params)).map(toSummary);
  }

  /** the column a path as given is in (schema 1 kept the base name only) */
  private get pathColumn(): string {
    return this.schema.hasPath ? "source_path" : "source_file";
  }

  storedAs(sha256: string, p: string): { id: number } | null {
    // a document stored without its text (before schema 5) is read again, to store it
    const sql = `SELECT id FROM documents WHERE sha256 = ? AND ${this.pathColumn} = ?${this.schema.hasText ? " AND text IS NOT NULL" : ""} ORDER BY id LIMIT 1`;
    return this.statement<[string, string], { id: number }>(sql).get(sha256, p) ?? null;
  }

  listDocuments(filter: { province?: string; year?: number } = {}): DocumentSummary[] {
    const { conds, params } = documentFilter(filter);
    return this.summaries(`${conds.length ? "WHERE " + conds.join(" AND ") : ""} ORDER BY d.province_key, d.year, d.id`, params);
  }

  getDocument(id: number): DocumentSummary | null {
    return this.summaries("WHERE d.id = ?", [id])[0] ?? null;
  }

  getPlan(id: number): StoredPlan | null {
    const r = this.statement<[number], { plan_json: string; text: string | null }>(
      `SELECT plan_json, ${this.schema.hasText ? "text" : "NULL AS text"} FROM documents WHERE id = ?`,
    ).get(id);
    if (!r) return null;
    const plan = JSON.parse(r.plan_json) as PlanDocument;
    if (r.text !== null) plan.source.text = r.text;
    return { id, plan };
  }

  resolve(ref: string, o: { year?: number } = {}): DocumentSummary[] {
    try {
      const p = this.pick(ref, o);
      return [p.doc, ...p.others];
    } catch (e) {
      if (e instanceof KehoachError && e.code === "cli/ambiguous") return (e as KehoachError & { candidates: DocumentSummary[] }).candidates;
      if (e instanceof KehoachError && (e.code === "cli/not-found" || e.code === "cli/usage")) return [];
      throw e;
    }
  }

  provinces(): string[] {
    return this.statement<[], { province: string }>("SELECT DISTINCT province FROM documents WHERE province IS NOT NULL ORDER BY province_key")
      .all()
      .map((r) => r.province);
  }

  pick(ref: string, o: { year?: number } = {}): Pick {
    const s = ref.trim();
    if (!s) throw sayable("cli/usage", this.file, "emptyRef", []);
    if (/^\d+$/.test(s)) {
      const d = this.getDocument(Number(s));
      if (d) return { doc: d, others: [], by: "id" };
    }
    const byPath = this.byPath(s);
    if (byPath.length) return this.one(s, byPath, "path");
    if (/^[0-9a-f]{6,64}$/i.test(s)) {
      const bySha = this.summaries("WHERE d.sha256 LIKE ? ORDER BY d.id", [`${s.toLowerCase()}%`]);
      if (bySha.length) return this.one(s, bySha, "sha256");
    }
    const docs = this.byProvince(s, o.year);
    if (docs.length) return { doc: docs[0]!, others: docs.slice(1), by: "province" };
    const provinces = this.provinces();
    throw sayable("cli/not-found", this.file, "noDocument", [s, provinces.join(", ")]);
  }

  /** the one document of `docs`; several are an error that lists them */
  private one(s: string, docs: DocumentSummary[], by: "path" | "sha256"): Pick {
    if (docs.length > 1) {
      const err = sayable("cli/ambiguous", this.file, "ambiguous", [by, s, docs.length, docs.map(describeDocument).join("; ")]);
      throw Object.assign(err, { candidates: docs });
    }
    return { doc: docs[0]!, others: [], by };
  }

  /** a path as given (or the same path written another way), or a file name alone */
  private byPath(s: string): DocumentSummary[] {
    const base = path.basename(s);
    const norm = (p: string) => path.normalize(p).replace(/\\/g, "/");
    const hasDir = /[\\/]/.test(s);
    const byPath = this.summaries(`WHERE d.source_file = ? OR d.${this.pathColumn} = ? ORDER BY d.id`, [base, s]).filter(
      (d) => d.sourcePath === s || norm(d.sourcePath) === norm(s) || (!hasDir && d.sourceFile === s),
    );
    if (byPath.length === 0 && hasDir) {
      // a path ingested under another spelling: the file's content says which document it is
      const sha = sha256OfFile(s);
      if (sha) return this.summaries("WHERE d.sha256 = ?", [sha]);
    }
    return byPath;
  }

  /** the documents of a province, by PICK_ORDER; with a year, those for it (a plan of that year before a term plan covering it) */
  private byProvince(s: string, year: number | undefined): DocumentSummary[] {
    const pk = provinceKey(s);
    const docs = pk ? this.summaries(`WHERE d.province_key = ? ${PICK_ORDER}`, [pk]) : [];
    if (docs.length === 0 || year === undefined) return docs;
    const y = year;
    const covering = docs.filter((d) => d.year === y || (d.year === null && d.periodFrom !== null && d.periodTo !== null && d.periodFrom <= y && d.periodTo >= y));
    if (covering.length === 0) {
      const years = [...new Set(docs.map((d) => d.year ?? `${d.periodFrom}–${d.periodTo}`))].join(", ");
      throw sayable("cli/not-found", this.file, "noDocForYear", [docs[0]!.province ?? s, y, years]);
    }
    // a plan for that very year beats a term plan covering it
    const exact = covering.filter((d) => d.year === y);
    return exact.length ? exact : covering;
  }
}
