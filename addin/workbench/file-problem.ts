/**
 * Why the workbench will not open a file, as a code (for tests and the page) and a Chinese message
 * that says what the file is and what to do. Crosses the worker boundary as plain data.
 */
export type FileProblemCode =
  | "empty"
  | "xls"
  | "encrypted"
  | "notXlsx"
  | "corrupt"
  | "notWorkbook"
  | "tooLarge"
  | "tooManyCells"
  | "outOfBounds"
  | "noSheets";

export class FileProblem extends Error {
  override readonly name = "FileProblem";
  constructor(
    readonly code: FileProblemCode,
    message: string,
  ) {
    super(message);
  }
}
