/**
 * 年报统计 (DOMAIN §10, issue 10): the manager chooses the sheets holding the register (证书台账,
 * CNCA 证书信息表, monthly reports; team and auditor sheets feed the self-inspection) and the year;
 * the pane computes the statistics and checks in one core call and writes a new sheet
 * 年报统计YYYY with the tables, totals, checks and a column chart. The register is never touched;
 * an existing 年报统计YYYY is replaced only after the user confirms. Workbook access goes through
 * statistics/stats-actions.ts.
 */
import { useCallback, useEffect, useState } from "react";
import { Button, Checkbox, Spinner } from "@fluentui/react-components";
import {
  statsCategoryProfile,
  statsStatusLine,
  type AnnualStatistics,
  type StatsOptions,
  localIsoDate,
} from "../../../core";
import { Notice, type NoticeMessage } from "../shell/Notice";
import { SheetPicker } from "../shell/SheetPicker";
import { useSettings } from "../shell/settings";
import { usePaneStyles } from "../shell/styles";
import { TextField } from "../shell/TextField";
import { usePaneAction } from "../shell/use-pane-action";
import { useWorkbook } from "../shell/workbook-context";
import {
  computeStats,
  loadStatsSheets,
  sheetLabel,
  writeStatsSheet,
  type StatsSheetEntry,
} from "../statistics/stats-actions";

/** The pane's optional fields as core options, or the message saying what is wrong. */
function readOptions(
  year: string,
  auditors: string,
  accredited: string,
  profile: string,
): StatsOptions | string {
  if (!/^\d{4}$/.test(year.trim())) return `统计年度「${year}」无法识别，应为 4 位年份，例如 2025`;
  const options: StatsOptions = { year: Number(year.trim()), profile };
  if (auditors.trim() !== "") {
    if (!/^\d+$/.test(auditors.trim())) return `审核员人数「${auditors}」应为正整数`;
    options.auditorCount = Number(auditors.trim());
  }
  const codes = accredited.split(/[,，;；\s]+/).filter((c) => c !== "");
  if (codes.length > 0) options.accreditedScopes = codes;
  return options;
}

function Summary({ result }: { result: AnnualStatistics }) {
  const styles = usePaneStyles();
  const errors = result.findings.filter((f) => f.severity === "error").length;
  return (
    <section className={styles.section} aria-label="统计结果">
      <p className={styles.text}>
        截至 {result.asOf}：{statsStatusLine(result)}。
      </p>
      <p className={styles.text}>
        自查检查 {result.findings.length} 条（错误 {errors}）；合并 {result.merge.rows} 行为{" "}
        {result.merge.certificates} 张证书。
      </p>
    </section>
  );
}

export function StatisticsPane() {
  const workbook = useWorkbook();
  const { settings } = useSettings();
  const styles = usePaneStyles();
  const [year, setYear] = useState(() => String(Number(localIsoDate(new Date()).slice(0, 4)) - 1));
  const [auditors, setAuditors] = useState("");
  const [accredited, setAccredited] = useState("");
  const [sheets, setSheets] = useState<StatsSheetEntry[] | null>(null);
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const [result, setResult] = useState<AnnualStatistics | null>(null);
  const [confirm, setConfirm] = useState<{ sheet: string; result: AnnualStatistics } | null>(null);
  const { busy, notice, act } = usePaneAction();
  const { profile, insteadOf } = statsCategoryProfile(settings.defaultProfile);

  const refresh = useCallback(
    () =>
      act("正在读取工作表…", async () => {
        const list = await loadStatsSheets(workbook);
        setSheets(list);
        setChosen(Object.fromEntries(list.map((s) => [s.name, s.kind !== null])));
        return null;
      }),
    [act, workbook],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const written = (name: string, stats: AnnualStatistics): NoticeMessage => ({
    intent: "success",
    text: `已写入工作表「${name}」：四张统计表、近年发证情况、${stats.findings.length} 条自查检查和柱形图；台账未改动。`,
  });

  const run = () =>
    act("正在统计…", async () => {
      const options = readOptions(year, auditors, accredited, profile);
      if (typeof options === "string") return { intent: "error", text: options };
      const names = (sheets ?? []).filter((s) => chosen[s.name]).map((s) => s.name);
      if (names.length === 0) return { intent: "error", text: "请至少选择一张证书台账或证书信息表。" };
      const stats = await computeStats(workbook, names, options);
      setResult(stats);
      const outcome = await writeStatsSheet(workbook, stats, profile, false);
      if ("exists" in outcome) {
        setConfirm({ sheet: outcome.exists, result: stats });
        return null;
      }
      return written(outcome.written, stats);
    });

  const replace = () =>
    act("正在替换…", async () => {
      if (!confirm) return null;
      const outcome = await writeStatsSheet(workbook, confirm.result, profile, true);
      setConfirm(null);
      return "written" in outcome ? written(outcome.written, confirm.result) : null;
    });

  const disabled = busy !== null;
  return (
    <div className={styles.pane}>
      <h2 className={styles.heading}>年报统计</h2>
      <p className={`${styles.text} ${styles.muted}`}>
        按 000 4.3.5 统计截至 12 月 31 日的证书，并按 002
        做台账自查；只读取所选工作表，结果写入新工作表，不修改台账。
      </p>
      {insteadOf ? (
        <p className={`${styles.text} ${styles.muted}`}>
          业务大类按 {profile} 命名：默认规则 {insteadOf} 没有业务大类表。
        </p>
      ) : null}

      <SheetPicker
        legend="台账工作表"
        sheets={sheets}
        busy={disabled}
        runLabel="生成统计"
        onRun={run}
        onRefresh={() => void refresh()}
        renderSheets={(list) =>
          list.map((sheet) => (
            <Checkbox
              key={sheet.name}
              label={`${sheet.name}（${sheetLabel(sheet)}）`}
              checked={chosen[sheet.name] ?? false}
              disabled={disabled || sheet.kind === null}
              onChange={(_, data) => setChosen((c) => ({ ...c, [sheet.name]: data.checked === true }))}
            />
          ))
        }
      >
        <TextField
          label="统计年度"
          hint="数据截至该年 12 月 31 日"
          value={year}
          onChange={setYear}
          disabled={disabled}
        />
        <TextField
          label="审核员人数（可选）"
          hint="审核组数据不足时用于人均有效证书数（001 3.10）"
          value={auditors}
          onChange={setAuditors}
          disabled={disabled}
        />
        <TextField
          label="获认可的业务范围代码（可选）"
          hint="例如 03,29.07；用于认可标识检查（002 合评计调自查 6–7）"
          value={accredited}
          onChange={setAccredited}
          disabled={disabled}
        />
      </SheetPicker>

      {busy ? <Spinner size="tiny" label={busy} /> : null}
      {notice ? <Notice message={notice} /> : null}
      {confirm ? (
        <section className={styles.section} aria-label="确认替换">
          <Notice
            message={{
              intent: "warning",
              text: `工作表「${confirm.sheet}」已存在。替换将删除并重写该表（只此一表，台账不受影响）。`,
            }}
          />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={disabled} onClick={replace}>
              替换
            </Button>
            <Button disabled={disabled} onClick={() => setConfirm(null)}>
              取消
            </Button>
          </div>
        </section>
      ) : null}
      {result ? <Summary result={result} /> : null}
    </div>
  );
}
