// Writing a plan: one document in ONE transaction. The same sha256 again is a no-op
// ("unchanged"); a new version of the same document (same province and number, or same province,
// title/subtitle and year) replaces the old one and keeps its id ("replaced").
import type Database from "better-sqlite3";
import { foldKey } from "../ground/text.js";
import type { PlanDocument } from "../../schemas/plan.js";
import { provinceKey, titleKey } from "./keys.js";

export interface SaveResult {
  status: "inserted" | "replaced" | "unchanged";
  id: number;
  /** ids of the documents this one replaced (the first is reused as its id) */
  replaced?: number[];
}

/** called before each row is written; throwing aborts the document's transaction (a test hook) */
export type BeforeWrite = (table: string, position: number) => void;

const prepareWrites = (db: Database.Database) => ({
  bySha: db.prepare<[string], { id: number; has_text: number }>("SELECT id, text IS NOT NULL AS has_text FROM documents WHERE sha256 = ? ORDER BY has_text DESC, id"),
  byNumber: db.prepare<[string, string], { id: number; number: string | null }>(
    "SELECT id, number FROM documents WHERE province_key = ? AND number = ?",
  ),
  byTitle: db.prepare<[string, string, number | null], { id: number; number: string | null }>(
    "SELECT id, number FROM documents WHERE province_key = ? AND title_key = ? AND year IS ?",
  ),
  deleteDoc: db.prepare<[number]>("DELETE FROM documents WHERE id = ?"),
  insertDoc: db.prepare(`INSERT INTO documents (id, source_file, source_path, sha256, format, pages, title, subtitle, issuer,
      issuing_body, province, province_key, number, issued_at, place, year, period_from, period_to, signer_name,
      signer_title, signer_on_behalf_of, title_key, schema_version, plan_json, text)
    VALUES (@id, @source_file, @source_path, @sha256, @format, @pages, @title, @subtitle, @issuer, @issuing_body, @province,
      @province_key, @number, @issued_at, @place, @year, @period_from, @period_to, @signer_name, @signer_title,
      @signer_on_behalf_of, @title_key, @schema_version, @plan_json, @text)`),
  insertBasis: db.prepare("INSERT INTO bases (document_id, position, text) VALUES (?, ?, ?)"),
  insertRecipient: db.prepare("INSERT INTO recipients (document_id, position, text) VALUES (?, ?, ?)"),
  insertTheme: db.prepare(`INSERT INTO themes (document_id, position, year, text, source, page, start_offset, end_offset)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
  insertTarget: db.prepare(`INSERT INTO targets (document_id, position, item_id, code, parent_item_id, parent_code,
      section, text, footnote_markers, schedule_json, page, start_offset, end_offset)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  insertQuantity: db.prepare(`INSERT INTO quantities (document_id, target_id, position, value, comparator, unit, raw,
      page, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  insertTask: db.prepare(`INSERT INTO tasks (document_id, position, item_id, code, parent_item_id, parent_code, section,
      text, footnote_markers, responsible, partners, funding, schedule_json, page, start_offset, end_offset)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  insertCell: db.prepare("INSERT INTO schedule_cells (document_id, item_kind, item_id, period, value) VALUES (?, ?, ?, ?, ?)"),
  insertDeadline: db.prepare(`INSERT INTO deadlines (document_id, position, item_id, raw, start_date, end_date, precision,
      year_inferred, page, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  insertFootnote: db.prepare(`INSERT INTO footnotes (document_id, position, marker, text, item_id, page, start_offset,
      end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
  insertModel: db.prepare(`INSERT INTO models (document_id, position, name, definition, footnote_marker, page,
      start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
  insertWarning: db.prepare(`INSERT INTO warnings (document_id, position, code, message, page, start_offset, end_offset)
    VALUES (?, ?, ?, ?, ?, ?, ?)`),
  insertSearch: db.prepare(`INSERT INTO search_items (document_id, kind, item_id, code, text, text_folded)
    VALUES (?, ?, ?, ?, ?, ?)`),
});

type Statements = ReturnType<typeof prepareWrites>;

/**
 * What writes plans into `db` (opened for writing, at the newest schema): `save(plan, sourcePath)`
 * in one BEGIN IMMEDIATE transaction. The statements are prepared on the first write.
 */
export function planSaver(db: Database.Database, hook: BeforeWrite): (plan: PlanDocument, sourcePath: string) => SaveResult {
  let st: Statements | null = null;
  const saveTx = db.transaction((plan: PlanDocument, sourcePath: string): SaveResult => {
    st ??= prepareWrites(db);
    const same = st.bySha.get(plan.source.sha256);
    // the same bytes stored before: unchanged, unless they were stored without their text (by a
    // kehoach before schema 5, whose offsets may count differently): then the new reading replaces them
    if (same && (same.has_text || plan.source.text === undefined)) return { status: "unchanged", id: same.id };
    const replaced = olderVersions(st, plan, same?.id);
    for (const id of replaced) st.deleteDoc.run(id);
    const id = writePlan({ st, hook, docId: 0 }, plan, replaced[0] ?? null, sourcePath);
    return replaced.length ? { status: "replaced", id, replaced } : { status: "inserted", id };
  });
  return (plan, sourcePath) => saveTx.immediate(plan, sourcePath);
}

/** The documents `plan` is a new version of (the same bytes, number or title), oldest id first. */
function olderVersions(st: Statements, plan: PlanDocument, sameBytes: number | undefined): number[] {
  const pk = provinceKey(plan.meta.province);
  const olds = new Set<number>();
  if (sameBytes !== undefined) olds.add(sameBytes);
  if (pk && plan.meta.number) for (const r of st.byNumber.all(pk, plan.meta.number)) olds.add(r.id);
  const tk = titleKey(plan);
  if (pk && tk) {
    for (const r of st.byTitle.all(pk, tk, plan.meta.year)) {
      // two different numbers are two different documents, whatever their titles
      if (r.number && plan.meta.number && r.number !== plan.meta.number) continue;
      olds.add(r.id);
    }
  }
  return [...olds].sort((a, b) => a - b);
}

/** The statements, the test hook and the document being written. */
interface Writing {
  st: Statements;
  hook: BeforeWrite;
  docId: number;
}

type Span = { page: number | null; start: number; end: number } | null | undefined;
const prov = (w: Span): [number | null, number | null, number | null] => (w ? [w.page, w.start, w.end] : [null, null, null]);

function search(w: Writing, kind: string, itemId: string | null, code: string | null, text: string): void {
  w.hook("search_items", 0);
  w.st.insertSearch.run(w.docId, kind, itemId, code, text, foldKey(text));
}

function writePlan(w: Writing, plan: PlanDocument, id: number | null, sourcePath: string): number {
  w.docId = writeDocument(w, plan, id, sourcePath);
  const { st, hook, docId } = w;
  plan.meta.bases.forEach((b, i) => (hook("bases", i), st.insertBasis.run(docId, i, b)));
  plan.meta.recipients.forEach((r, i) => (hook("recipients", i), st.insertRecipient.run(docId, i, r)));
  plan.themes.forEach((t, i) => {
    hook("themes", i);
    st.insertTheme.run(docId, i, t.year, t.text, t.source, ...prov(t.where));
    search(w, "theme", null, null, t.text);
  });
  writeItems(w, plan);
  plan.deadlines.forEach((d, i) => {
    hook("deadlines", i);
    st.insertDeadline.run(docId, i, d.item, d.raw, d.start, d.end, d.precision,
      d.yearInferred === undefined ? null : d.yearInferred ? 1 : 0, ...prov(d.where));
  });
  plan.footnotes.forEach((f, i) => {
    hook("footnotes", i);
    st.insertFootnote.run(docId, i, f.marker, f.text, f.item, ...prov(f.where));
    search(w, "footnote", f.item, f.marker, f.text);
  });
  plan.models.forEach((mo, i) => {
    hook("models", i);
    st.insertModel.run(docId, i, mo.name, mo.definition, mo.footnote, ...prov(mo.where));
    search(w, "model", null, null, mo.definition ? `${mo.name}: ${mo.definition}` : mo.name);
  });
  plan.warnings.forEach((x, i) => {
    hook("warnings", i);
    st.insertWarning.run(docId, i, x.code, x.message, ...prov(x.where));
  });
  return docId;
}

/** The documents row (`id`: the id of the version it replaces, or null for a new one); its id. */
function writeDocument(w: Writing, plan: PlanDocument, id: number | null, sourcePath: string): number {
  const m = plan.meta;
  w.hook("documents", 0);
  const info = w.st.insertDoc.run({
    id,
    source_file: plan.source.file,
    source_path: sourcePath,
    sha256: plan.source.sha256,
    format: plan.source.format,
    pages: plan.source.pages,
    title: m.title,
    subtitle: m.subtitle,
    issuer: m.issuer,
    issuing_body: m.body,
    province: m.province,
    province_key: provinceKey(m.province),
    number: m.number,
    issued_at: m.issuedAt,
    place: m.place,
    year: m.year,
    period_from: m.period?.from ?? null,
    period_to: m.period?.to ?? null,
    signer_name: m.signer?.name ?? null,
    signer_title: m.signer?.title ?? null,
    signer_on_behalf_of: m.signer?.onBehalfOf ?? null,
    title_key: titleKey(plan),
    schema_version: plan.schemaVersion,
    // the text goes to its own column (offsets count into it), not twice into the row
    plan_json: JSON.stringify({ ...plan, source: { ...plan.source, text: undefined } }),
    text: plan.source.text ?? null,
  });
  return Number(info.lastInsertRowid);
}

/** Targets (with their quantities) and tasks, each with its per-year cells and its search entry. */
function writeItems(w: Writing, plan: PlanDocument): void {
  const { st, hook, docId } = w;
  const codeOf = new Map<string, string | null>();
  for (const t of plan.targets) codeOf.set(t.id, t.code);
  for (const t of plan.tasks) if (!codeOf.has(t.id)) codeOf.set(t.id, t.code);
  // what targets and tasks share: their per-year cells and their search entry
  const itemRest = (kind: "target" | "task", t: { id: string; code: string | null; text: string; schedule?: Record<string, string> | null }) => {
    for (const [period, value] of Object.entries(t.schedule ?? {})) {
      hook("schedule_cells", 0);
      st.insertCell.run(docId, kind, t.id, period, value);
    }
    search(w, kind, t.id, t.code, t.text);
  };
  plan.targets.forEach((t, i) => {
    hook("targets", i);
    const r = st.insertTarget.run(docId, i, t.id, t.code, t.parent, t.parent ? (codeOf.get(t.parent) ?? null) : null,
      t.section, t.text, t.footnotes.join(", ") || null, t.schedule ? JSON.stringify(t.schedule) : null, ...prov(t.where));
    const targetId = Number(r.lastInsertRowid);
    t.quantities.forEach((q, j) => {
      hook("quantities", j);
      st.insertQuantity.run(docId, targetId, j, q.value, q.comparator, q.unit, q.raw, ...prov(q.where));
    });
    itemRest("target", t);
  });
  plan.tasks.forEach((t, i) => {
    hook("tasks", i);
    st.insertTask.run(docId, i, t.id, t.code, t.parent, t.parent ? (codeOf.get(t.parent) ?? null) : null, t.section,
      t.text, t.footnotes.join(", ") || null, t.responsible.join("; ") || null, t.partners.join("; ") || null,
      t.funding, t.schedule ? JSON.stringify(t.schedule) : null, ...prov(t.where));
    itemRest("task", t);
  });
}
