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

describe("tasks and replies on one pipe, both ways", () => {
  it("a task's JSON and bytes go to the child, its start, progress and answer come back in order, with the environment given", async () => {
    const { ChildPool, fromJsonPart } = await import("../src/child-pool.js");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-pipe-"));
    // a reader that echoes: the task's JSON, the sum of its bytes, and a variable of its environment
    const child = path.join(dir, "echo.mjs");
    fs.writeFileSync(
      child,
      `import net from "node:net";
import { FrameReader, encodeFrame, jsonPart, fromJsonPart, RESULT_FD_ARG } from ${JSON.stringify(path.resolve("dist/src/child-pool.js"))};
const fd = Number(process.argv.find((a) => a.startsWith(RESULT_FD_ARG)).slice(RESULT_FD_ARG.length));
const pipe = new net.Socket({ fd, readable: true, writable: true });
const reply = (id, parts) => { for (const p of encodeFrame(id, parts)) pipe.write(p); };
const reader = new FrameReader((id, parts) => {
  reply(id, [["started", new Uint8Array(0)]]);
  reply(id, [jsonPart("progress", { step: 1 })]);
  const task = fromJsonPart(parts[0][1]);
  const sum = parts[1] ? parts[1][1].reduce((a, b) => a + b, 0) : null;
  reply(id, [jsonPart("out", { task, sum, n: parts[1]?.[1].length ?? 0, env: process.env.KEHOACH_TEST_PIPE ?? null })]);
});
pipe.on("data", (b) => reader.push(b));
process.on("disconnect", () => process.exit(0));
`,
    );
    type Task = { name: string; bytes?: Uint8Array };
    const pool = new ChildPool<Task, unknown, { step: number }>(child, {
      max: 1,
      env: { ...process.env, KEHOACH_TEST_PIPE: "given" },
      task: ({ bytes, ...rest }) => (bytes ? [[ "task", enc.encode(JSON.stringify(rest)) ], ["bytes", bytes]] : [["task", enc.encode(JSON.stringify(rest))]]),
      reply: (parts) => fromJsonPart(parts[0]![1]),
    });
    try {
      // bytes larger than a pipe's chunk, so the frame arrives in many pieces
      const big = new Uint8Array(300_000).map((_, i) => i % 251);
      const sum = big.reduce((a, b) => a + b, 0);
      const seen: string[] = [];
      const out = await pool.run({ name: "Kế hoạch", bytes: big }, { onStart: (pid) => seen.push(`start ${typeof pid}`), onProgress: (p) => seen.push(`progress ${p.step}`) });
      expect(seen).toEqual(["start number", "progress 1"]);
      expect(out).toEqual({ task: { name: "Kế hoạch" }, sum, n: 300_000, env: "given" });
      // the same child again, a task without bytes
      expect(await pool.run({ name: "hai" })).toEqual({ task: { name: "hai" }, sum: null, n: 0, env: "given" });
    } finally {
      await pool.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
