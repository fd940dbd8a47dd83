// eslint (flat config) with typescript-eslint's recommended rules, without type information so
// that it stays fast (npm run lint). Run by `npm test`.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "fixtures/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly" },
    },
    rules: {
      // the parsers read bytes and legacy encodings: control characters in their patterns are meant
      "no-control-regex": "off",
      // "_name" says a value is left out on purpose ({ time: _time, ...rest })
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // a pattern compiled from a string goes through regex() (src/ground/regex.ts, re-exported by
    // rules/vocab/pattern.ts), which refuses nested unbounded repetitions; src/ground/text.ts builds
    // the tone-folding pattern from its own table
    files: ["src/**/*.ts", "parsers/**/*.ts", "rules/**/*.ts", "bin/**/*.ts", "scripts/**/*.ts"],
    // (parsers/pdf/ocr.ts reads hOCR title attributes by a fixed key: no vocabulary, a bounded pattern)
    ignores: ["src/ground/regex.ts", "src/ground/text.ts", "parsers/pdf/ocr.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='RegExp']", message: "compile patterns with regex() from src/ground/regex.ts (rules: rules/vocab/pattern.ts)" },
        { selector: "CallExpression[callee.name='RegExp']", message: "compile patterns with regex() from src/ground/regex.ts (rules: rules/vocab/pattern.ts)" },
      ],
    },
  },
  {
    // the shape of the code (issue 10): no source file over 500 lines, no function over 80, counted
    // as written (blank lines and comments too); `npm test` runs the linter
    files: ["src/**/*.ts", "parsers/**/*.ts", "rules/**/*.ts", "bin/**/*.ts", "scripts/**/*.ts", "schemas/**/*.ts"],
    rules: {
      "max-lines": ["error", { max: 500 }],
      "max-lines-per-function": ["error", { max: 80 }],
    },
  },
  {
    // example rows of the structure rule (957 lines, data): left whole while the rules sessions add
    // rows all through it; to be split by phenomenon (plans, tables, schedules, running text) in a
    // session where nobody else edits rules/
    files: ["rules/structure.examples.ts"],
    rules: { "max-lines": "off" },
  },
);
