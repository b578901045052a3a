/** The one-action-at-a-time hook every pane runs its workbook actions through, on its own. */
import { act, renderHook } from "@testing-library/react";
import { usePaneAction } from "../../../addin/taskpane/shell/use-pane-action";
import { WorkbookError } from "../../../addin/workbook/errors";

test("busy holds the label while the action runs; what it returns becomes the notice", async () => {
  const { result } = renderHook(() => usePaneAction());
  let finish: (() => void) | undefined;
  let running: Promise<void> | undefined;
  act(() => {
    running = result.current.act("正在统计…", async () => {
      await new Promise<void>((resolve) => (finish = resolve));
      return { intent: "success", text: "已写入" };
    });
  });
  expect(result.current.busy).toBe("正在统计…");
  expect(result.current.notice).toBeNull();
  await act(async () => {
    finish?.();
    await running;
  });
  expect(result.current.busy).toBeNull();
  expect(result.current.notice).toEqual({ intent: "success", text: "已写入" });
});

test("a failure becomes an error notice with its message; the next action clears the old notice", async () => {
  const { result } = renderHook(() => usePaneAction());
  await act(() =>
    result.current.act("正在写入…", async () => {
      throw new WorkbookError("protected", "工作表「台账」受保护，无法写入");
    }),
  );
  expect(result.current.busy).toBeNull();
  expect(result.current.notice).toEqual({ intent: "error", text: "工作表「台账」受保护，无法写入" });
  await act(() => result.current.act("正在定位…", async () => null));
  expect(result.current.notice).toBeNull();
});
