// The database commands on the five fixture plans (as the extractor should read them:
// their hand-checked answers, test/helpers/plan-factory.ts).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFailed, comparePlans, renderCheck, runCheck } from "../src/cli/check.js";
import { runDiff } from "../src/cli/diff.js";
import { buildSheet, runExport } from "../src/cli/export.js";
import { runList } from "../src/cli/list.js";
import { runSearch } from "../src/cli/search.js";
import { runShow } from "../src/cli/show.js";
import { openStore } from "../src/store/sqlite.js";
import type { PlanDocument } from "../schemas/plan.js";
import { FIXTURES, makePlan, planFromGold, q, STEMS, target } from "./helpers/plan-factory.js";

let dir: string;
let db: string;
const plans = Object.values(STEMS).map((s) => planFromGold(s));

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-cli-"));
  db = path.join(dir, "k.db");
  const store = openStore(db);
  for (const p of plans) store.savePlan(p);
  store.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("list", () => {
  it("shows every document with province, issuer, number, date, year and counts", () => {
    const out = runList({ db, width: 200 });
    for (const p of ["Nam Định", "Cao Bằng", "Thái Nguyên", "Thái Bình"]) expect(out).toContain(p);
    expect(out).toContain("77/KH-BCH");
    expect(out).toContain("2023-07-04");
    const json = JSON.parse(runList({ db, format: "json" })) as Array<{ province: string; targets: number; year: number | null }>;
    expect(json).toHaveLength(5);
    expect(json.find((d) => d.province === "Cao Bằng")?.targets).toBe(10);
    expect(JSON.parse(runList({ db, format: "json", province: "nam-dinh", year: "2024" }))).toHaveLength(2); // the 2024 plan and the 2022-2027 term plan
  });
  it("says so when there is no database", () => {
    expect(() => runList({ db: path.join(dir, "none.db") })).toThrow(/no database/);
    expect(fs.existsSync(path.join(dir, "none.db"))).toBe(false);
  });
});

describe("show", () => {
  it("prints themes, targets with quantities, tasks, deadlines and footnotes as tables", () => {
    const out = runShow("cao-bang", { db, width: 140 });
    expect(out).toMatch(/Themes \(\d+\)/);
    expect(out).toMatch(/Targets \(10\)/);
    expect(out).toMatch(/Tasks \(31\)/);
    expect(out).toContain("Deadlines (");
    expect(out).toContain("≥ 500 hội viên");
    expect(out).toContain("┌");
    for (const line of out.split("\n")) expect(line.length).toBeLessThanOrEqual(140);
    const nd = runShow("1", { db, width: 120 });
    expect(nd).toContain("Footnotes (");
    expect(nd).toContain("1+1");
    expect(JSON.parse(runShow("1", { db, json: true })).meta.province).toBe("Nam Định");
    expect(() => runShow("Hà Giang", { db })).toThrow(/no document/);
  });
});

describe("search", () => {
  it('finds "Chi hội trưởng được tập huấn" from "chi hoi truong tap huan" with document, province, code and snippet', () => {
    const out = runSearch(["chi hoi truong tap huan"], { db, width: 240 });
    expect(out).toContain("Cao Bằng");
    expect(out).toContain("Nam Định");
    expect(out).toContain("2.6");
    expect(out).toContain("100% «Chi hội trưởng» được «tập huấn» nghiệp vụ công tác Hội.");
    const hits = JSON.parse(runSearch(["chi", "hoi", "truong", "tap", "huan"], { db, format: "json", province: "Cao Bằng" })) as Array<{ code: string; documentId: number; snippet: string; province: string }>;
    expect(hits.map((h) => h.code)).toContain("2.6");
    expect(hits.find((h) => h.code === "2.6")!.snippet).toContain("«chi hội trưởng» được «tập huấn»");
    expect(new Set(hits.map((h) => h.province))).toEqual(new Set(["Cao Bằng"]));
    expect(runSearch(["xyzzy"], { db })).toBe("no match\n");
  });
  it("writes a term plan's years as 2021–2026, as list and export do, and --year finds it by its term", async () => {
    const out = runSearch(["2.500 ho gia dinh"], { db, province: "thai-nguyen" });
    expect(out).toContain("2021–2026");
    expect(runList({ db })).toContain("2021–2026");
    const csv = (await runExport({ db, what: "targets", format: "csv", province: "thai-nguyen" })).data as string;
    expect(csv).toContain(",2021–2026,2021,2026,");
    expect(csv).not.toContain("2021-2026");
    const hits = JSON.parse(runSearch(["ho gia dinh"], { db, province: "thai-nguyen", year: "2024", format: "json" })) as Array<{ periodFrom: number; periodTo: number }>;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject({ periodFrom: 2021, periodTo: 2026 });
  });
});

describe("diff", () => {
  it('"Nam Định" vs "Cao Bằng" 2024 pairs the three comparable targets and nothing else', async () => {
    const r = JSON.parse(await runDiff("Nam Định", "cao-bang", { db, year: "2024", format: "json" })) as {
      pairs: Array<{ a: { text: string }; b: { text: string; code: string }; comparison: string }>;
      onlyA: unknown[];
      onlyB: unknown[];
    };
    expect(r.pairs.map((p) => [p.b.code, p.comparison])).toEqual([
      ["2.10", "100% = 100%"],
      ["2.10", "100% = 100%; ≥ 1 hoạt động = ≥ 1 hoạt động"],
      ["2.6", "100% vs 60%"],
    ]);
    const table = await runDiff("nam-dinh", "Cao Bằng", { db, year: "2024" });
    expect(table).toContain("3 paired");
    expect(table).toContain("only in Cao Bằng");
    const md = await runDiff("NAM DINH", "CAO BANG", { db, year: "2024", format: "md" });
    expect(md).toContain("## Paired targets");
    expect(md).toMatch(/\| .*Chi hội trưởng được tập huấn.* \| 100% \| .*60% chi hội trưởng/);
    const csv = await runDiff("1", "2", { db, format: "csv" });
    expect(csv.startsWith("\ufeffmatch,")).toBe(true);
  });
  it("explains an unknown province", async () => {
    await expect(runDiff("Hà Giang", "Cao Bằng", { db, year: "2024" })).rejects.toThrow(/provinces in the database: .*Cao Bằng/);
  });
});

describe("export", () => {
  it("CSV: UTF-8 with BOM, one row per target, Vietnamese intact", async () => {
    const r = await runExport({ db, what: "targets", format: "csv" });
    const text = r.data as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const total = plans.reduce((n, p) => n + p.targets.length, 0);
    expect(r.rows).toBe(total);
    const file = path.join(dir, "targets.csv");
    fs.writeFileSync(file, text);
    const back = fs.readFileSync(file, "utf8");
    expect(back).toContain("60% chi hội trưởng được tập huấn nghiệp vụ công tác Hội");
    expect(back).toContain("Hội LHPN xã, phường, thị trấn");
    const header = back.slice(1).split("\r\n")[0]!.split(",");
    for (const c of ["document_id", "province", "year", "code", "parent_code", "text", "q1_value", "q1_comparator", "q1_unit", "deadline_start", "deadline_end", "deadline_precision", "schedule_2022", "page", "start_offset", "end_offset"]) expect(header).toContain(c);
  });

  it("XLSX: header row, frozen pane, widths, wrapped text; read back with Vietnamese intact", async () => {
    const out = path.join(dir, "targets.xlsx");
    const r = await runExport({ db, what: "targets", format: "xlsx", out });
    fs.writeFileSync(out, r.data);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("targets")!;
    expect(ws.rowCount).toBe(1 + plans.reduce((n, p) => n + p.targets.length, 0));
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(["document_id", "province", "year"]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getRow(1).font?.bold).toBe(true);
    const textCol = header.indexOf("text") + 1;
    expect(ws.getColumn(textCol).width).toBeGreaterThanOrEqual(30);
    expect(ws.getColumn(textCol).alignment?.wrapText).toBe(true);
    const texts: string[] = [];
    ws.eachRow((row, n) => n > 1 && texts.push(String(row.getCell(textCol).value)));
    expect(texts).toContain(plans[1]!.targets[5]!.text); // Cao Bằng 2.6, "…60% chi hội trưởng được tập huấn…"
    expect(texts.join("\n")).toContain("Phấn đấu 100% Hội LHPN cơ sở được trang bị máy tính làm việc.");
    const provCol = header.indexOf("province") + 1;
    expect(new Set(ws.getColumn(provCol).values.slice(2))).toEqual(new Set(["Nam Định", "Cao Bằng", "Thái Nguyên", "Thái Bình"]));
    const q1 = header.indexOf("q1_value") + 1;
    expect(typeof ws.getRow(5).getCell(q1).value === "number" || ws.getRow(5).getCell(q1).value === null).toBe(true);
  });

  // A plan with a percentage written "0,5%", a code "2.10" beside a "2.1", a per-year cell
  // "2.500" (Thái Nguyên 4.1) and deadlines as days: what a spreadsheet must not misread.
  const typedDb = () => {
    const file = path.join(dir, "typed.db");
    if (fs.existsSync(file)) return file;
    const extra = makePlan({
      sha256: "f".repeat(64),
      meta: { province: "Hà Nam", issuer: "Hội LHPN tỉnh Hà Nam", subtitle: "Kế hoạch giảm nghèo năm 2024" },
      targets: [
        target("t1", "Giảm tỷ lệ hộ nghèo 0,5% so với đầu năm.", [q(0.5, "%", "=", "0,5%")], { code: "2.10" }),
        target("t2", "Kết nạp 1.000 hội viên mới.", [q(1000, "hội viên", "=", "1.000 hội viên")], { code: "2.1" }),
      ],
      deadlines: [
        { item: "t1", raw: "trước 30/6/2024", start: "2024-06-30", end: "2024-06-30", precision: "day" },
        // an item with two deadlines
        { item: "t2", raw: "quý III/2024", start: "2024-07-01", end: "2024-09-30", precision: "quarter" },
        { item: "t2", raw: "tháng 3/2024", start: "2024-03-01", end: "2024-03-31", precision: "month" },
      ],
    });
    const store = openStore(file);
    for (const p of [...plans, extra]) store.savePlan(p);
    store.close();
    return file;
  };
  const isoOf = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

  it("XLSX: typed cells (codes as text, numbers, dates, percentages), a column never mixes types", async () => {
    const out = path.join(dir, "typed.xlsx");
    const r = await runExport({ db: typedDb(), what: "targets", format: "xlsx", out });
    fs.writeFileSync(out, r.data);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("targets")!;
    expect(ws.autoFilter).toBeTruthy();
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((row, n) => n > 1 && rows.push(row));
    const byCode = (code: string, text: string) => rows.find((r) => r.getCell(col("code")).value === code && String(r.getCell(col("text")).value).includes(text))!;
    // codes stay text: "2.10" is not 2.1
    const r210 = byCode("2.10", "0,5%");
    expect(r210.getCell(col("code")).value).toBe("2.10");
    expect(r210.getCell(col("code")).numFmt).toBe("@");
    expect(byCode("2.1", "1.000 hội viên").getCell(col("code")).value).toBe("2.1");
    // 0,5% is the number 0.005 shown as a percentage; the plan's words stay in q1_raw
    expect(r210.getCell(col("q1_value")).value).toBeCloseTo(0.005, 10);
    expect(r210.getCell(col("q1_value")).numFmt).toMatch(/0\.0%$/);
    expect(r210.getCell(col("q1_raw")).value).toBe("0,5%");
    expect(byCode("2.1", "1.000 hội viên").getCell(col("q1_value")).value).toBe(1000);
    // the deadline is a date, the day the plan wrote
    expect(isoOf(r210.getCell(col("deadline_start")).value)).toBe("2024-06-30");
    expect(r210.getCell(col("deadline_start")).numFmt).toBe("dd/mm/yyyy");
    // two deadlines: the first day and the last, as dates; their words in "deadline"
    const two = byCode("2.1", "1.000 hội viên");
    expect(isoOf(two.getCell(col("deadline_start")).value)).toBe("2024-03-01");
    expect(isoOf(two.getCell(col("deadline_end")).value)).toBe("2024-09-30");
    expect(two.getCell(col("deadline")).value).toBe("quý III/2024; tháng 3/2024");
    // the date columns of targets and tasks hold dates or nothing, never text (the five plans
    // have items with several deadlines too)
    const wbt = new ExcelJS.Workbook();
    await wbt.xlsx.load(Buffer.from((await runExport({ db: typedDb(), what: "tasks", format: "xlsx" })).data as Uint8Array));
    for (const sheet of [ws, wbt.getWorksheet("tasks")!]) {
      const h = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
      const kinds = new Set<string>();
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        for (const c of ["deadline_start", "deadline_end"]) {
          const v = row.getCell(h.indexOf(c) + 1).value;
          kinds.add(v instanceof Date ? "date" : v === null || v === undefined ? "empty" : typeof v);
        }
      });
      expect([...kinds].sort(), sheet.name).toEqual(["date", "empty"]);
    }
    // Thái Nguyên 4.1: "2.500" households a year is 2500, not 2.5
    const tn = byCode("4.1", "2.500 hộ");
    for (const y of ["2022", "2023", "2024", "2025", "2026"]) {
      expect(tn.getCell(col(`schedule_${y}`)).value).toBe(2500);
      expect(tn.getCell(col(`schedule_${y}`)).numFmt).toMatch(/#,##0$/);
    }
    // "x" marks stay text; year is a number or empty, the term is in period / period_from / period_to
    expect(rows.some((r) => r.getCell(col("schedule_2022")).value === "x")).toBe(true);
    for (const r of rows) expect(["number", "object"]).toContain(typeof r.getCell(col("year")).value);
    expect(tn.getCell(col("year")).value).toBe(null);
    expect(tn.getCell(col("period")).value).toBe("2021–2026");
    expect(tn.getCell(col("period_from")).value).toBe(2021);
    expect(tn.getCell(col("period_to")).value).toBe(2026);
    // every deadline date of every plan, exactly as stored
    const dl = await runExport({ db: typedDb(), what: "deadlines", format: "xlsx" });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(Buffer.from(dl.data as Uint8Array));
    const ws2 = wb2.getWorksheet("deadlines")!;
    const h2 = (ws2.getRow(1).values as unknown[]).slice(1) as string[];
    const got: string[] = [];
    ws2.eachRow((row, n) => n > 1 && got.push(`${isoOf(row.getCell(h2.indexOf("start") + 1).value)}..${isoOf(row.getCell(h2.indexOf("end") + 1).value)}`));
    const extra = [
      { start: "2024-06-30", end: "2024-06-30" },
      { start: "2024-07-01", end: "2024-09-30" },
      { start: "2024-03-01", end: "2024-03-31" },
    ];
    const want = [...plans, null].flatMap((p) => (p ? p.deadlines : extra).map((d) => `${d.start}..${d.end}`));
    expect(got.sort()).toEqual(want.sort());
  });

  it("XLSX --what all: one sheet per kind, each with a frozen, filtered header", async () => {
    const r = await runExport({ db, what: "all", format: "xlsx" });
    expect(r.out).toBe("kehoach-all.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.data as Uint8Array));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["targets", "tasks", "deadlines", "footnotes", "models", "themes"]);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.rowCount).toBeGreaterThan(1);
    }
    const json = JSON.parse((await runExport({ db, what: "all", format: "json" })).data as string) as Record<string, unknown[]>;
    expect(Object.keys(json)).toEqual(["targets", "tasks", "deadlines", "footnotes", "models", "themes"]);
    await expect(runExport({ db, what: "all", format: "csv" })).rejects.toThrow(/xlsx or json/);
  });

  it("LibreOffice shows the XLSX cells as the plan wrote them: 2.10, 2.500, 0,5%, dates", async (ctx) => {
    if (!hasLibreOfficeCalc()) {
      // said, never silent: CI installs LibreOffice Calc (.ci/run) where it can
      console.warn("SKIPPED: LibreOffice Calc (soffice) is not installed; apt-get install libreoffice-calc-nogui to run this test");
      ctx.skip();
    }
    const xlsx = path.join(dir, "lo-typed.xlsx");
    fs.writeFileSync(xlsx, (await runExport({ db: typedDb(), what: "targets", format: "xlsx" })).data);
    const outDir = path.join(dir, "lo-typed-out");
    const profile = `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`;
    // CSV of the cells as shown (filter option 9 = true)
    execFileSync(soffice()!, [profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", "--outdir", outDir, xlsx], { timeout: 120_000 });
    const lines = fs.readFileSync(path.join(outDir, "lo-typed.csv"), "utf8").split(/\r?\n/);
    const header = lines[0]!.split(",");
    const row = (code: string, text: string) => lines.find((l) => l.startsWith(`${l.split(",")[0]},`) && l.includes(text) && l.includes(`,${code},`))!;
    const r210 = row("2.10", "0,5% so với");
    expect(r210).toBeTruthy();
    expect(r210).toContain('"0,5%"'); // 0.005 shown as the plan wrote it (quoted: it holds the CSV separator)
    expect(r210).toContain(",30/06/2024,");
    expect(row("2.1", "1.000 hội viên")).toContain(",1.000,");
    const tn = row("4.1", "2.500 hộ");
    expect(tn.split(",").filter((c) => c === "2.500").length).toBeGreaterThanOrEqual(5);
    expect(header).toContain("schedule_2022");
  }, 180_000);

  // every per-year cell and every deadline day of the five plans, as LibreOffice shows them: the
  // plan's own writing ("2.500", "x", "30") and the day (dd/mm/yyyy) of each ISO date
  it("LibreOffice shows every schedule cell as the plan wrote it and every deadline date as its day", async (ctx) => {
    if (!hasLibreOfficeCalc()) {
      console.warn("SKIPPED: LibreOffice Calc (soffice) is not installed; apt-get install libreoffice-calc-nogui to run this test");
      ctx.skip();
    }
    const outDir = path.join(dir, "lo-all-out");
    const profile = `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`;
    const shown = async (what: string) => {
      const xlsx = path.join(dir, `lo-all-${what}.xlsx`);
      fs.writeFileSync(xlsx, (await runExport({ db, what, format: "xlsx" })).data);
      execFileSync(soffice()!, [profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", "--outdir", outDir, xlsx], { timeout: 120_000 });
      const wb = new ExcelJS.Workbook();
      // read LibreOffice's CSV back with exceljs's parser (quoted cells, separators inside them)
      const ws = await wb.csv.readFile(path.join(outDir, `lo-all-${what}.csv`), { parserOptions: { delimiter: "," }, map: (v: string) => v });
      const rows: string[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? "" : String(v)))));
      return rows;
    };
    const day = (iso: string) => iso.split("-").reverse().join("/");
    const bad: string[] = [];
    // schedule cells, by target text
    const targets = await shown("targets");
    const th = targets[0]!;
    let cells = 0;
    for (const p of plans)
      for (const t of p.targets) {
        const row = targets.find((r) => r[th.indexOf("id")] === t.id && r[th.indexOf("source_file")] === p.source.file);
        if (!row) {
          bad.push(`no row for ${t.text.slice(0, 40)}`);
          continue;
        }
        for (const [y, written] of Object.entries(t.schedule ?? {})) {
          cells++;
          // a count is a number: "01" (one, as plans write it) is 1
          const v = /^0\d+$/.test(written) ? String(Number(written)) : written;
          if (row[th.indexOf(`schedule_${y}`)] !== v) bad.push(`${p.meta.province} ${t.code} ${y}: shown "${row[th.indexOf(`schedule_${y}`)]}", written "${written}"`);
        }
      }
    // deadline days
    const deadlines = await shown("deadlines");
    const dh = deadlines[0]!;
    const got = deadlines.slice(1).map((r) => `${r[dh.indexOf("raw")]}|${r[dh.indexOf("start")]}|${r[dh.indexOf("end")]}`).sort();
    const want = plans.flatMap((p) => p.deadlines.map((d) => `${d.raw}|${day(d.start)}|${day(d.end)}`)).sort();
    expect(bad).toEqual([]);
    expect(cells).toBeGreaterThan(100);
    expect(got).toEqual(want);
  }, 240_000);

  it.skipIf(!hasLibreOfficeCalc())("opens in LibreOffice with the Vietnamese intact (headless conversion both ways)", async () => {
    const xlsx = path.join(dir, "lo-x.xlsx");
    fs.writeFileSync(xlsx, (await runExport({ db, what: "targets", format: "xlsx" })).data);
    const csv = path.join(dir, "lo-c.csv");
    fs.writeFileSync(csv, (await runExport({ db, what: "targets", format: "csv" })).data);
    const outDir = path.join(dir, "lo-out");
    // a private profile: a first start writes one, and must not touch the user's
    const profile = `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`;
    // XLSX -> CSV (UTF-8: filter token 76)
    execFileSync(soffice()!, [profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", outDir, xlsx], { timeout: 120_000 });
    const back = fs.readFileSync(path.join(outDir, "lo-x.csv"), "utf8");
    expect(back).toContain("Phấn đấu 100% Hội LHPN cơ sở được trang bị máy tính làm việc.");
    expect(back).toContain("Cao Bằng");
    // CSV (UTF-8 with BOM, as Excel wants it) -> XLSX, read back with exceljs
    execFileSync(soffice()!, [profile, "--headless", "--infilter=CSV:44,34,76", "--convert-to", "xlsx", "--outdir", outDir, csv], { timeout: 120_000 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(outDir, "lo-c.xlsx"));
    const cells: string[] = [];
    wb.worksheets[0].eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells).toContain("Thái Nguyên");
    expect(cells.join("\n")).toContain("Chi hội trưởng được tập huấn");
  });

  it("the other kinds, filters and formats", async () => {
    for (const what of ["tasks", "deadlines", "footnotes", "models", "themes"]) {
      const r = await runExport({ db, what, format: "json" });
      const rows = JSON.parse(r.data as string) as Array<Record<string, unknown>>;
      expect(rows.length).toBe(r.rows);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows[0]).toHaveProperty("province");
    }
    const tasks = JSON.parse((await runExport({ db, what: "tasks", format: "json", province: "thai-nguyen" })).data as string) as Array<Record<string, unknown>>;
    expect(new Set(tasks.map((t) => t.province))).toEqual(new Set(["Thái Nguyên"]));
    const deadlines = buildSheet([{ id: 2, plan: plans[1]! }], "deadlines");
    expect(deadlines.columns).toEqual(expect.arrayContaining(["item_code", "raw", "start", "end", "precision"]));
    const md = (await runExport({ db, what: "models", format: "md", year: "2024" })).data as string;
    expect(md).toContain("| 1+1 |");
    await expect(runExport({ db, what: "people" })).rejects.toThrow(/--what/);
  });
});

describe("check", () => {
  const ingestFromGold = (overrides: Record<string, (p: PlanDocument) => void> = {}) => async (file: string) => {
    const name = path.basename(file);
    const stem = name.replace(/\.[^.]+$/, "");
    const p = planFromGold(stem, name.endsWith(".pdf") ? "pdf" : name.endsWith(".docx") ? "docx" : "txt");
    overrides[name]?.(p);
    return p;
  };

  it("reports missing expected output, accepts it with --update, then reports changes item by item", async () => {
    const d = fs.mkdtempSync(path.join(dir, "check-"));
    for (const f of [`${STEMS.namDinh2024}.txt`, `${STEMS.caoBang2024}.txt`, `${STEMS.caoBang2024}.pdf`]) fs.copyFileSync(path.join(FIXTURES, f), path.join(d, f));
    let reports = await runCheck(path.dirname(d), { ingest: ingestFromGold() }); // found in subdirectories too
    expect(reports.map((r) => r.file)).toEqual([`${STEMS.namDinh2024}.txt`, `${STEMS.caoBang2024}.pdf`, `${STEMS.caoBang2024}.txt`].map((f) => path.join(path.basename(d), f)));
    reports = await runCheck(d, { ingest: ingestFromGold() });
    expect(reports.map((r) => r.status)).toEqual(["missing", "missing", "missing"]);
    expect(renderCheck(reports)).toContain("no expected output: run with --update");
    expect(checkFailed(reports)).toBe(true);

    reports = await runCheck(d, { ingest: ingestFromGold(), update: true });
    expect(reports.map((r) => r.status)).toEqual(["created", "created", "created"]);
    expect(fs.existsSync(path.join(d, `${STEMS.caoBang2024}.pdf.expected.json`))).toBe(true);
    expect(fs.existsSync(path.join(d, `${STEMS.caoBang2024}.txt.expected.json`))).toBe(true);

    reports = await runCheck(d, { ingest: ingestFromGold() });
    expect(checkFailed(reports)).toBe(false);
    expect(renderCheck(reports)).toContain("check: 3 passed, 0 failed");

    // the extractor changes: a quantity lost, a target dropped, one added, the signer misread
    const changed = ingestFromGold({
      [`${STEMS.caoBang2024}.txt`]: (p) => {
        p.targets[5]!.quantities.pop();
        p.targets.splice(8, 1);
        p.targets.push({ ...p.targets[0]!, id: "t99", code: "2.11", text: "Một chỉ tiêu mới" });
        p.meta.signer = { name: "Nông Thị Tuyết", title: null, onBehalfOf: "TM. BAN THƯỜNG VỤ" };
      },
    });
    reports = await runCheck(d, { ingest: changed });
    expect(checkFailed(reports)).toBe(true);
    const text = renderCheck(reports);
    expect(text).toContain(`${STEMS.caoBang2024}.txt: 4 changes`);
    expect(text).toContain(`${STEMS.caoBang2024}.pdf: ok`);
    expect(text).toContain("~ meta signer: name: Nông Thị Tuyết, title: CHỦ TỊCH, onBehalfOf: TM. BAN THƯỜNG VỤ → name: Nông Thị Tuyết, title: null");
    expect(text).toMatch(/- removed target 2\.9 “Toàn tỉnh giới thiệu được ít nhất 500 hội viên/);
    expect(text).toContain("+ added target 2.11 “Một chỉ tiêu mới”");
    expect(text).toContain("~ target 2.6 “100% cán bộ Hội chuyên trách");
    expect(text).toContain("quantities: “100%; 60%; 100%” → “100%; 60%”");
    expect(text).toContain("1 of 3 files differ");
  });

  it("compares a plan with itself as unchanged, and names a moved item's new position", () => {
    const p = planFromGold(STEMS.namDinh2024);
    expect(comparePlans(p, structuredClone(p))).toEqual([]);
    const q = structuredClone(p);
    q.tasks[0]!.where = { page: 2, start: 10, end: 20 };
    expect(comparePlans(p, q)).toEqual([expect.stringMatching(/^~ task \(1\) “.*”: position: characters \d+–\d+ → page 2, characters 10–20$/)]);
  });

  it("runs the real pipeline on a directory (missing expected output is reported)", async () => {
    const d = fs.mkdtempSync(path.join(dir, "check-real-"));
    fs.copyFileSync(path.join(FIXTURES, `${STEMS.caoBang2024}.txt`), path.join(d, `${STEMS.caoBang2024}.txt`));
    fs.writeFileSync(path.join(d, "notes.json"), "{}");
    const reports = await runCheck(d);
    expect(checkFailed(await runCheck(fs.mkdtempSync(path.join(dir, "empty-"))))).toBe(true);
    expect(reports).toHaveLength(1);
    // a pipeline that cannot run (an import error of the rules) is an "error" report: it fails here, naming why
    expect(reports[0]!.status, reports[0]!.changes.join("; ")).toBe("missing");
  });
});

function soffice(): string | null {
  for (const name of ["soffice", "libreoffice"]) {
    try {
      return execFileSync("which", [name], { encoding: "utf8" }).trim() || null;
    } catch {
      /* not installed */
    }
  }
  return null;
}
/** LibreOffice with its spreadsheet part (Calc): a Writer-only install cannot open a CSV or an XLSX. */
function hasLibreOfficeCalc(): boolean {
  const bin = soffice();
  if (!bin) return false;
  const dirOf = path.dirname(fs.realpathSync(bin));
  return fs.existsSync(path.join(dirOf, "libsclo.so")) || fs.existsSync("/usr/lib/libreoffice/program/libsclo.so");
}
