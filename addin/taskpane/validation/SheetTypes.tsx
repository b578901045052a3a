/** The workbook's sheets with the type recognised from their headers, each changeable (DOMAIN §9). */
import { Field, Select } from "@fluentui/react-components";
import { REPORT_SPECS, REPORT_TYPES } from "../../../core";
import { usePaneStyles } from "../shell/styles";
import type { SheetEntry, TypeChoice } from "./workbook-actions";

export function autoLabel(entry: SheetEntry): string {
  return entry.detection.type
    ? `自动识别：${REPORT_SPECS[entry.detection.type].title}`
    : "自动识别：不是报送表";
}

export interface SheetTypesProps {
  sheets: readonly SheetEntry[];
  choices: Readonly<Record<string, TypeChoice>>;
  disabled: boolean;
  onChange(sheet: string, choice: TypeChoice): void;
}

export function SheetTypes({ sheets, choices, disabled, onChange }: SheetTypesProps) {
  const styles = usePaneStyles();
  return (
    <div className={styles.section}>
      {sheets.map((entry) => (
        <Field key={entry.name} label={`${entry.name}（${entry.rowCount} 行）`}>
          <Select
            className={styles.full}
            value={choices[entry.name] ?? "auto"}
            disabled={disabled}
            onChange={(_, data) => onChange(entry.name, data.value as TypeChoice)}
            aria-label={`工作表「${entry.name}」的报送表类型`}
          >
            <option value="auto">{autoLabel(entry)}</option>
            {REPORT_TYPES.map((type) => (
              <option key={type} value={type}>
                按「{REPORT_SPECS[type].title}」校验
              </option>
            ))}
            <option value="skip">不校验此表</option>
          </Select>
        </Field>
      ))}
    </div>
  );
}
