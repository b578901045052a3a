/**
 * Builds the Excel add-in into dist/ (`npm run build`, production) or serves it over HTTPS on
 * localhost:3000 (`webpack serve --mode development`, used by `npm start`).
 *
 * One page, one shared runtime (manifest.xml <Runtimes lifetime="long">): taskpane.html loads
 * office.js, then functions.js (the CERT custom functions) and taskpane.js (the React pane).
 * CustomFunctionsMetadataPlugin generates functions.json from the JSDoc in functions.ts and its
 * loader appends one CustomFunctions.associate(id, fn) per function to that file.
 *
 * Environment (production): CERTDESK_URL — where dist/ will be served (default
 * https://localhost:3000/), written into the copied manifest; CERTDESK_OFFICE_JS_URL — office.js
 * from elsewhere (e.g. Microsoft's CDN for a store build) instead of the local copy. Development
 * (CERTDESK_SKIP_OFFICE_JS=1 skips copying office.js, for quick test builds).
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const build = require("./scripts/addin-build.cjs");

const FUNCTIONS_SOURCE = "./addin/functions/functions.ts";
const OFFICE_JS_SOURCE = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
/** exceljs's browser build without polyfills; only the workbench's worker loads it. */
const EXCELJS_BROWSER = require.resolve("exceljs/dist/exceljs.bare.min.js");

/** Puts the office.js <script> first in <head>, before the bundles, as office.js requires. */
class OfficeJsTagPlugin {
  constructor(src) {
    this.src = src;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap("OfficeJsTagPlugin", (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).alterAssetTagGroups.tap(
        "OfficeJsTagPlugin",
        (groups) => {
          const tag = HtmlWebpackPlugin.createHtmlTagObject("script", { src: this.src });
          const firstScript = groups.headTags.findIndex((t) => t.tagName === "script");
          groups.headTags.splice(firstScript < 0 ? groups.headTags.length : firstScript, 0, tag);
          return groups;
        },
      );
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = build.addinBaseUrl(dev ? build.DEV_URL : process.env.CERTDESK_URL);
  const officeJs = build.officeJsUrl(process.env.CERTDESK_OFFICE_JS_URL);
  const copyOfficeJs = officeJs === build.LOCAL_OFFICE_JS && process.env.CERTDESK_SKIP_OFFICE_JS !== "1";

  let https;
  if (serving) {
    const { devCertificates, trustHint } = await import("./scripts/dev-certs.mjs");
    const certs = await devCertificates();
    console.log(trustHint(certs));
    https = { key: certs.key, cert: certs.cert, ca: certs.ca };
  }

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: "./addin/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Every file sits beside taskpane.html: chunks load relative to the page (no run-time guess
      // from document.currentScript, which the custom-functions test context does not have).
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      alias: { exceljs$: EXCELJS_BROWSER },
    },
    // Shared runtime = one page: the core, zod and the calendar and division data that both
    // functions.js and taskpane.js use go in one chunk the page loads once (issue 9: ≤ 1.05 MB).
    // The workbench (outside Office only) and its worker are chunks of their own, loaded on demand.
    optimization: {
      runtimeChunk: { name: "runtime" },
      splitChunks: {
        cacheGroups: {
          shared: { name: "shared", chunks: "initial", minChunks: 2, minSize: 0, priority: 10, enforce: true },
        },
      },
    },
    module: {
      rules: [
        // The workbench's bundled example, inlined: the page fetches nothing.
        { test: /\.xlsx$/, type: "asset/inline" },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic", development: dev } },
                target: "es2020",
              },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./addin/taskpane/taskpane.html",
        chunks: ["runtime", "shared", "functions", "taskpane"],
        chunksSortMode: "manual",
        meta: {
          "Content-Security-Policy": {
            "http-equiv": "Content-Security-Policy",
            content: build.contentSecurityPolicy({
              officeJs,
              devSocket: serving ? `wss://localhost:${new URL(build.DEV_URL).port}` : undefined,
            }),
          },
        },
      }),
      new OfficeJsTagPlugin(officeJs),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "addin/functions/functions-zh-cn.json", to: "functions-zh-cn.json" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : build.rewriteManifest(content.toString(), baseUrl)),
          },
          ...(copyOfficeJs
            ? build.OFFICE_JS_FILES.map((pattern) => ({
                from: pattern,
                context: OFFICE_JS_SOURCE,
                to: `${build.OFFICE_JS_DIR}/`,
                globOptions: { ignore: ["**/*.debug.js"] },
              }))
            : []),
        ],
      }),
    ],
    devServer: {
      // Excel on the web fetches functions.json from its own origin, so the metadata needs CORS.
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: https },
      port: Number(new URL(build.DEV_URL).port),
      hot: false,
      liveReload: true,
      client: { overlay: false },
    },
  };
};
