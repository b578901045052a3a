import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

/**
 * addin/ and cli/ import the core only as `core` or `core/index` (any relative depth): a path into
 * one of core/'s folders or files is an internal (tests and bench/ may use those).
 */
const CORE_SURFACE_ONLY = {
  group: ["**/core/*", "**/core/*/**", "!**/core/index"],
  message:
    "import the core through core/index.ts (its public surface), not a file inside core/; add the name to core/index.ts if it is missing",
};

export default tseslint.config(
  { ignores: ["node_modules", "dist", "build", "coverage", "cli/build", ".certs", "test-results"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // STYLE.md trap: "${x}" in a plain string never shows the value.
      "no-template-curly-in-string": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    // Build scripts, configs and the CLI launcher run in Node.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs", "scripts/**", "bench/**", "cli/**", "test/**"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Adapters see the core only through its public surface.
    files: ["addin/**", "cli/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [CORE_SURFACE_ONLY] }] },
  },
  {
    // The CLI shares code with the add-in only through core/. (A later block replaces the rule for
    // the same files, so the core-surface pattern is repeated here.)
    files: ["cli/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/addin/**"],
              message: "cli/ must not import the add-in; move shared pure code to core/",
            },
            CORE_SURFACE_ONLY,
          ],
        },
      ],
    },
  },
  {
    // Browser tests hand callbacks to the page (page.evaluate), which run in the browser.
    files: ["test/e2e/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The core is pure: no Office, React or Node I/O (design card).
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "@fluentui/*", "office-*", "@microsoft/office-js"],
              message: "core/ must not touch Office or React",
            },
            { group: ["fs", "node:*", "path", "child_process", "exceljs"], message: "core/ must not do I/O" },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "core/ must not touch Office" },
        { name: "Office", message: "core/ must not touch Office" },
      ],
    },
  },
);
