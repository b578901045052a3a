/** The panes' usual form row: a labelled one-line input as wide as the pane, reporting the text typed. */
import { Field, Input, type InputProps } from "@fluentui/react-components";
import { usePaneStyles } from "./styles";

export interface TextFieldProps {
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
  placeholder?: string;
  inputMode?: InputProps["inputMode"];
}

export function TextField({
  label,
  hint,
  value,
  onChange,
  disabled,
  placeholder,
  inputMode,
}: TextFieldProps) {
  const styles = usePaneStyles();
  return (
    <Field label={label} hint={hint}>
      <Input
        className={styles.full}
        value={value}
        onChange={(_, data) => onChange(data.value)}
        disabled={disabled}
        placeholder={placeholder}
        inputMode={inputMode}
      />
    </Field>
  );
}
