/**
 * One workbook action at a time, as every pane runs them: while an action runs `busy` holds its
 * label (the spinner's text; buttons are off), what it returns becomes the notice, and so does its
 * failure — shown to the user, never only logged (STYLE.md).
 */
import { useCallback, useState } from "react";
import { messageOf, type NoticeMessage } from "./Notice";

export interface PaneAction {
  busy: string | null;
  notice: NoticeMessage | null;
  /** Clears the notice, runs `action` under `label`, then shows what it returned (null: nothing). */
  act(label: string, action: () => Promise<NoticeMessage | null>): Promise<void>;
}

export function usePaneAction(): PaneAction {
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const act = useCallback(async (label: string, action: () => Promise<NoticeMessage | null>) => {
    setBusy(label);
    setNotice(null);
    try {
      setNotice(await action());
    } catch (error) {
      setNotice({ intent: "error", text: messageOf(error) });
    } finally {
      setBusy(null);
    }
  }, []);
  return { busy, notice, act };
}
