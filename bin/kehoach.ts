#!/usr/bin/env node
const { main } = await import("../src/cli/index.js");
main(process.argv).catch((e: unknown) => {
  // an expected failure (KehoachError) names its file: "kehoach: FILE: reason"
  const file = e instanceof Error && "file" in e && typeof e.file === "string" ? `${e.file}: ` : "";
  process.stderr.write(`kehoach: ${file}${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
