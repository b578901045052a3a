/**
 * 插入演示工作簿 (Excel) / 下载演示工作簿 (workbench): the core's demo plan under the chosen
 * profile, written as new sheets through the workbook door — formulas in Excel, the core's values
 * where the custom functions do not exist — and, in the workbench, offered as a file.
 */
import { Button } from "@fluentui/react-components";
import { demoWorkbookPlan } from "../../../core";
import { Notice } from "../shell/Notice";
import { usePaneStyles } from "../shell/styles";
import { usePaneAction } from "../shell/use-pane-action";
import { useDownloader, useWorkbook } from "../shell/workbook-context";
import { writeDemo } from "./demo-writer";

export function demoFileName(profile: string): string {
  return `CertDesk 演示工作簿 ${profile}.xlsx`;
}

export function DemoAction({ profile }: { profile: string }) {
  const pane = usePaneStyles();
  const workbook = useWorkbook();
  const downloader = useDownloader();
  const { busy, notice, act } = usePaneAction();
  const label = downloader ? "下载演示工作簿" : "插入演示工作簿";

  const run = () =>
    act(`正在${label}…`, async () => {
      // The workbench has no custom functions: its cells get the values the core computed.
      const formulas = downloader === null;
      const { sheets } = await writeDemo(workbook, demoWorkbookPlan(profile, formulas), formulas);
      const list = sheets.map((s) => `「${s}」`).join("、");
      if (!downloader)
        return { intent: "success", text: `已插入工作表${list}：=CERT.* 公式、人数与人日图表、练习和答案` };
      const fileName = demoFileName(profile);
      await downloader.download(fileName, sheets);
      return { intent: "success", text: `已下载「${fileName}」：工作表${list}（结果为计算核心算出的数值）` };
    });

  return (
    <div className={pane.section}>
      <p className={`${pane.text} ${pane.muted}`}>
        按所选规则生成演示：逐行的 =CERT.*
        计算与计算记录、多场所抽样、有效人数与人日图表，以及几道练习（答案在另一工作表）。
      </p>
      <div className={pane.actions}>
        <Button appearance="primary" disabled={busy !== null} onClick={() => void run()}>
          {label}
        </Button>
      </div>
      {notice ? <Notice message={notice} /> : null}
    </div>
  );
}
