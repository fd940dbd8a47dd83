#!/usr/bin/env node
import v8 from "node:v8";

// The rules are regex-heavy and each pattern runs on every item: compile regexes to
// native code at once instead of interpreting them first (V8's tier-up). Measured on
// the five seed texts: 1.0 s -> 0.7 s for the whole CLI run. Set before any rule module loads.
v8.setFlagsFromString("--no-regexp-tier-up");

const { main } = await import("../src/cli/index.js");
main(process.argv).catch((e: unknown) => {
  process.stderr.write(`kehoach: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
