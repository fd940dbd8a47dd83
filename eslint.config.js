// eslint (flat config) with typescript-eslint's recommended rules, without type information so
// that it stays fast (npm run lint). Run by `npm test`.
import js from "@eslint/js";
import stylistic from "@stylistic/eslint-plugin";
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
    // the format (issue 10): @stylistic's rules the code as written already keeps, so that `npm run
    // format` (eslint --fix) formats a change and `npm run lint` refuses one that breaks them. Chosen by
    // measuring each rule over the code: all of these held but for 38 lines of indent and 14 of
    // blank lines, end-of-file newlines and quotes, fixed when they were adopted. Left out, because the
    // code does not keep them and reformatting would rewrite hundreds of lines other sessions edit:
    // quote-props (136), operator-linebreak (95), max-statements-per-line, brace-style (one-line
    // `} else {` breaks), space-in-parens (`for (…; )`), function-call-argument-newline, max-len.
    files: ["**/*.ts"],
    plugins: { "@stylistic": stylistic },
    rules: {
      "@stylistic/indent": ["error", 2, { SwitchCase: 1, flatTernaryExpressions: true, offsetTernaryExpressions: true }],
      "@stylistic/quotes": ["error", "double", { avoidEscape: true, allowTemplateLiterals: "always" }],
      "@stylistic/semi": ["error", "always"],
      "@stylistic/comma-dangle": ["error", "always-multiline"],
      "@stylistic/no-trailing-spaces": "error",
      "@stylistic/eol-last": "error",
      "@stylistic/no-multiple-empty-lines": ["error", { max: 2, maxEOF: 0, maxBOF: 0 }],
      "@stylistic/no-tabs": "error",
      "@stylistic/linebreak-style": ["error", "unix"],
      "@stylistic/comma-spacing": "error",
      "@stylistic/comma-style": "error",
      "@stylistic/key-spacing": "error",
      "@stylistic/keyword-spacing": "error",
      "@stylistic/space-infix-ops": "error",
      "@stylistic/space-unary-ops": "error",
      "@stylistic/space-before-blocks": "error",
      "@stylistic/space-before-function-paren": ["error", { anonymous: "always", named: "never", asyncArrow: "always" }],
      "@stylistic/arrow-spacing": "error",
      "@stylistic/arrow-parens": ["error", "always"],
      "@stylistic/computed-property-spacing": "error",
      "@stylistic/semi-spacing": "error",
      "@stylistic/block-spacing": "error",
      "@stylistic/padded-blocks": ["error", "never"],
      "@stylistic/type-annotation-spacing": "error",
      "@stylistic/member-delimiter-style": "error",
      "@stylistic/no-multi-spaces": "error",
      "@stylistic/function-call-spacing": "error",
      "@stylistic/no-whitespace-before-property": "error",
      "@stylistic/rest-spread-spacing": "error",
      "@stylistic/template-curly-spacing": "error",
      "@stylistic/generator-star-spacing": ["error", { before: false, after: true }],
      "@stylistic/switch-colon-spacing": "error",
      "@stylistic/spaced-comment": ["error", "always", { markers: ["/"] }],
      "@stylistic/dot-location": ["error", "property"],
      "@stylistic/new-parens": "error",
      "@stylistic/no-extra-semi": "error",
    },
  },
  {
    // example rows of the structure rule (957 lines, data): their nesting is aligned by hand (650
    // lines an indent rule would move) while the rules sessions add rows all through them
    files: ["rules/structure.examples.ts"],
    rules: { "@stylistic/indent": "off" },
  },
  {
    // example rows of the structure rule (957 lines, data): left whole while the rules sessions add
    // rows all through it; to be split by phenomenon (plans, tables, schedules, running text) in a
    // session where nobody else edits rules/
    files: ["rules/structure.examples.ts"],
    rules: { "max-lines": "off" },
  },
);
