/**
 * CNCA 上报格式 (issue 7): choose a CNCA layout, insert its template (插入上报模版), or convert
 * the friendly sheets into it as new sheets (生成上报文件) with the body's approval number. The
 * pane runs the actions (layout-actions.ts); this only collects the choices.
 */
import { useMemo, useState } from "react";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { cncaLayoutIds, getLayout, listLayouts } from "../../../core";
import { usePaneStyles } from "../shell/styles";

export interface UploadActionsProps {
  disabled: boolean;
  onInsertTemplate(layoutId: string): void;
  onConvert(layoutId: string, cbApproval: string): void;
  /** What the last 生成上报文件 left to do (fields left blank, codes not found). */
  notes: readonly string[];
}

export function UploadActions({ disabled, onInsertTemplate, onConvert, notes }: UploadActionsProps) {
  const styles = usePaneStyles();
  const layoutIds = useMemo(() => cncaLayoutIds(listLayouts()), []);
  const [layoutId, setLayoutId] = useState(() => layoutIds[0] ?? "cnca-2016");
  const [cb, setCb] = useState("");
  return (
    <fieldset className={styles.section}>
      <legend className={styles.heading}>CNCA 上报格式</legend>
      <p className={`${styles.text} ${styles.muted}`}>
        上报模版：CNCA 原样的表名、7 行表头，从 C8
        起填写，代码列有下拉列表。生成上报文件：把易读格式的月报和审核组成员转成上报格式（代码、全角分号「；」、表头），写入新工作表，原表不改动。
      </p>
      <Field label="上报格式">
        <Select
          className={styles.full}
          value={layoutId}
          disabled={disabled}
          onChange={(_, d) => setLayoutId(d.value)}
        >
          {layoutIds.map((id) => (
            <option key={id} value={id}>
              {getLayout(id)?.title ?? id}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="认证机构批准号（写入第 1 项）" hint="例如 CNCA-R-2021-812；留空则该项为空">
        <Input className={styles.full} value={cb} disabled={disabled} onChange={(_, d) => setCb(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button disabled={disabled} onClick={() => onInsertTemplate(layoutId)}>
          插入上报模版
        </Button>
        <Button disabled={disabled} onClick={() => onConvert(layoutId, cb.trim())}>
          生成上报文件
        </Button>
      </div>
      {notes.length > 0 ? (
        <ul aria-label="上报文件待处理" className={styles.text}>
          {notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
