import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // messages, help and tables in English whatever the machine's locale (the Vietnamese
    // interface has its own tests, which ask for it)
    env: { KEHOACH_LANG: "en" },
  },
});
