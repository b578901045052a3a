/** Errors in how the command was called (as opposed to bad values, which are core InputErrors). */
export class UsageError extends Error {
  readonly zh: string;
  readonly en: string;
  constructor(zh: string, en: string) {
    super(en);
    this.name = "UsageError";
    this.zh = zh;
    this.en = en;
  }
}

/** Shows a value the user typed without flooding the one error line. */
function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export const usage = {
  unknownCommand: (name: string, known: string[]) =>
    new UsageError(
      `未知命令「${name}」，可用命令：${known.join("、")}`,
      `unknown command "${name}"; commands: ${known.join(", ")}`,
    ),
  noCommand: (known: string[]) =>
    new UsageError(
      `缺少命令，可用命令：${known.join("、")}`,
      `no command given; commands: ${known.join(", ")}`,
    ),
  unknownOption: (option: string, known: string[]) =>
    new UsageError(
      `未知参数「${shown(option)}」，本命令的参数：${known.join("、")}`,
      `unknown option "${shown(option)}"; this command takes ${known.join(", ")}`,
    ),
  missingValue: (name: string) =>
    new UsageError(
      `参数 --${name} 缺少值（应写作 --${name} 值）`,
      `option --${name} needs a value (--${name} VALUE)`,
    ),
  flagWithValue: (name: string, value: string) =>
    new UsageError(
      `参数 --${name} 不带值，实为「${shown(value)}」（只写 --${name}）`,
      `option --${name} takes no value, got "${shown(value)}" (write just --${name})`,
    ),
  repeatedOption: (name: string, first: string, second: string) =>
    new UsageError(
      `参数 --${name} 给了两次（「${shown(first)}」和「${shown(second)}」），只能给一次`,
      `option --${name} is given twice ("${shown(first)}" and "${shown(second)}"); give it once`,
    ),
  /** `label` names the field the option fills; `usageLine` is the command's usage after `certdesk`. */
  missingOption: (name: string, usageLine?: string, label?: { zh: string; en: string }) =>
    new UsageError(
      `缺少必填参数 --${name}${label ? `（${label.zh}）` : ""}${usageLine ? `；用法：certdesk ${usageLine}` : ""}`,
      `missing required option --${name}${label ? ` (${label.en})` : ""}${usageLine ? `; usage: certdesk ${usageLine}` : ""}`,
    ),
  missingPositional: (name: string) => new UsageError(`缺少参数 <${name}>`, `missing argument <${name}>`),
  extraPositional: (value: string) =>
    new UsageError(`多余的参数「${shown(value)}」`, `unexpected argument "${shown(value)}"`),
};
