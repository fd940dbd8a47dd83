// Sections and items: turns the blocks of a plan into the tree of targets
// (chỉ tiêu) and tasks (nhiệm vụ, giải pháp, hoạt động) of the gold README.
//
// A heading that names a kind opens a section; every labelled or bulleted
// paragraph inside it is an item of that kind; unlabelled paragraphs after an
// item belong to it. Parents follow the labels: a style seen again closes what
// was opened after it ("2.2" after "2.1.1"), a new style opens a level.
import type { Block, DocModel, NoteRef } from "../src/model.js";
import { foldForMatch, foldKey } from "../src/text.js";
import { parseLabel, type Label } from "./label.js";
import { frameHeading, headingLike, sectionKind, type OpenKind } from "./sections.js";
import { bareList, cellLabel, findHeads, nestHeads, styleKey, type BareList, type Head } from "./section-heads.js";
import { alt, words, regex } from "./vocab/pattern.js";
import { PLAN_YEAR_COLUMN, TABLE_COLUMNS, type ColumnRole } from "./vocab/table-columns.js";
import { countsTargets, groupedList, groupLabel, inlineList, runningItems, statesLevel, type Clause } from "./running-text.js";
import type { Rule } from "./rule.js";
import type { Target, Task } from "../schemas/plan.js";

export interface Segment {
  block: Block;
  from: number; // offset in block.text where the item's words start (after the label)
  to?: number; // where they end, when the item is a clause of running text (else the block's end)
}

export interface RawItem {
  id: string;
  kind: "target" | "task";
  code: string | null;
  parent: string | null;
  section: string | null;
  text: string;
  segments: Segment[]; // the blocks the text comes from, in order
  refs: NoteRef[]; // footnote references in the item's own blocks
  row?: Block; // a table row item
  grid?: string[]; // its cells by grid column (a cell spanning columns stands at its first one)
  columns?: ColumnRoles;
}

export interface ColumnRoles {
  code: number;
  content: number;
  years: Array<{ col: number; year: string }>;
  level: number[]; // "Cấp thực hiện"
  unit: number[]; // "Đơn vị thực hiện", "Chủ trì"
  partners: number[]; // "Cơ quan/Đơn vị phối hợp"
  funding: number[]; // "Nguồn kinh phí"
  time: number[]; // "Thời gian (thực hiện)", "Thời hạn", "Tiến độ": the row's deadline ("Quý I/2025", "Cả năm")
  goal: number[]; // "Mức phấn đấu", "Chỉ tiêu phấn đấu", "Kết quả cần đạt": the level a target row sets ("85%", "40 mô hình")
  measure: number[]; // "Đơn vị tính", "ĐVT": the unit of the row's bare numbers ("HTX" | "25" | "30")
  leadPartners: number[]; // "Đơn vị chủ trì / phối hợp": one cell "Văn phòng / Sở Tư pháp", the lead unit first
}

interface Open {
  item: RawItem;
  key: string; // style key: "num2", "paren", "bullet1", "none"
  depth: number; // numeric depth for num keys
  rank: number; // bullets: "*" 0, "-" 1, "+" 2
}

// The closing block: "Nơi nhận:", "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "T/M …"
const CLOSING = /^(?:noi nhan|tm\.|t\/m|kt\.|k\/t)/;

export function isClosingLine(text: string): boolean {
  return CLOSING.test(foldKey(text));
}

/** A row's cell texts by grid column: a cell spanning n columns stands at its first one, "" after it. */
export function gridOf(row: Block): string[] {
  const out: string[] = [];
  for (const c of row.cells ?? []) {
    out.push(c.text);
    for (let k = 1; k < (c.span ?? 1); k++) out.push("");
  }
  return out;
}

// The column vocabulary (rules/vocab/table-columns.ts) as patterns, in its order.
const COLUMN_PATTERNS = TABLE_COLUMNS.map((row) => {
  const parts = [
    row.whole ? `^${alt(row.whole, "full")}$` : null,
    row.start ? `^${alt(row.start, "full")}(?![\\p{L}\\p{N}])` : null,
    row.anywhere ? words(row.anywhere, "full") : null,
  ].filter(Boolean);
  return { role: row.role, re: regex(parts.join("|"), "u"), also: row.also ? regex(words(row.also, "full"), "u") : null };
});
// "Kế hoạch 2025", "KH năm 2025": one plan-year column beside the wording holds the level to reach
const PLAN_YEAR_RE = regex(`^${alt(PLAN_YEAR_COLUMN, "full")}\\s(?:19|20)\\d{2}$`, "u");

/** The role of a column from its folded header text, or null. */
export function columnRole(header: string): ColumnRole | null {
  return COLUMN_PATTERNS.find((c) => c.re.test(header) && (!c.also || c.also.test(header)))?.role ?? null;
}

/** Column roles of a table from its header rows (the words of Vietnamese plan tables). */
export function columnRoles(headers: Block[], width: number): ColumnRoles {
  const texts: string[] = Array.from({ length: width }, () => "");
  const years: Array<string | null> = Array.from({ length: width }, () => null);
  for (const h of headers) {
    gridOf(h).forEach((text, i) => {
      const c = { text };
      if (i >= width || !c.text) return;
      texts[i] = `${texts[i]} ${c.text}`.trim();
      // a per-year column: "Năm 2022", "2023" (under a spanning "Mức độ … từng năm" cell)
      const y = /^(?:nam\s)?((?:19|20)\d{2})$/.exec(foldKey(c.text));
      if (y) years[i] = y[1];
    });
  }
  const roles: ColumnRoles = { code: 0, content: 1, years: [], level: [], unit: [], partners: [], funding: [], time: [], goal: [], measure: [], leadPartners: [] };
  texts.forEach((raw, i) => {
    const t = foldKey(raw);
    const year = years[i];
    if (year && columnRole(t) !== "code") roles.years.push({ col: i, year });
    else if (PLAN_YEAR_RE.test(t)) roles.goal.push(i);
    else {
      const role = columnRole(t);
      if (role === "code") roles.code = i;
      else if (role === "content") { if (i !== roles.code) roles.content = i; }
      else if (role) roles[role].push(i);
    }
  });
  return roles;
}

export interface Structure {
  items: RawItem[];
  /** unlabelled paragraphs of a target or task section that no item owns (a lead-in, "Tổ chức thực hiện" in prose) */
  loose: Block[];
  bodyEnd: number; // index in doc.blocks where the closing block starts (or blocks.length)
  /** a numbered list read without a section heading (section-heads.ts, bareList), with its first block */
  bare?: (BareList & { block: Block }) | null;
}

export function findStructure(doc: DocModel): Structure {
  const blocks = doc.blocks;
  const bodyEnd = bodyEndOf(blocks);
  const { heads, topKey } = findHeads(blocks, bodyEnd);
  const nested = nestHeads(blocks, heads, topKey);
  const builder = new ItemBuilder(doc, heads, nested, topKey);
  const schedule = flatSchedule(blocks, bodyEnd, heads);
  const bare = schedule === null ? bareList(blocks, bodyEnd, heads) : null;
  for (let i = 0; i < bodyEnd; i++) {
    if (i === bare?.start) builder.bareSection(bare.kind);
    if (i === schedule) builder.scheduleSection();
    if (blocks[i].kind === "tableRow") builder.row(blocks[i], heads.get(i));
    else builder.paragraph(i, blocks[i], heads.get(i));
  }
  return { items: withoutCutEnd(builder.items, blocks), loose: builder.loose, bodyEnd, bare: bare ? { ...bare, block: blocks[bare.start] } : null };
}

/**
 * A copy cut off mid-word leaves a last bullet of one word ("- Phấn"): it says nothing and names
 * nothing (a numbered one keeps its code: "6. Huy đ"), so it is no item.
 */
function withoutCutEnd(items: RawItem[], blocks: Block[]): RawItem[] {
  const last = items[items.length - 1];
  const end = blocks[blocks.length - 1];
  if (!last || last.code !== null || last.row || last.segments.length !== 1 || last.segments[0].block !== end) return items;
  const words = last.text.trim().split(/\s+/);
  if (words.length > 1 || /[\p{N}.;:!?…]/u.test(last.text) || !parseLabel(end.text)) return items;
  if (items.some((it) => it.parent === last.id)) return items;
  return items.slice(0, -1);
}

/**
 * A schedule table flattened cell by cell, as a web page's copy gives it: its header cells one a line
 * ("THÁNG" / "TUẦN" / "NỘI DUNG CÔNG VIỆC" / "BỘ PHẬN THỰC HIỆN"), three at least with a content
 * column among them, in a plan with no section of targets or tasks. Returns where its body starts.
 */
function flatSchedule(blocks: Block[], bodyEnd: number, heads: Map<number, Head>): number | null {
  if ([...heads.values()].some((h) => h.kind !== "other")) return null;
  for (let i = 0; i < Math.min(bodyEnd, 40); i++) {
    const roles = new Set<ColumnRole>();
    let k = i;
    for (; k < bodyEnd; k++) {
      const b = blocks[k];
      if (b.kind === "tableRow" || parseLabel(b.text)) break;
      const t = b.text.trim();
      if (!t) continue;
      if (t.split(/\s+/).length > 4) break;
      const role = columnRole(foldKey(t));
      if (!role || roles.has(role)) break;
      roles.add(role);
    }
    if (roles.size >= 3 && roles.has("content")) return k;
  }
  return null;
}

// a cell of a flattened schedule that only says when: "8/2019", "Tuần 1", "Từ", "05 - 31/8", "Từ 09/9- 14/9"
const TIME_CELL = /^(?:(?:thang|tuan|tu|den|ngay)(?:\s{1,3}thu)?(?![\p{L}])\s{0,3})?[\d\s/.\-–]{0,30}$/u;

/** Where the closing block starts ("Nơi nhận:", "TM. …", footnote bodies), or blocks.length. */
function bodyEndOf(blocks: Block[]): number {
  let bodyEnd = blocks.findIndex((b) => b.kind === "footnote" || (b.zone?.startsWith("closing") ?? false));
  if (bodyEnd < 0) bodyEnd = blocks.length;
  for (let i = 0; i < bodyEnd; i++) {
    if (blocks[i].kind !== "tableRow" && isClosingLine(blocks[i].text)) return i;
    // a closing typed as a borderless table: "| Nơi nhận: | TM. BAN THƯỜNG VỤ |" (its rows are no items)
    if (blocks[i].kind === "tableRow" && /^noi nhan/.test(foldKey(blocks[i].cells?.[0]?.text ?? ""))) return i;
  }
  return bodyEnd;
}

interface SectionState { kind: OpenKind; text: string | null; label: Label | null; key: string; innerLast: number | null; outer?: SectionState }

/** Pass 2: items from the blocks in reading order, with the open sections, lists and tables. */
class ItemBuilder {
  readonly items: RawItem[] = [];
  readonly loose: Block[] = [];
  private nT = 0;
  private nK = 0;
  private section: SectionState | null = null;
  private stack: Open[] = [];
  private current: RawItem | null = null; // the item unlabelled paragraphs attach to
  private roles: ColumnRoles | null = null;
  private schedule = false; // inside a schedule table flattened cell by cell (flatSchedule)
  private tableHeaders: Block[] = [];
  private tableId = -1;
  // A table right after a labelled paragraph ("3. Các hoạt động cụ thể" + "… tại bảng dưới đây:")
  // belongs to it: the rows, numbered again from 1, are its children. `floor` is the part of the
  // stack rows cannot close; when the table ends the stack is as it was before it.
  private floor = 0;
  private firstRow = false;
  private beforeTable: Open[] | null = null; // the stack as it was before a table's own TT sequence

  constructor(
    private readonly doc: DocModel,
    private readonly heads: Map<number, Head>,
    private readonly nestedHeads: Set<number>,
    private readonly topKey: string | null,
  ) {}

  private open(kind: "target" | "task", label: Label | null, block: Block, from: number, sectionText: string | null, forcedParent?: RawItem | null): RawItem {
    const sk = styleKey(label);
    const parent = forcedParent !== undefined ? forcedParent : this.parentFor(sk);
    const text = block.kind === "tableRow" ? "" : block.text.slice(from);
    const item: RawItem = {
      id: kind === "target" ? `t${++this.nT}` : `k${++this.nK}`,
      kind,
      code: label?.code ?? null,
      parent: parent?.id ?? null,
      section: sectionText,
      text: text.trim(),
      segments: [{ block, from }],
      refs: (block.refs ?? []).filter((r) => r.at >= from),
    };
    this.items.push(item);
    this.stack.push({ item, key: sk.key, depth: sk.depth, rank: sk.rank });
    this.current = item;
    return item;
  }

  /** A style already open closes everything opened after it; the parent is the item left on top. */
  private parentFor(sk: { key: string; depth: number; rank: number }): RawItem | null {
    const { stack, floor } = this;
    let j = -1;
    for (let k = stack.length - 1; k >= floor; k--) if (stack[k].key === sk.key) { j = k; break; }
    if (j < 0 && sk.key.startsWith("num")) {
      // "3.3" after "2.2.2": close the deeper numbers, keep the shallower ones
      for (let k = stack.length - 1; k >= floor; k--) if (stack[k].key.startsWith("num") && stack[k].depth >= sk.depth) j = k;
    }
    if (j < 0 && sk.key.startsWith("bullet")) {
      for (let k = stack.length - 1; k >= floor; k--) if (stack[k].key.startsWith("bullet") && stack[k].rank >= sk.rank) j = k;
    }
    if (j >= 0) this.stack = stack.slice(0, j);
    return this.stack.length ? this.stack[this.stack.length - 1].item : null;
  }

  /** A numbered list that no heading opens: its items have section null. */
  bareSection(kind: "target" | "task"): void {
    this.enter({ kind, text: null, label: null, key: "none", innerLast: null });
  }

  /**
   * A schedule table flattened cell by cell: its content bullets are tasks with section null; the
   * month and week cells, and the short bullets of the responsible-unit cells ("- Hiệu trưởng",
   * "- BGH"), are no items and continue none.
   */
  scheduleSection(): void {
    this.enter({ kind: "task", text: null, label: null, key: "none", innerLast: null });
    this.schedule = true;
  }

  private enter(section: SectionState | null): void {
    this.schedule = false;
    this.section = section;
    this.stack = [];
    this.current = null;
  }

  /** After a table, the list outside goes on as it was. */
  private leaveTable(): void {
    if (this.beforeTable) { this.stack = this.beforeTable; this.beforeTable = null; this.floor = 0; }
    if (this.floor > 0) { this.stack = this.stack.slice(0, this.floor); this.floor = 0; }
  }

  row(b: Block, head: Head | undefined): void {
    if (b.table !== this.tableId) {
      this.tableId = b.table ?? -1; this.tableHeaders = []; this.roles = null;
      this.leaveTable();
      this.firstRow = true;
    }
    if (b.header) { this.tableHeaders.push(b); return; }
    const grid = gridOf(b);
    const roles = (this.roles ??= columnRoles(this.tableHeaders, Math.max(grid.length, ...this.tableHeaders.map((h) => gridOf(h).length))));
    const codeCellIdx = cellIndexAt(b, roles.code);
    const contentIdx = b.cells!.findIndex((c, ci) => ci !== codeCellIdx && c.text.trim() !== "");
    if (contentIdx < 0) return;
    const content = b.cells![contentIdx];
    const label = cellLabel(grid[roles.code] ?? "");
    if (head) { this.enter({ kind: head.kind, text: head.text, label: head.label, key: styleKey(head.label).key, innerLast: null }); return; }
    const section = this.section;
    if (!section || section.kind === "other") return;
    if (this.firstRow) this.startTable(label);
    const item = this.open(section.kind, label, b, 0, section.text);
    item.text = content.text.trim();
    item.row = b;
    item.grid = grid;
    item.columns = roles;
    item.segments = [{ block: b, from: content.start - b.start }];
  }

  private startTable(label: Label | null): void {
    this.firstRow = false;
    const restarts = label === null || label.number === 1;
    const cur = this.current;
    const stack = this.stack;
    if (restarts && cur && !cur.row && stack.length && stack[stack.length - 1].item === cur) {
      // rows numbered again from 1 (their own TT sequence) belong to the nearest open item that
      // is a bare heading ("3. Các hoạt động cụ thể", "1. Củng cố tổ chức Hội"), not to a sentence
      // item ("b) Ít nhất 70% hộ … tiền mặt.") or a lead-in ("b) Phát triển chi hội …:") that
      // merely stands before the table; with none, the rows are top-level items of the section.
      // The list outside goes on after the table as it was (Word numbering continues across it).
      let h = stack.length - 1;
      while (h >= 0 && !containerItem(stack[h].item)) h--;
      this.beforeTable = stack.slice();
      this.stack = stack.slice(0, h + 1);
      this.floor = h + 1;
    }
  }

  paragraph(i: number, b: Block, head: Head | undefined): void {
    this.leaveTable();
    // a table row's text is its cells: a paragraph after the table does not continue the last row
    if (this.current?.row) this.current = null;
    if (head) {
      // a kind heading opens its section (and closes the one before); a nested one opens a sub-section
      const section = this.section;
      const outer: SectionState | undefined = this.nestedHeads.has(i) && section ? (section.outer ?? section) : undefined;
      this.enter({ kind: head.kind, text: head.text, label: head.label, key: styleKey(head.label).key, innerLast: null, outer });
      // a heading glued to its first targets on one line: the rest of the line is running text
      if (head.bodyAt !== undefined) this.clauses(b, runningItems(b.text, head.bodyAt, head.kind === "task" ? "task" : "target"));
      return;
    }
    const label = parseLabel(b.text);
    // (a label of the section headings' own style is left to topLevel: it may close the section)
    const headingStyle = label !== null && this.topKey !== null && styleKey(label).key === this.topKey;
    if (label?.style !== "named" && !headingStyle && this.groupedTargets(b, label)) return;
    if (!label && this.section?.kind !== "other" && this.runningTargets(b)) return;
    if (label && this.section?.outer && styleKey(label).key === this.section.key && label.style !== "bullet") {
      // "3. …" after the sub-headings "1. Mục tiêu chung" / "2. Chỉ tiêu cụ thể": back in the enclosing section;
      // a list of the sub-heading's own style numbered again from 1 under it ("2. Các chỉ tiêu chủ yếu"
      // / "1. Thu ngân sách …" / "2. …") is its items
      const s = this.section;
      const inner = label.number !== null && (s.innerLast === null ? label.number === 1 : label.number === s.innerLast + 1);
      if (inner) s.innerLast = label.number;
      else this.enter(s.outer ?? null);
    }
    if (label && b.kind === "listItem" && b.level !== undefined && this.doc.format === "md") {
      // Markdown: list nesting follows indentation, not the bullet character or the number
      if (label.style === "bullet") label.rank = 10 + b.level;
      else if (label.style === "num") label.depth = 1 + b.level;
    }
    if (label && this.topKey && styleKey(label).key === this.topKey && label.style !== "bullet" && this.topLevel(b, label)) return;
    this.inSection(b, label);
  }

  /**
   * Items that are clauses of one paragraph's running text: no code, none continued after. With a
   * `group` (a group line above the paragraph, or its inline label), they are its children and the
   * group stays open for the paragraphs after; else they have no parent.
   */
  private clauses(b: Block, clauses: Clause[], group: RawItem | null = null): void {
    const sectionText = this.section?.text ?? null;
    const stack = this.stack;
    for (const c of clauses) {
      const item = this.open(c.kind, null, b, c.start, c.kind === this.section?.kind ? sectionText : null, group);
      item.text = b.text.slice(c.start, c.end).trim();
      item.segments = [{ block: b, from: c.start, to: c.end }];
      item.refs = (b.refs ?? []).filter((r) => r.at >= c.start && r.at < c.end);
    }
    this.stack = group ? stack.slice(0, stack.findIndex((o) => o.item === group) + 1) : [];
    this.current = group;
  }

  /**
   * A paragraph that opens with an inline group label, then running-text targets ("Về kinh tế: Tốc độ
   * tăng trưởng … 6,5 - 7%/năm; tỉ lệ đô thị hóa khoảng 45%; …", "- Về xã hội: …"), in a target
   * section or outside every section: the label is a target with no level (its text up to the colon),
   * the parent of one target per clause.
   */
  private groupedTargets(b: Block, label: Label | null): boolean {
    const section = this.section;
    if (section && section.kind !== "target") return false;
    const from = label?.length ?? 0;
    const g = groupedList(b.text, from);
    if (!g) return false;
    const group = this.open("target", label, b, from, section?.text ?? null);
    group.text = b.text.slice(from, g.colon + 1).trim();
    group.segments = [{ block: b, from, to: g.colon + 1 }];
    group.refs = group.refs.filter((r) => r.at <= g.colon);
    this.clauses(b, g.items, group);
    this.current = null;
    return true;
  }

  /**
   * Targets in running text: an unlabelled paragraph whose lead names targets and ends with ":", the
   * targets after it as clauses ending in ";" or "." ("Đại hội đề ra 12 chỉ tiêu chủ yếu, như: tốc độ
   * tăng trưởng bình quân 8%/năm; thu nhập bình quân … 86 triệu đồng; …"). Each clause is a target with
   * no code and no parent, in the section the paragraph stands in (gold README, round 2 readings).
   */
  private runningTargets(b: Block): boolean {
    // a clause that counts the targets ("Về kinh tế có 12 chỉ tiêu, văn hóa - xã hội có 9 chỉ tiêu …") is about them, not one of them
    const clauses = runningClauses(b.text)?.filter(([from, to]) => !countsTargets(b.text.slice(from, to)));
    if (!clauses?.length) return false;
    for (const [from, to] of clauses) {
      const item = this.open("target", null, b, from, this.section?.text ?? null, null);
      item.text = b.text.slice(from, to).trim();
      item.segments = [{ block: b, from, to }];
      item.refs = item.refs.filter((r) => r.at < to);
    }
    this.stack = [];
    this.current = null;
    return true;
  }

  /** A label of the headings' style: a sibling of the section headings (true: handled), or a restarted list inside the section? */
  private topLevel(b: Block, label: Label): boolean {
    const section = this.section;
    const inner = section && section.innerLast !== null && label.number === section.innerLast + 1;
    const restart = section && section.innerLast === null && label.number === 1;
    const sibling = !section || (!inner && !restart && section.label !== null && label.number !== null && section.label.number !== null && label.number > section.label.number);
    if (!sibling) {
      if (section) section.innerLast = label.number;
      return false;
    }
    this.enter(null);
    const rest = b.text.slice(label.length);
    // "4. Chỉ đạo Khối thi đua tổ chức các hoạt động: Các hoạt động của …": a task stated inline
    if (/:\s*\S/.test(rest) && !headingLike(rest) && !/^chu de/.test(foldKey(rest))) {
      this.open("task", label, b, label.length, null, null);
      this.stack = [];
    } else if (topicHeading(rest)) {
      // a plan not divided into kind sections: "1. Công tác giáo dục chính trị, tư tưởng" with
      // "1.1. Tổ chức …" under it, siblings of "4. Chỉ tiêu chủ yếu", "5. Tổ chức thực hiện".
      // Such a topic and everything labelled under it are tasks with section null.
      this.section = { kind: "task", text: null, label, key: styleKey(label).key, innerLast: null };
      this.open("task", label, b, label.length, null, null);
    }
    return true;
  }

  /** A paragraph inside the current section (or outside every section). */
  private inSection(b: Block, label: Label | null): void {
    const section = this.section;
    if (this.schedule) {
      const t = (label ? b.text.slice(label.length) : b.text).trim();
      if ((label?.style === "bullet" && t.split(/\s+/).length <= 4) || (!label && TIME_CELL.test(foldKey(t)))) {
        this.current = null;
        return;
      }
    }
    const namedTarget = label?.style === "named" && label.named === "chỉ tiêu";
    const namedTask = label?.style === "named" && NAMED_TASKS.has(label.named!);
    if (!label && !section) {
      // "Các chỉ tiêu chủ yếu đề ra là: Tốc độ …; tổng vốn …; …" in a paragraph outside every section
      const inline = inlineList(b.text);
      if (inline) { this.clauses(b, inline); return; }
    }
    const group = this.current && groupLine(this.current.text) ? this.current : null;
    if (!label && section?.kind === "target" && (!this.current || group) && !groupLine(b.text) && !/:\s*$/.test(b.text)) {
      // plain sentences under a target heading: one target per sentence and per ";" clause; a
      // paragraph ending with ":" leads into a list, and a sentence that counts the targets
      // ("Trong đó, có 11 chỉ tiêu kinh tế, 8 chỉ tiêu xã hội …") is about them, not one of them.
      // Under a group line ("* Về văn hóa - xã hội:") they are its children, when most state a level.
      const inline = inlineList(b.text);
      const running = (inline ?? runningItems(b.text, 0, "target")).filter((c) => !countsTargets(b.text.slice(c.start, c.end)));
      const levels = running.filter((c) => statesLevel(b.text.slice(c.start, c.end))).length;
      if (running.length >= 2 && (!group || levels * 2 > running.length)) { this.clauses(b, running, group); return; }
    }
    if (!label && this.current && listLead(b.text)) {
      // "8 chỉ tiêu xã hội gồm:" after the last bullet of a list: it leads the next list, it does not continue that bullet
      this.current = null;
      this.loose.push(b);
      return;
    }
    if (!section || section.kind === "other") {
      // "Chỉ tiêu 3: …" calls itself a target wherever it stands, "Nhiệm vụ 2: …", "Chương trình 3: …"
      // a task (a fragment that starts inside the list of a plan's programmes)
      if (namedTarget) this.open("target", label, b, label.length, section?.text ?? null);
      else if (namedTask && !section) this.open("task", label, b, label.length, null);
      else if (this.current && !label) appendTo(this.current, b);
      else this.current = null;
      return;
    }
    if (label) this.open(namedTarget ? "target" : section.kind, label, b, label.length, section.text);
    else if (groupLine(b.text)) this.open(section.kind, null, b, 0, section.text);
    else if (this.current) appendTo(this.current, b);
    else this.loose.push(b);
  }
}

/**
 * An unlabelled group line above numbered items ("Về kinh tế:" then "(1) …" "(2) …", "Kinh tế:"): an
 * item of the section with no code, the parent of the items after it (gold README, "Group lines").
 */
function groupLine(text: string): boolean {
  const t = text.trim();
  const colon = /:$/.test(t);
  return groupLabel(colon ? t.slice(0, -1) : t, colon);
}

/** A short line ending with ":" that counts the items of the list it leads ("8 chỉ tiêu xã hội gồm:", "5 nhiệm vụ trọng tâm:"). */
function listLead(text: string): boolean {
  const t = text.trim();
  if (!/:$/.test(t) || t.split(/\s+/).length > 12) return false;
  const kind = /^\d{1,3}\s/.test(t) ? sectionKind(t, false) : null;
  return countsTargets(t) || kind === "target" || kind === "task";
}

// the words of a label that names a task: "Nhiệm vụ 2:", "Chương trình 3:", "Giải pháp 1."
const NAMED_TASKS = new Set(["nhiệm vụ", "chương trình", "giải pháp"]);

/**
 * A top-level labelled line that names a topic of work: short, not a kind heading
 * (those are headings), not a sentence ("1. Công tác giáo dục chính trị, tư tưởng").
 */
function topicHeading(rest: string): boolean {
  const t = rest.trim();
  if (!t || !headingLike(t) || /[.;]$/.test(t)) return false;
  if (sectionKind(t) !== null) return false;
  // a heading of a plan's frame rather than of its work: "Bối cảnh", "Căn cứ xây dựng kế hoạch"
  return !frameHeading(t);
}

// a lead naming targets, then its colon: "… đề ra 12 chỉ tiêu chủ yếu, như:", "… các chỉ tiêu cụ thể sau:"
const TARGET_LEAD_RE = /(?<![\p{L}\p{N}])chi tieu(?![\p{L}\p{N}])[^.:;!?]{0,80}:\s/u;
// a clause states a level: a number with "%" or a unit after it
const CLAUSE_LEVEL_RE = /\d\s?%|\d[\d.,]*\s{1,2}\p{L}/u;

/**
 * The clauses of running-text targets in a paragraph, as [from, to) offsets: after a lead naming
 * targets that ends with ":", two clauses at least ended by ";" (the last by "." or the end), most of
 * them stating a level. Null when the paragraph is no such list.
 */
export function runningClauses(text: string): Array<[number, number]> | null {
  const folded = foldForMatch(text);
  const lead = folded.length === text.length ? TARGET_LEAD_RE.exec(folded) : null;
  if (!lead) return null;
  let at = lead.index + lead[0].length;
  const out: Array<[number, number]> = [];
  while (at < text.length) {
    const semi = text.indexOf(";", at);
    let end = semi >= 0 ? semi : text.length;
    // the last clause ends with its sentence
    if (semi < 0) {
      const stop = text.slice(at).search(/\.(?:\s|$)/u);
      if (stop >= 0) end = at + stop;
    }
    const clause = text.slice(at, end);
    if (clause.trim()) out.push([at + (clause.length - clause.trimStart().length), end]);
    if (semi < 0) break;
    at = semi + 1;
  }
  if (out.length < 2) return null;
  const levels = out.filter(([f, t]) => CLAUSE_LEVEL_RE.test(text.slice(f, t))).length;
  return levels * 2 > out.length ? out : null;
}

/** An item that is a bare heading over what follows: short, with no final ".", ":" or ";". */
function containerItem(it: RawItem): boolean {
  if (it.row) return false;
  const first = it.segments[0];
  const own = first.block.text.slice(first.from).trim();
  return headingLike(own) && !/[.:;]$/.test(own);
}

/** The index in row.cells of the cell covering grid column `col`. */
export function cellIndexAt(row: Block, col: number): number {
  let g = 0;
  for (let i = 0; i < (row.cells ?? []).length; i++) {
    const span = row.cells![i].span ?? 1;
    if (col < g + span) return i;
    g += span;
  }
  return -1;
}

function appendTo(item: RawItem, b: Block): void {
  item.text = `${item.text} ${b.text}`.trim();
  item.segments.push({ block: b, from: 0 });
  for (const r of b.refs ?? []) item.refs.push(r);
}

/** The structure rule: sections and items, each item a target or a task record (filled by later rules). */
export const structure: Rule = {
  id: "structure",
  run(doc, ctx, out) {
    out.structure = findStructure(doc);
    const bare = out.structure.bare;
    if (bare) {
      const first = bare.block.text.slice(0, 40).trim();
      ctx.warn(
        "structure/no-section",
        `No section heading recognised (chỉ tiêu, nhiệm vụ …); read ${bare.count} ${parseLabel(bare.block.text)?.style === "bullet" ? "bulleted" : "numbered"} lines from "${first}…" as ${bare.kind}s with no section`,
        ctx.blockSpan(bare.block, 0, bare.block.text.length),
      );
    }
    for (const it of out.structure.items) {
      const spans = ctx.itemSpans(it);
      const footnotes = [...new Set(it.refs.map((r) => r.marker))];
      const base = { id: it.id, code: it.code, parent: it.parent, section: it.section, text: it.text, footnotes, where: spans.whole() };
      if (it.kind === "target") {
        const record: Target = { ...base, quantities: [], schedule: null };
        out.targets.push(record);
        out.placed.push({ raw: it, record, spans });
      } else {
        const record: Task = { ...base, responsible: [], partners: [], funding: null, schedule: null };
        out.tasks.push(record);
        out.placed.push({ raw: it, record, spans });
      }
    }
  },
};

/** Runs last: a document in which no section of targets or tasks was found says so. */
export const noItems: Rule = {
  id: "no-items",
  run(_doc, ctx, out) {
    if (out.targets.length === 0 && out.tasks.length === 0) {
      ctx.warn("structure/no-items", "No section of targets (chỉ tiêu) or tasks (nhiệm vụ) was found: is this a plan?");
    }
  },
};
