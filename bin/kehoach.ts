#!/usr/bin/env node
// The only thing done before the command's own module loads: nothing else is imported here.
const { main } = await import("../src/cli/index.js");
const { reportError } = await import("../src/log.js");
main(process.argv).catch((e: unknown) => {
  reportError(e);
  process.exitCode = 1;
});
