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
    // a pattern compiled from a string goes through rules/vocab/pattern.ts regex(), which refuses
    // nested unbounded repetitions; src/text.ts builds the tone-folding pattern below rules/
    files: ["src/**/*.ts", "parsers/**/*.ts", "rules/**/*.ts", "bin/**/*.ts", "scripts/**/*.ts"],
    // (parsers/pdf/ocr.ts reads hOCR title attributes by a fixed key: no vocabulary, a bounded pattern)
    ignores: ["rules/vocab/pattern.ts", "src/text.ts", "parsers/pdf/ocr.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='RegExp']", message: "compile patterns with regex() from rules/vocab/pattern.ts" },
        { selector: "CallExpression[callee.name='RegExp']", message: "compile patterns with regex() from rules/vocab/pattern.ts" },
      ],
    },
  },
);
