/**
 * 批量填表: read the selected table, choose its columns, write one CERT.AUDITDAYS formula per row
 * (cell references) into the output column in one block. Reading and writing are two actions, so
 * each stays within two requests to Excel; the write goes where the table was read, even if the
 * selection has moved since.
 */
import { useId, useMemo, useState } from "react";
import { Button, Checkbox, Field, Select } from "@fluentui/react-components";
import { Notice } from "../shell/Notice";
import { usePaneStyles } from "../shell/styles";
import { usePaneAction } from "../shell/use-pane-action";
import { useWorkbook } from "../shell/workbook-context";
import {
  guessChoice,
  planFill,
  readTable,
  tableColumns,
  type FillChoice,
  type FixedArgs,
  type SelectedTable,
} from "./table-fill";

type Role = "employees" | "risk" | "type" | "adjust" | "output";

const NONE = "";

export function TableFill({
  fixed,
  fixedLabels,
}: {
  fixed: FixedArgs;
  fixedLabels: { risk: string; type: string };
}) {
  const pane = usePaneStyles();
  const workbook = useWorkbook();
  const [table, setTable] = useState<SelectedTable | null>(null);
  const [choice, setChoice] = useState<Partial<FillChoice>>({});
  const [allowOverwrite, setAllowOverwrite] = useState(false);
  const { busy, notice, act } = usePaneAction();
  const headerId = useId();

  const header = choice.header ?? false;
  const columns = useMemo(() => (table ? tableColumns(table, header) : []), [table, header]);
  const complete = table && choice.employees !== undefined && choice.output !== undefined;
  const plan = useMemo(() => {
    if (!table || choice.employees === undefined || choice.output === undefined) return null;
    const full: FillChoice = {
      header,
      employees: choice.employees,
      output: choice.output,
      risk: choice.risk ?? null,
      type: choice.type ?? null,
      adjust: choice.adjust ?? null,
    };
    return planFill(table, full, fixed);
  }, [table, choice, header, fixed]);

  const readSelection = () =>
    act("正在读取所选表格…", async () => {
      const read = readTable(await workbook.getSelection());
      if (!read.ok) {
        setTable(null);
        return { intent: "error", text: read.message };
      }
      setTable(read.table);
      setChoice(guessChoice(read.table, read.table.headerLikely));
      setAllowOverwrite(false);
      return null;
    });

  const fill = () =>
    act("正在填入公式…", async () => {
      if (!plan?.ok) return null;
      await workbook.writeBlock(plan.sheet, plan.topLeft, plan.rows);
      return {
        intent: "success",
        text: `已在「${plan.sheet}」${plan.address} 写入 ${plan.formulas} 个 CERT.AUDITDAYS 公式`,
      };
    });

  const columnSelect = (role: Role, label: string, optional: string | null) => (
    <Field label={label} required={optional === null}>
      <Select
        className={pane.full}
        value={choice[role] === undefined || choice[role] === null ? NONE : String(choice[role])}
        onChange={(_, data) => {
          setChoice({
            ...choice,
            [role]: data.value === NONE ? (optional === null ? undefined : null) : Number(data.value),
          });
          setAllowOverwrite(false);
        }}
      >
        <option value={NONE}>{optional ?? "请选择"}</option>
        {columns.map((c) => (
          <option key={c.column} value={String(c.column)}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );

  const needsConsent = plan?.ok === true && plan.overwrites > 0 && !allowOverwrite;
  return (
    <section className={pane.section} aria-labelledby={headerId}>
      <h3 id={headerId} className={pane.heading}>
        批量填表
      </h3>
      <p className={`${pane.text} ${pane.muted}`}>
        选中整个表格（可含标题行，并包括一个用于写入结果的列），然后读取。
      </p>
      <div className={pane.actions}>
        <Button onClick={readSelection} disabled={busy !== null}>
          读取所选表格
        </Button>
      </div>
      {table ? (
        <>
          <p className={pane.text}>
            表格：「{table.sheet}」{table.address}，{table.rows.length} 行 × {table.width} 列
          </p>
          <Checkbox
            label="第一行是标题行"
            checked={header}
            onChange={(_, data) => {
              const next = data.checked === true;
              setChoice({ ...guessChoice(table, next), header: next });
              setAllowOverwrite(false);
            }}
          />
          {columnSelect("employees", "有效人数列", null)}
          {columnSelect("risk", "风险或业务范围代码列", `不用列：各行都用「${fixedLabels.risk}」`)}
          {columnSelect("type", "审核类型列", `不用列：各行都用「${fixedLabels.type}」`)}
          {columnSelect("adjust", "调整百分比列（可选）", "无")}
          {columnSelect("output", "输出列（写入公式）", null)}
          {plan && !plan.ok ? <Notice message={{ intent: "error", text: plan.message }} /> : null}
          {plan?.ok ? (
            <>
              <p className={pane.text}>
                将在「{plan.sheet}」{plan.address} 写入 {plan.formulas} 个公式，例如{" "}
                {plan.rows[plan.rows.length - plan.formulas]?.[0]}
              </p>
              {plan.overwrites > 0 ? (
                <Checkbox
                  label={`输出列已有 ${plan.overwrites} 个非空单元格，允许覆盖`}
                  checked={allowOverwrite}
                  onChange={(_, data) => setAllowOverwrite(data.checked === true)}
                />
              ) : null}
            </>
          ) : null}
          <div className={pane.actions}>
            <Button
              appearance="primary"
              onClick={fill}
              disabled={busy !== null || !complete || !plan?.ok || needsConsent}
            >
              填入公式
            </Button>
          </div>
        </>
      ) : null}
      {notice ? <Notice message={notice} /> : null}
    </section>
  );
}
