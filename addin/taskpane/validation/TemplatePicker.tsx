/** "插入模板": one empty sheet per chosen report type (DOMAIN §9 templates). */
import { useState } from "react";
import { Button, Checkbox } from "@fluentui/react-components";
import { REPORT_SPECS, REPORT_TYPES, type ReportType } from "../../../core";
import { usePaneStyles } from "../shell/styles";

export interface TemplatePickerProps {
  disabled: boolean;
  onInsert(types: ReportType[]): void;
}

export function TemplatePicker({ disabled, onInsert }: TemplatePickerProps) {
  const styles = usePaneStyles();
  const [chosen, setChosen] = useState<ReadonlySet<ReportType>>(
    () => new Set<ReportType>(["monthly", "team"]),
  );
  const toggle = (type: ReportType, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(type);
    else next.delete(type);
    setChosen(next);
  };
  return (
    <fieldset className={styles.section}>
      <legend className={styles.heading}>插入模板</legend>
      <p className={`${styles.text} ${styles.muted}`}>
        每种报表新建一个空白工作表：上报模板的表头、下拉列表（代码 +
        名称）、代码和证件号为文本格式、日期为日期格式。
      </p>
      {REPORT_TYPES.map((type) => (
        <Checkbox
          key={type}
          label={REPORT_SPECS[type].title}
          checked={chosen.has(type)}
          onChange={(_, data) => toggle(type, data.checked === true)}
        />
      ))}
      <div className={styles.actions}>
        <Button
          disabled={disabled || chosen.size === 0}
          onClick={() => onInsert(REPORT_TYPES.filter((t) => chosen.has(t)))}
        >
          插入模板
        </Button>
      </div>
    </fieldset>
  );
}
