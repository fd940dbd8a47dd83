// The records the structure rule builds: items with the blocks their text comes from, the roles of
// a table's columns, and the structure of a whole document.
import type { Block, NoteRef } from "../../src/ground/model.js";
import type { BareList } from "../section-heads.js";

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

export interface Structure {
  items: RawItem[];
  /** unlabelled paragraphs of a target or task section that no item owns (a lead-in, "Tổ chức thực hiện" in prose) */
  loose: Block[];
  bodyEnd: number; // index in doc.blocks where the closing block starts (or blocks.length)
  /** a numbered list read without a section heading (section-heads.ts, bareList), with its first block */
  bare?: (BareList & { block: Block }) | null;
}
