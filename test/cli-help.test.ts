// `kehoach --help` lists the commands without loading them (src/cli/index.ts, listOnly): the
// listing must say what the real commands say, in each language.
import { describe, expect, it } from "vitest";
import { buildProgram } from "../src/cli/index.js";
import { setLang } from "../src/i18n/index.js";

describe("the overall help, without loading the commands", () => {
  for (const lang of ["en", "vi"]) {
    it(`equals the help of the loaded commands (--lang ${lang})`, async () => {
      const argv = ["node", "kehoach", "--lang", lang, "--help"];
      const listed = (await buildProgram(argv)).helpInformation();
      const loaded = (await buildProgram(argv, { all: true })).helpInformation();
      expect(listed).toBe(loaded);
      expect(listed).toMatch(/ingest \[[^\]]+\] <[^>]+\.\.\.>/);
      setLang("en");
    });
  }
  it("loads the command named after help", async () => {
    const p = await buildProgram(["node", "kehoach", "help", "ingest"]);
    expect(p.commands.map((c) => c.name())).toEqual(["ingest"]);
    expect(p.commands[0]!.options.some((o) => o.long === "--jobs")).toBe(true);
  });
});
