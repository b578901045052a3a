/**
 * A Workbook for component tests: every method is a jest mock that fails loudly unless the test
 * gives it a behaviour, so a pane calling the wrong door is a failure, not a silent no-op.
 */
import type { Workbook } from "../../../addin/workbook/workbook";

export type MockWorkbook = { [K in keyof Workbook]: jest.Mock };

export function fakeWorkbook(
  behaviour: Partial<Record<keyof Workbook, (...args: never[]) => unknown>> = {},
): MockWorkbook {
  const names: Array<keyof Workbook> = [
    "listSheets",
    "readSheet",
    "getSelection",
    "writeBlock",
    "writeAtSelection",
    "selectCell",
    "paintCells",
    "restoreFills",
    "formatCells",
    "addSheet",
    "addListValidation",
    "addChart",
    "mergeCells",
    "freezePanes",
    "deleteSheet",
  ];
  const workbook = {} as MockWorkbook;
  for (const name of names) {
    const given = behaviour[name];
    workbook[name] = jest.fn(
      given ?? (async () => Promise.reject(new Error(`unexpected workbook.${name}()`))),
    );
  }
  return workbook;
}

/** In-memory settings storage that records what was saved. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: jest.fn((key: string) => data.get(key) ?? null),
    setItem: jest.fn((key: string, value: string) => void data.set(key, value)),
  };
}
