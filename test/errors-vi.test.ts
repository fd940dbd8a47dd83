// Errors a user can meet are said in Vietnamese, with their code (issue 10): a refusal in a Vietnamese
// environment with no --lang, a damaged DOCX whose reason names the broken part, and the reason OCR could
// not start. What stays English is an internal invariant, and says so where it is thrown.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocx } from "../parsers/docx/index.js";
import { KehoachError } from "../src/ground/errors.js";
import { INPUT_REFUSALS } from "../src/ground/codes.js";
import { sayFailure, sayPlainError, setLang } from "../src/i18n/index.js";
import { vi } from "../src/i18n/vi.js";

const BIN = path.resolve("dist/bin/kehoach.js");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-errors-vi-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("errors in Vietnamese", () => {
  it("a refused file is said in Vietnamese in a Vietnamese environment, without --lang", () => {
    const file = path.join(tmp, "khong-phai.docx");
    // a zip's signature and nothing of a zip after it
    fs.writeFileSync(file, Buffer.concat([Buffer.from("PK\u0003\u0004", "latin1"), Buffer.from("không phải tệp Word")]));
    const env: NodeJS.ProcessEnv = { ...process.env, LANG: "vi_VN.UTF-8" };
    for (const k of ["KEHOACH_LANG", "LC_ALL", "LC_MESSAGES"]) delete env[k];
    const r = spawnSync(process.execPath, [BIN, "ingest", file, "--no-db", "--out", path.join(tmp, "out")], { encoding: "utf8", env });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(vi.refusals["docx/not-zip"]);
    expect(r.stderr).not.toContain(INPUT_REFUSALS["docx/not-zip"]);
  });

  it("a DOCX with a broken part: docx/corrupt, the part named, in English as the library's message and in Vietnamese as said", async () => {
    const bytes = new Uint8Array(fs.readFileSync("fixtures/plans/000_ae60fdb8b20bdd06.docx"));
    // break the local header of word/document.xml (its name follows the 30-byte header)
    const name = Buffer.from("word/document.xml");
    const at = Buffer.from(bytes).indexOf(name) - 30;
    expect(Buffer.from(bytes.subarray(at, at + 4)).toString("latin1")).toBe("PK\u0003\u0004");
    bytes[at] = 0;
    const err = await parseDocx(bytes, { fileName: "hong.docx" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KehoachError);
    expect((err as KehoachError).code).toBe("docx/corrupt");
    expect((err as KehoachError).message).toContain("no local header for word/document.xml");
    setLang("vi");
    try {
      const said = sayFailure(err);
      expect(said).toContain("không có đầu mục cục bộ của word/document.xml");
      expect(said).toMatch(/^tệp DOCX \(zip\) bị hỏng/);
    } finally {
      setLang("en");
    }
  });

  it("the reason OCR could not start: our fixed text said in Vietnamese, an engine's own words kept", () => {
    const own = "the system tesseract has no Vietnamese model (tesseract-ocr-vie)";
    const text = vi.errors.ocrUnavailable(`Cannot find module 'tesseract.js'; ${own}`);
    expect(text).toContain("tesseract của hệ thống không có mô hình tiếng Việt");
    expect(text).toContain("Cannot find module 'tesseract.js'");
    expect(text).not.toContain(own);
  });
  it("a run stopped before a file was read says so in the language, not as an internal error", () => {
    const stopped = "the run was stopped before this file was read";
    try {
      setLang("vi");
      expect(sayPlainError(stopped)).toBe(vi.fixedErrors[stopped]);
      expect(sayPlainError("x is undefined")).toBe(vi.internalError("x is undefined"));
      setLang("en");
      expect(sayPlainError(stopped)).toBe(stopped);
    } finally {
      setLang("en");
    }
  });
});
