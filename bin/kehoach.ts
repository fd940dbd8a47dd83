#!/usr/bin/env node
const { main } = await import("../src/cli/index.js");
main(process.argv).catch((e: unknown) => {
  process.stderr.write(`kehoach: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
