/**
 * What the 年报统计YYYY sheet holds, as plain rows both writers put down the same way (the CLI's
 * `--out` workbook, the statistics pane): the four tables with Chinese names and totals, the
 * self-inspection counts, every finding with a link to its row, which checks ran, the merge, and
 * the chart over the province table. Pure data: the writers only place it.
 */
import { formatRange } from "../sheet/a1";
import type { ChartRequest } from "../xlsx-chart/spec";
import { reportTables } from "./report-tables";
import type { AnnualStatistics } from "./types";

export type PlanCell = string | number | null;

export interface PlanLink {
  /** 1-based row and column on the statistics sheet. */
  row: number;
  column: number;
  text: string;
  file: string;
  sheet: string;
  cell: string;
}

export interface StatsSheetPlan {
  name: string;
  rows: PlanCell[][];
  /** 1-based rows shown bold (titles and table headers). */
  bold: number[];
  links: PlanLink[];
  chart: ChartRequest;
  width: number;
}

const WIDTH = 6;
const SEVERITY: Readonly<Record<string, string>> = { error: "错误", warning: "警告", info: "提示" };

export function statsSheetName(year: number): string {
  return `年报统计${year}`;
}

export function statsSheetPlan(result: AnnualStatistics, profileId: string): StatsSheetPlan {
  const rows: PlanCell[][] = [];
  const bold: number[] = [];
  const links: PlanLink[] = [];
  const push = (...cells: PlanCell[]) => rows.push(cells);
  const title = (text: string) => {
    push(text);
    bold.push(rows.length);
  };
  const header = (...cells: PlanCell[]) => {
    push(...cells);
    bold.push(rows.length);
  };

  title(`认证机构获证组织信息分类统计年报 ${result.year} 年（数据截至 ${result.asOf}）`);
  push(
    "子证书不计入任何统计（000 4.3.5.2(1)）；有效证书不含暂停（004 7.2.3）；无法归类的证书单列并在下方检查中逐条列出。",
  );
  push();

  const tables = reportTables(result, profileId);
  title("一、证书状态（000 4.3.5.2）");
  header("状态", "证书数", "说明");
  for (const row of tables.status) push(row.label, row.count, row.note);
  push();

  title("二、有效证书按业务大类（000 4.3.5.2(3)：一张证书有多个大类的，每个大类各计一次）");
  header("代码", "业务大类", "有效证书数");
  for (const row of tables.scope.rows) push(row.code, row.name, row.count);
  push("合计", `（${tables.scope.totalNote}）`, tables.scope.total);
  push();

  title("三、有效证书按省份（000 4.3.5.2(4)：合计应等于有效证书总数）");
  header("代码", "省份", "有效证书数");
  const provinceHeader = rows.length;
  for (const row of tables.province.rows) push(row.code, row.name, row.count);
  const provinceLast = rows.length;
  push("合计", "", tables.province.total);
  push("核对", tables.province.check, tables.province.totalValid);
  push();

  title("四、有效证书按认证项目");
  header("认证项目", "有效证书数");
  for (const row of tables.scheme.rows) push(row.name, row.count);
  push("合计", tables.scheme.total);
  push();

  title("五、近年发放证书数和暂停、撤销、注销证书数（002 附件 一）");
  header("年度", "颁发", "暂停", "撤销", "注销");
  for (const y of tables.years) push(y.year, y.issued, y.suspended, y.withdrawn, y.cancelled);
  push();

  title(`六、自查检查结果（共 ${result.findings.length} 条）`);
  header("检查", "严重程度", "证书号", "位置", "说明", "依据");
  for (const f of result.findings) {
    push(
      f.id,
      SEVERITY[f.severity] ?? f.severity,
      f.certNo ?? "",
      f.cell ? `${f.sheet}!${f.cell}` : "",
      f.message,
      f.clause,
    );
    if (f.cell)
      links.push({
        row: rows.length,
        column: 4,
        text: `${f.sheet}!${f.cell}`,
        file: f.file,
        sheet: f.sheet,
        cell: f.cell,
      });
  }
  if (result.findings.length === 0) push("（无）");
  push();

  title("检查执行情况");
  header("检查", "依据", "是否执行", "发现数", "未执行原因");
  for (const run of result.checksRun)
    push(run.id, run.clause, run.ran ? "已执行" : "未执行", run.findings, run.reason ?? "");
  push();

  title("七、合并说明（同一证书以最新报告为准）");
  const m = result.merge;
  push(
    `读取 ${m.files} 个文件、${m.sheets} 张证书工作表、${m.rows} 行，合并为 ${m.certificates} 张证书；${m.superseded.length} 行被更新的报告取代，同日冲突 ${m.conflicts} 处。`,
  );
  push(
    `未计入：子证书 ${result.excluded.subCertificates} 张，统计日后颁发 ${result.excluded.notYetIssued} 张，本年以前已撤销、注销或到期 ${result.excluded.endedBeforeYear} 张。`,
  );

  const width = Math.max(WIDTH, ...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...new Array<PlanCell>(width - r.length).fill(null)]);
  return {
    name: statsSheetName(result.year),
    rows: padded,
    bold,
    links,
    width,
    chart: {
      kind: "column",
      source: formatRange({ top: provinceHeader, left: 2, bottom: provinceLast, right: 3 }),
      title: `${result.year} 年有效证书按省份`,
      topLeft: "H4",
      bottomRight: "P24",
    },
  };
}
