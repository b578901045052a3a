/** The calculator's input rows the audit-time pane and the rules calculator share, on their own. */
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { AuditInputs, type AuditInputValues } from "../../../addin/taskpane/audit-time/AuditInputs";

const LABELS = { employees: "人数", risk: "风险", type: "类型" };

function renderInputs(placeholders?: { employees?: string; risk?: string }) {
  const changes: Partial<AuditInputValues>[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <AuditInputs
        values={{ employees: "180", risk: "高", type: "监督" }}
        labels={LABELS}
        placeholders={placeholders}
        onChange={(change) => changes.push(change)}
      >
        <span>另一字段</span>
      </AuditInputs>
    </FluentProvider>,
  );
  return changes;
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

test("shows the values under the caller's labels; each edit reports only its own field", () => {
  const changes = renderInputs();
  expect([
    input("人数").value,
    input("风险").value,
    (screen.getByLabelText("类型") as HTMLSelectElement).value,
  ]).toEqual(["180", "高", "监督"]);
  fireEvent.change(input("人数"), { target: { value: "50" } });
  fireEvent.change(input("风险"), { target: { value: "03.01" } });
  fireEvent.change(screen.getByLabelText("类型"), { target: { value: "再认证" } });
  expect(changes).toEqual([{ employees: "50" }, { risk: "03.01" }, { type: "再认证" }]);
});

test("the audit types the core accepts, with their labels; a decimal keypad for the headcount", () => {
  renderInputs();
  const options = Array.from((screen.getByLabelText("类型") as HTMLSelectElement).options);
  expect(options.map((o) => [o.value, o.textContent])).toEqual([
    ["初次", "初次认证"],
    ["一阶段", "第一阶段"],
    ["二阶段", "第二阶段"],
    ["监督", "监督审核"],
    ["再认证", "再认证"],
  ]);
  expect(input("人数").inputMode).toBe("decimal");
});

test("placeholders only where given; the pane's own fields follow in the same grid", () => {
  renderInputs({ employees: "如 180" });
  expect(input("人数").placeholder).toBe("如 180");
  expect(input("风险").hasAttribute("placeholder")).toBe(false);
  expect(screen.getByText("另一字段").parentElement).toBe(input("人数").closest("div")?.parentElement);
});
