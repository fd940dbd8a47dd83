// kehoach review <doc|file…> [--out FILE|DIR] [--db FILE]: one self-contained HTML page per plan,
// its text with every extracted value highlighted (src/review/page.ts). A document is a stored
// one (an id, a province, a file name: as for `show`) or a plan file read on the fly.
// One page goes to stdout or to --out FILE; several go to --out DIR as NAME.review.html.
import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { KehoachError } from "../ground/errors.js";
import { writeFileAtomic } from "../ground/write-atomic.js";
import { t } from "../i18n/index.js";
import { log } from "../log.js";
import type { PlanDocument } from "../../schemas/plan.js";
import type { Store } from "../store/sqlite.js";
import { addDbOption, openExisting, parseYear, pickDocument } from "./output.js";

export interface ReviewCliOptions {
  db: string;
  out?: string;
  year?: string;
  password?: string;
}

const PLAN_FILE = /\.(pdf|docx|txt|md)$/i;

interface Reviewed {
  plan: PlanDocument;
  origin: string;
  name: string; // file name stem of the page
}

async function plansOf(ref: string, store: () => Store, o: ReviewCliOptions): Promise<Reviewed[]> {
  if (PLAN_FILE.test(ref) && fs.existsSync(ref) && fs.statSync(ref).isFile()) {
    const { ingestFile } = await import("../pipeline.js");
    const plan = await ingestFile(ref, { password: o.password });
    return [{ plan, origin: ref, name: path.basename(ref) }];
  }
  // a stored document, picked as `show` picks it (a warning names the others a reference fits)
  const s = store();
  const { doc: d } = pickDocument(s, ref, parseYear(o.year), "reviewing");
  return [{ plan: s.getPlan(d.id)!.plan, origin: `#${d.id} (${path.basename(s.file)})`, name: `${d.id}-${d.sourceFile}` }];
}

/** Writes the pages; returns the HTML when it goes to stdout. */
export async function runReview(refs: string[], o: ReviewCliOptions): Promise<string | null> {
  const { renderReview } = await import("../review/page.js");
  let store: Store | null = null;
  const getStore = () => (store ??= openExisting(o.db));
  try {
    const all: Reviewed[] = [];
    for (const r of refs) all.push(...(await plansOf(r, getStore, o)));
    if (all.length === 1 && (o.out === undefined || !isDir(o.out))) {
      const html = renderReview(all[0].plan, { origin: all[0].origin });
      if (o.out === undefined) return html;
      writeFileAtomic(o.out, html);
      log().info({ file: o.out, bytes: Buffer.byteLength(html) }, t().logPageWritten);
      return null;
    }
    if (o.out === undefined)
      throw new KehoachError("cli/usage", t().reviewSeveral(all.length));
    fs.mkdirSync(o.out, { recursive: true });
    for (const r of all) {
      const file = path.join(o.out, `${r.name.replace(/[^\p{L}\p{N}._-]+/gu, "_")}.review.html`);
      writeFileAtomic(file, renderReview(r.plan, { origin: r.origin }));
      log().info({ file }, t().logPageWritten);
    }
    return null;
  } finally {
    (store as Store | null)?.close();
  }
}

const isDir = (p: string) => fs.existsSync(p) && fs.statSync(p).isDirectory();

export function registerReview(program: Command): void {
  addDbOption(
    program
      .command("review")
      .description(t().reviewDescription)
      .argument("<docs...>", t().reviewDocs)
      .option("--year <year>", t().reviewYear)
      .option("--out <path>", t().reviewOut)
      .option("--password <password>", t().diffPassword),
  ).action(async (docs: string[], o: ReviewCliOptions) => {
    const html = await runReview(docs, o);
    if (html !== null) process.stdout.write(html);
  });
}
