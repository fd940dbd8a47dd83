// The interface in the analysts' language (--lang vi|en, default from the locale) and terminal
// tables that fit the terminal: no line wider than it, text cut with "…", never a code, a
// number or a date. One way to write a term ("2021–2026") in list, show, search and export.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import stringWidth from "string-width";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runDiff } from "../src/cli/diff.js";
import { runExport } from "../src/cli/export.js";
import { runList } from "../src/cli/list.js";
import { terminalTable, terminalWidth, truncateText, wrapText } from "../src/cli/table.js";
import { runSearch } from "../src/cli/search.js";
import { runShow } from "../src/cli/show.js";
import { en } from "../src/i18n/en.js";
import { header, langFromEnv, setLang } from "../src/i18n/index.js";
import { vi } from "../src/i18n/vi.js";
import { openStore } from "../src/store/sqlite.js";
import { planFromGold, STEMS } from "./helpers/plan-factory.js";

const BIN = path.resolve("dist/bin/kehoach.js");
/** the binary with a locale of our choosing (KEHOACH_LANG, set for the tests, removed) */
const run = (args: string[], env: Record<string, string | undefined> = {}) => {
  const e: NodeJS.ProcessEnv = { ...process.env, KEHOACH_LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: "C.UTF-8", COLUMNS: undefined, ...env };
  for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: e });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

let dir: string;
let db: string;
const plans = Object.values(STEMS).map((s) => planFromGold(s));
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-lang-"));
  db = path.join(dir, "k.db");
  const store = openStore(db);
  for (const p of plans) store.savePlan(p);
  store.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => setLang("en"));

const lines = (s: string) => s.split("\n");
const widest = (s: string) => Math.max(...lines(s).map((l) => stringWidth(l)));

describe("the message catalogue", () => {
  it("has the same keys in Vietnamese and English, none empty (nested objects too)", () => {
    // (fixedErrors and placeholders are keyed by the English texts and names: only the other languages fill them)
    const shape = (o: object): string[] =>
      Object.entries(o).filter(([k]) => k !== "fixedErrors" && k !== "placeholders").flatMap(([k, v]) => (v && typeof v === "object" ? shape(v).map((x) => `${k}.${x}`) : [`${k}:${typeof v}`]));
    expect(shape(vi).sort()).toEqual(shape(en).sort());
    const empty = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? empty(v) : v === "" ? [k] : []));
    expect(empty(vi)).toEqual([]);
  });
  it("says in Vietnamese only fixed English texts that the sources still raise", () => {
    const sources = ["src", "parsers"].flatMap((d) => fs.readdirSync(d, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && !f.startsWith("i18n")).map((f) => fs.readFileSync(path.join(d, f), "utf8"))).join("\n");
    for (const english of Object.keys(vi.fixedErrors)) expect(sources, english).toContain(`"${english}"`);
  });
  it("takes the language from LC_ALL, then LC_MESSAGES, then LANG: Vietnamese when it starts with vi", () => {
    expect(langFromEnv({ LANG: "vi_VN.UTF-8" })).toBe("vi");
    expect(langFromEnv({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(langFromEnv({})).toBe("en");
    expect(langFromEnv({ LANG: "vi_VN.UTF-8", LC_ALL: "C.UTF-8" })).toBe("en");
    expect(langFromEnv({ LANG: "en_US.UTF-8", LC_MESSAGES: "vi_VN" })).toBe("vi");
    expect(langFromEnv({ LANG: "vi_VN.UTF-8", KEHOACH_LANG: "en" })).toBe("en");
  });
  it("names export columns in the language, with the per-quantity and per-year columns built from their parts", () => {
    expect(header("q2_unit", en)).toBe("q2_unit");
    expect(header("q2_unit", vi)).toBe("số lượng 2: đơn vị");
    expect(header("schedule_2024", vi)).toBe("lộ trình 2024");
    expect(header("document_id", vi)).toBe("id văn bản");
  });
});

describe("--lang vi", () => {
  it("list, show and search tables have Vietnamese headers and words", () => {
    setLang("vi");
    const list = runList({ db });
    expect(lines(list)[1]).toMatch(/│ id +│ tỉnh +│ số +│ năm +│ trích yếu +│ chỉ( tiêu)? +│ nhiệm( vụ)? +│/);
    expect(list).toContain("bỏ bớt");
    const show = runShow("cao-bang", { db, width: 120 });
    expect(show).toMatch(/^Văn bản 2: /);
    expect(show).toMatch(/Chỉ tiêu \(10\)/);
    expect(show).toMatch(/Nhiệm vụ \(31\)/);
    expect(show).toContain("cơ quan ban hành");
    const search = runSearch(["chi hoi truong tap huan"], { db, width: 120 });
    expect(search).toMatch(/│ văn bản │ tỉnh +│ năm +│ loại +│ số mục │ trích đoạn/);
    expect(search).toContain("│ chỉ tiêu ");
    expect(runSearch(["xyzzy"], { db })).toBe("không tìm thấy\n");
  });
  it("CSV and XLSX column headers are Vietnamese; JSON keys stay English", async () => {
    setLang("vi");
    const csv = (await runExport({ db, what: "targets", format: "csv" })).data as string;
    const head = csv.slice(1).split("\r\n")[0]!;
    expect(head.startsWith("id văn bản,tỉnh,năm,nhiệm kỳ,từ năm,đến năm,văn bản,số,tệp nguồn,id,số mục,số mục cha,phần,nội dung,số lượng,số lượng 1: giá trị,")).toBe(true);
    expect(head).toContain("lộ trình 2022");
    const json = JSON.parse((await runExport({ db, what: "targets", format: "json" })).data as string) as Array<Record<string, unknown>>;
    expect(Object.keys(json[0]!).slice(0, 3)).toEqual(["document_id", "province", "year"]);
    const file = path.join(dir, "all.xlsx");
    fs.writeFileSync(file, (await runExport({ db, what: "all", format: "xlsx", out: file })).data);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["chỉ tiêu", "nhiệm vụ", "thời hạn", "chú thích", "mô hình", "chủ đề"]);
    const row1 = (wb.getWorksheet("chỉ tiêu")!.getRow(1).values as unknown[]).slice(1);
    expect(row1.slice(0, 3)).toEqual(["id văn bản", "tỉnh", "năm"]);
    // the cells are still typed by what the column holds: a code stays text
    const code = row1.indexOf("số mục") + 1;
    const codes: unknown[] = [];
    wb.getWorksheet("chỉ tiêu")!.eachRow((r, n) => n > 1 && codes.push(r.getCell(code).value));
    expect(codes).toContain("2.10");
  });
  it("the binary: help, tables and messages in Vietnamese with --lang vi or LANG=vi_VN.UTF-8; --lang en wins over the locale", () => {
    const help = run(["--lang", "vi", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Cách dùng: kehoach [tuỳ chọn] [lệnh]");
    expect(help.stdout).toContain("Tuỳ chọn:");
    expect(help.stdout).toContain("Lệnh:");
    expect(help.stdout).toContain("hiện trợ giúp của lệnh");
    const listHelp = run(["list", "--help"], { LANG: "vi_VN.UTF-8" });
    expect(listHelp.stdout).toContain("liệt kê các văn bản trong cơ sở dữ liệu");
    expect(listHelp.stdout).toContain('(mặc định: "table")');
    const vlist = run(["list", "--db", db], { LANG: "vi_VN.UTF-8" });
    expect(vlist.stdout).toContain("│ tỉnh ");
    const elist = run(["list", "--db", db, "--lang", "en"], { LANG: "vi_VN.UTF-8" });
    expect(elist.stdout).toContain("│ province ");
    expect(run(["list", "--db", db]).stdout).toContain("│ province ");
    const missing = run(["list", "--db", path.join(dir, "none.db")], { LC_ALL: "vi_VN.UTF-8" });
    expect(missing.stderr).toBe(`kehoach: lỗi: ${path.join(dir, "none.db")}: chưa có cơ sở dữ liệu ở đây: hãy chạy "kehoach ingest TỆP --db ${path.join(dir, "none.db")}" trước\n`);
    expect(run(["list", "--db", db, "--bogus"], { LANG: "vi_VN.UTF-8" }).stderr).toContain("lỗi: không có tuỳ chọn '--bogus'");
    const bad = run(["--lang", "fr", "list", "--db", db]);
    expect([bad.code, bad.stderr]).toEqual([1, 'kehoach: error: --lang must be vi or en, not "fr"\n']);
    const csv = run(["export", "--db", db, "--lang", "vi"]);
    expect(csv.stdout.slice(1, 30)).toBe("id văn bản,tỉnh,năm,nhiệm kỳ,");
  });
  it("a plan's warning is said in Vietnamese by its code (the JSON keeps the English message)", () => {
    const file = path.resolve("fixtures/plans/004_9b4c08f78589e4eb.txt");
    const vi = run(["ingest", file, "--no-db", "--out", dir, "--lang", "vi"]);
    expect(vi.stderr).toBe(`kehoach: cảnh báo: ${file}: đã bỏ một dòng chỉ có một con số (số trang)\n`);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "004_9b4c08f78589e4eb.json"), "utf8")).warnings[0].message).toMatch(/^Dropped a line/);
    expect(run(["ingest", file, "--no-db", "--out", dir]).stderr).toMatch(/^kehoach: warning: .*: Dropped a line holding only "\d+" \(a page number\)\n$/);
  });
  it("an input refused is said in Vietnamese, by its code", () => {
    const doc = path.join(dir, "old.doc");
    fs.writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const r = run(["ingest", doc, "--no-db", "--out", dir, "--lang", "vi"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`kehoach: lỗi: ${doc}: đây là tài liệu Word nhị phân kiểu cũ (.doc); hãy mở bằng Word hoặc LibreOffice và lưu thành .docx\n`);
    const empty = path.join(dir, "empty.txt");
    fs.writeFileSync(empty, "");
    expect(run(["ingest", empty, path.join(dir, "missing.txt"), "--no-db", "--out", dir, "--lang", "vi"]).stderr).toBe(
      `kehoach: lỗi: ${empty}: tệp rỗng\nkehoach: lỗi: ${path.join(dir, "missing.txt")}: không có tệp này\n`,
    );
  });
});

describe("terminal tables fit the terminal", () => {
  it("cuts text with an ellipsis and wraps by words, measured as the terminal shows it", () => {
    expect(truncateText("Thái Nguyên", 8)).toBe("Thái Ng…");
    expect(stringWidth(truncateText("Thái Nguyên", 8))).toBeLessThanOrEqual(8);
    expect(truncateText("fixtures/plans/a.txt", 10, true)).toBe("…ans/a.txt");
    // decomposed diacritics (NFD) take no column of their own
    expect(stringWidth(truncateText("Thái Nguyên".normalize("NFD"), 8))).toBeLessThanOrEqual(8);
    expect(wrapText("Chi hội trưởng được tập huấn", 10)).toEqual(["Chi hội", "trưởng", "được tập", "huấn"]);
    const t = terminalTable({ columns: ["code", "text"], rows: [["2.10", "x".repeat(200)]] }, { width: 30, columns: [{ kind: "fixed" }, { kind: "text" }] });
    expect(widest(t)).toBe(30);
    expect(t).toContain("│ 2.10 │");
  });
  for (const width of [80, 100]) {
    it(`list, show, search and diff at ${width} columns: no line wider, codes, numbers, terms and dates whole`, async () => {
      for (const l of ["en", "vi"]) {
        setLang(l);
        const list = runList({ db, width });
        expect(widest(list)).toBeLessThanOrEqual(width);
        for (const s of ["77/KH-BCH", "11/KH-BCH", "2021–2026", "2022–2027", "Thái Nguyên"]) expect(list).toContain(s);
        for (const p of plans) expect(list).toMatch(new RegExp(`│ ${p.targets.length} +│ ${p.tasks.length} +│`));
        for (const ref of ["cao-bang", "1", "3", "thai-nguyen", "thai-binh"]) {
          const show = runShow(ref, { db, width });
          expect(widest(show)).toBeLessThanOrEqual(width);
        }
        const tn = runShow("thai-nguyen", { db, width });
        const plan = plans.find((p) => p.meta.province === "Thái Nguyên")!;
        for (const x of plan.targets) if (x.code) expect(tn).toMatch(new RegExp(`│ ${x.code.replace(/[.()]/g, "\\$&")} +│`));
        for (const d of plan.deadlines) expect(tn).toContain(d.start);
        const search = runSearch(["chi hoi truong tap huan"], { db, width });
        expect(widest(search)).toBeLessThanOrEqual(width);
        expect(search).toContain("2021–2026");
        const diff = await runDiff("nam-dinh", "cao-bang", { db, year: "2024", width });
        expect(widest(diff)).toBeLessThanOrEqual(width);
      }
    });
  }
  it("takes the terminal's width on a terminal, else $COLUMNS, else 80", () => {
    const cols = process.env.COLUMNS;
    try {
      delete process.env.COLUMNS;
      expect(terminalWidth({ isTTY: true, columns: 100 })).toBe(100);
      expect(terminalWidth({ isTTY: false, columns: 100 })).toBe(80);
      expect(terminalWidth({})).toBe(80);
      process.env.COLUMNS = "132";
      expect(terminalWidth({})).toBe(132);
      expect(terminalWidth({ isTTY: true, columns: 90 })).toBe(90);
      process.env.COLUMNS = "wide";
      expect(terminalWidth({})).toBe(80);
    } finally {
      if (cols === undefined) delete process.env.COLUMNS;
      else process.env.COLUMNS = cols;
    }
  });
  it("the binary lays tables out for 80 columns when stdout is not a terminal, for $COLUMNS when set", () => {
    const plain = run(["list", "--db", db]);
    expect(widest(plain.stdout)).toBeLessThanOrEqual(80);
    expect(widest(plain.stdout)).toBeGreaterThan(60);
    const wide = run(["list", "--db", db], { COLUMNS: "200" });
    expect(widest(wide.stdout)).toBeGreaterThan(80);
    expect(widest(wide.stdout)).toBeLessThanOrEqual(200);
    expect(wide.stdout).toContain("2023-07-04");
  });
});

describe("one way to write a term", () => {
  it("2021–2026 in list, show, search and export, never 2021-2026", async () => {
    const show = runShow("thai-nguyen", { db, width: 100 });
    expect(show).toMatch(/│ period +│ 2021–2026 +│/);
    const outs = [
      runList({ db, province: "thai-nguyen" }),
      show,
      runSearch(["ho gia dinh"], { db, province: "thai-nguyen", width: 120 }),
      (await runExport({ db, what: "targets", format: "csv", province: "thai-nguyen" })).data as string,
      (await runExport({ db, what: "tasks", format: "md", province: "thai-nguyen" })).data as string,
    ];
    // the plan's own words may write "2021 - 2026" (its title); a cell that gives the term never does
    for (const o of outs) {
      expect(o).toContain("2021–2026");
      expect(o).not.toMatch(/(│ |^|,)2021 ?- ?2026( +│|,|$)/m);
    }
  });
});
