import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

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
    // The CLI shares code with the add-in only through core/.
    files: ["cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/addin/**"],
              message: "cli/ must not import the add-in; move shared pure code to core/",
            },
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
