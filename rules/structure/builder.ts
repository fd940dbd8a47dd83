// Pass 2 of the structure rule: items from the blocks in reading order, with the open sections,
// lists and tables. A heading that names a kind opens a section; every labelled or bulleted
// paragraph inside it is an item of that kind; unlabelled paragraphs after an item belong to it.
// Parents follow the labels: a style seen again closes what was opened after it ("2.2" after
// "2.1.1"), a new style opens a level.
import type { Block } from "../../src/ground/model.js";
import { foldKey } from "../../src/ground/text.js";
import { parseLabel, type Label } from "../../src/ground/label.js";
import { headingLike, type OpenKind } from "../sections.js";
import { cellLabel, styleKey, type Head } from "../section-heads.js";
import { countsTargets, groupedList, inlineList, runningItems, statesLevel, strivingSentences, type Clause } from "../running-text.js";
import { cellIndexAt, columnRoles, gridOf, targetColumn } from "./columns.js";
import { afterDayPart, dayLine, TIME_CELL, timeLed } from "./bounds.js";
import { appendTo, containerItem, fieldLine, gapsOf, groupLine, inlineTasks, listLead, menuLine, NAMED_TASKS, quotaLine, runningClauses, sentenceTargets, topicHeading } from "./lines.js";
import type { ColumnRoles, RawItem } from "./types.js";
import { W } from "../vocab/words.js";
import { actionLine, contentPoint, levelLine, namesTargets } from "./evidence.js";

interface Open {
  item: RawItem;
  key: string; // style key: "num2", "paren", "bullet1", "none"
  depth: number; // numeric depth for num keys
  rank: number; // bullets: "*" 0, "-" 1, "+" 2
}

interface SectionState {
  kind: OpenKind; text: string | null; label: Label | null; key: string; innerLast: number | null; outer?: SectionState;
  /** each line of the section's list is a target or a task by its own words (Head.perItem); `listKey`: the list's label style */
  perItem?: boolean; listKey?: string; /** a kind line with a colon ("*Nội dung:"): each plain paragraph under it is a task */ plainItems?: boolean;
}

/** Pass 2: items from the blocks in reading order, with the open sections, lists and tables. */
export class ItemBuilder {
  readonly items: RawItem[] = [];
  readonly loose: Block[] = [];
  private nT = 0;
  private nK = 0;
  private section: SectionState | null = null;
  private stack: Open[] = [];
  private current: RawItem | null = null; // the item unlabelled paragraphs attach to
  private sealed: RawItem | null = null; // a current item that takes children but no more words (others' words follow it)
  private roles: ColumnRoles | null = null;
  private lastText: string | null = null; // the paragraph read last, and the one before it
  private prevText: string | null = null;
  // inside a schedule table flattened cell by cell (flatSchedule), or a week's schedule by day (weekSchedule)
  private schedule: false | "table" | "week" = false;
  private tableHeaders: Block[] = [];
  private tableId = -1;
  // A table right after a labelled paragraph ("3. Các hoạt động cụ thể" + "… tại bảng dưới đây:")
  // belongs to it: the rows, numbered again from 1, are its children. `floor` is the part of the
  // stack rows cannot close; when the table ends the stack is as it was before it.
  private floor = 0;
  private firstRow = false;
  private beforeTable: Open[] | null = null; // the stack as it was before a table's own TT sequence

  constructor(
    private readonly heads: Map<number, Head>,
    private readonly nestedHeads: Set<number>,
    private readonly topKey: string | null,
    /** plain lines of a list that lost its bullets, each an item (plainRuns in rules/structure/list-heads.ts) */
    private readonly plain: Map<number, "target" | "task"> = new Map(),
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
  scheduleSection(mode: "table" | "week"): void {
    this.enter({ kind: "task", text: null, label: null, key: "none", innerLast: null });
    this.schedule = mode;
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
    // a table of targets outside every section: its content column names them ("Chỉ tiêu chủ yếu", "Các chỉ tiêu")
    if (!this.section && this.firstRow && targetColumn(this.tableHeaders, roles.content)) this.enter({ kind: "target", text: null, label: null, key: "none", innerLast: null });
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
    this.prevText = this.lastText;
    this.lastText = b.text;
    this.leaveTable();
    // a table row's text is its cells: a paragraph after the table does not continue the last row
    if (this.current?.row) this.current = null;
    if (head) {
      // a kind heading opens its section (and closes the one before); a nested one opens a sub-section
      const section = this.section;
      const outer: SectionState | undefined = this.nestedHeads.has(i) && section ? (section.outer ?? section) : undefined;
      this.enter({ kind: head.kind, text: head.text, label: head.label, key: styleKey(head.label).key, innerLast: null, outer, perItem: head.perItem, plainItems: head.plainItems });
      // a heading glued to its first targets on one line: the rest of the line is running text
      if (head.bodyAt !== undefined) this.clauses(b, runningItems(b.text, head.bodyAt, head.kind === "task" ? "task" : "target"));
      return;
    }
    const label = parseLabel(b.text);
    // (a label of the section headings' own style is left to topLevel: it may close the section)
    const headingStyle = label !== null && this.topKey !== null && styleKey(label).key === this.topKey;
    if (label?.style !== "named" && !headingStyle && this.groupedTargets(b, label)) return;
    if (!label && this.section?.kind !== "other" && this.runningTargets(b)) return;
    const plain = label ? undefined : this.plain.get(i);
    if (plain && (this.section ? this.section.kind === plain : true) && this.plainItem(b, plain)) return;
    if (label && this.section?.outer && styleKey(label).key === this.section.key && label.style !== "bullet") {
      // "3. …" after the sub-headings "1. Mục tiêu chung" / "2. Chỉ tiêu cụ thể": back in the enclosing section;
      // a list of the sub-heading's own style numbered again from 1 under it ("2. Các chỉ tiêu chủ yếu"
      // / "1. Thu ngân sách …" / "2. …") is its items
      const s = this.section;
      const inner = label.number !== null && (s.innerLast === null ? label.number === 1 : label.number === s.innerLast + 1);
      if (inner) s.innerLast = label.number;
      else this.enter(s.outer ?? null);
    }
    if (label && b.kind === "listItem" && b.level !== undefined && b.nestsByIndent) {
      // list nesting follows indentation (Markdown, the parser says so), not the bullet character or the number
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
    const all = runningClauses(b.text);
    const clauses = all?.filter(([from, to]) => !countsTargets(b.text.slice(from, to)));
    if (!all || !clauses?.length) return false;
    // the sentences after the list ("… . Theo chương trình, Đại hội …") belong to no item; their times still count
    this.loose.push(...gapsOf(b, [{ start: 0, end: all[all.length - 1][1] }]));
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

  /** A plain line of a list that lost its bullets (plainRuns): an item with no code, no parent (a target per ";" clause). */
  private plainItem(b: Block, kind: "target" | "task"): boolean {
    const sectionText = this.section?.text ?? null;
    if (kind === "target") {
      const running = runningItems(b.text, 0, "target").filter((c) => !countsTargets(b.text.slice(c.start, c.end)));
      if (running.length >= 2 && running.filter((c) => statesLevel(b.text.slice(c.start, c.end))).length * 2 > running.length) {
        this.clauses(b, running);
        return true;
      }
    }
    this.stack = [];
    // no paragraph after it continues it: the prose after such a list belongs to no item
    this.sealed = this.open(kind, null, b, 0, sectionText, null);
    this.stack = [];
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

  /**
   * A line of a week's schedule: a day line ("Thứ ba (15/3):", "15/3") or a part of a day ("* SÁNG:")
   * ends the entries before it; an entry is a task: after a part of the day on its line ("SÁNG: 1. Chủ
   * tịch UBND xã: …"), opening with its hour ("08 giờ 00’: Thăm …", under the lead that names who goes,
   * "2. Chủ tịch UBND xã:"), or the first line under a day. True when handled.
   */
  private weekEntry(b: Block, label: Label | null): boolean {
    const t = b.text.trim();
    if (dayLine(t) || (!label && TIME_CELL.test(foldKey(t)))) {
      this.current = null;
      this.stack = [];
      return true;
    }
    const cut = afterDayPart(b.text);
    this.sealed = null;
    if (cut) {
      const own = parseLabel(b.text.slice(cut));
      this.stack = [];
      this.open("task", own, b, cut + (own?.length ?? 0), null, null);
      return true;
    }
    if (label) return false;
    if (this.current && fieldLine(t) && !timeLed(t)) {
      // "Thành phần: …", "Địa điểm: …" under an entry: each arranges it, a task under it
      const current = this.current;
      const stack = this.stack.slice();
      this.open("task", null, b, 0, null, current);
      this.stack = stack;
      this.current = current;
      this.sealed = current;
      return true;
    }
    if (timeLed(t)) {
      let j = this.stack.length - 1;
      while (j >= 0 && !/:\s*$/.test(this.stack[j].item.text)) j--;
      const lead = j >= 0 ? this.stack[j].item : null;
      this.stack = this.stack.slice(0, j + 1);
      this.open("task", null, b, 0, null, lead);
      return true;
    }
    if (!this.current && t.split(/\s+/).length >= 4) {
      // (a bulleted entry after it is its sibling, not its child)
      this.open("task", null, b, 0, null, null);
      this.stack = [];
      return true;
    }
    return false;
  }

  /** A labelled line's kind: the section's; read line by line (perItem), a target when a line of the list's style states a level. */
  private lineKind(section: SectionState, b: Block, label: Label): "target" | "task" {
    const kind = section.kind === "target" ? "target" : "task";
    if (kind === "task" && levelLine(b.text)) {
      // a line stating a level under an item of the list that names the levels ("2. Chỉ tiêu đóng góp …")
      const key = styleKey(label).key;
      const over = [...this.stack].reverse().find((o) => o.key !== key);
      if (over && namesTargets(over.item.text)) return "target";
    }
    if (!section.perItem) return kind;
    const key = styleKey(label).key;
    section.listKey ??= key;
    if (key === section.listKey) return levelLine(b.text) ? "target" : "task";
    return this.stack[this.stack.length - 1]?.item.kind ?? kind;
  }

  /**
   * A paragraph outside every section that lists its items after a lead: targets ("Các chỉ tiêu chủ yếu
   * đề ra là: Tốc độ …; tổng vốn …; …") or tasks ("… trọng tâm: tiếp tục …; tuyên truyền …").
   */
  private outsideList(b: Block): boolean {
    const inline = inlineList(b.text, this.prevText);
    if (inline) { this.clauses(b, inline); return true; }
    const tasks = inlineTasks(b.text);
    if (!tasks) {
      // sentences that strive for levels with no colon lead (a news item's "… phấn đấu …"): targets, the rest loose
      // (a headline the page repeats as its first line is one target)
      const striving = strivingSentences(b.text).filter((c) => !this.items.some((it) => it.text === b.text.slice(c.start, c.end).trim()));
      if (striving.length) { this.loose.push(...gapsOf(b, striving)); this.clauses(b, striving); }
      return striving.length > 0;
    }
    // the lead before the tasks belongs to no item; its time ("… trong quý II năm 2026, trọng tâm:") still counts
    this.loose.push({ ...b, text: b.text.slice(0, tasks[0].start) });
    this.clauses(b, tasks);
    return true;
  }

  /**
   * "Số lượng: Vận động 500 người … trở lên." under a task (a campaign's round, an activity), or as one of
   * its field bullets ("- Số lượng tiết mục: 05 - 07 tiết mục."), or among an event's field lines outside
   * every kind section: the level it sets is a target of its own (code, parent and section null). True when handled.
   */
  private quotaTarget(b: Block, label: Label | null): boolean {
    const from = !label ? 0 : label.style === "bullet" ? label.length : -1;
    if (from < 0 || (this.current?.kind !== "task" && (this.section?.kind ?? "other") !== "other") || !quotaLine(b.text.slice(from))) return false;
    const current = this.current;
    const stack = this.stack.slice();
    this.open("target", null, b, from, null, null);
    this.stack = stack;
    // the field lines of a campaign's round go on under it (below); no other line continues the task
    // across the target, whose words stand between
    this.current = stack[stack.length - 1]?.item === current && stack[stack.length - 1].key.startsWith("named:") ? current : null;
    this.sealed = this.current;
    return true;
  }

  /**
   * "4. Sử dụng kinh phí …:" after "1. Thời gian:", "2. Địa điểm:", "3. Thành phần:" (an event plan's field
   * headings, a section of other matter): a sibling that opens with a verb of work is a task with section
   * null, and what is labelled under it is its work. True when handled.
   */
  private workAfterFields(b: Block, label: Label, section: SectionState): boolean {
    if (label.style === "bullet" || styleKey(label).key !== section.key || !section.label || !actionLine(b.text)) return false;
    this.section = { kind: "task", text: null, label, key: section.key, innerLast: null };
    this.open("task", label, b, label.length, null, null);
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
    if (this.schedule === "week" && this.weekEntry(b, label)) return;
    const namedTarget = label?.style === "named" && label.named === W.target;
    const namedTask = label?.style === "named" && NAMED_TASKS.has(label.named!);
    if (!label && !section && this.outsideList(b)) return;
    const group = this.current && groupLine(this.current.text) ? this.current : null;
    if (!label && section?.kind === "target" && (!this.current || group) && !groupLine(b.text) && !/:\s*$/.test(b.text)) {
      // plain sentences under a target heading (rules/structure/lines.ts); under a group line ("* Về văn hóa - xã hội:") its children
      const running = sentenceTargets(b.text, group !== null);
      if (running) { this.clauses(b, running, group); return; }
    }
    if (this.quotaTarget(b, label)) return;
    const top = this.stack[this.stack.length - 1];
    if (!label && this.current && top?.item === this.current && top.key.startsWith("named:") && this.current.kind === "task" && fieldLine(b.text)) {
      // "Thời gian dự kiến: …", "Địa điểm: …" under a campaign's round ("Đợt 1: …"): each arranges the
      // round, a task under it, rather than more words of it
      const current = this.current;
      const stack = this.stack.slice();
      this.open("task", null, b, 0, current.section, current);
      this.stack = stack;
      this.current = current;
      this.sealed = current;
      return;
    }
    if (!label && this.current && listLead(b.text)) {
      // "8 chỉ tiêu xã hội gồm:" after the last bullet of a list: it leads the next list, it does not continue that bullet
      this.current = null;
      this.loose.push(b);
      return;
    }
    if (section?.kind === "other" && label && this.workAfterFields(b, label, section)) return;
    if (!section || section.kind === "other") {
      // "Chỉ tiêu 3: …" calls itself a target wherever it stands, "Nhiệm vụ 2: …", "Chương trình 3: …"
      // a task (a fragment that starts inside the list of a plan's programmes)
      if (namedTarget) this.open("target", label, b, label.length, section?.text ?? null);
      else if ((namedTask && !section) || contentPoint(b.text)) this.open("task", label!, b, label!.length, null);
      else if (this.current && !label && this.current !== this.sealed) appendTo(this.current, b);
      else this.current = null;
      return;
    }
    if (label?.style === "bullet" && section.kind === "target" && menuLine(b.text.slice(label.length))) {
      // "• Sự kiện", "• Đào tạo": a web page's menu copied after the text, no target
      this.current = null;
      this.loose.push(b);
      return;
    }
    if (label) this.open(namedTarget ? "target" : this.lineKind(section, b, label), label, b, label.length, section.text);
    else if (groupLine(b.text)) this.open(section.kind, null, b, 0, section.text);
    else if (this.current && this.current !== this.sealed) appendTo(this.current, b);
    else if (section.plainItems && section.kind === "task" && !listLead(b.text)) this.sealed = this.open("task", null, b, 0, section.text, null);
    else this.loose.push(b);
  }
}
