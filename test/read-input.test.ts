// readInput: read once, refused when the file changes during the read (before, a file
// rewritten while it was read was ingested as a torn mix of two plans, 7 of 10 tries).
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readInput } from "../src/read-input.js";
import { KehoachError } from "../src/ground/errors.js";

describe("readInput", () => {
  it("never returns a torn mix of two versions of a file rewritten while it is read", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-torn-"));
    const file = path.join(dir, "plan.txt");
    const a = Buffer.alloc(4 * 1048576, "a");
    const b = Buffer.alloc(3 * 1048576, "b");
    fs.writeFileSync(file, a);
    // another process rewrites the file, alternating two versions, as fast as it can
    const writer = spawn(process.execPath, [
      "-e",
      `const fs=require("fs");const a=Buffer.alloc(${a.length},"a"),b=Buffer.alloc(${b.length},"b");for(let i=0;;i++)fs.writeFileSync(${JSON.stringify(file)},i%2?a:b)`,
    ]);
    try {
      let refused = 0;
      let whole = 0;
      for (let i = 0; i < 40; i++) {
        try {
          const got = readInput(file);
          // one version as it stood on disk (whole, or as far as the writer had got, which
          // the bytes and the file's size and time then agreed on), never a mix of the two
          const torn = got.includes(0x61) && got.includes(0x62);
          expect(torn, `read ${got.length} bytes mixing both versions`).toBe(false);
          whole++;
        } catch (e) {
          expect(e).toBeInstanceOf(KehoachError);
          expect((e as KehoachError).code).toBe("input/changed");
          refused++;
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      expect(refused + whole).toBe(40);
    } finally {
      writer.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
