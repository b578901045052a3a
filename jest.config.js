/** Two projects: the pure core and CLI run in node; task-pane components run in jsdom. */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];
const common = {
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  setupFiles: ["<rootDir>/test/setup-fast-check.ts"],
};
module.exports = {
  // Many suites start the CLI or LibreOffice as child processes; on a loaded 2-core machine one such
  // start can take seconds, so jest's 5 s default would fail on load, not on a wrong result.
  // (A global option: jest ignores it inside `projects`.)
  testTimeout: 120_000,
  globalSetup: "<rootDir>/test/build-cli.cjs",
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup-dom.ts"],
    },
  ],
};
