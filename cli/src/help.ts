import type { Command } from "./command";

export function formatHelp(command: Command): string {
  return [
    `certdesk ${command.name} — ${command.summary}`,
    "",
    `用法 / usage: certdesk ${command.usage} [--json]`,
    "",
    ...command.optionHelp.map((line) => `  ${line}`),
    "  --json           输出一个 JSON 对象 / print one JSON object",
    "  -h, --help       显示本帮助 / show this help",
    "",
    "示例 / examples:",
    ...command.examples.map((line) => `  ${line}`),
  ].join("\n");
}

export function formatOverview(commands: ReadonlyArray<Pick<Command, "name" | "summary">>): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "certdesk — 认证工作台命令行 / CertDesk command line",
    "",
    "用法 / usage: certdesk <command> [options] [--json]",
    "",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "certdesk <command> --help 查看各命令的参数与示例 / shows each command's options and an example.",
    "退出码 / exit: 0 成功 success · 1 校验发现错误 validate found errors · 2 用法或输入错误 bad usage or input",
  ].join("\n");
}
