// PlanDocument objects for tests of the store, the diff, the exports and the CLI.
// - makePlan(): a small, realistic plan built from parts (defaults: a Nam Định 2024 plan).
// - planFromGold(stem): the hand-checked answer of a fixture (fixtures/plans/<stem>.gold.json)
//   turned into a full PlanDocument (ids assigned, codes resolved to ids, provenance made up),
//   i.e. what the extractor should produce for that document.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PlanDocument, type Quantity, type Target, type Task } from "../../schemas/plan.js";

export const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/plans");

export const STEMS = {
  namDinh2024: "000_ae60fdb8b20bdd06",
  caoBang2024: "001_1396b3c07450a05b",
  namDinhTerm: "002_ed1a53c65c1a9ed0",
  thaiNguyen: "003_bb17a3663816f093",
  thaiBinh2025: "004_9b4c08f78589e4eb",
} as const;

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

export const q = (value: number, unit: string, comparator: Quantity["comparator"] = "=", raw?: string): Quantity => ({
  value,
  unit,
  comparator,
  raw: raw ?? (unit === "%" ? `${value}%` : `${comparator === ">=" ? "ít nhất " : ""}${String(value).padStart(2, "0")} ${unit}`),
});

let offset = 0;
export function target(id: string, text: string, quantities: Quantity[] = [], extra: Partial<Target> = {}): Target {
  const start = offset;
  offset += text.length + 1;
  return {
    id,
    code: null,
    parent: null,
    section: "Chỉ tiêu",
    text,
    footnotes: [],
    where: { page: null, start, end: start + text.length },
    quantities,
    schedule: null,
    ...extra,
  };
}

export function task(id: string, text: string, extra: Partial<Task> = {}): Task {
  const start = offset;
  offset += text.length + 1;
  return {
    id,
    code: null,
    parent: null,
    section: "Nhiệm vụ trọng tâm",
    text,
    footnotes: [],
    where: { page: null, start, end: start + text.length },
    responsible: [],
    partners: [],
    funding: null,
    ...extra,
  };
}

export interface PlanParts {
  file?: string;
  format?: PlanDocument["source"]["format"];
  sha256?: string;
  meta?: Partial<PlanDocument["meta"]>;
  targets?: Target[];
  tasks?: Task[];
  deadlines?: PlanDocument["deadlines"];
  footnotes?: PlanDocument["footnotes"];
  models?: PlanDocument["models"];
  themes?: PlanDocument["themes"];
  warnings?: PlanDocument["warnings"];
}

/** A small Nam Định 2024 plan unless told otherwise. */
export function makePlan(parts: PlanParts = {}): PlanDocument {
  offset = 0;
  const targets = parts.targets ?? [
    target("t1", "Tập trung triển khai thực hiện đạt các chỉ tiêu của Kế hoạch thực hiện các khâu đột phá, trong đó chú trọng các chỉ tiêu trong năm 2024:", [], { code: "(2)" }),
    target("t1.1", "Phấn đấu 100% Hội LHPN cơ sở được trang bị máy tính làm việc.", [q(100, "%")], { parent: "t1" }),
    target("t1.2", "100% Hội LHPN cấp cơ sở phối hợp với các ban, ngành, tổ chức chính trị - xã hội tại địa phương tổ chức ít nhất 01 hoạt động nhằm nâng cao kiến thức, kỹ năng ứng dụng CNTT cho hội viên, phụ nữ.", [q(100, "%"), q(1, "hoạt động", ">=", "ít nhất 01 hoạt động")], { parent: "t1" }),
    target("t1.3", "100% Chi hội trưởng được tập huấn nghiệp vụ công tác Hội.", [q(100, "%")], { parent: "t1" }),
  ];
  const tasks = parts.tasks ?? [
    task("k1", "Tổ chức Hội thi “Cán bộ Hội cơ sở giỏi” cấp tỉnh, thời gian tổ chức Tháng 3/2024.", { code: "4.2" }),
  ];
  const plan: PlanDocument = {
    schemaVersion: 1,
    source: {
      file: parts.file ?? "plan.txt",
      format: parts.format ?? "txt",
      sha256: parts.sha256 ?? sha(JSON.stringify([parts.meta ?? null, targets.map((t) => t.text), tasks.map((t) => t.text)])),
      pages: null,
    },
    meta: {
      title: "KẾ HOẠCH",
      subtitle: "Định hướng nhiệm vụ công tác trọng tâm năm 2024",
      issuer: "Hội LHPN tỉnh Nam Định",
      body: "BAN THƯỜNG VỤ",
      province: "Nam Định",
      number: null,
      issuedAt: null,
      place: null,
      year: 2024,
      period: null,
      signer: { name: "Trần Thị Định", title: "CHỦ TỊCH", onBehalfOf: "TM. BAN THƯỜNG VỤ" },
      bases: ["văn bản số 2066/ĐCT-VP ngày 05/7/2023 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về định hướng nhiệm vụ trọng tâm năm 2024"],
      recipients: ["ĐCT TW Hội LHPN VN", "Lưu VT"],
      ...parts.meta,
    },
    themes: parts.themes ?? [{ year: 2024, text: "Tăng cường ứng dụng công nghệ thông tin (CNTT) trong hoạt động Hội", source: "body" }],
    targets,
    tasks,
    deadlines: parts.deadlines ?? [
      { item: "k1", raw: "Tháng 3/2024", start: "2024-03-01", end: "2024-03-31", precision: "month" },
    ],
    footnotes: parts.footnotes ?? [
      { marker: "2", text: "Mô hình “1+1”: 1 chi hội khá kèm chi hội yếu, 1 hội viên vận động 1 phụ nữ tham gia tổ chức Hội.", item: "t1" },
    ],
    models: parts.models ?? [{ name: "1+1", definition: "1 chi hội khá kèm chi hội yếu, 1 hội viên vận động 1 phụ nữ tham gia tổ chức Hội.", footnote: "2" }],
    warnings: parts.warnings ?? [],
  };
  return PlanDocument.parse(plan);
}

interface GoldItem {
  code: string | null;
  parent: string | null;
  section: string | null;
  text: string;
  [k: string]: unknown;
}

/** A gold answer file as read: the contract's parts, each validated by PlanDocument.parse below. */
interface GoldFile {
  meta?: Record<string, unknown>;
  themes: unknown;
  targets: GoldItem[];
  tasks: GoldItem[];
  deadlines: Array<{ item?: string | null; [k: string]: unknown }>;
  footnotes: Array<{ item?: string | null; [k: string]: unknown }>;
  models: unknown;
}

/** The gold answer of a fixture as a full PlanDocument, as if read from `<stem>.<format>`. */
export function planFromGold(stem: string, format: "txt" | "docx" | "pdf" = "txt"): PlanDocument {
  const gold = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${stem}.gold.json`), "utf8")) as GoldFile;
  const bytes = fs.readFileSync(path.join(FIXTURES, `${stem}.${format}`));
  let at = 0;
  const span = (text: string) => {
    const s = { page: format === "pdf" ? 1 : null, start: at, end: at + text.length };
    at += text.length + 1;
    return s;
  };
  const assign = (items: GoldItem[], prefix: string) => {
    const lastByCode = new Map<string, string>();
    return items.map((it, i) => {
      const id = `${prefix}${i + 1}`;
      const parent = it.parent ? (lastByCode.get(it.parent) ?? null) : null;
      if (it.code) lastByCode.set(it.code, id);
      // bullets without a code are named by their first words in the gold
      lastByCode.set(it.text.split(/\s+/).slice(0, 6).join(" "), id);
      return { ...it, id, parent, footnotes: [] as string[], where: span(it.text) } as GoldItem & { id: string; parent: string | null; footnotes: string[]; where: ReturnType<typeof span> };
    });
  };
  const targets = assign(gold.targets, "t").map((t) => ({
    ...t,
    quantities: (t.quantities as Quantity[]).map(({ value, unit, comparator, raw }) => ({ value, unit, comparator, raw })),
    schedule: (t.schedule as Record<string, string> | null) ?? null,
  }));
  const tasks = assign(gold.tasks, "k").map((t) => ({
    ...t,
    responsible: (t.responsible as string[]) ?? [],
    partners: (t.partners as string[]) ?? [],
    funding: (t.funding as string | null) ?? null,
  }));
  const byCode = new Map<string, string>();
  for (const it of [...tasks, ...targets]) if (it.code) byCode.set(it.code, it.id);
  const meta = { title: null, subtitle: null, issuer: null, body: null, province: null, number: null, issuedAt: null, place: null, year: null, period: null, signer: null, bases: [], recipients: [], ...gold.meta };
  const plan = {
    schemaVersion: 1,
    source: { file: `${stem}.${format}`, format, sha256: createHash("sha256").update(bytes).digest("hex"), pages: format === "pdf" ? 4 : null },
    meta,
    themes: gold.themes,
    targets,
    tasks,
    deadlines: gold.deadlines.map((d) => ({ ...d, item: d.item ? (byCode.get(d.item) ?? null) : null })),
    footnotes: gold.footnotes.map((f) => ({ ...f, item: f.item ? (byCode.get(f.item) ?? null) : null })),
    models: gold.models,
    warnings: [],
  };
  return PlanDocument.parse(plan);
}
