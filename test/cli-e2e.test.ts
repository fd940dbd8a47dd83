// The whole chain on the real fixture files: pipeline -> store -> diff / export / search.
// Nothing here is skipped: a pipeline that cannot run fails beforeAll, and so every test.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDiff } from "../src/cli/diff.js";
import { runExport } from "../src/cli/export.js";
import { runSearch } from "../src/cli/search.js";
import { openStore } from "../src/store/sqlite.js";
import { ingestFile } from "../src/pipeline.js";
import type { PlanDocument } from "../schemas/plan.js";
import { FIXTURES, STEMS } from "./helpers/plan-factory.js";

let dir: string;
let db: string;
const plans: PlanDocument[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-e2e-"));
  db = path.join(dir, "k.db");
  const store = openStore(db);
  for (const stem of Object.values(STEMS)) {
    for (const ext of ["txt", "docx", "pdf"]) {
      const p = await ingestFile(path.join(FIXTURES, `${stem}.${ext}`));
      store.savePlan(p);
      if (ext === "txt") plans.push(p);
    }
  }
  store.close();
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("real fixtures", () => {
  it("three formats of one plan are one document", () => {
    const store = openStore(db);
    const n = store.listDocuments().length;
    store.close();
    expect(plans.map((p) => p.meta.province).filter((x) => !x)).toEqual([]);
    expect(n).toBe(5);
  });

  it('diff "Nam Định" "Cao Bằng" --year 2024 pairs computers, chi hội trưởng training and IT-skill activities, nothing else', async () => {
    const nd = plans.find((p) => p.source.file.startsWith(STEMS.namDinh2024));
    const cb = plans.find((p) => p.source.file.startsWith(STEMS.caoBang2024));
    expect([nd?.meta.province, nd?.meta.year, cb?.meta.province, cb?.meta.year]).toEqual(["Nam Định", 2024, "Cao Bằng", 2024]);
    expect(cb!.targets.some((t) => t.quantities.length)).toBe(true);
    const r = JSON.parse(await runDiff("Nam Định", "Cao Bằng", { db, year: "2024", format: "json" })) as {
      pairs: Array<{ a: { text: string }; b: { text: string }; comparison: string }>;
    };
    const by = (re: RegExp) => r.pairs.filter((p) => re.test(p.a.text));
    expect(by(/trang bị máy tính/).map((p) => p.comparison)).toEqual(["100% = 100%"]);
    expect(by(/Chi hội trưởng được tập huấn/).map((p) => p.comparison)).toEqual(["100% vs 60%"]);
    expect(by(/kỹ năng ứng dụng CNTT/).map((p) => p.comparison)).toEqual([expect.stringContaining("≥ 1 hoạt động = ≥ 1 hoạt động")]);
    expect(r.pairs).toHaveLength(3);
  });

  it("search and export work on what was extracted", async () => {
    expect(runSearch(["chi hoi truong tap huan"], { db, width: 240 })).toContain("«Chi hội trưởng» được «tập huấn»");
    const csv = (await runExport({ db, what: "targets", format: "csv" })).data as string;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("60% chi hội trưởng được tập huấn nghiệp vụ công tác Hội");
  });
});
