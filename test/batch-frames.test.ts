// The result pipe of a reader process (src/child-pool.ts, "Frames"): a plan made as bytes comes back
// as one frame, cut out of the byte stream however the stream splits it, its parts byte for byte.
// And the run that uses it: a plan's JSON, its database row and its --stdout line are the plan.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { encodeFrame, FrameReader } from "../src/child-pool.js";

const enc = new TextEncoder();

function framesOf(stream: Buffer, cuts: number[]): Array<[number, Array<[string, string]>]> {
  const got: Array<[number, Array<[string, string]>]> = [];
  const reader = new FrameReader((id, parts) => got.push([id, parts.map(([n, b]) => [n, b.toString("utf8")])]));
  let at = 0;
  for (const c of [...cuts, stream.length]) {
    reader.push(stream.subarray(at, c));
    at = c;
  }
  return got;
}

describe("frames on the result pipe", () => {
  const a: Array<[string, Uint8Array]> = [
    ["planJson", enc.encode('{"a":"Kế hoạch"}')],
    ["json", enc.encode("{\n  \"a\": 1\n}\n")],
    ["json", new Uint8Array(0)],
    ["text", enc.encode("Ủy ban nhân dân tỉnh ".repeat(50))],
  ];
  const b: Array<[string, Uint8Array]> = [["planJson", enc.encode("{}")]];
  const stream = Buffer.concat([...encodeFrame(7, a), ...encodeFrame(8, b)]);
  const want: Array<[number, Array<[string, string]>]> = [
    [7, a.map(([n, x]) => [n, Buffer.from(x).toString("utf8")])],
    [8, [["planJson", "{}"]]],
  ];

  it("reads two frames sent whole", () => {
    expect(framesOf(stream, [])).toEqual(want);
  });

  it("reads them cut at every byte, and in three pieces anywhere", () => {
    expect(framesOf(stream, Array.from({ length: stream.length - 1 }, (_, i) => i + 1))).toEqual(want);
    for (let i = 1; i < stream.length; i += 7)
      for (let j = i; j < stream.length; j += 13) expect(framesOf(stream, [i, j])).toEqual(want);
  });
});

describe("a batch through the result pipe", () => {
  it("writes the same plan to the JSON file, the database and the --stdout line", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-frames-"));
    try {
      // a PDF and a text in turn, four plans of four stems
      const all = fs.readdirSync("fixtures/plans");
      const plans = ["000", "001", "002", "003"].map((n, i) => all.find((f) => f.startsWith(`${n}_`) && f.endsWith(i % 2 ? ".txt" : ".pdf"))!);
      const files = plans.map((f) => path.resolve("fixtures/plans", f));
      const db = path.join(dir, "k.db");
      const r = spawnSync(process.execPath, [path.resolve("dist/bin/kehoach.js"), "ingest", ...files, "--jobs", "2", "--db", db, "--out", dir, "--stdout", "--log-level", "error"], { encoding: "utf8" });
      expect(r.status).toBe(0);
      const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { source: { file: string; text?: string } });
      expect(lines.map((l) => l.source.file)).toEqual(plans);
      for (const [i, f] of plans.entries()) {
        const json = JSON.parse(fs.readFileSync(path.join(dir, `${f.replace(/\.[^.]+$/, "")}.json`), "utf8")) as unknown;
        expect(json).toEqual(lines[i]);
        expect(lines[i]!.source.text!.length).toBeGreaterThan(1000);
      }
      const q = spawnSync(process.execPath, ["-e", `const D=require("better-sqlite3");const d=new D(process.argv[1],{readonly:true});console.log(JSON.stringify(d.prepare("SELECT plan_json, text FROM documents ORDER BY id").all()))`, db], { encoding: "utf8" });
      const rows = JSON.parse(q.stdout) as Array<{ plan_json: string; text: string }>;
      expect(rows.map((row) => ({ ...(JSON.parse(row.plan_json) as { source: object }), source: { ...(JSON.parse(row.plan_json) as { source: object }).source, text: row.text } }))).toEqual(lines);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
