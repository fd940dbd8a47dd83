// pdfjs-dist's legacy build bundles core-js, which replaces Array.prototype.push, JSON.parse and
// JSON.stringify with slower JS functions for the whole process on Node 20 (parsers/pdf/native-push.ts).
// Once the PDF reader is loaded the engine's own are back, and a PDF's plan is the same JSON.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

it("keeps the engine's own push, JSON.parse and JSON.stringify once the PDF reader is loaded", () => {
  const load = path.resolve("dist/parsers/pdf/load.js");
  const script = `
    const before = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    await import(${JSON.stringify(load)});
    const core = globalThis["__core-js_shared__"] !== undefined;
    const same = before.push === Array.prototype.push && before.parse === JSON.parse && before.stringify === JSON.stringify;
    const native = [Array.prototype.push, JSON.parse, JSON.stringify].every((f) => /\\[native code\\]/.test(Function.prototype.toString.call(f)));
    const d = JSON.parse('{"a":[1,"Kế hoạch \\\\u0111",null]}', (k, v) => (k === "0" ? v + 1 : v));
    console.log(JSON.stringify({ core, same, native, d, s: JSON.stringify({ b: "x" }, null, 1) }));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  const out = JSON.parse(r.stdout) as { core: boolean; same: boolean; native: boolean; d: unknown; s: string };
  // core-js did load (else this test would prove nothing), and what it replaced is back
  expect(out.core).toBe(true);
  expect(out.same).toBe(true);
  expect(out.native).toBe(true);
  expect(out.d).toEqual({ a: [2, "Kế hoạch đ", null] });
  expect(out.s).toBe('{\n "b": "x"\n}');
});
