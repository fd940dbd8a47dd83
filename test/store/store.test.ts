import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MIGRATIONS, SCHEMA_VERSION } from "../../src/store/migrations.js";
import { makeSnippet, openStore, provinceKey, type Store } from "../../src/store/sqlite.js";
import { makePlan, planFromGold, q, STEMS, target } from "../helpers/plan-factory.js";

let dir: string;
let store: Store;
const dbFile = () => path.join(dir, "k.db");

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-store-"));
  store = openStore(dbFile());
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** everything in the database, table by table, for "unchanged" comparisons */
function snapshot(s: Store): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  const tables = s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' ORDER BY name").all() as Array<{ name: string }>;
  for (const { name } of tables) out[name] = s.db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
  return out;
}

describe("schema", () => {
  it("is versioned, in WAL mode, with foreign keys on", () => {
    expect(store.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(Number(store.db.pragma("busy_timeout", { simple: true }))).toBeGreaterThan(0);
  });

  it("re-opening does not migrate again, and a newer schema is refused", () => {
    store.savePlan(makePlan());
    store.close();
    store = openStore(dbFile());
    expect(store.listDocuments()).toHaveLength(1);
    store.db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    store.close();
    // refused for writing and for reading, with both numbers
    const msg = `database schema version ${SCHEMA_VERSION + 1} is newer than this kehoach (${SCHEMA_VERSION}): upgrade kehoach`;
    expect(() => openStore(dbFile())).toThrow(msg);
    expect(() => openStore(dbFile(), { readonly: true })).toThrow(msg);
    store = openStore(path.join(dir, "other.db"));
  });
});

describe("savePlan", () => {
  it("writes every part of a document into readable tables", () => {
    const plan = planFromGold(STEMS.caoBang2024);
    const r = store.savePlan(plan);
    expect(r.status).toBe("inserted");
    const count = (t: string) => (store.db.prepare(`SELECT count(*) AS n FROM ${t} WHERE document_id = ?`).get(r.id) as { n: number }).n;
    expect(count("targets")).toBe(plan.targets.length);
    expect(count("tasks")).toBe(plan.tasks.length);
    expect(count("quantities")).toBe(plan.targets.reduce((n, t) => n + t.quantities.length, 0));
    expect(count("deadlines")).toBe(plan.deadlines.length);
    expect(count("models")).toBe(plan.models.length);
    expect(count("themes")).toBe(plan.themes.length);
    expect(count("bases")).toBe(plan.meta.bases.length);
    expect(count("recipients")).toBe(plan.meta.recipients.length);
    const doc = store.db.prepare("SELECT * FROM documents WHERE id = ?").get(r.id) as Record<string, unknown>;
    expect(doc).toMatchObject({ province: "Cao Bằng", year: 2024, signer_name: "Nông Thị Tuyết", signer_title: "CHỦ TỊCH", issuing_body: "BAN THƯỜNG VỤ", format: "txt" });
    // views for people
    const v = store.db.prepare("SELECT * FROM v_targets WHERE code = '2.6'").get() as Record<string, unknown>;
    expect(v).toMatchObject({ province: "Cao Bằng", year: 2024 });
    expect(v.quantities).toBe("= 100 %; = 60 %; = 100 %");
    const vq = store.db.prepare("SELECT * FROM v_quantities WHERE target_code = '2.9'").all() as Array<Record<string, unknown>>;
    expect(vq).toHaveLength(1);
    expect(vq[0]).toMatchObject({ province: "Cao Bằng", value: 500, comparator: ">=", unit: "hội viên" });
    expect(store.db.prepare("SELECT count(*) AS n FROM v_deadlines WHERE item_code IS NOT NULL").get()).toEqual({ n: plan.deadlines.filter((d) => d.item).length });
    expect(store.getPlan(r.id)?.plan).toEqual(plan);
  });

  it("the same sha256 again is a no-op", () => {
    const plan = makePlan();
    const a = store.savePlan(plan);
    const before = snapshot(store);
    const b = store.savePlan(plan);
    expect(b).toEqual({ status: "unchanged", id: a.id });
    expect(snapshot(store)).toEqual(before);
  });

  it("a new version of the same document (province + number) replaces the old one and keeps its id", () => {
    const v1 = makePlan({ sha256: "a".repeat(64), meta: { number: "77/KH-BCH", subtitle: "Thực hiện khâu đột phá" } });
    const other = makePlan({ sha256: "c".repeat(64), meta: { province: "Cao Bằng", number: "77/KH-BCH" } });
    const v2 = makePlan({ sha256: "b".repeat(64), meta: { number: "77/KH-BCH", subtitle: "Thực hiện khâu đột phá (sửa đổi)" }, targets: [target("t1", "100% Chi hội trưởng được tập huấn nghiệp vụ công tác Hội.", [q(100, "%")])] });
    const a = store.savePlan(v1);
    store.savePlan(other);
    const b = store.savePlan(v2);
    expect(b).toEqual({ status: "replaced", id: a.id, replaced: [a.id] });
    expect(store.listDocuments()).toHaveLength(2);
    expect(store.getDocument(a.id)?.targets).toBe(1);
    expect(store.db.prepare("SELECT count(*) AS n FROM targets").get()).toEqual({ n: 1 + other.targets.length });
    // the search index follows
    expect(store.search("may tinh", { province: "nam dinh" })).toHaveLength(0);
    expect(store.search("chi hoi truong", { province: "nam dinh" })).toHaveLength(1);
  });

  it("…or same province + title/subtitle + year (another format of the same plan)", () => {
    const txt = planFromGold(STEMS.namDinh2024, "txt");
    const pdf = planFromGold(STEMS.namDinh2024, "pdf");
    const a = store.savePlan(txt);
    const b = store.savePlan(pdf);
    expect(b.status).toBe("replaced");
    expect(b.id).toBe(a.id);
    expect(store.listDocuments().map((d) => d.format)).toEqual(["pdf"]);
    // a different year of the same title is another document
    const next = makePlan({ meta: { year: 2025, subtitle: txt.meta.subtitle } });
    expect(store.savePlan(next).status).toBe("inserted");
    // two different numbers are two documents even with the same title
    const n1 = makePlan({ sha256: "1".repeat(64), meta: { number: "1/KH", subtitle: "Kế hoạch chung" } });
    const n2 = makePlan({ sha256: "2".repeat(64), meta: { number: "2/KH", subtitle: "Kế hoạch chung" } });
    expect(store.savePlan(n1).status).toBe("inserted");
    expect(store.savePlan(n2).status).toBe("inserted");
  });

  it("a failure in the middle of a write leaves the database as it was", () => {
    store.savePlan(planFromGold(STEMS.namDinh2024));
    const before = snapshot(store);
    store.close();
    for (const [table, at] of [["documents", 0], ["targets", 3], ["quantities", 1], ["tasks", 5], ["search_items", 0], ["warnings", 0], ["models", 1]] as const) {
      let armed = true;
      const s = openStore(dbFile(), {
        beforeWrite: (t, i) => {
          if (armed && t === table && i === at) throw new Error(`injected failure at ${t}[${i}]`);
        },
      });
      const plan = planFromGold(STEMS.caoBang2024);
      plan.warnings = [{ code: "x/y", message: "a warning", where: null }];
      expect(() => s.savePlan(plan)).toThrow(/injected/);
      // the replacement of an existing document fails too: nothing deleted
      const docx = planFromGold(STEMS.namDinh2024, "docx");
      docx.warnings = plan.warnings;
      expect(() => s.savePlan(docx)).toThrow(/injected/);
      expect(snapshot(s)).toEqual(before);
      expect(s.db.pragma("integrity_check", { simple: true })).toBe("ok");
      armed = false;
      s.close();
    }
    store = openStore(dbFile());
  });
});

describe("search", () => {
  it("ignores diacritics, case and both tone-mark styles", () => {
    store.savePlan(planFromGold(STEMS.caoBang2024));
    store.savePlan(planFromGold(STEMS.namDinh2024));
    const hits = store.search("chi hoi truong tap huan");
    expect(hits.length).toBeGreaterThanOrEqual(2);
    expect(new Set(hits.map((h) => h.province))).toEqual(new Set(["Cao Bằng", "Nam Định"]));
    const cb = hits.find((h) => h.province === "Cao Bằng")!;
    expect(cb.code).toBe("2.6");
    expect(cb.snippet).toContain("«chi hội trưởng» được «tập huấn»");
    // old-style tone marks in the query ("hoà") find new-style text ("hòa") and back
    const plan = makePlan({ sha256: "d".repeat(64), meta: { province: "Thái Bình" }, targets: [target("t1", "Tổ chức hội thi tuyên truyền bình đẳng giới, hòa giải ở cơ sở.", [])] });
    store.savePlan(plan);
    expect(store.search("HOÀ GIẢI", { province: "Thái Bình" })).toHaveLength(1);
    expect(store.search("hoa giai", { province: "thai-binh" })).toHaveLength(1);
    expect(store.search("hoa giai", { province: "cao bang" })).toHaveLength(0);
    expect(store.search('"; DROP TABLE documents; --')).toEqual([]);
  });

  it("snippets keep Vietnamese and mark the words found", () => {
    expect(makeSnippet("100% Chi hội trưởng được tập huấn nghiệp vụ công tác Hội.", ["chi", "hoi", "truong"])).toBe(
      "100% «Chi hội trưởng» được tập huấn nghiệp vụ công tác Hội.",
    );
  });
});

describe("lookups", () => {
  it("provinces by any spelling", () => {
    for (const s of ["Nam Định", "nam-dinh", "NAM DINH", "namdinh", "tỉnh Nam Định"]) expect(provinceKey(s)).toBe("namdinh");
    store.savePlan(planFromGold(STEMS.namDinh2024));
    store.savePlan(planFromGold(STEMS.namDinhTerm));
    store.savePlan(planFromGold(STEMS.caoBang2024));
    expect(store.resolve("nam-dinh").map((d) => d.province)).toEqual(["Nam Định", "Nam Định"]);
    // the plan for that very year beats the term plan covering it
    expect(store.resolve("nam-dinh", { year: 2024 }).map((d) => d.year)).toEqual([2024]);
    expect(store.resolve("nam-dinh", { year: 2025 }).map((d) => d.periodFrom)).toEqual([2022]);
    expect(store.pick("nam-dinh", { year: 2024 }).doc.year).toBe(2024);
    expect(store.resolve("Cao Bằng", { year: 2024 })).toHaveLength(1);
    expect(store.resolve("1")[0]?.id).toBe(1);
    expect(store.resolve(`${STEMS.caoBang2024}.txt`)[0]?.province).toBe("Cao Bằng");
    expect(store.listDocuments({ year: 2025 }).map((d) => d.number)).toEqual(["77/KH-BCH"]); // the 2022-2027 term plan covers 2025
  });

  it("the lookups use indexes", () => {
    const plan = (sql: string) => (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join(" | ");
    expect(plan("SELECT id FROM documents WHERE province_key = 'namdinh' AND year = 2024")).toMatch(/USING (COVERING )?INDEX documents_province_year/);
    expect(plan("SELECT * FROM targets WHERE document_id = 1 ORDER BY position")).toMatch(/USING INDEX targets_document|USING COVERING INDEX/);
    expect(plan("SELECT * FROM quantities WHERE target_id = 1")).toMatch(/USING INDEX quantities_target/);
    expect(plan("SELECT * FROM deadlines WHERE document_id = 1 AND item_id = 't1'")).toMatch(/USING INDEX deadlines_document_item/);
  });

  it("prepares each statement once per store, not once per file (ingest asks storedAs of every file)", () => {
    const a = makePlan();
    a.source.text ??= "KẾ HOẠCH"; // stored with its text: storedAs finds it
    store.savePlan(a, { path: "a/plan.txt" });
    const db = store.db;
    const prepare = db.prepare.bind(db);
    const prepared: string[] = [];
    db.prepare = ((sql: string) => (prepared.push(sql), prepare(sql))) as typeof db.prepare;
    try {
      for (let i = 0; i < 5; i++) {
        expect(store.storedAs(a.source.sha256, "a/plan.txt")).toEqual({ id: 1 });
        expect(store.storedAs("0".repeat(64), `b/${i}.txt`)).toBeNull();
        expect(store.getPlan(1)?.plan.source.sha256).toBe(a.source.sha256);
        expect(store.getDocument(1)?.sourcePath).toBe("a/plan.txt");
        store.provinces();
      }
      // the writes were prepared by the first savePlan, before the count
      expect(store.savePlan({ ...a, source: { ...a.source, sha256: "f".repeat(64) } }, { path: "b/plan.txt" }).status).toBe("replaced");
    } finally {
      db.prepare = prepare;
    }
    // storedAs, getPlan, getDocument and provinces: one each, on first use
    expect(prepared).toHaveLength(4);
  });
});
