/**
 * 报表校验 (DOMAIN §9): the clerk's pane. Lists the workbook's sheets with their recognised report
 * type (changeable), runs every check, shows 可以上报 / 不可上报 and the findings grouped by sheet,
 * severity and check; a finding selects its cell. "标记" paints the cells with findings and
 * "清除标记" puts back every previous fill exactly; "写入结果表" adds the 校验结果 sheet;
 * "插入模板" adds empty report sheets. Only the Workbook door is used (workbook-actions.ts);
 * validation never changes a value.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import {
  detectSheetType,
  type ReportType,
  type ValidationResult,
  templatePlan,
  buildView,
  localIsoDate,
  markPlan,
  previousMonth,
  type FindingItem,
} from "../../../core";
import { Notice } from "../shell/Notice";
import { SheetPicker } from "../shell/SheetPicker";
import { useSettings } from "../shell/settings";
import { usePaneStyles } from "../shell/styles";
import { TextField } from "../shell/TextField";
import { usePaneAction } from "../shell/use-pane-action";
import { useWorkbook } from "../shell/workbook-context";
import { FindingList } from "../validation/FindingList";
import { SheetTypes } from "../validation/SheetTypes";
import { TemplatePicker } from "../validation/TemplatePicker";
import { UploadActions } from "../validation/UploadActions";
import { insertLayoutTemplate, writeUploadSheets } from "../validation/layout-actions";
import { VerdictBanner } from "../validation/VerdictBanner";
import {
  clearMarks,
  insertTemplate,
  loadSheets,
  paintFindings,
  validateSheets,
  writeResultSheet,
  type Marks,
  type SheetEntry,
  type TypeChoice,
} from "../validation/workbook-actions";

export function ValidationPane() {
  const workbook = useWorkbook();
  const { settings } = useSettings();
  const styles = usePaneStyles();
  const [today] = useState(() => localIsoDate(new Date()));
  const [month, setMonth] = useState(() => previousMonth(today));
  const [sheets, setSheets] = useState<SheetEntry[] | null>(null);
  const [choices, setChoices] = useState<Record<string, TypeChoice>>({});
  const [result, setResult] = useState<ValidationResult | null>(null);
  const [marks, setMarks] = useState<Marks | null>(null);
  const { busy, notice, act } = usePaneAction();
  const [uploadNotes, setUploadNotes] = useState<string[]>([]);

  const view = useMemo(() => (result ? buildView(result) : null), [result]);
  const markable = useMemo(
    () =>
      result
        ? markPlan(result.findings).reduce((n, s) => n + s.cells.error.length + s.cells.warning.length, 0)
        : 0,
    [result],
  );

  const refresh = useCallback(
    () =>
      act("正在读取工作表…", async () => {
        setSheets(await loadSheets(workbook));
        return null;
      }),
    [act, workbook],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const run = () =>
    act("正在校验…", async () => {
      // The core chooses the HG profile from the default one and says so when it cannot use it.
      setResult(
        await validateSheets(workbook, choices, {
          month: month.trim(),
          reportDate: today,
          hgProfile: settings.defaultProfile,
        }),
      );
      return null;
    });

  const select = (item: FindingItem) =>
    act("正在定位…", async () => {
      await workbook.selectCell(item.sheet, item.target);
      return null;
    });

  const paint = () =>
    act("正在标记…", async () => {
      if (!result) return null;
      const painted = await paintFindings(workbook, result.findings);
      setMarks(painted);
      const count = [...painted.values()].reduce((n, m) => n + m.size, 0);
      return {
        intent: "info",
        text: `已标记 ${count} 个单元格（红色为错误，黄色为警告）；「清除标记」可恢复原来的填充色。`,
      };
    });

  const unpaint = () =>
    act("正在清除标记…", async () => {
      if (!marks) return null;
      await clearMarks(workbook, marks);
      const count = [...marks.values()].reduce((n, m) => n + m.size, 0);
      setMarks(null);
      return { intent: "success", text: `已恢复 ${count} 个单元格原来的填充色。` };
    });

  const addSheetEntry = (entry: SheetEntry, choice: TypeChoice) => {
    setSheets((list) => [...(list ?? []), entry]);
    setChoices((c) => ({ ...c, [entry.name]: choice }));
  };

  const writeResults = () =>
    act("正在写入结果表…", async () => {
      if (!result) return null;
      const name = await writeResultSheet(workbook, result);
      // The result sheet is not a report: leave it out of the next run.
      addSheetEntry(
        { name, rowCount: result.findings.length + 2, detection: detectSheetType({ name, cells: [] }) },
        "skip",
      );
      return {
        intent: "success",
        text: `已写入工作表「${name}」：${result.findings.length} 条校验结果，单元格列可点击跳转。`,
      };
    });

  const insert = (types: ReportType[]) =>
    act("正在插入模板…", async () => {
      const names: string[] = [];
      for (const type of types) {
        const name = await insertTemplate(workbook, type);
        names.push(name);
        addSheetEntry(
          { name, rowCount: 1, detection: detectSheetType({ name, cells: [templatePlan(type).headers] }) },
          "auto",
        );
      }
      return { intent: "success", text: `已插入模板：${names.join("、")}` };
    });

  const insertCnca = (layoutId: string) =>
    act("正在插入上报模版…", async () => {
      const names = await insertLayoutTemplate(workbook, layoutId);
      for (const name of names)
        addSheetEntry({ name, rowCount: 7, detection: detectSheetType({ name, cells: [] }) }, "auto");
      return { intent: "success", text: `已插入上报模版：${names.join("、")}；从第 8 行（C8）起填写。` };
    });

  const convert = (layoutId: string, cbApproval: string) =>
    act("正在生成上报文件…", async () => {
      const upload = await writeUploadSheets(workbook, layoutId, cbApproval === "" ? {} : { cbApproval });
      if (upload.sources === 0)
        return { intent: "error", text: upload.notes[0]?.message ?? "没有可转换的易读格式报表" };
      for (const name of upload.sheets)
        addSheetEntry({ name, rowCount: 7, detection: detectSheetType({ name, cells: [] }) }, "auto");
      setUploadNotes(upload.notes.map((n) => `${n.sheet ? `${n.sheet}!${n.cell} ` : ""}${n.message}`));
      const rename = upload.exactNames
        ? ""
        : "工作簿中已有同名工作表，新表名带有编号；上报前请把新表移到单独的工作簿并改回原名（平台要求表名不变）。";
      return {
        intent: upload.notes.length === 0 && upload.exactNames ? "success" : "warning",
        text: `已生成上报工作表：${upload.sheets.join("、")}（原工作表未改动）。${rename}${upload.notes.length > 0 ? `另有 ${upload.notes.length} 条需处理，见「CNCA 上报格式」下方。` : ""}`,
      };
    });

  const disabled = busy !== null;
  return (
    <div className={styles.pane}>
      <h2 className={styles.heading}>报表校验</h2>
      <p className={`${styles.text} ${styles.muted}`}>校验只读取单元格，不修改任何值；数据只在本机处理。</p>

      <SheetPicker
        legend="工作表与报表类型"
        sheets={sheets}
        busy={disabled}
        runLabel="开始校验"
        onRun={run}
        onRefresh={() => void refresh()}
        renderSheets={(list) => (
          <SheetTypes
            sheets={list}
            choices={choices}
            disabled={disabled}
            onChange={(sheet, choice) => setChoices((c) => ({ ...c, [sheet]: choice }))}
          />
        )}
      >
        <TextField
          label="报告月份（审核活动应在此月内）"
          hint="例如 2026-10；留空则不检查"
          value={month}
          onChange={setMonth}
          disabled={disabled}
        />
      </SheetPicker>

      {busy ? <Spinner size="tiny" label={busy} /> : null}
      {notice ? <Notice message={notice} /> : null}

      {view && result ? (
        <section className={styles.section} aria-label="校验结果">
          <VerdictBanner verdict={view.verdict} rows={result.summary.rows} />
          <div className={styles.actions}>
            <Button disabled={disabled || marks !== null || markable === 0} onClick={paint}>
              标记
            </Button>
            <Button disabled={disabled || marks === null} onClick={unpaint}>
              清除标记
            </Button>
            <Button disabled={disabled} onClick={writeResults}>
              写入结果表
            </Button>
          </div>
          {marks !== null ? (
            <p className={`${styles.text} ${styles.muted}`}>单元格已标记；再次标记前请先「清除标记」。</p>
          ) : null}
          <FindingList groups={view.groups} onSelect={(item) => void select(item)} />
        </section>
      ) : null}

      <TemplatePicker disabled={disabled} onInsert={(types) => void insert(types)} />
      <UploadActions
        disabled={disabled}
        onInsertTemplate={(id) => void insertCnca(id)}
        onConvert={(id, cb) => void convert(id, cb)}
        notes={uploadNotes}
      />
    </div>
  );
}
