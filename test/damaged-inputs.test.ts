// Damaged files: the fixture plans with bytes overwritten, cut short or cut out (a
// fixed pseudo-random sequence, so the run is the same every time). Each either
// ingests or is refused with a KehoachError (one clear line in the CLI) — never an
// internal error — and none takes long.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import { ingestBytes } from "../src/pipeline.js";
import { KehoachError } from "../src/ground/errors.js";

const DIR = "fixtures/plans";
const files = fs.readdirSync(DIR).filter((f) => /\.(txt|docx|pdf)$/.test(f)).sort();

function* mutations(seed: number, n: number): Generator<{ file: string; how: string; bytes: Uint8Array }> {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < n; i++) {
    const file = files[Math.floor(rnd() * files.length)];
    const b = new Uint8Array(fs.readFileSync(`${DIR}/${file}`));
    const kind = Math.floor(rnd() * 4);
    if (kind === 0 || kind === 3) {
      const count = kind === 0 ? 20 : 200;
      for (let k = 0; k < count; k++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
      yield { file, how: `${count} bytes overwritten`, bytes: b };
    } else if (kind === 1) {
      yield { file, how: "cut short", bytes: b.slice(0, Math.floor(rnd() * b.length)) };
    } else {
      const at = Math.floor(rnd() * b.length);
      const len = Math.floor(rnd() * 2000);
      yield { file, how: "a piece cut out", bytes: new Uint8Array([...b.slice(0, at), ...b.slice(at + len)]) };
    }
  }
}

describe("damaged inputs", () => {
  for (const seed of [7, 11, 23]) {
    it(`is refused with a clear reason or read, never an internal error (seed ${seed})`, async () => {
      for (const m of mutations(seed, 25)) {
        const t0 = performance.now();
        try {
          await ingestBytes(m.bytes, m.file);
        } catch (e) {
          expect(e, `${m.file}, ${m.how}: ${String(e)}`).toBeInstanceOf(KehoachError);
        }
        expect(performance.now() - t0, `${m.file}, ${m.how}`).toBeLessThan(10_000);
      }
    }, 120_000);
  }
});
