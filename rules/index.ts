// The rules in order (chrono's createConfiguration): the order matters because
// later rules read what earlier ones found.
//   1. meta        — the plan year fills missing years in deadlines
//   2. structure   — sections and items (targets, tasks), from labels and headings
//   3. quantities  — on targets' own text
//   4. deadlines   — on each item's own text, with the plan year
//   5. footnotes   — bodies linked to the item whose text carries the marker
//   6. themes, models — over the whole document (footnotes included)
import type { DocModel, Warning } from "../src/model.js";
import type { Deadline, Footnote, PlanDocument, SpanT, Target, Task } from "../schemas/plan.js";
import { cellIndexAt, findStructure, type RawItem } from "./structure.js";
import { findQuantities, parseNumber, type Comparator } from "./quantity.js";
import { findDeadlines } from "./deadline.js";
import { extractMeta } from "./meta.js";
import { findThemes } from "./theme.js";
import { findModels } from "./model.js";
import { parseLabel } from "./label.js";
import { foldKey } from "../src/text.js";

// "Thời gian:", "Thời gian thực hiện:", "Thời gian tổ chức": a line that gives the plan's own span
const TIME_LEAD_RE = /^\s{0,3}thoi gian(?: (?:thuc hien|to chuc|trien khai|dien ra))?\s{0,3}(?:[:.-]|$)/;

export type Extracted = Omit<PlanDocument, "schemaVersion" | "source">;

/** Maps offsets in an item's joined text back to the document. */
function locator(doc: DocModel, item: RawItem) {
  // pieces: [offset in item text, offset in doc text, length]
  const pieces: Array<[number, number, number]> = [];
  let pos = 0;
  item.segments.forEach((s, i) => {
    const text = item.row ? item.text : s.block.text.slice(s.from);
    const lead = text.length - text.trimStart().length;
    const len = text.trim().length;
    pieces.push([pos, s.block.start + s.from + lead, len]);
    pos += len + (i < item.segments.length - 1 ? 1 : 0);
  });
  const at = (rel: number) => {
    for (const [ip, dp, len] of pieces) if (rel <= ip + len) return dp + Math.max(0, rel - ip);
    const last = pieces[pieces.length - 1];
    return last[1] + last[2];
  };
  const page = item.segments[0].block.page;
  return {
    whole(): SpanT {
      const first = pieces[0];
      const last = pieces[pieces.length - 1];
      return { page, start: first[1], end: Math.min(doc.text.length, last[1] + last[2]) };
    },
    span(start: number, end: number): SpanT {
      const s = at(start);
      const blk = item.segments.find((seg) => seg.block.start <= s && s <= seg.block.end)?.block;
      return { page: blk?.page ?? page, start: s, end: Math.max(s, at(end)) };
    },
  };
}

export function runRules(doc: DocModel): Extracted {
  const warnings: Warning[] = [...doc.warnings];
  const { meta, warnings: metaWarnings } = extractMeta(doc);
  warnings.push(...metaWarnings);
  const planYear = meta.year ?? null;
  const multiYear = meta.year === null && meta.period !== null;

  const { items, loose, bodyEnd } = findStructure(doc);
  const targets: Target[] = [];
  const tasks: Task[] = [];
  const deadlines: Deadline[] = [];
  const markerOwner = new Map<string, string>();

  for (const it of items) {
    const loc = locator(doc, it);
    const footnotes = [...new Set(it.refs.map((r) => r.marker))];
    for (const m of footnotes) if (!markerOwner.has(m)) markerOwner.set(m, it.id);
    const base = { id: it.id, code: it.code, parent: it.parent, section: it.section, text: it.text, footnotes, where: loc.whole() };
    const schedule = scheduleOf(it);
    if (it.kind === "target") {
      const quantities = findQuantities(it.text).map((q) => ({
        value: q.value, unit: q.unit, comparator: q.comparator, raw: q.raw, where: loc.span(q.start, q.end),
      }));
      // a table's "Mức phấn đấu" column holds the level the row's wording names ("Tỷ lệ cơ sở Hội vững mạnh" | "85%")
      for (const cell of roleCells(it, it.columns?.goal ?? [])) {
        for (const q of findQuantities(cell.text)) {
          quantities.push({ value: q.value, unit: q.unit, comparator: q.comparator, raw: q.raw, where: { page: it.row?.page ?? null, start: cell.start + q.start, end: cell.start + q.end } });
        }
      }
      // a table with a unit column ("Đơn vị tính", "ĐVT"): the per-year and goal cells hold bare numbers
      // ("HTX" | "25" | "30") whose unit is the row's unit cell
      const measure = roleCells(it, it.columns?.measure ?? [])[0]?.text.trim().toLowerCase().replace(/\s+/g, " ");
      if (measure) {
        const cols = [...(it.columns?.years.map((y) => y.col) ?? []), ...(it.columns?.goal ?? [])];
        for (const cell of roleCells(it, cols)) {
          const b = bareNumber(cell.text);
          if (!b) continue;
          if (quantities.some((q) => q.where.start === cell.start + b.start && q.where.page === (it.row?.page ?? null))) continue;
          quantities.push({ value: b.value, unit: measure, comparator: b.comparator, raw: b.raw, where: { page: it.row?.page ?? null, start: cell.start + b.start, end: cell.start + b.end } });
        }
      }
      targets.push({ ...base, quantities, schedule });
    } else {
      const cells = it.grid ?? [];
      const col = (idx: number[]) => idx.map((i) => cells[i]?.trim() ?? "").filter(Boolean);
      const roles = it.columns;
      const lead: string[] = [];
      const helping: string[] = [];
      for (const c of col(roles?.leadPartners ?? [])) {
        const [l, p] = splitLeadPartners(c);
        if (l) lead.push(l);
        helping.push(...p);
      }
      tasks.push({
        ...base,
        responsible: roles ? [...col(roles.level), ...col(roles.unit), ...lead] : [],
        partners: roles ? [...col(roles.partners), ...helping] : [],
        funding: roles ? col(roles.funding).join("; ") || null : null,
        schedule,
      });
    }
    const dctx = { planYear, multiYear, periodEnd: meta.period?.to ?? null };
    for (const d of findDeadlines(it.text, dctx)) {
      // readings careful people differ on (a year qualifying a noun: "Cuộc thi … năm 2024") are left out
      if (d.optional) continue;
      deadlines.push({
        item: it.id, raw: d.raw, start: d.iso.start, end: d.iso.end, precision: d.precision,
        where: loc.span(d.start, d.end), yearInferred: d.yearInferred,
      });
    }
    // a table's time column ("Thời gian thực hiện": "Quý I/2025", "Cả năm") holds the row's deadline
    for (const cell of timeCells(it)) {
      for (const d of findDeadlines(cell.text, dctx)) {
        if (d.optional) continue;
        deadlines.push({
          item: it.id, raw: d.raw, start: d.iso.start, end: d.iso.end, precision: d.precision,
          where: { page: it.row?.page ?? null, start: cell.start + d.start, end: cell.start + d.end }, yearInferred: d.yearInferred,
        });
      }
    }
  }

  // a paragraph of a target or task section that no item owns ("Tổ chức thực hiện" written as prose:
  // "… báo cáo kết quả về Tỉnh Đoàn trước ngày 05/4/2025") still says when something is due
  const looseCtx = { planYear, multiYear, periodEnd: meta.period?.to ?? null };
  for (const blk of loose) {
    for (const d of findDeadlines(blk.text, looseCtx)) {
      if (d.optional) continue;
      deadlines.push({
        item: null, raw: d.raw, start: d.iso.start, end: d.iso.end, precision: d.precision,
        where: { page: blk.page, start: blk.start + d.start, end: blk.start + d.end }, yearInferred: d.yearInferred,
      });
    }
  }

  // the campaign's own span outside any item: "2/ Thời gian: từ ngày 01/3 đến 31/3/2026" under
  // "II/ CHỦ ĐỀ, THỜI GIAN", or the paragraph under a heading "IV. THỜI GIAN THỰC HIỆN"
  const owned = new Set([...items.flatMap((it) => it.segments.map((sg) => sg.block)), ...loose]);
  let underTimeHeading = false;
  for (let i = 0; i < bodyEnd; i++) {
    const blk = doc.blocks[i];
    if (blk.kind === "footnote" || blk.kind === "tableRow") { underTimeHeading = false; continue; }
    const label = parseLabel(blk.text);
    const body = label ? blk.text.slice(label.length) : blk.text;
    const timeLine = TIME_LEAD_RE.test(foldKey(body));
    if (owned.has(blk)) { underTimeHeading = false; continue; }
    if (timeLine && !/\d/.test(body) && body.length < 60) { underTimeHeading = true; continue; }
    if (!(timeLine || (underTimeHeading && !label))) { underTimeHeading = false; continue; }
    for (const d of findDeadlines(body, looseCtx)) {
      if (d.optional) continue;
      const off = blk.text.length - body.length;
      deadlines.push({
        item: null, raw: d.raw, start: d.iso.start, end: d.iso.end, precision: d.precision,
        where: { page: blk.page, start: blk.start + off + d.start, end: blk.start + off + d.end }, yearInferred: d.yearInferred,
      });
    }
  }

  // footnotes: marker refs outside items (a heading, a plain paragraph) link to null
  const footnotes: Footnote[] = doc.blocks
    .filter((b) => b.kind === "footnote")
    .map((b) => ({ marker: b.marker ?? "", text: b.text.replace(/^[\s\-–—]+/, "").trim(), item: markerOwner.get(b.marker ?? "") ?? null, where: { page: b.page, start: b.start, end: b.end } }));
  const referenced = new Set(doc.blocks.flatMap((b) => (b.kind === "footnote" ? [] : (b.refs ?? []).map((r) => r.marker))));
  for (const f of footnotes) {
    if (!referenced.has(f.marker)) warnings.push({ code: "footnote/no-reference", message: `Footnote ${f.marker} has a body but no reference marker in the text`, where: f.where ?? null });
  }

  const themes = findThemes(doc, planYear);
  const models = findModels(doc);
  if (targets.length === 0 && tasks.length === 0) {
    warnings.push({ code: "structure/no-items", message: "No section of targets (chỉ tiêu) or tasks (nhiệm vụ) was found: is this a plan?", where: null });
  }
  return { meta, themes, targets, tasks, deadlines, footnotes, models, warnings: dedupe(warnings) };
}

/** The cells of a table row's time columns (each cell once, even when it spans several columns). */
function timeCells(it: RawItem): Array<{ text: string; start: number }> {
  return roleCells(it, it.columns?.time ?? []);
}

/** The cells of a table row under the given grid columns, each once, never the content cell. */
function roleCells(it: RawItem, cols: number[]): Array<{ text: string; start: number }> {
  if (!it.row?.cells || !it.columns || cols.length === 0) return [];
  const seen = new Set<number>();
  const out: Array<{ text: string; start: number }> = [];
  for (const col of cols) {
    const ci = cellIndexAt(it.row, col);
    const cell = it.row.cells[ci];
    if (ci < 0 || seen.has(ci) || !cell || ci === cellIndexAt(it.row, it.columns.content)) continue;
    seen.add(ci);
    out.push({ text: cell.text, start: cell.start });
  }
  return out;
}

/** A cell that is one number with an optional comparator: "25", "1.200", "≥ 85", "70%", "≤110". */
export function bareNumber(text: string): { value: number; comparator: Comparator; raw: string; start: number; end: number } | null {
  const m = /^(\s*)((?:(≥|>=|≤|<=|>|<)\s*)?(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*%?)\s*$/.exec(text);
  if (!m) return null;
  const cmp: Record<string, Comparator> = { "≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", ">": ">", "<": "<" };
  return { value: parseNumber(m[4]), comparator: m[3] ? cmp[m[3]] : "=", raw: m[2], start: m[1].length, end: m[1].length + m[2].length };
}

/**
 * A cell of a "Đơn vị chủ trì / phối hợp" column: the lead unit, then the partners. Written
 * "Văn phòng / Sở Tư pháp, Sở Tài chính" (a slash between spaces: "Ban Tư vấn - Hỗ trợ" keeps its dash),
 * or "Chủ trì: …; phối hợp: …".
 */
export function splitLeadPartners(cell: string): [string | null, string[]] {
  const t = cell.replace(/\s+/g, " ").trim();
  const named = /^chủ trì\s*:\s*(.*?)\s*[;.,]?\s*phối hợp\s*:\s*(.*)$/iu.exec(t);
  const parts = named ? [named[1], named[2]] : t.split(/ \/ /);
  const strip = (s: string) => s.replace(/^[\s;,.]+|[\s;,.]+$/g, "");
  return [strip(parts[0]) || null, parts.slice(1).map(strip).filter(Boolean)];
}

function scheduleOf(it: RawItem): Record<string, string> | null {
  if (!it.row || !it.columns || it.columns.years.length === 0) return null;
  const out: Record<string, string> = {};
  for (const { col, year } of it.columns.years) {
    const v = it.grid?.[col]?.trim();
    if (v) out[year] = v;
  }
  return Object.keys(out).length ? out : null;
}

function dedupe(ws: Warning[]): Warning[] {
  const seen = new Set<string>();
  return ws.filter((w) => {
    const k = `${w.code}|${w.message}|${w.where?.start ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
