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
  badOption: (detail: string) => new UsageError(`参数错误：${detail}`, `bad arguments: ${detail}`),
  missingOption: (name: string) =>
    new UsageError(`缺少必填参数 --${name}`, `missing required option --${name}`),
  missingPositional: (name: string) => new UsageError(`缺少参数 <${name}>`, `missing argument <${name}>`),
  extraPositional: (value: string) =>
    new UsageError(`多余的参数「${value}」`, `unexpected argument "${value}"`),
};
