/**
 * A stand-in for the CustomFunctions global office.js provides in Excel, strict like the real one
 * should be for us: reading a member that does not exist throws, so a misspelt error code fails the
 * test instead of silently producing `undefined` (STYLE.md: mocks must make a misspelt call fail).
 */
export class FakeCellError {
  readonly code: string;
  readonly message: string | undefined;
  constructor(code: string, message?: string) {
    if (typeof code !== "string" || !code.startsWith("#"))
      throw new Error(`CustomFunctions.Error needs an ErrorCode, got ${String(code)}`);
    this.code = code;
    this.message = message;
  }
}

/** The values of @types/custom-functions-runtime's ErrorCode enum. */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

function strict<T extends object>(target: T, name: string): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === "string" && !(key in t)) throw new Error(`${name}.${key} does not exist`);
      return Reflect.get(t, key, receiver);
    },
  });
}

export const associations = new Map<string, unknown>();

export function installFakeCustomFunctions(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = strict(
    {
      Error: FakeCellError,
      ErrorCode: strict({ ...ERROR_CODES }, "CustomFunctions.ErrorCode"),
      associate: (id: string, fn: unknown) => void associations.set(id, fn),
    },
    "CustomFunctions",
  );
}

/** A cell result as plain data for assertions: errors become { error, message }. */
export function plain(cell: unknown): unknown {
  return cell instanceof FakeCellError ? { error: cell.code, message: cell.message } : cell;
}

export function plainGrid(grid: unknown[][]): unknown[][] {
  return grid.map((row) => row.map(plain));
}
