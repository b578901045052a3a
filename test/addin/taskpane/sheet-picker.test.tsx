/** The sheet-choice block the validation and statistics panes share, on its own. */
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SheetPicker, type SheetPickerProps } from "../../../addin/taskpane/shell/SheetPicker";
import { TextField } from "../../../addin/taskpane/shell/TextField";

function renderPicker(props: Partial<SheetPickerProps<string>> = {}) {
  const calls: string[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <SheetPicker<string>
        legend="台账工作表"
        sheets={["台账", "备注"]}
        busy={false}
        runLabel="生成统计"
        onRun={() => calls.push("run")}
        onRefresh={() => calls.push("refresh")}
        renderSheets={(sheets) => (
          <ul aria-label="工作表">
            {sheets.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        )}
        {...props}
      >
        <TextField label="统计年度" value="2025" onChange={(v) => calls.push(`year ${v}`)} />
      </SheetPicker>
    </FluentProvider>,
  );
  return calls;
}

const button = (name: string) => screen.getByRole("button", { name }) as HTMLButtonElement;

test("the sheets read are drawn by the pane, under the legend; the fields and both buttons follow", () => {
  const calls = renderPicker();
  expect(screen.getByRole("group", { name: "台账工作表" })).toBeTruthy();
  expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["台账", "备注"]);
  fireEvent.change(screen.getByLabelText("统计年度"), { target: { value: "2024" } });
  fireEvent.click(button("生成统计"));
  fireEvent.click(button("刷新工作表"));
  expect(calls).toEqual(["year 2024", "run", "refresh"]);
});

test("before the first read: a spinner while busy, otherwise a hint to refresh; run is off either way", () => {
  renderPicker({ sheets: null, busy: true });
  expect(screen.getByText("正在读取工作表…")).toBeTruthy();
  expect(button("生成统计").disabled).toBe(true);
  expect(button("刷新工作表").disabled).toBe(true);
});

test("reading failed (not busy, nothing read): the hint, refresh on, run off", () => {
  const calls = renderPicker({ sheets: null });
  expect(screen.getByText("尚未读取到工作表，请点「刷新工作表」。")).toBeTruthy();
  expect(button("生成统计").disabled).toBe(true);
  fireEvent.click(button("刷新工作表"));
  expect(calls).toEqual(["refresh"]);
});

test("a workbook without sheets says so and never asks the pane to draw an empty list", () => {
  const drawn: number[] = [];
  renderPicker({ sheets: [], renderSheets: (s) => (drawn.push(s.length), null) });
  expect(screen.getByText("工作簿中没有工作表。")).toBeTruthy();
  expect(drawn).toEqual([]);
  expect(button("生成统计").disabled).toBe(false);
});

test("while busy both buttons are off", () => {
  renderPicker({ busy: true });
  expect(button("生成统计").disabled).toBe(true);
  expect(button("刷新工作表").disabled).toBe(true);
});
