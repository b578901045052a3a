/**
 * A message to the user: the result of an action or why it failed. Errors are announced at once
 * (role="alert"), other messages politely (role="status"). Text wraps at any width.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

export type NoticeIntent = "success" | "error" | "warning" | "info";

export interface NoticeMessage {
  intent: NoticeIntent;
  text: string;
}

const useStyles = makeStyles({
  notice: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThicker} solid`,
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    borderLeftColor: tokens.colorPaletteGreenBorder2,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderLeftColor: tokens.colorPaletteRedBorder2,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderLeftColor: tokens.colorPaletteYellowBorder2,
  },
  info: { backgroundColor: tokens.colorNeutralBackground3, borderLeftColor: tokens.colorNeutralStroke1 },
});

export function Notice({ message }: { message: NoticeMessage }) {
  const styles = useStyles();
  return (
    <p
      role={message.intent === "error" ? "alert" : "status"}
      className={mergeClasses(styles.notice, styles[message.intent])}
      data-intent={message.intent}
    >
      {message.text}
    </p>
  );
}

/** The text to show for a failure: our own errors carry Chinese messages already. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return `操作失败：${String(error)}`;
}
