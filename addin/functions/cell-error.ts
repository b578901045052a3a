/**
 * The only code in addin/functions that touches an Office global: building the Excel error value a
 * cell shows. Excel shows a custom message only for #VALUE! and #N/A; other codes pass unchanged.
 * The global is read when an error is built, not at import, so tests install a fake
 * `CustomFunctions` before calling and a missing or misspelt member fails loudly.
 */

/** The error kinds our functions produce: #VALUE! (bad input) and #N/A (data not available). */
export type ErrorKind = "invalidValue" | "notAvailable";

export function cellError(kind: ErrorKind, message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[kind], message);
}

/**
 * The Excel error an input element already is (a CustomFunctions.Error, or a rich error value
 * `{ type: "Error", basicValue: "#N/A" }`), as its code text; null for ordinary values.
 */
export function errorCodeOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  const code = record.type === "Error" ? record.basicValue : record.code;
  return typeof code === "string" && code.startsWith("#") ? code : null;
}

/** Passes an input's Excel error on: same code; the message is kept only where Excel shows one. */
export function passError(code: string, message: string): CustomFunctions.Error {
  const known = Object.values(CustomFunctions.ErrorCode) as string[];
  const errorCode = (
    known.includes(code) ? code : CustomFunctions.ErrorCode.invalidValue
  ) as CustomFunctions.ErrorCode;
  const showsMessage =
    errorCode === CustomFunctions.ErrorCode.invalidValue ||
    errorCode === CustomFunctions.ErrorCode.notAvailable;
  return showsMessage ? new CustomFunctions.Error(errorCode, message) : new CustomFunctions.Error(errorCode);
}
