/**
 * The task pane as a person sees it, in Debian's Chromium at the narrowest task-pane width
 * (320 px): it starts outside Excel, computes live, shows the calculation record, is navigable by
 * keyboard, never scrolls sideways, and requests nothing but its own origin (DOMAIN §13).
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, ROOT, buildAddin, serve } from "./serve-dist.mjs";

let server;
let browser;
let page;
const requests = [];

before(async () => {
  server = await serve(buildAddin());
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 320, height: 900 }, locale: "zh-CN" });
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByRole("heading", { name: "审核时间" }).waitFor({ timeout: 30_000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("computes 180 people, high risk, initial → 10 人日 with its record", async () => {
  await page.getByLabel("有效人数").fill("180");
  await page.getByLabel("风险等级或业务范围代码").fill("高");
  const result = page.getByRole("region", { name: "计算结果" });
  await result.getByText("10 人日", { exact: true }).waitFor({ timeout: 10_000 });
  const record = await page.getByTestId("audit-record").innerText();
  assert.match(record, /有效人数 180 → 附录B 176–275 人 → 9 人日；高风险 \+10% → 9\.9/);
});

test("a bad headcount shows the Chinese message, not a number", async () => {
  await page.getByLabel("有效人数").fill("0");
  await page.getByText(/有效人数「0」须大于 0/).waitFor({ timeout: 10_000 });
  await page.getByLabel("有效人数").fill("180");
});

test("fits 320 px without sideways scrolling", async () => {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(widths.scroll <= widths.client, `page is ${widths.scroll}px wide in a ${widths.client}px pane`);
  mkdirSync(`${ROOT}/test-results`, { recursive: true });
  await page.screenshot({ path: `${ROOT}/test-results/taskpane-320.png`, fullPage: true });
});

test("keyboard: arrow keys move between panes, Enter opens one", async () => {
  const first = page.getByRole("tab", { name: "审核时间" });
  await first.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByRole("tab", { name: "报表校验", selected: true }).waitFor({ timeout: 5_000 });
});

test("outside Excel the validation pane says so in Chinese instead of spinning", async () => {
  await page.getByText("未在 Excel 中运行：无法读写工作表。").waitFor({ timeout: 10_000 });
  await page.getByText("尚未读取到工作表").waitFor({ timeout: 5_000 });
  assert.equal(await page.getByText("Excel is not defined").count(), 0);
});

test("requests nothing outside its own origin", () => {
  const foreign = requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith("data:"));
  assert.deepEqual(foreign, []);
});
