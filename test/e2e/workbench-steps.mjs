/**
 * What a clerk does in the workbench, as steps the browser tests run against the served add-in
 * page (outside Office) and against the single file opened from disk alike.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ROOT } from "./serve-dist.mjs";

export const EXAMPLE = join(ROOT, "examples", "monthly-2026-10.xlsx");
export const RESULTS = join(ROOT, "test-results");
export const MONTHLY = "获证组织基本信息月报";
const MARK_ERROR = "rgb(255, 199, 206)"; // MARK_FILLS.error #FFC7CE

export async function screenshot(page, name) {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: false });
}

export async function exampleOpened(page) {
  await page.getByTestId("file-name").getByText("monthly-2026-10.xlsx（示例）").waitFor({ timeout: 60_000 });
  await page.getByRole("tab", { name: MONTHLY }).waitFor({ timeout: 30_000 });
  await page.getByRole("gridcell", { name: "组织名称" }).first().waitFor({ timeout: 30_000 });
}

export async function openPane(page, name) {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.getByRole("tab", { name, exact: true, selected: true }).waitFor({ timeout: 5_000 });
}

/** Validates the open workbook; returns the verdict text. */
export async function validate(page) {
  await openPane(page, "报表校验");
  const start = page.getByRole("button", { name: "开始校验" });
  await page.waitForFunction(
    () => [...document.querySelectorAll("button")].some((b) => b.textContent === "开始校验" && !b.disabled),
    null,
    { timeout: 30_000 },
  );
  await start.click();
  const results = page.getByRole("region", { name: "校验结果", exact: true });
  await results.waitFor({ timeout: 60_000 });
  return results.innerText();
}

/** Clicks the first finding that names a cell; returns its sheet and address as the grid shows them. */
export async function selectFirstFinding(page) {
  // Errors are listed open; the first one that names a cell.
  const finding = page.locator('details[open] button[title^="定位到「"]').first();
  const title = await finding.getAttribute("title");
  const [, sheet, address] = /定位到「(.+)」(\S+)/.exec(title ?? "") ?? [];
  assert.ok(sheet && address, `finding without a target: ${title}`);
  await finding.click();
  await page
    .getByTestId("grid-selection")
    .getByText(`已选「${sheet}」${address}`)
    .waitFor({ timeout: 10_000 });
  return { sheet, address: address.split(":")[0] };
}

export async function cellFill(page, address) {
  const cell = page.locator(`[role=gridcell][data-cell="${address}"]`);
  await cell.waitFor({ timeout: 10_000 });
  return cell.evaluate((el) => getComputedStyle(el).backgroundColor);
}

export async function markAndClear(page, address) {
  const before = await cellFill(page, address);
  await page.getByRole("button", { name: "标记", exact: true }).click();
  await page.getByText(/已标记 \d+ 个单元格/).waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    ([a, color]) => getComputedStyle(document.querySelector(`[data-cell="${a}"]`)).backgroundColor === color,
    [address, MARK_ERROR],
    { timeout: 10_000 },
  );
  await page.getByRole("button", { name: "清除标记" }).click();
  await page.getByText(/已恢复 \d+ 个单元格原来的填充色/).waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    ([a, color]) => getComputedStyle(document.querySelector(`[data-cell="${a}"]`)).backgroundColor === color,
    [address, before],
    { timeout: 10_000 },
  );
  return before;
}

/**
 * Clicks `button`, which should end in a download, and returns the download. `notices` are the
 * messages the action shows (its success or its failure). When no download comes, the test fails
 * with what the page showed — the notices, whether the button is still busy — rather than a bare
 * timeout. A click that left no trace at all (no busy button, no notice, no download after 10 s)
 * is taken as lost and given once more, with a line in the log saying so; a click that started
 * the action is never repeated, so a second download cannot hide a first that failed.
 */
export async function downloadAfter(page, button, notices) {
  let arrived = false;
  const download = page.waitForEvent("download", { timeout: 90_000 }).then((d) => {
    arrived = true;
    return d;
  });
  download.catch(() => {});
  await button.click();
  const started = async () => arrived || (await notices.count()) > 0 || (await button.isDisabled());
  const until = Date.now() + 10_000;
  while (!(await started()) && Date.now() < until) await page.waitForTimeout(200);
  if (!(await started())) {
    console.log(`# the click on the button did not start anything in 10 s; clicking once more`);
    await button.click();
  }
  const failure = notices
    .and(page.locator('[data-intent="error"]'))
    .first()
    .waitFor({ timeout: 90_000 })
    .then(async () => {
      throw new Error(`the action failed instead of downloading: ${await notices.allInnerTexts()}`);
    });
  failure.catch(() => {});
  try {
    return await Promise.race([download, failure]);
  } catch (error) {
    const shown = await notices.allInnerTexts().catch(() => []);
    const busy = await button.isDisabled().catch(() => null);
    throw new Error(
      `no download: ${error.message}; notices ${JSON.stringify(shown)}; button disabled ${busy}`,
    );
  }
}

/** Marks, downloads the workbook and re-reads it with exceljs in Node. */
export async function markAndDownload(page, dir) {
  await page.getByRole("button", { name: "标记", exact: true }).click();
  await page.getByText(/已标记 \d+ 个单元格/).waitFor({ timeout: 30_000 });
  const download = await downloadAfter(
    page,
    page.getByRole("button", { name: "下载工作簿" }),
    page.locator("[data-intent]").filter({ hasText: /下载/ }),
  );
  assert.equal(download.suggestedFilename(), "monthly-2026-10-标注.xlsx");
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file));
  return workbook;
}

export async function example() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(EXAMPLE));
  return workbook;
}

export async function auditDays(page) {
  await openPane(page, "审核时间");
  await page.getByLabel("有效人数").fill("180");
  await page.getByLabel("风险等级或业务范围代码").fill("高");
  const result = page.getByRole("region", { name: "计算结果" });
  await result.getByText("10 人日", { exact: true }).waitFor({ timeout: 10_000 });
  return page.getByTestId("audit-record").innerText();
}
