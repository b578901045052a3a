/**
 * The product without Excel, in Debian's Chromium (issue 11 items 1, 2, 4, 5; issue 9's size):
 * the add-in page opened outside Office is the workbench — it opens the example, validates, selects
 * findings in the grid, marks and clears exactly, computes audit days, downloads the annotated
 * workbook (re-read here with exceljs), refuses bad files keeping what was open, and never freezes;
 * then the single file does the same from file:// with the network off; the keyboard alone
 * reaches every main action; 320 px fits. No request leaves the page's origin during the run.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, test } from "node:test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, ROOT, buildAddin, buildSingleFile, serve } from "./serve-dist.mjs";
import {
  EXAMPLE,
  MONTHLY,
  auditDays,
  cellFill,
  downloadAfter,
  example,
  exampleOpened,
  markAndClear,
  markAndDownload,
  screenshot,
  selectFirstFinding,
  validate,
} from "./workbench-steps.mjs";

/**
 * Issue 9: what Excel's page loads, office.js aside. The "1.44 MB today" is the size in
 * MiB (taskpane.js + functions.js before the shared chunk: about 1 510 000 bytes = 1.44 MiB), so
 * the limit is read in the same unit: 1.05 MiB.
 */
const PAGE_JS_LIMIT = Math.round(1.05 * 1024 * 1024);

let dist;
let singleFile;
let server;
let browser;
const work = mkdtempSync(join(tmpdir(), "certdesk-e2e-files-"));
const requests = [];

function watch(page) {
  page.on("request", (r) => requests.push({ page: page.url(), url: r.url() }));
  page.on("pageerror", (e) => requests.push({ page: page.url(), url: `pageerror:${e.message}` }));
}

async function newPage(width, height, options = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: "zh-CN",
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  watch(page);
  return page;
}

before(async () => {
  dist = buildAddin();
  singleFile = buildSingleFile();
  server = await serve(dist);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("issue 9: the task pane page loads at most 1.05 MB of JavaScript (office.js aside), the core once", () => {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !src.startsWith("office-js/"));
  assert.deepEqual(scripts, ["runtime.js", "shared.js", "functions.js", "taskpane.js"]);
  const bytes = scripts.reduce((n, src) => n + statSync(join(dist, src)).size, 0);
  const mib = (n) => (n / 1024 / 1024).toFixed(3);
  console.log(
    `task pane JavaScript: ${bytes} bytes = ${mib(bytes)} MiB (limit ${mib(PAGE_JS_LIMIT)} MiB); single file: ${mib(statSync(singleFile).size)} MiB`,
  );
  assert.ok(bytes <= PAGE_JS_LIMIT, `${bytes} bytes of JavaScript > ${PAGE_JS_LIMIT}`);
});

describe("the add-in page outside Office is the workbench", () => {
  let page;
  before(async () => {
    page = await newPage(1280, 900);
    await page.goto(`${server.origin}/taskpane.html`);
    await exampleOpened(page);
  });

  test("opens the bundled example and shows its sheets in the grid", async () => {
    assert.equal(await page.getByRole("tab", { name: "审核组成员" }).count(), 1);
    assert.match(
      await page.getByRole("status").first().innerText(),
      /报表工作表 获证组织基本信息月报、审核组成员/,
    );
    await screenshot(page, "workbench-example");
  });

  test("validation: 不可上报 with findings; a finding selects its cell in the grid", async () => {
    const text = await validate(page);
    assert.match(text, /不可上报/);
    const { sheet, address } = await selectFirstFinding(page);
    assert.equal(await page.getByRole("tab", { name: sheet, selected: true }).count(), 1);
    assert.equal(await page.locator(`[data-cell="${address}"]`).getAttribute("aria-selected"), "true");
    await screenshot(page, "workbench-findings");
  });

  test("标记 paints the finding's cell, 清除标记 restores it exactly", async () => {
    const { address } = await selectFirstFinding(page);
    assert.equal(await markAndClear(page, address), "rgba(0, 0, 0, 0)");
  });

  test("the annotated workbook downloads, re-opens in exceljs with the marks and unchanged values", async () => {
    const { sheet, address } = await selectFirstFinding(page);
    const annotated = await markAndDownload(page, work);
    const original = await example();
    assert.deepEqual(annotated.getWorksheet(sheet).getCell(address).fill, {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFC7CE" },
    });
    for (const ws of original.worksheets)
      assert.deepEqual(annotated.getWorksheet(ws.name).getSheetValues(), ws.getSheetValues(), ws.name);
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByText(/已恢复 \d+ 个单元格原来的填充色/).waitFor({ timeout: 30_000 });
  });

  test("audit days: 180 people, high risk, initial → 10 人日 with its record", async () => {
    assert.match(await auditDays(page), /有效人数 180 → 附录B 176–275 人 → 9 人日/);
  });

  test("the rules pane's 下载演示工作簿 downloads only the demo sheets, with the chart", async () => {
    await page.getByRole("tab", { name: "规则", exact: true }).click();
    await page.getByRole("button", { name: "演示工作簿", exact: true }).click();
    const button = page.getByRole("button", { name: "下载演示工作簿" });
    await button.waitFor({ timeout: 10_000 });
    // The action's notices sit beside its button, in the same section.
    const download = await downloadAfter(
      page,
      button,
      button.locator("xpath=../..").locator("[data-intent]"),
    );
    const file = join(work, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = readFileSync(file);
    const demo = new ExcelJS.Workbook();
    await demo.xlsx.load(bytes);
    assert.ok(demo.worksheets.length >= 2, demo.worksheets.map((w) => w.name).join());
    assert.equal(demo.getWorksheet(MONTHLY), undefined);
    const zip = await JSZip.loadAsync(bytes);
    assert.ok(
      Object.keys(zip.files).some((name) => /^xl\/charts\/chart\d+\.xml$/.test(name)),
      "no chart part",
    );
    await screenshot(page, "workbench-rules");
  });

  test("a workbook in CNCA's upload layout opens, is recognised and validates with the template's items", async (t) => {
    const cnca = join(ROOT, "examples", "cnca-2016-mistakes.xlsx");
    if (!existsSync(cnca)) {
      t.skip("examples/cnca-2016-mistakes.xlsx not here yet (cnca-io adds it)");
      return;
    }
    await openFile(page, "cnca-2016-mistakes.xlsx", readFileSync(cnca));
    await page
      .getByText(/已打开「cnca-2016-mistakes\.xlsx」：报表工作表 .*证书信息表/)
      .waitFor({ timeout: 60_000 });
    const text = await validate(page);
    assert.match(text, /不可上报/);
    assert.match(text, /依据 CNCA 模版 证书信息表 第 \d+ 项/);
    await screenshot(page, "workbench-cnca");
  });

  for (const [name, bytes, expected] of [
    ["名单.xlsx", () => Buffer.from("名称,人数\n甲,3\n"), /不是 \.xlsx 工作簿/],
    [
      "旧报表.xls",
      () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]),
      /旧版 \.xls/,
    ],
    ["加密.xlsx", encryptedLike, /设有打开密码/],
    ["损坏.xlsx", () => readFileSync(EXAMPLE).subarray(0, 9000), /文件已损坏/],
    ["空.xlsx", () => Buffer.alloc(0), /0 字节/],
  ])
    test(`a bad file (${name}) gets a notice and the open workbook stays`, async () => {
      const kept = await page.getByTestId("file-name").innerText();
      await openFile(page, name, bytes());
      const alert = page.getByRole("alert").filter({ hasText: `无法打开「${name}」` });
      await alert.waitFor({ timeout: 30_000 });
      assert.match(await alert.innerText(), expected);
      assert.equal(await page.getByTestId("file-name").innerText(), kept);
    });

  test("a workbook with no report sheets opens with a warning naming its sheets", async () => {
    await openFile(page, "说明.xlsx", await workbookOf({ 说明: [["本工作簿只有说明文字"]] }));
    await page.getByText(/没有识别出报表工作表（说明）/).waitFor({ timeout: 30_000 });
  });

  test("100 000 rows: a progress bar while the worker reads, the page keeps drawing, then the grid", async () => {
    const big = await bigWorkbook(100_000);
    await openFile(page, "十万行.xlsx", big, false);
    await page.getByRole("progressbar").waitFor({ timeout: 30_000 });
    await screenshot(page, "workbench-progress");
    // The page is not frozen while the worker reads: animation frames keep coming.
    const frames = await page.evaluate(
      () =>
        new Promise((resolve) => {
          let n = 0;
          const started = performance.now();
          const tick = () =>
            performance.now() - started > 500 ? resolve(n) : (n++, requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        }),
    );
    assert.ok(frames >= 5, `only ${frames} frames in 500 ms`);
    await page.getByTestId("file-name").getByText("十万行.xlsx").waitFor({ timeout: 240_000 });
    await page.getByTestId("grid-selection").getByText("100001 行").waitFor({ timeout: 30_000 });
  });
});

describe("keyboard only", () => {
  test("tabs, validation, a finding, mark, clear and download without a mouse", async () => {
    const page = await newPage(1280, 900);
    await page.goto(`${server.origin}/taskpane.html`);
    await exampleOpened(page);
    await tabTo(page, (el) => el.role === "tab" && el.text === "审核时间");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("tab", { name: "报表校验", selected: true }).waitFor({ timeout: 5_000 });
    await page.waitForFunction(() =>
      [...document.querySelectorAll("button")].some((b) => b.textContent === "开始校验" && !b.disabled),
    );
    await tabTo(page, (el) => el.text === "开始校验");
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: "校验结果", exact: true }).waitFor({ timeout: 60_000 });
    await tabTo(page, (el) => el.title.startsWith("定位到「"));
    await page.keyboard.press("Enter");
    await page
      .getByTestId("grid-selection")
      .getByText(/已选「/)
      .waitFor({ timeout: 10_000 });
    await tabTo(page, (el) => el.text === "标记");
    await page.keyboard.press("Enter");
    await page.getByText(/已标记 \d+ 个单元格/).waitFor({ timeout: 30_000 });
    await tabTo(page, (el) => el.text === "清除标记");
    await page.keyboard.press("Enter");
    await page.getByText(/已恢复 \d+ 个单元格/).waitFor({ timeout: 30_000 });
    await tabTo(page, (el) => el.text === "下载工作簿", true);
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.keyboard.press("Enter"),
    ]);
    assert.equal(download.suggestedFilename(), "monthly-2026-10-标注.xlsx");
    // The grid: arrow keys move the selection.
    await tabTo(page, (el) => el.role === "grid");
    await page.keyboard.press("ArrowDown");
    await page
      .getByTestId("grid-selection")
      .getByText(/已选「.+」[A-Z]+\d+/)
      .waitFor({ timeout: 5_000 });
    await page.context().close();
  });

  test("every control has a name", async () => {
    const page = await newPage(1280, 900);
    await page.goto(`${server.origin}/taskpane.html`);
    await exampleOpened(page);
    await validate(page);
    const unnamed = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          "button, input, select, textarea, [role=tab], [role=grid], [role=combobox]",
        ),
      ]
        .filter((el) => !el.closest("[hidden]") && el.getAttribute("type") !== "hidden")
        .filter((el) => {
          const labelled =
            el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || el.getAttribute("title");
          const byLabel = el.id && document.querySelector(`label[for="${el.id}"]`);
          return !(labelled || byLabel || (el.textContent ?? "").trim());
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    assert.deepEqual(unnamed, []);
    await page.context().close();
  });
});

describe("320 px wide", () => {
  test("no sideways scrolling, tab bar on one line, the audit-time result visible without scrolling", async () => {
    const page = await newPage(320, 700);
    await page.goto(`${server.origin}/taskpane.html`);
    await exampleOpened(page);
    await page.getByLabel("有效人数").fill("180");
    await page.getByLabel("风险等级或业务范围代码").fill("高");
    const result = page.getByRole("region", { name: "计算结果" }).getByText("10 人日", { exact: true });
    await result.waitFor({ timeout: 10_000 });
    await screenshot(page, "workbench-320");
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(widths.scroll <= widths.client, `page is ${widths.scroll}px wide in ${widths.client}px`);
    const tops = await page
      .getByRole("tab", { name: "审核时间" })
      .evaluate((tab) =>
        [...tab.closest("[role=tablist]").querySelectorAll("[role=tab]")].map((t) =>
          Math.round(t.getBoundingClientRect().top),
        ),
      );
    assert.equal(new Set(tops).size, 1, `pane tabs on ${new Set(tops).size} lines: ${tops}`);
    const box = await result.boundingBox();
    assert.ok(box && box.y + box.height <= 700, `result at ${box?.y}px, below the 700px fold`);
    await page.context().close();
  });
});

describe("the single file from disk, network off", () => {
  test("opens the example, validates, marks and clears, computes, downloads — requesting nothing", async () => {
    const page = await newPage(1280, 900, { offline: true });
    await page.goto(pathToFileURL(singleFile).href);
    await exampleOpened(page);
    assert.match(await validate(page), /不可上报/);
    const { address } = await selectFirstFinding(page);
    await markAndClear(page, address);
    const annotated = await markAndDownload(page, mkdtempSync(join(tmpdir(), "certdesk-one-dl-")));
    assert.equal(annotated.getWorksheet(MONTHLY).getCell(address).value !== undefined, true);
    assert.match(await auditDays(page), /→ 9 人日/);
    await screenshot(page, "single-file");
    const own = requests.filter((r) => r.page.startsWith("file:"));
    const foreign = own.filter((r) => !/^(file|blob|data):/.test(r.url));
    assert.deepEqual(foreign, []);
    assert.equal(await cellFill(page, address), "rgb(255, 199, 206)");
    await page.context().close();
  });
});

test("no request left the page's origin during the whole run, and no page error", () => {
  const bad = requests.filter(
    ({ url }) =>
      url.startsWith("pageerror:") ||
      !(
        url.startsWith(server.origin) ||
        url.startsWith("data:") ||
        url.startsWith("blob:") ||
        url.startsWith("file:")
      ),
  );
  assert.deepEqual(bad, []);
  assert.ok(requests.length > 0);
});

// ── helpers ──────────────────────────────────────────────────────────────────────────────

async function openFile(page, name, bytes, wait = true) {
  const file = join(work, name);
  writeFileSync(file, bytes);
  await page.getByTestId("file-input").setInputFiles(file);
  if (wait)
    await page.waitForFunction(() => !document.querySelector("[role=progressbar]"), null, {
      timeout: 120_000,
    });
}

/** Presses Tab until the focused element matches (Shift+Tab when `back`); fails after 400 presses. */
async function tabTo(page, matches, back = false) {
  const source = `(${matches.toString()})`;
  for (let i = 0; i < 400; i++) {
    const hit = await page.evaluate((fn) => {
      const el = document.activeElement;
      if (!el) return false;
      const info = {
        role: el.getAttribute("role") ?? "",
        text: (el.textContent ?? "").trim(),
        title: el.getAttribute("title") ?? "",
      };
      return (0, eval)(fn)(info);
    }, source);
    if (hit) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${source}`);
}

async function workbookOf(sheets) {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An OLE2 container holding an EncryptedPackage stream: how Excel stores a password-protected .xlsx. */
function encryptedLike() {
  const bytes = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  Buffer.from("EncryptedPackage", "utf16le").copy(bytes, 512);
  return bytes;
}

async function bigWorkbook(rows) {
  const file = join(work, "big-source.xlsx");
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = writer.addWorksheet(MONTHLY);
  // Nine columns: 900 000 cells, under the workbench's 1 000 000 (wider files get a notice; jest tests that).
  const header = [
    "组织名称",
    "统一社会信用代码",
    "证书编号",
    "颁证日期",
    "证书到期日期",
    "行政区划代码",
    "有效人数",
    "风险等级",
    "备注",
  ];
  sheet.addRow(header).commit();
  for (let r = 0; r < rows; r++)
    sheet.addRow(header.map((h, c) => (c === 6 ? r % 300 : `${h}${r % 97}`))).commit();
  await writer.commit();
  return readFileSync(file);
}
