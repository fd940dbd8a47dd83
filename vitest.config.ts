import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // the CLI's tests run dist/: build it first when a source is newer (a stale build must not pass)
    globalSetup: ["test/helpers/built.ts"],
    // messages, help and tables in English whatever the machine's locale (the Vietnamese
    // interface has its own tests, which ask for it)
    env: { KEHOACH_LANG: "en" },
  },
});
