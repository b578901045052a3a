#!/usr/bin/env node
/**
 * `npm start`: run the add-in for development.
 * - Excel desktop installed (Windows / macOS): office-addin-dev-certs installs its development
 *   certificate (the system asks the user to trust it; Excel desktop accepts no other), then
 *   office-addin-debugging starts the dev server and sideloads manifest.xml into Excel.
 * - Otherwise (Linux, or no Excel): build the browser workbench (one page, a couple of seconds
 *   with esbuild) and serve it on http://127.0.0.1:3001/, printing that URL: the product works
 *   with nothing but a browser. No Excel is never an error.
 * - --web: build the add-in in development mode and serve it over HTTPS on localhost:3000
 *   (webpack-dev-server), and print how to sideload into Excel on the web.
 *
 * Options: --dry-run (print the plan, start nothing), --json (the plan as JSON), --web, --platform
 * <p> and --excel <path> (override detection; CERTDESK_EXCEL does the same as --excel).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { argsOrExit, isMainScript, readArgs } from "./script-args.mjs";

const require = createRequire(import.meta.url);
const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { DEV_URL } = require("./addin-build.cjs");
const PORT = new URL(DEV_URL).port;
const WORKBENCH_PORT = "3001";
const WORKBENCH_URL = `http://127.0.0.1:${WORKBENCH_PORT}/`;

/** Where Excel desktop usually lives (Click-to-Run and MSI installs on Windows; the app on macOS). */
export function excelCandidates(platform, env = process.env) {
  if (platform === "darwin") return ["/Applications/Microsoft Excel.app"];
  if (platform !== "win32") return [];
  const roots = [env.ProgramFiles, env["ProgramFiles(x86)"]].filter(Boolean);
  return roots.flatMap((root) => [
    join(root, "Microsoft Office", "root", "Office16", "EXCEL.EXE"),
    join(root, "Microsoft Office", "Office16", "EXCEL.EXE"),
  ]);
}

export function findExcel(platform, override, env = process.env, exists = existsSync) {
  if (override) return exists(override) ? override : null;
  return excelCandidates(platform, env).find((p) => exists(p)) ?? null;
}

function binOf(pkg, name) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, "utf8"));
  return join(dirname(manifestPath), typeof bin === "string" ? bin : bin[name]);
}

/** What `npm start` will do, as data: printed by --dry-run, executed otherwise. */
export function plan({
  platform = process.platform,
  excel = null,
  web = false,
  projectDir = PROJECT_DIR,
} = {}) {
  const manifest = join(projectDir, "manifest.xml");
  const webpack = [process.execPath, binOf("webpack-cli", "webpack-cli"), "serve", "--mode", "development"];
  if (excel) {
    return {
      mode: "desktop",
      platform,
      excel,
      manifest,
      url: DEV_URL,
      commands: [
        [process.execPath, binOf("office-addin-dev-certs", "office-addin-dev-certs"), "install"],
        [
          process.execPath,
          binOf("office-addin-debugging", "office-addin-debugging"),
          "start",
          manifest,
          "desktop",
          "--app",
          "excel",
          "--dev-server",
          webpack.map((a) => `"${a}"`).join(" "),
          "--dev-server-port",
          PORT,
        ],
      ],
      instructions: [
        `Excel: ${excel}`,
        "office-addin-debugging 将启动开发服务器并把加载项旁加载到 Excel / starts the dev server and sideloads the add-in into Excel.",
      ],
    };
  }
  if (!web) {
    return {
      mode: "workbench",
      platform,
      excel: null,
      manifest,
      url: WORKBENCH_URL,
      commands: [
        [
          process.execPath,
          join(projectDir, "scripts", "build-workbench.mjs"),
          "--serve",
          "--port",
          WORKBENCH_PORT,
        ],
      ],
      instructions: [
        `未找到 Excel 桌面版：启动浏览器工作台 ${WORKBENCH_URL} / No Excel desktop found: serving the browser workbench at ${WORKBENCH_URL}`,
        "在浏览器中打开该地址，拖入 .xlsx 工作簿即可校验、计算审核时间 / open it in a browser and drop an .xlsx workbook on it",
        "要在 Excel 网页版中旁加载加载项，请运行 npm start -- --web / to sideload the add-in into Excel on the web, run npm start -- --web",
      ],
    };
  }
  return {
    mode: "web",
    platform,
    excel: null,
    manifest,
    url: DEV_URL,
    commands: [webpack],
    instructions: [
      `未找到 Excel 桌面版，改为在 ${DEV_URL} 提供开发版本 / No Excel desktop found: serving the development build at ${DEV_URL}`,
      `清单 / manifest: ${manifest}`,
      "在 Excel 网页版中旁加载 / To sideload into Excel on the web:",
      "  1. 打开 Excel 网页版中的一个工作簿 / open a workbook in Excel on the web",
      "  2. 插入 → 加载项 → 上传我的加载项 / Insert → Add-ins → Upload My Add-in",
      `  3. 选择 ${manifest} / choose that manifest.xml`,
      `  4. 开始 → 打开认证工作台；单元格中输入 =CERT.AUDITDAYS(180,"高","初次") / Home → Open CertDesk; try =CERT.AUDITDAYS(180,"high","initial")`,
      "浏览器须信任开发证书（见服务器输出的证书说明）/ the browser must trust the development certificate (see the note printed by the server).",
    ],
  };
}

function parseArgs(argv) {
  const options = {
    dryRun: false,
    json: false,
    web: false,
    platform: process.platform,
    excel: process.env.CERTDESK_EXCEL || null,
  };
  const given = readArgs(argv, {
    switches: { "--dry-run": "dryRun", "--json": "json", "--web": "web" },
    valued: { "--platform": "platform", "--excel": "excel" },
    hint: "--dry-run, --json, --web, --platform <p>, --excel <path>",
  });
  return { ...options, ...given };
}

function main() {
  const options = argsOrExit(parseArgs);
  const excel = findExcel(options.platform, options.excel);
  const steps = plan({ platform: options.platform, excel, web: options.web });
  if (options.json) console.log(JSON.stringify(steps, null, 2));
  else for (const line of steps.instructions) console.log(line);
  if (options.dryRun) {
    if (!options.json) for (const command of steps.commands) console.log(`(dry run) ${command.join(" ")}`);
    return;
  }
  runInOrder(steps.commands);
}

/** Runs the commands one after another; stops at the first that fails, exiting with its status. */
function runInOrder([first, ...rest]) {
  if (!first) return;
  const [file, ...args] = first;
  const child = spawn(file, args, { stdio: "inherit", cwd: PROJECT_DIR });
  const forward = (signal) => child.kill(signal);
  process.on("SIGINT", forward).on("SIGTERM", forward);
  child.on("exit", (code, signal) => {
    process.off("SIGINT", forward).off("SIGTERM", forward);
    if (code === 0 && rest.length > 0) runInOrder(rest);
    else process.exit(code ?? (signal ? 1 : 0));
  });
}

if (isMainScript(import.meta.url)) main();
